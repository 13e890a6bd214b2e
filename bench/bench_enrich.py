"""Benchmark article extraction: per page, in process and through the time-limited worker.

Pages: the five-language test pages (tests/support/articles.py, ~3 KB each, with menus,
"related news" and footers) and the English one padded to ~100 KB with a realistic mass of
chrome (a 400-link menu, 200 related headlines, inline scripts), as big outlets' pages are.

    .venv/bin/python bench/bench_enrich.py [--repeat 20]

Prints the median CPU milliseconds per page for decode + extraction in this process (warm), the
wall milliseconds of a round trip through the worker (pickling and the pipe included), and the
worker's start (a spawned interpreter importing trafilatura and extracting its warm-up pages).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from monitor.enrich.extract import ExtractJob, extract_article
from monitor.enrich.workers import ExtractionWorkers
from tests.support.articles import pages


def big_page() -> tuple[str, bytes, str]:
    page = pages()[0]
    chrome = ("<nav>" + "".join(f'<a href="/s/{i}">Section {i}</a>' for i in range(400)) + "</nav>"
              + "<aside>" + "".join(f'<li><a href="/n/{i}">China and Kazakhstan headline {i}</a></li>'
                                    for i in range(200)) + "</aside>"
              + "<script>" + "var x = 1;" * 8000 + "</script>")
    body = page.body.replace(b"<main>", chrome.encode() + b"<main>")
    return "en-100kb", body, page.content_type


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    cases = [(p.name, p.body, p.content_type) for p in pages()] + [big_page()]
    for name, body, ctype in cases:  # warm up: lazy imports and tables
        extract_article(ExtractJob(url=f"https://outlet.example/{name}", body=body, content_type=ctype))
    workers = ExtractionWorkers(time_limit=30)
    t0 = time.perf_counter()
    await workers.run(ExtractJob(url="https://outlet.example/first", body=cases[0][1], content_type=cases[0][2]))
    start_ms = (time.perf_counter() - t0) * 1000
    print(f"worker start + first page: {start_ms:.0f} ms")
    print(f"{'page':<22}{'bytes':>9}{'in process (CPU ms)':>22}{'via worker (wall ms)':>22}")
    try:
        for name, body, ctype in cases:
            job = ExtractJob(url=f"https://outlet.example/{name}", body=body, content_type=ctype)
            cpu = []
            for _ in range(args.repeat):
                c0 = time.process_time()
                extract_article(job)
                cpu.append((time.process_time() - c0) * 1000)
            wall = []
            for _ in range(args.repeat):
                w0 = time.perf_counter()
                await workers.run(job)
                wall.append((time.perf_counter() - w0) * 1000)
            print(f"{name:<22}{len(body):>9}{statistics.median(cpu):>22.1f}{statistics.median(wall):>22.1f}")
    finally:
        workers.close()


if __name__ == "__main__":
    asyncio.run(main())
