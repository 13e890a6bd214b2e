"""Who holds a lease, and taking back the leases of a process that died on this machine.

A lease (``lease_owner``, ``lease_until`` on ``sources`` and ``deliveries``) is how one instance
keeps a row to itself while it polls a source or sends a delivery; if it dies, the lease runs
out and another instance takes the row over. That is the only safe rule across machines, but
it makes a crashed instance that is restarted at once (``kill -9``, the OOM killer, a crash
loop) wait out its own leases: with the defaults a source stays claimed for 10 minutes.

So an owner names its process precisely: ``host:pid:machine:random``, where ``machine`` is a
digest of the kernel's boot id and the process's PID namespace. An instance that starts can
then tell, for an owner with the same ``machine``, whether that process still exists: if it
does not (or it is a zombie), no poll or send of it can still be running, and its leases are
released at once (:func:`release_dead_leases`). Owners from other machines, other PID
namespaces (other containers) or an older format are never judged: their leases run out.
"""

from __future__ import annotations

import hashlib
import os
import socket
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine


@lru_cache(maxsize=1)
def machine_key() -> str:
    """8 hex digits naming this boot of this kernel and this PID namespace; "" when unknown."""
    try:
        boot = Path("/proc/sys/kernel/random/boot_id").read_text().strip()
        namespace = os.readlink("/proc/self/ns/pid")
    except OSError:
        return ""
    return hashlib.sha256(f"{boot} {namespace}".encode()).hexdigest()[:8]


def instance_id() -> str:
    """A lease owner for this process: ``host:pid:machine:random`` (at most 70 characters)."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{machine_key() or '-'}:{os.urandom(4).hex()}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: it exists
        return True
    try:  # a zombie has ended; only its parent has not collected it yet
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state not in ("Z", "X")


def owner_is_dead(owner: str) -> bool:
    """True only when ``owner`` is a process of this machine and PID namespace that no longer
    runs. Called at start, before this process holds a lease: an owner with this process's
    own pid is then a predecessor that had the same pid."""
    parts = owner.rsplit(":", 3)
    key = machine_key()
    if len(parts) != 4 or not key or parts[2] != key or not (parts[1].isascii() and parts[1].isdigit()):
        return False
    pid = int(parts[1])
    return pid == os.getpid() or not _alive(pid)


def release_dead_leases(engine: Engine, now: datetime) -> dict[str, int]:
    """Release the unexpired leases of owners that :func:`owner_is_dead`; rows released per table."""
    from sqlalchemy import select, update  # here only, as the ORM: the poll imports instance_id

    from storage.models import Source
    from storage.enrich_models import Enrichment
    from storage.notify_models import Delivery

    released: dict[str, int] = {}
    for model in (Source, Delivery, Enrichment):
        with engine.begin() as conn:
            owners = conn.scalars(select(model.lease_owner).distinct().where(
                model.lease_owner.is_not(None), model.lease_until > now)).all()
            dead = [o for o in owners if owner_is_dead(o)]
            if dead:
                released[model.__table__.name] = conn.execute(
                    update(model).where(model.lease_owner.in_(dead))
                    .values(lease_owner=None, lease_until=None)).rowcount
    return released
