from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from notifications.model import DeliveryResult
from notifications.outbox import MAX_ATTEMPTS, backoff_ceiling, next_attempt

NOW = datetime(2026, 11, 4, 3, tzinfo=UTC)
SENT = DeliveryResult.sent(200)
DEAD = DeliveryResult.dead("HTTP 410", 410)
RETRY = DeliveryResult.retry("HTTP 503", 503)


class Fixed:
    """An rng whose uniform(a, b) returns the point at ``fraction`` of [a, b]."""

    def __init__(self, fraction: float) -> None:
        self.fraction = fraction

    def uniform(self, a: float, b: float) -> float:
        return a + (b - a) * self.fraction


def s(seconds: float) -> timedelta:
    return timedelta(seconds=seconds)


@pytest.mark.parametrize(
    ("attempts", "result", "fraction", "kwargs", "expected"),
    [
        pytest.param(1, SENT, 1.0, {}, ("sent", None), id="sent"),
        pytest.param(14, SENT, 1.0, {}, ("sent", None), id="sent-on-last-attempt"),
        pytest.param(1, DEAD, 1.0, {}, ("dead", None), id="permanent-failure"),
        pytest.param(1, RETRY, 1.0, {}, ("failed", NOW + s(5)), id="first-retry-max-5s"),
        pytest.param(2, RETRY, 1.0, {}, ("failed", NOW + s(10)), id="second-doubles"),
        pytest.param(7, RETRY, 1.0, {}, ("failed", NOW + s(5 * 64)), id="seventh-5min"),
        pytest.param(14, RETRY, 1.0, {}, ("dead", None), id="last-attempt-dead"),
        pytest.param(3, RETRY, 0.5, {}, ("failed", NOW + s(10)), id="full-jitter-half"),
        pytest.param(3, RETRY, 0.0, {}, ("failed", NOW + s(1)), id="jitter-floor-1s"),
        pytest.param(15, RETRY, 1.0, {"max_attempts": 20}, ("failed", NOW + timedelta(hours=6)),
                     id="capped-at-6h"),
        pytest.param(200, RETRY, 1.0, {"max_attempts": 500}, ("failed", NOW + timedelta(hours=6)),
                     id="huge-exponent-no-overflow"),
        pytest.param(1, DeliveryResult.retry("429", 429, 120.0), 0.0, {},
                     ("failed", NOW + s(120)), id="retry-after-is-a-floor"),
        pytest.param(5, DeliveryResult.retry("429", 429, 10.0), 1.0, {},
                     ("failed", NOW + s(80)), id="backoff-longer-than-retry-after"),
        pytest.param(1, DeliveryResult.retry("429", 429, 86400.0 * 7), 0.0, {},
                     ("failed", NOW + timedelta(hours=6)), id="retry-after-capped"),
        pytest.param(14, DeliveryResult.retry("429", 429, 5.0), 0.0, {}, ("dead", None),
                     id="retry-after-ignored-on-last"),
        pytest.param(2, RETRY, 1.0, {"base": s(10), "max_attempts": 3},
                     ("failed", NOW + s(20)), id="custom-base"),
        pytest.param(3, RETRY, 1.0, {"max_attempts": 3}, ("dead", None), id="custom-max"),
    ],
)
def test_next_attempt(attempts: int, result: DeliveryResult, fraction: float, kwargs: dict,
                      expected: tuple) -> None:
    assert next_attempt(attempts, NOW, result, rng=Fixed(fraction), **kwargs) == expected


def test_jitter_spreads_retries() -> None:
    rng = random.Random(1)
    times = {next_attempt(4, NOW, RETRY, rng=rng).next_attempt_at for _ in range(200)}
    assert len(times) > 150
    assert all(NOW + s(1) <= t <= NOW + s(240) for t in times if t)


@pytest.mark.parametrize(("attempts", "ok"), [(0, False), (-1, False), (1, True)],
                         ids=["zero", "negative", "one"])
def test_attempts_must_count_the_attempt_made(attempts: int, ok: bool) -> None:
    if ok:
        next_attempt(attempts, NOW, RETRY)
    else:
        with pytest.raises(ValueError, match="≥ 1"):
            next_attempt(attempts, NOW, RETRY)


def test_default_schedule_totals() -> None:
    """Documented figures: with the defaults the first retry comes within 5 s, and a delivery is
    dead at most ~11.4 h (a night's outage) after its first failure."""
    waits = [backoff_ceiling(n) for n in range(1, MAX_ATTEMPTS)]
    assert waits[0] == timedelta(seconds=5)
    assert waits[-1] == timedelta(seconds=5 * 2**12)  # 5.7 h, under the 6 h cap
    assert timedelta(hours=11) < sum(waits, timedelta()) < timedelta(hours=11.5)
