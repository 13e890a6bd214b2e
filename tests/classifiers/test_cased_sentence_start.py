"""A case-sensitive key written with a small first letter ("из Таласа", "страны ЦА", "from Naryn")
also stands with a capital one, as it does opening a headline or a sentence; nothing else about
case-sensitive keys changes (an acronym still stands as written or in capitals, never in small
letters or with an ending in capitals). docs/classifier.md, "Round 66 of issue 12"."""

from __future__ import annotations

import pytest

from classifiers import Classifier
from classifiers.collect import acronym_as_written

from .tables import assert_reading

# (id, key as written, matched text, stands?)
AS_WRITTEN = [
    ("small-first-letter-as-written", "из Таласа", "из Таласа", True),
    ("small-first-letter-capitalised", "из Таласа", "Из Таласа", True),
    ("small-first-letter-in-capitals", "из Таласа", "ИЗ ТАЛАСА", True),
    ("small-first-letter-all-small-is-not", "из Таласа", "из таласа", False),
    ("capitalised-but-rest-changed-is-not", "из Таласа", "Из таласа", False),
    ("acronym-as-written", "CAS", "CAS", True),
    ("acronym-in-small-letters-is-not", "CAS", "cas", False),
    ("acronym-capitalised-is-not", "CAS", "Cas", False),
    ("acronym-with-small-ending", "ОшМУ", "ОшМУнун", True),
    ("acronym-with-capital-ending-is-not", "CAS", "CASE", False),
]


@pytest.mark.parametrize(("cased", "term", "stands"), [r[1:] for r in AS_WRITTEN], ids=[r[0] for r in AS_WRITTEN])
def test_acronym_as_written(cased: str, term: str, stands: bool) -> None:
    assert acronym_as_written(term, cased) is stands


# (id, text, concept, expected) through the classifier: the keys of rounds 66 and 55 opening a headline
READINGS = [
    ("ru-iz-talasa-opening", "Из Таласа в Пекин: история студентки", "central_asia", True),
    ("ru-v-talase-opening", "В Таласе открылся класс китайского языка", "central_asia", True),
    ("ru-iz-kg-opening", "Из KG в Пекин: как стать аспирантом", "kg", True),
    ("ru-strany-tsa-opening", "Страны ЦА и Китай обсудили образование", "central_asia", True),
    ("en-from-naryn-opening", "From Naryn to Beijing: a scholarship story", "central_asia", True),
    ("ru-talas-small-is-not", "спор из таласа", "central_asia", False),
]


@pytest.mark.parametrize(("text", "concept", "expected"), [r[1:] for r in READINGS], ids=[r[0] for r in READINGS])
def test_cased_key_opening_a_headline(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)
