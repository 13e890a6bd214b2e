"""Put stories straight into the database (sources, items, sightings, stories), for tests of
the notification side that do not need a poll. Rows look like the poller's: a decision as the
classifier stores it, ``relevant_since`` set when the story became relevant."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, insert, select

from storage.models import Item, Sighting, Source, Story

T0 = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)


def decision(*, countries: tuple[str, ...] = ("CN", "KZ"), topics: tuple[str, ...] = ("joint_lab",),
             score: float = 5.0, relevant: bool = True) -> dict[str, Any]:
    return {"relevant": relevant, "score": score, "countries": list(countries),
            "topics": list(topics), "rules_version": "test",
            "matches": [{"term": "Chinese", "concept": "china", "field": "title", "offset": 0,
                         "count": 1},
                        {"term": "joint laboratory", "concept": "joint_lab", "field": "title",
                         "offset": 20, "count": 1}]}


def add_source(engine: Engine, source_id: str = "wire", name: str = "Example Wire") -> str:
    with engine.begin() as conn:
        if conn.execute(select(Source.id).where(Source.id == source_id)).first() is None:
            conn.execute(insert(Source).values(
                id=source_id, name=name, url=f"https://{source_id}.example.org/feed",
                language="en", interval_seconds=1800, enabled=True, in_config=True, dedup=True,
                next_poll_at=T0, consecutive_failures=0, created_at=T0, updated_at=T0))
    return source_id


def add_story(engine: Engine, title: str, *, relevant_since: datetime | None = T0,
              source_id: str = "wire", language: str = "en", url: str | None = None,
              **decided: Any) -> int:
    """One story with one item and one sighting; ``relevant_since=None`` for an irrelevant one."""
    add_source(engine, source_id)
    relevant = relevant_since is not None
    made = decision(relevant=relevant, **decided)
    url = url or f"https://{source_id}.example.org/news/{abs(hash(title)) % 10**8}"
    seen = relevant_since or T0
    with engine.begin() as conn:
        story_id = conn.execute(insert(Story).values(
            title=title, url=url, language=language, published_at=seen - timedelta(hours=1),
            first_seen_at=seen, last_seen_at=seen, relevant=relevant,
            relevant_since=relevant_since, score=made["score"]).returning(Story.id)).scalar_one()
        item_id = conn.execute(insert(Item).values(
            source_id=source_id, item_key=f"k{story_id}", guid=None, url=url, title=title,
            summary=f"Summary of {title}.", language=language,
            published_at=seen - timedelta(hours=1), fetched_at=seen, content_hash="x" * 64,
            relevant=relevant, score=made["score"], decision=made, rules_version="test",
            story_id=story_id, canonical_url=url).returning(Item.id)).scalar_one()
        conn.execute(insert(Sighting).values(item_id=item_id, source_id=source_id,
                                             item_key=f"k{story_id}", url=url, seen_at=seen))
    return story_id
