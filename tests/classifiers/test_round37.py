"""Round 37 of issue 12: a fresh real set for precision (classifiers/eval/holdout22.jsonl, 90 items of the
search tool's pages corpus, 3 relevant and 84 hard negatives) measured once with the rules of the day
(2026.12.43) before any rule was written; the families read off its false positives (a culture week is a
culture event; journalists from Central Asia on a press tour are an audience, not a partner) read both
ways; the family probes; holdout22's decisions after the change, pinned with and without the url; and
holdout22 and the probes kept fresh."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r30 import PROBES_R30
from .probes_r32 import PROBES_R32_FAMILIES
from .probes_r33 import PROBES_R33, PROBES_R33_FAMILIES
from .probes_r37 import PROBES_R37_FAMILIES
from .tables import assert_decision, assert_fresh_holdout, assert_reading, decide, labelled_texts, load_set, repeats, rows
from .test_round32 import EARLIER_PROBES as PROBES_BEFORE_R32

# Every earlier probe as (id, headline, ...).
EARLIER_PROBES = [*PROBES_BEFORE_R32, *PROBES_R32_FAMILIES, *PROBES_R33, *PROBES_R33_FAMILIES]

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # a culture week is a culture event in every language; a week of lessons or a science week is not
    ("kk-culture-week-is-culture-event", "мәдениет апталығы", "culture_event", True),
    ("kk-china-culture-week-is-culture-event", "Қытай мәдениеті апталығы", "culture_event", True),
    ("kk-latin-culture-week-is-culture-event", "madenieti aptalygy", "culture_event", True),
    ("kk-science-week-is-no-culture-event", "ғылым апталығы", "culture_event", False),
    ("ru-culture-week-is-culture-event", "Неделя китайской культуры", "culture_event", True),
    ("ru-xinjiang-culture-week-is-culture-event", "неделю культуры Синьцзяна", "culture_event", True),
    ("ru-language-week-is-no-culture-event", "неделя китайского языка", "culture_event", False),
    ("en-culture-week-is-culture-event", "Xinjiang culture week", "culture_event", True),
    ("en-week-of-culture-is-culture-event", "a week of Chinese culture", "culture_event", True),
    ("en-science-week-is-no-culture-event", "science week", "culture_event", False),
    ("ky-culture-week-is-culture-event", "маданиятынын жумалыгы", "culture_event", True),
    ("uz-culture-week-is-culture-event", "madaniyati haftaligi", "culture_event", True),
    ("uzc-culture-week-is-culture-event", "маданияти ҳафталиги", "culture_event", True),
    ("uz-science-week-is-no-culture-event", "fan haftaligi", "culture_event", False),
    ("tg-culture-week-is-culture-event", "ҳафтаи фарҳанги Чин", "culture_event", True),
    ("tk-culture-week-is-culture-event", "medeniýet hepdeligi", "culture_event", True),
    ("zh-culture-month-is-culture-event", "哈萨克斯坦文化月", "culture_event", True),
    ("zh-culture-activity-week-is-culture-event", "中国文化活动周", "culture_event", True),
    # journalists from Central Asia on a press tour are an audience: the region is hidden; Central
    # Asia named otherwise, or its doctors, students and scholars, still are the region
    ("ru-journalists-from-ca-is-no-region", "журналистам из стран Центральной Азии", "central_asia", False),
    ("ru-journalists-of-ca-countries-is-no-region", "журналисты центральноазиатских стран", "central_asia", False),
    ("ru-doctors-from-ca-is-the-region", "врачи из стран Центральной Азии", "central_asia", True),
    ("en-journalists-from-ca-is-no-region", "journalists from Central Asian countries", "central_asia", False),
    ("en-ca-journalists-is-no-region", "Central Asian journalists", "central_asia", False),
    ("en-students-from-ca-is-the-region", "students from Central Asian countries", "central_asia", True),
    ("zh-ca-journalists-is-no-region", "中亚国家记者", "central_asia", False),
    ("zh-journalists-from-ca-is-no-region", "来自中亚国家的记者", "central_asia", False),
    ("zh-ca-scholars-is-the-region", "中亚国家学者", "central_asia", True),
    ("kk-ca-journalists-is-no-region", "Орталық Азия елдерінің журналистері", "central_asia", False),
    ("kk-ca-scientists-is-the-region", "Орталық Азия елдерінің ғалымдары", "central_asia", True),
    ("ky-ca-journalists-is-no-region", "Борбор Азия өлкөлөрүнүн журналисттери", "central_asia", False),
    ("uz-ca-journalists-is-no-region", "Markaziy Osiyo davlatlari jurnalistlari", "central_asia", False),
    ("uzc-ca-journalists-is-no-region", "Марказий Осиё давлатлари журналистлари", "central_asia", False),
    ("uz-ca-scientists-is-the-region", "Markaziy Osiyo davlatlari olimlari", "central_asia", True),
    ("tg-ca-journalists-is-no-region", "рӯзноманигорони кишварҳои Осиёи Марказӣ", "central_asia", False),
    ("tk-ca-journalists-is-no-region", "Merkezi Aziýa ýurtlarynyň žurnalistleri", "central_asia", False),
    ("tk-ca-students-is-the-region", "Merkezi Aziýa ýurtlarynyň talyplary", "central_asia", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round37_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


@rows(("pid", "headline", "relevant"), [(p[0], *p) for p in PROBES_R37_FAMILIES])
def test_round37_family_probes(clf: Classifier, pid: str, headline: str, relevant: bool) -> None:
    assert_decision(clf, headline, relevant)


# holdout22's misses, measured once with the rules of the day (2026.12.43) before any rule of this round
# was written: the round's honest figure (docs/classifier.md, "Round 37 figures"), without the url and
# with it (as `monitor eval` reads the file). Every one is a false positive; no relevant item was missed.
MISSES_BEFORE = {
    (False, "title and summary"): {"h22-006", "h22-007", "h22-069"},
    (False, "headline alone"): {"h22-069"},
    (True, "title and summary"): {"h22-006", "h22-007", "h22-069"},
    (True, "headline alone"): {"h22-069"},
}
# Fixed by this round's families: the culture week (h22-006), the press tour (h22-007).
FIXED = {
    (False, "title and summary"): {"h22-006", "h22-007"},
    (False, "headline alone"): set(),
    (True, "title and summary"): {"h22-006", "h22-007"},
    (True, "headline alone"): set(),
}
# Left (docs/classifier.md, "Round 37 of issue 12"): "Uzbekistan, China Discuss Joint Projects In
# Agriculture, Pharma, And Housing" (h22-069) names both sides, cooperation and agriculture, as the
# relevant "China and Uzbekistan strengthen ties through sustainable agriculture" (h21-002) does.
# Round 57: h22-069 is decided right (housing is industry; farming beside it with no science or education is
# an economy, farming_or_medicine_as_business).
FIXED_LATER = {"h22-069"}
STILL_MISSED = {key: MISSES_BEFORE[key] - FIXED[key] - FIXED_LATER for key in MISSES_BEFORE}


@rows(("meta", "mode"), [(f"{'url' if meta else 'no-url'}-{m.replace(' ', '-')}", meta, m) for meta in (False, True) for m in MODES])
def test_round37_holdout22_misses_after(clf: Classifier, meta: bool, mode: str) -> None:
    """holdout22 decided, item by item, as measured after the change: the misses are the ones measured
    before less the ones fixed, and nothing new; every one left is a false positive."""
    items = load_set("holdout22.jsonl")
    misses = {i["id"] for i in items if decide(clf, mode, i, meta=meta) != (i["label"] == "relevant")}
    assert misses == STILL_MISSED[(meta, mode)]
    labels = {i["id"]: i["label"] for i in items}
    assert all(labels[m] == "irrelevant" for m in misses)


def test_round37_holdout22_is_real_unique_and_labelled() -> None:
    """holdout22 (round 37) kept honest, against every earlier probe too (tables.assert_fresh_holdout,
    with this set's own shares: built for precision, a few relevant items, at most a third
    headline-only); at least 75 hard negatives, its ids in order."""
    assert_fresh_holdout(
        "holdout22.jsonl", 90, EARLIER_PROBES, relevant_share=(0.0, 0.1), headline_only=(0.0, 1 / 3)
    )
    items = load_set("holdout22.jsonl")
    assert sum(i["hard_negative"] for i in items if i["label"] == "irrelevant") >= 75
    assert all("(round 37), query: " in i["origin"] for i in items)
    assert all(len(i["summary"]) <= 420 for i in items)
    assert [i["id"] for i in items] == [f"h22-{n:03d}" for n in range(1, len(items) + 1)]


def test_round37_probes_are_fresh() -> None:
    """No family probe is a labelled item's title or summary (every set, holdout22 among them, and the
    shared labelled_dev) or an earlier probe's text (round 30's titles and ledes among them); none shares
    half its words (character pairs in Chinese) with one, or with another round-37 probe; no two share
    an id or a headline."""
    known = labelled_texts() | {p[1].strip().casefold() for p in EARLIER_PROBES}
    known |= {text.strip().casefold() for p in PROBES_R30 for text in (p[1], p[2])}
    mine = PROBES_R37_FAMILIES
    assert not repeats([p[1] for p in mine], known)
    among = [(p[0], q[0]) for i, p in enumerate(mine) for q in mine[i + 1:] if repeats([p[1]], [q[1]])]
    assert not among
    assert len({p[0] for p in mine}) == len(mine) and len({p[1].casefold() for p in mine}) == len(mine)
