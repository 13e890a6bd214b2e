"""Round 6 of issue 12: each new term, read both ways (a relevant headline and its hard
negative, or the term against its false friend), and the round-6 headline probes."""

from __future__ import annotations



from classifiers import Classifier

from .tables import rows, assert_reading, assert_decision, assert_new_probes

from .probes_r6 import PROBES_R6

# (id, headline, url, expected decision)
DECISIONS = [
    # China studies (sinology) is China and a China-related subject of education, in every
    # language; in a Central Asian language it needs no other side (the language implies it)
    ("kk-sinology-training", "Қытайтану мамандары даярланады", None, True),
    ("uz-sinology-faculty", "Xitoyshunoslik fakulteti talabalari olimpiadada g'olib bo'ldi", None, True),
    ("tk-sinology", "Hytaýşynaslyk boýunça okuw maslahaty", None, True),
    ("tg-sinology", "Чиншиносони ҷавон дар донишгоҳ", None, True),
    ("en-chinese-studies-kz-outlet", "Department of Chinese Studies held the Olympics in Chinese schoolchildren",
     "http://www.kaznu.kz/en/news/1", True),
    ("en-chinese-studies-no-side", "Department of Chinese Studies held an olympiad", None, False),
    ("ru-sinology-russia", "Российские синологи провели конференцию в Москве", None, False),
    # studying in China "for free": students, so the writer's own side
    ("ky-free-study-in-china", "Кытайда акысыз окуу мүмкүнчүлүгүн алуунун жолу", None, True),
    ("ky-free-visa-is-not-study", "Кытайга акысыз виза алуунун жолу", None, False),
    ("uz-free-study-in-china", "Xitoyda bepul o'qish uchun grantlar", None, True),
    ("tk-free-study-in-china", "Hytaýda mugt okamak mümkinçiligi", None, True),
    # Turkmen "halkara maslahat" (an international conference), not the People's Council
    ("tk-intl-conference-xian", "Türkmen wekiliýeti Hytaýyň Sian şäherinde geçirilen halkara maslahatyna gatnaşdy", None, True),
    ("tk-peoples-council", "Halk Maslahatynyň Başlygy Hytaýyň ilçisi bilen duşuşdy", None, False),
    ("tk-energy-conference", "Gaz boýunça halkara maslahatda Hytaýyň nebitgaz kompaniýalary çykyş etdi", None, False),
    # knowledge contests and subject olympiads; the sport keeps its reading
    ("zh-knowledge-contest", "孙立杰大使出席第一届中乌知识竞赛", None, True),
    ("zh-football", "中乌足球友谊赛在塔什干举行", None, False),
    ("en-olympiad-in-chinese", "Olympiad in Chinese held for Kazakh schoolchildren", None, True),
    ("en-olympics-in-china", "Kazakhstan wins gold at the Olympics in China", None, False),
    ("ru-knowledge-contest", "В Бишкеке прошел конкурс на знание китайского языка", None, True),
    # Chinese cities as Central Asian languages write them, with their endings
    ("kk-harbin-students", "Харбинде оқитын қазақстандық студенттер", None, True),
    ("kk-wuhan-freight", "Уханьға Қазақстаннан жүк пойызы аттанды", None, False),
    ("tk-nanjing-students", "Türkmen talyplary Nankin uniwersitetinde bilim alýarlar", None, True),
]


@rows(("title", "url", "expected"), DECISIONS)
def test_round6_decisions(clf: Classifier, title: str, url: str | None, expected: bool) -> None:
    assert_decision(clf, title, expected, url)


# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("kk-sinology-is-china", "Қытайтану", "china", True),
    ("kk-sinology-is-language", "Қытайтану", "language_culture", True),
    ("kk-china-is-not-sinology", "Қытайдағы", "language_culture", False),
    ("uz-sinology-is-research", "Xitoyshunoslik", "research", True),
    ("ky-sinology-is-language", "кытайтаануу", "language_culture", True),
    ("tk-conference-is-research", "halkara maslahatyna", "research", True),
    ("tk-council-is-not-research", "Halk Maslahatynyň", "research", False),
    ("en-olympiad-is-education", "Olympics in Chinese", "education_policy", True),
    ("en-olympics-is-sport", "the Olympics in Beijing", "sport", True),
    ("ky-wuhan", "Уханда", "china", True),
    ("tk-lanzhou", "Lançžouda", "china", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round6_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


@rows(("headline", "relevant"), PROBES_R6)
def test_probe_r6(clf: Classifier, headline: str, relevant: bool) -> None:
    assert_decision(clf, headline, relevant)


def test_probes_r6_are_not_items_of_the_labelled_sets() -> None:
    assert_new_probes(PROBES_R6)
    assert {rel for *_, rel in PROBES_R6} == {True, False}
