"""Round 80 of issue 12: a third blind measurement of terse headlines, no fix (docs/classifier.md, "Round 80 of issue
12"). 144 headlines in the issue's style (probes_r80_blind: 12 relevant and 4 hard negatives in each of nine
languages, on subjects rounds 69 and 72 used little: metallurgy, transport and railway education, nuclear physics,
the Aral Sea, sports medicine, journalism and media training, libraries and archives, e-government, think tanks),
written by a helper who never ran the classifier nor read its code, data, docs or tests and committed before the
classifier was run on them, were measured once with rules 2026.12.99.9.6 (rounds 73–76 merged, rounds 77–79 not
yet): P 0.989 / R 0.815 with the url, P 0.989 / R 0.806 without it (every lede is None). Its wrong decisions are
pinned as measured, so that a later change that decides one of them differently is noticed."""

from __future__ import annotations

from classifiers import Classifier

from .probes_r80_blind import PROBES_R80_BLIND
from .tables import assert_blind_set_shape, assert_fresh_blind, blind_rows, decide, rows

# Measured once with rules 2026.12.99.9.6 (both modes read the same text): with the url 20 relevant headlines
# missed and one negative let in; without it 21 missed and the same one let in.
MEASURED_WRONG_WITH_URL = 21
MEASURED_WRONG_WITHOUT_URL = 22
# Rounds written without this set (their writers never saw it) that decide one of its misses right: their figure on
# the set stays honest.
FIXED_UNREAD: dict[str, str] = {}
# Later rounds that read a miss family off this set move its items here (no longer honest), with the round.
FIXED_LATER: dict[str, str] = {
    "r80b-en-karaganda-kunming-slag-rel": "round 82: copper slag recovery is applied metallurgy research (waste_metallurgy)",
    "r80b-en-bjtu-uzbek-signalling-rel": "round 82: 'Beijing Jiaotong' is BJTU's short name",
    "r80b-en-guangzhou-team-doctors-rel": "round 82: 'intern at' is an internship (placement), which lifts the sport veto",
    "r80b-ky-temir-zhol-praktika-rel": "round 82: 'практика өтөт' is practice (placement); its railway field is taken back by half",
    "r80b-ky-sport-darygerleri-rel": "round 82: 'билимин жогорулатты' is further training (placement), which lifts the sport veto",
    "r80b-uzc-sport-tibbiyoti-rel": "round 82: 'сабоқ берди' is teaching (placement), which lifts the sport veto",
    "r80b-tk-ulag-instituty-rel": "round 82: 'Szýaotun uniwersiteti' is BJTU and 'tälim alýar' training",
    "r80b-kk-koljazbalar-rel": "round 90: 'Ұлттық академиялық кітапхана' is Kazakhstan's and 'ҚХР Ұлттық кітапханасы' "
    "the National Library of China (gazetteer)",
    "r80b-tg-boygoni-rel": "round 90: an archive ('бойгонӣ') is heritage at 0.4, as a library; with the digitising and "
    "the historical documents, enough",
}
# The seven media-training items below are labelled relevant by this set's writer; the real labelled sets label
# journalists' training irrelevant (media cooperation: docs/classifier.md, "Round 81 of issue 12"), so they are a
# disagreement about scope, kept as measured.
MISSED = {
    "r80b-en-xinhua-newsroom-course-rel",  # a newsroom course for reporters: media training unknown
    "r80b-ru-metally-iz-otvalov-rel",  # rare metals from tailings: metallurgy read as industry
    "r80b-ru-priarale-rel",  # restoring the Aral region's ecosystem: Приаралье unknown
    "r80b-ru-reportery-ashkhabad-rel",  # reporters' courses at Xinhua: media training unknown
    "r80b-zh-media-seminar-rel",  # 媒体人才研修班: media training unknown
    "r80b-kk-otandyq-zhurnalister-rel",  # media training; "отандық" (our country's) as the side
    "r80b-kk-akyldy-kala-rel",  # a smart-city course finished by officials
    "r80b-ky-zhurnalistter-rel",  # media workers' digital-journalism training
    "r80b-tg-ruznomanigoron-rel",  # Khovar's reporters trained at Xinhua
    "r80b-tg-tadqiqoti-strategi-rel",  # a think tank's joint report with the Chinese Academy of Social Sciences
    "r80b-tk-zurnalistler-rel",  # a newspaper's reporters trained at Xinhua
}
MISSED_WITHOUT_URL = {"r80b-uz-farmatsevtika-shenyang-rel"}  # the uz outlet gave the Uzbek side (TFI unknown)
LET_IN = {"r80b-ky-bryussel-superkompyuter-neg"}  # Brussels and Beijing's supercomputer: the Kyrgyz text implied Kyrgyzstan
WRONG_WITH_URL = MISSED | LET_IN
WRONG_WITHOUT_URL = MISSED | MISSED_WITHOUT_URL | LET_IN

ROWS = blind_rows(PROBES_R80_BLIND, WRONG_WITH_URL, WRONG_WITHOUT_URL)


@rows(("mode", "title", "url", "expected"), ROWS)
def test_round80_blind_headlines_decided_as_measured(clf: Classifier, mode: str, title: str, url: str | None,
                                                     expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "url": url}, meta=True) is expected


def test_round80_figures() -> None:
    """The figures the docs quote, from the measured counts: P 0.989 / R 0.815 with the url, 0.989 / 0.806
    without; the items fixed later plus those still pinned are the measured ones."""
    relevant = {p[0] for p in PROBES_R80_BLIND if p[-1]}
    assert len(relevant) == 108 and len(PROBES_R80_BLIND) == 144
    fixed = set(FIXED_LATER) | set(FIXED_UNREAD)
    assert MISSED | MISSED_WITHOUT_URL | fixed <= relevant and not LET_IN & relevant
    assert not fixed & WRONG_WITHOUT_URL and not set(FIXED_LATER) & set(FIXED_UNREAD)
    assert len(WRONG_WITH_URL | (fixed - MISSED_WITHOUT_URL)) == MEASURED_WRONG_WITH_URL
    assert len(WRONG_WITHOUT_URL | fixed) == MEASURED_WRONG_WITHOUT_URL
    missed_url = len(MISSED | (fixed - MISSED_WITHOUT_URL))
    missed_nourl = len(MISSED | MISSED_WITHOUT_URL | fixed)
    assert round((108 - missed_url) / (108 - missed_url + 1), 3) == 0.989
    assert round((108 - missed_url) / 108, 3) == 0.815
    assert round((108 - missed_nourl) / 108, 3) == 0.806


def test_round80_blind_set_shape() -> None:
    """12 relevant and 4 hard negatives in each of the nine languages, headlines only, ids unique."""
    assert_blind_set_shape(PROBES_R80_BLIND)


def test_round80_probes_are_fresh() -> None:
    """No round-80 headline is a labelled text or an earlier probe's, nor shares half its words (character pairs
    in Chinese) with one, nor with another of the set. Rounds 77–79 were written at the same time by other writers
    (a likeness to them is chance)."""
    assert_fresh_blind(PROBES_R80_BLIND, "probes_r80_blind", "probes_r77", "probes_r78", "probes_r79")