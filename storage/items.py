"""Stored items: read, list, delete (tombstones), and classifier decisions replayed."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable, Sequence
from datetime import datetime, timezone

from sqlalchemy import (
    Engine,
    and_,
    case,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from storage.models import Item, Sighting, Story
from storage.sql import chunks
from storage.item_records import StoredItem

_ITEM_FIELDS = tuple(f for f in StoredItem.__dataclass_fields__ if f != "sources")


def stored_item(row: Item) -> StoredItem:
    return StoredItem(**{f: getattr(row, f) for f in _ITEM_FIELDS})


def get_items(engine: Engine, ids: Sequence[int]) -> list[StoredItem]:
    """Items by id, tombstones included (a caller holding an id may need to see it was deleted)."""
    if not ids:
        return []
    with Session(engine) as session:
        rows = session.scalars(select(Item).where(Item.id.in_(list(ids))).order_by(Item.id))
        return [stored_item(r) for r in rows]


# ``list_items`` for a source: a source with fewer sightings than SOURCE_SMALL has its items
# read and sorted; a larger one has the newest SOURCE_WALK items checked one by one first.
SOURCE_SMALL = 2_000
SOURCE_WALK = 5_000


def list_items(engine: Engine, *, since: datetime | None = None, source_ids: Sequence[str] = (),
               relevant: bool | None = None, limit: int = 100) -> list[StoredItem]:
    """Live items, newest first by publication time.

    ``source_ids`` lists the items these sources carried, first or not (their sightings). A
    source that carried fewer than ``SOURCE_SMALL`` items has them read and sorted (counting to
    that bound is a short walk in ``uq_sightings_source_key``). For a larger one the newest
    ``SOURCE_WALK`` items are checked one by one first, newest first, until the page is full
    (the publication-time index, one probe of ``ix_sightings_item`` each): an outlet carrying
    one item in 100 or more fills the page there, in the same time at a million items as at a
    thousand; only when that finds too few are all its items read. Every path gives the same page (``bench/bench_scale.py`` measures them).
    """
    conditions = [Item.deleted_at.is_(None)]
    if since is not None:
        conditions.append(Item.published_at >= since)
    if relevant is not None:  # "=", not "IS": PostgreSQL uses an index only for "=" on a nullable column
        conditions.append(Item.relevant == relevant)
    order = (Item.published_at.desc(), Item.id.desc())
    with Session(engine) as session:
        if source_ids:
            sources_ = list(source_ids)
            theirs = select(Sighting.item_id).where(Sighting.source_id.in_(sources_))
            small = session.scalar(select(func.count()).select_from(  # Sighting.id: the index covers it
                select(Sighting.id).where(Sighting.source_id.in_(sources_)).limit(SOURCE_SMALL).subquery()))
            found: list[int] | None = None
            if small >= SOURCE_SMALL:
                found = _newest_carried(session, conditions, sources_, limit)
            conditions = [Item.id.in_(found)] if found is not None else [*conditions, Item.id.in_(theirs)]
        rows = list(session.scalars(select(Item).where(*conditions).order_by(*order).limit(limit)))
        sources: dict[int, list[str]] = {}
        for item_id, source_id in session.execute(
                select(Sighting.item_id, Sighting.source_id).where(Sighting.item_id.in_([r.id for r in rows]))
                .order_by(Sighting.seen_at, Sighting.id)):
            sources.setdefault(item_id, []).append(source_id)
        return [dataclasses.replace(stored_item(r), sources=tuple(dict.fromkeys(sources.get(r.id, [r.source_id]))))
                for r in rows]


def _newest_carried(session: Session, conditions: list, sources: list[str],  # type: ignore[type-arg]
                    limit: int) -> list[int] | None:
    """The ``limit`` newest items meeting ``conditions`` that ``sources`` carried, found among the
    newest ``SOURCE_WALK`` stored items; None when fewer are there (then they are not the page).

    The walk goes down the publication-time index and stops at the ``limit``-th match, so an
    outlet carrying a good share costs a few hundred probes; the bound (the walk's last item,
    read from the index alone) keeps a sparse one from walking further.
    """
    walk = max(SOURCE_WALK, 20 * limit)
    bound = session.execute(select(Item.published_at, Item.id).order_by(Item.published_at.desc(), Item.id.desc())
                            .offset(walk - 1).limit(1)).first()
    # OFFSET 0: PostgreSQL would hash all the sources' sightings instead of probing the walked
    # items' (145,000 rows read for the largest outlet at a million items).
    carried = select(Sighting.id).where(Sighting.item_id == Item.id, Sighting.source_id.in_(sources)).offset(0)
    query = select(Item.id).where(*conditions, carried.exists())
    if bound is not None:  # the implied published_at >= lets SQLite range-scan (it cannot an OR)
        query = query.where(Item.published_at >= bound.published_at, or_(
            Item.published_at > bound.published_at, and_(Item.published_at == bound.published_at, Item.id >= bound.id)))
    found = list(session.scalars(query.order_by(Item.published_at.desc(), Item.id.desc()).limit(limit)))
    return found if len(found) == limit or bound is None else None


def delete_item(engine: Engine, item_id: int, now: datetime) -> bool:
    """Make an item a tombstone: hidden everywhere, its text dropped, and never stored again
    (its sightings stay, so the feeds that carry it find it seen). False if there is no such
    live item."""
    with Session(engine) as session, session.begin():
        story_id = session.scalar(
            update(Item).where(Item.id == item_id, Item.deleted_at.is_(None))
            .values(deleted_at=now, summary="", content=None, decision=None, signature=None)
            .returning(Item.story_id).execution_options(synchronize_session=False))
        if story_id is None:
            return session.scalar(select(Item.id).where(Item.id == item_id, Item.deleted_at.is_(None))) is not None
        refresh_stories(session, [story_id], now)
        return True


def count_items(engine: Engine) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(Item).where(Item.deleted_at.is_(None))) or 0


def iter_items_for_classification(engine: Engine, *, batch: int = 500,
                                  since: datetime | None = None) -> Iterable[list[StoredItem]]:
    """Stored items in id order, in batches (keyset pagination: constant memory, no OFFSET scans)."""
    last = 0
    while True:
        query = select(Item).where(Item.id > last, Item.deleted_at.is_(None))
        if since is not None:
            query = query.where(Item.published_at >= since)
        query = query.order_by(Item.id).limit(batch)
        with Session(engine) as session:
            rows = [stored_item(r) for r in session.scalars(query)]
        if not rows:
            return
        yield rows
        last = rows[-1].id


def update_decisions(engine: Engine, decisions: Sequence[tuple[int, dict]], now: datetime | None = None) -> None:
    """Store new classifier decisions: ``(item id, decision dict with relevant/score/rules_version)``;
    the stories of those items follow (see :func:`refresh_stories`)."""
    if not decisions:
        return
    with Session(engine) as session, session.begin():
        stories: set[int] = set()
        for item_id, d in decisions:
            sid = session.scalar(update(Item).where(Item.id == item_id).values(
                relevant=d.get("relevant"), score=d.get("score"), decision=d,
                rules_version=d.get("rules_version")).returning(Item.story_id)
                .execution_options(synchronize_session=False))
            if sid is not None:
                stories.add(sid)
        refresh_stories(session, sorted(stories), now or datetime.now(timezone.utc))


def refresh_stories(session: Session, story_ids: Collection[int], now: datetime) -> None:
    """Recompute relevance, score and representative of stories from their live items.

    A story that becomes relevant here (rules changed, an item was edited) gets ``relevant_since``
    = its first sighting, not ``now``: it is relevant retroactively and does not count as news.
    """
    for sid in story_ids:
        live = session.execute(
            select(Item.id, Item.title, Item.url, Item.relevant, Item.score)
            .where(Item.story_id == sid, Item.deleted_at.is_(None)).order_by(Item.id)).all()
        if not live:
            session.execute(update(Story).where(Story.id == sid).values(relevant=False)
                            .execution_options(synchronize_session=False))
            continue
        relevant = any(r.relevant for r in live)
        scores = [r.score for r in live if r.score is not None]
        session.execute(update(Story).where(Story.id == sid).values(
            title=live[0].title, url=live[0].url, relevant=relevant,
            score=max(scores) if scores else None,
            relevant_since=case((and_(Story.relevant_since.is_(None), relevant), Story.first_seen_at),
                                else_=Story.relevant_since)).execution_options(synchronize_session=False))


def created_counts(engine: Engine, item_ids: Sequence[int]) -> tuple[int, int, int]:
    """``(items, relevant items, stories started)`` among items just inserted: a story was started
    by one of them when it is the story's first item (for the service's metrics)."""
    items = relevant = stories = 0
    with Session(engine) as session:
        for chunk in chunks(list(item_ids)):
            n, r = session.execute(select(func.count(), func.count(case((Item.relevant.is_(True), 1))))
                                   .where(Item.id.in_(chunk))).one()
            firsts = select(func.min(Item.id).label("first")).where(
                Item.story_id.in_(select(Item.story_id).where(Item.id.in_(chunk)))
            ).group_by(Item.story_id).subquery()
            s = session.scalar(select(func.count()).select_from(firsts).where(firsts.c.first.in_(chunk)))
            items, relevant, stories = items + int(n), relevant + int(r), stories + int(s or 0)
    return items, relevant, stories
