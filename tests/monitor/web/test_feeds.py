"""Feeds out: Atom read back with feedparser (no bozo), JSON Feed with the service's own JSON Feed
reader (feedparser 6.0, which the project pins, reads no JSON Feed) and the 1.1 spec's required
fields; both list the same stories as the API."""

from __future__ import annotations

import feedparser

from monitor.feeds.parse import parse_json_feed
import httpx
import pytest


async def relevant_ids(client: httpx.AsyncClient, query: str = "") -> list[int]:
    page = (await client.get(f"/api/v1/stories?relevant=true&{query}")).json()
    return [s["id"] for s in page["stories"]]


@pytest.mark.parametrize("query", ["", "country=KZ", "q=joint", "lang=ru&topic=education"],
                         ids=["all", "country", "search", "lang-topic"])
async def test_atom_is_valid_and_lists_the_relevant_stories(
        client: httpx.AsyncClient, stories: dict[str, int], query: str) -> None:
    r = await client.get(f"/feeds/stories.atom?{query}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
    parsed = feedparser.parse(r.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    ids = [int(e.id.rsplit("/", 1)[1]) for e in parsed.entries]
    assert ids == await relevant_ids(client, query)
    for entry in parsed.entries:
        links = {link.rel: link.href for link in entry.links}
        assert links["alternate"] == f"https://news.example.org/stories/{entry.id.rsplit('/', 1)[1]}"
        assert links["related"].startswith("https://")
        assert entry.published_parsed and entry.title


async def test_atom_escapes_markup(client: httpx.AsyncClient, stories: dict[str, int]) -> None:
    parsed = feedparser.parse((await client.get("/feeds/stories.atom")).content)
    assert any(e.title.startswith("<script>alert(1)</script>") for e in parsed.entries)  # text, as sent
    assert b"<script>" not in (await client.get("/feeds/stories.atom")).content


@pytest.mark.parametrize("query", ["", "country=UZ"], ids=["all", "country"])
async def test_json_feed_is_valid_and_lists_the_relevant_stories(
        client: httpx.AsyncClient, stories: dict[str, int], query: str) -> None:
    r = await client.get(f"/feeds/stories.json?{query}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/feed+json")
    parsed = parse_json_feed(r.content)
    assert parsed.format == "json11"
    feed = r.json()
    assert {"version", "title", "items"} <= set(feed) and all("id" in i for i in feed["items"])
    assert [e.link for e in parsed.entries] == [i["url"] for i in feed["items"]]
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    ids = [int(item["id"].rsplit("/", 1)[1]) for item in feed["items"]]
    assert ids == await relevant_ids(client, query)
    for item in feed["items"]:
        assert item["url"] == item["id"] and item["external_url"].startswith("https://")
        assert item["date_published"].endswith("Z") and item["title"]


async def test_an_empty_feed_is_still_valid(client: httpx.AsyncClient) -> None:
    parsed = feedparser.parse((await client.get("/feeds/stories.atom")).content)
    assert not parsed.bozo and parsed.entries == []
    assert parse_json_feed((await client.get("/feeds/stories.json")).content).entries == ()


@pytest.mark.parametrize(("path", "kind"), [("/feeds/stories.atom?country=XX", "text/plain"),
                                            ("/feeds/stories.json?since=soon", "application/json")])
async def test_a_bad_filter_is_400(client: httpx.AsyncClient, path: str, kind: str) -> None:
    r = await client.get(path)
    assert r.status_code == 400 and r.headers["content-type"].startswith(kind)
