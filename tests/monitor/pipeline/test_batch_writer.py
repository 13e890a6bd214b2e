"""BatchWriter: which records share a transaction, and that each gets its own result."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from monitor.pipeline.writer import BatchWriter
from storage import db
from storage.sources import sync_sources
from tests.storage.test_sources_and_polls import T0, item, ok, spec


@pytest.fixture
def sqlite_engine(sqlite_url: str) -> Iterator[Engine]:
    eng = db.make_engine(sqlite_url)
    db.upgrade(eng)
    sync_sources(eng, [spec(f"s{i}") for i in range(4)], T0)
    yield eng
    eng.dispose()


async def submit_spaced(writer: BatchWriter, gap: float, n: int = 3) -> list[list[int]]:
    """Submit one record per source, ``gap`` seconds apart; the inserted ids per record."""
    futures = []
    for i in range(n):
        if i:
            await asyncio.sleep(gap)
        futures.append(await writer.submit(ok(f"s{i}", (item(f"k{i}"),))))
    return list(await asyncio.gather(*futures))


@pytest.mark.parametrize(("more_coming", "linger", "gap", "expected"), [
    (True, 2.0, 0.02, [3]),        # more records on their way: they wait for each other
    (False, 2.0, 0.1, [1, 1, 1]),  # nothing else in flight: each is written at once
    (True, 0.02, 0.5, [1, 1, 1]),  # more on their way, but later than the linger
], ids=["lingers-while-more-come", "lone-records-go-at-once", "linger-expires"])
def test_records_are_grouped_while_more_are_coming(sqlite_engine: Engine, more_coming: bool, linger: float,
                                                   gap: float, expected: list[int]) -> None:
    batches: list[int] = []
    writer = BatchWriter(sqlite_engine, linger=linger, more_coming=lambda: more_coming,
                         on_stored=lambda inserted: batches.append(len(inserted)))

    results = asyncio.run(submit_spaced(writer, gap))

    assert batches == expected
    assert [len(ids) for ids in results] == [1, 1, 1]  # each record gets its own items' ids
    assert len({i for ids in results for i in ids}) == 3


def test_a_full_batch_does_not_wait_for_the_linger(sqlite_engine: Engine) -> None:
    batches: list[int] = []
    writer = BatchWriter(sqlite_engine, max_batch=2, linger=30.0, more_coming=lambda: True,
                         on_stored=lambda inserted: batches.append(len(inserted)))

    async def go() -> None:
        futures = [await writer.submit(ok(f"s{i}", (item(f"k{i}"),))) for i in range(4)]
        await asyncio.wait_for(asyncio.gather(*futures), timeout=10)

    asyncio.run(go())
    assert batches == [2, 2]


@pytest.mark.parametrize(("items", "expected"), [
    ((True, True, True, True), [2, 2]),       # polls with items: at most max_batch a transaction
    ((False, False, False, False), [4]),      # polls that brought nothing (304s) go in together
    ((False, True, False, True), [4]),        # two with items and the rest alongside them
    ((True, True, False, False), [2, 2]),
], ids=["all-with-items", "all-empty", "mixed", "full-then-empty"])
def test_polls_that_brought_nothing_do_not_fill_a_batch(sqlite_engine: Engine, items: tuple[bool, ...],
                                                        expected: list[int]) -> None:
    """A warm cycle is 500 polls that brought nothing: batching them 16 at a time made 32
    transactions of a row update and a log row each."""
    batches: list[int] = []
    futures: list[asyncio.Future[list[int]]] = []
    writer = BatchWriter(sqlite_engine, max_batch=2, linger=30.0, max_records=4,
                         more_coming=lambda: len(futures) < len(items),  # until the last is submitted
                         on_stored=lambda inserted: batches.append(len(inserted)))

    async def go() -> None:
        for i, with_items in enumerate(items):
            futures.append(await writer.submit(ok(f"s{i}", (item(f"k{i}"),) if with_items else ())))
        await asyncio.wait_for(asyncio.gather(*futures), timeout=10)

    asyncio.run(go())
    assert batches == expected


def test_the_write_path_is_frozen_out_of_the_collector_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the write path loaded stays out of the full collections, and the young generation is
    larger; once a process: a second writer freezes nothing more and leaves the thresholds."""
    import gc

    from monitor.pipeline import writer

    monkeypatch.setattr(writer, "_FROZEN", False)
    before, threshold = gc.get_freeze_count(), gc.get_threshold()
    try:
        gc.set_threshold(700, *threshold[1:])
        writer._load_write_path()
        frozen = gc.get_freeze_count()
        assert frozen > before
        assert gc.get_threshold() == (writer.YOUNG_GENERATION, *threshold[1:])
        garbage = [[] for _ in range(1000)]
        gc.set_threshold(700, *threshold[1:])
        writer._load_write_path()
        assert gc.get_freeze_count() == frozen and gc.get_threshold()[0] == 700 and garbage
        monkeypatch.setattr(writer, "_FROZEN", False)
        gc.set_threshold(50_000, *threshold[1:])
        writer._load_write_path()
        assert gc.get_threshold()[0] == 50_000  # a higher threshold set by someone else stays
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
