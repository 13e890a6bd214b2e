"""`monitor poll` end to end with articles (issue 14, "How it will be checked"): a loopback
outlet with a headline-only feed whose article pages decide relevance, in five languages.

Through the real command path (``monitor.cli.main``): every item relevant by its article
becomes relevant with evidence from the article field; no irrelevant one does, whatever its
chrome says; items without any signal fetch no page (requests counted on the server); no
host sees two article requests at once; a page that hangs, one of 30 MB and a PDF cost their
own items only, and the poll still finishes.
"""

from __future__ import annotations

import io
import json
import time
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from monitor.cli import main
from tests.support.articles import ArticlePage, pages, tempting_pages
from tests.support.service import count, run_service_until
from tests.support.mailserver import free_port
from tests.support.outlet import Outlet

TROUBLE = {  # headline (names a side) → how its page misbehaves → the outcome recorded
    "Bishkek hosts a regional conference": ({"hang": True}, "timeout"),
    "Tashkent education forum: the full programme": ({"stream": 30_000_000}, "too_large"),
    "Kazakhstan statistics agency publishes its yearly report": (
        {"body": b"%PDF-1.7\n" + b"0" * 5000, "content_type": "application/pdf"}, "not_html"),
}
NO_SIGNAL = ["Apple releases a new phone with a bigger battery", "Футбол: итоги тура", "天气预报：明天多云"]
DELAY = 0.2


def feed(items: list[tuple[str, str]]) -> str:
    rows = "".join(f"<item><title>{escape(t)}</title><link>{escape(u)}</link><guid>{escape(u)}</guid></item>"
                   for t, u in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet</title>{rows}</channel></rss>'


def run(env: dict[str, str], *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), environ=env, out=out)
    return code, out.getvalue()


def env_for(tmp_path: Path, database_url: str | None = None, **extra: str) -> dict[str, str]:
    return {
        "MONITOR_DATABASE_URL": database_url or f"sqlite:///{tmp_path / 'monitor.db'}",
        "MONITOR_SOURCES": str(tmp_path / "sources.yaml"),
        "MONITOR_DATA_DIR": str(tmp_path / "data"),
        "MONITOR_ALLOW_PRIVATE_HOSTS": "127.0.0.1/32,::1/128",
        "MONITOR_PARSE_WORKERS": "1",
        "MONITOR_LOG_LEVEL": "warning",
        "MONITOR_HTTP_ADDR": f"127.0.0.1:{free_port()}",
        "MONITOR_FULLTEXT_HOST_DELAY": str(DELAY),
        "MONITOR_FULLTEXT_TIMEOUT": "2",
        "MONITOR_FULLTEXT_POLL_WAIT": "60",
        **extra,
    }


def serve(outlet: Outlet, tmp_path: Path, fulltext: str = "auto") -> dict[str, ArticlePage]:
    """The outlet's pages and its headline-only feed; the sources file naming it."""
    outlet.add("/robots.txt", "User-agent: *\nDisallow: /admin/\n", content_type="text/plain")
    items: list[tuple[str, str]] = []
    by_path: dict[str, ArticlePage] = {}
    for n, page in enumerate(pages() + tempting_pages()):
        host = "127.0.0.1" if n % 2 == 0 else "localhost"  # two hosts served side by side
        path = f"/news/{page.name}"
        outlet.add(path, page.body, content_type=page.content_type)
        items.append((page.headline, outlet.url(path, host=host)))
        by_path[path] = page
    for n, (headline, (spec, _)) in enumerate(TROUBLE.items()):
        outlet.add(f"/news/trouble-{n}", **spec)  # type: ignore[arg-type]
        items.append((headline, outlet.url(f"/news/trouble-{n}")))
    for n, headline in enumerate(NO_SIGNAL):
        outlet.add(f"/news/plain-{n}", "<html><body><p>Nothing to see.</p></body></html>")
        items.append((headline, outlet.url(f"/news/plain-{n}")))
    outlet.add("/rss", feed(items), content_type="application/rss+xml")
    (tmp_path / "sources.yaml").write_text(
        f"sources:\n  - {{id: outlet, url: '{outlet.url('/rss')}', fulltext: {fulltext}}}\n", encoding="utf-8")
    return by_path


def stored_items(env: dict[str, str]) -> dict[str, dict]:
    code, out = run(env, "items", "list", "--json", "--limit", "100")
    assert code == 0
    items = {}
    for line in out.splitlines():
        item = json.loads(line)
        code, shown = run(env, "items", "show", str(item["id"]), "--json")
        assert code == 0
        items[item["title"]] = json.loads(shown)
    return items


def test_poll_reads_candidates_articles(tmp_path: Path, database_url: str) -> None:
    with Outlet() as outlet:
        by_path = serve(outlet, tmp_path)
        env = env_for(tmp_path, database_url)
        started = time.monotonic()
        code, out = run(env, "poll")
        elapsed = time.monotonic() - started
        assert code == 0, out
        candidates = len(by_path) + len(TROUBLE)
        assert f"articles: {candidates} candidates, {len(by_path)} read, 0 still pending" in out, out
        items = stored_items(env)
        hits = list(outlet.hits)
        # A second poll brings nothing new: nothing is fetched again, nothing waits.
        outlet.hits.clear()
        code, again = run(env, "poll")
        assert code == 0 and "articles:" not in again
        assert [h.path for h in outlet.hits] == ["/rss"]

    for path, page in by_path.items():
        item = items[page.headline]
        e = item["enrichment"]
        assert e["state"] == "done" and e["outcome"] == "ok", (page.name, e)
        assert page.in_body in e["text"] and page.in_chrome not in e["text"], page.name
        assert e["relevant_before"] is False
        assert item["relevant"] is page.relevant, (page.name, item["decision"])
        fields = {m["field"] for m in item["decision"]["matches"]}
        if page.relevant:
            assert "article" in fields, page.name
        for m in item["decision"]["matches"]:  # evidence points at the article's own words
            if m["field"] == "article":
                assert e["text"][m["offset"]:].casefold().startswith(m["term"].casefold())
    for headline, (_, outcome) in TROUBLE.items():
        e = items[headline]["enrichment"]
        assert (e["state"], e["outcome"]) == ("failed", outcome), e
        assert items[headline]["relevant"] is False
    for headline in NO_SIGNAL:
        assert items[headline]["enrichment"] is None
    article_hits = [h for h in hits if h.path.startswith("/news/")]
    assert not [h for h in article_hits if h.path.startswith("/news/plain-")]  # no signal: no page
    assert sorted(h.path for h in article_hits) == sorted([*by_path, *(f"/news/trouble-{n}" for n in range(3))])
    for host in ("127.0.0.1", "localhost"):
        on_host = sorted((h for h in hits if h.host == host and h.path != "/rss"), key=lambda h: h.start)
        for a, b in zip(on_host, on_host[1:]):
            assert b.start >= a.end - 0.001, (host, a, b)  # never two at once
            assert b.start - a.end >= DELAY * 0.9, (host, a, b)
    assert elapsed < 40  # the hang cost its 2 s; the 30 MB page its 2 MB


def test_items_show_prints_the_outcome_and_the_article(tmp_path: Path) -> None:
    with Outlet() as outlet:
        by_path = serve(outlet, tmp_path)
        env = env_for(tmp_path)
        assert run(env, "poll")[0] == 0
        items = stored_items(env)
    page = next(p for p in by_path.values() if p.language == "ru" and p.relevant)
    code, out = run(env, "items", "show", str(items[page.headline]["id"]), "--chars", "400")
    assert code == 0
    assert "article:  ok after 1 attempt(s)" in out
    assert "on the feed's text alone: not relevant" in out
    assert "decision: relevant" in out
    assert any(line.strip().startswith("article@") and "→ china" in line for line in out.splitlines()), out
    assert "more characters; --chars or --json" in out
    hang = items["Bishkek hosts a regional conference"]["id"]
    code, out = run(env, "items", "show", str(hang))
    assert "article:  timeout after 1 attempt(s)" in out
    # Replaying the rules keeps the article as evidence: nothing changes.
    code, out = run(env, "reclassify")
    assert code == 0 and "changed 0 (0 now relevant, 0 no longer relevant)" in out, out
    again = stored_items(env)
    assert {t: i["relevant"] for t, i in again.items()} == {t: i["relevant"] for t, i in items.items()}
    assert any(m["field"] == "article" for m in again[page.headline]["decision"]["matches"])


@pytest.mark.parametrize(("fulltext", "fetched"), [("never", 0), ("always", None)], ids=["never", "always"])
def test_fulltext_setting_of_a_source(tmp_path: Path, fulltext: str, fetched: int | None) -> None:
    with Outlet() as outlet:
        by_path = serve(outlet, tmp_path, fulltext=fulltext)
        env = env_for(tmp_path)
        assert run(env, "poll")[0] == 0
        article_hits = [h for h in outlet.hits if h.path.startswith("/news/")]
    expected = len(by_path) + len(TROUBLE) if fetched is None else fetched
    assert len(article_hits) == expected
    assert not [h for h in article_hits if h.path.startswith("/news/plain-")]


def test_poll_wait_is_bounded_and_says_what_is_pending(tmp_path: Path) -> None:
    with Outlet() as outlet:
        serve(outlet, tmp_path)
        env = env_for(tmp_path, MONITOR_FULLTEXT_POLL_WAIT="1", MONITOR_FULLTEXT_HOST_DELAY="2")
        started = time.monotonic()
        code, out = run(env, "poll")
        elapsed = time.monotonic() - started
    assert code == 0
    line = next(line for line in out.splitlines() if line.startswith("articles:"))
    pending = int(line.split(" still pending")[0].rsplit(" ", 1)[1])
    assert pending > 0 and "(the service reads them later)" in line, line
    assert elapsed < 15, elapsed


def test_the_service_reads_the_articles_on_its_own_tick(tmp_path: Path) -> None:
    """`monitor run` as a real process: its enrichment tick reads the candidates' articles."""
    import os

    db = tmp_path / "monitor.db"
    with Outlet() as outlet:
        by_path = serve(outlet, tmp_path)
        env = {**os.environ, **env_for(tmp_path), "MONITOR_TICK": "1s", "MONITOR_FULLTEXT_TICK": "1s"}
        wanted = len(by_path) + len(TROUBLE)
        run_service_until(env, tmp_path, lambda: count(
            db, "SELECT count(*) FROM enrichments WHERE state != 'pending'") >= wanted, 60, poll=0.3)
    assert count(db, "SELECT count(*) FROM enrichments WHERE state = 'done'") == len(by_path)
    assert count(db, "SELECT count(*) FROM enrichments WHERE state = 'failed'") == len(TROUBLE)
    relevant = sum(1 for p in by_path.values() if p.relevant)
    assert count(db, "SELECT count(*) FROM items WHERE relevant") == relevant
    assert count(db, "SELECT count(*) FROM enrichments WHERE lease_owner IS NOT NULL") == 0


def test_poll_wait_zero_queues_and_does_not_wait(tmp_path: Path) -> None:
    with Outlet() as outlet:
        by_path = serve(outlet, tmp_path)
        env = env_for(tmp_path, MONITOR_FULLTEXT_POLL_WAIT="0")
        code, out = run(env, "poll")
        fetched = [h for h in outlet.hits if h.path.startswith("/news/")]
    assert code == 0
    n = len(by_path) + len(TROUBLE)
    assert f"articles: {n} candidates, 0 read, {n} still pending" in out
    assert fetched == []


def test_poll_does_not_wait_for_a_host_that_asked_for_later(tmp_path: Path) -> None:
    """robots.txt answers 500: the host's articles are due again in 30 minutes, so the poll
    stops waiting at once and says they are pending."""
    with Outlet() as outlet:
        by_path = serve(outlet, tmp_path)
        outlet.add("/robots.txt", "broken", content_type="text/plain", status=500)
        env = env_for(tmp_path)
        started = time.monotonic()
        code, out = run(env, "poll")
        elapsed = time.monotonic() - started
        items = stored_items(env)
    assert code == 0
    n = len(by_path) + len(TROUBLE)
    assert f"articles: {n} candidates, 0 read, {n} still pending" in out, out
    assert {i["enrichment"]["outcome"] for i in items.values() if i["enrichment"]} == {"robots_unavailable"}
    assert elapsed < 20, elapsed
