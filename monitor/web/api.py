"""The JSON API under ``/api/v1/`` (OpenAPI at ``/api/v1/openapi.json``).

Public: stories (the filters of ``/`` plus ``relevant`` and cursor paging; each story exactly
as ``monitor stories list --json`` prints it), one story, one item with its decision, sources.
Admin (``Authorization: Bearer <MONITOR_ADMIN_TOKEN>``): subscribers, webhooks, deliveries.
Every error is ``{"error": "<what is wrong and how to fix it>", "status": N}``.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from typing import Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from monitor.notify.convert import filter_text
from monitor.notify.notifier import check_webhook_host
from monitor.notify.subscribe import new_subscriber, queue_confirmation
from monitor.web.context import WebContext, get_ctx
from monitor.web.filters import QueryError, encode_cursor, parse_story_query
from monitor.web.security import token_matches
from notifications.errors import NotificationsError
from notifications.model import Filters, validate_email
from notifications.schedule import Schedule
from notifications.webhooks import FORMATS, WebhookTarget, redact_url
from storage.browse import SourceHealth, find_stories, source_health
from storage.items import get_items
from storage.notify_records import DELIVERY_STATUSES, WebhookRecord
from storage.outbox import get_delivery, list_deliveries, requeue_delivery
from storage.stories import get_stories
from storage.subscriptions import (
    SubscriberExists,
    add_webhook,
    get_subscriber_by_id,
    get_webhook,
    list_subscribers,
    list_webhooks,
    remove_subscriber,
    remove_webhook,
)

router = APIRouter(prefix="/api/v1")


class ApiError(Exception):
    """Answered as ``{"error": message, "status": status}``."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        self.status, self.message, self.headers = status, message, headers
        super().__init__(message)


def require_admin(request: Request) -> WebContext:
    ctx = get_ctx(request)
    if not ctx.admin_enabled:
        raise ApiError(403, "admin is off on this server: set MONITOR_ADMIN_TOKEN there, then send "
                            "it as `Authorization: Bearer <token>`")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(401, "send the admin token as `Authorization: Bearer <MONITOR_ADMIN_TOKEN>`",
                       {"WWW-Authenticate": "Bearer"})
    client = request.client.host if request.client else "?"
    if not token_matches(ctx.settings.admin_token, given.strip()):
        if not ctx.login_limiter.hit(client):
            raise ApiError(429, "too many wrong tokens from your address; wait ten minutes",
                           {"Retry-After": "600"})
        raise ApiError(401, "the bearer token is not this server's MONITOR_ADMIN_TOKEN",
                       {"WWW-Authenticate": "Bearer"})
    return ctx


Admin = Depends(require_admin)


# --- public -------------------------------------------------------------------------------------


@router.get("/stories", summary="Stories, newest first")
def stories(
    request: Request,
    country: list[str] = Query([], description="ISO code or English name (KZ, Kazakhstan); repeat or comma-separate"),
    topic: list[str] = Query([], description="science, technology, education"),
    lang: list[str] = Query([], description="ISO 639-1 code of a copy's language (en, ru, zh…)"),
    since: str | None = Query(None, description="published at or after: 2026-11-01, an ISO time, or a period like 7d"),
    q: str | None = Query(None, description="words that must all appear in a title or summary"),
    relevant: str | None = Query(None, description="true, false or any (the default)"),
    cursor: str | None = Query(None, description="`next_cursor` of the previous page"),
    limit: int = Query(50, description="stories per page, 1 to 500"),
) -> dict[str, Any]:
    ctx = get_ctx(request)
    params = {k: request.query_params.getlist(k) for k in request.query_params}
    try:
        query = parse_story_query(params, now=ctx.clock(), relevant=None, limit=50, max_limit=500)
    except QueryError as exc:
        raise ApiError(400, str(exc)) from None
    page = find_stories(ctx.engine, query.to_filter(), limit=query.limit)
    return {"stories": [s.to_json() for s in page.stories],
            "next_cursor": encode_cursor(page.last) if page.more and page.last else None}


@router.get("/stories/{story_id}", summary="One story")
def story(request: Request, story_id: int = Path(ge=1)) -> dict[str, Any]:
    found = get_stories(get_ctx(request).engine, [story_id])
    if not found or not found[0].items:
        raise ApiError(404, f"no story {story_id}; list them with GET /api/v1/stories")
    return found[0].to_json()


@router.get("/items/{item_id}", summary="One item with its classifier decision")
def item(request: Request, item_id: int = Path(ge=1)) -> dict[str, Any]:
    found = get_items(get_ctx(request).engine, [item_id])
    if not found:
        raise ApiError(404, f"no item {item_id}; a story's `items` lists its item ids")
    from storage.enrichment import get_enrichment

    article = get_enrichment(get_ctx(request).engine, item_id)  # the article read for it, if any
    return {**found[0].to_json(), "enrichment": article.to_json() if article else None}


def source_json(row: SourceHealth) -> dict[str, Any]:
    st = row.state

    def iso(value: datetime | None) -> str | None:
        return value.isoformat() if value else None

    return {"id": st.id, "name": st.name, "url": st.url, "language": st.language,
            "enabled": st.enabled, "health": row.health, "items": row.items,
            "interval_seconds": st.interval_seconds, "last_status": st.last_status,
            "last_http_status": st.last_http_status, "last_error": st.last_error,
            "consecutive_failures": st.consecutive_failures, "last_polled": iso(st.last_polled_at),
            "last_success": iso(st.last_success_at), "next_poll": iso(st.next_poll_at)}


@router.get("/sources", summary="Each source's health")
def sources(request: Request) -> dict[str, Any]:
    return {"sources": [source_json(r) for r in source_health(get_ctx(request).engine)]}


# --- admin: subscribers -------------------------------------------------------------------------


class SubscriberIn(BaseModel):
    email: str
    name: str = ""
    schedule: Literal["daily", "weekly"] = "daily"
    at: str = Field("08:00", description="local time HH:MM")
    day: str | None = Field(None, description="weekly: mon … sun")
    timezone: str = Field("UTC", description="IANA zone, e.g. Asia/Almaty")
    countries: list[str] = []
    topics: list[str] = []
    languages: list[str] = []
    min_score: float | None = None
    confirmed: bool = Field(False, description="false: a confirmation email is sent first")


@router.get("/subscribers", summary="Subscribers (admin)")
def subscribers(ctx: WebContext = Admin) -> dict[str, Any]:
    return {"subscribers": [s.to_json() for s in list_subscribers(ctx.engine)]}


@router.post("/subscribers", status_code=201, summary="Add a subscriber (admin)")
def add_subscriber(body: SubscriberIn, ctx: WebContext = Admin) -> dict[str, Any]:
    now = datetime.now(UTC)
    try:
        email = validate_email(body.email)
        schedule = Schedule.parse(body.schedule, body.at, body.day, body.timezone)
        filters = Filters.parse(body.countries, body.topics, body.languages, body.min_score)
        sub = new_subscriber(ctx.settings, ctx.engine, email=email, name=body.name,
                             schedule=schedule, filters=filters, confirmed=body.confirmed, now=now)
    except NotificationsError as exc:
        raise ApiError(400, str(exc)) from None
    except SubscriberExists as exc:
        raise ApiError(409, str(exc)) from None
    if not sub.confirmed:
        queue_confirmation(ctx.settings, ctx.engine, sub, schedule, filters, now)
    return sub.to_json()


@router.delete("/subscribers/{subscriber_id}", summary="Remove a subscriber (admin)")
def delete_subscriber(subscriber_id: int = Path(ge=1), ctx: WebContext = Admin) -> dict[str, Any]:
    if get_subscriber_by_id(ctx.engine, subscriber_id) is None:
        raise ApiError(404, f"no subscriber {subscriber_id}; see GET /api/v1/subscribers")
    remove_subscriber(ctx.engine, subscriber_id)
    return {"removed": subscriber_id}


# --- admin: webhooks ----------------------------------------------------------------------------


class WebhookIn(BaseModel):
    url: str
    format: str = Field(description=", ".join(FORMATS))
    secret: str | None = Field(None, description="json: signing key (generated when left out); telegram: bot token")
    chat_id: str | None = Field(None, description="telegram: the chat id")
    countries: list[str] = []
    topics: list[str] = []
    languages: list[str] = []
    min_score: float | None = None


def webhook_json(hook: WebhookRecord) -> dict[str, Any]:
    from monitor.notify.convert import filters_of

    return {"id": hook.id, "format": hook.format, "url": redact_url(hook.url),
            "filters": filters_of(hook.filters).describe(), "active": hook.active,
            "signed": hook.format == "json" and bool(hook.secret),
            "created_at": hook.created_at.isoformat()}


@router.get("/webhooks", summary="Webhooks, URLs shortened (admin)")
def webhooks(ctx: WebContext = Admin) -> dict[str, Any]:
    return {"webhooks": [webhook_json(h) for h in list_webhooks(ctx.engine)]}


async def create_webhook(ctx: WebContext, body: WebhookIn) -> tuple[WebhookRecord, str | None]:
    """Validate and store a webhook (the API and the admin page); the secret when one was
    generated (json without a secret: shown once, as `monitor webhooks add` does).
    Raises :class:`ApiError` (400) saying what to fix."""
    if body.format not in FORMATS:
        raise ApiError(400, f"format: {body.format!r} is not one of {', '.join(FORMATS)}")
    secret, generated = body.secret or None, False
    if body.format == "json" and not secret:
        secret, generated = secrets.token_urlsafe(32), True
    if body.format == "json" and secret is not None and len(secret.encode()) < 16:
        raise ApiError(400, "secret: a json webhook secret needs at least 16 characters; "
                            "leave it out to have one generated")
    try:
        filters = Filters.parse(body.countries, body.topics, body.languages, body.min_score)
        target = WebhookTarget(0, body.url, body.format, secret=secret, filters=filters,  # type: ignore[arg-type]
                               chat_id=body.chat_id or None)
        await check_webhook_host(target.endpoint, policy=ctx.settings.allow_private_hosts)
    except NotificationsError as exc:
        raise ApiError(400, str(exc)) from None
    hook = await run_in_threadpool(lambda: add_webhook(
        ctx.engine, url=target.url, format=target.format, secret=secret, chat_id=target.chat_id,
        filters=filter_text(filters), now=datetime.now(UTC)))
    return hook, secret if generated else None


@router.post("/webhooks", status_code=201, summary="Add a webhook (admin)")
async def add_hook(body: WebhookIn, ctx: WebContext = Admin) -> dict[str, Any]:
    hook, generated = await create_webhook(ctx, body)
    out = webhook_json(hook)
    if generated:
        out["secret"] = generated
    return out


@router.delete("/webhooks/{webhook_id}", summary="Remove a webhook and its deliveries (admin)")
def delete_hook(webhook_id: int = Path(ge=1), ctx: WebContext = Admin) -> dict[str, Any]:
    if get_webhook(ctx.engine, webhook_id) is None:
        raise ApiError(404, f"no webhook {webhook_id}; see GET /api/v1/webhooks")
    remove_webhook(ctx.engine, webhook_id)
    return {"removed": webhook_id}


# --- admin: deliveries --------------------------------------------------------------------------


@router.get("/deliveries", summary="The outbox, newest first (admin)")
def deliveries(status: str | None = Query(None, description=", ".join(DELIVERY_STATUSES)),
               limit: int = Query(50, ge=1, le=1000), ctx: WebContext = Admin) -> dict[str, Any]:
    if status is not None and status not in DELIVERY_STATUSES:
        raise ApiError(400, f"status: {status!r} is not one of {', '.join(DELIVERY_STATUSES)}")
    return {"deliveries": [d.to_json() for d in list_deliveries(ctx.engine, status=status,
                                                                  limit=limit)]}


@router.post("/deliveries/{delivery_id}/retry", summary="Queue a failed or dead delivery again (admin)")
def retry(delivery_id: int = Path(ge=1), ctx: WebContext = Admin) -> dict[str, Any]:
    found = get_delivery(ctx.engine, delivery_id)
    if found is None:
        raise ApiError(404, f"no delivery {delivery_id}; see GET /api/v1/deliveries")
    if not requeue_delivery(ctx.engine, delivery_id, datetime.now(UTC)):
        raise ApiError(409, f"delivery {delivery_id} is {found.status}; only failed or dead "
                            "deliveries can be retried")
    return {"retried": delivery_id}
