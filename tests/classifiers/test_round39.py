"""Round 39 of issue 12: the misses of EVERY real set read together (classifiers/eval/*.jsonl and the
shared labelled_dev, both modes, with the url), sorted into families by why they were missed, to find
the ones that recur across sets (docs/classifier.md, "Round 39 of issue 12", the table of families).
The one recurring family fixed: youth named beside both sides (a weak education word, 0.4, in every
language) with its guards (a youth or national team and football are sport). Its forms read both ways;
the family probes; the set items the round now decides right pinned, with and without the url."""

from __future__ import annotations

import pytest

from classifiers import Classifier

from .probes_r30 import PROBES_R30, PROBES_R30_FAMILIES
from .probes_r32 import PROBES_R32_FAMILIES
from .probes_r34 import PROBES_R34, PROBES_R34_FAMILIES
from .probes_r35 import PROBES_R35, PROBES_R35_FAMILIES
from .probes_r36 import PROBES_R36, PROBES_R36_FAMILIES
from .probes_r39 import PROBES_R39_FAMILIES
from .tables import assert_decision, assert_reading, decide, labelled_texts, load_set, repeats, rows
from .test_round36 import EARLIER_PROBES as PROBES_BEFORE_R36

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # youth, in every language, is a (weak) education word ...
    ("en-youth-is-education", "the youth of both countries", "education_policy", True),
    ("en-young-people-is-education", "young people", "education_policy", True),
    ("en-youthful-is-not-education", "a youthful city", "education_policy", False),
    ("en-young-alone-is-not-education", "a young city", "education_policy", False),
    ("ru-molodezhi-is-education", "для молодёжи", "education_policy", True),
    # (round 57: a youth forum is no education, "молодежный форум" swallows the youth; the adjective stays one)
    ("ru-molodezhnyi-obmen-is-education", "молодежный обмен", "education_policy", True),
    ("ru-molodoi-is-not-education", "молодой город", "education_policy", False),
    ("zh-qingnian-is-education", "两国青年", "education_policy", True),
    ("zh-qingshaonian-is-education", "青少年夏令营", "education_policy", True),
    ("kk-zhastarynyn-is-education", "жастарының", "education_policy", True),
    ("kk-zhasty-age-is-not-education", "жасты", "education_policy", False),
    ("ky-zhashtarga-is-education", "жаштарга", "education_policy", True),
    ("ky-zhashta-is-not-education", "жашта", "education_policy", False),
    ("uz-yoshlarining-is-education", "yoshlarining", "education_policy", True),
    ("uz-yoshi-age-is-not-education", "yoshi", "education_policy", False),
    ("uzc-yoshlarga-is-education", "ёшларга", "education_policy", True),
    ("uzc-yoshi-age-is-not-education", "ёши", "education_policy", False),
    ("tg-javononi-is-education", "ҷавонони", "education_policy", True),
    ("tg-javon-alone-is-not-education", "ҷавон", "education_policy", False),
    ("tk-yaslarynyn-is-education", "ýaşlarynyň", "education_policy", True),
    ("tk-yasy-age-is-not-education", "ýaşy", "education_policy", False),
    # ... and its guard: a youth or national team and football are sport
    ("en-youth-team-is-sport", "youth team", "sport", True),
    ("en-youth-team-is-not-education", "youth team", "education_policy", False),
    ("zh-qingnian-dui-is-sport", "青年队", "sport", True),
    ("zh-guoqing-dui-is-sport", "国青队", "sport", True),
    ("zh-zhongguo-qingnian-is-not-sport", "中国青年", "sport", False),
    ("tg-muntakhab-is-sport", "мунтахаби", "sport", True),
    ("tg-football-is-sport", "футболи", "sport", True),
    ("ky-football-is-sport", "футболдон", "sport", True),
    ("tk-yygyndy-is-sport", "ýygyndysy", "sport", True),
    ("tk-futbol-is-sport", "futbol", "sport", True),
    ("tk-yasy-is-not-sport", "ýaşlar", "sport", False),
    # merge of rounds 37 and 39 (h22-048): a culture-and-arts exchange season is a culture event, and
    # the Khorgos border cooperation centre is a trade zone, not a joint centre; cultural exchange
    # alone and a cooperation centre alone read as before
    ("zh-culture-arts-exchange-season-is-culture-event", "青年文化艺术交流季", "culture_event", True),
    ("en-culture-arts-exchange-season-is-culture-event", "a culture and arts exchange season", "culture_event", True),
    ("zh-cultural-exchange-alone-is-not-culture-event", "教育文化交流", "culture_event", False),
    ("zh-border-cooperation-centre-is-trade", "中哈霍尔果斯国际边境合作中心", "trade", True),
    ("zh-border-cooperation-centre-is-not-joint-lab", "中哈霍尔果斯国际边境合作中心", "joint_lab", False),
    ("zh-cooperation-centre-alone-is-joint-lab", "中哈合作中心", "joint_lab", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round39_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# Round 57: a youth forum is people-to-people politics, not education (holdout25's real h25-059, "Serdar
# Berdimuhamedow ... Merkezi Aziýa ýurtlarynyň we Hytaýyň ýaşlarynyň forumyny ...", labelled irrelevant): the
# key "youth forum" swallows the youth in every language. Two of these probes, written in round 39 before any
# real youth-forum item was labelled, are youth forums and are decided not relevant now; their labels are left
# as written (docs/classifier.md, "Round 57 of issue 12").
NOW_IRRELEVANT_R57 = {"r39f-ru-youth-both-sides-2", "r39f-kk-youth-both-sides-2"}


@rows(("pid", "headline", "relevant"), [(p[0], *p) for p in PROBES_R39_FAMILIES])
def test_round39_family_probes(clf: Classifier, pid: str, headline: str, relevant: bool) -> None:
    assert_decision(clf, headline, relevant and pid not in NOW_IRRELEVANT_R57)


# Set items the round decides right (all missed with the round-36 rules, 2026.12.48): (set, id,
# mode). Each is decided so with and without its url.
NOW_RIGHT = [
    ("holdout.jsonl", "dv-0314", "headline alone"),  # O‘zbekiston va Xitoy yoshlarining loyihasi
    ("holdout5.jsonl", "h5-022", "headline alone"),  # Türkmen-Hytaý …: ýaşlar bilen …
    ("holdout21.jsonl", "h21-065", "headline alone"),  # …为中亚青年打开“机遇之门”
]


@pytest.mark.parametrize("meta", [False, True], ids=["no-url", "url"])
@rows(("name", "item_id", "mode"), [(f"{n}-{i}", n, i, m) for n, i, m in NOW_RIGHT])
def test_round39_set_items_now_right(clf: Classifier, name: str, item_id: str, mode: str, meta: bool) -> None:
    item = next(i for i in load_set(name) if i["id"] == item_id)
    assert decide(clf, mode, item, meta=meta) is (item["label"] == "relevant")


def test_round39_probes_shape() -> None:
    """Every language (en, ru, zh, kk, ky, uz Latin and Cyrillic, tg, tk) has at least one relevant
    probe and one negative; a negative's id ends in -neg."""
    for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
        mine = [p for p in PROBES_R39_FAMILIES if p[0].startswith(f"r39f-{lang}-")]
        assert any(p[2] for p in mine) and any(not p[2] for p in mine), lang
    assert all(p[0].endswith("-neg") is not p[2] for p in PROBES_R39_FAMILIES)


def test_round39_probes_are_fresh() -> None:
    """No round-39 headline is a labelled item's title or summary or an earlier probe's text, nor
    shares half its words (character pairs in Chinese) with one; no two share an id or a headline."""
    earlier = [*PROBES_BEFORE_R36, *PROBES_R30_FAMILIES, *PROBES_R32_FAMILIES, *PROBES_R34_FAMILIES,
               *PROBES_R35, *PROBES_R35_FAMILIES, *PROBES_R36, *PROBES_R36_FAMILIES]
    known = labelled_texts() | {p[1].strip().casefold() for p in earlier}
    known |= {text.strip().casefold() for p in (*PROBES_R30, *PROBES_R34) for text in (p[1], p[2])}
    mine = PROBES_R39_FAMILIES
    assert not repeats([p[1] for p in mine], known)
    assert len({p[0] for p in mine}) == len(mine) and len({p[1].casefold() for p in mine}) == len(mine)
