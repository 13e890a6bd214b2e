"""The composition root: settings → sources → database → fetcher/poller. Created once, closed once."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from monitor.errors import ConfigError
from monitor.feeds.fetch import FetchConfig, Fetcher
from monitor.feeds.pacing import GdeltPacer
from monitor.feeds.sources import SourceConfig
from monitor.net.addresses import Resolver, system_resolver
from monitor.pipeline.poller import Clock, PollObserver, Poller, utcnow
from monitor.pipeline.workers import Analyser
from monitor.settings import Settings, redact_url
from storage import dbapi
from storage.dbapi import Database
from storage.records import SourceSpec
from storage.sources import sync_sources

if TYPE_CHECKING:
    import httpx
    from sqlalchemy import Engine

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
                       enabled=s.enabled, dedup=s.dedup, fulltext=s.fulltext) for s in sources]


@contextmanager
def database_errors(settings: Settings, doing: str = "open", *,
                    field: str = "MONITOR_DATABASE_URL") -> Iterator[None]:
    """Turn any failure of the database into a :class:`ConfigError` with a one-line message
    naming ``field`` (where the URL came from) and, where it can tell, the fix."""
    try:
        yield
    except dbapi.DatabaseError as exc:
        raise ConfigError(str(exc), field=field) from exc
    except ConfigError:
        raise
    except Exception as exc:  # driver errors: unreachable server, bad credentials, not a database
        raise ConfigError(f"cannot {doing} {redact_url(settings.database_url)}: "
                          f"{dbapi.describe_error(exc)}{_database_hint(exc)}", field=field) from exc


def _database_hint(exc: BaseException) -> str:
    text = dbapi.describe_error(exc).lower()
    if "is the server running" in text:  # psycopg says it itself
        return ""
    if "connection refused" in text or "could not connect" in text or "timeout expired" in text:
        return " (is the server running, and reachable from here?)"
    if "password authentication failed" in text or "no password supplied" in text:
        return " (check the user and password in the URL, or MONITOR_DATABASE_URL_FILE)"
    if "does not exist" in text and "database" in text:
        return " (create the database first, e.g. with createdb, or fix its name in the URL)"
    if "file is not a database" in text:
        return " (point it at the monitor's SQLite file, or move that file away)"
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return " (the file or its folder is not writable by this user)"
    return ""


def open_database(settings: Settings, *, migrate: bool = True,
                  field: str = "MONITOR_DATABASE_URL") -> Engine:
    """The engine, migrated to this code's schema. Every failure (a bad URL, a server that does
    not answer, bad credentials, a file that is not a database, a schema newer than this code)
    is a :class:`ConfigError` with a one-line message naming ``MONITOR_DATABASE_URL``.

    Several instances may call this at once: migrations run under the start-up lock
    (:func:`storage.db.lock_for_start`), and the losers find the schema migrated.
    """
    from storage import db

    with database_errors(settings, field=field):
        engine = db.make_engine(settings.database_url)
        if migrate:
            db.upgrade(engine)
    return engine


def connect_database(settings: Settings, *, field: str = "MONITOR_DATABASE_URL") -> Database:
    """:func:`open_database` for a command that may need nothing but the polling state
    (``monitor poll``): a :class:`storage.dbapi.Database`, whose SQLAlchemy engine is made only
    when something asks for it. The same checks and errors as :func:`open_database`."""
    database = Database(settings.database_url)
    with database_errors(settings, field=field):
        try:
            database.open()
        except BaseException:
            database.close()
            raise
    return database


def sync_configured_sources(engine: Engine | Database, settings: Settings, sources: list[SourceConfig],
                            now: datetime | None = None) -> None:
    """Write the sources file into the database (under the start-up lock, so instances that
    start together take turns). A database failure is a :class:`ConfigError`."""
    with database_errors(settings, "write the sources into"):
        sync_sources(engine, source_specs(sources, settings), now or datetime.now(timezone.utc))


@asynccontextmanager
async def poller_for(settings: Settings, engine: Engine | Database, *, transport: httpx.AsyncBaseTransport | None = None,
                     resolver: Resolver = system_resolver, clock: Clock = utcnow,
                     owner: str | None = None, on_stored=None,  # type: ignore[no-untyped-def]
                     observer: PollObserver | None = None) -> AsyncIterator[Poller]:
    analyser = Analyser(settings.parse_workers, cache_dir=settings.data_dir)
    # One GDELT pacer per process: every GDELT source's request waits for its 6 s slot.
    fetcher = Fetcher(fetch_config(settings), transport=transport, resolver=resolver, pacer=GdeltPacer())
    try:
        yield Poller(settings=settings, engine=engine, fetcher=fetcher, analyser=analyser, clock=clock,
                     owner=owner, rules=settings.rules, on_stored=on_stored, observer=observer)
    finally:
        await fetcher.aclose()
        # In a thread: ending the workers joins their processes (and may wait up to CLOSE_WAIT for
        # one being started), which would hold every other task of the loop meanwhile. Shielded: a
        # second cancellation does not stop the workers' end half-way.
        await asyncio.shield(asyncio.to_thread(analyser.close))


@asynccontextmanager
async def enricher_for(settings: Settings, fetcher: Fetcher, *,
                       transport: httpx.AsyncBaseTransport | None = None,
                       google_transport: httpx.AsyncBaseTransport | None = None,
                       link_cache: Any = None) -> AsyncIterator[Any]:
    """The :class:`monitor.enrich.enricher.Enricher` for these settings, closed on exit. Every
    hop of its requests passes the feed fetcher's address check (``fetcher.check_url``).
    Imported here, not at the top: a poll that enriches nothing never loads it (and the
    extraction worker, which loads trafilatura, starts on the first page to extract)."""
    from monitor.enrich.enricher import Enricher
    from monitor.enrich.fetch import ArticleFetcher
    from monitor.enrich.fetch import FetchConfig as ArticleFetchConfig
    from monitor.enrich.resolver import GoogleNewsResolver
    from monitor.enrich.workers import ExtractionWorkers

    def guarded() -> httpx.AsyncBaseTransport:
        # Each request's host resolved and checked again as the connection opens, and the
        # connection made to the checked address (no DNS rebinding after check_url).
        from monitor.net.transport import PerOriginTransport  # httpx: a poll of feeds never loads it

        return PerOriginTransport(policy=settings.allow_private_hosts, resolver=fetcher.resolver)

    enricher = Enricher(
        resolver=GoogleNewsResolver(check_url=fetcher.check_url, delay=settings.fulltext_google_delay,
                                    timeout=settings.fulltext_timeout, cache=link_cache,
                                    transport=google_transport or guarded()),
        fetcher=ArticleFetcher(ArticleFetchConfig(
            user_agent=settings.user_agent, host_delay=settings.fulltext_host_delay,
            timeout=settings.fulltext_timeout, connect_timeout=settings.connect_timeout,
            max_bytes=settings.fulltext_max_bytes, max_redirects=settings.max_redirects),
            check_url=fetcher.check_url, transport=transport or guarded()),
        workers=ExtractionWorkers(workers=settings.fulltext_workers,
                                  time_limit=settings.fulltext_worker_time_limit))
    try:
        yield enricher
    finally:
        await enricher.aclose()


@asynccontextmanager
async def enrichment_for(settings: Settings, engine: Engine, fetcher: Fetcher, *,
                         transport: httpx.AsyncBaseTransport | None = None,
                         google_transport: httpx.AsyncBaseTransport | None = None,
                         owner: str | None = None, clock: Clock = utcnow) -> AsyncIterator[Any]:
    """The :class:`monitor.pipeline.enrichment.EnrichmentRunner` working the enrichment queue;
    its enricher (clients, extraction worker) is made on the first tick that claims a candidate."""
    from functools import partial

    from monitor.pipeline.enrichment import EnrichmentRunner

    runner = EnrichmentRunner(settings, engine, partial(enricher_for, settings, fetcher, transport=transport,
                                                        google_transport=google_transport),
                              owner=owner, clock=clock)
    try:
        yield runner
    finally:
        await runner.aclose()
