"""The web app on PostgreSQL: the pages, the API and the feeds over the same stories, and the
subscription path (skipped with the reason when no PostgreSQL answers)."""

from __future__ import annotations

import re
from pathlib import Path

import feedparser
import httpx
import pytest

from monitor.web.app import create_app
from storage import db
from tests.monitor.web.conftest import NOW, web_settings
from tests.support.webdata import add_demo_stories

pytestmark = pytest.mark.postgres


async def test_pages_api_feeds_and_subscribing(pg_url: str, tmp_path: Path) -> None:
    settings = web_settings(tmp_path, database_url=pg_url)
    engine = db.make_engine(pg_url)
    db.upgrade(engine)
    ids = add_demo_stories(engine)
    app = create_app(settings, engine, clock=lambda: NOW)
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
            api = (await c.get("/api/v1/stories?relevant=true")).json()["stories"]
            assert len(api) == 5
            atom = feedparser.parse((await c.get("/feeds/stories.atom")).content)
            assert [int(e.id.rsplit("/", 1)[1]) for e in atom.entries] == [s["id"] for s in api]
            for query, first in (("country=UZ", "Китай и"), ("q=ЛАБОРАТОРИЯ+china", None),
                                 ("q=laboratory", "China and"), ("q=联合实验室", "中国与哈萨克斯坦共建联合实验室，推动干旱区农业科技合作"),
                                 ("topic=education&lang=en", "Chinese government")):
                found = [int(i) for i in re.findall(r'<h2 id="s(\d+)"[^>]*>', (await c.get(f"/?{query}")).text)]
                assert found == ([ids[first]] if first else []), query
            assert (await c.get(f"/stories/{ids['China and']}")).status_code == 200
            assert "Broken Feed" in (await c.get("/sources")).text
            assert (await c.get("/readyz")).json()["status"] == "ready"
            page = await c.get("/subscribe")
            csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
            r = await c.post("/subscribe", data={"csrf": csrf, "email": "pg@example.org",
                                                 "country": "KZ"})
            assert r.status_code == 200
            metrics = (await c.get("/metrics")).text
            assert "monitor_outbox_pending 1.0" in metrics
    finally:
        engine.dispose()
