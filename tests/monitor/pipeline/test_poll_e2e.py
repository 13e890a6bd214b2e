"""`monitor poll` end to end over a real local HTTP server: every format and encoding, twice."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from monitor.cli import main
from monitor.feeds.parse import parse_feed
from tests.support.feedserver import FeedServer
from tests.support.mailserver import free_port

FEEDS = Path(__file__).resolve().parents[1] / "data" / "feeds"
CONTENT_TYPES = {
    "windows1251.xml": "application/rss+xml",  # no charset: the XML declaration must win
    "koi8r.xml": "text/xml; charset=KOI8-R",
    "gb18030.xml": "application/rss+xml",
    "jsonfeed10.json": "application/json",
    "jsonfeed11.json": "application/feed+json",
}
FEED_FILES = sorted(p for p in FEEDS.iterdir() if not p.name.endswith(".golden.json"))


def env_for(tmp_path: Path, database_url: str | None = None) -> dict[str, str]:
    return {
        "MONITOR_DATABASE_URL": database_url or f"sqlite:///{tmp_path / 'monitor.db'}",
        "MONITOR_SOURCES": str(tmp_path / "sources.yaml"),
        "MONITOR_DATA_DIR": str(tmp_path / "data"),
        "MONITOR_ALLOW_PRIVATE_HOSTS": "true",
        "MONITOR_PARSE_WORKERS": "1",
        "MONITOR_LOG_LEVEL": "warning",
        "MONITOR_HTTP_ADDR": f"127.0.0.1:{free_port()}",  # `monitor run` serves the web there
    }


def run(env: dict[str, str], *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), environ=env, out=out)
    return code, out.getvalue()


def serve_all(server: FeedServer, tmp_path: Path) -> dict[str, Path]:
    ids = {}
    lines = ["sources:"]
    for path in FEED_FILES:
        sid = path.stem.replace(".", "-").lower()
        url = server.add_feed("/" + path.name, path.read_bytes(),
                              content_type=CONTENT_TYPES.get(path.name, "application/xml"))
        lines.append(f"  - {{id: {sid}, name: {path.stem}, url: '{url}'}}")
        ids[sid] = path
    lines.append(f"  - {{id: missing, url: '{server.add('/gone', b'no', status=404, content_type='text/plain')}'}}")
    html = server.add("/homepage", b"<!doctype html><html><body>News</body></html>", content_type="text/html")
    lines.append(f"  - {{id: homepage, url: '{html}'}}")
    (tmp_path / "sources.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ids


def test_poll_stores_every_item_once_then_gets_304(feed_server: FeedServer, tmp_path: Path, database_url: str) -> None:
    ids = serve_all(feed_server, tmp_path)
    env = env_for(tmp_path, database_url)

    code, out = run(env, "poll", "--json")
    assert code == 0
    rows = {r["source"]: r for r in map(json.loads, out.splitlines())}
    assert rows["missing"]["status"] == "error" and "404" in rows["missing"]["error"]
    assert rows["homepage"]["status"] == "error" and "HTML page" in rows["homepage"]["error"]
    for sid in ids:
        assert rows[sid]["status"] == "ok", rows[sid]

    code, out = run(env, "items", "list", "--json", "--limit", "1000")
    stored = [json.loads(line) for line in out.splitlines()]
    new_total = 0
    for sid, path in ids.items():
        expected = {e.title for e in _titles(path)}
        # The same article in several feeds (one link) is one item seen by each of them.
        got = {i["title"] for i in stored if sid in i["sources"]}
        assert got == expected, sid
        new_total += rows[sid]["new"]
    assert new_total == len(stored)
    assert {"id", "source", "url", "title", "summary", "published", "language"} <= set(stored[0])
    titles = {i["title"] for i in stored}
    assert "Казахстанско-китайский центр сельскохозяйственных исследований открыт в Алматы" in titles
    assert "中国政府奖学金名额向吉尔吉斯斯坦学生倾斜" in titles
    assert "Oʻzbekiston va Xitoy universitetlari hamkorlik qiladi" in titles

    feed_server.requests.clear()
    code, out = run(env, "poll", "--json")
    second = {r["source"]: r for r in map(json.loads, out.splitlines())}
    for sid in ids:
        assert second[sid]["status"] == "not_modified" and second[sid]["new"] == 0, second[sid]
    code, out = run(env, "items", "list", "--json", "--limit", "1000")
    assert len(out.splitlines()) == len(stored)


def _titles(path: Path):  # type: ignore[no-untyped-def]
    from datetime import datetime, timezone

    from monitor.feeds.normalize import normalize_feed

    feed = parse_feed(path.read_bytes(), url="http://x/", content_type=CONTENT_TYPES.get(path.name))
    return normalize_feed(feed, base_url="http://x/", fetched_at=datetime.now(timezone.utc))


def test_poll_table_names_failing_sources(feed_server: FeedServer, tmp_path: Path) -> None:
    serve_all(feed_server, tmp_path)
    code, out = run(env_for(tmp_path), "poll", "--source", "missing", "--source", "rss20")
    assert code == 0
    assert "missing" in out and "HTTP 404" in out and "rss20" in out
    assert "2 sources polled" in out and "1 failed" in out


def test_poll_refuses_a_bad_sources_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "sources.yaml").write_text("sources:\n  - id: a\n    url: https://a.example/\n    interval: 5x\n")
    code, _ = run(env_for(tmp_path), "poll")
    assert code == 2
    assert 'sources.yaml:4: sources[0].interval: "5x" is not a duration like 15m or 2h' in capsys.readouterr().err


def test_poll_unknown_source_is_a_usage_error(feed_server: FeedServer, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    serve_all(feed_server, tmp_path)
    code, _ = run(env_for(tmp_path), "poll", "--source", "nope")
    assert code == 2 and "unknown source id(s): nope" in capsys.readouterr().err


def test_sources_check_shows_health(feed_server: FeedServer, tmp_path: Path) -> None:
    serve_all(feed_server, tmp_path)
    env = env_for(tmp_path)
    run(env, "poll")
    code, out = run(env, "sources", "check")
    assert code == 0
    lines = {line.split()[0]: line for line in out.splitlines()[1:]}
    assert "failing" in lines["missing"] and "HTTP 404" in lines["missing"]
    assert "healthy" in lines["rss20"]


def test_parse_workers_start_early_only_when_feeds_will_be_parsed(feed_server: FeedServer, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """With parse workers, a poll that will parse feeds starts their fork server before loading
    the database layers; a poll where every source holds validators (304s) starts nothing."""
    from monitor.pipeline import workers

    started: list[bool] = []
    real = workers.start_fork_server
    monkeypatch.setattr(workers, "start_fork_server", lambda cache_dir: (started.append(True), real(cache_dir))[1])
    serve_all(feed_server, tmp_path)
    env = {**env_for(tmp_path), "MONITOR_PARSE_WORKERS": "2"}

    code, out = run(env, "poll", "--source", "rss20", "--json")
    assert code == 0 and json.loads(out)["status"] == "ok"
    assert started == [True]  # a new database: every source is new
    code, out = run(env, "poll", "--source", "rss20", "--json")
    assert code == 0 and json.loads(out)["status"] == "not_modified"
    assert started == [True]  # its validators are stored: it will answer 304
