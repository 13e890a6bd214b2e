"""Storage behaviour, run against every backend (SQLite always, PostgreSQL when reachable)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import inspect

from storage import db
from storage.items import count_items, list_items
from storage.polls import record_polls
from storage.item_records import NewItem
from storage.records import PollRecord, SourceSpec
from storage.sources import claim_due_sources, list_sources, sync_sources

T0 = datetime(2026, 11, 2, 8, 0, tzinfo=timezone.utc)


def spec(sid: str, url: str | None = None, interval: int = 1800, enabled: bool = True) -> SourceSpec:
    return SourceSpec(id=sid, name=sid.title(), url=url or f"https://{sid}.example/feed",
                      language="en", interval_seconds=interval, enabled=enabled)


def item(key: str, title: str = "t") -> NewItem:
    return NewItem(item_key=key, title=title, summary="s", published_at=T0, fetched_at=T0,
                   content_hash="h" + key, url=f"https://x.example/{key}")


def ok(sid: str, items: tuple[NewItem, ...] = (), at: datetime = T0, owner: str = "a") -> PollRecord:
    return PollRecord(source_id=sid, started_at=at, duration_ms=5, status="ok",
                      next_poll_at=at + timedelta(minutes=30), consecutive_failures=0, http_status=200,
                      etag='"e1"', last_modified="Mon, 02 Nov 2026 08:00:00 GMT", items=items,
                      lease_owner=owner)


def test_migrations_apply_and_roll_back(database_url: str) -> None:
    engine = db.make_engine(database_url)
    db.upgrade(engine)
    assert db.current_revision(engine) == db.head_revision() == db.HEAD
    assert not db.needs_upgrade(engine)
    assert {"sources", "items", "fetch_log"} <= set(inspect(engine).get_table_names())
    db.upgrade(engine)  # idempotent
    db.downgrade(engine, "base")
    assert "items" not in inspect(engine).get_table_names()
    engine.dispose()


def test_sync_adds_updates_and_retires_sources(engine) -> None:
    sync_sources(engine, [spec("a"), spec("b")], T0)
    record_polls(engine, [ok("a")])
    sync_sources(engine, [spec("a", url="https://moved.example/feed"), spec("c")], T0 + timedelta(hours=1))
    states = {s.id: s for s in list_sources(engine)}
    assert set(states) == {"a", "b", "c"}
    assert states["a"].url == "https://moved.example/feed" and states["a"].etag is None
    assert states["b"].in_config is False
    assert states["c"].next_poll_at == T0 + timedelta(hours=1)


def test_claim_takes_only_due_sources_and_only_once(engine) -> None:
    sync_sources(engine, [spec("a"), spec("b"), spec("off", enabled=False)], T0)
    record_polls(engine, [ok("b")])  # b is next due at T0+30m
    first = claim_due_sources(engine, "one", T0, 600)
    assert [s.id for s in first] == ["a"]
    assert claim_due_sources(engine, "two", T0, 600) == []  # a is leased by "one"
    assert claim_due_sources(engine, "one", T0, 600) == []  # and not handed out twice
    # the lease on "a" expires on its own when its holder dies
    assert [s.id for s in claim_due_sources(engine, "three", T0 + timedelta(minutes=11), 3600)] == ["a"]
    later = T0 + timedelta(minutes=31)
    assert [s.id for s in claim_due_sources(engine, "two", later, 600)] == ["b"]


def test_claim_ignoring_schedule_still_respects_leases(engine) -> None:
    sync_sources(engine, [spec("a"), spec("b")], T0)
    record_polls(engine, [ok("a"), ok("b")])
    claim_due_sources(engine, "service", T0, 600, source_ids=["a"], ignore_schedule=True)
    taken = claim_due_sources(engine, "cli", T0, 600, ignore_schedule=True)
    assert [s.id for s in taken] == ["b"]


def test_record_returns_only_new_items(engine) -> None:
    sync_sources(engine, [spec("a"), spec("b")], T0)
    first = record_polls(engine, [ok("a", (item("k1"), item("k2"), item("k1"))), ok("b", (item("k1"),))])
    assert len(first["a"]) == 2 and len(first["b"]) == 1  # keys are per source
    again = record_polls(engine, [ok("a", (item("k1"), item("k3")))])
    assert len(again["a"]) == 1
    assert count_items(engine) == 4
    state = {s.id: s for s in list_sources(engine)}["a"]
    assert state.etag == '"e1"' and state.lease_owner is None and state.last_success_at == T0


def test_failure_keeps_validators_and_records_the_error(engine) -> None:
    sync_sources(engine, [spec("a")], T0)
    record_polls(engine, [ok("a")])
    failed = PollRecord(source_id="a", started_at=T0 + timedelta(hours=1), duration_ms=3, status="error",
                        next_poll_at=T0 + timedelta(hours=2), consecutive_failures=1, http_status=503,
                        error="HTTP 503")
    record_polls(engine, [failed])
    state = list_sources(engine)[0]
    assert state.etag == '"e1"' and state.consecutive_failures == 1 and state.last_error == "HTTP 503"
    assert state.last_success_at == T0 and state.last_status == "error"


def test_list_items_filters(engine) -> None:
    sync_sources(engine, [spec("a"), spec("b")], T0)
    rel = NewItem(item_key="r", title="relevant", summary="", published_at=T0 + timedelta(days=1),
                  fetched_at=T0, content_hash="x", relevant=True, score=3.0)
    record_polls(engine, [ok("a", (item("k1"), rel)), ok("b", (item("k2"),))])
    assert [i.title for i in list_items(engine, relevant=True)] == ["relevant"]
    assert len(list_items(engine, source_ids=["b"])) == 1
    assert len(list_items(engine, since=T0 + timedelta(hours=1))) == 1
    assert len(list_items(engine, limit=2)) == 2
    newest = list_items(engine)[0]
    assert newest.published_at.tzinfo is not None and newest.to_json()["source"] == "a"


@pytest.mark.postgres
def test_two_instances_never_claim_the_same_source(pg_url: str) -> None:
    """Concurrent claimers on PostgreSQL split the due sources between them."""
    import concurrent.futures

    engine = db.make_engine(pg_url)
    db.upgrade(engine)
    sync_sources(engine, [spec(f"s{i:03d}") for i in range(60)], T0)

    def claim(owner: str) -> list[str]:
        got: list[str] = []
        for _ in range(10):
            got += [s.id for s in claim_due_sources(engine, owner, T0, 600, limit=5)]
        return got

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        results = list(pool.map(claim, ["w1", "w2", "w3", "w4"]))
    flat = [sid for r in results for sid in r]
    assert len(flat) == len(set(flat)) == 60
    engine.dispose()


def test_encoded_json_decisions_are_stored_once_encoded(engine) -> None:
    """A decision the parse worker encoded already comes back as the same document."""
    from dataclasses import replace

    from storage.item_records import EncodedJSON

    sync_sources(engine, [spec("a")], T0)
    text = '{"relevant":true,"score":2.5,"matches":[{"term":"Китай","count":2}]}'
    encoded = replace(item("k1"), decision=EncodedJSON(text), relevant=True, score=2.5)
    plain = replace(item("k2"), decision={"relevant": False, "matches": []})
    record_polls(engine, [ok("a", (encoded, plain))])
    by_key = {i.item_key: i for i in list_items(engine)}
    assert by_key["k1"].decision == {"relevant": True, "score": 2.5, "matches": [{"term": "Китай", "count": 2}]}
    assert by_key["k2"].decision == {"relevant": False, "matches": []}


@pytest.mark.parametrize("before, batch, new", [
    pytest.param({}, {"a": ["k1", "k2"]}, {"a": 2}, id="new-source"),
    pytest.param({"a": ["k1"]}, {"a": ["k1", "k2"]}, {"a": 1}, id="known-source"),
    pytest.param({"a": ["k1"]}, {"a": ["k1"], "b": ["k1", "k2"], "c": ["k9"]}, {"a": 0, "b": 2, "c": 1},
                 id="known-and-new-sources-in-one-batch"),
    pytest.param({"b": ["k5"]}, {"a": ["k5"], "b": ["k5", "k6"]}, {"a": 1, "b": 1}, id="same-key-other-source"),
], ids=str)
def test_only_sources_that_sent_before_are_looked_up_by_key(engine, before: dict[str, list[str]],
                                                            batch: dict[str, list[str]],
                                                            new: dict[str, int]) -> None:
    """The writer reads the stored keys of the batch's sources that have any sighting; a source
    without one (a new source) has stored no key, and every entry of it is fresh."""
    sync_sources(engine, [spec(s) for s in "abc"], T0)
    if before:
        record_polls(engine, [ok(s, tuple(item(k) for k in keys)) for s, keys in before.items()])
    stored = record_polls(engine, [ok(s, tuple(item(k) for k in keys)) for s, keys in batch.items()])
    assert {s: len(ids) for s, ids in stored.items()} == new
    assert count_items(engine) == sum(len(set(k)) for k in before.values()) + sum(new.values())


@pytest.mark.parametrize(
    ("holder", "later_poll", "applied"),
    [
        pytest.param(None, False, True, id="lease-free-no-later-poll-applies"),
        pytest.param("a", False, True, id="own-lease-applies"),
        pytest.param("b", False, False, id="taken-over-and-in-flight-is-left-to-its-holder"),
        pytest.param(None, True, False, id="taken-over-and-written-is-not-overwritten"),
    ],
)
def test_a_poll_that_outlived_its_lease_does_not_overwrite_the_source(engine, holder: str | None,
                                                                      later_poll: bool, applied: bool) -> None:
    """A poll by "a" started at T0 and written late: another instance ("b") may have taken the
    source over when a's lease ran out. a's outcome then neither gives back b's lease nor sets
    next_poll_at from its older start (a third instance would fetch the source again at once);
    its items and its fetch_log row are kept."""
    sync_sources(engine, [spec("a_src")], T0 - timedelta(hours=1))
    if later_poll:
        record_polls(engine, [ok("a_src", at=T0 + timedelta(minutes=1), owner="b")])
    if holder is not None:
        assert claim_due_sources(engine, holder, T0 + timedelta(hours=2), 600, ignore_schedule=True)
    before = list_sources(engine)[0]
    new = record_polls(engine, [ok("a_src", (item("late"),), at=T0, owner="a")])
    after = list_sources(engine)[0]
    assert len(new["a_src"]) == 1 and count_items(engine) == 1  # nothing fetched is lost
    if applied:
        assert after.last_polled_at == T0 and after.next_poll_at == T0 + timedelta(minutes=30)
        assert after.lease_owner is None
    else:
        assert (after.last_polled_at, after.next_poll_at, after.lease_owner) == \
            (before.last_polled_at, before.next_poll_at, before.lease_owner)
