"""Queries of the notification side: subscribers, webhooks, fan-out, digests and the outbox.

Every function takes an Engine and returns frozen records from :mod:`storage.notify_records`.

Exactly-once rests on the database, not on the caller being careful:

* **Claiming due deliveries** works like :func:`storage.sources.claim_due_sources`: candidates are
  selected (``FOR UPDATE SKIP LOCKED`` on PostgreSQL), then taken with one compare-and-set
  ``UPDATE … WHERE the lease is free``; only rows whose update succeeded are returned. The lease
  outlives the send timeout, so a row is sent by one instance at a time, and if that instance
  dies the lease expires and the row is sent again (with the same event id / Message-ID).
* **Finishing** a delivery only touches a row the caller still holds (``lease_owner``), and a row
  is marked ``sent`` only after the receiver accepted it.
* **Fan-out** inserts a ``story_fanouts`` mark and the story's webhook deliveries in one
  transaction; ``ON CONFLICT DO NOTHING`` on the mark and on ``(webhook_id, story_id)`` means
  two instances fanning out the same story insert one set of rows.
* **Digests** take the subscriber with a compare-and-set on ``next_digest_at`` and insert the
  delivery and its ``digest_entries`` (unique per subscriber and story) in the same
  transaction, so a story goes into one digest per subscriber.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session

from storage.models import Source
from storage.enrichment import not_held
from storage.models import Story as StoryRow
from storage.notify_models import Delivery, DigestEntry, StoryFanout, Subscriber
from storage.notify_records import (
    DeliveryRecord,
    NewDigest,
    StoryWithSources,
    SubscriberRecord,
)
from storage.dbapi import in_list, lease, transaction
from storage.sql import insert_ignoring
from storage.stories import get_stories

_DELIVERY_FIELDS = ("id", "kind", "status", "attempts", "next_attempt_at", "created_at",
                    "updated_at", "webhook_id", "subscriber_id", "story_id", "event_id",
                    "event_type", "last_error", "last_status_code", "sent_at", "payload",
                    "message", "message_id")


def _delivery(row: Delivery, target: str = "") -> DeliveryRecord:
    return DeliveryRecord(**{f: getattr(row, f) for f in _DELIVERY_FIELDS}, target=target)


# --- stories ------------------------------------------------------------------------------------


def load_stories(engine: Engine, ids: Iterable[int]) -> list[StoryWithSources]:
    """:func:`storage.stories.get_stories` plus the display names of the sources that carried them.

    A story whose items are all tombstoned comes back with no items; the caller decides.
    """
    stories = get_stories(engine, sorted(set(ids)))
    source_ids = {i.source_id for s in stories for i in s.items} | {
        sid for s in stories for sid in s.sources}
    if not source_ids:
        return [StoryWithSources(s, {}) for s in stories]
    with Session(engine) as session:
        names = dict(session.execute(select(Source.id, Source.name)
                                     .where(Source.id.in_(source_ids))).tuples().all())
    return [StoryWithSources(s, names) for s in stories]


def stories_to_fan_out(engine: Engine, *, limit: int = 200, held_since: datetime | None = None) -> list[int]:
    """Relevant stories not yet handed to the webhooks, oldest relevance first. With
    ``held_since``, stories with an item whose article is still to be read, queued after that
    time, wait (:func:`storage.enrichment.not_held`): they go out with their final decision."""
    query = (select(StoryRow.id)
             .outerjoin(StoryFanout, StoryFanout.story_id == StoryRow.id)
             .where(StoryRow.relevant_since.is_not(None), StoryRow.relevant.is_(True),
                    StoryFanout.story_id.is_(None))
             .order_by(StoryRow.relevant_since, StoryRow.id).limit(limit))
    if held_since is not None:
        query = query.where(not_held(StoryRow.id, held_since))
    with Session(engine) as session:
        return list(session.scalars(query))


def record_fan_out(engine: Engine, plan: Mapping[int, Sequence[tuple[int, str]]],
                   now: datetime) -> int:
    """Mark the stories of ``plan`` fanned out and queue ``(webhook id, event id)`` deliveries.

    One transaction. A story another instance has already marked is skipped entirely (its
    mark insert returns nothing). Returns the number of deliveries queued.
    """
    if not plan:
        return 0
    insert = insert_ignoring(engine)
    queued = 0
    with Session(engine) as session, session.begin():
        ours = set(session.scalars(
            insert(StoryFanout).on_conflict_do_nothing(index_elements=["story_id"])
            .returning(StoryFanout.story_id),
            [{"story_id": sid, "fanned_out_at": now} for sid in plan]).all())
        rows = [{"kind": "webhook", "webhook_id": webhook_id, "story_id": sid, "event_id": event_id,
                     "event_type": "story.relevant", "status": "pending", "attempts": 0,
                     "next_attempt_at": now, "created_at": now, "updated_at": now}
                for sid in sorted(ours) for webhook_id, event_id in plan[sid]]
        if rows:
            queued = len(session.scalars(
                insert(Delivery).on_conflict_do_nothing(
                    index_elements=["webhook_id", "story_id"]).returning(Delivery.id),
                rows).all())
    return queued


# --- digests ------------------------------------------------------------------------------------

# A story's relevant_since is its poll time, committed a little later; looking back this far
# behind the last cutoff catches one committed after the previous digest read (digest_entries
# keeps it from being sent twice).
DIGEST_LOOKBACK = timedelta(hours=1)


def digest_candidates(engine: Engine, subscriber: SubscriberRecord, *,
                      limit: int = 1000, lookback: timedelta = timedelta(0),
                      held_since: datetime | None = None) -> list[int]:
    """Relevant stories new for ``subscriber``: since its cutoff (and, at the earliest,
    ``lookback`` before its creation: a first digest holds that period), in no digest; held
    stories (see :func:`stories_to_fan_out`) wait for the next one."""
    since = max(subscriber.digest_cutoff - DIGEST_LOOKBACK, subscriber.created_at - lookback)
    already = select(DigestEntry.story_id).where(DigestEntry.subscriber_id == subscriber.id)
    query = (select(StoryRow.id)
             .where(StoryRow.relevant.is_(True), StoryRow.relevant_since > since,
                    StoryRow.id.not_in(already))
             .order_by(StoryRow.relevant_since, StoryRow.id).limit(limit))
    if held_since is not None:
        query = query.where(not_held(StoryRow.id, held_since))
    with Session(engine) as session:
        return list(session.scalars(query))


def record_digest(engine: Engine, subscriber: SubscriberRecord, *, story_ids: Sequence[int],
                  period_start: datetime, period_end: datetime, next_digest_at: datetime,
                  now: datetime, render: Callable[[int], NewDigest] | None) -> int | None:
    """Close ``subscriber``'s period and, when ``render`` is given, queue its digest email.

    The subscriber is taken with a compare-and-set on ``next_digest_at`` (as read): if another
    instance got there first nothing happens and ``None`` is returned. Otherwise the cutoff moves
    to ``period_end``, the next run is set, and (with ``render``) a delivery row is inserted, the
    message rendered for its id (so the Message-ID holds the outbox id) and frozen in the row,
    and one ``digest_entries`` row per story written. Returns the delivery id (or ``None``).
    """
    with Session(engine) as session, session.begin():
        taken = session.execute(
            update(Subscriber).where(Subscriber.id == subscriber.id,
                                     Subscriber.next_digest_at == subscriber.next_digest_at,
                                     Subscriber.digest_cutoff == subscriber.digest_cutoff)
            .values(next_digest_at=next_digest_at, digest_cutoff=period_end)
            .execution_options(synchronize_session=False)).rowcount
        if taken != 1 or render is None:
            return None
        row = Delivery(kind="digest", subscriber_id=subscriber.id, status="pending", attempts=0,
                       next_attempt_at=now, created_at=now, updated_at=now,
                       payload={"story_ids": list(story_ids),
                                "period_start": period_start.isoformat(),
                                "period_end": period_end.isoformat()})
        session.add(row)
        session.flush()
        rendered = render(row.id)
        row.message = rendered.message
        row.message_id = rendered.message_id
        if story_ids:
            session.execute(insert_ignoring(engine)(DigestEntry).on_conflict_do_nothing(
                index_elements=["subscriber_id", "story_id"]),
                [{"subscriber_id": subscriber.id, "story_id": sid, "delivery_id": row.id}
                 for sid in story_ids])
        return row.id


# --- single emails (the confirmation) -----------------------------------------------------------


def queue_email(engine: Engine, subscriber_id: int, *, kind: str, now: datetime,
                render: Callable[[int], NewDigest]) -> int:
    """Queue one email to a subscriber (``kind`` ``"confirm"``), rendered for its outbox id and
    frozen in the row like a digest; the delivery worker sends it. Returns the delivery id."""
    with Session(engine) as session, session.begin():
        row = Delivery(kind=kind, subscriber_id=subscriber_id, status="pending", attempts=0,
                       next_attempt_at=now, created_at=now, updated_at=now)
        session.add(row)
        session.flush()
        rendered = render(row.id)
        row.message, row.message_id = rendered.message, rendered.message_id
        return row.id


def emails_since(engine: Engine, subscriber_id: int, kind: str, since: datetime) -> list[datetime]:
    """When the emails of ``kind`` to a subscriber were queued, from ``since`` on (rate limits)."""
    with Session(engine) as session:
        return list(session.scalars(select(Delivery.created_at).where(
            Delivery.subscriber_id == subscriber_id, Delivery.kind == kind,
            Delivery.created_at >= since).order_by(Delivery.created_at)))


# --- the outbox ---------------------------------------------------------------------------------


def claim_due_deliveries(engine: Engine, owner: str, now: datetime, lease_seconds: float, *,
                         limit: int = 50, force: bool = False,
                         delivery_ids: Iterable[int] | None = None,
                         exclude: Iterable[int] = ()) -> list[DeliveryRecord]:
    """Take up to ``limit`` pending or failed deliveries that are due, for ``owner``.

    ``force`` ignores ``next_attempt_at`` (back-off) but never takes a row another instance
    holds; ``delivery_ids`` limits the claim to those rows, ``exclude`` leaves those out.
    Oldest first, so a backlog drains in order.
    """
    where = "status IN ('pending', 'failed')"
    params: dict[str, Any] = {}
    if not force:
        where += " AND next_attempt_at <= :now"
    if delivery_ids is not None:
        listed, named = in_list("d", list(delivery_ids))
        if not named:
            return []
        where += f" AND id IN {listed}"
        params.update(named)
    excluded, named = in_list("x", list(exclude))
    if named:
        where += f" AND id NOT IN {excluded}"
        params.update(named)
    with Session(engine) as session, session.begin():
        with transaction(session.connection()) as tx:
            claimed = lease(tx, "deliveries", "id", where, params, "next_attempt_at, id", limit,
                            owner=owner, now=now, lease_seconds=lease_seconds)
        if not claimed:
            return []
        rows = session.scalars(select(Delivery).where(Delivery.id.in_(claimed))
                               .order_by(Delivery.next_attempt_at, Delivery.id)).all()
        targets = _targets(session, rows)
        return [_delivery(r, targets[r.id]) for r in rows]


def finish_delivery(engine: Engine, delivery_id: int, owner: str, *, status: str, attempts: int,
                    next_attempt_at: datetime | None, error: str | None, status_code: int | None,
                    now: datetime) -> bool:
    """Record an attempt's outcome and give the lease back; ``False`` if ``owner`` lost the row.

    ``status`` is ``sent``, ``failed`` (with ``next_attempt_at``) or ``dead``.
    """
    values: dict[str, Any] = {"status": status, "attempts": attempts, "last_error": error,
                                  "last_status_code": status_code, "updated_at": now,
                                  "lease_owner": None, "lease_until": None}
    if next_attempt_at is not None:
        values["next_attempt_at"] = next_attempt_at
    if status == "sent":
        values["sent_at"] = now
    with engine.begin() as conn:
        done = conn.execute(update(Delivery).where(Delivery.id == delivery_id,
                                                   Delivery.lease_owner == owner)
                            .values(**values)).rowcount
    return done == 1


def release_deliveries(engine: Engine, owner: str, ids: Iterable[int]) -> None:
    """Give back claimed rows that were not attempted (shutdown)."""
    wanted = list(ids)
    if wanted:
        with engine.begin() as conn:
            conn.execute(update(Delivery).where(Delivery.id.in_(wanted),
                                                Delivery.lease_owner == owner)
                         .values(lease_owner=None, lease_until=None))


def _targets(session: Session, rows: Sequence[Delivery]) -> dict[int, str]:
    sub_ids = {r.subscriber_id for r in rows if r.subscriber_id is not None}
    emails = dict(session.execute(select(Subscriber.id, Subscriber.email)
                                  .where(Subscriber.id.in_(sub_ids))).tuples().all()) \
        if sub_ids else {}
    return {r.id: (f"webhook {r.webhook_id}" if r.kind == "webhook"
                   else emails.get(r.subscriber_id, "?")) for r in rows}


def list_deliveries(engine: Engine, *, status: str | None = None,
                    limit: int = 100) -> list[DeliveryRecord]:
    """Newest first."""
    query = select(Delivery).order_by(Delivery.id.desc()).limit(limit)
    if status is not None:
        query = query.where(Delivery.status == status)
    with Session(engine) as session:
        rows = session.scalars(query).all()
        targets = _targets(session, rows)
        return [_delivery(r, targets[r.id]) for r in rows]


def get_delivery(engine: Engine, delivery_id: int) -> DeliveryRecord | None:
    with Session(engine) as session:
        row = session.get(Delivery, delivery_id)
        return _delivery(row, _targets(session, [row])[row.id]) if row is not None else None


def requeue_delivery(engine: Engine, delivery_id: int, now: datetime) -> bool:
    """Make a failed or dead delivery due now with a fresh set of attempts (never a sent one)."""
    with engine.begin() as conn:
        done = conn.execute(update(Delivery).where(Delivery.id == delivery_id,
                                                   Delivery.status.in_(("failed", "dead")))
                            .values(status="pending", attempts=0, next_attempt_at=now,
                                    updated_at=now, lease_owner=None, lease_until=None)).rowcount
    return done == 1


def count_deliveries(engine: Engine) -> dict[str, int]:
    with Session(engine) as session:
        return dict(session.execute(select(Delivery.status, func.count())
                                    .group_by(Delivery.status)).tuples().all())
