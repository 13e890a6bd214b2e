"""Generated databases for ``bench/bench_scale.py`` and ``tests/storage/test_scale.py``: N stored
items in a realistic shape, fast.

Shape: 400 sources in five languages; items fetched evenly over 180 days (ids in fetch order,
as the pipeline gives them), published up to 6 hours before they were fetched; about 12% are
relevant, with a stored decision naming countries and topics; 15% of the items join a story
started within the two days before (clusters of 2–6 items); one item in ten was also carried
by a second source (a second sighting); one in a thousand is a tombstone.

The items of the last 30 days (the dedup window is 14) carry real fingerprints of their own
text, so the story matcher indexes and verifies them as it would in service; older items carry
one of 500 real fingerprints (they are outside the window: the matcher never reads them, and
their size on disk is the real one).

Rows go in with one ``executemany`` per 20,000 rows on SQLite and ``COPY`` on PostgreSQL,
with the indexes of the migrations in place (as a database that grew through the pipeline has
them); PostgreSQL then gets ``VACUUM ANALYZE`` (what autovacuum does after a large insert),
SQLite nothing (the service never runs ``ANALYZE`` there).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Engine, text

from monitor.dedup import canonical_url, fingerprint_many
from storage.records import SourceSpec
from storage.sources import sync_sources

T0 = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)  # "now" of the generated database
SPAN = timedelta(days=180)
REAL_FINGERPRINTS = timedelta(days=30)
LANGUAGES = ("en", "ru", "zh", "kk", "uz")
SOURCES = tuple(f"src-{n:03d}" for n in range(400))
COUNTRIES = ("CN", "KZ", "UZ", "KG", "TJ", "TM")
TOPICS = ("university", "research", "joint_lab", "technology", "agriculture", "environment")
WORDS = ("the of and to in a on for with was said that by at from as it has have will is are year new city "
         "people week first president minister government officials meeting report market prices during "
         "after before last about more than also which their been this council plans local region national "
         "public service road water weather season China Kazakhstan Uzbekistan university laboratory research "
         "students cooperation agreement science technology Almaty Tashkent Bishkek Astana Urumqi institute "
         "centre joint programme grant scholarship engineers teachers railway energy solar wind "
         "agriculture irrigation glacier river summit forum delegation signed memorandum academy").split()


def words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choices(WORDS, k=n))


def pick_source(rng: random.Random) -> str:
    """A few outlets carry much: the largest about 15% of the items, most under 0.5%."""
    return SOURCES[int(rng.paretovariate(1.2) * 7) % len(SOURCES)]


def source_specs() -> list[SourceSpec]:
    return [SourceSpec(id=s, name=f"Outlet {s}", url=f"https://{s}.example/feed",
                       language=LANGUAGES[n % len(LANGUAGES)], interval_seconds=1800)
            for n, s in enumerate(SOURCES)]


def decision(rng: random.Random, relevant: bool) -> tuple[float, dict[str, Any]]:
    score = round(rng.uniform(2.0, 6.0) if relevant else rng.uniform(0.0, 1.9), 2)
    countries = ["CN", rng.choice(COUNTRIES[1:])] if relevant else rng.sample(COUNTRIES, rng.randrange(2))
    topics = rng.sample(TOPICS, 1 + rng.randrange(2)) if relevant else []
    return score, {"relevant": relevant, "score": score, "countries": countries, "topics": topics,
                   "rules_version": "bench", "matches": [], "rules": []}


class Generated:
    """The rows of a database of ``n`` items, made in chunks (a million never sit in memory)."""

    ITEM_COLUMNS = ("id", "source_id", "item_key", "guid", "url", "title", "summary", "language",
                    "published_at", "fetched_at", "content_hash", "relevant", "score", "decision",
                    "rules_version", "story_id", "canonical_url", "signature", "deleted_at")
    STORY_COLUMNS = ("id", "title", "url", "language", "published_at", "first_seen_at", "last_seen_at",
                     "relevant", "relevant_since", "score")
    SIGHTING_COLUMNS = ("id", "item_id", "source_id", "item_key", "guid", "url", "seen_at")

    def __init__(self, n: int, seed: int = 16) -> None:
        self.n = n
        self.rng = random.Random(seed)
        pool = [(f"{words(self.rng, 9)} {k}", words(self.rng, 60)) for k in range(500)]
        self.summaries = [body[:240] for _, body in pool]
        self.pool_signatures = [s.to_bytes() for s in fingerprint_many(pool)]
        self.stories: dict[int, list[Any]] = {}  # story id -> row (a list, updated as items join)
        self.recent: list[int] = []  # stories started lately (candidates for a cluster)
        self.next_story = 1
        self.next_sighting = 1
        self.window_items: list[tuple[int, str, str, str]] = []  # (id, source, title, body), last 30 days

    def items(self, chunk: int = 20_000) -> Iterator[tuple[list[tuple], list[tuple]]]:
        """``(item rows, sighting rows)`` per chunk; stories are collected on the way."""
        rng, n = self.rng, self.n
        step = SPAN / n
        for start in range(1, n + 1, chunk):
            ids = range(start, min(n, start + chunk - 1) + 1)
            fetched = [T0 - SPAN + step * i for i in ids]
            real = [f >= T0 - REAL_FINGERPRINTS for f in fetched]
            texts = {i: (f"{words(rng, 8)} {i}", words(rng, 60)) for i, r in zip(ids, real) if r}
            sigs = dict(zip(texts, (s.to_bytes() for s in fingerprint_many(list(texts.values())))))
            items, sightings = [], []
            for i, at in zip(ids, fetched):
                src = pick_source(rng)
                lang = LANGUAGES[SOURCES.index(src) % len(LANGUAGES)]
                relevant = rng.random() < 0.12
                score, dec = decision(rng, relevant)
                published = at - timedelta(seconds=rng.randrange(6 * 3600))
                if i in texts:
                    title, body = texts[i]
                    summary, sig = body, sigs[i]
                    self.window_items.append((i, src, title, body))
                else:
                    title, summary, sig = f"{words(rng, 8)} {i}", self.summaries[i % 500], self.pool_signatures[i % 500]
                url = f"https://{src}.example/news/{published:%Y/%m/%d}/{i}"
                story = self._story(rng, i, title, url, lang, published, at, relevant, score)
                deleted = at + timedelta(days=1) if rng.random() < 0.001 else None
                items.append((i, src, f"k{i}", url, url, title, summary, lang, published, at, f"h{i}",
                              relevant, score, json.dumps(dec), "bench", story, canonical_url(url), sig, deleted))
                sightings.append((self.next_sighting, i, src, f"k{i}", url, url, at))
                self.next_sighting += 1
                if rng.random() < 0.1:
                    other = rng.choice(SOURCES)
                    if other != src:
                        sightings.append((self.next_sighting, i, other, f"x{i}", url + "?utm_source=rss", None, at))
                        self.next_sighting += 1
            yield items, sightings

    def _story(self, rng: random.Random, item_id: int, title: str, url: str, lang: str, published: datetime,
               at: datetime, relevant: bool, score: float) -> int:
        if self.recent and rng.random() < 0.15:
            sid = rng.choice(self.recent[-30:])
            row = self.stories[sid]
            if at - row[5] <= timedelta(days=2):
                row[6] = at  # last seen
                if relevant and not row[7]:
                    row[7], row[8] = True, row[5]
                row[9] = max(row[9], score)
                return sid
        sid = self.next_story
        self.next_story += 1
        self.stories[sid] = [sid, title, url, lang, published, at, at, relevant, at if relevant else None, score]
        self.recent.append(sid)
        if len(self.recent) > 1000:
            del self.recent[:500]
        return sid


def fill(engine: Engine, n: int) -> Generated:
    """Write a generated database of ``n`` items into ``engine`` (migrated, empty)."""
    sync_sources(engine, source_specs(), T0 - SPAN)
    gen = Generated(n)
    with engine.begin() as conn:
        # Items refer to stories that are complete only once every item is made: the foreign
        # key is checked at commit (SQLite) or re-added after the load (PostgreSQL).
        fk = _story_fk(conn)
        for items, sightings in gen.items():
            _write(conn, "items", gen.ITEM_COLUMNS, items)
            _write(conn, "sightings", gen.SIGHTING_COLUMNS, sightings)
        _write(conn, "stories", gen.STORY_COLUMNS, [tuple(r) for r in gen.stories.values()])
        if conn.dialect.name == "postgresql":
            conn.execute(text(f"ALTER TABLE items ADD CONSTRAINT {fk} FOREIGN KEY (story_id) REFERENCES stories (id)"))
            for table in ("items", "stories", "sightings"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                  f"(SELECT max(id) FROM {table}))"))
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    return gen


def _story_fk(conn: Any) -> str:
    if conn.dialect.name != "postgresql":
        conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        return ""
    name = conn.scalar(text("SELECT conname FROM pg_constraint WHERE conrelid = 'items'::regclass "
                            "AND contype = 'f' AND confrelid = 'stories'::regclass"))
    conn.execute(text(f"ALTER TABLE items DROP CONSTRAINT {name}"))
    return str(name)


def _write(conn: Any, table: str, columns: Sequence[str], rows: Iterable[tuple]) -> None:
    rows = list(rows)
    if conn.dialect.name == "postgresql":
        raw = conn.connection.driver_connection
        with raw.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([v.replace(tzinfo=None) if isinstance(v, datetime) else v for v in row])
        return
    converted = [tuple(_sqlite(v) for v in row) for row in rows]
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    for start in range(0, len(converted), 20_000):
        conn.exec_driver_sql(sql, converted[start:start + 20_000])


def _sqlite(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).replace(tzinfo=None).isoformat(" ", "microseconds")
    if isinstance(value, bool):
        return int(value)
    return value
