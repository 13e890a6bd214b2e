"""The JSON API in-process: stories as the CLI prints them, paging, errors, admin."""

from __future__ import annotations

import io
import json

import httpx
import pytest

from monitor.cli import main
from monitor.settings import Settings
from tests.monitor.web.conftest import ADMIN

AUTH = {"Authorization": f"Bearer {ADMIN}"}


def cli_stories(settings: Settings, *args: str) -> list[dict]:  # type: ignore[type-arg]
    out = io.StringIO()
    env = {"MONITOR_DATABASE_URL": settings.database_url, "MONITOR_DATA_DIR": settings.data_dir,
           "MONITOR_LOG_LEVEL": "error"}
    assert main(["stories", "list", "--json", *args], environ=env, out=out) == 0
    return [json.loads(line) for line in out.getvalue().splitlines()]


@pytest.mark.parametrize(("query", "flags"), [
    ("relevant=true", ["--relevant"]), ("", []), ("relevant=true&since=2026-11-03T10:00Z",
                                                  ["--relevant", "--since", "2026-11-03T10:00Z"]),
], ids=["relevant", "all", "since"])
async def test_stories_are_what_the_cli_prints(client: httpx.AsyncClient, stories: dict[str, int],
                                               wsettings: Settings, query: str,
                                               flags: list[str]) -> None:
    r = await client.get(f"/api/v1/stories?{query}")
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    assert r.json()["stories"] == cli_stories(wsettings, *flags)
    assert r.json()["next_cursor"] is None


async def test_cursor_paging(client: httpx.AsyncClient, stories: dict[str, int],
                             wsettings: Settings) -> None:
    seen: list[dict] = []  # type: ignore[type-arg]
    url = "/api/v1/stories?limit=2"
    while url:
        page = (await client.get(url)).json()
        seen += page["stories"]
        url = f"/api/v1/stories?limit=2&cursor={page['next_cursor']}" if page["next_cursor"] else ""
    assert seen == cli_stories(wsettings)


async def test_one_story_and_one_item(client: httpx.AsyncClient, stories: dict[str, int],
                                      wsettings: Settings) -> None:
    story = (await client.get(f"/api/v1/stories/{stories['uz']}")).json()
    assert story == next(s for s in cli_stories(wsettings) if s["id"] == stories["uz"])
    item = (await client.get(f"/api/v1/items/{story['items'][0]}")).json()
    assert item["story"] == story["id"] and item["decision"]["countries"] == ["CN", "UZ"]


@pytest.mark.parametrize(("path", "status", "message"), [
    ("/api/v1/stories/999", 404, "no story 999; list them with GET /api/v1/stories"),
    ("/api/v1/stories/abc", 400, "story_id: "),
    ("/api/v1/items/999", 404, "no item 999"),
    ("/api/v1/stories?relevant=maybe", 400, "relevant: \"maybe\" is not true, false or any"),
    ("/api/v1/stories?limit=501", 400, "limit: \"501\" is not a whole number from 1 to 500"),
    ("/api/v1/stories?lang=xx", 400, "lang: unknown language value 'xx'"),
    ("/api/v1/nothing", 404, "no such endpoint; see /api/v1/openapi.json"),
], ids=["no-story", "bad-id", "no-item", "relevant", "limit", "lang", "no-endpoint"])
async def test_errors_are_json_and_say_how_to_fix(client: httpx.AsyncClient, path: str,
                                                  status: int, message: str) -> None:
    r = await client.get(path)
    assert r.status_code == status
    body = r.json()
    assert body["status"] == status and message in body["error"], body


async def test_sources(client: httpx.AsyncClient, stories: dict[str, int]) -> None:
    sources = (await client.get("/api/v1/sources")).json()["sources"]
    wire = next(s for s in sources if s["id"] == "wire")
    assert wire["name"] == "Example Wire" and wire["items"] == 4 and wire["health"] == "never polled"
    assert set(wire) >= {"last_success", "consecutive_failures", "last_error", "next_poll"}


async def test_openapi_documents_the_api(client: httpx.AsyncClient) -> None:
    doc = (await client.get("/api/v1/openapi.json")).json()
    paths = set(doc["paths"])
    assert {"/api/v1/stories", "/api/v1/stories/{story_id}", "/api/v1/items/{item_id}",
            "/api/v1/sources", "/api/v1/subscribers", "/api/v1/webhooks", "/api/v1/deliveries",
            "/api/v1/deliveries/{delivery_id}/retry"} <= paths
    assert not any(not p.startswith("/api/v1/") for p in paths)


# --- admin --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("headers", "status", "message"), [
    ({}, 401, "send the admin token as `Authorization: Bearer"),
    ({"Authorization": "Basic abc"}, 401, "send the admin token"),
    ({"Authorization": "Bearer wrong-token"}, 401, "is not this server's MONITOR_ADMIN_TOKEN"),
], ids=["missing", "not-bearer", "wrong"])
async def test_admin_needs_the_token(client: httpx.AsyncClient, headers: dict[str, str],
                                     status: int, message: str) -> None:
    for path in ("/api/v1/subscribers", "/api/v1/webhooks", "/api/v1/deliveries"):
        r = await client.get(path, headers=headers)
        assert r.status_code == status and message in r.json()["error"]
        assert r.headers["www-authenticate"] == "Bearer"


async def test_admin_is_off_without_a_token(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from monitor.web.app import create_app
    from storage import db
    from tests.monitor.web.conftest import web_settings

    settings = web_settings(tmp_path, admin_token="")
    engine = db.make_engine(settings.database_url)
    db.upgrade(engine)
    transport = httpx.ASGITransport(app=create_app(settings, engine))
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
        r = await http.get("/api/v1/subscribers", headers={"Authorization": "Bearer "})
        assert r.status_code == 403 and "set MONITOR_ADMIN_TOKEN" in r.json()["error"]
        assert (await http.get("/admin")).status_code == 404
    engine.dispose()


async def test_subscribers_add_list_remove(client: httpx.AsyncClient) -> None:
    r = await client.post("/api/v1/subscribers", headers=AUTH, json={
        "email": "ann@example.org", "timezone": "Asia/Almaty", "at": "07:30",
        "countries": ["KZ"], "confirmed": True})
    assert r.status_code == 201, r.text
    sub = r.json()
    assert sub["email"] == "ann@example.org" and sub["countries"] == "KZ" and sub["confirmed"]
    r = await client.post("/api/v1/subscribers", headers=AUTH, json={"email": "ann@example.org"})
    assert r.status_code == 409 and "already exists" in r.json()["error"]
    r = await client.post("/api/v1/subscribers", headers=AUTH, json={"email": "x@y", "timezone": "Mars/Base"})
    assert r.status_code == 400 and "domain like example.org" in r.json()["error"]
    listed = (await client.get("/api/v1/subscribers", headers=AUTH)).json()["subscribers"]
    assert [s["email"] for s in listed] == ["ann@example.org"]
    assert (await client.delete(f"/api/v1/subscribers/{sub['id']}", headers=AUTH)).status_code == 200
    assert (await client.delete(f"/api/v1/subscribers/{sub['id']}", headers=AUTH)).status_code == 404


async def test_an_unconfirmed_subscriber_added_by_an_admin_gets_the_confirmation(
        client: httpx.AsyncClient) -> None:
    r = await client.post("/api/v1/subscribers", headers=AUTH, json={"email": "bo@example.org"})
    assert r.status_code == 201 and not r.json()["confirmed"]
    rows = (await client.get("/api/v1/deliveries", headers=AUTH)).json()["deliveries"]
    assert [(d["kind"], d["target"], d["status"]) for d in rows] == [
        ("confirm", "bo@example.org", "pending")]


async def test_webhooks_add_list_remove_never_show_the_url(client: httpx.AsyncClient) -> None:
    r = await client.post("/api/v1/webhooks", headers=AUTH, json={
        "url": "http://127.0.0.1:9/hooks/secret-path", "format": "json"})
    assert r.status_code == 201, r.text
    hook = r.json()
    assert hook["url"] == "http://127.0.0.1:9/…" and len(hook["secret"]) >= 16 and hook["signed"]
    listed = (await client.get("/api/v1/webhooks", headers=AUTH)).json()["webhooks"]
    assert "secret" not in listed[0] and "secret-path" not in json.dumps(listed)
    r = await client.post("/api/v1/webhooks", headers=AUTH, json={"url": "ftp://x", "format": "json"})
    assert r.status_code == 400
    r = await client.post("/api/v1/webhooks", headers=AUTH, json={"url": "http://x", "format": "fax"})
    assert r.status_code == 400 and "json, slack" in r.json()["error"]
    assert (await client.delete(f"/api/v1/webhooks/{hook['id']}", headers=AUTH)).status_code == 200


async def test_deliveries_retry(client: httpx.AsyncClient, wengine) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from sqlalchemy import update

    from storage.notify_models import Delivery

    await client.post("/api/v1/subscribers", headers=AUTH, json={"email": "cy@example.org"})
    delivery = (await client.get("/api/v1/deliveries", headers=AUTH)).json()["deliveries"][0]
    r = await client.post(f"/api/v1/deliveries/{delivery['id']}/retry", headers=AUTH)
    assert r.status_code == 409 and "only failed or dead" in r.json()["error"]
    with wengine.begin() as conn:
        conn.execute(update(Delivery).values(status="dead", attempts=14,
                                             updated_at=datetime.now(UTC)))
    assert (await client.get("/api/v1/deliveries?status=dead", headers=AUTH)).json()["deliveries"]
    r = await client.post(f"/api/v1/deliveries/{delivery['id']}/retry", headers=AUTH)
    assert r.status_code == 200
    again = (await client.get("/api/v1/deliveries", headers=AUTH)).json()["deliveries"][0]
    assert (again["status"], again["attempts"]) == ("pending", 0)
    r = await client.get("/api/v1/deliveries?status=lost", headers=AUTH)
    assert r.status_code == 400 and "pending, sent, failed, dead" in r.json()["error"]


async def test_openapi_documents_the_error_shape_and_the_admin_token(client: httpx.AsyncClient) -> None:
    doc = (await client.get("/api/v1/openapi.json")).json()
    assert "HTTPValidationError" not in json.dumps(doc)
    stories = doc["paths"]["/api/v1/stories"]["get"]
    assert stories["responses"]["400"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Error"}
    assert "security" not in stories
    assert doc["paths"]["/api/v1/subscribers"]["get"]["security"] == [{"bearer": []}]
    assert doc["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
