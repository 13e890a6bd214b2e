"""Round 85 of issue 12: veterinary, forestry, pastures, soil, fish and hazard science (docs/classifier.md, "Round
85 of issue 12"). The scientists of forestry, pastures and hydrometeorology are research, as soil scientists and
ichthyologists already were, in every language (en foresters, grassland and rangeland scientists,
hydrometeorologists; ru лесоводы, гидрометеорологи; kk орманшы; ky токойчу; uz o'rmonchi / ўрмончи and o'tshunos /
ўтшунос; tg ҷангалшинос, ҷангалбон; tk tokaýçy); rangeland, pasture and grassland restored is environment as land
restored is (en, and the Tajik verbal noun "барқарор кардани чарогоҳҳо"); the Gvardeisky biosafety institute is
named by its shortened Russian name and in English by its village. The READINGS table reads each form both ways;
the blind sets (probes_r85_dev, probes_r85_held) are decided on their url and without it, in both modes; four of
round 83's misses move to test_round83.FIXED_LATER."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r85_dev import PROBES_R85_DEV
from .probes_r85_held import PROBES_R85_HELD
from .tables import assert_decision, assert_reading, decide, labelled_texts, probe_texts, repeats, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("en-foresters", "Foresters from Gansu visit Osh", "research", True),
    ("en-forest-fire-is-not", "Forest fire near Osh put out", "research", False),
    ("en-grassland-scientists", "Grassland scientists meet in Naryn", "research", True),
    ("en-rangeland-restoration", "Rangeland restoration begins in Naryn", "environment", True),
    ("en-rangeland-grazing-is-not", "Herders move sheep to rangeland in Naryn", "environment", False),
    ("en-hydrometeorologists", "Hydrometeorologists meet in Almaty", "research", True),
    ("ru-lesovody", "Лесоводы Ганьсу приехали в Душанбе", "research", True),
    ("ru-les-is-not", "В Душанбе продают лес из Ганьсу", "research", False),
    ("ru-gidrometeorologi", "Гидрометеорологи Казахстана и Китая встретились", "research", True),
    ("kk-ormanshylar", "Орманшылар Алматыда кездесті", "research", True),
    ("kk-orman-is-not", "Алматы маңында орман өртенді", "research", False),
    ("ky-tokoichular", "Токойчулар Ошто жолугушту", "research", True),
    ("ky-tokoi-is-not", "Ош жанындагы токой өрттөндү", "research", False),
    ("uz-ormonchilar", "O'rmonchilar Jizzaxda uchrashdi", "research", True),
    ("uzc-ormonchilar", "Ўрмончилар Жиззахда учрашди", "research", True),
    ("uzc-otshunoslar", "Ўтшунослар Нукусда учрашди", "research", True),
    ("uz-ormon-is-not", "Jizzaxda o'rmon yong'ini o'chirildi", "research", False),
    ("tg-jangalshinoson", "Ҷангалшиносон дар Хуҷанд ҷамъ омаданд", "research", True),
    ("tg-jangal-is-not", "Дар наздикии Хуҷанд ҷангал сӯхт", "research", False),
    ("tg-pastures-restored", "Барқарор кардани чарогоҳҳо дар Хатлон оғоз шуд", "environment", True),
    ("tg-pastures-grazing-is-not", "Чӯпонон рамаро ба чарогоҳҳо бурданд", "environment", False),
    ("tk-tokaycylar", "Tokaýçylar Aşgabatda duşuşdy", "research", True),
    ("tk-tokay-is-not", "Aşgabadyň golaýynda tokaý ýandy", "research", False),
    ("ru-gvardeisky", "НИИ проблем биобезопасности получил новое оборудование", "kz", True),
    ("ru-biosafety-alone-is-not", "Проблемы биобезопасности обсудили в Москве", "kz", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round85_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


DECISIONS = [
    ("ru-lesovody-gansu", "Таджикские лесоводы перенимают опыт лесопосадок провинции Ганьсу", True),
    ("ru-ospa-ovets", "НИИ проблем биобезопасности и харбинские вирусологи испытают вакцину от оспы овец", True),
    ("en-timber-is-not", "Tajikistan buys timber from Gansu", False),
    ("ru-vaccine-purchase-is-not", "НИИ проблем биобезопасности закупил вакцины в Турции", False),
    ("ru-weather-is-not", "Гидрометеорологи обещают снег в Алматы и Урумчи", False),
]


@rows(("title", "expected"), DECISIONS)
def test_round85_decision(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


# Dev before the fixes (base 2026.12.99.9.9.1): P 1.000 / R 0.833 in both modes, with and without the url (missed the
# saxaul foresters, the Badakhshan pastures, the Jizzakh ўрмончилар). After: every item right but the Badakhshan
# pastures (Badakhshan is not read as Tajikistan: it is also Afghanistan's; "кӯмак мерасонанд" is no cooperation).
DEV_WRONG = {"r85d-tg-charogohho-rel"}
# Held-out, measured once after the fixes (nothing fixed from it): P 1.000 / R 0.889 in both modes, with and without
# the url (the base 1.000 / 0.833). Missed: "Ухандык ихтиологдор Токтогулда балык өстүрүүнү үйрөтүштү" and
# "Ҷангалшиносони тоҷик дар Гансу ..." (the izafet form ҷангалшиносони is not among the Tajik endings).
HELD_WRONG_MEASURED = {"r85h-ky-balykchylyk-rel", "r85h-tg-jangal-rel"}
# Later rounds that decide one of the measured misses right move it here (no longer honest), with the round.
FIXED_LATER: dict[str, str] = {
    "r85h-ky-balykchylyk-rel": "round 89: Toktogul names Kyrgyzstan (Токтогулда)",
    "r85h-tg-jangal-rel": "round 89: the izafet plural ҷангалшиносони is research; forests restored (барқарорсозии ҷангал)",
}
HELD_WRONG = HELD_WRONG_MEASURED - set(FIXED_LATER)


def _rows(probes: list[tuple], wrong: set[str]) -> list[tuple]:
    return [(f"{mode.replace(' ', '-')}-{'url' if shown else 'nourl'}-{pid}", mode, title, lede, url if shown else None,
             relevant is not (pid in wrong))
            for mode in MODES for shown in (True, False) for pid, url, title, lede, relevant in probes]


@rows(("mode", "title", "summary", "url", "expected"), _rows(PROBES_R85_DEV, DEV_WRONG))
def test_round85_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None,
                                 expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(("mode", "title", "summary", "url", "expected"), _rows(PROBES_R85_HELD, HELD_WRONG))
def test_round85_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None,
                                  expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


def test_round85_probes_are_fresh() -> None:
    """No round-85 headline is a labelled text or an earlier probe's, nor shares half its words with one, nor with
    another of the sets. Rounds 81, 82, 84 and 86 were written at the same time by other writers."""
    known = labelled_texts() | probe_texts("probes_r85", "probes_r81", "probes_r82", "probes_r84", "probes_r86")
    mine = [p[2] for p in PROBES_R85_DEV + PROBES_R85_HELD]
    assert not repeats(mine, known)
    assert not [(a, b) for i, a in enumerate(mine) for b in mine[i + 1:] if repeats([a], [b])]


def test_round85_fixed_later_were_measured_wrong() -> None:
    assert set(FIXED_LATER) <= HELD_WRONG_MEASURED


def test_round85_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.99.9.9.8"
