"""SQL helpers the repositories share: leasing rows, bulk inserts, id allocation, chunking."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Engine,
    Table,
    func,
    select,
    text,
)
from sqlalchemy import insert as sqlalchemy_insert

from storage.db import json_serializer
from storage.dbapi import sqlite_datetime as _sqlite_datetime
from storage.tables import UTCDateTime

if TYPE_CHECKING:  # the ORM is not loaded by a poll that stores no items (storage/tables.py)
    from storage.models import Item, Story

_T = TypeVar("_T")


def insert_ignoring(engine: Engine):  # type: ignore[no-untyped-def]
    """The dialect's ``insert`` (the one with ``on_conflict_do_nothing``). Imported for the
    dialect in use only: SQLAlchemy's PostgreSQL package loads every PostgreSQL driver's
    module, a twentieth of a second on each start of a SQLite-backed ``monitor``."""
    if engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


def allocate_ids(conn: Connection, model: type[Item] | type[Story], n: int) -> Sequence[int]:
    """Ids for ``n`` new rows, known before the insert, so the rows go in with one plain
    ``executemany`` instead of a statement per row to learn each id (RETURNING).

    SQLite: the writer holds the database lock (``BEGIN IMMEDIATE``), so the ids after ``MAX(id)``
    are free. PostgreSQL: ``n`` values of the table's own sequence.
    """
    table = model.__table__
    if conn.dialect.name == "postgresql":
        return list(conn.scalars(
            text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"),
            {"table": table.name, "n": n}))
    start = (conn.scalar(select(func.max(table.c.id))) or 0) + 1
    return range(start, start + n)


def bulk_insert(conn: Connection, table: Table, rows: list[dict[str, Any]], *,
                ignore_conflicts: bool = False) -> None:
    """Insert rows (all with the same keys) with one ``executemany`` (see :func:`insert_columns`)."""
    if rows:
        names = list(rows[0])
        insert_columns(conn, table, names, [[row[name] for row in rows] for name in names],
                       ignore_conflicts=ignore_conflicts)


def insert_columns(conn: Connection, table: Table, names: Sequence[str], columns: Sequence[Sequence[Any]], *,
                   ignore_conflicts: bool = False) -> None:
    """Insert rows given column by column (``columns[i]`` holds every row's value of
    ``names[i]``) with one ``executemany``.

    The writer has its items' values as tuples already (``NewItem``'s fields in order), so its
    columns are one transposition away, where a dict per row cost 2.5 µs to build and as much
    to read back (25,000 items, stories and sightings in a cold poll).

    On SQLite the values are converted here, column by column, and handed to the driver as
    tuples: SQLAlchemy's per-row parameter processing was the larger part of a cold poll's
    write time (0.6 s of 1.3 s for 25,000 items, stories and sightings). The conversions are
    the ones the column types do (``UTCDateTime`` as naive UTC text, JSON through
    :func:`storage.db.json_serializer`, booleans as 0/1); ``tests/storage`` reads every column
    back through SQLAlchemy. Other databases take SQLAlchemy's own path, with a dict per row.
    """
    if not columns or not len(columns[0]):
        return
    if conn.dialect.name != "sqlite":
        insert_stmt = (insert_ignoring(conn.engine)(table).on_conflict_do_nothing() if ignore_conflicts
                       else sqlalchemy_insert(table))
        conn.execute(insert_stmt, [dict(zip(names, row)) for row in zip(*columns)])
        return
    converted = []  # converted column by column: one ``map`` per column, not a call per value
    for name, values in zip(names, columns):
        convert = _sqlite_converter(table.c[name].type)
        if convert is _sqlite_datetime:  # times repeat (a poll's time is every item's): once each
            text = {value: convert(value) for value in set(values)}
            converted.append(list(map(text.__getitem__, values)))
        else:
            converted.append(values if convert is None else list(map(convert, values)))
    sql = (f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
           + (" ON CONFLICT DO NOTHING" if ignore_conflicts else ""))
    conn.exec_driver_sql(sql, list(zip(*converted)))


def _sqlite_converter(column_type: Any) -> Callable[[Any], Any] | None:
    if isinstance(column_type, UTCDateTime):
        return _sqlite_datetime
    if isinstance(column_type, JSON):
        return _sqlite_json
    if isinstance(column_type, Boolean):
        return _sqlite_bool
    return None


def _sqlite_json(value: Any) -> str | None:
    return None if value is None else json_serializer(value)


def _sqlite_bool(value: bool | None) -> int | None:
    return None if value is None else int(bool(value))


def chunks(values: Sequence[_T], size: int = 500) -> Iterable[Sequence[_T]]:
    for i in range(0, len(values), size):
        yield values[i:i + size]
