"""The compiled bundled rules, kept in ``MONITOR_DATA_DIR`` between starts.

The parse workers' fork server compiles the bundled rules at every start (0.35-0.45 s of CPU,
which a cold poll's parse workers wait for); reading back a snapshot of the compiled classifier
(:mod:`classifiers.snapshot`) takes 0.08-0.1 s. The snapshot is written to
``<data dir>/rules-cache.bin`` under a key, a SHA-256 over everything a compiled classifier
depends on: the bytes of every rules and vocabulary file of the package (``classifiers/data``),
of every module of the classifier (``classifiers/*.py``), the snapshot format, the installed
``ahocorasick_rs`` and PyYAML (their files' size and time) and the Python version (the snapshot
holds ``marshal``'d code). The file also holds a SHA-256 of the snapshot itself. A key that does
not match, a digest that does not match, a file that cannot be read or unpickled: the rules are
compiled as before and the file is written again (whole or not at all: a temporary file, then
``os.replace``). A folder that cannot be written means compiling at every start, as before.
The file is only read by the fork server of a process given that folder (its own data).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import sys
from pathlib import Path
from typing import Any

from monitor import __version__

CACHE_FILE = "rules-cache.bin"
_MAGIC = b"monitor rules cache\n"
_PACKAGE = Path(__file__).resolve().parents[2] / "classifiers"


def cache_key() -> str:
    """The key of the bundled rules as compiled by this code and this Python."""
    from classifiers.snapshot import FORMAT

    digest = hashlib.sha256()
    for part in (FORMAT, __version__, sys.version, _stamp("ahocorasick_rs"), _stamp("yaml")):
        digest.update(part.encode())
        digest.update(b"\0")
    files = sorted(_PACKAGE.glob("*.py")) + sorted(p for p in (_PACKAGE / "data").rglob("*") if p.is_file())
    for path in files:
        digest.update(str(path.relative_to(_PACKAGE)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def _stamp(module: str) -> str:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.origin:
        return "-"
    stat = os.stat(spec.origin)
    return f"{spec.origin}:{stat.st_size}:{stat.st_mtime_ns}"


def bundled_classifier(folder: Path) -> Any:
    """The compiled bundled rules: from the cache in ``folder`` when it holds this code's,
    else compiled (and cached). Raises what compiling them raises."""
    from classifiers.snapshot import compile_with_snapshot, restore

    try:
        key = cache_key().encode()
    except OSError:  # the package's files cannot be read: no cache
        return compile_with_snapshot(None)[0]
    path = folder / CACHE_FILE
    try:
        data = path.read_bytes()
        head, stored_key, digest, payload = data.split(b"\n", 3) if data.startswith(_MAGIC) else (b"",) * 4
        if stored_key == key and digest == hashlib.sha256(payload).hexdigest().encode():
            return restore(payload)
    except Exception:  # noqa: BLE001 (unreadable, or not a snapshot: compiled again below)
        pass
    clf, payload = compile_with_snapshot(None)
    if payload is not None:
        _write(path, b"".join((_MAGIC, key, b"\n", hashlib.sha256(payload).hexdigest().encode(), b"\n", payload)))
    return clf


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{CACHE_FILE}.{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)  # whole or not at all, also with instances starting together
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
