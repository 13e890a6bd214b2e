"""The polite article fetcher against a loopback outlet: every outcome, robots.txt, and
politeness measured on the server (one request at a time per host, the delay between them)."""

from __future__ import annotations

import asyncio
import gzip
import time
from collections.abc import AsyncIterator, Iterator

import pytest

from monitor.enrich.fetch import ArticleFetcher, FetchConfig, looks_like_html
from monitor.enrich.records import Outcome
from monitor.feeds.fetch import FetchConfig as FeedFetchConfig
from monitor.feeds.fetch import Fetcher
from tests.support.outlet import Outlet

HTML = "<!doctype html><html><head><title>t</title></head><body><p>Text</p></body></html>"
CONFIG = FetchConfig(host_delay=0.2, timeout=1.0, connect_timeout=1.0, max_bytes=2_000_000, max_host_wait=5)


@pytest.fixture
def outlet() -> Iterator[Outlet]:
    with Outlet() as server:
        server.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
        yield server


@pytest.fixture
async def fetcher() -> AsyncIterator[ArticleFetcher]:
    checks = Fetcher(FeedFetchConfig(allow_private_hosts=True))
    fetcher = ArticleFetcher(CONFIG, check_url=checks.check_url)
    yield fetcher
    await fetcher.aclose()
    await checks.aclose()


PAGES: list[tuple[str, dict[str, object], Outcome, str]] = [
    ("ok", {"body": HTML}, Outcome.OK, ""),
    ("xhtml", {"body": HTML, "content_type": "application/xhtml+xml"}, Outcome.OK, ""),
    ("sniffed-octet-stream", {"body": HTML, "content_type": "application/octet-stream"}, Outcome.OK, ""),
    ("no-content-type", {"body": HTML, "content_type": None}, Outcome.OK, ""),
    ("gzip", {"body": gzip.compress(HTML.encode()), "headers": {"Content-Encoding": "gzip"}}, Outcome.OK, ""),
    ("pdf", {"body": b"%PDF-1.7\n" + b"0" * 1000, "content_type": "application/pdf"}, Outcome.NOT_HTML,
     "not an HTML page (application/pdf)"),
    ("pdf-labelled-html", {"body": b"%PDF-1.4\n" + b"0" * 1000}, Outcome.NOT_HTML, "the body is not HTML"),
    ("plain-text", {"body": b"just words", "content_type": "text/plain"}, Outcome.NOT_HTML, "the body is not HTML"),
    ("json", {"body": b"{}", "content_type": "application/json"}, Outcome.NOT_HTML, "application/json"),
    ("huge", {"body": b"<p>" + b"x" * 30_000_000}, Outcome.TOO_LARGE, "30000003 bytes, more than the 2000000"),
    ("huge-chunked", {"stream": 30_000_000}, Outcome.TOO_LARGE, "more than the 2000000 bytes read"),
    ("gzip-bomb", {"body": gzip.compress(b"<p>" + b" " * 30_000_000), "headers": {"Content-Encoding": "gzip"}},
     Outcome.TOO_LARGE, "more than the 2000000"),
    ("hangs", {"hang": True}, Outcome.TIMEOUT, "no complete answer within 1 s"),
    ("gone", {"body": b"no", "status": 410, "content_type": "text/plain"}, Outcome.HTTP_ERROR, "HTTP 410"),
    ("server-error", {"body": b"oops", "status": 500, "content_type": "text/plain"}, Outcome.HTTP_ERROR, "HTTP 500"),
]


@pytest.mark.parametrize(("name", "page", "outcome", "detail"), PAGES, ids=[p[0] for p in PAGES])
async def test_outcomes(outlet: Outlet, fetcher: ArticleFetcher, name: str, page: dict[str, object],
                        outcome: Outcome, detail: str) -> None:
    url = outlet.add(f"/{name}", **page)  # type: ignore[arg-type]
    started = time.monotonic()
    result = await fetcher.fetch(url)
    assert result.outcome is outcome, result
    assert detail in (result.detail or "")
    assert (result.body is not None) == (outcome is Outcome.OK)
    assert time.monotonic() - started < 3  # nothing waits on a hang or a huge body past its limit


async def test_redirects_are_followed_and_loops_stopped(outlet: Outlet, fetcher: ArticleFetcher) -> None:
    final = outlet.add("/article", HTML)
    outlet.add("/short", status=301, headers={"Location": "/article"}, content_type=None)
    outlet.add("/loop-a", status=302, headers={"Location": "/loop-b"}, content_type=None)
    outlet.add("/loop-b", status=302, headers={"Location": "/loop-a"}, content_type=None)
    result = await fetcher.fetch(outlet.url("/short"))
    assert result.outcome is Outcome.OK and result.final_url == final and result.url == outlet.url("/short")
    loop = await fetcher.fetch(outlet.url("/loop-a"))
    assert loop.outcome is Outcome.HTTP_ERROR and "redirect loop" in (loop.detail or "")


async def test_robots_txt_is_fetched_once_and_honoured(outlet: Outlet, fetcher: ArticleFetcher) -> None:
    outlet.add("/private/secret", HTML)
    outlet.add("/public", HTML)
    denied = await fetcher.fetch(outlet.url("/private/secret"))
    allowed = await fetcher.fetch(outlet.url("/public"))
    assert denied.outcome is Outcome.ROBOTS_DISALLOWED and allowed.outcome is Outcome.OK
    assert outlet.requests_to("/private/secret") == 0 and outlet.requests_to("/robots.txt") == 1


@pytest.mark.parametrize(("robots", "outcome"), [
    ({"body": b"gone", "status": 404, "content_type": "text/plain"}, Outcome.OK),
    ({"body": b"no", "status": 403, "content_type": "text/plain"}, Outcome.OK),
    ({"body": b"down", "status": 503, "content_type": "text/plain"}, Outcome.RATE_LIMITED),
    ({"body": b"down", "status": 500, "content_type": "text/plain"}, Outcome.ROBOTS_UNAVAILABLE),
    ({"hang": True}, Outcome.ROBOTS_UNAVAILABLE),
    ({"body": "User-agent: ca-news-monitor\nDisallow: /\n\nUser-agent: *\nAllow: /\n",
      "content_type": "text/plain"}, Outcome.ROBOTS_DISALLOWED),
], ids=["404-all-allowed", "403-all-allowed", "503-wait", "500-unreachable", "hangs-unreachable",
        "our-token-disallowed"])
async def test_robots_answers(outlet: Outlet, fetcher: ArticleFetcher, robots: dict[str, object],
                              outcome: Outcome) -> None:
    outlet.add("/robots.txt", **robots)  # type: ignore[arg-type]
    result = await fetcher.fetch(outlet.add("/page", HTML))
    assert result.outcome is outcome, result
    assert result.retryable == (outcome in (Outcome.RATE_LIMITED, Outcome.ROBOTS_UNAVAILABLE))


async def test_429_puts_the_host_on_hold(outlet: Outlet, fetcher: ArticleFetcher) -> None:
    slow = outlet.add("/busy", b"slow down", status=429, content_type="text/plain", headers={"Retry-After": "30"})
    first = await fetcher.fetch(slow)
    assert first.outcome is Outcome.RATE_LIMITED and first.retry_after == 30 and first.http_status == 429
    second = await fetcher.fetch(outlet.add("/other", HTML))  # the same host: answered at once
    assert second.outcome is Outcome.RATE_LIMITED and second.retry_after and second.retry_after > 25
    assert outlet.requests_to("/other") == 0
    other_host = await fetcher.fetch(outlet.url("/other", host="localhost"))
    assert other_host.outcome is Outcome.OK


async def test_blocked_addresses_are_refused_on_every_hop(outlet: Outlet) -> None:
    checks = Fetcher(FeedFetchConfig(allow_private_hosts=False))
    fetcher = ArticleFetcher(CONFIG, check_url=checks.check_url)
    result = await fetcher.fetch(outlet.add("/article", HTML))
    ftp = await fetcher.fetch("ftp://example.org/file")
    await fetcher.aclose()
    await checks.aclose()
    assert result.outcome is Outcome.BLOCKED and "127.0.0.1" in (result.detail or "")
    assert ftp.outcome is Outcome.BLOCKED
    assert outlet.hits == []


async def test_each_url_is_fetched_once(outlet: Outlet, fetcher: ArticleFetcher) -> None:
    url = outlet.add("/once", HTML, delay=0.2)
    pages = await asyncio.gather(*(fetcher.fetch(url) for _ in range(3)))
    again = await fetcher.fetch(url)
    assert {p.outcome for p in pages} == {Outcome.OK} and again == pages[0]
    assert outlet.requests_to("/once") == 1


async def test_politeness_one_request_per_host_at_a_time_and_the_delay_between(outlet: Outlet) -> None:
    checks = Fetcher(FeedFetchConfig(allow_private_hosts=True))
    fetcher = ArticleFetcher(FetchConfig(host_delay=0.3, timeout=2), check_url=checks.check_url)
    urls = []
    for n in range(5):
        outlet.add(f"/a{n}", HTML, delay=0.05)
        urls += [outlet.url(f"/a{n}"), outlet.url(f"/a{n}", host="localhost")]
    started = time.monotonic()
    pages = await asyncio.gather(*(fetcher.fetch(u) for u in urls))
    elapsed = time.monotonic() - started
    await fetcher.aclose()
    await checks.aclose()
    assert {p.outcome for p in pages} == {Outcome.OK}
    outlet.wait_for_hits(12)  # robots.txt and 5 pages per host
    assert outlet.max_in_flight == {"127.0.0.1": 1, "localhost": 1}
    for host in ("127.0.0.1", "localhost"):
        gaps = outlet.gaps(host)
        assert len(gaps) == 5 and min(gaps) >= 0.3 * 0.95, gaps  # robots.txt + 5 pages per host
    assert elapsed < 2 * 6 * 0.35  # the two hosts were served side by side


async def test_crawl_delay_widens_the_gap(outlet: Outlet, fetcher: ArticleFetcher) -> None:
    outlet.add("/robots.txt", "User-agent: *\nCrawl-delay: 1\n", content_type="text/plain")
    await asyncio.gather(*(fetcher.fetch(outlet.add(f"/c{n}", HTML)) for n in range(2)))
    outlet.wait_for_hits(3)
    assert min(outlet.gaps("127.0.0.1")[1:]) >= 0.95


@pytest.mark.parametrize(("body", "media", "expected"), [
    (b"<!DOCTYPE html><html>", "text/html", True),
    (b"\xef\xbb\xbf  <html><body>", "", True),
    (b"%PDF-1.7", "text/html", False),
    (b"GIF89a\x00\x00", "text/html", False),
    (b"plain words", "text/plain", False),
    (b"", "text/html", False),
    (b"<div>fragment</div>", "application/octet-stream", True),
], ids=["doctype", "bom-no-type", "pdf", "binary", "plain", "empty", "fragment"])
def test_looks_like_html(body: bytes, media: str, expected: bool) -> None:
    assert looks_like_html(body, media) is expected
