"""Round 12 of issue 12: each new term read both ways (a relevant headline and its hard
negative, or the term against its false friend), the round-12 headline probes, and the fresh
holdout (holdout10) kept honest: its items are real, unique and labelled as the other sets,
and none repeats an earlier set's url or title or a probe."""

from __future__ import annotations

from classifiers import Classifier

from .grid_r9 import GRID_R9
from .headlines import HEADLINES
from .probes_r5 import PROBES, PROBES_AFTER
from .probes_r6 import PROBES_R6
from .probes_r7 import PROBES_R7
from .probes_r8 import PROBES_R8
from .probes_r10 import PROBES_R10
from .probes_r11 import PROBES_R11
from .probes_r12 import PROBES_R12
from .tables import assert_decision, assert_fresh_holdout, assert_new_probes, assert_reading, rows

# Every probe is decided as labelled. r12-ru-tm-nom-pl was missed on purpose until round 54: the
# demonym is read (TM), but "нефтегазовое дело" was oil and gas, a hard negative, beside an oil
# university (1.60 < 2.00); round 54 reads it as a field studied (docs/classifier.md, "Round 54").
PROBES_NOW = [(i, h, r) for i, h, r in PROBES_R12]

# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("ru-tm-demonym-gen-pl", "туркменистанцев", "tm", True),
    ("ru-tm-demonym-dat-pl", "туркменистанцам", "tm", True),
    ("ru-tm-demonym-female-acc", "туркменистанку", "tm", True),
    ("ru-tj-demonym-nom-sg", "Таджикистанец", "tj", True),
    ("ru-tj-demonym-ins-pl", "таджикистанцами", "tj", True),
    ("ru-tj-demonym-female-gen", "таджикистанки", "tj", True),
    ("ru-uz-demonym-female-ins", "узбекистанкой", "uz", True),
    ("ru-kg-demonym-female-pl", "кыргызстанки", "kg", True),
    # the -истанец of other countries is not a Central Asian side
    ("ru-pakistani-is-not-tj", "пакистанцы", "tj", False),
    ("ru-afghan-female-is-not-tm", "афганистанка", "tm", False),
    ("ru-pakistani-gen-is-not-tj", "пакистанцев", "tj", False),
]

# (id, headline, expected decision): the demonym with China and a subject is relevant; the same
# citizens' trade with China, and their studies with another partner, are not
DECISIONS = [
    ("ru-tm-demonym-lab", "Туркменистанцы прошли стажировку в лаборатории Китайской академии наук", True),
    ("ru-tj-demonym-confucius", "Институт Конфуция в Душанбе набирает таджикистанцев на курсы", True),
    ("ru-tm-demonym-trade-neg", "Туркменистанцы закупают китайские автомобили", False),
    ("ru-tj-demonym-korea-neg", "Таджикистанцы получат гранты на учебу в Южной Корее", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round12_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


@rows(("title", "expected"), DECISIONS)
def test_round12_decisions(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


@rows(("headline", "relevant"), PROBES_NOW)
def test_round12_probes(clf: Classifier, headline: str, relevant: bool) -> None:
    assert_decision(clf, headline, relevant)


def test_round12_probes_and_decisions_are_not_items_of_the_labelled_sets() -> None:
    assert_new_probes(PROBES_R12)
    assert_new_probes(DECISIONS)

EARLIER_PROBES = [*GRID_R9, *HEADLINES, *PROBES, *PROBES_AFTER, *PROBES_R6, *PROBES_R7, *PROBES_R8,
                  *PROBES_R10, *PROBES_R11]


def test_holdout10_is_real_unique_and_labelled() -> None:
    """holdout10 (round 12) kept honest, against every earlier probe too (tables.assert_fresh_holdout)."""
    assert_fresh_holdout("holdout10.jsonl", 30, EARLIER_PROBES)
