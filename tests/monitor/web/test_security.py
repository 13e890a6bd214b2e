"""CSRF tokens, admin sessions, origin checks, rate limits, log redaction (pure, table-driven)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from monitor.notify.subscribe import CONFIRM_LIMITS, RateLimit, allowed
from monitor.web.security import (
    SESSION_SECONDS,
    RateLimiter,
    cross_site,
    csrf_ok,
    csrf_token,
    make_session,
    redacted_path,
    session_nonce,
    token_matches,
)

SECRET = "link-signing-key-0123456789abcdef"
GOOD = csrf_token(SECRET, "binding-1")


@pytest.mark.parametrize(("secret", "binding", "given", "ok"), [
    (SECRET, "binding-1", GOOD, True),
    (SECRET, "binding-2", GOOD, False),
    ("another-secret-0123456789abcdef", "binding-1", GOOD, False),
    (SECRET, "binding-1", GOOD[:-1], False),
    (SECRET, "binding-1", "", False),
    (SECRET, "binding-1", None, False),
    (SECRET, None, GOOD, False),
    (SECRET, "", csrf_token(SECRET, ""), False),
], ids=["genuine", "other-binding", "other-secret", "truncated", "empty", "missing",
        "no-cookie", "empty-binding"])
def test_csrf(secret: str, binding: str | None, given: str | None, ok: bool) -> None:
    assert csrf_ok(secret, binding, given) is ok


ADMIN = "admin-token-0123456789abcdef"
T = 1_800_000_000.0
SESSION = make_session(SECRET, ADMIN, T, nonce="n0nce")


@pytest.mark.parametrize(("cookie", "admin_token", "now", "nonce"), [
    (SESSION, ADMIN, T + 60, "n0nce"),
    (SESSION, ADMIN, T + SESSION_SECONDS + 1, None),
    (SESSION, "a-new-admin-token-0123456789", T + 60, None),
    (SESSION, "", T + 60, None),
    (SESSION.replace("n0nce", "other"), ADMIN, T + 60, None),
    (str(int(T + 10**6)) + SESSION[SESSION.index("."):], ADMIN, T + 60, None),
    ("garbage", ADMIN, T, None),
    (None, ADMIN, T, None),
], ids=["live", "expired", "token-changed", "admin-off", "nonce-swapped", "expiry-extended",
        "garbage", "none"])
def test_admin_session(cookie: str | None, admin_token: str, now: float, nonce: str | None) -> None:
    assert session_nonce(SECRET, admin_token, cookie, now) == nonce


@pytest.mark.parametrize(("admin_token", "given", "ok"), [
    (ADMIN, ADMIN, True), (ADMIN, ADMIN + "x", False), (ADMIN, None, False), ("", "", False),
], ids=["right", "wrong", "missing", "admin-off"])
def test_token_matches(admin_token: str, given: str | None, ok: bool) -> None:
    assert token_matches(admin_token, given) is ok


@pytest.mark.parametrize(("headers", "refused"), [
    ({}, False),
    ({"sec-fetch-site": "same-origin"}, False),
    ({"sec-fetch-site": "none"}, False),
    ({"sec-fetch-site": "cross-site"}, True),
    ({"sec-fetch-site": "same-site"}, True),
    ({"origin": "https://news.example.org", "host": "news.example.org"}, False),
    ({"origin": "https://evil.example", "host": "news.example.org"}, True),
    ({"origin": "null", "host": "news.example.org"}, True),
    ({"sec-fetch-site": "same-origin", "origin": "https://evil.example", "host": "a"}, False),
], ids=["no-headers", "same-origin", "typed-url", "cross-site", "same-site", "origin-same",
        "origin-other", "origin-null", "fetch-metadata-wins"])
def test_cross_site(headers: dict[str, str], refused: bool) -> None:
    assert cross_site(headers) is refused


T0 = datetime(2026, 11, 6, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("previous", "ok"), [
    ([], True),
    ([T0 - timedelta(minutes=5)], False),
    ([T0 - timedelta(minutes=11)], True),
    ([T0 - timedelta(hours=h) for h in (1, 2)], True),
    ([T0 - timedelta(hours=h) for h in (1, 2, 3)], False),
    ([T0 - timedelta(hours=h) for h in (1, 2, 25)], True),
], ids=["first", "within-10-minutes", "after-10-minutes", "third-of-the-day", "fourth-of-the-day",
        "one-is-a-day-old"])
def test_confirmation_email_limits(previous: list[datetime], ok: bool) -> None:
    assert allowed(previous, T0, CONFIRM_LIMITS) is ok


def test_rate_limiter_counts_per_key_and_forgets_old_events() -> None:
    now = [T0]
    limiter = RateLimiter((RateLimit(2, timedelta(minutes=1)),), clock=lambda: now[0])
    assert limiter.hit("a") and limiter.hit("a")
    assert not limiter.hit("a")
    assert limiter.hit("b")
    now[0] += timedelta(seconds=61)
    assert limiter.hit("a")


def test_rate_limiter_stays_bounded_under_a_flood_of_keys() -> None:
    limiter = RateLimiter((RateLimit(1, timedelta(minutes=1)),), max_keys=100, clock=lambda: T0)
    for n in range(1000):
        limiter.hit(f"10.0.{n // 256}.{n % 256}")
    assert len(limiter._hits) <= 101


@pytest.mark.parametrize(("path", "logged"), [
    ("/unsubscribe/AbC-123_x", "/unsubscribe/…"),
    ("/confirm/tok", "/confirm/…"),
    ("/preferences/tok", "/preferences/…"),
    ("/stories/12", "/stories/12"),
    ("/", "/"),
], ids=["unsubscribe", "confirm", "preferences", "story", "root"])
def test_log_paths_never_hold_tokens(path: str, logged: str) -> None:
    assert redacted_path(path) == logged
