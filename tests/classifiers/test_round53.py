"""Round 53 of issue 12: Chinese goods, food and products are not cooperation (docs/classifier.md,
"Round 53 of issue 12"). A Chinese canteen, restaurant or cafe on a campus, Chinese tea or dishes tasted
by students, a shop of Chinese goods near a university, smartphones or laptops handed out or sold,
buses, cars, scooters or tractors bought or delivered: `goods` (vocab_negatives.yaml), read only by the
veto `goods_not_cooperation` (rules.yaml), with no research, lab, training, language, technology,
environment, health or heritage, no school outweighing the goods, no scholarship or mobility, no
cooperation or agreement cue but an envoy's and none of the writer's own people. Also: Kazakh and Kyrgyz
buses that "came" (келді, келди) are no visit; students who study well study nowhere else (study_mobility);
a Turkmen vocational school or college (hünär mekdebi, kollež) is vocational. The READINGS table reads
each form both ways; the blind sets (probes_r53_dev, probes_r53_held) are decided on their url and
without it, in both modes; the family probes (probes_r53) were written after the fixes."""

from __future__ import annotations

import pytest

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r53 import PROBES_R53
from .probes_r53_dev import PROBES_R53_DEV
from .probes_r53_held import PROBES_R53_HELD
from .tables import IN_BOTH_MODES, WITH_AND_WITHOUT_URL, assert_reading, decide, in_both_modes, labelled_texts, probe_texts, repeats, rows, with_and_without_url

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # goods: food and cuisine, eateries, shops, gadgets, vehicles — in every language
    ("en-canteen-is-goods", "a Chinese canteen for students", "goods", True),
    ("en-hot-pot-is-goods", "hot pot restaurant near the campus", "goods", True),
    ("en-tea-is-goods", "students sampled jasmine tea", "goods", True),
    ("en-smartphones-is-goods", "smartphones sold at a discount", "goods", True),
    ("en-buses-is-goods", "twelve buses for the university", "goods", True),
    ("en-food-security-is-not", "research on food security", "goods", False),
    ("en-food-science-is-not", "a food science laboratory", "goods", False),
    ("en-automotive-engineering-is-not", "an automotive engineering programme", "goods", False),
    ("en-tea-ceremony-is-culture-not-goods", "a Chinese tea ceremony", "goods", False),
    ("ru-canteen-is-goods", "столовая китайской кухни", "goods", True),
    ("ru-tea-is-goods", "продегустировали китайский чай", "goods", True),
    ("ru-shop-is-goods", "магазин китайских товаров", "goods", True),
    ("ru-buses-is-goods", "передали пять автобусов", "goods", True),
    ("ru-phones-is-goods", "вручили смартфоны", "goods", True),
    ("ru-food-security-is-not", "продовольственная безопасность", "goods", False),
    ("ru-food-technology-is-not", "центр пищевых технологий", "goods", False),
    ("ru-autoengineering-is-not", "подготовка автомехаников", "goods", False),
    ("zh-canteen-is-goods", "开设中餐食堂", "goods", True),
    ("zh-tea-is-goods", "品鉴中国茶叶", "goods", True),
    ("zh-phones-is-goods", "国产手机热销", "goods", True),
    ("zh-school-bus-is-goods", "校车交付", "goods", True),
    ("zh-food-safety-is-not", "食品安全联合实验室", "goods", False),
    ("zh-automotive-engineering-is-not", "汽车工程专业人才", "goods", False),
    ("zh-tea-art-is-not-goods", "茶艺表演", "goods", False),
    ("kk-canteen-is-goods", "қытай асханасы ашылды", "goods", True),
    ("kk-tea-is-goods", "қытай шайының дәмін татты", "goods", True),
    ("kk-shop-is-goods", "дүкені ашылды", "goods", True),
    ("kk-phones-is-goods", "ұялы телефондары сатылады", "goods", True),
    ("kk-buses-came-is-goods", "жаңа автобустар келді", "goods", True),
    ("kk-buses-came-is-no-visit", "жаңа автобустар келді", "cooperation", False),
    ("kk-delegation-came-is-a-visit", "делегация келді", "cooperation", True),
    ("kk-department-is-not-a-cafe", "кафедрасында", "goods", False),
    ("kk-grain-storage-is-not", "астық сақтау технологиясы", "goods", False),
    ("ky-canteen-is-goods", "кытай ашканасы ачылды", "goods", True),
    ("ky-food-is-goods", "кытай тамактары сунушталды", "goods", True),
    ("ky-smartphones-is-goods", "кытай смартфондору тапшырылды", "goods", True),
    ("ky-buses-came-is-no-visit", "автобустар келди", "cooperation", False),
    ("ky-delegation-came-is-a-visit", "делегация келди", "cooperation", True),
    ("ky-good-students-study-nowhere", "мыкты окуган студенттерге", "study_mobility", False),
    ("ky-students-studying-is-mobility", "Кытайда окуп жаткан студенттер", "student_exchange", True),
    ("ky-department-is-not-a-cafe", "кафедрасы", "goods", False),
    ("uz-restaurant-is-goods", "xitoy restorani ochildi", "goods", True),
    ("uz-tea-is-goods", "xitoy choyi tatib ko‘rishdi", "goods", True),
    ("uz-laptops-is-goods", "noutbuklari topshirildi", "goods", True),
    ("uz-shop-is-goods", "mahsulotlari do‘koni", "goods", True),
    ("uz-food-security-is-not", "oziq-ovqat xavfsizligi", "goods", False),
    ("uz-car-making-is-not", "avtomobilsozlik muhandisligi", "goods", False),
    ("uz-excellent-students-study-nowhere", "a’lo o‘qiyotgan talabalar", "study_mobility", False),
    ("uzc-restaurant-is-goods", "хитой ресторани очилди", "goods", True),
    ("uzc-dishes-tasted-is-goods", "хитой таомларини тотиб кўрди", "goods", True),
    ("uzc-smartphones-is-goods", "хитой смартфонлари", "goods", True),
    ("uzc-buses-is-goods", "Хитой автобуслари сотиб олинди", "goods", True),
    ("uzc-food-tech-is-not", "озиқ-овқат технологиялари", "goods", False),
    ("uzc-department-is-not-a-cafe", "кафедраси", "goods", False),
    ("tg-canteen-is-goods", "ошхонаи чинӣ", "goods", True),
    ("tg-tea-is-goods", "чойи чиниро чашиданд", "goods", True),
    ("tg-shop-is-goods", "мағозаи молҳои чинӣ", "goods", True),
    ("tg-phones-is-goods", "телефонҳои чинӣ", "goods", True),
    ("tg-cars-is-goods", "мошинҳои нав харид", "goods", True),
    ("tg-food-security-is-not", "амнияти озуқаворӣ", "goods", False),
    ("tg-machine-building-is-not", "мошинсозӣ", "goods", False),
    ("tk-restaurant-is-goods", "hytaý naharlary restorany", "goods", True),
    ("tk-tea-is-goods", "hytaý çaýynyň tagamyna", "goods", True),
    ("tk-shop-is-goods", "hytaý harytlary dükany", "goods", True),
    ("tk-buses-is-goods", "Hytaýda öndürilen awtobuslar", "goods", True),
    ("tk-food-security-is-not", "azyk howpsuzlygy", "goods", False),
    ("tk-good-students-study-nowhere", "gowy okaýan talyplar", "study_mobility", False),
    ("tk-students-studying-is-mobility", "okaýan talyplar", "study_mobility", True),
    ("zh-tea-ceremony-is-not-goods", "中国茶艺表演", "goods", False),
    ("zh-chinese-tea-is-goods", "中国茶受欢迎", "goods", True),
    ("zh-chinese-tea-keeps-china", "中国茶受欢迎", "china", True),
    ("en-chinese-food-scientists-keep-china", "Chinese food scientists", "china", True),
    ("tk-vocational-school-is-vocational", "Hünär mekdebinde okuw", "vocational", True),
    ("tk-college-is-vocational", "Tianjin hünär kolležiniň maksatnamasy", "vocational", True),
    ("tk-school-is-not-vocational", "orta mekdebinde okuw", "vocational", False),
]
READINGS += [  # a phone in the singular is no gadget (by phone, a phone call)
    ("en-phone-call-is-not-goods", "the presidents spoke by phone", "goods", False),
    ("ru-by-phone-is-not-goods", "обсудили по телефону", "goods", False),
    ("ru-phones-is-goods", "китайские телефоны", "goods", True),
    ("kk-phone-is-not-goods", "телефон арқылы сөйлесті", "goods", False),
    ("uz-phone-is-not-goods", "telefon orqali suhbatlashdi", "goods", False),
    ("tk-phones-is-goods", "hytaý telefonlary", "goods", True),
    ("tg-phones-is-goods", "телефонҳои чинӣ", "goods", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round53_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# The development set after the fixes: two look-alikes the base missed too, for another reason — an
# electric car is industry (a hard negative) and one research word in a headline does not outweigh it
# (ky, uzc: electric-vehicle batteries). A third, "механикҳои автомобил" beside a college (tg), read as
# industry, is right since round 54 (education_governs_the_field: the college teaches the field).
DEV_WRONG = {mode: {"r53d-ky-batareya-rel", "r53d-uzc-batareya-rel"} for mode in MODES}
# The held-out set, measured once after the fixes (nothing fixed from it): P 1.000 / R 0.923 in both
# modes, with and without the url (the base: P 0.387 / R 0.923, 19 of 27 negatives let in). Its one miss,
# missed by the base too: a Chinese company's centre training car mechanics in Andijan (Uzbek
# "avtomexaniklarni tayyorlash" reads as no training).
HELD_WRONG = {mode: {"r53h-uz-avtomexanik-rel"} for mode in MODES}

@rows(WITH_AND_WITHOUT_URL, with_and_without_url(PROBES_R53_DEV, DEV_WRONG))
def test_round53_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(WITH_AND_WITHOUT_URL, with_and_without_url(PROBES_R53_HELD, HELD_WRONG))
def test_round53_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R53))
def test_round53_family_probes(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


@pytest.mark.parametrize(("title", "vetoed"), [
    ("Студенттерге қытай шайы ұсынылды", True),
    ("Chinese canteen opens at Kazakh National University", True),
    # a joint lab, a course, the writer's own people keep it
    ("Қытаймен бірге тағам технологиясы зертханасы ашылды", False),
    ("Chinese canteen opens at Kazakh National University with a joint Chinese language course", False),
])
def test_round53_veto(clf: Classifier, title: str, vetoed: bool) -> None:
    d = clf.classify(title=title)
    assert any(r.veto and r.id == "goods_not_cooperation" for r in d.rules) is vetoed, d.explain()


def test_round53_blind_sets_shape() -> None:
    """5 negatives and 2 look-alikes a language (development), 3 and 1 (held out; one more look-alike in
    en, ru, zh, uz); the recorded errors are in the sets."""
    langs = ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk")
    for probes, neg, rel in ((PROBES_R53_DEV, 5, {lang: 2 for lang in langs}),
                             (PROBES_R53_HELD, 3, {lang: 1 + (lang in ("en", "ru", "zh", "uz")) for lang in langs})):
        for lang in langs:
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert (sum(not p[-1] for p in mine), sum(p[-1] for p in mine)) == (neg, rel[lang]), lang
            assert all(p[0].endswith("-neg") is not p[-1] for p in mine), lang
    assert DEV_WRONG["headline alone"] <= {p[0] for p in PROBES_R53_DEV}
    assert HELD_WRONG["headline alone"] <= {p[0] for p in PROBES_R53_HELD}


def test_round53_probes_are_fresh() -> None:
    """No round-53 probe is a labelled text or an earlier probe's; none shares half its words (character
    pairs in Chinese) with one, nor with another of the round's; ids unique."""
    known = labelled_texts() | probe_texts("probes_r53", "probes_r54")  # round 54 was written at the same time
    blind = [p[2] for p in PROBES_R53_DEV + PROBES_R53_HELD]
    ledes = [p[3] for p in PROBES_R53_DEV + PROBES_R53_HELD if p[3]]
    fam = [p[1] for p in PROBES_R53]
    assert not repeats(blind + ledes, known)
    assert not repeats(fam, known | set(blind))
    mine = blind + fam
    assert not [(a, b) for i, a in enumerate(mine) for b in mine[i + 1:] if repeats([a], [b])]
    ids = [p[0] for p in PROBES_R53_DEV + PROBES_R53_HELD + PROBES_R53]
    assert len(ids) == len(set(ids)) == 121


def test_round53_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.74"
