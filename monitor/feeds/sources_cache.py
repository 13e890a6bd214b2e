"""The validated sources file, kept in ``MONITOR_DATA_DIR`` between starts.

Every ``monitor`` start reads ``sources.yaml``; importing PyYAML and validating 500 sources
was a twentieth of a warm ``monitor poll``. So the validated result is written to
``<data dir>/sources-cache.json`` with a key, and a start whose key matches reads it back
instead. The key is a SHA-256 over everything the result depends on: the file's text, the
minimum interval, the validating code (this module, :mod:`monitor.feeds.sources`,
:mod:`monitor.feeds.queries`, :mod:`monitor.setting_values`), the installed PyYAML (its
``__init__``'s size and time) and the Python version. Any change, a missing or unreadable
cache, or one that does not decode, means parsing as before, which also says what is wrong
with a broken file (a file with problems is never cached). A cache that cannot be written
(a read-only folder) is skipped.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import importlib.util
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from monitor import __version__

CACHE_FILE = "sources-cache.json"
_HERE = Path(__file__).resolve().parent
_CODE = (_HERE / "sources_cache.py", _HERE / "sources.py", _HERE / "queries.py", _HERE.parent / "setting_values.py")
Row = TypeVar("Row")  # monitor.feeds.sources.SourceConfig: a frozen dataclass of JSON values and tuples


def cache_key(text: str, min_interval: float) -> str:
    digest = hashlib.sha256()
    for part in (text, repr(min_interval), __version__, sys.version, _yaml_stamp()):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    for path in _CODE:
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def _yaml_stamp() -> str:
    spec = importlib.util.find_spec("yaml")
    if spec is None or not spec.origin:
        return "-"
    stat = os.stat(spec.origin)
    return f"{spec.origin}:{stat.st_size}:{stat.st_mtime_ns}"


def cached(text: str, min_interval: float, folder: Path, parse: Callable[[], list[Row]], row: type[Row]
           ) -> list[Row]:
    """The sources ``text`` describes, as ``row`` s: from the cache in ``folder`` when its key
    matches, else ``parse()`` (then cached)."""
    try:
        key = cache_key(text, min_interval)
    except OSError:  # the code's files cannot be read: no cache
        return parse()
    path = folder / CACHE_FILE
    try:
        stored = json.loads(path.read_bytes())
        if stored["key"] == key:
            return [row(**{k: tuple(v) if isinstance(v, list) else v for k, v in values.items()})
                    for values in stored["sources"]]
    except (OSError, ValueError, TypeError, KeyError):
        pass
    sources = parse()
    fields = [f.name for f in dataclasses.fields(row)]  # type: ignore[arg-type]
    rows: list[dict[str, Any]] = [{f: getattr(s, f) for f in fields} for s in sources]
    tmp = path.with_name(f".{CACHE_FILE}.{os.getpid()}")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps({"key": key, "sources": rows}, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)  # whole or not at all, also with instances starting together
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return sources
