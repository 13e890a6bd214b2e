"""``insert_columns`` (the writer's bulk insert, column by column) stores what SQLAlchemy's own
insert of the same rows as dicts stores, value for value."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert, null

from storage import db
from storage.models import Item, Sighting, Source, Story
from storage.item_records import EncodedJSON
from storage.sql import bulk_insert, insert_columns

T0 = datetime(2026, 12, 6, 8, 0, 0, 123456, tzinfo=timezone.utc)
PLUS5 = timezone(timedelta(hours=5))


def item_row(n: int, **kw: object) -> dict[str, object]:
    row: dict[str, object] = dict(
        id=n, source_id="s", item_key=f"k{n}", guid=None, url=f"https://x.example/{n}", title="Китай " * n,
        summary="", content=None, author=None, language="ru", published_at=T0 + timedelta(seconds=n),
        fetched_at=T0, content_hash="h", relevant=None, score=None, decision=None, rules_version=None,
        story_id=1, canonical_url=None, signature=None, updated_at=None, deleted_at=None)
    row.update(kw)
    return row


CASES = {
    "items-plain": (Item, [item_row(1), item_row(2)]),
    "items-every-type": (Item, [
        item_row(1, relevant=True, score=2.5, decision={"relevant": True, "matches": ["a"]}, signature=b"\x00\xff",
                 updated_at=datetime(2026, 1, 1, tzinfo=PLUS5), canonical_url="https://x.example/1"),
        item_row(2, relevant=False, score=0.0, decision=EncodedJSON('{"relevant":false}'), content="c",
                 published_at=datetime(2026, 3, 1, 23, 59, 59, tzinfo=PLUS5)),
        item_row(3, relevant=None, decision={"text": "Алматы \u2028"}),
    ]),
    "stories": (Story, [dict(id=n, title=f"t{n}", url=None, language=None, published_at=T0, first_seen_at=T0,
                             last_seen_at=T0 + timedelta(minutes=n), relevant=n % 2 == 0,
                             relevant_since=T0 if n % 2 == 0 else None, score=None if n == 1 else n / 3)
                        for n in range(1, 5)]),
    "sightings": (Sighting, [dict(item_id=1, source_id="s", item_key=f"k{n}", guid=f"g{n}", url=None, seen_at=T0)
                             for n in range(1, 4)]),
}


def _database(path: Path) -> Engine:
    engine = db.make_engine(f"sqlite:///{path}")
    db.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(insert(Source.__table__), [dict(
            id="s", name="s", url="https://x.example/rss", interval_seconds=60, enabled=True, in_config=True,
            dedup=True, fulltext="auto", next_poll_at=T0, consecutive_failures=0, created_at=T0, updated_at=T0)])
        conn.execute(insert(Story.__table__), [dict(id=1, title="t", published_at=T0, first_seen_at=T0,
                                                    last_seen_at=T0, relevant=False)])
        conn.execute(insert(Item.__table__), [item_row(1000)])
    return engine


def _rows(path: Path, table: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()


@pytest.mark.parametrize("way", ["columns", "dict-rows"])
@pytest.mark.parametrize("case", CASES, ids=str)
def test_the_sqlite_fast_path_stores_what_sqlalchemy_stores(tmp_path: Path, case: str, way: str) -> None:
    model, rows = CASES[case]
    if model is Story:
        rows = [dict(r, id=r["id"] + 1) for r in rows]  # story 1 is the fixture's
    if model is Sighting:
        rows = [dict(r, item_id=1000) for r in rows]
    table = model.__table__
    fast, reference = _database(tmp_path / "fast.db"), _database(tmp_path / "reference.db")
    with fast.begin() as conn:
        if way == "columns":
            names = list(rows[0])
            insert_columns(conn, table, names, [[r[n] for r in rows] for n in names],
                           ignore_conflicts=model is Sighting)
        else:
            bulk_insert(conn, table, rows, ignore_conflicts=model is Sighting)
    with reference.begin() as conn:
        # A None JSON value is SQL NULL on the fast path (SQLAlchemy's JSON type would write 'null';
        # both read back as None).
        conn.execute(insert(table), [{k: null() if v is None and k == "decision" else v for k, v in r.items()}
                                     for r in rows])
    fast.dispose()
    reference.dispose()
    assert _rows(tmp_path / "fast.db", table.name) == _rows(tmp_path / "reference.db", table.name)
