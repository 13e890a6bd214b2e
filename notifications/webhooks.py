"""Webhook targets and sending one alert to one target.

``storage`` fills a :class:`WebhookTarget` per row; per outbox entry the
caller does::

    body, headers = build_payload(target, story, event_id, created_at=row.created_at)
    result = await send_webhook(client, target, body, headers, timeout=10)
    status, next_at = next_attempt(row.attempts + 1, now, result)

How the result is decided (the same for every format):

====================================================  ==========
what happened                                         outcome
====================================================  ==========
2xx                                                   ``sent``
connect error, reset, timeout (also a slow drip       ``retry``
past the total ``timeout``), 5xx, 408, 429
3xx (redirects are not followed: a redirected         ``dead``
POST could land the body elsewhere)
any other 4xx (400, 401, 403, 404, 410, …)            ``dead``
====================================================  ==========

``retry_after`` comes from the ``Retry-After`` header (seconds or an
HTTP-date), else from Discord's and Telegram's JSON ``retry_after``. Errors
carry the status and a short snippet of the answer, with the target's
secret and URL path scrubbed: Slack, Discord and Teams URLs *are* secrets
and the Telegram URL holds the bot token.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Literal
from urllib.parse import urlsplit

import httpx

from notifications.errors import InvalidWebhook
from notifications.formats import (
    EVENT_TYPES,
    build_discord,
    build_json,
    build_slack,
    build_teams,
    build_telegram,
    sign_body,
    verify_signature,
)
from notifications.model import DeliveryResult, Filters, Story
from notifications.samples import sample_story

__all__ = [
    "EVENT_TYPES",
    "FORMATS",
    "TELEGRAM_API",
    "WebhookTarget",
    "build_payload",
    "event_id_for",
    "parse_retry_after",
    "redact_url",
    "sample_story",
    "send_webhook",
    "sign_body",
    "validate_webhook_url",
    "verify_signature",
]

log = logging.getLogger(__name__)

WebhookFormat = Literal["json", "slack", "teams", "discord", "telegram"]
FORMATS: tuple[WebhookFormat, ...] = ("json", "slack", "teams", "discord", "telegram")
TELEGRAM_API = "https://api.telegram.org"
_TELEGRAM_TOKEN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{20,}$")
_TELEGRAM_CHAT = re.compile(r"^(-?\d{1,20}|@[A-Za-z][A-Za-z0-9_]{3,})$")
_READ_LIMIT = 4096
_EVENT_NAMESPACE = uuid.UUID("8d1f6c8e-7f3e-4f43-9a0b-6f1c2a9e5b11")


def redact_url(url: str) -> str:
    """``scheme://host[:port]/…``: safe to log or show (paths often hold the secret)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "<invalid URL>"
    if not parts.scheme or not host:
        return "<invalid URL>"
    return f"{parts.scheme}://{host}{port}/…"


def validate_webhook_url(url: str) -> str:
    """``url`` stripped if it is an absolute http(s) URL; else :class:`InvalidWebhook`."""
    if not isinstance(url, str) or not url.strip():
        raise InvalidWebhook("the URL is empty: give the full https:// address of the receiver")
    url = url.strip()
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        raise InvalidWebhook("the URL contains spaces or control characters: "
                             "copy it again from the receiver's settings")
    if len(url) > 2048:
        raise InvalidWebhook("the URL is longer than 2048 characters")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as exc:
        raise InvalidWebhook(f"the URL cannot be parsed ({exc}): check the host and port") from exc
    if parts.scheme.lower() not in ("http", "https"):
        shown = f"{parts.scheme}:" if parts.scheme else "no scheme"
        raise InvalidWebhook(
            f"the URL has {shown}; only http:// and https:// are supported "
            "(use https:// unless the receiver is on a trusted network)"
        )
    if not parts.hostname:
        raise InvalidWebhook(f"the URL {redact_url(url)} has no host: "
                             "write it as https://host/path")
    return url


@dataclass(frozen=True)
class WebhookTarget:
    """Where alerts go and in which format.

    ``secret``: for ``json``, the HMAC key for ``X-Monitor-Signature`` (unsigned
    if ``None``); for ``telegram``, the bot token (``123456:ABC…`` from
    @BotFather); unused by ``slack``, ``teams`` and ``discord``, whose URL is
    itself the secret. ``chat_id`` (telegram only): ``-100…`` for a group or
    channel, a user id, or ``@channelname``. For telegram, ``url`` is the Bot
    API base, :data:`TELEGRAM_API` unless you run a local Bot API server.
    """

    id: int
    url: str
    format: WebhookFormat
    secret: str | None = field(default=None, repr=False)
    filters: Filters = field(default_factory=Filters)
    chat_id: str | None = None

    def __post_init__(self) -> None:
        if self.format not in FORMATS:
            raise InvalidWebhook(
                f"unknown format {self.format!r}: use one of {', '.join(FORMATS)}"
            )
        object.__setattr__(self, "url", validate_webhook_url(self.url))
        if self.format == "telegram":
            if not self.secret or not _TELEGRAM_TOKEN.match(self.secret):
                raise InvalidWebhook(
                    "a telegram target needs the bot token as its secret, in the form "
                    "123456789:AA… (ask @BotFather for it)"
                )
            if not self.chat_id or not _TELEGRAM_CHAT.match(str(self.chat_id).strip()):
                raise InvalidWebhook(
                    "a telegram target needs a chat id: a number such as -1001234567890 "
                    "(groups, channels) or @channelname"
                )
            if "/bot" in urlsplit(self.url).path:
                raise InvalidWebhook(
                    f"for telegram give the API base ({TELEGRAM_API}) as the URL and the bot "
                    "token as the secret, not the full sendMessage URL"
                )
        elif self.chat_id is not None:
            raise InvalidWebhook("chat_id is only used by telegram targets")

    @property
    def endpoint(self) -> str:
        """The URL to POST to (for telegram, built from the API base and the token)."""
        if self.format == "telegram":
            return f"{self.url.rstrip('/')}/bot{self.secret}/sendMessage"
        return self.url

    def wants(self, story: Story) -> bool:
        return self.filters.matches(story)

    def scrub(self, text: str) -> str:
        """``text`` with the secret, the endpoint and its path replaced by ``[redacted]``."""
        path = urlsplit(self.endpoint).path
        for secret in (self.endpoint, self.url, self.secret, path if len(path) > 1 else None):
            if secret and len(secret) >= 6:
                text = text.replace(secret, "[redacted]")
        return text


def event_id_for(target_id: int, story_id: int) -> str:
    """A stable event id for one story sent to one target (UUID 5): the same on every retry."""
    return str(uuid.uuid5(_EVENT_NAMESPACE, f"story.relevant:{target_id}:{story_id}"))


def build_payload(target: WebhookTarget, story: Story, event_id: str, *, created_at: datetime,
                  event_type: str = "story.relevant") -> tuple[bytes, dict[str, str]]:
    """The body and headers for ``target``'s format (``event_type`` only shows in ``json``)."""
    if target.format == "json":
        return build_json(story, event_id, secret=target.secret, created_at=created_at,
                          event_type=event_type)
    if target.format == "slack":
        return build_slack(story, event_id)
    if target.format == "teams":
        return build_teams(story, event_id)
    if target.format == "discord":
        return build_discord(story, event_id)
    assert target.chat_id is not None  # checked by WebhookTarget
    return build_telegram(story, event_id, chat_id=str(target.chat_id).strip())


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delay-seconds or HTTP-date), else ``None``."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def _json_retry_after(snippet: bytes) -> float | None:
    try:
        data = json.loads(snippet)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict):
        return None
    value = data.get("retry_after")  # Discord
    parameters = data.get("parameters")
    if value is None and isinstance(parameters, dict):  # Telegram
        value = parameters.get("retry_after")
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0:
        return float(value)
    return None


def _snippet(target: WebhookTarget, raw: bytes) -> str:
    text = raw[:300].decode("utf-8", "replace")
    text = " ".join(text.split())
    return target.scrub(text)


def _utcnow() -> datetime:
    return datetime.now(UTC)


async def _post(client: httpx.AsyncClient, target: WebhookTarget, body: bytes,
                headers: dict[str, str], timeout: float) -> tuple[httpx.Response, bytes]:
    async with client.stream("POST", target.endpoint, content=body, headers=headers,
                             timeout=timeout, follow_redirects=False) as response:
        raw = b""
        async for chunk in response.aiter_bytes():
            raw += chunk
            if len(raw) >= _READ_LIMIT:
                break
        return response, raw[:_READ_LIMIT]


async def send_webhook(client: httpx.AsyncClient, target: WebhookTarget, body: bytes,
                       headers: dict[str, str], *, timeout: float,
                       clock: Callable[[], datetime] = _utcnow) -> DeliveryResult:
    """POST ``body`` to ``target``; never raises for delivery errors (see the module table).

    ``timeout`` bounds the whole exchange, not only each read. ``clock`` is
    used to turn a ``Retry-After`` HTTP-date into seconds.
    """
    where = redact_url(target.endpoint)
    try:
        async with asyncio.timeout(timeout):
            response, raw = await _post(client, target, body, headers, timeout)
    except (TimeoutError, httpx.TimeoutException):
        result = DeliveryResult.retry(f"timed out after {timeout:g} s")
    except (httpx.UnsupportedProtocol, httpx.LocalProtocolError, httpx.InvalidURL) as exc:
        result = DeliveryResult.dead(f"cannot send to {where}: "
                                     f"{target.scrub(str(exc)) or type(exc).__name__}")
    except httpx.TransportError as exc:
        detail = target.scrub(str(exc)) or "no details"
        result = DeliveryResult.retry(f"{type(exc).__name__}: {detail}")
    else:
        result = _classify(target, response, raw, clock)
    log.log(logging.INFO if result.outcome == "sent" else logging.WARNING,
            "webhook %s: %s", result.outcome, result.error or result.status_code,
            extra={"webhook": target.id, "url": where, "format": target.format,
                   "outcome": result.outcome, "status": result.status_code})
    return result


def _classify(target: WebhookTarget, response: httpx.Response, raw: bytes,
              clock: Callable[[], datetime]) -> DeliveryResult:
    status = response.status_code
    if 200 <= status < 300:
        return DeliveryResult.sent(status)
    error = f"HTTP {status}"
    snippet = _snippet(target, raw)
    if snippet:
        error += f": {snippet}"
    if status in (408, 429) or status >= 500:
        retry_after = parse_retry_after(response.headers.get("Retry-After"), clock())
        if retry_after is None and status == 429:
            retry_after = _json_retry_after(raw)
        return DeliveryResult.retry(error, status, retry_after)
    if 300 <= status < 400:
        location = response.headers.get("Location", "")
        shown = redact_url(location) if location else "?"
        return DeliveryResult.dead(
            f"HTTP {status}: the receiver redirects (to {shown}); "
            "redirects are not followed: update the webhook URL",
            status,
        )
    return DeliveryResult.dead(error, status)
