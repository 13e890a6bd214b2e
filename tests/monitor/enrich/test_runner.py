"""The enrichment tick: instances sharing the queue, Google News items joining the outlet's
story, the retry policy, and a poll without candidates that starts nothing."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest

from monitor.app import enrichment_for
from monitor.dedup.urls import canonical_url
from monitor.enrich.candidates import after_attempt, carries_article, headline_only
from monitor.enrich.google_news import BATCH_URL
from monitor.feeds.fetch import FetchConfig, Fetcher
from monitor.net.addresses import system_resolver
from storage import db
from storage.enrichment import get_enrichment, pending_count
from storage.items import get_items
from storage.item_records import NewEnrichment, NewItem
from tests.conftest import REPO, make_settings
from tests.storage.test_enrichment import store
from tests.support.articles import pages
from tests.support.outlet import Outlet

NOW = datetime.now(timezone.utc)


def candidate(key: str, link: str, title: str, *, canonical: str | None = None, hint: str | None = None) -> NewItem:
    return NewItem(item_key=key, title=title, summary="", published_at=NOW, fetched_at=NOW,
                   content_hash="h" + key, url=link, canonical_url=canonical or link, relevant=False, score=0.0,
                   enrich=NewEnrichment(link=link, headline_only=True, hint_html=hint))


@pytest.mark.parametrize(("outcome", "ok", "retryable", "retry_after", "attempts", "state", "wait"), [
    ("ok", True, False, None, 1, "done", None),
    ("http_error", False, False, None, 1, "failed", None),
    ("timeout", False, False, None, 1, "failed", None),
    ("rate_limited", False, True, 120.0, 1, "pending", 120),
    ("rate_limited", False, True, None, 1, "pending", 60),
    ("robots_unavailable", False, True, None, 3, "pending", 240),
    ("not_resolved", False, True, 5.0, 2, "pending", 60),  # at least a minute
    ("not_resolved", False, True, 10 * 86400.0, 2, "pending", 6 * 3600),  # at most 6 hours
    ("rate_limited", False, True, 30.0, 5, "failed", None),  # the last attempt
], ids=lambda v: str(v))
def test_after_attempt(outcome: str, ok: bool, retryable: bool, retry_after: float | None, attempts: int,
                       state: str, wait: int | None) -> None:
    step = after_attempt(outcome, ok=ok, retryable=retryable, retry_after=retry_after, attempts=attempts,
                         max_attempts=5, now=NOW)
    assert step.state == state
    assert step.next_attempt_at == (None if wait is None else NOW + timedelta(seconds=wait))


@pytest.mark.parametrize(("title", "summary", "content", "expected"), [
    ("Kazakh scientists open a lab", "", None, True),
    ("Kazakh scientists open a lab", "Kazakh scientists open a lab  Steppe Herald", None, True),
    ("Kazakh scientists open a lab", "ALMATY, Dec 5 (Kazinform)", None, True),
    ("Kazakh scientists open a lab", "The laboratory in Almaty will monitor glaciers of the Tian Shan with "
     "instruments from Beijing, its director said on Friday.", None, False),
    ("Kazakh scientists open a lab", "", "A long article body " * 10, False),
], ids=["nothing", "google-news", "dateline", "a-sentence", "content"])
def test_headline_only(title: str, summary: str, content: str | None, expected: bool) -> None:
    assert headline_only(title, summary, content) is expected


@pytest.mark.parametrize(("summary", "content", "expected"), [
    ("", None, False),
    ("The laboratory in Almaty will monitor glaciers of the Tian Shan with instruments from Beijing.", None, False),
    ("word " * 150, None, True),  # every occurrence counts: 750 characters
    (" ".join(f"w{i:04d}" for i in range(83)), None, False),  # 83 × 6 = 498 characters
    (" ".join(f"w{i:04d}" for i in range(84)), None, True),  # 504
    ("", "Пекин и Алматы " + " ".join(f"слово{i}" for i in range(200)), True),
], ids=["nothing", "a-sentence", "a-word-repeated", "just-under", "just-over", "content-counts"])
def test_carries_article(summary: str, content: str | None, expected: bool) -> None:
    assert carries_article("Kazakh scientists open a lab", summary, content) is expected


def checks() -> Fetcher:
    async def resolver(host: str, port: int) -> list[str]:
        return ["142.250.74.46"] if host == "news.google.com" else await system_resolver(host, port)

    return Fetcher(FetchConfig(allow_private_hosts=True), resolver=resolver)


@pytest.mark.postgres
async def test_two_instances_share_the_queue_without_fetching_twice(pg_url: str, tmp_path: Path) -> None:
    engine = db.make_engine(pg_url)
    db.upgrade(engine)
    settings = make_settings(tmp_path, database_url=pg_url, fulltext_host_delay=0.05, fulltext_batch=3,
                             fulltext_per_host=2, fulltext_timeout=2.0)
    with Outlet() as outlet:
        items = []
        for n in range(4):
            for page in pages():
                path = f"/n{n}/{page.name}"
                outlet.add(path, page.body, content_type=page.content_type)
                host = ("127.0.0.1", "localhost")[n % 2]
                items.append(candidate(f"{n}-{page.name}", outlet.url(path, host=host), page.headline))
        ids = store(engine, *items, at=NOW)
        async with checks() as fetcher, \
                enrichment_for(settings, engine, fetcher, owner="one") as one, \
                enrichment_for(settings, engine, fetcher, owner="two") as two:
            async def work(runner) -> int:  # type: ignore[no-untyped-def]
                # as the service's ticks do: claim what is free, again and again, until none is left
                claimed = 0
                while await asyncio.to_thread(pending_count, engine, ids):
                    report = await runner.tick()
                    claimed += report.claimed
                    if not report.claimed:
                        await asyncio.sleep(0.05)
                return claimed

            counts = await asyncio.gather(work(one), work(two))
        hits = [h.path for h in outlet.hits if h.path != "/robots.txt"]
    assert sorted(hits) == sorted({h for h in hits})  # no page fetched twice
    assert len(hits) == len(items) and sum(counts) == len(items) and all(counts)
    assert pending_count(engine, ids) == 0
    assert {get_enrichment(engine, i).outcome for i in ids} == {"ok"}  # type: ignore[union-attr]
    engine.dispose()


def google(publisher: str, seen: list[str]) -> httpx.MockTransport:
    page = '<c-wiz><div jscontroller="x" data-n-a-sg="SIG" data-n-a-ts="1762333800"></div></c-wiz>'
    answer = (")]}'\n\n" + '[["wrb.fr","Fbv4je","[\\"garturlres\\",\\"' + publisher
              + '\\",1]",null,null,null,"generic"]]')

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(f"{request.method} {request.url}")
        if request.method == "POST" and str(request.url) == BATCH_URL:
            return httpx.Response(200, text=answer)
        return httpx.Response(200, text=page)

    return httpx.MockTransport(handle)


async def test_a_google_news_item_joins_the_outlets_story(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = make_settings(tmp_path, fulltext_host_delay=0.05, fulltext_google_delay=0.01)
    page = next(p for p in pages() if p.language == "ru")
    seen: list[str] = []
    with Outlet() as outlet:
        outlet.add("/news/ru", page.body, content_type=page.content_type)
        own_url = outlet.url("/news/ru")
        [own] = store(engine, NewItem(item_key="own", title=page.headline, summary="", published_at=NOW,
                                      fetched_at=NOW, content_hash="own", url=own_url,
                                      canonical_url=canonical_url(own_url)),
                      source="outlet", at=NOW)
        link = "https://news.google.com/rss/articles/CBMiowFBVV95cUxNcUQxTkl0ZDRfbTR3ZGp5?oc=5"
        [gn] = store(engine, candidate("gn", link, page.headline + " - Степной вестник"), source="google", at=NOW)
        async with checks() as fetcher, \
                enrichment_for(settings, engine, fetcher, google_transport=google(own_url, seen)) as runner:
            report = await runner.tick()
    assert (report.claimed, report.read, report.became_relevant) == (1, 1, 1)
    own_item, gn_item = get_items(engine, [own, gn])
    assert gn_item.story_id == own_item.story_id  # one story
    assert gn_item.outlet_url == own_url  # the publisher names the outlet from now on (reclassify)
    assert gn_item.relevant and any(m["field"] == "article" for m in gn_item.decision["matches"])  # type: ignore[index]
    e = get_enrichment(engine, gn)
    assert e is not None and e.publisher_url == own_url and e.outcome == "ok"
    assert sum(1 for s in seen if s.startswith("POST")) == 1
    # The link is cached in the database: a second instance asks Google nothing.
    from storage.enrichment import get_google_link

    assert get_google_link(engine, "CBMiowFBVV95cUxNcUQxTkl0ZDRfbTR3ZGp5") == own_url


def test_a_poll_without_candidates_starts_nothing(tmp_path: Path) -> None:
    """A headline-only feed whose items name no side: the poll stores them, fetches no page, and
    neither imports trafilatura nor starts an extraction worker."""
    with Outlet() as outlet:
        rows = "".join(f"<item><title>Phone number {n}</title><link>{outlet.url(f'/p{n}')}</link></item>"
                       for n in range(5))
        outlet.add("/rss", f'<rss version="2.0"><channel><title>T</title>{rows}</channel></rss>',
                   content_type="application/rss+xml")
        (tmp_path / "sources.yaml").write_text(f"sources:\n  - {{id: t, url: '{outlet.url('/rss')}'}}\n")
        env = {**os.environ, "MONITOR_DATABASE_URL": f"sqlite:///{tmp_path / 'm.db'}",
               "MONITOR_SOURCES": str(tmp_path / "sources.yaml"), "MONITOR_DATA_DIR": str(tmp_path / "data"),
               "MONITOR_ALLOW_PRIVATE_HOSTS": "127.0.0.1/32", "MONITOR_PARSE_WORKERS": "1"}
        code = ("import sys, multiprocessing\nfrom monitor.cli import main\nrc = main(['poll'])\n"
                "print('LOADED', sorted(m for m in ('trafilatura', 'monitor.enrich.fetch', 'monitor.enrich.workers') "
                "if m in sys.modules), len(multiprocessing.active_children()))\nsys.exit(rc)\n")
        done = subprocess.run([sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stderr
        assert "5 new items" in done.stdout
        assert "LOADED [] 0" in done.stdout, done.stdout
        assert [h.path for h in outlet.hits] == ["/rss"]
