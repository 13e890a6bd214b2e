"""Items cross from the parse workers to the writer pickled: what arrives is what was sent."""

from __future__ import annotations

import pickle
from datetime import datetime, timezone

import pytest

from storage.item_records import EncodedJSON, NewEnrichment, NewItem

T0 = datetime(2026, 12, 6, 8, 0, tzinfo=timezone.utc)
ITEMS = {
    "defaults": NewItem(item_key="k", title="t", summary="s", published_at=T0, fetched_at=T0, content_hash="h"),
    "every-field": NewItem(
        item_key="k" * 64, title="Китай и Казахстан", summary="Сотрудничество " * 100, published_at=T0,
        fetched_at=datetime(2026, 12, 6, 9, 30, 1, 5, tzinfo=timezone.utc), content_hash="h" * 64,
        guid="g-1", url="https://kz.example/1", content="full text", author="A. Author", language="ru",
        relevant=True, score=0.75, decision=EncodedJSON('{"relevant":true}'), rules_version="2026.12.3",
        canonical_url="https://kz.example/1", signature=bytes(range(256)), index_keys=b"\x00\x01\x02\x03",
        enrich=NewEnrichment(link="https://kz.example/1", source_href="https://kz.example/",
                             hint_html="<p>x</p>", headline_only=True)),
    "dict-decision": NewItem(item_key="k", title="t", summary="", published_at=T0, fetched_at=T0, content_hash="h",
                             relevant=False, score=0.0, decision={"relevant": False, "matches": []}),
}


@pytest.mark.parametrize("protocol", [2, pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL])
@pytest.mark.parametrize("item", ITEMS.values(), ids=ITEMS.keys())
def test_a_new_item_survives_pickling(item: NewItem, protocol: int) -> None:
    back = pickle.loads(pickle.dumps(item, protocol))
    assert back == item
    assert type(back.decision) is type(item.decision)  # EncodedJSON stays encoded
    with pytest.raises(AttributeError):  # still frozen
        back.title = "changed"  # type: ignore[misc]


def test_an_enrichment_candidate_survives_pickling() -> None:
    candidate = NewEnrichment(link="https://news.google.com/rss/articles/x", headline_only=True)
    assert pickle.loads(pickle.dumps(candidate)) == candidate
