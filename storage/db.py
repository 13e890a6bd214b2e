"""Engines and migrations.

SQLite gets WAL mode, ``synchronous=NORMAL``, foreign keys and a busy timeout on every
connection; PostgreSQL gets ``pool_pre_ping``. Migrations are Alembic's, run programmatically
(``upgrade``), so ``monitor run`` and ``monitor db upgrade`` need no ``alembic.ini``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url

from storage.records import EncodedJSON

MIGRATIONS = Path(__file__).parent / "migrations"
# The newest migration's revision. Kept here so that start-up can tell "nothing to migrate"
# without importing Alembic; a test checks it against Alembic's own head.
HEAD = "0004_web"


class DatabaseError(RuntimeError):
    """The database cannot be opened or migrated; the message says how to fix it."""


def json_serializer(value: Any) -> str:
    """How JSON columns are encoded: :class:`EncodedJSON` text is stored as it is."""
    if isinstance(value, EncodedJSON):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine for ``url``; for SQLite, create the file's folder and set the pragmas."""
    kwargs.setdefault("json_serializer", json_serializer)
    try:
        parsed = make_url(url)
    except Exception as exc:  # sqlalchemy.exc.ArgumentError
        raise DatabaseError(f"MONITOR_DATABASE_URL is not a database URL ({exc}); "
                            "use e.g. sqlite:///./data/monitor.db") from None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        # pysqlite's own transaction handling defers BEGIN; take it over so that writers
        # lock at BEGIN (no upgrade deadlocks between two processes).
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
        return engine
    if parsed.get_backend_name() == "postgresql":
        return create_engine(url, pool_pre_ping=True, **kwargs)
    return create_engine(url, **kwargs)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see make_engine)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()
    # SQLite's lower() folds ASCII only; the web's search folds Cyrillic, Greek… as PostgreSQL's
    # lower() does (storage/browse.py).
    dbapi_conn.create_function("monitor_lower", 1, _lower, deterministic=True)


def _lower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


def _alembic_config(engine: Engine):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    cfg = _alembic_config(create_engine("sqlite://"))
    return ScriptDirectory.from_config(cfg).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != HEAD


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply migrations up to ``revision`` (idempotent; safe with several instances on PostgreSQL)."""
    from alembic import command

    cfg = _alembic_config(engine)
    try:
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                # Two instances starting together must not both run the same migration.
                conn.execute(text("SELECT pg_advisory_xact_lock(7423001)"))
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    except Exception as exc:
        raise DatabaseError(f"cannot migrate the database at {engine.url.render_as_string()}: {exc}") from exc


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    cfg = _alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
