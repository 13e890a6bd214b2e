from __future__ import annotations

import email
import email.policy
import logging
import os
import ssl
from email.message import EmailMessage
from pathlib import Path

import pytest

from notifications.digest import build_message, digest_message_id, format_address, render_digest
from notifications.errors import InvalidSmtpConfig
from notifications.mail import SmtpConfig, eml_name, send_smtp, write_eml
from tests.notifications.factories import (
    PUBLIC_URL,
    UNSUBSCRIBE_URL,
    at,
    golden_stories,
    recipient,
)
from tests.support.mailserver import PASSWORD, USER, SmtpServer, free_port


def _digest_message(delivery_id: int = 1) -> EmailMessage:
    r = recipient()
    rendered = render_digest(r, golden_stories(), at(3, 3), at(4, 3), public_url=PUBLIC_URL,
                             unsubscribe_url=UNSUBSCRIBE_URL, generated_at=at(4, 3))
    return build_message(rendered, mail_from="CA Monitor <digest@news.example.org>",
                         to=format_address(r.email, r.name),
                         message_id_domain="news.example.org", unsubscribe_url=UNSUBSCRIBE_URL,
                         message_id=digest_message_id(delivery_id, "news.example.org"),
                         date=at(4, 3))


def _plain(server: SmtpServer, **overrides) -> SmtpConfig:
    values = {"host": server.host, "port": server.port, "starttls": False, "timeout": 5}
    values.update(overrides)
    return SmtpConfig(**values)


def test_send_to_real_smtp_server(smtp_server: SmtpServer) -> None:
    message = _digest_message()
    result = send_smtp(_plain(smtp_server), message)
    assert (result.outcome, result.status_code, result.error) == ("sent", 250, None)

    [envelope] = smtp_server.handler.envelopes
    assert envelope.mail_from == "digest@news.example.org"
    assert envelope.rcpt_tos == ["reader@example.org"]
    received = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
    assert received["Subject"].startswith("6 new stories · 3–4 Nov 2026")
    assert received["Message-ID"] == "<digest.1@news.example.org>"
    assert received["List-Unsubscribe"] == f"<{UNSUBSCRIBE_URL}>"
    assert received["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    text, html = received.iter_parts()
    assert text.get_content_type() == "text/plain"
    assert html.get_content_type() == "text/html"
    assert "https://example.org/wire/1" in text.get_content()
    assert '<a href="https://example.org/wire/1"' in html.get_content()
    assert f'<a href="{UNSUBSCRIBE_URL}"' in html.get_content()
    assert "Казахстанские студенты" in html.get_content()


@pytest.mark.parametrize(
    ("rcpt_reply", "data_reply", "outcome", "code"),
    [
        pytest.param(None, "451 4.3.0 Try again later", "retry", 451, id="data-451-retry"),
        pytest.param(None, "552 5.3.4 Message too big", "dead", 552, id="data-552-dead"),
        pytest.param("450 4.2.0 Mailbox busy", None, "retry", 450, id="rcpt-450-retry"),
        pytest.param("550 5.1.1 No such user", None, "dead", 550, id="rcpt-550-dead"),
    ],
)
def test_smtp_error_replies(smtp_server: SmtpServer, rcpt_reply: str | None,
                            data_reply: str | None, outcome: str, code: int) -> None:
    smtp_server.handler.rcpt_reply = rcpt_reply
    smtp_server.handler.data_reply = data_reply
    result = send_smtp(_plain(smtp_server), _digest_message())
    assert (result.outcome, result.status_code) == (outcome, code)
    assert str(code) in (result.error or "")
    assert smtp_server.handler.envelopes == []


def test_connection_refused_is_retry() -> None:
    result = send_smtp(SmtpConfig("127.0.0.1", free_port(), starttls=False, timeout=2),
                       _digest_message())
    assert result.outcome == "retry"
    assert "refused" in (result.error or "")


def test_server_that_never_greets_times_out_as_retry(silent_server: int) -> None:
    result = send_smtp(SmtpConfig("127.0.0.1", silent_server, starttls=False, timeout=0.5),
                       _digest_message())
    assert result.outcome == "retry"
    assert "timed out" in (result.error or "")


def test_starttls_and_auth(smtp_tls_server: SmtpServer, tls_files: tuple[Path, Path]) -> None:
    context = ssl.create_default_context(cafile=str(tls_files[0]))
    config = SmtpConfig(smtp_tls_server.host, smtp_tls_server.port, USER, PASSWORD,
                        starttls=True, timeout=5)
    result = send_smtp(config, _digest_message(), ssl_context=context)
    assert result.outcome == "sent", result.error
    assert len(smtp_tls_server.handler.envelopes) == 1


def test_auth_failure_is_dead_and_never_shows_the_password(
        smtp_tls_server: SmtpServer, tls_files: tuple[Path, Path],
        caplog: pytest.LogCaptureFixture) -> None:
    context = ssl.create_default_context(cafile=str(tls_files[0]))
    wrong = "wrong-Passw0rd-" + "x" * 8
    config = SmtpConfig(smtp_tls_server.host, smtp_tls_server.port, USER, wrong, timeout=5)
    with caplog.at_level(logging.DEBUG, logger="notifications"):
        result = send_smtp(config, _digest_message(), ssl_context=context)
    assert result.outcome == "dead"
    assert result.status_code == 535
    assert "authentication failed for user 'mailer'" in (result.error or "")
    assert "check the SMTP username and password" in (result.error or "")
    assert wrong not in (result.error or "") and wrong not in caplog.text
    assert wrong not in repr(config)
    assert smtp_tls_server.handler.envelopes == []


def test_untrusted_certificate_is_dead(smtp_tls_server: SmtpServer) -> None:
    config = SmtpConfig(smtp_tls_server.host, smtp_tls_server.port, USER, PASSWORD, timeout=5)
    result = send_smtp(config, _digest_message())  # system CAs: self-signed is refused
    assert result.outcome == "dead"
    assert "certificate" in (result.error or "")


def test_starttls_not_offered_is_dead(smtp_server: SmtpServer) -> None:
    result = send_smtp(_plain(smtp_server, starttls=True), _digest_message())
    assert result.outcome == "dead"
    assert "starttls" in (result.error or "").lower()


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        pytest.param({"host": ""}, "host", id="no-host"),
        pytest.param({"host": "smtp.example.org", "port": 0}, "port", id="bad-port"),
        pytest.param({"host": "smtp.example.org", "ssl": True, "starttls": True}, "both",
                     id="ssl-and-starttls"),
        pytest.param({"host": "smtp.example.org", "timeout": 0}, "timeout", id="timeout"),
        pytest.param({"host": "smtp.example.org", "password": "p"}, "no username",
                     id="password-without-user"),
        pytest.param({"host": "smtp.example.org", "username": "u", "password": "p",
                      "starttls": False}, "without TLS", id="plaintext-auth-remote"),
    ],
)
def test_smtp_config_validation(kwargs: dict, fragment: str) -> None:
    with pytest.raises(InvalidSmtpConfig, match=fragment):
        SmtpConfig(**kwargs)


def test_plaintext_auth_allowed_to_loopback() -> None:
    SmtpConfig("localhost", 25, "u", "p", starttls=False)
    SmtpConfig("::1", 25, "u", "p", starttls=False)
    SmtpConfig("mail.internal", 25, "u", "p", starttls=False, allow_insecure_auth=True)


# ---------------------------------------------------------------------------
# .eml files


def test_write_eml_is_named_by_message_id_and_overwrites_on_retry(tmp_path: Path) -> None:
    first = write_eml(tmp_path, _digest_message(5))
    second = write_eml(tmp_path, _digest_message(5))
    other = write_eml(tmp_path, _digest_message(6))
    assert first.outcome == second.outcome == other.outcome == "sent"
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["digest.5@news.example.org.eml", "digest.6@news.example.org.eml"]
    parsed = email.message_from_bytes((tmp_path / names[0]).read_bytes(),
                                      policy=email.policy.default)
    assert parsed["Message-ID"] == "<digest.5@news.example.org>"
    assert parsed.get_content_type() == "multipart/alternative"


def test_write_eml_leaves_no_temp_file_on_failure(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    result = write_eml(tmp_path, _digest_message())
    assert result.outcome == "retry"
    assert "No space left" in (result.error or "")
    assert list(tmp_path.iterdir()) == []


def test_write_eml_needs_message_id(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="Message-ID"):
        write_eml(tmp_path, EmailMessage())


@pytest.mark.parametrize(
    ("message_id", "name"),
    [
        pytest.param("<digest.1@example.org>", "digest.1@example.org.eml", id="plain"),
        pytest.param("<../../etc/passwd@x>", "_.._etc_passwd@x.eml", id="no-traversal"),
        pytest.param("<a b/c@x>", "a_b_c@x.eml", id="unsafe-characters"),
    ],
)
def test_eml_name(message_id: str, name: str) -> None:
    assert eml_name(message_id) == name
