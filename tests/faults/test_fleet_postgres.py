"""A fleet on one PostgreSQL: three instances, one killed; and instances started together.

The feed server's request log is the witness: no source is fetched twice within its interval,
and the sources the dead instance held are fetched again only after its leases ran out, and
soon after. Alerts: every relevant story once (twice only for a send in flight at the kill).
"""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from storage import db
from storage.models import Source
from tests.faults.fleet import (
    SEED,
    INTERVAL,
    LEASE,
    GrowingFeeds,
    Instance,
    check_alerts,
    cli,
    environment,
    leases_of,
    relevant_events,
    received,
    stored_links,
    wait_until,
)
from tests.storage.test_concurrent_start import empty
from tests.support.feedserver import FeedServer
from tests.support.receiver import Receiver

pytestmark = [pytest.mark.slow, pytest.mark.postgres]


def test_three_instances_one_killed(feed_server: FeedServer, receiver: Receiver, tmp_path: Path,
                                    pg_url: str, request: pytest.FixtureRequest) -> None:
    rng = random.Random(SEED)
    print(f"fault seed {SEED} (MONITOR_TEST_FAULT_SEED={SEED} replays it)")
    feeds = GrowingFeeds(feed_server, sources=12, rng=rng, delay=0.4)  # polls are in flight a while
    feeds.write_sources(tmp_path / "sources.yaml")
    env = environment(tmp_path, pg_url, MONITOR_PER_HOST_CONCURRENCY="4", MONITOR_MAX_CONCURRENCY="4")
    cli(env, "webhooks", "add", receiver.url("/ok"), "--format", "json", "--secret", "s" * 20)
    feeds.grow(2)
    engine = db.make_engine(pg_url)
    request.addfinalizer(engine.dispose)  # also when an assertion fails: its pooled connections are closed
    instances = [Instance(env, tmp_path, f"i{n}") for n in range(3)]
    try:
        assert wait_until(lambda: all(i.started() for i in instances), 30)
        time.sleep(4)
        feeds.grow(1)
        victim = rng.choice(instances)
        assert wait_until(lambda: bool(leases_of(engine, victim.pid)), 10, step=0.02)
        victim.kill9()
        killed_at, killed_wall = time.monotonic(), datetime.now(UTC)
        held = leases_of(engine, victim.pid)
        assert held, "the victim was killed holding no lease"
        survivors = [i for i in instances if i is not victim]
        feeds.grow(1)

        def caught_up() -> bool:
            return set(stored_links(engine)) >= feeds.links() and \
                relevant_events(engine, 1) <= set(received(receiver))

        expiry = max(until for until in held.values())
        wait = (expiry - killed_wall).total_seconds() + INTERVAL + 3
        time.sleep(max(0.0, wait))
        assert wait_until(caught_up, 40)
        for survivor in survivors:
            assert survivor.alive(), survivor.output()[-3000:]
    finally:
        codes = [i.stop() for i in instances if i.alive()]
    assert codes == [0, 0]

    # No source fetched twice within its interval (the killed instance's last fetches included).
    by_path: dict[str, list[float]] = {}
    for at, path in feed_server.log:
        by_path.setdefault(path, []).append(at)
    gaps = [b - a for times in by_path.values() for a, b in zip(times, times[1:])]
    assert len(by_path) == 12 and min(gaps) >= INTERVAL - 0.25, sorted(gaps)[:5]
    # The dead instance's sources: fetched again only once its lease ran out, and soon after: within an
    # interval and two seconds, plus however late the survivors polled their own sources from the kill on.
    # On a machine loaded by other work the survivors' first parses (their workers start cold) hold every
    # fetch slot for seconds and all polls run late, the taken-over ones with the rest (seen: 8 to 12 s
    # with four busy loops on two cores); the bound asks that those are not later than the others.
    late = max((b - a - INTERVAL for path, times in by_path.items() if path[1:] not in held
                for a, b in zip(times, times[1:]) if b > killed_at), default=0.0)
    for sid, until in held.items():
        runs_out = killed_at + (until - killed_wall).total_seconds()
        after = [t for t in by_path["/" + sid] if t > killed_at]
        assert after and runs_out - 0.3 <= after[0] <= runs_out + INTERVAL + 2 + max(0.0, late), \
            (sid, after[:1], runs_out, late)
    links = stored_links(engine)
    assert len(links) == len(set(links)) and set(links) == feeds.links()
    summary = check_alerts(engine, receiver, 1, [killed_at])
    engine.dispose()
    print(f"\nseed {SEED}: 3 instances, one killed holding {len(held)} leases (lease {LEASE:.0f} s): taken over "
          f"{min(t for sid in held for t in by_path['/' + sid] if t > killed_at) - killed_at:.1f} s after the kill; "
          f"{sum(len(t) for t in by_path.values())} fetches, shortest gap {min(gaps):.2f} s "
          f"(interval {INTERVAL} s); the survivors' own polls at most {max(0.0, late):.1f} s late; {summary}")


def test_instances_started_together_on_an_empty_database(feed_server: FeedServer, tmp_path: Path,
                                                         pg_url: str) -> None:
    """The issue's crash: replicas starting at once on a new database, again and again."""
    lines = ["sources:"] + [f"  - {{id: s{i:04d}, url: '{feed_server.url(f'/s{i}')}', interval: 1h}}"
                            for i in range(600)]
    (tmp_path / "sources.yaml").write_text("\n".join(lines) + "\n")
    env = environment(tmp_path, pg_url, MONITOR_PARSE_WORKERS="1")
    engine = db.make_engine(pg_url)
    trials = 6
    try:
        for trial in range(trials):
            empty(engine)
            instances = [Instance(env, tmp_path, f"t{trial}-{n}") for n in range(3)]
            try:
                started = wait_until(lambda: all(i.started() or not i.alive() for i in instances), 40)
                for i in instances:
                    assert i.alive(), f"trial {trial}: an instance exited by itself:\n{i.output()[-3000:]}"
                assert started
            finally:
                codes = [i.stop() for i in instances]
            assert codes == [0, 0, 0]
            with engine.connect() as conn:
                assert conn.scalar(select(func.count()).select_from(Source)) == 600
                assert conn.scalar(text("SELECT version_num FROM alembic_version")) == db.HEAD
    finally:
        engine.dispose()
    print(f"\n{trials} trials of 3 instances started together on an empty PostgreSQL database "
          "(600 sources): none exited by itself")
