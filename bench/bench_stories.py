"""Benchmark: the cost of storing a new item, story lookup included, with 1,000 vs 100,000 stored.

    .venv/bin/python bench/bench_stories.py [--sizes 1000,100000] [--new 2000] [--rounds 3]
                                            [--database-url URL]

For each size, a database (SQLite in a temporary folder unless ``--database-url``) is
filled with that many stored items (synthetic ~2 KB English news texts, fingerprinted as the
parse workers do), then a fresh :class:`monitor.dedup.stories.StoryMatcher` (as after a restart) loads
its index, and ``--new`` new items are stored through ``storage.polls.record_polls`` exactly as the
poller does it (polls of 50 items; one in five a reprint of a stored story, with a dateline and
a few words changed). Rounds alternate between the sizes, so a slow minute on a shared machine
hits every size alike. Prints, per size: the index load time, the time per new item (fastest of
``--rounds`` rounds; each round stores other new items), how many reprints joined their story,
and the ratio between the sizes. The target is a ratio within 1.5x: the lookups are binary
searches in the band index and primary-key reads, never a scan.

Fingerprints and their index keys are computed before the timing (in the service the parse
workers compute them; ``bench/bench_dedup.py --speed`` measures them).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from monitor.dedup import canonical_url, fingerprint_many  # noqa: E402
from monitor.dedup.similarity import index_keys  # noqa: E402
from monitor.dedup.stories import StoryMatcher  # noqa: E402
from storage import db  # noqa: E402
from storage.stories import list_stories  # noqa: E402
from storage.polls import record_polls  # noqa: E402
from storage.sources import sync_sources  # noqa: E402
from storage.item_records import NewItem
from storage.records import PollRecord, SourceSpec  # noqa: E402

WORDS = ("the of and to in a on for with was said that by at from as it has have will is are year new city "
         "people week first president minister government officials meeting report market prices during "
         "after before last about more than also which their been this council plans local region national "
         "public service road water weather season China Kazakhstan Uzbekistan university laboratory research "
         "students cooperation agreement science technology Almaty Tashkent Bishkek Astana Urumqi institute "
         "centre joint programme grant scholarship engineers students teachers railway energy solar wind "
         "agriculture irrigation glacier river summit forum delegation signed memorandum academy").split()
T0 = datetime.now(timezone.utc).replace(microsecond=0)
BATCH = 50


def text(rng: random.Random, n: int = 330) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def reprint(rng: random.Random, body: str) -> str:
    words = body.split()
    for _ in range(6):  # a few words changed
        words[rng.randrange(len(words))] = rng.choice(WORDS)
    return "ASTANA, Nov. 3 (Kazinform) – " + " ".join(words)


def make_items(rng: random.Random, prefix: str, texts: list[tuple[str, str]]) -> list[NewItem]:
    sigs = fingerprint_many(texts)
    out = []
    for n, ((title, body), sig) in enumerate(zip(texts, sigs)):
        url = f"https://{prefix}.example/news/{n}"
        out.append(NewItem(item_key=f"{prefix}-{n}", title=title, summary=body[:300], content=body,
                           published_at=T0, fetched_at=T0, content_hash=f"{prefix}-{n}", url=url,
                           language="en", canonical_url=canonical_url(url), signature=sig.to_bytes(),
                           index_keys=index_keys(sig).tobytes()))
    return out


def store(engine, items: list[NewItem], source: str, matcher: StoryMatcher | None) -> None:  # type: ignore[no-untyped-def]
    for i in range(0, len(items), BATCH * 10):
        chunk = items[i:i + BATCH * 10]
        records = [PollRecord(source_id=source, started_at=T0, duration_ms=1, status="ok",
                              next_poll_at=T0 + timedelta(minutes=30), consecutive_failures=0,
                              items=tuple(chunk[j:j + BATCH]))
                   for j in range(0, len(chunk), BATCH)]
        # one record per source per call: split the polls over calls as the writer batches them
        for rec in records:
            record_polls(engine, [rec], assigner=matcher)


class Setup:
    """One database holding ``size`` stored items, and a matcher that has loaded its index."""

    def __init__(self, size: int, url: str | None, tmp: str) -> None:
        self.size = size
        self.rng = random.Random(size)
        rng = self.rng
        self.engine = db.make_engine(url or f"sqlite:///{tmp}/bench-{size}.db")
        db.upgrade(self.engine)
        sync_sources(self.engine, [SourceSpec(id=s, name=s, url=f"https://{s}.example/feed", language="en",
                                                   interval_seconds=1800) for s in ("stored", "new")], T0)
        t = time.perf_counter()
        self.texts = [(f"{' '.join(rng.choice(WORDS) for _ in range(9))} {n}", text(rng)) for n in range(size)]
        self.stored = make_items(rng, "stored", self.texts)
        store(self.engine, self.stored, "stored", None)
        self.fill_s = time.perf_counter() - t
        self.matcher = StoryMatcher()  # as after a restart: the index is loaded on first use
        t = time.perf_counter()
        store(self.engine, make_items(rng, "warmup", [(f"warm up {n}", text(rng)) for n in range(BATCH)]),
              "new", self.matcher)
        self.load_s = time.perf_counter() - t
        self.rounds: list[float] = []
        self.joined = self.copies = 0

    def round(self, new: int) -> None:
        """Store ``new`` items (a fifth of them reprints of stored stories); time it."""
        rng, r = self.rng, len(self.rounds)
        texts, sources = [], []
        for n in range(new):
            if n % 5 == 0:
                src = rng.randrange(self.size)
                texts.append((self.texts[src][0], reprint(rng, self.texts[src][1])))
                sources.append(src)
            else:
                texts.append((f"fresh {r} {n} {' '.join(rng.choice(WORDS) for _ in range(8))}", text(rng)))
                sources.append(None)
        items = make_items(rng, f"new{r}", texts)
        t = time.perf_counter()
        store(self.engine, items, "new", self.matcher)
        self.rounds.append((time.perf_counter() - t) / new)
        if r == 0:  # did the reprints find their stories?
            story_of_url = {u: s.id for s in list_stories(self.engine, limit=10 * new) for u in s.urls}
            for item, src in zip(items, sources):
                if src is not None:
                    self.copies += 1
                    self.joined += story_of_url.get(item.url) == story_of_url.get(self.stored[src].url)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,100000")
    ap.add_argument("--new", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--database-url", help="an empty database, e.g. PostgreSQL, for a single --sizes value "
                                           "(default: SQLite in a temporary folder)")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        setups = []
        for size in sizes:
            setups.append(Setup(size, args.database_url if len(sizes) == 1 else None, tmp))
            print(f"stored {size:>7,}: filled in {setups[-1].fill_s:.1f} s, "
                  f"index loaded in {setups[-1].load_s * 1000:.0f} ms", flush=True)
        for _ in range(args.rounds):  # alternate, so a slow minute on a shared machine hits all sizes
            for setup in setups:
                setup.round(args.new)
        for setup in setups:
            rounds = " ".join(f"{x * 1e6:.0f}" for x in setup.rounds)
            print(f"stored {setup.size:>7,}: store + story lookup {min(setup.rounds) * 1e6:5.0f} µs per new item "
                  f"(fastest round; all rounds: {rounds}); reprints joined their story: {setup.joined}/{setup.copies}")
            setup.engine.dispose()
    base = min(setups[0].rounds)
    for setup in setups[1:]:
        print(f"ratio {setup.size:,} / {sizes[0]:,} stored: {min(setup.rounds) / base:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()
