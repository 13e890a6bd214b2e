"""Subscribers and webhooks: who receives digests and alerts, with their filters."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.orm import Session

from storage.notify_models import Delivery, DigestEntry, Subscriber, Webhook
from storage.notify_records import (
    FilterText,
    SubscriberRecord,
    WebhookRecord,
)


class SubscriberExists(ValueError):
    def __init__(self, email: str) -> None:
        self.email = email
        super().__init__(f"a subscriber with the address {email} already exists; "
                         "remove it first or pick another address")


# --- records ------------------------------------------------------------------------------------


def _filters(row: Subscriber | Webhook) -> FilterText:
    return FilterText(row.countries or "", row.topics or "", row.languages or "", row.min_score)


def _subscriber(row: Subscriber) -> SubscriberRecord:
    return SubscriberRecord(
        id=row.id, email=row.email, name=row.name or "", timezone=row.timezone,
        schedule=row.schedule, at=row.at, day=row.day, filters=_filters(row),
        confirmed=bool(row.confirmed), paused=bool(row.paused), created_at=row.created_at,
        digest_cutoff=row.digest_cutoff, next_digest_at=row.next_digest_at)


def _webhook(row: Webhook) -> WebhookRecord:
    return WebhookRecord(id=row.id, url=row.url, format=row.format, secret=row.secret,
                         chat_id=row.chat_id, filters=_filters(row), active=bool(row.active),
                         created_at=row.created_at)


def _filter_values(filters: FilterText) -> dict[str, Any]:
    return {"countries": filters.countries, "topics": filters.topics, "languages": filters.languages,
                "min_score": filters.min_score}


# --- subscribers --------------------------------------------------------------------------------


def add_subscriber(engine: Engine, *, email: str, name: str, timezone: str, schedule: str, at: str,
                   day: int | None, filters: FilterText, confirmed: bool, now: datetime,
                   next_digest_at: datetime, digest_cutoff: datetime | None = None) -> SubscriberRecord:
    """Insert a subscriber whose first period starts at ``digest_cutoff`` (default ``now``; the
    look-back of a first digest starts earlier); :class:`SubscriberExists` if taken.

    Addresses are compared case-insensitively (``Ann@Example.org`` is ``ann@example.org``).
    """
    with Session(engine) as session, session.begin():
        taken = session.scalar(select(Subscriber.id).where(
            func.lower(Subscriber.email) == email.lower()))
        if taken is not None:
            raise SubscriberExists(email)
        row = Subscriber(email=email, name=name, timezone=timezone, schedule=schedule, at=at,
                         day=day, **_filter_values(filters), confirmed=confirmed, paused=False,
                         created_at=now, digest_cutoff=digest_cutoff or now,
                         next_digest_at=next_digest_at)
        session.add(row)
        session.flush()
        return _subscriber(row)


def get_subscriber(engine: Engine, email: str) -> SubscriberRecord | None:
    with Session(engine) as session:
        row = session.scalar(select(Subscriber).where(
            func.lower(Subscriber.email) == email.strip().lower()))
        return _subscriber(row) if row is not None else None


def get_subscriber_by_id(engine: Engine, subscriber_id: int) -> SubscriberRecord | None:
    with Session(engine) as session:
        row = session.get(Subscriber, subscriber_id)
        return _subscriber(row) if row is not None else None


def update_preferences(engine: Engine, subscriber_id: int, *, timezone: str, schedule: str, at: str,
                       day: int | None, filters: FilterText, next_digest_at: datetime) -> bool:
    """Change a subscriber's schedule and filters (the period under way keeps its start);
    False when there is no such subscriber."""
    with engine.begin() as conn:
        done = conn.execute(update(Subscriber).where(Subscriber.id == subscriber_id).values(
            timezone=timezone, schedule=schedule, at=at, day=day, next_digest_at=next_digest_at,
            **_filter_values(filters))).rowcount
    return done == 1


def list_subscribers(engine: Engine) -> list[SubscriberRecord]:
    with Session(engine) as session:
        return [_subscriber(r) for r in session.scalars(select(Subscriber).order_by(Subscriber.id))]


def remove_subscriber(engine: Engine, subscriber_id: int) -> None:
    """Delete the subscriber with its digest history and pending digests."""
    with Session(engine) as session, session.begin():
        session.execute(delete(DigestEntry).where(DigestEntry.subscriber_id == subscriber_id))
        session.execute(delete(Delivery).where(Delivery.subscriber_id == subscriber_id))
        session.execute(delete(Subscriber).where(Subscriber.id == subscriber_id))


def update_subscriber(engine: Engine, subscriber_id: int, *, paused: bool | None = None,
                      confirmed: bool | None = None) -> None:
    values: dict[str, Any] = {}
    if paused is not None:
        values["paused"] = paused
    if confirmed is not None:
        values["confirmed"] = confirmed
    if values:
        with engine.begin() as conn:
            conn.execute(update(Subscriber).where(Subscriber.id == subscriber_id).values(**values))


def subscribers_for_digest(engine: Engine, now: datetime, *, ignore_schedule: bool = False,
                           email: str | None = None) -> list[SubscriberRecord]:
    """Confirmed, unpaused subscribers whose digest is due (every one with ``ignore_schedule``)."""
    query = select(Subscriber).where(Subscriber.confirmed.is_(True), Subscriber.paused.is_(False))
    if not ignore_schedule:
        query = query.where(Subscriber.next_digest_at <= now)
    if email is not None:
        query = query.where(func.lower(Subscriber.email) == email.strip().lower())
    with Session(engine) as session:
        return [_subscriber(r) for r in session.scalars(query.order_by(Subscriber.next_digest_at,
                                                                       Subscriber.id))]


# --- webhooks -----------------------------------------------------------------------------------


def add_webhook(engine: Engine, *, url: str, format: str, secret: str | None, chat_id: str | None,
                filters: FilterText, now: datetime) -> WebhookRecord:
    """Insert a webhook; it gets alerts for stories that become relevant from ``now`` on."""
    with Session(engine) as session, session.begin():
        row = Webhook(url=url, format=format, secret=secret, chat_id=chat_id,
                      **_filter_values(filters), active=True, created_at=now)
        session.add(row)
        session.flush()
        return _webhook(row)


def get_webhook(engine: Engine, webhook_id: int) -> WebhookRecord | None:
    with Session(engine) as session:
        row = session.get(Webhook, webhook_id)
        return _webhook(row) if row is not None else None


def list_webhooks(engine: Engine, *, active_only: bool = False) -> list[WebhookRecord]:
    query = select(Webhook).order_by(Webhook.id)
    if active_only:
        query = query.where(Webhook.active.is_(True))
    with Session(engine) as session:
        return [_webhook(r) for r in session.scalars(query)]


def remove_webhook(engine: Engine, webhook_id: int) -> None:
    """Delete the webhook and its outbox rows (sent history included: they named its URL)."""
    with Session(engine) as session, session.begin():
        session.execute(delete(Delivery).where(Delivery.webhook_id == webhook_id))
        session.execute(delete(Webhook).where(Webhook.id == webhook_id))
