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
