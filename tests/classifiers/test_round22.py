"""Round 22 of issue 12: the blind set of feed items, title and summary (probes_r22.PROBES_R22,
written before the rules were run on them), decided as the round-22 rules decide them in both
modes — every item right with title and summary; with the headline alone the 55 relevant items
whose headline names at most one side (by the set's design) recorded as misses; the families
read off the set (satellites in the plural, a university's branch as the writer's side, Uzbek
in the Latin script told by its headline words) read both ways; the family probes; and the
probes kept fresh: none is a labelled item's title or summary (classifiers/eval and the shared
labelled_dev) or an earlier probe."""

from __future__ import annotations

import json

from classifiers import Classifier
from classifiers.implied import detect

from .probes_r20 import PROBES_R20, PROBES_R20_FAMILIES
from .probes_r22 import PROBES_R22, PROBES_R22_FAMILIES
from .tables import EVAL, assert_decision, assert_new_probes, assert_reading, decide, rows
from .test_round20 import EARLIER_PROBES

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # satellites in the plural are the technology; the agency is one Sputnik
    ("ru-sputniki-is-technology", "разрабатывать спутники", "technology", True),
    ("ru-sputnikov-is-technology", "о производстве спутников", "technology", True),
    ("kk-sputnikter-is-technology", "спутниктер жасайды", "technology", True),
    ("ky-sputnikterdi-is-technology", "спутниктерди иштеп чыгат", "technology", True),
    # a university's branch is the writer's side (and still a university)
    ("uz-oliygoh-branch-is-local", "Xitoy oliygohining filiali ochiladi", "local_subject", True),
    ("uz-oliygoh-branch-is-university", "Xitoy oliygohining filiali ochiladi", "university", True),
    ("uz-university-branch-is-local", "Xitoy universiteti filialiga qabul", "local_subject", True),
    ("uzc-university-branch-is-local", "Хитой университети филиалида", "local_subject", True),
    ("kk-university-branch-is-local", "Қытай университетінің филиалы", "local_subject", True),
    ("ky-university-branch-is-local", "Кытай университетинин филиалы", "local_subject", True),
    ("tg-university-branch-is-local", "Филиали донишгоҳи Чин", "local_subject", True),
    ("tk-university-branch-is-local", "Hytaý uniwersitetiniň şahamçasy", "local_subject", True),
    ("uz-bank-branch-is-not-local", "Xitoy bankining filiali", "local_subject", False),
    ("kk-company-branch-is-not-local", "Қытай компаниясының филиалы", "local_subject", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round22_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# (id, title, language told: uz or None)
LANGUAGES = [
    ("uz-luban-graduates", "Luban ustaxonasi ilk bitiruvchilarini chiqardi", "uz"),
    ("uz-new-group", "Luban ustaxonasida yangi guruh tashkil etildi", "uz"),
    ("uz-courses-began", "Konfutsiy institutida yangi kurslar boshlandi", "uz"),
    ("tr-stays-turkish", "Çin'in ilk yapay zeka laboratuvarı açıldı", None),
    ("en-stays-english", "The first Luban Workshop opens in Almaty", None),
    ("one-sign-is-not-enough", "Konfutsiy institutida imtihonlar yakunlandi", None),
]


@rows(("title", "lang"), LANGUAGES)
def test_round22_uzbek_latin_headline_words(title: str, lang: str | None) -> None:
    evidence = detect(title, "")
    assert (evidence.lang if evidence else None) == lang


@rows(("title", "summary", "relevant"), PROBES_R22)
def test_round22_blind_set_title_and_summary(clf: Classifier, title: str, summary: str, relevant: bool) -> None:
    assert decide(clf, "title and summary", {"title": title, "summary": summary}) is relevant


# Relevant items whose headline alone names at most one side (43 name neither, 12 one side in a
# language that implies nothing or with no side to imply): the set was written so (at least half
# of each language's relevant headlines say too little), a reader of the headline could not tell.
HEADLINE_MISSES = {
    "r22-en-rector-delegation", "r22-en-lab-almaty", "r22-en-interns-return", "r22-en-drip-irrigation-course",
    "r22-en-scholarship-winners", "r22-en-arid-conference-xian", "r22-en-college-first-class",
    "r22-ru-rector-delegation", "r22-ru-lab-shymkent", "r22-ru-internship-urumqi", "r22-ru-teachers-course",
    "r22-ru-robotics-olympiad", "r22-ru-grants-call", "r22-zh-delegation", "r22-zh-lab-plaque",
    "r22-zh-trainees", "r22-zh-teachers-class", "r22-zh-new-students", "r22-zh-pamir-expedition",
    "r22-kk-rector-delegation", "r22-kk-lab-almaty", "r22-kk-internship", "r22-kk-study-grant",
    "r22-kk-water-conference", "r22-kk-teachers-beijing", "r22-ky-rector-delegation", "r22-ky-lab-bishkek",
    "r22-ky-internship", "r22-ky-teachers-urumqi", "r22-ky-study-grants", "r22-ky-issyk-kul-conference",
    "r22-uz-rector-delegation", "r22-uz-lab-samarkand", "r22-uz-internship", "r22-uz-teachers-tianjin",
    "r22-uz-new-grants", "r22-uzc-rector-delegation", "r22-uzc-lab-andijan", "r22-uzc-internship",
    "r22-uzc-teachers-beijing", "r22-uzc-scholarship-call", "r22-uzc-forum-urumqi", "r22-uzc-luban-workshop",
    "r22-tg-rector-delegation", "r22-tg-lab-khujand", "r22-tg-internship", "r22-tg-teachers-beijing",
    "r22-tg-study-grants", "r22-tg-groundwater-conference", "r22-tk-rector-delegation", "r22-tk-lab-ashgabat",
    "r22-tk-internship", "r22-tk-teachers-course", "r22-tk-study-grants", "r22-tk-water-conference",
}


@rows(("title", "summary", "relevant"), [p for p in PROBES_R22 if p[0] not in HEADLINE_MISSES])
def test_round22_blind_set_headline_alone(clf: Classifier, title: str, summary: str, relevant: bool) -> None:
    assert decide(clf, "headline alone", {"title": title, "summary": summary}) is relevant


@rows(("title", "summary", "relevant"), [p for p in PROBES_R22 if p[0] in HEADLINE_MISSES])
def test_round22_headline_misses_stay(clf: Classifier, title: str, summary: str, relevant: bool) -> None:
    """Recorded as they are, so a later change that catches one shows here (and in the docs)."""
    assert relevant
    assert decide(clf, "headline alone", {"title": title, "summary": summary}) is False


@rows(("headline", "relevant"), PROBES_R22_FAMILIES)
def test_round22_family_probes(clf: Classifier, headline: str, relevant: bool) -> None:
    assert_decision(clf, headline, relevant)


def test_round22_blind_set_shape() -> None:
    """10 relevant items and 6 hard negatives in each of the nine languages and scripts, each with a
    lead; at least half of each language's relevant headlines are among the headline misses."""
    for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
        mine = [p for p in PROBES_R22 if p[0].split("-")[1] == lang]
        assert (sum(p[3] for p in mine), sum(not p[3] for p in mine)) == (10, 6), lang
        assert all(p[2].strip() for p in mine), lang
        assert sum(p[0] in HEADLINE_MISSES for p in mine) >= 5, lang


def test_round22_probes_are_fresh() -> None:
    """No round-22 headline or lead is a labelled item's title or summary (every set and the shared
    labelled_dev) or an earlier probe's headline, and no two share an id or a headline."""
    blind = [(p[0], p[1]) for p in PROBES_R22]
    mine = [*blind, *((p[0], p[1]) for p in PROBES_R22_FAMILIES)]
    assert_new_probes(mine)
    shared = EVAL.parents[2] / "shared" / "eval" / "labelled_dev.jsonl"
    items = [json.loads(line) for path in [*EVAL.glob("*.jsonl"), shared] if path.exists()
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = {(i.get(f) or "").strip().casefold() for i in items for f in ("title", "summary")} - {""}
    texts |= {p[1].strip().casefold() for p in [*EARLIER_PROBES, *PROBES_R20, *PROBES_R20_FAMILIES]}
    assert not [p[0] for p in mine if p[1].strip().casefold() in texts]
    assert not [p[0] for p in PROBES_R22 if p[2].strip().casefold() in texts]
    assert len({p[1].strip().casefold() for p in mine}) == len(mine)
