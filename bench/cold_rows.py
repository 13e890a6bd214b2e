"""Check: every row a cold poll stores, dumped sorted, to compare two versions of the code.

    .venv/bin/python bench/cold_rows.py OUT.json [--feeds 60] [--work DIR]

Parses, normalizes, classifies and fingerprints ``--feeds`` feeds of ``bench_poll.py``'s corpus
(50 items each), the test suite's feed shapes, and two copies of bench feeds (other GUIDs and
links with a few words changed: near-duplicates for the story matcher; the same links under
other GUIDs: sightings), then stores them with ``record_polls`` and the story matcher, 16 polls
a transaction, at a fixed clock, into a fresh SQLite database. Every table is written to
``OUT.json`` with its rows sorted, ids and fingerprints included. Run it on two checkouts and
compare the files (``cmp``): a change that must not change results leaves them identical.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

NOW = datetime(2026, 9, 1, 12, 0, tzinfo=timezone.utc)
SHAPES = [REPO / "tests/monitor/data/shapes", REPO / "tests/monitor/data/feeds"]


def corpus(feeds: int) -> dict[str, bytes]:
    """Source id -> feed body, in a fixed order."""
    from bench_poll import make_feed

    rng = random.Random(42)
    out = {f"feed{i}": make_feed(i, 50, rng) for i in range(feeds)}
    for folder in SHAPES:
        for path in sorted(folder.glob("*.xml")):
            out[f"{folder.name}-{path.stem}"] = path.read_bytes()
    first = out["feed0"].decode()
    near = re.sub("<guid>bench-0-", "<guid>copy-0-", first).replace("https://bench0.example/news/",
                                                                       "https://mirror0.example/story/")
    out["near-duplicates"] = near.replace(" the ", " a ", 3).encode()
    out["same-links"] = re.sub("<guid>bench-1-", "<guid>other-1-", out["feed1"].decode()).encode()
    return out


def store(bodies: dict[str, bytes], db: Path) -> None:
    from monitor.dedup import SimilarityConfig
    from monitor.dedup.stories import StoryMatcher
    from monitor.pipeline.analyse import ParseJob, analyse
    from storage.db import make_engine
    from storage.polls import record_polls
    from storage.records import PollRecord

    env = {**os.environ, "MONITOR_DATABASE_URL": f"sqlite:///{db}"}
    subprocess.run([sys.executable, "-m", "monitor", "db", "upgrade"], env=env, check=True, capture_output=True,
                   cwd=REPO)
    with sqlite3.connect(db) as conn:
        conn.executemany(
            "INSERT INTO sources (id, name, url, interval_seconds, enabled, in_config, dedup, next_poll_at, "
            "consecutive_failures, created_at, updated_at) VALUES (?, ?, ?, 900, 1, 1, 1, ?, 0, ?, ?)",
            [(sid, sid, f"http://127.0.0.1:1/{sid}.xml", "2026-01-01 00:00:00.000000",
              "2026-01-01 00:00:00.000000", "2026-01-01 00:00:00.000000") for sid in bodies])
    records = []
    for sid, body in bodies.items():
        outcome = analyse(ParseJob(body=body, url=f"http://127.0.0.1:1/{sid}.xml", content_type=None,
                                   fetched_at=NOW))
        records.append(PollRecord(
            source_id=sid, started_at=NOW, duration_ms=5, status="error" if outcome.error else "ok",
            next_poll_at=NOW + timedelta(hours=1), consecutive_failures=0, http_status=200, error=outcome.error,
            items=outcome.items, lease_owner="cold-rows", bytes=len(body)))
    engine = make_engine(f"sqlite:///{db}")
    matcher = StoryMatcher(SimilarityConfig())
    for i in range(0, len(records), 16):
        record_polls(engine, records[i:i + 16], assigner=matcher, story_window=timedelta(days=14))
    engine.dispose()


def dump(db: Path) -> dict[str, object]:
    with sqlite3.connect(db) as conn:
        tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        out: dict[str, object] = {}
        for table in tables:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            rows = [[v.hex() if isinstance(v, bytes) else v for v in row]
                    for row in conn.execute(f"SELECT * FROM {table}")]
            out[table] = {"columns": columns, "rows": sorted(rows, key=repr)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--feeds", type=int, default=60, help="bench feeds of 50 items (default 60)")
    ap.add_argument("--work", type=Path, help="where the database goes (default: a temporary folder)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="cold-rows-") as tmp:
        db = (args.work or Path(tmp)) / "cold-rows.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        store(corpus(args.feeds), db)
        tables = dump(db)
    args.out.write_text(json.dumps(tables, ensure_ascii=False, sort_keys=True, indent=0))
    print(", ".join(f"{name} {len(t['rows'])}" for name, t in tables.items() if t["rows"]))  # type: ignore[index]


if __name__ == "__main__":
    main()
