"""The Decision and Match value objects, the public API, and thread safety."""

from __future__ import annotations

import dataclasses
import json
from concurrent.futures import ThreadPoolExecutor

import pytest

import classifiers
from classifiers import Classifier, Decision, Match, load_classifier
from classifiers.decision import RuleHit, make_decision, make_match, make_rule_hit

ITEM = {
    "title": "Lanzhou University and Al-Farabi Kazakh National University open joint laboratory",
    "summary": "The laboratory in Almaty will train students; trade between the countries also grew.",
}


def test_public_api_names() -> None:
    for name in ("Classifier", "Decision", "Match", "load_classifier"):
        assert hasattr(classifiers, name)
    from classifiers.cli import classify_jsonl, evaluate_file, explain_text  # noqa: F401


def test_decision_fields_and_types(clf: Classifier) -> None:
    d = clf.classify(**ITEM)
    assert dataclasses.is_dataclass(d) and dataclasses.is_dataclass(Match)
    assert d.relevant is True
    assert isinstance(d.score, float)
    assert d.countries == ("CN", "KZ")
    assert {"joint_lab", "university"} <= set(d.topics)
    assert all(isinstance(m, Match) for m in d.matches)
    assert d.rules_version == clf.version
    assert {m.field for m in d.matches} == {"title", "summary"}


def test_decision_and_match_are_frozen(clf: Classifier) -> None:
    d = clf.classify(**ITEM)
    with pytest.raises(dataclasses.FrozenInstanceError):
        d.relevant = False  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        d.matches[0].term = "x"  # type: ignore[misc]


def test_fast_match_equals_a_normal_match() -> None:
    fast = make_match("Китай", "china", "title", 3)
    normal = Match("Китай", "china", "title", 3)
    assert fast == normal and hash(fast) == hash(normal) and repr(fast) == repr(normal)
    assert dataclasses.asdict(fast) == {"term": "Китай", "concept": "china", "field": "title", "offset": 3,
                                        "lemma": ""}
    assert fast.to_dict() == {"term": "Китай", "concept": "china", "field": "title", "offset": 3}
    assert make_match("Китая", "china", "title", 3, "Китай").to_dict()["lemma"] == "Китай"
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.offset = 4  # type: ignore[misc]


def test_to_dict_is_json_friendly(clf: Classifier) -> None:
    d = clf.classify(**ITEM)
    data = d.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert set(data) >= {"relevant", "score", "countries", "topics", "matches", "rules_version"}
    assert data["matches"][0] == {"term": d.matches[0].term, "concept": d.matches[0].concept,
                                  "field": d.matches[0].field, "offset": d.matches[0].offset,
                                  "lemma": "institution: Lanzhou University"}


def test_explain_lists_decision_rules_and_every_match(clf: Classifier) -> None:
    d = clf.classify(**ITEM)
    text = d.explain()
    assert text.startswith("Decision: RELEVANT (score ")
    assert f"rules {clf.version}" in text
    for hit in d.rules:
        assert hit.id in text
    for m in d.matches:
        assert f"{m.field}@{m.offset}" in text and repr(m.term) in text and m.concept in text
    assert "hard_negatives" in text  # the trade mention is visible, with its (negative) contribution


def test_explain_shows_vetoes(clf: Classifier) -> None:
    text = clf.classify(title="Kazakhstan wins football match").explain()
    assert "not relevant" in text and "Vetoed by: needs_china_and_central_asia" in text


def test_score_is_sum_of_rule_contributions(clf: Classifier) -> None:
    d = clf.classify(**ITEM)
    assert d.score == pytest.approx(sum(r.contribution for r in d.rules), abs=1e-3)


def test_classify_is_deterministic_and_thread_safe(clf: Classifier) -> None:
    from .cases import CASES

    items = [{"title": t, "summary": s} for _, t, s, _ in CASES] * 5
    expected = [clf.classify(**i) for i in items]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda i: clf.classify(**i), items))
    assert got == expected


def test_bundled_classifier_is_compiled_once() -> None:
    assert load_classifier() is load_classifier()


def test_lang_is_only_a_hint(clf: Classifier) -> None:
    assert clf.classify(lang="zh", **ITEM) == clf.classify(lang="ru", **ITEM) == clf.classify(**ITEM)


def test_decision_can_be_built_by_hand() -> None:
    d = Decision(relevant=False, score=0.0, countries=(), topics=(), matches=(Match("x", "china", "title", 0),),
                 rules_version="test")
    assert d.to_dict()["matches"] == [{"term": "x", "concept": "china", "field": "title", "offset": 0}]


def test_classifier_and_decisions_pickle(clf: Classifier) -> None:
    import pickle

    again = pickle.loads(pickle.dumps(clf))
    assert again.version == clf.version
    d = clf.classify(**ITEM)
    assert again.classify(**ITEM) == d == pickle.loads(pickle.dumps(d))


def test_drafts_become_ordinary_frozen_objects() -> None:
    """make_rule_hit and make_decision (draft objects given their class, see decision.MatchDraft)
    build objects equal to those of the dataclass __init__, of that very type, and frozen."""
    fast_hit = make_rule_hit("science_education", 4.0, False, "why")
    hit = RuleHit("science_education", 4.0, False, "why")
    assert type(fast_hit) is RuleHit and fast_hit == hit and hash(fast_hit) == hash(hit) and repr(fast_hit) == repr(hit)
    match = make_match("Китай", "china", "title", 3)
    fast = make_decision(True, 5.3, ("CN",), ("university",), (match,), "v1", (fast_hit,), 2.0)
    normal = Decision(relevant=True, score=5.3, countries=("CN",), topics=("university",), matches=(match,),
                      rules_version="v1", rules=(hit,), threshold=2.0)
    assert type(fast) is Decision and type(match) is Match
    assert fast == normal and repr(fast) == repr(normal) and fast.to_dict() == normal.to_dict()
    assert dataclasses.asdict(fast) == dataclasses.asdict(normal)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.score = 1.0  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast_hit.veto = True  # type: ignore[misc]
