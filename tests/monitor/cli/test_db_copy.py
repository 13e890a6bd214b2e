"""`monitor db copy`: a SQLite database that has seen polls, alerts and digests, into PostgreSQL."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from monitor.cli import main
from storage import db
from storage.copy import tables
from tests.notifications.test_e2e_notifications import IRRELEVANT, RELEVANT, rss
from tests.support.feedserver import FeedServer
from tests.support.receiver import Receiver


def environment(tmp_path: Path) -> dict[str, str]:
    return {"MONITOR_DATABASE_URL": f"sqlite:///{tmp_path / 'monitor.db'}",
            "MONITOR_SOURCES": str(tmp_path / "sources.yaml"), "MONITOR_DATA_DIR": str(tmp_path / "data"),
            "MONITOR_ALLOW_PRIVATE_HOSTS": "127.0.0.1/32", "MONITOR_PARSE_WORKERS": "1",
            "MONITOR_LOG_LEVEL": "error"}


def run(env: dict[str, str], *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), environ=env, out=out), out.getvalue()


def everything(url: str) -> dict[str, list[dict[str, Any]]]:
    engine = db.make_engine(url)
    try:
        with engine.connect() as conn:
            return {t.name: [dict(r._mapping) for r in conn.execute(
                select(t).order_by(*t.primary_key.columns))] for t in tables()}
    finally:
        engine.dispose()


@pytest.fixture
def used_sqlite(tmp_path: Path, feed_server: FeedServer, receiver: Receiver) -> dict[str, str]:
    """A SQLite database with a row in every table: polls, an alert sent, a digest queued."""
    base = feed_server.url("")
    a = feed_server.add_feed("/a", rss(base, RELEVANT[:2] + [IRRELEVANT]))
    b = feed_server.add_feed("/b", rss(base, RELEVANT[1:]))  # one story seen by both sources
    feed_server.add("/gone", b"no", status=404, content_type="text/plain")
    (tmp_path / "sources.yaml").write_text(
        f"sources:\n  - {{id: a, url: '{a}'}}\n  - {{id: b, url: '{b}'}}\n"
        f"  - {{id: gone, url: '{feed_server.url('/gone')}'}}\n")
    env = environment(tmp_path)
    assert run(env, "subscribers", "add", "ann@example.org", "--confirmed")[0] == 0
    assert run(env, "webhooks", "add", receiver.url("/ok"), "--format", "json", "--secret", "s" * 20)[0] == 0
    assert run(env, "poll")[0] == 0
    assert run(env, "deliveries", "run")[0] == 0
    assert run(env, "digest", "send", "--now")[0] == 0
    from datetime import datetime, timezone

    from storage.enrichment import put_google_link

    engine = db.make_engine(env["MONITOR_DATABASE_URL"])  # a resolved Google News link (docs/enrich.md)
    put_google_link(engine, "CBMiX", "https://outlet.example/news/1", datetime.now(timezone.utc))
    engine.dispose()
    return env


@pytest.mark.postgres
def test_every_row_of_every_table_arrives(used_sqlite: dict[str, str], pg_url: str) -> None:
    before = everything(used_sqlite["MONITOR_DATABASE_URL"])
    assert all(before[t.name] for t in tables()), {name: len(rows) for name, rows in before.items()}

    code, out = run(used_sqlite, "db", "copy", "--to", pg_url)
    assert code == 0, out
    assert "every table's count matches" in out
    for t in tables():
        assert f"{t.name} " in out
    assert everything(pg_url) == before

    # The sequences continue after the copied ids: new rows on PostgreSQL get fresh ids.
    env = {**used_sqlite, "MONITOR_DATABASE_URL": pg_url}
    code, out = run(env, "webhooks", "add", "http://127.0.0.1:9/second", "--format", "slack")
    assert code == 0 and f"webhook {len(before['webhooks']) + 1} added" in out


@pytest.mark.postgres
def test_a_target_that_holds_rows_is_refused_unless_replaced(used_sqlite: dict[str, str], pg_url: str,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert run(used_sqlite, "db", "copy", "--to", pg_url)[0] == 0
    code, _ = run(used_sqlite, "db", "copy", "--to", pg_url)
    err = capsys.readouterr().err
    assert code == 2 and "--to: the target database is not empty (" in err and "pass --replace" in err
    assert run(used_sqlite, "db", "copy", "--to", pg_url, "--replace")[0] == 0
    assert everything(pg_url) == everything(used_sqlite["MONITOR_DATABASE_URL"])


@pytest.mark.parametrize(("target", "message"), [
    ("{source}", "--to: is the database being copied"),
    ("postgresql+psycopg://monitor:pw@127.0.0.1:1/monitor", "--to: cannot open postgresql+psycopg://monitor:***@"),
    ("nonsense", "--to: not a database URL"),
], ids=["itself", "unreachable", "bad-url"])
def test_a_target_that_cannot_be_used_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   target: str, message: str) -> None:
    env = environment(tmp_path)
    code, _ = run(env, "db", "copy", "--to", target.replace("{source}", env["MONITOR_DATABASE_URL"]))
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1 and message in err, err


def test_sqlite_to_sqlite_works_too(used_sqlite: dict[str, str], tmp_path: Path) -> None:
    """Also a way to take a consistent copy of a live SQLite file."""
    target = f"sqlite:///{tmp_path / 'copy.db'}"
    code, out = run(used_sqlite, "db", "copy", "--to", target)
    assert code == 0, out
    assert everything(target) == everything(used_sqlite["MONITOR_DATABASE_URL"])
