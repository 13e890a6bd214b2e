"""Stories over the real store (SQLite and PostgreSQL): sightings, clusters, edits, tombstones.

``record_polls`` with the pipeline's :class:`StoryMatcher`, fed items fingerprinted the way the
parse workers do it.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import Engine

from monitor.dedup import canonical_url, fingerprint
from monitor.dedup.stories import BandIndex, StoryMatcher
from storage.items import delete_item, get_items, list_items, update_decisions
from storage.polls import record_polls, same_title
from storage.item_records import NewItem
from storage.records import PollRecord, SourceSpec
from storage.sources import sync_sources
from storage.stories import list_stories

T0 = datetime(2026, 11, 2, 8, 0, tzinfo=timezone.utc)

LAB = ("Tsinghua University and Al-Farabi Kazakh National University opened a joint laboratory for "
       "water resources and ecosystem research in Almaty on Nov. 2. The laboratory will study glacier "
       "melt in the Tien Shan mountains, the transboundary rivers shared by Kazakhstan and China, and "
       "the shrinking of Lake Balkhash. It is equipped with isotope analysers and drone-mounted sensors "
       "supplied by the Chinese side, and will host ten doctoral students a year.")
LAB_REPRINT = "ALMATY, Nov. 3 (Kazinform) – " + LAB.replace("opened a joint", "have opened a joint").replace(
    "It is equipped", "It has been equipped")
RAIL = ("Kazakhstan and China agreed to build a second railway crossing at Bakhty to raise freight "
        "volumes between the two countries. The new line will be 300 kilometres long and will connect "
        "the border crossing with the Ayagoz station. Officials expect the line to carry up to 20 "
        "million tonnes of cargo a year once completed, the ministry of transport said on Monday.")


def entry(key: str, text: str, *, title: str = "Tsinghua and KazNU open joint water laboratory",
          url: str | None = None, relevant: bool = False, score: float | None = None,
          guid: str | None = None, at: datetime = T0) -> NewItem:
    url = url if url is not None else f"https://outlet.example/{key}"
    return NewItem(item_key=key, guid=guid, url=url, title=title, summary=text[:200], content=text,
                   published_at=at, fetched_at=at, content_hash=str(hash((title, text))),
                   language="en", relevant=relevant, score=score,
                   canonical_url=canonical_url(url) if url else None,
                   signature=fingerprint(title, text).to_bytes())


def poll(sid: str, *items: NewItem, at: datetime = T0, dedup: bool = True) -> PollRecord:
    return PollRecord(source_id=sid, started_at=at, duration_ms=5, status="ok",
                      next_poll_at=at + timedelta(minutes=30), consecutive_failures=0, http_status=200,
                      items=items, dedup=dedup)


@pytest.fixture
def store(engine: Engine) -> Engine:
    sync_sources(engine, [SourceSpec(id=s, name=s, url=f"https://{s}.example/feed", language="en",
                                          interval_seconds=1800, dedup=s != "optout")
                               for s in ("a", "b", "c", "optout")], T0)
    return engine


def stories(engine: Engine):  # type: ignore[no-untyped-def]
    return sorted(list_stories(engine, limit=1000), key=lambda s: s.id)


def test_same_canonical_url_from_two_sources_is_one_item_seen_twice(store: Engine) -> None:
    matcher = StoryMatcher()
    first = record_polls(store, [poll("a", entry("1", LAB, url="https://www.astanatimes.com/lab/"))],
                              assigner=matcher)
    second = record_polls(store, [poll("b", entry("x9", LAB, url="http://astanatimes.com/lab?utm_source=tg"),
                                            at=T0 + timedelta(hours=1))], assigner=matcher)
    assert len(first["a"]) == 1 and second["b"] == []
    [story] = stories(store)
    assert story.sources == ("a", "b")
    assert story.urls == ("https://www.astanatimes.com/lab/", "http://astanatimes.com/lab?utm_source=tg")
    assert [i.id for i in story.items] == first["a"]
    assert story.last_seen_at == T0 + timedelta(hours=1)
    assert [i.sources for i in list_items(store, source_ids=["b"])] == [("a", "b")]


def test_a_new_guid_for_the_same_link_is_a_sighting_not_a_new_item(store: Engine) -> None:
    record_polls(store, [poll("a", entry("g1", LAB, guid="g1", url="https://k.example/n/1"))])
    again = record_polls(store, [poll("a", entry("g2", LAB, guid="g2", url="https://k.example/n/1/"))])
    assert again["a"] == []
    [story] = stories(store)
    assert len(story.items) == 1 and len(story.sightings) == 2
    assert [s.guid for s in story.sightings] == ["g1", "g2"]


def test_reprints_join_the_story_and_different_stories_stay_apart(store: Engine) -> None:
    matcher = StoryMatcher()
    record_polls(store, [poll("a", entry("1", LAB, url="https://astanatimes.com/lab"))], assigner=matcher)
    record_polls(store, [
        poll("b", entry("2", LAB_REPRINT, title="Tsinghua, KazNU open joint water research laboratory",
                        url="https://qazinform.com/news/lab")),
        poll("c", entry("3", RAIL, title="Kazakhstan and China to build second Bakhty rail crossing",
                        url="https://kursiv.media/rail")),
    ], assigner=matcher)
    lab, rail = stories(store)
    assert lab.sources == ("a", "b") and len(lab.items) == 2
    assert lab.urls == ("https://astanatimes.com/lab", "https://qazinform.com/news/lab")
    assert rail.sources == ("c",)


def test_copies_within_one_batch_share_a_new_story(store: Engine) -> None:
    record_polls(store, [
        poll("a", entry("1", LAB, url="https://astanatimes.com/lab")),
        poll("b", entry("2", LAB_REPRINT, url="https://qazinform.com/news/lab")),
    ], assigner=StoryMatcher())
    [story] = stories(store)
    assert story.sources == ("a", "b")


def test_a_second_matcher_sees_the_stories_of_the_first(store: Engine) -> None:
    """As a second instance (or a restarted one) does: the index is filled from the database."""
    record_polls(store, [poll("a", entry("1", LAB, url="https://astanatimes.com/lab"))],
                      assigner=StoryMatcher())
    record_polls(store, [poll("b", entry("2", LAB_REPRINT, url="https://qazinform.com/news/lab"))],
                      assigner=StoryMatcher())
    assert len(stories(store)) == 1


def test_a_source_that_opts_out_keeps_its_items_apart(store: Engine) -> None:
    matcher = StoryMatcher()
    record_polls(store, [poll("a", entry("1", LAB, url="https://astanatimes.com/lab"))], assigner=matcher)
    record_polls(store, [poll("optout", entry("2", LAB_REPRINT, url="https://gov.example/lab"), dedup=False)],
                      assigner=matcher)
    record_polls(store, [poll("b", entry("3", LAB_REPRINT, url="https://qazinform.com/news/lab"))],
                      assigner=matcher)
    by_sources = sorted(s.sources for s in stories(store))
    assert by_sources == [("a", "b"), ("optout",)]


def test_stories_older_than_the_window_are_not_joined(store: Engine) -> None:
    matcher = StoryMatcher()
    record_polls(store, [poll("a", entry("1", LAB, url="https://astanatimes.com/lab"))], assigner=matcher)
    later = T0 + timedelta(days=30)
    record_polls(store, [poll("b", entry("2", LAB_REPRINT, url="https://qazinform.com/news/lab", at=later),
                                   at=later)], assigner=matcher, story_window=timedelta(days=14))
    assert len(stories(store)) == 2


def test_relevance_is_per_story_and_relevant_since_is_set_once(store: Engine) -> None:
    matcher = StoryMatcher()
    record_polls(store, [poll("a", entry("1", LAB, url="https://astanatimes.com/lab", score=0.2))],
                      assigner=matcher)
    [story] = stories(store)
    assert not story.relevant and story.relevant_since is None
    t1, t2 = T0 + timedelta(hours=1), T0 + timedelta(hours=2)
    record_polls(store, [poll("b", entry("2", LAB_REPRINT, url="https://qazinform.com/lab", relevant=True,
                                              score=3.5), at=t1)], assigner=matcher)
    record_polls(store, [poll("c", entry("3", LAB_REPRINT + " More.", url="https://kun.uz/lab",
                                              relevant=True, score=2.0), at=t2)], assigner=matcher)
    [story] = stories(store)
    assert story.relevant and story.relevant_since == t1
    assert story.score == 3.5 and story.best_item is not None and story.best_item.score == 3.5
    assert [s.id for s in list_stories(store, relevant=True)] == [story.id]


def test_an_edited_item_is_updated_in_place_and_not_returned_again(store: Engine) -> None:
    matcher = StoryMatcher()
    [item_id] = record_polls(store, [poll("a", entry("1", LAB, url="https://astanatimes.com/lab"))],
                                  assigner=matcher)["a"]
    edited = entry("1", LAB + " Updated with a quote.", title="Tsinghua and KazNU open water lab (updated)",
                   url="https://astanatimes.com/lab", relevant=True, score=4.0)
    again = record_polls(store, [poll("a", edited, at=T0 + timedelta(hours=1))], assigner=matcher)
    assert again["a"] == []
    [item] = get_items(store, [item_id])
    assert item.title == "Tsinghua and KazNU open water lab (updated)" and item.relevant
    assert item.updated_at == T0 + timedelta(hours=1)
    [story] = stories(store)
    assert story.title == item.title and story.relevant


def test_a_deleted_item_leaves_a_tombstone_and_does_not_come_back(store: Engine) -> None:
    matcher = StoryMatcher()
    [item_id] = record_polls(store, [poll("a", entry("1", LAB, url="https://astanatimes.com/lab"))],
                                  assigner=matcher)["a"]
    assert delete_item(store, item_id, T0 + timedelta(minutes=5))
    assert not delete_item(store, item_id, T0 + timedelta(minutes=6))  # already gone
    for sid, at in (("a", T0 + timedelta(hours=1)), ("b", T0 + timedelta(hours=2))):
        # The feed still carries it, edited even; another outlet carries the same link.
        again = record_polls(store, [poll(sid, entry("1", LAB + " Edited.", url="https://astanatimes.com/lab"),
                                               at=at)], assigner=matcher)
        assert again[sid] == []
    assert list_items(store) == [] and stories(store) == []
    [tomb] = get_items(store, [item_id])
    assert tomb.summary == "" and tomb.content is None


def test_reclassification_makes_a_story_relevant_from_its_first_sighting(store: Engine) -> None:
    [item_id] = record_polls(store, [poll("a", entry("1", LAB, url="https://astanatimes.com/lab"))],
                                  assigner=StoryMatcher())["a"]
    update_decisions(store, [(item_id, {"relevant": True, "score": 3.0, "rules_version": "x"})],
                          now=T0 + timedelta(days=3))
    [story] = stories(store)
    assert story.relevant and story.relevant_since == T0  # not news on the day the rules changed


def test_items_list_json_carries_the_story() -> None:
    from storage.item_records import StoredItem

    item = StoredItem(id=1, source_id="a", item_key="k", guid=None, url="https://x.example/1", title="t",
                      summary="s", content=None, language="en", published_at=T0, fetched_at=T0,
                      relevant=None, score=None, decision=None, rules_version=None, story_id=7)
    doc = item.to_json()
    assert doc["story"] == 7 and doc["sources"] == ["a"]


@pytest.mark.parametrize("keys, query, expected", [
    pytest.param([([1, 2, 3], 10)], [3], {10}, id="one-hit"),
    pytest.param([([1, 2], 10), ([2, 5], 11)], [2], {10, 11}, id="shared-key"),
    pytest.param([([1, 2], 10)], [7, 8], set(), id="miss"),
    pytest.param([], [1], set(), id="empty-index"),
    pytest.param([([2**32 - 1], 3)], [2**32 - 1], {3}, id="top-of-uint32"),
])
def test_band_index_lookup(keys: list[tuple[list[int], int]], query: list[int], expected: set[int]) -> None:
    index = BandIndex()
    for ks, story in keys:
        index.add(ks, story)
    assert index.candidates(query) == expected


def test_band_index_merges_runs_without_losing_keys() -> None:
    index = BandIndex()
    for story in range(3000):  # 144,000 keys: several merges of the recent run into the main one
        index.add([story * 48 + k for k in range(48)], story)
    assert len(index) == 3000 * 48
    assert index.candidates([0, 48 * 1500 + 7, 48 * 2999 + 47]) == {0, 1500, 2999}


def test_the_index_starts_over_from_the_window_once_a_day(store: Engine) -> None:
    now = [0.0]
    matcher = StoryMatcher(rebuild_every=86400, clock=lambda: now[0])
    record_polls(store, [poll("a", entry("1", LAB, url="https://astanatimes.com/lab"))], assigner=matcher)
    record_polls(store, [poll("c", entry("3", RAIL, url="https://kursiv.media/rail"))], assigner=matcher)
    assert len(matcher.index) == 2 * 48  # each item indexed as it is stored
    now[0] = 86400.0
    later = T0 + timedelta(days=20)  # the lab story has left the 14-day window
    record_polls(store, [poll("b", entry("2", LAB_REPRINT, url="https://qazinform.com/lab", at=later), at=later)],
                      assigner=matcher)
    # Rebuilt from the window: the two old stories are out of it, only the reprint is in.
    assert len(matcher.index) == 48 and len(stories(store)) == 3


def test_band_index_bulk_add_equals_one_by_one() -> None:
    entries = [([story * 7 + k for k in range(48)], story) for story in range(5000)]
    bulk, single = BandIndex(), BandIndex()
    bulk.add_many(entries)
    for keys, story in entries:
        single.add(keys, story)
    queries = [[story * 7 + 3] for story in range(0, 5000, 97)]
    assert bulk.candidates_many(queries) == single.candidates_many(queries)
    assert len(bulk) == len(single) == 5000 * 48


def test_band_index_filter_grows_and_never_hides_a_key() -> None:
    """The filter in front of the runs may let an absent key through, never stop a present one."""
    import random

    rng = random.Random(7)
    index = BandIndex()
    stored = [[rng.getrandbits(32) for _ in range(48)] for _ in range(30_000)]  # 1.4 M keys
    for start in range(0, len(stored), 1000):
        index.add_many([(keys, n) for n, keys in enumerate(stored[start:start + 1000], start)])
    assert index._filter_bits >= 23  # doubled along the way
    probes = [stored[n][n % 48] for n in range(0, 30_000, 37)]
    assert all(n in found for n, found in zip(range(0, 30_000, 37), index.candidates_many([[k] for k in probes])))


@pytest.mark.parametrize("a, b, same", [
    pytest.param("Tsinghua and KazNU open a joint lab", "Tsinghua and KazNU open a joint lab", True, id="equal"),
    pytest.param("Tsinghua and KazNU open a joint lab", "TSINGHUA and KazNU open a joint lab!", True, id="case-punct"),
    pytest.param("Tsinghua and KazNU open a joint lab", "Tsinghua and KazNU open a joint lab - Kazinform", True,
                 id="outlet-suffix"),
    pytest.param("Live", "Live: election night", False, id="short-title-inside-another"),
    pytest.param("Tsinghua and KazNU open a joint lab", "Football results from the weekend", False, id="different"),
    pytest.param("Казахстан и Китай открыли лабораторию", "казахстан и китай открыли лабораторию", True, id="cyrillic"),
])
def test_same_title(a: str, b: str, same: bool) -> None:
    assert same_title(a, b) is same


def test_another_article_under_a_url_already_taken_is_an_item_of_its_own(store: Engine) -> None:
    """Test feeds and some CMSs reuse one link for different articles: the titles tell them apart."""
    matcher = StoryMatcher()
    record_polls(store, [poll("a", entry("1", LAB, url="https://example.org/news"))], assigner=matcher)
    again = record_polls(store, [poll("b", entry("2", RAIL, title="Second Bakhty rail crossing agreed",
                                                      url="https://example.org/news"))], assigner=matcher)
    assert len(again["b"]) == 1
    assert sorted(i.title for i in list_items(store)) == [
        "Second Bakhty rail crossing agreed", "Tsinghua and KazNU open joint water laboratory"]
    assert len(stories(store)) == 2


def test_the_index_start_keys_blobs_as_one_by_one() -> None:
    """refresh() keys 5,000 stored fingerprints at once: the keys each would get alone."""
    matcher = StoryMatcher()
    blobs = [fingerprint("Kazakh scientists open a lab", "The joint laboratory studies glaciers " * 4).to_bytes(),
             None, b"", b"not a signature", fingerprint("", "").to_bytes(), fingerprint("Two", "words").to_bytes(),
             fingerprint("中国 大学", "中国哈萨克斯坦大学合作" * 6).to_bytes()]
    together = matcher._keys_of_blobs(blobs)
    alone = [matcher._keys_of_blob(blob) for blob in blobs]
    assert [k.tolist() for k in together] == [k.tolist() for k in alone]
    assert [k.dtype for k in together] == [k.dtype for k in alone]
    assert len(together[0]) == 48 and len(together[1]) == 0


@pytest.mark.parametrize("batches, per_batch, key_range", [
    pytest.param(3, 10, 2**32, id="few-random"),
    pytest.param(12, 800, 2**32, id="merges-and-full-runs"),  # 460,000 keys: past the last level
    pytest.param(20, 200, 5000, id="many-shared-keys"),
    pytest.param(5, 50, 3, id="three-keys-only"),
], ids=str)
def test_band_index_equals_a_dict_of_keys(batches: int, per_batch: int, key_range: int) -> None:
    """The merged runs of ``key << 32 | story`` entries answer as a plain dict of key -> stories."""
    import random

    rng = random.Random(batches * per_batch)
    index, reference = BandIndex(), {}  # type: ignore[var-annotated]
    story = added = 0
    for _ in range(batches):
        entries = []
        for _ in range(per_batch):
            story += 1 + rng.randrange(3)
            keys = [rng.randrange(key_range) for _ in range(48 if key_range > 48 else 2)]
            entries.append((keys, story if rng.random() > 0.1 else 2**31 - 1 - story))  # high ids too
        index.add_many(entries)
        added += sum(len(keys) for keys, _ in entries)
        for keys, sid in entries:
            for k in keys:
                reference.setdefault(k, set()).add(sid)
        probes = [[rng.randrange(key_range) for _ in range(5)] for _ in range(50)]
        probes += [keys[:3] for keys, _ in entries[:20]]
        expected = [set().union(*(reference.get(k, set()) for k in ks)) for ks in probes]
        assert index.candidates_many(probes) == expected
    assert len(index) == added
    if batches * per_batch * 48 > BandIndex.FIRST * BandIndex.GROWTH:
        assert index._full  # the case reached the runs that are never merged again
