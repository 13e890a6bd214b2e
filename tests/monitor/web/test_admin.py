"""Admin pages: sign-in with the token, a signed session cookie, CSRF-protected actions."""

from __future__ import annotations

import re

import httpx
from sqlalchemy import Engine

from storage.subscriptions import list_subscribers
from tests.monitor.web.conftest import ADMIN, AUTH_HEADERS


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]


async def sign_in(client: httpx.AsyncClient, token: str = ADMIN) -> httpx.Response:
    page = await client.get("/admin/login")
    return await client.post("/admin/login", data={"csrf": csrf_of(page.text), "token": token})


async def test_admin_pages_need_a_session(client: httpx.AsyncClient) -> None:
    r = await client.get("/admin")
    assert r.status_code == 303 and r.headers["location"] == "/admin/login"
    r = await client.post("/admin/subscribers/1/remove", data={})
    assert r.status_code == 303 and r.headers["location"] == "/admin/login"


async def test_a_wrong_token_is_refused(client: httpx.AsyncClient) -> None:
    r = await sign_in(client, "not-the-token-at-all")
    assert r.status_code == 401 and "monitor_admin" not in r.headers.get("set-cookie", "")


async def test_sign_in_list_remove_sign_out(client: httpx.AsyncClient, wengine: Engine) -> None:
    await client.post("/api/v1/subscribers", headers=AUTH_HEADERS,
                      json={"email": "ann@example.org", "confirmed": True})
    r = await sign_in(client)
    assert r.status_code == 303 and r.headers["location"] == "/admin"
    cookie = r.headers["set-cookie"]
    assert "monitor_admin=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert ADMIN not in cookie
    page = await client.get("/admin")
    assert page.status_code == 200 and "ann@example.org" in page.text
    assert page.headers["cache-control"] == "no-store"
    sub_id = list_subscribers(wengine)[0].id
    # Without the page's CSRF field the action is refused; with it, done.
    assert (await client.post(f"/admin/subscribers/{sub_id}/remove", data={})).status_code == 403
    assert list_subscribers(wengine)
    r = await client.post(f"/admin/subscribers/{sub_id}/remove", data={"csrf": csrf_of(page.text)})
    assert r.status_code == 303 and list_subscribers(wengine) == []
    r = await client.post("/admin/logout", data={"csrf": csrf_of(page.text)})
    assert r.status_code == 303 and 'monitor_admin=""' in r.headers["set-cookie"]


async def test_the_session_cookie_is_secure_over_https(app) -> None:  # type: ignore[no-untyped-def]
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://news.example.org") as http:
        r = await sign_in(http)
    assert r.status_code == 303 and "Secure" in r.headers["set-cookie"]


async def test_adding_a_webhook_on_the_admin_page_shows_the_secret_once(
        client: httpx.AsyncClient) -> None:
    await sign_in(client)
    page = await client.get("/admin")
    r = await client.post("/admin/webhooks/add", data={
        "csrf": csrf_of(page.text), "url": "http://127.0.0.1:9/hook/secret-path", "format": "json"})
    assert r.status_code == 200 and "Webhook 1 added" in r.text
    secret = re.search(r"shown once \(give it to the receiver\): ([\w-]+)", r.text).group(1)  # type: ignore[union-attr]
    again = await client.get("/admin")
    assert secret not in again.text and "secret-path" not in again.text and "http://127.0.0.1:9/…" in again.text
    r = await client.post("/admin/webhooks/add", data={
        "csrf": csrf_of(page.text), "url": "http://127.0.0.1:9/x", "format": "fax"})
    assert r.status_code == 400 and "is not one of json" in r.text
