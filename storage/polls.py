"""The write path of a poll: items, sightings, stories, source state and the fetch log in one transaction."""

from __future__ import annotations

import dataclasses
import operator
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import (
    Boolean,
    Connection,
    Engine,
    Float,
    Integer,
    and_,
    bindparam,
    case,
    cast,
    delete,
    func,
    or_,
    select,
    update,
)

from storage.enrichment import queue_candidates
from storage.models import Item, Sighting, Source, Story, UTCDateTime
from storage.item_records import NewItem
from storage.records import PollRecord, StoryAssigner
from storage.sources import write_poll_states
from storage.sql import allocate_ids, chunks, insert_columns, insert_ignoring

_NEW_ITEM_FIELDS = tuple(f for f in NewItem.__dataclass_fields__ if f not in ("index_keys", "enrich"))  # the stored ones
_NEW_ITEM_VALUES = operator.attrgetter(*_NEW_ITEM_FIELDS)  # an item's stored values, as a tuple
_ITEM_COLUMNS = (*_NEW_ITEM_FIELDS, "source_id", "story_id", "id")
_SIGHTING_COLUMNS = ("item_id", "source_id", "item_key", "guid", "url", "seen_at")
_STORY_COLUMNS = ("title", "url", "language", "published_at", "first_seen_at", "last_seen_at", "relevant",
                  "relevant_since", "score", "id")


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
    # A Core connection, not an ORM Session: no ORM object is loaded or added here, and the
    # Session's layer around each statement cost 0.1 s of CPU in a cold poll's 320 queries.
    with engine.begin() as conn:
        writer = _ItemWriter(conn, insert, assigner, story_window)
        writer.add(records)
        new_by_source = writer.finish()
        for rec in records:
            inserted[rec.source_id] = new_by_source.get(rec.source_id, [])
        write_poll_states(conn, records, inserted)
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


@dataclass
class _Pending:
    """An entry of this batch on its way to becoming an item or a sighting."""

    source_id: str
    item: NewItem
    seen_at: datetime
    dedup: bool


class _Lookup:
    """What a :class:`StoryAssigner` may read, inside the write transaction."""

    def __init__(self, conn: Connection, cutoff: datetime) -> None:
        self.conn = conn
        self.cutoff = cutoff

    def signatures(self, story_ids: Collection[int]) -> dict[int, list[bytes]]:
        """Fingerprints of the live items of these stories, for stories seen within the window."""
        out: dict[int, list[bytes]] = {}
        for chunk in chunks(sorted(story_ids)):
            rows = self.conn.execute(
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
        the window.

        An index that starts over (``after_item_id`` 0, or an item fetched before the window)
        starts at the first item of the stories seen within the window: the items before it
        cannot qualify, and walking them cost a read of every stored item (seconds at a million;
        see ``bench/bench_scale.py``, "matcher start").
        """
        after_item_id = max(after_item_id, self._window_start(after_item_id))
        return list(self.conn.execute(
            select(Item.id, Item.story_id, Item.source_id, Item.item_key)
            .join(Story, Story.id == Item.story_id).join(Source, Source.id == Item.source_id)
            .where(Item.id > after_item_id, Item.signature.is_not(None), Item.deleted_at.is_(None),
                   Source.dedup.is_(True), Story.last_seen_at >= self.cutoff)
            .order_by(Item.id).limit(limit)).tuples())

    def _window_start(self, after_item_id: int) -> int:
        """The id before the first item of the stories seen within the window, when
        ``after_item_id`` lies before the window (else 0): one seek per such story in
        ``ix_items_story`` from ``ix_stories_last_seen``, never a walk over the older items."""
        fetched = self.conn.scalar(select(Item.fetched_at).where(Item.id == after_item_id))
        if fetched is not None and fetched >= self.cutoff:
            return 0
        first = select(func.min(Item.id)).where(Item.story_id == Story.id).scalar_subquery()
        start = self.conn.scalar(select(func.min(first)).where(Story.last_seen_at >= self.cutoff))
        return int(start) - 1 if start is not None else 0

    def item_signatures(self, item_ids: Collection[int]) -> dict[int, bytes]:
        out: dict[int, bytes] = {}
        for chunk in chunks(list(item_ids)):
            for item_id, blob in self.conn.execute(
                    select(Item.id, Item.signature).where(Item.id.in_(chunk))):
                out[item_id] = blob
        return out


class _ItemWriter:
    """The item, sighting and story rows of one :func:`record_polls` call."""

    def __init__(self, conn: Connection, insert, assigner: StoryAssigner | None,  # type: ignore[no-untyped-def]
                 window: timedelta) -> None:
        self.conn = conn
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
        # Only the sources that have sent anything before can have sent these keys: one index
        # seek each, and a cold poll's new sources skip the key lists (2 queries of 500 keys a batch).
        senders: set[str] = set()
        for chunk in chunks(list({rec.source_id for rec, _ in batches})):
            senders.update(self.conn.scalars(select(Source.id).where(
                Source.id.in_(chunk), select(Sighting.id).where(Sighting.source_id == Source.id).exists())))
        pairs = [(rec.source_id, key) for rec, unique in batches if rec.source_id in senders for key in unique]
        for chunk in chunks(pairs):
            sources, keys = list({s for s, _ in chunk}), list({k for _, k in chunk})
            for source_id, key, item_id, content_hash, deleted in self.conn.execute(
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
        story_id = self.conn.scalar(
            update(Item).where(Item.id == item_id).values(
                title=it.title, summary=it.summary, content=it.content, author=it.author,
                content_hash=it.content_hash, relevant=it.relevant, score=it.score,
                decision=it.decision, rules_version=it.rules_version, signature=it.signature,
                updated_at=now).returning(Item.story_id).execution_options(synchronize_session=False))
        if story_id is not None:
            first = self.conn.scalar(select(func.min(Item.id)).where(
                Item.story_id == story_id, Item.deleted_at.is_(None)))
            if first == item_id:  # the representative: the story's title follows it
                self.conn.execute(update(Story).where(Story.id == story_id).values(
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
        conn = self.conn
        # 2. Exact cross-source key: the canonical URL of an item stored before, or earlier in
        # this batch.
        urls = list({p.item.canonical_url for p in self.fresh if p.item.canonical_url})
        by_url: dict[str, tuple[int, int | None, str]] = {}
        for chunk in chunks(urls):
            for item_id, url, story_id, title in conn.execute(
                    select(Item.id, Item.canonical_url, Item.story_id, Item.title)
                    .where(Item.canonical_url.in_(chunk))):
                by_url[url] = (item_id, story_id, title)
        sightings: list[tuple[object, ...]] = []  # _SIGHTING_COLUMNS
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
        story_ids = [new_story_ids[sid] if sid < 0 else sid for sid in story_of]
        for p, sid in zip(new, story_of):
            if sid > 0:
                self._touch(sid, p.seen_at, bool(p.item.relevant), p.item.score)
        ids: dict[tuple[str, str], int] = {}
        if new:
            item_ids = list(allocate_ids(conn, Item, len(new)))
            stored = self._insert_items(new, story_ids, item_ids)
            ids = {(p.source_id, p.item.item_key): item_id for p, item_id in zip(new, item_ids) if item_id in stored}
        out: dict[str, list[int]] = {}
        lost: list[_Pending] = []
        candidates = []
        for p in new:
            item_id = ids.get((p.source_id, p.item.item_key))
            if item_id is None:  # another instance stored it first (its canonical URL)
                lost.append(p)
                continue
            out.setdefault(p.source_id, []).append(item_id)
            sightings.append(self._sighting(item_id, p))
            if p.item.enrich is not None:
                candidates.append((item_id, p.item.enrich, p.item.relevant, p.seen_at))
        if candidates:  # with their items: a restart loses none (docs/enrich.md)
            queue_candidates(conn, candidates)
        if self.joining and self.assigner is not None:
            placed: list[tuple[int, int] | None] = []
            for i in self.joining:
                item_id = ids.get((new[i].source_id, new[i].item.item_key))
                sid = story_of[i]
                placed.append(None if item_id is None else (item_id, new_story_ids[sid] if sid < 0 else sid))
            self.assigner.stored(placed)
        for p in later + lost:
            url = p.item.canonical_url
            item_id = conn.scalar(select(Item.id).where(Item.canonical_url == url)) if url else None
            if item_id is not None:
                sightings.append(self._sighting(item_id, p))
        if lost:  # stories created for entries another instance stored: drop them if empty
            conn.execute(delete(Story).where(Story.id.in_(list(new_story_ids.values())),
                                                ~select(Item.id).where(Item.story_id == Story.id).exists()))
        if sightings:
            insert_columns(conn, Sighting.__table__, _SIGHTING_COLUMNS, list(zip(*sightings)),
                           ignore_conflicts=True)
        self._update_stories()
        return {k: sorted(v) for k, v in out.items()}

    @staticmethod
    def _sighting(item_id: int, p: _Pending) -> tuple[object, ...]:
        return (item_id, p.source_id, p.item.item_key, p.item.guid, p.item.url, p.seen_at)  # _SIGHTING_COLUMNS

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
                                      _Lookup(self.conn, cutoff))
        for i, sid in zip(joining, chosen):
            story_of[i] = sid
        return story_of

    def _create_stories(self, new: list[_Pending], story_of: list[int]) -> dict[int, int]:
        """Insert a row for each new story (its first entry is the representative)."""
        firsts: dict[int, _Pending] = {}
        shared: dict[int, list[_Pending]] = {}  # the stories of several new entries: their entries
        for p, sid in zip(new, story_of):
            if sid < 0:
                if sid not in firsts:
                    firsts[sid] = p
                else:
                    shared.setdefault(sid, [firsts[sid]]).append(p)
        if not firsts:
            return {}
        rows = []
        for sid, p in firsts.items():
            group = shared.get(sid)
            if group is None:  # nearly always
                relevant, score, last_seen = bool(p.item.relevant), p.item.score, p.seen_at
            else:
                relevant = any(m.item.relevant for m in group)
                scores = [m.item.score for m in group if m.item.score is not None]
                score, last_seen = max(scores) if scores else None, max(m.seen_at for m in group)
            rows.append((p.item.title, p.item.url, p.item.language, p.item.published_at, p.seen_at, last_seen,
                         relevant, p.seen_at if relevant else None, score))
        created = allocate_ids(self.conn, Story, len(rows))
        insert_columns(self.conn, Story.__table__, _STORY_COLUMNS, [*zip(*rows), created])
        return dict(zip(firsts, created))

    def _insert_items(self, new: list[_Pending], story_ids: list[int], item_ids: list[int]) -> set[int]:
        """Insert new items (ids allocated); the ids of those that went in.

        SQLite: this writer has held the database lock since ``BEGIN IMMEDIATE`` and every row
        was checked against the stored keys, so all go in, with one plain ``executemany`` (a
        conflict would be a bug, and raises). PostgreSQL: another instance may have stored the
        same canonical URL meanwhile; ``ON CONFLICT DO NOTHING RETURNING`` says which went in.
        """
        table = Item.__table__
        conn = self.conn
        columns = [*zip(*map(_NEW_ITEM_VALUES, (p.item for p in new))), [p.source_id for p in new], story_ids,
                   item_ids]  # _ITEM_COLUMNS
        if conn.dialect.name == "postgresql":
            rows = [dict(zip(_ITEM_COLUMNS, row)) for row in zip(*columns)]
            return set(conn.scalars(self.insert(table).on_conflict_do_nothing().returning(table.c.id), rows))
        insert_columns(conn, table, _ITEM_COLUMNS, columns)
        return set(item_ids)

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
        self.conn.execute(
            update(Story).where(Story.id == bindparam("sid", type_=Integer)).values(
                last_seen_at=case((Story.last_seen_at < seen, seen), else_=Story.last_seen_at),
                relevant=or_(Story.relevant, rel),
                relevant_since=case((and_(Story.relevant_since.is_(None), rel), seen),
                                    else_=Story.relevant_since),
                score=case((and_(score.is_not(None), or_(Story.score.is_(None), Story.score < score)), score),
                           else_=Story.score)),
            params)
