"""Frozen records of the notification tables (ORM objects never leave ``storage``).

Filters are kept as the comma-separated text they are stored as; ``monitor`` turns them into
:class:`notifications.model.Filters` (``storage`` stays free of ``notifications`` rules).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from storage.item_records import StoredStory

DELIVERY_STATUSES = ("pending", "sent", "failed", "dead")


@dataclass(frozen=True)
class FilterText:
    """Filters as stored: comma-separated codes (``""`` = any) and an optional minimum score."""

    countries: str = ""
    topics: str = ""
    languages: str = ""
    min_score: float | None = None


@dataclass(frozen=True)
class SubscriberRecord:
    id: int
    email: str
    name: str
    timezone: str
    schedule: str
    at: str
    day: int | None
    filters: FilterText
    confirmed: bool
    paused: bool
    created_at: datetime
    digest_cutoff: datetime
    next_digest_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "email": self.email, "name": self.name, "timezone": self.timezone,
            "schedule": self.schedule, "at": self.at, "day": self.day,
            "countries": self.filters.countries, "topics": self.filters.topics,
            "languages": self.filters.languages, "min_score": self.filters.min_score,
            "confirmed": self.confirmed, "paused": self.paused,
            "created_at": self.created_at.isoformat(),
            "next_digest_at": self.next_digest_at.isoformat(),
        }


@dataclass(frozen=True)
class WebhookRecord:
    id: int
    url: str
    format: str
    secret: str | None = field(repr=False)
    chat_id: str | None
    filters: FilterText
    active: bool
    created_at: datetime


@dataclass(frozen=True)
class DeliveryRecord:
    """One outbox row. ``message`` (digests) is the rendered email, frozen at creation."""

    id: int
    kind: str
    status: str
    attempts: int
    next_attempt_at: datetime
    created_at: datetime
    updated_at: datetime
    webhook_id: int | None = None
    subscriber_id: int | None = None
    story_id: int | None = None
    event_id: str | None = None
    event_type: str | None = None
    last_error: str | None = None
    last_status_code: int | None = None
    sent_at: datetime | None = None
    payload: dict[str, Any] | None = None
    message: str | None = field(default=None, repr=False)
    message_id: str | None = None
    target: str = ""  # the subscriber's address or the webhook's redacted URL, for listings

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind, "status": self.status, "attempts": self.attempts,
            "target": self.target, "webhook_id": self.webhook_id,
            "subscriber_id": self.subscriber_id, "story_id": self.story_id,
            "event_id": self.event_id, "event_type": self.event_type,
            "message_id": self.message_id,
            "stories": list((self.payload or {}).get("story_ids", [])) if self.kind == "digest"
            else ([self.story_id] if self.story_id is not None else []),
            "next_attempt_at": self.next_attempt_at.isoformat(),
            "created_at": self.created_at.isoformat(),
            "sent_at": self.sent_at.isoformat() if self.sent_at else None,
            "last_status_code": self.last_status_code, "last_error": self.last_error,
        }


@dataclass(frozen=True)
class StoryWithSources:
    """A story and the display names of the sources that carried it (``sources.name``)."""

    story: StoredStory
    source_names: dict[str, str]


@dataclass(frozen=True)
class NewDigest:
    """What the digest renderer returns for a new digest delivery (given its outbox id)."""

    message: str
    message_id: str
