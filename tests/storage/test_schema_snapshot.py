"""A new SQLite database gets the head revision's schema from storage/migrations/sqlite_head.sql
instead of Alembic's migrations: the file must be exactly what the migrations make, an empty
file takes it, a database holding anything is left to Alembic, and two processes creating the
same file at once end with one schema."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from storage import db
from storage.dbapi import Database
from storage.schema import HEAD, SQLITE_SCHEMA, create_sqlite_schema

REPO = Path(__file__).resolve().parents[2]


def schema_of(path: Path) -> list[tuple[str, str, str, str | None]]:
    """Every table and index (SQLite's own automatic indexes included), with its SQL, and the revision."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        rows.append(("revision", *conn.execute("SELECT version_num FROM alembic_version").fetchone(), "", None))
        rows.append(("page_size", str(conn.execute("PRAGMA page_size").fetchone()[0]), "", None))
        rows.append(("journal_mode", conn.execute("PRAGMA journal_mode").fetchone()[0], "", None))
    finally:
        conn.close()
    return rows


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str, str, str | None]]:
    """The schema Alembic's migrations make of an empty file."""
    path = tmp_path_factory.mktemp("alembic") / "migrated.db"
    engine = db.make_engine(f"sqlite:///{path}")
    try:
        db._migrate(engine, "head")
    finally:
        engine.dispose()
    return schema_of(path)


def test_the_bundled_schema_is_what_the_migrations_make() -> None:
    assert SQLITE_SCHEMA.read_text(encoding="utf-8") == db.sqlite_schema_script(), (
        f"{SQLITE_SCHEMA.relative_to(REPO)} is not what the migrations make (a migration was added or "
        "changed): run `.venv/bin/python -m storage.db sqlite-schema` and commit the file")


@pytest.mark.parametrize("how", ["new file", "empty file", "engine upgrade", "engine upgrade, empty file"])
def test_a_new_database_has_the_migrations_schema(tmp_path: Path, migrated: list, how: str) -> None:
    path = tmp_path / "new.db"
    if "empty file" in how:
        path.touch()
    if how.startswith("engine"):
        engine = db.make_engine(f"sqlite:///{path}")
        try:
            db.upgrade(engine)
        finally:
            engine.dispose()
    else:
        database = Database(f"sqlite:///{path}")
        database.open()
        database.close()
    assert schema_of(path) == migrated
    assert ("revision", HEAD, "", None) in migrated


def test_a_database_holding_a_table_is_left_to_alembic(tmp_path: Path, migrated: list) -> None:
    """A file with a table of its own is not "new": the snapshot is not laid over it (Alembic
    migrates it, and the table stays)."""
    path = tmp_path / "theirs.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('kept')")
    conn.commit()
    conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    assert create_sqlite_schema(conn) is False
    conn.close()
    database = Database(f"sqlite:///{path}")
    database.open()
    database.close()
    schema = schema_of(path)
    assert [r for r in schema if r[1] == "notes"]
    assert {r for r in migrated if r[0] != "page_size"} <= set(schema)  # a made file keeps its pages
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT body FROM notes").fetchall() == [("kept",)]
    conn.close()


def test_an_older_revision_is_still_migrated_by_alembic(tmp_path: Path, migrated: list) -> None:
    path = tmp_path / "old.db"
    engine = db.make_engine(f"sqlite:///{path}")
    try:
        db._migrate(engine, "0005_enrichment")
    finally:
        engine.dispose()
    database = Database(f"sqlite:///{path}")
    database.open()
    database.close()
    assert schema_of(path) == migrated


def test_two_processes_creating_one_file_at_once_end_with_one_schema(tmp_path: Path, migrated: list) -> None:
    path = tmp_path / "race.db"
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def open_it() -> None:
        try:
            start.wait()
            database = Database(f"sqlite:///{path}")
            database.open()
            database.close()
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert schema_of(path) == migrated


def test_a_new_database_does_not_load_alembic(tmp_path: Path) -> None:
    """The point of the snapshot: a cold `monitor poll` on a new file imports neither Alembic
    nor Mako (and opening it needs no SQLAlchemy)."""
    code = ("import sys; from storage.dbapi import Database; d = Database(sys.argv[1]); d.open(); d.close(); "
            "print(sorted(m for m in ('alembic', 'mako', 'sqlalchemy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code, f"sqlite:///{tmp_path / 'cold.db'}"], cwd=REPO,
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
