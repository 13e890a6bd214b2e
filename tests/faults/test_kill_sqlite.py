"""kill -9 of `monitor run` at random moments on SQLite, with feeds that grow between kills.

Thirty rounds: the feeds gain entries, an instance starts and is killed after a random time
(during start-up, a migration, a poll, a write, a send…). Then one instance runs until it has
caught up. Nothing may be lost or stored twice, every relevant story is alerted (twice only
for the send in flight at a kill), and SQLite's own checks find the file sound.
"""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

import pytest

from storage import db
from tests.faults.fleet import (
    SEED,
    GrowingFeeds,
    Instance,
    check_alerts,
    cli,
    environment,
    relevant_events,
    received,
    stored_links,
    wait_until,
)
from tests.support.feedserver import FeedServer
from tests.support.receiver import Receiver

pytestmark = pytest.mark.slow
ROUNDS = 30


def test_kill_9_at_random_moments_loses_nothing_and_repeats_nothing(
        feed_server: FeedServer, receiver: Receiver, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    print(f"fault seed {SEED} (MONITOR_TEST_FAULT_SEED={SEED} replays it)")
    feeds = GrowingFeeds(feed_server, sources=3, rng=rng)
    feeds.write_sources(tmp_path / "sources.yaml")
    url = f"sqlite:///{tmp_path / 'monitor.db'}"
    env = environment(tmp_path, url)
    cli(env, "webhooks", "add", receiver.url("/ok"), "--format", "json", "--secret", "s" * 20)

    kills: list[float] = []
    moments = []
    for round_ in range(ROUNDS):
        feeds.grow(2)
        instance = Instance(env, tmp_path, f"round{round_}")
        moment = rng.uniform(0.2, 2.5)
        time.sleep(moment)
        assert instance.alive(), (SEED, instance.output()[-2000:])  # it never exits by itself
        instance.kill9()
        kills.append(time.monotonic())
        moments.append(moment)

    feeds.grow(1)
    engine = db.make_engine(url)
    last = Instance(env, tmp_path, "catch-up")
    try:
        def caught_up() -> bool:
            return set(stored_links(engine)) >= feeds.links() and \
                relevant_events(engine, 1) <= set(received(receiver))

        assert wait_until(caught_up, 60), last.output()[-3000:]
        time.sleep(1.5)  # a few more ticks: nothing more may arrive
    finally:
        assert last.stop() == 0, last.output()[-3000:]

    links = stored_links(engine)
    assert len(links) == len(set(links)), "an item was stored twice"
    assert set(links) == feeds.links(), "an item was lost"
    summary = check_alerts(engine, receiver, 1, kills)
    engine.dispose()
    with sqlite3.connect(tmp_path / "monitor.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    print(f"\nseed {SEED}: {ROUNDS} kill -9 rounds (after {min(moments):.2f}-{max(moments):.2f} s): "
          f"{len(links)} items, none lost or twice; {summary['stories']} relevant stories alerted, "
          f"{summary['repeats_after_a_kill']} sent again after a kill; integrity_check ok")
