"""The web's read queries on SQLite and PostgreSQL alike: filters, search, paging, gauges."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine

from storage.browse import StoryFilter, find_stories, gauges, source_health
from storage.items import created_counts
from storage.notify_records import FilterText, NewDigest
from storage.outbox import emails_since, queue_email
from storage.stories import list_stories
from storage.subscriptions import add_subscriber
from tests.notifications.stored import T0, add_story


@pytest.fixture
def ids(engine: Engine) -> dict[str, int]:
    return {
        "lab": add_story(engine, "Chinese and Kazakh universities open a joint laboratory",
                         countries=("CN", "KZ"), topics=("joint_lab",)),
        "uz": add_story(engine, "Китай и Узбекистан открыли университет 100%",
                        relevant_since=T0 + timedelta(hours=1), language="ru", source_id="daily",
                        countries=("CN", "UZ"), topics=("university",)),
        "zh": add_story(engine, "中国与哈萨克斯坦共建联合实验室", relevant_since=T0 + timedelta(hours=2),
                        language="zh", countries=("CN", "KZ"), topics=("research",)),
        "off": add_story(engine, "Football results", relevant_since=None, countries=(), topics=()),
    }


@pytest.mark.parametrize(("f", "expected"), [
    (StoryFilter(), ["zh", "uz", "lab"]),
    (StoryFilter(relevant=None), ["zh", "uz", "off", "lab"]),  # same time: the newer id first
    (StoryFilter(relevant=False), ["off"]),
    (StoryFilter(countries=("KZ",)), ["zh", "lab"]),
    (StoryFilter(countries=("UZ", "KZ"), topics=("university",)), ["uz"]),
    (StoryFilter(languages=("ru", "zh")), ["zh", "uz"]),
    (StoryFilter(words=("университет",)), ["uz"]),
    (StoryFilter(words=("joint", "kazakh")), ["lab"]),
    (StoryFilter(words=("100%",)), ["uz"]),
    (StoryFilter(words=("0%",)), ["uz"]),
    (StoryFilter(words=("_",)), []),
    (StoryFilter(words=("联合实验室",)), ["zh"]),
    (StoryFilter(since=T0 - timedelta(minutes=30)), ["zh", "uz"]),
], ids=["relevant", "all", "irrelevant", "country", "countries-and-topic", "languages",
        "cyrillic", "two-words", "percent-literal", "percent-inside", "underscore-literal",
        "chinese", "since"])
def test_filters(engine: Engine, ids: dict[str, int], f: StoryFilter, expected: list[str]) -> None:
    page = find_stories(engine, f)
    assert [s.id for s in page.stories] == [ids[name] for name in expected]
    assert not page.more


def test_uppercase_cyrillic_search_folds_on_both_databases(engine: Engine, ids: dict[str, int]) -> None:
    assert [s.id for s in find_stories(engine, StoryFilter(words=("китай",))).stories] == [ids["uz"]]


def test_keyset_pages_match_the_cli_listing(engine: Engine, ids: dict[str, int]) -> None:
    seen, after = [], None
    while True:
        page = find_stories(engine, StoryFilter(relevant=None, after=after), limit=1)
        seen += [s.id for s in page.stories]
        if not page.more:
            break
        after = page.last
    assert seen == [s.id for s in list_stories(engine)]


def test_source_health_and_gauges(engine: Engine, ids: dict[str, int]) -> None:
    health = {h.state.id: h for h in source_health(engine)}
    assert health["wire"].items == 3 and health["daily"].items == 1
    assert health["wire"].health == "never polled"
    found = gauges(engine)
    assert (found.outbox_pending, found.outbox_oldest, found.sources_failing) == (0, None, 0)
    sub = add_subscriber(engine, email="a@example.org", name="", timezone="UTC", schedule="daily",
                         at="08:00", day=None, filters=FilterText(), confirmed=False, now=T0,
                         next_digest_at=T0)
    queue_email(engine, sub.id, kind="confirm", now=T0,
                render=lambda i: NewDigest("Subject: x\r\n\r\nbody", f"<c.{i}@x>"))
    found = gauges(engine)
    assert found.outbox_pending == 1 and found.outbox_oldest == T0
    assert emails_since(engine, sub.id, "confirm", T0 - timedelta(days=1)) == [T0]
    assert emails_since(engine, sub.id, "confirm", T0 + timedelta(seconds=1)) == []


def test_created_counts(engine: Engine, ids: dict[str, int]) -> None:
    from sqlalchemy import select

    from storage.models import Item

    with engine.connect() as conn:
        item_ids = list(conn.execute(select(Item.id)).scalars())
    assert created_counts(engine, item_ids) == (4, 3, 4)
