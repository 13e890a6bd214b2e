"""The exceptions raised by ``notifications``.

Only *validation* is reported by exception: bad input from a person or a config
file (an address, a time zone, a filter, a webhook URL, a secret). Each class
subclasses the built-in with the same meaning (``ValueError``) and builds its
message in ``__init__``, so the message always says what is wrong *and* how to
fix it. Catch :class:`NotificationsError` to catch them all::

    NotificationsError
    ├── InvalidAddress      (ValueError)  an email address or display name
    ├── UnknownTimezone     (ValueError)  not an IANA zone name
    ├── InvalidSchedule     (ValueError)  kind / time of day / weekday
    ├── InvalidFilter       (ValueError)  country / topic / language / min score
    ├── InvalidWebhook      (ValueError)  URL, format, missing chat id or token
    ├── InvalidSecret       (ValueError)  a signing secret that is too short
    └── InvalidSmtpConfig   (ValueError)  contradictory SMTP settings

A failed *delivery* (mail server down, receiver answering 500) is not an
exception: the senders return a :class:`notifications.model.DeliveryResult`
with ``outcome`` ``"sent"``, ``"retry"`` or ``"dead"``.
"""

from __future__ import annotations

from collections.abc import Iterable


class NotificationsError(Exception):
    """Base class of every exception raised by ``notifications``."""


class InvalidAddress(NotificationsError, ValueError):
    def __init__(self, value: str, reason: str) -> None:
        self.value = value
        self.reason = reason
        super().__init__(
            f"invalid email address {value!r}: {reason}; "
            "write it as name@example.org (one address, no spaces or line breaks)"
        )


class UnknownTimezone(NotificationsError, ValueError):
    def __init__(self, value: object, suggestion: str | None = None) -> None:
        self.value = value
        self.suggestion = suggestion
        hint = f"did you mean {suggestion!r}? " if suggestion else ""
        super().__init__(
            f"unknown time zone {value!r}: {hint}use an IANA zone name such as "
            "'Asia/Almaty', 'Asia/Tashkent', 'Europe/Berlin' or 'UTC' "
            "(see https://en.wikipedia.org/wiki/List_of_tz_database_time_zones); "
            "if every zone is unknown, install the 'tzdata' package"
        )


class InvalidSchedule(NotificationsError, ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(f"invalid schedule: {message}")


class InvalidFilter(NotificationsError, ValueError):
    def __init__(self, field: str, bad: Iterable[str], valid: Iterable[str] | None = None,
                 hint: str | None = None) -> None:
        self.field = field
        self.bad = tuple(bad)
        shown = ", ".join(repr(b) for b in self.bad)
        noun = "value" if len(self.bad) == 1 else "values"
        message = f"unknown {field} {noun} {shown}"
        if valid is not None:
            message += f"; valid {field} values: {', '.join(valid)}"
        if hint:
            message += f"; {hint}"
        super().__init__(message)


class InvalidWebhook(NotificationsError, ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(f"invalid webhook: {message}")


class InvalidSecret(NotificationsError, ValueError):
    def __init__(self, what: str, minimum: int) -> None:
        super().__init__(
            f"{what} is too short: use at least {minimum} random bytes, e.g. the output of "
            "`python -c 'import secrets; print(secrets.token_urlsafe(32))'`"
        )


class InvalidSmtpConfig(NotificationsError, ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(f"invalid SMTP settings: {message}")
