"""A parse worker that dies takes down only the feed it was parsing, never the pool for good."""

from __future__ import annotations

import os
from datetime import datetime, timezone

import pytest

from monitor.pipeline import analyse
from monitor.pipeline.analyse import ParseJob, ParseOutcome
from monitor.pipeline.workers import Analyser

NOW = datetime(2026, 11, 5, tzinfo=timezone.utc)
RSS = b'<rss version="2.0"><channel><item><title>fine</title><link>https://x.example/1</link></item></channel></rss>'
POISON = b"<!-- kill the worker -->"


def _analyse_or_die(job: ParseJob) -> ParseOutcome:
    if job.body == POISON:
        os._exit(1)  # what an OOM kill or a segfault looks like to the pool
    return analyse.analyse(job)


async def test_broken_pool_is_replaced_and_only_the_poison_feed_fails(monkeypatch) -> None:
    monkeypatch.setattr(analyse, "analyse", _analyse_or_die)
    analyser = Analyser(workers=2)
    try:
        job = ParseJob(body=RSS, url="https://x.example/", content_type=None, fetched_at=NOW, rules=None)
        assert [e.title for e in (await analyser.run(job)).items] == ["fine"]
        poison = await analyser.run(ParseJob(body=POISON, url="https://x.example/", content_type=None,
                                             fetched_at=NOW, rules=None))
        assert poison.error and "parser process died" in poison.error
        assert [e.title for e in (await analyser.run(job)).items] == ["fine"]
    finally:
        analyser.close()


@pytest.mark.parametrize("poisons, good", [(1, 12), (2, 12), (1, 1)], ids=["one-poison", "two-poisons", "one-beside"])
async def test_feeds_in_flight_beside_a_poison_feed_are_parsed(monkeypatch, poisons: int, good: int) -> None:
    """A worker that dies fails every feed its pool holds; each is tried again alone, so the feeds
    that were only beside the poison are parsed, and only the poison fails (twice)."""
    import asyncio

    monkeypatch.setattr(analyse, "analyse", _analyse_or_die)
    analyser = Analyser(workers=2)
    try:
        job = ParseJob(body=RSS, url="https://x.example/", content_type=None, fetched_at=NOW, rules=None)
        poison = ParseJob(body=POISON, url="https://x.example/", content_type=None, fetched_at=NOW, rules=None)
        runs = [analyser.run(job) for _ in range(good)]
        for i in range(poisons):  # the poison in the middle of the feeds in flight
            runs.insert(len(runs) // (i + 2), analyser.run(poison))
        outcomes = await asyncio.gather(*runs)
        failed = [o for o in outcomes if o.error]
        assert len(failed) == poisons
        assert all("parser process died on this feed (twice)" in (o.error or "") for o in failed)
        assert sum([e.title for e in o.items] == ["fine"] for o in outcomes) == good
        # and the pools go on: a later feed is parsed
        assert [e.title for e in (await analyser.run(job)).items] == ["fine"]
    finally:
        analyser.close()


async def test_a_discarded_pool_leaves_no_worker_behind(monkeypatch) -> None:
    """Every worker of a broken pool is ended when the pool is replaced, including one it started
    after the crash: a live one would keep the pool's thread, and the process's exit, waiting."""
    import asyncio

    monkeypatch.setattr(analyse, "analyse", _analyse_or_die)
    analyser = Analyser(workers=2)
    try:
        job = ParseJob(body=RSS, url="https://x.example/", content_type=None, fetched_at=NOW, rules=None)
        assert (await analyser.run(job)).items
        broken = analyser._pool
        assert broken is not None
        processes = list(broken._processes.values())  # type: ignore[union-attr]
        poison = ParseJob(body=POISON, url="https://x.example/", content_type=None, fetched_at=NOW, rules=None)
        # feeds in flight beside the poison, in the same pool
        outcomes = await asyncio.gather(analyser.run(poison), *(analyser.run(job) for _ in range(4)))
        assert outcomes[0].error and "parser process died" in outcomes[0].error
        assert all([e.title for e in o.items] == ["fine"] for o in outcomes[1:])
        assert analyser._pool is not broken
        for process in processes:
            process.join(timeout=10)
            assert not process.is_alive()
    finally:
        analyser.close()


async def test_prestart_does_not_block_the_event_loop(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Starting the workers waits for their fork server to load the parsers and compile the rules
    (most of a second): that wait happens off the event loop, which goes on fetching meanwhile."""
    import asyncio
    import time
    from multiprocessing import forkserver


    # A fork server left running by an earlier test would make the start instant, and stopping
    # that one can wait for ever (each process it forked holds its "alive" pipe, so a pool an
    # earlier test left open keeps it running): this test gets a fork server of its own.
    fresh = forkserver.ForkServer()
    for name in ("ensure_running", "get_inherited_fds", "connect_to_new_process", "set_forkserver_preload"):
        monkeypatch.setattr(forkserver, name, getattr(fresh, name))
    monkeypatch.setattr(forkserver, "_forkserver", fresh)
    gaps: list[float] = []

    async def ticker() -> None:
        last = time.perf_counter()
        while True:
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    analyser = Analyser(workers=2)
    tick = asyncio.create_task(ticker())
    try:
        await asyncio.sleep(0.02)
        started = time.perf_counter()
        analyser.prestart()
        job = ParseJob(body=RSS, url="https://x.example/", content_type=None, fetched_at=NOW, rules=None)
        outcomes = await asyncio.gather(*(analyser.run(job) for _ in range(4)))
        waited = time.perf_counter() - started
    finally:
        tick.cancel()
        analyser.close()
        fresh._stop()  # its only children were this analyser's workers, now gone
    assert all([e.title for e in o.items] == ["fine"] for o in outcomes)
    # A blocked loop would show one gap as long as the whole start.
    assert max(gaps) < waited / 2, (max(gaps), waited)
    assert len(gaps) > 10


async def test_workers_that_fail_to_start_are_started_again(monkeypatch) -> None:
    """The background start of the pool failing half-way (the fork server died: its second
    worker never started) costs no feed: the feeds waiting for it are parsed alone, the worker
    that did start is ended, the next feed gets a new pool, and every later parse works."""
    import asyncio
    from concurrent.futures import ProcessPoolExecutor

    real_spawn = ProcessPoolExecutor._spawn_process
    spawns: list[ProcessPoolExecutor] = []
    started = []

    def spawn_failing_once(self: ProcessPoolExecutor) -> None:
        spawns.append(self)
        if len(spawns) == 2:
            raise EOFError("unexpected EOF")  # what starting a worker reads from a dying fork server
        real_spawn(self)
        started.extend(self._processes.values())  # type: ignore[attr-defined]

    monkeypatch.setattr(ProcessPoolExecutor, "_spawn_process", spawn_failing_once)
    analyser = Analyser(workers=2)
    try:
        analyser.prestart()
        failed = analyser._pool
        job = ParseJob(body=RSS, url="https://x.example/", content_type=None, fetched_at=NOW, rules=None)
        outcomes = await asyncio.gather(*(analyser.run(job) for _ in range(3)))
        outcomes.append(await analyser.run(job))
        assert analyser._pool is not None and analyser._pool is not failed
    finally:
        analyser.close()
    assert spawns[:2] == [failed, failed]
    assert all([e.title for e in o.items] == ["fine"] for o in outcomes)
    started[0].join(timeout=10)  # the one worker the failed start started
    assert not started[0].is_alive()


async def test_no_worker_starts_beside_a_feed_in_flight(monkeypatch) -> None:
    """A pool starts all its workers before its first feed, never one while it holds a feed and
    another worker, which that feed can kill meanwhile: the pool's thread then closes the
    queues the new worker is being handed (see workers._start_workers; under load the feeds
    beside a poison feed failed with "Bad file descriptor", "unexpected EOF" or "Connection
    refused"). Pools of one worker (feeds retried alone) start theirs with their only feed."""
    import asyncio
    from concurrent.futures import ProcessPoolExecutor

    real_spawn = ProcessPoolExecutor._spawn_process
    risky: list[int] = []

    def spawn(self: ProcessPoolExecutor) -> None:
        running = [p for p in self._processes.values() if p.is_alive()]  # type: ignore[attr-defined]
        if self._pending_work_items and running:  # type: ignore[attr-defined]
            risky.append(len(self._pending_work_items))  # type: ignore[attr-defined]
        real_spawn(self)

    monkeypatch.setattr(ProcessPoolExecutor, "_spawn_process", spawn)
    monkeypatch.setattr(analyse, "analyse", _analyse_or_die)
    analyser = Analyser(workers=2)
    try:
        job = ParseJob(body=RSS, url="https://x.example/", content_type=None, fetched_at=NOW, rules=None)
        poison = ParseJob(body=POISON, url="https://x.example/", content_type=None, fetched_at=NOW, rules=None)
        assert (await analyser.run(job)).items
        outcomes = await asyncio.gather(analyser.run(poison), *(analyser.run(job) for _ in range(4)))
        outcomes += await asyncio.gather(*(analyser.run(job) for _ in range(6)))
    finally:
        analyser.close()
    assert outcomes[0].error and "parser process died" in outcomes[0].error
    assert all([e.title for e in o.items] == ["fine"] for o in outcomes[1:])
    assert risky == []
