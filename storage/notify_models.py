"""ORM models of the notification side: subscribers, webhooks, the delivery outbox, bookkeeping.

Kept apart from :mod:`storage.models` (the polling side) but on the same ``Base``, so Alembic and
``Base.metadata`` see one schema. Importing this module registers the tables; migration 0003
creates them. Like every model, these never leave ``storage``: repositories in
:mod:`storage.subscriptions` and :mod:`storage.outbox` return the frozen records of :mod:`storage.notify_records`.

Why the tables look like this:

* ``deliveries`` is the outbox: one row per email or alert, with its status, attempts, next
  attempt, last error and a lease (``lease_owner``/``lease_until``) so that several instances
  never send one row together and a dead instance's claim simply expires.
* ``uq_deliveries_webhook_story`` makes "one alert per story per webhook" a database fact, not a
  hope: a second fan-out of the same story inserts nothing.
* ``story_fanouts`` marks a story as handed to the webhooks (whether or not any wanted it), so
  the fan-out job looks at each newly relevant story once.
* ``digest_entries`` (unique per subscriber and story) is what makes a story go into exactly one
  digest per subscriber; each entry points at the digest delivery that carries it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base, UTCDateTime


class Subscriber(Base):
    """Someone who gets email digests on their own schedule, filtered to what they want."""

    __tablename__ = "subscribers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    timezone: Mapped[str] = mapped_column(String(64))
    schedule: Mapped[str] = mapped_column(String(10))  # "daily" | "weekly"
    at: Mapped[str] = mapped_column(String(5))  # "HH:MM", local time
    day: Mapped[int | None] = mapped_column(Integer)  # 0 = Monday, weekly only
    countries: Mapped[str] = mapped_column(Text, default="")  # comma-separated, "" = any
    topics: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[str] = mapped_column(Text, default="")
    min_score: Mapped[float | None] = mapped_column(Float)
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The end of the period of the last digest run (sent or empty): the next period starts here.
    digest_cutoff: Mapped[datetime] = mapped_column(UTCDateTime)
    next_digest_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class Webhook(Base):
    """A receiver of one alert per new relevant story, in its format, with optional filters."""

    __tablename__ = "webhooks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    url: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(16))
    secret: Mapped[str | None] = mapped_column(Text)
    chat_id: Mapped[str | None] = mapped_column(String(64))
    countries: Mapped[str] = mapped_column(Text, default="")
    topics: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[str] = mapped_column(Text, default="")
    min_score: Mapped[float | None] = mapped_column(Float)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Delivery(Base):
    """One email or alert in the outbox, from ``pending`` to ``sent`` or ``dead``."""

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("webhook_id", "story_id", name="uq_deliveries_webhook_story"),
        Index("ix_deliveries_due", "status", "next_attempt_at"),
        Index("ix_deliveries_subscriber", "subscriber_id", "kind", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(10))  # "webhook" | "digest" | "confirm"
    webhook_id: Mapped[int | None] = mapped_column(ForeignKey("webhooks.id", ondelete="CASCADE"))
    subscriber_id: Mapped[int | None] = mapped_column(
        ForeignKey("subscribers.id", ondelete="CASCADE"))
    story_id: Mapped[int | None] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"))
    event_id: Mapped[str | None] = mapped_column(String(64))
    event_type: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(10))  # pending | sent | failed | dead
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_status_code: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    lease_owner: Mapped[str | None] = mapped_column(String(100))
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Digests: the frozen story ids and period, and the rendered message itself, so a retry
    # sends byte for byte the same email (same Message-ID, same stories).
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    message: Mapped[str | None] = mapped_column(Text)
    message_id: Mapped[str | None] = mapped_column(String(255))


class StoryFanout(Base):
    """A relevant story that the fan-out job has turned into webhook deliveries (once)."""

    __tablename__ = "story_fanouts"

    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"),
                                          primary_key=True)
    fanned_out_at: Mapped[datetime] = mapped_column(UTCDateTime)


class DigestEntry(Base):
    """A story that went into one digest of one subscriber (never into a second)."""

    __tablename__ = "digest_entries"
    __table_args__ = (
        UniqueConstraint("subscriber_id", "story_id", name="uq_digest_entries_subscriber_story"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    subscriber_id: Mapped[int] = mapped_column(ForeignKey("subscribers.id", ondelete="CASCADE"))
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"))
    delivery_id: Mapped[int] = mapped_column(ForeignKey("deliveries.id", ondelete="CASCADE"))
