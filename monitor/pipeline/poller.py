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
import random
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import partial
from typing import TYPE_CHECKING, Protocol

from monitor.errors import FetchError
from monitor.feeds.fetch import Fetcher, NotModified
from monitor.pipeline.schedule import next_poll_after_failure, next_poll_after_success
from monitor.pipeline.workers import Analyser
from monitor.pipeline.writer import BatchWriter, StoredHook
from monitor.settings import Settings
from storage.leases import instance_id
from storage.records import PollRecord, SourceState, StoryAssigner
from storage.sources import claim_due_sources, host_of, release_sources

if TYPE_CHECKING:  # a Database while nothing needs SQLAlchemy (storage/dbapi.py)
    from sqlalchemy import Engine

    from storage.dbapi import Database

log = logging.getLogger("monitor.poll")

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


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


class PollObserver(Protocol):
    """Told what each poll did (the service's metrics; wired by the entry point, never global)."""

    def polled(self, report: PollReport) -> None:
        """A source's poll ended (``report.status``, ``report.ms``)."""

    def stored(self, items: int, relevant: int, stories: int) -> None:
        """A write stored ``items`` new items, ``relevant`` of them relevant, starting ``stories``
        stories (called on the writer's thread)."""


def story_matcher(settings: Settings) -> StoryAssigner:
    """The pipeline's :class:`monitor.dedup.stories.StoryMatcher` for these settings."""
    from monitor.dedup import SimilarityConfig  # numpy: imported only when there is work
    from monitor.dedup.stories import StoryMatcher

    return StoryMatcher(SimilarityConfig(threshold=settings.dedup_threshold))


class Poller:
    def __init__(self, *, settings: Settings, engine: Engine | Database, fetcher: Fetcher, analyser: Analyser,
                 owner: str | None = None, clock: Clock = utcnow, rng: random.Random | None = None,
                 on_stored: StoredHook | None = None, rules: str | None = "",
                 observer: PollObserver | None = None) -> None:
        self.settings = settings
        self.observer = observer
        if observer is not None:
            on_stored = self._observed(observer, on_stored)
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

    def _observed(self, observer: PollObserver, then: StoredHook | None) -> StoredHook:
        """The writer's after-store hook, counting what was stored for ``observer`` first."""

        def hook(inserted: dict[str, list[int]]) -> None:
            ids = [i for new in inserted.values() for i in new]
            if ids:
                from storage.dbapi import engine_of
                from storage.items import created_counts

                items, relevant, stories = created_counts(engine_of(self.engine), ids)
                observer.stored(items, relevant, stories)
            if then is not None:
                then(inserted)

        return hook

    async def run_cycle(self, *, source_ids: Iterable[str] | None = None, ignore_schedule: bool = False,
                        limit: int = 10_000) -> list[PollReport]:
        """Claim the due (or the named) sources and poll them concurrently."""
        now = self.clock()
        claimed = await asyncio.to_thread(
            claim_due_sources, self.engine, self.owner, now, self.settings.lease,
            limit=limit, source_ids=source_ids, ignore_schedule=ignore_schedule)
        if not claimed:
            return []
        if any(s.etag is None and s.last_modified is None for s in claimed):
            # A source without validators will send a feed to parse: have the parse workers
            # start while the fetches run (a cycle where every feed answers 304 never starts them),
            # and the write path load meanwhile.
            self.analyser.prestart()
            self.writer.prepare()
        # Bound the sources in flight (fetched body, parse result, pending write), so memory
        # stays flat however many sources are due; the fetcher has its own network limits.
        gate = asyncio.Semaphore(self.settings.max_concurrency)
        return list(await asyncio.gather(*(self.poll_source(s, gate) for s in claimed)))

    async def run_due(self, *, keep_claiming: Callable[[], bool] = lambda: True,
                      on_progress: Callable[[], None] | None = None) -> list[PollReport]:
        """The service's poll: claim only the due sources that can start fetching now, and claim
        again each time one finishes, until nothing is due and nothing runs.

        "Can start now" means a free place under ``MONITOR_MAX_CONCURRENCY`` and under
        ``MONITOR_PER_HOST_CONCURRENCY`` for the source's host. So every claimed source is being
        fetched from the moment it is claimed (its lease covers a fetch, which
        ``MONITOR_TOTAL_TIMEOUT`` bounds, and not a wait in a queue), and instances on one
        database share the due sources instead of the first to tick taking them all.
        ``keep_claiming`` is asked before each claim (False once the service stops);
        ``on_progress`` is called whenever a poll finishes, and at least every tick (the
        heartbeat).
        """
        s = self.settings
        running: dict[asyncio.Task[PollReport], str] = {}
        hosts: Counter[str] = Counter()
        reports: list[PollReport] = []
        try:
            while True:
                free = s.max_concurrency - len(running)
                if free > 0 and keep_claiming():
                    claimed = await asyncio.to_thread(
                        claim_due_sources, self.engine, self.owner, self.clock(), s.lease,
                        limit=free, per_host=s.per_host_concurrency, busy_hosts=+hosts,
                        exclude=tuple(self._in_flight))  # a poll may outlive its lease: never twice at once
                    if any(c.etag is None and c.last_modified is None for c in claimed):
                        self.analyser.prestart()
                        self.writer.prepare()
                    for state in claimed:
                        host = host_of(state.url)
                        hosts[host] += 1
                        running[asyncio.create_task(self.poll_source(state))] = host
                if not running:
                    return reports
                # Claim again when a poll finishes, or after a tick (sources fall due meanwhile).
                done, _ = await asyncio.wait(running, timeout=s.tick, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    hosts[running.pop(task)] -= 1
                    reports.append(task.result())
                if on_progress is not None:
                    on_progress()
        finally:
            for task in running:  # cancelled (the service stops): their leases are given back
                task.cancel()
            if running:
                await asyncio.gather(*running, return_exceptions=True)

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
            if self.observer is not None:
                self.observer.polled(report)
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

        from monitor.pipeline.analyse import ParseJob  # here: a poll of 304s never loads it

        async with self._parse_slots:
            try:
                outcome = await self.analyser.run(ParseJob(
                    body=result.body, url=result.url, content_type=result.content_type, fetched_at=started,
                    language_hint=state.language, rules=self.rules, fulltext=state.fulltext))
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
            await asyncio.to_thread(release_sources, self.engine, self.owner, list(self._in_flight))
