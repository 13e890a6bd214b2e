"""Scale: the list and lookup queries use indexes (no full scan of items, stories or
sightings) on SQLite and PostgreSQL, the story matcher's start skips the items before the
window, and migration ``0006_scale`` goes up and down. Figures: ``bench/bench_scale.py``."""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections.abc import Callable, Collection, Iterator, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, event, inspect, select, text
from sqlalchemy.orm import Session

from storage import db
from storage.browse import StoryFilter, find_stories
from storage import items as items_module
from storage.items import list_items
from storage.models import Base, Item, Sighting, Source, Story
from storage.polls import _Lookup, record_polls
from storage.item_records import NewItem
from storage.records import PollRecord, SourceSpec, StoryLookup
from storage.sources import sync_sources
from storage.stories import list_stories
from tests.conftest import PG_URL, postgres_unavailable
from tests.support import scaledata

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=timezone.utc)
WINDOW = timedelta(days=14)
DAYS = 40  # items over 40 days: most stories are older than the window


def new_item(key: str, at: datetime, relevant: bool) -> NewItem:
    return NewItem(item_key=key, title=f"title {key}", summary="s", published_at=at, fetched_at=at,
                   content_hash="h" + key, url=f"https://x.example/{key}", language="ru" if relevant else "en",
                   relevant=relevant, score=3.0 if relevant else 0.5, signature=b"sig-" + key.encode(),
                   canonical_url=f"https://x.example/{key}",
                   decision={"relevant": relevant, "countries": ["CN", "KZ"] if relevant else [], "topics": []})


class JoinOld:
    """A story assigner that puts every item into ``oldest``: a story started long before the
    window and seen within it."""

    def __init__(self, oldest: int) -> None:
        self.oldest = oldest

    def assign(self, items: Sequence[tuple[str, NewItem]], lookup: StoryLookup) -> list[int]:
        return [self.oldest for _ in items]

    def stored(self, placed: Sequence[tuple[int, int] | None]) -> None:
        pass


@pytest.fixture
def filled(engine: Engine) -> Engine:
    """Items from two sources (``b`` opts out of dedup), one poll a day for 40 days, a third
    relevant; then two late items that join the oldest story."""
    sync_sources(engine, [SourceSpec(id="a", name="A", url="https://a.example/f", language="en", interval_seconds=60),
                          SourceSpec(id="b", name="B", url="https://b.example/f", language="en", interval_seconds=60,
                                     dedup=False)], T0 - timedelta(days=DAYS))
    for day in range(DAYS):
        at = T0 - timedelta(days=DAYS - day)
        records = [PollRecord(source_id=src, started_at=at, duration_ms=1, status="ok", next_poll_at=at,
                              consecutive_failures=0, items=tuple(new_item(f"{src}-{day * 5 + n}", at, n % 3 == 0)
                                                                  for n in range(5)))
                   for src in ("a", "b")]
        record_polls(engine, records)
    with Session(engine) as session:
        assigner = JoinOld(session.scalar(select(Item.story_id).where(Item.item_key == "a-10")))
    late = tuple(new_item(f"late-{n}", T0, False) for n in range(2))
    record_polls(engine, [PollRecord(source_id="a", started_at=T0, duration_ms=1, status="ok", next_poll_at=T0,
                                     consecutive_failures=0, items=late)], assigner=assigner)
    return engine


def reference_indexable(engine: Engine, after: int, cutoff: datetime, limit: int) -> list[tuple[int, int, str, str]]:
    """What ``indexable`` means, computed in Python from every row."""
    with Session(engine) as session:
        seen = dict(session.execute(select(Story.id, Story.last_seen_at)).tuples().all())
        dedup = dict(session.execute(select(Source.id, Source.dedup)).tuples().all())
        rows = session.execute(select(Item.id, Item.story_id, Item.source_id, Item.item_key, Item.signature,
                                      Item.deleted_at).order_by(Item.id)).all()
    return [(r.id, r.story_id, r.source_id, r.item_key) for r in rows
            if r.id > after and r.signature is not None and r.deleted_at is None and dedup[r.source_id]
            and seen[r.story_id] >= cutoff][:limit]


@pytest.mark.parametrize("after", ["zero", "old-item", "first-in-window", "last"], ids=str)
@pytest.mark.parametrize("limit", [3, 5000], ids=["page", "all"])
def test_indexable_from_the_window_start_is_what_a_walk_over_every_item_gives(
        filled: Engine, after: str, limit: int) -> None:
    cutoff = T0 - WINDOW
    with Session(filled) as session:
        ids = list(session.scalars(select(Item.id).order_by(Item.id)))
        in_window = list(session.scalars(select(Item.id).where(Item.fetched_at >= cutoff).order_by(Item.id)))
        start = {"zero": 0, "old-item": ids[3], "first-in-window": in_window[0], "last": ids[-1]}[after]
        got = _Lookup(session, cutoff).indexable(start, limit)
    expected = reference_indexable(filled, start, cutoff, limit)
    assert got == expected
    if after in ("zero", "old-item"):
        assert expected and expected[0][3] == "a-10"  # the old item of a story seen in the window comes first


# --- query plans ----------------------------------------------------------------------------------

FULL_SCAN = {"sqlite": re.compile(r"\bSCAN (items|stories|sightings)\b(?! USING)"),
             "postgresql": re.compile(r"Seq Scan on (items|stories|sightings)\b")}


def explain(engine: Engine, run: Callable[[Engine], Any]) -> list[tuple[str, str]]:
    """``(statement, plan)`` of every SELECT ``run`` issues (PostgreSQL with sequential scans
    priced out, so the plan shows whether an index *can* serve the query on a large table)."""
    captured: list[tuple[str, Any]] = []

    def seen(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        if not executemany and statement.lstrip().upper().startswith("SELECT"):
            captured.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", seen)
    try:
        run(engine)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    plans = []
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            conn.exec_driver_sql("SET enable_seqscan = off")
        for statement, params in captured:
            if engine.dialect.name == "sqlite":
                rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()
                plan = "\n".join(row[3] for row in rows)
            else:
                plan = "\n".join(row[0] for row in conn.exec_driver_sql("EXPLAIN " + statement, params).all())
            plans.append((statement, plan))
    return plans


def store_batch(engine: Engine) -> None:
    """A poll through the write path with an assigner that reads what a starting matcher reads."""
    class Reads:
        def assign(self, items: Sequence[tuple[str, NewItem]], lookup: StoryLookup) -> list[int]:
            rows = lookup.indexable(0)
            lookup.item_signatures([r[0] for r in rows])
            lookup.signatures({r[1] for r in rows})
            return [-(n + 1) for n in range(len(items))]

        def stored(self, placed: Collection[tuple[int, int] | None]) -> None:
            pass

    with Session(engine) as session:
        url = session.scalar(select(Item.canonical_url).where(Item.id == 7))
    at = scaledata.T0 + timedelta(minutes=1)
    items = tuple(new_item(f"new-{n}", at, False) for n in range(3)) + (
        dataclasses.replace(new_item("again", at, False), canonical_url=url),)  # a sighting of a stored item
    record_polls(engine, [PollRecord(source_id="src-001", started_at=at, duration_ms=1, status="ok",
                                     next_poll_at=at, consecutive_failures=0, items=items)], assigner=Reads())


def middle(engine: Engine) -> tuple[datetime, int]:
    page = find_stories(engine, StoryFilter(), limit=200)
    assert page.last is not None and page.more
    return page.last


WEEK_AGO = scaledata.T0 - timedelta(days=7)
# (id, what runs, index names one of which the plans must show; SQLite names the unique
# constraints' indexes sqlite_autoindex_<table>_N)
CASES: list[tuple[str, Callable[[Engine], Any], tuple[str, ...]]] = [
    ("items-list", lambda e: list_items(e, limit=50), ("ix_items_published_at",)),
    ("items-list-relevant", lambda e: list_items(e, relevant=True, limit=50), ("ix_items_relevant_published",)),
    ("items-list-since", lambda e: list_items(e, since=WEEK_AGO, limit=50), ("ix_items_published_at",)),
    ("items-list-source", lambda e: list_items(e, source_ids=["src-123"], limit=50),
     ("uq_sightings_source_key", "sqlite_autoindex_sightings_1")),
    ("stories-list", lambda e: list_stories(e, limit=50), ("ix_stories_published",)),
    ("stories-list-relevant", lambda e: list_stories(e, relevant=True, limit=50), ("ix_stories_relevant_published",)),
    ("web-first-page", lambda e: find_stories(e, StoryFilter(), limit=30), ("ix_stories_relevant_published",)),
    ("web-cursor-page", lambda e: find_stories(e, StoryFilter(after=middle(e)), limit=30),
     ("ix_stories_relevant_published",)),
    ("web-country", lambda e: find_stories(e, StoryFilter(countries=("KZ",)), limit=30),
     ("ix_stories_relevant_published",)),
    ("web-language", lambda e: find_stories(e, StoryFilter(languages=("ru",)), limit=30),
     ("ix_stories_relevant_published",)),
    ("web-since", lambda e: find_stories(e, StoryFilter(since=WEEK_AGO), limit=30),
     ("ix_stories_relevant_published",)),
    ("web-any-relevance", lambda e: find_stories(e, StoryFilter(relevant=None), limit=50), ("ix_stories_published",)),
    ("store-and-story-lookup", store_batch, ("uq_items_canonical_url",)),
    ("matcher-start", lambda e: _with_lookup(e, lambda lk: lk.indexable(0)), ("ix_stories_last_seen",)),
]


def _with_lookup(engine: Engine, run: Callable[[_Lookup], Any]) -> Any:
    with Session(engine) as session:
        return run(_Lookup(session, scaledata.T0 - WINDOW))


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def generated(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """A generated database of 20,000 items (``tests/support/scaledata.py``), analysed on
    PostgreSQL as autovacuum would: large enough that the planner's choices are the ones it
    makes at a million (``bench/bench_scale.py --plans``)."""
    schema = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('scale') / 'monitor.db'}"
    else:
        reason = postgres_unavailable()
        if reason:
            pytest.skip(reason)
        schema = "scale_" + uuid.uuid4().hex[:12]
        admin = create_engine(PG_URL)
        with admin.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
        admin.dispose()
        url = f"{PG_URL}{'&' if '?' in PG_URL else '?'}options=-csearch_path%3D{schema}"
    engine = db.make_engine(url)
    db.upgrade(engine)
    scaledata.fill(engine, 20_000)
    yield engine
    engine.dispose()
    if schema:
        admin = create_engine(PG_URL)
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.mark.parametrize(("run", "indexes"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_query_plans_use_indexes_and_scan_no_table(generated: Engine, run: Callable[[Engine], Any],
                                                   indexes: tuple[str, ...]) -> None:
    plans = explain(generated, run)
    assert plans, "the call ran no SELECT"
    scans = FULL_SCAN[generated.dialect.name]
    for statement, plan in plans:
        assert not scans.search(plan), f"a full scan in\n{statement}\n{plan}"
    everything = "\n".join(plan for _, plan in plans)
    assert any(name in everything for name in indexes), everything


def reference_list(engine: Engine, source: str, limit: int, relevant: bool | None) -> list[int]:
    """``list_items(source_ids=[source])`` computed in Python from every row."""
    with Session(engine) as session:
        carried = set(session.scalars(select(Sighting.item_id).where(Sighting.source_id == source)))
        rows = session.execute(select(Item.id, Item.published_at, Item.relevant, Item.deleted_at)).all()
    live = [r for r in rows if r.id in carried and r.deleted_at is None and (relevant is None or r.relevant is relevant)]
    return [r.id for r in sorted(live, key=lambda r: (r.published_at, r.id), reverse=True)][:limit]


@pytest.mark.parametrize("path", ["read-all", "walk", "walk-then-read-all"])
@pytest.mark.parametrize(("source", "limit", "relevant"), [
    ("src-007", 50, None), ("src-007", 5, True), ("src-123", 50, None), ("src-020", 30, True), ("src-399", 50, None),
], ids=["largest", "largest-relevant", "small", "middle-relevant", "none-or-few"])
def test_items_of_a_source_are_the_same_whichever_way_they_are_found(
        generated: Engine, monkeypatch: pytest.MonkeyPatch, path: str, source: str, limit: int,
        relevant: bool | None) -> None:
    small, walk = {"read-all": (10**9, 0), "walk": (1, 20_000), "walk-then-read-all": (1, 0)}[path]
    monkeypatch.setattr(items_module, "SOURCE_SMALL", small)
    monkeypatch.setattr(items_module, "SOURCE_WALK", walk)  # 0: the least the walk takes, 20 × limit
    got = list_items(generated, source_ids=[source], limit=limit, relevant=relevant)
    assert [i.id for i in got] == reference_list(generated, source, limit, relevant)
    assert all(source in i.sources for i in got)


def test_postgresql_connections_do_not_jit_compile(pg_url: str) -> None:
    engine = db.make_engine(pg_url)
    with engine.connect() as first, engine.connect() as second:  # every pooled connection
        assert [conn.scalar(text("SHOW jit")) for conn in (first, second)] == ["off", "off"]
        assert first.scalar(text("SHOW search_path")).startswith("t_")  # the URL's own options kept
    engine.dispose()


# --- the migration --------------------------------------------------------------------------------


def index_names(engine: Engine) -> dict[str, dict[str, list[str]]]:
    """Per table, its indexes' columns by name, as the database has them."""
    found = inspect(engine)
    return {table: {str(ix["name"]): list(ix["column_names"]) for ix in found.get_indexes(table)}
            for table in found.get_table_names() if table != "alembic_version"}


def declared_indexes() -> dict[str, dict[str, list[str]]]:
    return {table.name: {str(ix.name): [c.name for c in ix.columns] for ix in table.indexes}
            for table in Base.metadata.sorted_tables}


@pytest.fixture
def bare(database_url: str) -> Iterator[Engine]:
    engine = db.make_engine(database_url)
    yield engine
    engine.dispose()


def test_migration_adds_and_drops_its_index_and_the_models_declare_it(bare: Engine) -> None:
    from alembic.script import ScriptDirectory

    before = ScriptDirectory.from_config(db._alembic_config(bare)).get_revision("0006_scale").down_revision
    db.upgrade(bare, str(before))
    assert "ix_stories_last_seen" not in index_names(bare)["stories"]
    db.upgrade(bare)
    assert "ix_stories_last_seen" in index_names(bare)["stories"]
    declared, stored = declared_indexes(), index_names(bare)
    for table in ("items", "stories", "sightings"):  # what metadata declares, the migrations made
        assert {name: stored[table].get(name) for name in declared[table]} == declared[table], table
    db.downgrade(bare, str(before))
    assert "ix_stories_last_seen" not in index_names(bare)["stories"]
    assert db.current_revision(bare) == before
