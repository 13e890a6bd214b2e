"""robots.txt: what one fetch of it means (pure), and the per-host cache of those meanings.

The rules of RFC 9309, read with :mod:`urllib.robotparser` on the fetched text:

* 2xx: the file's rules for our product token (``ca-news-monitor``), else for ``*``; its
  ``Crawl-delay`` for us, when larger than our own per-host delay, becomes the delay (at most
  :data:`MAX_CRAWL_DELAY`);
* 4xx (no file, or not for us): everything is allowed;
* 5xx, 429, a timeout or a network error ("unreachable"): nothing is allowed for now, and the
  host is asked again after :data:`UNREACHABLE_TTL`.

A meaning is kept :data:`TTL` (a day, RFC 9309's upper bound). The fetch itself is done by
:class:`monitor.enrich.fetch.ArticleFetcher`, under the same per-host politeness as articles.
"""

from __future__ import annotations

import time
import urllib.robotparser
from dataclasses import dataclass, field

from monitor.feeds.pacing import Clock

ROBOTS_AGENT = "ca-news-monitor"
MAX_ROBOTS_BYTES = 512_000
TTL = 24 * 3600.0
UNREACHABLE_TTL = 1800.0
MAX_CRAWL_DELAY = 60.0


@dataclass(frozen=True)
class RobotsPolicy:
    """What one host's robots.txt says to us."""

    allow_all: bool = False
    unreachable: bool = False  # robots.txt did not answer: nothing allowed until it does
    detail: str = ""
    crawl_delay: float | None = None
    parser: urllib.robotparser.RobotFileParser | None = field(default=None, compare=False, repr=False)

    def allows(self, url: str) -> bool:
        if self.unreachable:
            return False
        if self.allow_all or self.parser is None:
            return True
        return self.parser.can_fetch(ROBOTS_AGENT, url)


def policy_from_answer(status: int | None, text: str | None, detail: str = "") -> RobotsPolicy:
    """The policy one fetch of robots.txt gives: ``status`` None means no answer at all."""
    if status is not None and 200 <= status < 300 and text is not None:
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(text.splitlines())
        delay = parser.crawl_delay(ROBOTS_AGENT)
        return RobotsPolicy(parser=parser, detail=f"robots.txt (HTTP {status})",
                            crawl_delay=min(float(delay), MAX_CRAWL_DELAY) if delay else None)
    if status is not None and 400 <= status < 500 and status != 429:
        return RobotsPolicy(allow_all=True, detail=f"no robots.txt (HTTP {status}): all allowed")
    why = f"HTTP {status}" if status is not None else (detail or "no answer")
    return RobotsPolicy(unreachable=True, detail=f"robots.txt unreachable ({why})")


class RobotsCache:
    """Host (``scheme://host:port``) → its policy, each kept for its time to live."""

    def __init__(self, *, clock: Clock = time.monotonic, size: int = 10_000) -> None:
        self._clock = clock
        self._size = size
        self._policies: dict[str, tuple[float, RobotsPolicy]] = {}

    def get(self, origin: str) -> RobotsPolicy | None:
        entry = self._policies.get(origin)
        if entry is None or entry[0] <= self._clock():
            return None
        return entry[1]

    def put(self, origin: str, policy: RobotsPolicy) -> None:
        ttl = UNREACHABLE_TTL if policy.unreachable else TTL
        if len(self._policies) >= self._size:
            self._policies.pop(next(iter(self._policies)))
        self._policies[origin] = (self._clock() + ttl, policy)

    def expires_in(self, origin: str) -> float:
        entry = self._policies.get(origin)
        return max(0.0, entry[0] - self._clock()) if entry else 0.0
