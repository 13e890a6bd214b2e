from __future__ import annotations

import email
import email.policy
import os
import re
from dataclasses import replace
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from notifications.digest import (
    build_message,
    digest_message_id,
    format_address,
    format_period,
    group_stories,
    render_digest,
    safe_url,
    select_stories,
    truncate_text,
)
from notifications.errors import InvalidAddress
from notifications.model import Filters, Schedule
from tests.notifications.factories import (
    PUBLIC_URL,
    UNSUBSCRIBE_URL,
    at,
    golden_stories,
    make_story,
    recipient,
)

GOLDEN = Path(__file__).with_name("golden")
ALMATY = ZoneInfo("Asia/Almaty")


# ---------------------------------------------------------------------------
# Golden files


CASES = {
    "daily_almaty": {
        "recipient": recipient(),
        "filters": None,
        "period": (at(3, 3), at(4, 3)),
    },
    "weekly_berlin_kz": {
        "recipient": recipient(schedule=Schedule.parse("weekly", "07:00", "wed", "Europe/Berlin"),
                            filters=Filters.parse(countries="KZ", min_score=0.5)),
        "filters": Filters.parse(countries="KZ", min_score=0.5),
        "period": (at(28, 6, month=10), at(4, 6)),
    },
    "empty": {
        "recipient": recipient(),
        "filters": Filters.parse(countries="TM"),
        "period": (at(3, 3), at(4, 3)),
    },
}


def _render(case: str):
    spec = CASES[case]
    stories = golden_stories()
    if spec["filters"] is not None:
        stories = select_stories(stories, spec["filters"])
    start, end = spec["period"]
    return render_digest(spec["recipient"], stories, start, end, public_url=PUBLIC_URL,
                         unsubscribe_url=UNSUBSCRIBE_URL, generated_at=end)


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("part", ["html", "txt"])
def test_golden(case: str, part: str) -> None:
    """Regenerate with UPDATE_GOLDEN=1 and review the diff."""
    rendered = _render(case)
    actual = rendered.html if part == "html" else rendered.text
    path = GOLDEN / f"{case}.{part}"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"{path} is missing: run with UPDATE_GOLDEN=1 to create it"
    assert actual == path.read_text(encoding="utf-8"), \
        f"{path.name} differs; if the change is intended, rerun with UPDATE_GOLDEN=1"


@pytest.mark.parametrize(
    ("case", "subject"),
    [
        pytest.param("daily_almaty",
                     "6 new stories · 3–4 Nov 2026 — China–Central Asia science & education",
                     id="daily"),
        pytest.param("weekly_berlin_kz",
                     "3 new stories · 28 Oct – 4 Nov 2026 — China–Central Asia science & education",
                     id="weekly"),
        pytest.param("empty",
                     "0 new stories · 3–4 Nov 2026 — China–Central Asia science & education",
                     id="empty"),
    ],
)
def test_subject(case: str, subject: str) -> None:
    assert _render(case).subject == subject


# ---------------------------------------------------------------------------
# Escaping and links


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.hrefs += [value or "" for name, value in attrs if name == "href"]


def test_hostile_title_and_summary_arrive_escaped() -> None:
    story = make_story(title="<script>alert(1)</script>",
                       summary="<img src=x onerror=alert(1)>",
                       url='https://example.org/a?x="><script>alert(2)</script>',
                       sources=('Feed "</a><script>',))
    rendered = render_digest(recipient(), [story], at(3), at(4), public_url=PUBLIC_URL,
                             unsubscribe_url=UNSUBSCRIBE_URL, generated_at=at(4))
    html = rendered.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<script" not in html and "<img" not in html
    parser = _Links()
    parser.feed(html)
    assert "script" not in parser.tags and "img" not in parser.tags
    assert 'https://example.org/a?x="><script>alert(2)</script>' in parser.hrefs
    # The text part is not HTML: it carries the text as is.
    assert "<script>alert(1)</script>" in rendered.text


def test_only_http_links_are_made() -> None:
    rendered = _render("daily_almaty")
    parser = _Links()
    parser.feed(rendered.html)
    assert parser.hrefs, "expected links"
    assert all(href.startswith(("https://", "http://")) for href in parser.hrefs)
    assert "javascript:" not in rendered.html
    # The story with a javascript: URL is still listed, as plain text.
    assert "&lt;b&gt;Kazakh &amp; Chinese&lt;/b&gt;" in rendered.html
    assert "Silk Road Times" in rendered.html


def test_html_is_phone_friendly() -> None:
    html = _render("daily_almaty").html
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert "max-width:600px" in html
    # Mail clients drop <style>; the only one is Outlook's, inside a conditional comment.
    without_mso = re.sub(r"<!--\[if mso\]>.*?<!\[endif\]-->", "", html, flags=re.DOTALL)
    assert "<style" not in without_mso
    assert "class=" not in html
    # No fixed widths wider than a 360 px phone apart from the Outlook-only wrapper.
    widths = [int(w) for w in re.findall(r'width="(\d+)"', html)]
    assert widths == [600]
    assert "<!--[if mso]>" in html
    assert len(html.encode()) < 20_000


def test_long_digest_is_capped_below_gmail_clipping() -> None:
    stories = [make_story(id=i, score=i / 100, summary="word " * 80) for i in range(1, 81)]
    rendered = render_digest(recipient(), stories, at(3), at(4), public_url=PUBLIC_URL,
                             unsubscribe_url=UNSUBSCRIBE_URL, generated_at=at(4), max_stories=60)
    assert rendered.subject.startswith("80 new stories")
    assert "Showing the 60 highest-scoring stories; 20 more are on" in rendered.html
    assert "Showing the 60 highest-scoring stories; 20 more are on" in rendered.text
    assert rendered.html.count('font-size:17px') == 60
    assert len(rendered.html.encode()) < 102_000
    assert UNSUBSCRIBE_URL in rendered.html


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        pytest.param("https://a.example/x", "https://a.example/x", id="https"),
        pytest.param("HTTP://a.example/x", "HTTP://a.example/x", id="http-upper"),
        pytest.param("javascript:alert(1)", None, id="javascript"),
        pytest.param(" JavaScript:alert(1)", None, id="javascript-mixed-case"),
        pytest.param("data:text/html,<b>", None, id="data"),
        pytest.param("//a.example/x", None, id="scheme-relative"),
        pytest.param("https://a.example/x\ny", None, id="newline"),
        pytest.param("", None, id="empty"),
        pytest.param(None, None, id="none"),
        pytest.param("https:///nohost", None, id="no-host"),
    ],
)
def test_safe_url(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


# ---------------------------------------------------------------------------
# Selection, grouping, formatting


def test_select_stories_filters_dedups_and_sorts_newest_first() -> None:
    a = make_story(id=1, published=at(3, 9), countries=("KZ",))
    b = make_story(id=2, published=at(4, 9), countries=("UZ",))
    c = make_story(id=3, published=at(3, 12), countries=("KZ",))
    chosen = select_stories([a, b, c, a], Filters.parse(countries="KZ"))
    assert [s.id for s in chosen] == [3, 1]


def test_grouping_first_central_asian_country_then_first_topic() -> None:
    stories = [
        make_story(id=1, countries=("CN", "UZ", "KZ"), topics=("education",)),
        make_story(id=2, countries=("KZ",), topics=("technology", "science")),
        make_story(id=3, countries=("CN",), topics=("science",)),
        make_story(id=4, countries=("KZ", "CN"), topics=("science",), published=at(4)),
        make_story(id=5, countries=("KZ",), topics=()),
        make_story(id=6, countries=("KZ",), topics=("space",)),
    ]
    groups = group_stories(stories, ALMATY)
    shape = [(g.label, g.count, [(t.label, len(t.stories)) for t in g.topics]) for g in groups]
    assert shape == [
        ("Kazakhstan", 4, [("Science", 1), ("Technology", 1), ("Space", 1),
                           ("Other cooperation", 1)]),
        ("Uzbekistan", 1, [("Education", 1)]),
        ("Central Asia (regional)", 1, [("Science", 1)]),
    ]


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        pytest.param("Short.", 300, "Short.", id="fits"),
        pytest.param("  lots   of\n\nspace  ", 300, "lots of space", id="whitespace-collapsed"),
        pytest.param("one two three four five six", 15, "one two three…", id="word-boundary"),
        pytest.param("First sentence here. Second sentence is much longer than that", 30,
                     "First sentence here. …", id="sentence-boundary"),
        pytest.param("中国与哈萨克斯坦共建联合实验室", 8, "中国与哈萨克斯坦…"[:7] + "…",
                     id="cjk-hard-cut"),
        pytest.param("Dash – then words", 8, "Dash…", id="no-dangling-dash"),
        pytest.param("a" * 50, 10, "a" * 9 + "…", id="long-word"),
    ],
)
def test_truncate_text(text: str, limit: int, expected: str) -> None:
    result = truncate_text(text, limit)
    assert result == expected
    assert len(result) <= limit


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        pytest.param("one two three four", 9, "  one two\n  three\n  four", id="words"),
        pytest.param("see https://example.org/a/long/path ok", 12,
                     "  see\n  https://example.org/a/long/path\n  ok", id="url-not-broken"),
        pytest.param("中国与哈萨克斯坦共建联合实验室", 12,
                     "  中国与哈萨\n  克斯坦共建\n  联合实验室", id="cjk-double-width"),
        pytest.param("中国与哈萨，克斯坦", 12, "  中国与哈萨，\n  克斯坦",
                     id="no-comma-at-line-start"),
        pytest.param("AI 中心 2026年", 8, "  AI 中\n  心\n  2026年", id="mixed"),
    ],
)
def test_text_wrap(text: str, width: int, expected: str) -> None:
    from notifications.text import wrap

    assert wrap(text, width, "  ") == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        pytest.param(at(4, 3), at(4, 10), "4 Nov 2026", id="same-day"),
        pytest.param(at(3, 3), at(4, 3), "3–4 Nov 2026", id="two-days"),
        pytest.param(at(28, 3, month=10), at(4, 3), "28 Oct – 4 Nov 2026", id="two-months"),
        pytest.param(at(30, 3, month=12, year=2025), at(2, 3, month=1), "30 Dec 2025 – 2 Jan 2026",
                     id="two-years"),
        # Midnight Almaty = 19:00 UTC the day before; a period ending then ends the day before.
        pytest.param(at(2, 19), at(3, 19), "3 Nov 2026", id="end-at-local-midnight"),
    ],
)
def test_format_period(start: datetime, end: datetime, expected: str) -> None:
    assert format_period(start, end, ALMATY) == expected


def test_dates_shown_in_recipient_zone() -> None:
    # 20:00 UTC on 3 Nov is 01:00 on 4 Nov in Almaty.
    rendered = render_digest(recipient(), [make_story(published=at(3, 20))], at(3), at(4),
                             public_url=PUBLIC_URL, unsubscribe_url=UNSUBSCRIBE_URL,
                             generated_at=at(4))
    assert "4 Nov 2026 · English" in rendered.text


# ---------------------------------------------------------------------------
# The message


def _message(**overrides):
    rendered = _render("daily_almaty")
    kwargs = {"mail_from": "CA Monitor <digest@news.example.org>",
                  "to": format_address("reader@example.org", "Дана Ридер"),
                  "message_id_domain": "news.example.org", "unsubscribe_url": UNSUBSCRIBE_URL}
    kwargs.update(overrides)
    return rendered, build_message(rendered, **kwargs)


def test_message_structure_and_headers() -> None:
    rendered, message = _message(unsubscribe_mailto="unsubscribe@news.example.org",
                                 message_id=digest_message_id(991, "news.example.org"),
                                 date=at(4, 3))
    parsed = email.message_from_bytes(message.as_bytes(), policy=email.policy.default)
    assert parsed.get_content_type() == "multipart/alternative"
    parts = list(parsed.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    assert parts[0].get_content().replace("\r\n", "\n") == rendered.text
    assert parts[1].get_content().replace("\r\n", "\n") == rendered.html
    assert all(p["Content-Transfer-Encoding"] == "quoted-printable" for p in parts)
    assert parsed["Subject"] == rendered.subject
    assert parsed["To"].addresses[0].display_name == "Дана Ридер"
    assert parsed["Message-ID"] == "<digest.991@news.example.org>"
    assert parsed["Date"] == "Wed, 04 Nov 2026 03:00:00 +0000"
    assert parsed["List-Unsubscribe"] == \
        f"<{UNSUBSCRIBE_URL}>, <mailto:unsubscribe@news.example.org>"
    assert parsed["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert parsed["Auto-Submitted"] == "auto-generated"


def test_long_unsubscribe_url_is_not_encoded_or_folded() -> None:
    long_url = "https://news.example.org/unsubscribe/" + "A" * 120
    _, message = _message(unsubscribe_url=long_url)
    raw = message.as_bytes()
    assert f"List-Unsubscribe: <{long_url}>\r\n".encode() in raw
    assert b"=?utf-8?q?=3Chttps" not in raw
    # Body lines stay within the 76-character quoted-printable limit.
    body = raw.split(b"\r\n\r\n", 1)[1]
    assert max(len(line) for line in body.split(b"\r\n")) <= 76


def test_fresh_message_id_when_none_given() -> None:
    _, first = _message()
    _, second = _message()
    assert first["Message-ID"] != second["Message-ID"]
    assert first["Message-ID"].endswith("@news.example.org>")


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        pytest.param({"to": "reader@example.org\r\nBcc: evil@example.org"}, InvalidAddress,
                     id="header-injection-to"),
        pytest.param({"mail_from": "not an address"}, InvalidAddress, id="bad-from"),
        pytest.param({"unsubscribe_url": "http://news.example.org/u/T"}, ValueError,
                     id="unsubscribe-not-https"),
        pytest.param({"unsubscribe_url": "http://127.0.0.1.example.org/u/T"}, ValueError,
                     id="unsubscribe-http-looks-local-but-is-not"),
        pytest.param({"unsubscribe_url": "https://news.example.org/u/T>, <https://evil"},
                     ValueError, id="unsubscribe-injection"),
        pytest.param({"unsubscribe_mailto": "x@example.org\r\nBcc: y@example.org"}, ValueError,
                     id="mailto-injection"),
    ],
)
def test_build_message_rejects(overrides: dict, error: type[Exception]) -> None:
    with pytest.raises(error):
        _message(**overrides)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/u/T", "http://localhost:8080/u/T", "http://[::1]/u/T"],
                         ids=["ipv4", "localhost", "ipv6"])
def test_build_message_takes_http_on_a_loopback_address(url: str) -> None:
    # what `monitor run` on one machine with MONITOR_PUBLIC_URL=http://127.0.0.1:8080 builds
    _, message = _message(unsubscribe_url=url)
    assert message["List-Unsubscribe"] == f"<{url}>"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_recipient_filters_do_not_change_rendering_of_given_stories() -> None:
    # render_digest renders exactly what it is given; selection is select_stories' job.
    r = recipient(filters=Filters.parse(countries="TM"))
    rendered = render_digest(r, [make_story()], at(3), at(4), public_url=PUBLIC_URL,
                             unsubscribe_url=UNSUBSCRIBE_URL, generated_at=at(4))
    assert rendered.subject.startswith("1 new story ·")
    assert replace(make_story()).title in rendered.text
