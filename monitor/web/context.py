"""What every route shares: the :class:`WebContext` (settings, engine, key, metrics, limits),
the page templates and small helpers for answers."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse
from sqlalchemy import Engine

from monitor import __version__
from monitor.notify.subscribe import RateLimit
from monitor.settings import Settings
from monitor.web.metrics import Metrics
from monitor.web.security import (
    CSRF_COOKIE,
    SESSION_COOKIE,
    RateLimiter,
    csrf_token,
    new_nonce,
    session_nonce,
)

TEMPLATES = Path(__file__).with_name("templates")
STATIC = Path(__file__).with_name("static")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class RulesInfo:
    threshold: float | None
    why: dict[str, str]  # rule id -> its explanation


@dataclass
class WebContext:
    settings: Settings
    engine: Engine
    secret: str  # the link-signing key (monitor.notify.signing.token_secret)
    metrics: Metrics
    scheduler: Callable[[], bool] | None = None  # None: no scheduler in this process (`monitor web`)
    clock: Callable[[], datetime] = utcnow
    # A brake per client address on one instance (the per-email limit is in the database).
    subscribe_limiter: RateLimiter = field(default_factory=lambda: RateLimiter(
        (RateLimit(10, timedelta(minutes=10)), RateLimit(50, timedelta(days=1)))))
    login_limiter: RateLimiter = field(default_factory=lambda: RateLimiter(
        (RateLimit(10, timedelta(minutes=10)),)))
    _rules: RulesInfo | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def admin_enabled(self) -> bool:
        return bool(self.settings.admin_token)

    def rules(self) -> RulesInfo:
        """The classifier's threshold and rule explanations (read once; the rules file may be
        unreadable here, e.g. a web-only container: then they are shown as unknown)."""
        with self._lock:
            if self._rules is None:
                try:
                    from classifiers.rules import load_ruleset

                    ruleset = load_ruleset(self.settings.rules or None)
                    self._rules = RulesInfo(ruleset.threshold, {r.id: r.why for r in ruleset.rules})
                except Exception:
                    self._rules = RulesInfo(None, {})
            return self._rules


def get_ctx(request: Request) -> WebContext:
    return request.app.state.ctx  # type: ignore[no-any-return]


def admin_nonce(request: Request) -> str | None:
    """The admin session's nonce when the request carries a live admin session."""
    ctx = get_ctx(request)
    return session_nonce(ctx.secret, ctx.settings.admin_token, request.cookies.get(SESSION_COOKIE),
                         ctx.clock().timestamp())


MAX_FORM = 16_384


async def read_form(request: Request) -> dict[str, list[str]]:
    """A posted ``application/x-www-form-urlencoded`` form (the only kind our pages send);
    empty when larger than :data:`MAX_FORM`."""
    body = await request.body()
    if len(body) > MAX_FORM:
        return {}
    return parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)


def form_value(form: dict[str, list[str]], name: str, default: str = "") -> str:
    return (form.get(name) or [default])[-1].strip()


def secure_cookies(request: Request) -> bool:
    return request.url.scheme == "https"


# --- templates ----------------------------------------------------------------------------------


def _date(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return value.astimezone(timezone.utc).strftime(fmt) + " UTC" if value else "never"


def _day(value: datetime | None) -> str:
    return value.astimezone(timezone.utc).strftime("%d %b %Y") if value else ""


def _ago(value: datetime | None, now: datetime | None = None) -> str:
    if value is None:
        return "never"
    seconds = ((now or utcnow()) - value).total_seconds()
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            n = int(seconds // size)
            return f"{n} {unit}{'s' if n != 1 else ''} ago"
    return "just now"


ENV = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                         undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
ENV.filters.update(date=_date, day=_day, ago=_ago)
ENV.globals["version"] = __version__


def render(request: Request, name: str, context: dict[str, Any] | None = None, *,
           status: int = 200, csrf_binding: str | None = None) -> HTMLResponse:
    """Render a page. With a form, give ``csrf_binding`` (see :mod:`monitor.web.security`);
    ``csrf_binding="cookie"`` binds to (and sets, when missing) the anonymous CSRF cookie."""
    ctx = get_ctx(request)
    values: dict[str, Any] = {"path": request.url.path,
                              "admin_enabled": ctx.admin_enabled, "admin": False, "csrf": ""}
    cookie_nonce = None
    if csrf_binding == "cookie":
        cookie_nonce = request.cookies.get(CSRF_COOKIE) or new_nonce()
        values["csrf"] = csrf_token(ctx.secret, cookie_nonce)
    elif csrf_binding is not None:
        values["csrf"] = csrf_token(ctx.secret, csrf_binding)
    values.update(context or {})
    response = HTMLResponse(ENV.get_template(name).render(values), status_code=status)
    if cookie_nonce is not None and cookie_nonce != request.cookies.get(CSRF_COOKIE):
        response.set_cookie(CSRF_COOKIE, cookie_nonce, httponly=True, samesite="strict",
                            secure=secure_cookies(request), path="/")
    return response


def message_page(request: Request, title: str, text: str, *, status: int = 200,
                 link: tuple[str, str] | None = None) -> HTMLResponse:
    """A page that says one thing (errors, "check your inbox", "you are unsubscribed")."""
    return render(request, "message.html", {"title": title, "text": text, "link": link},
                  status=status)


def json_error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """The API's error shape: ``{"error": "<what is wrong and how to fix it>", "status": N}``."""
    return JSONResponse({"error": message, "status": status}, status_code=status, headers=headers)
