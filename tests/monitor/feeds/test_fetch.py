"""The fetcher against a real HTTP server on 127.0.0.1 (respx only where DNS would be needed)."""

from __future__ import annotations

import gzip
import zlib
from datetime import datetime, timezone

import httpx
import pytest
import respx

from monitor.errors import (
    BlockedAddress,
    FetchTimeout,
    HTTPStatus,
    NetworkError,
    NotAFeed,
    ResponseTooLarge,
    TooManyRedirects,
)
from monitor.feeds.fetch import FetchConfig, Fetched, Fetcher, NotModified, retry_after_seconds
from monitor.net.addresses import is_public_address
from tests.support.dns import public_dns

RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>a</title></item></channel></rss>'
OPEN = FetchConfig(allow_private_hosts=True, total_timeout=5, read_timeout=2, connect_timeout=2,
                   max_body_bytes=100_000)


async def fetch(url: str, config: FetchConfig = OPEN, **kw):  # type: ignore[no-untyped-def]
    async with Fetcher(config) as f:
        return await f.fetch(url, **kw)


async def test_200_then_304_with_validators(feed_server) -> None:
    url = feed_server.add_feed("/f", RSS)
    first = await fetch(url)
    assert isinstance(first, Fetched) and first.body == RSS and first.etag
    second = await fetch(url, etag=first.etag, last_modified=first.last_modified)
    assert isinstance(second, NotModified)
    _, headers = feed_server.requests[-1]
    assert headers["If-None-Match"] == first.etag
    assert headers["User-Agent"].startswith("ca-news-monitor/") or "Mozilla" in headers["User-Agent"]


async def test_last_modified_only(feed_server) -> None:
    url = feed_server.add("/lm", RSS, last_modified="Mon, 02 Nov 2026 10:00:00 GMT")
    first = await fetch(url)
    assert isinstance(first, Fetched)
    assert isinstance(await fetch(url, last_modified=first.last_modified), NotModified)


async def test_gzip_is_decoded(feed_server) -> None:
    url = feed_server.add("/gz", RSS, gzip=True)
    result = await fetch(url)
    assert isinstance(result, Fetched) and result.body == RSS


async def test_gzip_bomb_stops_at_the_cap(feed_server) -> None:
    bomb = b"<?xml version='1.0'?><rss>" + b" " * 50_000_000
    feed_server.add("/bomb", gzip.compress(bomb, 9), headers={"Content-Encoding": "gzip"})
    with pytest.raises(ResponseTooLarge, match="after decompression"):
        await fetch(feed_server.url("/bomb"))


async def test_body_over_the_cap(feed_server) -> None:
    url = feed_server.add("/big", b"<rss>" + b"x" * 200_000)
    with pytest.raises(ResponseTooLarge):
        await fetch(url)


@pytest.mark.parametrize("status", [404, 410, 500])
async def test_error_status(feed_server, status: int) -> None:
    url = feed_server.add(f"/s{status}", b"nope", status=status, content_type="text/plain")
    with pytest.raises(HTTPStatus) as info:
        await fetch(url)
    assert info.value.status == status and str(status) in str(info.value)


async def test_429_carries_retry_after(feed_server) -> None:
    url = feed_server.add("/busy", b"", status=429, headers={"Retry-After": "120"})
    with pytest.raises(HTTPStatus) as info:
        await fetch(url)
    assert info.value.retry_after == 120


async def test_html_page_is_not_a_feed_and_names_the_advertised_feed(feed_server) -> None:
    page = b'<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head></html>'
    url = feed_server.add("/page", page, content_type="text/html; charset=utf-8")
    with pytest.raises(NotAFeed, match=r"HTML page.*127\.0\.0\.1:\d+/rss\.xml"):
        await fetch(url)


async def test_feed_served_as_text_html_is_still_a_feed(feed_server) -> None:
    url = feed_server.add("/mislabelled", RSS, content_type="text/html")
    assert isinstance(await fetch(url), Fetched)


async def test_redirects_are_followed_and_capped(feed_server) -> None:
    target = feed_server.add("/final", RSS)
    feed_server.add("/r1", redirect=target, status=301)
    result = await fetch(feed_server.url("/r1"))
    assert isinstance(result, Fetched) and result.url == target
    for i in range(10):
        feed_server.add(f"/chain{i}", redirect=feed_server.url(f"/chain{i + 1}"))
    with pytest.raises(TooManyRedirects):
        await fetch(feed_server.url("/chain0"))


async def test_redirect_loop(feed_server) -> None:
    feed_server.add("/a", redirect=feed_server.url("/b"))
    feed_server.add("/b", redirect=feed_server.url("/a"))
    with pytest.raises(TooManyRedirects):
        await fetch(feed_server.url("/a"))


async def test_server_that_never_answers_times_out(feed_server) -> None:
    url = feed_server.add("/slow", RSS, delay=3)
    with pytest.raises(FetchTimeout):
        await fetch(url, FetchConfig(allow_private_hosts=True, total_timeout=1, read_timeout=0.5))


@pytest.fixture
def unanswered_port():  # type: ignore[no-untyped-def]
    """A port whose listen backlog is full: the kernel drops further SYNs, so a connect hangs
    as it does towards a host behind a firewall that silently drops packets."""
    import socket
    import time

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    for _ in range(4):
        s = socket.socket()
        s.setblocking(False)
        s.connect_ex(("127.0.0.1", port))
        fillers.append(s)
    time.sleep(0.05)
    yield port
    for s in fillers:
        s.close()
    listener.close()


async def test_a_host_that_never_accepts_the_connection_times_out(unanswered_port: int) -> None:
    config = FetchConfig(allow_private_hosts=True, total_timeout=5, read_timeout=2, connect_timeout=0.3)
    with pytest.raises(FetchTimeout, match="ConnectTimeout"):
        await fetch(f"http://127.0.0.1:{unanswered_port}/feed", config)


async def test_connection_refused() -> None:
    with pytest.raises(NetworkError, match="cannot connect"):
        await fetch("http://127.0.0.1:9/feed")


async def test_loopback_is_refused_by_default(feed_server) -> None:
    url = feed_server.add("/f", RSS)
    with pytest.raises(BlockedAddress, match="MONITOR_ALLOW_PRIVATE_HOSTS"):
        await fetch(url, FetchConfig())
    assert feed_server.hits("/f") == 0


@pytest.mark.parametrize("address", ["10.0.0.5", "192.168.1.1", "169.254.169.254", "::1", "fd00::1",
                                     "::ffff:127.0.0.1", "100.64.0.1", "0.0.0.0"])
async def test_private_addresses_after_dns_are_refused(address: str) -> None:
    async def resolver(host: str, port: int) -> list[str]:
        return ["93.184.216.34", address]

    async with Fetcher(FetchConfig(), resolver=resolver) as f:
        with pytest.raises(BlockedAddress, match=address):
            await f.fetch("https://feeds.example.org/rss")


@respx.mock
async def test_redirect_to_a_private_address_is_refused() -> None:
    respx.get("https://public.example/feed").mock(
        return_value=httpx.Response(302, headers={"Location": "http://internal.example/admin"}))

    async def resolver(host: str, port: int) -> list[str]:
        return {"public.example": ["93.184.216.34"], "internal.example": ["10.1.2.3"]}[host]

    async with Fetcher(FetchConfig(), resolver=resolver, transport=httpx.AsyncHTTPTransport()) as f:
        with pytest.raises(BlockedAddress, match="internal.example"):
            await f.fetch("https://public.example/feed")


@respx.mock
async def test_raw_deflate_body() -> None:
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    body = compressor.compress(RSS) + compressor.flush()
    respx.get("https://deflate.example/feed").mock(
        return_value=httpx.Response(200, content=body, headers={"Content-Encoding": "deflate"}))
    async with Fetcher(OPEN, transport=httpx.AsyncHTTPTransport(), resolver=public_dns) as f:  # respx patches httpcore
        result = await f.fetch("https://deflate.example/feed")
    assert isinstance(result, Fetched) and result.body == RSS


@pytest.mark.parametrize(("value", "expected"), [
    ("120", 120.0), (None, None), ("soon", None),
    ("Thu, 26 Nov 2026 10:02:00 GMT", 120.0),
], ids=["seconds", "absent", "junk", "http-date"])
def test_retry_after_seconds(value: str | None, expected: float | None) -> None:
    now = datetime(2026, 11, 26, 10, 0, tzinfo=timezone.utc)
    assert retry_after_seconds(value, now) == expected


@pytest.mark.parametrize(("address", "public"), [
    ("8.8.8.8", True), ("2a00:1450:4001::1", True), ("127.0.0.1", False), ("10.1.1.1", False),
    ("172.16.0.1", False), ("224.0.0.1", False), ("fe80::1", False)])
def test_is_public_address(address: str, public: bool) -> None:
    assert is_public_address(address) is public


async def test_connections_are_reused_after_304s_and_redirects(feed_server) -> None:
    """Regression: an unread 304 body used to close the connection, so every poll reconnected."""
    from monitor.net.transport import PerOriginTransport

    url = feed_server.add_feed("/keep", RSS)
    feed_server.add("/moved", redirect=url)
    transport = PerOriginTransport(policy=OPEN.policy, max_idle_per_origin=2)
    async with Fetcher(OPEN, transport=transport) as f:
        first = await f.fetch(url)
        for _ in range(10):
            assert isinstance(await f.fetch(url, etag=first.etag), NotModified)
        assert isinstance(await f.fetch(feed_server.url("/moved")), Fetched)
    assert transport.opened == 1


async def test_per_origin_pool_maps_errors_to_httpx(feed_server) -> None:
    from monitor.net.transport import PerOriginTransport

    url = feed_server.add("/slow2", RSS, delay=2)
    async with httpx.AsyncClient(transport=PerOriginTransport(policy=OPEN.policy), timeout=httpx.Timeout(0.3)) as client:
        with pytest.raises(httpx.ReadTimeout):
            await client.get(url)
        with pytest.raises(httpx.ConnectError):
            await client.get("http://127.0.0.1:9/")
