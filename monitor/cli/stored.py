"""``monitor items``, ``stories`` and ``sources``: what is stored and configured."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timezone

from monitor.cli.common import EXIT_CONFIG, EXIT_FAIL, EXIT_OK, Context, ago, clip, table


def cmd_items_list(ctx: Context, args: argparse.Namespace) -> int:
    from storage.items import list_items

    engine = ctx.engine()
    items = list_items(engine, since=args.since, source_ids=args.source,
                            relevant=True if args.relevant else None, limit=args.limit)
    if args.json:
        for item in items:
            ctx.print(json.dumps(item.to_json(), ensure_ascii=False))
        return EXIT_OK
    rows = [(str(i.id), i.published_at.strftime("%Y-%m-%d %H:%M"), i.source_id, i.language or "",
             "yes" if i.relevant else ("no" if i.relevant is False else "?"), clip(i.title, 70))
            for i in items]
    table(ctx, ("ID", "PUBLISHED", "SOURCE", "LANG", "RELEVANT", "TITLE"), rows)
    return EXIT_OK


def cmd_items_delete(ctx: Context, args: argparse.Namespace) -> int:
    from storage.items import delete_item

    engine = ctx.engine()
    missing = [i for i in args.ids if not delete_item(engine, i, datetime.now(timezone.utc))]
    for item_id in args.ids:
        if item_id not in missing:
            ctx.print(f"item {item_id} deleted (a tombstone keeps it from coming back)")
    if missing:
        print(f"monitor: no live item with id {', '.join(map(str, missing))}; see `monitor items list`",
              file=sys.stderr)
        return EXIT_FAIL
    return EXIT_OK


def cmd_stories_list(ctx: Context, args: argparse.Namespace) -> int:
    from storage.stories import list_stories

    stories = list_stories(ctx.engine(), since=args.since, relevant=True if args.relevant else None,
                                limit=args.limit)
    if args.json:
        for story in stories:
            ctx.print(json.dumps(story.to_json(), ensure_ascii=False))
        return EXIT_OK
    rows = [(str(s.id), s.published_at.strftime("%Y-%m-%d %H:%M"), str(len(s.items)),
             clip(",".join(s.sources), 24), ",".join(s.languages),
             "yes" if s.relevant else "no", clip(s.title, 60)) for s in stories]
    table(ctx, ("ID", "PUBLISHED", "ITEMS", "SOURCES", "LANGS", "RELEVANT", "TITLE"), rows)
    return EXIT_OK


def cmd_sources_list(ctx: Context, args: argparse.Namespace) -> int:
    from monitor.feeds.sources import load_configured_sources
    from monitor.settings import format_duration

    sources = load_configured_sources(ctx.settings)
    rows = [(s.id, "yes" if s.enabled else "no", format_duration(s.interval_or(ctx.settings.default_interval)),
             s.language or "", s.url) for s in sources]
    table(ctx, ("ID", "ENABLED", "INTERVAL", "LANG", "URL"), rows)
    return EXIT_OK


def cmd_sources_check(ctx: Context, args: argparse.Namespace) -> int:
    from monitor.app import sync_configured_sources
    from monitor.feeds.sources import SourcesFileError, load_configured_sources
    from storage.sources import list_sources

    try:
        sources = load_configured_sources(ctx.settings)
    except SourcesFileError as exc:
        for problem in exc.problems:
            print(f"monitor: {problem}", file=sys.stderr)
        return EXIT_CONFIG
    ctx.print(f"{ctx.settings.sources}: {len(sources)} sources, valid")
    engine = ctx.engine()
    sync_configured_sources(engine, ctx.settings, sources)
    states = {s.id: s for s in list_sources(engine)}
    rows = []
    for src in sources:
        st = states[src.id]
        health = ("disabled" if not st.enabled else "never polled" if st.last_polled_at is None
                  else "failing" if st.consecutive_failures else "healthy")
        rows.append((src.id, health, str(st.consecutive_failures), ago(st.last_success_at),
                     st.next_poll_at.strftime("%Y-%m-%d %H:%M"), clip(st.last_error or "", 60)))
    table(ctx, ("ID", "HEALTH", "FAILURES", "LAST SUCCESS", "NEXT POLL (UTC)", "LAST ERROR"), rows)
    return EXIT_OK
