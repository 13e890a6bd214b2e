"""Sending a built digest: over SMTP, or as an ``.eml`` file (for development and archives).

Both return a :class:`~notifications.model.DeliveryResult` instead of raising.
SMTP outcomes:

=====================================================  =========
what happened                                          outcome
=====================================================  =========
server accepted the message (DATA answered 250)        ``sent``
connection refused / reset, DNS failure, timeout       ``retry``
any 4xx reply (e.g. 421, 450, 451, 452)                ``retry``
any 5xx reply (e.g. 550 no such user, 554)             ``dead``
authentication failed (535)                            ``dead``
STARTTLS or AUTH not offered; TLS certificate invalid  ``dead``
=====================================================  =========

Once the server has accepted the message, a failure while saying goodbye
(QUIT) no longer matters: the result is ``sent``, so a flaky disconnect
never causes a second copy. The password is only handed to ``smtplib``; it
is not in any error text, log line or ``repr``.

``send_smtp`` is blocking (smtplib); from async code call it with
``await asyncio.to_thread(send_smtp, config, message)``.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import re
import smtplib
import socket
import ssl
import tempfile
from dataclasses import dataclass, field
from email.message import EmailMessage, Message
from pathlib import Path

from notifications.errors import InvalidSmtpConfig
from notifications.model import DeliveryResult

log = logging.getLogger(__name__)

_LOOPBACK_NAMES = {"localhost", "localhost.localdomain"}


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class SmtpConfig:
    """How to reach the mail server.

    ``ssl`` is implicit TLS (port 465); ``starttls`` upgrades a plain connection (587).

    A password is only sent over TLS, except to a loopback host or with
    ``allow_insecure_auth=True``.
    """

    host: str
    port: int = 587
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    starttls: bool = True
    ssl: bool = False
    timeout: float = 30.0
    allow_insecure_auth: bool = False

    def __post_init__(self) -> None:
        if not self.host or any(ch.isspace() for ch in self.host):
            raise InvalidSmtpConfig(f"host {self.host!r} is empty or has spaces")
        if not 0 < self.port < 65536:
            raise InvalidSmtpConfig(f"port {self.port} is out of range: use 587 (STARTTLS), "
                                    "465 (implicit TLS) or 25")
        if self.ssl and self.starttls:
            raise InvalidSmtpConfig(
                "ssl and starttls are both on: use ssl for port 465, starttls for port 587"
            )
        if self.timeout <= 0:
            raise InvalidSmtpConfig("timeout must be a positive number of seconds")
        if self.password and not self.username:
            raise InvalidSmtpConfig("a password is set but no username")
        if self.username and not (self.ssl or self.starttls or self.allow_insecure_auth
                                  or _is_loopback(self.host)):
            raise InvalidSmtpConfig(
                f"refusing to send the password to {self.host} without TLS: "
                "turn on starttls (port 587) or ssl (port 465)"
            )

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"


def _reply(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{exc.smtp_code} {text}".strip()


def _by_code(code: int, text: str) -> DeliveryResult:
    if 500 <= code < 600:
        return DeliveryResult.dead(text, code)
    return DeliveryResult.retry(text, code if code > 0 else None)


def _classify(exc: BaseException, config: SmtpConfig) -> DeliveryResult:
    """Map an smtplib / socket / ssl error to a result (see the module docstring)."""
    where = config.where
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return DeliveryResult.dead(
            f"SMTP authentication failed for user {config.username!r} at {where} "
            f"({_reply(exc)}): check the SMTP username and password",
            exc.smtp_code,
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return DeliveryResult.dead(
            f"{where} does not support what the settings ask for ({exc}): "
            "check the starttls/ssl settings and whether the server offers AUTH"
        )
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        replies = {addr: (code, msg.decode("utf-8", "replace") if isinstance(msg, bytes) else msg)
                   for addr, (code, msg) in exc.recipients.items()}
        text = "; ".join(f"{addr}: {code} {msg}" for addr, (code, msg) in replies.items())
        codes = [code for code, _ in replies.values()]
        if any(not 500 <= code < 600 for code in codes):
            return DeliveryResult.retry(f"recipient refused by {where}: {text}", min(codes))
        return DeliveryResult.dead(f"recipient refused by {where}: {text}", max(codes))
    if isinstance(exc, smtplib.SMTPResponseException):
        kind = {
            smtplib.SMTPSenderRefused: "sender refused",
            smtplib.SMTPDataError: "message refused",
            smtplib.SMTPConnectError: "connection refused at greeting",
            smtplib.SMTPHeloError: "HELO refused",
        }.get(type(exc), "error reply")
        return _by_code(exc.smtp_code, f"{kind} by {where}: {_reply(exc)}")
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return DeliveryResult.retry(f"{where} closed the connection: {exc}")
    if isinstance(exc, ssl.SSLCertVerificationError):
        return DeliveryResult.dead(
            f"TLS certificate of {where} could not be verified ({exc.verify_message}): "
            "fix the server certificate or the host name in the settings"
        )
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return DeliveryResult.retry(f"timed out talking to {where} after {config.timeout:g} s")
    if isinstance(exc, ConnectionRefusedError):
        return DeliveryResult.retry(f"connection refused by {where}")
    if isinstance(exc, socket.gaierror):
        return DeliveryResult.retry(f"cannot resolve {config.host}: {exc.strerror}")
    if isinstance(exc, smtplib.SMTPException):
        return DeliveryResult.retry(f"SMTP error with {where}: {exc}")
    if isinstance(exc, OSError):
        return DeliveryResult.retry(f"network error with {where}: {exc.strerror or exc}")
    raise exc


def send_smtp(config: SmtpConfig, message: EmailMessage | Message, *,
              ssl_context: ssl.SSLContext | None = None) -> DeliveryResult:
    """Send ``message`` to the addresses in its headers; never raises for delivery errors.

    Send one recipient per message: if the server accepts some recipients and
    refuses others, the result is ``sent`` (a retry would duplicate it for the
    accepted ones) with the refusals in ``error``.
    """
    context = ssl_context or ssl.create_default_context()
    client: smtplib.SMTP | None = None
    refused: dict[str, tuple[int, bytes]] = {}
    message_id = message.get("Message-ID", "")
    try:
        if config.ssl:
            client = smtplib.SMTP_SSL(config.host, config.port, timeout=config.timeout,
                                      context=context)
        else:
            client = smtplib.SMTP(config.host, config.port, timeout=config.timeout)
        client.ehlo()
        if config.starttls:
            client.starttls(context=context)
            client.ehlo()
        if config.username:
            client.login(config.username, config.password or "")
        refused = client.send_message(message)
    except Exception as exc:  # noqa: BLE001 - every failure becomes a result
        result = _classify(exc, config)
        log.warning("mail not sent: %s", result.error,
                    extra={"smtp": config.where, "message_id": message_id,
                           "outcome": result.outcome})
        return result
    finally:
        # After send_message returned the server has the message: a failing
        # QUIT must not turn that into a retry (and a duplicate).
        if client is not None:
            try:
                client.quit()
            except (smtplib.SMTPException, OSError):
                client.close()
    if refused:
        text = "; ".join(f"{addr}: {code} {msg.decode('utf-8', 'replace')}"
                         for addr, (code, msg) in refused.items())
        log.warning("mail sent, some recipients refused: %s", text,
                    extra={"smtp": config.where, "message_id": message_id})
        return DeliveryResult("sent", 250, f"some recipients refused: {text}")
    log.info("mail sent", extra={"smtp": config.where, "message_id": message_id})
    return DeliveryResult.sent(250)


def eml_name(message_id: str) -> str:
    """The file name for a Message-ID: ``<a.b@c>`` → ``a.b@c.eml`` (unsafe characters → ``_``)."""
    stem = re.sub(r"[^A-Za-z0-9._@+=-]", "_", message_id.strip().strip("<>")).lstrip(".")
    if not stem:
        raise ValueError(f"cannot make a file name from Message-ID {message_id!r}")
    return stem[:200] + ".eml"


def write_eml(mail_dir: str | os.PathLike[str], message: EmailMessage | Message) -> DeliveryResult:
    """Write ``message`` to ``<mail_dir>/<Message-ID>.eml`` atomically (temp file, fsync, rename).

    The same Message-ID (see :func:`notifications.digest.digest_message_id`)
    overwrites the same file, so a retry never leaves a second copy. A reader
    never sees a half-written ``.eml``: partial files are hidden ``.tmp-*``.
    """
    message_id = message.get("Message-ID")
    if not message_id:
        raise ValueError("the message has no Message-ID header; build it with build_message()")
    directory = Path(mail_dir)
    target = directory / eml_name(str(message_id))
    tmp_name: str | None = None
    try:
        directory.mkdir(parents=True, exist_ok=True)
        data = message.as_bytes()
        with tempfile.NamedTemporaryFile("wb", dir=directory, prefix=".tmp-", suffix=".eml",
                                         delete=False) as handle:
            tmp_name = handle.name
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
        try:
            dir_fd = os.open(directory, os.O_RDONLY)
        except OSError:  # pragma: no cover - e.g. Windows cannot open directories
            pass
        else:
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
    except OSError as exc:
        return DeliveryResult.retry(f"cannot write {target}: {exc.strerror or exc}")
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
    log.info("mail written", extra={"path": str(target), "message_id": str(message_id)})
    return DeliveryResult.sent()
