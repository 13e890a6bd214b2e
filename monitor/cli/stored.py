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


def cmd_items_show(ctx: Context, args: argparse.Namespace) -> int:
    """An item, its decision's evidence (each match's field: title, summary, content, article),
    and its enrichment: the outcome and the article text, cut to ``--chars``."""
    from storage.enrichment import get_enrichment
    from storage.items import get_items

    engine = ctx.engine()
    found = get_items(engine, [args.id])
    if not found:
        print(f"monitor: no item with id {args.id}; see `monitor items list`", file=sys.stderr)
        return EXIT_FAIL
    item = found[0]
    enrichment = get_enrichment(engine, item.id)
    if args.json:
        ctx.print(json.dumps({**item.to_json(), "enrichment": enrichment.to_json() if enrichment else None},
                             ensure_ascii=False))
        return EXIT_OK
    d = item.decision or {}
    ctx.print(f"item {item.id}  {item.source_id}  {item.published_at:%Y-%m-%d %H:%M}  story {item.story_id}")
    ctx.print(f"title:    {item.title}")
    ctx.print(f"link:     {item.url or ''}")
    if item.canonical_url:
        ctx.print(f"key:      {item.canonical_url}")
    if item.outlet_url:  # a Google News item's publisher: the outlet the classifier was told
        ctx.print(f"outlet:   {item.outlet_url}")
    ctx.print(f"summary:  {clip(item.summary, 300)}")
    verdict = "relevant" if item.relevant else ("not relevant" if item.relevant is False else "not classified")
    ctx.print(f"decision: {verdict} (score {d.get('score')}, rules {d.get('rules_version')})")
    for m in d.get("matches") or ():
        times = f" ×{m['count']}" if m.get("count", 1) > 1 else ""
        ctx.print(f"  {m['field']}@{m['offset']}  {m['term']!r} → {m['concept']}{times}")
    if enrichment is None:
        ctx.print("article:  not a candidate (its article is not read)")
        return EXIT_OK
    e = enrichment
    where = e.publisher_url or e.link
    timing = f", fetched in {e.fetch_ms} ms, extracted in {e.extract_ms} ms" if e.fetch_ms else ""
    if e.state == "pending":
        ctx.print(f"article:  pending (attempt {e.attempts + 1} at {e.next_attempt_at:%Y-%m-%d %H:%M:%S} UTC"
                  + (f"; last: {e.outcome}" if e.outcome else "") + f")  {where}")
    else:
        ctx.print(f"article:  {e.outcome} after {e.attempts} attempt(s){timing}  {where}")
    if e.detail:
        ctx.print(f"          {e.detail}")
    if e.relevant_before is not None and e.state == "done":
        before = "relevant" if e.relevant_before else "not relevant"
        ctx.print(f"          on the feed's text alone: {before}")
    if e.text:
        cut = e.text[:args.chars]
        more = f"\n[… {len(e.text) - len(cut)} more characters; --chars or --json]" if len(cut) < len(e.text) else ""
        ctx.print(f"article text ({len(e.text)} characters" + (f", {e.language}" if e.language else "") + "):")
        ctx.print(cut + more)
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
