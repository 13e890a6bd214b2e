"""A restarted instance takes back, at once, the leases of processes of this machine that died."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, select

from storage.leases import instance_id, machine_key, owner_is_dead, release_dead_leases
from storage.models import Source
from storage.records import SourceSpec
from storage.sources import claim_due_sources, sync_sources

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@pytest.fixture
def sleeper():  # type: ignore[no-untyped-def]
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield proc.pid
    proc.kill()
    proc.wait()


def owner(pid: int, key: str | None = None) -> str:
    return f"host:{pid}:{machine_key() if key is None else key}:abcdef12"


def test_owner_ids_name_the_process_and_the_machine() -> None:
    if not machine_key():
        pytest.skip("no /proc: leases are never judged here")
    host, pid, key, random = instance_id().rsplit(":", 3)
    assert int(pid) == os.getpid() and key == machine_key() and len(random) == 8


def test_which_owners_are_dead(sleeper: int) -> None:
    if not machine_key():
        pytest.skip("no /proc: leases are never judged here")
    assert owner_is_dead(owner(dead_pid()))
    assert not owner_is_dead(owner(sleeper))
    assert not owner_is_dead(owner(dead_pid(), key="0badc0de"))  # another machine or container
    assert not owner_is_dead(f"host:{dead_pid()}:abcdef12")  # the format before machine keys
    assert owner_is_dead(owner(os.getpid()))  # a predecessor that had our pid


def test_release_dead_leases(engine: Engine, sleeper: int) -> None:
    if not machine_key():
        pytest.skip("no /proc: leases are never judged here")
    sync_sources(engine, [SourceSpec(id=f"s{i}", name="s", url=f"https://e.example/{i}", language=None,
                                     interval_seconds=60, enabled=True, dedup=True) for i in range(3)], NOW)
    for sid, who in [("s0", owner(dead_pid())), ("s1", owner(sleeper)), ("s2", owner(dead_pid(), "0badc0de"))]:
        assert claim_due_sources(engine, who, NOW, 600, source_ids=[sid])
    assert release_dead_leases(engine, NOW + timedelta(seconds=1)) == {"sources": 1}
    with engine.connect() as conn:
        held = dict(conn.execute(select(Source.id, Source.lease_owner)).tuples().all())
    assert held["s0"] is None and held["s1"] == owner(sleeper) and held["s2"] is not None
