"""SQLAlchemy 2.0 models. ORM classes stay inside ``storage``: callers get frozen records.

Times are stored as naive UTC (portable between SQLite and PostgreSQL) and always come back as
timezone-aware UTC datetimes through :class:`UTCDateTime`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (JSON, Boolean, Float, ForeignKey, Index, Integer, LargeBinary,
                        String, Text, UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from storage import tables
from storage.tables import UTCDateTime


class Base(DeclarativeBase):
    metadata = tables.metadata  # one MetaData: the Core tables of storage/tables.py are in it


class Source(Base):
    """A feed and its polling state: validators, failures, back-off, the next poll, the lease."""

    __table__ = tables.sources  # Core, for the warm poll (storage/tables.py)

    id: Mapped[str]
    name: Mapped[str]
    url: Mapped[str]
    language: Mapped[str | None]
    interval_seconds: Mapped[int]
    enabled: Mapped[bool]
    in_config: Mapped[bool]
    dedup: Mapped[bool]
    fulltext: Mapped[str]  # auto | always | never (docs/enrich.md)
    etag: Mapped[str | None]
    last_modified: Mapped[str | None]
    next_poll_at: Mapped[datetime]
    consecutive_failures: Mapped[int]
    last_status: Mapped[str | None]
    last_http_status: Mapped[int | None]
    last_error: Mapped[str | None]
    last_polled_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    lease_owner: Mapped[str | None]
    lease_until: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Story(Base):
    """One story however many outlets carried it: the unit alerts and digests work on.

    Its first item is the representative (``title``, ``url`` and ``published_at`` are copied from
    it). ``relevant`` is true when any live item of the story is; ``relevant_since`` is when it
    first became so (set once: an alert goes out once per story).
    """

    __tablename__ = "stories"
    __table_args__ = (
        Index("ix_stories_first_seen", "first_seen_at"),
        Index("ix_stories_relevant_since", "relevant_since"),
        Index("ix_stories_relevant_published", "relevant", "published_at", "id"),
        Index("ix_stories_published", "published_at", "id"),
        Index("ix_stories_last_seen", "last_seen_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    title: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(8))
    published_at: Mapped[datetime] = mapped_column(UTCDateTime)
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    relevant: Mapped[bool] = mapped_column(Boolean, default=False)
    relevant_since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    score: Mapped[float | None] = mapped_column(Float)


class Item(Base):
    """One article, stored once however often and wherever it was seen (see :class:`Sighting`).

    ``canonical_url`` (unique) is the exact key across sources; ``signature`` the near-duplicate
    fingerprint (``monitor.dedup``); ``deleted_at`` makes the row a tombstone: it is hidden, and
    its sightings keep the feed from bringing it back.
    """

    __tablename__ = "items"
    __table_args__ = (
        UniqueConstraint("source_id", "item_key", name="uq_items_source_key"),
        Index("uq_items_canonical_url", "canonical_url", unique=True),
        Index("ix_items_published_at", "published_at", "id"),
        Index("ix_items_relevant_published", "relevant", "published_at", "id"),
        Index("ix_items_story", "story_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    item_key: Mapped[str] = mapped_column(String(64))
    guid: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text)
    content: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(8))
    published_at: Mapped[datetime] = mapped_column(UTCDateTime)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime)
    content_hash: Mapped[str] = mapped_column(String(64))
    relevant: Mapped[bool | None] = mapped_column(Boolean)
    score: Mapped[float | None] = mapped_column(Float)
    decision: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    rules_version: Mapped[str | None] = mapped_column(String(40))
    story_id: Mapped[int | None] = mapped_column(ForeignKey("stories.id"))
    canonical_url: Mapped[str | None] = mapped_column(Text)
    outlet_url: Mapped[str | None] = mapped_column(Text)  # names the outlet when the link does not
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Sighting(Base):
    """One (source, item key) under which an item was seen: the link and GUID as they appeared.

    Every item has at least one (its first). Another source carrying the same canonical URL, or
    the same source re-publishing under a new GUID, adds a sighting instead of an item.
    """

    __tablename__ = "sightings"
    __table_args__ = (
        UniqueConstraint("source_id", "item_key", name="uq_sightings_source_key"),
        Index("ix_sightings_item", "item_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    item_key: Mapped[str] = mapped_column(String(64))
    guid: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime)


class FetchLog(Base):
    """One row per fetch of a source: what happened, how long it took."""

    __table__ = tables.fetch_log

    id: Mapped[int]
    source_id: Mapped[str]
    started_at: Mapped[datetime]
    duration_ms: Mapped[int]
    status: Mapped[str]
    http_status: Mapped[int | None]
    new_items: Mapped[int]
    bytes: Mapped[int | None]
    error: Mapped[str | None]
