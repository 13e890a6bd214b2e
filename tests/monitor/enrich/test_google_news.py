"""Google News links → the publisher's URL: the pure exchange (golden answers, table-driven) and
the resolver against respx (the page, the batch answer, failures, 429, the cache)."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs, unquote

import httpx
import pytest
import respx

from monitor.enrich.google_news import (
    BATCH_URL,
    article_id,
    batch_request_body,
    parse_batch_response,
    parse_signature,
    signature_page_url,
)
from monitor.enrich.resolver import GoogleNewsResolver, LinkJob, MemoryLinkCache, NotResolvedYet, Resolved
from tests.support.fakeclock import FakeClock

DATA = Path(__file__).resolve().parents[1] / "data" / "google_news"
PAGE = (DATA / "article_page.html").read_text(encoding="utf-8")
ANSWER = (DATA / "batch_answer.txt").read_text(encoding="utf-8")
ID = "CBMiowFBVV95cUxNcUQxTkl0ZDRfbTR3ZGp5"
LINK = f"https://news.google.com/rss/articles/{ID}?oc=5&hl=ru&gl=KZ&ceid=KZ:ru"
PUBLISHER = "https://kz.example/news/joint-glacier-lab"


@pytest.mark.parametrize(("link", "expected"), [
    (LINK, ID),
    (f"https://news.google.com/articles/{ID}", ID),
    (f"https://news.google.com/read/{ID}?hl=en-US", ID),
    (f"https://news.google.com/rss/search?q={ID}", None),
    (f"https://example.org/rss/articles/{ID}", None),
    ("https://news.google.com/rss/articles/short", None),
    ("ftp://news.google.com/rss/articles/" + ID, None),
    ("http://[bad", None),
], ids=["rss", "articles", "read", "search", "other-host", "too-short", "ftp", "garbage"])
def test_article_id(link: str, expected: str | None) -> None:
    assert article_id(link) == expected


@pytest.mark.parametrize(("link", "query"), [
    (LINK, "hl=ru&gl=KZ&ceid=KZ%3Aru"),
    (f"https://news.google.com/rss/articles/{ID}?oc=5", "hl=en-US&gl=US&ceid=US%3Aen"),
], ids=["edition-of-the-link", "default"])
def test_signature_page_is_the_rss_form_in_the_links_edition(link: str, query: str) -> None:
    assert signature_page_url(link, ID) == f"https://news.google.com/rss/articles/{ID}?{query}"


@pytest.mark.parametrize(("page", "expected"), [
    (PAGE, ("AZ5r3eQ7pVx9mLq2&Kf8_Tn1w", 1762333800)),
    ('<div data-n-a-ts="12" data-n-a-sg="S"></div>', ("S", 12)),
    ('<div data-n-a-sg="S"></div>', None),
    ('<div data-n-a-sg="S" data-n-a-ts="soon"></div>', None),
    ("<html><body>Before you continue to Google</body></html>", None),
], ids=["golden-page", "attribute-order", "no-timestamp", "bad-timestamp", "consent-page"])
def test_parse_signature(page: str, expected: tuple[str, int] | None) -> None:
    assert parse_signature(page) == expected


def test_batch_request_body_is_the_web_clients_form() -> None:
    body = batch_request_body([(ID, 1762333800, "SIG")])
    assert body.startswith("f.req=")
    (envelopes,) = json.loads(unquote(body[len("f.req="):]))
    (envelope,) = envelopes
    assert envelope[0] == "Fbv4je" and envelope[2:] == [None, "generic"]
    assert json.loads(envelope[1]) == [
        "garturlreq",
        [["X", "X", ["X", "X"], None, None, 1, 1, "US:en", None, 1, None, None, None, None, None, 0, 1],
         "X", "X", 1, [1, 1, 1], 1, 1, None, 0, 0, None, 0],
        ID, 1762333800, "SIG"]
    two = json.loads(unquote(batch_request_body([(ID, 1, "A"), ("CBMiSecondArticle", 2, "B")])[6:]))
    assert [e[3] for e in two[0]] == ["1", "2"]


@pytest.mark.parametrize(("text", "expected"), [
    (ANSWER, {"generic": PUBLISHER}),
    (")]}'\n\n" + json.dumps([["wrb.fr", "Fbv4je", '["garturlres","https://b.example/2",1]', None, None, None, "2"],
                              ["wrb.fr", "Fbv4je", '["garturlres","https://a.example/1",1]', None, None, None, "1"],
                              ["di", 12]]),
     {"1": "https://a.example/1", "2": "https://b.example/2"}),
    (")]}'\n\n123\n" + json.dumps([["wrb.fr", "Fbv4je", '["garturlres","https://a.example/1",1]', None, None, None,
                                     "generic"]]) + "\n25\n" + json.dumps([["di", 38]]) + "\n",
     {"generic": "https://a.example/1"}),
    (")]}'\n\n" + json.dumps([["wrb.fr", "Fbv4je", None, None, None, [3], "generic"]]), {"generic": None}),
    (")]}'\n\n" + json.dumps([["wrb.fr", "Fbv4je", '["garturlres","https://news.google.com/x",1]', "generic"]]),
     {"generic": None}),
    (")]}'\n\n" + json.dumps([["er", None, None, None, None, 400, None, None, None, 3]]), {}),
    ("<html>Error 400</html>", {}),
    ("", {}),
], ids=["golden", "batch-out-of-order", "chunked-rt-c", "error-row", "google-url-refused", "er-row",
        "html", "empty"])
def test_parse_batch_response(text: str, expected: dict[str, str | None]) -> None:
    assert parse_batch_response(text) == expected


async def no_check(url: str) -> None:
    return None


def make(router: respx.Router, clock: FakeClock | None = None, **kw: object) -> GoogleNewsResolver:
    clock = clock or FakeClock()
    return GoogleNewsResolver(check_url=no_check, transport=httpx.MockTransport(router.async_handler),
                              clock=clock, sleep=clock.sleep, **kw)  # type: ignore[arg-type]


def google(page: httpx.Response | None = None, answer: httpx.Response | None = None) -> respx.Router:
    router = respx.Router(assert_all_mocked=True)
    router.get(url__startswith="https://news.google.com/rss/articles/", name="page").mock(
        return_value=page or httpx.Response(200, text=PAGE))
    router.post(BATCH_URL, name="batch").mock(return_value=answer or httpx.Response(200, text=ANSWER))
    return router


async def test_resolves_through_google_then_from_the_cache() -> None:
    router = google()
    clock = FakeClock()
    resolver = make(router, clock, delay=2.0)
    first = await resolver.resolve(LINK)
    second = await resolver.resolve(LINK.replace("hl=ru", "hl=en"))
    await resolver.aclose()
    assert first == Resolved(PUBLISHER, "google") and second == Resolved(PUBLISHER, "cache")
    assert router["page"].call_count == 1 and router["batch"].call_count == 1
    page_request = router["page"].calls[0].request
    assert page_request.url.params["ceid"] == "KZ:ru" and "python-requests" in page_request.headers["user-agent"]
    batch_request = router["batch"].calls[0].request
    form = parse_qs(batch_request.content.decode())
    inner = json.loads(json.loads(form["f.req"][0])[0][0][1])
    assert inner[2:] == [ID, 1762333800, "AZ5r3eQ7pVx9mLq2&Kf8_Tn1w"]
    assert clock.slept == [2.0]  # the page and the POST are two requests to one host


async def test_offline_and_direct_links_need_no_request() -> None:
    router = google()
    resolver = make(router)
    redirect = "https://news.google.com/news/url?url=https://kun.uz/news/1"
    results = await resolver.resolve_many([LinkJob("https://kun.uz/news/2"), LinkJob(redirect)])
    await resolver.aclose()
    assert results == [Resolved("https://kun.uz/news/2", "direct"), Resolved("https://kun.uz/news/1", "offline")]
    assert router["page"].call_count == 0


async def test_many_links_one_batch_and_the_same_id_asked_once() -> None:
    other = "CBMiSecondArticleIdForTheBatch"
    router = respx.Router()
    router.get(url__startswith="https://news.google.com/rss/articles/").mock(return_value=httpx.Response(200, text=PAGE))
    rows = [["wrb.fr", "Fbv4je", '["garturlres","https://b.example/2",1]', None, None, None, "2"],
            ["wrb.fr", "Fbv4je", '["garturlres","https://a.example/1",1]', None, None, None, "1"]]
    router.post(BATCH_URL).mock(return_value=httpx.Response(200, text=")]}'\n\n" + json.dumps(rows)))
    resolver = make(router)
    jobs = [LinkJob(LINK), LinkJob(f"https://news.google.com/rss/articles/{other}"), LinkJob(LINK)]
    results = await resolver.resolve_many(jobs)
    await resolver.aclose()
    assert results == [Resolved("https://a.example/1", "google"), Resolved("https://b.example/2", "google"),
                       Resolved("https://a.example/1", "google")]
    assert len(router.calls) == 3  # two pages, one POST


@pytest.mark.parametrize(("page", "answer", "reason"), [
    (httpx.Response(200, text="<html>Before you continue</html>"), None, "has no signature"),
    (httpx.Response(404), None, "HTTP 404 for the article page"),
    (None, httpx.Response(400, text="bad"), "HTTP 400 to the batch request"),
    (None, httpx.Response(200, text=")]}'\n\n[]"), "could not be read"),
    (None, httpx.Response(200, text=")]}'\n\n" + json.dumps([["wrb.fr", "Fbv4je", None, None, None, [3], "generic"]])),
     "held no URL"),
    (httpx.Response(302, headers={"location": "https://www.google.com/sorry/index?continue=x"}), None,
     "unusual traffic"),
], ids=["no-signature", "page-404", "batch-400", "batch-unreadable", "batch-error-row", "sorry-page"])
async def test_failures_leave_the_link_in_place(page: httpx.Response | None, answer: httpx.Response | None,
                                                reason: str) -> None:
    resolver = make(google(page, answer))
    result = await resolver.resolve(LINK)
    await resolver.aclose()
    assert isinstance(result, NotResolvedYet) and result.link == LINK and reason in result.reason
    assert await resolver.cache.get(ID) is None


async def test_429_pauses_every_request_until_retry_after() -> None:
    router = google(page=httpx.Response(429, headers={"retry-after": "120"}))
    clock = FakeClock()
    resolver = make(router, clock)
    first = await resolver.resolve(LINK)
    second = await resolver.resolve(f"https://news.google.com/rss/articles/{ID}Other")
    assert isinstance(first, NotResolvedYet) and first.retry_after == 120 and "HTTP 429" in first.reason
    assert isinstance(second, NotResolvedYet) and "resumes in 120 s" in second.reason
    assert router["page"].call_count == 1  # the second link waited without asking
    clock.now += 121
    router["page"].return_value = httpx.Response(200, text=PAGE)
    assert await resolver.resolve(LINK) == Resolved(PUBLISHER, "google")
    await resolver.aclose()


async def test_network_failure_and_blocked_address_are_not_resolved_yet() -> None:
    router = respx.Router()
    router.get(url__startswith="https://news.google.com/").mock(side_effect=httpx.ConnectError("refused"))
    resolver = make(router)
    assert "cannot reach Google" in (await resolver.resolve(LINK)).reason  # type: ignore[union-attr]
    await resolver.aclose()

    from monitor.errors import BlockedAddress

    async def blocked(url: str) -> None:
        raise BlockedAddress("news.google.com", "10.0.0.1")

    resolver = GoogleNewsResolver(check_url=blocked, transport=httpx.MockTransport(google().async_handler))
    result = await resolver.resolve(LINK)
    await resolver.aclose()
    assert isinstance(result, NotResolvedYet) and "10.0.0.1" in result.reason


async def test_memory_cache_keeps_the_newest() -> None:
    cache = MemoryLinkCache(size=2)
    for n in range(3):
        await cache.put(f"id{n}", f"https://a.example/{n}")
    assert await cache.get("id0") is None and await cache.get("id2") == "https://a.example/2"
