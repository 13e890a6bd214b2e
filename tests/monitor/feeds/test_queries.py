"""Searches as sources: URLs built from queries, the sources file's search fields and their
errors, GDELT's answers read as feeds (and its refusals worded), GDELT's 6 s pacing."""

from __future__ import annotations

import io
import json
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import respx

from monitor.cli import main
from monitor.errors import HTTPStatus, ParseError
from monitor.feeds.fetch import FetchConfig, Fetched, Fetcher
from monitor.feeds.pacing import GdeltPacer, Pacer
from monitor.feeds.parse import parse_feed, parse_gdelt
from monitor.feeds.queries import gdelt_query, gdelt_url, google_news_url, is_gdelt_url, query_problem
from monitor.feeds.sources import SourcesFileError, parse_sources
from tests.support.fakeclock import FakeClock
from tests.support.feedserver import FeedServer
from tests.support.dns import public_dns


def params(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


@pytest.mark.parametrize(("edition", "hl", "gl", "ceid"), [
    ("en-US", "en-US", "US", "US:en"),
    ("en-GB", "en-GB", "GB", "GB:en"),
    ("ru-KZ", "ru", "KZ", "KZ:ru"),
    ("ru-RU", "ru", "RU", "RU:ru"),
    ("zh-CN", "zh-CN", "CN", "CN:zh-Hans"),
    ("zh-TW", "zh-TW", "TW", "TW:zh-Hant"),
], ids=lambda v: str(v))
def test_google_news_url_per_edition(edition: str, hl: str, gl: str, ceid: str) -> None:
    url = google_news_url('site:dknews.kz (Китай OR "Центральная Азия") when:7d', edition)
    assert url.startswith("https://news.google.com/rss/search?q=site:dknews.kz+(")
    assert params(url) == {"q": 'site:dknews.kz (Китай OR "Центральная Азия") when:7d',
                           "hl": hl, "gl": gl, "ceid": ceid}


@pytest.mark.parametrize(("base", "expected_start"), [
    (None, "https://news.google.com/rss/search?q=China&hl=en-US"),
    ("http://127.0.0.1:8080/search", "http://127.0.0.1:8080/search?q=China&hl="),
    ("http://mirror.example/rss?token=1", "http://mirror.example/rss?token=1&q=China&hl="),
], ids=["google", "mirror", "mirror-with-query"])
def test_google_news_url_on_another_base(base: str | None, expected_start: str) -> None:
    assert google_news_url("China", "en-US", base).startswith(expected_start)


@pytest.mark.parametrize(("countries", "languages", "expected"), [
    ((), (), "China Kazakhstan university"),
    (("KZ",), (), "China Kazakhstan university sourcecountry:kazakhstan"),
    (("KZ", "UZ"), ("ru", "en"),
     "China Kazakhstan university (sourcecountry:kazakhstan OR sourcecountry:uzbekistan) "
     "(sourcelang:russian OR sourcelang:english)"),
    (("CN",), ("zh",), "China Kazakhstan university sourcecountry:china sourcelang:chinese"),
], ids=["words", "one-country", "several", "china-not-fips-ch"])
def test_gdelt_query_operators(countries: tuple[str, ...], languages: tuple[str, ...], expected: str) -> None:
    assert gdelt_query("China  Kazakhstan university", countries, languages) == expected


def test_gdelt_url_asks_for_a_json_article_list_newest_first() -> None:
    url = gdelt_url('"Central Asia" (university OR laboratory)', ("KZ",))
    assert url.startswith("https://api.gdeltproject.org/api/v2/doc/doc?query=")
    assert params(url) == {"query": '"Central Asia" (university OR laboratory) sourcecountry:kazakhstan',
                           "mode": "artlist", "format": "json", "maxrecords": "75", "sort": "datedesc"}
    assert is_gdelt_url(url)
    assert is_gdelt_url(gdelt_url("x", base="http://127.0.0.1:9/doc"))


@pytest.mark.parametrize("url", [
    "https://news.google.com/rss/search?q=China",
    "https://example.org/feed?mode=artlist",
    "https://example.org/feed?format=json",
    "not a url",
], ids=["google", "mode-only", "format-only", "garbage"])
def test_other_urls_are_not_gdelt(url: str) -> None:
    assert not is_gdelt_url(url)


@pytest.mark.parametrize(("query", "problem"), [
    ("", "must be the search words"),
    ("(a OR b", "without its `)`"),
    ("a OR b)", "without its `(`"),
    ('"a b', "odd number of double quotes"),
    ("x" * 1600, "keep it under 1500"),
], ids=["empty", "open-paren", "close-paren", "quote", "long"])
def test_query_problems(query: str, problem: str) -> None:
    assert problem in (query_problem(query) or "")


def test_a_google_news_search_is_one_source_row_per_edition() -> None:
    rows = parse_sources("sources:\n  - id: gnews-en\n    name: GN\n    kind: google_news\n"
                         "    query: China Kazakhstan\n    editions: [en-US, ru-kz, zh-CN]\n"
                         "    interval: 1h\n    fulltext: always\n")
    assert [r.id for r in rows] == ["gnews-en:en-US", "gnews-en:ru-KZ", "gnews-en:zh-CN"]
    assert [r.language for r in rows] == ["en", "ru", "zh"]
    assert {r.group for r in rows} == {"gnews-en"} and {r.interval for r in rows} == {3600}
    assert {r.kind for r in rows} == {"google_news"} and {r.fulltext for r in rows} == {"always"}
    assert params(rows[1].url) == {"q": "China Kazakhstan", "hl": "ru", "gl": "KZ", "ceid": "KZ:ru"}
    assert rows[1].name == "GN (ru-KZ)"


def test_a_gdelt_search_is_one_source_with_its_base_url() -> None:
    (row,) = parse_sources("sources:\n  - id: gd\n    kind: gdelt\n    query: China university\n"
                           "    countries: [kz, UZ]\n    languages: [en]\n    url: http://127.0.0.1:9/doc\n")
    assert row.url.startswith("http://127.0.0.1:9/doc?query=") and row.kind == "gdelt"
    assert params(row.url)["query"] == ("China university (sourcecountry:kazakhstan OR "
                                        "sourcecountry:uzbekistan) sourcelang:english")
    assert row.fulltext == "auto" and row.group is None


@pytest.mark.parametrize(("yaml_text", "message"), [
    ("sources:\n  - id: g\n    kind: google_news\n    editions: [en-US]\n",
     "sources.yaml:2: sources[0].query: missing; a google_news source searches for `query:`"),
    ("sources:\n  - id: g\n    kind: google_news\n    query: China\n",
     "sources.yaml:2: sources[0].editions: missing; list the Google News editions"),
    ("sources:\n  - id: g\n    kind: google_news\n    query: China\n    editions: [en-US, ru-XX]\n",
     'sources.yaml:5: sources[0].editions: "ru-XX" is not a Google News edition this version knows; '
     "did you mean ru-UZ?"),
    ("sources:\n  - id: g\n    kind: google_news\n    query: China\n    editions: []\n",
     "sources[0].editions: is empty"),
    ("sources:\n  - id: g\n    kind: google_news\n    query: China\n    editions: en-US\n    language: en\n",
     "sources[0].language: a google_news source takes each row's language from its edition"),
    ("sources:\n  - id: g\n    kind: gnews\n    query: China\n",
     'sources.yaml:3: sources[0].kind: "gnews" is not a kind of source; use feed (the default), google_news or gdelt'),
    ("sources:\n  - id: g\n    url: https://a.example/\n    query: China\n",
     "sources.yaml:4: sources[0].query: only a source with kind: google_news or kind: gdelt has `query`"),
    ("sources:\n  - id: g\n    kind: gdelt\n    query: China\n    editions: [en-US]\n",
     "sources[0].editions: only a source with kind: google_news has `editions`"),
    ("sources:\n  - id: g\n    kind: gdelt\n    query: China\n    countries: [XX]\n",
     'sources[0].countries: "XX" is not a country code GDELT sources can be filtered by'),
    ("sources:\n  - id: g\n    kind: gdelt\n    query: China\n    languages: [fr]\n",
     'sources[0].languages: "fr" is not a language GDELT sources can be filtered by'),
    ("sources:\n  - id: g\n    kind: gdelt\n    query: (China\n",
     "sources.yaml:4: sources[0].query: has a `(` without its `)`"),
    ("sources:\n  - id: g\n    url: https://a.example/\n    fulltext: sometimes\n",
     'sources[0].fulltext: "sometimes" must be auto'),
    ("sources:\n  - id: " + "g" * 60 + "\n    kind: google_news\n    query: China\n    editions: [en-US]\n",
     "is longer than 64 characters; shorten the id to 58 characters"),
    ("sources:\n  - id: g\n    kind: google_news\n    query: China\n    editions: [en-US]\n"
     "  - id: g\n    kind: google_news\n    query: Китай\n    editions: [en-US, ru-KZ]\n",
     'sources.yaml:6: sources[1].id: "g:en-US" is already used by the source on line 2'),
], ids=["query-missing", "editions-missing", "unknown-edition", "no-edition", "language-with-editions",
        "unknown-kind", "query-on-a-feed", "editions-on-gdelt", "unknown-country", "unknown-language",
        "unbalanced-query", "fulltext", "id-too-long", "duplicate-edition"])
def test_search_errors_name_file_line_field_and_fix(yaml_text: str, message: str) -> None:
    with pytest.raises(SourcesFileError) as info:
        parse_sources(yaml_text, "sources.yaml")
    assert message in str(info.value)


def test_both_url_and_editions_wrong_are_reported_together() -> None:
    with pytest.raises(SourcesFileError) as info:
        parse_sources("sources:\n  - id: g\n    kind: google_news\n    query: China\n"
                      "    url: ftp://mirror\n    editions: [xx-YY]\n")
    assert len(info.value.problems) == 2
    assert "sources[0].url:" in info.value.problems[0] and "sources[0].editions:" in info.value.problems[1]


ARTLIST = json.dumps({"articles": [
    {"url": "https://kz.example/news/1", "url_mobile": "", "title": "Kazakh and Chinese scientists open a lab",
     "seendate": "20261105T063000Z", "socialimage": "", "domain": "kz.example", "language": "Russian",
     "sourcecountry": "Kazakhstan"},
    {"url": "", "url_mobile": "https://m.cn.example/2", "title": "中哈大学合作", "seendate": "bad",
     "domain": "cn.example", "language": "Chinese", "sourcecountry": "China"},
    {"url": "", "title": "no link at all"},
    "not an object",
]}).encode()


def test_gdelt_article_list_becomes_entries() -> None:
    feed = parse_feed(ARTLIST, url=gdelt_url("China"), content_type="application/json; charset=utf-8")
    assert feed.format == "gdelt" and len(feed.entries) == 2
    first, second = feed.entries
    assert (first.link, first.guid, first.title, first.language) == (
        "https://kz.example/news/1", "https://kz.example/news/1", "Kazakh and Chinese scientists open a lab", "ru")
    assert first.published == datetime(2026, 11, 5, 6, 30, tzinfo=timezone.utc)
    assert (second.link, second.language, second.published) == ("https://m.cn.example/2", "zh", None)


@pytest.mark.parametrize(("body", "content_type", "entries"), [
    (b"{}", "application/json", 0),
    (b'{"articles": []}', "application/json", 0),
    (b'{"articles": [{"url": "https://a.example/1", "title": "line\nbreak \\x tab\t"}]}', "application/json", 1),
    (b'\xef\xbb\xbf{"articles": [{"url": "https://a.example/1", "title": "bom"}]}', "application/json", 1),
], ids=["nothing-matched", "empty-list", "raw-control-and-bad-escape", "bom"])
def test_gdelt_answers_that_parse(body: bytes, content_type: str, entries: int) -> None:
    assert len(parse_gdelt(body, content_type).entries) == entries


@pytest.mark.parametrize(("body", "content_type", "message"), [
    (b"Please limit requests to one every 5 seconds or contact kalev.leetaru5@gmail.com for larger queries.",
     "text/plain", "GDELT refused the request as too frequent"),
    (b"<!DOCTYPE html><html><head><title>x</title><style>p{}</style></head><body><p>The specified phrase is "
     b"too short.</p></body></html>", "text/html",
     'GDELT answered an HTML page instead of JSON: "x The specified phrase is too short."; check the source\'s query'),
    (b"Parentheses may only be used around OR'd statements.", "text/html; charset=utf-8",
     "GDELT answered an HTML page instead of JSON: \"Parentheses may only be used around OR'd statements.\""),
    (b"Invalid query", "text/plain", 'GDELT answered text instead of JSON: "Invalid query"'),
    (b"", "text/plain", "GDELT answered with an empty body"),
    (b"[1, 2]", "application/json", "GDELT answered text instead of JSON"),
    (b'{"articles": {"url": 1}}', "application/json", 'no "articles" list'),
    (b'{"articles": [', "application/json", "not valid JSON"),
], ids=["rate-limit", "html", "parentheses", "text", "empty", "json-list", "articles-not-list", "truncated"])
def test_gdelt_errors_are_worded(body: bytes, content_type: str, message: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_feed(body, url=gdelt_url("China"), content_type=content_type)
    assert message in str(info.value)


async def test_pacer_spreads_callers_in_arrival_order() -> None:
    clock = FakeClock()
    pacer = Pacer(6.0, clock=clock, sleep=clock.sleep)
    assert [pacer.reserve("g") for _ in range(3)] == [0.0, 6.0, 12.0]
    assert pacer.reserve("other") == 0.0
    pacer.hold_off("other", 30)
    assert pacer.wait_time("other") == 30
    clock.now += 100
    pacer.forget_idle()
    assert pacer.wait_time("g") == 0 and pacer._next == {}


async def test_gdelt_pacer_widens_its_gap_on_refusal_and_restores_it() -> None:
    clock = FakeClock()
    pacer = GdeltPacer(clock=clock, sleep=clock.sleep)
    url = gdelt_url("China")
    await pacer.before("https://example.org/feed.xml")  # not GDELT: never waits
    await pacer.before(url)
    await pacer.before(url)
    assert clock.slept == [6.0]
    pacer.after(url, 200, b"Please limit requests to one every 5 seconds", None)
    assert pacer.pacer.interval == 12.0 and pacer.pacer.wait_time("gdelt") == 12.0
    pacer.after(url, 429, b"", 45.0)
    assert pacer.pacer.interval == 24.0 and pacer.pacer.wait_time("gdelt") == 45.0
    pacer.after(url, 200, b'{"articles": []}', None)
    assert pacer.pacer.interval == 6.0


@respx.mock
async def test_fetcher_paces_gdelt_and_records_its_refusals() -> None:
    url = gdelt_url("China")
    route = respx.get(url__startswith="https://api.gdeltproject.org/").mock(side_effect=[
        httpx.Response(200, content=ARTLIST, headers={"content-type": "application/json"}),
        httpx.Response(200, content=b"Please limit requests to one every 5 seconds", headers={"content-type": "text/html"}),
        httpx.Response(429, headers={"retry-after": "30"}),
    ])
    clock = FakeClock()
    pacer = GdeltPacer(clock=clock, sleep=clock.sleep)
    config = FetchConfig(allow_private_hosts=True)
    async with Fetcher(config, transport=httpx.AsyncHTTPTransport(), pacer=pacer, resolver=public_dns) as fetcher:
        first = await fetcher.fetch(url)
        refused = await fetcher.fetch(url)  # 200 with words: not a NotAFeed, the parser words it
        with pytest.raises(HTTPStatus) as info:
            await fetcher.fetch(url)
    assert isinstance(first, Fetched) and isinstance(refused, Fetched)
    assert clock.slept == [6.0, 12.0] and route.call_count == 3
    assert "429" in str(info.value) and pacer.pacer.wait_time("gdelt") == 30.0
    with pytest.raises(ParseError, match="too frequent"):
        parse_feed(refused.body, url=refused.url, content_type=refused.content_type)


def test_poll_of_gdelt_and_google_news_sources_through_their_url_bases(
        feed_server: FeedServer, tmp_path: Path) -> None:
    rss = ('<?xml version="1.0"?><rss version="2.0"><channel><title>GN</title><language>ru</language>'
           '<item><title>Китай и Казахстан</title><link>https://news.google.com/rss/articles/CBMiAB?oc=5</link>'
           '<guid>1</guid></item></channel></rss>')
    gd = gdelt_url("China", ("KZ",), base=feed_server.url("/gdelt"))
    gn_kz = google_news_url("Китай", "ru-KZ", base=feed_server.url("/gn"))
    gn_ru = google_news_url("Китай", "ru-RU", base=feed_server.url("/gn"))
    for url, body, ctype in ((gd, ARTLIST, "application/json"), (gn_kz, rss, "application/rss+xml"),
                             (gn_ru, b"Please come back later", "text/html")):
        parts = urlsplit(url)
        feed_server.add(f"{parts.path}?{parts.query}", body, content_type=ctype)
    (tmp_path / "sources.yaml").write_text(
        "sources:\n"
        f"  - {{id: gd, kind: gdelt, query: China, countries: [KZ], url: '{feed_server.url('/gdelt')}'}}\n"
        f"  - {{id: gn, kind: google_news, query: Китай, editions: [ru-KZ, ru-RU], url: '{feed_server.url('/gn')}'}}\n",
        encoding="utf-8")
    env = {"MONITOR_DATABASE_URL": f"sqlite:///{tmp_path / 'monitor.db'}", "MONITOR_SOURCES": str(tmp_path / "sources.yaml"),
           "MONITOR_DATA_DIR": str(tmp_path / "data"), "MONITOR_ALLOW_PRIVATE_HOSTS": "true",
           "MONITOR_PARSE_WORKERS": "1", "MONITOR_LOG_LEVEL": "warning"}
    out = io.StringIO()
    assert main(["poll", "--json", "--source", "gn", "--source", "gd"], environ=env, out=out) == 0
    rows = {r["source"]: r for r in map(json.loads, out.getvalue().splitlines())}
    assert set(rows) == {"gd", "gn:ru-KZ", "gn:ru-RU"}
    assert (rows["gd"]["status"], rows["gd"]["new"]) == ("ok", 2)
    assert (rows["gn:ru-KZ"]["status"], rows["gn:ru-KZ"]["new"]) == ("ok", 1)
    assert rows["gn:ru-RU"]["status"] == "error" and "HTML page" in rows["gn:ru-RU"]["error"]
