"""What every command shares: the context (settings, output, the engine), argument types, tables."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from typing import Any, TextIO

from monitor.errors import ConfigError
from monitor.settings import Settings

EXIT_OK, EXIT_FAIL, EXIT_CONFIG = 0, 1, 2


def handler(module: str, name: str, *, email_links: bool = False
            ) -> Callable[[Context, argparse.Namespace], int]:
    """``module.name``, imported when the command runs: building the parser is part of every
    ``monitor`` start, and a command should load only what it uses (``monitor poll`` never
    loads the notification modules).

    ``email_links``: the command builds links on ``MONITOR_PUBLIC_URL`` that go into emails; it
    refuses to run (exit code 2) while that address is not https (see
    :attr:`monitor.settings.Settings.public_url_problem`). Other commands only warn.
    """

    def run(ctx: Context, args: argparse.Namespace) -> int:
        if email_links and ctx.settings.public_url_problem:
            raise ConfigError(ctx.settings.public_url_problem, field="MONITOR_PUBLIC_URL")
        return int(getattr(importlib.import_module(module), name)(ctx, args))

    run.__name__ = run.__qualname__ = name
    run.email_links = email_links  # type: ignore[attr-defined]
    return run


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
        self._database: Any = None

    def print(self, *parts: object) -> None:
        print(*parts, file=self.out)

    def engine(self):  # type: ignore[no-untyped-def]
        """The database engine, opened (and migrated) on first use, disposed when the command ends."""
        if self._database is not None:
            return self._database.engine
        if self._engine is None:
            from monitor.app import open_database

            self._engine = open_database(self.settings)
        return self._engine

    def database(self):  # type: ignore[no-untyped-def]
        """The database as a :class:`storage.dbapi.Database` (for ``monitor poll``: SQLAlchemy is
        loaded only if the poll needs more than the polling state), opened on first use."""
        if self._database is None:
            from monitor.app import connect_database

            self._database = connect_database(self.settings)
        return self._database

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
            self._database = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


def rules_classifier(ctx: Context):  # type: ignore[no-untyped-def]
    from classifiers import RulesError, VocabularyError
    from monitor.pipeline.analyse import get_classifier

    try:
        return get_classifier(ctx.settings.rules)
    except (RulesError, VocabularyError) as exc:
        raise ConfigError(str(exc), field="MONITOR_RULES") from exc


# --- helpers ------------------------------------------------------------------------------------


def clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def ago(when: datetime | None) -> str:
    if when is None:
        return "never"
    seconds = (datetime.now(timezone.utc) - when).total_seconds()
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{int(seconds // size)}{unit} ago"
    return f"{int(seconds)}s ago"


def table(ctx: Context, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    ctx.print(fmt.format(*header).rstrip())
    for row in rows:
        ctx.print(fmt.format(*row).rstrip())
