"""Cookies on the wire: a feed's own cookie is sent back to it, and a cookie of another site
changes nothing in a feed's request (the bytes are the same as with an empty jar)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest

from monitor.feeds import wire
from monitor.feeds.fetch import FetchConfig, Fetched, Fetcher, NotModified
from monitor.net.transport import PerOriginTransport

OPEN = FetchConfig(allow_private_hosts=True, total_timeout=5, read_timeout=2, connect_timeout=2)
RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'


class RawServer:
    """Records each request head as bytes; answers 304 to a request with If-None-Match, else
    200 with ``extra`` headers."""

    def __init__(self, extra: bytes = b"") -> None:
        self.heads: list[bytes] = []
        self.extra = extra
        self.port = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                self.heads.append(head)
                if b"if-none-match:" in head.lower():
                    writer.write(b'HTTP/1.1 304 Not Modified\r\nETag: "v1"\r\nContent-Length: 0\r\n\r\n')
                else:
                    writer.write(b'HTTP/1.1 200 OK\r\nETag: "v1"\r\nContent-Type: application/rss+xml\r\n'
                                 + self.extra + b"Content-Length: %d\r\n\r\n" % len(RSS) + RSS)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


async def serving(extra: bytes = b"") -> AsyncIterator[RawServer]:
    server = RawServer(extra)
    listener = await asyncio.start_server(server.handle, "127.0.0.1", 0)
    server.port = listener.sockets[0].getsockname()[1]
    try:
        yield server
    finally:
        listener.close()


@pytest.fixture
async def raw_server() -> AsyncIterator[RawServer]:
    async for server in serving():
        yield server


@pytest.fixture
async def cookie_server() -> AsyncIterator[RawServer]:
    async for server in serving(b"Set-Cookie: sid=abc; Path=/\r\n"):
        yield server


VALIDATORS = {
    "none": {},
    "etag": {"etag": '"v1"'},
    "both": {"etag": '"v1"', "last_modified": "Sun, 06 Dec 2026 08:00:00 GMT"},
}


@pytest.mark.parametrize("validators", VALIDATORS.values(), ids=VALIDATORS.keys())
async def test_another_sites_cookie_changes_nothing(raw_server: RawServer, validators: dict[str, str]) -> None:
    url = raw_server.url("/feed?x=1")
    async with Fetcher(OPEN) as empty_jar:
        await empty_jar.fetch(url, **validators)
    async with Fetcher(OPEN) as with_cookie:
        with_cookie.cookies.set("other", "1", domain="other.example")
        await with_cookie.fetch(url, **validators)
    first, second = raw_server.heads
    assert first.startswith(b"GET /feed?x=1 HTTP/1.1\r\n")
    assert first == second


async def test_a_cookie_set_by_a_feed_is_sent_back_to_it(cookie_server: RawServer) -> None:
    url = cookie_server.url("/feed")
    async with Fetcher(OPEN) as f:
        assert isinstance(await f.fetch(url), Fetched)
        assert isinstance(await f.fetch(url, etag='"v1"'), NotModified)
    first, second = cookie_server.heads
    assert b"cookie:" not in first.lower()
    assert b"\r\nCookie: sid=abc\r\n" in second


# The jar's shortcut (monitor.feeds.wire.make_cookie_jar() skips the jar for an answer without
# Set-Cookie/Set-Cookie2) against httpx's own Cookies: the same jar after each answer.
ANSWERS = {
    "no-cookie": [("Content-Type", "application/rss+xml"), ("ETag", '"v1"')],
    "set-cookie": [("Set-Cookie", "sid=abc; Path=/")],
    "upper-case": [("SET-COOKIE", "sid=up; Path=/feeds")],
    "lower-case": [("set-cookie", "a=1"), ("set-cookie", "b=2; Max-Age=60")],
    "set-cookie2": [("Set-Cookie2", 'v="1"; Version="1"; Path="/"')],
    "expired": [("Set-Cookie", "sid=gone; Expires=Thu, 01 Jan 1970 00:00:00 GMT")],
    "other-domain": [("Set-Cookie", "x=1; Domain=other.example")],
    "cookie-like": [("X-Set-Cookie", "no=1"), ("Cookie", "no=2")],
    "empty": [],
}


def _jar(cookies: httpx.Cookies) -> list[tuple[object, ...]]:
    return sorted((c.name, c.value, c.domain, c.path, c.expires) for c in cookies.jar)


@pytest.mark.parametrize("sequence", [[k] for k in ANSWERS] + [list(ANSWERS), list(reversed(ANSWERS))],
                         ids=[*ANSWERS, "all", "all-reversed"])
def test_the_jar_shortcut_keeps_what_httpx_keeps(sequence: list[str]) -> None:
    request = httpx.Request("GET", "http://feeds.example/feeds/rss?x=1")
    shortcut, reference = wire.make_cookie_jar(), httpx.Cookies()
    for name in sequence:
        for jar in (shortcut, reference):
            jar.extract_cookies(httpx.Response(200, headers=ANSWERS[name], request=request))
        assert _jar(shortcut) == _jar(reference)
        assert bool(_jar(reference)) or name != "set-cookie"  # the table does set cookies
        sent = [httpx.Request("GET", "http://feeds.example/feeds/rss") for _ in range(2)]
        shortcut.set_cookie_header(sent[0])
        reference.set_cookie_header(sent[1])
        assert sent[0].headers.get("cookie") == sent[1].headers.get("cookie")


async def test_both_paths_use_the_shortcut_jar() -> None:
    async with Fetcher(OPEN) as f:
        assert type(f.cookies) is wire._cookies_class()
    async with Fetcher(OPEN, transport=PerOriginTransport(policy=OPEN.policy)) as f:
        assert f._client is not None and f._client.cookies is f.cookies


@pytest.mark.parametrize("validators", VALIDATORS.values(), ids=VALIDATORS.keys())
async def test_the_pool_puts_on_the_wire_what_an_httpx_client_would(cookie_server: RawServer,
                                                                      validators: dict[str, str]) -> None:
    """The fetcher writes its requests itself (monitor.net.http1); with an injected transport it
    sends through an httpx.AsyncClient. The same request head goes out both ways, cookies of an
    answer are kept and sent back the same way, and a foreign cookie is left out both ways."""
    url = cookie_server.url("/feed?x=1")
    jars = []
    for via in ("pool", "client"):
        transport = None if via == "pool" else PerOriginTransport(policy=OPEN.policy)
        async with Fetcher(OPEN, transport=transport) as f:
            f.cookies.set("other", "1", domain="other.example")
            for _ in range(2):  # a 200 sets a cookie, which the second request carries back
                await f.fetch(url, **validators)
            jars.append(sorted(c.name for c in f.cookies.jar))
    ours, theirs = cookie_server.heads[:2], cookie_server.heads[2:]
    assert ours == theirs
    assert jars[0] == jars[1] == (["other", "sid"] if not validators else ["other"])  # a 304 sets none here
    assert (b"\r\nCookie: sid=abc\r\n" in ours[1]) == (not validators) and b"other=" not in ours[1]
