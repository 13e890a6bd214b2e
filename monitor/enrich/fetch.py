"""The polite article fetcher: the page behind an item, HTML only, once, never an exception.

Safety is the feed fetcher's (:mod:`monitor.feeds.fetch`): redirects followed by hand, every
hop's address checked by the same check (``check_url``, the feed :class:`Fetcher`'s
:meth:`~monitor.feeds.fetch.Fetcher.check_url`), the body decompressed by us under a cap
(:class:`~monitor.feeds.fetch.BodyDecoder`), connect/read timeouts and a deadline per request.
On top of that, politeness:

* **one request at a time per host**, robots.txt included, and at least ``host_delay`` seconds
  from the end of one request to the start of the next on that host (more when robots.txt
  asks with ``Crawl-delay``); a global cap on requests in flight;
* **robots.txt** fetched once per host (:mod:`monitor.enrich.robots`) and honoured;
* **429 and 503** put the host on hold for its ``Retry-After`` (else 10 minutes): the answer
  is :attr:`Outcome.RATE_LIMITED` with ``retry_after``, and while a host is on hold for longer
  than ``max_host_wait`` the fetcher answers that at once instead of queueing;
* **HTML only**: a Content-Type that is not HTML is refused before the body is read, and the
  body's first bytes must look like HTML (a PDF labelled ``text/html`` is refused too);
* **each URL once**: concurrent asks for one URL share one request, and the latest results are
  remembered (:attr:`FetchConfig.memory`); the durable "once" is the database's (part B).

:meth:`ArticleFetcher.fetch` returns a :class:`FetchedPage` whatever happens.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from monitor import __version__
from monitor.enrich.records import FetchedPage, Outcome
from monitor.enrich.robots import MAX_ROBOTS_BYTES, RobotsCache, RobotsPolicy, policy_from_answer
from monitor.errors import BlockedAddress, FetchError, ResponseTooLarge
from monitor.feeds.fetch import BodyDecoder, describe_transport_error, drain_and_close, retry_after_seconds
from monitor.feeds.pacing import Clock, Pacer, Sleep

CheckUrl = Callable[[str], Awaitable[None]]
ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
REDIRECTS = (301, 302, 303, 307, 308)
HTML_TYPES = ("text/html", "application/xhtml+xml")
SNIFFED_TYPES = ("", "text/plain", "application/octet-stream", "application/x-unknown")
DEFAULT_HOLD = 600.0
_HTML_MARK = re.compile(rb"<(!doctype\s+html|html|head|body|meta|title|article|div|p)[\s>/]", re.IGNORECASE)


@dataclass(frozen=True)
class FetchConfig:
    user_agent: str = f"ca-news-monitor/{__version__}"
    host_delay: float = 5.0  # seconds from the end of one request to the next, per host
    timeout: float = 20.0  # one request, from sending to the last byte of the body
    connect_timeout: float = 10.0
    max_bytes: int = 2_000_000  # after decompression
    max_redirects: int = 5
    max_concurrency: int = 8  # requests in flight, all hosts together
    max_host_wait: float = 60.0  # a host on hold longer than this: RATE_LIMITED at once
    memory: int = 2_000  # the latest results kept, so a URL asked again is not fetched again


@dataclass(frozen=True)
class _Answer:
    status: int
    url: str
    body: bytes
    content_type: str | None


class _Stop(Exception):
    """Ends one fetch with this page (an outcome that is not an HTML body)."""

    def __init__(self, outcome: Outcome, detail: str, *, status: int | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(detail)
        self.outcome, self.detail, self.status, self.retry_after = outcome, detail, status, retry_after


class ArticleFetcher:
    """Create once, ``await aclose()`` at shutdown. Transport, clock and sleep are injected."""

    def __init__(self, config: FetchConfig, *, check_url: CheckUrl,
                 transport: httpx.AsyncBaseTransport | None = None, clock: Clock = time.monotonic,
                 sleep: Sleep = asyncio.sleep) -> None:
        self.config = config
        self._check_url = check_url
        self._clock = clock
        self._sleep = sleep
        self._client = httpx.AsyncClient(
            transport=transport, follow_redirects=False,
            timeout=httpx.Timeout(config.timeout, connect=config.connect_timeout),
            headers={"User-Agent": config.user_agent, "Accept": ACCEPT,
                     "Accept-Encoding": "gzip, deflate"})
        self._hosts = Pacer(config.host_delay, clock=clock, sleep=sleep)
        self._locks: dict[str, asyncio.Lock] = {}
        self._global = asyncio.Semaphore(config.max_concurrency)
        self._robots = RobotsCache(clock=clock)
        self._robots_locks: dict[str, asyncio.Lock] = {}
        self._in_flight: dict[str, asyncio.Future[FetchedPage]] = {}
        self._done: OrderedDict[str, FetchedPage] = OrderedDict()

    async def aclose(self) -> None:
        await self._client.aclose()

    async def fetch(self, url: str) -> FetchedPage:
        """The page at ``url``; never raises (but lets a cancellation through)."""
        if url in self._done:
            return self._done[url]
        shared = self._in_flight.get(url)
        if shared is not None:
            return await asyncio.shield(shared)
        future: asyncio.Future[FetchedPage] = asyncio.get_running_loop().create_future()
        self._in_flight[url] = future
        try:
            page = await self._fetch(url)
            future.set_result(page)
            if page.outcome not in (Outcome.RATE_LIMITED, Outcome.ROBOTS_UNAVAILABLE):
                self._remember(url, page)
            return page
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # retrieved: a waiter-less future must not warn
            raise
        finally:
            del self._in_flight[url]

    def _remember(self, url: str, page: FetchedPage) -> None:
        self._done[url] = page
        while len(self._done) > self.config.memory:
            self._done.popitem(last=False)

    async def _fetch(self, url: str) -> FetchedPage:
        started = self._clock()
        current = url
        seen = {url}

        def page(outcome: Outcome, detail: str | None = None, **kw: object) -> FetchedPage:
            return FetchedPage(url=url, outcome=outcome, final_url=current, detail=detail,
                               elapsed_ms=int((self._clock() - started) * 1000), **kw)  # type: ignore[arg-type]

        try:
            for _hop in range(self.config.max_redirects + 1):
                parts = urlsplit(current)
                if parts.scheme not in ("http", "https") or not parts.hostname:
                    raise _Stop(Outcome.BLOCKED, f"not an http(s) URL: {current[:200]}")
                policy = await self._robots_policy(current)
                if not policy.allows(current):
                    if policy.unreachable:
                        raise _Stop(Outcome.ROBOTS_UNAVAILABLE, f"{policy.detail}; asked again later",
                                    retry_after=self._robots.expires_in(_origin(current)))
                    raise _Stop(Outcome.ROBOTS_DISALLOWED, f"robots.txt of {parts.hostname} disallows it")
                answer = await self._request(current, html_only=True, cap=self.config.max_bytes,
                                             crawl_delay=policy.crawl_delay)
                if answer.status in REDIRECTS:
                    target = answer.url
                    if target in seen:
                        raise _Stop(Outcome.HTTP_ERROR, "redirect loop", status=answer.status)
                    seen.add(target)
                    current = target
                    continue
                return page(Outcome.OK, body=answer.body, content_type=answer.content_type,
                            http_status=answer.status)
            raise _Stop(Outcome.HTTP_ERROR, f"more than {self.config.max_redirects} redirects")
        except _Stop as stop:
            return page(stop.outcome, stop.detail, http_status=stop.status, retry_after=stop.retry_after)

    async def _robots_policy(self, url: str) -> RobotsPolicy:
        origin = _origin(url)
        policy = self._robots.get(origin)
        if policy is not None:
            return policy
        async with self._robots_locks.setdefault(origin, asyncio.Lock()):  # asked once per host
            policy = self._robots.get(origin)
            if policy is None:
                policy = await self._fetch_robots(origin)
                self._robots.put(origin, policy)
            return policy

    async def _fetch_robots(self, origin: str) -> RobotsPolicy:
        robots_url = origin + "/robots.txt"
        try:
            for _hop in range(self.config.max_redirects + 1):
                answer = await self._request(robots_url, html_only=False, cap=MAX_ROBOTS_BYTES)
                if answer.status not in REDIRECTS:
                    break
                robots_url = answer.url
            text = answer.body.decode("utf-8", errors="replace")
            policy = policy_from_answer(answer.status, text)
        except _Stop as stop:
            if stop.outcome in (Outcome.BLOCKED, Outcome.RATE_LIMITED):
                raise  # the article's own outcome; a host on hold is asked again later
            if stop.outcome is Outcome.TOO_LARGE:  # RFC 9309: read at least 500 KiB; we read that
                policy = policy_from_answer(200, "")
            else:
                policy = policy_from_answer(stop.status, None, stop.detail)
        return policy

    async def _request(self, url: str, *, html_only: bool, cap: int,
                       crawl_delay: float | None = None) -> _Answer:
        """One GET, with the host's turn, its delay and the address check. Redirects come back
        as answers whose ``url`` is the target; every failure raises :class:`_Stop`."""
        host = (urlsplit(url).hostname or "").lower()
        hold = self._hosts.wait_time(host)
        if hold > max(self.config.max_host_wait, self.config.host_delay, crawl_delay or 0):
            raise _Stop(Outcome.RATE_LIMITED, f"{host} asked us to wait; {hold:.0f} s left", retry_after=hold)
        lock = self._locks.setdefault(host, asyncio.Lock())
        async with lock:
            await self._sleep_until_free(host)
            async with self._global:
                try:
                    return await self._exchange(url, html_only=html_only, cap=cap)
                finally:
                    self._hosts.hold_off(host, max(self.config.host_delay, crawl_delay or 0))

    async def _sleep_until_free(self, host: str) -> None:
        wait = self._hosts.wait_time(host)
        if wait > 0:
            await self._sleep(wait)

    async def _exchange(self, url: str, *, html_only: bool, cap: int) -> _Answer:
        try:
            await self._check_url(url)
        except BlockedAddress as exc:
            raise _Stop(Outcome.BLOCKED, str(exc)) from None
        except FetchError as exc:
            raise _Stop(Outcome.NETWORK_ERROR, str(exc)) from None
        response = None
        try:
            async with asyncio.timeout(self.config.timeout):
                response = await self._client.send(self._client.build_request("GET", url), stream=True)
                return await self._answer(url, response, html_only=html_only, cap=cap)
        except TimeoutError:
            raise _Stop(Outcome.TIMEOUT, f"no complete answer within {self.config.timeout:.0f} s") from None
        except httpx.TimeoutException as exc:
            raise _Stop(Outcome.TIMEOUT, f"timed out ({type(exc).__name__})") from None
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            raise _Stop(Outcome.BLOCKED, f"unusable URL: {exc}") from None
        except httpx.TransportError as exc:
            raise _Stop(Outcome.NETWORK_ERROR, describe_transport_error(exc)) from None
        finally:
            if response is not None:
                await drain_and_close(response)

    async def _answer(self, url: str, response: httpx.Response, *, html_only: bool, cap: int) -> _Answer:
        status = response.status_code
        ctype = response.headers.get("content-type")
        if status in REDIRECTS and response.headers.get("location"):
            return _Answer(status, urljoin(url, response.headers["location"]), b"", ctype)
        if status in (429, 503):
            seconds = retry_after_seconds(response.headers.get("retry-after")) or DEFAULT_HOLD
            self._hosts.hold_off((urlsplit(url).hostname or "").lower(), seconds)
            raise _Stop(Outcome.RATE_LIMITED, f"HTTP {status}: the outlet asks to come back in {seconds:.0f} s",
                        status=status, retry_after=seconds)
        if status >= 400 or status < 200:
            raise _Stop(Outcome.HTTP_ERROR, f"HTTP {status} {response.reason_phrase}".strip(), status=status)
        media = (ctype or "").split(";")[0].strip().lower()
        if html_only and media not in HTML_TYPES and media not in SNIFFED_TYPES:
            raise _Stop(Outcome.NOT_HTML, f"not an HTML page ({media}); only pages are read", status=status)
        declared = response.headers.get("content-length", "")
        if declared.isascii() and declared.isdigit() and int(declared) > cap:
            raise _Stop(Outcome.TOO_LARGE, f"{declared} bytes, more than the {cap} read", status=status)
        try:
            decoder = BodyDecoder(response.headers.get("content-encoding", ""), cap)
            async for chunk in response.aiter_raw():
                decoder.feed(chunk)
            body = decoder.finish()
        except ResponseTooLarge:
            raise _Stop(Outcome.TOO_LARGE, f"more than the {cap} bytes read", status=status) from None
        except FetchError as exc:
            raise _Stop(Outcome.NETWORK_ERROR, str(exc), status=status) from None
        if html_only and not looks_like_html(body, media):
            raise _Stop(Outcome.NOT_HTML, f"the body is not HTML (it starts {body[:8]!r})", status=status)
        return _Answer(status, url, body, ctype)


def looks_like_html(body: bytes, media: str) -> bool:
    """Sniffing the first bytes: never a PDF or binary; HTML markup when the type did not say."""
    head = body[:2048].lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n")
    if head.startswith(b"%PDF-") or b"\x00" in head[:512] and not head.startswith((b"<\x00", b"\x00<")):
        return False
    if media in HTML_TYPES:
        return bool(head)
    return bool(_HTML_MARK.search(body[:8192]))


def _origin(url: str) -> str:
    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{(parts.hostname or '').lower()}{port}"
