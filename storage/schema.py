"""What the engine (:mod:`storage.db`) and the plain connections (:mod:`storage.dbapi`) share,
importing neither: the schema's revision, the start-up lock, the database error."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# The newest migration's revision. Kept here so that start-up can tell "nothing to migrate"
# without importing Alembic or SQLAlchemy; a test checks it against Alembic's own head.
HEAD = "0006_scale"

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


class DatabaseError(RuntimeError):
    """The database cannot be opened or migrated; the message says how to fix it."""


def describe_error(exc: BaseException) -> str:
    """A database error in one line, without SQLAlchemy's SQL echo and background link."""
    orig = getattr(exc, "orig", None)
    text_ = str(orig if orig is not None else exc) or type(exc).__name__
    return " ".join(text_.split())
