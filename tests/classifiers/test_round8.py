"""Round 8 of issue 12: each new term read both ways (a relevant headline and its hard
negative, or the term against its false friend), and the round-8 headline probes."""

from __future__ import annotations

from classifiers import Classifier

from .probes_r8 import PROBES_R8
from .tables import assert_decision, assert_new_probes, assert_reading, rows

# (id, headline, expected decision)
DECISIONS = [
    # Central Asian universities by their Latin acronym; the partner still decides
    ("en-tsuull-lanzhou", "TSUULL and Lanzhou University sign a memorandum", True),
    ("en-tsuull-seoul", "TSUULL and Seoul National University sign a memorandum", False),
    ("en-tsulbp-chinese-teachers", "Chinese teachers hold an open lesson at TSULBP", True),
    ("en-tsulbp-alone", "TSULBP celebrates its anniversary", False),
    # Russian adjectives of the Chinese provinces and cities that were missing
    ("ru-hebei-univ-kz", "Хэбэйский университет и КазНУ открыли совместную лабораторию", True),
    ("ru-guilin-univ-kg", "Гуйлиньский университет примет студентов из Кыргызстана", True),
    ("ru-hebei-steel-kz", "Хэбэйская сталелитейная компания откроет завод в Казахстане", False),
    ("ru-hainan-tourists-uz", "Хайнаньские курорты ждут туристов из Узбекистана", False),
    # another country's institute named after China is that country's side
    ("ru-iksa-kz-scholars", "Казахстанские учёные выступили в Институте Китая и современной Азии", False),
    ("ru-cass-kz-scholars", "Казахстанские учёные выступили в Институте Центральной Азии Академии общественных наук Китая", True),
    ("tk-iksa", "Türkmen alymlary Hytaý we häzirkizaman Aziýa institutynda çykyş etdiler", False),
    ("tk-china-institute", "Türkmen alymlary Hytaýyň institutynda çykyş etdiler", True),
    # the writer's side together with the Chinese; China's own scientists with a third country
    ("kk-together-chinese", "Ғалымдар қытайлық мамандармен бірге топырақты зерттеуде", True),
    ("kk-cn-with-japan", "Қытай ғалымдары жапондық әріптестерімен бірге жаңа робот жасады", False),
    ("ky-together-chinese", "Агрардык университеттин окумуштуулары кытайлык адистер менен бирге жаңы сортту сынашты", True),
    ("ky-cn-with-us", "Кытай окумуштуулары америкалык кесиптештери менен бирге жаңы дары ойлоп табышты", False),
    ("uz-together-chinese", "Institut olimlari xitoylik mutaxassislar bilan birga laboratoriya ochdi", True),
    ("uz-together-chinese-trade", "Tadbirkorlar xitoyliklar bilan birga do'kon ochdi", False),
    ("tk-together-chinese", "Uniwersitetiň alymlary hytaýly hyzmatdaşlar bilen bilelikde barlag geçirýärler", True),
    ("tk-together-chinese-gas", "Hytaýly hyzmatdaşlar bilen bilelikde gaz käni özleşdirilýär", False),
    ("tg-together-chinese", "Донишҷӯён якҷоя бо мутахассисони чинӣ лабораторияро омӯхтанд", True),
    ("tg-together-chinese-road", "Якҷоя бо мутахассисони чинӣ роҳ сохта мешавад", False),
]


@rows(("title", "expected"), DECISIONS)
def test_round8_decisions(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("en-tsuull-is-uz", "TSUULL", "uz", True),
    ("en-tsuull-lowercase-is-not", "tsuull", "uz", False),
    ("en-tsulbp-is-tj", "TSULBP", "tj", True),
    ("ru-hebei-adjective-is-china", "Хэбэйского медицинского университета", "china", True),
    ("ru-guilin-adjective-is-china", "Гуйлиньский технологический университет", "china", True),
    ("ru-iksa-is-partner", "Института Китая и современной Азии", "other_partner", True),
    ("ru-iksa-is-not-china", "Института Китая и современной Азии", "china", False),
    ("ru-china-alone-is-china", "Института Китая", "china", True),
    ("tk-rya-is-partner", "RYA-nyň alymlary", "other_partner", True),
    ("tk-russia-is-partner", "Russiýanyň uniwersiteti", "other_partner", True),
    ("tg-japan-is-partner", "Ҷопон", "other_partner", True),
    ("kk-together-is-cooperation", "қытайлықтармен бірге", "cooperation", True),
    ("kk-together-is-china", "қытайлықтармен бірге", "china", True),
    ("kk-with-us-is-not-cooperation", "америкалық әріптестерімен бірге", "cooperation", False),
    ("uz-cyrl-together-is-cooperation", "хитойлик олимлар билан бирга", "cooperation", True),
    ("ky-together-is-cooperation", "кытайлыктар менен бирге", "cooperation", True),
    ("tk-together-is-cooperation", "hytaýly alymlar bilen bilelikde", "cooperation", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round8_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


@rows(("headline", "relevant"), PROBES_R8)
def test_probe_r8(clf: Classifier, headline: str, relevant: bool) -> None:
    assert_decision(clf, headline, relevant)


def test_probes_r8_are_not_items_of_the_labelled_sets() -> None:
    assert_new_probes(PROBES_R8)
    assert {rel for *_, rel in PROBES_R8} == {True, False}
