"""Round 23 of issue 12: the third blind headline set (probes_r23.PROBES_R23, headlines as aggregators
and channels carry them, written before the rules were run on them) decided as the round-23 rules
decide them with the headline alone; the families read off it (Xi'an and the other -нь cities
without the soft sign before a Kazakh or Kyrgyz ending; Tsinghua as Uzbek Latin "Tsinxua" and in
Kyrgyz; the Tajik abbreviations ДДХ, ДТТ, ДДОТ; raising qualification in kk, ky, tg, tk and Tajik
муаллим) read both ways; the family probes; and the probes kept fresh: none is a labelled item's
title (classifiers/eval and the shared labelled_dev) or an earlier probe."""

from __future__ import annotations

import json

from classifiers import Classifier

from .probes_r20 import PROBES_R20, PROBES_R20_FAMILIES
from .probes_r21 import PROBES_R21, PROBES_R21_FAMILIES
from .probes_r22 import PROBES_R22, PROBES_R22_FAMILIES
from .probes_r23 import PROBES_R23, PROBES_R23_FAMILIES
from .tables import EVAL, assert_decision, assert_new_probes, assert_reading, decide, rows
from .test_round20 import EARLIER_PROBES

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # Xi'an (and Wuhan, Dalian, Tianjin, Shenzhen) without the soft sign before an ending
    ("ky-siandagy-is-china", "Сиандагы университетте", "china", True),
    ("kk-siandagy-is-china", "Сиандағы зертханада", "china", True),
    ("ky-uhanda-is-china", "Уханда окушат", "china", True),
    ("kk-dalyanda-is-china", "Далянда", "china", True),
    ("ky-tyanczindegi-is-china", "Тяньцзиндеги", "china", True),
    # Tsinghua in Uzbek Latin and Kyrgyz; Sinxua alone (also Xinhua, the agency) is not a university
    ("uz-tsinxua-is-china", "Tsinxua universiteti", "china", True),
    ("uz-tsinxua-is-university", "Tsinxua universitetida", "university", True),
    ("uz-tsinxua-alone-is-university", "Tsinxua va O'zMU", "university", True),
    ("ky-tsinghua-is-university", "Цинхуа университетинин", "university", True),
    ("uz-sinxua-alone-is-not-university", "Sinxua agentligi", "university", False),
    # Tajik abbreviations of Tajik universities, as written (upper case)
    ("tg-ddkh-is-tajikistan", "ДДХ ва Донишгоҳи Ланҷоу", "tj", True),
    ("tg-ddkh-is-university", "донишҷӯи ДДХ", "university", True),
    ("tg-dtt-is-tajikistan", "Донишҷӯёни ДТТ", "tj", True),
    ("tg-ddot-is-tajikistan", "ДДОТ бо донишгоҳ", "tj", True),
    ("tg-ddkh-lowercase-is-not", "ддх", "tj", False),
    # raising qualification; a sports qualification is not it; муаллим (teacher) in Tajik
    ("ky-qualification-raised-is-vocational", "квалификациясын жогорулатышты", "vocational", True),
    ("ky-sports-qualification-is-not", "дүйнө чемпионатынын квалификациясында", "vocational", False),
    ("tg-takmili-ikhtisos-is-vocational", "курси такмили ихтисос", "vocational", True),
    ("tk-hunar-derejesi-is-vocational", "hünär derejesini ýokarlandyrdy", "vocational", True),
    ("kk-biliktiligin-is-vocational", "біліктілігін арттырды", "vocational", True),
    ("tg-muallim-is-education", "Муаллимони тоҷик", "education_policy", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round23_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# The blind set's misses with the round-22 rules (2026.12.25), headline alone, for the record; the
# round-23 rules decide every row of the set as labelled (docs/classifier.md, "Round 23 figures").
MISSED_BEFORE = {"r23-ky-xian-students", "r23-uz-uzmu-tsinxua", "r23-tg-xju-khujand-master", "r23-tg-teachers-china"}


@rows(("pid", "headline", "relevant"), [(p[0], *p) for p in PROBES_R23])
def test_round23_blind_headline_alone(clf: Classifier, pid: str, headline: str, relevant: bool) -> None:
    assert decide(clf, "headline alone", {"title": headline}) is relevant


def test_round23_missed_before_are_relevant() -> None:
    labels = {p[0]: p[2] for p in PROBES_R23}
    assert all(labels[m] for m in MISSED_BEFORE)


@rows(("headline", "relevant"), PROBES_R23_FAMILIES)
def test_round23_family_probes(clf: Classifier, headline: str, relevant: bool) -> None:
    assert_decision(clf, headline, relevant)


def test_round23_blind_set_shape() -> None:
    """12 relevant and 8 hard negatives in each of the nine languages and scripts."""
    for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
        mine = [p for p in PROBES_R23 if p[0].split("-")[1] == lang]
        assert (sum(p[2] for p in mine), sum(not p[2] for p in mine)) == (12, 8), lang


def test_round23_probes_are_fresh() -> None:
    """No round-23 probe is a labelled item's title (every set and the shared labelled_dev) or an
    earlier probe's headline, and no two share an id or a headline."""
    mine = [*PROBES_R23, *PROBES_R23_FAMILIES]
    assert_new_probes(mine)
    shared = EVAL.parents[2] / "shared" / "eval" / "labelled_dev.jsonl"
    texts = {(json.loads(line)["title"] or "").strip().casefold()
             for line in (shared.read_text(encoding="utf-8").splitlines() if shared.exists() else []) if line.strip()}
    earlier = [*EARLIER_PROBES, *PROBES_R20, *PROBES_R20_FAMILIES, *PROBES_R21, *PROBES_R21_FAMILIES, *PROBES_R22_FAMILIES]
    texts |= {p[1].strip().casefold() for p in earlier}
    texts |= {p[1].strip().casefold() for p in PROBES_R22}
    assert not [p[0] for p in mine if p[1].strip().casefold() in texts]
    assert len({p[1].strip().casefold() for p in mine}) == len(mine)
