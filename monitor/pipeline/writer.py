"""The single database writer of a poll cycle: parse results grouped into batched transactions."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from storage.records import PollRecord, StoryAssigner
from storage.sources import record_quiet_polls

if TYPE_CHECKING:  # a Database while nothing needs SQLAlchemy (storage/dbapi.py)
    from sqlalchemy import Engine

    from storage.dbapi import Database

log = logging.getLogger("monitor.poll")

StoredHook = Callable[[dict[str, list[int]]], None]


_FROZEN = False  # see _load_write_path
YOUNG_GENERATION = 10_000  # the collector's first threshold once the write path is loaded


def _load_write_path() -> None:
    """Import (and configure) what writing items takes; see :meth:`BatchWriter.prepare`."""
    try:
        import storage.polls  # noqa: F401  (the ORM models, SQLAlchemy)
        from monitor.dedup import stories  # noqa: F401  (numpy)
        from sqlalchemy.orm import configure_mappers

        configure_mappers()
        # What is loaded by now (the modules, SQLAlchemy's registries, the settings) lives as
        # long as the process: out of the collector's full passes, which a cold poll's rows set
        # off three times (0.07 s of CPU). Once a process: garbage that is in a cycle right now
        # stays (no gc.collect() first, a full pass of its own).
        global _FROZEN
        if not _FROZEN:
            _FROZEN = True
            gc.freeze()
            # The writer's rows, the unpickled items and the fetches' objects are containers by
            # the hundred thousand, nearly all freed by their reference counts: a young
            # generation of 10,000 instead of 700 leaves 13 collections of it in a cold poll
            # instead of 420 (0.13 → 0.03 s of CPU with the middle one's), for at most 10,000
            # objects of cyclic garbage waiting a little longer.
            young, *older = gc.get_threshold()
            gc.set_threshold(max(young, YOUNG_GENERATION), *older)
    except Exception:  # the first batch meets (and reports) the same failure
        log.debug("loading the write path early failed", exc_info=True)


class BatchWriter:
    """Collects :class:`PollRecord` s and writes them in batches on one database thread."""

    def __init__(self, engine: Engine | Database, *, max_batch: int = 16, on_stored: StoredHook | None = None,
                 matcher: Callable[[], StoryAssigner] | None = None, story_window: float = 14 * 86400,
                 linger: float = 0.25, more_coming: Callable[[], bool] | None = None,
                 max_records: int = 512) -> None:
        self.engine = engine
        self.max_batch = max_batch
        # Polls that brought no items (a 304, an error) are a row update and a log row each:
        # a warm cycle writes its 500 of them in one or two transactions instead of 32.
        self.max_records = max_records
        # How long a batch waits for more records while ``more_coming()`` says some are on
        # their way: a transaction has a fixed cost (a commit, the known-key and id queries),
        # and in a cold cycle parsed feeds arrive one every 20 ms or so, one at a time.
        self.linger = linger
        self._more_coming = more_coming or (lambda: False)
        self.on_stored = on_stored
        self._make_matcher = matcher
        self._matcher: StoryAssigner | None = None
        self.story_window = timedelta(seconds=story_window)
        # Back-pressure: when the database falls behind, submitters of records with items wait
        # here (at most ``max_batch`` of those queued: they are the memory). Records without items
        # are a few hundred bytes each and queue freely, so a burst of 304s is written together.
        self._heavy = asyncio.Semaphore(max_batch)
        self._queue: asyncio.Queue[tuple[PollRecord, asyncio.Future[list[int]]]] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None
        self._prepared: asyncio.Future[None] | None = None  # see prepare()

    def prepare(self) -> None:
        """Load, on a thread and at once, what the first batch with items needs: the ORM and
        its mappers, the story matcher and numpy (0.35-0.45 s of CPU). Called when a cycle
        will have feeds to parse: the parse workers' fork server takes most of a second to
        start, and this process had little to do meanwhile, while the first batch used to load
        them on the event loop with both cores busy. A cycle where every feed answers 304
        never calls it (nor loads any of it)."""
        if self._prepared is None:
            self._prepared = asyncio.get_running_loop().run_in_executor(None, _load_write_path)

    async def submit(self, record: PollRecord) -> asyncio.Future[list[int]]:
        """Queue a record; the future resolves to the ids of the items it inserted."""
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name="batch-writer")
        future: asyncio.Future[list[int]] = asyncio.get_running_loop().create_future()
        if record.items:
            await self._heavy.acquire()  # released when the writer takes it off the queue
        self._queue.put_nowait((record, future))
        return future

    def _take(self, entry: tuple[PollRecord, asyncio.Future[list[int]]]) -> tuple[PollRecord, asyncio.Future[list[int]]]:
        if entry[0].items:
            self._heavy.release()
        return entry

    async def write(self, record: PollRecord) -> list[int]:
        return await asyncio.shield(await self.submit(record))

    async def _run(self) -> None:
        # A batch is whatever is queued, plus what arrives within ``linger`` while more records
        # are on their way. A lone poll (nothing else in flight) is written at once; a busy
        # cycle gets batches of up to ``max_batch`` polls with items (and up to ``max_records``
        # records in all, the others being polls that brought nothing). Records are taken off the queue as
        # they arrive, so the bounded queue has room while the batch fills: a submitter (which
        # holds a parse slot until its record is queued) never waits on a lingering writer.
        loop = asyncio.get_running_loop()
        while True:
            try:
                first = self._take(await asyncio.wait_for(self._queue.get(), timeout=1.0))
            except TimeoutError:
                if self._queue.empty():
                    return
                continue
            batch = [first]
            heavy = 1 if first[0].items else 0  # polls with items: at most max_batch a batch
            deadline = loop.time() + self.linger
            while heavy < self.max_batch and len(batch) < self.max_records:
                if not self._queue.empty():
                    batch.append(self._take(self._queue.get_nowait()))
                elif not heavy or (remaining := deadline - loop.time()) <= 0 or not self._more_coming():
                    break  # only items are worth waiting for: their transaction's fixed cost is high
                else:
                    try:
                        batch.append(self._take(await asyncio.wait_for(self._queue.get(), timeout=remaining)))
                    except TimeoutError:
                        break
                heavy += 1 if batch[-1][0].items else 0
            await self._flush(batch)
            for _ in batch:
                self._queue.task_done()

    async def _flush(self, batch: list[tuple[PollRecord, asyncio.Future[list[int]]]]) -> None:
        records = [r for r, _ in batch]
        try:
            if any(r.items for r in records):
                from storage.dbapi import engine_of
                from storage.polls import record_polls  # the ORM: loaded by the first batch with items

                inserted = await asyncio.to_thread(record_polls, engine_of(self.engine), records,
                                                   assigner=self._assigner(records), story_window=self.story_window)
            else:  # 304s and errors only (a warm poll): the same rows, in plain SQL (storage/dbapi.py)
                inserted = await asyncio.to_thread(record_quiet_polls, self.engine, records)
        except Exception as exc:
            for _, fut in batch:
                if not fut.done():
                    fut.set_exception(exc)
            return
        if self.on_stored is not None:
            try:
                await asyncio.to_thread(self.on_stored, inserted)
            except Exception:
                log.exception("after-store hook failed", extra={"fields": {"sources": len(records)}})
        for rec, fut in batch:
            if not fut.done():
                fut.set_result(inserted.get(rec.source_id, []))

    def _assigner(self, records: list[PollRecord]) -> StoryAssigner | None:
        """The story matcher, made on the first batch with new items (a poll where every feed
        answered 304 never loads it, nor numpy)."""
        if self._matcher is None and self._make_matcher is not None and any(r.items for r in records):
            self._matcher = self._make_matcher()
        return self._matcher

    async def drain(self) -> None:
        """Wait until every submitted record is written (at shutdown)."""
        if not self._queue.empty() and (self._task is None or self._task.done()):
            self._task = asyncio.create_task(self._run(), name="batch-writer")
        await self._queue.join()
