"""Benchmark: the CPU cost of the parse worker (monitor.pipeline.analyse.analyse), stage by stage, in one process.

    .venv/bin/python bench/bench_worker.py [--feeds 40] [--items 50] [--repeat 3] [--profile] [--split]

Generates feeds like bench/bench_poll.py does (its ``make_feed``: about 2 KB of English or
Russian text per item), then runs the worker's stages on each feed body:

* parse:     monitor.feeds.parse.parse_feed (the lxml fast path, feedparser when it declines);
* parse (feedparser): monitor.feeds.parse.parse_with_feedparser, the path every feed took before
  the fast path (printed for comparison, not part of total);
* normalize: monitor.feeds.normalize.normalize_feed;
* classify:  monitor.pipeline.analyse.classify_entries (the bundled rules);
* other:     the rest of analyse() (total minus the three above: e.g. dedup keys, the outcome);
* total:     monitor.pipeline.analyse.analyse end to end,

and prints milliseconds of CPU time per feed (``time.process_time``: the best of --repeat
runs, so other load on a shared machine disturbs the figures less than wall time would), and
the pickled size of one ``ParseOutcome`` (what a worker process sends back per feed), and
the CPU time a fresh worker process takes to start (imports and compiling the classifier),
and the memory of a fresh process that parses the corpus with analyse() (VmRSS after the
imports, after the corpus, and its peak VmHWM), with the fast path and with feedparser only,
and what importing lxml costs.
The classifier is compiled (and its memo warmed on one feed) before timing, as a worker that
has parsed a few feeds would be. ``--profile`` prints a cProfile of analyse() instead;
``--split`` times the parts of "other" one by one instead (each alone over the corpus, so
they sum to less than "other": between one feed's stages their data leaves the cache): the
identity (canonical URLs, fingerprints and index keys; ``analyse.identify``), its canonical
URLs alone, the enrichment candidates, the ``NewItem`` rows, and pickling the outcome (dump
in the worker, load in the parent).
"""

from __future__ import annotations

import argparse
import os
import pickle
import random
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO))

from bench_poll import make_feed

from monitor.feeds.fastparse import parse_fast
from monitor.feeds.normalize import normalize_feed
from monitor.feeds.parse import parse_feed, parse_with_feedparser
from monitor.pipeline.analyse import (
    ParseJob,
    analyse,
    candidate,
    classify_entries,
    get_classifier,
    identify,
    new_item,
    normalized_pairs,
)

FETCHED_AT = datetime(2026, 11, 5, 12, 0, tzinfo=UTC)


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """The least CPU seconds one call of ``run`` took over ``repeat`` calls."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


_START = """
import time
t = time.process_time()
import monitor.pipeline.analyse
monitor.pipeline.analyse.get_classifier("")
print(time.process_time() - t)
"""


def worker_start_ms(repeat: int) -> float:
    """CPU milliseconds a fresh process takes to import the worker code and compile the rules."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    runs = [float(subprocess.run([sys.executable, "-c", _START], env=env, cwd=REPO, check=True,
                                 capture_output=True, text=True).stdout) for _ in range(repeat)]
    return min(runs) * 1000


_MEMORY = """
import random, sys
sys.path.insert(0, "bench")
from bench_poll import make_feed
def kib(field):
    return next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith(field))
import monitor.feeds.parse, monitor.pipeline.analyse
from datetime import datetime, timezone
if sys.argv[1] == "feedparser":
    monitor.feeds.parse.parse_fast = lambda body, content_type=None: None
monitor.pipeline.analyse.get_classifier("")
rng = random.Random(int(sys.argv[4]))
jobs = [monitor.pipeline.analyse.ParseJob(body=make_feed(i, int(sys.argv[3]), rng), url=f"http://127.0.0.1:8000/feed{i}.xml",
                              content_type="application/rss+xml", fetched_at=datetime(2026, 11, 5, tzinfo=timezone.utc))
        for i in range(int(sys.argv[2]))]
imported = kib("VmRSS:")
for job in jobs:
    monitor.pipeline.analyse.analyse(job)
print(imported, kib("VmRSS:"), kib("VmHWM:"))
"""

_LXML = """
import time
def kib():
    return next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmRSS:"))
before = kib()
start = time.perf_counter()
import lxml.etree
print(kib() - before, (time.perf_counter() - start) * 1000)
"""


def worker_memory(path: str, feeds: int, items: int, seed: int) -> tuple[int, int, int]:
    """(VmRSS after imports, VmRSS after analysing the corpus, VmHWM) of a fresh process, KiB."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", _MEMORY, path, str(feeds), str(items), str(seed)], env=env, cwd=REPO,
                         check=True, capture_output=True, text=True).stdout.split()
    return int(out[0]), int(out[1]), int(out[2])


def lxml_import_cost() -> tuple[int, float]:
    """(KiB of RSS, milliseconds) that importing lxml.etree adds to a fresh interpreter."""
    out = subprocess.run([sys.executable, "-c", _LXML], check=True, capture_output=True, text=True).stdout.split()
    return int(out[0]), float(out[1])


def split_other(jobs: list[ParseJob], repeat: int) -> None:
    """Print CPU milliseconds per feed of each part of analyse()'s "other", timed alone."""
    from monitor.dedup import canonical_url, resolve_google_news

    pairs = [normalized_pairs(parse_feed(j.body, url=j.url, content_type=j.content_type), j) for j in jobs]
    decisions = [classify_entries([e for _, e in p], "") for p in pairs]
    identities = [identify(p) for p in pairs]
    outcomes = [analyse(j) for j in jobs]
    dumped = [pickle.dumps(o) for o in outcomes]

    def urls(p: list) -> list[str | None]:  # identify()'s canonical URLs (without the shared ones)
        out = []
        for raw, entry in p:
            url = None
            if entry.link:
                url = canonical_url(resolve_google_news(entry.link, raw.source_href, raw.summary) or entry.link)
            out.append(url)
        return out

    parts: dict[str, Callable[[], object]] = {
        "identity": lambda: [identify(p) for p in pairs],
        "  canonical URLs": lambda: [urls(p) for p in pairs],
        "candidate": lambda: [[candidate(r, e, d, j.fulltext) for (r, e), d in zip(p, ds)]
                              for p, ds, j in zip(pairs, decisions, jobs)],
        "NewItem rows": lambda: [[new_item(e, FETCHED_AT, d, i) for (_, e), d, i in zip(p, ds, ids)]
                                 for p, ds, ids in zip(pairs, decisions, identities)],
        "pickle (dump)": lambda: [pickle.dumps(o) for o in outcomes],
        "pickle (load)": lambda: [pickle.loads(d) for d in dumped],
    }
    for name, run in parts.items():
        print(f"{name:>18}: {best_of(repeat, run) * 1000 / len(jobs):7.2f} ms CPU per feed")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--feeds", type=int, default=40, help="feeds (half English, half Russian)")
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--profile", action="store_true", help="print a cProfile of analyse() and stop")
    ap.add_argument("--split", action="store_true", help="time the parts of 'other' one by one and stop")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    jobs = [ParseJob(body=make_feed(i, args.items, rng), url=f"http://127.0.0.1:8000/feed{i}.xml",
                     content_type="application/rss+xml", fetched_at=FETCHED_AT)
            for i in range(args.feeds)]
    size = sum(len(j.body) for j in jobs)
    fast = sum(parse_fast(j.body, j.content_type) is not None for j in jobs)
    print(f"corpus: {args.feeds} feeds x {args.items} items, {size / 1e6:.1f} MB; "
          f"{fast} take the fast path, {args.feeds - fast} fall back to feedparser")

    get_classifier("")  # compile once, as a worker does on its first feed
    analyse(jobs[0])
    analyse(jobs[1])

    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        for job in jobs:
            analyse(job)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(30)
        return
    if args.split:
        split_other(jobs, args.repeat)
        return

    parsed = [parse_feed(j.body, url=j.url, content_type=j.content_type) for j in jobs]
    normalized = [normalize_feed(f, base_url=j.url, fetched_at=j.fetched_at) for f, j in zip(parsed, jobs)]
    stages: dict[str, Callable[[], object]] = {
        "parse": lambda: [parse_feed(j.body, url=j.url, content_type=j.content_type) for j in jobs],
        "normalize": lambda: [normalize_feed(f, base_url=j.url, fetched_at=j.fetched_at)
                              for f, j in zip(parsed, jobs)],
        "classify": lambda: [classify_entries(e, "") for e in normalized],
        "total": lambda: [analyse(j) for j in jobs],
    }
    n = len(jobs)
    times = {name: best_of(args.repeat, run) * 1000 / n for name, run in stages.items()}
    times["other"] = times["total"] - times["parse"] - times["normalize"] - times["classify"]
    times["parse (feedparser)"] = best_of(args.repeat, lambda: [
        parse_with_feedparser(j.body, content_type=j.content_type) for j in jobs]) * 1000 / n
    for name in ("parse", "parse (feedparser)", "normalize", "classify", "other", "total"):
        ms = times[name]
        print(f"{name:>18}: {ms:7.2f} ms CPU per feed  ({ms * 1000 / args.items:6.1f} µs per item)"
              + ("  (the rest of analyse(): total minus the stages above)" if name == "other" else ""))

    start_ms = worker_start_ms(args.repeat)
    print(f"             start: {start_ms:7.0f} ms CPU per worker process (import monitor.pipeline.analyse, compile the "
          "classifier: paid once by each pool worker)")

    outcomes = [analyse(j) for j in jobs]
    pickled = [pickle.dumps(o, protocol=pickle.HIGHEST_PROTOCOL) for o in outcomes]
    start = time.process_time()
    for _ in range(args.repeat):
        for o in outcomes:
            pickle.loads(pickle.dumps(o, protocol=pickle.HIGHEST_PROTOCOL))
    pickle_ms = (time.process_time() - start) * 1000 / (args.repeat * n)
    print(f"            pickle: {sum(map(len, pickled)) / n / 1024:7.1f} KiB per outcome "
          f"({pickle_ms:.2f} ms CPU per feed to dump + load)")

    for path in ("fast", "feedparser"):
        imported, parsed, peak = worker_memory(path, args.feeds, args.items, args.seed)
        print(f"{'memory (' + path + ')':>18}: {imported / 1024:5.1f} MiB after imports, {parsed / 1024:5.1f} MiB "
              f"after the corpus, peak {peak / 1024:5.1f} MiB (VmRSS of a fresh process running analyse)")
    kib, ms = lxml_import_cost()
    print(f"{'import lxml':>18}: {kib / 1024:5.1f} MiB RSS, {ms:.0f} ms")


if __name__ == "__main__":
    main()
