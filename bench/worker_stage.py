"""Run one stage of the parse worker once over N bench feeds, for instruction counts.

    valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.STAGE.out \\
        .venv/bin/python bench/worker_stage.py STAGE [N]

The setup (the classifier, N feeds of ``bench_poll.py``'s corpus, every stage's input) is the
same whatever STAGE is, so the instructions of a stage are callgrind's total for STAGE minus its
total for ``none``; divide by N (default 20) for a feed. Stages: none, total (``analyse()``),
parse, normalize, classify, identify, candidate, new_item, dumps (pickling the outcome, in the
worker), loads (unpickling it, in the parent). The setup's objects are frozen out of the
collector's reach before the stage, as in the workers. Instruction counts do not move with the
machine's load, where CPU times on a shared machine do (docs/architecture.md).
"""

from __future__ import annotations

import gc
import pickle
import random
import sys
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO))

from bench_poll import make_feed

import monitor.pipeline.analyse as A
from monitor.feeds.parse import parse_feed


def main() -> None:
    stage, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 20
    fetched_at = datetime(2026, 11, 5, 12, 0, tzinfo=UTC)
    rng = random.Random(42)
    jobs = [A.ParseJob(body=make_feed(i, 50, rng), url=f"http://127.0.0.1:8000/feed{i}.xml",
                       content_type="application/rss+xml", fetched_at=fetched_at) for i in range(n + 2)]
    A.get_classifier("")
    A.analyse(jobs[n])
    A.analyse(jobs[n + 1])  # warm: as a worker that has parsed a few feeds
    jobs = jobs[:n]
    feeds = [parse_feed(j.body, url=j.url, content_type=j.content_type) for j in jobs]
    pairs = [A.normalized_pairs(f, j) for f, j in zip(feeds, jobs)]
    entries = [[e for _, e in p] for p in pairs]
    decisions = [A.classify_entries(e, "") for e in entries]
    identities = [A.identify(p) for p in pairs]
    outcomes = [A.analyse(j) for j in jobs]
    dumped = [pickle.dumps(o) for o in outcomes]
    stages = {
        "none": lambda: None,
        "total": lambda: [A.analyse(j) for j in jobs],
        "parse": lambda: [parse_feed(j.body, url=j.url, content_type=j.content_type) for j in jobs],
        "normalize": lambda: [A.normalized_pairs(f, j) for f, j in zip(feeds, jobs)],
        "classify": lambda: [A.classify_entries(e, "") for e in entries],
        "identify": lambda: [A.identify(p) for p in pairs],
        "candidate": lambda: [[A.candidate(r, e, d, j.fulltext) for (r, e), d in zip(p, ds)]
                              for p, ds, j in zip(pairs, decisions, jobs)],
        "new_item": lambda: [[A.new_item(e, fetched_at, d, i, None) for (_, e), d, i in zip(p, ds, ids)]
                             for p, ds, ids in zip(pairs, decisions, identities)],
        "dumps": lambda: [pickle.dumps(o) for o in outcomes],
        "loads": lambda: [pickle.loads(d) for d in dumped],
    }
    gc.collect()
    gc.freeze()  # as the workers' fork server does: a full collection of the setup's objects
    stages[stage]()  # would otherwise fall into some runs and not others


if __name__ == "__main__":
    main()
