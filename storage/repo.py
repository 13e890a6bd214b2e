"""Queries. Every function takes an Engine and returns frozen records from :mod:`storage.records`.

Claiming due sources works the same on SQLite and PostgreSQL: candidates are selected (with
``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so instances do not queue behind each other), then
each is taken with a compare-and-set ``UPDATE … WHERE lease is free``; only rows whose update
succeeded are returned. A source is therefore polled by one instance at a time, and the lease
expires on its own if that instance dies.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from sqlalchemy import Engine, and_, delete, func, or_, select, update
from sqlalchemy import insert as sqlalchemy_insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from storage.models import FetchLog, Item, Source
from storage.records import NewItem, PollRecord, SourceSpec, SourceState, StoredItem

_STATE_FIELDS = tuple(SourceState.__dataclass_fields__)
_NEW_ITEM_FIELDS = tuple(NewItem.__dataclass_fields__)


def _shallow(item: NewItem) -> dict[str, object]:
    """The item's fields as a dict (``dataclasses.asdict`` would deep-copy each decision)."""
    return {f: getattr(item, f) for f in _NEW_ITEM_FIELDS}
_ITEM_FIELDS = tuple(StoredItem.__dataclass_fields__)


def _state(row: Source) -> SourceState:
    return SourceState(**{f: getattr(row, f) for f in _STATE_FIELDS})


def sync_sources(engine: Engine, specs: Sequence[SourceSpec], now: datetime) -> None:
    """Make the ``sources`` table agree with the configuration.

    New sources are due at once; changed URLs drop their validators; sources that left the
    file are kept (their items stay) but marked ``in_config = false`` and no longer polled.
    """
    by_id = {s.id: s for s in specs}
    with Session(engine) as session, session.begin():
        existing = {row.id: row for row in session.scalars(select(Source))}
        for spec in specs:
            row = existing.get(spec.id)
            if row is None:
                session.add(Source(
                    id=spec.id, name=spec.name, url=spec.url, language=spec.language,
                    interval_seconds=spec.interval_seconds, enabled=spec.enabled, in_config=True,
                    dedup=spec.dedup, next_poll_at=now, consecutive_failures=0,
                    created_at=now, updated_at=now))
                continue
            if row.url != spec.url:
                row.etag = row.last_modified = None
                row.next_poll_at = now
                row.consecutive_failures = 0
            if row.interval_seconds != spec.interval_seconds and row.next_poll_at > now + timedelta(
                    seconds=spec.interval_seconds):
                row.next_poll_at = now + timedelta(seconds=spec.interval_seconds)
            changes = dict(name=spec.name, url=spec.url, language=spec.language,
                           interval_seconds=spec.interval_seconds, enabled=spec.enabled,
                           dedup=spec.dedup, in_config=True)
            if any(getattr(row, k) != v for k, v in changes.items()):
                for k, v in changes.items():
                    setattr(row, k, v)
                row.updated_at = now
        for sid, row in existing.items():
            if sid not in by_id and row.in_config:
                row.in_config = False
                row.updated_at = now


def claim_due_sources(engine: Engine, owner: str, now: datetime, lease_seconds: float, *,
                      limit: int = 100, source_ids: Iterable[str] | None = None,
                      ignore_schedule: bool = False) -> list[SourceState]:
    """Take up to ``limit`` due sources for ``owner`` until ``now + lease_seconds``.

    ``ignore_schedule`` (``monitor poll``) takes every enabled source whatever its
    ``next_poll_at``, but still never one that another instance holds.
    """
    until = now + timedelta(seconds=lease_seconds)
    lease_free = or_(Source.lease_until.is_(None), Source.lease_until < now)
    conditions = [Source.enabled.is_(True), Source.in_config.is_(True), lease_free]
    if not ignore_schedule:
        conditions.append(Source.next_poll_at <= now)
    ids = list(source_ids) if source_ids is not None else None
    if ids is not None:
        conditions.append(Source.id.in_(ids))
    query = select(Source.id).where(and_(*conditions)).order_by(Source.next_poll_at, Source.id).limit(limit)
    with Session(engine) as session, session.begin():
        if engine.dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        candidates = list(session.scalars(query))
        if not candidates:
            return []
        # One compare-and-set for all candidates: only rows whose lease is still free are taken.
        claimed = list(session.scalars(
            update(Source).where(Source.id.in_(candidates), lease_free)
            .values(lease_owner=owner, lease_until=until)
            .returning(Source.id).execution_options(synchronize_session=False)))
        rows = session.scalars(select(Source).where(Source.id.in_(claimed)).order_by(Source.id)).all()
        return [_state(r) for r in rows]


def release_sources(engine: Engine, owner: str, source_ids: Iterable[str]) -> None:
    """Give back leases that were claimed but not polled (e.g. on shutdown)."""
    ids = list(source_ids)
    if not ids:
        return
    with engine.begin() as conn:
        conn.execute(update(Source).where(Source.id.in_(ids), Source.lease_owner == owner)
                     .values(lease_owner=None, lease_until=None))


def _insert_ignore(engine: Engine):  # type: ignore[no-untyped-def]
    return postgresql.insert if engine.dialect.name == "postgresql" else sqlite.insert


def record_polls(engine: Engine, records: Sequence[PollRecord]) -> dict[str, list[int]]:
    """Write several polls in one transaction: new items, source state, fetch log; release leases.

    Returns, per source, the ids of the items this call inserted (an item already stored is
    not returned again, so later stages see each item once).
    """
    inserted: dict[str, list[int]] = {}
    insert = _insert_ignore(engine)
    states: list[dict[str, object]] = []
    logs: list[dict[str, object]] = []
    with Session(engine) as session, session.begin():
        for rec in records:
            new_ids: list[int] = []
            if rec.items:
                unique = {it.item_key: it for it in rec.items}
                existing = set(session.scalars(select(Item.item_key).where(
                    Item.source_id == rec.source_id, Item.item_key.in_(list(unique)))))
                rows = [dict(_shallow(it), source_id=rec.source_id)
                        for key, it in unique.items() if key not in existing]
                if rows:
                    stmt = insert(Item).on_conflict_do_nothing(
                        index_elements=["source_id", "item_key"]).returning(Item.id)
                    new_ids = sorted(session.scalars(stmt, rows).all())
            inserted[rec.source_id] = new_ids
            values: dict[str, object] = dict(
                id=rec.source_id, next_poll_at=rec.next_poll_at, consecutive_failures=rec.consecutive_failures,
                last_status=rec.status, last_http_status=rec.http_status, last_error=rec.error,
                last_polled_at=rec.started_at, lease_owner=None, lease_until=None)
            if rec.status != "error":
                values["last_success_at"] = rec.started_at
                values["last_error"] = None
            if rec.status == "ok":
                values["etag"] = rec.etag
                values["last_modified"] = rec.last_modified
            states.append(values)
            logs.append(dict(source_id=rec.source_id, started_at=rec.started_at,
                             duration_ms=rec.duration_ms, status=rec.status, http_status=rec.http_status,
                             new_items=len(new_ids), bytes=rec.bytes, error=rec.error))
        # Bulk statements (executemany), grouped by the columns each record sets.
        by_shape: dict[tuple[str, ...], list[dict[str, object]]] = {}
        for values in states:
            by_shape.setdefault(tuple(sorted(values)), []).append(values)
        for group in by_shape.values():
            session.execute(update(Source), group)
        if logs:
            session.execute(sqlalchemy_insert(FetchLog), logs)
    return inserted


def list_sources(engine: Engine) -> list[SourceState]:
    with Session(engine) as session:
        return [_state(r) for r in session.scalars(select(Source).order_by(Source.id))]


def get_items(engine: Engine, ids: Sequence[int]) -> list[StoredItem]:
    if not ids:
        return []
    with Session(engine) as session:
        rows = session.scalars(select(Item).where(Item.id.in_(list(ids))).order_by(Item.id))
        return [StoredItem(**{f: getattr(r, f) for f in _ITEM_FIELDS}) for r in rows]


def list_items(engine: Engine, *, since: datetime | None = None, source_ids: Sequence[str] = (),
               relevant: bool | None = None, limit: int = 100) -> list[StoredItem]:
    """Newest first by publication time."""
    query = select(Item)
    if since is not None:
        query = query.where(Item.published_at >= since)
    if source_ids:
        query = query.where(Item.source_id.in_(list(source_ids)))
    if relevant is not None:
        query = query.where(Item.relevant.is_(relevant))
    query = query.order_by(Item.published_at.desc(), Item.id.desc()).limit(limit)
    with Session(engine) as session:
        return [StoredItem(**{f: getattr(r, f) for f in _ITEM_FIELDS}) for r in session.scalars(query)]


def count_items(engine: Engine) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(Item)) or 0


def prune_fetch_log(engine: Engine, older_than: datetime) -> int:
    with engine.begin() as conn:
        return conn.execute(delete(FetchLog).where(FetchLog.started_at < older_than)).rowcount or 0


def iter_items_for_classification(engine: Engine, *, batch: int = 500,
                                  since: datetime | None = None) -> Iterable[list[StoredItem]]:
    """Stored items in id order, in batches (keyset pagination: constant memory, no OFFSET scans)."""
    last = 0
    while True:
        query = select(Item).where(Item.id > last)
        if since is not None:
            query = query.where(Item.published_at >= since)
        query = query.order_by(Item.id).limit(batch)
        with Session(engine) as session:
            rows = [StoredItem(**{f: getattr(r, f) for f in _ITEM_FIELDS}) for r in session.scalars(query)]
        if not rows:
            return
        yield rows
        last = rows[-1].id


def update_decisions(engine: Engine, decisions: Sequence[tuple[int, dict]]) -> None:
    """Store new classifier decisions: ``(item id, decision dict with relevant/score/rules_version)``."""
    if not decisions:
        return
    with Session(engine) as session, session.begin():
        for item_id, d in decisions:
            session.execute(update(Item).where(Item.id == item_id).values(
                relevant=d.get("relevant"), score=d.get("score"), decision=d,
                rules_version=d.get("rules_version")).execution_options(synchronize_session=False))
