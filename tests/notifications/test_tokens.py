from __future__ import annotations

import base64

import pytest

from notifications.errors import InvalidSecret
from notifications.tokens import confirm_url, make_token, unsubscribe_url, verify_token

SECRET = "a-server-secret-of-enough-length"
OTHER = "another-server-secret-0123456789"


def test_round_trip() -> None:
    token = make_token(SECRET, "unsubscribe", 42)
    assert verify_token(SECRET, "unsubscribe", token) == 42


def test_tokens_are_url_safe_and_fresh_each_time() -> None:
    tokens = {make_token(SECRET, "confirm", 1) for _ in range(50)}
    assert len(tokens) == 50
    for token in tokens:
        assert set(token) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        assert verify_token(SECRET, "confirm", token) == 1


def _flip(token: str, index: int) -> str:
    raw = bytearray(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    raw[index] ^= 0x01
    return base64.urlsafe_b64encode(bytes(raw)).rstrip(b"=").decode()


GOOD = make_token(SECRET, "unsubscribe", 42)


@pytest.mark.parametrize(
    ("secret", "purpose", "token"),
    [
        pytest.param(OTHER, "unsubscribe", GOOD, id="other-secret"),
        pytest.param(SECRET, "confirm", GOOD, id="other-purpose"),
        pytest.param(SECRET, "unsubscribe", _flip(GOOD, 8), id="subscriber-id-changed"),
        pytest.param(SECRET, "unsubscribe", _flip(GOOD, 12), id="nonce-changed"),
        pytest.param(SECRET, "unsubscribe", _flip(GOOD, -1), id="mac-changed"),
        pytest.param(SECRET, "unsubscribe", _flip(GOOD, 0), id="version-changed"),
        pytest.param(SECRET, "unsubscribe", GOOD[:-2], id="truncated"),
        pytest.param(SECRET, "unsubscribe", GOOD + "AA", id="extended"),
        pytest.param(SECRET, "unsubscribe", "", id="empty"),
        pytest.param(SECRET, "unsubscribe", "not a token!", id="bad-characters"),
        pytest.param(SECRET, "unsubscribe", "A", id="bad-padding"),
        pytest.param(SECRET, "unsubscribe", "A" * 5000, id="huge"),
        pytest.param(SECRET, "unsubscribe", None, id="none"),
    ],
)
def test_verify_rejects(secret: str, purpose: str, token: str) -> None:
    assert verify_token(secret, purpose, token) is None


@pytest.mark.parametrize("subscriber_id", [0, 1, 2**31, 2**63 - 1], ids=str)
def test_id_range(subscriber_id: int) -> None:
    assert verify_token(SECRET, "confirm", make_token(SECRET, "confirm", subscriber_id)) \
        == subscriber_id


def test_bytes_secret_and_weak_secret() -> None:
    assert verify_token(SECRET.encode(), "confirm", make_token(SECRET, "confirm", 5)) == 5
    with pytest.raises(InvalidSecret, match="token_urlsafe"):
        make_token("short", "confirm", 1)
    with pytest.raises(ValueError, match="purpose"):
        make_token(SECRET, "reset-password", 1)
    with pytest.raises(ValueError, match="range"):
        make_token(SECRET, "confirm", -1)


@pytest.mark.parametrize(
    ("base", "expected"),
    [
        pytest.param("https://news.example.org", "https://news.example.org/unsubscribe/T",
                     id="bare"),
        pytest.param("https://news.example.org/", "https://news.example.org/unsubscribe/T",
                     id="trailing-slash"),
        pytest.param("https://example.org/monitor/", "https://example.org/monitor/unsubscribe/T",
                     id="path-prefix"),
    ],
)
def test_links(base: str, expected: str) -> None:
    assert unsubscribe_url(base, "T") == expected
    assert confirm_url(base, "T") == expected.replace("/unsubscribe/", "/confirm/")


def test_links_need_absolute_http_base() -> None:
    with pytest.raises(ValueError, match="absolute"):
        unsubscribe_url("news.example.org", "T")


@pytest.mark.parametrize(("now", "expected"), [
    (1_000.0, 7), (1_999.0, 7), (2_000.0, 7), (2_001.0, None),
], ids=["fresh", "just-before", "at-expiry", "expired"])
def test_expiring_tokens(now: float, expected: int | None) -> None:
    token = make_token(SECRET, "confirm", 7, expires_at=2_000)
    assert verify_token(SECRET, "confirm", token, now=now) == expected


def test_the_expiry_is_signed() -> None:
    token = make_token(SECRET, "confirm", 7, expires_at=2_000)
    assert verify_token(SECRET, "confirm", _flip(token, 16), now=1_000) is None


def test_preferences_tokens_are_their_own_purpose() -> None:
    token = make_token(SECRET, "preferences", 3)
    assert verify_token(SECRET, "preferences", token) == 3
    assert verify_token(SECRET, "unsubscribe", token) is None


@pytest.mark.parametrize(("binding", "expected"), [
    ("ann@example.org|2026-11-03T09:00:00+00:00", 9),
    ("ann@example.org|2026-11-04T09:00:00+00:00", None),
    ("", None),
], ids=["same-subscription", "another-subscription", "unbound"])
def test_bound_tokens(binding: str, expected: int | None) -> None:
    token = make_token(SECRET, "unsubscribe", 9, binding="ann@example.org|2026-11-03T09:00:00+00:00")
    assert verify_token(SECRET, "unsubscribe", token, binding=binding) == expected


def test_token_subject_reads_the_id_without_verifying() -> None:
    from notifications.tokens import token_subject

    assert token_subject(make_token(SECRET, "confirm", 12, expires_at=5, binding="x")) == 12
    assert token_subject(make_token(OTHER, "unsubscribe", 3)) == 3
    assert token_subject("not a token") is None and token_subject("AAAA") is None
