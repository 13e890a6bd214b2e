"""The reading pages in-process: /, /stories/{id}, /sources, headers, errors."""

from __future__ import annotations

import re

import httpx
import pytest

from tests.monitor.web.conftest import ADMIN


def titles(html: str) -> list[str]:
    return re.findall(r'<h2 id="s\d+"[^>]*><a href="/stories/\d+">(.*?)</a></h2>', html)


async def test_index_lists_relevant_stories_newest_first(client: httpx.AsyncClient,
                                                         stories: dict[str, int]) -> None:
    r = await client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    shown = titles(r.text)
    assert len(shown) == 4
    assert shown[0].startswith("&lt;script&gt;")  # the newest, and escaped
    assert "<script>" not in r.text
    assert not any("Football" in t for t in shown)
    # Screen readers read each title in its own language.
    assert f'<h2 id="s{stories["uz"]}" lang="ru">' in r.text and f'<h2 id="s{stories["zh"]}" lang="zh">' in r.text


@pytest.mark.parametrize(("query", "expected"), [
    ("country=KZ", {"lab", "zh"}),
    ("country=UZ,KG", {"uz", "hostile"}),
    ("topic=education", {"uz"}),
    ("topic=science&country=KG", {"hostile"}),
    ("lang=ru", {"uz"}),
    ("q=laboratory", {"lab"}),
    ("q=LABORATORY+kazakh", {"lab"}),
    ("q=университет", {"uz"}),
    ("q=УНИВЕРСИТЕТ", {"uz"}),
    ("q=联合实验室", {"zh"}),
    ("q=100%25", set()),
    ("q=football", set()),
    ("since=2026-11-03T11:30Z", {"zh", "hostile"}),
], ids=["country", "two-countries", "topic", "topic-and-country", "lang", "search",
        "search-two-words-any-case", "search-cyrillic", "search-cyrillic-upper", "search-chinese",
        "search-percent-is-literal", "irrelevant-never-listed", "since"])
async def test_filters(client: httpx.AsyncClient, stories: dict[str, int], query: str,
                       expected: set[str]) -> None:
    r = await client.get(f"/?{query}")
    assert r.status_code == 200
    ids = {int(i) for i in re.findall(r'<h2 id="s(\d+)"[^>]*>', r.text)}
    assert ids == {stories[name] for name in expected}


async def test_a_bad_filter_says_how_to_fix_it(client: httpx.AsyncClient) -> None:
    r = await client.get("/?since=yesterday")
    assert r.status_code == 400
    assert "since: &#34;yesterday&#34; is not a date like 2026-11-01 or a period like 7d" in r.text \
        or "since: &quot;yesterday&quot;" in r.text


async def test_paging_walks_every_story_once(client: httpx.AsyncClient, wengine,  # type: ignore[no-untyped-def]
                                             stories: dict[str, int]) -> None:
    from tests.support.webdata import add_bulk_stories

    add_bulk_stories(wengine, 100, relevant_every=1)
    seen: list[int] = []
    url = "/"
    while url:
        r = await client.get(url)
        seen += [int(i) for i in re.findall(r'<h2 id="s(\d+)"[^>]*>', r.text)]
        found = re.search(r'<a href="(/\?[^"]*)" rel="next">', r.text)
        url = found.group(1).replace("&amp;", "&") if found else ""
    assert len(seen) == len(set(seen)) == 104


async def test_story_page_explains_the_decision(client: httpx.AsyncClient,
                                                stories: dict[str, int]) -> None:
    r = await client.get(f"/stories/{stories['lab']}")
    assert r.status_code == 200
    html = r.text
    assert "<mark>Chinese</mark> and Kazakh universities open a <mark>joint laboratory</mark>" in html
    assert "score 5.00 against a threshold of 2.00" in html
    assert "Example Wire" in html and "https://wire.example.org/news/" in html
    assert "joint lab" in html  # the concept's readable name
    assert "/api/v1/items/" in html


async def test_story_page_of_a_hostile_title_escapes_it(client: httpx.AsyncClient,
                                                        stories: dict[str, int]) -> None:
    r = await client.get(f"/stories/{stories['hostile']}")
    assert "<script>" not in r.text and "&lt;script&gt;" in r.text


@pytest.mark.parametrize("path", ["/stories/999999", "/stories/abc", "/no/such/page"])
async def test_missing_pages_are_404_pages(client: httpx.AsyncClient, path: str) -> None:
    r = await client.get(path)
    assert r.status_code == 404 and "<main" in r.text


async def test_sources_page_shows_health(client: httpx.AsyncClient, wengine) -> None:  # type: ignore[no-untyped-def]
    from tests.support.webdata import add_demo_stories

    add_demo_stories(wengine)
    r = await client.get("/sources")
    assert r.status_code == 200
    assert "Broken Feed" in r.text and "failing" in r.text and "HTTP 503 Service Unavailable" in r.text
    assert "Xinhua English" in r.text and "healthy" in r.text


async def test_security_headers_on_every_answer(client: httpx.AsyncClient) -> None:
    for path in ("/", "/api/v1/stories", "/feeds/stories.atom", "/nope", "/static/style.css"):
        r = await client.get(path)
        csp = r.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "script-src" not in csp and "default-src 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"


async def test_token_pages_are_never_cached(client: httpx.AsyncClient) -> None:
    r = await client.get("/unsubscribe/not-a-token")
    assert r.headers["cache-control"] == "no-store"


async def test_pages_hold_no_secret(client: httpx.AsyncClient, stories: dict[str, int]) -> None:
    from tests.monitor.web.conftest import SECRET

    for path in ("/", f"/stories/{stories['lab']}", "/sources", "/subscribe", "/admin/login",
                 "/api/v1/openapi.json", "/metrics", "/readyz"):
        body = (await client.get(path)).text
        assert ADMIN not in body and SECRET not in body


async def test_pages_have_landmarks_and_a_skip_link(client: httpx.AsyncClient,
                                                    stories: dict[str, int]) -> None:
    for path in ("/", f"/stories/{stories['lab']}", "/sources", "/subscribe"):
        html = (await client.get(path)).text
        assert '<a class="skip" href="#main">' in html and '<main id="main"' in html
        assert '<nav aria-label="Main">' in html and '<html lang="en">' in html
        for field in re.findall(r'<(?:input|select)[^>]*\sid="([^"]+)"', html):
            assert f'for="{field}"' in html, f"{path}: #{field} has no label"
