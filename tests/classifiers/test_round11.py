"""Round 11 of issue 12: each new term read both ways (a relevant headline and its hard
negative, or the term against its false friend), the round-11 headline probes, and the fresh
holdout (holdout9) kept honest: its items are real, unique and labelled as the other sets."""

from __future__ import annotations

from classifiers import Classifier

from .grid_r9 import GRID_R9
from .headlines import HEADLINES
from .probes_r11 import PROBES_R11
from .tables import assert_decision, assert_fresh_holdout, assert_new_probes, assert_reading, rows

# A probe the round-11 rules still miss, on purpose: a Kyrgyz headline written without any of
# the letters that tell Kyrgyz (ө, ү, ң) implies no Kyrgyz side; with them it passes
# (DECISIONS, "ky-silk-road-forum-letters"). Asserted still missed, so a fix has to move it.
KNOWN_MISSES = {"r11-ky-silk-road-forum-science"}
PROBES = [(i, h, r) for i, h, r in PROBES_R11 if i not in KNOWN_MISSES]
MISSES = [(i, h) for i, h, _ in PROBES_R11 if i in KNOWN_MISSES]

# (id, headline, expected decision)
DECISIONS = [
    # a Chinese university's Central Asia studies institute names the region; CASS's
    # Russian, East European and Central Asian institute does not
    ("zh-ca-studies-centre-students", "西北大学中亚研究中心接待哈萨克斯坦学者", True),
    ("zh-ca-studies-institute-opened", "新疆师范大学中亚研究院成立", True),
    ("zh-cass-russia-ee-ca-russia", "俄罗斯东欧中亚研究所学者访问莫斯科大学", False),
    # a Chinese company's ICT academies in Central Asian universities are education; its
    # contracts and plants are business; an ICT academy with Korea names no China
    ("en-ict-academy-kg", "Huawei ICT Academy opens at Kyrgyz State Technical University", True),
    ("uz-ict-akademiya", "Huawei O'zbekiston universitetlarida ICT akademiyalarini ochadi", True),
    ("en-huawei-5g-kz", "Huawei and Kazakhtelecom launch 5G network in Almaty", False),
    ("en-ict-academy-korea-kz", "Korean ICT academy trains Kazakh civil servants", False),
    # the Third Pole Environment programme of the Chinese Academy of Sciences; the acronym alone
    # is not read
    ("en-tpe-project-kg", "Kyrgyz glaciologists meet partners under the TPE project", True),
    ("en-tpe-alone-tj", "Tajikistan imports TPE for cable production", False),
    # a Silk Road science forum in China reported in a Central Asian language; China's own forum
    # and a Silk Road forum on the economy stay out
    ("kk-silk-road-young-scientists", "Жібек жолы жас ғалымдар форумы Ланчжоуда өтті", True),
    ("ky-silk-road-forum-letters", "Сиань шаарында Жибек жолу илимий форуму өттү", True),
    ("uz-cyrl-silk-road-conference", "Урумчида Ипак йўли илмий конференцияси бўлиб ўтди", True),
    ("kk-shanghai-own-forum", "Шанхайда ғылым мен технология форумы өтті", False),
    ("uz-silk-road-economy", "Sian shahrida Ipak yo'li iqtisodiy forumi boshlandi", False),
]


@rows(("title", "expected"), DECISIONS)
def test_round11_decisions(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("zh-ca-studies-is-central-asia", "中亚研究院", "central_asia", True),
    ("zh-ca-studies-is-joint-lab", "中亚研究中心", "joint_lab", True),
    ("zh-cass-institute-is-not-central-asia", "俄罗斯东欧中亚研究所", "central_asia", False),
    ("en-ict-academy-is-vocational", "ICT academies", "vocational", True),
    ("en-ict-alone-is-not-vocational", "ICT sector", "vocational", False),
    ("ru-ict-academy-is-vocational", "ИКТ-академии", "vocational", True),
    ("ru-academy-of-ict-is-vocational", "академии ИКТ", "vocational", True),
    ("zh-ict-college-is-vocational", "华为ICT学院", "vocational", True),
    ("en-tpe-program-is-china", "the TPE program", "china", True),
    ("en-tpe-alone-is-not-china", "TPE granules", "china", False),
    ("zh-third-pole-is-china", "第三极环境计划", "china", True),
    ("kk-silk-road-forum-is-cooperation", "Жібек жолы форумы", "cooperation", True),
    ("kk-silk-road-science-forum-is-research", "Жібек жолы ғылыми форумында", "research", True),
    ("kk-silk-road-economic-forum-is-not", "Жібек жолы экономикалық форумы", "cooperation", False),
    ("uz-silk-road-forum-is-cooperation", "Ipak yo'li forumi", "cooperation", True),
    ("ky-silk-road-conference-is-cooperation", "Жибек жолунун конференциясы", "cooperation", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round11_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


@rows(("headline", "relevant"), PROBES)
def test_round11_probes(clf: Classifier, headline: str, relevant: bool) -> None:
    assert_decision(clf, headline, relevant)


@rows(("headline",), MISSES)
def test_round11_known_misses_are_still_missed(clf: Classifier, headline: str) -> None:
    assert_decision(clf, headline, False)


def test_round11_probes_and_decisions_are_not_items_of_the_labelled_sets() -> None:
    assert_new_probes(PROBES_R11)
    assert_new_probes(DECISIONS)


def test_holdout9_is_real_unique_and_labelled() -> None:
    """holdout9 (round 11) kept honest, against the probes too (tables.assert_fresh_holdout)."""
    assert_fresh_holdout("holdout9.jsonl", 40, [*GRID_R9, *HEADLINES, *PROBES_R11])
