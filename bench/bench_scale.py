"""Benchmark: what a new item and the lists cost with 1,000 to 1,000,000 items stored.

    .venv/bin/python bench/bench_scale.py [--sizes 1000,10000,100000,1000000] [--db sqlite|postgresql|both]
                                          [--pg-url URL] [--rounds 5] [--plans] [--keep DIR]

For each database and size, a generated database (``tests/support/scaledata.py``: 400 sources, items
spread over 180 days, ~12% relevant, story clusters, second sightings, tombstones) is made —
SQLite in a temporary folder, PostgreSQL in a schema ``bench_scale_<size>`` of ``--pg-url``'s
database, dropped afterwards (``--keep DIR`` keeps both and reuses them on the next run). Then:

* **store**: ``--rounds`` writer batches of 16 polls × 50 entries go through
  ``storage.polls.record_polls`` with the pipeline's :class:`StoryMatcher`, exactly as the
  writer calls it: 80% fresh items, 10% reprints of a stored story of the last 14 days (a few
  words changed: they join it), 10% another outlet's link to a stored item (a sighting). The
  figure is the median batch's time divided by its 800 entries; **story lookup** is the part of
  it spent in the matcher's ``assign`` (band index, stored fingerprints read and verified);
  **matcher start** is the first batch after a restart (the index loaded from the database:
  it grows with the items of the last 14 days, not with all stored).
* **lists**: ``monitor items list`` and ``monitor stories list`` (their storage calls, with the
  CLI's default limit of 50 and its filters) and the web's story list (``find_stories``, 30 a
  page as ``/`` shows them: the first page, a page in the middle of the relevant stories by
  cursor, and each filter the web offers), median of ``--rounds`` after one warm-up.

Rounds alternate between the sizes (all databases stay open), so a slow minute on the shared
machine hits every size alike.

Prints a table (milliseconds, µs for per-item figures) and the ratio of the largest size to
the smallest per measure; ``--plans`` also prints EXPLAIN QUERY PLAN (SQLite) or EXPLAIN
(PostgreSQL) of every statement each measure runs, at the largest size.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import Engine, create_engine, event, func, select, text  # noqa: E402

from tests.support.scaledata import T0, fill, pick_source, words  # noqa: E402
from monitor.dedup import canonical_url, fingerprint_many  # noqa: E402
from monitor.dedup.similarity import index_keys  # noqa: E402
from monitor.dedup.stories import StoryMatcher  # noqa: E402
from storage import db  # noqa: E402
from storage.browse import StoryFilter, find_stories  # noqa: E402
from storage.items import list_items  # noqa: E402
from storage.models import Item, Story  # noqa: E402
from storage.polls import record_polls  # noqa: E402
from storage.item_records import NewItem
from storage.records import PollRecord  # noqa: E402
from storage.stories import list_stories  # noqa: E402

PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
POLLS, PER_POLL = 16, 50  # a writer batch: 16 polls of 50 entries


class TimedMatcher(StoryMatcher):
    """The pipeline's matcher, timing its ``assign`` (the story lookup)."""

    spent = 0.0

    def assign(self, items, lookup):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        try:
            return super().assign(items, lookup)
        finally:
            self.spent += time.perf_counter() - t


class Capture:
    """The statements an engine runs while ``on`` (for the plans)."""

    def __init__(self, engine: Engine) -> None:
        self.on = False
        self.statements: list[tuple[str, Any]] = []
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        if self.on and not executemany and statement.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE")):
            self.statements.append((statement, parameters))


class Setup:
    def __init__(self, kind: str, size: int, args: argparse.Namespace, tmp: str) -> None:
        self.kind, self.size = kind, size
        self.schema = f"bench_scale_{size}"
        if kind == "sqlite":
            folder = Path(args.keep or tmp)
            folder.mkdir(parents=True, exist_ok=True)
            url = f"sqlite:///{folder / f'scale-{size}.db'}"
        else:
            admin = create_engine(args.pg_url)
            with admin.begin() as conn:
                if not args.keep:
                    conn.execute(text(f"DROP SCHEMA IF EXISTS {self.schema} CASCADE"))
                conn.execute(text(f"CREATE SCHEMA IF NOT EXISTS {self.schema}"))
            admin.dispose()
            sep = "&" if "?" in args.pg_url else "?"
            url = f"{args.pg_url}{sep}options=-csearch_path%3D{self.schema}"
        self.engine = db.make_engine(url)
        db.upgrade(self.engine)
        self.capture = Capture(self.engine)
        with self.engine.connect() as conn:
            have = conn.scalar(select(func.count()).select_from(Item))
        t = time.perf_counter()
        if have == 0:
            fill(self.engine, size)
        elif have < size:
            raise SystemExit(f"{url} holds {have} items, fewer than {size}: delete it or run without --keep")
        self.fill_s = time.perf_counter() - t
        self.rng = random.Random(size)
        self.run = uuid.uuid4().hex[:8]  # new items' keys and links differ from an earlier run's (--keep)
        self.round_no = 0
        self.results: dict[str, float] = {}
        self.plans: dict[str, list[tuple[str, Any]]] = {}
        self.samples: dict[str, list[float]] = {}
        self.lists: list[tuple[str, Callable[[], Any]]] = []
        self.matcher = TimedMatcher()

    def drop(self, args: argparse.Namespace) -> None:
        self.engine.dispose()
        if self.kind == "postgresql" and not args.keep:
            admin = create_engine(args.pg_url)
            with admin.begin() as conn:
                conn.execute(text(f"DROP SCHEMA {self.schema} CASCADE"))
            admin.dispose()

    # --- the store ---------------------------------------------------------------------------

    def batch(self) -> list[PollRecord]:
        """16 polls of 50 entries: 80% fresh, 10% reprints of recent stories, 10% another
        outlet's link to a stored item."""
        rng, r = self.rng, self.round_no
        self.round_no += 1
        started = T0 + timedelta(minutes=r + 1)
        with self.engine.connect() as conn:
            lo = conn.scalar(select(func.min(Item.id)).where(Item.fetched_at >= T0 - timedelta(days=10)))
            hi = conn.scalar(select(func.max(Item.id)))
            picks = [rng.randint(lo, hi) for _ in range(POLLS * PER_POLL // 5)]
            stored = {row.id: row for row in conn.execute(
                select(Item.id, Item.title, Item.summary, Item.url, Item.source_id).where(Item.id.in_(picks)))}
        entries: list[tuple[str, str, str | None]] = []  # (title, text, url of a stored item)
        for n in range(POLLS * PER_POLL):
            old = stored.get(picks[n // 5]) if n % 10 in (3, 7) else None
            if old is not None and n % 10 == 3:  # a reprint: a few words changed, its own link
                body = old.summary.split()
                for _ in range(3):
                    body[rng.randrange(len(body))] = rng.choice(body)
                entries.append((old.title, " ".join(body), None))
            elif old is not None:  # the same link from another outlet
                entries.append((old.title, old.summary, old.url + "?utm_source=rss"))
            else:
                entries.append((f"{words(rng, 8)} fresh {self.run}.{r}.{n}", words(rng, 60), None))
        sigs = fingerprint_many([(t, b) for t, b, _ in entries])
        records = []
        for p in range(POLLS):
            src = pick_source(rng)
            items = []
            for n in range(p * PER_POLL, (p + 1) * PER_POLL):
                title, body, url = entries[n]
                url = url or f"https://{src}.example/new/{self.run}/{r}/{n}"
                relevant = rng.random() < 0.12
                items.append(NewItem(
                    item_key=f"n{self.run}.{r}.{n}", title=title, summary=body, published_at=started,
                    fetched_at=started, content_hash=f"n{self.run}.{r}.{n}", url=url, guid=url, language="en",
                    relevant=relevant, score=3.0 if relevant else 0.5, rules_version="bench",
                    decision={"relevant": relevant, "countries": ["CN", "KZ"] if relevant else [],
                              "topics": ["research"] if relevant else []},
                    canonical_url=canonical_url(url), signature=sigs[n].to_bytes(),
                    index_keys=index_keys(sigs[n]).tobytes()))
            records.append(PollRecord(source_id=src, started_at=started, duration_ms=100, status="ok",
                                      next_poll_at=started + timedelta(minutes=30), consecutive_failures=0,
                                      items=tuple(items)))
        return records

    def start_matcher(self) -> None:
        """The first batch after a restart: the matcher loads its index from the database."""
        batch = self.batch()
        t = time.perf_counter()
        record_polls(self.engine, batch, assigner=self.matcher)
        self.results["matcher start (first batch), ms"] = (time.perf_counter() - t) * 1000

    def store_round(self) -> None:
        batch = self.batch()
        self.matcher.spent = 0.0
        self.capture.on = "store" not in self.plans
        t = time.perf_counter()
        record_polls(self.engine, batch, assigner=self.matcher)
        spent = time.perf_counter() - t
        self.capture.on = False
        if "store" not in self.plans:
            self.plans["store"], self.capture.statements = self.capture.statements, []
        self.samples.setdefault("store a new item, µs", []).append(spent / (POLLS * PER_POLL) * 1e6)
        self.samples.setdefault("  of which story lookup, µs", []).append(
            self.matcher.spent / (POLLS * PER_POLL) * 1e6)

    # --- the lists ---------------------------------------------------------------------------

    def queries(self) -> list[tuple[str, Callable[[], Any]]]:
        e = self.engine
        with e.connect() as conn:
            relevant = conn.scalar(select(func.count()).select_from(Story).where(Story.relevant.is_(True)))
            middle = conn.execute(select(Story.published_at, Story.id).where(Story.relevant.is_(True))
                                  .order_by(Story.published_at.desc(), Story.id.desc())
                                  .offset(relevant // 2).limit(1)).one()
        week = T0 - timedelta(days=7)
        web = StoryFilter()
        return [
            ("items list", lambda: list_items(e, limit=50)),
            ("items list --relevant", lambda: list_items(e, relevant=True, limit=50)),
            ("items list --source (0.06% of items)", lambda: list_items(e, source_ids=["src-123"], limit=50)),
            ("items list --source (1.7%)", lambda: list_items(e, source_ids=["src-020"], limit=50)),
            ("items list --source (15%)", lambda: list_items(e, source_ids=["src-007"], limit=50)),
            ("items list --since 7d", lambda: list_items(e, since=week, limit=50)),
            ("stories list", lambda: list_stories(e, limit=50)),
            ("stories list --relevant", lambda: list_stories(e, relevant=True, limit=50)),
            ("web /", lambda: find_stories(e, web, limit=30)),
            ("web / middle page (cursor)", lambda: find_stories(e, StoryFilter(after=tuple(middle)), limit=30)),
            ("web ?country=KZ", lambda: find_stories(e, StoryFilter(countries=("KZ",)), limit=30)),
            ("web ?topic=education", lambda: find_stories(e, StoryFilter(topics=("university",)), limit=30)),
            ("web ?lang=ru", lambda: find_stories(e, StoryFilter(languages=("ru",)), limit=30)),
            ("web ?since=7d", lambda: find_stories(e, StoryFilter(since=week), limit=30)),
            ("web ?q=university", lambda: find_stories(e, StoryFilter(words=("university",)), limit=30)),
            ("web API relevant=any", lambda: find_stories(e, StoryFilter(relevant=None), limit=50)),
            ("web ?lang=ru middle page", lambda: find_stories(
                e, StoryFilter(languages=("ru",), after=tuple(middle)), limit=30)),
        ]

    def query_round(self) -> None:
        """Each list once (the first time twice: a warm-up that also records the statements)."""
        for name, run in self.lists:
            if name not in self.plans:
                self.capture.on = True
                run()
                self.capture.on = False
                self.plans[name], self.capture.statements = self.capture.statements, []
            t = time.perf_counter()
            run()
            self.samples.setdefault(f"{name}, ms", []).append((time.perf_counter() - t) * 1000)

    def summarise(self) -> None:
        for name, values in self.samples.items():
            self.results[name] = statistics.median(values)

    def print_plans(self) -> None:
        print(f"\n== plans: {self.kind}, {self.size:,} items ==")
        for name, statements in self.plans.items():
            print(f"\n--- {name}")
            seen = set()
            for statement, params in statements:
                if statement in seen:
                    continue
                seen.add(statement)
                print("  " + " ".join(statement.split())[:300])
                for line in explain(self.engine, statement, params):
                    print("     " + line[:300])


def explain(engine: Engine, statement: str, params: Any) -> list[str]:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()
            return [f"{'  ' * 0}{row[1]}>{row[0]} {row[3]}" for row in rows]
        return [row[0] for row in conn.exec_driver_sql("EXPLAIN " + statement, params).all()]


def table(kind: str, setups: Sequence[Setup]) -> None:
    sizes = [s.size for s in setups]
    names = list(setups[0].results)
    head = f"{kind:<38}" + "".join(f"{n:>12,}" for n in sizes) + f"{'ratio':>9}"
    print("\n" + head + "\n" + "-" * len(head))
    for name in names:
        values = [s.results.get(name, float("nan")) for s in setups]
        ratio = values[-1] / values[0] if values[0] else float("nan")
        print(f"{name:<38}" + "".join(f"{v:>12.1f}" for v in values) + f"{ratio:>8.2f}x")
    print(f"{'(database generated in, s)':<38}" + "".join(f"{s.fill_s:>12.1f}" for s in setups))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,100000,1000000")
    ap.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="sqlite")
    ap.add_argument("--pg-url", default=PG_URL)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--plans", action="store_true", help="print the query plans at the largest size")
    ap.add_argument("--keep", metavar="DIR", help="keep the databases (SQLite files in DIR, PostgreSQL "
                                                  "schemas) and reuse them on the next run")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    kinds = ("sqlite", "postgresql") if args.db == "both" else (args.db,)
    with tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            setups = []
            for size in sizes:
                setup = Setup(kind, size, args, tmp)
                print(f"{kind} {size:>9,} items: generated in {setup.fill_s:.1f} s", flush=True)
                setup.start_matcher()
                setup.lists = setup.queries()
                setups.append(setup)
            for _ in range(args.rounds):  # sizes alternate: a slow minute on a shared machine hits all alike
                for setup in setups:
                    setup.store_round()
                    setup.query_round()
            for setup in setups:
                setup.summarise()
                if args.plans and setup.size == sizes[-1]:
                    setup.print_plans()
                setup.drop(args)
            table(kind, setups)


if __name__ == "__main__":
    main()
