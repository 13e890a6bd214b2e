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


def cmd_db_copy(ctx: Context, args: argparse.Namespace) -> int:
    """Copy this database (``MONITOR_DATABASE_URL``) into ``--to``; exit 0 when every table's
    row count matches, 1 when one does not, 2 when the target cannot be used."""
    from monitor.app import database_errors, open_database
    from monitor.errors import ConfigError
    from monitor.settings import redact_url
    from storage.copy import TargetNotEmpty, copy_database

    source_url, target_url = ctx.settings.database_url, args.to.strip()
    if _same_database(source_url, target_url):
        raise ConfigError("is the database being copied; give another one", field="--to")
    source = ctx.engine()
    target_settings = ctx.settings.replace(database_url=target_url)
    target = open_database(target_settings, field="--to")  # created and migrated if empty
    started = time.perf_counter()
    try:
        with database_errors(target_settings, "copy into", field="--to"):
            try:
                copied = copy_database(source, target, replace=args.replace)
            except TargetNotEmpty as exc:
                raise ConfigError(f"{exc}; copy into an empty database, or pass --replace to "
                                  "delete what it holds first", field="--to") from None
    finally:
        target.dispose()
    table_rows = [(c.name, str(c.source_rows), str(c.target_rows), "ok" if c.matches else "DIFFERENT")
                  for c in copied]
    from monitor.cli.common import table

    table(ctx, ("TABLE", "ROWS HERE", "ROWS THERE", "CHECK"), table_rows)
    total = sum(c.source_rows for c in copied)
    where = redact_url(target_url)
    if all(c.matches for c in copied):
        ctx.print(f"copied {total} rows of {len(copied)} tables into {where} in "
                  f"{time.perf_counter() - started:.1f} s; every table's count matches")
        return EXIT_OK
    ctx.print(f"the counts differ in {where}: was this database written to during the copy? "
              "Stop every instance and copy again with --replace")
    return EXIT_FAIL


def _same_database(a: str, b: str) -> bool:
    from sqlalchemy.engine import make_url

    try:
        return make_url(a).render_as_string(hide_password=False) == make_url(b).render_as_string(
            hide_password=False)
    except Exception:  # a bad URL is reported when it is opened
        return False


def cmd_config(ctx: Context, args: argparse.Namespace) -> int:
    for key, value in ctx.settings.redacted().items():
        ctx.print(f"{key}={value}")
    return EXIT_OK


def cmd_health(ctx: Context, args: argparse.Namespace) -> int:
    """Exit 0 when the service ticked recently and the database answers (the container HEALTHCHECK)."""
    from sqlalchemy import text

    from monitor.service import HEARTBEAT_FILE
    from storage import db

    if args.web:
        return _web_health(ctx)
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


def _web_health(ctx: Context) -> int:
    """``GET /readyz`` on ``MONITOR_HTTP_ADDR`` (a wildcard address is asked on loopback)."""
    import json
    import urllib.error
    import urllib.request

    host, port = ctx.settings.http_host_port
    host = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(host, host)
    url = f"http://{f'[{host}]' if ':' in host else host}:{port}/readyz"
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:  # noqa: S310 (our own address)
            checks = json.load(answer).get("checks", {})
    except urllib.error.HTTPError as exc:
        ctx.print(f"unhealthy: {url} answered {exc.code}: {exc.read().decode(errors='replace')[:300]}")
        return EXIT_FAIL
    except (OSError, ValueError) as exc:
        ctx.print(f"unhealthy: {url} does not answer ({exc}); is `monitor web` or `monitor run` running?")
        return EXIT_FAIL
    ctx.print("healthy: " + ", ".join(f"{k} {v}" for k, v in checks.items()))
    return EXIT_OK
