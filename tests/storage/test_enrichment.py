"""The enrichment queue, on every backend: queued with the item, claimed with a lease, finished
once; the item's new decision and its story; the hold on alerts and digests; Google's links."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import Engine, select

from storage.enrich_models import Enrichment
from storage.enrichment import (
    claim_enrichments,
    finish_enrichment,
    get_enrichment,
    get_google_link,
    pending_count,
    pending_ids,
    put_google_link,
    release_enrichments,
)
from storage.items import get_items
from storage.models import Story
from storage.outbox import stories_to_fan_out
from storage.polls import record_polls
from storage.item_records import EnrichmentResult, NewEnrichment, NewItem
from storage.records import PollRecord, SourceSpec
from storage.sources import sync_sources
from storage.stories import get_stories

T0 = datetime(2026, 12, 6, 8, 0, tzinfo=timezone.utc)
LEASE = 600.0
RELEVANT = {"relevant": True, "score": 3.0, "rules_version": "r", "countries": ["CN", "KZ"], "matches": []}
IRRELEVANT = {"relevant": False, "score": 0.5, "rules_version": "r", "countries": ["KZ"], "matches": []}


def item(key: str, *, host: str = "outlet.example", candidate: bool = True, relevant: bool = False,
         canonical: str | None = None, link: str | None = None, title: str | None = None) -> NewItem:
    url = link or f"https://{host}/{key}"
    return NewItem(item_key=key, title=title or f"Headline {key}", summary="", published_at=T0, fetched_at=T0,
                   content_hash="h" + key, url=url, relevant=relevant, score=1.0,
                   canonical_url=canonical if canonical is not None else url,
                   enrich=NewEnrichment(link=url, headline_only=True) if candidate else None)


def store(engine: Engine, *items: NewItem, source: str = "s", at: datetime = T0) -> list[int]:
    sync_sources(engine, [SourceSpec(id=source, name=source, url=f"https://{source}.example/rss",
                                     language=None, interval_seconds=1800)], at)
    rec = PollRecord(source_id=source, started_at=at, duration_ms=1, status="ok",
                     next_poll_at=at + timedelta(minutes=30), consecutive_failures=0, items=items)
    return record_polls(engine, [rec])[source]


def done(attempts: int = 1, decision: dict | None = None, **kw: object) -> EnrichmentResult:
    return EnrichmentResult(state="done", attempts=attempts, outcome="ok", text="article text",
                            decision=decision, **kw)  # type: ignore[arg-type]


def test_candidates_are_queued_with_their_items(engine: Engine) -> None:
    ids = store(engine, item("a"), item("b", candidate=False), item("c"))
    assert pending_count(engine, ids) == 2
    assert get_enrichment(engine, ids[1]) is None
    e = get_enrichment(engine, ids[0])
    assert e is not None and (e.state, e.attempts, e.headline_only, e.relevant_before) == ("pending", 0, True, False)


def test_a_candidate_is_claimed_once_and_a_lost_lease_writes_nothing(engine: Engine) -> None:
    ids = store(engine, item("a"), item("b"))
    first = claim_enrichments(engine, "one", T0, LEASE)
    assert [j.item_id for j in first] == ids and first[0].title == "Headline a"
    assert claim_enrichments(engine, "two", T0 + timedelta(seconds=LEASE - 1), LEASE) == []
    # one's lease ran out: two takes the rows over, and one's late answer is refused
    taken = claim_enrichments(engine, "two", T0 + timedelta(seconds=LEASE + 1), LEASE)
    assert [j.item_id for j in taken] == ids
    assert finish_enrichment(engine, ids[0], "one", done(), T0) is False
    assert finish_enrichment(engine, ids[0], "two", done(), T0) is True
    assert finish_enrichment(engine, ids[0], "two", done(), T0) is False  # finished is finished
    release_enrichments(engine, "two", [ids[1]])
    assert [j.item_id for j in claim_enrichments(engine, "three", T0 + timedelta(seconds=LEASE + 2), LEASE)] == [ids[1]]


@pytest.mark.parametrize(("hosts", "per_host", "expected"), [
    (["a.example"] * 6, 4, 4),
    (["a.example"] * 3 + ["b.example"] * 3, 2, 4),
    (["news.google.com"] * 6, 1, 6),  # resolved together, then fetched wherever they point
], ids=["one-host", "two-hosts", "google-links"])
def test_claims_are_bounded_per_host(engine: Engine, hosts: list[str], per_host: int, expected: int) -> None:
    store(engine, *(item(f"k{n}", host=h) for n, h in enumerate(hosts)))
    assert len(claim_enrichments(engine, "one", T0, LEASE, limit=16, per_host=per_host)) == expected


def test_retry_waits_and_final_is_final(engine: Engine) -> None:
    ids = store(engine, item("a"), item("b"))
    claim_enrichments(engine, "one", T0, LEASE)
    later = T0 + timedelta(minutes=10)
    assert finish_enrichment(engine, ids[0], "one", EnrichmentResult(
        state="pending", attempts=1, outcome="rate_limited", next_attempt_at=later), T0)
    assert finish_enrichment(engine, ids[1], "one", EnrichmentResult(state="failed", attempts=1, outcome="http_error",
                                                                    http_status=404), T0)
    assert claim_enrichments(engine, "one", later - timedelta(seconds=1), LEASE) == []
    again = claim_enrichments(engine, "one", later, LEASE)
    assert [(j.item_id, j.attempts) for j in again] == [(ids[0], 1)]
    late = claim_enrichments(engine, "two", later + timedelta(days=1), LEASE)
    assert [j.item_id for j in late] == [ids[0]]  # the 404 never again; the rate-limited one until done
    assert pending_count(engine, ids) == 1


@pytest.mark.parametrize(("before", "after", "relevant", "since"), [
    (False, RELEVANT, True, "now"),
    (True, IRRELEVANT, False, None),
    (True, RELEVANT, True, "now"),
    (False, None, False, None),  # a failure: the feed's decision stays
], ids=["becomes-relevant", "becomes-irrelevant", "stays-relevant", "no-article"])
def test_the_new_decision_restates_the_story(engine: Engine, before: bool, after: dict | None, relevant: bool,
                                             since: str | None) -> None:
    [item_id] = store(engine, item("a", relevant=before))
    claim_enrichments(engine, "one", T0, LEASE)
    now = T0 + timedelta(minutes=3)
    result = done(decision=after) if after is not None else EnrichmentResult(state="failed", attempts=1,
                                                                            outcome="timeout")
    assert finish_enrichment(engine, item_id, "one", result, now)
    stored = get_items(engine, [item_id])[0]
    assert stored.relevant is relevant
    if after is not None:
        assert stored.decision == after
    story = get_stories(engine, [stored.story_id])[0]  # type: ignore[list-item]
    assert story.relevant is relevant
    assert story.relevant_since == (now if since == "now" else (T0 if relevant else None))


def test_the_publishers_url_joins_the_outlets_story(engine: Engine) -> None:
    [own] = store(engine, item("own", candidate=False, relevant=True, link="https://outlet.example/news/1"),
                  source="outlet")
    google = "https://news.google.com/rss/articles/CBMiX?oc=5"
    [gn] = store(engine, item("gn", link=google, canonical=google), source="google")
    before = get_items(engine, [own, gn])
    assert before[0].story_id != before[1].story_id
    claim_enrichments(engine, "one", T0, LEASE)
    assert finish_enrichment(engine, gn, "one", done(decision=RELEVANT, canonical_url=before[0].canonical_url,
                                                     publisher_url="https://outlet.example/news/1"), T0)
    after = get_items(engine, [own, gn])
    assert after[0].story_id == after[1].story_id == before[0].story_id
    assert after[1].canonical_url == google  # the key stays the outlet item's
    with engine.connect() as conn:  # the Google item's own story, now empty, is gone
        assert conn.scalar(select(Story.id).where(Story.id == before[1].story_id)) is None


def test_a_free_publishers_url_becomes_the_items_key(engine: Engine) -> None:
    google = "https://news.google.com/rss/articles/CBMiY?oc=5"
    title = "Kazakh and Chinese scientists open a glacier laboratory"
    [gn] = store(engine, item("gn", link=google, canonical=google, title=title + " - Outlet"), source="google")
    claim_enrichments(engine, "one", T0, LEASE)
    finish_enrichment(engine, gn, "one", done(canonical_url="https://outlet.example/news/2"), T0)
    assert get_items(engine, [gn])[0].canonical_url == "https://outlet.example/news/2"
    # the outlet's own item, arriving later, is a sighting of it: one item, one story
    assert store(engine, item("own", candidate=False, link="https://outlet.example/news/2",
                              canonical="https://outlet.example/news/2", title=title), source="outlet") == []


def test_alerts_wait_for_the_article_within_the_hold(engine: Engine) -> None:
    [a] = store(engine, item("a", relevant=True))
    [b] = store(engine, item("b", relevant=True, candidate=False), source="t")
    story_a, story_b = (get_items(engine, [i])[0].story_id for i in (a, b))
    hold = timedelta(minutes=10)
    assert stories_to_fan_out(engine, held_since=T0 - hold) == [story_b]  # a's article is being read
    assert stories_to_fan_out(engine, held_since=T0 + timedelta(seconds=1)) == [story_a, story_b]  # hold over
    assert stories_to_fan_out(engine) == [story_a, story_b]  # no hold asked for
    claim_enrichments(engine, "one", T0, LEASE)
    finish_enrichment(engine, a, "one", done(decision=IRRELEVANT), T0 + timedelta(minutes=1))
    assert stories_to_fan_out(engine, held_since=T0 - hold) == [story_b]  # irrelevant now: never announced
    with engine.connect() as conn:
        assert conn.scalar(select(Enrichment.state).where(Enrichment.item_id == a)) == "done"


def test_google_links_are_cached_for_every_instance(engine: Engine) -> None:
    assert get_google_link(engine, "CBMiZ") is None
    put_google_link(engine, "CBMiZ", "https://outlet.example/a", T0)
    put_google_link(engine, "CBMiZ", "https://outlet.example/b", T0)  # a second answer changes nothing
    assert get_google_link(engine, "CBMiZ") == "https://outlet.example/a"


@pytest.mark.postgres
def test_instances_claim_disjoint_candidates(pg_url: str) -> None:
    from storage import db

    engines = [db.make_engine(pg_url) for _ in range(4)]
    db.upgrade(engines[0])
    ids = store(engines[0], *(item(f"k{n}", host=f"h{n % 8}.example") for n in range(60)))
    got: dict[str, list[int]] = {}
    start = threading.Barrier(len(engines))

    def claim(n: int) -> None:
        start.wait()
        mine: list[int] = []
        while batch := claim_enrichments(engines[n], f"i{n}", T0, LEASE, limit=5, per_host=2):
            mine += [j.item_id for j in batch]
        got[f"i{n}"] = mine

    threads = [threading.Thread(target=claim, args=(n,)) for n in range(len(engines))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    claimed = [i for mine in got.values() for i in mine]
    assert sorted(claimed) == sorted(ids)  # every candidate once, by one instance
    assert sum(1 for mine in got.values() if mine) >= 2  # shared, not taken by the first
    for e in engines:
        e.dispose()


def _pending_reference(engine: Engine, item_ids: list[int]) -> list[int]:
    """What ``pending_ids`` answers, one item at a time."""
    with engine.connect() as conn:
        return sorted(i for i in set(item_ids) if conn.scalar(
            select(Enrichment.item_id).where(Enrichment.item_id == i, Enrichment.state == "pending")) is not None)


@pytest.mark.parametrize("pick", [
    pytest.param(lambda ids: ids, id="every-id-dense"),
    pytest.param(lambda ids: ids[::2], id="every-other"),
    pytest.param(lambda ids: [ids[0], ids[-1]], id="scattered-ends"),
    pytest.param(lambda ids: [ids[3]], id="one"),
    pytest.param(lambda ids: [], id="none"),
    pytest.param(lambda ids: [*ids[:5], 10**9], id="with-an-unknown-id"),
])
def test_pending_ids_equal_the_per_item_answer(engine: Engine, pick: object) -> None:
    """The range query (dense ids) and the IN lists (scattered ones) skip the other items of the range:
    not asked for, not candidates, or no longer pending."""
    ids = store(engine, *(item(f"k{n}", candidate=n % 3 != 0) for n in range(40)))
    release = claim_enrichments(engine, "w", T0, LEASE, limit=2, item_ids=ids)
    finish_enrichment(engine, release[0].item_id, "w", done(), T0)
    wanted = pick(ids)  # type: ignore[operator]
    assert pending_ids(engine, wanted) == _pending_reference(engine, wanted)
