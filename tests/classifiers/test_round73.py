"""Round 73 of issue 12: science and technology subjects the vocabulary may lack (docs/classifier.md, "Round 73 of
issue 12"). Snow leopards, camera traps and wildlife surveys are environment science in every language (zh
雪豹突击队, a police commando unit, is shadowed); buying, supplying and importing are trade (ru поставит /
поставляет, kk and ky сатып ал-, uz sotib ol- and import-i, tg харид, tk satyn al-, getiril- and import-y, en
buy / bought); fossils and a dinosaur's remains are research (not fossil fuels, not a bare dinosaur); new materials
beside research, and big data, are technology; pests, foot-and-mouth and Tajik irrigation are agriculture; greening
the desert is environment; a quake that struck is weather in Kyrgyz, Tajik and Turkmen. The blind sets
(probes_r73_dev, probes_r73_held) were committed before the classifier was run on them and are decided on their
url and without it, in both modes."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r73_dev import PROBES_R73_DEV
from .probes_r73_held import PROBES_R73_HELD
from .tables import (WITH_AND_WITHOUT_URL, assert_decision, assert_reading, labelled_texts, probe_texts, repeats, rows,
                     decide)

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # snow leopards, camera traps, wildlife surveys (environment)
    ("en-snow-leopards", "Kyrgyz rangers count snow leopards in Sarychat", "environment", True),
    ("en-barys-is-not", "Barys Astana beat Kunlun Red Star in Beijing", "environment", False),
    ("ru-snow-leopards", "Учёные насчитали в горах Алатау 30 снежных барсов", "environment", True),
    ("ru-irbis-camera-traps", "Ирбисов сфотографировали фотоловушки в Джунгарском Алатау", "environment", True),
    ("ru-barys-is-not", "Барыс обыграл китайский Куньлунь", "environment", False),
    ("zh-snow-leopard", "中吉专家在天山开展雪豹调查", "environment", True),
    ("zh-commando-is-not", "雪豹突击队参加中吉联合反恐演习", "environment", False),
    ("kk-snow-leopard", "Іле Алатауында қар барысы фотоқақпанға түсті", "environment", True),
    ("kk-barys-club-is-not", "Барыс хоккей клубы Бейжіңде ойнады", "environment", False),
    ("ky-ilbirs", "Сарычат-Ээрташ коругунда илбирстер саналды", "environment", True),
    ("uz-qor-qoploni", "Chotqol qo‘riqxonasida qor qoploni kuzatildi", "environment", True),
    ("tg-snow-leopard", "Дар Помир паланги барфӣ дида шуд", "environment", True),
    ("tg-snow-is-not", "Дар Душанбе барф борид", "environment", False),
    ("tk-gar-barsy", "Köpetdagda gar barsy surata düşürildi", "environment", True),
    ("tk-snowfall-is-not", "Aşgabatda gar ýagdy", "environment", False),
    # bought, supplied, imported (trade)
    ("en-buys", "Uzbekistan buys Chinese drones", "trade", True),
    ("en-important-is-not", "Important research by Uzbek and Chinese scientists", "trade", False),
    ("ru-will-supply", "Китай поставит Казахстану газ", "trade", True),
    ("ru-supplies", "Компания поставляет оборудование в Бишкек", "trade", True),
    ("ru-set-a-record-is-not", "Казахстанский атлет поставил рекорд в Китае", "trade", False),
    ("kk-bought", "Китайда жасалған тракторларды сатып алды", "trade", True),
    ("uz-bought", "Xitoydan dronlar sotib olindi", "trade", True),
    ("uz-imports", "Xitoydan mebel importi oshdi", "trade", True),
    ("tg-bought", "Тоҷикистон аз Чин трактор харид", "trade", True),
    ("tk-bought", "Türkmenistan Hytaýdan gaz turbinalaryny satyn aldy", "trade", True),
    ("tk-brought-in", "Hytaýdan awtobuslar getirildi", "trade", True),
    # fossils and a dinosaur's remains (research)
    ("en-fossils", "Dinosaur fossils found in Kyzylkum", "research", True),
    ("en-fossil-fuels-is-not", "Fossil fuels still dominate Kazakhstan's energy mix", "research", False),
    ("en-theme-park-is-not", "Dinosaur theme park opens", "research", False),
    ("ru-dinosaur-remains", "В Кызылкуме нашли останки динозавра", "research", True),
    ("ru-minerals-is-not", "Казахстан богат полезными ископаемыми", "research", False),
    ("zh-fossils", "克孜勒库姆沙漠发现恐龙化石", "research", True),
    ("zh-fossil-energy-is-not", "化石能源仍占主导", "research", False),
    ("zh-theme-park-is-not", "恐龙乐园开业", "research", False),
    ("kk-dinosaur-bones", "Қызылордада динозавр сүйектері табылды", "research", True),
    ("uz-dinosaur-remains", "Qizilqumda dinozavr qoldiqlari topildi", "research", True),
    ("tg-dinosaur-remains", "Дар Суғд боқимондаҳои динозавр ёфт шуд", "research", True),
    ("tk-dinosaur-tracks", "Köýtendagda dinozawr yzlary tapyldy", "research", True),
    # new materials (beside research) and big data (technology)
    ("en-new-materials", "Scientists develop new materials for solar cells", "technology", True),
    ("ru-new-materials-institute", "Институт новых материалов", "technology", True),
    ("ru-case-materials-is-not", "Следствие получило новые материалы по делу", "technology", False),
    ("zh-new-materials", "新材料研究院成立", "technology", True),
    ("kk-big-data", "Үлкен деректер орталығы ашылды", "technology", True),
    ("ky-big-data", "Чоң маалыматтар борбору ачылды", "technology", True),
    ("uz-big-data", "Katta ma'lumotlar markazi ochildi", "technology", True),
    ("tg-big-data", "Маркази маълумоти калон кушода шуд", "technology", True),
    ("tk-big-data", "Uly maglumatlar merkezi açyldy", "technology", True),
    # pests, foot-and-mouth, irrigation (agriculture); greening the desert (environment)
    ("ru-pests", "Китайские ученые изучают вредителей хлопка", "agriculture", True),
    ("kk-pests", "Зиянкестерге қарсы күрес", "agriculture", True),
    ("uz-pests", "Zararkunandalarga qarshi kurash", "agriculture", True),
    ("uz-protein-is-not", "Oqsil tarkibi yuqori mahsulotlar", "agriculture", False),
    ("tg-drip-irrigation", "Обёрии қатрагӣ дар Ҳисор", "agriculture", True),
    ("kk-greening", "Шөлді көгалдандыру жобасы", "environment", True),
    ("uz-greening", "Cho'lni ko'kalamzorlashtirish loyihasi", "environment", True),
    ("tk-greening", "Çöli gögertmek boýunça taslama", "environment", True),
    # a quake that struck is weather; studied, it is research
    ("ky-quake", "Жалал-Абадда жер титирөө болду", "weather", True),
    ("ky-quake-studied", "Жер титирөөлөрдү изилдөө борбору", "research", True),
    ("ky-quake-studied-is-not-weather", "Жер титирөөлөрдү изилдөө борбору", "weather", False),
    ("tg-quake", "Дар Рашт заминларза рух дод", "weather", True),
    ("tg-quake-studied", "Омӯзиши заминларзаҳо дар Душанбе", "research", True),
    ("tk-quake", "Aşgabatda ýer titremesi boldy", "weather", True),
    ("tk-quake-studied-is-not-weather", "Ýer titremelerini öwrenýän merkez", "weather", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round73_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# Decisions: hits and hard negatives with the same words (written after the fixes).
DECISIONS = [
    ("en-snow-leopards", "Kazakh and Chinese biologists survey snow leopards in the Dzungarian Alatau", True),
    ("ru-pests", "Узбекские и китайские энтомологи изучают вредителей хлопчатника", True),
    ("zh-fossils", "中哈科学家在阿克托别发现恐龙蛋化石", True),
    ("uz-new-materials", "Xitoy va O‘zbekiston olimlari yangi materiallar laboratoriyasini ochdi", True),
    ("en-drip-kit-bought-is-not", "Uzbek farmers bought Chinese drip irrigation kits", False),
    ("ru-supply-is-not", "Китай поставляет Таджикистану оборудование для капельного орошения", False),
    ("tk-drones-bought-is-not", "Türkmenistan Hytaýdan oba hojalyk dronlaryny satyn aldy", False),
    ("ky-quake-felt-is-not", "Шинжаңдагы жер титирөө Бишкекте сезилди", False),
    ("en-fmd-outbreak-is-not", "Kazakhstan reports foot-and-mouth outbreak near Chinese border", False),
    ("zh-commando-is-not", "雪豹突击队参加中吉联合反恐演习", False),
    ("uzc-investigators-is-not", "Хитойлик терговчилар Тошкентда янги материаллар олди", False),
]


@rows(("title", "expected"), DECISIONS)
def test_round73_decision(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


# The development set after the fixes: every item decided right, in both modes, with and without the url
# (before, rules 2026.12.99.8: P 0.895 / R 0.944 in both modes, with and without the url).
DEV_WRONG: dict[str, set[str]] = {mode: set() for mode in MODES}
# The held-out set, measured once after the fixes (nothing fixed from it): P 1.000 / R 1.000 in both modes, with and
# without the url; the base (2026.12.99.8) decided it the same.
HELD_WRONG: dict[str, set[str]] = {mode: set() for mode in MODES}


def _with_and_without_url(probes: list[tuple], wrong: dict[str, set[str]]) -> list[tuple]:
    return [(f"{mode.replace(' ', '-')}-{'url' if shown else 'nourl'}-{pid}", mode, title, lede, url if shown else None,
             relevant is not (pid in wrong[mode]))
            for mode in MODES for shown in (True, False) for pid, url, title, lede, relevant in probes]


@rows(WITH_AND_WITHOUT_URL, _with_and_without_url(PROBES_R73_DEV, DEV_WRONG))
def test_round73_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(WITH_AND_WITHOUT_URL, _with_and_without_url(PROBES_R73_HELD, HELD_WRONG))
def test_round73_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


def test_round73_blind_sets_shape() -> None:
    """2 relevant items and 2 hard negatives a language (dev), 2 and 1 (held out); ids say the label."""
    for probes, rel, neg in ((PROBES_R73_DEV, 2, 2), (PROBES_R73_HELD, 2, 1)):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert (sum(p[-1] for p in mine), sum(not p[-1] for p in mine)) == (rel, neg), lang
            assert all(p[0].endswith("-neg") is not p[-1] for p in mine), lang


def test_round73_probes_are_fresh() -> None:
    """No round-73 probe is a labelled text or an earlier probe's; none shares half its words (character pairs in
    Chinese) with one, nor with another of the round's; ids unique. Rounds 72, 74, 75 and 76 were written at the
    same time by other writers (probe_texts leaves them out)."""
    known = labelled_texts() | probe_texts("probes_r73", "probes_r72", "probes_r74", "probes_r75", "probes_r76")
    blind = [x for p in PROBES_R73_DEV + PROBES_R73_HELD for x in (p[2], p[3]) if x]
    assert not repeats(blind, known)
    mine = [p[2] for p in PROBES_R73_DEV + PROBES_R73_HELD]
    assert not [(a, b) for i, a in enumerate(mine) for b in mine[i + 1:] if repeats([a], [b])]
    ids = [p[0] for p in PROBES_R73_DEV + PROBES_R73_HELD]
    assert len(ids) == len(set(ids)) == 36 + 27


def test_round73_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.99.9"
