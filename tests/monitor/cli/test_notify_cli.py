"""The notification commands: bad input is refused with a clear error and changes nothing."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from monitor.cli import main

BAD_INPUT = [
    pytest.param(["subscribers", "add", "not-an-address"], "invalid email address", id="address"),
    pytest.param(["subscribers", "add", "a@example.org", "--tz", "Mars/Olympus"], "unknown time zone",
                 id="timezone"),
    pytest.param(["subscribers", "add", "a@example.org", "--tz", "asia/almaty"], "did you mean 'Asia/Almaty'",
                 id="timezone-case"),
    pytest.param(["subscribers", "add", "a@example.org", "--at", "25:00"], "HH:MM", id="time-of-day"),
    pytest.param(["subscribers", "add", "a@example.org", "--schedule", "weekly"], "needs a day",
                 id="weekly-without-day"),
    pytest.param(["subscribers", "add", "a@example.org", "--day", "mon"], "--day is only used",
                 id="day-on-daily"),
    pytest.param(["subscribers", "add", "a@example.org", "--countries", "RU"], "unknown country",
                 id="country"),
    pytest.param(["subscribers", "add", "a@example.org", "--topics", "sport"], "unknown topic", id="topic"),
    pytest.param(["subscribers", "add", "a@example.org", "--min-score", "-1"], "min score", id="min-score"),
    pytest.param(["webhooks", "add", "https://hooks.example.org/x", "--format", "xml"], "unknown format",
                 id="format"),
    pytest.param(["webhooks", "add", "ftp://hooks.example.org/x", "--format", "slack"], "only http",
                 id="not-http"),
    pytest.param(["webhooks", "add", "http://127.0.0.1:9/hook", "--format", "slack"],
                 "a private or loopback address", id="loopback"),
    pytest.param(["webhooks", "add", "http://10.1.2.3/hook", "--format", "slack"],
                 "MONITOR_ALLOW_PRIVATE_HOSTS", id="private"),
    pytest.param(["webhooks", "add", "http://[::1]:9/hook", "--format", "discord"],
                 "a private or loopback address", id="loopback-v6"),
    pytest.param(["webhooks", "add", "https://hooks.example.org/x", "--format", "json", "--secret", "short"],
                 "at least 16", id="short-secret"),
    pytest.param(["webhooks", "add", "https://hooks.example.org/x", "--format", "json",
                  "--secret-env", "NO_SUCH_VARIABLE_FOR_TEST"], "not set", id="secret-env-unset"),
    pytest.param(["webhooks", "add", "https://api.telegram.org", "--format", "telegram",
                  "--secret", "123456789:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"], "chat id", id="telegram-chat"),
    pytest.param(["webhooks", "add", "https://hooks.slack.com/services/x", "--format", "slack",
                  "--secret", "x" * 20], "takes no secret", id="slack-secret"),
    pytest.param(["subscribers", "remove", "nobody@example.org"], "no subscriber", id="remove-unknown"),
    pytest.param(["webhooks", "test", "5"], "no webhook with id 5", id="test-unknown"),
    pytest.param(["deliveries", "retry", "9"], "no delivery with id 9", id="retry-unknown"),
    pytest.param(["digest", "preview", "--subscriber", "nobody@example.org"], "no subscriber",
                 id="preview-unknown"),
]


def environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {"MONITOR_DATABASE_URL": f"sqlite:///{tmp_path / 'monitor.db'}",
            "MONITOR_DATA_DIR": str(tmp_path / "data"), "MONITOR_LOG_LEVEL": "error", **extra}


def run(env: dict[str, str], *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), environ=env, out=out), out.getvalue()


@pytest.mark.parametrize(("argv", "message"), BAD_INPUT)
def test_bad_input_is_refused_and_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  argv: list[str], message: str) -> None:
    env = environment(tmp_path)
    code, _ = run(env, *argv)
    err = capsys.readouterr().err
    assert code == 2
    assert message in err and err.startswith("monitor: ")
    assert run(env, "subscribers", "list", "--json") == (0, "")
    assert run(env, "webhooks", "list")[1].count("\n") == 1  # the header only


def test_subscriber_lifecycle(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    env = environment(tmp_path)
    code, out = run(env, "subscribers", "add", "Ann@Example.org", "--schedule", "weekly", "--day", "mon",
                    "--at", "07:30", "--tz", "Asia/Tashkent", "--countries", "kz,Uzbekistan",
                    "--topics", "education")
    assert code == 0
    assert "weekly on Monday at 07:30 (Asia/Tashkent)" in out
    assert "https://localhost/confirm/" in out  # not confirmed: the link to confirm
    assert run(env, "subscribers", "add", "ann@example.org")[0] == 2  # the same address
    assert "already exists" in capsys.readouterr().err
    [row] = [json.loads(line) for line in run(env, "subscribers", "list", "--json")[1].splitlines()]
    assert (row["countries"], row["topics"], row["confirmed"]) == ("KZ,UZ", "education", False)
    assert run(env, "subscribers", "confirm", "ann@example.org")[0] == 0
    assert run(env, "subscribers", "pause", "ann@example.org")[0] == 0
    assert "paused" in run(env, "subscribers", "list")[1]
    assert run(env, "digest", "send", "--subscriber", "ann@example.org")[0] == 2
    assert run(env, "subscribers", "pause", "--resume", "ann@example.org")[0] == 0
    code, out = run(env, "digest", "send", "--now")
    assert (code, out.strip()) == (0, "Ann@Example.org: nothing new, no email")
    assert run(env, "subscribers", "remove", "ANN@example.org")[0] == 0
    assert run(env, "subscribers", "list", "--json") == (0, "")


def test_json_webhook_without_a_secret_gets_one_printed_once(tmp_path: Path) -> None:
    env = environment(tmp_path, MONITOR_ALLOW_PRIVATE_HOSTS="true")
    code, out = run(env, "webhooks", "add", "http://127.0.0.1:9/hook", "--format", "json")
    assert code == 0
    secret = out.split("signing secret (shown once; give it to the receiver): ")[1].strip()
    assert len(secret) >= 32
    listing = run(env, "webhooks", "list")[1]
    assert secret not in listing and "http://127.0.0.1:9/…" in listing and "signed" in listing


def test_webhooks_test_sends_a_signed_sample(tmp_path: Path, receiver) -> None:  # type: ignore[no-untyped-def]
    from notifications.webhooks import verify_signature

    env = environment(tmp_path, MONITOR_ALLOW_PRIVATE_HOSTS="true")
    assert run(env, "webhooks", "add", receiver.url("/ok"), "--format", "json", "--secret", "t" * 20)[0] == 0
    code, out = run(env, "webhooks", "test", "1")
    assert code == 0 and "accepted (HTTP 200)" in out
    [request] = receiver.requests
    assert request.headers["x-monitor-event"] == "story.test"
    assert verify_signature("t" * 20, request.body, request.headers["x-monitor-signature"])
    assert run(env, "deliveries", "list", "--json") == (0, "")  # a test is not an outbox row
    assert run(env, "webhooks", "add", receiver.url("/gone"), "--format", "json", "--secret", "t" * 20)[0] == 0
    code, out = run(env, "webhooks", "test", "2")
    assert code == 1 and "HTTP 410" in out


def test_digest_preview_writes_html(tmp_path: Path) -> None:
    env = environment(tmp_path)
    assert run(env, "subscribers", "add", "a@example.org", "--confirmed")[0] == 0
    code, out = run(env, "digest", "preview", "--subscriber", "a@example.org", "--html", str(tmp_path / "d.html"))
    assert code == 0 and "0 new stories" in out
    assert "No new stories" in (tmp_path / "d.html").read_text(encoding="utf-8")
    assert not (tmp_path / "data" / "mail").exists()  # nothing sent, nothing written


def test_parser_lists_every_webhook_format() -> None:
    from monitor.cli.notify_parser import WEBHOOK_FORMATS
    from notifications.webhooks import FORMATS

    assert WEBHOOK_FORMATS == FORMATS


def test_building_the_parser_loads_no_storage_or_notification_module() -> None:
    """Every `monitor` start builds the whole parser; `monitor poll` must not pay for the
    notification modules (their handlers are imported when one of their commands runs)."""
    import subprocess
    import sys

    code = ("import sys; from monitor.cli import build_parser; build_parser(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('storage', 'notifications', 'sqlalchemy', 'httpx', 'jinja2')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(("argv", "code"), [
    (["subscribers", "add", "ann@example.org", "--confirmed"], 2),
    (["digest", "send", "--now"], 2),
    (["subscribers", "list"], 0),
    (["webhooks", "list"], 0),
    (["deliveries", "list"], 0),
    (["config"], 0),
], ids=["subscribers-add-refused", "digest-send-refused", "subscribers-list-warns", "webhooks-list-warns",
        "deliveries-list-warns", "config-warns"])
def test_an_http_public_url_blocks_only_the_commands_that_put_links_into_emails(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], code: int) -> None:
    env = environment(tmp_path, MONITOR_PUBLIC_URL="http://news.internal", MONITOR_LOG_LEVEL="warning")
    assert main(argv, environ=env, out=io.StringIO()) == code
    err = capsys.readouterr().err
    if code:
        assert err.strip().splitlines() == [
            'monitor: configuration error: MONITOR_PUBLIC_URL: "http://news.internal" is not https: '
            "links in emails (unsubscribe, confirmation) need https (one-click unsubscribe, RFC 8058), "
            "so no digest is sent and no subscriber added until it is; set it to the https address of "
            "this service, e.g. https://news.example.org"]
    else:
        assert "MONITOR_PUBLIC_URL" in err and "is not https" in err
