"""Fetching feeds: every HTTP rule of politeness and safety lives here.

One long-lived :class:`httpx.AsyncClient` per process (the transport can be injected, so tests
swap the network with one argument). Per fetch:

* conditional GET with the source's ETag / Last-Modified; a 304 returns :class:`NotModified`;
* redirects are followed by hand (at most ``max_redirects``, loops detected), and every hop's
  host is resolved and held to ``MONITOR_ALLOW_PRIVATE_HOSTS``
  (:func:`monitor.net.addresses.checked_addresses`); the request is pinned to the addresses
  that passed, so the connection goes to one of them and not to a second DNS answer;
* the body is read raw and decompressed here with a size cap that also applies after
  decompression, so a gzip bomb stops at the cap instead of filling memory;
* connect/read timeouts from httpx, plus a total deadline over the whole fetch;
* a global and a per-host concurrency limit, over a per-origin connection pool
  (:mod:`monitor.net.transport`);
* ``Retry-After`` on 429/503 is carried on the :class:`HTTPStatus` error for the scheduler;
* a 200 answer that is an HTML page is :class:`NotAFeed`, naming the feed the page advertises;
* an optional pacer (:class:`RequestPacer`, e.g. :class:`monitor.feeds.pacing.GdeltPacer`) is
  waited for before a fetch starts and told how it ended, so requests to a rate-limited API
  are spaced out however many sources use it.

The pieces the article fetcher (:mod:`monitor.enrich.fetch`) shares with this one are public:
:meth:`Fetcher.check_url` (the per-hop address check), :class:`BodyDecoder`,
:func:`drain_and_close` and :func:`describe_transport_error`.

With an injected transport other than :class:`PerOriginTransport` (tests), the addresses are
still checked, but nothing pins the connection to them.
"""

from __future__ import annotations

import asyncio
import email.utils
import re
import time
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol
from urllib.parse import urljoin, urlsplit

import httpx

from monitor import __version__
from monitor.errors import (
    FetchError,
    FetchTimeout,
    HTTPStatus,
    NetworkError,
    NotAFeed,
    ResponseTooLarge,
    TooManyRedirects,
)
from monitor.feeds.queries import is_gdelt_url
from monitor.net.addresses import AddressPolicy, Resolver, checked_addresses, system_resolver
from monitor.net.transport import PINNED, PerOriginTransport

ACCEPT = ("application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
          "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True)
class FetchConfig:
    user_agent: str = f"ca-news-monitor/{__version__}"
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 60.0
    max_body_bytes: int = 10_000_000
    max_redirects: int = 5
    max_concurrency: int = 32
    per_host_concurrency: int = 2
    # MONITOR_ALLOW_PRIVATE_HOSTS; a bool is read as the setting's false/true
    allow_private_hosts: AddressPolicy | bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "allow_private_hosts", AddressPolicy.of(self.allow_private_hosts))

    @property
    def policy(self) -> AddressPolicy:
        return self.allow_private_hosts  # type: ignore[return-value]  # made one in __post_init__


@dataclass(frozen=True)
class Fetched:
    """A 2xx answer with its (decompressed) body."""

    url: str  # the final URL, after redirects
    status: int
    body: bytes
    content_type: str | None
    etag: str | None
    last_modified: str | None
    elapsed_ms: int


@dataclass(frozen=True)
class NotModified:
    url: str
    etag: str | None
    last_modified: str | None
    elapsed_ms: int


class RequestPacer(Protocol):
    """Spaces out requests to a rate-limited service (see :mod:`monitor.feeds.pacing`)."""

    async def before(self, url: str) -> None:
        """Wait until ``url`` may be requested."""

    def after(self, url: str, status: int, body_head: bytes, retry_after: float | None) -> None:
        """How the request to ``url`` ended (the status, the first bytes of a 2xx body)."""


class Fetcher:
    """Fetches feeds with one shared client; create once, ``await aclose()`` at shutdown."""

    def __init__(self, config: FetchConfig, *, transport: httpx.AsyncBaseTransport | None = None,
                 resolver: Resolver = system_resolver, pacer: RequestPacer | None = None) -> None:
        self.config = config
        self._resolver = resolver
        self._pacer = pacer
        timeout = httpx.Timeout(connect=config.connect_timeout, read=config.read_timeout,
                                write=config.read_timeout, pool=config.total_timeout)
        if transport is None:
            # httpx's default pool slows down as connections grow; see monitor/net/transport.py.
            transport = PerOriginTransport(policy=config.policy, resolver=resolver,
                                           max_idle_per_origin=config.per_host_concurrency)
        self._client = httpx.AsyncClient(
            transport=transport, timeout=timeout, follow_redirects=False,
            headers={"User-Agent": config.user_agent, "Accept": ACCEPT,
                     "Accept-Encoding": "gzip, deflate"},
        )
        self._client._cookies = _Cookies()  # no property setter keeps the class; see _Cookies
        self._transport = transport
        self._base_headers = list(self._client.headers.raw)  # what build_request() starts from
        self._timeouts = timeout.as_dict()
        self._global = asyncio.Semaphore(config.max_concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}

    @property
    def resolver(self) -> Resolver:
        """How this fetcher resolves host names (for other clients that share its check)."""
        return self._resolver

    async def aclose(self) -> None:
        await self._client.aclose()

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def fetch(self, url: str, *, etag: str | None = None,
                    last_modified: str | None = None) -> Fetched | NotModified:
        """Fetch ``url``. Raises a :class:`FetchError` subclass on every failure."""
        host = (urlsplit(url).hostname or "").lower()
        sem = self._hosts.setdefault(host, asyncio.Semaphore(self.config.per_host_concurrency))
        if self._pacer is not None:  # before the limits and the deadline: waiting is not fetching
            await self._pacer.before(url)
        async with self._global, sem:
            started = time.perf_counter()
            try:
                async with asyncio.timeout(self.config.total_timeout):
                    return await self._fetch(url, etag, last_modified, started)
            except TimeoutError as exc:
                if isinstance(exc, FetchError):
                    raise
                raise FetchTimeout(f"no complete answer within {self.config.total_timeout:.0f}s") from None

    async def _fetch(self, url: str, etag: str | None, last_modified: str | None,
                     started: float) -> Fetched | NotModified:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        seen = {url}
        current = url
        for _hop in range(self.config.max_redirects + 1):
            addresses = await self._check_url(current)
            try:
                response = await self._send(current, headers, addresses)
            except httpx.TimeoutException as exc:
                raise FetchTimeout(f"timed out ({type(exc).__name__})") from exc
            except httpx.InvalidURL as exc:
                raise FetchError(f"invalid URL: {exc}") from exc
            except httpx.UnsupportedProtocol as exc:
                raise FetchError(f"unsupported URL scheme: {exc}") from exc
            except httpx.TransportError as exc:
                raise NetworkError(_describe_transport_error(exc)) from exc
            try:
                if response.status_code in REDIRECTS and response.headers.get("location"):
                    target = urljoin(current, response.headers["location"])
                    if urlsplit(target).scheme not in ("http", "https"):
                        raise FetchError(f"redirected to a non-HTTP URL: {target[:200]}")
                    if target in seen:
                        raise TooManyRedirects(self.config.max_redirects)
                    seen.add(target)
                    current = target
                    continue
                elapsed = int((time.perf_counter() - started) * 1000)
                if response.status_code == 304:
                    return NotModified(url=current, etag=response.headers.get("etag") or etag,
                                       last_modified=response.headers.get("last-modified") or last_modified,
                                       elapsed_ms=elapsed)
                if response.status_code >= 400 or response.status_code < 200:
                    retry = retry_after_seconds(response.headers.get("retry-after")) \
                        if response.status_code in (429, 503) else None
                    if self._pacer is not None:
                        self._pacer.after(current, response.status_code, b"", retry)
                    raise HTTPStatus(response.status_code, response.reason_phrase, retry)
                body = await self._read_body(response)
            finally:
                await _drain_and_close(response)
            if self._pacer is not None:
                self._pacer.after(current, response.status_code, body[:300], None)
            content_type = response.headers.get("content-type")
            check_feed_body(body, content_type, current, response.status_code)
            return Fetched(url=current, status=response.status_code, body=body,
                           content_type=content_type, etag=response.headers.get("etag"),
                           last_modified=response.headers.get("last-modified"),
                           elapsed_ms=int((time.perf_counter() - started) * 1000))
        raise TooManyRedirects(self.config.max_redirects)

    async def _send(self, url: str, headers: dict[str, str], addresses: tuple[str, ...]) -> httpx.Response:
        """``client.send(client.build_request("GET", url, headers=headers), stream=True)``
        without the client's layers this fetcher has no use for (auth, its own redirects, event
        hooks, merging parameters and URLs): the same request on the wire — the client's headers,
        then ``headers``, then the jar's cookies — sent through the same transport, and the answer's
        cookies kept in the same jar. Those layers were a third of the CPU of a warm poll's 500
        conditional requests, 4 % of the whole command's instructions
        (tests/monitor/feeds/test_fetch_cookies.py holds both ways equal)."""
        request = httpx.Request("GET", url, headers=[*self._base_headers, *headers.items()],
                                extensions={"timeout": self._timeouts, PINNED: addresses})
        cookies = self._client.cookies
        if cookies.jar:  # as build_request() merges the client's cookies
            cookies.set_cookie_header(request)
        response = await self._transport.handle_async_request(request)
        response.request = request
        cookies.extract_cookies(response)  # _Cookies: at once when no Set-Cookie header came
        return response

    async def check_url(self, url: str) -> tuple[str, ...]:
        """The address check of one hop: the addresses ``url``'s host may be reached at, held to
        ``MONITOR_ALLOW_PRIVATE_HOSTS``; raises :class:`BlockedAddress` (or a
        :class:`FetchError`) unless ``url`` is http(s) on an address this service may reach. A
        caller whose transport is a :class:`PerOriginTransport` pins its request to them
        (``request.extensions[PINNED]``); one that does not is still protected when its
        transport is one (it checks again as it connects, see :mod:`monitor.net.transport`)."""
        return await self._check_url(url)

    async def _check_url(self, url: str) -> tuple[str, ...]:
        """The addresses one hop may connect to; :class:`BlockedAddress` if the policy refuses one."""
        try:
            parts = urlsplit(url)
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError as exc:
            raise FetchError(f"invalid URL: {exc}") from exc
        if parts.scheme not in ("http", "https"):
            raise FetchError(f"not an http(s) URL: {url[:200]}")
        if not parts.hostname:
            raise FetchError(f"invalid URL: no host in {url[:200]}")
        return await checked_addresses(parts.hostname, port, self.config.policy, self._resolver)

    async def _read_body(self, response: httpx.Response) -> bytes:
        cap = self.config.max_body_bytes
        declared = response.headers.get("content-length")
        if declared and declared.isascii() and declared.isdigit() and int(declared) > cap:
            raise ResponseTooLarge(cap)
        decoder = _Decoder(response.headers.get("content-encoding", ""), cap)
        try:
            async for chunk in response.aiter_raw():
                decoder.feed(chunk)
        except httpx.TimeoutException as exc:
            raise FetchTimeout(f"timed out reading the body ({type(exc).__name__})") from exc
        except httpx.TransportError as exc:
            raise NetworkError(_describe_transport_error(exc)) from exc
        return decoder.finish()


async def _drain_and_close(response: httpx.Response, limit: int = 65_536) -> None:
    """Close a response; read a small unread body first (304s, redirects, short error pages)
    so that the connection can be reused for the next feed on the same host."""
    try:
        if not response.is_stream_consumed:
            length = response.headers.get("content-length")
            if length is not None and length.isascii() and length.isdigit() and int(length) <= limit:
                async for _ in response.aiter_raw():
                    pass
    except httpx.HTTPError:
        pass
    finally:
        await response.aclose()


class _Cookies(httpx.Cookies):
    """The client's cookie jar, which skips the jar for an answer that sets no cookie.

    httpx hands every response to ``extract_cookies``, which wraps the request in a
    ``urllib.request.Request`` (parsing its URL again) before ``http.cookiejar`` looks for
    ``Set-Cookie``/``Set-Cookie2`` headers and returns at once when there are none: ~10 % of a
    fetch's CPU in a cold poll. The same check comes first here (header names match without
    case, as in the jar); the only thing skipped, the jar's clock (``_now``), is set again
    before any use. ``tests/monitor/feeds/test_fetch_cookies.py`` holds it to ``httpx.Cookies``.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            super().extract_cookies(response)


class _Decoder:
    """Incremental gzip/deflate decoding that never produces more than ``cap`` bytes."""

    def __init__(self, encoding: str, cap: int) -> None:
        self.cap = cap
        self.parts: list[bytes] = []
        self.size = 0
        self._raw_deflate_fallback = False
        enc = encoding.strip().lower()
        if enc in ("", "identity"):
            self._z = None
        elif enc in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif enc == "deflate":
            self._z = zlib.decompressobj(32 + zlib.MAX_WBITS)  # zlib or gzip header, auto-detected
            self._raw_deflate_fallback = True
        else:
            raise FetchError(f"unsupported Content-Encoding {encoding!r}")

    def _add(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.cap:
            raise ResponseTooLarge(self.cap)
        self.parts.append(data)

    def feed(self, chunk: bytes) -> None:
        if self._z is None:
            self._add(chunk)
            return
        data = chunk
        while data:
            try:
                out = self._z.decompress(data, self.cap - self.size + 1)
            except zlib.error as exc:
                if self._raw_deflate_fallback and self.size == 0:
                    self._raw_deflate_fallback = False
                    self._z = zlib.decompressobj(-zlib.MAX_WBITS)  # servers that send raw deflate
                    continue
                raise FetchError(f"corrupt compressed body: {exc}") from exc
            self._add(out)
            data = self._z.unconsumed_tail
            if self._z.eof:
                break

    def finish(self) -> bytes:
        if self._z is not None:
            try:
                self._add(self._z.flush())
            except zlib.error as exc:
                raise FetchError(f"corrupt compressed body: {exc}") from exc
        return b"".join(self.parts)


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """``Retry-After`` as seconds: a delay (``120``) or an HTTP date. None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():  # not "¹" or "٣": str.isdigit takes them, float() does not
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    return max(0.0, (when - now).total_seconds())


_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])",
                         re.IGNORECASE | re.DOTALL)
_FEED_START = re.compile(rb"^\s*(<\?xml|<rss[\s>]|<feed[\s>]|<rdf:rdf[\s>]|<channel[\s>]|\{)",
                         re.IGNORECASE)
_ALTERNATE = re.compile(
    rb"<link\b[^>]*\btype=[\"']?application/(?:rss|atom)\+xml[^>]*>", re.IGNORECASE)
_HREF = re.compile(rb"\bhref=[\"']?([^\"'\s>]+)", re.IGNORECASE)


def check_feed_body(body: bytes, content_type: str | None, url: str, status: int) -> None:
    """Raise :class:`NotAFeed` for an empty answer or an HTML page; anything else goes to the parser."""
    if is_gdelt_url(url):  # GDELT words its errors as text or HTML: its parser quotes them
        return
    head = body[:4096].lstrip(b"\xef\xbb\xbf")
    if not head.strip():
        raise NotAFeed(f"HTTP {status} with an empty body; check the feed URL")
    if _FEED_START.match(head):
        return
    ctype = (content_type or "").lower()
    if _HTML_START.match(head) or ("html" in ctype and b"<rss" not in head and b"<feed" not in head):
        hint = ""
        m = _ALTERNATE.search(body[:200_000])
        if m:
            href = _HREF.search(m.group(0))
            if href:
                hint = f" (the page advertises a feed at {urljoin(url, href.group(1).decode('ascii', 'replace'))}; use that as the url)"
        raise NotAFeed(f"the server answered an HTML page, not a feed{hint or '; check the feed URL'}")


def _describe_transport_error(exc: httpx.TransportError) -> str:
    text = str(exc) or type(exc).__name__
    if "CERTIFICATE_VERIFY_FAILED" in text:
        return "TLS certificate could not be verified"
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect: {text}"
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"server broke the HTTP protocol: {text}"
    return f"network error: {text}"


# Shared with the article fetcher (monitor/enrich/fetch.py), under public names.
BodyDecoder = _Decoder
drain_and_close = _drain_and_close
describe_transport_error = _describe_transport_error
