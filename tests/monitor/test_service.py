"""`monitor run` as a real process: it polls on its own, and stops cleanly on SIGTERM."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path


from monitor.service import stop_on_signals
from tests.monitor.pipeline.test_poll_e2e import env_for
from tests.support.feedserver import FeedServer
from tests.support.service import count

RSS = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>
<item><title>First</title><link>https://a.example/1</link><guid>g1</guid></item>
<item><title>Second</title><link>https://a.example/2</link><guid>g2</guid></item>
</channel></rss>"""


def test_run_polls_then_stops_on_sigterm(feed_server: FeedServer, tmp_path: Path) -> None:
    url = feed_server.add_feed("/rss", RSS)
    (tmp_path / "sources.yaml").write_text(f"sources:\n  - {{id: a, url: '{url}', interval: 1m}}\n")
    env = {**os.environ, **env_for(tmp_path), "MONITOR_TICK": "1s", "MONITOR_PARSE_WORKERS": "2",
           "MONITOR_LOG_LEVEL": "info", "MONITOR_LOG_FORMAT": "json"}
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "run"], env=env, cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    db = tmp_path / "monitor.db"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and count(db, "SELECT count(*) FROM items") < 2:
            time.sleep(0.2)
        assert count(db, "SELECT count(*) FROM items") == 2
        health = subprocess.run([sys.executable, "-m", "monitor", "health"], env=env, cwd=tmp_path,
                                capture_output=True, text=True, timeout=60)
        assert health.returncode == 0, health.stdout + health.stderr
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert '"msg": "polled"' in err and '"source": "a"' in err and '"new": 2' in err
    assert '"msg": "service stopped"' in err
    # one fetch for a 1-minute interval: the tick does not re-poll a source that is not due
    assert feed_server.hits("/rss") == 1
    assert count(db, "SELECT count(*) FROM sources WHERE lease_owner IS NOT NULL") == 0


def test_health_fails_without_a_running_service(tmp_path: Path) -> None:
    env = {**os.environ, **env_for(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "monitor", "health"], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "no heartbeat" in result.stdout


def test_stop_on_signals_installs_on_the_main_thread_only() -> None:
    """SIGTERM calls ``stop`` when installed from the main thread; from any other thread
    nothing is installed (signal handlers can only live there) and the caller is told."""
    async def on_main() -> tuple[bool, bool]:
        stopped = asyncio.Event()
        installed = stop_on_signals(stopped.set)
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            await asyncio.wait_for(stopped.wait(), 5)
            return installed, stopped.is_set()
        finally:
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.remove_signal_handler(sig)

    assert asyncio.run(on_main()) == (True, True)
    on_thread: list[bool] = []
    worker = threading.Thread(target=lambda: on_thread.append(asyncio.run(_install_nothing())))
    worker.start()
    worker.join(5)
    assert on_thread == [False]


async def _install_nothing() -> bool:
    return stop_on_signals(lambda: None)
