"""Copying every row of one database into another: how an installation that outgrew SQLite
moves to PostgreSQL (``monitor db copy --to postgresql+psycopg://…``).

Every table of the schema is copied (the models' metadata, in foreign-key order, so a table
added later is copied without a change here): sources with their polling state, stories,
items, sightings, the fetch log, subscribers, webhooks, the outbox, fan-out marks and digest
entries. Ids are kept, so every reference stays right, and PostgreSQL's sequences are set past
the copied ids. The source is read in one transaction (on SQLite that also keeps writers out
while it runs: stop the service first anyway), and the target is written in one, so a failed
copy leaves the target as it was. Both databases must be at the same schema revision (the
caller migrates them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, Integer, Table, delete, func, insert, inspect, select, text

from storage.models import Base

BATCH = 2_000


class TargetNotEmpty(RuntimeError):
    """The target holds rows; ``counts`` names the tables that do."""

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts
        held = ", ".join(f"{name}: {n}" for name, n in counts.items())
        super().__init__(f"the target database is not empty ({held})")


@dataclass(frozen=True)
class CopiedTable:
    name: str
    source_rows: int
    target_rows: int

    @property
    def matches(self) -> bool:
        return self.source_rows == self.target_rows


def tables() -> list[Table]:
    """Every table of the schema, parents before children."""
    import storage.enrich_models  # noqa: F401 - registers the enrichment tables
    import storage.notify_models  # noqa: F401 - registers the notification tables

    return list(Base.metadata.sorted_tables)


def row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0) for t in tables()}


def copy_database(source: Engine, target: Engine, *, replace: bool = False,
                  progress: Callable[[str, int], None] | None = None) -> list[CopiedTable]:
    """Copy every row of ``source`` into ``target``; the row counts of both, per table.

    Raises :class:`TargetNotEmpty` when the target holds rows, unless ``replace`` (then they
    are deleted first, in the same transaction as the copy).
    """
    with source.connect() as conn:
        unknown = set(inspect(conn).get_table_names()) - {t.name for t in tables()} - {"alembic_version"}
    if unknown:  # a table whose model this code does not import: it would be left behind
        raise RuntimeError(f"the source has tables this copy does not know ({', '.join(sorted(unknown))}); "
                           "register their models in storage.copy.tables()")
    held = {name: n for name, n in row_counts(target).items() if n}
    if held and not replace:
        raise TargetNotEmpty(held)
    ordered = tables()
    with source.connect() as src, target.begin() as dst:
        for table in reversed(ordered):
            dst.execute(delete(table))
        for table in ordered:
            result = src.execution_options(yield_per=BATCH).execute(
                select(table).order_by(*table.primary_key.columns))
            copied = 0
            for rows in result.partitions(BATCH):
                dst.execute(insert(table), [row._asdict() for row in rows])
                copied += len(rows)
                if progress is not None:
                    progress(table.name, copied)
        if dst.dialect.name == "postgresql":
            for table in ordered:
                _reset_sequence(dst, table)
    before, after = row_counts(source), row_counts(target)
    return [CopiedTable(t.name, before[t.name], after[t.name]) for t in ordered]


def _reset_sequence(conn, table: Table) -> None:  # type: ignore[no-untyped-def]
    """The next id of ``table``'s sequence (if it has one) after the largest copied id."""
    key = list(table.primary_key.columns)
    if len(key) != 1 or not isinstance(key[0].type, Integer):
        return
    conn.execute(text(
        f"SELECT setval(seq, COALESCE((SELECT MAX({key[0].name}) FROM {table.name}), 0) + 1, false) "
        f"FROM (SELECT pg_get_serial_sequence(:table, :column) AS seq) s WHERE seq IS NOT NULL"),
        {"table": table.name, "column": key[0].name})
