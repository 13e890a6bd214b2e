"""Property-based: arbitrary bytes and text through parsing, normalising, classifying and the
other functions that read outside input. Each gives its documented answer or its documented
error, never another exception."""

from __future__ import annotations

from datetime import UTC, datetime
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.dedup.urls import canonical_url
from monitor.errors import NotAFeed, ParseError
from monitor.feeds.fetch import check_feed_body, retry_after_seconds
from monitor.feeds.normalize import html_to_text, normalize_feed, safe_link
from monitor.feeds.parse import parse_feed
from monitor.net.addresses import AddressPolicy
from monitor.pipeline.analyse import ParseJob, analyse, get_classifier
from monitor.settings import parse_duration

pytestmark = pytest.mark.slow
NOW = datetime(2026, 12, 1, tzinfo=UTC)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text that looks like what feeds carry: markup, entities, scripts, URLs, the languages we read.
FEEDISH = st.lists(st.sampled_from(
    list("<>&;\"'=/:.?#%-_ \n\t") + list("abcxyzABC019") + list("Казахстан中国与哈萨克斯坦Oʻzbekiston")
    + ["javascript:", "http://", "https://", "&amp;", "&#0;", "&#x110000;", "<script>", "]]>", "\x00", "\ufeff",
       "Kazakhstan", "China", "university", "joint laboratory", " JaVaScRiPt:", "data:text/html,"]),
    max_size=60).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=300), FEEDISH)


@FAST
@given(st.binary(max_size=4000))
def test_parse_feed_of_any_bytes_is_a_feed_or_a_parse_error(body: bytes) -> None:
    try:
        feed = parse_feed(body, url="https://x.example/")
    except ParseError:
        return
    normalize_feed(feed, base_url="https://x.example/", fetched_at=NOW)


@FAST
@given(st.binary(max_size=4000), st.sampled_from([None, "application/json", "text/html", "application/rss+xml"]))
def test_the_whole_analysis_of_any_bytes_never_raises(body: bytes, content_type: str | None) -> None:
    outcome = analyse(ParseJob(body=body, url="https://x.example/", content_type=content_type,
                               fetched_at=NOW, rules=None))
    assert outcome.error or outcome.items is not None


@FAST
@given(title=ANY_TEXT, summary=ANY_TEXT, link=ANY_TEXT, guid=ANY_TEXT, date=ANY_TEXT)
def test_any_text_in_a_well_formed_feed_normalises_to_safe_items(title: str, summary: str, link: str,
                                                                 guid: str, date: str) -> None:
    def x(s: str) -> str:  # what an XML document can carry
        return escape("".join(c for c in s if c in "\t\n\r" or (" " <= c and c not in "\ufffe\uffff"
                                                               and not "\ud800" <= c <= "\udfff")))

    body = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
            f"<item><title>{x(title)}</title><description>{x(summary)}</description><link>{x(link)}</link>"
            f"<guid>{x(guid)}</guid><pubDate>{x(date)}</pubDate></item></channel></rss>").encode()
    outcome = analyse(ParseJob(body=body, url="https://x.example/feed", content_type=None, fetched_at=NOW,
                               rules=None))
    for item in outcome.items:
        assert item.url is None or item.url.startswith(("http://", "https://"))
        assert "<script" not in item.title.lower()


@FAST
@given(title=ANY_TEXT, summary=ANY_TEXT, lang=st.sampled_from([None, "en", "ru", "zh", "kk", "uz", "xx"]))
def test_the_classifier_decides_on_any_text(title: str, summary: str, lang: str | None) -> None:
    clf = get_classifier("")
    decision = clf.classify_to_dict(title=title, summary=summary, content="", lang=lang)
    assert isinstance(decision, dict)
    assert isinstance(clf.classify(title=title, summary=summary, content=summary, lang=lang).relevant, bool)


@FAST
@given(ANY_TEXT)
def test_text_and_link_helpers_take_any_text(value: str) -> None:
    assert isinstance(html_to_text(value, 500), str)
    link = safe_link(value, "https://x.example/feed")
    assert link is None or link.startswith(("http://", "https://"))
    assert isinstance(canonical_url(value), str)


@FAST
@given(ANY_TEXT)
def test_settings_parsers_answer_or_refuse_with_a_message(value: str) -> None:
    for parse in (parse_duration, AddressPolicy.parse):
        try:
            parse(value)
        except ValueError as exc:
            assert str(exc)
    assert retry_after_seconds(value, NOW) is None or retry_after_seconds(value, NOW) >= 0


@FAST
@given(st.binary(max_size=2000), st.one_of(st.none(), ANY_TEXT))
def test_the_feed_body_check_takes_any_body(body: bytes, content_type: str | None) -> None:
    try:
        check_feed_body(body, content_type, "https://x.example/", 200)
    except NotAFeed as exc:
        assert str(exc)
