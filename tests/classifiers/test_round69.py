"""Round 69 of issue 12: a blind measurement, no fix (docs/classifier.md, "Round 69 of issue 12").
144 terse headlines in the issue's style (probes_r69_blind: 12 relevant and 4 hard negatives in each of
nine languages), written by a helper who never ran the classifier nor read its code, data, docs or tests
and committed before the classifier was run on them, were measured once with rules 2026.12.99.6: P 1.000
/ R 0.926 with the url, P 1.000 / R 0.917 without it (every lede is None: both of ``monitor eval``'s modes
read the same text). Nothing is fixed from the set: its misses are pinned here as measured, so that a later
change that decides one of them differently is noticed (and its figure is then no longer honest)."""

from __future__ import annotations

from classifiers import Classifier

from .probes_r69_blind import PROBES_R69_BLIND
from .tables import assert_blind_set_shape, assert_fresh_blind, blind_rows, decide, rows

# Measured once with rules 2026.12.99.6 (both modes the same): the relevant headlines missed. None of the 36
# hard negatives was let in. 8 missed with the url, 9 without it (the counts test_round69_figures quotes).
MEASURED_WRONG_WITH_URL = 8
MEASURED_WRONG_WITHOUT_URL = 9
# Rounds 70 and 71 (rules 2026.12.99.7, 2026.12.99.8) read five of the miss families; these are now decided right
# (not honest any more: their families were read off this set).
FIXED_LATER = {
    "r69b-ru-robototehnika-rel": "round 70: ТТПУ and \"Харбинский политех\" are gazetteer names",
    "r69b-ru-sputnik-inzhenery-rel": "round 70: a satellite assembled (спутник соберут) is technology",
    "r69b-uzc-zondlash-yoldosh-rel": "round 70: a satellite built (йўлдошини яратади) and remote sensing are technology",
    "r69b-tg-vakhsh-obshinosi-rel": "round 70: АМИТ is the Tajik Academy of Sciences in the gazetteer",
    "r69b-tk-ikinji-hemra-rel": "round 70: the Turkmen satellite (türkmen hemrasy) is technology",
    "r69b-zh-xian-xinzang-daijiao-rel": "round 71: the other side's doctors teaching (带教) a surgery is training",
    "r69b-tg-hisor-obyori-rel": "round 71: a course held for farmers (курси обёрии … гузаронданд) is training",
}
# Still missed with rules 2026.12.99.8:
WRONG_WITH_URL = {
    "r69b-en-uzbek-teachers-digital-rel",  # "Chinese e-learning certification": China only as an adjective of a course
}
# Without the url one more: TATU with the Beijing University of Posts and Telecommunications, in Uzbek Latin
# (the outlet uza.uz gave the Uzbek side its subject).
WRONG_WITHOUT_URL = WRONG_WITH_URL | {"r69b-uz-tatu-bupt-rel"}

ROWS = blind_rows(PROBES_R69_BLIND, WRONG_WITH_URL, WRONG_WITHOUT_URL)


@rows(("mode", "title", "url", "expected"), ROWS)
def test_round69_blind_headlines_decided_as_measured(clf: Classifier, mode: str, title: str, url: str | None,
                                                     expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "url": url}, meta=True) is expected


def test_round69_figures() -> None:
    """The figures the docs quote, from the measured counts (8 and 9 misses): P 1.000 / R 0.926 with the url, 0.917
    without; the misses fixed later plus those still pinned are the measured ones."""
    relevant = [p[0] for p in PROBES_R69_BLIND if p[-1]]
    assert len(relevant) == 108 and len(PROBES_R69_BLIND) == 144
    assert WRONG_WITHOUT_URL <= set(relevant) and set(FIXED_LATER) <= set(relevant)
    assert not set(FIXED_LATER) & WRONG_WITHOUT_URL
    assert len(WRONG_WITH_URL | set(FIXED_LATER)) == MEASURED_WRONG_WITH_URL
    assert len(WRONG_WITHOUT_URL | set(FIXED_LATER)) == MEASURED_WRONG_WITHOUT_URL
    assert round((108 - MEASURED_WRONG_WITH_URL) / 108, 3) == 0.926
    assert round((108 - MEASURED_WRONG_WITHOUT_URL) / 108, 3) == 0.917


def test_round69_blind_set_shape() -> None:
    """12 relevant and 4 hard negatives in each of the nine languages, headlines only, ids unique."""
    assert_blind_set_shape(PROBES_R69_BLIND)


# One headline shares half its words with a round-68 probe once the Uzbek apostrophes are folded as one (the
# writer's own check did not fold ʻ and ‘): found after the measurement, kept as written (taking it out would be
# choosing the set after seeing its decisions; it is decided right).
NOT_FRESH = {"Oʻzbekistonlik oʻqituvchilar Xitoyda raqamli koʻnikmalar kursini tamomladi"}


def test_round69_probes_are_fresh() -> None:
    """No round-69 headline is a labelled text or an earlier probe's, nor shares half its words (character pairs
    in Chinese) with one, nor with another of the set, but the one recorded in NOT_FRESH."""
    assert_fresh_blind(PROBES_R69_BLIND, "probes_r69_blind", not_fresh=NOT_FRESH)