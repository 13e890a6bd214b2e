"""The web app in-process: a migrated SQLite database with stories, the app, an httpx client
over ASGITransport (no socket)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine

from monitor.settings import Settings
from monitor.web.app import create_app
from monitor.web.metrics import Metrics
from storage import db
from tests.conftest import make_settings
from tests.notifications.stored import T0, add_source, add_story

ADMIN = "admin-token-0123456789abcdef"
SECRET = "link-signing-key-0123456789abcdef"
NOW = T0 + timedelta(days=2)


def web_settings(tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = dict(secret_key=SECRET, admin_token=ADMIN,
                                     public_url="https://news.example.org")
    values.update(overrides)
    return make_settings(tmp_path, **values)


@pytest.fixture
def wsettings(tmp_path: Path) -> Settings:
    return web_settings(tmp_path)


@pytest.fixture
def wengine(wsettings: Settings) -> Iterator[Engine]:
    engine = db.make_engine(wsettings.database_url)
    db.upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def stories(wengine: Engine) -> dict[str, int]:
    """A small, varied set: Kazakh science in English, Uzbek education in Russian, a Chinese
    story, an irrelevant one, and one with hostile markup in its title."""
    add_source(wengine, "wire", "Example Wire")
    add_source(wengine, "daily", "Example Daily")
    return {
        "lab": add_story(wengine, "Chinese and Kazakh universities open a joint laboratory",
                         relevant_since=T0, countries=("CN", "KZ"), topics=("joint_lab",)),
        "uz": add_story(wengine, "Китай и Узбекистан открыли совместный университет",
                        relevant_since=T0 + timedelta(hours=2), language="ru",
                        source_id="daily", countries=("CN", "UZ"), topics=("university",),
                        score=3.0),
        "zh": add_story(wengine, "中国与哈萨克斯坦共建联合实验室", relevant_since=T0 + timedelta(hours=4),
                        language="zh", countries=("CN", "KZ"), topics=("research",)),
        "football": add_story(wengine, "Football results from the weekend", relevant_since=None,
                              score=0.0, countries=(), topics=()),
        "hostile": add_story(wengine, "<script>alert(1)</script> Kyrgyz and Chinese joint centre",
                             relevant_since=T0 + timedelta(hours=6), countries=("CN", "KG"),
                             topics=("research",)),
    }


@pytest.fixture
def metrics() -> Metrics:
    return Metrics()


@pytest.fixture
def app(wsettings: Settings, wengine: Engine, metrics: Metrics):  # type: ignore[no-untyped-def]
    return create_app(wsettings, wengine, metrics=metrics, clock=lambda: NOW)


@pytest.fixture
async def client(app) -> AsyncIterator[httpx.AsyncClient]:  # type: ignore[no-untyped-def]
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


def now() -> datetime:
    return datetime.now(UTC)


AUTH_HEADERS = {"Authorization": f"Bearer {ADMIN}"}
