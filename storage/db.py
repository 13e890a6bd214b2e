"""Engines and migrations.

SQLite gets WAL mode, ``synchronous=NORMAL``, foreign keys and a busy timeout on every
connection; PostgreSQL gets ``pool_pre_ping`` and ``jit = off``. Migrations are Alembic's, run
programmatically (``upgrade``), so ``monitor run`` and ``monitor db upgrade`` need no ``alembic.ini``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url

from storage.item_records import EncodedJSON
from storage.schema import HEAD, SQLITE_PRAGMAS, SQLITE_SCHEMA, START_LOCK, DatabaseError, create_sqlite_schema, describe_error, hold_start_lock  # noqa: F401  (also db.HEAD …)

MIGRATIONS = Path(__file__).parent / "migrations"


def lock_for_start(conn: Connection) -> None:
    """Hold the start-up lock until ``conn``'s transaction ends (:func:`storage.schema.hold_start_lock`)."""
    hold_start_lock(conn.dialect.name, lambda sql, params: conn.execute(text(sql), params))


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
        raise DatabaseError(f"not a database URL ({exc}); "
                            "use e.g. sqlite:///./data/monitor.db") from None
    if parsed.drivername in ("postgres", "postgresql"):  # the driver this project installs
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseError(f"{parsed.get_backend_name()} is not supported; "
                            "use sqlite:///path/monitor.db or postgresql+psycopg://user:pass@host/db")
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).expanduser().parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(f"cannot create {folder} for the SQLite file: "
                                    f"{exc.strerror or exc}; make it writable by this user, "
                                    "or use another path") from None
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        # pysqlite's own transaction handling defers BEGIN; take it over so that writers
        # lock at BEGIN (no upgrade deadlocks between two processes).
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
        return engine
    if "connect_timeout" not in parsed.query:  # an unreachable server fails the start, not hangs it
        kwargs.setdefault("connect_args", {"connect_timeout": 10})
    engine = create_engine(parsed, pool_pre_ping=True, **kwargs)
    event.listen(engine, "connect", _postgresql_session)
    return engine


def _postgresql_session(dbapi_conn: Any, _record: Any) -> None:
    """No JIT compilation: every query here reads a page of rows by index, and PostgreSQL
    compiles when its estimate is large (a search it misjudges, a walk over many stories),
    which cost 100-200 ms a query at a million items for queries that take 30 ms
    (``bench/bench_scale.py``)."""
    with dbapi_conn.cursor() as cur:
        cur.execute("SET jit = off")
    dbapi_conn.commit()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see make_engine)
    cur = dbapi_conn.cursor()
    for pragma in SQLITE_PRAGMAS:
        cur.execute(f"PRAGMA {pragma}")
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
    """True when migrations are to run; :class:`DatabaseError` when the schema is newer than
    this code (a newer version migrated it: running older code on it would misread it)."""
    current = current_revision(engine)
    if current == HEAD:
        return False
    if current is not None and current not in known_revisions():
        raise DatabaseError(
            f"the database's schema is at revision {current}, which this version of the monitor "
            f"does not know (its newest is {HEAD}): a newer version upgraded it. Run that "
            "version, or restore the backup taken before the upgrade")
    return True


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    cfg = _alembic_config(create_engine("sqlite://"))
    return {script.revision for script in ScriptDirectory.from_config(cfg).walk_revisions()}


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply migrations up to ``revision`` (idempotent; safe with several instances starting
    together). With ``head`` and nothing to do, Alembic is not even imported (every start of
    ``monitor`` passes here)."""
    if revision == "head" and not needs_upgrade(engine):  # also refuses a schema newer than this code
        return
    if revision == "head" and engine.dialect.name == "sqlite" and _create_sqlite(engine):
        return  # an empty SQLite file: the head's schema at once (storage/schema.py, SQLITE_SCHEMA)
    _migrate(engine, revision)


def _create_sqlite(engine: Engine) -> bool:
    """:func:`storage.schema.create_sqlite_schema` on one of the engine's connections."""
    with engine.connect() as conn:
        return create_sqlite_schema(conn.connection.driver_connection)


def _migrate(engine: Engine, revision: str) -> None:
    from alembic import command

    cfg = _alembic_config(engine)
    try:
        with engine.begin() as conn:
            lock_for_start(conn)  # two instances starting together must not both migrate
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    except Exception as exc:
        raise DatabaseError(f"cannot migrate the database at {engine.url.render_as_string()}: "
                            f"{describe_error(exc)}") from exc


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    cfg = _alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def sqlite_schema_script() -> str:
    """What the migrations make of an empty SQLite database, as the SQL of ``SQLITE_SCHEMA``:
    every table and index in the order SQLite keeps them, and the revision's row."""
    import sqlite3
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "schema.db"
        engine = make_engine(f"sqlite:///{path}")
        try:
            _migrate(engine, "head")
        finally:
            engine.dispose()
        conn = sqlite3.connect(path)
        try:
            ddl = [sql for (sql,) in conn.execute(
                "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid")]
            (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    statements = [*ddl, f"INSERT INTO alembic_version (version_num) VALUES ('{revision}')"]
    header = ("-- The schema the migrations make of an empty SQLite database (storage/schema.py,\n"
              "-- SQLITE_SCHEMA). Generated: do not edit; after adding a migration run\n"
              "--     .venv/bin/python -m storage.db sqlite-schema\n")
    return header + ";\n\n".join(statements) + ";\n"


if __name__ == "__main__":
    import sys

    if sys.argv[1:] != ["sqlite-schema"]:
        raise SystemExit("usage: python -m storage.db sqlite-schema  (rewrites " f"{SQLITE_SCHEMA})")
    SQLITE_SCHEMA.write_text(sqlite_schema_script(), encoding="utf-8")
    print(f"wrote {SQLITE_SCHEMA}")
