"""The ``monitor`` command line.

Exit codes: 0 success (``poll`` also when some sources failed: their errors are in the
output), 2 configuration or usage error, 1 anything else that failed.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from monitor import __version__
from monitor.cli.common import EXIT_CONFIG, EXIT_OK, Context, handler, parse_iso, positive_int
from monitor.errors import ConfigError
from monitor.settings import Settings, unknown_variables

log = logging.getLogger("monitor")


# --- parser -------------------------------------------------------------------------------------


class _OnlyCommand:
    """The subcommands' action of :func:`build_parser` when one command is wanted: that command
    gets its real parser, every other one a stand-in that takes its arguments and keeps none
    (building all 16 commands' parsers was 4 % of a `monitor poll` that finds nothing new)."""

    def __init__(self, action: argparse._SubParsersAction, command: str) -> None:  # type: ignore[type-arg]
        self._action, self._command, self.found = action, command, False

    def add_parser(self, name: str, **kwargs: object) -> argparse.ArgumentParser:
        if name != self._command:
            return _SKIPPED  # type: ignore[return-value]
        self.found = True
        return self._action.add_parser(name, **kwargs)  # type: ignore[arg-type]


class _Skipped:
    """A command's parser that is not built: every call is accepted and ignored."""

    def __getattr__(self, name: str) -> object:
        return lambda *args, **kwargs: self


_SKIPPED = _Skipped()


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The ``monitor`` parser; with ``command``, only that command's part of it is built (what
    :func:`main` asks for when the first argument names a command; an unknown name builds all,
    so that argparse lists the commands in its error)."""
    parser = argparse.ArgumentParser(
        prog="monitor",
        description="China–Central Asia science & education news monitor. Settings come from "
                    "MONITOR_* environment variables (see `monitor config`).")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    sub: Any = subparsers if command is None else _OnlyCommand(subparsers, command)

    p = sub.add_parser("run", help="run the service (poll on schedule, send alerts and digests, "
                       "serve the web on MONITOR_HTTP_ADDR)")
    p.set_defaults(func=handler("monitor.cli.poll", "cmd_run"))

    p = sub.add_parser("web", help="serve only the web pages, API, feeds, health and metrics")
    p.set_defaults(func=handler("monitor.cli.poll", "cmd_web"))

    p = sub.add_parser("poll", help="poll every enabled source (or the named ones) once, then exit")
    p.add_argument("--source", action="append", default=[], metavar="ID", help="poll only this source, or every edition of a search (repeatable)")
    p.add_argument("--json", action="store_true", help="one JSON object per source")
    p.set_defaults(func=handler("monitor.cli.poll", "cmd_poll"))

    items = sub.add_parser("items", help="stored items").add_subparsers(dest="items_command", required=True)
    p = items.add_parser("list", help="list stored items, newest first")
    p.add_argument("--since", type=parse_iso, metavar="ISO", help="published at or after this time")
    p.add_argument("--source", action="append", default=[], metavar="ID", help="only this source (repeatable)")
    p.add_argument("--relevant", action="store_true", help="only items the classifier marked relevant")
    p.add_argument("--limit", type=positive_int, default=50, metavar="N", help="at most N items (default 50)")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=handler("monitor.cli.stored", "cmd_items_list"))
    p = items.add_parser("show", help="one item: its text, decision and evidence, and the article read for it")
    p.add_argument("id", type=positive_int, metavar="ID")
    p.add_argument("--chars", type=positive_int, default=2000, metavar="N",
                   help="print at most N characters of the article text (default 2000)")
    p.add_argument("--json", action="store_true", help="one JSON object (the article text whole)")
    p.set_defaults(func=handler("monitor.cli.stored", "cmd_items_show"))
    p = items.add_parser("delete", help="delete items for good (a tombstone keeps them from coming back)")
    p.add_argument("ids", nargs="+", type=positive_int, metavar="ID")
    p.set_defaults(func=handler("monitor.cli.stored", "cmd_items_delete"))

    stories = sub.add_parser("stories", help="stories: one per event, however many outlets carried it"
                             ).add_subparsers(dest="stories_command", required=True)
    p = stories.add_parser("list", help="list stories, newest first")
    p.add_argument("--since", type=parse_iso, metavar="ISO", help="published at or after this time")
    p.add_argument("--relevant", action="store_true", help="only stories the classifier marked relevant")
    p.add_argument("--limit", type=positive_int, default=50, metavar="N", help="at most N stories (default 50)")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=handler("monitor.cli.stored", "cmd_stories_list"))

    sources = sub.add_parser("sources", help="configured sources").add_subparsers(dest="sources_command", required=True)
    p = sources.add_parser("list", help="list the sources in the sources file")
    p.set_defaults(func=handler("monitor.cli.stored", "cmd_sources_list"))
    p = sources.add_parser("check", help="validate the sources file and show each source's health")
    p.set_defaults(func=handler("monitor.cli.stored", "cmd_sources_check"))

    dbp = sub.add_parser("db", help="database").add_subparsers(dest="db_command", required=True)
    p = dbp.add_parser("upgrade", help="apply database migrations")
    p.set_defaults(func=handler("monitor.cli.admin", "cmd_db_upgrade"))
    p = dbp.add_parser("copy", help="copy every row of this database into another, empty one "
                                    "(SQLite to PostgreSQL), then compare the counts")
    p.add_argument("--to", required=True, metavar="URL",
                   help="the target, e.g. postgresql+psycopg://monitor:PASSWORD@db/monitor")
    p.add_argument("--replace", action="store_true",
                   help="delete what the target holds before copying (it must be empty otherwise)")
    p.set_defaults(func=handler("monitor.cli.admin", "cmd_db_copy"))

    p = sub.add_parser("classify", help="classify JSON lines (id, title, summary, content, lang), or explain one text")
    p.add_argument("file", nargs="?", metavar="FILE|-", help="JSON-lines input (default: standard input)")
    p.add_argument("--text", metavar="TEXT",
                   help="explain the decision for this one text instead: one line of up to 300 characters "
                        "is read as a headline (the title), a longer text as the summary")
    p.add_argument("--title", metavar="TEXT", help="explain the decision for an item with this headline")
    p.add_argument("--summary", metavar="TEXT", help="… and this summary (with --title, or alone)")
    p.add_argument("--url", metavar="URL", help="… published at this address (its outlet may imply a side)")
    p.add_argument("--lang", metavar="CODE", help="language hint for --text, --title and --summary")
    p.set_defaults(func=handler("monitor.cli.rules", "cmd_classify"))

    p = sub.add_parser("eval", help="precision, recall and F1 over labelled JSON lines, then every miss explained")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=handler("monitor.cli.rules", "cmd_eval"))

    p = sub.add_parser("reclassify", help="replay the current rules over stored items and report what changed")
    p.add_argument("--since", type=parse_iso, metavar="ISO", help="only items published at or after this time")
    p.add_argument("--dry-run", action="store_true", help="report, but store nothing")
    p.add_argument("--verbose", "-v", action="store_true", help="list every item whose decision flipped")
    p.set_defaults(func=handler("monitor.cli.rules", "cmd_reclassify"))

    p = sub.add_parser("config", help="print the effective settings (secrets masked)")
    p.set_defaults(func=handler("monitor.cli.admin", "cmd_config"))

    p = sub.add_parser("health", help="exit 0 if the service is alive (for container health checks)")
    p.add_argument("--max-age", type=float, metavar="SECONDS", help="oldest acceptable heartbeat")
    p.add_argument("--web", action="store_true",
                   help="ask the web's /readyz on MONITOR_HTTP_ADDR instead (a `monitor web` container)")
    p.set_defaults(func=handler("monitor.cli.admin", "cmd_health"))

    from monitor.cli.notify_parser import register as register_notification_commands

    register_notification_commands(sub)
    if command is not None and not sub.found:
        return build_parser()
    return parser


def main(argv: Sequence[str] | None = None, *, environ: dict[str, str] | None = None,
         out: TextIO | None = None) -> int:
    from monitor.logs import setup_logging
    from monitor.pipeline.memory import fix_mmap_threshold, single_arena

    fix_mmap_threshold()
    single_arena()
    words = list(sys.argv[1:] if argv is None else argv)
    # a first word that is not an option names the command: only its parser is built (after
    # `-h` or `--version`, all of them)
    parser = build_parser(words[0] if words and not words[0].startswith("-") else None)
    args = parser.parse_args(words)
    err = sys.stderr
    try:
        settings = Settings.from_env(environ)
    except ConfigError as exc:
        print(f"monitor: configuration error: {exc}", file=err)
        return EXIT_CONFIG
    setup_logging(settings.log_level, settings.log_format)
    for name in unknown_variables(environ):
        log.warning("unknown setting ignored (typo?)", extra={"fields": {"variable": name}})
    if settings.public_url_problem and not getattr(args.func, "email_links", False):
        log.warning("MONITOR_PUBLIC_URL: " + settings.public_url_problem)
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
    # httpx imports its command-line client at import (click and pygments, which uvicorn's
    # dependencies install), which the monitor never uses: about a tenth of httpx's import time.
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
    # numpy's OpenBLAS starts a thread per core when numpy is imported (in this process and in
    # the parse workers' fork server, which inherits the environment), and nothing here calls
    # BLAS: one thread spares 30 ms of CPU per process that imports numpy (perf stat). A value
    # the user set is kept.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    code = main()
    gc.freeze()
    sys.exit(code)


__all__ = ["main", "build_parser", "run"]
