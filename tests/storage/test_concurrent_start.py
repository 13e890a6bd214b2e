"""Instances that start together on one database: migrations and the sources sync never collide.

Each trial empties the database and lets three "instances" (threads, each with its own engine,
as separate processes would have) run the start-up steps at the same moment:
``needs_upgrade`` → ``upgrade`` → ``sync_sources``. tests/faults/ does the same with real
``monitor run`` processes.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, func, select, text

from storage import db
from storage.models import Base, Source
from storage.records import SourceSpec
from storage.sources import sync_sources

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def specs(n: int, *, interval: int = 1800) -> list[SourceSpec]:
    return [SourceSpec(id=f"s{i:04d}", name=f"Source {i}", url=f"https://feeds{i % 50}.example/{i}",
                       language="en", interval_seconds=interval, enabled=True, dedup=True)
            for i in range(n)]


def start_together(url: str, sources: list[SourceSpec], instances: int = 3) -> list[BaseException]:
    barrier = threading.Barrier(instances)
    errors: list[BaseException] = []

    def start() -> None:
        engine = db.make_engine(url)
        try:
            barrier.wait()
            if db.needs_upgrade(engine):
                db.upgrade(engine)
            sync_sources(engine, sources, NOW)
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=start) for _ in range(instances)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return errors


def empty(engine: Engine) -> None:
    import storage.enrich_models  # noqa: F401 - registers the articles' tables
    import storage.notify_models  # noqa: F401 - registers the notification tables

    Base.metadata.drop_all(engine)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))


@pytest.mark.parametrize("database_url", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
                         indirect=True)
def test_three_instances_start_together_on_an_empty_database(database_url: str) -> None:
    engine = db.make_engine(database_url)
    try:
        for _trial in range(6):
            empty(engine)
            errors = start_together(database_url, specs(600))
            assert errors == [], [repr(e)[:300] for e in errors]
            with engine.connect() as conn:
                assert conn.scalar(select(func.count()).select_from(Source)) == 600
            assert db.current_revision(engine) == db.HEAD
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_source_added_while_replicas_restart_together(pg_url: str) -> None:
    """The second case of the issue: the table exists, a source is new, and every replica
    inserts it at once."""
    engine = db.make_engine(pg_url)
    db.upgrade(engine)
    sync_sources(engine, specs(100), NOW)
    try:
        for n in range(101, 106):
            assert start_together(pg_url, specs(n)) == []
        with engine.connect() as conn:
            assert conn.scalar(select(func.count()).select_from(Source)) == 105
    finally:
        engine.dispose()
