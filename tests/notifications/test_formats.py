"""Payload shape per format (sent through respx) and escaping per chat markup."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import httpx
import pytest
import respx

from notifications.formats import (
    DISCORD_DESCRIPTION,
    DISCORD_EMBED_TOTAL,
    DISCORD_FIELD,
    DISCORD_TITLE,
    build_discord,
    build_json,
    build_slack,
    build_teams,
    build_telegram,
    discord_escape,
    sign_body,
    slack_escape,
    teams_escape,
    telegram_escape,
    verify_signature,
)
from notifications.model import Evidence
from notifications.webhooks import (
    TELEGRAM_API,
    WebhookTarget,
    build_payload,
    event_id_for,
    send_webhook,
)
from tests.notifications.factories import item, make_story

CREATED = datetime(2026, 11, 4, 3, 0, 5, tzinfo=UTC)
TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
STORY = make_story(
    id=42, title="China & Kazakhstan <open> a *joint* lab", url="https://example.org/a?x=1&y=2",
    summary="Scientists from CAS and KazNU will study glaciers.",
    sources=("Example Wire", "Steppe Daily"),
    items=(item(1, "Example Wire", "https://example.org/a?x=1&y=2"),
           item(2, "Steppe Daily", "https://steppe.example.com/2", language="ru")),
    evidence=(Evidence("China", "China", "title"), Evidence("Kazakhstan", "Kazakhstan", "title")),
)


def target(fmt: str, **overrides) -> WebhookTarget:
    values = {
        "json": {"url": "https://receiver.example.com/hook", "secret": "whsec_test_secret"},
        "slack": {"url": "https://hooks.slack.com/services/T000/B000/XXXXXXXX"},
        "teams": {"url": "https://prod-00.westeurope.logic.azure.com/workflows/abc/triggers"},
        "discord": {"url": "https://discord.com/api/webhooks/123/abcDEF"},
        "telegram": {"url": TELEGRAM_API, "secret": TOKEN, "chat_id": "-1001234567890"},
    }[fmt]
    values.update(overrides)
    return WebhookTarget(id=3, format=fmt, **values)  # type: ignore[arg-type]


async def _send_through_respx(t: WebhookTarget, status: int = 200) -> tuple[httpx.Request, dict]:
    body, headers = build_payload(t, STORY, event_id_for(t.id, STORY.id), created_at=CREATED)
    with respx.mock(assert_all_called=True) as mock:
        route = mock.post(t.endpoint).mock(return_value=httpx.Response(status))
        async with httpx.AsyncClient() as client:
            result = await send_webhook(client, t, body, headers, timeout=5)
    assert result.outcome == "sent"
    request = route.calls.last.request
    assert request.content == body
    return request, json.loads(request.content)


async def test_json_payload_shape_and_headers() -> None:
    t = target("json")
    request, payload = await _send_through_respx(t)
    event_id = event_id_for(3, 42)
    assert list(payload) == ["version", "id", "type", "created_at", "story", "items", "evidence"]
    assert payload["version"] == 1
    assert payload["id"] == event_id
    assert payload["type"] == "story.relevant"
    assert payload["created_at"] == "2026-11-04T03:00:05Z"
    assert payload["story"] == {
        "id": 42, "title": STORY.title, "url": STORY.url, "summary": STORY.summary,
        "published": "2026-11-03T09:00:00Z", "language": "en", "languages": ["en"],
        "countries": ["CN", "KZ"], "topics": ["science"], "score": 0.9,
        "sources": ["Example Wire", "Steppe Daily"],
        "why": "China (title: 'China'), Kazakhstan (title: 'Kazakhstan')",
    }
    assert payload["items"][1] == {
        "id": 2, "source_id": "steppe-daily", "source_name": "Steppe Daily",
        "url": "https://steppe.example.com/2", "title": "t", "language": "ru",
        "published": "2026-11-03T09:00:00Z",
    }
    assert payload["evidence"] == [{"term": "China", "concept": "China", "field": "title"},
                                   {"term": "Kazakhstan", "concept": "Kazakhstan",
                                    "field": "title"}]
    h = request.headers
    assert h["content-type"] == "application/json"
    assert h["x-monitor-event"] == "story.relevant"
    assert h["x-monitor-timestamp"] == str(int(CREATED.timestamp()))
    assert h["x-monitor-delivery"] == h["idempotency-key"] == event_id
    assert h["x-monitor-signature"] == sign_body("whsec_test_secret", request.content)
    assert verify_signature("whsec_test_secret", request.content, h["x-monitor-signature"])


def test_json_is_deterministic_so_retries_carry_the_same_bytes_and_id() -> None:
    first = build_json(STORY, "evt-1", secret="s", created_at=CREATED)
    second = build_json(STORY, "evt-1", secret="s", created_at=CREATED)
    assert first == second
    assert event_id_for(3, 42) == event_id_for(3, 42) != event_id_for(4, 42)


def test_json_unsigned_without_secret_and_test_event_type() -> None:
    body, headers = build_json(STORY, "e", secret=None, created_at=CREATED,
                               event_type="story.test")
    assert "X-Monitor-Signature" not in headers
    assert json.loads(body)["type"] == "story.test"
    with pytest.raises(ValueError, match="event type"):
        build_json(STORY, "e", secret=None, created_at=CREATED, event_type="story.deleted")


@pytest.mark.parametrize(
    ("secret", "body", "header", "ok"),
    [
        pytest.param("k", b"{}", sign_body("k", b"{}"), True, id="valid"),
        pytest.param("k", b"{}", " " + sign_body("k", b"{}") + " ", True, id="whitespace"),
        pytest.param("k", b"{} ", sign_body("k", b"{}"), False, id="body-changed"),
        pytest.param("other", b"{}", sign_body("k", b"{}"), False, id="wrong-secret"),
        pytest.param("k", b"{}", sign_body("k", b"{}")[7:], False, id="missing-prefix"),
        pytest.param("k", b"{}", "", False, id="empty-header"),
        pytest.param("k", b"{}", None, False, id="no-header"),
        pytest.param("", b"{}", sign_body("k", b"{}"), False, id="no-secret"),
    ],
)
def test_verify_signature(secret: str, body: bytes, header: str | None, ok: bool) -> None:
    assert verify_signature(secret, body, header) is ok


async def test_slack_shape() -> None:
    _, payload = await _send_through_respx(target("slack"))
    assert payload["text"].startswith("China &amp; Kazakhstan &lt;open&gt;")
    section, context, why = payload["blocks"]
    assert section["type"] == "section" and section["text"]["type"] == "mrkdwn"
    assert section["text"]["text"].startswith(
        "*<https://example.org/a?x=1&y=2|China &amp; Kazakhstan &lt;open&gt; a *joint* lab>*\n")
    assert context["type"] == "context"
    assert "China, Kazakhstan · Science · English · Example Wire (+1 more)" in \
        context["elements"][0]["text"]
    assert why["elements"][0]["text"].startswith("*Why:* China")


async def test_teams_shape() -> None:
    _, payload = await _send_through_respx(target("teams"), status=202)
    assert payload["type"] == "message"
    [attachment] = payload["attachments"]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    card = attachment["content"]
    assert card["type"] == "AdaptiveCard" and card["version"] == "1.4"
    assert card["body"][0]["text"] == r"China & Kazakhstan <open> a \*joint\* lab"
    facts = {f["title"]: f["value"] for f in card["body"][2]["facts"]}
    assert facts["Countries"] == "China, Kazakhstan"
    assert facts["Sources"] == "Example Wire, Steppe Daily"
    assert card["actions"] == [{"type": "Action.OpenUrl", "title": "Read the story",
                                "url": STORY.url}]


async def test_discord_shape() -> None:
    _, payload = await _send_through_respx(target("discord"), status=204)
    assert payload["allowed_mentions"] == {"parse": []}
    [embed] = payload["embeds"]
    assert embed["title"] == r"China & Kazakhstan \<open\> a \*joint\* lab"
    assert embed["url"] == STORY.url
    assert embed["timestamp"] == "2026-11-03T09:00:00Z"
    assert [f["name"] for f in embed["fields"]] == ["Countries", "Topics", "Language",
                                                    "Sources", "Why"]


async def test_telegram_shape_and_endpoint() -> None:
    t = target("telegram")
    assert t.endpoint == f"https://api.telegram.org/bot{TOKEN}/sendMessage"
    _, payload = await _send_through_respx(t)
    assert payload["chat_id"] == "-1001234567890"
    assert payload["parse_mode"] == "HTML"
    assert payload["disable_web_page_preview"] is False
    assert payload["text"].startswith(
        '<b><a href="https://example.org/a?x=1&amp;y=2">'
        "China &amp; Kazakhstan &lt;open&gt; a *joint* lab</a></b>\n\n")
    assert "<i>Why: China (title: 'China'), Kazakhstan (title: 'Kazakhstan')</i>" in \
        payload["text"]


HOSTILE = make_story(
    title='<script>alert(1)</script> @everyone [x](javascript:alert(1)) *b* _i_ ~s~ `c` &amp;',
    url="javascript:alert(1)",
    summary="<img src=x onerror=alert(1)> <@123> <!channel> |pipe| > quote",
)


@pytest.mark.parametrize(
    ("escape", "raw", "expected"),
    [
        pytest.param(slack_escape, "a & b <!channel> > c", "a &amp; b &lt;!channel&gt; &gt; c",
                     id="slack"),
        pytest.param(slack_escape, "&amp;", "&amp;amp;", id="slack-entity-double-escaped"),
        pytest.param(telegram_escape, "<b>x</b> & \"q\"", "&lt;b&gt;x&lt;/b&gt; &amp; \"q\"",
                     id="telegram"),
        pytest.param(discord_escape, "@everyone *b* _i_ ~s~ `c` <@1> [x](y) > q # h",
                     r"\@everyone \*b\* \_i\_ \~s\~ \`c\` \<\@1\> \[x\](y) \> q \# h",
                     id="discord"),
        pytest.param(discord_escape, r"back\slash", r"back\\slash", id="discord-backslash"),
        pytest.param(teams_escape, "*b* _i_ [x](y) `c`", r"\*b\* \_i\_ \[x\](y) \`c\`",
                     id="teams"),
    ],
)
def test_escape_per_format(escape, raw: str, expected: str) -> None:
    assert escape(raw) == expected


@pytest.mark.parametrize("fmt", ["slack", "teams", "discord", "telegram"])
def test_hostile_story_is_neutralised(fmt: str) -> None:
    body, _ = build_payload(target(fmt), HOSTILE, "e", created_at=CREATED)
    payload = json.loads(body)
    if fmt == "slack":
        section = payload["blocks"][0]["text"]["text"]
        assert "<script>" not in section and "&lt;script&gt;" in section
        assert "<!channel>" not in section and "<@123>" not in section
        assert "|javascript" not in section  # no link made from a javascript: URL
    elif fmt == "teams":
        card = payload["attachments"][0]["content"]
        assert "actions" not in card
        assert r"\[x\](javascript:alert(1))" in card["body"][0]["text"]
    elif fmt == "discord":
        embed = payload["embeds"][0]
        assert "url" not in embed
        assert r"\@everyone" in embed["title"] and r"\[x\]" in embed["title"]
        assert payload["allowed_mentions"] == {"parse": []}
    else:
        assert "<script>" not in payload["text"] and "&lt;script&gt;" in payload["text"]
        assert "<img" not in payload["text"]
        assert "href" not in payload["text"]


def test_discord_limits() -> None:
    huge = make_story(title="T" * 1000, summary="word " * 3000,
                      evidence=tuple(Evidence("x" * 50, f"c{i}", "title") for i in range(6)),
                      sources=tuple(f"Source {i:03d} " + "n" * 40 for i in range(60)))
    body, _ = build_discord(huge, "e")
    embed = json.loads(body)["embeds"][0]
    assert len(embed["title"]) <= DISCORD_TITLE
    assert len(embed["description"]) <= DISCORD_DESCRIPTION
    assert all(len(f["value"]) <= DISCORD_FIELD for f in embed["fields"])
    total = (len(embed["title"]) + len(embed["description"]) + len(embed["footer"]["text"])
             + sum(len(f["name"]) + len(f["value"]) for f in embed["fields"]))
    assert total <= DISCORD_EMBED_TOTAL
    assert embed["title"].endswith("…")


def test_discord_escaped_title_still_fits() -> None:
    body, _ = build_discord(make_story(title="*" * 400), "e")
    title = json.loads(body)["embeds"][0]["title"]
    assert len(title) <= DISCORD_TITLE
    assert re.fullmatch(r"(\\\*)+…", title), "an escape pair was split"


def test_slack_and_telegram_limits() -> None:
    huge = make_story(title="T " * 2000, summary="word " * 5000)
    slack = json.loads(build_slack(huge, "e")[0])
    assert len(slack["blocks"][0]["text"]["text"]) <= 3000
    telegram = json.loads(build_telegram(huge, "e", chat_id="1")[0])
    assert len(telegram["text"]) < 4096


def test_teams_without_summary_or_why() -> None:
    body, _ = build_teams(make_story(summary="", evidence=()), "e")
    kinds = [b["type"] for b in json.loads(body)["attachments"][0]["content"]["body"]]
    assert kinds == ["TextBlock", "FactSet"]
