"""Read-side queries of the web pages, the API, the feeds out and the metrics.

Stories are listed newest first (publication time, then id) with keyset paging: a page ends
with the ``(published_at, id)`` of its last story and the next one starts strictly after it,
so a page costs the same however deep it is and a story stored meanwhile shifts nothing.

How the filters work (the same on SQLite and PostgreSQL):

* ``relevant`` and the order use ``ix_stories_relevant_published`` (migration ``0004_web``):
  the database walks relevant stories from the newest and stops once the page is full.
* ``countries`` / ``topics`` / ``languages`` hold when *any live item* of the story has them
  (countries and topics read from its stored decision's JSON arrays with ``json_each`` on
  SQLite, ``json_array_elements_text`` on PostgreSQL).
* ``text`` is a search: every word must appear, case-insensitively, in the title or summary
  of one of the story's live items (``LIKE '%word%'`` over ``lower()``; SQLite gets a
  Unicode-aware ``monitor_lower``, see ``storage/db.py``). No full-text index: the filters
  above bound the scan, and with the page's ``LIMIT`` a common word stops early. Figures and
  the reasons are in docs/architecture.md ("The web").

At a million stored items every filter still walks the stories newest first and stops when
the page is full (plans and figures: ``bench/bench_scale.py --plans``, the README's "Scale"):
the cursor adds an implied ``published_at <=`` bound (SQLite cannot range-scan the ``OR``),
and on PostgreSQL the filters' subqueries carry ``OFFSET 0``, which keeps the planner from
joining them over every item when it misjudges how many match.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Engine, and_, bindparam, exists, func, or_, select, text
from sqlalchemy.orm import Session

from storage.models import Item, Sighting, Source, Story
from storage.notify_models import Delivery
from storage.item_records import StoredStory
from storage.records import SourceState
from storage.sources import list_sources
from storage.stories import get_stories


@dataclass(frozen=True)
class StoryFilter:
    """What a list of stories is narrowed to; empty tuples and ``None`` mean "any"."""

    relevant: bool | None = True
    countries: tuple[str, ...] = ()  # ISO codes as the classifier writes them (CN, KZ…)
    topics: tuple[str, ...] = ()  # the classifier's topic ids (the caller maps broad topics)
    languages: tuple[str, ...] = ()
    since: datetime | None = None  # published at or after
    words: tuple[str, ...] = ()  # each must appear in a title or summary (lower-cased)
    after: tuple[datetime, int] | None = None  # the (published_at, id) the previous page ended on


@dataclass(frozen=True)
class StoryPage:
    stories: list[StoredStory]
    more: bool  # another page follows

    @property
    def last(self) -> tuple[datetime, int] | None:
        return (self.stories[-1].published_at, self.stories[-1].id) if self.stories else None


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _json_array_has(dialect: str, key: str, name: str, values: Sequence[str]):  # type: ignore[no-untyped-def]
    """``items.decision -> key`` (a JSON array) holds one of ``values``."""
    if dialect == "postgresql":
        sql = (f"EXISTS (SELECT 1 FROM json_array_elements_text(CAST(items.decision AS json) -> '{key}') "
               f"AS e(value) WHERE e.value IN :{name})")
    else:
        sql = f"EXISTS (SELECT 1 FROM json_each(items.decision, '$.{key}') AS e WHERE e.value IN :{name})"
    return text(sql).bindparams(bindparam(name, list(values), expanding=True))


def _conditions(f: StoryFilter, dialect: str) -> list:  # type: ignore[type-arg]
    def live_item(*where) -> object:  # type: ignore[no-untyped-def]
        query = select(Item.id).where(Item.story_id == Story.id, Item.deleted_at.is_(None), *where)
        if where and dialect == "postgresql":
            # OFFSET 0 keeps PostgreSQL from turning the filter into a join over all items: it
            # misjudges how many items a search or a language matches, and at 100,000 items
            # scanned them all (2.2 s) where checking the stories it walks, newest first, stops
            # once the page is full (bench/bench_scale.py).
            query = query.offset(0)
        return exists(query)

    conditions = [live_item()]
    if f.relevant is not None:
        conditions.append(Story.relevant.is_(f.relevant))
    if f.since is not None:
        conditions.append(Story.published_at >= f.since)
    if f.after is not None:
        at, last_id = f.after
        # The first condition is implied by the second; it is what lets SQLite (which cannot
        # range-scan an OR) start the index walk at the cursor instead of at the newest story.
        conditions.append(Story.published_at <= at)
        conditions.append(or_(Story.published_at < at, and_(Story.published_at == at, Story.id < last_id)))
    if f.languages:
        conditions.append(live_item(Item.language.in_(list(f.languages))))
    if f.countries:
        conditions.append(live_item(_json_array_has(dialect, "countries", "countries", f.countries)))
    if f.topics:
        conditions.append(live_item(_json_array_has(dialect, "topics", "topics", f.topics)))
    lower = func.lower if dialect == "postgresql" else func.monitor_lower
    for word in f.words:
        pattern = f"%{_escape_like(word)}%"
        conditions.append(live_item(or_(lower(Item.title).like(pattern, escape="\\"),
                                        lower(Item.summary).like(pattern, escape="\\"))))
    return conditions


def find_stories(engine: Engine, f: StoryFilter, *, limit: int = 50) -> StoryPage:
    """One page of stories matching ``f``, newest first, with their items and sightings."""
    query = (select(Story.id).where(*_conditions(f, engine.dialect.name))
             .order_by(Story.published_at.desc(), Story.id.desc()).limit(limit + 1))
    with Session(engine) as session:
        ids = list(session.scalars(query))
    more = len(ids) > limit
    ids = ids[:limit]
    by_id = {s.id: s for s in get_stories(engine, ids)}
    return StoryPage([by_id[i] for i in ids if i in by_id], more)


# --- sources ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceHealth:
    state: SourceState
    items: int  # items this source carried (its sightings)

    @property
    def health(self) -> str:
        st = self.state
        if not st.enabled or not st.in_config:
            return "disabled"
        if st.last_polled_at is None:
            return "never polled"
        return "failing" if st.consecutive_failures else "healthy"


def source_health(engine: Engine) -> list[SourceHealth]:
    """Every source in the configuration with its polling state and how many items it carried."""
    with Session(engine) as session:
        counts = dict(session.execute(select(Sighting.source_id, func.count())
                                      .group_by(Sighting.source_id)).tuples().all())
    return [SourceHealth(s, int(counts.get(s.id, 0))) for s in list_sources(engine) if s.in_config]


# --- gauges for /metrics ------------------------------------------------------------------------


@dataclass(frozen=True)
class Gauges:
    outbox_pending: int  # pending or failed (waiting for a retry)
    outbox_oldest: datetime | None  # creation time of the oldest of those
    sources_failing: int  # enabled sources whose last poll failed


def gauges(engine: Engine) -> Gauges:
    with Session(engine) as session:
        pending, oldest = session.execute(
            select(func.count(), func.min(Delivery.created_at))
            .where(Delivery.status.in_(("pending", "failed")))).one()
        failing = session.scalar(select(func.count()).select_from(Source).where(
            Source.enabled.is_(True), Source.in_config.is_(True), Source.consecutive_failures > 0))
    if oldest is not None and oldest.tzinfo is None:
        oldest = oldest.replace(tzinfo=timezone.utc)
    return Gauges(int(pending or 0), oldest, int(failing or 0))
