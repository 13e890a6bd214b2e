"""The outbox on SQLite and PostgreSQL: fan-out once, exclusive claims, retries, digests once."""

from __future__ import annotations

import asyncio
import json
import random
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine

from monitor.notify.convert import filter_text
from monitor.notify.notifier import Notifier
from notifications.model import Filters
from notifications.webhooks import event_id_for
from storage.notify_records import FilterText
from storage.outbox import (
    claim_due_deliveries,
    finish_delivery,
    get_delivery,
    list_deliveries,
    record_digest,
    record_fan_out,
    requeue_delivery,
)
from storage.subscriptions import add_subscriber, add_webhook, get_webhook
from tests.conftest import make_settings
from tests.support.dns import public_dns
from tests.notifications.stored import T0, add_story


class Clock:
    def __init__(self, now=T0 + timedelta(hours=3)) -> None:  # type: ignore[no-untyped-def]
        self.now = now

    def __call__(self):  # type: ignore[no-untyped-def]
        return self.now


def hook(engine: Engine, *, created=T0 - timedelta(days=1), fmt: str = "json",  # type: ignore[no-untyped-def]
         url: str = "https://hooks.example.org/in", **filters: str):
    return add_webhook(engine, url=url, format=fmt, secret="s" * 32, chat_id=None,
                                   filters=filter_text(Filters.parse(**filters)), now=created)


def notifier(engine: Engine, tmp_path: Path, clock: Clock, *, answers: list[httpx.Response] | None = None,
             seen: list[httpx.Request] | None = None, owner: str = "a", **settings: object) -> Notifier:
    replies = iter(answers or [])

    def handle(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return next(replies, httpx.Response(200))

    return Notifier(make_settings(tmp_path, **settings), engine, owner=owner, clock=clock,
                    rng=random.Random(1), transport=httpx.MockTransport(handle), resolver=public_dns)


def test_fan_out_queues_one_alert_per_story_and_wanting_webhook(engine: Engine, tmp_path: Path) -> None:
    everything, kz_only, uz_only = hook(engine), hook(engine, countries="KZ"), hook(engine, countries="UZ")
    late = hook(engine, created=T0 + timedelta(hours=2))
    a = add_story(engine, "Chinese and Kazakh joint laboratory", relevant_since=T0 + timedelta(hours=1))
    b = add_story(engine, "Chinese and Uzbek joint laboratory", countries=("CN", "UZ"),
                  relevant_since=T0 + timedelta(hours=1))
    add_story(engine, "Irrelevant", relevant_since=None)
    n = notifier(engine, tmp_path, Clock())

    assert n.fan_out() == 4
    assert n.fan_out() == 0  # marked: never twice
    got = {(d.webhook_id, d.story_id) for d in list_deliveries(engine)}
    assert got == {(everything.id, a), (everything.id, b), (kz_only.id, a), (uz_only.id, b)}
    assert late.id not in {w for w, _ in got}  # it did not exist when they became relevant
    rows = list_deliveries(engine)
    assert {d.event_id for d in rows} == {event_id_for(w, s) for w, s in got}
    assert {d.status for d in rows} == {"pending"}


def test_record_fan_out_twice_inserts_once(engine: Engine) -> None:
    """Two instances racing on one story: the mark and the unique key keep one set of rows."""
    h = hook(engine)
    sid = add_story(engine, "Chinese and Kazakh joint laboratory")
    plan = {sid: [(h.id, event_id_for(h.id, sid))]}
    assert record_fan_out(engine, plan, T0) == 1
    assert record_fan_out(engine, plan, T0) == 0
    assert len(list_deliveries(engine)) == 1


def test_claims_are_exclusive_until_the_lease_expires(engine: Engine) -> None:
    h = hook(engine)
    sid = add_story(engine, "Chinese and Kazakh joint laboratory")
    record_fan_out(engine, {sid: [(h.id, "e1")]}, T0)
    [mine] = claim_due_deliveries(engine, "a", T0, 60)
    assert claim_due_deliveries(engine, "b", T0 + timedelta(seconds=30), 60) == []
    assert claim_due_deliveries(engine, "b", T0, 60, force=True) == []
    # "a" died: after the lease "b" takes the row over, and "a" can no longer finish it.
    [taken] = claim_due_deliveries(engine, "b", T0 + timedelta(seconds=61), 60)
    assert taken.id == mine.id and taken.event_id == "e1"
    assert not finish_delivery(engine, mine.id, "a", status="sent", attempts=1,
                                           next_attempt_at=None, error=None, status_code=200,
                                           now=T0)
    assert finish_delivery(engine, mine.id, "b", status="sent", attempts=1,
                                       next_attempt_at=None, error=None, status_code=200, now=T0)
    assert get_delivery(engine, mine.id).status == "sent"  # type: ignore[union-attr]


OUTCOMES = [
    pytest.param([httpx.Response(200)], "sent", None, id="2xx-sent"),
    pytest.param([httpx.Response(500)], "failed", None, id="5xx-retried"),
    pytest.param([httpx.Response(408)], "failed", None, id="408-retried"),
    pytest.param([httpx.Response(429, headers={"Retry-After": "600"})], "failed", 600,
                 id="429-retry-after-honoured"),
    pytest.param([httpx.Response(404)], "dead", None, id="404-dead"),
    pytest.param([httpx.Response(301, headers={"Location": "https://x.example/"})], "dead", None,
                 id="3xx-dead"),
]


@pytest.mark.parametrize(("answers", "status", "floor"), OUTCOMES)
def test_an_attempt_becomes_sent_failed_or_dead(engine: Engine, tmp_path: Path, answers: list[httpx.Response],
                                                status: str, floor: int | None) -> None:
    h = hook(engine)
    add_story(engine, "Chinese and Kazakh joint laboratory")
    clock = Clock()
    n = notifier(engine, tmp_path, clock, answers=answers)
    n.fan_out()
    import asyncio

    [attempt] = asyncio.run(n.send_due())
    assert attempt.status == status
    row = list_deliveries(engine)[0]
    assert (row.status, row.attempts, row.webhook_id) == (status, 1, h.id)
    if status == "failed":
        assert row.next_attempt_at > clock.now and row.last_error
        assert row.next_attempt_at >= clock.now + timedelta(seconds=floor or 1)
        assert asyncio.run(n.send_due()) == []  # backing off
    if status == "dead":
        assert row.last_status_code == answers[0].status_code


def test_the_last_attempt_makes_it_dead_and_retry_requeues(engine: Engine, tmp_path: Path) -> None:
    import asyncio

    hook(engine)
    add_story(engine, "Chinese and Kazakh joint laboratory")
    clock = Clock()
    n = notifier(engine, tmp_path, clock, answers=[httpx.Response(503)] * 3,
                 delivery_max_attempts=3)
    n.fan_out()
    statuses = [asyncio.run(n.send_due(force=True))[0].status for _ in range(3)]
    assert statuses == ["failed", "failed", "dead"]
    [row] = list_deliveries(engine)
    assert claim_due_deliveries(engine, "x", clock.now + timedelta(days=9), 60) == []
    assert requeue_delivery(engine, row.id, clock.now)
    [again] = asyncio.run(n.send_due())
    assert again.status == "sent"
    assert not requeue_delivery(engine, row.id, clock.now)  # never a sent one


def test_a_crash_repeats_only_the_one_in_flight_with_the_same_event_id(engine: Engine, tmp_path: Path) -> None:
    import asyncio

    h = hook(engine)
    first = add_story(engine, "Chinese and Kazakh joint laboratory")
    second = add_story(engine, "Chinese and Uzbek joint laboratory", countries=("CN", "UZ"))
    clock = Clock()
    seen: list[httpx.Request] = []
    crashed = notifier(engine, tmp_path, clock, owner="crashed")
    crashed.fan_out()
    # The crashed instance had claimed one row and sent it, but never recorded the outcome.
    [in_flight] = claim_due_deliveries(engine, "crashed", clock.now, 120, limit=1)
    survivor = notifier(engine, tmp_path, clock, seen=seen, owner="survivor")
    assert [a.delivery.story_id for a in asyncio.run(survivor.send_due())] == [second]
    clock.now += timedelta(seconds=121)  # the lease ran out
    assert [a.delivery.story_id for a in asyncio.run(survivor.send_due())] == [first]
    assert in_flight.story_id == first
    ids = [json.loads(r.content)["id"] for r in seen]
    assert ids == [event_id_for(h.id, second), event_id_for(h.id, first)]
    assert asyncio.run(survivor.send_due(force=True)) == []


def subscriber(engine: Engine, **filters: str):  # type: ignore[no-untyped-def]
    return add_subscriber(
        engine, email="reader@example.org", name="Reader", timezone="UTC", schedule="daily",
        at="08:00", day=None, filters=filter_text(Filters.parse(**filters)), confirmed=True,
        now=T0 - timedelta(days=1), next_digest_at=T0)


def test_a_story_goes_into_one_digest_per_subscriber(engine: Engine, tmp_path: Path) -> None:
    subscriber(engine, countries="KZ")
    a = add_story(engine, "Chinese and Kazakh joint laboratory", relevant_since=T0 + timedelta(hours=1))
    add_story(engine, "Chinese and Uzbek joint laboratory", countries=("CN", "UZ"),
              relevant_since=T0 + timedelta(hours=1))
    clock = Clock()
    n = notifier(engine, tmp_path, clock)
    [run] = n.queue_digests()
    assert run.stories == 1 and run.delivery_id is not None
    row = get_delivery(engine, run.delivery_id)
    assert row is not None and row.payload and row.payload["story_ids"] == [a]
    assert row.message_id == f"<digest.{run.delivery_id}@localhost.localdomain>"
    assert row.message_id in (row.message or "")
    # Not due again until tomorrow; forced, there is nothing new: the period closes, no email.
    assert n.queue_digests() == []
    [empty] = n.queue_digests(ignore_schedule=True)
    assert (empty.stories, empty.delivery_id) == (0, None)
    b = add_story(engine, "Chinese and Kazakh universities sign exchange", relevant_since=clock.now)
    clock.now += timedelta(minutes=5)
    [later] = n.queue_digests(ignore_schedule=True)
    assert later.stories == 1
    assert get_delivery(engine, later.delivery_id).payload["story_ids"] == [b]  # type: ignore[union-attr]


def test_a_digest_is_taken_by_one_instance(engine: Engine) -> None:
    sub = subscriber(engine)
    sid = add_story(engine, "Chinese and Kazakh joint laboratory")

    def render(delivery_id: int):  # type: ignore[no-untyped-def]
        from storage.notify_records import NewDigest

        return NewDigest("Message-ID: <x>\r\n\r\nbody", "<x>")

    args = {"story_ids": [sid], "period_start": T0, "period_end": T0 + timedelta(hours=1),
                "next_digest_at": T0 + timedelta(days=1), "now": T0, "render": render}
    assert record_digest(engine, sub, **args) is not None
    assert record_digest(engine, sub, **args) is None  # `sub` as read is stale now
    assert len(list_deliveries(engine)) == 1


def test_filters_round_trip_through_storage(engine: Engine) -> None:
    made = hook(engine, countries="kz,Uzbekistan", topics="science", languages="RU", min_score="2.5")
    stored = get_webhook(engine, made.id)
    assert stored is not None
    assert stored.filters == FilterText("KZ,UZ", "science", "ru", 2.5)


def test_a_hanging_receiver_is_cut_off_and_retried(engine: Engine, tmp_path: Path, receiver) -> None:  # type: ignore[no-untyped-def]
    import asyncio

    hook(engine, url=receiver.url("/hang"))
    add_story(engine, "Chinese and Kazakh joint laboratory")
    n = Notifier(make_settings(tmp_path, delivery_timeout=0.5), engine, clock=Clock())
    n.fan_out()
    [attempt] = asyncio.run(n.send_due())
    assert attempt.status == "failed" and "timed out" in (attempt.result.error or "")


def test_storage_never_imports_monitor_or_notifications() -> None:
    import subprocess
    import sys

    code = ("import sys, storage.subscriptions, storage.outbox, storage.notify_models, storage.notify_records\n"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('monitor', 'notifications'))\n"
            "assert not bad, bad\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_an_http_public_url_holds_digests_back_and_loses_none(engine: Engine, tmp_path: Path) -> None:
    """The service's tick queues no digest while MONITOR_PUBLIC_URL is http (alerts go on); once
    it is https, the first digest holds every story of the period that stayed open."""
    subscriber(engine)
    a = add_story(engine, "Chinese and Kazakh joint laboratory", relevant_since=T0 + timedelta(hours=1))
    clock = Clock()
    held = notifier(engine, tmp_path, clock, public_url="http://news.example.org")
    asyncio.run(held.tick())
    assert [d for d in list_deliveries(engine) if d.kind == "digest"] == []
    b = add_story(engine, "Chinese and Kazakh universities sign exchange", relevant_since=clock.now)
    clock.now += timedelta(days=1)
    asyncio.run(held.tick())
    assert [d for d in list_deliveries(engine) if d.kind == "digest"] == []
    fixed = notifier(engine, tmp_path, clock)
    asyncio.run(fixed.tick())
    [digest] = [d for d in list_deliveries(engine) if d.kind == "digest"]
    assert sorted(digest.payload["story_ids"]) == sorted([a, b])  # type: ignore[index]
