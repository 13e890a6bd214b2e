"""Queries. Every function takes an Engine and returns frozen records from :mod:`storage.records`.

Claiming due sources works the same on SQLite and PostgreSQL: candidates are selected (with
``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so instances do not queue behind each other), then
each is taken with a compare-and-set ``UPDATE … WHERE lease is free``; only rows whose update
succeeded are returned. A source is therefore polled by one instance at a time, and the lease
expires on its own if that instance dies.
"""

from __future__ import annotations

import dataclasses
import operator
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, TypeVar

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Engine,
    Float,
    Integer,
    Table,
    and_,
    bindparam,
    case,
    cast,
    delete,
    func,
    or_,
    select,
    text,
    update,
)
from sqlalchemy import insert as sqlalchemy_insert
from sqlalchemy.orm import Session

from storage.db import json_serializer
from storage.models import FetchLog, Item, Sighting, Source, Story, UTCDateTime
from storage.records import (
    NewItem,
    PollRecord,
    SourceSpec,
    SourceState,
    StoredItem,
    StoredStory,
    StoryAssigner,
)
from storage.records import Sighting as SightingRecord

_T = TypeVar("_T")

_STATE_FIELDS = tuple(SourceState.__dataclass_fields__)
_NEW_ITEM_FIELDS = tuple(f for f in NewItem.__dataclass_fields__ if f != "index_keys")  # the stored ones
_ITEM_FIELDS = tuple(f for f in StoredItem.__dataclass_fields__ if f != "sources")


_NEW_ITEM_VALUES = operator.attrgetter(*_NEW_ITEM_FIELDS)


def _shallow(item: NewItem) -> dict[str, object]:
    """The item's fields as a dict (``dataclasses.asdict`` would deep-copy each decision)."""
    return dict(zip(_NEW_ITEM_FIELDS, _NEW_ITEM_VALUES(item)))


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
    conditions = [Source.enabled.is_(True), Source.in_config.is_(True)]
    if not ignore_schedule:
        conditions.append(Source.next_poll_at <= now)
    if source_ids is not None:
        conditions.append(Source.id.in_(list(source_ids)))
    with Session(engine) as session, session.begin():
        claimed = lease_rows(session, Source, conditions, (Source.next_poll_at, Source.id), limit,
                             owner=owner, now=now, lease_seconds=lease_seconds)
        rows = session.scalars(select(Source).where(Source.id.in_(claimed)).order_by(Source.id)).all()
        return [_state(r) for r in rows]


def lease_rows(session: Session, model: Any, conditions: Sequence[Any], order_by: Sequence[Any], limit: int, *,
               owner: str, now: datetime, lease_seconds: float) -> list[Any]:
    """Lease up to ``limit`` rows of ``model`` (which has ``lease_owner`` and ``lease_until``)
    that meet ``conditions`` and whose lease is free; the ids of the rows taken.

    Candidates are selected with ``FOR UPDATE SKIP LOCKED`` on PostgreSQL (instances do not
    queue behind each other), then taken with one compare-and-set ``UPDATE … WHERE lease is
    free RETURNING id``: only rows whose update succeeded are this owner's, and a lease expires
    on its own if the owner dies.
    """
    lease_free = or_(model.lease_until.is_(None), model.lease_until < now)
    query = select(model.id).where(and_(*conditions, lease_free)).order_by(*order_by).limit(limit)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    candidates = list(session.scalars(query))
    if not candidates:
        return []
    return list(session.scalars(
        update(model).where(model.id.in_(candidates), lease_free)
        .values(lease_owner=owner, lease_until=now + timedelta(seconds=lease_seconds))
        .returning(model.id).execution_options(synchronize_session=False)))


def release_sources(engine: Engine, owner: str, source_ids: Iterable[str]) -> None:
    """Give back leases that were claimed but not polled (e.g. on shutdown)."""
    ids = list(source_ids)
    if not ids:
        return
    with engine.begin() as conn:
        conn.execute(update(Source).where(Source.id.in_(ids), Source.lease_owner == owner)
                     .values(lease_owner=None, lease_until=None))


def insert_ignoring(engine: Engine):  # type: ignore[no-untyped-def]
    """The dialect's ``insert`` (the one with ``on_conflict_do_nothing``). Imported for the
    dialect in use only: SQLAlchemy's PostgreSQL package loads every PostgreSQL driver's
    module, a twentieth of a second on each start of a SQLite-backed ``monitor``."""
    if engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


def record_polls(engine: Engine, records: Sequence[PollRecord], *,
                 assigner: StoryAssigner | None = None,
                 story_window: timedelta = timedelta(days=14)) -> dict[str, list[int]]:
    """Write several polls in one transaction: items, sightings, stories, source state, fetch log.

    Per entry, in order (see ``docs/dedup.md``):

    1. already seen by this source under this key: a changed title or text updates the item in
       place (a tombstone stays deleted); nothing is returned for it;
    2. its canonical URL is an item's already (another source, or a new GUID): a new sighting;
    3. otherwise a new item, in the story ``assigner`` chooses (a new one when there is no
       assigner, the source opted out with ``dedup: false``, or nothing matched).

    Returns, per source, the ids of the items this call inserted (each item is returned once,
    by the call that stored it), so later stages see each item once.
    """
    inserted: dict[str, list[int]] = {}
    insert = insert_ignoring(engine)
    states: list[dict[str, object]] = []
    logs: list[dict[str, object]] = []
    with Session(engine) as session, session.begin():
        writer = _ItemWriter(session, insert, assigner, story_window)
        writer.add(records)
        new_by_source = writer.finish()
        for rec in records:
            new_ids = new_by_source.get(rec.source_id, [])
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


_WORDS = re.compile(r"\w+")


def same_title(a: str, b: str) -> bool:
    """Whether two titles name one article: the same words, or one inside the other with at
    least three words (an outlet's suffix such as "… - Kazinform"), case and punctuation aside."""
    wa, wb = _WORDS.findall(a.casefold()), _WORDS.findall(b.casefold())
    if wa == wb:
        return True
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) < 3:
        return False
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


def _allocate_ids(session: Session, model: type[Item] | type[Story], n: int) -> Sequence[int]:
    """Ids for ``n`` new rows, known before the insert, so the rows go in with one plain
    ``executemany`` instead of a statement per row to learn each id (RETURNING).

    SQLite: the writer holds the database lock (``BEGIN IMMEDIATE``), so the ids after ``MAX(id)``
    are free. PostgreSQL: ``n`` values of the table's own sequence.
    """
    conn = session.connection()
    table = model.__table__
    if conn.dialect.name == "postgresql":
        return list(conn.scalars(
            text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"),
            {"table": table.name, "n": n}))
    start = (conn.scalar(select(func.max(table.c.id))) or 0) + 1
    return range(start, start + n)


def _bulk_insert(conn: Connection, table: Table, rows: list[dict[str, Any]], *,
                 ignore_conflicts: bool = False) -> None:
    """Insert rows (all with the same keys) with one ``executemany``.

    On SQLite the values are converted here, column by column, and handed to the driver as
    tuples: SQLAlchemy's per-row parameter processing was the larger part of a cold poll's
    write time (0.6 s of 1.3 s for 25,000 items, stories and sightings). The conversions are
    the ones the column types do (``UTCDateTime`` as naive UTC text, JSON through
    :func:`storage.db.json_serializer`, booleans as 0/1); ``tests/storage`` reads every column
    back through SQLAlchemy. Other databases take SQLAlchemy's own path.
    """
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        insert_stmt = (insert_ignoring(conn.engine)(table).on_conflict_do_nothing() if ignore_conflicts
                       else sqlalchemy_insert(table))
        conn.execute(insert_stmt, rows)
        return
    names = list(rows[0])
    columns = []  # converted column by column: one ``map`` per column, not a call per value
    for name in names:
        convert = _sqlite_converter(table.c[name].type)
        values = [row[name] for row in rows]
        if convert is _sqlite_datetime:  # times repeat (a poll's time is every item's): once each
            text = {value: convert(value) for value in set(values)}
            columns.append([text[value] for value in values])
        else:
            columns.append(values if convert is None else list(map(convert, values)))
    sql = (f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
           + (" ON CONFLICT DO NOTHING" if ignore_conflicts else ""))
    conn.exec_driver_sql(sql, list(zip(*columns)))


def _sqlite_converter(column_type: Any) -> Callable[[Any], Any] | None:
    if isinstance(column_type, UTCDateTime):
        return _sqlite_datetime
    if isinstance(column_type, JSON):
        return _sqlite_json
    if isinstance(column_type, Boolean):
        return _sqlite_bool
    return None


def _sqlite_datetime(value: datetime | None) -> str | None:
    """As ``UTCDateTime`` stores it: naive UTC, ``YYYY-MM-DD HH:MM:SS.ffffff``."""
    if value is None:
        return None
    if value.tzinfo is timezone.utc:  # nearly always: drop the "+00:00" isoformat writes
        return value.isoformat(" ", "microseconds")[:-6]
    if value.tzinfo is None:
        raise ValueError("naive datetime given to the database; use an aware UTC datetime")
    return value.astimezone(timezone.utc).replace(tzinfo=None).isoformat(" ", "microseconds")


def _sqlite_json(value: Any) -> str | None:
    return None if value is None else json_serializer(value)


def _sqlite_bool(value: bool | None) -> int | None:
    return None if value is None else int(bool(value))


def _chunks(values: Sequence[_T], size: int = 500) -> Iterable[Sequence[_T]]:
    for i in range(0, len(values), size):
        yield values[i:i + size]


@dataclass
class _Pending:
    """An entry of this batch on its way to becoming an item or a sighting."""

    source_id: str
    item: NewItem
    seen_at: datetime
    dedup: bool


class _Lookup:
    """What a :class:`StoryAssigner` may read, inside the write transaction."""

    def __init__(self, session: Session, cutoff: datetime) -> None:
        self.session = session
        self.cutoff = cutoff

    def signatures(self, story_ids: Collection[int]) -> dict[int, list[bytes]]:
        """Fingerprints of the live items of these stories, for stories seen within the window."""
        out: dict[int, list[bytes]] = {}
        for chunk in _chunks(sorted(story_ids)):
            rows = self.session.execute(
                select(Item.story_id, Item.signature).join(Story, Story.id == Item.story_id)
                .where(Item.story_id.in_(chunk), Item.signature.is_not(None),
                       Item.deleted_at.is_(None), Story.last_seen_at >= self.cutoff)
                .order_by(Item.id))
            for story_id, sig in rows:
                out.setdefault(story_id, []).append(sig)
        return out

    def indexable(self, after_item_id: int, limit: int = 5000) -> list[tuple[int, int, str, str]]:
        """``(item id, story id, source id, item key)`` of items after ``after_item_id`` that may
        be joined: live, fingerprinted, from a source that takes part, in a story seen within
        the window."""
        return list(self.session.connection().execute(
            select(Item.id, Item.story_id, Item.source_id, Item.item_key)
            .join(Story, Story.id == Item.story_id).join(Source, Source.id == Item.source_id)
            .where(Item.id > after_item_id, Item.signature.is_not(None), Item.deleted_at.is_(None),
                   Source.dedup.is_(True), Story.last_seen_at >= self.cutoff)
            .order_by(Item.id).limit(limit)).tuples())

    def item_signatures(self, item_ids: Collection[int]) -> dict[int, bytes]:
        out: dict[int, bytes] = {}
        for chunk in _chunks(list(item_ids)):
            for item_id, blob in self.session.connection().execute(
                    select(Item.id, Item.signature).where(Item.id.in_(chunk))):
                out[item_id] = blob
        return out


class _ItemWriter:
    """The item, sighting and story rows of one :func:`record_polls` call."""

    def __init__(self, session: Session, insert, assigner: StoryAssigner | None,  # type: ignore[no-untyped-def]
                 window: timedelta) -> None:
        self.session = session
        self.insert = insert
        self.assigner = assigner
        self.window = window
        self.fresh: list[_Pending] = []  # not seen by their source under their key
        self.joining: list[int] = []  # positions of the new entries the assigner placed
        self.touched: dict[int, tuple[datetime, bool, float | None]] = {}  # story -> (seen, relevant, score)
        self.latest = datetime.min.replace(tzinfo=timezone.utc)

    def add(self, records: Sequence[PollRecord]) -> None:
        """Sort the records' entries into fresh ones and ones their source already sent (updated
        in place when their text changed). One query per 500 keys, not one per record."""
        batches = [(rec, {it.item_key: it for it in rec.items}) for rec in records if rec.items]
        seen: dict[tuple[str, str], tuple[int, str, datetime | None]] = {}
        pairs = [(rec.source_id, key) for rec, unique in batches for key in unique]
        for chunk in _chunks(pairs):
            sources, keys = list({s for s, _ in chunk}), list({k for _, k in chunk})
            for source_id, key, item_id, content_hash, deleted in self.session.execute(
                    select(Sighting.source_id, Sighting.item_key, Sighting.item_id, Item.content_hash,
                           Item.deleted_at)
                    .join(Item, Item.id == Sighting.item_id)
                    .where(Sighting.source_id.in_(sources), Sighting.item_key.in_(keys))):
                seen[(source_id, key)] = (item_id, content_hash, deleted)
        for rec, unique in batches:
            self.latest = max(self.latest, rec.started_at)
            for key, it in unique.items():
                known = seen.get((rec.source_id, key))
                if known is None:
                    self.fresh.append(_Pending(rec.source_id, it, rec.started_at, rec.dedup))
                elif known[2] is None and known[1] != it.content_hash:
                    self._update_in_place(known[0], it, rec.started_at)

    def _update_in_place(self, item_id: int, it: NewItem, now: datetime) -> None:
        """The feed changed an item's title or text: keep its id, its story, its sightings."""
        story_id = self.session.scalar(
            update(Item).where(Item.id == item_id).values(
                title=it.title, summary=it.summary, content=it.content, author=it.author,
                content_hash=it.content_hash, relevant=it.relevant, score=it.score,
                decision=it.decision, rules_version=it.rules_version, signature=it.signature,
                updated_at=now).returning(Item.story_id).execution_options(synchronize_session=False))
        if story_id is not None:
            first = self.session.scalar(select(func.min(Item.id)).where(
                Item.story_id == story_id, Item.deleted_at.is_(None)))
            if first == item_id:  # the representative: the story's title follows it
                self.session.execute(update(Story).where(Story.id == story_id).values(
                    title=it.title, url=it.url).execution_options(synchronize_session=False))
            self._touch(story_id, now, bool(it.relevant), it.score)

    def _touch(self, story_id: int, seen_at: datetime, relevant: bool, score: float | None) -> None:
        old = self.touched.get(story_id)
        if old is None:
            self.touched[story_id] = (seen_at, relevant, score)
            return
        scores = [s for s in (old[2], score) if s is not None]
        self.touched[story_id] = (max(old[0], seen_at), old[1] or relevant, max(scores) if scores else None)

    def finish(self) -> dict[str, list[int]]:
        session = self.session
        # 2. Exact cross-source key: the canonical URL of an item stored before, or earlier in
        # this batch.
        urls = list({p.item.canonical_url for p in self.fresh if p.item.canonical_url})
        by_url: dict[str, tuple[int, int | None, str]] = {}
        for chunk in _chunks(urls):
            for item_id, url, story_id, title in session.execute(
                    select(Item.id, Item.canonical_url, Item.story_id, Item.title)
                    .where(Item.canonical_url.in_(chunk))):
                by_url[url] = (item_id, story_id, title)
        sightings: list[dict[str, object]] = []
        new: list[_Pending] = []
        later: list[_Pending] = []  # the same canonical URL as an earlier new entry of this batch
        firsts: dict[str, str] = {}  # canonical URL -> title, for the new entries of this batch
        for p in self.fresh:
            url = p.item.canonical_url
            if url in by_url and same_title(by_url[url][2], p.item.title):
                item_id, story_id, _ = by_url[url]
                sightings.append(self._sighting(item_id, p))
                if story_id is not None:
                    self._touch(story_id, p.seen_at, False, None)
            elif url is not None and url in firsts and same_title(firsts[url], p.item.title):
                later.append(p)
            else:
                if url is not None and (url in by_url or url in firsts):
                    # Another article under a URL already taken (a reused "/live" page, a feed
                    # that links every entry to one page): an item of its own, without the key.
                    p.item = dataclasses.replace(p.item, canonical_url=None)
                elif url is not None:
                    firsts[url] = p.item.title
                new.append(p)
        # 3. New items: their stories.
        story_of = self._assign(new)
        new_story_ids = self._create_stories(new, story_of)
        rows = []
        for p, sid in zip(new, story_of):
            story_id = new_story_ids[sid] if sid < 0 else sid
            rows.append(dict(_shallow(p.item), source_id=p.source_id, story_id=story_id))
            if sid > 0:
                self._touch(sid, p.seen_at, bool(p.item.relevant), p.item.score)
        ids: dict[tuple[str, str], int] = {}
        if rows:
            for row, item_id in zip(rows, _allocate_ids(session, Item, len(rows))):
                row["id"] = item_id
            stored = self._insert_items(rows)
            ids = {(r["source_id"], r["item_key"]): r["id"] for r in rows if r["id"] in stored}
        out: dict[str, list[int]] = {}
        lost: list[_Pending] = []
        for p in new:
            item_id = ids.get((p.source_id, p.item.item_key))
            if item_id is None:  # another instance stored it first (its canonical URL)
                lost.append(p)
                continue
            out.setdefault(p.source_id, []).append(item_id)
            sightings.append(self._sighting(item_id, p))
        if self.joining and self.assigner is not None:
            placed: list[tuple[int, int] | None] = []
            for i in self.joining:
                item_id = ids.get((new[i].source_id, new[i].item.item_key))
                sid = story_of[i]
                placed.append(None if item_id is None else (item_id, new_story_ids[sid] if sid < 0 else sid))
            self.assigner.stored(placed)
        for p in later + lost:
            url = p.item.canonical_url
            item_id = session.scalar(select(Item.id).where(Item.canonical_url == url)) if url else None
            if item_id is not None:
                sightings.append(self._sighting(item_id, p))
        if lost:  # stories created for entries another instance stored: drop them if empty
            session.execute(delete(Story).where(Story.id.in_(list(new_story_ids.values())),
                                                ~select(Item.id).where(Item.story_id == Story.id).exists()))
        if sightings:
            _bulk_insert(session.connection(), Sighting.__table__, sightings, ignore_conflicts=True)
        self._update_stories()
        return {k: sorted(v) for k, v in out.items()}

    @staticmethod
    def _sighting(item_id: int, p: _Pending) -> dict[str, object]:
        return dict(item_id=item_id, source_id=p.source_id, item_key=p.item.item_key,
                    guid=p.item.guid, url=p.item.url, seen_at=p.seen_at)

    def _assign(self, new: list[_Pending]) -> list[int]:
        """Per new entry: an existing story's id, or a negative number naming a new story (entries
        of this batch with the same negative number start the same story)."""
        story_of = [-(i + 1) for i in range(len(new))]
        joining = [i for i, p in enumerate(new) if p.dedup and p.item.signature]
        self.joining = joining if self.assigner is not None else []
        if self.assigner is None or not joining:
            return story_of
        cutoff = self.latest - self.window
        chosen = self.assigner.assign([(new[i].source_id, new[i].item) for i in joining],
                                      _Lookup(self.session, cutoff))
        for i, sid in zip(joining, chosen):
            story_of[i] = sid
        return story_of

    def _create_stories(self, new: list[_Pending], story_of: list[int]) -> dict[int, int]:
        """Insert a row for each new story (its first entry is the representative)."""
        firsts: dict[int, _Pending] = {}
        members: dict[int, list[_Pending]] = {}
        for p, sid in zip(new, story_of):
            if sid < 0:
                firsts.setdefault(sid, p)
                members.setdefault(sid, []).append(p)
        if not firsts:
            return {}
        rows = []
        for sid, p in firsts.items():
            group = members[sid]
            if len(group) == 1:  # nearly always
                relevant, score, last_seen = bool(p.item.relevant), p.item.score, p.seen_at
            else:
                relevant = any(m.item.relevant for m in group)
                scores = [m.item.score for m in group if m.item.score is not None]
                score, last_seen = max(scores) if scores else None, max(m.seen_at for m in group)
            rows.append(dict(
                title=p.item.title, url=p.item.url, language=p.item.language,
                published_at=p.item.published_at, first_seen_at=p.seen_at, last_seen_at=last_seen,
                relevant=relevant, relevant_since=p.seen_at if relevant else None, score=score))
        created = _allocate_ids(self.session, Story, len(rows))
        for row, story_id in zip(rows, created):
            row["id"] = story_id
        _bulk_insert(self.session.connection(), Story.__table__, rows)
        return dict(zip(firsts, created))

    def _insert_items(self, rows: list[dict[str, object]]) -> set[int]:
        """Insert new items (ids allocated); the ids of those that went in.

        SQLite: this writer has held the database lock since ``BEGIN IMMEDIATE`` and every row
        was checked against the stored keys, so all go in, with one plain ``executemany`` (a
        conflict would be a bug, and raises). PostgreSQL: another instance may have stored the
        same canonical URL meanwhile; ``ON CONFLICT DO NOTHING RETURNING`` says which went in.
        """
        table = Item.__table__
        conn = self.session.connection()
        if conn.dialect.name == "postgresql":
            return set(conn.scalars(self.insert(table).on_conflict_do_nothing().returning(table.c.id), rows))
        _bulk_insert(conn, table, rows)
        return {r["id"] for r in rows}  # type: ignore[misc]

    def _update_stories(self) -> None:
        """Stories that gained a sighting, an item or a changed item: last seen, relevance, score.
        ``relevant_since`` is set once, when the story first becomes relevant."""
        if not self.touched:
            return
        params = [dict(sid=sid, seen=seen, rel=rel, score=score)
                  for sid, (seen, rel, score) in self.touched.items()]
        seen = bindparam("seen", type_=UTCDateTime)
        rel = bindparam("rel", type_=Boolean)
        score = cast(bindparam("score", type_=Float), Float)  # PostgreSQL cannot infer it in IS NULL
        self.session.connection().execute(
            update(Story).where(Story.id == bindparam("sid", type_=Integer)).values(
                last_seen_at=case((Story.last_seen_at < seen, seen), else_=Story.last_seen_at),
                relevant=or_(Story.relevant, rel),
                relevant_since=case((and_(Story.relevant_since.is_(None), rel), seen),
                                    else_=Story.relevant_since),
                score=case((and_(score.is_not(None), or_(Story.score.is_(None), Story.score < score)), score),
                           else_=Story.score)),
            params)


def list_sources(engine: Engine) -> list[SourceState]:
    with Session(engine) as session:
        return [_state(r) for r in session.scalars(select(Source).order_by(Source.id))]


def _stored(row: Item) -> StoredItem:
    return StoredItem(**{f: getattr(row, f) for f in _ITEM_FIELDS})


def get_items(engine: Engine, ids: Sequence[int]) -> list[StoredItem]:
    """Items by id, tombstones included (a caller holding an id may need to see it was deleted)."""
    if not ids:
        return []
    with Session(engine) as session:
        rows = session.scalars(select(Item).where(Item.id.in_(list(ids))).order_by(Item.id))
        return [_stored(r) for r in rows]


def list_items(engine: Engine, *, since: datetime | None = None, source_ids: Sequence[str] = (),
               relevant: bool | None = None, limit: int = 100) -> list[StoredItem]:
    """Live items, newest first by publication time."""
    query = select(Item).where(Item.deleted_at.is_(None))
    if since is not None:
        query = query.where(Item.published_at >= since)
    if source_ids:  # the items these sources carried, first or not
        query = query.where(Item.id.in_(select(Sighting.item_id).where(Sighting.source_id.in_(list(source_ids)))))
    if relevant is not None:
        query = query.where(Item.relevant.is_(relevant))
    query = query.order_by(Item.published_at.desc(), Item.id.desc()).limit(limit)
    with Session(engine) as session:
        rows = list(session.scalars(query))
        sources: dict[int, list[str]] = {}
        for item_id, source_id in session.execute(
                select(Sighting.item_id, Sighting.source_id).where(Sighting.item_id.in_([r.id for r in rows]))
                .order_by(Sighting.seen_at, Sighting.id)):
            sources.setdefault(item_id, []).append(source_id)
        return [dataclasses.replace(_stored(r), sources=tuple(dict.fromkeys(sources.get(r.id, [r.source_id]))))
                for r in rows]


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
        _refresh_stories(session, [story_id], now)
        return True


def _refresh_stories(session: Session, story_ids: Collection[int], now: datetime) -> None:
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
        for chunk in _chunks([s.id for s in stories]):
            for row in session.scalars(select(Item).where(Item.story_id.in_(chunk), Item.deleted_at.is_(None))
                                       .order_by(Item.id)):
                items.setdefault(row.story_id, []).append(_stored(row))  # type: ignore[arg-type]
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


def count_items(engine: Engine) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(Item).where(Item.deleted_at.is_(None))) or 0


def prune_fetch_log(engine: Engine, older_than: datetime) -> int:
    with engine.begin() as conn:
        return conn.execute(delete(FetchLog).where(FetchLog.started_at < older_than)).rowcount or 0


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
            rows = [_stored(r) for r in session.scalars(query)]
        if not rows:
            return
        yield rows
        last = rows[-1].id


def update_decisions(engine: Engine, decisions: Sequence[tuple[int, dict]], now: datetime | None = None) -> None:
    """Store new classifier decisions: ``(item id, decision dict with relevant/score/rules_version)``;
    the stories of those items follow (see :func:`_refresh_stories`)."""
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
        _refresh_stories(session, sorted(stories), now or datetime.now(timezone.utc))
