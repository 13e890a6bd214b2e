"""When to poll a source next (pure functions; the randomness is injected).

* success or "not modified": ``now + interval``, spread by ± ``jitter`` × interval so that
  sources configured together do not stay in lock-step;
* failure number *n* (1, 2, …): ``base × 2^(n-1)``, capped at ``cap`` (6 h by default), with
  the same spread; a failing source is never given up for good, and a success resets *n*;
* a server's ``Retry-After`` pushes the next poll back to at least that (up to one day).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

MAX_RETRY_AFTER = 86_400.0


def _spread(seconds: float, jitter: float, rng: random.Random) -> float:
    if jitter <= 0:
        return seconds
    return seconds * (1 + rng.uniform(-jitter, jitter))


def next_poll_after_success(now: datetime, interval: float, jitter: float,
                            rng: random.Random) -> datetime:
    return now + timedelta(seconds=_spread(interval, jitter, rng))


def failure_delay(failures: int, base: float, cap: float) -> float:
    """Delay before the next try after ``failures`` consecutive failures (≥ 1), before jitter."""
    exponent = min(max(failures, 1) - 1, 30)
    return min(cap, base * (2 ** exponent))


def next_poll_after_failure(now: datetime, failures: int, *, base: float, cap: float, jitter: float,
                            rng: random.Random, retry_after: float | None = None) -> datetime:
    delay = _spread(failure_delay(failures, base, cap), jitter, rng)
    if retry_after is not None:
        delay = max(delay, min(retry_after, MAX_RETRY_AFTER))
    return now + timedelta(seconds=delay)
