"""``monitor db``, ``config`` and ``health``."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from monitor.cli.common import EXIT_FAIL, EXIT_OK, Context


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
