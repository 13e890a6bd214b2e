"""The delivery outbox's retry policy, as a pure function.

``storage`` owns the outbox rows and claims due ones (``SKIP LOCKED``); after
each attempt it asks :func:`next_attempt` what the row becomes:

* ``sent``: the receiver accepted it. Done.
* ``failed``: a temporary failure; try again at ``next_attempt_at``.
* ``dead``: a permanent failure, or the last allowed attempt failed. Kept
  and visible (with the last error), never retried automatically.

The wait before attempt *n + 1* is "full jitter" exponential back-off: a
random delay in ``[0, min(cap, base · 2^(n-1))]``, at least ``min_delay``, so
many failed deliveries do not all come back in the same second. A
``Retry-After`` from the receiver is a floor for the wait, itself capped at
``cap`` so a receiver cannot park a delivery for a week.

With the defaults (14 attempts, base 5 s) the ceilings of the waits are
5, 10, 20, 40 s, 1.3, 2.7, 5.3, 11, 21, 43, 85 min, 2.8 and 5.7 h: the first
retries come quickly (a receiver that blinked, or an operator who fixed it and
runs ``monitor deliveries run``), and a delivery is given up at most about
11.4 h (expected about 5.7 h) after its first failure, long enough for a
receiver or mail server down overnight.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Literal, NamedTuple, Protocol

from notifications.model import DeliveryResult

Status = Literal["sent", "failed", "dead"]

MAX_ATTEMPTS = 14
BASE = timedelta(seconds=5)
CAP = timedelta(hours=6)
MIN_DELAY = timedelta(seconds=1)


class Uniform(Protocol):
    def uniform(self, a: float, b: float, /) -> float: ...


class NextAttempt(NamedTuple):
    status: Status
    next_attempt_at: datetime | None


def backoff_ceiling(attempts_done: int, *, base: timedelta = BASE,
                    cap: timedelta = CAP) -> timedelta:
    """The longest wait after ``attempts_done`` failed attempts: ``min(cap, base · 2^(n-1))``."""
    exponent = max(attempts_done - 1, 0)
    if exponent >= 64:  # 2**64 · base overflows timedelta; the cap applies long before
        return cap
    ceiling: timedelta = base * (2**exponent)
    return min(cap, ceiling)


def next_attempt(attempts_done: int, now: datetime, result: DeliveryResult, *,
                 max_attempts: int = MAX_ATTEMPTS, base: timedelta = BASE,
                 cap: timedelta = CAP, min_delay: timedelta = MIN_DELAY,
                 rng: Uniform | None = None) -> NextAttempt:
    """What an outbox row becomes after its ``attempts_done``-th attempt ended in ``result``.

    ``attempts_done`` counts the attempt that just ended (1 after the first
    try). ``rng`` is anything with ``uniform(a, b)``; pass a seeded
    ``random.Random`` in tests.
    """
    if attempts_done < 1:
        raise ValueError(f"attempts_done counts the attempt just made, so it is ≥ 1, "
                         f"got {attempts_done}")
    if max_attempts < 1:
        raise ValueError(f"max_attempts must be ≥ 1, got {max_attempts}")
    if result.outcome == "sent":
        return NextAttempt("sent", None)
    if result.outcome == "dead" or attempts_done >= max_attempts:
        return NextAttempt("dead", None)
    ceiling = backoff_ceiling(attempts_done, base=base, cap=cap)
    draw = (rng or random).uniform(0.0, ceiling.total_seconds())
    delay = max(timedelta(seconds=draw), min_delay)
    if result.retry_after is not None and result.retry_after > 0:
        delay = max(delay, min(timedelta(seconds=result.retry_after), cap))
    return NextAttempt("failed", now + delay)
