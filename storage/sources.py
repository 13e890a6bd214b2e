"""Sources and their polling state. Every function takes an Engine and returns frozen records
from :mod:`storage.records`.

Claiming due sources works the same on SQLite and PostgreSQL: candidates are selected (with
``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so instances do not queue behind each other), then
each is taken with a compare-and-set ``UPDATE … WHERE lease is free``; only rows whose update
succeeded are returned. A source is therefore polled by one instance at a time, and the lease
expires on its own if that instance dies.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import (
    Connection,
    Engine,
    bindparam,
    insert,
    select,
    update,
)

from storage.records import (
    PollRecord,
    SourceSpec,
    SourceState,
)
from storage.db import lock_for_start
from storage.sql import chunks, insert_ignoring, lease_rows
from storage.tables import fetch_log
from storage.tables import sources as Source  # Core: a warm poll never loads the ORM (storage/tables.py)

_STATE_FIELDS = tuple(SourceState.__dataclass_fields__)


def _state(row: Any) -> SourceState:
    return SourceState(**{f: getattr(row, f) for f in _STATE_FIELDS})


def sync_sources(engine: Engine, specs: Sequence[SourceSpec], now: datetime) -> None:
    """Make the ``sources`` table agree with the configuration.

    New sources are due at once; changed URLs drop their validators; sources that left the
    file are kept (their items stay) but marked ``in_config = false`` and no longer polled.

    Safe when several instances start together: the whole sync runs under the start-up lock
    (:func:`storage.db.lock_for_start`), so the instances take turns and each sees what the one
    before committed; and new rows go in with ``ON CONFLICT DO NOTHING``, so even a writer that
    took no lock cannot make the sync fail on a duplicate key.
    """
    by_id = {s.id: s for s in specs}
    c = Source.c
    with engine.begin() as conn:
        lock_for_start(conn)
        existing = {row.id: row for row in conn.execute(select(Source))}
        new = [dict(id=spec.id, name=spec.name, url=spec.url, language=spec.language,
                    interval_seconds=spec.interval_seconds, enabled=spec.enabled, in_config=True,
                    dedup=spec.dedup, fulltext=spec.fulltext, next_poll_at=now, consecutive_failures=0,
                    created_at=now, updated_at=now) for spec in specs if spec.id not in existing]
        for chunk in chunks(new):
            conn.execute(insert_ignoring(engine)(Source).on_conflict_do_nothing(
                index_elements=["id"]), list(chunk))
        for spec in specs:
            row = existing.get(spec.id)
            if row is None:
                continue
            values: dict[str, Any] = {}
            if row.url != spec.url:
                values.update(etag=None, last_modified=None, next_poll_at=now, consecutive_failures=0)
            if row.interval_seconds != spec.interval_seconds and values.get(
                    "next_poll_at", row.next_poll_at) > now + timedelta(seconds=spec.interval_seconds):
                values["next_poll_at"] = now + timedelta(seconds=spec.interval_seconds)
            changes = dict(name=spec.name, url=spec.url, language=spec.language,
                           interval_seconds=spec.interval_seconds, enabled=spec.enabled,
                           dedup=spec.dedup, fulltext=spec.fulltext, in_config=True)
            if any(getattr(row, k) != v for k, v in changes.items()):
                values.update(changes, updated_at=now)
            if values:
                conn.execute(update(Source).where(c.id == spec.id).values(**values))
        for sid, row in existing.items():
            if sid not in by_id and row.in_config:
                conn.execute(update(Source).where(c.id == sid).values(in_config=False, updated_at=now))


def host_of(url: str) -> str:
    """The host a source's fetches count against (the fetcher's per-host limit)."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def claim_due_sources(engine: Engine, owner: str, now: datetime, lease_seconds: float, *,
                      limit: int = 100, source_ids: Iterable[str] | None = None,
                      ignore_schedule: bool = False, per_host: int | None = None,
                      busy_hosts: Mapping[str, int] | None = None) -> list[SourceState]:
    """Take up to ``limit`` due sources for ``owner`` until ``now + lease_seconds``.

    ``ignore_schedule`` (``monitor poll``) takes every enabled source whatever its
    ``next_poll_at``, but still never one that another instance holds.

    ``per_host``: take at most that many sources of one host, counting ``busy_hosts`` (the
    fetches the caller has under way per host), so that every source taken can start fetching
    at once; a source of a host that is full stays free for another instance or a later claim.
    """
    c = Source.c
    conditions = [c.enabled.is_(True), c.in_config.is_(True)]
    if not ignore_schedule:
        conditions.append(c.next_poll_at <= now)
    if source_ids is not None:
        conditions.append(c.id.in_(list(source_ids)))
    pick = None
    if per_host is not None:
        def choose(rows: Sequence[Any]) -> list[str]:
            counts = Counter(busy_hosts or {})
            chosen = []
            for sid, url in rows:
                host = host_of(url)
                if counts[host] < per_host:
                    counts[host] += 1
                    chosen.append(sid)
            return chosen

        # A few hosts with many due sources (news.google.com searches) must not hide the rest.
        pick = ((c.url,), choose, limit * 4 + sum((busy_hosts or {}).values()) + 16)
    with engine.begin() as conn:
        claimed = lease_rows(conn, Source, conditions, (c.next_poll_at, c.id), limit,
                             owner=owner, now=now, lease_seconds=lease_seconds, pick=pick)
        rows = conn.execute(select(Source).where(c.id.in_(claimed)).order_by(c.id)).all()
        return [_state(r) for r in rows]


def release_sources(engine: Engine, owner: str, source_ids: Iterable[str]) -> None:
    """Give back leases that were claimed but not polled (e.g. on shutdown)."""
    ids = list(source_ids)
    if not ids:
        return
    with engine.begin() as conn:
        conn.execute(update(Source).where(Source.c.id.in_(ids), Source.c.lease_owner == owner)
                     .values(lease_owner=None, lease_until=None))


def list_sources(engine: Engine) -> list[SourceState]:
    with engine.connect() as conn:
        return [_state(r) for r in conn.execute(select(Source).order_by(Source.c.id))]


def record_quiet_polls(engine: Engine, records: Sequence[PollRecord]) -> dict[str, list[int]]:
    """:func:`storage.polls.record_polls` for polls that brought no items (304s, errors): the
    sources' new state and the fetch log, in one transaction, without loading the ORM."""
    if any(rec.items for rec in records):
        raise ValueError("record_quiet_polls takes polls without items; use storage.polls.record_polls")
    with engine.begin() as conn:
        write_poll_states(conn, records, {})
    return {rec.source_id: [] for rec in records}


def write_poll_states(conn: Connection, records: Sequence[PollRecord], new_by_source: Mapping[str, list[int]]) -> None:
    """Each polled source's new state (next poll, failures, validators, the lease given back)
    and its ``fetch_log`` row, as bulk statements (executemany) grouped by the columns each
    record sets. ``new_by_source``: the ids of the items each source's poll inserted."""
    states: list[dict[str, object]] = []
    logs: list[dict[str, object]] = []
    for rec in records:
        values: dict[str, object] = dict(
            source=rec.source_id, next_poll_at=rec.next_poll_at, consecutive_failures=rec.consecutive_failures,
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
                         new_items=len(new_by_source.get(rec.source_id, ())), bytes=rec.bytes, error=rec.error))
    by_shape: dict[tuple[str, ...], list[dict[str, object]]] = {}
    for values in states:
        by_shape.setdefault(tuple(sorted(values)), []).append(values)
    for group in by_shape.values():
        conn.execute(update(Source).where(Source.c.id == bindparam("source")), group)
    if logs:
        conn.execute(insert(fetch_log), logs)
