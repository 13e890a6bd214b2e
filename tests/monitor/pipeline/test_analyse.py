"""The stored decisions the analysis stage builds."""

from __future__ import annotations

import json

import pytest

from classifiers import load_classifier
from monitor.pipeline.analyse import _json
from tests.classifiers.test_eval_dev import eval_file


def test_compact_matches_keeps_each_term_once_per_field() -> None:
    """Stored evidence: each (term, concept, field) once, at its first offset, with a count."""
    from classifiers.decision import Decision, make_match

    found = (make_match("China", "china", "title", 0), make_match("china", "china", "summary", 5),
             make_match("China", "china", "summary", 50), make_match("университет", "university", "summary", 9))
    decision = Decision(relevant=True, score=1.0, countries=(), topics=(), matches=found, rules=(),
                        rules_version="t")
    assert decision.to_dict(compact=True)["matches"] == [
        {"term": "China", "concept": "china", "field": "title", "offset": 0, "count": 1},
        {"term": "china", "concept": "china", "field": "summary", "offset": 5, "count": 2},
        {"term": "университет", "concept": "university", "field": "summary", "offset": 9, "count": 1},
    ]


def test_stored_decisions_equal_the_full_decisions_on_real_items() -> None:
    """The monitor stores ``classify_to_dict`` encoded by orjson; on every dev item (five
    languages, text that takes the offset-mapping path) that is the Decision's compact dict,
    encoded as json.dumps would."""
    clf = load_classifier()
    path = eval_file()
    if not path.is_file():
        pytest.skip(f"labelled dev set not found at {path} (set MONITOR_EVAL_FILE to use another file)")
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert items
    for item in items:
        fields = {k: item.get(k) for k in ("title", "summary", "content")}
        expected = clf.classify(**fields).to_dict(compact=True)
        stored = clf.classify_to_dict(**fields)
        assert stored == expected
        assert _json(stored) == json.dumps(expected, ensure_ascii=False, separators=(",", ":"))


@pytest.mark.parametrize(("link", "implied"), [
    ("https://www.kaznu.kz/ru/news/1", True),
    ("https://news.google.com/rss/articles/CBMi?oc=5", False),
    (None, False),
], ids=["kz-university-site", "google-news-names-no-outlet", "no-link"])
def test_poll_decision_reads_the_entrys_link(link: str | None, implied: bool) -> None:
    """The poll passes the entry's link: a .kz site naming China implies Kazakhstan; a Google
    News link alone names no outlet (its publisher, when the item names one, is passed instead:
    test_outlet_address.py)."""
    from datetime import datetime, timezone

    from monitor.feeds.normalize import Entry
    from monitor.pipeline.analyse import decide

    entry = Entry(key="k", guid=None, link=link, title="Подписаны меморандумы о сотрудничестве с китайскими вузами",
                  summary="", content="", published=datetime(2026, 12, 1, tzinfo=timezone.utc), language="ru",
                  author=None, content_hash="h")
    decision = decide(load_classifier(), entry)
    assert decision["relevant"] is implied
    assert any(m["field"] == "url" for m in decision["matches"]) is implied
