"""The long-running service: APScheduler 3 ticks over work claimed from the database.

The database says what is due (``sources.next_poll_at``), so a restart loses nothing and
repeats nothing; APScheduler only provides the heartbeat. Each tick claims the due sources
(several instances on one PostgreSQL never poll the same source together) and polls them.
SIGTERM/SIGINT stop the ticks, let the running polls finish for up to ``grace`` seconds,
cancel the rest (their leases are given back; their transactions never started, so no row
is half written), and close the client, the worker processes and the engine.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import threading
import time
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from monitor.app import database_errors, enrichment_for, open_database, poller_for, sync_configured_sources
from monitor.errors import ConfigError
from monitor.feeds.sources import load_configured_sources
from monitor.pipeline.poller import Poller
from monitor.settings import Settings, redact_url
from storage.leases import release_dead_leases
from storage.retention import prune_fetch_log

log = logging.getLogger("monitor.service")

HEARTBEAT_FILE = "heartbeat"

if TYPE_CHECKING:
    from monitor.notify.notifier import DeliveryObserver
    from monitor.pipeline.enrichment import EnrichmentRunner
    from monitor.pipeline.poller import PollObserver

    class ServiceObserver(PollObserver, DeliveryObserver, Protocol):
        """Told what each poll and each delivery attempt did (the metrics)."""

WebServer = Callable[["Service"], Awaitable[None]]


def _check_rules(settings: Settings) -> None:
    """Custom rules (``MONITOR_RULES``) are compiled once at start, so a mistake in them stops
    the start with its file and line instead of failing every parse. The bundled rules are
    tested with the code."""
    if not settings.rules:
        return
    from classifiers import ClassifierError, load_classifier

    try:
        load_classifier(settings.rules)
    except (ClassifierError, OSError) as exc:
        raise ConfigError(" ".join(str(exc).split()), field="MONITOR_RULES") from exc



def stop_on_signals(stop: Callable[[], object]) -> bool:
    """Call ``stop`` on SIGTERM (a container's stop) and SIGINT (Ctrl-C). Signal handlers can
    only be installed from the main thread: elsewhere (tests that run the service on a thread)
    nothing is installed and False is returned, and the caller stops it by other means."""
    if threading.current_thread() is not threading.main_thread():
        return False
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop)
    return True


class Service:
    """``observer`` (the metrics) is told what each poll and delivery did; ``web`` serves HTTP
    in this event loop from the start until :attr:`stopping`, then drains its requests (both
    are given by the entry point: ``monitor/web/serve.py``)."""

    def __init__(self, settings: Settings, *, grace: float = 20.0, observer: ServiceObserver | None = None,
                 web: WebServer | None = None) -> None:
        self.settings = settings
        self.grace = grace
        self.stopping = asyncio.Event()
        self._ticks: set[asyncio.Task[object]] = set()
        self._polling = False
        self._last_beat = 0.0
        self.observer = observer
        self.web = web
        self.scheduler: AsyncIOScheduler | None = None

    def scheduler_running(self) -> bool:
        """For ``/readyz``: the scheduler has started and is not stopping."""
        return self.scheduler is not None and self.scheduler.running and not self.stopping.is_set()

    def heartbeat(self) -> None:
        path = Path(self.settings.data_dir) / HEARTBEAT_FILE
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{time.time():.0f}\n")
        self._last_beat = time.monotonic()

    def _progress(self) -> None:
        """The heartbeat while a long poll goes on: at most once a second, never failing it."""
        if time.monotonic() - self._last_beat >= 1.0:
            try:
                self.heartbeat()
            except OSError as exc:
                log.warning("cannot write the heartbeat", extra={"fields": {"error": str(exc)}})

    async def _tracked(self, work: Callable[[], Awaitable[None]], what: str) -> None:
        """Run one tick of scheduled work: skipped once stopping, tracked so that a stop waits
        for it (up to ``grace``), and never raising (the next tick tries again)."""
        if self.stopping.is_set():
            return
        task = asyncio.current_task()
        if task is not None:
            self._ticks.add(task)
        try:
            await work()
        except Exception:
            log.exception(f"{what} tick failed; the next tick tries again")
        finally:
            if task is not None:
                self._ticks.discard(task)

    async def _poll_tick(self, poller: Poller) -> None:
        """Poll what is due. A tick that finds the previous one still polling returns at once:
        that one claims due sources itself as places free up (and at least every tick)."""
        if self._polling:
            return

        async def cycle() -> None:
            self.heartbeat()
            self._polling = True
            try:
                reports = await poller.run_due(keep_claiming=lambda: not self.stopping.is_set(),
                                               on_progress=self._progress)
            finally:
                self._polling = False
            if reports:
                failed = sum(1 for r in reports if r.status == "error")
                log.info("cycle done", extra={"fields": {
                    "sources": len(reports), "failed": failed, "new": sum(r.new for r in reports)}})

        await self._tracked(cycle, "poll")

    async def _enrich_tick(self, runner: EnrichmentRunner) -> None:
        async def work() -> None:
            await runner.tick()

        await self._tracked(work, "enrichment")

    async def _housekeeping(self) -> None:
        cutoff = datetime.now(timezone.utc) - timedelta(seconds=self.settings.retention_fetch_log)
        try:
            removed = await asyncio.to_thread(prune_fetch_log, self.engine, cutoff)
            if removed:
                log.info("pruned fetch log", extra={"fields": {"rows": removed}})
        except Exception:
            log.exception("housekeeping failed")

    def prepare(self) -> None:
        """Everything before the first tick: the sources file, the data folder, custom rules, the
        database (migrated), leases of this machine's dead processes released, the sources
        synced. Safe with instances starting together (see :func:`monitor.app.open_database`).

        Any failure is a :class:`ConfigError` with a one-line message (``monitor run`` prints it
        and exits 2); an unexpected one is logged with its traceback at debug level.
        """
        settings = self.settings
        try:
            self.sources = load_configured_sources(settings)
            self._check_data_dir()
            _check_rules(settings)
            self.engine = open_database(settings)
            with database_errors(settings, "release the leases of dead processes in"):
                released = release_dead_leases(self.engine, datetime.now(timezone.utc))
            if released:
                log.info("took back the leases of a process that died",
                         extra={"fields": {"rows": released}})
            sync_configured_sources(self.engine, settings, self.sources)
        except ConfigError:
            raise
        except Exception as exc:
            log.debug("start-up failed", exc_info=True)
            raise ConfigError(f"cannot start: {type(exc).__name__}: {' '.join(str(exc).split())}") from exc

    def _check_data_dir(self) -> None:
        folder = Path(self.settings.data_dir)
        try:
            self.heartbeat()
        except OSError as exc:
            raise ConfigError(f"cannot write to {folder}: {exc.strerror or exc}; make it writable "
                              f"by this user (uid {os.getuid()}) or point MONITOR_DATA_DIR elsewhere",
                              field="MONITOR_DATA_DIR") from None

    async def run(self) -> None:
        # Before anything can say "service starting": a stop asked for from then on is a clean
        # stop (a supervisor that waits for that line and stops at once got a -15 otherwise).
        stop_on_signals(self.stop)
        if not hasattr(self, "engine"):
            self.prepare()
        settings, sources, engine = self.settings, self.sources, self.engine
        enabled = sum(1 for s in sources if s.enabled)
        log.info("service starting", extra={"fields": {
            "database": redact_url(settings.database_url), "sources": enabled,
            "tick_s": settings.tick}})
        async with poller_for(settings, engine, observer=self.observer) as poller, \
                enrichment_for(settings, engine, poller.fetcher, owner=poller.owner) as enricher:
            self.enricher = enricher
            self.scheduler = scheduler = AsyncIOScheduler(timezone="UTC")
            scheduler.add_job(self._poll_tick, "interval", args=[poller], seconds=settings.tick,
                              id="poll", max_instances=2, coalesce=True, misfire_grace_time=None,
                              next_run_time=datetime.now(timezone.utc))
            # Articles of candidates (docs/enrich.md): claimed from the queue every tick; the
            # enricher and its extraction worker start with the first candidate.
            scheduler.add_job(self._enrich_tick, "interval", args=[enricher], seconds=settings.fulltext_tick,
                              id="enrich", max_instances=1, coalesce=True, misfire_grace_time=None,
                              next_run_time=datetime.now(timezone.utc))
            scheduler.add_job(self._housekeeping, "interval", hours=6, id="housekeeping",
                              max_instances=1, coalesce=True)
            self.add_jobs(scheduler, poller)
            scheduler.start()
            web = asyncio.create_task(self.web(self), name="web") if self.web else None
            try:
                await self._wait_for_stop(web)
            finally:
                log.info("service stopping", extra={"fields": {"running_ticks": len(self._ticks)}})
                scheduler.pause()  # no new ticks (and those that fire see ``stopping`` and return)
                # Wait for the ticks under way before shutting the scheduler down: its executor
                # cancels the jobs still running, which would cut a send off between the
                # receiver's "accepted" and our "sent".
                await self._finish_ticks()
                scheduler.shutdown(wait=False)
                await poller.writer.drain()
                await poller.release_unfinished()
                if web is not None:
                    self.stopping.set()
                    await asyncio.wait({web})  # it drains its requests, then ends
        engine.dispose()
        log.info("service stopped")
        if web is not None and not web.cancelled() and web.exception() is not None:
            raise web.exception()  # type: ignore[misc]

    async def _wait_for_stop(self, web: asyncio.Task[None] | None) -> None:
        """Until a stop is asked for, or the web server ends on its own (it could not start)."""
        stop = asyncio.create_task(self.stopping.wait())
        await asyncio.wait({stop} | ({web} if web else set()), return_when=asyncio.FIRST_COMPLETED)
        stop.cancel()

    def add_jobs(self, scheduler: AsyncIOScheduler, poller: Poller) -> None:
        """Notifications: every ``MONITOR_DELIVERY_TICK``, fan new stories out to webhooks,
        queue the digests that are due and send the due deliveries (``monitor/notify/notifier.py``).

        The tick is tracked like a poll tick, so a stop waits (up to ``grace``) for the send in
        flight instead of cutting it off between "accepted" and "marked sent".
        """
        from monitor.notify.notifier import Notifier

        self.notifier = Notifier(self.settings, self.engine, observer=self.observer)
        scheduler.add_job(self._notify_tick, "interval", seconds=self.settings.delivery_tick,
                          id="notify", max_instances=1, coalesce=True, misfire_grace_time=None,
                          next_run_time=datetime.now(timezone.utc))

    async def _notify_tick(self) -> None:
        await self._tracked(self.notifier.tick, "notification")

    async def _finish_ticks(self) -> None:
        if not self._ticks:
            return
        done, pending = await asyncio.wait(set(self._ticks), timeout=self.grace)
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending, timeout=5)

    def stop(self) -> None:
        self.stopping.set()

