"""Fetching feeds: every HTTP rule of politeness and safety lives here.

One long-lived connection pool per process (:class:`monitor.net.http1.ConnectionPool`, spoken to
directly: a poll whose feeds all answer 304 never imports httpx). A test may inject an httpx
transport instead (respx, or a :class:`PerOriginTransport` it inspects); the fetcher then sends
through an ``httpx.AsyncClient`` with the same headers, and reads its answers the same way. Per
fetch:

* conditional GET with the source's ETag / Last-Modified; a 304 returns :class:`NotModified`;
* redirects are followed by hand (at most ``max_redirects``, loops detected), and every hop's
  host is resolved and held to ``MONITOR_ALLOW_PRIVATE_HOSTS``
  (:func:`monitor.net.addresses.checked_addresses`); the request is pinned to the addresses
  that passed, so the connection goes to one of them and not to a second DNS answer;
* the body is read raw and decompressed here with a size cap that also applies after
  decompression, so a gzip bomb stops at the cap instead of filling memory;
* connect/read/write timeouts per socket operation, plus a total deadline over the whole fetch;
* a global and a per-host concurrency limit, over a per-origin connection pool
  (:mod:`monitor.net.http1`);
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
import re
import sys
import time
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urljoin, urlsplit

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
from monitor.feeds.wire import Answer, cookie_header, keep_cookies, make_cookie_jar, request_target
from monitor.net import http1
from monitor.net.addresses import AddressPolicy, Resolver, checked_addresses, system_resolver
from monitor.net.http1 import PINNED

if TYPE_CHECKING:
    import httpx

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
    """Fetches feeds over one connection pool; create once, ``await aclose()`` at shutdown."""

    def __init__(self, config: FetchConfig, *, transport: httpx.AsyncBaseTransport | None = None,
                 resolver: Resolver = system_resolver, pacer: RequestPacer | None = None) -> None:
        self.config = config
        self._resolver = resolver
        self._pacer = pacer
        self._timeouts = {"connect_timeout": config.connect_timeout, "read_timeout": config.read_timeout,
                          "write_timeout": config.read_timeout}
        self._global = asyncio.Semaphore(config.max_concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._jar: Any = None  # the cookie jar (an httpx.Cookies), made when a cookie first arrives
        headers = {"User-Agent": config.user_agent, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"}
        # every request's head as an httpx.AsyncClient with these headers writes it (its own
        # Connection header first, then ours); tests/monitor/feeds/test_fetch_cookies.py holds
        # the two paths to the same bytes on the wire
        self._base = [(b"Connection", b"keep-alive"),
                      *((name.encode("ascii"), value.encode("ascii")) for name, value in headers.items())]
        self._client: httpx.AsyncClient | None = None
        self._pool: http1.ConnectionPool | None = None
        if transport is None:
            self._pool = http1.ConnectionPool(policy=config.policy, resolver=resolver,
                                              max_idle_per_origin=config.per_host_concurrency)
        else:
            import httpx

            self._client = httpx.AsyncClient(
                transport=transport, follow_redirects=False,
                timeout=httpx.Timeout(connect=config.connect_timeout, read=config.read_timeout,
                                      write=config.read_timeout, pool=config.total_timeout),
                headers=headers)
            self._client._cookies = self.cookies  # the same jar object (the setter would copy it)

    @property
    def cookies(self) -> httpx.Cookies:
        """The cookie jar: what the feeds' answers set, sent back to them as a browser would."""
        if self._jar is None:
            self._jar = make_cookie_jar()
        return self._jar

    @property
    def resolver(self) -> Resolver:
        """How this fetcher resolves host names (for other clients that share its check)."""
        return self._resolver

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
        if self._pool is not None:
            await self._pool.aclose()

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
            except http1.TimeoutException as exc:
                raise FetchTimeout(f"timed out ({type(exc).__name__})") from exc
            except http1.UnsupportedProtocol as exc:
                raise FetchError(f"unsupported URL scheme: {exc}") from exc
            except http1.LocalProtocolError as exc:
                raise FetchError(f"cannot send this request: {exc}") from exc
            except http1.HTTPError as exc:
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

    async def _send(self, url: str, headers: dict[str, str], addresses: tuple[str, ...]) -> Answer:
        """One GET of ``url`` to one of ``addresses``: the head sent is the client's headers, then
        ``headers``, then the jar's cookies for ``url``; the answer's cookies go into the jar."""
        if self._client is not None:
            return await self._send_through_client(url, headers, addresses)
        assert self._pool is not None
        key, target, netloc = request_target(url)
        sent = [(b"Host", netloc), *self._base, *((k.encode("latin-1"), v.encode("latin-1")) for k, v in headers.items())]
        if self._jar is not None and self._jar.jar:
            cookie = cookie_header(self._jar, url, sent)
            if cookie:
                sent.append((b"Cookie", cookie.encode("latin-1")))
        answer = await self._pool.request("GET", key, target, sent, pinned=addresses, **self._timeouts)
        if "set-cookie" in answer.headers or "set-cookie2" in answer.headers:
            keep_cookies(self.cookies, url, sent, answer)
        return answer

    async def _send_through_client(self, url: str, headers: dict[str, str], addresses: tuple[str, ...]) -> Answer:
        import httpx

        from monitor.net.transport import HttpxAnswer, from_httpx_error

        assert self._client is not None
        try:
            request = self._client.build_request("GET", url, headers=headers)
            request.extensions[PINNED] = addresses
            return HttpxAnswer(await self._client.send(request, stream=True))
        except httpx.InvalidURL as exc:
            raise FetchError(f"invalid URL: {exc}") from exc
        except httpx.TransportError as exc:
            raise from_httpx_error(exc) from exc

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

    async def _read_body(self, response: Answer) -> bytes:
        cap = self.config.max_body_bytes
        declared = response.headers.get("content-length")
        if declared and declared.isascii() and declared.isdigit() and int(declared) > cap:
            raise ResponseTooLarge(cap)
        decoder = _Decoder(response.headers.get("content-encoding", ""), cap)
        try:
            async for chunk in response.aiter_raw():
                decoder.feed(chunk)
        except http1.TimeoutException as exc:
            raise FetchTimeout(f"timed out reading the body ({type(exc).__name__})") from exc
        except http1.HTTPError as exc:
            raise NetworkError(_describe_transport_error(exc)) from exc
        return decoder.finish()


async def _drain_and_close(response: Answer | httpx.Response, limit: int = 65_536) -> None:
    """Close a response; read a small unread body first (304s, redirects, short error pages)
    so that the connection can be reused for the next feed on the same host. A failure while
    draining only costs the connection (http1's errors, or httpx's for an httpx.Response)."""
    try:
        if not response.is_stream_consumed:
            length = response.headers.get("content-length")
            if length is not None and length.isascii() and length.isdigit() and int(length) <= limit:
                async for _ in response.aiter_raw():
                    pass
    except Exception as exc:  # noqa: BLE001 - only transport errors are expected; see below
        if not _is_transport_error(exc):
            raise
    finally:
        await response.aclose()


def _is_transport_error(exc: BaseException) -> bool:
    if isinstance(exc, http1.HTTPError):
        return True
    httpx = sys.modules.get("httpx")  # an httpx.Response: httpx is loaded
    return httpx is not None and isinstance(exc, httpx.HTTPError)


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
        import email.utils  # here: only an HTTP-date Retry-After needs it

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


def _describe_transport_error(exc: Exception) -> str:
    """Words for a transport failure: one of :mod:`monitor.net.http1`'s errors or httpx's, which
    have the same class names (the article fetcher still speaks httpx)."""
    text = str(exc) or type(exc).__name__
    names = {cls.__name__ for cls in type(exc).__mro__}
    if "CERTIFICATE_VERIFY_FAILED" in text:
        return "TLS certificate could not be verified"
    if "ConnectError" in names:
        return f"cannot connect: {text}"
    if "RemoteProtocolError" in names:
        return f"server broke the HTTP protocol: {text}"
    return f"network error: {text}"


# Shared with the article fetcher (monitor/enrich/fetch.py), under public names.
BodyDecoder = _Decoder
drain_and_close = _drain_and_close
describe_transport_error = _describe_transport_error
