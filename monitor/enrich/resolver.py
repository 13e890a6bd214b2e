"""Resolving Google News links to the publisher's URL: the I/O edge (cache, rate, requests).

:meth:`GoogleNewsResolver.resolve_many` takes item links and returns, per link, a
:data:`Resolution`: :class:`Resolved` (the publisher's URL, and how it was found) or
:class:`NotResolvedYet` (the Google link stays in place; try again after ``retry_after``). It
never raises into its caller: every network or parsing failure is a ``NotResolvedYet``.

In order, for each link:

1. not a Google News article link: ``Resolved(link, "direct")``;
2. the offline decoding of old-format ids and of redirect links
   (:func:`monitor.dedup.resolve_google_news`, with the item's ``<source url>`` and
   description): ``via="offline"``;
3. the cache (:class:`LinkCache`; :class:`MemoryLinkCache` here, a database-backed one is
   part B's, behind the same two methods): ``via="cache"``;
4. Google (:mod:`monitor.enrich.google_news`): one signature page per id, then one
   ``batchexecute`` POST for all of them: ``via="google"``, and the answer is cached.

**Politeness.** Requests to news.google.com go one at a time and at least ``delay`` seconds
apart (``MONITOR_FULLTEXT_GOOGLE_DELAY``). A 429 or 503 (with ``Retry-After``, else 10
minutes) and Google's "unusual traffic" page (a redirect to google.com/sorry, 1 hour) stop all
requests until then: every link asked meanwhile is ``NotResolvedYet`` at once, without a
request. Every hop passes the same address check as feeds (``check_url``).
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol
from urllib.parse import urljoin, urlsplit

import httpx

from monitor.dedup.urls import resolve_google_news
from monitor.enrich.google_news import (
    BATCH_URL,
    GOOGLE_NEWS_HOST,
    article_id,
    batch_request_body,
    parse_batch_response,
    parse_signature,
    request_tag,
    signature_page_url,
)
from monitor.errors import FetchError
from monitor.feeds.fetch import retry_after_seconds
from monitor.feeds.pacing import Clock, Pacer, Sleep

CheckUrl = Callable[[str], Awaitable[None]]
#: Google serves the page with the signature to simple HTTP clients and a JavaScript
#: interstitial to browsers (googlenewsdecoder's finding); so this is not MONITOR_USER_AGENT.
GOOGLE_USER_AGENT = "python-requests/2.32"
RATE_LIMIT_PAUSE = 600.0
SORRY_PAUSE = 3600.0
MAX_PAGE_BYTES = 2_000_000
MAX_BATCH = 20


@dataclass(frozen=True)
class Resolved:
    url: str  # the publisher's URL (the link itself when it was not Google's)
    via: str  # direct | offline | cache | google


@dataclass(frozen=True)
class NotResolvedYet:
    link: str
    reason: str
    retry_after: float | None = None  # seconds; None: whenever the caller next tries


Resolution = Resolved | NotResolvedYet


class LinkCache(Protocol):
    """Article id → publisher URL. Part B keeps these in the database; tests and a single
    process use :class:`MemoryLinkCache`."""

    async def get(self, art_id: str) -> str | None: ...

    async def put(self, art_id: str, url: str) -> None: ...


class MemoryLinkCache:
    """The newest ``size`` resolutions, in memory."""

    def __init__(self, size: int = 50_000) -> None:
        self.size = size
        self._urls: OrderedDict[str, str] = OrderedDict()

    async def get(self, art_id: str) -> str | None:
        url = self._urls.get(art_id)
        if url is not None:
            self._urls.move_to_end(art_id)
        return url

    async def put(self, art_id: str, url: str) -> None:
        self._urls[art_id] = url
        self._urls.move_to_end(art_id)
        while len(self._urls) > self.size:
            self._urls.popitem(last=False)


@dataclass(frozen=True)
class LinkJob:
    """A link to resolve, with what its feed entry says besides (for the offline decoding)."""

    link: str
    source_href: str | None = None
    summary_html: str | None = None


class _Pause(Exception):
    """Google asked for a pause: nothing is requested for ``seconds``."""

    def __init__(self, reason: str, seconds: float) -> None:
        super().__init__(reason)
        self.reason, self.seconds = reason, seconds


class _Failed(Exception):
    """This article could not be resolved now (the link stays; a later try may work)."""


class GoogleNewsResolver:
    """Create once; ``await aclose()`` at shutdown. The transport and the clock are injected."""

    def __init__(self, *, check_url: CheckUrl, cache: LinkCache | None = None, delay: float = 2.0,
                 timeout: float = 20.0, transport: httpx.AsyncBaseTransport | None = None,
                 user_agent: str = GOOGLE_USER_AGENT, clock: Clock = time.monotonic,
                 sleep: Sleep = asyncio.sleep) -> None:
        self.cache = cache if cache is not None else MemoryLinkCache()
        self._check_url = check_url
        self._timeout = timeout
        self._clock = clock
        self._pacer = Pacer(delay, clock=clock, sleep=sleep)
        self._lock = asyncio.Lock()
        self._client = httpx.AsyncClient(transport=transport, timeout=timeout, follow_redirects=False,
                                         headers={"User-Agent": user_agent})

    async def aclose(self) -> None:
        await self._client.aclose()

    async def resolve(self, link: str, *, source_href: str | None = None,
                      summary_html: str | None = None) -> Resolution:
        return (await self.resolve_many([LinkJob(link, source_href, summary_html)]))[0]

    async def resolve_many(self, jobs: Sequence[LinkJob]) -> list[Resolution]:
        """One resolution per job, in order. Never raises."""
        out: list[Resolution | None] = [None] * len(jobs)
        pending: dict[str, list[int]] = {}  # article id → the jobs that want it
        for i, job in enumerate(jobs):
            art_id = article_id(job.link)
            offline = resolve_google_news(job.link, job.source_href, job.summary_html)
            if offline:
                out[i] = Resolved(offline, "offline")
            elif art_id is None:
                out[i] = Resolved(job.link, "direct")
            elif (cached := await self.cache.get(art_id)) is not None:
                out[i] = Resolved(cached, "cache")
            else:
                pending.setdefault(art_id, []).append(i)
        ids = list(pending)
        for start in range(0, len(ids), MAX_BATCH):
            chunk = ids[start:start + MAX_BATCH]
            found = await self._ask_google([(a, jobs[pending[a][0]].link) for a in chunk])
            for art_id in chunk:
                result = found[art_id]
                for i in pending[art_id]:
                    out[i] = replace(result, link=jobs[i].link) if isinstance(result, NotResolvedYet) else result
        return [r for r in out if r is not None]

    async def _ask_google(self, wanted: list[tuple[str, str]]) -> dict[str, Resolution]:
        """Signature pages one by one, then one batch POST for those that have a signature."""
        out: dict[str, Resolution] = {}
        signed: list[tuple[str, int, str]] = []
        async with self._lock:
            for art_id, link in wanted:
                try:
                    found = await self._signature(art_id, link)
                except _Pause as pause:
                    out[art_id] = NotResolvedYet(link, pause.reason, pause.seconds)
                    continue
                except _Failed as failed:
                    out[art_id] = NotResolvedYet(link, str(failed))
                    continue
                signed.append((art_id, *found))
            if not signed:
                return out
            try:
                answers = await self._batch(signed)
            except _Pause as pause:
                return out | {a: NotResolvedYet(a, pause.reason, pause.seconds) for a, *_ in signed}
            except _Failed as failed:
                return out | {a: NotResolvedYet(a, str(failed)) for a, *_ in signed}
        for n, (art_id, *_rest) in enumerate(signed):
            url = answers.get(request_tag(n, len(signed)))
            if url:
                await self.cache.put(art_id, url)
                out[art_id] = Resolved(url, "google")
            else:
                out[art_id] = NotResolvedYet(art_id, "Google's answer held no URL for this article")
        return out

    async def _signature(self, art_id: str, link: str) -> tuple[int, str]:
        url = signature_page_url(link, art_id)
        for _hop in range(3):
            response = await self._request("GET", url)
            if response.status_code in (301, 302, 303, 307, 308):
                target = urljoin(url, response.headers.get("location", ""))
                host = (urlsplit(target).hostname or "").lower()
                if host != GOOGLE_NEWS_HOST:
                    self._pause_all(SORRY_PAUSE)
                    raise _Pause(f"Google sent the request to {host or 'nowhere'} (its 'unusual traffic' "
                                 "page); resolving pauses for an hour", SORRY_PAUSE)
                url = target
                continue
            if response.status_code != 200:
                raise _Failed(f"Google answered HTTP {response.status_code} for the article page")
            found = parse_signature(response.text)
            if found is None:
                raise _Failed("the article page has no signature (data-n-a-sg/data-n-a-ts); "
                              "Google may have changed it")
            sig, ts = found
            return ts, sig
        raise _Failed("too many redirects on news.google.com")

    async def _batch(self, signed: list[tuple[str, int, str]]) -> dict[str, str | None]:
        response = await self._request(
            "POST", BATCH_URL, content=batch_request_body(signed),
            headers={"Content-Type": "application/x-www-form-urlencoded;charset=UTF-8",
                     "Referer": "https://news.google.com/"})
        if response.status_code != 200:
            raise _Failed(f"Google answered HTTP {response.status_code} to the batch request")
        answers = parse_batch_response(response.text)
        if not answers:
            raise _Failed("Google's batch answer could not be read; Google may have changed it")
        return answers

    async def _request(self, method: str, url: str, **kwargs: object) -> httpx.Response:
        """One paced request; a 429/503 pauses every later one. Raises _Pause or _Failed."""
        wait = self._pacer.wait_time(GOOGLE_NEWS_HOST)
        if wait > self._timeout:  # cooling down after a 429 or the sorry page
            raise _Pause(f"Google asked to slow down; resolving resumes in {wait:.0f} s", wait)
        await self._pacer.wait(GOOGLE_NEWS_HOST)
        try:
            await self._check_url(url)
            async with asyncio.timeout(self._timeout):
                response = await self._client.request(method, url, **kwargs)  # type: ignore[arg-type]
                if len(response.content) > MAX_PAGE_BYTES:
                    raise _Failed(f"Google's answer is larger than {MAX_PAGE_BYTES} bytes")
        except TimeoutError:
            raise _Failed(f"no answer from Google within {self._timeout:.0f} s") from None
        except (httpx.HTTPError, FetchError) as exc:
            raise _Failed(f"cannot reach Google: {exc}") from None
        if response.status_code in (429, 503):
            seconds = retry_after_seconds(response.headers.get("retry-after")) or RATE_LIMIT_PAUSE
            self._pause_all(seconds)
            raise _Pause(f"Google answered HTTP {response.status_code}; resolving resumes in "
                         f"{seconds:.0f} s", seconds)
        return response

    def _pause_all(self, seconds: float) -> None:
        self._pacer.hold_off(GOOGLE_NEWS_HOST, seconds)

