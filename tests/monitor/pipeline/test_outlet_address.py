"""A Google News item's outlet: its link is Google's, in no country, so the classifier is given the
publisher's address (``items.outlet_url``) instead; the poll, ``monitor reclassify`` and the
enrichment tick all give it the same one (``classifier_url``)."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from monitor.dedup import outlet_address
from monitor.pipeline.analyse import ParseJob, analyse, classifier_url
from tests.monitor.pipeline.test_poll_e2e import env_for, run
from tests.support.feedserver import FeedServer

GOOGLE = "https://news.google.com/rss/articles/CBMiXmh0dHBzOi8v?oc=5"
DESCRIPTION = f'<a href="{GOOGLE}">headline</a>&nbsp;&nbsp;<font color="#6f6f6f">Kazinform</font>'


@pytest.mark.parametrize(("link", "source_href", "summary", "expected"), [
    (GOOGLE, "https://www.inform.kz", DESCRIPTION, "https://www.inform.kz"),
    (GOOGLE, "https://www.inform.kz", '<a href="https://www.inform.kz/ru/a-1">h</a>', "https://www.inform.kz/ru/a-1"),
    ("https://news.google.com/news/url?url=https://kabar.kg/news/1", None, None, "https://kabar.kg/news/1"),
    (GOOGLE, None, DESCRIPTION, None),
    (GOOGLE, "https://news.google.com", DESCRIPTION, None),
    (GOOGLE, "javascript:alert(1)", DESCRIPTION, None),
    ("https://www.inform.kz/ru/a-1", "https://www.inform.kz", None, None),
    ("https://google.example.kz/news/1", None, None, None),
    (None, "https://www.inform.kz", None, None),
    ("", None, None, None),
], ids=["modern-link-source-home", "description-names-the-article", "redirect-parameter",
        "no-source-no-outlet", "source-is-google", "source-not-http", "publisher-link-names-itself",
        "google-in-another-host", "no-link", "empty-link"])
def test_outlet_address(link: str | None, source_href: str | None, summary: str | None,
                        expected: str | None) -> None:
    assert outlet_address(link, source_href, summary) == expected


@pytest.mark.parametrize(("link", "outlet", "expected"), [
    (GOOGLE, "https://www.inform.kz", "https://www.inform.kz"),
    ("https://kabar.kg/news/1", None, "https://kabar.kg/news/1"),
    (None, None, None),
], ids=["outlet-first", "else-the-link", "neither"])
def test_classifier_url(link: str | None, outlet: str | None, expected: str | None) -> None:
    assert classifier_url(link, outlet) == expected


HEADLINE = "Подписан меморандум о сотрудничестве с китайским университетом"


def google_feed(*items: tuple[str, str, str]) -> str:
    """A Google News search feed: (title, guid, the <source url>) per item."""
    body = "".join(
        f"<item><title>{title} - Outlet</title><link>https://news.google.com/rss/articles/{guid}?oc=5</link>"
        f'<guid isPermaLink="false">{guid}</guid><pubDate>Mon, 30 Nov 2026 07:00:00 GMT</pubDate>'
        f'<description>&lt;a href="https://news.google.com/rss/articles/{guid}?oc=5"&gt;{title}&lt;/a&gt;</description>'
        f'<source url="{source}">Outlet</source></item>' for title, guid, source in items)
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>"China" - Google News'
            '</title><link>https://news.google.com/search?q=China</link><description>Google News</description>'
            f"{body}</channel></rss>")


FEED = google_feed((HEADLINE, "CBMiKZ", "https://www.inform.kz"),  # a Kazakh agency: Kazakhstan implied
                   (HEADLINE, "CBMiRFE", "https://www.rferl.org"),  # a regional outlet: no side
                   (HEADLINE, "CBMiNONE", "https://news.google.com"))  # no publisher named


def test_the_poll_decides_a_google_news_headline_with_its_publishers_outlet() -> None:
    """The same headline naming China alone: relevant from the Kazakh agency, whose country is
    the other side; not from a regional outlet nor without a publisher; the stored item keeps
    the address it was decided with, and its link stays Google's (the reader's link)."""
    job = ParseJob(body=FEED.encode(), url="https://news.google.com/rss/search?q=China", content_type=None,
                   fetched_at=datetime(2026, 12, 1, tzinfo=timezone.utc), fulltext="never")
    items = analyse(job).items
    assert [i.relevant for i in items] == [True, False, False]
    assert [i.outlet_url for i in items] == ["https://www.inform.kz", "https://www.rferl.org", None]
    assert all(i.url.startswith("https://news.google.com/") for i in items)
    evidence = [(m["term"], m["concept"]) for m in json.loads(items[0].decision)["matches"] if m["field"] == "url"]
    assert evidence == [("inform.kz", "kz")]


@pytest.fixture
def polled(feed_server: FeedServer, tmp_path: Path) -> dict[str, str]:
    url = feed_server.add_feed("/google", FEED)
    (tmp_path / "sources.yaml").write_text(f"sources:\n  - {{id: gnews, url: '{url}', fulltext: never}}\n")
    env = env_for(tmp_path)
    assert run(env, "poll")[0] == 0
    return env


def test_stored_and_reclassified_with_the_same_outlet(polled: dict[str, str]) -> None:
    """A poll stores the outlet's address; `monitor reclassify` gives the classifier the same
    one, so the same rules change no decision; `monitor items show` and its JSON name it."""
    code, out = run(polled, "items", "list", "--relevant", "--json")
    relevant = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["outlet_url"] for r in relevant] == ["https://www.inform.kz"]
    code, out = run(polled, "reclassify")
    assert code == 0 and "3 items reclassified" in out and "changed 0" in out
    code, out = run(polled, "items", "show", str(relevant[0]["id"]))
    assert code == 0 and "outlet:   https://www.inform.kz" in out


@pytest.mark.parametrize(("link", "stored", "resolved", "implied"), [
    (GOOGLE, None, "https://www.inform.kz/ru/a-1", True),
    (GOOGLE, "https://www.inform.kz", None, True),
    (GOOGLE, None, None, False),
    ("https://www.inform.kz/ru/a-1", None, None, True),
], ids=["publisher-just-resolved", "stored-outlet", "google-alone", "own-link"])
def test_the_enrichment_tick_decides_with_the_same_outlet(link: str, stored: str | None, resolved: str | None,
                                                          implied: bool) -> None:
    """The article's decision is given the publisher the tick has just resolved, else the
    item's stored outlet, else its link: as the poll and `monitor reclassify` decide."""
    from classifiers import load_classifier
    from monitor.pipeline.enrichment import decide_with_article
    from storage.item_records import EnrichmentJob

    job = EnrichmentJob(item_id=1, link=link, source_href=None, hint_html=None, headline_only=True, attempts=0,
                        source_id="s", title=HEADLINE, summary="", content=None, language="ru", story_id=None,
                        relevant=False, outlet_url=stored)
    decision = decide_with_article(load_classifier(), job, "Стороны договорились об обмене студентами.", resolved)
    assert decision["relevant"] is implied
    assert any(m["field"] == "url" for m in decision["matches"]) is implied
