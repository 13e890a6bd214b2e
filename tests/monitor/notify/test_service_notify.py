"""`monitor run` sends alerts on its own, and a restart sends none of them again."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from monitor.cli import main
from tests.monitor.pipeline.test_poll_e2e import env_for
from tests.notifications.test_e2e_notifications import RELEVANT, rss
from tests.support.feedserver import FeedServer
from tests.support.service import run_service_until
from tests.support.receiver import Receiver


def serve(env: dict[str, str], tmp_path: Path, seconds: float, receiver: Receiver,
          expect: int) -> str:
    """Run the service until the receiver has ``expect`` requests or ``seconds`` have passed."""
    return run_service_until(env, tmp_path, lambda: len(receiver.requests) >= expect, seconds)


def test_the_service_alerts_once_across_a_restart(feed_server: FeedServer, tmp_path: Path,
                                                   receiver: Receiver) -> None:
    url = feed_server.add_feed("/rss", rss(feed_server.url(""), RELEVANT[:2]))
    (tmp_path / "sources.yaml").write_text(f"sources:\n  - {{id: a, url: '{url}', interval: 1m}}\n")
    env = {**os.environ, **env_for(tmp_path), "MONITOR_TICK": "1s", "MONITOR_DELIVERY_TICK": "1s"}
    code = main(["webhooks", "add", receiver.url("/ok"), "--format", "json", "--secret",
                 "s" * 20], environ=env, out=io.StringIO())
    assert code == 0

    err = serve(env, tmp_path, 30, receiver, expect=2)
    assert len(receiver.requests) == 2, err
    # Restarted (and given a few ticks), it finds nothing to send: both rows say sent.
    serve(env, tmp_path, 4, receiver, expect=3)
    assert len(receiver.requests) == 2
    assert len({r.headers["x-monitor-delivery"] for r in receiver.requests}) == 2


def test_a_stop_during_a_send_waits_for_it_and_the_restart_does_not_repeat_it(
        feed_server: FeedServer, tmp_path: Path, receiver: Receiver) -> None:
    """SIGTERM while a receiver is still answering: the service waits for the answer, marks the
    row sent, then exits; started again, it sends nothing."""
    url = feed_server.add_feed("/rss", rss(feed_server.url(""), RELEVANT[:1]))
    (tmp_path / "sources.yaml").write_text(f"sources:\n  - {{id: a, url: '{url}', interval: 1m}}\n")
    env = {**os.environ, **env_for(tmp_path), "MONITOR_TICK": "1s", "MONITOR_DELIVERY_TICK": "1s",
           "MONITOR_DELIVERY_TIMEOUT": "20s"}
    assert main(["webhooks", "add", receiver.url("/hang"), "--format", "json", "--secret", "s" * 20],
                environ=env, out=io.StringIO()) == 0

    proc = subprocess.Popen([sys.executable, "-m", "monitor", "run"], env=env, cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not receiver.requests:
            time.sleep(0.05)
        assert receiver.requests, "the alert never reached the receiver"
        proc.send_signal(signal.SIGTERM)  # the receiver has not answered yet
        time.sleep(1.0)
        assert proc.poll() is None, "the service left before the send in flight ended"
        receiver.release.set()  # the receiver answers 200 now
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    out = io.StringIO()
    assert main(["deliveries", "list", "--json"], environ=env, out=out) == 0
    assert '"status": "sent"' in out.getvalue(), out.getvalue()

    receiver.release.clear()
    serve(env, tmp_path, 4, receiver, expect=2)
    assert len(receiver.requests) == 1
