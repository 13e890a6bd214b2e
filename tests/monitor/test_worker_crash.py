"""A parse worker that dies takes down only the feed it was parsing, never the pool for good."""

from __future__ import annotations

import os
from datetime import datetime, timezone

from monitor import work
from monitor.work import Analyser, ParseJob

NOW = datetime(2026, 11, 5, tzinfo=timezone.utc)
RSS = b'<rss version="2.0"><channel><item><title>fine</title><link>https://x.example/1</link></item></channel></rss>'
POISON = b"<!-- kill the worker -->"


def _analyse_or_die(job: ParseJob) -> work.ParseOutcome:
    if job.body == POISON:
        os._exit(1)  # what an OOM kill or a segfault looks like to the pool
    return work.analyse(job)


async def test_broken_pool_is_replaced_and_only_the_poison_feed_fails(monkeypatch) -> None:
    monkeypatch.setattr(work, "analyse", _analyse_or_die)
    analyser = Analyser(workers=2)
    try:
        job = ParseJob(body=RSS, url="https://x.example/", content_type=None, fetched_at=NOW, rules=None)
        assert [e.title for e in (await analyser.run(job)).items] == ["fine"]
        poison = await analyser.run(ParseJob(body=POISON, url="https://x.example/", content_type=None,
                                             fetched_at=NOW, rules=None))
        assert poison.error and "parser process died" in poison.error
        assert [e.title for e in (await analyser.run(job)).items] == ["fine"]
    finally:
        analyser.close()
