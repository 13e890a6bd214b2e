"""One poll cycle: claim due sources, fetch, analyse, store — the only place that does that I/O in order.

:meth:`Poller.poll_source` handles one source from start to end and never raises for a
source's own failure: a broken feed becomes a recorded error on that source's row (with
back-off) and the others go on. Writes go through :class:`BatchWriter`, which groups the
results of many sources into one transaction (each source's items, state and log row are
always in the same transaction, so a stop never leaves half of a poll written).
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import socket
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import partial

from sqlalchemy import Engine

from monitor.errors import FetchError
from monitor.fetch import Fetcher, NotModified
from monitor.schedule import next_poll_after_failure, next_poll_after_success
from monitor.settings import Settings
from monitor.work import Analyser, ParseJob
from storage import repo
from storage.records import PollRecord, SourceState, StoryAssigner

log = logging.getLogger("monitor.poll")

Clock = Callable[[], datetime]
StoredHook = Callable[[dict[str, list[int]]], None]


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def instance_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass(frozen=True)
class PollReport:
    """What happened to one source in one cycle (a row of ``monitor poll``, a log line)."""

    source: str
    url: str
    status: str  # ok | not_modified | error
    new: int
    ms: int
    error: str | None = None
    http_status: int | None = None
    entries: int = 0

    def log_fields(self) -> dict[str, object]:
        return {"source": self.source, "url": self.url, "status": self.status, "new": self.new,
                "ms": self.ms, "error": self.error}


def story_matcher(settings: Settings) -> StoryAssigner:
    """The pipeline's :class:`monitor.stories.StoryMatcher` for these settings."""
    from monitor.dedup import SimilarityConfig  # numpy: imported only when there is work
    from monitor.stories import StoryMatcher

    return StoryMatcher(SimilarityConfig(threshold=settings.dedup_threshold))


class BatchWriter:
    """Collects :class:`PollRecord` s and writes them in batches on one database thread."""

    def __init__(self, engine: Engine, *, max_batch: int = 16, on_stored: StoredHook | None = None,
                 matcher: Callable[[], StoryAssigner] | None = None, story_window: float = 14 * 86400,
                 linger: float = 0.25, more_coming: Callable[[], bool] | None = None) -> None:
        self.engine = engine
        self.max_batch = max_batch
        # How long a batch waits for more records while ``more_coming()`` says some are on
        # their way: a transaction has a fixed cost (a commit, the known-key and id queries),
        # and in a cold cycle parsed feeds arrive one every 20 ms or so, one at a time.
        self.linger = linger
        self._more_coming = more_coming or (lambda: False)
        self.on_stored = on_stored
        self._make_matcher = matcher
        self._matcher: StoryAssigner | None = None
        self.story_window = timedelta(seconds=story_window)
        # Bounded: when the database falls behind, submitters wait here (back-pressure).
        self._queue: asyncio.Queue[tuple[PollRecord, asyncio.Future[list[int]]]] = asyncio.Queue(max_batch)
        self._task: asyncio.Task[None] | None = None

    async def submit(self, record: PollRecord) -> asyncio.Future[list[int]]:
        """Queue a record; the future resolves to the ids of the items it inserted."""
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name="batch-writer")
        future: asyncio.Future[list[int]] = asyncio.get_running_loop().create_future()
        await self._queue.put((record, future))
        return future

    async def write(self, record: PollRecord) -> list[int]:
        return await asyncio.shield(await self.submit(record))

    async def _run(self) -> None:
        # A batch is whatever is queued, plus what arrives within ``linger`` while more records
        # are on their way. A lone poll (nothing else in flight) is written at once; a busy
        # cycle gets batches of up to ``max_batch`` records. Records are taken off the queue as
        # they arrive, so the bounded queue has room while the batch fills: a submitter (which
        # holds a parse slot until its record is queued) never waits on a lingering writer.
        loop = asyncio.get_running_loop()
        while True:
            try:
                first = await asyncio.wait_for(self._queue.get(), timeout=1.0)
            except TimeoutError:
                if self._queue.empty():
                    return
                continue
            batch = [first]
            deadline = loop.time() + self.linger
            while len(batch) < self.max_batch:
                if not self._queue.empty():
                    batch.append(self._queue.get_nowait())
                    continue
                remaining = deadline - loop.time()
                if remaining <= 0 or not self._more_coming():
                    break
                try:
                    batch.append(await asyncio.wait_for(self._queue.get(), timeout=remaining))
                except TimeoutError:
                    break
            await self._flush(batch)
            for _ in batch:
                self._queue.task_done()

    async def _flush(self, batch: list[tuple[PollRecord, asyncio.Future[list[int]]]]) -> None:
        records = [r for r, _ in batch]
        try:
            inserted = await asyncio.to_thread(repo.record_polls, self.engine, records,
                                               assigner=self._assigner(records), story_window=self.story_window)
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


class Poller:
    def __init__(self, *, settings: Settings, engine: Engine, fetcher: Fetcher, analyser: Analyser,
                 owner: str | None = None, clock: Clock = utcnow, rng: random.Random | None = None,
                 on_stored: StoredHook | None = None, rules: str | None = "") -> None:
        self.settings = settings
        self.engine = engine
        self.fetcher = fetcher
        self.analyser = analyser
        self.owner = owner or instance_id()
        self.clock = clock
        self.rng = rng or random.Random()
        self.rules = rules
        self.writer = BatchWriter(engine, on_stored=on_stored, matcher=partial(story_matcher, settings),
                                  story_window=settings.dedup_window,
                                  more_coming=lambda: self._unsubmitted > 0)
        self._in_flight: set[str] = set()
        self._unsubmitted = 0  # sources being polled whose record is not yet queued for writing
        # Parse results held at once: enough to keep every worker busy while the writer drains.
        self._parse_slots = asyncio.Semaphore(2 * analyser.workers + 2)

    async def run_cycle(self, *, source_ids: Iterable[str] | None = None, ignore_schedule: bool = False,
                        limit: int = 10_000) -> list[PollReport]:
        """Claim the due (or the named) sources and poll them concurrently."""
        now = self.clock()
        claimed = await asyncio.to_thread(
            repo.claim_due_sources, self.engine, self.owner, now, self.settings.lease,
            limit=limit, source_ids=source_ids, ignore_schedule=ignore_schedule)
        if not claimed:
            return []
        if any(s.etag is None and s.last_modified is None for s in claimed):
            # A source without validators will send a feed to parse: have the parse workers
            # start while the fetches run (a cycle where every feed answers 304 never starts them).
            self.analyser.prestart()
        # Bound the sources in flight (fetched body, parse result, pending write), so memory
        # stays flat however many sources are due; the fetcher has its own network limits.
        gate = asyncio.Semaphore(self.settings.max_concurrency)
        return list(await asyncio.gather(*(self.poll_source(s, gate) for s in claimed)))

    async def poll_source(self, state: SourceState, gate: asyncio.Semaphore | None = None) -> PollReport:
        """Poll one source and store the result. ``gate`` bounds the sources being fetched and
        parsed at once; it is released as soon as the result is queued for writing."""
        self._in_flight.add(state.id)
        try:
            self._unsubmitted += 1
            try:
                if gate is None:
                    pending, report = await self._poll(state)
                else:
                    async with gate:
                        pending, report = await self._poll(state)
            finally:
                self._unsubmitted -= 1
            try:
                new_ids = await asyncio.shield(pending)
            except Exception as exc:
                log.exception("could not store the poll", extra={"fields": {
                    "source": state.id, "url": state.url, "error": str(exc)}})
                report = PollReport(state.id, state.url, "error", 0, report.ms, f"database: {exc}",
                                    report.http_status)
            else:
                report = PollReport(report.source, report.url, report.status, len(new_ids), report.ms,
                                    report.error, report.http_status, report.entries)
            level = logging.WARNING if report.status == "error" else logging.INFO
            log.log(level, "polled", extra={"fields": report.log_fields()})
            return report
        finally:
            self._in_flight.discard(state.id)

    async def _poll(self, state: SourceState) -> tuple[asyncio.Future[list[int]], PollReport]:
        """Fetch and parse one source and queue its record for writing (the future is the write).

        A parsed feed holds one of ``_parse_slots`` from the start of its parse until the writer
        has taken it: parse results are the bulk of what a poll holds in memory, and when the
        database is the slower side they would otherwise pile up, one per source in flight.
        """
        s = self.settings
        started = self.clock()
        t0 = time.perf_counter()

        def ms() -> int:
            return int((time.perf_counter() - t0) * 1000)

        async def done(rec: PollRecord, report: PollReport) -> tuple[asyncio.Future[list[int]], PollReport]:
            return await self.writer.submit(rec), report

        def failure(message: str, http_status: int | None = None,
                    retry_after: float | None = None) -> tuple[PollRecord, PollReport]:
            failures = state.consecutive_failures + 1
            next_at = next_poll_after_failure(started, failures, base=s.backoff_base, cap=s.backoff_max,
                                              jitter=s.interval_jitter, rng=self.rng,
                                              retry_after=retry_after)
            rec = PollRecord(source_id=state.id, started_at=started, duration_ms=ms(), status="error",
                             next_poll_at=next_at, consecutive_failures=failures,
                             http_status=http_status, error=message[:2000], lease_owner=self.owner)
            return rec, PollReport(state.id, state.url, "error", 0, rec.duration_ms, message, http_status)

        try:
            result = await self.fetcher.fetch(state.url, etag=state.etag, last_modified=state.last_modified)
        except FetchError as exc:
            return await done(*failure(str(exc), getattr(exc, "status", None), exc.retry_after))
        except Exception as exc:  # a bug or an unmapped library error: keep it on this source
            log.exception("unexpected fetch failure", extra={"fields": {"source": state.id, "url": state.url}})
            return await done(*failure(f"unexpected error: {type(exc).__name__}: {exc}"))

        next_at = next_poll_after_success(started, state.interval_seconds, s.interval_jitter, self.rng)
        if isinstance(result, NotModified):
            rec = PollRecord(source_id=state.id, started_at=started, duration_ms=ms(), status="not_modified",
                             next_poll_at=next_at, consecutive_failures=0, http_status=304,
                             etag=result.etag, last_modified=result.last_modified, lease_owner=self.owner)
            return await done(rec, PollReport(state.id, state.url, "not_modified", 0, rec.duration_ms, None, 304))

        async with self._parse_slots:
            try:
                outcome = await self.analyser.run(ParseJob(
                    body=result.body, url=result.url, content_type=result.content_type, fetched_at=started,
                    language_hint=state.language, rules=self.rules))
            except Exception as exc:  # e.g. a crashed worker process
                log.exception("parser worker failed", extra={"fields": {"source": state.id, "url": state.url}})
                return await done(*failure(f"parser worker failed: {type(exc).__name__}: {exc}", result.status))
            if outcome.error:
                return await done(*failure(outcome.error, result.status))
            rec = PollRecord(source_id=state.id, started_at=started, duration_ms=ms(), status="ok",
                             next_poll_at=next_at, consecutive_failures=0, http_status=result.status,
                             etag=result.etag, last_modified=result.last_modified, bytes=len(result.body),
                             items=outcome.items, lease_owner=self.owner, dedup=state.dedup)
            return await done(rec, PollReport(state.id, state.url, "ok", 0, rec.duration_ms, None,
                                              result.status, len(outcome.items)))

    async def release_unfinished(self) -> None:
        """On shutdown: give back the leases of sources whose poll was cancelled."""
        if self._in_flight:
            await asyncio.to_thread(repo.release_sources, self.engine, self.owner, list(self._in_flight))
