"""Round 6 of issue 12: each new term, read both ways (a relevant headline and its hard
negative, or the term against its false friend), and the round-6 headline probes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from classifiers import Classifier

from .probes_r6 import PROBES_R6

EVAL = Path(__file__).resolve().parents[2] / "classifiers" / "eval"

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


@pytest.mark.parametrize(("title", "url", "expected"), [d[1:] for d in DECISIONS], ids=[d[0] for d in DECISIONS])
def test_round6_decisions(clf: Classifier, title: str, url: str | None, expected: bool) -> None:
    d = clf.classify(title=title, url=url)
    assert d.relevant is expected, d.explain()


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


@pytest.mark.parametrize(("text", "concept", "expected"), [r[1:] for r in READINGS], ids=[r[0] for r in READINGS])
def test_round6_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    d = clf.classify(title=text)
    assert (concept in {m.concept for m in d.matches}) is expected, d.explain()


@pytest.mark.parametrize(("headline", "relevant"), [p[1:] for p in PROBES_R6], ids=[p[0] for p in PROBES_R6])
def test_probe_r6(clf: Classifier, headline: str, relevant: bool) -> None:
    d = clf.classify(title=headline)
    assert d.relevant is relevant, d.explain()


def test_probes_r6_are_not_items_of_the_labelled_sets() -> None:
    titles = {json.loads(line)["title"].strip().casefold()
              for path in EVAL.glob("*.jsonl")
              for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert not [p[0] for p in PROBES_R6 if p[1].strip().casefold() in titles]
    assert len({p[0] for p in PROBES_R6}) == len(PROBES_R6)
    assert {rel for *_, rel in PROBES_R6} == {True, False}
