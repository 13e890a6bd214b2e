"""Round 17 of issue 12: each new term read both ways (a term and its plain, trade or other-partner
neighbour), decisions for the new words beside another partner, the round-17 headline probes (the
families of holdout15's misses) and the fresh holdout (holdout15) kept honest: its items are real,
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
from .tables import assert_decision, assert_fresh_holdout, assert_new_probes, assert_reading, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # a Chinese university's branch campus in Central Asia names both sides, in every language
    ("zh-nwpu-branch-is-kz", "西北工业大学哈萨克斯坦分校", "kz", True),
    ("zh-nwpu-branch-is-china", "西北工业大学哈萨克斯坦分校", "china", True),
    ("en-nwafu-branch-is-uz", "Tashkent Branch of Northwest A&F University", "uz", True),
    ("ru-blcu-branch-is-kz", "Казахстанский филиал Пекинского университета языка и культуры", "kz", True),
    # a branch alone is a branch of anything: a university only beside another education word
    ("ru-branch-alone-is-not-university", "открыла филиал", "university", False),
    ("ru-branch-with-students-is-university", "филиал принял студентов", "university", True),
    # the Luban Workshop in the plural and its cases; other workshops are not China
    ("tk-luban-plural-is-china", "Lu Ban ussahanalaryny", "china", True),
    ("uz-luban-plural-is-china", "Lu Ban ustaxonalari", "china", True),
    ("uzc-luban-plural-is-china", "Лу Бан устахоналари", "china", True),
    ("tg-luban-plural-is-china", "Устохонаҳои Лу Бан", "china", True),
    ("kk-luban-plural-is-china", "Лу Бань шеберханалары", "china", True),
    ("tk-sewing-workshops-are-not-china", "tikinçilik ussahanalary", "china", False),
    ("uz-craft-workshops-are-not-china", "hunarmandchilik ustaxonalari", "china", False),
    # a Central Asian language's Chinese name names its country; 哈萨克语 and China's own
    # Uzbeks' 乌孜别克语 do not
    ("zh-uzbek-language-is-uz", "乌兹别克语专业", "uz", True),
    ("zh-kyrgyz-language-is-kg", "吉尔吉斯语", "kg", True),
    ("zh-turkmen-language-is-tm", "土库曼语", "tm", True),
    ("zh-kazakh-language-is-not-kz", "哈萨克语", "kz", False),
    ("zh-china-uzbek-language-is-not-uz", "乌孜别克语", "uz", False),
    # 中外 scientists and experts: a cooperation cue that keeps its research; traders are neither
    ("zh-zhongwai-scientists-is-cooperation", "中外科学家", "cooperation", True),
    ("zh-zhongwai-scientists-keeps-research", "中外科学家", "research", True),
    ("zh-zhongwai-traders-is-not-cooperation", "中外客商", "cooperation", False),
    # an energy field as a discipline is education, not energy; the trade stays energy
    ("en-oil-gas-education-is-education", "oil and gas education", "education_policy", True),
    ("en-oil-gas-education-is-not-energy", "oil and gas education", "energy", False),
    ("en-oil-gas-exports-is-energy", "oil and gas exports", "energy", True),
    ("ru-oil-gas-education-is-education", "нефтегазовое образование", "education_policy", True),
    ("ru-oil-gas-education-is-not-energy", "нефтегазовое образование", "energy", False),
    ("ru-oil-gas-cooperation-is-energy", "нефтегазовое сотрудничество", "energy", True),
    ("zh-oil-gas-talent-is-education", "油气人才", "education_policy", True),
    ("zh-oil-gas-pipeline-is-energy", "油气管道", "energy", True),
    # 实习 inside 落实习近平 is no internship; 创新高 ("a record high") is no innovation
    ("zh-implement-xi-is-not-internship", "落实习近平", "student_exchange", False),
    ("zh-internship-is-student-exchange", "来华实习", "student_exchange", True),
    ("zh-record-high-is-not-technology", "贸易额创新高", "technology", False),
    ("zh-innovation-hub-is-technology", "科技创新高地", "technology", True),
]

# (id, headline, expected decision): the new words beside another partner, or with no science
DECISIONS = [
    ("zh-zhongwai-scientists-asean-neg", "中外科学家研讨东盟生态合作", False),
    ("zh-zhongwai-experts-middle-east-energy-neg", "中外专家研讨中东能源合作", False),
    ("zh-turkish-major-neg", "北京外国语大学开设土耳其语专业", False),
    ("en-oil-gas-education-with-russia-neg", "Russia trains Kazakh students in oil and gas education", False),
    ("en-russian-branch-neg", "Kazakhstan branch of Russian university opens", False),
    ("ru-russian-branch-neg", "Филиал российского университета открылся в Ташкенте", False),
    ("zh-kyrgyz-major-exchange", "吉尔吉斯语专业学生赴比什凯克交流", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round17_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


@rows(("title", "expected"), DECISIONS)
def test_round17_decisions(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


# Probes the round-17 rules still decide wrongly, with the reason (docs/classifier.md, "Round 17 of
# issue 12"): 上外 (SISU's abbreviation) is not listed, so the Chinese text names no China for the
# implied-side rule to pair with a cooperation cue; the Turkmen headline has no word that marks the
# language, so no side is implied; "to train … petroleum engineers" has no education word (the verb
# "train" is also railway trains, and "petroleum engineers" also arrive at gas fields).
# Round 34: the Turkmen workshop (ussahana) is a sign of the language, so the Turkmen headline now
# implies its side and is decided right (docs/classifier.md, "Round 34 of issue 12").
KNOWN_MISSES = {"r17-zh-uzbek-major", "r17-en-petroleum-engineers"}


@rows(("headline", "relevant"), [p for p in PROBES_R17 if p[0] not in KNOWN_MISSES])
def test_round17_probes(clf: Classifier, headline: str, relevant: bool) -> None:
    assert_decision(clf, headline, relevant)


@rows(("headline", "relevant"), [p for p in PROBES_R17 if p[0] in KNOWN_MISSES])
def test_round17_known_misses_stay_missed(clf: Classifier, headline: str, relevant: bool) -> None:
    """Recorded as they are, so a later change that catches them shows here (and in the docs)."""
    assert relevant
    assert_decision(clf, headline, False)


def test_round17_probes_and_decisions_are_not_items_of_the_labelled_sets() -> None:
    assert_new_probes(PROBES_R17)
    assert_new_probes(DECISIONS)


EARLIER_PROBES = [*GRID_R9, *HEADLINES, *PROBES, *PROBES_AFTER, *PROBES_R6, *PROBES_R7, *PROBES_R8,
                  *PROBES_R10, *PROBES_R11, *PROBES_R12, *PROBES_R13, *PROBES_R14, *PROBES_R15,
                  *PROBES_R16]


def test_holdout15_is_real_unique_and_labelled() -> None:
    """holdout15 (round 17) kept honest, against every earlier probe too (tables.assert_fresh_holdout)."""
    assert_fresh_holdout("holdout15.jsonl", 50, EARLIER_PROBES)
