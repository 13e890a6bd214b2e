"""Round 7 of issue 12: each new term read both ways (a relevant headline and its hard
negative, or the term against its false friend), and the round-7 headline probes."""

from __future__ import annotations



from classifiers import Classifier

from .tables import rows, assert_reading, assert_decision, assert_new_probes

from .probes_r7 import PROBES_R7

# (id, headline, expected decision)
DECISIONS = [
    # think tanks are research institutions; the partner still decides
    ("en-cca-think-tanks", "An Alliance of China and Central Asia Think Tanks is planned", True),
    ("en-asean-think-tanks", "An Alliance of China and ASEAN Think Tanks is planned", False),
    ("en-think-tank-trade", "Kazakh think tank says trade with Russia grew", False),
    ("ru-analytical-centres", "Аналитические центры Китая и Узбекистана подписали меморандум", True),
    ("ru-analytical-centres-russia", "Аналитические центры России и Узбекистана подписали меморандум", False),
    ("ru-think-tank-factory", "«Фабрика мысли» Китая и Казахстана: первое заседание", True),
    ("zh-think-tank", "中国—中亚智库论坛在西安举行", True),
    ("zh-think-tank-asean", "中国—东盟智库论坛在南宁举行", False),
    # speaking, reading and writing contests in Chinese are language teaching, not sport
    ("en-oratory-in-chinese-tm", "An oratory competition in Chinese was held for the first time in Ashgabat", True),
    ("en-speech-contest-kz", "Chinese speech contest held at Kazakh university", True),
    ("en-oratory-in-russian-tm", "An oratory competition in Russian was held in Ashgabat", False),
    ("en-chinese-football-contest", "Chinese football competition held in Ashgabat", False),
    ("en-speech-contest-ukraine", "Chinese speech contest held in Kyiv", False),
    # two Central Asian countries abbreviated together before their people or institutions
    ("zh-kg-tj-youth-in-china", "【特稿】吉塔青年中國留學記", True),
    ("zh-gita-concert", "吉塔演唱会在北京举行", False),
    ("zh-kg-tj-students-russia", "吉塔学生赴俄罗斯留学", False),
]


@rows(("title", "expected"), DECISIONS)
def test_round7_decisions(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("en-think-tank-is-research", "think tanks", "research", True),
    ("en-tank-is-not-research", "a water tank", "research", False),
    ("ru-analytical-centre-is-research", "аналитического центра", "research", True),
    ("ru-shopping-centre-is-not-research", "торгового центра", "research", False),
    ("zh-think-tank-is-research", "智库", "research", True),
    ("en-oratory-in-chinese-is-china", "oratory competition in Chinese", "china", True),
    ("en-oratory-in-chinese-is-language", "oratory competition in Chinese", "language_culture", True),
    ("zh-kg-tj-is-tj", "吉塔青年", "tj", True),
    ("zh-tajik-is-not-kg", "塔吉克斯坦", "kg", False),
    ("zh-kz-kg-pair-is-kz", "哈吉两国", "kz", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round7_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


@rows(("headline", "relevant"), PROBES_R7)
def test_probe_r7(clf: Classifier, headline: str, relevant: bool) -> None:
    assert_decision(clf, headline, relevant)


def test_probes_r7_are_not_items_of_the_labelled_sets() -> None:
    assert_new_probes(PROBES_R7)
    assert {rel for *_, rel in PROBES_R7} == {True, False}
