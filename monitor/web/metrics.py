"""``/metrics``: the service's counters and the database's gauges in Prometheus text format.

:class:`Metrics` is one object per process with its own registry (no global registry, no
module state): the entry point creates it and hands it to the poller and the notifier as
their observer (:class:`monitor.pipeline.poller.PollObserver`,
:class:`monitor.notify.notifier.DeliveryObserver`), and to the web app, which renders it.
Counters count what this process did since it started (Prometheus sums the instances); the
gauges are read from the database at each scrape, so every instance reports the same truth.

| metric | type | labels |
|---|---|---|
| ``monitor_fetches_total`` | counter | ``outcome``: ok, not_modified, error |
| ``monitor_fetch_duration_seconds`` | histogram | |
| ``monitor_items_created_total`` | counter | |
| ``monitor_stories_created_total`` | counter | |
| ``monitor_items_relevant_total`` | counter | (new items classified relevant) |
| ``monitor_deliveries_total`` | counter | ``channel``: email, webhook; ``outcome``: sent, failed, dead |
| ``monitor_outbox_pending`` | gauge | (pending, or failed and waiting for a retry) |
| ``monitor_outbox_oldest_pending_age_seconds`` | gauge | |
| ``monitor_sources_failing`` | gauge | |
| ``monitor_database_up`` | gauge | (1 when the scrape could read the gauges above) |
| ``monitor_build_info`` | gauge (info) | ``version``, ``python`` |
| ``monitor_http_requests_total`` | counter | ``method``, ``route`` (the route's template, e.g. ``/stories/{story_id}``), ``status`` |
| ``monitor_http_request_duration_seconds`` | histogram | ``route`` |
"""

from __future__ import annotations

import logging
import platform
from collections.abc import Callable, Iterator
from datetime import datetime, timezone

from prometheus_client import CollectorRegistry, Counter, Histogram, Info, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from sqlalchemy import Engine

from monitor import __version__
from monitor.pipeline.poller import PollReport
from storage.browse import gauges

log = logging.getLogger("monitor.web")

FETCH_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
HTTP_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)


class _DatabaseGauges:
    """A collector that reads the outbox and source gauges from the database at each scrape."""

    def __init__(self, engine: Engine, clock: Callable[[], datetime]) -> None:
        self.engine = engine
        self.clock = clock

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily("monitor_database_up",
                               "1 when this scrape could read the database's gauges")
        try:
            found = gauges(self.engine)
        except Exception as exc:  # the scrape still answers, saying the database did not
            log.warning("metrics: database gauges failed", extra={"fields": {"error": str(exc)}})
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        yield GaugeMetricFamily("monitor_outbox_pending",
                                "Deliveries pending or waiting for a retry", value=found.outbox_pending)
        age = 0.0 if found.outbox_oldest is None else max(
            0.0, (self.clock() - found.outbox_oldest).total_seconds())
        yield GaugeMetricFamily("monitor_outbox_oldest_pending_age_seconds",
                                "Age of the oldest pending delivery (0 when none)", value=age)
        yield GaugeMetricFamily("monitor_sources_failing",
                                "Enabled sources whose last poll failed", value=found.sources_failing)


class Metrics:
    """The process's metrics; also the poller's and the notifier's observer."""

    def __init__(self) -> None:
        self.registry = registry = CollectorRegistry()
        self.fetches = Counter("monitor_fetches", "Feed fetches by outcome", ["outcome"],
                               registry=registry)
        for outcome in ("ok", "not_modified", "error"):
            self.fetches.labels(outcome)
        self.fetch_seconds = Histogram("monitor_fetch_duration_seconds",
                                       "Time to fetch and parse one source (until its write is queued)",
                                       buckets=FETCH_BUCKETS, registry=registry)
        self.items_created = Counter("monitor_items_created", "New items stored", registry=registry)
        self.stories_created = Counter("monitor_stories_created", "New stories started",
                                       registry=registry)
        self.items_relevant = Counter("monitor_items_relevant",
                                      "New items the classifier marked relevant", registry=registry)
        self.deliveries = Counter("monitor_deliveries", "Delivery attempts by channel and outcome",
                                  ["channel", "outcome"], registry=registry)
        for channel in ("email", "webhook"):
            for outcome in ("sent", "failed", "dead"):
                self.deliveries.labels(channel, outcome)
        self.http_requests = Counter("monitor_http_requests", "HTTP requests answered",
                                     ["method", "route", "status"], registry=registry)
        self.http_seconds = Histogram("monitor_http_request_duration_seconds",
                                      "Time to answer an HTTP request", ["route"],
                                      buckets=HTTP_BUCKETS, registry=registry)
        Info("monitor_build", "The running build", registry=registry).info(
            {"version": __version__, "python": platform.python_version()})
        self._database: _DatabaseGauges | None = None

    # --- observers (called by the poller, the writer's thread and the notifier) ---

    def polled(self, report: PollReport) -> None:
        self.fetches.labels(report.status).inc()
        self.fetch_seconds.observe(report.ms / 1000)

    def stored(self, items: int, relevant: int, stories: int) -> None:
        self.items_created.inc(items)
        self.items_relevant.inc(relevant)
        self.stories_created.inc(stories)

    def delivered(self, channel: str, outcome: str) -> None:
        self.deliveries.labels(channel, outcome).inc()

    def answered(self, method: str, route: str, status: int, seconds: float) -> None:
        self.http_requests.labels(method, route, str(status)).inc()
        self.http_seconds.labels(route).observe(seconds)

    # --- the scrape ---

    def watch_database(self, engine: Engine,
                       clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> None:
        """Add the gauges read from ``engine`` at each scrape (once)."""
        if self._database is None:
            self._database = _DatabaseGauges(engine, clock)
            self.registry.register(self._database)  # type: ignore[arg-type]

    def render(self) -> bytes:
        return generate_latest(self.registry)
