"""Signed, unguessable tokens for the confirmation and unsubscribe links.

A token is URL-safe base64 (no padding) of::

    version (1 byte, 1) | subscriber id (8 bytes, big-endian) | nonce (16 random bytes)
    | HMAC-SHA256(secret, "ca-news-monitor/token/v1" NUL purpose NUL id | nonce) (32 bytes)

so it carries the subscriber id, cannot be forged or guessed without the
server secret, and a token made for one purpose (``"confirm"``) is refused
for another (``"unsubscribe"``). Nothing needs storing: verification
recomputes the MAC and compares it in constant time. Tokens made without
``expires_at`` do not expire (an unsubscribe link in a year-old email must
still work); rotating the secret invalidates every outstanding link.

A token made with ``expires_at`` (the confirmation link) is version 2: the
expiry (8 bytes, Unix seconds) follows the subscriber id and is covered by
the MAC, and :func:`verify_token` refuses it after that time.

A ``binding`` (any text, not carried in the token) is covered by the MAC too:
the service binds its tokens to the subscription (address and creation
time), so a token stays with the person it was made for even if the
subscription is deleted and its row id later given to someone else.
Verifying needs the same binding: read the id with :func:`token_subject`
(unverified), load the subscription, then :func:`verify_token`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets
import struct
import time
from urllib.parse import urlsplit

from notifications.errors import InvalidSecret

PURPOSES = ("confirm", "unsubscribe", "preferences")
MIN_SECRET_BYTES = 16
_VERSION = 1
_VERSION_EXPIRING = 2
_NONCE = 16
_MAC = 32
_LENGTH = 1 + 8 + _NONCE + _MAC
_LENGTHS = {_VERSION: _LENGTH, _VERSION_EXPIRING: _LENGTH + 8}
_DOMAIN = b"ca-news-monitor/token/v1"
_TOKEN_CHARS = re.compile(r"^[A-Za-z0-9_-]+$")


def _key(secret: str | bytes) -> bytes:
    key = secret.encode() if isinstance(secret, str) else bytes(secret)
    if len(key) < MIN_SECRET_BYTES:
        raise InvalidSecret("the token secret", MIN_SECRET_BYTES)
    return key


def _check_purpose(purpose: str) -> bytes:
    if purpose not in PURPOSES:
        raise ValueError(f"unknown token purpose {purpose!r}: use one of {', '.join(PURPOSES)}")
    return purpose.encode()


def _mac(key: bytes, purpose: bytes, body: bytes, binding: str = "") -> bytes:
    bound = b"\0" + binding.encode() if binding else b""
    return hmac.new(key, _DOMAIN + b"\0" + purpose + b"\0" + body + bound, hashlib.sha256).digest()


def make_token(secret: str | bytes, purpose: str, subscriber_id: int, *,
               expires_at: float | None = None, binding: str = "") -> str:
    """A fresh token for ``purpose`` (one of :data:`PURPOSES`) and a subscriber; with
    ``expires_at`` (Unix seconds) it is refused after that time; with ``binding`` it verifies
    only with the same binding."""
    key = _key(secret)
    if not 0 <= subscriber_id < 2**63:
        raise ValueError(f"subscriber id out of range: {subscriber_id}")
    if expires_at is None:
        head = struct.pack(">BQ", _VERSION, subscriber_id)
    else:
        head = struct.pack(">BQQ", _VERSION_EXPIRING, subscriber_id, int(expires_at))
    body = head + secrets.token_bytes(_NONCE)
    raw = body + _mac(key, _check_purpose(purpose), body, binding)
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _decode(token: str) -> bytes | None:
    if not isinstance(token, str) or len(token) > 200 or not _TOKEN_CHARS.match(token):
        return None
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (binascii.Error, ValueError):
        return None
    return raw if raw and len(raw) == _LENGTHS.get(raw[0]) else None


def token_subject(token: str) -> int | None:
    """The subscriber id a well-formed token names, **unverified** (to load the subscription
    whose binding :func:`verify_token` needs). Never raises."""
    raw = _decode(token)
    return int(struct.unpack(">Q", raw[1:9])[0]) if raw is not None else None


def verify_token(secret: str | bytes, purpose: str, token: str, *,
                 now: float | None = None, binding: str = "") -> int | None:
    """The subscriber id if ``token`` is genuine, made for ``purpose`` (and ``binding``) and not
    expired (at ``now``, Unix seconds; default the current time), else ``None``.

    Never raises on a malformed token (it comes from a URL anyone can type).
    """
    key = _key(secret)
    purpose_bytes = _check_purpose(purpose)
    raw = _decode(token)
    if raw is None:
        return None
    body, mac = raw[: -_MAC], raw[-_MAC:]
    if not hmac.compare_digest(mac, _mac(key, purpose_bytes, body, binding)):
        return None
    (subscriber_id,) = struct.unpack(">Q", body[1:9])
    if raw[0] == _VERSION_EXPIRING:
        (expires_at,) = struct.unpack(">Q", body[9:17])
        if (time.time() if now is None else now) > expires_at:
            return None
    return int(subscriber_id)


def _base(public_url: str) -> str:
    parts = urlsplit(public_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(
            f"public URL {public_url!r} must be absolute http(s), e.g. https://news.example.org"
        )
    return public_url.rstrip("/")


def unsubscribe_url(public_url: str, token: str) -> str:
    """``<public_url>/unsubscribe/<token>``.

    The web side must answer GET with a page holding a button (mail scanners
    follow links, so GET must not unsubscribe) and POST with the unsubscribe
    itself: that POST is also what RFC 8058 one-click sends, with the body
    ``List-Unsubscribe=One-Click``.
    """
    return f"{_base(public_url)}/unsubscribe/{token}"


def preferences_url(public_url: str, token: str) -> str:
    """``<public_url>/preferences/<token>`` (a ``"preferences"`` token): change schedule and filters."""
    return f"{_base(public_url)}/preferences/{token}"


def confirm_url(public_url: str, token: str) -> str:
    """``<public_url>/confirm/<token>`` (same GET-shows-a-button rule as unsubscribe)."""
    return f"{_base(public_url)}/confirm/{token}"
