"""Golden files: each feed in data/feeds parses and normalizes to data/feeds/<name>.golden.json.

Regenerate after an intended change with ``UPDATE_GOLDEN=1 make test`` and review the diff.
"""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from pathlib import Path

import pytest

from monitor.feeds.normalize import normalize_feed
from monitor.feeds.parse import parse_feed

FEEDS = Path(__file__).resolve().parents[1] / "data" / "feeds"
FETCHED_AT = datetime(2026, 11, 5, 12, 0, tzinfo=timezone.utc)
CASES = sorted(p for p in FEEDS.iterdir() if not p.name.endswith(".golden.json"))
CONTENT_TYPES = {".json": "application/feed+json", ".rdf": "application/rdf+xml"}


def render(path: Path) -> dict:
    feed = parse_feed(path.read_bytes(), url=f"https://feeds.example/{path.name}",
                      content_type=CONTENT_TYPES.get(path.suffix, "application/xml"))
    entries = normalize_feed(feed, base_url=f"https://feeds.example/{path.name}", fetched_at=FETCHED_AT)
    return {
        "format": feed.format, "title": feed.title, "warning": bool(feed.warning),
        "entries": [{"title": e.title, "link": e.link, "guid": e.guid, "summary": e.summary,
                     "content": e.content, "published": e.published.isoformat(), "language": e.language,
                     "author": e.author, "key": e.key[:16]} for e in entries],
    }


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_feed_matches_golden(path: Path) -> None:
    golden = path.with_name(path.name + ".golden.json")
    actual = render(path)
    if os.environ.get("UPDATE_GOLDEN") == "1" or not golden.exists():
        golden.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert actual == json.loads(golden.read_text(encoding="utf-8"))
