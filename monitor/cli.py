"""The ``monitor`` command line.

Exit codes: 0 success (``poll`` also when some sources failed: their errors are in the
output), 2 configuration or usage error, 1 anything else that failed.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import sys
import time
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TextIO

from monitor import __version__
from monitor.errors import ConfigError
from monitor.settings import Settings, unknown_variables

log = logging.getLogger("monitor")

EXIT_OK, EXIT_FAIL, EXIT_CONFIG = 0, 1, 2


def parse_iso(text: str) -> datetime:
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f'"{text}" is not an ISO date like 2026-11-01 or 2026-11-01T08:00Z') from None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f'"{text}" is not a whole number') from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


class Context:
    """What every command gets: validated settings and an output stream."""

    def __init__(self, settings: Settings, out: TextIO) -> None:
        self.settings = settings
        self.out = out
        self._engine: Any = None

    def print(self, *parts: object) -> None:
        print(*parts, file=self.out)

    def engine(self):  # type: ignore[no-untyped-def]
        """The database engine, opened (and migrated) on first use, disposed when the command ends."""
        if self._engine is None:
            from monitor.app import open_database

            self._engine = open_database(self.settings)
        return self._engine

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


# --- commands -----------------------------------------------------------------------------------

def cmd_run(ctx: Context, args: argparse.Namespace) -> int:
    from monitor.service import Service

    asyncio.run(Service(ctx.settings).run())
    return EXIT_OK


def cmd_poll(ctx: Context, args: argparse.Namespace) -> int:
    from monitor.sources import load_configured_sources

    sources = load_configured_sources(ctx.settings)
    known = {s.id for s in sources}
    unknown = [s for s in args.source if s not in known]
    if unknown:
        raise ConfigError(f"unknown source id(s): {', '.join(unknown)}; see `monitor sources list`",
                          field="--source")
    _start_parsers_early(ctx.settings, [s.id for s in sources
                                        if s.enabled and (not args.source or s.id in args.source)])

    from monitor.app import poller_for, sync_configured_sources

    engine = ctx.engine()
    sync_configured_sources(engine, ctx.settings, sources)

    async def go() -> list[Any]:
        async with poller_for(ctx.settings, engine) as poller:
            return await poller.run_cycle(source_ids=args.source or None, ignore_schedule=True)

    t0 = time.perf_counter()
    reports = asyncio.run(go())
    elapsed = time.perf_counter() - t0
    if args.json:
        for r in reports:
            ctx.print(json.dumps({**r.log_fields(), "http_status": r.http_status, "entries": r.entries},
                                 ensure_ascii=False))
        return EXIT_OK
    rows = [(r.source, r.status, str(r.new), f"{r.ms} ms", r.error or "") for r in reports]
    _table(ctx, ("SOURCE", "STATUS", "NEW", "TIME", "ERROR"), rows)
    failed = sum(1 for r in reports if r.status == "error")
    ctx.print(f"{len(reports)} sources polled in {elapsed:.1f} s: {sum(r.new for r in reports)} new items, "
              f"{failed} failed")
    return EXIT_OK


def _start_parsers_early(settings: Settings, source_ids: list[str]) -> None:
    """Start the parse workers' fork server before loading SQLAlchemy and httpx when a source
    to poll has no validators yet (it will send a whole feed): the fork server's half second
    of loading then overlaps with ours. A poll where every source will likely answer 304
    starts nothing (see ``storage/peek.py``)."""
    from monitor.work import start_fork_server, worker_count
    from storage.peek import validated_sources

    if worker_count(settings.parse_workers) <= 1:
        return
    validated = validated_sources(settings.database_url)
    if validated is not None and any(sid not in validated for sid in source_ids):
        start_fork_server()


def cmd_items_list(ctx: Context, args: argparse.Namespace) -> int:
    from storage import repo

    engine = ctx.engine()
    items = repo.list_items(engine, since=args.since, source_ids=args.source,
                            relevant=True if args.relevant else None, limit=args.limit)
    if args.json:
        for item in items:
            ctx.print(json.dumps(item.to_json(), ensure_ascii=False))
        return EXIT_OK
    rows = [(str(i.id), i.published_at.strftime("%Y-%m-%d %H:%M"), i.source_id, i.language or "",
             "yes" if i.relevant else ("no" if i.relevant is False else "?"), _clip(i.title, 70))
            for i in items]
    _table(ctx, ("ID", "PUBLISHED", "SOURCE", "LANG", "RELEVANT", "TITLE"), rows)
    return EXIT_OK


def cmd_items_delete(ctx: Context, args: argparse.Namespace) -> int:
    from storage import repo

    engine = ctx.engine()
    missing = [i for i in args.ids if not repo.delete_item(engine, i, datetime.now(timezone.utc))]
    for item_id in args.ids:
        if item_id not in missing:
            ctx.print(f"item {item_id} deleted (a tombstone keeps it from coming back)")
    if missing:
        print(f"monitor: no live item with id {', '.join(map(str, missing))}; see `monitor items list`",
              file=sys.stderr)
        return EXIT_FAIL
    return EXIT_OK


def cmd_stories_list(ctx: Context, args: argparse.Namespace) -> int:
    from storage import repo

    stories = repo.list_stories(ctx.engine(), since=args.since, relevant=True if args.relevant else None,
                                limit=args.limit)
    if args.json:
        for story in stories:
            ctx.print(json.dumps(story.to_json(), ensure_ascii=False))
        return EXIT_OK
    rows = [(str(s.id), s.published_at.strftime("%Y-%m-%d %H:%M"), str(len(s.items)),
             _clip(",".join(s.sources), 24), ",".join(s.languages),
             "yes" if s.relevant else "no", _clip(s.title, 60)) for s in stories]
    _table(ctx, ("ID", "PUBLISHED", "ITEMS", "SOURCES", "LANGS", "RELEVANT", "TITLE"), rows)
    return EXIT_OK


def cmd_sources_list(ctx: Context, args: argparse.Namespace) -> int:
    from monitor.sources import load_configured_sources
    from monitor.settings import format_duration

    sources = load_configured_sources(ctx.settings)
    rows = [(s.id, "yes" if s.enabled else "no", format_duration(s.interval_or(ctx.settings.default_interval)),
             s.language or "", s.url) for s in sources]
    _table(ctx, ("ID", "ENABLED", "INTERVAL", "LANG", "URL"), rows)
    return EXIT_OK


def cmd_sources_check(ctx: Context, args: argparse.Namespace) -> int:
    from monitor.app import sync_configured_sources
    from monitor.sources import load_configured_sources
    from storage import repo

    sources = load_configured_sources(ctx.settings)
    ctx.print(f"{ctx.settings.sources}: {len(sources)} sources, valid")
    engine = ctx.engine()
    sync_configured_sources(engine, ctx.settings, sources)
    states = {s.id: s for s in repo.list_sources(engine)}
    rows = []
    for src in sources:
        st = states[src.id]
        health = ("disabled" if not st.enabled else "never polled" if st.last_polled_at is None
                  else "failing" if st.consecutive_failures else "healthy")
        rows.append((src.id, health, str(st.consecutive_failures), _ago(st.last_success_at),
                     st.next_poll_at.strftime("%Y-%m-%d %H:%M"), _clip(st.last_error or "", 60)))
    _table(ctx, ("ID", "HEALTH", "FAILURES", "LAST SUCCESS", "NEXT POLL (UTC)", "LAST ERROR"), rows)
    return EXIT_OK


def cmd_db_upgrade(ctx: Context, args: argparse.Namespace) -> int:
    from storage import db

    engine = db.make_engine(ctx.settings.database_url)
    before = db.current_revision(engine)
    db.upgrade(engine)
    after = db.current_revision(engine)
    ctx.print(f"database at revision {after}" + (f" (was {before or 'empty'})" if before != after else " (up to date)"))
    return EXIT_OK


def cmd_config(ctx: Context, args: argparse.Namespace) -> int:
    for key, value in ctx.settings.redacted().items():
        ctx.print(f"{key}={value}")
    return EXIT_OK


def cmd_health(ctx: Context, args: argparse.Namespace) -> int:
    """Exit 0 when the service ticked recently and the database answers (the container HEALTHCHECK)."""
    from sqlalchemy import text

    from monitor.service import HEARTBEAT_FILE
    from storage import db

    beat = Path(ctx.settings.data_dir) / HEARTBEAT_FILE
    max_age = args.max_age if args.max_age is not None else max(120.0, ctx.settings.tick * 4)
    try:
        age = time.time() - beat.stat().st_mtime
    except FileNotFoundError:
        ctx.print(f"unhealthy: no heartbeat at {beat} (is `monitor run` running with the same MONITOR_DATA_DIR?)")
        return EXIT_FAIL
    if age > max_age:
        ctx.print(f"unhealthy: last heartbeat {age:.0f} s ago (limit {max_age:.0f} s)")
        return EXIT_FAIL
    try:
        engine = db.make_engine(ctx.settings.database_url)
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:
        ctx.print(f"unhealthy: database does not answer: {exc}")
        return EXIT_FAIL
    ctx.print(f"healthy: heartbeat {age:.0f} s ago, database answers")
    return EXIT_OK


def _classifier(ctx: Context):  # type: ignore[no-untyped-def]
    from classifiers import RulesError, VocabularyError

    from monitor.work import get_classifier

    try:
        return get_classifier(ctx.settings.rules)
    except (RulesError, VocabularyError) as exc:
        raise ConfigError(str(exc), field="MONITOR_RULES") from exc


def cmd_classify(ctx: Context, args: argparse.Namespace) -> int:
    from classifiers.cli import classify_jsonl, explain_text

    clf = _classifier(ctx)
    if args.text is not None:
        ctx.print(explain_text(clf, args.text, lang=args.lang))
        return EXIT_OK
    if args.file in (None, "-"):
        return classify_jsonl(clf, sys.stdin, ctx.out)
    try:
        with open(args.file, encoding="utf-8", errors="replace") as stream:
            return classify_jsonl(clf, stream, ctx.out)
    except FileNotFoundError:
        raise ConfigError(f"{args.file}: no such file; give a JSON-lines file or - for standard input",
                          field="FILE") from None


def cmd_eval(ctx: Context, args: argparse.Namespace) -> int:
    from classifiers.cli import evaluate_file

    if not Path(args.file).is_file():
        raise ConfigError(f"{args.file}: no such file; give labelled JSON lines (label: relevant/irrelevant)",
                          field="FILE")
    return evaluate_file(_classifier(ctx), args.file, ctx.out)


def cmd_reclassify(ctx: Context, args: argparse.Namespace) -> int:
    """Replay the current rules over stored items; report (and store, unless --dry-run) what changed."""
    from monitor.work import decide_text
    from storage import repo

    clf = _classifier(ctx)
    engine = ctx.engine()
    seen = changed = became_relevant = became_irrelevant = 0
    for batch in repo.iter_items_for_classification(engine, since=args.since):
        updates = []
        for item in batch:
            seen += 1
            decision = decide_text(clf, item.title, item.summary, item.content or "", item.language)
            if item.relevant != decision["relevant"] or item.rules_version != decision["rules_version"] \
                    or item.score != decision["score"]:
                updates.append((item.id, decision))
            if item.relevant != decision["relevant"]:
                changed += 1
                if decision["relevant"]:
                    became_relevant += 1
                else:
                    became_irrelevant += 1
                if args.verbose:
                    ctx.print(f"{item.id}\t{'+' if decision['relevant'] else '-'}relevant\t"
                              f"{decision['score']:.2f}\t{_clip(item.title, 80)}")
        if not args.dry_run:
            repo.update_decisions(engine, updates)
    verb = "would change" if args.dry_run else "changed"
    ctx.print(f"{seen} items reclassified with rules {clf.version}: {verb} {changed} "
              f"({became_relevant} now relevant, {became_irrelevant} no longer relevant)")
    return EXIT_OK


# --- helpers ------------------------------------------------------------------------------------

def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _ago(when: datetime | None) -> str:
    if when is None:
        return "never"
    seconds = (datetime.now(timezone.utc) - when).total_seconds()
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{int(seconds // size)}{unit} ago"
    return f"{int(seconds)}s ago"


def _table(ctx: Context, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    ctx.print(fmt.format(*header).rstrip())
    for row in rows:
        ctx.print(fmt.format(*row).rstrip())


# --- parser -------------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="monitor",
        description="China–Central Asia science & education news monitor. Settings come from "
                    "MONITOR_* environment variables (see `monitor config`).")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("run", help="run the service (poll on schedule, send alerts and digests)")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("poll", help="poll every enabled source (or the named ones) once, then exit")
    p.add_argument("--source", action="append", default=[], metavar="ID", help="poll only this source (repeatable)")
    p.add_argument("--json", action="store_true", help="one JSON object per source")
    p.set_defaults(func=cmd_poll)

    items = sub.add_parser("items", help="stored items").add_subparsers(dest="items_command", required=True)
    p = items.add_parser("list", help="list stored items, newest first")
    p.add_argument("--since", type=parse_iso, metavar="ISO", help="published at or after this time")
    p.add_argument("--source", action="append", default=[], metavar="ID", help="only this source (repeatable)")
    p.add_argument("--relevant", action="store_true", help="only items the classifier marked relevant")
    p.add_argument("--limit", type=positive_int, default=50, metavar="N", help="at most N items (default 50)")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=cmd_items_list)
    p = items.add_parser("delete", help="delete items for good (a tombstone keeps them from coming back)")
    p.add_argument("ids", nargs="+", type=positive_int, metavar="ID")
    p.set_defaults(func=cmd_items_delete)

    stories = sub.add_parser("stories", help="stories: one per event, however many outlets carried it"
                             ).add_subparsers(dest="stories_command", required=True)
    p = stories.add_parser("list", help="list stories, newest first")
    p.add_argument("--since", type=parse_iso, metavar="ISO", help="published at or after this time")
    p.add_argument("--relevant", action="store_true", help="only stories the classifier marked relevant")
    p.add_argument("--limit", type=positive_int, default=50, metavar="N", help="at most N stories (default 50)")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=cmd_stories_list)

    sources = sub.add_parser("sources", help="configured sources").add_subparsers(dest="sources_command", required=True)
    p = sources.add_parser("list", help="list the sources in the sources file")
    p.set_defaults(func=cmd_sources_list)
    p = sources.add_parser("check", help="validate the sources file and show each source's health")
    p.set_defaults(func=cmd_sources_check)

    dbp = sub.add_parser("db", help="database").add_subparsers(dest="db_command", required=True)
    p = dbp.add_parser("upgrade", help="apply database migrations")
    p.set_defaults(func=cmd_db_upgrade)

    p = sub.add_parser("classify", help="classify JSON lines (id, title, summary, content, lang), or explain one text")
    p.add_argument("file", nargs="?", metavar="FILE|-", help="JSON-lines input (default: standard input)")
    p.add_argument("--text", metavar="TEXT", help="explain the decision for this one text instead")
    p.add_argument("--lang", metavar="CODE", help="language hint for --text")
    p.set_defaults(func=cmd_classify)

    p = sub.add_parser("eval", help="precision, recall and F1 over labelled JSON lines, then every miss explained")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("reclassify", help="replay the current rules over stored items and report what changed")
    p.add_argument("--since", type=parse_iso, metavar="ISO", help="only items published at or after this time")
    p.add_argument("--dry-run", action="store_true", help="report, but store nothing")
    p.add_argument("--verbose", "-v", action="store_true", help="list every item whose decision flipped")
    p.set_defaults(func=cmd_reclassify)

    p = sub.add_parser("config", help="print the effective settings (secrets masked)")
    p.set_defaults(func=cmd_config)

    p = sub.add_parser("health", help="exit 0 if the service is alive (for container health checks)")
    p.add_argument("--max-age", type=float, metavar="SECONDS", help="oldest acceptable heartbeat")
    p.set_defaults(func=cmd_health)

    from monitor.notify_commands import register as register_notification_commands

    register_notification_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None, *, environ: dict[str, str] | None = None,
         out: TextIO | None = None) -> int:
    from monitor.logs import setup_logging
    from monitor.memory import fix_mmap_threshold, single_arena

    fix_mmap_threshold()
    single_arena()
    parser = build_parser()
    args = parser.parse_args(argv)
    err = sys.stderr
    try:
        settings = Settings.from_env(environ)
    except ConfigError as exc:
        print(f"monitor: configuration error: {exc}", file=err)
        return EXIT_CONFIG
    setup_logging(settings.log_level, settings.log_format)
    for name in unknown_variables(environ):
        log.warning("unknown setting ignored (typo?)", extra={"fields": {"variable": name}})
    ctx = Context(settings, out or sys.stdout)
    try:
        return int(args.func(ctx, args))
    except ConfigError as exc:
        print(f"monitor: configuration error: {exc}", file=err)
        return EXIT_CONFIG
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    finally:
        ctx.close()


def run() -> None:
    """The ``monitor`` console script (and ``python -m monitor``): :func:`main`, then exit.

    By now every command has closed what it opened and flushed what it wrote; the logging and
    executor exit handlers still run. Freezing the garbage collector first spares the
    interpreter's last full collection over every object the command loaded (SQLAlchemy's
    included): 5 % of a `monitor poll` that finds nothing new. Tests call :func:`main`.
    """
    code = main()
    gc.freeze()
    sys.exit(code)


__all__ = ["main", "build_parser", "run"]
