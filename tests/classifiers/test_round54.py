"""Round 54 of issue 12: education, training or research whose FIELD is a hard-negative subject
(railway, transport, logistics, aviation, energy, oil and gas, mining, power grids, industry, trade,
tourism, sport science), with two blind sets written and committed before the rules were run on them
(probes_r54_dev: 5 relevant and 3 hard negatives in each of nine languages and scripts, half with
ledes; probes_r54_held: 3 and 2), the development set measured once with the rules of the branch base
(2026.12.73) before any fix (docs/classifier.md, "Round 54 of issue 12"): a school, a vocational
programme or a joint lab in the headline governs its field (education_governs_the_field takes back
half of the field's penalty; students and research are no such cue, nor a passing "training"); a
plant built "with a training centre" is industry (training_room_at_a_plant, the cue
training_facility); schools of aviation or flying are universities; the engineering of a field
studied is education; Kyrgyz окут* (teaching), Kyrgyz goods, Turkmen plants and factories, Luban's
workshop with the Turkmen genitive. Each read both ways (READINGS); the family probes (probes_r54)
decided in both modes; the held-out set measured once after the fixes."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r54 import PROBES_R54
from .probes_r54_dev import PROBES_R54_DEV
from .probes_r54_held import PROBES_R54_HELD
from .tables import IN_BOTH_MODES, assert_reading, decide, in_both_modes, labelled_texts, probe_texts, repeats, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # a school of aviation or flying is a university; its flight is not travel
    ("en-flight-academy-is-university", "cadets of a Chinese flight academy", "university", True),
    ("en-flight-academy-is-not-travel", "cadets of a Chinese flight academy", "travel", False),
    ("en-civil-aviation-university", "the Civil Aviation University of China", "university", True),
    ("en-direct-flight-is-travel", "a new direct flight to Urumqi", "travel", True),
    ("en-flight-alone-is-no-university", "the flight was delayed", "university", False),
    ("ru-aviation-college-is-university", "авиационный колледж в Актобе", "university", True),
    ("ru-civil-aviation-academy", "в Академии гражданской авиации", "university", True),
    ("ru-flight-is-travel", "авиарейс отменён", "university", False),
    ("zh-civil-aviation-university", "中国民航大学招收留学生", "university", True),
    ("zh-airline-is-no-university", "航空公司开通新航线", "university", False),
    ("kk-aviation-academy", "азаматтық авиация академиясы", "university", True),
    ("ky-aviation-academy", "жарандык авиация академиясында", "university", True),
    ("uz-aviation-institute", "aviatsiya institutida", "university", True),
    ("uzc-aviation-institute", "авиация институтида", "university", True),
    ("tg-aviation-college", "коллеҷи авиатсионӣ", "university", True),
    ("tk-aviation-university", "raýat awiasiýa uniwersitetinde", "university", True),
    # the engineering of a field studied is education and no longer the field's hard negative
    ("en-degree-in-petroleum-engineering", "a degree in petroleum engineering", "education_policy", True),
    ("en-degree-in-petroleum-engineering-no-energy", "a degree in petroleum engineering", "energy", False),
    ("en-petroleum-engineering-contractor-stays-energy", "China Petroleum Engineering won the gas plant contract", "energy", True),
    ("en-petroleum-engineering-contractor-no-education", "China Petroleum Engineering won the gas plant contract", "education_policy", False),
    ("ru-oil-and-gas-business-studied", "по специальности нефтегазовое дело", "education_policy", True),
    ("ru-mining-studied-no-industry", "студенты горного дела", "industry", False),
    ("zh-petroleum-engineering-major", "石油工程专业留学生", "education_policy", True),
    ("zh-petroleum-engineering-major-no-energy", "石油工程专业留学生", "energy", False),
    ("zh-oil-engineering-contract-stays-energy", "石油工程建设合同", "energy", True),
    ("kk-oil-gas-engineering", "мұнай-газ инженериясын оқиды", "education_policy", True),
    ("ky-mining-engineering", "тоо-кен инженериясы боюнча", "education_policy", True),
    ("uz-oil-gas-engineering", "neft-gaz muhandisligini o'rganadi", "education_policy", True),
    ("uzc-oil-gas-engineering", "нефть-газ муҳандислигини ўрганади", "education_policy", True),
    ("tg-oil-gas-engineering", "муҳандисии нафту газро меомӯзанд", "education_policy", True),
    ("tg-oil-gas-engineering-no-energy", "муҳандисии нафту газро меомӯзанд", "energy", False),
    ("tg-oil-and-gas-alone-stays-energy", "истихроҷи нафту газ", "energy", True),
    ("tk-oil-gas-engineering", "nebit-gaz inženerçiligini öwrenýärler", "education_policy", True),
    # a training centre, class or room is a cue, and reads its education word as before
    ("en-training-centre-is-a-cue", "a plant with a training centre", "training_facility", True),
    ("en-training-centre-keeps-training", "a plant with a training centre", "vocational", True),
    ("en-training-course-is-no-room", "a training course for engineers", "training_facility", False),
    ("ru-training-centre-is-a-cue", "шинный завод с учебным центром", "training_facility", True),
    ("ru-training-centre-keeps-education", "шинный завод с учебным центром", "education_policy", True),
    ("ru-textbook-is-no-room", "новый учебник китайского языка", "training_facility", False),
    ("zh-training-centre-is-a-cue", "配套建设培训中心", "training_facility", True),
    ("zh-training-alone-is-no-room", "开展技术培训", "training_facility", False),
    ("kk-training-centre", "оқу орталығы бар зауыт", "training_facility", True),
    ("kk-study-alone-is-no-room", "Қытайда оқу", "training_facility", False),
    ("ky-training-centre", "окуу борбору бар завод", "training_facility", True),
    ("uz-training-centre", "o'quv markazi bilan zavod", "training_facility", True),
    ("uzc-training-centre", "ўқув маркази бўлган завод", "training_facility", True),
    ("uz-study-year-is-no-room", "o'quv yili boshlandi", "training_facility", False),
    ("tg-training-centre", "бо маркази омӯзишӣ", "training_facility", True),
    ("tk-training-centre", "okuw merkezi bolan zawod", "training_facility", True),
    ("tk-plant-is-industry", "sement zawodyny gurýar", "industry", True),
    ("tk-factory-is-industry", "dokma fabrigi", "industry", True),
    # Kyrgyz teaching and goods; Turkmen Luban with the genitive
    ("ky-trains-is-education", "Кытай энергетиктерин окутат", "education_policy", True),
    ("ky-teaching-is-education", "адистерди окутуу", "education_policy", True),
    ("ky-reading-is-not-teaching", "китеп окуп жатат", "vocational", False),
    ("ky-goods-is-trade", "кытай товарларынын көргөзмөсү", "trade", True),
    ("ru-comrade-is-not-trade", "товарищ посол", "trade", False),
    ("ru-partnership-is-not-trade", "товарищество с ограниченной ответственностью", "trade", False),
    ("tk-luban-genitive-is-vocational", "Lubanyň ussahanasy", "vocational", True),
    ("tk-luban-genitive-is-china", "Lubanyň ussahanasy", "china", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round54_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# The development set, measured once with the rules of the branch base (2026.12.73) before any rule was
# written, no url: title and summary 37 of 45 relevant found, 4 false positives in 27; headline alone 34
# of 45, 4 (docs/classifier.md, "Round 54 figures"). The decisions that were wrong then, by mode:
_WRONG_BOTH = {
    "r54d-en-aviation-cadets", "r54d-ru-tyre-plant-neg", "r54d-kk-railway-univ", "r54d-ky-grid-trainees",
    "r54d-ky-expo-campus-neg", "r54d-uzc-luban-railway", "r54d-uzc-glass-centre-neg", "r54d-tg-luban-railway",
    "r54d-tk-luban-railway", "r54d-tk-aviation-pilots", "r54d-tk-logistics-college", "r54d-tk-cement-centre-neg",
}
DEV_WRONG_BEFORE = {
    "title and summary": _WRONG_BOTH,
    "headline alone": _WRONG_BOTH | {"r54d-en-luban-mining", "r54d-tg-oil-gas-study", "r54d-tk-oil-gas-study"},
}
# After the fixes one stayed wrong in both modes: "Tianjindäki" (Tianjin with a Turkmen ending) named
# no China. Since rules 2026.12.81 a place's pinyin name inflects in Turkmen, "-däki" included
# (docs/classifier.md, "Pinyin place names inflect in Latin-script Turkic"): none is wrong.
DEV_WRONG: dict[str, set[str]] = {mode: set() for mode in MODES}


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R54_DEV, DEV_WRONG))
def test_round54_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


def test_round54_recorded_dev_misses() -> None:
    ids = {p[0] for p in PROBES_R54_DEV}
    assert all(w <= ids for w in (*DEV_WRONG_BEFORE.values(), *DEV_WRONG.values()))
    assert (len(DEV_WRONG_BEFORE["title and summary"]), len(DEV_WRONG_BEFORE["headline alone"])) == (12, 15)


# The held-out set, measured once with the rules 2026.12.75 after the fixes, no url: title and summary
# 22 of 27 relevant found, 2 false positives in 18; headline alone 16 of 27, 2 (the honest figure of
# round 54's rules on its family); nothing was fixed from it. Missed: studying tourism (the development
# set held no tourism: "студенты изучат туризм в китайском университете" is vetoed by
# education_only_the_setting, travel beside students and a university with no cooperation cue) and, on
# the headline alone, sport science for coaches (sport, wrestling, coaches: three sport matches against
# one school); a Chinese-Uzbek mining lab whose sides are written only as 中乌 in 中乌合建 (not read as
# a side there). Let in: a training class at a Navoi chemical works (химкомбинат is no plant the
# vocabulary reads) and at a Khujand textile enterprise (Tajik корхона, an enterprise, is not read as one).
# Round 56 (studying tourism or sport science is education; 中乌合建 names the sides) decides the tourism
# studies, the 中乌合建 mining lab and the sport science institute's wrestling coaches right: unpinned.
_HELD_BOTH = {"r54h-ru-fertilizer-class-neg", "r54h-tg-textile-class-neg"}
HELD_WRONG = {
    "title and summary": _HELD_BOTH,
    "headline alone": _HELD_BOTH | {
        "r54h-ru-sport-coaches", "r54h-kk-sport-coaches", "r54h-uz-sport-coaches",
        "r54h-tg-sport-coaches", "r54h-tk-sport-coaches",
    },
}


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R54_HELD, HELD_WRONG))
def test_round54_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


def test_round54_blind_sets_shape() -> None:
    """5 relevant and 3 hard negatives (development) and 3 and 2 (held out) in each of the nine languages
    and scripts, two relevant and two negatives (one and one held out) with a lede (English three relevant:
    37 of 72 development items have one, 18 of 45 held out); ids say the language and mark the negatives."""
    for probes, counts, ledes in ((PROBES_R54_DEV, (5, 3), (2, 2)), (PROBES_R54_HELD, (3, 2), (1, 1))):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert (sum(p[3] for p in mine), sum(not p[3] for p in mine)) == counts, lang
            assert (sum(bool(p[2]) and p[3] for p in mine), sum(bool(p[2]) and not p[3] for p in mine)) == (
                (3, 2) if (probes, lang) == (PROBES_R54_DEV, "en") else ledes), lang
            assert all(p[0].endswith("-neg") is not p[3] for p in mine), lang
    assert (len(PROBES_R54_DEV), len(PROBES_R54_HELD)) == (72, 45)


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R54))
def test_round54_family_probes(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


def test_round54_probes_are_fresh() -> None:
    """No round-54 headline or lede (either blind set or the family probes) is a labelled item's title or
    summary or an earlier probe's text, none shares half its words (character pairs in Chinese) with one
    or with another round-54 headline, and ids and headlines are unique."""
    known = labelled_texts() | probe_texts("probes_r54", "probes_r53")  # round 53 was written at the same time
    mine = [*PROBES_R54_DEV, *PROBES_R54_HELD, *PROBES_R54]
    assert not repeats([p[1] for p in mine], known)
    assert not repeats([p[2] for p in [*PROBES_R54_DEV, *PROBES_R54_HELD] if p[2]], known)
    among = [(p[0], q[0]) for i, p in enumerate(mine) for q in mine[i + 1:] if repeats([p[1]], [q[1]])]
    assert not among
    assert len({p[0] for p in mine}) == len(mine) and len({p[1].casefold() for p in mine}) == len(mine)


def test_round54_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.75"
