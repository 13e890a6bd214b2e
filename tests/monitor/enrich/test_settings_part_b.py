"""Part B's settings: their defaults, and errors that name the variable and the fix."""

from __future__ import annotations

import pytest

from monitor.errors import ConfigError
from monitor.settings import Settings


def test_defaults() -> None:
    s = Settings.from_env({})
    assert (s.fulltext_host_delay, s.fulltext_tick, s.fulltext_batch, s.fulltext_per_host, s.fulltext_lease,
            s.fulltext_max_attempts, s.fulltext_poll_wait, s.fulltext_hold) == (1.0, 5.0, 16, 4, 900.0, 5, 300.0, 600.0)
    assert Settings.from_env({"MONITOR_FULLTEXT_POLL_WAIT": "0"}).fulltext_poll_wait == 0.0


@pytest.mark.parametrize(("env", "variable", "words"), [
    ({"MONITOR_FULLTEXT_HOLD": "2h"}, "MONITOR_FULLTEXT_HOLD", "at most 1h"),
    ({"MONITOR_FULLTEXT_BATCH": "0"}, "MONITOR_FULLTEXT_BATCH", "at least 1"),
    ({"MONITOR_FULLTEXT_PER_HOST": "0"}, "MONITOR_FULLTEXT_PER_HOST", "at least 1"),
    ({"MONITOR_FULLTEXT_MAX_ATTEMPTS": "0"}, "MONITOR_FULLTEXT_MAX_ATTEMPTS", "at least 1"),
    ({"MONITOR_FULLTEXT_LEASE": "1m"}, "MONITOR_FULLTEXT_LEASE", "lower MONITOR_FULLTEXT_PER_HOST"),
    ({"MONITOR_FULLTEXT_PER_HOST": "50"}, "MONITOR_FULLTEXT_LEASE", "is too short"),
    ({"MONITOR_FULLTEXT_POLL_WAIT": "soon"}, "MONITOR_FULLTEXT_POLL_WAIT", "not a duration"),
], ids=["hold", "batch", "per-host", "attempts", "lease", "per-host-vs-lease", "poll-wait"])
def test_errors_name_the_variable(env: dict[str, str], variable: str, words: str) -> None:
    with pytest.raises(ConfigError) as caught:
        Settings.from_env(env)
    assert variable in str(caught.value) and words in str(caught.value), str(caught.value)
