"""Round 19 of issue 12: the outlets added to the table resolved and read both ways (a headline
naming only China and a subject, and trade, China's own news or another partner from the same
outlet), the bilateral abbreviations' third readings (中乌 China–Uruguay or China–Uganda, 中吉
China–Djibouti) read both ways, the round-19 probes, and the fresh holdout (holdout17) kept honest:
its items are real, unique and labelled as the other sets, and none repeats an earlier set's url or
title or a probe."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.outlets import resolve

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
from .probes_r19 import PROBES_R19, PROBES_R19_ABBR
from .tables import assert_decision, assert_fresh_holdout, assert_new_probes, assert_reading, rows

# (id, url, concept implied or None): the outlets added in round 19, and neighbours that stay out
RESOLUTION = [
    ("tm-yerzemin", "https://www.yerzemin.com/display/x/1", "tm"),
    ("tm-arzuw-news", "https://arzuw.news/x", "tm"),
    ("tm-tmcars-info", "https://tmcars.info/others/news/1", "tm"),
    ("tm-garagumsowda", "https://garagumsowda.com/jemgyyet/x/", "tm"),
    ("kg-kaktus-media", "https://kaktus.media/doc/1_x.html", "kg"),
    ("uz-dunyo-info", "https://dunyo.info/uzk/x", "uz"),
    ("kz-qazaqstan-tv", "https://qazaqstan.tv/news/1", "kz"),
    ("kz-qazaqstan-tv-beta", "https://beta.qazaqstan.tv/news/1", "kz"),
    ("kz-qazaqtv-com", "https://qazaqtv.com/en/news/x", "kz"),
    ("kz-almaty-tv", "https://almaty.tv/kz/news/x", "kz"),
    ("tj-ozodagon", "https://ozodagon.com/1-x.html", "tj"),
    ("regional-newscentralasia-stays-none", "https://www.newscentralasia.net/2024/03/26/x/", None),
    ("kaktus-in-path-only", "https://example.com/kaktus.media/x", None),
]


@rows(("url", "concept"), RESOLUTION)
def test_round19_outlets_resolve(url: str, concept: str | None) -> None:
    outlet = resolve(url)
    assert (outlet.concept if outlet else None) == concept


# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("zh-zhongwu-is-uzbekistan", "中乌联合实验室", "uz", True),
    ("zh-zhongwu-with-uruguay-is-not-uzbekistan", "中乌联合实验室 乌拉圭", "uz", False),
    ("zh-zhongwu-with-montevideo-is-not-uzbekistan", "蒙得维的亚中乌联合实验室", "uz", False),
    ("zh-zhongwu-with-uganda-is-not-uzbekistan", "中乌农业合作 乌干达", "uz", False),
    ("zh-zhongwu-with-ukraine-still-is-not", "中乌合作 乌克兰", "uz", False),
    ("zh-zhongji-is-kyrgyzstan", "中吉高校合作", "kg", True),
    ("zh-zhongji-with-djibouti-is-not-kyrgyzstan", "中吉高校合作 吉布提", "kg", False),
    ("zh-zhuji-is-kyrgyzstan", "驻吉使馆", "kg", True),
    ("zh-zhuji-with-djibouti-is-not-kyrgyzstan", "驻吉使馆 吉布提", "kg", False),
    ("zh-zhuwu-uruguay-is-not-uzbekistan", "驻乌拉圭使馆", "uz", False),
    ("zh-zhuwu-is-uzbekistan", "驻乌使馆", "uz", True),
    ("zh-zhuwu-with-uruguay-is-not-uzbekistan", "驻乌使馆 乌拉圭", "uz", False),
    ("zh-uruguay-is-another-partner", "乌拉圭", "other_partner", True),
    ("zh-uganda-is-another-partner", "乌干达", "other_partner", True),
    ("zh-djibouti-is-another-partner", "吉布提", "other_partner", True),
    ("en-uruguay-is-another-partner", "Uruguay", "other_partner", True),
    ("ru-djibouti-is-another-partner", "Джибути", "other_partner", True),
    ("zh-zhongji-tashkent-still-kyrgyzstan", "中吉科技合作", "kg", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round19_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# (id, headline, expected decision, url): the new outlets never make an item relevant alone
DECISIONS = [
    ("kaktus-china-only-no-subject-neg", "Китай и США провели переговоры", False, "https://kaktus.media/doc/2_x.html"),
    ("qazaqstan-tv-no-china-neg", "Студенты колледжа прошли стажировку в Германии", False, "https://qazaqstan.tv/news/3"),
    ("yerzemin-headline-without-url-neg", "Aspects of the partnership with a Chinese petroleum university discussed", False, None),
    ("yerzemin-headline-with-url", "Aspects of the partnership with a Chinese petroleum university discussed", True,
     "https://www.yerzemin.com/display/x/2"),
    ("zh-zhongwu-uruguay-students-neg", "中乌教育合作:乌拉圭学生赴华留学人数增长", False, None),
]


@rows(("title", "expected", "url"), DECISIONS)
def test_round19_decisions(clf: Classifier, title: str, expected: bool, url: str | None) -> None:
    assert_decision(clf, title, expected, url)


@rows(("headline", "relevant", "url"), PROBES_R19)
def test_round19_outlet_probes(clf: Classifier, headline: str, relevant: bool, url: str) -> None:
    assert_decision(clf, headline, relevant, url)


@rows(("headline", "relevant"), PROBES_R19_ABBR)
def test_round19_abbreviation_probes(clf: Classifier, headline: str, relevant: bool) -> None:
    assert_decision(clf, headline, relevant)


def test_round19_probes_and_decisions_are_not_items_of_the_labelled_sets() -> None:
    assert_new_probes(PROBES_R19)
    assert_new_probes(PROBES_R19_ABBR)
    assert_new_probes(DECISIONS)


EARLIER_PROBES = [*GRID_R9, *HEADLINES, *PROBES, *PROBES_AFTER, *PROBES_R6, *PROBES_R7, *PROBES_R8,
                  *PROBES_R10, *PROBES_R11, *PROBES_R12, *PROBES_R13, *PROBES_R14, *PROBES_R15,
                  *PROBES_R16, *PROBES_R17, *PROBES_R18]


def test_holdout17_is_real_unique_and_labelled() -> None:
    """holdout17 (round 19) kept honest, against every earlier probe too (tables.assert_fresh_holdout)."""
    assert_fresh_holdout("holdout17.jsonl", 40, EARLIER_PROBES)
