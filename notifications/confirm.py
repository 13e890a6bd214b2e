"""The confirmation email of double opt-in: one message with the link that confirms an address.

Rendered from ``templates/confirm.txt`` and ``confirm.html`` (autoescaped) and built as a
``multipart/alternative`` message with the digests' policy. It has no ``List-Unsubscribe``:
it is the one email an unconfirmed address gets, sent because someone asked for it, and
ignoring it is how one says no (nothing else is ever sent to that address).
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import jinja2

from notifications.message import MAIL_POLICY, RenderedDigest, _checked_mailbox
from notifications.text import safe_url, wrap

CONFIRM_SUBJECT = "Confirm your subscription — China–Central Asia science & education"

_ENV = {escape: jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).with_name("templates")), autoescape=escape,
    undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
    keep_trailing_newline=True) for escape in (True, False)}
_ENV[False].filters["wrap"] = wrap


def render_confirmation(*, email: str, confirm_url: str, expires: str, schedule: str,
                        filters: str, public_url: str) -> RenderedDigest:
    """The subject and both parts; ``expires`` and the rest are display text."""
    if safe_url(confirm_url) is None:
        raise ValueError(f"the confirmation URL must be http(s), got {confirm_url!r}")
    context = {"subject": CONFIRM_SUBJECT, "email": email, "confirm_url": confirm_url,
               "expires": expires, "schedule": schedule, "filters": filters,
               "public_url": public_url}
    return RenderedDigest(
        subject=CONFIRM_SUBJECT,
        html=_ENV[True].get_template("confirm.html").render(context),
        text=_ENV[False].get_template("confirm.txt").render(context))


def build_confirmation(rendered: RenderedDigest, *, mail_from: str, to: str, message_id: str,
                       date: datetime) -> EmailMessage:
    message = EmailMessage(policy=MAIL_POLICY)
    message["Subject"] = rendered.subject
    message["From"] = _checked_mailbox(mail_from, "sender")
    message["To"] = _checked_mailbox(to, "recipient")
    message["Date"] = format_datetime(date)
    message["Message-ID"] = message_id
    message["Auto-Submitted"] = "auto-generated"
    # The text part is ASCII (the template is), sent as 7bit so that the link stays on one line
    # even in the raw message (quoted-printable would break it at 76 characters).
    message.set_content(rendered.text, cte="7bit" if rendered.text.isascii() else "quoted-printable")
    message.add_alternative(rendered.html, subtype="html", cte="quoted-printable")
    return message
