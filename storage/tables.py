"""The tables a poll touches when no feed brought items, as SQLAlchemy Core tables.

A warm ``monitor poll`` (every feed answers 304) reads and writes only ``sources`` and
``fetch_log``. Defined here in Core, they need neither ``sqlalchemy.orm`` nor the mapper
configuration, about a tenth of such a poll's time; :mod:`storage.models` maps its ``Source``
and ``FetchLog`` classes onto these very tables (one definition, one ``MetaData``).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Index, Integer, MetaData, String, Table, Text
from sqlalchemy.types import TypeDecorator

metadata = MetaData()


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, naive UTC in the column."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use an aware UTC datetime")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc)


# A feed and its polling state: validators, failures, back-off, the next poll, the lease.
sources = Table(
    "sources", metadata,
    Column("id", String(64), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("url", Text, nullable=False),
    Column("language", String(8)),
    Column("interval_seconds", Integer, nullable=False),
    Column("enabled", Boolean, nullable=False, default=True),
    Column("in_config", Boolean, nullable=False, default=True),
    Column("dedup", Boolean, nullable=False, default=True),
    Column("fulltext", String(8), nullable=False, default="auto"),  # auto | always | never (docs/enrich.md)
    Column("etag", Text),
    Column("last_modified", Text),
    Column("next_poll_at", UTCDateTime, nullable=False, index=True),
    Column("consecutive_failures", Integer, nullable=False, default=0),
    Column("last_status", String(20)),
    Column("last_http_status", Integer),
    Column("last_error", Text),
    Column("last_polled_at", UTCDateTime),
    Column("last_success_at", UTCDateTime),
    Column("lease_owner", String(100)),
    Column("lease_until", UTCDateTime),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)

# One row per fetch of a source: what happened, how long it took.
fetch_log = Table(
    "fetch_log", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_id", ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
    Column("started_at", UTCDateTime, nullable=False),
    Column("duration_ms", Integer, nullable=False),
    Column("status", String(20), nullable=False),
    Column("http_status", Integer),
    Column("new_items", Integer, nullable=False, default=0),
    Column("bytes", Integer),
    Column("error", Text),
    Index("ix_fetch_log_source_started", "source_id", "started_at"),
)
