"""Subscribing and leaving: double opt-in, the confirmation email, its rate limit, unsubscribing.

Shared by the web pages (``/subscribe``, ``/confirm``, ``/unsubscribe``, ``/preferences``) and
the command line (``monitor subscribers add``):

* A new subscriber's first period starts ``MONITOR_SUBSCRIBE_LOOKBACK`` (a week) before they
  subscribed, so their first digest holds the relevant stories of that week that match their
  filters instead of nothing.
* :func:`request_subscription` is what the public form does. An unknown address becomes an
  unconfirmed subscriber and gets one confirmation email (through the outbox: the service's
  delivery tick sends it, retried like any delivery). The same request again for an
  unconfirmed address updates what they asked for and sends the link again, within
  :data:`CONFIRM_LIMITS`. A confirmed address gets nothing (the page says the same in every
  case, so the form does not tell who subscribes). Nothing but that email is ever sent to an
  unconfirmed address: digests are only made for confirmed ones.
* Unsubscribing deletes the subscriber with their digest history and pending digests.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine

from monitor.notify.convert import filter_text
from monitor.notify.signing import mail_domain, token_secret
from monitor.settings import Settings
from notifications.confirm import build_confirmation, render_confirmation
from notifications.message import digest_message_id, format_address
from notifications.model import Filters
from notifications.schedule import Schedule
from notifications.tokens import confirm_url, make_token, token_subject, verify_token
from storage.notify_records import NewDigest, SubscriberRecord
from storage.outbox import emails_since, queue_email
from storage.subscriptions import (
    SubscriberExists,
    add_subscriber,
    get_subscriber,
    get_subscriber_by_id,
    remove_subscriber,
    update_preferences,
    update_subscriber,
)

log = logging.getLogger("monitor.notify")


@dataclass(frozen=True)
class RateLimit:
    """At most ``count`` events in any ``window``."""

    count: int
    window: timedelta


# Confirmation emails to one address: not two within 10 minutes, at most 3 a day. A typo'd or
# hostile form cannot make the service mail someone more than that.
CONFIRM_LIMITS = (RateLimit(1, timedelta(minutes=10)), RateLimit(3, timedelta(days=1)))


def allowed(previous: Sequence[datetime], now: datetime,
            limits: Sequence[RateLimit] = CONFIRM_LIMITS) -> bool:
    """Whether one more event may happen at ``now`` given the times of the ``previous`` ones."""
    return all(sum(1 for t in previous if now - t < limit.window) < limit.count for limit in limits)


def new_subscriber(settings: Settings, engine: Engine, *, email: str, name: str, schedule: Schedule,
                   filters: Filters, confirmed: bool, now: datetime) -> SubscriberRecord:
    """Insert a subscriber whose first digest looks back ``MONITOR_SUBSCRIBE_LOOKBACK``;
    raises :class:`SubscriberExists`."""
    return add_subscriber(
        engine, email=email, name=name, timezone=schedule.tz, schedule=schedule.kind,
        at=schedule.at.strftime("%H:%M"), day=schedule.day, filters=filter_text(filters),
        confirmed=confirmed, now=now, next_digest_at=schedule.next_run_after(now),
        digest_cutoff=now - timedelta(seconds=settings.subscribe_lookback))


def change_preferences(engine: Engine, sub: SubscriberRecord, schedule: Schedule, filters: Filters,
                       now: datetime) -> bool:
    return update_preferences(
        engine, sub.id, timezone=schedule.tz, schedule=schedule.kind,
        at=schedule.at.strftime("%H:%M"), day=schedule.day, filters=filter_text(filters),
        next_digest_at=schedule.next_run_after(now))


def token_binding(sub: SubscriberRecord) -> str:
    """What a subscriber's link tokens are bound to: this subscription (its address and
    creation time), not only its row id, which a later subscription may get again once this
    one is deleted (SQLite hands out the highest id again)."""
    return f"{sub.email.lower()}|{sub.created_at.isoformat()}"


def link_token(secret: str, purpose: str, sub: SubscriberRecord, *,
               expires_at: datetime | None = None) -> str:
    return make_token(secret, purpose, sub.id, binding=token_binding(sub),
                      expires_at=expires_at.timestamp() if expires_at else None)


def subscriber_of(secret: str, engine: Engine, purpose: str, token: str,
                  now: datetime) -> SubscriberRecord | None:
    """The subscription a link token was made for, when it is genuine, unexpired and the
    subscription still exists. Unsubscribe links made before tokens were bound (no binding)
    are still honoured: they are in emails already sent."""
    subscriber_id = token_subject(token)
    sub = get_subscriber_by_id(engine, subscriber_id) if subscriber_id is not None else None
    if sub is None:
        return None
    if verify_token(secret, purpose, token, now=now.timestamp(), binding=token_binding(sub)) \
            or (purpose == "unsubscribe" and verify_token(secret, purpose, token)):
        return sub
    return None


def confirm_link(settings: Settings, sub: SubscriberRecord, now: datetime) -> tuple[str, datetime]:
    """The confirmation URL (it expires after ``MONITOR_CONFIRM_EXPIRY``) and its expiry."""
    expires = now + timedelta(seconds=settings.confirm_expiry)
    token = link_token(token_secret(settings), "confirm", sub, expires_at=expires)
    return confirm_url(settings.public_url, token), expires


def queue_confirmation(settings: Settings, engine: Engine, sub: SubscriberRecord, schedule: Schedule,
                       filters: Filters, now: datetime) -> int:
    """Queue the confirmation email; its link expires after ``MONITOR_CONFIRM_EXPIRY``."""
    link, expires = confirm_link(settings, sub, now)
    rendered = render_confirmation(
        email=sub.email, confirm_url=link, expires=f"{expires:%d %b %Y %H:%M} UTC",
        schedule=schedule.describe(), filters=filters.describe(), public_url=settings.public_url)
    domain = mail_domain(settings)

    def render(delivery_id: int) -> NewDigest:
        message_id = digest_message_id(f"confirm.{delivery_id}", domain)
        message = build_confirmation(rendered, mail_from=settings.mail_from,
                                     to=format_address(sub.email, sub.name), message_id=message_id,
                                     date=now)
        return NewDigest(message.as_bytes().decode("utf-8"), message_id)

    return queue_email(engine, sub.id, kind="confirm", now=now, render=render)


@dataclass(frozen=True)
class Requested:
    """What a subscription request came to (logged; the page shows the same for all)."""

    outcome: str  # "created" | "resent" | "rate_limited" | "already_confirmed"
    subscriber_id: int


def request_subscription(settings: Settings, engine: Engine, *, email: str, schedule: Schedule,
                         filters: Filters, now: datetime | None = None) -> Requested:
    """The public form's double opt-in (see the module's docstring)."""
    now = now or datetime.now(UTC)
    sub = get_subscriber(engine, email)
    if sub is None:
        try:
            sub = new_subscriber(settings, engine, email=email, name="", schedule=schedule,
                                 filters=filters, confirmed=False, now=now)
        except SubscriberExists:  # the same form posted twice at once
            sub = get_subscriber(engine, email)
            assert sub is not None
        else:
            queue_confirmation(settings, engine, sub, schedule, filters, now)
            return _logged(Requested("created", sub.id))
    if sub.confirmed:
        return _logged(Requested("already_confirmed", sub.id))
    span = max(limit.window for limit in CONFIRM_LIMITS)
    if not allowed(emails_since(engine, sub.id, "confirm", now - span), now):
        return _logged(Requested("rate_limited", sub.id))
    change_preferences(engine, sub, schedule, filters, now)
    queue_confirmation(settings, engine, sub, schedule, filters, now)
    return _logged(Requested("resent", sub.id))


def _logged(req: Requested) -> Requested:
    log.info("subscription requested", extra={"fields": {"subscriber": req.subscriber_id,
                                                          "outcome": req.outcome}})
    return req


def confirm(engine: Engine, subscriber_id: int) -> bool:
    """Mark the address confirmed (digests start); False when the subscriber is gone."""
    if get_subscriber_by_id(engine, subscriber_id) is None:
        return False
    update_subscriber(engine, subscriber_id, confirmed=True)
    log.info("subscriber confirmed", extra={"fields": {"subscriber": subscriber_id}})
    return True


def unsubscribe(engine: Engine, subscriber_id: int) -> None:
    """Delete the subscriber, their digest history and pending digests (repeating is harmless)."""
    remove_subscriber(engine, subscriber_id)
    log.info("unsubscribed", extra={"fields": {"subscriber": subscriber_id}})
