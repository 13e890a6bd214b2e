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

A data folder without a valid cache (a first start) reads the copy compiled at install time,
when there is one and its key matches: ``python -m monitor.pipeline.rules_cache`` writes it to
:func:`prebuilt_path` (under ``sys.prefix``: the virtual environment, or the image's
``/usr/local``); ``make`` and the Dockerfile run it after installing. The copy is then written to
the data folder, which later starts read. Without it, the first start compiles (0.4 s of CPU,
which the first cold poll's parse workers wait for: about 0.8 s of its wall time on the
bench's corpus).
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
    found = _read(path, key, restore)
    if found is not None:
        return found[0]
    prebuilt = prebuilt_path()
    if prebuilt != path:
        found = _read(prebuilt, key, restore)
        if found is not None:
            _write(path, found[1])  # later starts read their own folder
            return found[0]
    clf, payload = compile_with_snapshot(None)
    if payload is not None:
        _write(path, _file_bytes(key, payload))
    return clf


def prebuilt_path() -> Path:
    """Where the rules compiled at install time are kept (``python -m monitor.pipeline.rules_cache``)."""
    return Path(sys.prefix) / "share" / "ca-news-monitor" / CACHE_FILE


def write_prebuilt(path: Path | None = None) -> Path:
    """Compile the bundled rules and write them where a first start looks for them. Raises
    what compiling raises, and OSError when the file cannot be written."""
    from classifiers.snapshot import compile_with_snapshot

    target = path or prebuilt_path()
    _clf, payload = compile_with_snapshot(None)
    if payload is None:
        raise RuntimeError("the compiled rules cannot be snapshotted")
    _write(target, _file_bytes(cache_key().encode(), payload), strict=True)
    return target


def _file_bytes(key: bytes, payload: bytes) -> bytes:
    return b"".join((_MAGIC, key, b"\n", hashlib.sha256(payload).hexdigest().encode(), b"\n", payload))


def _read(path: Path, key: bytes, restore: Any) -> tuple[Any, bytes] | None:
    """The classifier in the cache file at ``path`` and the file's bytes, when the file holds
    ``key``'s snapshot whole; None otherwise (missing, unreadable, stale, damaged)."""
    try:
        data = path.read_bytes()
        head, stored_key, digest, payload = data.split(b"\n", 3) if data.startswith(_MAGIC) else (b"",) * 4
        if stored_key == key and digest == hashlib.sha256(payload).hexdigest().encode():
            return restore(payload), data
    except Exception:  # noqa: BLE001 (unreadable, or not a snapshot: compiled again)
        pass
    return None


def _write(path: Path, data: bytes, *, strict: bool = False) -> None:
    """Write the file whole or not at all; an OSError is raised when ``strict``, else the cache
    is just not kept."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)  # whole or not at all, also with instances starting together
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        if strict:
            raise


if __name__ == "__main__":  # make and the Dockerfile, after installing
    print(f"compiled rules written to {write_prebuilt()}")
