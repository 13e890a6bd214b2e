"""Round-43 probes (issue 12): a THIRD blind set of HARD NEGATIVES WITH LEDES, written by hand before
the rules were run on any of it and before classifiers/data was read (docs/classifier.md, "Round 43
of issue 12"). It measures whether the families fixed in rounds 41 and 42 generalise; nothing in
classifiers/data was changed from it.

Each negative's lede names China AND a Central Asian country AND words of science, technology or
education, in a story that is not science, technology or education cooperation between them: a
trade or investment forum praising "innovation"; a wind, solar, hydro, gas or coal plant, a gold
mine or a cement works with "engineers" and "technology"; a border crossing or airport with
"digital" customs; a film week, calligraphy show, tea or culture festival, concert or fashion show at
a university; sport (wushu, chess, marathon, volleyball, boxing, football, wrestling) with
"technology" in the timing; a medical aid shipment (ambulances, vaccines, ventilators, insulin,
dialysis machines); China's own science (lunar samples, Mars rover, supercomputer, space station,
quantum satellite) under a Central Asian dateline; a Central Asian country's science with the EU,
Russia, Korea or Turkey naming China in passing; China's science with ASEAN or Africa naming Central
Asia in passing; a China–Central Asia or SCO declaration listing many fields.

For each of en, ru, zh, kk, ky, uz (Latin), uzc (Uzbek Cyrillic), tg and tk: 8 hard negatives and 3
relevant look-alikes (joint labs, joint degrees, scholarships, teachers sent, joint research with
the same words). A headline and a lede of one to three sentences (150–400 characters; Chinese
70–200). Each row: (id, title, summary, relevant). The set lives in three files to keep each module
short; this one joins them.
"""

from __future__ import annotations

from .probes_r43_a import PROBES_R43_A
from .probes_r43_b import PROBES_R43_B
from .probes_r43_c import PROBES_R43_C

PROBES_R43: list[tuple[str, str, str, bool]] = [*PROBES_R43_A, *PROBES_R43_B, *PROBES_R43_C]
