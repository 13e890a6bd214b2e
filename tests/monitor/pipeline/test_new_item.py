"""new_item() builds its NewItem from the fields' values in order: the same item as by name; and
a ParseOutcome pickled as columns comes back the same."""

from __future__ import annotations

import pickle
from datetime import datetime, timezone
from multiprocessing.reduction import ForkingPickler

import pytest

from monitor.feeds.normalize import Entry
from monitor.pipeline.analyse import Identity, ParseOutcome, _json, new_item
from storage.item_records import EncodedJSON, NewEnrichment, NewItem

NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)
ENTRY = Entry(key="k", guid="g", link="https://kz.example/a", title="T", summary="S", content="C",
              published=datetime(2025, 12, 31, tzinfo=timezone.utc), language="ru", author="A",
              content_hash="h")
DECISION = {"relevant": True, "score": 1.5, "countries": ["KZ"], "matches": [], "rules_version": "r1"}
IDENTITY = Identity("https://kz.example/a", b"sig", b"keys")
GOOGLE_IDENTITY = Identity(None, b"sig", b"keys", "https://www.inform.kz")
ENRICH = NewEnrichment(link="https://kz.example/a", headline_only=True)


def by_name(entry: Entry, decision: dict | None, identity: Identity | None, enrich: NewEnrichment | None) -> NewItem:
    """new_item() as first written: the dataclass's __init__, field by name."""
    return NewItem(
        item_key=entry.key, guid=entry.guid, url=entry.link, title=entry.title, summary=entry.summary,
        content=entry.content or None, author=entry.author, language=entry.language,
        published_at=entry.published, fetched_at=NOW, content_hash=entry.content_hash,
        relevant=decision.get("relevant") if decision else None,
        score=decision.get("score") if decision else None,
        decision=EncodedJSON(_json(decision)) if decision else None,
        rules_version=decision.get("rules_version") if decision else None,
        canonical_url=identity.canonical_url if identity else None,
        outlet_url=identity.outlet_url if identity else None,
        signature=identity.signature if identity else None,
        index_keys=identity.index_keys if identity else None,
        enrich=enrich,
    )


@pytest.mark.parametrize("decision", [None, {}, DECISION])
@pytest.mark.parametrize("identity", [None, IDENTITY, GOOGLE_IDENTITY])
@pytest.mark.parametrize("enrich", [None, ENRICH])
def test_the_same_item_as_by_name(decision: dict | None, identity: Identity | None,
                                  enrich: NewEnrichment | None) -> None:
    made = new_item(ENTRY, NOW, decision, identity, enrich)
    expected = by_name(ENTRY, decision, identity, enrich)
    assert made == expected
    assert [getattr(made, name) for name in NewItem.__dataclass_fields__] == [
        getattr(expected, name) for name in NewItem.__dataclass_fields__]
    assert type(made.decision) is type(expected.decision)


def _outcome(*decisions: dict | None) -> ParseOutcome:
    return ParseOutcome(items=tuple(
        new_item(ENTRY, NOW, d, IDENTITY if i % 2 else None, ENRICH if i % 3 else None)
        for i, d in enumerate(decisions)), format="rss20", warning="w")


@pytest.mark.parametrize("outcome", [
    ParseOutcome(),
    ParseOutcome(error="unexpected parser failure"),
    _outcome(DECISION),
    _outcome(DECISION, None, {}, DECISION),
    ParseOutcome(items=(NewItem(item_key="k", title="t", summary="s", published_at=NOW, fetched_at=NOW,
                                content_hash="h", decision={"relevant": True}),), format="atom10"),
], ids=["empty", "error", "one", "mixed", "a-dict-decision"])
@pytest.mark.parametrize("protocol", [2, pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL])
def test_outcomes_pickle_as_columns_and_come_back_the_same(outcome: ParseOutcome, protocol: int) -> None:
    back = pickle.loads(ForkingPickler.dumps(outcome, protocol))
    assert back == outcome
    for mine, theirs in zip(back.items, outcome.items):
        assert [getattr(mine, name) for name in NewItem.__dataclass_fields__] == [
            getattr(theirs, name) for name in NewItem.__dataclass_fields__]
        assert type(mine.decision) is type(theirs.decision)
