"""Benchmark: a cold and a warm `monitor poll` over N feeds × M items served from loopback.

    .venv/bin/python bench/bench_poll.py [--feeds 500] [--items 50] [--rounds 3] [--no-newsboat]
                                         [--server nginx|python]

Generates the feeds (about 2 KB of English or Russian text per item), serves them on 127.0.0.1
with ETag/Last-Modified, so the warm poll is all 304s (``--server nginx``, the default: Debian's
``nginx-light`` from a temporary configuration; ``python``, or when nginx is not installed: a
small asyncio server in a separate process), then:

* cold: `monitor poll` on an empty database;
* warm: `monitor poll` again, nothing changed;
* newsboat (Debian's package, if installed): a cold `newsboat -x reload` of the same feeds,

``--rounds`` times (each round back to back, so that both tools meet the same machine), and
prints, per round and as medians, wall time, items/s, the ratio of our cold poll to newsboat's
in the same round, CPU time and the peak memory (sampled every 50 ms: the RSS of the largest
process, and the PSS summed over the process, its fork server and parse workers). Targets
(issue 16), on the medians: cold at most half of newsboat's time in the same run, every item
stored, warm under 0.45 s as a whole command; the peak RSS of the largest process under 150 MB
in every round.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from email.utils import formatdate
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

# Ordinary news prose with a sprinkling of the words the classifier looks for (about 1 in 20),
# as in a real regional feed.
EN_COMMON = ("the of and to in a on for with was said that by at from as it has have will is are "
             "year new city people week first president minister government officials meeting report "
             "market prices during after before last about more than also which their been this "
             "council plans local region national public service road water weather season").split()
EN_TOPIC = ("China Chinese Kazakhstan Uzbekistan university laboratory research students cooperation "
            "agreement science technology").split()
RU_COMMON = ("и в на с по для что как это был была были году города жители неделе первый президент "
             "министр правительство встреча отчёт рынок цены после перед также который их этот "
             "совет планы местные регион национальный дорога вода погода сезон заявил сообщил").split()
RU_TOPIC = ("Китай китайский Казахстан Узбекистан университет лаборатория исследования студенты "
            "сотрудничество соглашение наука технологии").split()


def words(rng: random.Random, common: list[str], topic: list[str], n: int) -> str:
    return " ".join(rng.choice(topic) if rng.random() < 0.05 else rng.choice(common) for _ in range(n))


def make_feed(i: int, items: int, rng: random.Random) -> bytes:
    common, topic = (RU_COMMON, RU_TOPIC) if i % 2 else (EN_COMMON, EN_TOPIC)
    parts = [f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Bench feed {i}</title>'
             f"<link>https://bench{i}.example/</link><language>{'ru' if i % 2 else 'en'}</language>"]
    for j in range(items):
        body = words(rng, common, topic, 330).encode()[:2000].decode("utf-8", "ignore")
        title = words(rng, common, topic, 9).capitalize()
        parts.append(f"<item><title>{title} {i}-{j}</title><link>https://bench{i}.example/news/{j}</link>"
                     f"<guid>bench-{i}-{j}</guid><pubDate>{formatdate(1_790_000_000 - j * 3600, usegmt=True)}</pubDate>"
                     f"<description>&lt;p&gt;{body}&lt;/p&gt;</description></item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode()


def serve(root: str, port_file: str) -> None:  # runs in its own process
    """A small asyncio HTTP/1.1 file server with keep-alive and ETag → 304 (Python's
    http.server is too slow to measure a client against: it would be what the bench measures)."""
    import asyncio

    files = {f"/{p.name}": p.read_bytes() for p in Path(root).iterdir()}
    etags = {path: f'"{len(body)}-{hash(body) & 0xffffffff:x}"' for path, body in files.items()}
    date = formatdate(usegmt=True)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                path = lines[0].split(" ")[1]
                headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
                body = files.get(path)
                if body is None:
                    writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                elif headers.get("if-none-match") == etags[path]:
                    writer.write(f"HTTP/1.1 304 Not Modified\r\nETag: {etags[path]}\r\nDate: {date}\r\n"
                                 "Content-Length: 0\r\n\r\n".encode())
                else:
                    writer.write(f"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nETag: {etags[path]}\r\n"
                                 f"Date: {date}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=1024)
        Path(port_file).write_text(str(server.sockets[0].getsockname()[1]))
        await server.serve_forever()

    asyncio.run(main())


def tree_memory_kb(pid: int, per_process: dict[int, int] | None = None,
                   rss_per_process: dict[int, int] | None = None) -> tuple[int, int]:
    """(RSS summed, PSS summed) over a process and its descendants, in KiB.

    RSS counts a shared page (libraries, copy-on-write) once per process; PSS splits it
    between the processes that share it, so the PSS sum is the memory the run really uses.
    ``per_process`` (pid → peak PSS) and ``rss_per_process`` (pid → peak RSS) are updated
    when given.
    """
    rss = pss = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/stat") as f:  # utime and stime, in clock ticks
                fields = f.read().rsplit(")", 1)[1].split()
                CPU_TICKS[p] = max(CPU_TICKS.get(p, 0), int(fields[11]) + int(fields[12]))
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Rss:"):
                        own = int(line.split()[1])
                        rss += own
                        if rss_per_process is not None:
                            rss_per_process[p] = max(rss_per_process.get(p, 0), own)
                    elif line.startswith("Pss:"):
                        own = int(line.split()[1])
                        pss += own
                        if per_process is not None:
                            per_process[p] = max(per_process.get(p, 0), own)
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    stack += [int(c) for c in f.read().split()]
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return rss, pss


PEAKS: dict[int, int] = {}  # pid -> peak PSS (KiB) of the last timed() run
RSS_PEAKS: dict[int, int] = {}  # pid -> peak RSS (KiB) of the last timed() run


CPU: list[float] = [0.0]  # CPU seconds (user + system) of the last timed() run, its children included
CPU_TICKS: dict[int, int] = {}  # pid -> CPU clock ticks last seen (every process of the tree)


def timed(cmd: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float, float, str]:
    start = time.perf_counter()
    CPU_TICKS.clear()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = peak_pss = 0
    stop = threading.Event()
    PEAKS.clear()
    RSS_PEAKS.clear()

    def sample() -> None:
        nonlocal peak, peak_pss
        while not stop.is_set():
            rss, pss = tree_memory_kb(proc.pid, PEAKS, RSS_PEAKS)
            peak, peak_pss = max(peak, rss), max(peak_pss, pss)
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = proc.communicate()
    elapsed = time.perf_counter() - start
    stop.set()
    sampler.join()
    # Summed from /proc as last sampled (within 20 ms of each process's end): the parse workers
    # are children of a fork server, which the command does not wait for, so getrusage misses them.
    CPU[0] = sum(CPU_TICKS.values()) / os.sysconf("SC_CLK_TCK")
    if proc.returncode != 0:
        raise SystemExit(f"{cmd} failed ({proc.returncode}):\n{out[-3000:]}")
    return elapsed, peak / 1024, peak_pss / 1024, out


def median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def fresh(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


NGINX_CONF = """daemon off;
worker_processes 1;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {work}/nginx-tmp/body;
    proxy_temp_path {work}/nginx-tmp/proxy;
    fastcgi_temp_path {work}/nginx-tmp/fastcgi;
    uwsgi_temp_path {work}/nginx-tmp/uwsgi;
    scgi_temp_path {work}/nginx-tmp/scgi;
    types {{ application/rss+xml xml; }}
    sendfile on;
    etag on;
    if_modified_since exact;
    keepalive_requests 100000;
    keepalive_timeout 60s;
    server {{
        listen 127.0.0.1:{port} backlog=1024;
        root {feeds};
    }}
}}
"""


def start_nginx(nginx: str, work: Path, feeds: Path) -> tuple[subprocess.Popen[bytes], str]:
    """nginx serving ``feeds`` on a free loopback port (ETag and Last-Modified on, so a
    conditional GET of an unchanged feed is a 304), from a configuration in ``work``."""
    import socket

    (work / "nginx-tmp").mkdir()
    for path in (work, feeds):  # nginx's worker drops root to www-data, which must read the files
        path.chmod(0o755)
    port = free_port()
    conf = work / "nginx.conf"
    conf.write_text(NGINX_CONF.format(work=work, port=port, feeds=feeds))
    proc = subprocess.Popen([nginx, "-p", str(work), "-c", str(conf)], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"nginx did not start: {proc.stderr.read().decode() if proc.stderr else ''}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.05)
    proc.terminate()
    raise SystemExit(f"nginx did not listen on 127.0.0.1:{port} within 10 s (see {work}/nginx-error.log)")


def monitor_command(work: Path) -> tuple[str, dict[str, str]]:
    """The ``monitor`` script and its environment for a bench in ``work`` (``bench.db``,
    ``sources.yaml``, ``data``), with the package's bytecode compiled first, as ``pip install``
    of the wheel writes it (an editable install under PYTHONDONTWRITEBYTECODE=1 would otherwise
    compile ~50 modules from source at every start)."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", "monitor", "storage", "classifiers",
                    "notifications"], cwd=REPO, check=True, env={**os.environ, "PYTHONDONTWRITEBYTECODE": ""})
    env = {**os.environ, "MONITOR_DATABASE_URL": f"sqlite:///{work / 'bench.db'}",
           "MONITOR_SOURCES": str(work / "sources.yaml"), "MONITOR_DATA_DIR": str(work / "data"),
           "MONITOR_ALLOW_PRIVATE_HOSTS": "true", "MONITOR_LOG_LEVEL": "warning",
           "MONITOR_PER_HOST_CONCURRENCY": "32"}
    return str(Path(sys.executable).with_name("monitor")), env


def start_python_server(work: Path, feeds: Path) -> tuple[Any, str]:
    """:func:`serve` in a process of its own; the process and the base URL."""
    import multiprocessing

    port_file = work / "port"
    server = multiprocessing.get_context("spawn").Process(target=serve, args=(str(feeds), str(port_file)),
                                                           daemon=True)
    server.start()
    while not port_file.exists() or not port_file.read_text():
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port_file.read_text()}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--feeds", type=int, default=500)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--rounds", type=int, default=3,
                    help="rounds of cold, warm and newsboat (default 3); the targets use the medians")
    ap.add_argument("--no-newsboat", action="store_true")
    ap.add_argument("--server", choices=("nginx", "python"), default="nginx",
                    help="what serves the feeds: nginx (default; the Python server when nginx is not "
                         "installed) or the bench's own asyncio server")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory (and print it)")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-poll-"))
    feeds = work / "feeds"
    feeds.mkdir()
    rng = random.Random(42)
    size = 0
    for i in range(args.feeds):
        body = make_feed(i, args.items, rng)
        size += len(body)
        (feeds / f"feed{i}.xml").write_bytes(body)
    total_items = args.feeds * args.items
    print(f"corpus: {args.feeds} feeds x {args.items} items = {total_items} items, {size / 1e6:.1f} MB")

    nginx = (shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx", "/sbin/nginx") if os.access(p, os.X_OK)),
                                          None)) if args.server == "nginx" else None
    if args.server == "nginx" and nginx is None:
        print("nginx not installed (apt-get install nginx-light): serving with the bench's Python server")
    server: Any
    if nginx:
        server, base = start_nginx(nginx, work, feeds)
        import atexit

        atexit.register(lambda: server.poll() is None and server.terminate())  # also when a run fails
        print(f"served by nginx ({nginx}) on {base}")
    else:
        server, base = start_python_server(work, feeds)
        print(f"served by the bench's Python server on {base}")
    urls = [f"{base}/feed{i}.xml" for i in range(args.feeds)]
    (work / "sources.yaml").write_text(
        "sources:\n" + "".join(f"  - {{id: feed{i}, url: '{u}'}}\n" for i, u in enumerate(urls)))
    (work / "urls").write_text("\n".join(urls) + "\n")
    (work / "nb.conf").write_text("")

    monitor, env = monitor_command(work)
    # The enrichment settings stay at their defaults: the corpus's items carry 2 KB of text
    # each, so none is a candidate for its article (docs/enrich.md, "The candidate rule"), and
    # the poll is measured as a user runs it.
    newsboat = None if args.no_newsboat else shutil.which("newsboat")
    if newsboat is None:
        print("newsboat not run (not installed: apt-get install newsboat, or --no-newsboat): no comparison")

    # A shared machine's speed drifts by a fifth within minutes: each round times our cold poll
    # and newsboat's back to back, and the targets are judged on the medians over the rounds.
    cold: list[float] = []
    warm: list[float] = []
    boat: list[float] = []
    peak = 0.0  # summed PSS, MB
    peak_rss = 0.0  # the largest single process's RSS, MB
    stored: list[int] = []
    for n in range(1, args.rounds + 1):
        fresh(work / "bench.db")
        # the database schema exists before timing (as it does for a service that has run once)
        subprocess.run([monitor, "db", "upgrade"], env=env, cwd=work, check=True, capture_output=True)
        seconds, rss, pss, out = timed([monitor, "poll"], env, work)
        cold.append(seconds)
        largest = max(RSS_PEAKS.values(), default=0) / 1024
        peak, peak_rss = max(peak, pss), max(peak_rss, largest)
        stored.append(count_items(work / "bench.db"))
        print(f"round {n}: monitor poll, cold: {seconds:6.2f} s {total_items / seconds:7.0f} items/s  "
              f"peak RSS of the largest process {largest:4.0f} MB, peak PSS summed {pss:4.0f} MB  "
              f"{stored[-1]} items stored  [{out.strip().splitlines()[-1]}]")
        print(f"         CPU {CPU[0]:.1f} s (user + system, parse workers included; per process "
              + ", ".join(f"{t / os.sysconf('SC_CLK_TCK'):.1f}" for t in sorted(CPU_TICKS.values(), reverse=True))
              + " s); peak PSS per process: "
              + ", ".join(f"{kb / 1024:.0f} MB" for kb in sorted(PEAKS.values(), reverse=True))
              + "; peak RSS per process: "
              + ", ".join(f"{kb / 1024:.0f} MB" for kb in sorted(RSS_PEAKS.values(), reverse=True)))
        seconds, rss, pss, out = timed([monitor, "poll"], env, work)
        warm.append(seconds)
        largest = max(RSS_PEAKS.values(), default=0) / 1024
        peak, peak_rss = max(peak, pss), max(peak_rss, largest)
        print(f"         monitor poll, warm: {seconds:5.2f} s, peak RSS {largest:4.0f} MB, "
              f"{len(RSS_PEAKS)} process(es)  [{out.strip().splitlines()[-1]}]")
        if newsboat:
            fresh(work / "nb.db")
            seconds, _rss, pss, _ = timed([newsboat, "-u", str(work / "urls"), "-c", str(work / "nb.db"),
                                           "-C", str(work / "nb.conf"), "-x", "reload"],
                                          {**os.environ, "HOME": str(work)}, work)
            boat.append(seconds)
            print(f"         newsboat reload, cold: {seconds:6.2f} s {total_items / seconds:7.0f} items/s  "
                  f"CPU {CPU[0]:.1f} s, peak PSS {pss:4.0f} MB   ratio monitor cold / newsboat, this round: "
                  f"{cold[-1] / seconds:.2f}")

    print(f"median of {args.rounds}: cold {median(cold):.2f} s ({total_items / median(cold):.0f} items/s), "
          f"warm {median(warm):.2f} s; peak RSS of the largest process {peak_rss:.0f} MB, "
          f"peak PSS summed {peak:.0f} MB (highest of the rounds)"
          + (f"; newsboat {median(boat):.2f} s, ratio cold / newsboat {median(cold) / median(boat):.2f} "
             f"(per round {', '.join(f'{c / b:.2f}' for c, b in zip(cold, boat))})"
             if boat else ""))
    ok = {True: "PASS", False: "FAIL"}
    print(f"targets: warm < 0.45 s: {ok[median(warm) < 0.45]}; peak RSS < 150 MB: {ok[peak_rss < 150]}; "
          f"every item stored: {ok[all(n == total_items for n in stored)]}"
          + (f"; cold <= 0.5 x newsboat: {ok[median(cold) <= 0.5 * median(boat)]}" if boat else ""))
    server.terminate()
    server.wait() if isinstance(server, subprocess.Popen) else server.join()
    if args.keep:
        print(f"kept {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)


def count_items(db: Path) -> int:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM items").fetchone()[0]


if __name__ == "__main__":
    main()
