"""Webhook payloads, one builder per format: ``(story, event_id, ...) -> (body, headers)``.

Builders are pure and deterministic: the same story, event id and
``created_at`` give the same bytes, so a retry can rebuild the body instead
of storing it and a signature stays valid. Every builder escapes story text
for its target's markup (stories come from feeds, which are hostile input)
and links only ``http``/``https`` URLs.

Formats and their limits:

* ``json``: the versioned payload documented in docs/notifications.md, signed
  ``X-Monitor-Signature: sha256=<hex HMAC-SHA256(secret, raw body)>``.
* ``slack``: Block Kit with a ``text`` fallback; ``& < >`` escaped in mrkdwn.
  Section text at most 3000 characters.
* ``teams``: an Adaptive Card 1.4 wrapped as a ``message`` (what a Teams
  *Workflows* "post to a channel when a webhook request is received" expects).
* ``discord``: one embed; title ≤ 256, description ≤ 4096, field values
  ≤ 1024, whole embed ≤ 6000; mentions disabled (``allowed_mentions``).
* ``telegram``: Bot API ``sendMessage`` with ``parse_mode`` HTML; the
  visible text stays under 4096 characters.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import metadata
from typing import Any

from notifications.model import Story
from notifications.text import safe_url, truncate_text
from notifications.vocab import country_name, language_name, topic_label

PAYLOAD_VERSION = 1
EVENT_TYPES = ("story.relevant", "story.test")
SIGNATURE_HEADER = "X-Monitor-Signature"

try:
    _VERSION = metadata.version("ca-news-monitor")
except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
    _VERSION = "0"
USER_AGENT = f"ca-news-monitor/{_VERSION} (+webhooks)"

Headers = dict[str, str]
Built = tuple[bytes, Headers]


def _json_bytes(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _base_headers() -> Headers:
    return {"Content-Type": "application/json", "User-Agent": USER_AGENT}


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


# ---------------------------------------------------------------------------
# Signing


def sign_body(secret: str | bytes, body: bytes) -> str:
    """The ``X-Monitor-Signature`` value: ``sha256=`` + hex HMAC-SHA256 of the raw body."""
    key = secret.encode() if isinstance(secret, str) else secret
    return "sha256=" + hmac.new(key, body, hashlib.sha256).hexdigest()


def verify_signature(secret: str | bytes, body: bytes, header: str | None) -> bool:
    """Whether ``header`` (an ``X-Monitor-Signature`` value) signs ``body``; constant-time."""
    if not header or not secret:
        return False
    return hmac.compare_digest(sign_body(secret, body).encode(), header.strip().encode())


# ---------------------------------------------------------------------------
# Shared text


def _names(codes: tuple[str, ...], name: Callable[[str], str]) -> str:
    return ", ".join(name(code) for code in codes) or "—"


def _meta_line(story: Story) -> str:
    parts = [f"{story.published:%Y-%m-%d}"]
    if story.central_asian_countries or story.countries:
        parts.append(_names(story.countries, country_name))
    if story.topics:
        parts.append(_names(story.topics, topic_label))
    if story.language:
        parts.append(language_name(story.language))
    if story.primary_source:
        others = len(story.also_reported_by())
        parts.append(story.primary_source + (f" (+{others} more)" if others else ""))
    return " · ".join(parts)


def _sources(story: Story) -> str:
    names = [story.primary_source, *(name for name, _ in story.also_reported_by())]
    return ", ".join(n for n in names if n) or "—"


def _fit(raw: str, limit: int, escape: Callable[[str], str]) -> str:
    """``escape(raw)`` cut so the *escaped* text fits ``limit`` (never splits an escape)."""
    text = escape(raw)
    budget = min(len(raw), limit)
    while len(text) > limit and budget > 1:
        budget = max(1, min(budget - 1, budget * limit // len(text)))
        text = escape(truncate_text(raw, budget))
    return text if len(text) <= limit else "…"


# ---------------------------------------------------------------------------
# json


def story_document(story: Story) -> dict[str, Any]:
    """The ``story`` object of the JSON payload (version 1)."""
    return {
        "id": story.id,
        "title": story.title,
        "url": story.url,
        "summary": story.summary,
        "published": _iso(story.published),
        "language": story.language,
        "languages": list(story.all_languages),
        "countries": list(story.countries),
        "topics": list(story.topics),
        "score": story.score,
        "sources": list(story.sources),
        "why": story.why,
    }


def json_payload(story: Story, event_id: str, *, created_at: datetime,
                 event_type: str = "story.relevant") -> dict[str, Any]:
    if event_type not in EVENT_TYPES:
        raise ValueError(f"unknown event type {event_type!r}: use one of {', '.join(EVENT_TYPES)}")
    return {
        "version": PAYLOAD_VERSION,
        "id": event_id,
        "type": event_type,
        "created_at": _iso(created_at),
        "story": story_document(story),
        "items": [
            {
                "id": item.id,
                "source_id": item.source_id,
                "source_name": item.source_name,
                "url": item.url,
                "title": item.title,
                "language": item.language,
                "published": _iso(item.published),
            }
            for item in story.items
        ],
        "evidence": [{"term": e.term, "concept": e.concept, "field": e.field}
                     for e in story.evidence],
    }


def build_json(story: Story, event_id: str, *, secret: str | None, created_at: datetime,
               event_type: str = "story.relevant") -> Built:
    """The generic signed JSON payload. Without a secret it is sent unsigned."""
    body = _json_bytes(json_payload(story, event_id, created_at=created_at,
                                    event_type=event_type))
    headers = _base_headers()
    headers.update({
        "X-Monitor-Event": event_type,
        "X-Monitor-Timestamp": str(int(created_at.timestamp())),
        "X-Monitor-Delivery": event_id,
        "Idempotency-Key": event_id,
    })
    if secret:
        headers[SIGNATURE_HEADER] = sign_body(secret, body)
    return body, headers


# ---------------------------------------------------------------------------
# slack


def slack_escape(text: str) -> str:
    """Escape ``& < >`` for Slack mrkdwn (the only characters Slack requires escaped)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _slack_link(url: str, label: str) -> str:
    quoted = url.replace("|", "%7C").replace(">", "%3E").replace("<", "%3C")
    return f"<{quoted}|{label}>"


def build_slack(story: Story, event_id: str) -> Built:
    """Slack incoming-webhook message: Block Kit blocks plus a plain ``text`` fallback."""
    title = _fit(" ".join(story.title.split()), 300, slack_escape)
    url = safe_url(story.url)
    heading = f"*{_slack_link(url, title)}*" if url else f"*{title}*"
    section = heading
    if story.summary:
        section += "\n" + _fit(story.summary, 3000 - len(heading) - 1, slack_escape)
    blocks: list[dict[str, Any]] = [
        {"type": "section", "text": {"type": "mrkdwn", "text": section}},
        {"type": "context", "elements": [{"type": "mrkdwn",
                                          "text": _fit(_meta_line(story), 2000, slack_escape)}]},
    ]
    if story.why:
        blocks.append({"type": "context", "elements": [
            {"type": "mrkdwn", "text": "*Why:* " + _fit(story.why, 1900, slack_escape)}]})
    fallback = title + (f" {_slack_link(url, 'link')}" if url else "")
    return _json_bytes({"text": fallback, "blocks": blocks, "unfurl_links": False}), \
        _base_headers()


# ---------------------------------------------------------------------------
# teams

_TEAMS_SPECIAL = re.compile(r"([\\*_\[\]`])")


def teams_escape(text: str) -> str:
    """Backslash-escape the Markdown Adaptive Card text blocks interpret (``* _ [ ] ` \\``)."""
    return _TEAMS_SPECIAL.sub(r"\\\1", text)


def build_teams(story: Story, event_id: str) -> Built:
    """An Adaptive Card 1.4 message for a Teams Workflows webhook."""
    url = safe_url(story.url)
    facts = [
        {"title": "Countries", "value": teams_escape(_names(story.countries, country_name))},
        {"title": "Topics", "value": teams_escape(_names(story.topics, topic_label))},
        {"title": "Published", "value": f"{story.published:%Y-%m-%d %H:%M} UTC"},
        {"title": "Language", "value": teams_escape(language_name(story.language) or "—")},
        {"title": "Sources", "value": _fit(_sources(story), 500, teams_escape)},
    ]
    body: list[dict[str, Any]] = [
        {"type": "TextBlock", "text": _fit(" ".join(story.title.split()), 300, teams_escape),
         "weight": "Bolder", "size": "Medium", "wrap": True},
    ]
    if story.summary:
        body.append({"type": "TextBlock", "text": _fit(story.summary, 1000, teams_escape),
                     "wrap": True})
    body.append({"type": "FactSet", "facts": facts})
    if story.why:
        body.append({"type": "TextBlock", "text": "Why: " + _fit(story.why, 600, teams_escape),
                     "wrap": True, "isSubtle": True, "size": "Small"})
    card: dict[str, Any] = {
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "type": "AdaptiveCard",
        "version": "1.4",
        "body": body,
        "msteams": {"width": "Full"},
    }
    if url:
        card["actions"] = [{"type": "Action.OpenUrl", "title": "Read the story", "url": url}]
    message = {
        "type": "message",
        "attachments": [{
            "contentType": "application/vnd.microsoft.card.adaptive",
            "contentUrl": None,
            "content": card,
        }],
    }
    return _json_bytes(message), _base_headers()


# ---------------------------------------------------------------------------
# discord

DISCORD_TITLE = 256
DISCORD_DESCRIPTION = 4096
DISCORD_FIELD = 1024
DISCORD_FOOTER = 2048
DISCORD_EMBED_TOTAL = 6000
_DISCORD_SPECIAL = re.compile(r"([\\*_~`|>#\[\]<@])")


def discord_escape(text: str) -> str:
    """Backslash-escape Discord Markdown, mention and masked-link characters."""
    return _DISCORD_SPECIAL.sub(r"\\\1", text)


def build_discord(story: Story, event_id: str) -> Built:
    """A Discord webhook message with one embed, mentions switched off."""
    url = safe_url(story.url)
    fields: list[dict[str, Any]] = [
        {"name": "Countries", "value": _fit(_names(story.countries, country_name),
                                            DISCORD_FIELD, discord_escape), "inline": True},
        {"name": "Topics", "value": _fit(_names(story.topics, topic_label),
                                         DISCORD_FIELD, discord_escape), "inline": True},
        {"name": "Language", "value": discord_escape(language_name(story.language) or "—"),
         "inline": True},
        {"name": "Sources", "value": _fit(_sources(story), DISCORD_FIELD, discord_escape),
         "inline": False},
    ]
    if story.why:
        fields.append({"name": "Why", "value": _fit(story.why, DISCORD_FIELD, discord_escape),
                       "inline": False})
    footer = "China–Central Asia news monitor"
    embed: dict[str, Any] = {
        "title": _fit(" ".join(story.title.split()) or "(untitled)", DISCORD_TITLE,
                      discord_escape),
        "timestamp": _iso(story.published),
        "color": 0x1A4FC4,
        "fields": fields,
        "footer": {"text": footer},
    }
    if url:
        embed["url"] = url
    used = len(embed["title"]) + len(footer) + sum(len(str(f["name"])) + len(str(f["value"]))
                                                   for f in fields)
    room = min(DISCORD_DESCRIPTION, DISCORD_EMBED_TOTAL - used)
    if story.summary and room > 0:
        embed["description"] = _fit(story.summary, room, discord_escape)
    message = {"embeds": [embed], "allowed_mentions": {"parse": []}}
    return _json_bytes(message), _base_headers()


# ---------------------------------------------------------------------------
# telegram

TELEGRAM_TEXT = 4096


def telegram_escape(text: str) -> str:
    """Escape for Telegram ``parse_mode=HTML`` text (``& < >``; quotes are fine outside tags)."""
    return html.escape(text, quote=False)


def build_telegram(story: Story, event_id: str, *, chat_id: str) -> Built:
    """A Bot API ``sendMessage`` request (POST to ``https://api.telegram.org/bot<token>/sendMessage``)."""
    url = safe_url(story.url)
    title = telegram_escape(truncate_text(" ".join(story.title.split()), 300))
    heading = f'<b><a href="{html.escape(url, quote=True)}">{title}</a></b>' if url \
        else f"<b>{title}</b>"
    parts = [heading]
    if story.summary:
        parts.append(telegram_escape(truncate_text(story.summary, 1500)))
    parts.append(telegram_escape(_meta_line(story)))
    if story.why:
        parts.append("<i>Why: " + telegram_escape(truncate_text(story.why, 600)) + "</i>")
    message = {
        "chat_id": chat_id,
        "text": "\n\n".join(parts),
        "parse_mode": "HTML",
        "disable_web_page_preview": False,
    }
    return _json_bytes(message), _base_headers()
