"""Round 9 of issue 12: the compositional headline grid (``grid_r9.py``: nine languages,
eleven topic families, every Central Asian country and the region, with hard negatives), and
each new term read both ways (the family's headline against its false friend)."""

from __future__ import annotations

from classifiers import Classifier

from .grid_r9 import COUNTRIES, FAMILIES, GRID_R9
from .tables import assert_decision, assert_new_probes, assert_reading, rows

# Grid headlines the round-9 rules still miss, on purpose (docs/classifier.md, "Round 9 of
# issue 12", tried and dropped): "China shares its digitalisation experience with X" names
# both sides and one technology word of weight 0.4; lifting digitalisation to 0.7 caught them
# and let "China helps Tajikistan with digitalisation of its banking system" in.
KNOWN_MISSES = {
    "g9-en-tech-2-tm", "g9-ru-tech-2-tm", "g9-kk-tech-2-tm", "g9-uz-tech-2-tm", "g9-uzc-tech-2-tm",
    "g9-ky-tech-2-tm", "g9-tg-tech-2-tm", "g9-tk-tech-2-tm",
}

GRID = [(i, h, rel) for i, h, rel, *_ in GRID_R9 if i not in KNOWN_MISSES]
MISSES = [(i, h) for i, h, *_ in GRID_R9 if i in KNOWN_MISSES]


@rows(("headline", "relevant"), GRID)
def test_grid_r9(clf: Classifier, headline: str, relevant: bool) -> None:
    assert_decision(clf, headline, relevant)


@rows(("headline",), MISSES)
def test_grid_r9_known_misses_are_still_missed(clf: Classifier, headline: str) -> None:
    """When a change catches one of these, move it into the grid's expectations and the docs."""
    assert_decision(clf, headline, False)


def test_grid_r9_covers_every_country_and_family_in_every_language() -> None:
    languages = {r[3] for r in GRID_R9}
    assert languages == {"en", "ru", "zh", "kk", "uz", "uzc", "ky", "tg", "tk"}
    for lang in languages:
        relevant = [r for r in GRID_R9 if r[3] == lang and r[2]]
        negatives = [r for r in GRID_R9 if r[3] == lang and not r[2]]
        assert {r[4] for r in relevant} == set(FAMILIES), lang
        assert {r[5] for r in relevant} == set(COUNTRIES), lang
        assert 40 <= len(relevant) <= 60 and len(negatives) >= 18, lang


def test_grid_r9_is_not_items_of_the_labelled_sets() -> None:
    assert_new_probes([(i, h) for i, h, *_ in GRID_R9])
    assert len({h for _, h, *_ in GRID_R9}) == len(GRID_R9)


# (id, headline, expected decision)
DECISIONS = [
    # physicians and clinics count a little: an internship or research makes the story,
    # an operation performed by Chinese doctors does not
    ("kk-doctors-surgery", "Қытайлық дәрігерлер Қазақстанда ота жасады", False),
    ("uz-doctors-surgery", "Xitoylik shifokorlar O'zbekistonda operatsiya o'tkazdi", False),
    ("ky-doctors-surgery", "Кытайлык дарыгерлер Кыргызстанда операция жасашты", False),
    ("tg-doctors-surgery", "Табибони чинӣ дар Тоҷикистон ҷарроҳӣ гузарониданд", False),
    ("tk-doctors-surgery", "Hytaýly lukmanlar Türkmenistanda operasiýa geçirdiler", False),
    ("tk-doctors-internship", "Türkmen lukmanlary Hytaýda tejribe geçdiler", True),
    ("ru-clinic-opens", "Китайская клиника открылась в Алматы", False),
    ("en-clinic-opens", "Chinese clinic opens in Bishkek", False),
    # restorers and ancient monuments: two signs make heritage research, tourists do not
    ("en-tourists-monuments", "Chinese tourists visit ancient monuments in Uzbekistan", False),
    ("ru-tourists-monuments", "Китайские туристы посетили древние памятники Узбекистана", False),
    ("uz-tourists-monuments", "Xitoylik sayyohlar qadimiy yodgorliklarni ziyorat qilmoqda", False),
    ("ru-monument-abai", "В Пекине открыли памятник Абаю", False),
    ("kk-monuments-archaeologists", "Көне ескерткіштер: Қазақстан мен Қытай археологтары бірге жұмыс істейді", True),
    # Xinjiang's own minority schools are China's domestic story; its universities and a visit
    # to its schools are not
    ("en-xinjiang-kazakh-schools", "Xinjiang's Kazakh schools get new textbooks", False),
    ("en-visit-xinjiang-schools", "Kazakh students visit schools in Xinjiang", True),
    ("en-xinjiang-university", "Kazakh students study at Xinjiang University", True),
    ("uz-xinjiang-university", "Shinjondagi universitetda o'zbekistonlik talabalar tahsil olmoqda", True),
    ("tk-urumqi-students", "Ürümçi şäherinde gazak talyplary okaýar", True),
    ("ky-xinjiang-kyrgyz-schools", "Шинжаңдагы кыргыз мектептери жаңы окуу жылына даяр", False),
    # digitalisation and startups: technology, but not by itself
    ("en-digital-banking", "China helps Tajikistan with digitalisation of its banking system", False),
    ("ru-digital-customs", "Китай и Узбекистан обсудили цифровизацию таможни", False),
    ("ru-accelerator-invests", "Китайский акселератор инвестирует в казахстанские стартапы", False),
    ("zh-digital-economy-trade", "中国与乌兹别克斯坦数字经济贸易额增长", False),
    # Astana in Tajik is capitalised; остона is also "threshold" (дар остонаи: "on the eve of")
    ("tg-astana-students", "Дар Остона донишҷӯёни чинӣ забони қазоқиро меомӯзанд", True),
]


@rows(("title", "expected"), DECISIONS)
def test_round9_decisions(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("tg-astana-is-kz", "Остона", "kz", True),
    ("tg-threshold-is-not-kz", "дар остонаи Наврӯз", "kz", False),
    ("uzc-shenzhen-is-china", "Шенчжендаги", "china", True),
    ("tk-shenzhen-is-china", "Şençžende", "china", True),
    ("tk-confucius-is-language", "Konfusiý institutyna", "language_culture", True),
    ("zh-digital-economy-is-technology", "中哈数字经济合作", "technology", True),
    ("zh-digital-economy-is-not-trade", "中哈数字经济合作", "trade", False),
    ("uzc-tsinghua-is-china", "Синхуа университети", "china", True),
    ("tg-tsinghua-is-china", "Донишгоҳи Синхуа", "china", True),
    ("tk-tsinghua-is-china", "Sinhua uniwersiteti", "china", True),
    ("ru-magtymguly-acronym-is-tm", "в ТГУ имени Махтумкули", "tm", True),
    ("uzc-luban-is-vocational", "Лу Бан устахонаси", "vocational", True),
    ("ky-clinic-is-health", "клиникаларында", "health", True),
    ("ky-internship-is-exchange", "тажрыйбадан өтүштү", "student_exchange", True),
    ("tk-internship-is-exchange", "tejribe geçdiler", "student_exchange", True),
    ("tk-experiment-is-not-exchange", "tejribe geçirdiler", "student_exchange", False),
    ("tk-medicine-is-health", "lukmançylygy", "health", True),
    ("tg-college-is-vocational", "коллеҷ", "vocational", True),
    ("ru-restorers-are-heritage", "реставраторы", "heritage", True),
    ("tg-archaeologists-are-heritage", "бостоншиносон", "heritage", True),
    ("tk-archaeologists-are-heritage", "arheologlary", "heritage", True),
    ("ru-acceleration-is-technology", "прошли акселерацию", "technology", True),
    ("ru-accelerator-is-not", "акселератор", "technology", False),
    ("uz-xinjiang-kazakhs-are-domestic", "Shinjondagi qozoq", "domestic", True),
    ("uz-xinjiang-kazakhs-are-not-kz", "Shinjondagi qozoq", "kz", False),
    ("ru-xinjiang-kazakh-schools-are-not-china", "в казахских школах Синьцзяна", "china", False),
    ("en-schools-in-xinjiang-are-china", "schools in Xinjiang", "china", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round9_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


def test_round9_decisions_are_not_items_of_the_labelled_sets() -> None:
    assert_new_probes(DECISIONS)
