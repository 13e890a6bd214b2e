"""Webhook sends go through the same address check as feeds, on the connection itself."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from monitor.notify.notifier import Notifier
from notifications.webhooks import WebhookTarget, sample_story
from tests.conftest import make_settings
from tests.support.forbidden import forbidden_listener
from tests.support.receiver import Receiver

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


def notifier(tmp_path: Path, engine: Engine, resolver=None) -> Notifier:  # type: ignore[no-untyped-def]
    settings = make_settings(tmp_path, allow_private_hosts="127.0.0.1/32")
    if resolver is None:
        return Notifier(settings, engine)
    return Notifier(settings, engine, resolver=resolver)


async def test_a_receiver_on_an_allowed_address_gets_the_alert(tmp_path: Path, engine: Engine,
                                                               receiver: Receiver) -> None:
    target = WebhookTarget(1, receiver.url("/ok"), "json", secret="s" * 20)
    result = await notifier(tmp_path, engine).post(target, sample_story(), "e1", created_at=NOW)
    assert result.outcome == "sent" and len(receiver.requests) == 1


async def test_a_receiver_on_another_address_is_refused_and_never_reached(tmp_path: Path,
                                                                          engine: Engine) -> None:
    with forbidden_listener() as forbidden:
        target = WebhookTarget(1, forbidden.url("/hook"), "json", secret="s" * 20)
        result = await notifier(tmp_path, engine).post(target, sample_story(), "e1", created_at=NOW)
    assert result.outcome == "dead" and "127.0.0.2" in (result.error or "")
    assert "MONITOR_ALLOW_PRIVATE_HOSTS=127.0.0.1/32,127.0.0.2/32" in (result.error or "")
    assert forbidden.connections == []


async def test_a_name_that_changes_its_answer_after_the_check_is_refused_at_the_connect(
        tmp_path: Path, engine: Engine, receiver: Receiver) -> None:
    """The first resolution (the check before building the request) says 127.0.0.1; the
    transport resolves again when it connects and gets 127.0.0.2: it refuses, it does not
    connect there."""
    port = int(receiver.base.rsplit(":", 1)[1])
    answers = ["127.0.0.1"]

    async def resolver(host: str, port: int) -> list[str]:
        answer = answers[0]
        answers[0] = "127.0.0.2"
        return [answer]

    with forbidden_listener(port=port) as forbidden:
        target = WebhookTarget(1, f"http://hooks.example:{port}/ok", "json", secret="s" * 20)
        result = await notifier(tmp_path, engine, resolver).post(target, sample_story(), "e1",
                                                                 created_at=NOW)
    assert result.outcome == "dead" and "hooks.example resolves to 127.0.0.2" in (result.error or "")
    assert forbidden.connections == [] and receiver.requests == []
