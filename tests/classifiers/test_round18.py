"""Round 18 of issue 12: each new term read both ways (a term and its plain, trade or other-partner
neighbour), decisions for the new words beside another partner, the round-18 headline probes (the
families read off holdout16) and the fresh holdout (holdout16) kept honest: its items are real,
unique and labelled as the other sets, and none repeats an earlier set's url or title or a probe."""

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
from .probes_r13 import PROBES_R13
from .probes_r14 import PROBES_R14
from .probes_r15 import PROBES_R15
from .probes_r16 import PROBES_R16
from .probes_r17 import PROBES_R17
from .probes_r18 import PROBES_R18
from .tables import assert_decision, assert_fresh_holdout, assert_new_probes, assert_reading, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # foreign or international students in a Chinese text are not the writer's side's (no cue
    # for the implied China side); foreign students who came to China still are
    ("zh-foreign-students-are-not-local", "外国留学生", "local_subject", False),
    ("zh-foreign-students-are-students", "外国留学生", "student_exchange", True),
    ("zh-intl-students-are-not-local", "国际留学生", "local_subject", False),
    ("zh-foreign-nationals-are-not-local", "外籍留学生", "local_subject", False),
    ("zh-foreign-students-in-china-are-local", "来华外国留学生", "local_subject", True),
    ("zh-students-are-local", "留学生", "local_subject", True),
    # the Chinese Bridge contest under its short name beside a contest word; a bridge is a bridge
    ("ky-chinese-bridge-contest", "Кытай көпүрөсү сынагы", "language_culture", True),
    ("ky-chinese-bridge-alone", "Кытай көпүрөсү", "language_culture", False),
    ("kk-chinese-bridge-contest", "Қытай көпірі байқауы", "language_culture", True),
    ("kk-chinese-bridge-alone", "Қытай көпірі", "language_culture", False),
    ("uz-chinese-bridge-contest", "Xitoy ko'prigi tanlovi", "language_culture", True),
    ("uzc-chinese-bridge-contest", "Хитой кўприги танлови", "language_culture", True),
    ("tk-chinese-bridge-contest", "Hytaý köprüsi bäsleşigi", "language_culture", True),
    ("tk-chinese-bridge-alone", "Hytaý köprüsi", "language_culture", False),
    ("ru-chinese-bridge-final", "финал Китайского моста", "language_culture", True),
    ("ru-chinese-bridge-built", "строительство китайского моста", "language_culture", False),
    # an industry as the field of training is education, not that industry
    ("ru-transport-personnel-is-education", "подготовка транспортных кадров", "education_policy", True),
    ("ru-transport-personnel-is-not-transport", "подготовка транспортных кадров", "transport", False),
    ("ru-energy-specialists-is-education", "подготовке энергетических специалистов", "education_policy", True),
    ("ru-railway-freight-is-transport", "железнодорожные перевозки", "transport", True),
    ("ru-preparing-construction-is-not-education", "подготовка к строительству железной дороги", "education_policy", False),
    ("kk-transport-specialists-is-education", "көлік мамандарын даярлау", "education_policy", True),
    ("kk-transport-corridor-is-transport", "көлік дәлізі", "transport", True),
    ("uz-transport-personnel-is-education", "transport kadrlarini tayyorlash", "education_policy", True),
    ("uzc-railway-specialists-is-education", "темир йўл мутахассисларини тайёрлаш", "education_policy", True),
    ("ky-transport-specialists-is-education", "транспорт адистерин даярдоо", "education_policy", True),
    ("en-training-transport-professionals-is-education", "training transport professionals", "education_policy", True),
    ("en-training-transport-professionals-is-not-transport", "training transport professionals", "transport", False),
    ("en-transport-professionals-alone-is-not-education", "transport professionals inspect the railway", "education_policy", False),
    ("zh-railway-talent-is-education", "铁路人才", "education_policy", True),
    ("zh-railway-freight-is-transport", "铁路货运", "transport", True),
    # Huawei's Seeds for the Future in Russian and Uzbek; seeds for a harvest are not it
    ("ru-seeds-programme-is-vocational", "программа Семена для будущего", "vocational", True),
    ("ru-seeds-for-harvest-is-not-vocational", "семена для будущего урожая", "vocational", False),
    ("uz-seeds-programme-is-vocational", "Kelajak urug'lari", "vocational", True),
    ("en-seeds-programme-is-students", "Seeds for the Future", "student_exchange", True),
]

# (id, headline, expected decision): the new words beside another partner, or with no science
DECISIONS = [
    ("ru-transport-personnel-russia-neg", "Россия и Казахстан обсудили подготовку транспортных кадров", False),
    ("en-transport-training-turkey-neg", "Turkey to help with training transport professionals in Uzbekistan", False),
    ("zh-railway-talent-russia-neg", "俄罗斯为哈萨克斯坦培养铁路人才", False),
    ("zh-seeds-saudi-neg", "华为未来种子项目在沙特启动", False),
    ("ru-chinese-bridge-in-moscow-neg", "Финал «Китайского моста» прошел в Москве", False),
    ("zh-intl-students-in-china-from-kg", "吉尔吉斯斯坦学生成为来华国际留学生中的新生力量", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round18_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


@rows(("title", "expected"), DECISIONS)
def test_round18_decisions(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


# The round-18 rules let in one probe, r18-ru-seeds-for-harvest-neg "Казахстан закупит в Китае семена
# для будущего урожая" ("семена", seeds, is agriculture; buying them is trade, and no trade word read
# "закупит"). Round 25 made Russian purchases (закуп…) trade, as the English purchase and procurement
# (docs/classifier.md, "Round 25 of issue 12"): it is now decided right and is asserted with the rest.
@rows(("headline", "relevant"), PROBES_R18)
def test_round18_probes(clf: Classifier, headline: str, relevant: bool) -> None:
    assert_decision(clf, headline, relevant)


def test_round18_probes_and_decisions_are_not_items_of_the_labelled_sets() -> None:
    assert_new_probes(PROBES_R18)
    assert_new_probes(DECISIONS)


EARLIER_PROBES = [*GRID_R9, *HEADLINES, *PROBES, *PROBES_AFTER, *PROBES_R6, *PROBES_R7, *PROBES_R8,
                  *PROBES_R10, *PROBES_R11, *PROBES_R12, *PROBES_R13, *PROBES_R14, *PROBES_R15,
                  *PROBES_R16, *PROBES_R17]


def test_holdout16_is_real_unique_and_labelled() -> None:
    """holdout16 (round 18) kept honest, against every earlier probe too (tables.assert_fresh_holdout)."""
    assert_fresh_holdout("holdout16.jsonl", 40, EARLIER_PROBES)
