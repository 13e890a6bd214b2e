"""What the engine (:mod:`storage.db`) and the plain connections (:mod:`storage.dbapi`) share,
importing neither: the schema's revision, the start-up lock's key, the database error."""

from __future__ import annotations

# The newest migration's revision. Kept here so that start-up can tell "nothing to migrate"
# without importing Alembic or SQLAlchemy; a test checks it against Alembic's own head.
HEAD = "0006_scale"

# The PostgreSQL advisory lock that serialises what instances do at start (migrations, the
# sources sync). One key for both: an instance syncing waits for another's migration.
START_LOCK = 7423001


class DatabaseError(RuntimeError):
    """The database cannot be opened or migrated; the message says how to fix it."""


def describe_error(exc: BaseException) -> str:
    """A database error in one line, without SQLAlchemy's SQL echo and background link."""
    orig = getattr(exc, "orig", None)
    text_ = str(orig if orig is not None else exc) or type(exc).__name__
    return " ".join(text_.split())
