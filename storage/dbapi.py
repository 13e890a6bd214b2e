"""Plain SQL for the polling state, on a SQLAlchemy connection or on a bare ``sqlite3`` one.

A ``monitor poll`` where every feed answers 304 reads and writes nothing but the ``sources``
and ``fetch_log`` rows, a few statements in all; importing SQLAlchemy to send them cost more
than the rest of such a poll's database work together (about 0.1 s of CPU). So
:mod:`storage.sources` writes those statements as SQL text with ``:name`` parameters, and runs
them through a :class:`Statements` — one transaction — which comes from either:

* a SQLAlchemy :class:`~sqlalchemy.Engine` or ``Connection`` (the service, the other commands,
  and the item writer's session): the statements go through ``exec_driver_sql`` on its
  connection, SQLite or PostgreSQL alike;
* a :class:`Database` (``monitor poll``): the URL, with the engine made on first use. Until
  then a SQLite file is reached through one ``sqlite3`` connection set up as
  :func:`storage.db.make_engine` sets up its own (WAL, ``synchronous=NORMAL``, foreign keys,
  busy timeout, ``BEGIN IMMEDIATE``); any other database, or a SQLite URL with options, makes
  the engine at once and takes the first way.

Values are converted as the column types would: an aware datetime is stored as naive UTC
(on SQLite as ``YYYY-MM-DD HH:MM:SS.ffffff`` text, as ``UTCDateTime`` writes it) and read
back aware; booleans read back as ``bool``.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storage.schema import HEAD, SQLITE_PRAGMAS, START_LOCK, DatabaseError, create_sqlite_schema, describe_error

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

Params = Mapping[str, Any]


def sqlite_datetime(value: datetime | None) -> str | None:
    """As ``UTCDateTime`` stores it on SQLite: naive UTC, ``YYYY-MM-DD HH:MM:SS.ffffff``."""
    if value is None:
        return None
    if value.tzinfo is timezone.utc:  # nearly always: drop the "+00:00" isoformat writes
        return value.isoformat(" ", "microseconds")[:-6]
    if value.tzinfo is None:
        raise ValueError("naive datetime given to the database; use an aware UTC datetime")
    return value.astimezone(timezone.utc).replace(tzinfo=None).isoformat(" ", "microseconds")


def _naive_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("naive datetime given to the database; use an aware UTC datetime")
    return value.astimezone(timezone.utc).replace(tzinfo=None)


_NAMED = re.compile(r"(?<![:\w]):(\w+)")


class Statements:
    """One transaction: ``rows`` and ``run`` take SQL with ``:name`` parameters (no ``::``
    casts, no literal ``%``), values converted for the database as the column types would."""

    def __init__(self, dialect: str, execute: Any, executemany: Any) -> None:
        self.dialect = dialect
        self._execute, self._executemany = execute, executemany
        self._pyformat = dialect == "postgresql"

    def _sql(self, sql: str) -> str:
        return _NAMED.sub(r"%(\1)s", sql) if self._pyformat else sql

    def _bind(self, params: Params) -> dict[str, Any]:
        out = dict(params)
        for key, value in out.items():
            if isinstance(value, datetime):
                out[key] = sqlite_datetime(value) if not self._pyformat else _naive_utc(value)
        return out

    def rows(self, sql: str, params: Params | None = None) -> list[tuple[Any, ...]]:
        return self._execute(self._sql(sql), self._bind(params or {}))

    def run(self, sql: str, params: Params | Sequence[Params] | None = None) -> None:
        if isinstance(params, Sequence):
            if params:
                self._executemany(self._sql(sql), [self._bind(p) for p in params])
        else:
            self._execute(self._sql(sql), self._bind(params or {}))

    @staticmethod
    def read_time(value: Any) -> datetime | None:
        """A datetime column's value as an aware UTC datetime."""
        if value is None:
            return None
        if isinstance(value, str):  # SQLite's text; parsed with its zone, ten times faster than .replace()
            return datetime.fromisoformat(value + "+00:00")
        return value.replace(tzinfo=timezone.utc)


def in_list(prefix: str, values: Sequence[Any]) -> tuple[str, dict[str, Any]]:
    """``(:p0, :p1, …)`` and its parameters, for ``IN``."""
    names = {f"{prefix}{i}": v for i, v in enumerate(values)}
    return "(" + ", ".join(f":{n}" for n in names) + ")", names


LEASE_FREE = "(lease_until IS NULL OR lease_until < :now)"


def lease(tx: Statements, table: str, key: str, where: str, params: Params, order_by: str, limit: int, *,
          owner: str, now: datetime, lease_seconds: float, columns: str = "",
          choose: Callable[[Sequence[tuple[Any, ...]]], list[Any]] | None = None, scan: int | None = None
          ) -> list[Any]:
    """Lease up to ``limit`` rows of ``table`` (which has ``lease_owner`` and ``lease_until``)
    that meet ``where`` and whose lease is free; the ``key`` values of the rows taken.

    Candidates are selected with ``FOR UPDATE SKIP LOCKED`` on PostgreSQL (instances do not
    queue behind each other), then taken with one compare-and-set ``UPDATE … WHERE lease is
    free RETURNING key``: only rows whose update succeeded are this owner's, and a lease
    expires on its own if the owner dies. With ``choose``, up to ``scan`` candidates are
    selected with ``columns`` after the key, and only the keys ``choose`` returns from those
    rows are leased, in their order.
    """
    rows = tx.rows(f"SELECT {key}{', ' + columns if columns else ''} FROM {table} WHERE {where} AND {LEASE_FREE} "
                   f"ORDER BY {order_by} LIMIT :scan_"
                   + (" FOR UPDATE SKIP LOCKED" if tx.dialect == "postgresql" else ""),
                   {**params, "now": now, "scan_": scan or limit})
    candidates = [row[0] for row in rows] if choose is None else choose(rows)[:limit]
    if not candidates:
        return []
    keys, named = in_list("lease_", candidates)
    return [row[0] for row in tx.rows(
        f"UPDATE {table} SET lease_owner = :owner_, lease_until = :until_ WHERE {key} IN {keys} AND {LEASE_FREE} "
        f"RETURNING {key}", {**named, "owner_": owner, "until_": now + timedelta(seconds=lease_seconds), "now": now})]


def _on_sqlalchemy(conn: Connection) -> Statements:
    def execute(sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        result = conn.exec_driver_sql(sql, params)
        return [tuple(r) for r in result] if result.returns_rows else []

    def executemany(sql: str, params: list[dict[str, Any]]) -> None:
        conn.exec_driver_sql(sql, params)

    return Statements(conn.dialect.name, execute, executemany)


@contextmanager
def transaction(bind: Engine | Connection | Database | Statements) -> Iterator[Statements]:
    """One transaction on ``bind``: a :class:`Database`, an Engine (committed at the end, rolled
    back on an error), or a Connection or :class:`Statements` (the caller's transaction: nothing
    committed here)."""
    if isinstance(bind, Statements):
        yield bind
        return
    if isinstance(bind, Database):
        with bind.transaction() as tx:
            yield tx
        return
    if hasattr(bind, "exec_driver_sql"):  # a Connection
        yield _on_sqlalchemy(bind)  # type: ignore[arg-type]
        return
    with bind.begin() as conn:  # type: ignore[union-attr]
        yield _on_sqlalchemy(conn)


def engine_of(bind: Engine | Database) -> Engine:
    """The SQLAlchemy engine behind ``bind`` (made now if it was not yet)."""
    return bind.engine if isinstance(bind, Database) else bind


class Database:
    """A database URL, reached without SQLAlchemy while only :mod:`storage.sources`'s
    statements are sent (SQLite files), and through its engine from the first use of
    :attr:`engine` on (or at once, for other databases). Close it with :meth:`close`."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._engine: Engine | None = None
        self._sqlite: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._path = _plain_sqlite_file(url)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (:func:`storage.db.make_engine`), made on first use."""
        with self._lock:
            if self._engine is None:
                from storage.db import make_engine

                self._engine = make_engine(self.url)
                if self._sqlite is not None:  # from now on every statement goes through the engine
                    self._sqlite.close()
                    self._sqlite = None
            return self._engine

    def open(self) -> None:
        """Connect, and check that the schema is this code's (migrating it when it is not,
        through the engine and Alembic). Raises :class:`DatabaseError` for a schema newer than
        this code, and the driver's own errors."""
        new = self._path is not None and not self._path.exists() and self._path.parent.is_dir()
        if self._path is not None and (new or self._path.is_file()):
            conn = self._connect_sqlite(self._path)
            try:
                current = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            except sqlite3.OperationalError:  # no such table: a new database, to be migrated
                current = None
            if (current is not None and current[0] == HEAD) or (current is None and create_sqlite_schema(conn)):
                self._sqlite = conn
                return
            conn.close()
        from storage import db

        db.upgrade(self.engine)

    @staticmethod
    def _connect_sqlite(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        for pragma in SQLITE_PRAGMAS:
            conn.execute(f"PRAGMA {pragma}")
        return conn

    @contextmanager
    def transaction(self) -> Iterator[Statements]:
        with self._lock:
            conn = self._sqlite
            if conn is not None:
                cur = conn.cursor()

                def execute(sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
                    return cur.execute(sql, params).fetchall()

                cur.execute("BEGIN IMMEDIATE")  # as the engine's connections do (storage/db.py)
                try:
                    yield Statements("sqlite", execute, cur.executemany)
                except BaseException:
                    if conn.in_transaction:
                        conn.rollback()
                    raise
                if conn.in_transaction:
                    conn.commit()
                return
        with transaction(self.engine) as tx:  # another database, or the engine is made already
            yield tx

    def close(self) -> None:
        with self._lock:
            if self._sqlite is not None:
                self._sqlite.close()
                self._sqlite = None
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None


def _plain_sqlite_file(url: str) -> Path | None:
    """The file of a ``sqlite:///path`` URL with nothing else in it (no options, no escapes);
    None for anything else, which then goes through the engine."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    path = url[len(prefix):]
    if not path or path == ":memory:" or any(c in path for c in "?%#"):
        return None
    return Path(path)


__all__ = ["HEAD", "LEASE_FREE", "START_LOCK", "Database", "DatabaseError", "Statements", "describe_error",
           "engine_of", "in_list", "lease", "sqlite_datetime", "transaction"]
