"""The composition root: settings → sources → database → fetcher/poller. Created once, closed once."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timezone
from typing import Any

import httpx
from sqlalchemy import Engine

from monitor.errors import ConfigError
from monitor.feeds.fetch import FetchConfig, Fetcher
from monitor.feeds.pacing import GdeltPacer
from monitor.feeds.sources import SourceConfig
from monitor.net.addresses import Resolver, system_resolver
from monitor.pipeline.poller import Clock, PollObserver, Poller, utcnow
from monitor.pipeline.workers import Analyser
from monitor.settings import Settings, redact_url
from storage import db
from storage.records import SourceSpec
from storage.sources import sync_sources

log = logging.getLogger("monitor")


def fetch_config(settings: Settings) -> FetchConfig:
    return FetchConfig(
        user_agent=settings.user_agent, connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout, total_timeout=settings.total_timeout,
        max_body_bytes=settings.max_body_bytes, max_redirects=settings.max_redirects,
        max_concurrency=settings.max_concurrency, per_host_concurrency=settings.per_host_concurrency,
        allow_private_hosts=settings.allow_private_hosts)


def source_specs(sources: list[SourceConfig], settings: Settings) -> list[SourceSpec]:
    return [SourceSpec(id=s.id, name=s.name, url=s.url, language=s.language,
                       interval_seconds=int(s.interval_or(settings.default_interval)),
                       enabled=s.enabled, dedup=s.dedup) for s in sources]


def open_database(settings: Settings, *, migrate: bool = True) -> Engine:
    try:
        engine = db.make_engine(settings.database_url)
        if migrate and db.needs_upgrade(engine):
            db.upgrade(engine)
    except db.DatabaseError as exc:
        raise ConfigError(str(exc), field="MONITOR_DATABASE_URL") from exc
    except Exception as exc:  # driver errors: unreachable server, bad credentials, missing driver
        raise ConfigError(f"cannot open {redact_url(settings.database_url)}: {exc}",
                          field="MONITOR_DATABASE_URL") from exc
    return engine


def sync_configured_sources(engine: Engine, settings: Settings, sources: list[SourceConfig],
                            now: datetime | None = None) -> None:
    sync_sources(engine, source_specs(sources, settings), now or datetime.now(timezone.utc))


@asynccontextmanager
async def poller_for(settings: Settings, engine: Engine, *, transport: httpx.AsyncBaseTransport | None = None,
                     resolver: Resolver = system_resolver, clock: Clock = utcnow,
                     owner: str | None = None, on_stored=None,  # type: ignore[no-untyped-def]
                     observer: PollObserver | None = None) -> AsyncIterator[Poller]:
    analyser = Analyser(settings.parse_workers)
    # One GDELT pacer per process: every GDELT source's request waits for its 6 s slot.
    fetcher = Fetcher(fetch_config(settings), transport=transport, resolver=resolver, pacer=GdeltPacer())
    try:
        yield Poller(settings=settings, engine=engine, fetcher=fetcher, analyser=analyser, clock=clock,
                     owner=owner, rules=settings.rules, on_stored=on_stored, observer=observer)
    finally:
        await fetcher.aclose()
        analyser.close()


@asynccontextmanager
async def enricher_for(settings: Settings, fetcher: Fetcher, *,
                       transport: httpx.AsyncBaseTransport | None = None,
                       google_transport: httpx.AsyncBaseTransport | None = None) -> AsyncIterator[Any]:
    """The :class:`monitor.enrich.enricher.Enricher` for these settings, closed on exit. Every
    hop of its requests passes the feed fetcher's address check (``fetcher.check_url``).
    Imported here, not at the top: a poll that enriches nothing never loads it (and the
    extraction worker, which loads trafilatura, starts on the first page to extract)."""
    from monitor.enrich.enricher import Enricher
    from monitor.enrich.fetch import ArticleFetcher
    from monitor.enrich.fetch import FetchConfig as ArticleFetchConfig
    from monitor.enrich.resolver import GoogleNewsResolver
    from monitor.enrich.workers import ExtractionWorkers

    enricher = Enricher(
        resolver=GoogleNewsResolver(check_url=fetcher.check_url, delay=settings.fulltext_google_delay,
                                    timeout=settings.fulltext_timeout, transport=google_transport),
        fetcher=ArticleFetcher(ArticleFetchConfig(
            user_agent=settings.user_agent, host_delay=settings.fulltext_host_delay,
            timeout=settings.fulltext_timeout, connect_timeout=settings.connect_timeout,
            max_bytes=settings.fulltext_max_bytes, max_redirects=settings.max_redirects),
            check_url=fetcher.check_url, transport=transport),
        workers=ExtractionWorkers(workers=settings.fulltext_workers,
                                  time_limit=settings.fulltext_worker_time_limit))
    try:
        yield enricher
    finally:
        await enricher.aclose()
