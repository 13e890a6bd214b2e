"""``monitor db``, ``config`` and ``health``."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from monitor.cli.common import EXIT_FAIL, EXIT_OK, Context


def cmd_db_upgrade(ctx: Context, args: argparse.Namespace) -> int:
    from monitor.app import database_errors, open_database
    from storage import db

    engine = open_database(ctx.settings, migrate=False)
    try:
        with database_errors(ctx.settings, "migrate"):  # any failure: one line, exit code 2
            before = db.current_revision(engine)
            db.upgrade(engine)
            after = db.current_revision(engine)
    finally:
        engine.dispose()
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
