"""When a source is next due: back-off, jitter, Retry-After."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import pytest

from monitor.pipeline.schedule import (
    failure_delay,
    next_poll_after_failure,
    next_poll_after_success,
)

T = datetime(2026, 11, 2, tzinfo=timezone.utc)


@pytest.mark.parametrize(("failures", "delay"), [(1, 120), (2, 240), (3, 480), (8, 15360), (9, 21600), (50, 21600)])
def test_failure_backoff_doubles_and_caps(failures: int, delay: float) -> None:
    assert failure_delay(failures, base=120, cap=21600) == delay


def test_next_poll_jitter_and_retry_after() -> None:
    rng = random.Random(1)
    spread = {next_poll_after_success(T, 1800, 0.1, rng) for _ in range(50)}
    assert all(T + timedelta(seconds=1620) <= t <= T + timedelta(seconds=1980) for t in spread) and len(spread) > 1
    assert next_poll_after_success(T, 1800, 0, rng) == T + timedelta(minutes=30)
    late = next_poll_after_failure(T, 1, base=120, cap=21600, jitter=0, rng=rng, retry_after=3600)
    assert late == T + timedelta(hours=1)
    capped = next_poll_after_failure(T, 1, base=120, cap=21600, jitter=0, rng=rng, retry_after=10 ** 9)
    assert capped == T + timedelta(days=1)
