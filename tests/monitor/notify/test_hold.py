"""Alerts and digests wait for a candidate's article (MONITOR_FULLTEXT_HOLD): a story is
announced once, with its final decision; one that the article makes irrelevant never is."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from storage.enrichment import claim_enrichments, finish_enrichment
from storage.items import get_items
from storage.outbox import list_deliveries
from storage.item_records import EnrichmentResult, NewEnrichment, NewItem
from tests.monitor.notify.test_outbox_db import Clock, hook, notifier, subscriber
from tests.notifications.stored import T0, decision
from tests.storage.test_enrichment import store

HOLD = timedelta(minutes=10)


def candidate(key: str, *, relevant: bool) -> NewItem:
    url = f"https://outlet.example/{key}"
    made = decision(relevant=relevant, score=3.0 if relevant else 1.0)
    return NewItem(item_key=key, title=f"Chinese and Kazakh joint laboratory {key}", summary="", published_at=T0,
                   fetched_at=T0, content_hash="h" + key, url=url, canonical_url=url, relevant=relevant,
                   score=made["score"], decision=made, rules_version="test",
                   enrich=NewEnrichment(link=url, headline_only=True))


def read(engine: Engine, item_id: int, *, relevant: bool, at) -> None:  # type: ignore[no-untyped-def]
    claim_enrichments(engine, "enricher", at, 600, item_ids=[item_id])
    made = decision(relevant=relevant, score=4.0 if relevant else 0.5)
    assert finish_enrichment(engine, item_id, "enricher", EnrichmentResult(
        state="done", attempts=1, outcome="ok", text="the article", decision=made), at)


@pytest.mark.parametrize(("on_headline", "on_article", "alerts"), [
    (True, True, 1),  # relevant on its headline and its article: one alert, after the article
    (False, True, 1),  # relevant only by its article: announced then
    (True, False, 0),  # the article shows it is not: never announced
], ids=["confirmed", "relevant-by-article", "irrelevant-by-article"])
def test_alerts_wait_for_the_article(engine: Engine, tmp_path: Path, on_headline: bool, on_article: bool,
                                     alerts: int) -> None:
    hook(engine)
    [item_id] = store(engine, candidate("a", relevant=on_headline), at=T0)
    clock = Clock(T0 + timedelta(minutes=1))
    n = notifier(engine, tmp_path, clock, fulltext_hold=HOLD.total_seconds())
    assert n.fan_out() == 0  # held while the article is read
    read(engine, item_id, relevant=on_article, at=clock.now)
    clock.now += timedelta(seconds=5)
    assert n.fan_out() == alerts
    assert n.fan_out() == 0
    story_id = get_items(engine, [item_id])[0].story_id
    assert [d.story_id for d in list_deliveries(engine)] == [story_id] * alerts


def test_the_hold_is_bounded(engine: Engine, tmp_path: Path) -> None:
    hook(engine)
    store(engine, candidate("a", relevant=True), at=T0)
    clock = Clock(T0 + HOLD - timedelta(seconds=1))
    n = notifier(engine, tmp_path, clock, fulltext_hold=HOLD.total_seconds())
    assert n.fan_out() == 0
    clock.now = T0 + HOLD + timedelta(seconds=1)  # the article never came: announced on the headline
    assert n.fan_out() == 1


def test_digests_wait_for_the_article(engine: Engine, tmp_path: Path) -> None:
    subscriber(engine)
    [held] = store(engine, candidate("a", relevant=False), at=T0)
    clock = Clock(T0 + timedelta(minutes=1))
    n = notifier(engine, tmp_path, clock, fulltext_hold=HOLD.total_seconds())
    assert n.digest_stories(n_sub(engine)) == []
    read(engine, held, relevant=True, at=clock.now)
    clock.now += timedelta(minutes=1)
    stories = n.digest_stories(n_sub(engine))
    assert [s.id for s in stories] == [get_items(engine, [held])[0].story_id]


def n_sub(engine: Engine):  # type: ignore[no-untyped-def]
    from storage.subscriptions import list_subscribers

    return list_subscribers(engine)[0]


def test_a_come_back_later_answer_releases_the_hold(engine: Engine, tmp_path: Path) -> None:
    """The first attempt was rate limited for 30 minutes: the story goes out on its headline
    now instead of waiting out the hold."""
    hook(engine)
    [item_id] = store(engine, candidate("a", relevant=True), at=T0)
    clock = Clock(T0 + timedelta(minutes=1))
    n = notifier(engine, tmp_path, clock, fulltext_hold=HOLD.total_seconds())
    assert n.fan_out() == 0
    claim_enrichments(engine, "enricher", clock.now, 600, item_ids=[item_id])
    assert finish_enrichment(engine, item_id, "enricher", EnrichmentResult(
        state="pending", attempts=1, outcome="rate_limited", next_attempt_at=clock.now + timedelta(minutes=30)),
        clock.now)
    assert n.fan_out() == 1
