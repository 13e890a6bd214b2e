"""storage.dbapi: the polling state's statements give the same rows through a bare sqlite3
connection (a warm ``monitor poll``) as through the SQLAlchemy engine, and the Database handle
opens, migrates, refuses and hands over to its engine as open_database does."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select, text

from storage import db, tables
from storage.dbapi import Database, DatabaseError, Statements, engine_of, sqlite_datetime, transaction
from storage.records import PollRecord, SourceSpec
from storage.sources import claim_due_sources, list_sources, record_quiet_polls, release_sources, sync_sources

T0 = datetime(2026, 12, 6, 8, 0, tzinfo=timezone.utc)


def spec(sid: str, url: str | None = None, interval: int = 1800, enabled: bool = True,
         host: str | None = None) -> SourceSpec:
    return SourceSpec(id=sid, name=sid.title(), url=url or f"https://{host or sid}.example/feed",
                      language="en" if sid < "m" else None, interval_seconds=interval, enabled=enabled,
                      dedup=sid != "c", fulltext="never" if sid == "d" else "auto")


def quiet(sid: str, status: str, at: datetime) -> PollRecord:
    error = "HTTP 500" if status == "error" else None
    return PollRecord(source_id=sid, started_at=at, duration_ms=9, status=status,
                      next_poll_at=at + timedelta(minutes=31), consecutive_failures=3 if error else 0,
                      http_status=500 if error else 304, etag=None, last_modified=None, error=error,
                      lease_owner="me")


def history(bind) -> list[object]:  # type: ignore[no-untyped-def]
    """Syncs, claims, releases and quiet polls; what each call returned."""
    out: list[object] = []
    sync_sources(bind, [spec("a"), spec("b", host="shared"), spec("c", host="shared"), spec("d"),
                        spec("e", enabled=False)], T0)
    out.append(claim_due_sources(bind, "me", T0, 600, limit=10, per_host=1))
    out.append(record_quiet_polls(bind, [quiet("a", "not_modified", T0), quiet("b", "error", T0)]))
    out.append(claim_due_sources(bind, "other", T0 + timedelta(minutes=1), 600, limit=10))
    release_sources(bind, "other", ["c", "d"])
    out.append(claim_due_sources(bind, "me", T0 + timedelta(hours=1), 600, source_ids=["a", "c", "zz"],
                                 ignore_schedule=True))
    out.append(record_quiet_polls(bind, [quiet("a", "not_modified", T0 + timedelta(hours=1))]))
    sync_sources(bind, [spec("a", url="https://moved.example/feed"), spec("b", interval=60),
                        spec("d", enabled=False)], T0 + timedelta(hours=2))
    out.append(claim_due_sources(bind, "me", T0 + timedelta(hours=2), 600, source_ids=[]))
    out.append(list_sources(bind))
    return out


def rows(engine) -> tuple[list[tuple], list[tuple]]:  # type: ignore[no-untyped-def]
    s, f = tables.sources, tables.fetch_log
    with engine.connect() as conn:
        return (list(conn.execute(select(s).order_by(s.c.id))),
                list(conn.execute(select(f).order_by(f.c.id))))


def migrated(path: Path):  # type: ignore[no-untyped-def]
    engine = db.make_engine(f"sqlite:///{path}")
    db.upgrade(engine)
    return engine


def test_sqlite3_and_the_engine_write_the_same_rows(tmp_path: Path) -> None:
    through_engine = migrated(tmp_path / "engine.db")
    migrated(tmp_path / "plain.db").dispose()
    database = Database(f"sqlite:///{tmp_path / 'plain.db'}")
    database.open()
    assert database._sqlite is not None and database._engine is None  # the bare connection
    results = history(database)
    assert database._engine is None
    assert results == history(through_engine)
    assert rows(database.engine) == rows(through_engine)
    database.close()
    through_engine.dispose()


@pytest.mark.postgres
def test_postgresql_through_the_database_handle_returns_what_sqlite_does(pg_url: str, tmp_path: Path) -> None:
    engine = db.make_engine(pg_url)
    db.upgrade(engine)
    engine.dispose()
    database = Database(pg_url)
    database.open()  # not SQLite: through the engine, at once
    assert database._engine is not None and database._sqlite is None
    reference = migrated(tmp_path / "m.db")
    assert history(database) == history(reference)
    database.close()
    reference.dispose()


def test_the_engine_takes_over_the_bare_connection(tmp_path: Path) -> None:
    migrated(tmp_path / "m.db").dispose()
    database = Database(f"sqlite:///{tmp_path / 'm.db'}")
    database.open()
    sync_sources(database, [spec("a")], T0)
    engine = engine_of(database)  # e.g. the first poll with items
    assert database._sqlite is None
    assert [s.id for s in claim_due_sources(database, "me", T0, 600)] == ["a"]
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT lease_owner FROM sources")) == "me"
    database.close()


def test_a_new_file_is_migrated_through_the_engine(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'new' / 'm.db'}")
    database.open()
    assert db.current_revision(database.engine) == db.HEAD
    database.close()


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    engine = migrated(tmp_path / "m.db")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    database = Database(f"sqlite:///{tmp_path / 'm.db'}")
    with pytest.raises(DatabaseError, match="9999_future"):
        database.open()
    database.close()


def test_a_failed_transaction_writes_nothing(tmp_path: Path) -> None:
    migrated(tmp_path / "m.db").dispose()
    database = Database(f"sqlite:///{tmp_path / 'm.db'}")
    database.open()
    sync_sources(database, [spec("a")], T0)
    with pytest.raises(RuntimeError), transaction(database) as tx:
        tx.run("UPDATE sources SET name = :name", {"name": "changed"})
        raise RuntimeError("stop")
    assert [s.name for s in list_sources(database)] == ["A"]
    database.close()


PYFORMAT: dict[str, tuple[str, str]] = {
    "one": ("SELECT * FROM t WHERE id = :id", "SELECT * FROM t WHERE id = %(id)s"),
    "several": ("UPDATE t SET a = :a, b = :b_1 WHERE (x < :now)", "UPDATE t SET a = %(a)s, b = %(b_1)s WHERE (x < %(now)s)"),
    "in-list": ("id IN (:c0, :c1)", "id IN (%(c0)s, %(c1)s)"),
    "no-parameters": ("SELECT 1", "SELECT 1"),
}


@pytest.mark.parametrize(("sql", "expected"), PYFORMAT.values(), ids=PYFORMAT.keys())
def test_named_parameters_for_psycopg(sql: str, expected: str) -> None:
    seen: list[str] = []
    Statements("postgresql", lambda q, p: seen.append(q) or [], None).rows(sql)
    Statements("sqlite", lambda q, p: seen.append(q) or [], None).rows(sql)
    assert seen == [expected, sql]


TIMES: dict[str, tuple[datetime, str]] = {
    "utc": (T0, "2026-12-06 08:00:00.000000"),
    "microseconds": (T0.replace(microsecond=1234), "2026-12-06 08:00:00.001234"),
    "other-zone": (datetime(2026, 12, 6, 13, 0, tzinfo=timezone(timedelta(hours=5))), "2026-12-06 08:00:00.000000"),
}


@pytest.mark.parametrize(("value", "stored"), TIMES.values(), ids=TIMES.keys())
def test_times_as_utcdatetime_stores_them(value: datetime, stored: str) -> None:
    assert sqlite_datetime(value) == stored
    assert Statements.read_time(stored) == value


BINDS: dict[str, Callable[[datetime], object]] = {
    "sqlite": lambda v: Statements("sqlite", lambda q, p: [(p["t"],)], None).rows("SELECT :t", {"t": v})[0][0],
    "postgresql": lambda v: Statements("postgresql", lambda q, p: [(p["t"],)], None).rows("SELECT :t", {"t": v})[0][0],
}


@pytest.mark.parametrize("dialect", BINDS, ids=BINDS.keys())
def test_a_naive_datetime_is_refused(dialect: str) -> None:
    with pytest.raises(ValueError, match="naive datetime"):
        BINDS[dialect](datetime(2026, 12, 6, 8, 0))
