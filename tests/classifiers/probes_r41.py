"""Round-41 probes (issue 12): a second blind set of HARD NEGATIVES WITH LEDES, for the precision
asked with title and summary, written by hand before the rules were run on any of it and before
classifiers/data was read (docs/classifier.md, "Round 41 of issue 12").

Each negative's lede carries both traps at once: it names both sides (China and a Central Asian
country, or a Central Asian dateline) AND words of science, technology or education, in a story that
is not science, technology or education cooperation between China and Central Asia: a trade fair
where a university had a stand; an investment forum praising "innovation" and "digital"; a road,
tunnel or railway with "engineers" and paid "training of drivers"; a copper mine "using Chinese
technology"; a car plant where China "trained the staff"; an operator's 5G contract; an e-commerce
platform's pickup points or digital customs; a school built by a Chinese company as charity; a
culture festival with students performing; a sports institute's football match; tourism presented
at a university; a Chinese hospital's free surgeries; China's own science with a Central Asian
dateline; Central Asia's science with Korea, Turkey, Japan or Russia mentioning China in passing;
China's science with ASEAN, Africa or Pakistan mentioning Central Asia in passing; an SCO (or
China–Central Asia summit) declaration listing many fields.

A school built by a Chinese company as charity, with no teaching, exchange or curriculum from
either side, is labelled IRRELEVANT: it is construction aid, as Beijing's hospital in Osh (h7-040)
and "Saudi Arabia, Uzbekistan, Russia to build schools in Kyrgyzstan" (h7-041) are labelled; the
issue asks for education COOPERATION (people, programmes, institutions working together). The
look-alike is a school where teachers sent by a Chinese university teach (relevant), as Chinese
lessons in Uzbek high schools (h22-071) are labelled relevant.

For each of en, ru, zh, kk, ky, uz (Latin), uzc (Uzbek Cyrillic), tg and tk: 12 hard negatives and 4
relevant look-alikes (real cooperation using the same words: a Luban Workshop for drivers and
engineers, a joint lab on copper ore, a 5G academy at a university, coaches trained together, a joint
medical faculty). A headline and a lede of one to three sentences (150–450 characters; Chinese
70–150 characters), as a news agency prints them. Each row: (id, title, summary, relevant).
The set lives in three files to keep each module short; this one joins them.
"""

from __future__ import annotations

from .probes_r41_a import PROBES_R41_A
from .probes_r41_b import PROBES_R41_B
from .probes_r41_c import PROBES_R41_C

PROBES_R41: list[tuple[str, str, str, bool]] = [*PROBES_R41_A, *PROBES_R41_B, *PROBES_R41_C]
