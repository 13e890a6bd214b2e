"""/livez, /readyz and /metrics; the metrics observers fed by a real poll and a real send."""

from __future__ import annotations

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import Engine, text

from monitor.app import poller_for, sync_configured_sources
from monitor.feeds.sources import load_configured_sources
from monitor.settings import Settings
from monitor.web.app import create_app
from monitor.web.metrics import Metrics
from tests.notifications.test_e2e_notifications import IRRELEVANT, RELEVANT, rss
from tests.support.feedserver import FeedServer


def samples(body: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    out = {}
    for family in text_string_to_metric_families(body):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


async def test_livez(client: httpx.AsyncClient) -> None:
    r = await client.get("/livez")
    assert r.status_code == 200 and r.json() == {"status": "alive"}


@pytest.mark.parametrize(("scheduler", "status", "says"), [
    (None, 200, "not run in this process"), (lambda: True, 200, "running"),
    (lambda: False, 503, "stopped"),
], ids=["web-only", "scheduler-running", "scheduler-stopped"])
async def test_readyz(wsettings: Settings, wengine: Engine, scheduler, status: int,  # type: ignore[no-untyped-def]
                      says: str) -> None:
    app = create_app(wsettings, wengine, scheduler=scheduler)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        r = await c.get("/readyz")
    assert r.status_code == status
    body = r.json()
    assert says in body["checks"]["scheduler"] and body["checks"]["database"] == "answers"


async def test_readyz_says_when_the_schema_is_behind(client: httpx.AsyncClient,
                                                     wengine: Engine) -> None:
    with wengine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0003'"))
    r = await client.get("/readyz")
    assert r.status_code == 503 and "run `monitor db upgrade`" in r.json()["checks"]["schema"]


async def test_readyz_says_when_the_database_does_not_answer(wsettings: Settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from storage import db

    engine = db.make_engine(f"sqlite:///{tmp_path}/missing/dir/../../x.db")
    app = create_app(wsettings, engine)
    engine.dispose()
    (tmp_path / "x.db").write_bytes(b"this is not a database file at all" * 100)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        r = await c.get("/readyz")
    assert r.status_code == 503 and r.json()["checks"]["database"].startswith("does not answer")


async def test_metrics_parse_and_name_things_by_convention(client: httpx.AsyncClient,
                                                           stories: dict[str, int]) -> None:
    r = await client.get("/metrics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain; version=0.0.4")
    found = samples(r.text)
    assert found[("monitor_fetches_total", (("outcome", "ok"),))] == 0
    assert found[("monitor_deliveries_total", (("channel", "email"), ("outcome", "sent")))] == 0
    assert found[("monitor_outbox_pending", ())] == 0
    assert found[("monitor_sources_failing", ())] == 0
    assert found[("monitor_database_up", ())] == 1
    assert any(name == "monitor_build_info" for name, _ in found)
    assert ("monitor_fetch_duration_seconds_count", ()) in found
    for family in text_string_to_metric_families(r.text):
        if family.type == "counter":
            assert all(s.name.endswith(("_total", "_created")) for s in family.samples)


async def test_a_poll_and_a_send_are_counted(feed_server: FeedServer, wsettings: Settings,
                                             wengine: Engine, metrics: Metrics,
                                             client: httpx.AsyncClient, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from monitor.notify.notifier import Notifier
    from tests.monitor.web.conftest import AUTH_HEADERS

    base = feed_server.url("")
    good = feed_server.add_feed("/wire.xml", rss(base, [*RELEVANT[:2], IRRELEVANT]))
    (tmp_path / "sources.yaml").write_text(
        f"sources:\n  - {{id: wire, url: '{good}'}}\n  - {{id: gone, url: '{base}/missing.xml'}}\n")
    sources = load_configured_sources(wsettings)
    sync_configured_sources(wengine, wsettings, sources)
    async with poller_for(wsettings, wengine, observer=metrics) as poller:
        await poller.run_cycle(ignore_schedule=True)
        await poller.run_cycle(ignore_schedule=True)  # the feed answers 304 now
    r = await client.post("/api/v1/subscribers", headers=AUTH_HEADERS,
                          json={"email": "dee@example.org"})
    assert r.status_code == 201
    await Notifier(wsettings, wengine, observer=metrics).send_due()  # written as .eml

    found = samples((await client.get("/metrics")).text)
    assert found[("monitor_fetches_total", (("outcome", "ok"),))] == 1
    assert found[("monitor_fetches_total", (("outcome", "not_modified"),))] == 1
    assert found[("monitor_fetches_total", (("outcome", "error"),))] == 2
    assert found[("monitor_fetch_duration_seconds_count", ())] == 4
    assert found[("monitor_items_created_total", ())] == 3
    assert found[("monitor_items_relevant_total", ())] == 2
    assert found[("monitor_stories_created_total", ())] == 3
    assert found[("monitor_deliveries_total", (("channel", "email"), ("outcome", "sent")))] == 1
    assert found[("monitor_sources_failing", ())] == 1
    assert found[("monitor_outbox_pending", ())] == 0


async def test_http_requests_are_counted_by_route(client: httpx.AsyncClient,
                                                  stories: dict[str, int]) -> None:
    await client.get(f"/stories/{stories['lab']}")
    await client.get("/stories/999999")
    await client.get("/no/such/page")
    found = samples((await client.get("/metrics")).text)
    route = (("method", "GET"), ("route", "/stories/{story_id}"))
    assert found[("monitor_http_requests_total", (*route, ("status", "200")))] == 1
    assert found[("monitor_http_requests_total", (*route, ("status", "404")))] == 1
    assert found[("monitor_http_requests_total", (("method", "GET"), ("route", "unmatched"),
                                                 ("status", "404")))] == 1
    assert found[("monitor_http_request_duration_seconds_count", (("route", "/stories/{story_id}"),))] == 2


@pytest.mark.parametrize("path", ["/livez", "/readyz", "/", "/feeds/stories.atom"])
async def test_head_is_answered_like_get_without_a_body(client: httpx.AsyncClient, path: str) -> None:
    head, get = await client.head(path), await client.get(path)
    assert head.status_code == get.status_code == 200
    assert head.content == b"" and head.headers["content-type"] == get.headers["content-type"]
