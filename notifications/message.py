"""The MIME message for a rendered digest: addresses, Message-ID, one-click unsubscribe."""

from __future__ import annotations

import email.policy
import re
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid, parseaddr
from dataclasses import dataclass

from notifications.errors import InvalidAddress
from notifications.model import validate_email
from notifications.text import is_loopback_url, safe_url


@dataclass(frozen=True)
class RenderedDigest:
    """A digest rendered for one subscriber (:func:`notifications.digest.render_digest`)."""

    subject: str
    html: str
    text: str


def format_address(email: str, name: str = "") -> str:
    """``"Name <email>"`` (RFC 5322-quoted as needed), validating both."""
    address = validate_email(email)
    if any(ord(ch) < 32 for ch in name):
        raise InvalidAddress(name, "the display name contains line breaks or control characters")
    return formataddr((name.strip(), address)) if name.strip() else address


def _checked_mailbox(value: str, what: str) -> str:
    if any(ch in value for ch in "\r\n"):
        raise InvalidAddress(value, f"the {what} contains a line break")
    name, address = parseaddr(value)
    if not address:
        raise InvalidAddress(value, f"the {what} has no address")
    return format_address(address, name)


def digest_message_id(key: str | int, domain: str) -> str:
    """A deterministic ``Message-ID`` for one delivery (pass the outbox row id as ``key``).

    Rebuilding the message for a retry with the same id lets receivers and
    :func:`notifications.mail.write_eml` recognise it as the same message.
    """
    safe = re.sub(r"[^A-Za-z0-9.-]", "-", str(key))
    return f"<digest.{safe}@{domain}>"


class _DigestPolicy(email.policy.EmailPolicy):
    """``email.policy.SMTP`` that never folds or encodes the ``List-Unsubscribe`` headers.

    The stock policy turns a URL longer than a line into RFC 2047 encoded words,
    which no mail client reads as a link. These headers are ASCII by
    construction and stay far below the 998-character line limit.
    """

    _verbatim = frozenset({"list-unsubscribe", "list-unsubscribe-post"})

    def fold(self, name: str, value: str) -> str:
        if name.lower() in self._verbatim:
            return f"{name}: {value}{self.linesep}"
        return str(super().fold(name, value))

    def fold_binary(self, name: str, value: str) -> bytes:
        if name.lower() in self._verbatim:
            return f"{name}: {value}{self.linesep}".encode("ascii")
        return bytes(super().fold_binary(name, value))


# 76, not the default 78: the policy's line length is also used for the
# quoted-printable body, where RFC 2045 allows at most 76 characters a line.
MAIL_POLICY = _DigestPolicy(linesep="\r\n", max_line_length=76)


def build_message(rendered: RenderedDigest, *, mail_from: str, to: str, message_id_domain: str,
                  unsubscribe_url: str, unsubscribe_mailto: str | None = None,
                  message_id: str | None = None, date: datetime | None = None) -> EmailMessage:
    """A multipart/alternative message (text, then HTML) with one-click unsubscribe (RFC 8058).

    ``mail_from`` and ``to`` may be ``"Name <addr>"`` or a bare address. Give
    ``message_id`` (see :func:`digest_message_id`) and ``date`` to make the
    message reproducible across retries; otherwise a fresh id and now are used.
    """
    secure = unsubscribe_url.startswith("https://") or (
        unsubscribe_url.startswith("http://") and is_loopback_url(unsubscribe_url))
    if safe_url(unsubscribe_url) is None or not secure \
            or not unsubscribe_url.isascii() or any(ch in unsubscribe_url for ch in "<>,"):
        raise ValueError(
            f"the unsubscribe URL must be an ASCII https URL (RFC 8058; http only on a loopback "
            f"address), got {unsubscribe_url!r}"
        )
    message = EmailMessage(policy=MAIL_POLICY)
    message["Subject"] = rendered.subject
    message["From"] = _checked_mailbox(mail_from, "sender")
    message["To"] = _checked_mailbox(to, "recipient")
    message["Date"] = format_datetime(date or datetime.now().astimezone())
    message["Message-ID"] = message_id or make_msgid(idstring="digest", domain=message_id_domain)
    unsubscribe = f"<{unsubscribe_url}>"
    if unsubscribe_mailto:
        mailto = unsubscribe_mailto if unsubscribe_mailto.startswith("mailto:") \
            else f"mailto:{unsubscribe_mailto}"
        if any(ch in mailto for ch in "\r\n<>, ") or not mailto.isascii():
            raise ValueError(f"invalid unsubscribe mailto {unsubscribe_mailto!r}")
        unsubscribe += f", <{mailto}>"
    message["List-Unsubscribe"] = unsubscribe
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message["Auto-Submitted"] = "auto-generated"
    # Quoted-printable keeps both parts readable in the source and avoids
    # spam-filter rules against base64-encoded text.
    message.set_content(rendered.text, cte="quoted-printable")
    message.add_alternative(rendered.html, subtype="html", cte="quoted-printable")
    return message
