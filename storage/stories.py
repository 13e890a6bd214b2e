"""Stories: list and read them with their live items and sightings; recompute them from their items."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import (
    Engine,
    select,
)
from sqlalchemy.orm import Session

from storage.items import stored_item
from storage.models import Item, Sighting, Story
from storage.item_records import Sighting as SightingRecord
from storage.item_records import StoredItem, StoredStory
from storage.sql import chunks


def _stories_query(*, since: datetime | None, relevant: bool | None):  # type: ignore[no-untyped-def]
    live = select(Item.id).where(Item.story_id == Story.id, Item.deleted_at.is_(None)).exists()
    query = select(Story.id).where(live)
    if since is not None:
        query = query.where(Story.published_at >= since)
    if relevant is not None:
        query = query.where(Story.relevant.is_(relevant))
    return query


def list_stories(engine: Engine, *, since: datetime | None = None, relevant: bool | None = None,
                 limit: int = 100) -> list[StoredStory]:
    """Stories with at least one live item, newest first by the representative's publication time."""
    query = _stories_query(since=since, relevant=relevant).order_by(
        Story.published_at.desc(), Story.id.desc()).limit(limit)
    with Session(engine) as session:
        ids = list(session.scalars(query))
    by_id = {s.id: s for s in get_stories(engine, ids)}
    return [by_id[i] for i in ids if i in by_id]


def get_stories(engine: Engine, ids: Sequence[int]) -> list[StoredStory]:
    """Stories by id (in id order) with their live items (representative first) and sightings."""
    if not ids:
        return []
    items: dict[int, list[StoredItem]] = {}
    sightings: dict[int, list[SightingRecord]] = {}
    with Session(engine) as session:
        stories = list(session.scalars(select(Story).where(Story.id.in_(list(ids))).order_by(Story.id)))
        for chunk in chunks([s.id for s in stories]):
            for row in session.scalars(select(Item).where(Item.story_id.in_(chunk), Item.deleted_at.is_(None))
                                       .order_by(Item.id)):
                items.setdefault(row.story_id, []).append(stored_item(row))  # type: ignore[arg-type]
            for sid, sg in session.execute(
                    select(Item.story_id, Sighting).join(Item, Item.id == Sighting.item_id)
                    .where(Item.story_id.in_(chunk), Item.deleted_at.is_(None))
                    .order_by(Sighting.seen_at, Sighting.id)).tuples():
                sightings.setdefault(sid, []).append(SightingRecord(
                    item_id=sg.item_id, source_id=sg.source_id, url=sg.url, guid=sg.guid, seen_at=sg.seen_at))
    return [StoredStory(
        id=s.id, title=s.title, url=s.url, language=s.language, published_at=s.published_at,
        first_seen_at=s.first_seen_at, last_seen_at=s.last_seen_at, relevant=s.relevant,
        relevant_since=s.relevant_since, score=s.score, items=tuple(items.get(s.id, ())),
        sightings=tuple(sightings.get(s.id, ()))) for s in stories]
