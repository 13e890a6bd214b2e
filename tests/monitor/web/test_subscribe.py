"""Subscribing and leaving in-process: double opt-in, CSRF, rate limits, one-click unsubscribe,
preferences, and the first digest's look-back."""

from __future__ import annotations

import email
import re
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import Engine

from monitor.notify.notifier import Notifier
from monitor.settings import Settings
from notifications.message import MAIL_POLICY
from monitor.notify.subscribe import link_token
from storage.outbox import list_deliveries
from storage.subscriptions import get_subscriber, list_subscribers
from tests.monitor.web.conftest import NOW, SECRET

FORM = {"email": "reader@example.org", "schedule": "weekly", "day": "tue", "at": "07:30",
        "tz": "Asia/Almaty", "country": ["KZ", "UZ"], "topic": ["science"]}


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "the form has no CSRF field"
    return found.group(1)


async def subscribe(client: httpx.AsyncClient, **changes: object) -> httpx.Response:
    page = await client.get("/subscribe")
    form = {**FORM, "csrf": csrf_of(page.text), **changes}
    return await client.post("/subscribe", data=form)


def emailed_link(engine: Engine, kind: str = "confirm") -> str:
    delivery = next(d for d in list_deliveries(engine) if d.kind == kind)
    message = email.message_from_bytes(delivery.message.encode(), policy=MAIL_POLICY)  # type: ignore[union-attr]
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    found = re.search(r"https://news\.example\.org(/confirm/[A-Za-z0-9_-]+)", text)
    assert found, text
    return found.group(1)


async def test_subscribing_queues_one_confirmation_and_nothing_else(
        client: httpx.AsyncClient, wengine: Engine, wsettings: Settings) -> None:
    r = await subscribe(client)
    assert r.status_code == 200 and "Check your inbox" in r.text
    sub = get_subscriber(wengine, "reader@example.org")
    assert sub is not None and not sub.confirmed
    assert (sub.schedule, sub.at, sub.day, sub.timezone) == ("weekly", "07:30", 1, "Asia/Almaty")
    assert (sub.filters.countries, sub.filters.topics) == ("KZ,UZ", "science")
    rows = list_deliveries(wengine)
    assert [(d.kind, d.target, d.status) for d in rows] == [("confirm", "reader@example.org", "pending")]
    message = email.message_from_bytes(rows[0].message.encode(), policy=MAIL_POLICY)  # type: ignore[union-attr]
    assert message["To"] == "reader@example.org" and "Confirm" in message["Subject"]
    assert "List-Unsubscribe" not in message
    # Unconfirmed: the digest run makes nothing for them, however many stories there are.
    assert Notifier(wsettings, wengine, clock=lambda: NOW + timedelta(days=30)).queue_digests(
        ignore_schedule=True) == []


@pytest.mark.parametrize(("change", "headers"), [
    ({"csrf": ""}, {}),
    ({"csrf": "forged"}, {}),
    ({}, {"Origin": "https://evil.example"}),
    ({}, {"Sec-Fetch-Site": "cross-site"}),
], ids=["no-csrf", "forged-csrf", "other-origin", "cross-site"])
async def test_a_forged_subscribe_post_is_refused(client: httpx.AsyncClient, wengine: Engine,
                                                  change: dict[str, str],
                                                  headers: dict[str, str]) -> None:
    page = await client.get("/subscribe")
    form = {**FORM, "csrf": csrf_of(page.text), **change}
    r = await client.post("/subscribe", data=form, headers=headers)
    assert r.status_code == 403
    assert list_subscribers(wengine) == [] and list_deliveries(wengine) == []


async def test_a_scripts_bare_post_asks_for_the_confirmation_email(client: httpx.AsyncClient,
                                                                    wengine: Engine) -> None:
    """No form, no cookie, no Origin (curl, an integration): not a browser's forged request, so
    it is taken like the form's, and only the confirmation email goes out."""
    r = await client.post("/subscribe", data=FORM)
    assert r.status_code == 200
    (sub,) = list_subscribers(wengine)
    assert sub.email == FORM["email"] and not sub.confirmed
    assert [d.kind for d in list_deliveries(wengine)] == ["confirm"]


@pytest.mark.parametrize(("change", "message"), [
    ({"email": "not-an-address"}, "exactly one"),
    ({"tz": "Mars/Olympus"}, "time zone"),
    ({"at": "25:00"}, "25:00"),
    ({"country": ["XX"]}, "unknown country"),
], ids=["email", "zone", "time", "country"])
async def test_bad_input_keeps_the_form_and_says_what_is_wrong(
        client: httpx.AsyncClient, wengine: Engine, change: dict[str, object], message: str) -> None:
    r = await subscribe(client, **change)
    assert r.status_code == 400 and 'role="alert"' in r.text and message in r.text.replace("&#39;", "'")
    assert list_subscribers(wengine) == []


async def test_repeated_requests_for_one_address_are_rate_limited(
        app, client: httpx.AsyncClient, wengine: Engine) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        assert (await subscribe(client)).status_code == 200  # the page is the same every time
    assert len(list_deliveries(wengine)) == 1
    ctx = app.state.ctx
    for minutes in (11, 22, 33, 44):
        ctx.clock = lambda m=minutes: NOW + timedelta(minutes=m)  # type: ignore[misc]
        await subscribe(client)
    assert len(list_deliveries(wengine)) == 3  # at most three a day


async def test_one_client_cannot_flood_the_form(client: httpx.AsyncClient) -> None:
    codes = [(await subscribe(client, email=f"r{n}@example.org")).status_code for n in range(12)]
    assert codes[:10] == [200] * 10 and codes[10:] == [429, 429]


async def test_confirming_needs_the_pages_button(client: httpx.AsyncClient, wengine: Engine) -> None:
    await subscribe(client)
    link = emailed_link(wengine)
    page = await client.get(link)  # a mail scanner opening the link changes nothing
    assert page.status_code == 200 and "Confirm" in page.text
    assert not get_subscriber(wengine, FORM["email"]).confirmed  # type: ignore[union-attr,arg-type]
    forged = [await client.post(link, data={}, headers={"Origin": "https://evil.example"}),
              await client.post(link, data={}, headers={"Sec-Fetch-Site": "cross-site"}),
              await client.post(link, data={"csrf": csrf_of((await client.get("/subscribe")).text)})]
    assert [r.status_code for r in forged] == [403, 403, 403]
    assert not get_subscriber(wengine, FORM["email"]).confirmed  # type: ignore[union-attr,arg-type]
    r = await client.post(link, data={"csrf": csrf_of(page.text)})
    assert r.status_code == 200 and "Subscription confirmed" in r.text
    assert get_subscriber(wengine, FORM["email"]).confirmed  # type: ignore[union-attr,arg-type]
    assert "/preferences/" in r.text


async def test_a_confirmation_link_expires(app, client: httpx.AsyncClient, wengine: Engine,  # type: ignore[no-untyped-def]
                                           wsettings: Settings) -> None:
    await subscribe(client)
    link = emailed_link(wengine)
    app.state.ctx.clock = lambda: NOW + timedelta(seconds=wsettings.confirm_expiry + 60)
    r = await client.get(link)
    assert r.status_code == 404 and "expired" in r.text


@pytest.mark.parametrize("link", ["/confirm/abc", "/unsubscribe/abc", "/preferences/abc"])
async def test_a_bad_token_is_a_404_page(client: httpx.AsyncClient, link: str) -> None:
    r = await client.get(link)
    assert r.status_code == 404 and "not valid" in r.text


async def test_a_script_may_post_the_emailed_link(client: httpx.AsyncClient, wengine: Engine) -> None:
    """The link's signed token is the proof: a plain POST to it confirms (no cookie, no field)."""
    await subscribe(client)
    link = emailed_link(wengine)
    client.cookies.clear()
    r = await client.post(link)
    assert r.status_code == 200 and get_subscriber(wengine, FORM["email"]).confirmed  # type: ignore[union-attr]


async def test_one_click_unsubscribe(client: httpx.AsyncClient, wengine: Engine) -> None:
    await subscribe(client)
    sub = get_subscriber(wengine, FORM["email"])
    assert sub is not None
    link = f"/unsubscribe/{link_token(SECRET, 'unsubscribe', sub)}"
    page = await client.get(link)
    assert page.status_code == 200 and FORM["email"] in page.text
    assert get_subscriber(wengine, FORM["email"]) is not None  # GET changes nothing
    client.cookies.clear()
    for _ in range(2):  # RFC 8058: no cookie, the one-click body; repeating is harmless
        r = await client.post(link, content=b"List-Unsubscribe=One-Click",
                              headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert r.status_code == 200 and "unsubscribed" in r.text
    assert get_subscriber(wengine, FORM["email"]) is None
    assert list_deliveries(wengine) == []  # its pending emails went with it


async def test_preferences_change_schedule_and_filters(client: httpx.AsyncClient,
                                                       wengine: Engine) -> None:
    await subscribe(client)
    sub = get_subscriber(wengine, FORM["email"])
    assert sub is not None
    link = f"/preferences/{link_token(SECRET, 'preferences', sub)}"
    page = await client.get(link)
    assert page.status_code == 200 and 'value="KZ" checked' in page.text and 'value="07:30"' in page.text
    r = await client.post(link, data={"csrf": csrf_of(page.text), "schedule": "daily",
                                      "at": "18:00", "tz": "Europe/Berlin", "lang": ["ru"]})
    assert r.status_code == 200 and "Saved" in r.text
    after = get_subscriber(wengine, FORM["email"])
    assert after is not None
    assert (after.schedule, after.at, after.day, after.timezone) == ("daily", "18:00", None, "Europe/Berlin")
    assert (after.filters.countries, after.filters.languages) == ("", "ru")
    refused = await client.post(link, data={"schedule": "weekly", "day": "sun"},
                                headers={"Sec-Fetch-Site": "cross-site"})
    assert refused.status_code == 403 and get_subscriber(wengine, FORM["email"]).schedule == "daily"  # type: ignore[union-attr]


async def test_the_first_digest_looks_back_a_week(client: httpx.AsyncClient, wengine: Engine,
                                                  wsettings: Settings,
                                                  stories: dict[str, int]) -> None:
    """The stories were found two days before the subscription: a new subscriber's first digest
    holds those that match the filters (KZ or UZ, science: the lab and the Chinese one)."""
    await subscribe(client)
    sub = get_subscriber(wengine, FORM["email"])
    assert sub is not None
    from storage.subscriptions import update_subscriber

    update_subscriber(wengine, sub.id, confirmed=True)
    notifier = Notifier(wsettings, wengine, clock=lambda: NOW + timedelta(days=1))
    chosen = {s.id for s in notifier.digest_stories(get_subscriber(wengine, FORM["email"]))}  # type: ignore[arg-type]
    assert chosen == {stories["lab"], stories["zh"]}
    short = Notifier(wsettings.replace(subscribe_lookback=3600.0), wengine)
    assert short.digest_stories(get_subscriber(wengine, FORM["email"])) == []  # type: ignore[arg-type]


async def test_a_script_may_use_plain_field_names(client: httpx.AsyncClient, wengine: Engine) -> None:
    page = await client.get("/subscribe")
    r = await client.post("/subscribe", data={
        "csrf": csrf_of(page.text), "email": "script@example.org", "schedule": "daily",
        "time": "06:15", "timezone": "Asia/Tashkent", "countries": "UZ,KZ", "languages": "ru"})
    assert r.status_code == 200
    sub = get_subscriber(wengine, "script@example.org")
    assert sub is not None and (sub.at, sub.timezone) == ("06:15", "Asia/Tashkent")
    assert (sub.filters.countries, sub.filters.languages) == ("KZ,UZ", "ru")


async def test_the_confirmation_link_is_on_one_line_of_the_raw_message(
        client: httpx.AsyncClient, wengine: Engine) -> None:
    """Also for a script that looks for the link in the raw email without decoding it."""
    await subscribe(client)
    raw = next(d for d in list_deliveries(wengine) if d.kind == "confirm").message
    assert raw is not None
    assert re.search(r"https://news\.example\.org(/confirm/[\w-]+)\r?\n", raw).group(1) == emailed_link(wengine)  # type: ignore[union-attr]


async def test_an_old_link_never_acts_for_the_next_subscription_with_the_same_id(
        client: httpx.AsyncClient, wengine: Engine) -> None:
    """Someone subscribes an address they own, keeps its links, unsubscribes, then subscribes
    someone else's address, which gets the same row id: the old links do nothing for it."""
    await subscribe(client, email="mallory@example.org")
    mallory = get_subscriber(wengine, "mallory@example.org")
    assert mallory is not None
    old_confirm = emailed_link(wengine)
    old_unsubscribe = f"/unsubscribe/{link_token(SECRET, 'unsubscribe', mallory)}"
    old_preferences = f"/preferences/{link_token(SECRET, 'preferences', mallory)}"
    assert (await client.post(old_unsubscribe)).status_code == 200
    await subscribe(client, email="victim@example.org")
    victim = get_subscriber(wengine, "victim@example.org")
    assert victim is not None and victim.id == mallory.id  # SQLite gave the id out again
    assert (await client.post(old_confirm)).status_code == 404
    assert (await client.get(old_preferences)).status_code == 404
    assert (await client.post(old_unsubscribe)).status_code == 200  # harmless, and does nothing
    after = get_subscriber(wengine, "victim@example.org")
    assert after is not None and not after.confirmed


async def test_unsubscribe_links_made_before_tokens_were_bound_still_work(
        client: httpx.AsyncClient, wengine: Engine) -> None:
    from notifications.tokens import make_token

    await subscribe(client)
    sub = get_subscriber(wengine, FORM["email"])
    assert sub is not None
    assert (await client.post(f"/unsubscribe/{make_token(SECRET, 'unsubscribe', sub.id)}")).status_code == 200
    assert get_subscriber(wengine, FORM["email"]) is None


async def test_the_preferences_page_offers_to_leave(client: httpx.AsyncClient, wengine: Engine) -> None:
    await subscribe(client)
    sub = get_subscriber(wengine, FORM["email"])
    assert sub is not None
    page = await client.get(f"/preferences/{link_token(SECRET, 'preferences', sub)}")
    leave = re.search(r'href="(/unsubscribe/[\w-]+)">stop the digest', page.text).group(1)  # type: ignore[union-attr]
    assert (await client.post(leave)).status_code == 200 and get_subscriber(wengine, FORM["email"]) is None
