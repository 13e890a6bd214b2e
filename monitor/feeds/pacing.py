"""Spacing requests out in time: the shared limiter behind GDELT's one request per 6 s, the
Google News resolver's rate and the article fetcher's per-host delay.

:class:`Pacer` hands out start times: the first request for a key goes at once, each next
one no sooner than ``interval`` after the previous one's start. A caller *reserves* its slot
before it sleeps (``next = max(now, next) + interval``), so callers that arrive together are
spread out in the order they came, with no lock; a cancelled wait leaves its slot unused,
which only errs on the polite side. :meth:`Pacer.hold_off` pushes a key's next slot later
(a server's ``Retry-After``, a 429).

The clock and the sleep are injected, so tests can run it on a fake clock. One pacer serves
one process.

**GDELT's rule** (:class:`GdeltPacer`, given to the feed fetcher by the composition root):
the fetcher asks the pacer before every request whose URL is a GDELT article list
(:func:`monitor.feeds.queries.is_gdelt_url`), so all GDELT sources of one process share one
slot every ``GDELT_MIN_INTERVAL`` (6) seconds, measured start to start, and the wait comes
before the fetch's own timeout starts counting. GDELT limits per client address, and
instances do not share a pacer: when GDELT says it is being asked too often (a 429, or its
"Please limit requests" answer), the pacer doubles its gap (up to 60 s, and at least the
``Retry-After``) and returns to 6 s after the next good answer. What is guaranteed: one
instance never sends two GDELT requests less than 6 s apart. Several instances behind one
address converge to GDELT's rule after a refusal or two, each refusal costing only that poll
(the source is retried with the usual back-off). A strict fleet-wide guarantee needs shared
state (a lease row in the database, claimed like a source); ``before``/``after`` is where
such an implementation plugs in.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

from monitor.feeds.queries import GDELT_MIN_INTERVAL, is_gdelt_url

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]
MAX_GAP = 60.0
RATE_LIMIT_TEXT = b"please limit requests"


class Pacer:
    """Start times at least ``interval`` seconds apart, per key."""

    def __init__(self, interval: float, *, clock: Clock = time.monotonic,
                 sleep: Sleep = asyncio.sleep) -> None:
        self.interval = interval
        self._clock = clock
        self._sleep = sleep
        self._next: dict[str, float] = {}

    def reserve(self, key: str, interval: float | None = None) -> float:
        """Take the next free slot for ``key``; returns the seconds to wait for it."""
        now = self._clock()
        start = max(now, self._next.get(key, now))
        self._next[key] = start + (self.interval if interval is None else interval)
        return start - now

    async def wait(self, key: str, interval: float | None = None) -> None:
        """Wait for the next free slot of ``key`` (``interval`` overrides the pacer's own for
        the gap after this request, e.g. a robots.txt ``Crawl-delay``)."""
        delay = self.reserve(key, interval)
        if delay > 0:
            await self._sleep(delay)

    def hold_off(self, key: str, seconds: float) -> None:
        """No request for ``key`` before ``seconds`` from now."""
        until = self._clock() + max(0.0, seconds)
        if until > self._next.get(key, 0.0):
            self._next[key] = until

    def wait_time(self, key: str) -> float:
        """Seconds until ``key``'s next free slot (0 when it is free now); reserves nothing."""
        return max(0.0, self._next.get(key, 0.0) - self._clock())

    def forget_idle(self) -> None:
        """Drop keys whose slots are all in the past (keeps a long-running pacer small)."""
        now = self._clock()
        for key in [k for k, t in self._next.items() if t <= now]:
            del self._next[key]


class GdeltPacer:
    """The fetcher's pacing hook: GDELT requests of this process start ``interval`` s apart."""

    KEY = "gdelt"

    def __init__(self, interval: float = GDELT_MIN_INTERVAL, *, clock: Clock = time.monotonic,
                 sleep: Sleep = asyncio.sleep) -> None:
        self.base = interval
        self.pacer = Pacer(interval, clock=clock, sleep=sleep)

    async def before(self, url: str) -> None:
        if is_gdelt_url(url):
            await self.pacer.wait(self.KEY)

    def after(self, url: str, status: int, body_head: bytes, retry_after: float | None) -> None:
        """Learn from the answer: a refusal widens the gap, a good answer restores it."""
        if not is_gdelt_url(url):
            return
        if status == 429 or RATE_LIMIT_TEXT in body_head[:300].lower():
            self.pacer.interval = min(MAX_GAP, self.pacer.interval * 2)
            self.pacer.hold_off(self.KEY, max(self.pacer.interval, retry_after or 0.0))
        elif 200 <= status < 300:
            self.pacer.interval = self.base
