"""Benchmark: the warm `monitor poll` alone, many times (issue 16: under 0.45 s as a whole command).

    .venv/bin/python bench/bench_warm.py [--feeds 500] [--items 50] [--runs 9] [--server nginx|python]

The corpus and the server are `bench/bench_poll.py`'s. One cold poll stores the feeds and
their validators, then ``--runs`` warm polls (every feed answers 304) are timed, each as a
whole command (process start to exit): wall time and CPU time (user + system of the
command). On a shared machine the wall time follows the neighbours; the CPU time much less,
so both are printed, as median and best.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_poll import fresh, make_feed, median, monitor_command, start_nginx, start_python_server  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--feeds", type=int, default=500)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--runs", type=int, default=9, help="warm polls timed (default 9)")
    ap.add_argument("--server", choices=("nginx", "python"), default="nginx")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-warm-"))
    feeds = work / "feeds"
    feeds.mkdir()
    rng = random.Random(42)
    for i in range(args.feeds):
        (feeds / f"feed{i}.xml").write_bytes(make_feed(i, args.items, rng))
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if os.access("/usr/sbin/nginx", os.X_OK) else None)
    server: Any
    if args.server == "nginx" and nginx:
        server, base = start_nginx(nginx, work, feeds)
    else:
        server, base = start_python_server(work, feeds)
    try:
        (work / "sources.yaml").write_text("sources:\n" + "".join(
            f"  - {{id: feed{i}, url: '{base}/feed{i}.xml'}}\n" for i in range(args.feeds)))
        monitor, env = monitor_command(work)
        fresh(work / "bench.db")
        subprocess.run([monitor, "db", "upgrade"], env=env, cwd=work, check=True, capture_output=True)
        started = time.perf_counter()
        out = subprocess.run([monitor, "poll"], env=env, cwd=work, check=True, capture_output=True, text=True).stdout
        print(f"cold poll: {time.perf_counter() - started:.2f} s [{out.strip().splitlines()[-1]}]")
        walls: list[float] = []
        cpus: list[float] = []
        for _ in range(args.runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            out = subprocess.run([monitor, "poll"], env=env, cwd=work, check=True, capture_output=True,
                                 text=True).stdout
            walls.append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
            last = out.strip().splitlines()[-1]
            if f"{args.feeds} sources polled" not in last or "0 new items, 0 failed" not in last:
                raise SystemExit(f"not a warm poll: {last}")
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"warm poll, {args.runs} runs: wall median {median(walls):.3f} s (best {min(walls):.3f}), "
              f"CPU median {median(cpus):.3f} s (best {min(cpus):.3f}); load average {load}")
        print(f"target: warm < 0.45 s: {'PASS' if median(walls) < 0.45 else 'FAIL'}")
    finally:
        server.terminate()
        server.wait() if isinstance(server, subprocess.Popen) else server.join()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
