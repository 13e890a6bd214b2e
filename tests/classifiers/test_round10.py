"""Round 10 of issue 12: each new term read both ways (a relevant headline and its hard
negative, or the term against its false friend), the round-10 headline probes, and the fresh
holdout (holdout8) kept honest: its items are real, unique and labelled as the other sets."""

from __future__ import annotations

from classifiers import Classifier

from .probes_r10 import PROBES_R10
from .tables import assert_decision, assert_fresh_holdout, assert_new_probes, assert_reading, rows

# (id, headline, expected decision)
DECISIONS = [
    # space as its reporters write it; another partner or a launch service stays out
    ("en-space-agency-tm", "Turkmen space agency hosts Chinese satellite engineers", True),
    ("en-space-station-kz", "Kazakh students visit Chinese space station control centre", True),
    ("en-space-russia-uz", "Uzbekistan and Russia discuss space exploration", False),
    ("ru-kosmos-kg", "Кыргызстан и Китай будут сотрудничать в освоении космоса", True),
    ("ru-kosmos-russia-kz", "Казахстан и Россия будут сотрудничать в освоении космоса", False),
    ("zh-outer-space-uz", "中乌探讨和平利用外层空间合作", True),
    ("uz-kosmos-cn", "Xitoy va O'zbekiston olimlari kosmos tadqiqotlari bo'yicha hamkorlik qiladi", True),
    # seismology is science, an earthquake is news
    ("en-seismic-network-tj", "China helps Tajikistan expand its seismic network", True),
    ("en-quake-only", "Strong earthquake hits Xinjiang near the Kyrgyz border", False),
    ("ru-seismic-kz", "Китайские учёные установят сейсмические станции в Казахстане", True),
    ("ru-quake-only", "Землетрясение магнитудой 5 произошло на границе Китая и Кыргызстана", False),
    ("ru-quake-research-russia", "Россия и Казахстан займутся изучением землетрясений", False),
    ("zh-quake-warning-kz", "中哈合作建设地震预警系统", True),
    ("zh-quake-only", "新疆发生地震 哈萨克斯坦阿拉木图有震感", False),
    ("ky-seismic-cn", "Кытай Кыргызстанда сейсмикалык станцияларды орнотот", True),
    # three- and four-country abbreviations with Russia or Mongolia
    ("zh-cn-ru-kz-students", "中俄哈三国大学生共同开展科研项目", True),
    ("zh-cn-ru-kg-lab", "中俄吉联合实验室揭牌", True),
    ("zh-harbin-university", "中俄哈尔滨工业大学联合研究院成立", False),
    ("zh-cn-ru-mn-only", "中俄蒙三国学者研讨草原生态", False),
    # investing (the verb) is business; a joint lab is still a joint lab
    ("en-invests-factory", "Chinese company invests in high-tech plant in Uzbekistan", False),
    ("ru-invested-greenhouse", "Китайская компания инвестировала в высокотехнологичный тепличный комплекс в Таджикистане", False),
    ("ru-invests-university-lab", "Китай инвестирует в совместную лабораторию Кыргызского аграрного университета", True),
]


@rows(("title", "expected"), DECISIONS)
def test_round10_decisions(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("en-space-agency-is-technology", "space agency", "technology", True),
    ("en-outer-space-is-technology", "outer space", "technology", True),
    ("en-space-alone-is-not", "more space for dialogue", "technology", False),
    ("en-early-warning-is-technology", "early warning systems", "technology", True),
    ("en-seismic-stations-are-research", "seismic stations", "research", True),
    ("en-seismic-shift-is-not", "a seismic shift in relations", "research", False),
    ("en-quake-research-is-not-weather", "earthquake research", "weather", False),
    ("en-quake-is-weather", "earthquake", "weather", True),
    ("ru-kosmos-is-technology", "освоение космоса", "technology", True),
    ("ru-aerospace-is-technology", "аэрокосмической отрасли", "technology", True),
    ("ru-seismostation-is-research", "сейсмостанций", "research", True),
    ("ru-quake-study-is-research", "изучению землетрясений", "research", True),
    ("ru-quake-study-is-not-weather", "изучению землетрясений", "weather", False),
    ("ru-quake-warning-is-technology", "системы раннего оповещения о землетрясениях", "technology", True),
    ("ru-quake-warning-is-not-weather", "системы раннего оповещения о землетрясениях", "weather", False),
    ("ru-quake-is-weather", "землетрясение", "weather", True),
    ("kk-seismic-is-research", "сейсмикалық станциялар", "research", True),
    ("kk-quake-study-is-research", "жер сілкінісін зерттеу", "research", True),
    ("uz-seismic-is-research", "seysmik stansiyalar", "research", True),
    ("tk-seismology-is-research", "seýsmologiýa", "research", True),
    ("zh-quake-monitoring-is-research", "地震监测", "research", True),
    ("zh-outer-space-is-technology", "外层空间", "technology", True),
    ("zh-cn-ru-kz-is-kz", "中俄哈", "kz", True),
    ("zh-cn-ru-kz-mn-is-kz", "中俄哈蒙", "kz", True),
    ("zh-cn-ru-kz-is-not-russia", "中俄哈", "other_partner", False),
    ("zh-harbin-is-not-kz", "中俄哈尔滨", "kz", False),
    ("zh-cn-ru-kg-is-kg", "中俄吉", "kg", True),
    ("zh-jilin-is-not-kg", "中俄吉林", "kg", False),
    ("en-invests-is-trade", "invests", "trade", True),
    ("ru-invests-is-trade", "инвестирует", "trade", True),
    ("en-investigate-is-not-trade", "investigates", "trade", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round10_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


@rows(("headline", "relevant"), PROBES_R10)
def test_round10_probes(clf: Classifier, headline: str, relevant: bool) -> None:
    assert_decision(clf, headline, relevant)


def test_round10_probes_and_decisions_are_not_items_of_the_labelled_sets() -> None:
    assert_new_probes(PROBES_R10)
    assert_new_probes(DECISIONS)


def test_holdout8_is_real_unique_and_labelled() -> None:
    """holdout8 (round 10) kept honest (tables.assert_fresh_holdout)."""
    assert_fresh_holdout("holdout8.jsonl", 60)
