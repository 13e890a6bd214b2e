"""storage.peek: the cheap look `monitor poll` takes before loading SQLAlchemy."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest

from storage import db
from storage.peek import sqlite_path, validated_sources
from storage.polls import record_polls
from storage.records import PollRecord, SourceSpec
from storage.sources import sync_sources

T0 = datetime(2026, 11, 2, 8, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(("url", "expected"), [
    ("sqlite:///./data/monitor.db", Path("./data/monitor.db")),
    ("sqlite:////data/monitor.db", Path("/data/monitor.db")),
    ("sqlite:///data/m.db?timeout=5", Path("data/m.db")),
    ("sqlite://", None),
    ("sqlite:///:memory:", None),
    ("postgresql+psycopg://monitor@db/monitor", None),
], ids=["relative", "absolute", "query", "memory-empty", "memory", "postgresql"])
def test_sqlite_path(url: str, expected: Path | None) -> None:
    assert sqlite_path(url) == expected


def test_a_missing_database_has_no_validated_sources(tmp_path: Path) -> None:
    assert validated_sources(f"sqlite:///{tmp_path / 'none.db'}") == set()
    assert not (tmp_path / "none.db").exists()  # looking did not create it


def test_sources_with_an_etag_or_last_modified_are_validated(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'monitor.db'}"
    engine = db.make_engine(url)
    db.upgrade(engine)
    sync_sources(engine, [SourceSpec(s, s, f"https://{s}.example/feed", None, 1800) for s in "abc"], T0)
    ok = dict(started_at=T0, duration_ms=1, status="ok", next_poll_at=T0, consecutive_failures=0, http_status=200)
    record_polls(engine, [PollRecord(source_id="a", etag='"1"', **ok),
                               PollRecord(source_id="b", last_modified="Mon, 02 Nov 2026 08:00:00 GMT", **ok),
                               PollRecord(source_id="c", **ok)])
    engine.dispose()
    assert validated_sources(url) == {"a", "b"}


@pytest.mark.parametrize("setup", ["no-table", "not-a-database"])
def test_what_cannot_be_read_is_none(tmp_path: Path, setup: str) -> None:
    path = tmp_path / "other.db"
    if setup == "no-table":
        sqlite3.connect(path).close()
    else:
        path.write_bytes(b"this is not SQLite" * 100)
    assert validated_sources(f"sqlite:///{path}") is None


def test_postgresql_is_not_peeked_at() -> None:
    assert validated_sources("postgresql+psycopg://nobody@127.0.0.1:1/none") is None
