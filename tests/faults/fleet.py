"""What the fault tests share: real `monitor run` processes, feeds that grow, and the checks.

Every process is started in a session of its own, so ``kill -9`` takes it with whatever it
started, as a container's end would. Short intervals, leases and ticks come from settings
(``FAST``); the feeds and the webhook receiver are real servers on 127.0.0.1.
"""

from __future__ import annotations

import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from monitor.cli import main
from notifications.webhooks import event_id_for
from storage.models import Item, Source, Story
from tests.support.feedserver import FeedServer
from tests.support.receiver import Receiver

INTERVAL = 2  # seconds between polls of a source
FAST = {
    "MONITOR_TICK": "0.5", "MONITOR_DELIVERY_TICK": "0.5", "MONITOR_MIN_INTERVAL": "1",
    "MONITOR_INTERVAL_JITTER": "0", "MONITOR_CONNECT_TIMEOUT": "1", "MONITOR_READ_TIMEOUT": "2",
    "MONITOR_TOTAL_TIMEOUT": "3", "MONITOR_LEASE": "13", "MONITOR_DELIVERY_TIMEOUT": "1",
    "MONITOR_BACKOFF_BASE": "1", "MONITOR_BACKOFF_MAX": "2",
    "MONITOR_PARSE_WORKERS": "1", "MONITOR_ALLOW_PRIVATE_HOSTS": "127.0.0.1/32",
    "MONITOR_LOG_LEVEL": "info", "MONITOR_LOG_FORMAT": "json",
}
LEASE = float(FAST["MONITOR_LEASE"])
# Kill moments and feed contents differ from run to run; a failure names its seed, and
# MONITOR_TEST_FAULT_SEED replays it.
SEED = int(os.environ.get("MONITOR_TEST_FAULT_SEED") or random.SystemRandom().randrange(1_000_000))

COUNTRIES = ["Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan"]
FIELDS = ["water research", "solar energy", "seismology", "glacier monitoring", "plant genetics",
          "robotics", "satellite navigation", "desert ecology", "railway engineering", "vaccines",
          "language teaching", "mining safety", "cotton breeding", "data science", "archaeology"]
CITIES = ["Almaty", "Astana", "Tashkent", "Samarkand", "Bishkek", "Osh", "Dushanbe", "Ashgabat",
          "Urumqi", "Xi'an", "Lanzhou", "Karaganda", "Nukus", "Khujand", "Mary"]
FILLER = ["weather", "market", "concert", "traffic", "harvest", "parade", "tourism", "stadium",
          "election", "festival", "ballet", "airport", "bazaar", "museum", "river"]


def environment(tmp_path: Path, database_url: str, **extra: str) -> dict[str, str]:
    return {**{k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}, **FAST,
            "MONITOR_DATABASE_URL": database_url, "MONITOR_SOURCES": str(tmp_path / "sources.yaml"),
            "MONITOR_DATA_DIR": str(tmp_path / "data"),
            "MONITOR_HTTP_ADDR": "127.0.0.1:0",  # each `monitor run` serves its web on a port of its own
            **extra}


def cli(env: dict[str, str], *argv: str) -> str:
    out = io.StringIO()
    code = main(list(argv), environ=env, out=out)
    assert code == 0, (argv, out.getvalue())
    return out.getvalue()


class Instance:
    """One `monitor run` process, its output in a file."""

    def __init__(self, env: dict[str, str], cwd: Path, name: str) -> None:
        self.log_path = cwd / f"{name}.log"
        self._log = open(self.log_path, "ab")  # noqa: SIM115 - closed in wait()
        self.proc = subprocess.Popen([sys.executable, "-m", "monitor", "run"], env=env, cwd=cwd,
                                     stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True)
        self.pid = self.proc.pid

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill9(self) -> None:
        os.killpg(self.pid, signal.SIGKILL)
        self.wait()

    def stop(self, timeout: float = 30) -> int:
        if self.alive():
            self.proc.send_signal(signal.SIGTERM)
        return self.wait(timeout)

    def wait(self, timeout: float = 30) -> int:
        try:
            return self.proc.wait(timeout)
        finally:
            self._log.close()

    def output(self) -> str:
        return self.log_path.read_text(errors="replace")

    def started(self) -> bool:
        return '"service starting"' in self.output()


@dataclass
class GrowingFeeds:
    """Feeds on ``server`` that gain entries between rounds, like real ones; every entry has
    its own link, relevant ones (China and a Central Asian country, science or education)
    and plain ones mixed."""

    server: FeedServer
    sources: int
    rng: random.Random
    delay: float = 0.0
    entries: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    serial: int = 0

    def __post_init__(self) -> None:
        for i in range(self.sources):
            self.entries[f"f{i}"] = []

    def write_sources(self, path: Path) -> None:
        lines = ["sources:"] + [f"  - {{id: {sid}, url: '{self.server.url('/' + sid)}', interval: {INTERVAL}s}}"
                               for sid in self.entries]
        path.write_text("\n".join(lines) + "\n")

    def grow(self, per_feed: int) -> None:
        for sid, items in self.entries.items():
            for _ in range(per_feed):
                self.serial += 1
                n = self.serial
                if self.rng.random() < 0.5:
                    country, topic, city = (self.rng.choice(COUNTRIES), self.rng.choice(FIELDS),
                                            self.rng.choice(CITIES))
                    title = f"China and {country} open joint {topic} laboratory at {city} university ({n})"
                    summary = (f"Chinese and {country} scientists will study {topic} together; "
                               f"the university in {city} hosts researchers from both countries. "
                               + " ".join(self.rng.sample(FIELDS + CITIES, 6)))
                else:
                    words = self.rng.sample(FILLER, 5)
                    title = f"Local {words[0]} and {words[1]} news number {n}"
                    summary = " ".join(words + self.rng.sample(FILLER, 5))
                items.append((f"{sid}-{n}", title, summary))
        self.publish()

    def publish(self) -> None:
        base = self.server.url("")
        for sid, items in self.entries.items():
            body = "".join(
                f"<item><title>{t}</title><link>{base}/news/{g}</link><guid>{g}</guid>"
                f"<description>{s}</description><pubDate>{formatdate(usegmt=True)}</pubDate></item>"
                for g, t, s in items)
            self.server.add_feed("/" + sid, f'<?xml version="1.0"?><rss version="2.0"><channel>'
                                 f"<title>{sid}</title><link>{base}/</link>{body}</channel></rss>",
                                 etag=f'"{sid}-{len(items)}"', delay=self.delay)

    def links(self) -> set[str]:
        base = self.server.url("")
        return {f"{base}/news/{g}" for items in self.entries.values() for g, _, _ in items}


def stored_links(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return [u for u in conn.scalars(select(Item.url)) if u]


def relevant_events(engine: Engine, webhook_id: int) -> set[str]:
    """The event id each relevant story's alert carries (one alert per story)."""
    with engine.connect() as conn:
        stories = conn.scalars(select(Story.id).where(Story.relevant.is_(True))).all()
    return {event_id_for(webhook_id, sid) for sid in stories}


def received(receiver: Receiver) -> dict[str, list[float]]:
    """Event id → the times it arrived."""
    got: dict[str, list[float]] = {}
    for r in list(receiver.requests):
        got.setdefault(r.headers["x-monitor-delivery"], []).append(r.at)
    return got


def check_alerts(engine: Engine, receiver: Receiver, webhook_id: int, kills: list[float]) -> dict[str, Any]:
    """Every relevant story alerted; an alert twice only when a kill came between the two
    (the send in flight), and at most one such per kill."""
    expected = relevant_events(engine, webhook_id)
    got = received(receiver)
    assert expected and set(got) == expected, (len(expected), len(got), sorted(expected ^ set(got))[:5])
    repeats = {e: times for e, times in got.items() if len(times) > 1}
    explained: list[float] = []
    for event, times in repeats.items():
        assert len(times) == 2, (event, times)
        between = [k for k in kills if times[0] < k < times[1] and k not in explained]
        assert between, f"{event} was sent twice with no kill in between"
        explained.append(between[0])
    for r in receiver.requests:
        assert json.loads(r.body)["id"] == r.headers["x-monitor-delivery"]
    return {"stories": len(expected), "repeats_after_a_kill": len(repeats)}


def leases_of(engine: Engine, pid: int) -> dict[str, Any]:
    """The sources whose lease ``pid`` holds, with when each runs out."""
    with engine.connect() as conn:
        rows = conn.execute(select(Source.id, Source.lease_owner, Source.lease_until)
                            .where(Source.lease_owner.is_not(None))).all()
    return {sid: until for sid, owner, until in rows if owner.split(":")[1:2] == [str(pid)]}


def wait_until(predicate, timeout: float, step: float = 0.2) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return bool(predicate())
