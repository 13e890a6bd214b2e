"""A loopback outlet with a headline-only feed whose article pages decide relevance, in five
languages, plus a Google News item for one of them: how the issue will be checked, as far as
part A's building blocks go (part B stores and re-classifies; here today's classifier reads the
article as the item's content).

Every item relevant by its article becomes relevant with evidence from the article; the one
whose chrome is tempting does not; items without any signal fetch no page; no host sees two
requests at once; a page that hangs, a 30 MB page and a PDF cost their own items only.
"""

from __future__ import annotations

import asyncio
import time
from datetime import datetime, timezone
from pathlib import Path
from xml.sax.saxutils import escape

import httpx

from monitor.app import enricher_for
from monitor.enrich.candidates import wants_article
from monitor.enrich.enricher import Enrichment
from monitor.enrich.google_news import BATCH_URL
from monitor.enrich.records import Outcome
from monitor.enrich.resolver import LinkJob, Resolved
from monitor.feeds.fetch import FetchConfig, Fetcher
from monitor.feeds.normalize import normalize_feed
from monitor.feeds.parse import parse_feed
from monitor.net.addresses import system_resolver
from monitor.pipeline.analyse import decide_text, get_classifier
from tests.conftest import make_settings
from tests.support.articles import pages
from tests.support.outlet import Outlet

GOOGLE_ID = "CBMiowFBVV95cUxNcUQxTkl0ZDRfbTR3ZGp5"
TROUBLE = {  # headline (names a side) → page
    "Bishkek hosts a regional conference": {"hang": True},
    "Tashkent education forum: the full programme": {"stream": 30_000_000},
    "Kazakhstan statistics agency publishes its yearly report": {
        "body": b"%PDF-1.7\n" + b"0" * 5000, "content_type": "application/pdf"},
}
NO_SIGNAL = "Apple releases a new phone with a bigger battery"


def feed(items: list[tuple[str, str]]) -> str:
    rows = "".join(f"<item><title>{escape(t)}</title><link>{escape(u)}</link><guid>{escape(u)}</guid></item>"
                   for t, u in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet</title>{rows}</channel></rss>'


def google(publisher: str) -> httpx.MockTransport:
    page = '<c-wiz><div jscontroller="x" data-n-a-sg="SIG" data-n-a-ts="1762333800"></div></c-wiz>'
    answer = (")]}'\n\n" + '[["wrb.fr","Fbv4je","[\\"garturlres\\",\\"' + publisher
              + '\\",1]",null,null,null,"generic"]]')

    def handle(request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and str(request.url) == BATCH_URL:
            return httpx.Response(200, text=answer)
        return httpx.Response(200, text=page)

    return httpx.MockTransport(handle)


async def test_articles_decide_relevance_politely(tmp_path: Path) -> None:
    with Outlet() as outlet:
        outlet.add("/robots.txt", "User-agent: *\nDisallow: /admin/\n", content_type="text/plain")
        items: list[tuple[str, str]] = []
        by_url = {}
        for n, page in enumerate(pages()):
            # half the pages on one host name, half on another: two hosts served side by side
            host = "127.0.0.1" if n % 2 == 0 else "localhost"
            outlet.add(f"/news/{page.name}", page.body, content_type=page.content_type)
            url = outlet.url(f"/news/{page.name}", host=host)
            items.append((page.headline, url))
            by_url[url] = page
        for n, (headline, spec) in enumerate(TROUBLE.items()):
            outlet.add(f"/news/trouble-{n}", **spec)  # type: ignore[arg-type]
            items.append((headline, outlet.url(f"/news/trouble-{n}")))
        outlet.add("/news/phone", "<html><body><p>A phone.</p></body></html>")
        items.append((NO_SIGNAL, outlet.url("/news/phone")))
        ru_url, ru = next((u, p) for u, p in by_url.items() if p.language == "ru")
        items.append(("Учёные Казахстана собрались в Степногорске - Степной вестник",
                      f"https://news.google.com/rss/articles/{GOOGLE_ID}?oc=5"))

        entries = normalize_feed(parse_feed(feed(items).encode()), base_url=outlet.url("/rss"),
                                 fetched_at=datetime.now(timezone.utc))
        clf = get_classifier("")
        decisions = [decide_text(clf, e.title, e.summary, e.content, e.language) for e in entries]
        assert not any(d["relevant"] for d in decisions)  # the headlines alone decide nothing
        candidates = [e for e, d in zip(entries, decisions) if wants_article(d, headline_only=True)]
        assert NO_SIGNAL not in {e.title for e in candidates}
        assert len(candidates) == len(entries) - 1

        settings = make_settings(tmp_path, fulltext_host_delay=0.1, fulltext_timeout=2.0,
                                 fulltext_worker_time_limit=20.0, fulltext_google_delay=0.01)
        started = time.monotonic()
        async def resolver(host: str, port: int) -> list[str]:
            # news.google.com is answered by the mock transport: no DNS here (every name is
            # resolved, even with MONITOR_ALLOW_PRIVATE_HOSTS=true, to refuse link-local ones)
            return ["142.250.74.46"] if host == "news.google.com" else await system_resolver(host, port)

        async with Fetcher(FetchConfig(allow_private_hosts=True), resolver=resolver) as checks, \
                enricher_for(settings, checks, google_transport=google(ru_url)) as enricher:
            results: list[Enrichment] = await asyncio.gather(
                *(enricher.enrich(LinkJob(e.link)) for e in candidates))
        elapsed = time.monotonic() - started

    by_title = {e.title: r for e, r in zip(candidates, results)}
    for url, page in by_url.items():
        result = by_title[page.headline]
        assert result.article.ok, result.article
        decision = decide_text(clf, page.headline, "", result.article.text, page.language)
        assert decision["relevant"] is page.relevant, (page.name, decision)
        if page.relevant:
            assert any(m["field"] == "content" for m in decision["matches"])
        assert page.in_chrome not in result.article.text
    outcomes = {headline: by_title[headline].article.outcome for headline in TROUBLE}
    assert list(outcomes.values()) == [Outcome.TIMEOUT, Outcome.TOO_LARGE, Outcome.NOT_HTML]
    google_item = by_title["Учёные Казахстана собрались в Степногорске - Степной вестник"]
    assert google_item.resolution == Resolved(ru_url, "google") and google_item.article.ok
    own_item = by_title[ru.headline]
    assert google_item.canonical_url == own_item.canonical_url  # one story: the same key

    outlet.wait_for_hits(2 + len(by_url) + len(TROUBLE))  # robots.txt per host, each page once
    assert outlet.requests_to("/news/phone") == 0
    assert outlet.requests_to(ru_url.split(str(outlet.port))[1]) == 1  # asked twice, fetched once
    assert set(outlet.max_in_flight.values()) == {1}
    assert all(gap >= 0.1 * 0.95 for host in ("127.0.0.1", "localhost") for gap in outlet.gaps(host))
    assert elapsed < 15  # the hang cost its 2 s, the 30 MB page its 2 MB
