"""What the engine (:mod:`storage.db`) and the plain connections (:mod:`storage.dbapi`) share,
importing neither: the schema's revision and its SQLite snapshot, the start-up lock, the database error."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

# The newest migration's revision. Kept here so that start-up can tell "nothing to migrate"
# without importing Alembic or SQLAlchemy; a test checks it against Alembic's own head.
HEAD = "0007_outlet"

# The schema the migrations make of an empty SQLite database, as SQL: a new SQLite file gets it
# at once (create_sqlite_schema, below) instead of Alembic's migrations. Written by
# `python -m storage.db sqlite-schema`; a test holds it equal to what the migrations make.
SQLITE_SCHEMA = Path(__file__).with_name("migrations") / "sqlite_head.sql"

# The PostgreSQL advisory lock that serialises what instances do at start (migrations, the
# sources sync). One key for both: an instance syncing waits for another's migration.
START_LOCK = 7423001

# Every SQLite connection's settings, in this order (storage/dbapi.py's plain sqlite3 connection
# and the engine's, storage/db.py):
# * page_size: 32 KiB pages. It takes effect only on a new, empty database (before WAL fixes it);
#   a database made with SQLite's default 4 KiB keeps them. An item row is 2-5 KB (its text and
#   its decision), so with 4 KiB pages it spilled onto an overflow page and a cold poll of
#   25,000 items made 189,000 pwrite and 109,000 pread calls on WAL and database; with 32 KiB
#   pages 21,000 and 7,000, and the file is no larger (docs/architecture.md, "SQLite pages").
# * cache_size: 8 MiB of pages per connection (SQLite's default is 2 MiB, 62 pages of 32 KiB):
#   the indexes that a poll writes all over (published dates) stay in memory between statements.
SQLITE_PRAGMAS = ("page_size=32768", "journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON",
                  "busy_timeout=30000", "cache_size=-8000")


def hold_start_lock(dialect: str, execute: Callable[[str, dict[str, Any]], object]) -> None:
    """Hold the start-up lock until the transaction ``execute`` runs in ends. PostgreSQL: a
    transaction-level advisory lock, so an instance that loses the race waits here and then
    sees what the winner committed. SQLite: nothing to do, every transaction already begins
    with ``BEGIN IMMEDIATE`` (the database's write lock; see :func:`storage.db.make_engine`)."""
    if dialect == "postgresql":
        execute("SELECT pg_advisory_xact_lock(:key)", {"key": START_LOCK})


def create_sqlite_schema(conn: sqlite3.Connection) -> bool:
    """Give an empty SQLite database the head revision's schema from ``SQLITE_SCHEMA`` (what the
    migrations make, statement for statement: ``tests/storage/test_schema_snapshot.py`` holds the
    two equal), in one transaction. Alembic's six migrations on an empty file cost a cold
    ``monitor poll`` about 0.2 s of CPU, Alembic's import (with Mako's) included; this costs a
    few milliseconds. False, with nothing done, when the database holds any table (it is then
    Alembic's to migrate) or the snapshot is missing from the installation (Alembic makes it)."""
    try:
        statements = [s for s in SQLITE_SCHEMA.read_text(encoding="utf-8").split(";\n\n") if s.strip()]
    except OSError:
        return False
    conn.execute("BEGIN IMMEDIATE")  # another process creating it at once waits, then finds its tables
    try:
        if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            conn.rollback()
            return False
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    return True


class DatabaseError(RuntimeError):
    """The database cannot be opened or migrated; the message says how to fix it."""


def describe_error(exc: BaseException) -> str:
    """A database error in one line, without SQLAlchemy's SQL echo and background link."""
    orig = getattr(exc, "orig", None)
    text_ = str(orig if orig is not None else exc) or type(exc).__name__
    return " ".join(text_.split())
