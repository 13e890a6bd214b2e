"""The service claims no more due sources than it can start fetching now, so instances share them."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from monitor.app import poller_for, sync_configured_sources
from monitor.feeds.sources import SourceConfig
from storage.records import SourceSpec
from storage.sources import claim_due_sources, sync_sources
from tests.conftest import make_settings
from tests.support.feedserver import FeedServer

NOW = datetime(2026, 12, 1, tzinfo=UTC)
RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>{0}</title><link>http://x.example/{0}</link></item></channel></rss>'


def spec(sid: str, host: str) -> SourceSpec:
    return SourceSpec(id=sid, name=sid, url=f"https://{host}/{sid}", language=None, interval_seconds=600,
                      enabled=True, dedup=True)


@pytest.mark.parametrize(("limit", "per_host", "busy", "expected"), [
    (10, 1, {}, ["a1", "b1", "c1"]),
    (10, 2, {}, ["a1", "a2", "b1", "b2", "c1"]),
    (10, 2, {"a.example": 2}, ["b1", "b2", "c1"]),
    (10, 2, {"a.example": 1, "b.example": 2}, ["a1", "c1"]),
    (2, 1, {}, ["a1", "b1"]),
    (10, None, {}, ["a1", "a2", "a3", "b1", "b2", "c1"]),
], ids=["one-per-host", "two-per-host", "a-host-busy", "busy-counted", "limit-first", "no-host-limit"])
def test_a_claim_takes_only_what_the_hosts_have_room_for(engine: Engine, limit: int, per_host: int | None,
                                                         busy: dict[str, int], expected: list[str]) -> None:
    sync_sources(engine, [spec("a1", "a.example"), spec("a2", "a.example"), spec("a3", "A.example"),
                          spec("b1", "b.example"), spec("b2", "b.example"), spec("c1", "c.example")], NOW)
    claimed = claim_due_sources(engine, "me", NOW, 600, limit=limit, per_host=per_host, busy_hosts=busy)
    assert sorted(s.id for s in claimed) == expected
    # What was left is free for another instance.
    rest = claim_due_sources(engine, "other", NOW, 600)
    assert sorted(s.id for s in claimed + rest) == ["a1", "a2", "a3", "b1", "b2", "c1"]


@pytest.mark.parametrize(("exclude", "expected"), [
    ((), ["a1", "b1"]), (("a1",), ["b1"]), (("a1", "b1", "zz"), []),
], ids=["none", "one-in-flight", "all-in-flight-and-an-unknown-id"])
def test_a_claim_leaves_out_the_callers_sources_in_flight(engine: Engine, exclude: tuple[str, ...],
                                                          expected: list[str]) -> None:
    sync_sources(engine, [spec("a1", "a.example"), spec("b1", "b.example")], NOW)
    assert sorted(s.id for s in claim_due_sources(engine, "me", NOW, 600, exclude=exclude)) == expected
    assert sorted(s.id for s in claim_due_sources(engine, "other", NOW, 600)) == sorted({"a1", "b1"} - set(expected))


async def test_two_instances_share_a_wave(feed_server: FeedServer, tmp_path: Path) -> None:
    """Eight slow feeds, two instances with room for two fetches each: both work, each feed is
    fetched once. (Claiming a whole wave, the first instance to tick took all eight.)"""
    sources = [SourceConfig(id=f"s{i}", name=f"s{i}", url=feed_server.add_feed(f"/s{i}", RSS.format(i), delay=0.4))
               for i in range(8)]
    settings = make_settings(tmp_path, max_concurrency=2, per_host_concurrency=2)
    from monitor.app import open_database

    engine = open_database(settings)
    sync_configured_sources(engine, settings, sources)
    try:
        async with poller_for(settings, engine, owner="one") as one, \
                poller_for(settings, engine, owner="two") as two:
            first, second = await asyncio.gather(one.run_due(), two.run_due())
    finally:
        engine.dispose()
    assert len(first) >= 2 and len(second) >= 2 and len(first) + len(second) == 8
    assert all(r.status == "ok" for r in first + second)
    assert sorted(feed_server.hits(f"/s{i}") for i in range(8)) == [1] * 8


async def test_a_poll_in_progress_claims_what_falls_due_meanwhile(feed_server: FeedServer, tmp_path: Path) -> None:
    """While one slow poll runs, a source that becomes due is claimed within a tick, not after
    the slow one ends."""
    slow = SourceConfig(id="slow", name="slow", url=feed_server.add_feed("/slow", RSS.format("s"), delay=3))
    later = SourceConfig(id="later", name="later", url=feed_server.add_feed("/later", RSS.format("l")))
    settings = make_settings(tmp_path, tick=0.2)
    from monitor.app import open_database

    engine = open_database(settings)
    sync_configured_sources(engine, settings, [slow])
    try:
        async with poller_for(settings, engine) as poller:
            run = asyncio.create_task(poller.run_due())
            await asyncio.sleep(0.5)
            await asyncio.to_thread(sync_configured_sources, engine, settings, [slow, later])
            for _ in range(40):
                if feed_server.hits("/later"):
                    break
                await asyncio.sleep(0.05)
            assert feed_server.hits("/later") == 1 and not run.done()
            reports = await run
    finally:
        engine.dispose()
    assert sorted(r.source for r in reports) == ["later", "slow"]


async def test_a_poll_that_outlives_its_lease_is_not_claimed_again_by_its_instance(feed_server: FeedServer,
                                                                                  tmp_path: Path) -> None:
    """A poll held up for longer than its lease (a loaded machine's first parse): its source is
    then free and due, and the instance must not take it again while it still polls it. It did,
    and the first poll's write (same owner) gave the second claim's lease back: the fleet test
    saw a source fetched three times within 0.1 s. Another instance may take the source over."""
    slow = SourceConfig(id="slow", name="slow", url=feed_server.add_feed("/slow", RSS.format("s"), delay=1.5))
    settings = replace(make_settings(tmp_path, tick=0.1), lease=0.4)  # under the validated minimum, on purpose
    from monitor.app import open_database

    engine = open_database(settings)
    sync_configured_sources(engine, settings, [slow])
    try:
        async with poller_for(settings, engine) as poller:
            reports = await poller.run_due()
        assert [r.source for r in reports] == ["slow"] and feed_server.hits("/slow") == 1
        # Claimed by another instance meanwhile, it would have been fetched by that one: the source
        # is free for others while it is in flight (its lease ran out), only not for its own poller.
        assert claim_due_sources(engine, "other", datetime.now(UTC), 600) == []  # written: due in 10 min
    finally:
        engine.dispose()
