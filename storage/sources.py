"""Sources and their polling state. Every function takes a SQLAlchemy Engine or a
:class:`storage.dbapi.Database` and returns frozen records from :mod:`storage.records`.

Claiming due sources works the same on SQLite and PostgreSQL: candidates are selected (with
``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so instances do not queue behind each other), then
each is taken with a compare-and-set ``UPDATE … WHERE lease is free``; only rows whose update
succeeded are returned. A source is therefore polled by one instance at a time, and the lease
expires on its own if that instance dies.

The statements are plain SQL run through :func:`storage.dbapi.transaction`, the same text on
both databases: a ``monitor poll`` where every feed answers 304 sends nothing else, and then
never imports SQLAlchemy (see :mod:`storage.dbapi`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from storage.dbapi import Database, Statements, in_list, lease, transaction
from storage.schema import hold_start_lock
from storage.records import (
    PollRecord,
    SourceSpec,
    SourceState,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

_STATE_FIELDS = tuple(SourceState.__dataclass_fields__)
_STATE_COLUMNS = ", ".join(_STATE_FIELDS)
_TIMES = frozenset({"next_poll_at", "last_polled_at", "last_success_at", "lease_until"})
_FLAGS = frozenset({"enabled", "in_config", "dedup"})


def _state(row: Sequence[Any]) -> SourceState:
    return SourceState(*[v if convert is None else convert(v) for convert, v in zip(_CONVERTERS, row)])


# How each column of _STATE_COLUMNS is read (None: as it comes).
_CONVERTERS = tuple(Statements.read_time if f in _TIMES else bool if f in _FLAGS else None for f in _STATE_FIELDS)


def sync_sources(engine: Engine | Database, specs: Sequence[SourceSpec], now: datetime) -> None:
    """Make the ``sources`` table agree with the configuration.

    New sources are due at once; changed URLs drop their validators; sources that left the
    file are kept (their items stay) but marked ``in_config = false`` and no longer polled.

    Safe when several instances start together: the whole sync runs under the start-up lock
    (:func:`storage.db.lock_for_start`), so the instances take turns and each sees what the one
    before committed; and new rows go in with ``ON CONFLICT DO NOTHING``, so even a writer that
    took no lock cannot make the sync fail on a duplicate key.
    """
    by_id = {s.id: s for s in specs}
    compared = ("name", "url", "language", "interval_seconds", "enabled", "dedup", "fulltext", "in_config")
    with transaction(engine) as tx:
        hold_start_lock(tx.dialect, tx.rows)
        existing = {row[0]: dict(zip(compared, row[1:-1]), next_poll_at=Statements.read_time(row[-1]))
                    for row in tx.rows(f"SELECT id, {', '.join(compared)}, next_poll_at FROM sources")}
        new = [dict(id=spec.id, name=spec.name, url=spec.url, language=spec.language,
                    interval_seconds=spec.interval_seconds, enabled=spec.enabled, in_config=True,
                    dedup=spec.dedup, fulltext=spec.fulltext, next_poll_at=now, consecutive_failures=0,
                    created_at=now, updated_at=now) for spec in specs if spec.id not in existing]
        if new:
            names = list(new[0])
            tx.run(f"INSERT INTO sources ({', '.join(names)}) VALUES ({', '.join(':' + n for n in names)}) "
                   "ON CONFLICT (id) DO NOTHING", new)
        for spec in specs:
            row = existing.get(spec.id)
            if row is None:
                continue
            values: dict[str, Any] = {}
            if row["url"] != spec.url:
                values.update(etag=None, last_modified=None, next_poll_at=now, consecutive_failures=0)
            if row["interval_seconds"] != spec.interval_seconds and values.get(
                    "next_poll_at", row["next_poll_at"]) > now + timedelta(seconds=spec.interval_seconds):
                values["next_poll_at"] = now + timedelta(seconds=spec.interval_seconds)
            changes = dict(name=spec.name, url=spec.url, language=spec.language,
                           interval_seconds=spec.interval_seconds, enabled=spec.enabled,
                           dedup=spec.dedup, fulltext=spec.fulltext, in_config=True)
            if any(row[k] != v for k, v in changes.items()):
                values.update(changes, updated_at=now)
            if values:
                _update(tx, spec.id, values)
        for sid, row in existing.items():
            if sid not in by_id and row["in_config"]:
                _update(tx, sid, dict(in_config=False, updated_at=now))


def _update(tx: Statements, source_id: str, values: dict[str, Any]) -> None:
    tx.run(f"UPDATE sources SET {', '.join(f'{k} = :{k}' for k in values)} WHERE id = :id_",
           {**values, "id_": source_id})


def host_of(url: str) -> str:
    """The host a source's fetches count against (the fetcher's per-host limit)."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def claim_due_sources(engine: Engine | Database, owner: str, now: datetime, lease_seconds: float, *,
                      limit: int = 100, source_ids: Iterable[str] | None = None,
                      ignore_schedule: bool = False, per_host: int | None = None,
                      busy_hosts: Mapping[str, int] | None = None, exclude: Iterable[str] = ()) -> list[SourceState]:
    """Take up to ``limit`` due sources for ``owner`` until ``now + lease_seconds``.

    ``ignore_schedule`` (``monitor poll``) takes every enabled source whatever its
    ``next_poll_at``, but still never one that another instance holds.

    ``per_host``: take at most that many sources of one host, counting ``busy_hosts`` (the
    fetches the caller has under way per host), so that every source taken can start fetching
    at once; a source of a host that is full stays free for another instance or a later claim.

    ``exclude``: sources the caller is still polling. A poll can outlive its lease (a first parse
    held up for longer than the lease on a loaded machine); the source is then free and due, and
    the instance polling it must not take it again: its first poll's write, made under the same
    owner, would pass the stale-poll guard (``_STALE_GUARD``), give back the second claim's lease
    and set next_poll_at from the older start, and the source was fetched a third time at once
    (seen in tests/faults/test_fleet_postgres.py: two fetches 0.04 s apart). Another instance may
    take it; the first poll's write then finds the source held by another owner and leaves it.
    """
    conditions = ["enabled = :yes", "in_config = :yes"]
    params: dict[str, Any] = {"yes": True, "now": now}
    if not ignore_schedule:
        conditions.append("next_poll_at <= :now")
    if source_ids is not None:
        ids, named = in_list("sid", list(source_ids))
        if not named:
            return []
        conditions.append(f"id IN {ids}")
        params.update(named)
    if exclude := list(exclude):
        ids, named = in_list("xid", exclude)
        conditions.append(f"id NOT IN {ids}")
        params.update(named)
    scan, choose = limit, None
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
        scan = limit * 4 + sum((busy_hosts or {}).values()) + 16
    with transaction(engine) as tx:
        claimed = lease(tx, "sources", "id", " AND ".join(conditions), params, "next_poll_at, id", limit,
                        owner=owner, now=now, lease_seconds=lease_seconds, columns="url" if choose else "",
                        choose=choose, scan=scan)
        if not claimed:
            return []
        ids, named = in_list("c", claimed)
        return [_state(r) for r in tx.rows(f"SELECT {_STATE_COLUMNS} FROM sources WHERE id IN {ids} ORDER BY id",
                                           named)]


def release_sources(engine: Engine | Database, owner: str, source_ids: Iterable[str]) -> None:
    """Give back leases that were claimed but not polled (e.g. on shutdown)."""
    if not (source_ids := list(source_ids)):
        return
    ids, named = in_list("s", source_ids)
    with transaction(engine) as tx:
        tx.run(f"UPDATE sources SET lease_owner = NULL, lease_until = NULL WHERE id IN {ids} AND lease_owner = :owner",
               {**named, "owner": owner})


def list_sources(engine: Engine | Database) -> list[SourceState]:
    with transaction(engine) as tx:
        return [_state(r) for r in tx.rows(f"SELECT {_STATE_COLUMNS} FROM sources ORDER BY id")]


def record_quiet_polls(engine: Engine | Database, records: Sequence[PollRecord]) -> dict[str, list[int]]:
    """:func:`storage.polls.record_polls` for polls that brought no items (304s, errors): the
    sources' new state and the fetch log, in one transaction, without loading the ORM."""
    if any(rec.items for rec in records):
        raise ValueError("record_quiet_polls takes polls without items; use storage.polls.record_polls")
    with transaction(engine) as tx:
        write_poll_states(tx, records, {})
    return {rec.source_id: [] for rec in records}


# A poll's outcome is written only while it is still the source's latest news: a poll that
# outlived its lease (a first cycle held up for longer than the lease, a stalled process) finds
# the source taken over by another instance, which is fetching it or has written a later poll.
# Writing then would give back the other instance's lease, or set next_poll_at from the older
# start (already past), and a third instance would fetch the source again at once, within its
# interval. Its items and its fetch_log row are written all the same: nothing fetched is lost.
_STALE_GUARD = (" AND (lease_owner IS NULL OR lease_owner = :owner)"
                " AND (last_polled_at IS NULL OR last_polled_at <= :last_polled_at)")
_GUARDS = frozenset({"source", "owner"})


def write_poll_states(conn: Connection | Statements, records: Sequence[PollRecord], new_by_source: Mapping[str, list[int]]) -> None:
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
        if rec.lease_owner is not None:
            values["owner"] = rec.lease_owner
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
    with transaction(conn) as tx:
        for shape, group in by_shape.items():
            tx.run(f"UPDATE sources SET {', '.join(f'{k} = :{k}' for k in shape if k not in _GUARDS)} "
                   f"WHERE id = :source{_STALE_GUARD if 'owner' in shape else ''}", group)
        if logs:
            names = list(logs[0])
            tx.run(f"INSERT INTO fetch_log ({', '.join(names)}) VALUES ({', '.join(':' + n for n in names)})", logs)
