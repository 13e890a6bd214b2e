"""``monitor run``, ``monitor web`` and ``monitor poll``."""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from typing import Any

from monitor.cli.common import EXIT_OK, Context, table
from monitor.errors import ConfigError
from monitor.settings import Settings

# --- commands -----------------------------------------------------------------------------------


def cmd_run(ctx: Context, args: argparse.Namespace) -> int:
    from monitor.web.serve import run_service  # the scheduler and the web, in one event loop

    asyncio.run(run_service(ctx.settings))
    return EXIT_OK


def cmd_web(ctx: Context, args: argparse.Namespace) -> int:
    from monitor.web.serve import run_web

    asyncio.run(run_web(ctx.settings))
    return EXIT_OK


def cmd_poll(ctx: Context, args: argparse.Namespace) -> int:
    from monitor.feeds.sources import load_configured_sources

    sources = load_configured_sources(ctx.settings)
    known = {s.id for s in sources}
    groups: dict[str, list[str]] = {}  # a search with several editions: its id names them all
    for s in sources:
        if s.group:
            groups.setdefault(s.group, []).append(s.id)
    args.source = [sid for name in args.source for sid in groups.get(name, [name])]
    unknown = [s for s in args.source if s not in known]
    if unknown:
        raise ConfigError(f"unknown source id(s): {', '.join(unknown)}; see `monitor sources list`",
                          field="--source")
    _start_parsers_early(ctx.settings, [s.id for s in sources
                                        if s.enabled and (not args.source or s.id in args.source)])

    from monitor.app import poller_for, sync_configured_sources

    engine = ctx.database()  # the engine is made only if the poll stores items
    sync_configured_sources(engine, ctx.settings, sources)
    stored: list[int] = []  # the ids of the items this poll inserted (the writer's thread appends)
    articles: dict[str, Any] = {}

    def on_stored(inserted: dict[str, list[int]]) -> None:
        stored.extend(i for ids in inserted.values() for i in ids)

    async def go() -> list[Any]:
        async with poller_for(ctx.settings, engine, on_stored=on_stored) as poller:
            reports = await poller.run_cycle(source_ids=args.source or None, ignore_schedule=True)
            await poller.writer.drain()
            articles.update(await _wait_for_articles(ctx.settings, engine, poller.fetcher, stored))
            return reports

    t0 = time.perf_counter()
    reports = asyncio.run(go())
    elapsed = time.perf_counter() - t0
    if args.json:
        for r in reports:
            ctx.print(json.dumps({**r.log_fields(), "http_status": r.http_status, "entries": r.entries},
                                 ensure_ascii=False))
        return EXIT_OK  # one object per source; `monitor items show ID --json` has each article
    rows = [(r.source, r.status, str(r.new), f"{r.ms} ms", r.error or "") for r in reports]
    table(ctx, ("SOURCE", "STATUS", "NEW", "TIME", "ERROR"), rows)
    failed = sum(1 for r in reports if r.status == "error")
    ctx.print(f"{len(reports)} sources polled in {elapsed:.1f} s: {sum(r.new for r in reports)} new items, "
              f"{failed} failed")
    if articles:
        ctx.print(f"articles: {articles['candidates']} candidates, {articles['read']} read, "
                  f"{articles['pending']} still pending in {articles['seconds']:.1f} s"
                  + (" (the service reads them later)" if articles["pending"] else ""))
    return EXIT_OK


async def _wait_for_articles(settings: Settings, engine: Any, fetcher: Any, stored: list[int]) -> dict[str, Any]:
    """Read the articles of the candidates this poll found, for up to ``MONITOR_FULLTEXT_POLL_WAIT``.
    A poll that stored nothing, or no candidate, asks one query at most and starts nothing."""
    if not stored:
        return {}
    from storage.dbapi import engine_of
    from storage.enrichment import outcome_counts, pending_ids

    engine = engine_of(engine)

    ids = await asyncio.to_thread(pending_ids, engine, stored)
    candidates = len(ids)
    if not candidates:
        return {}
    if settings.fulltext_poll_wait <= 0:  # queued for the service's tick: nothing read here
        return {"candidates": candidates, "read": 0, "pending": candidates, "outcomes": {}, "seconds": 0.0}
    from monitor.app import enrichment_for

    t0 = time.perf_counter()
    async with enrichment_for(settings, engine, fetcher) as runner:
        pending = await runner.drain(ids, settings.fulltext_poll_wait)
    counts = await asyncio.to_thread(outcome_counts, engine, ids)
    return {"candidates": candidates, "read": counts.get("ok", 0), "pending": pending,
            "outcomes": counts, "seconds": round(time.perf_counter() - t0, 1)}


def _start_parsers_early(settings: Settings, source_ids: list[str]) -> None:
    """Start the parse workers' fork server before loading SQLAlchemy and httpx when a source
    to poll has no validators yet (it will send a whole feed): the fork server's half second
    of loading then overlaps with ours. A poll where every source will likely answer 304
    starts nothing (see ``storage/peek.py``)."""
    from monitor.pipeline.workers import start_fork_server, worker_count
    from storage.peek import validated_sources

    if worker_count(settings.parse_workers) <= 1:
        return
    validated = validated_sources(settings.database_url)
    if validated is not None and any(sid not in validated for sid in source_ids):
        start_fork_server(settings.data_dir)
