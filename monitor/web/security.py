"""What keeps the web side safe: CSRF tokens, the admin session, origin checks, rate limits,
security headers and an access log that never shows a token.

* **CSRF**: a POST whose ``Sec-Fetch-Site`` (or, without it, ``Origin``) says it comes from
  another site is refused before any form is read. Forms that act for a cookie carry ``csrf`` =
  HMAC(secret, "csrf" | binding): the admin session's nonce (admin forms), or the random nonce
  of a ``SameSite=Strict`` cookie set with the form (``/subscribe``, the admin sign-in: the
  double-submit pattern, signed); a cross-site page can read neither, so it cannot make the
  field. The forms of the emailed links (``/confirm/…``, ``/preferences/…``) are proven by the
  link's own signed token, which a cross-site page cannot know (their pages still carry the
  field bound to that token, and a field made for another link is refused). The RFC 8058
  one-click unsubscribe ``POST /unsubscribe/{token}`` is sent by mail providers with no cookie
  and no page; its signed URL is its proof.
* **Admin session**: ``expires.nonce.mac`` in an ``HttpOnly``, ``SameSite=Strict`` cookie; the
  MAC covers a digest of ``MONITOR_ADMIN_TOKEN``, so changing the token ends every session.
* Cookies are ``Secure`` when the request came over https (as the proxy in front says with
  ``X-Forwarded-Proto``), so a plain-http test on loopback still works.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import secrets
import time
from collections import deque
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from urllib.parse import urlsplit

from monitor.notify.subscribe import RateLimit, allowed

log = logging.getLogger("monitor.web")

CSRF_FIELD = "csrf"
CSRF_COOKIE = "monitor_csrf"
SESSION_COOKIE = "monitor_admin"
SESSION_SECONDS = 12 * 3600

SECURITY_HEADERS = (
    (b"content-security-policy",
     b"default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
     b"frame-ancestors 'none'; base-uri 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


def _mac(secret: str, *parts: str) -> str:
    digest = hmac.new(secret.encode(), "\0".join(parts).encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:24]).decode("ascii")


def csrf_token(secret: str, binding: str) -> str:
    return _mac(secret, "csrf", binding)


def csrf_ok(secret: str, binding: str | None, given: str | None) -> bool:
    """The form's ``csrf`` field is the one made for ``binding`` (constant-time)."""
    if not binding or not given:
        return False
    return hmac.compare_digest(csrf_token(secret, binding), given)


def new_nonce() -> str:
    return secrets.token_urlsafe(18)


def make_session(secret: str, admin_token: str, now: float, nonce: str | None = None) -> str:
    expires = str(int(now + SESSION_SECONDS))
    nonce = nonce or new_nonce()
    return f"{expires}.{nonce}.{_mac(secret, 'admin', expires, nonce, _digest(admin_token))}"


def session_nonce(secret: str, admin_token: str, cookie: str | None, now: float) -> str | None:
    """The session's nonce when ``cookie`` is a live session for this admin token, else None."""
    if not admin_token or not cookie or cookie.count(".") != 2:
        return None
    expires, nonce, mac = cookie.split(".")
    if not (expires.isascii() and expires.isdigit()) or int(expires) < now:
        return None
    expected = _mac(secret, "admin", expires, nonce, _digest(admin_token))
    return nonce if hmac.compare_digest(expected, mac) else None


def token_matches(admin_token: str, given: str | None) -> bool:
    """``given`` is the admin token (constant-time); never true while admin is off."""
    return bool(admin_token) and given is not None and hmac.compare_digest(
        _digest(admin_token), _digest(given))


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def cross_site(headers: Mapping[str, str]) -> bool:
    """True when a browser says the request comes from another site (Fetch metadata, then
    ``Origin`` against ``Host``). Requests with neither header (curl, mail providers' one-click
    POSTs, tests) are not browsers' cross-site requests and pass."""
    site = headers.get("sec-fetch-site")
    if site is not None:
        return site not in ("same-origin", "none")
    origin = headers.get("origin")
    if origin is None:
        return False
    if origin == "null":
        return True
    return urlsplit(origin).netloc.lower() != headers.get("host", "").lower()


class RateLimiter:
    """In-memory sliding windows per key (a client address): a brake on floods of one
    instance. Per-address limits that must hold across instances live in the database
    (:func:`monitor.notify.subscribe.allowed` over the outbox)."""

    def __init__(self, limits: tuple[RateLimit, ...], *, max_keys: int = 10_000,
                 clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> None:
        self.limits = limits
        self.max_keys = max_keys
        self.clock = clock
        self._hits: dict[str, deque[datetime]] = {}
        self._span = max(limit.window for limit in limits)

    def hit(self, key: str) -> bool:
        """Count one event for ``key``; False (and not counted) when it is over a limit."""
        now = self.clock()
        times = self._hits.setdefault(key, deque())
        while times and now - times[0] > self._span:
            times.popleft()
        if not allowed(times, now, self.limits):
            return False
        times.append(now)
        if len(self._hits) > self.max_keys:
            self._prune(now)
        return True

    def _prune(self, now: datetime) -> None:
        for key in [k for k, t in self._hits.items() if not t or now - t[-1] > self._span]:
            del self._hits[key]
        while len(self._hits) > self.max_keys:  # a flood of distinct keys: forget the oldest
            del self._hits[next(iter(self._hits))]


def redacted_path(path: str) -> str:
    """A path for the log with link tokens cut: ``/unsubscribe/AbC…`` → ``/unsubscribe/…``."""
    parts = path.split("/")
    if len(parts) >= 3 and parts[1] in ("confirm", "unsubscribe", "preferences"):
        parts[2] = "…"
    return "/".join(parts)


def route_of(scope: dict) -> str:  # type: ignore[type-arg]
    """The matched route's template (``/stories/{story_id}``): a bounded label for metrics."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    if isinstance(path, str):
        return path
    return "/static" if scope.get("path", "").startswith("/static/") else "unmatched"


class SecurityHeaders:
    """ASGI middleware: the security headers on every answer, one access-log line per request
    (method, path with tokens cut, status, milliseconds; never the query string), and the
    request told to ``observe(method, route, status, seconds)`` (the metrics)."""

    def __init__(self, app: Callable, *, no_store: tuple[str, ...] = (),  # type: ignore[type-arg]
                 observe: Callable[[str, str, int, float], None] | None = None) -> None:
        self.app = app
        self.no_store = no_store
        self.observe = observe

    async def __call__(self, scope, receive, send) -> None:  # type: ignore[no-untyped-def]
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        path = scope.get("path", "")
        status = 500

        async def send_with_headers(message) -> None:  # type: ignore[no-untyped-def]
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                if path.startswith(self.no_store) and b"cache-control" not in present:
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            seconds = time.perf_counter() - started
            quiet = path in ("/livez", "/readyz", "/metrics") or path.startswith("/static/")
            log.log(logging.DEBUG if quiet else logging.INFO, "http", extra={"fields": {
                "method": scope.get("method"), "path": redacted_path(path), "status": status,
                "ms": int(seconds * 1000)}})
            if self.observe is not None:
                self.observe(scope.get("method", "?"), route_of(scope), status, seconds)
