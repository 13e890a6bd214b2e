"""Three outlets on loopback carry overlapping stories; `monitor poll` must make one story of each.

The labelled near-duplicate corpus (``tests/monitor/dedup/data``: wire copies, reprints with datelines,
rewrites, summaries, near misses about the same labs and ministries, templates) is spread over
three RSS feeds, plus copies of articles under URL variants (``http``, ``www.``, ``m.``, AMP,
tracking parameters, a trailing slash) with new GUIDs in another outlet. Over all pairs of
entries, "same story" must reach precision 0.95 and recall 0.90, and every link must be found in
exactly one story.
"""

from __future__ import annotations

import dataclasses
import html
import json
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import pytest

from tests.monitor.dedup.corpus import Item, cluster_pairs, load_corpus
from tests.monitor.pipeline.test_poll_e2e import env_for, run
from tests.support.feedserver import FeedServer

OUTLETS = ("astana", "tashkent", "bishkek")


def url_variant(url: str, n: int) -> str:
    """The same article as another outlet or a share button links it."""
    scheme, rest = url.split("://", 1)
    host, _, path = rest.partition("/")
    bare = host.removeprefix("www.")
    variants = [
        f"http://{host}/{path}",
        f"{scheme}://www.{bare}/{path}" if not host.startswith("www.") else f"{scheme}://{bare}/{path}",
        f"{scheme}://{host}/{path}{'&' if '?' in path else '?'}utm_source=telegram&utm_medium=social",
        f"{scheme}://m.{bare}/{path}",
        f"{scheme}://{host}/{path.rstrip('/')}/amp",
        f"{scheme}://{host}/{path}{'&' if '?' in path else '?'}fbclid=IwAR0abc#comments",
    ]
    return variants[n % len(variants)]


def rss(entries: list[tuple[Item, str]], now: datetime) -> bytes:
    parts = ['<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Outlet</title>'
             "<link>https://outlet.example/</link>"]
    for n, (item, guid) in enumerate(entries):
        body = "".join(f"<p>{html.escape(p)}</p>" for p in item.text.split("\n\n"))
        parts.append(
            f"<item><title>{html.escape(item.title)}</title><link>{html.escape(item.url)}</link>"
            f'<guid isPermaLink="false">{guid}</guid><pubDate>{format_datetime(now - timedelta(minutes=n))}</pubDate>'
            f"<description>{html.escape(body)}</description><language>{item.lang}</language></item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode()


@pytest.fixture
def served(feed_server: FeedServer, tmp_path: Path) -> list[Item]:
    corpus = [i for i in load_corpus() if i.url]
    entries: dict[str, list[tuple[Item, str]]] = {o: [] for o in OUTLETS}
    every: list[Item] = []
    for n, item in enumerate(corpus):
        entries[OUTLETS[n % 3]].append((item, f"{item.id}-guid"))
        every.append(item)
        if item.kind == "original" and n % 2 == 0:  # the same article, linked another way
            copy = dataclasses.replace(item, id=item.id + "#variant", url=url_variant(item.url, n))
            entries[OUTLETS[(n + 1) % 3]].append((copy, f"{copy.id}-guid"))
            every.append(copy)
    now = datetime.now(timezone.utc)
    lines = ["sources:"]
    for outlet in OUTLETS:
        url = feed_server.add_feed(f"/{outlet}.xml", rss(entries[outlet], now), content_type="application/rss+xml")
        lines.append(f"  - {{id: {outlet}, url: '{url}'}}")
    (tmp_path / "sources.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return every


def test_three_outlets_make_one_story_per_event(served: list[Item], tmp_path: Path, database_url: str) -> None:
    env = env_for(tmp_path, database_url)
    code, _ = run(env, "poll")
    assert code == 0
    code, out = run(env, "stories", "list", "--json", "--limit", "10000")
    assert code == 0
    stories = [json.loads(line) for line in out.splitlines()]
    assert {"id", "title", "items", "sources", "languages", "urls"} <= set(stories[0])

    story_of: dict[str, list[int]] = {}
    for story in stories:
        for url in story["urls"]:
            story_of.setdefault(url, []).append(story["id"])
    links = {item.url for item in served}
    assert links == set(story_of), "every link, exactly as it appeared, in some story"
    assert all(len(ids) == 1 for ids in story_of.values()), "every link in exactly one story"

    scored = [i for i in served if i.file != "holdout"]
    tp, fp, fn = cluster_pairs(scored, {i.id: story_of[i.url][0] for i in scored})
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= 0.95 and recall >= 0.90, (precision, recall, tp, fp, fn)
    h_tp, h_fp, h_fn = cluster_pairs(served, {i.id: story_of[i.url][0] for i in served})
    print(f"\n{len(served)} entries, {len(stories)} stories; precision {precision:.3f} recall {recall:.3f} "
          f"(tp {tp} fp {fp} fn {fn}); with the held-out file: tp {h_tp} fp {h_fp} fn {h_fn}")

    # Variant links were stored once: an item with several sightings, not a second item.
    code, out = run(env, "items", "list", "--json", "--limit", "10000")
    items = [json.loads(line) for line in out.splitlines()]
    originals = {i.url for i in served if not i.id.endswith("#variant")}
    assert len(items) == len(originals)
    assert all(isinstance(i["story"], int) for i in items)

    # A second poll adds nothing and keeps every story as it was.
    code, _ = run(env, "poll")
    code, again = run(env, "stories", "list", "--json", "--limit", "10000")
    assert [json.loads(line) for line in again.splitlines()] == stories
