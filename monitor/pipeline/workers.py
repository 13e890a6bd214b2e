"""The parse workers: a process pool forked from a preloaded fork server, or a thread."""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from monitor.pipeline.analyse import ParseJob, ParseOutcome

# monitor.pipeline.analyse (the items' records, orjson) is imported when a feed is parsed, by
# the methods below: a poll where every feed answers 304 never loads it.


def worker_count(setting: int) -> int:
    """The parse workers ``MONITOR_PARSE_WORKERS`` asks for (0: one per core)."""
    return setting if setting > 0 else (os.cpu_count() or 1)


CLOSE_WAIT = 5.0  # seconds Analyser.close() waits for a worker being started (see _Gate)


class _Gate:
    """What a pool's start thread and :meth:`Analyser.close` share. The start thread starts
    each worker holding ``lock`` and only while ``closed`` is not set; close() sets ``closed``
    and then takes ``lock``, so no worker starts after it and every one started is in the pool's
    list when close() ends the pool. A start that holds ``lock`` longer than ``CLOSE_WAIT`` (a
    fork server that hangs) is left to end its pool itself when that worker has started."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.closed = False


def _forkserver_context(cache_dir: str | None = None) -> Any:
    import multiprocessing  # here: a poll where every feed answers 304 never starts the workers

    from monitor.pipeline.analyse import CACHE_DIR_VARIABLE

    if cache_dir:  # the fork server inherits it when it starts (once, unless it dies)
        os.environ[CACHE_DIR_VARIABLE] = os.path.abspath(cache_dir)
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["monitor.pipeline.preload"])
    return context


def start_fork_server(cache_dir: str | None = None) -> None:
    """Start the parse workers' fork server now, and return at once.

    It loads the parsers and the compiled rules (``monitor/pipeline/preload.py``, about half a
    second; the rules from their cache in ``cache_dir``, ``MONITOR_DATA_DIR``, when it holds
    them) while the caller goes on; the workers are forked from it when the pool first needs
    them. ``monitor poll`` calls this before loading its own modules when the poll will likely
    have feeds to parse.
    """
    from multiprocessing import forkserver

    _forkserver_context(cache_dir)
    forkserver.ensure_running()


class Analyser:
    """Runs :func:`analyse` in a process pool created on first use (a warm poll never starts it)."""

    def __init__(self, workers: int = 0, cache_dir: str | None = None) -> None:
        self.workers = worker_count(workers)
        self.cache_dir = cache_dir  # the compiled rules' cache (MONITOR_DATA_DIR), for the fork server
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None
        self._starting: asyncio.Future[Any] | None = None
        self._solo: concurrent.futures.ProcessPoolExecutor | None = None  # see _alone
        self._alone_lock: asyncio.Lock | None = None
        self._gate = _Gate()

    def prestart(self) -> None:
        """Start the workers now, in the background, rather than on the first feed to parse
        (their fork server takes most of a second to load the parsers and compile the rules).

        They are started on a thread: starting the first waits for the fork server's preload,
        and the event loop goes on fetching meanwhile. :meth:`run` waits for them.
        """
        if self.workers > 1 and self._pool is None:
            self._start_pool()

    def _start_pool(self) -> concurrent.futures.ProcessPoolExecutor:
        pool = self._ensure_pool()
        self._starting = asyncio.get_running_loop().run_in_executor(None, _start_workers, pool, self._gate)
        return pool

    async def run(self, job: ParseJob) -> ParseOutcome:
        from monitor.pipeline.analyse import analyse

        if self.workers <= 1:
            return await asyncio.to_thread(analyse, job)
        from concurrent.futures.process import BrokenProcessPool

        loop = asyncio.get_running_loop()
        while True:
            # Every worker of a pool is started before its first feed (see _start_workers).
            pool = self._pool if self._pool is not None else self._start_pool()
            starting = self._starting
            if starting is None:
                break
            try:
                await asyncio.shield(starting)
            except Exception:
                # Its workers did not all start (the fork server died): the pool is not used (it
                # would start the missing ones as feeds come), this feed is parsed alone and
                # the next one gets a new pool.
                self._discard(pool)
                return await self._alone(job)
            if self._starting is starting:
                self._starting = None
            if self._pool is pool:
                break
        try:
            return await loop.run_in_executor(pool, analyse, job)
        except BrokenProcessPool:
            # A worker died (killed for memory, a crash in C code) while this feed was in the
            # pool: this feed or another one in flight killed it, and the pool fails them all.
            # Replace the pool so the other sources go on, and try this feed again alone.
            self._discard(pool)
        return await self._alone(job)

    async def _alone(self, job: ParseJob) -> ParseOutcome:
        """Parse a feed that was in a pool when one of its workers died, in a pool of one worker
        that parses nothing else meanwhile (such feeds wait for each other here): a feed that
        kills that worker is the one that killed the first, and only it fails. Retried in a new
        pool of two instead, every feed in flight beside a feed that crashes its worker failed
        with it the second time."""
        from concurrent.futures.process import BrokenProcessPool

        from monitor.pipeline.analyse import ParseOutcome, analyse

        if self._alone_lock is None:
            self._alone_lock = asyncio.Lock()
        async with self._alone_lock:
            if self._solo is None:
                self._solo = concurrent.futures.ProcessPoolExecutor(
                    max_workers=1, mp_context=_forkserver_context(self.cache_dir))
            solo = self._solo
            try:
                return await asyncio.get_running_loop().run_in_executor(solo, analyse, job)
            except BrokenProcessPool:
                self._solo = None
                _end(solo)
                return ParseOutcome(error="the parser process died on this feed (twice); "
                                          "the feed may be too large or malformed")

    def _ensure_pool(self) -> concurrent.futures.ProcessPoolExecutor:
        if self._pool is None:
            # Workers are forked from a fork server, never from this process: this one runs an
            # event loop and threads whose locks a forked child could inherit held. The fork
            # server is a fresh interpreter that imports monitor.pipeline.preload first, so the workers
            # share its parsers, tables and compiled rules (see warm_up).
            self._pool = concurrent.futures.ProcessPoolExecutor(max_workers=self.workers,
                                                                mp_context=_forkserver_context(self.cache_dir))
        return self._pool

    def _discard(self, pool: concurrent.futures.ProcessPoolExecutor) -> None:
        if self._pool is pool:
            self._pool = None
            self._starting = None
            _end(pool)

    def close(self) -> None:
        """End the workers, also while a pool is being started (SIGTERM early in a cold poll):
        the start is stopped between two workers (see _Gate), and what it started is ended."""
        self._gate.closed = True
        held = self._gate.lock.acquire(timeout=CLOSE_WAIT)  # a worker being started: until it is listed
        try:
            # Not held: a worker is still being started, and its start thread ends that pool.
            for pool in (self._pool, self._solo) if held else (self._solo,):
                if pool is not None:
                    _shut(pool)
        finally:
            if held:
                self._gate.lock.release()
        self._starting = None
        self._pool = self._solo = None


def _start_workers(pool: concurrent.futures.ProcessPoolExecutor, gate: _Gate) -> None:
    """Start every worker of a new pool, before it is given a feed (blocks: the first start waits
    for the fork server's preload).

    Left to itself, the pool starts a worker when a feed is submitted and no worker is idle,
    so it can start one while another dies. Its thread then tears the broken pool down and
    closes the call queue's pipes while they are being handed to the new worker by number: the
    numbers are free, or taken again by the start's own socket and pipes. The new worker gets
    the wrong files, or the hand-over fails (``OSError: Bad file descriptor``) and leaves the
    fork server an empty request, which ends it (``EOFError`` in ``recvfds``); the next start
    reads ``EOFError: unexpected EOF``, the ones after it are refused. Each of those feeds
    failed ("parser worker failed"): the EOFError ``test_a_discarded_pool_leaves_no_worker_behind``
    showed under load, where the poison feed's own submit started the second worker (Python
    3.11; see docs/architecture.md). A pool whose workers all run never starts another one.

    The workers are started one at a time under ``gate.lock`` (what ``_launch_processes`` does,
    checking ``gate.closed`` before each): Analyser.close() during the start stops it there,
    and a start that outlived close()'s wait ends its pool itself.
    """
    # CPython's private parts, as its _launch_processes uses them (3.11; see test_worker_crash)
    if all(hasattr(pool, name) for name in ("_spawn_process", "_processes", "_max_workers")):
        while True:
            with gate.lock:
                if gate.closed:
                    _end(pool)  # nothing, unless close() could not wait for this start
                    return
                if len(pool._processes) >= pool._max_workers:  # type: ignore[attr-defined]
                    return
                pool._spawn_process()  # type: ignore[attr-defined]
    else:
        from monitor.pipeline.analyse import warm_up

        with gate.lock:
            if not gate.closed:
                pool.submit(warm_up)


def _end(pool: concurrent.futures.ProcessPoolExecutor) -> list[Any]:
    """Shut a broken pool down and end the workers it still has: the pool's own terminate misses
    a worker of a pool whose start failed half-way (it has no thread yet), and any worker
    started while another one died (before _start_workers, a make test run hung at exit on one,
    the pool's thread waiting for it, Python 3.11). Returns the workers it ended."""
    left = [p for p in (getattr(pool, "_processes", None) or {}).values() if p.is_alive()]
    pool.shutdown(wait=False, cancel_futures=True)
    for process in left:
        process.terminate()
    return left


def _shut(pool: concurrent.futures.ProcessPoolExecutor) -> None:
    """Shut a pool down for good (Analyser.close). A pool that was given a feed has its thread,
    which tells each worker to stop and is waited for. One that never was (its workers started
    by prestart, then no feed came to parse: every source answered 304 or failed, or close()
    came during the start) has no thread: its workers wait for work nobody sends, and were left
    running after the service stopped, holding its exit (multiprocessing joins its children
    there). They are idle: ended here."""
    if getattr(pool, "_executor_manager_thread", True) is not None:  # None: never given a feed
        pool.shutdown(wait=True, cancel_futures=True)
        return
    for process in _end(pool):
        process.join(timeout=CLOSE_WAIT)
