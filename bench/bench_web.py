"""Time the web's main answers over 10,000 stored stories (in-process, no socket).

    .venv/bin/python bench/bench_web.py [--stories 10000] [--rounds 20]

Prints the median and the 90th percentile of each request after one warm-up. A third of the
stories are relevant; the figures are in docs/architecture.md ("The web").
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx

from monitor.settings import Settings
from monitor.web.app import create_app
from storage import db
from tests.support.webdata import NOW, add_bulk_stories

REQUESTS = [
    ("/", "page /, newest 30 relevant"),
    ("/?cursor=", "page / two pages deep (cursor)"),
    ("/?q=university", "search, a common word"),
    ("/?q=nowhere-to-be-found", "search, no match (scans every relevant story)"),
    ("/?country=TM", "country filter (a fifth match)"),
    ("/stories/{id}", "a story page"),
    ("/api/v1/stories?relevant=true&limit=50", "API, 50 relevant stories"),
    ("/feeds/stories.atom", "Atom feed, 50 entries"),
    ("/metrics", "metrics (database gauges read at scrape)"),
]


async def run(count: int, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.from_env({}, database_url=f"sqlite:///{tmp}/monitor.db", data_dir=tmp,
                                     secret_key="bench-secret-0123456789abcdef",
                                     public_url="https://news.example.org")
        engine = db.make_engine(settings.database_url)
        db.upgrade(engine)
        t0 = time.perf_counter()
        add_bulk_stories(engine, count)
        print(f"{count} stories stored in {time.perf_counter() - t0:.1f} s")
        app = create_app(settings, engine, clock=lambda: NOW)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://b") as c:
            page = (await c.get("/api/v1/stories?relevant=true&limit=60")).json()
            cursor = page["next_cursor"]
            story_id = page["stories"][0]["id"]
            for path, what in REQUESTS:
                url = path.replace("{id}", str(story_id))
                if url.endswith("cursor="):
                    url += cursor or ""
                r = await c.get(url)
                assert r.status_code == 200, (url, r.status_code)
                times = []
                for _ in range(rounds):
                    t = time.perf_counter()
                    await c.get(url)
                    times.append((time.perf_counter() - t) * 1000)
                times.sort()
                p90 = times[int(len(times) * 0.9) - 1]
                print(f"{what:<48} median {statistics.median(times):6.1f} ms   p90 {p90:6.1f} ms")
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    asyncio.run(run(args.stories, args.rounds))


if __name__ == "__main__":
    main()
