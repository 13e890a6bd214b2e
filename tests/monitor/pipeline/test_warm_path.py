"""A poll where every feed answers 304 loads only what it uses (issue 16: warm polls in under
half a second), and writes exactly what the full write path would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from storage import tables
from storage.polls import record_polls
from storage.records import PollRecord, SourceSpec
from storage.sources import record_quiet_polls, sync_sources
from tests.monitor.pipeline.test_poll_e2e import env_for, run
from tests.support.feedserver import FeedServer

REPO = Path(__file__).resolve().parents[3]
RSS = ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>t</title>"
       "<link>https://kz.example/</link><item><title>Chinese and Kazakh universities open a laboratory"
       "</title><link>https://kz.example/{n}</link><guid>{n}</guid><description>&lt;p&gt;Joint "
       "research.&lt;/p&gt;</description></item></channel></rss>")

# Module (or package) -> why a warm poll must not load it.
NOT_LOADED = {
    "sqlalchemy": "the engine: on SQLite the polling state is read and written with sqlite3 (storage/dbapi.py)",
    "alembic": "migrations: the schema is checked with one query",
    "yaml": "the sources file's parser: an unchanged file is read from the data folder's cache",
    "storage.models": "the ORM models",
    "classifiers": "the classifier and its compiled rules",
    "feedparser": "the reference parser",
    "lxml": "the fast parser",
    "trafilatura": "the enrichment's extractor",
    "numpy": "fingerprints and the story matcher",
    "monitor.feeds.parse": "parsing runs only when a feed sends a body",
    "monitor.dedup": "the story matcher",
    "multiprocessing.forkserver": "the parse workers' fork server starts on the first body",
    "concurrent.futures.process": "the process pool",
    "notifications.message": "the email modules (the default MONITOR_MAIL_FROM needs no check)",
    "click": "httpx's command-line client",
    "httpx": "the feed fetcher speaks HTTP/1.1 through monitor/net/http1.py; httpx serves webhooks and articles",
    "h11": "answers are parsed by httptools",
    "http.cookiejar": "the cookie jar is made when a feed first sets a cookie",
}

WARM_POLL = """
import atexit, sys
atexit.register(lambda: print("LOADED " + " ".join(sorted(m for m, v in sys.modules.items() if v is not None)),
                              file=sys.stderr))  # None: a module blocked from loading (httpx._main)
sys.argv = ["monitor", "poll", "--json"]
from monitor.cli import run
run()
"""


@pytest.fixture(scope="module")
def warm_poll_modules(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The modules a `monitor poll` process loaded when every feed answered 304 (two parse
    workers configured, as on a two-core machine)."""
    tmp_path = tmp_path_factory.mktemp("warm")
    with FeedServer() as server:
        lines = ["sources:"]
        for n in range(3):
            url = server.add_feed(f"/feed{n}", RSS.format(n=n), etag=f'"v{n}"')
            lines.append(f"  - {{id: feed{n}, url: '{url}'}}")
        (tmp_path / "sources.yaml").write_text("\n".join(lines) + "\n")
        # The items name both sides, so they are candidates for their article (docs/enrich.md),
        # whose links lead nowhere: the cold poll queues them and does not wait (as the bench).
        env = {**env_for(tmp_path), "MONITOR_FULLTEXT_POLL_WAIT": "0"}
        assert run(env, "poll")[0] == 0  # the cold poll, in this process: validators stored
        env = {**os.environ, **env, "MONITOR_PARSE_WORKERS": "2"}
        done = subprocess.run([sys.executable, "-c", WARM_POLL], env=env, cwd=REPO, capture_output=True,
                              text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["status"] for r in rows] == ["not_modified"] * 3, rows
    loaded = [line for line in done.stderr.splitlines() if line.startswith("LOADED ")]
    assert loaded, done.stderr[-2000:]
    return set(loaded[-1].split()[1:])


@pytest.mark.parametrize("module", sorted(NOT_LOADED), ids=sorted(NOT_LOADED))
def test_a_warm_poll_does_not_load(warm_poll_modules: set[str], module: str) -> None:
    found = sorted(m for m in warm_poll_modules if m == module or m.startswith(module + "."))
    assert not found, f"a warm poll loaded {found}: {NOT_LOADED[module]}"


def test_the_warm_poll_still_loads_what_it_uses(warm_poll_modules: set[str]) -> None:
    # a guard on the test itself: the module list is the poll's, not an empty process's
    assert {"monitor.net.http1", "sqlite3", "storage.sources", "monitor.pipeline.poller"} <= warm_poll_modules


def test_the_default_mail_from_is_valid() -> None:
    # Settings skip checking MONITOR_MAIL_FROM when it is the default (to spare the email modules).
    from email.utils import parseaddr

    from monitor.settings import SPECS
    from notifications.message import format_address

    default = next(s.default for s in SPECS if s.field == "mail_from")
    name, address = parseaddr(default)
    assert format_address(address, name) == default


T0 = datetime(2026, 12, 6, 8, 0, tzinfo=timezone.utc)


def record(sid: str, status: str, http_status: int | None, error: str | None = None) -> PollRecord:
    return PollRecord(source_id=sid, started_at=T0, duration_ms=7, status=status,
                      next_poll_at=T0 + timedelta(minutes=30), consecutive_failures=0 if error is None else 2,
                      http_status=http_status, etag='"e"' if status != "error" else None,
                      last_modified=None, error=error, lease_owner="me")


QUIET = {
    "not-modified": [("a", "not_modified", 304, None)],
    "error": [("a", "error", 500, "HTTP 500")],
    "mixed": [("a", "not_modified", 304, None), ("b", "error", None, "timed out"),
              ("c", "not_modified", 304, None)],
}


@pytest.mark.parametrize("polls", QUIET.values(), ids=QUIET.keys())
def test_quiet_polls_write_what_record_polls_writes(engine, polls: list[tuple]) -> None:  # type: ignore[no-untyped-def]
    """The same polls written by each writer, to sources of their own (prefixed), give the same rows."""
    def written(writer, prefix: str) -> tuple[list[tuple], list[tuple]]:  # type: ignore[no-untyped-def]
        records = [record(prefix + sid, *rest) for sid, *rest in polls]
        sync_sources(engine, [SourceSpec(id=prefix + s, name=s, url=f"https://{s}.example/", language=None,
                                         interval_seconds=1800) for s in "abc"], T0)
        assert writer(engine, records) == {r.source_id: [] for r in records}
        s, f = tables.sources, tables.fetch_log
        with engine.connect() as conn:
            sources = conn.execute(select(s).where(s.c.id.startswith(prefix)).order_by(s.c.id)).all()
            logs = conn.execute(select(f).where(f.c.source_id.startswith(prefix)).order_by(f.c.id)).all()
        strip = len(prefix)
        return ([(r.id[strip:], *r[1:]) for r in sources],
                [(r.source_id[strip:], *r[2:]) for r in logs])  # fetch_log ids differ, and are left out

    assert written(record_quiet_polls, "quiet-") == written(record_polls, "full-")
