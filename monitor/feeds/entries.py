"""What parsing gives: a feed and its entries as the feed gave them (frozen, picklable).

Shared by both parsers (:mod:`monitor.feeds.parse`, :mod:`monitor.feeds.fastparse`) and by
normalising, which turns a :class:`RawEntry` into plain text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

MAX_ENTRIES = 2000


@dataclass(frozen=True)
class RawEntry:
    """One entry as the feed gave it: text may still hold markup and entities."""

    guid: str | None
    link: str | None
    title: str
    summary: str
    content: str
    published: datetime | None
    author: str | None = None
    language: str | None = None
    source_href: str | None = None  # <source url=…> (Google News carries the publisher here)


@dataclass(frozen=True)
class ParsedFeed:
    format: str
    title: str
    link: str | None
    language: str | None
    entries: tuple[RawEntry, ...] = field(default_factory=tuple)
    warning: str | None = None
