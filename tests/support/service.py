"""`monitor run` as a process for the tests that need the whole service: start it, wait for a
condition, stop it with SIGTERM as a container would; and a count over its SQLite database."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, text


def count(db: Path, sql: str) -> int:
    """One number from the service's SQLite database; -1 while it cannot be read yet."""
    engine = create_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(sql)).scalar() or 0)
    except Exception:
        return -1
    finally:
        engine.dispose()


def run_service_until(env: dict[str, str], cwd: Path, done: Callable[[], bool], seconds: float,
                      poll: float = 0.1) -> str:
    """Run `monitor run` until ``done()`` or ``seconds`` have passed, then SIGTERM; assert a clean
    exit and return what it wrote to stderr."""
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "run"], env=env, cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not done():
            time.sleep(poll)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    return err
