"""SQLite settings of every connection (storage.dbapi.SQLITE_PRAGMAS): a new database gets 32 KiB
pages and WAL whichever path creates it (the engine and Alembic, or the plain sqlite3 handle of a
warm poll); a database made before, with SQLite's default 4 KiB pages, keeps them and works."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest
from storage import db
from storage.dbapi import Database
from storage.schema import SQLITE_PRAGMAS
from storage.records import SourceSpec
from storage.sources import sync_sources


def pragma(path: Path, name: str) -> object:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]


def through_engine(path: Path) -> None:
    engine = db.make_engine(f"sqlite:///{path}")
    db.upgrade(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -8000
    engine.dispose()


def through_database(path: Path) -> None:
    handle = Database(f"sqlite:///{path}")
    handle.open()
    handle.close()


@pytest.mark.parametrize("create", [through_engine, through_database], ids=["engine", "plain-sqlite3"])
def test_new_database_has_32k_pages_and_wal(tmp_path: Path, create) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "new.db"
    create(path)
    assert pragma(path, "page_size") == 32768
    assert pragma(path, "journal_mode") == "wal"


@pytest.mark.parametrize("create", [through_engine, through_database], ids=["engine", "plain-sqlite3"])
def test_empty_file_gets_32k_pages(tmp_path: Path, create) -> None:  # type: ignore[no-untyped-def]
    """An empty file (touched by a deployment script, say) is a new database too."""
    path = tmp_path / "empty.db"
    path.touch()
    create(path)
    assert pragma(path, "page_size") == 32768


@pytest.mark.parametrize("open_again", [through_engine, through_database], ids=["engine", "plain-sqlite3"])
def test_database_with_4k_pages_keeps_them(tmp_path: Path, open_again) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:  # as SQLite made it before: 4 KiB pages, WAL, a table
        conn.execute("PRAGMA page_size=4096")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE earlier (x)")
    engine = db.make_engine(f"sqlite:///{path}")
    db.upgrade(engine)  # the schema is made in the 4 KiB pages
    sync_sources(engine, [SourceSpec(id="a", name="A", url="https://a.example/feed", language=None,
                                     interval_seconds=1800, enabled=True, dedup=True, fulltext="auto")],
                 now=datetime(2026, 12, 6, 8, 0, tzinfo=timezone.utc))
    engine.dispose()
    open_again(path)
    assert pragma(path, "page_size") == 4096
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT id FROM sources").fetchall() == [("a",)]


def test_page_size_comes_before_wal() -> None:
    """SQLite ignores a page size set once the database is in WAL mode."""
    names = [p.split("=")[0] for p in SQLITE_PRAGMAS]
    assert names.index("page_size") < names.index("journal_mode")
