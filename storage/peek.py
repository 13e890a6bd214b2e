"""A quick look into a SQLite database before SQLAlchemy is loaded: which sources hold validators.

``monitor poll`` asks this in its first milliseconds to guess whether the poll will have feeds
to parse (a source without an ETag or Last-Modified will send a whole feed), and if so starts
the parse workers' fork server at once: it takes half a second to load the parsers and compile
the rules, which then overlaps with loading SQLAlchemy and httpx and opening the database
instead of following them. A guess only: whatever cannot be read cheaply answers None, and the
workers then start as they otherwise would, when the poll claims its sources.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote


def sqlite_path(database_url: str) -> Path | None:
    """The file of a ``sqlite:///…`` URL (None for other databases and in-memory SQLite)."""
    prefix = "sqlite:///"
    if not database_url.startswith(prefix):
        return None
    path = database_url[len(prefix):].split("?", 1)[0]
    if not path or path == ":memory:":
        return None
    return Path(path).expanduser()


def validated_sources(database_url: str) -> set[str] | None:
    """Ids of the sources that hold an ETag or a Last-Modified date.

    An empty set when the database file does not exist yet (every source is new); None when
    the answer cannot be read cheaply (not SQLite, no ``sources`` table yet, a locked or
    unreadable file).
    """
    path = sqlite_path(database_url)
    if path is None:
        return None
    if not path.exists():
        return set()
    try:
        conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=0.5)
    except sqlite3.Error:
        return None
    try:
        rows = conn.execute("SELECT id FROM sources WHERE etag IS NOT NULL OR last_modified IS NOT NULL")
        return {row[0] for row in rows}
    except sqlite3.Error:
        return None
    finally:
        conn.close()
