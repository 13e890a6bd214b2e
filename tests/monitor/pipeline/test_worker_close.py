"""Analyser.close() leaves no parse worker running, also while a pool is still being started."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timezone
from typing import Any

import pytest

from monitor.pipeline import workers
from monitor.pipeline.analyse import ParseJob
from monitor.pipeline.workers import Analyser

NOW = datetime(2026, 11, 5, tzinfo=timezone.utc)
RSS = b'<rss version="2.0"><channel><item><title>fine</title><link>https://x.example/1</link></item></channel></rss>'


def _held_second_start(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event, list[Any]]:
    """The pool's start paused before its second worker (SIGTERM early in a cold poll): returns
    (reached, go, started): ``reached`` is set when the start waits there, ``go`` lets it on,
    ``started`` gets every worker process started."""
    real_spawn = ProcessPoolExecutor._spawn_process
    reached, go = threading.Event(), threading.Event()
    started: list[Any] = []

    def spawn(self: ProcessPoolExecutor) -> None:
        if started:
            reached.set()
            assert go.wait(timeout=30)
        before = set(self._processes)  # type: ignore[attr-defined]
        real_spawn(self)  # type: ignore[attr-defined]
        started.extend(p for pid, p in self._processes.items() if pid not in before)  # type: ignore[attr-defined]

    monkeypatch.setattr(ProcessPoolExecutor, "_spawn_process", spawn)
    return reached, go, started


def _all_ended(processes: list[Any]) -> bool:
    for process in processes:
        process.join(timeout=10)
    return not any(p.is_alive() for p in processes)


async def test_close_during_the_start_ends_every_worker_it_started(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """close() while the start is between two workers: it waits for the worker being started
    (a fork server's start is bounded), no worker starts after it, and every one is ended.
    Before the gate, close() shut the thread-less pool down at once and its first worker was
    left waiting for work (running after the service stopped, holding the process's exit)."""
    reached, go, started = _held_second_start(monkeypatch)
    analyser = Analyser(workers=2)
    analyser.prestart()
    starting = analyser._starting
    assert starting is not None
    assert await asyncio.to_thread(reached.wait, 30)
    # the worker being started finishes a little after close() is called
    threading.Timer(0.3, go.set).start()
    began = time.perf_counter()
    analyser.close()
    took = time.perf_counter() - began
    ended = await asyncio.gather(starting, return_exceptions=True)
    assert _all_ended(started)
    assert ended == [None]  # the start ends quietly
    assert len(started) == 2
    assert took < workers.CLOSE_WAIT


async def test_close_does_not_wait_for_a_start_that_hangs(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A worker whose start takes longer than close() waits (a fork server that hangs): close()
    returns after CLOSE_WAIT, and the start ends its pool itself once that worker started."""
    monkeypatch.setattr(workers, "CLOSE_WAIT", 0.2)
    reached, go, started = _held_second_start(monkeypatch)
    analyser = Analyser(workers=2)
    try:
        analyser.prestart()
        starting = analyser._starting
        assert starting is not None
        assert await asyncio.to_thread(reached.wait, 30)
        began = time.perf_counter()
        analyser.close()
        assert time.perf_counter() - began < 2
    finally:
        go.set()
    ended = await asyncio.gather(starting, return_exceptions=True)
    assert _all_ended(started)
    assert ended == [None]
    assert len(started) == 2


async def test_close_ends_started_workers_that_never_had_a_feed() -> None:
    """prestart, then nothing to parse (every source answered 304, or failed): the pool has no
    thread to tell its workers to stop, so close() ends them (they were left running before)."""
    analyser = Analyser(workers=2)
    analyser.prestart()
    starting = analyser._starting
    assert starting is not None
    await starting
    pool = analyser._pool
    assert pool is not None
    processes = list(pool._processes.values())  # type: ignore[attr-defined]
    assert len(processes) == 2 and all(p.is_alive() for p in processes)
    analyser.close()
    assert _all_ended(processes)


async def test_close_after_feeds_stops_the_workers_as_before() -> None:
    """A pool that parsed feeds is shut down by its own thread, as before (each worker told to
    stop, then waited for)."""
    analyser = Analyser(workers=2)
    job = ParseJob(body=RSS, url="https://x.example/", content_type=None, fetched_at=NOW, rules=None)
    assert [e.title for e in (await analyser.run(job)).items] == ["fine"]
    pool = analyser._pool
    assert pool is not None
    processes = list(pool._processes.values())  # type: ignore[attr-defined]
    analyser.close()
    assert all(p.exitcode == 0 for p in processes if not p.is_alive())
    assert _all_ended(processes)
    assert all(p.exitcode == 0 for p in processes)  # stopped, not terminated


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.parametrize("when", ["during-start", "after-start"])
def test_a_service_that_stops_exits_and_leaves_no_worker(when: str) -> None:
    """What the service does on SIGTERM early in a cold poll, in a process of its own: the
    workers were started (or are being started) and no feed came; the process exits at once and
    no worker outlives it (before, it waited at exit for the workers left running)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import asyncio, sys\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "from monitor.pipeline.workers import Analyser\n"
        "started, spawn = [], ProcessPoolExecutor._spawn_process\n"
        "def recorded(pool):\n"
        "    spawn(pool)\n"
        "    started.extend(pid for pid in pool._processes if pid not in started)\n"
        "ProcessPoolExecutor._spawn_process = recorded\n"
        "async def main():\n"
        "    analyser = Analyser(2)\n"
        "    analyser.prestart()\n"
        "    if sys.argv[1] == 'after-start':\n"
        "        await analyser._starting\n"
        "    else:\n"
        "        await asyncio.sleep(0.05)\n"
        "    analyser.close()\n"
        "asyncio.run(main())\n"
        "print(*started, flush=True)\n"
    )
    repo = Path(__file__).resolve().parents[3]
    out = subprocess.run([sys.executable, "-c", script, when], cwd=repo, capture_output=True, text=True,
                         timeout=60, env={**os.environ, "PYTHONPATH": str(repo)})
    assert out.returncode == 0, out.stderr
    deadline = time.monotonic() + 10
    pids = [int(pid) for pid in out.stdout.split()]
    if when == "after-start":
        assert len(pids) == 2
    while any(_running(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_running(pid) for pid in pids)
