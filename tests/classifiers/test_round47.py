"""Round 47 of issue 12: holdout23's part A (read; part B sealed) misses, fixed as families
(docs/classifier.md, "Round 47 of issue 12"): the English acronyms Chinese and Central Asian
universities use for themselves in their own news (gazetteer.yaml: CHU, XJNU, XDU, XAUAT, DLUT...;
NamSU, KTMU, KhSU...; the ambiguous ones only beside their country); Beijing University of
Technology; satellite navigation named as a programme (BDS with China named, GNSS, 北斗应用...,
Beydou, спутниковая навигация); a technical exchange as technology and joint work; a health resort,
a sanatorium or a wellness centre as a service to visitors (travel); an officer "of our university"
named in pinyin as the Chinese side (implied.pinyin_institutions). Each read both ways; the family
probes (probes_r47) decided right in both modes (the ledes with title and summary); the probes fresh."""

from __future__ import annotations

from classifiers import Classifier

from .probes_r47 import PROBES_R47, PROBES_R47_LEDES
from .tables import IN_BOTH_MODES, assert_reading, decide, in_both_modes, labelled_texts, probe_texts, repeats, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # universities' own English acronyms name their country; an ambiguous one only beside it
    ("en-chu-is-china", "CHU leader visits Almaty", "china", True),
    ("en-chu-is-university", "CHU leader visits Almaty", "university", True),
    ("en-chu-river-is-not", "the Chu River valley", "china", False),
    ("en-chd-alone-is-not", "CHD among adults", "china", False),
    ("en-chd-beside-china-is", "CHD, a university in China", "university", True),
    ("en-xjnu-is-china", "XJNU teachers", "china", True),
    ("en-xdu-is-china", "XDU students", "china", True),
    ("en-xauat-is-china", "XAUAT architects", "china", True),
    ("en-dlut-is-china", "DLUT chemists", "china", True),
    ("en-dut-alone-is-not", "DUT chemists", "china", False),
    ("en-tju-alone-is-not", "TJU nurses", "china", False),
    ("en-tju-beside-china-is", "TJU, in China's Tianjin", "university", True),
    ("en-ylvtc-is-china", "YLVTC instructors", "china", True),
    ("en-bjut-is-china", "BJUT researchers", "china", True),
    ("en-bjut-name-is-china", "with Beijing University of Technology", "china", True),
    ("en-bjut-name-is-university", "with Beijing University of Technology", "university", True),
    ("ru-bjut-is-china", "с Пекинским политехническим университетом", "china", True),
    ("ru-changan-is-china", "в Чанъаньском университете", "china", True),
    ("en-namsu-is-uz", "NamSU scientists", "uz", True),
    ("en-ktmu-is-kg", "KTMU students", "kg", True),
    ("en-khsu-is-tj", "KhSU students", "tj", True),
    ("en-gulsu-is-uz", "GulSU faculty", "uz", True),
    ("en-tspu-alone-is-not", "TSPU graduates", "uz", False),
    ("en-tspu-beside-uzbekistan-is", "TSPU graduates in Uzbekistan", "university", True),
    ("en-knu-alone-is-not", "KNU and Lanzhou University", "kg", False),
    ("en-lowercase-acronym-is-not", "a chu of tea", "china", False),
    # satellite navigation named as a programme
    ("en-bds-beside-china-is-technology", "China's BDS in Kyrgyzstan", "technology", True),
    ("en-bds-alone-is-not", "BDS campaigners in Almaty", "technology", False),
    ("en-bds-lowercase-is-not", "the bds of China", "technology", False),
    ("en-gnss-is-technology", "GNSS stations", "technology", True),
    ("zh-beidou-application-is-technology", "北斗应用培训", "technology", True),
    ("zh-beidou-application-is-china", "北斗应用培训", "china", True),
    ("zh-beidou-cooperation-is-cooperation", "北斗合作论坛", "cooperation", True),
    ("zh-big-dipper-is-not", "夜观北斗七星", "technology", False),
    ("ru-satellite-navigation-is-technology", "спутниковой навигации", "technology", True),
    ("ru-gnss-is-technology", "станции ГНСС", "technology", True),
    ("uz-beydou-is-china", "Beydou tizimi", "china", True),
    ("tk-beydou-is-china", "Beýdou ulgamy", "china", True),
    ("tk-satellite-navigation-is-technology", "hemra nawigasiýa ulgamy", "technology", True),
    ("tk-companion-is-not", "ýol hemrasy", "technology", False),
    # a technical exchange is technology and joint work; a currency exchange or upkeep is not
    ("en-technical-exchange-is-technology", "a technical exchange visit", "technology", True),
    ("en-technical-exchange-is-cooperation", "a technical exchange visit", "cooperation", True),
    ("en-exchange-rate-is-not", "technical analysis of the exchange rate", "technology", False),
    ("ru-technical-exchange-is-technology", "провели технический обмен", "technology", True),
    ("ru-currency-exchange-is-not", "обмен валюты", "technology", False),
    ("kk-technical-exchange-is-technology", "техникалық алмасу", "technology", True),
    ("ky-technical-exchange-is-technology", "техникалык алмашуу", "technology", True),
    ("uz-technical-exchange-is-technology", "texnik almashinuv", "technology", True),
    ("uzc-technical-exchange-is-technology", "техник алмашинув", "technology", True),
    ("tg-technical-exchange-is-technology", "мубодилаи техникӣ", "technology", True),
    ("tk-technical-exchange-is-technology", "tehniki alyş-çalyş", "technology", True),
    ("uz-currency-exchange-is-not", "valyuta almashinuvi", "technology", False),
    # a health resort, a sanatorium, a wellness centre is a service to visitors (travel)
    ("en-wellness-centre-is-travel", "a wellness center", "travel", True),
    ("en-sanatorium-is-travel", "a sanatorium near Bishkek", "travel", True),
    ("en-wellbeing-is-not", "the wellbeing of students", "travel", False),
    ("ru-wellness-is-travel", "лечебно-оздоровительный центр", "travel", True),
    ("ru-sanatorium-is-travel", "в санатории", "travel", True),
    ("ru-recovery-is-not", "оздоровление экономики", "travel", False),
    ("zh-kangyang-is-travel", "康养中心", "travel", True),
    ("zh-liaoyang-is-travel", "疗养院", "travel", True),
    ("kk-sanatorium-is-travel", "шипажайы ашылды", "travel", True),
    ("kk-healing-is-not", "шипа", "travel", False),
    ("ky-sanatorium-is-travel", "санаторийи ачылды", "travel", True),
    ("uz-sanatorium-is-travel", "sanatoriyda", "travel", True),
    ("uzc-sanatorium-is-travel", "санаторийда", "travel", True),
    ("tg-sanatorium-is-travel", "осоишгоҳи нав", "travel", True),
    ("tk-sanatorium-is-travel", "şypahanasy açylýar", "travel", True),
    ("en-medicine-centre-is-not", "a traditional medicine centre", "travel", False),
    # an officer of the writer's university named in pinyin names China when the other side is named
    ("en-pinyin-officer-is-china", "Wang Jianhua, President of our university, met the Kazakh delegation", "china", True),
    ("en-pinyin-dean-is-china", "Kyrgyz teachers were received by Zhou Qiang, Dean of our college", "china", True),
    ("en-korean-officer-is-not", "Kim Minsoo, President of our university, met the Kazakh delegation", "china", False),
    ("en-kazakh-officer-is-not", "Nurlan Zhao, President of our university, met the Kyrgyz delegation", "china", False),
    ("en-pinyin-officer-elsewhere-is-not", "Wang Jianhua, President of the Kazakh university, met students", "china", False),
    ("en-pinyin-officer-no-other-side-is-not", "Wang Jianhua, President of our university, met the freshmen", "china", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round47_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R47))
def test_round47_family_probes(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


@rows(("title", "summary", "relevant"), PROBES_R47_LEDES)
def test_round47_officer_ledes(clf: Classifier, title: str, summary: str, relevant: bool) -> None:
    """With title and summary; on the headline alone the relevant ones name one side (left)."""
    assert decide(clf, "title and summary", {"title": title, "summary": summary}) is relevant


def test_round47_probes_are_fresh() -> None:
    """No round-47 probe is a labelled text or an earlier probe's; none shares half its words
    (character pairs in Chinese) with one; ids and titles are unique."""
    # rounds 44-47 were written at the same time by writers who could not see each other's sets
    known = labelled_texts() | probe_texts("probes_r47", "probes_r44", "probes_r45", "probes_r46")
    assert not [p[0] for p in PROBES_R47 if p[1].strip().casefold() in known]
    assert not repeats([p[1] for p in PROBES_R47], known)
    assert len({p[0] for p in PROBES_R47}) == len({p[1] for p in PROBES_R47}) == len(PROBES_R47)
    assert not repeats([p[1] for p in PROBES_R47_LEDES], known)
    assert not repeats([p[2] for p in PROBES_R47_LEDES], known)


def test_round47_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.62"
