"""Subscribing and leaving over the web: ``/subscribe``, ``/confirm/{token}``,
``/unsubscribe/{token}`` and ``/preferences/{token}``.

GET only shows a page; POST acts (mail scanners open every link in a message). Double opt-in,
the confirmation email and its rate limit are in :mod:`monitor.notify.subscribe`; here are
the forms, their CSRF checks (:mod:`monitor.web.security`) and the pages.
``POST /unsubscribe/{token}`` is also the RFC 8058 one-click target: it needs no cookie and no
form field, answers 200, and repeating it is harmless.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from monitor.notify.convert import filters_of, schedule_of
from monitor.notify.subscribe import (
    change_preferences,
    confirm,
    link_token,
    request_subscription,
    subscriber_of,
    unsubscribe,
)
from monitor.web.context import form_value, get_ctx, message_page, read_form, render
from monitor.web.pages import choices
from monitor.web.security import CSRF_COOKIE, CSRF_FIELD, cross_site, csrf_ok
from notifications.errors import NotificationsError
from notifications.model import Filters, validate_email
from notifications.schedule import WEEKDAYS, Schedule
from notifications.tokens import token_subject
from storage.notify_records import SubscriberRecord

router = APIRouter(include_in_schema=False)

ZONES = ("Asia/Almaty", "Asia/Tashkent", "Asia/Bishkek", "Asia/Dushanbe", "Asia/Ashgabat",
         "Asia/Shanghai", "Asia/Hong_Kong", "Europe/Moscow", "Europe/Berlin", "Europe/London",
         "America/New_York", "UTC")


# Other names a hand-written form or script may use for our fields.
ALIASES = {"time": "at", "timezone": "tz", "zone": "tz", "countries": "country", "topics": "topic",
           "languages": "lang", "language": "lang", "weekday": "day"}


def with_aliases(form: dict[str, list[str]]) -> dict[str, list[str]]:
    out = {k: v for k, v in form.items() if k not in ALIASES}
    for name, values in form.items():
        if name in ALIASES:
            out.setdefault(ALIASES[name], []).extend(values)
    return out


@dataclass(frozen=True)
class Choice:
    """What a subscription form asks for, validated."""

    schedule: Schedule
    filters: Filters


def read_choice(form: dict[str, list[str]]) -> Choice:
    """Schedule and filters from a form; :class:`NotificationsError` says what is wrong."""
    kind = form_value(form, "schedule", "daily")
    day = form_value(form, "day", "mon") if kind == "weekly" else None
    schedule = Schedule.parse(kind, form_value(form, "at", "08:00") or "08:00", day,
                              form_value(form, "tz", "UTC") or "UTC")
    filters = Filters.parse(*(",".join(form.get(name, [])) for name in ("country", "topic", "lang")))
    return Choice(schedule, filters)


def form_values(form: dict[str, list[str]] | None = None, sub: SubscriberRecord | None = None) -> dict[str, Any]:
    """The values a form shows: from a posted form, a subscriber, or the defaults."""
    if sub is not None:
        f = filters_of(sub.filters)
        return {"email": sub.email, "schedule": sub.schedule, "at": sub.at,
                "day": WEEKDAYS[sub.day][:3].lower() if sub.day is not None else "mon",
                "tz": sub.timezone, "country": sorted(f.countries), "topic": sorted(f.topics),
                "lang": sorted(f.languages)}
    form = form or {}
    return {"email": form_value(form, "email"), "schedule": form_value(form, "schedule", "daily"),
            "at": form_value(form, "at", "08:00"), "day": form_value(form, "day", "mon"),
            "tz": form_value(form, "tz", "UTC"), "country": [c.upper() for c in form.get("country", [])],
            "topic": form.get("topic", []), "lang": form.get("lang", [])}


def _form_context(values: dict[str, Any], error: str | None = None, **extra: Any) -> dict[str, Any]:
    weekdays = [(d[:3].lower(), d) for d in WEEKDAYS]
    return {"values": values, "error": error, "zones": ZONES, "weekdays": weekdays, **choices(),
            **extra}


def _refused(request: Request, text: str, status: int = 403) -> HTMLResponse:
    return message_page(request, "This form could not be sent", text, status=status,
                        link=(request.url.path, "Open the form again"))


STALE_FORM = ("The form was too old or did not come from this site. Open it again and send it "
              "once more (cookies must be enabled for this site).")


# --- subscribe ----------------------------------------------------------------------------------


def _from_a_browser(request: Request, form: Any) -> bool:
    """Whether the POST shows any sign of a browser: our form's CSRF field or cookie, an
    ``Origin`` or Fetch-metadata header. A browser's POST must then carry the token made for its
    cookie. A script's bare POST (curl, an integration) shows none and is not a cross-site
    request forgery, which needs a victim's browser; it can only ask for the one confirmation
    email the form itself sends, under the same rate limits (README "Web and API")."""
    headers = request.headers
    return (CSRF_FIELD in form or CSRF_COOKIE in request.cookies
            or "origin" in headers or "sec-fetch-site" in headers)


@router.get("/subscribe", response_class=HTMLResponse)
def subscribe_form(request: Request) -> HTMLResponse:
    return render(request, "subscribe.html", _form_context(form_values()), csrf_binding="cookie")


@router.post("/subscribe", response_class=HTMLResponse)
async def subscribe(request: Request) -> Response:
    ctx = get_ctx(request)
    form = with_aliases(await read_form(request))
    if cross_site(request.headers) or (_from_a_browser(request, form)
                                       and not csrf_ok(ctx.secret, request.cookies.get(CSRF_COOKIE),
                                                       form_value(form, CSRF_FIELD))):
        return _refused(request, STALE_FORM)
    client = request.client.host if request.client else "?"
    if not ctx.subscribe_limiter.hit(client):
        response = _refused(request, "Too many subscription requests from your address; "
                                     "try again in ten minutes.", status=429)
        response.headers["Retry-After"] = "600"
        return response
    try:
        email = validate_email(form_value(form, "email"))
        choice = read_choice(form)
    except NotificationsError as exc:
        return render(request, "subscribe.html", _form_context(form_values(form), str(exc)),
                      status=400, csrf_binding="cookie")
    await run_in_threadpool(lambda: request_subscription(
        ctx.settings, ctx.engine, email=email, schedule=choice.schedule, filters=choice.filters,
        now=ctx.clock()))
    return message_page(
        request, "Check your inbox",
        f"If {email} is not subscribed yet, a confirmation email is on its way. Open the link in "
        "it and press “Confirm” to start your digests. Nothing is sent to the address until then.",
        link=("/", "Back to the stories"))


# --- the links in emails ------------------------------------------------------------------------


def _subscriber(request: Request, purpose: str, token: str) -> SubscriberRecord | None:
    ctx = get_ctx(request)
    return subscriber_of(ctx.secret, ctx.engine, purpose, token, ctx.clock())


def _bad_link(request: Request, what: str) -> HTMLResponse:
    return message_page(request, "This link does not work",
                        f"The {what} link is not valid, has expired, or its subscription no longer "
                        "exists. You can subscribe again.", status=404,
                        link=("/subscribe", "Subscribe"))


def _unsubscribe_link(request: Request, sub: SubscriberRecord) -> str:
    return "/unsubscribe/" + link_token(get_ctx(request).secret, "unsubscribe", sub)


def _preferences_link(request: Request, sub: SubscriberRecord) -> str:
    return "/preferences/" + link_token(get_ctx(request).secret, "preferences", sub)


@router.get("/confirm/{token}", response_class=HTMLResponse)
def confirm_page(request: Request, token: str) -> HTMLResponse:
    sub = _subscriber(request, "confirm", token)
    if sub is None:
        return _bad_link(request, "confirmation")
    if sub.confirmed:
        return message_page(request, "Already confirmed", f"{sub.email} is confirmed already.",
                            link=(_preferences_link(request, sub), "Change schedule or filters"))
    return render(request, "confirm.html", {"email": sub.email,
                                            "schedule": schedule_of(sub).describe(),
                                            "filters": filters_of(sub.filters).describe()},
                  csrf_binding=token)


async def _posted(request: Request, purpose: str, token: str,
                  ) -> tuple[dict[str, list[str]], SubscriberRecord] | HTMLResponse:
    """The form posted to a token link, and its subscriber; or the page refusing it (a POST a
    browser marks as cross-site, a CSRF field made for another link, a bad or expired link).

    The link's signed token is this form's CSRF proof: a cross-site page cannot know it, and
    whoever knows it could read the page's field too. So a POST without the field (a script
    following the emailed link) is accepted; one with a field of another link is not."""
    ctx = get_ctx(request)
    form = with_aliases(await read_form(request))
    given = form_value(form, CSRF_FIELD)
    if cross_site(request.headers) or (given and not csrf_ok(ctx.secret, token, given)):
        return _refused(request, STALE_FORM)
    sub = await run_in_threadpool(_subscriber, request, purpose, token)
    if sub is None:
        return _bad_link(request, "confirmation" if purpose == "confirm" else purpose)
    return form, sub


@router.post("/confirm/{token}", response_class=HTMLResponse)
async def confirm_post(request: Request, token: str) -> HTMLResponse:
    posted = await _posted(request, "confirm", token)
    if isinstance(posted, HTMLResponse):
        return posted
    _, sub = posted
    if not await run_in_threadpool(confirm, get_ctx(request).engine, sub.id):
        return _bad_link(request, "confirmation")
    return message_page(request, "Subscription confirmed",
                        f"{sub.email} will get the digest {schedule_of(sub).describe()}. The first "
                        "one holds the relevant stories of the past days that match your filters.",
                        link=(_preferences_link(request, sub), "Change schedule or filters"))


def _gone(request: Request) -> HTMLResponse:
    """A well-formed unsubscribe link whose subscription no longer exists: leaving twice (a
    repeated one-click POST) is harmless and says so. Nothing tells whether it ever existed."""
    return message_page(request, "You are unsubscribed",
                        "No digests are sent for this link's subscription.",
                        link=("/subscribe", "Subscribe again"))


@router.get("/unsubscribe/{token}", response_class=HTMLResponse)
def unsubscribe_page(request: Request, token: str) -> HTMLResponse:
    if token_subject(token) is None:
        return _bad_link(request, "unsubscribe")
    sub = _subscriber(request, "unsubscribe", token)
    if sub is None:
        return _gone(request)
    return render(request, "unsubscribe.html",
                  {"email": sub.email, "preferences": _preferences_link(request, sub)})


@router.post("/unsubscribe/{token}", response_class=HTMLResponse)
async def unsubscribe_post(request: Request, token: str) -> HTMLResponse:
    """The button of the page above, and RFC 8058's one-click POST (``List-Unsubscribe=One-Click``,
    no cookie): the signed token is the proof, so no CSRF field is asked for."""
    if token_subject(token) is None:
        return _bad_link(request, "unsubscribe")
    sub = await run_in_threadpool(_subscriber, request, "unsubscribe", token)
    if sub is not None:
        await run_in_threadpool(unsubscribe, get_ctx(request).engine, sub.id)
    return message_page(request, "You are unsubscribed",
                        "No more digests will be sent to this address.",
                        link=("/subscribe", "Subscribe again"))


@router.get("/preferences/{token}", response_class=HTMLResponse)
def preferences_page(request: Request, token: str) -> HTMLResponse:
    sub = _subscriber(request, "preferences", token)
    if sub is None:
        return _bad_link(request, "preferences")
    return render(request, "preferences.html", _form_context(
        form_values(sub=sub), saved=False, leave=_unsubscribe_link(request, sub)), csrf_binding=token)


@router.post("/preferences/{token}", response_class=HTMLResponse)
async def preferences_post(request: Request, token: str) -> HTMLResponse:
    ctx = get_ctx(request)
    posted = await _posted(request, "preferences", token)
    if isinstance(posted, HTMLResponse):
        return posted
    form, sub = posted
    values = {**form_values(form), "email": sub.email}
    try:
        choice = read_choice(form)
    except NotificationsError as exc:
        return render(request, "preferences.html", _form_context(
            values, str(exc), saved=False, leave=_unsubscribe_link(request, sub)),
            status=400, csrf_binding=token)
    await run_in_threadpool(change_preferences, ctx.engine, sub, choice.schedule, choice.filters,
                            ctx.clock())
    return render(request, "preferences.html", _form_context(
        values, saved=True, leave=_unsubscribe_link(request, sub)), csrf_binding=token)
