"""send_webhook against a real local HTTP receiver, plus the pure pieces around it."""

from __future__ import annotations

import json
import logging
import time
from datetime import UTC, datetime

import httpx
import pytest
import respx

from notifications.errors import InvalidWebhook
from notifications.model import DeliveryResult
from notifications.webhooks import (
    TELEGRAM_API,
    WebhookTarget,
    build_payload,
    event_id_for,
    parse_retry_after,
    redact_url,
    sample_story,
    send_webhook,
    validate_webhook_url,
    verify_signature,
)
from tests.notifications.factories import make_story
from tests.support.mailserver import free_port
from tests.support.receiver import Receiver

SECRET = "whsec_receiver_test_secret"
CREATED = datetime(2026, 11, 4, 3, tzinfo=UTC)
NOW = datetime(2026, 11, 4, 3, 0, 0, tzinfo=UTC)


def json_target(url: str, secret: str | None = SECRET) -> WebhookTarget:
    return WebhookTarget(id=9, url=url, format="json", secret=secret)


async def post(t: WebhookTarget, timeout: float = 5.0) -> DeliveryResult:
    story = make_story(id=77)
    body, headers = build_payload(t, story, event_id_for(t.id, story.id), created_at=CREATED)
    async with httpx.AsyncClient() as client:
        return await send_webhook(client, t, body, headers, timeout=timeout, clock=lambda: NOW)


async def test_signed_delivery_verified_by_the_receiver(receiver: Receiver) -> None:
    result = await post(json_target(receiver.url("/ok")))
    assert result == DeliveryResult("sent", 200)
    [request] = receiver.requests
    assert verify_signature(SECRET, request.body, request.headers["x-monitor-signature"])
    assert not verify_signature("not-the-secret", request.body,
                                request.headers["x-monitor-signature"])
    payload = json.loads(request.body)
    assert payload["id"] == request.headers["idempotency-key"] == event_id_for(9, 77)
    assert request.headers["x-monitor-event"] == "story.relevant"
    assert request.headers["user-agent"].startswith("ca-news-monitor/")


async def test_retry_sends_identical_bytes_and_event_id(receiver: Receiver) -> None:
    t = json_target(receiver.url("/ok"))
    await post(t)
    await post(t)
    first, second = receiver.requests
    assert first.body == second.body
    assert first.headers["x-monitor-delivery"] == second.headers["x-monitor-delivery"]


@pytest.mark.parametrize(
    ("path", "outcome", "status", "retry_after", "error_fragment"),
    [
        pytest.param("/accepted", "sent", 202, None, None, id="202-sent"),
        pytest.param("/error", "retry", 500, None, "HTTP 500: Internal Server Error", id="500"),
        pytest.param("/ratelimit", "retry", 429, 7.0, "HTTP 429", id="429-retry-after"),
        pytest.param("/gone", "dead", 410, None, "HTTP 410: no_service", id="410-dead"),
        pytest.param("/missing", "dead", 404, None, "HTTP 404", id="404-dead"),
        pytest.param("/redirect", "dead", 301, None, "redirects are not followed",
                     id="redirect-dead"),
    ],
)
async def test_receiver_answers(receiver: Receiver, path: str, outcome: str, status: int,
                                retry_after: float | None, error_fragment: str | None) -> None:
    result = await post(json_target(receiver.url(path)))
    assert (result.outcome, result.status_code, result.retry_after) == \
        (outcome, status, retry_after)
    if error_fragment:
        assert error_fragment in (result.error or "")
    else:
        assert result.error is None


async def test_redirect_error_does_not_leak_the_new_path(receiver: Receiver) -> None:
    result = await post(json_target(receiver.url("/redirect")))
    assert "elsewhere.example" in (result.error or "")
    assert "hooks/abc" not in (result.error or "")


async def test_receiver_that_hangs_times_out_as_retry(receiver: Receiver) -> None:
    started = time.monotonic()
    result = await post(json_target(receiver.url("/hang")), timeout=0.5)
    assert time.monotonic() - started < 3
    assert result.outcome == "retry"
    assert result.error == "timed out after 0.5 s"


async def test_slow_drip_is_bounded_by_the_total_timeout(receiver: Receiver) -> None:
    started = time.monotonic()
    result = await post(json_target(receiver.url("/drip")), timeout=0.5)
    assert time.monotonic() - started < 3
    assert result.outcome == "retry"
    assert "timed out" in (result.error or "")


async def test_connection_refused_is_retry() -> None:
    result = await post(json_target(f"http://127.0.0.1:{free_port()}/hook"))
    assert result.outcome == "retry"
    assert result.status_code is None
    assert "ConnectError" in (result.error or "")


async def test_errors_and_logs_never_carry_secrets(receiver: Receiver,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    # A Slack-style URL whose path is the secret, echoed back by the receiver.
    t = WebhookTarget(id=1, url=receiver.url("/echo/T000/B000/SuperSecretPath123"),
                      format="slack")
    with caplog.at_level(logging.DEBUG, logger="notifications"):
        result = await post(t)
    assert result.outcome == "dead"
    assert "SuperSecretPath123" not in (result.error or "")
    assert "[redacted]" in (result.error or "")
    assert "SuperSecretPath123" not in caplog.text


async def test_telegram_token_never_in_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
    t = WebhookTarget(id=2, url=TELEGRAM_API, format="telegram", secret=token, chat_id="@news")
    with respx.mock:
        respx.post(t.endpoint).mock(side_effect=httpx.ConnectError(f"cannot reach {t.endpoint}"))
        with caplog.at_level(logging.DEBUG, logger="notifications"):
            result = await post(t)
    assert result.outcome == "retry"
    assert token not in (result.error or "") and token not in caplog.text
    assert token not in repr(t)


@pytest.mark.parametrize(
    ("response", "outcome", "retry_after"),
    [
        pytest.param(httpx.Response(429, json={"message": "You are being rate limited.",
                                               "retry_after": 1.5, "global": False}),
                     "retry", 1.5, id="discord-json-retry-after"),
        pytest.param(httpx.Response(429, json={"ok": False, "error_code": 429,
                                               "parameters": {"retry_after": 12}}),
                     "retry", 12.0, id="telegram-json-retry-after"),
        pytest.param(httpx.Response(429, headers={"Retry-After": "3"},
                                    json={"retry_after": 99}),
                     "retry", 3.0, id="header-wins-over-json"),
        pytest.param(httpx.Response(503, headers={"Retry-After":
                                                  "Wed, 04 Nov 2026 03:02:00 GMT"}),
                     "retry", 120.0, id="503-http-date"),
        pytest.param(httpx.Response(408), "retry", None, id="408"),
        pytest.param(httpx.Response(502, text="<html>bad gateway</html>"), "retry", None,
                     id="502"),
        pytest.param(httpx.Response(400, json={"ok": False, "description":
                                               "Bad Request: chat not found"}),
                     "dead", None, id="telegram-chat-not-found"),
        pytest.param(httpx.Response(401), "dead", None, id="401"),
        pytest.param(httpx.Response(403, text="invalid_token"), "dead", None, id="403"),
        pytest.param(httpx.Response(200, text="ok"), "sent", None, id="slack-ok"),
        pytest.param(httpx.Response(204), "sent", None, id="discord-204"),
    ],
)
async def test_status_mapping(response: httpx.Response, outcome: str,
                              retry_after: float | None) -> None:
    t = json_target("https://receiver.example.com/hook")
    with respx.mock:
        respx.post(t.url).mock(return_value=response)
        result = await post(t)
    assert (result.outcome, result.retry_after, result.status_code) == \
        (outcome, retry_after, response.status_code)


@pytest.mark.parametrize(
    "exc",
    [httpx.ReadTimeout("read"), httpx.ConnectTimeout("connect"), httpx.ReadError("reset"),
     httpx.RemoteProtocolError("garbage")],
    ids=["read-timeout", "connect-timeout", "read-error", "protocol-error"],
)
async def test_transport_errors_are_retry(exc: Exception) -> None:
    t = json_target("https://receiver.example.com/hook")
    with respx.mock:
        respx.post(t.url).mock(side_effect=exc)
        result = await post(t)
    assert result.outcome == "retry"


async def test_huge_error_body_is_not_read_whole() -> None:
    t = json_target("https://receiver.example.com/hook")
    with respx.mock:
        respx.post(t.url).mock(return_value=httpx.Response(500, content=b"x" * 5_000_000))
        result = await post(t)
    assert result.outcome == "retry"
    assert len(result.error or "") <= 500


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(None, None, id="absent"),
        pytest.param("", None, id="empty"),
        pytest.param("120", 120.0, id="seconds"),
        pytest.param(" 0 ", 0.0, id="zero"),
        pytest.param("1.5", 1.5, id="fractional"),
        pytest.param("-5", None, id="negative"),
        pytest.param("inf", None, id="infinite"),
        pytest.param("nan", None, id="nan"),
        pytest.param("Wed, 04 Nov 2026 03:10:00 GMT", 600.0, id="http-date"),
        pytest.param("Wed, 04 Nov 2026 02:00:00 GMT", 0.0, id="http-date-past"),
        pytest.param("Wednesday, 04-Nov-26 03:01:00 GMT", 60.0, id="rfc850-date"),
        pytest.param("soon", None, id="garbage"),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, NOW) == expected


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        pytest.param("", "empty", id="empty"),
        pytest.param("ftp://example.org/hook", "only http:// and https://", id="ftp"),
        pytest.param("javascript:alert(1)", "only http:// and https://", id="javascript"),
        pytest.param("hooks.slack.com/services/x", "no scheme", id="no-scheme"),
        pytest.param("https:///path", "no host", id="no-host"),
        pytest.param("https://example.org/a b", "spaces", id="space"),
        pytest.param("https://example.org:99999/", "port", id="bad-port"),
        pytest.param("https://example.org/" + "a" * 3000, "2048", id="too-long"),
    ],
)
def test_validate_webhook_url_errors(url: str, fragment: str) -> None:
    with pytest.raises(InvalidWebhook, match=fragment):
        validate_webhook_url(url)


@pytest.mark.parametrize(
    "url",
    ["https://hooks.slack.com/services/T/B/X", "http://127.0.0.1:8080/hook",
     "  https://example.org/hook?x=1  "],
    ids=["slack", "local-http", "stripped"],
)
def test_validate_webhook_url_ok(url: str) -> None:
    assert validate_webhook_url(url) == url.strip()


def test_validation_error_does_not_echo_the_secret_path() -> None:
    with pytest.raises(InvalidWebhook) as caught:
        validate_webhook_url("https:///SuperSecretPath")
    assert "SuperSecretPath" not in str(caught.value)


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        pytest.param({"format": "xml", "url": "https://e.org/h"}, "unknown format", id="format"),
        pytest.param({"format": "telegram", "url": TELEGRAM_API, "chat_id": "1"}, "bot token",
                     id="telegram-no-token"),
        pytest.param({"format": "telegram", "url": TELEGRAM_API, "secret": "not-a-token",
                          "chat_id": "1"}, "bot token", id="telegram-bad-token"),
        pytest.param({"format": "telegram", "url": TELEGRAM_API,
                          "secret": "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"}, "chat id",
                     id="telegram-no-chat"),
        pytest.param({"format": "telegram",
                          "url": TELEGRAM_API + "/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/"
                                             "sendMessage",
                          "secret": "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "chat_id": "1"},
                     "API base", id="telegram-full-url"),
        pytest.param({"format": "slack", "url": "https://e.org/h", "chat_id": "1"},
                     "only used by telegram", id="chat-id-elsewhere"),
    ],
)
def test_webhook_target_validation(kwargs: dict, fragment: str) -> None:
    with pytest.raises(InvalidWebhook, match=fragment):
        WebhookTarget(id=1, **kwargs)


def test_target_filters_and_sample_story() -> None:
    from notifications.model import Filters

    t = WebhookTarget(1, "https://e.org/h", "json", filters=Filters.parse(countries="UZ"))
    assert not t.wants(sample_story())
    assert WebhookTarget(1, "https://e.org/h", "json").wants(sample_story())
    assert sample_story().title.startswith("[Test alert]")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        pytest.param("https://hooks.slack.com/services/T/B/X", "https://hooks.slack.com/…",
                     id="path-hidden"),
        pytest.param("http://user:pw@127.0.0.1:8080/x", "http://127.0.0.1:8080/…",
                     id="userinfo-hidden"),
        pytest.param("nonsense", "<invalid URL>", id="invalid"),
    ],
)
def test_redact_url(url: str, expected: str) -> None:
    assert redact_url(url) == expected
