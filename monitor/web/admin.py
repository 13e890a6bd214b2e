"""Admin pages: a login form (``MONITOR_ADMIN_TOKEN``) that sets a signed session cookie, then
``/admin``: subscribers, webhooks and the outbox, with remove and retry buttons (each a CSRF-
protected POST that answers with a redirect back). Without ``MONITOR_ADMIN_TOKEN`` admin is
off: these pages answer 404 and say how to turn it on."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from monitor.notify.convert import filters_of, schedule_of
from monitor.web.api import ApiError, WebhookIn, create_webhook, webhook_json
from monitor.web.context import (
    admin_nonce,
    form_value,
    get_ctx,
    message_page,
    read_form,
    render,
    secure_cookies,
)
from monitor.web.security import (
    CSRF_COOKIE,
    CSRF_FIELD,
    SESSION_COOKIE,
    SESSION_SECONDS,
    cross_site,
    csrf_ok,
    make_session,
    token_matches,
)
from notifications.webhooks import FORMATS
from storage.outbox import list_deliveries, requeue_delivery
from storage.subscriptions import list_subscribers, list_webhooks, remove_subscriber, remove_webhook

router = APIRouter(prefix="/admin", include_in_schema=False)


def _off(request: Request) -> HTMLResponse:
    return message_page(request, "Admin is off",
                        "This server has no admin token. Set MONITOR_ADMIN_TOKEN (16 characters or "
                        "more) and restart it to manage subscribers, webhooks and deliveries here.",
                        status=404, link=("/", "Back to the stories"))


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> HTMLResponse:
    if not get_ctx(request).admin_enabled:
        return _off(request)
    return render(request, "login.html", {"error": None}, csrf_binding="cookie")


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request) -> Response:
    ctx = get_ctx(request)
    if not ctx.admin_enabled:
        return _off(request)
    form = await read_form(request)
    if cross_site(request.headers) or not csrf_ok(ctx.secret, request.cookies.get(CSRF_COOKIE),
                                                  form_value(form, CSRF_FIELD)):
        return render(request, "login.html", {"error": "The form was too old; send it again."},
                      status=403, csrf_binding="cookie")
    client = request.client.host if request.client else "?"
    if not token_matches(ctx.settings.admin_token, form_value(form, "token")):
        if not ctx.login_limiter.hit(client):
            return render(request, "login.html", {"error": "Too many wrong tokens; wait ten minutes."},
                          status=429, csrf_binding="cookie")
        return render(request, "login.html", {"error": "That is not the admin token."},
                      status=401, csrf_binding="cookie")
    response = RedirectResponse("/admin", status_code=303)
    response.set_cookie(SESSION_COOKIE, make_session(ctx.secret, ctx.settings.admin_token,
                                                     ctx.clock().timestamp()),
                        max_age=SESSION_SECONDS, httponly=True, samesite="strict",
                        secure=secure_cookies(request), path="/")
    return response


def _session(request: Request) -> str | Response:
    """The admin session's nonce, or the answer for a request without one."""
    if not get_ctx(request).admin_enabled:
        return _off(request)
    nonce = admin_nonce(request)
    return RedirectResponse("/admin/login", status_code=303) if nonce is None else nonce


def _overview(request: Request, nonce: str, *, notice: str | None = None,
              error: str | None = None, status: int = 200) -> Response:
    ctx = get_ctx(request)
    subs = [{"record": s, "schedule": schedule_of(s).describe(),
             "filters": filters_of(s.filters).describe()} for s in list_subscribers(ctx.engine)]
    hooks = [webhook_json(h) for h in list_webhooks(ctx.engine)]
    return render(request, "admin.html", {"subscribers": subs, "webhooks": hooks,
                                          "deliveries": list_deliveries(ctx.engine, limit=100),
                                          "formats": FORMATS, "notice": notice, "error": error,
                                          "admin": True}, status=status, csrf_binding=nonce)


@router.get("", response_class=HTMLResponse)
def overview(request: Request) -> Response:
    nonce = _session(request)
    return nonce if not isinstance(nonce, str) else _overview(request, nonce)


async def _admin_form(request: Request) -> tuple[str, dict[str, list[str]]] | Response:
    """The session's nonce and the posted form of a signed-in admin whose form carries the
    session's CSRF token; or the answer refusing it."""
    ctx = get_ctx(request)
    nonce = _session(request)
    if not isinstance(nonce, str):
        return nonce
    form = await read_form(request)
    if cross_site(request.headers) or not csrf_ok(ctx.secret, nonce, form_value(form, CSRF_FIELD)):
        return message_page(request, "This form could not be sent",
                            "The form was too old or did not come from this site; open it again.",
                            status=403, link=("/admin", "Admin"))
    return nonce, form


@router.post("/webhooks/add", response_class=HTMLResponse)
async def add_hook(request: Request) -> Response:
    """Add a webhook from the admin page; a generated json secret is shown once, here."""
    checked = await _admin_form(request)
    if isinstance(checked, Response):
        return checked
    nonce, form = checked
    try:
        body = WebhookIn(url=form_value(form, "url"), format=form_value(form, "format"),
                         secret=form_value(form, "secret") or None,
                         chat_id=form_value(form, "chat_id") or None)
        hook, generated = await create_webhook(get_ctx(request), body)
    except ApiError as exc:
        error = exc.message
        return await run_in_threadpool(lambda: _overview(request, nonce, error=error, status=400))
    notice = f"Webhook {hook.id} added."
    if generated:
        notice += f" Its signing secret, shown once (give it to the receiver): {generated}"
    return await run_in_threadpool(lambda: _overview(request, nonce, notice=notice))


async def _act(request: Request, action) -> Response:  # type: ignore[no-untyped-def]
    """Run ``action(engine)`` for a signed-in admin's checked form, then back to ``/admin``."""
    checked = await _admin_form(request)
    if isinstance(checked, Response):
        return checked
    await run_in_threadpool(action, get_ctx(request).engine)
    return RedirectResponse("/admin", status_code=303)


@router.post("/logout")
async def logout(request: Request) -> Response:
    response = await _act(request, lambda engine: None)
    if isinstance(response, RedirectResponse) and response.headers.get("location") == "/admin":
        response = RedirectResponse("/", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.post("/subscribers/{subscriber_id}/remove")
async def remove_sub(request: Request, subscriber_id: int) -> Response:
    return await _act(request, lambda engine: remove_subscriber(engine, subscriber_id))


@router.post("/webhooks/{webhook_id}/remove")
async def remove_hook(request: Request, webhook_id: int) -> Response:
    return await _act(request, lambda engine: remove_webhook(engine, webhook_id))


@router.post("/deliveries/{delivery_id}/retry")
async def retry(request: Request, delivery_id: int) -> Response:
    return await _act(request, lambda engine: requeue_delivery(engine, delivery_id, datetime.now(UTC)))
