"""Round 96 of issue 12: acronyms, short names and Russian-style spellings that name a side (docs/classifier.md,
"Round 96 of issue 12"). The Chinese Academy of Sciences by the acronyms of Central Asian languages (uz XFA / ХФА,
ky КИА, tg АИЧ), beside a Central Asian side (КИА: beside a science or university word, never beside goods, the car
maker) and never beside sport, as CAS; Xinjiang and Xi'an written the Russian way in Uzbek Latin (Sintszyan,
Sintszyanlik, Syan) and Turkmen (Sintszýan, Sinzýan); the Kazakh National Agrarian University by its older Kazakh
acronym ҚазҰАУ. The READINGS table reads each form both ways; the blind sets (probes_r96_dev, probes_r96_held) are
decided on their url and without it, in both modes."""

from __future__ import annotations

from classifiers import Classifier

from .probes_r96_dev import PROBES_R96_DEV
from .probes_r96_held import PROBES_R96_HELD
from .tables import assert_decision, assert_fresh_blind, assert_reading, decide, probe_rows, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("uz-xfa", "XFA olimlari Toshkentda ma'ruza o'qidi", "china", True),
    ("uz-xfa-sport-is-not", "XFA futbol jamoasi Toshkentda o'ynadi", "china", False),
    ("uz-xfa-alone-is-not", "XFA olimlari Parijda ma'ruza o'qidi", "china", False),
    ("uz-ozfa-is-not", "O'zFA olimlari Toshkentda ma'ruza o'qidi", "china", False),
    ("uzc-xfa", "ХФА олимлари Тошкентда маъруза ўқиди", "china", True),
    ("uzc-ozfa-is-not", "ЎзФА олимлари Тошкентда маъруза ўқиди", "china", False),
    ("ky-kia", "КИА окумуштуулары Бишкекте лекция окушту", "china", True),
    ("ky-kia-cars-is-not", "КИА унааларын Бишкекке алып келишти", "china", False),
    ("ky-kia-factory-is-not", "КИА жаңы заводун Ошто ачат", "china", False),
    ("ky-uia-is-not", "УИА окумуштуулары Бишкекте лекция окушту", "china", False),
    ("tg-aich", "Олимони АИЧ дар Душанбе маъруза карданд", "china", True),
    ("tg-amit-is-not", "Олимони АМИТ дар Душанбе маъруза карданд", "china", False),
    ("uz-sintszyan", "Sintszyan universiteti talabalari Toshkentga keldi", "china", True),
    ("uz-sintszyanlik", "Sintszyanlik olimlar Samarqandga keldi", "china", True),
    ("uz-syan", "Syandagi universitet talabalari Buxoroga keldi", "china", True),
    ("uz-sayyor-is-not", "Sayyohlar Buxoroga keldi", "china", False),
    ("tk-sintszyan", "Sintszýan uniwersitetiniň talyplary Aşgabada geldi", "china", True),
    ("tk-sinzyanly", "Sinzýanly alymlar Marya geldi", "china", True),
    ("tk-other-is-not", "Stambulyň talyplary Aşgabada geldi", "china", False),
    ("kk-kaznau", "ҚазҰАУ студенттері Алматыда жиналды", "kz", True),
    ("kk-kaznau-other-is-not", "ҚазҰУ-дың бұрынғы аграрлық факультеті", "china", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round96_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


DECISIONS = [
    ("uz-xfa-toshdtu", "XFA va ToshDTU olimlari quyosh energiyasini birgalikda o'rganadi", True),
    ("ky-uia-kia", "УИА менен КИА Ысык-Көлдө биргелешкен лаборатория ачты", True),
    ("tg-amit-aich", "АМИТ ва АИЧ дар Хуҷанд маркази илмии муштарак кушоданд", True),
    ("uz-sintszyan-university", "Samarqand davlat universiteti va Sintszyan universiteti qo'shma dastur ochdi", True),
    ("uz-sintszyanlik-trade-is-not", "Sintszyanlik tadbirkorlar Andijonda pomidor sotib oldi", False),
    ("ky-kia-cars-is-not", "КИА унаалары Бишкекте арзандады", False),
    ("uz-xfa-sport-is-not", "XFA va O'zMU talabalari futbol o'ynadi", False),
]


@rows(("title", "expected"), DECISIONS)
def test_round96_decision(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


# Dev before the fixes (base 2026.12.99.9.9.9.8.3): P 1.000 / R 0.722 in both modes, with and without the url (missed
# the Kyrgyz КИА, the Tajik АИЧ, the Uzbek XFA and ХФА, the Uzbek Sintszyan universiteti). After: every item right.
DEV_WRONG: set[str] = set()
# Held-out, measured once after the fixes (nothing fixed from it): P 1.000 / R 1.000 in both modes, with and without
# the url (the base 1.000 / 0.944: the Uzbek "XFA Geologiya instituti", turned by the XFA key written for the dev set).
HELD_WRONG_MEASURED: set[str] = set()
# Later rounds that decide one of the measured misses right move it here (no longer honest), with the round.
FIXED_LATER: dict[str, str] = {}
HELD_WRONG = HELD_WRONG_MEASURED - set(FIXED_LATER)


@rows(("mode", "title", "summary", "url", "expected"), probe_rows(PROBES_R96_DEV, DEV_WRONG))
def test_round96_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None,
                                 expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(("mode", "title", "summary", "url", "expected"), probe_rows(PROBES_R96_HELD, HELD_WRONG))
def test_round96_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None,
                                  expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


def test_round96_probes_are_fresh() -> None:
    """No round-96 headline is a labelled text or an earlier probe's, nor shares half its words with one, nor with
    another of the sets. Rounds 97 and 98 were written at the same time by other writers."""
    assert_fresh_blind(PROBES_R96_DEV + PROBES_R96_HELD, "probes_r96", "probes_r97", "probes_r98")


def test_round96_fixed_later_were_measured_wrong() -> None:
    assert set(FIXED_LATER) <= HELD_WRONG_MEASURED


def test_round96_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.99.9.9.9.8.4"
