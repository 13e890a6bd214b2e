"""Plain frozen records that cross the storage boundary (ORM objects never leave ``storage``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class SourceSpec:
    """What the configuration says about a source (synced into the ``sources`` table)."""

    id: str
    name: str
    url: str
    language: str | None
    interval_seconds: int
    enabled: bool = True
    dedup: bool = True


@dataclass(frozen=True)
class SourceState:
    """A source row as the poller and ``sources check`` see it."""

    id: str
    name: str
    url: str
    language: str | None
    interval_seconds: int
    enabled: bool
    in_config: bool
    dedup: bool
    etag: str | None
    last_modified: str | None
    next_poll_at: datetime
    consecutive_failures: int
    last_status: str | None
    last_http_status: int | None
    last_error: str | None
    last_polled_at: datetime | None
    last_success_at: datetime | None
    lease_owner: str | None = None
    lease_until: datetime | None = None


@dataclass(frozen=True)
class NewItem:
    """An item to insert, already normalized, keyed and (optionally) classified."""

    item_key: str
    title: str
    summary: str
    published_at: datetime
    fetched_at: datetime
    content_hash: str
    guid: str | None = None
    url: str | None = None
    content: str | None = None
    author: str | None = None
    language: str | None = None
    relevant: bool | None = None
    score: float | None = None
    decision: dict[str, Any] | None = None
    rules_version: str | None = None


@dataclass(frozen=True)
class PollRecord:
    """Everything one poll of one source writes, in one transaction."""

    source_id: str
    started_at: datetime
    duration_ms: int
    status: str  # "ok" | "not_modified" | "error"
    next_poll_at: datetime
    consecutive_failures: int
    http_status: int | None = None
    error: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    bytes: int | None = None
    items: tuple[NewItem, ...] = field(default_factory=tuple)
    lease_owner: str | None = None


@dataclass(frozen=True)
class StoredItem:
    id: int
    source_id: str
    item_key: str
    guid: str | None
    url: str | None
    title: str
    summary: str
    content: str | None
    language: str | None
    published_at: datetime
    fetched_at: datetime
    relevant: bool | None
    score: float | None
    decision: dict[str, Any] | None
    rules_version: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "source": self.source_id, "url": self.url, "title": self.title,
            "summary": self.summary, "published": self.published_at.isoformat(),
            "fetched": self.fetched_at.isoformat(), "language": self.language, "guid": self.guid,
            "relevant": self.relevant, "score": self.score, "rules_version": self.rules_version,
            "decision": self.decision,
        }
