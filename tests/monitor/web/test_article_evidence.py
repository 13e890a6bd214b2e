"""The story page and the API show evidence from the article field (docs/enrich.md)."""

from __future__ import annotations

import httpx
from sqlalchemy import Engine, update

from storage.models import Item
from tests.notifications.stored import add_story, decision


async def test_story_page_and_api_name_the_article_field(client: httpx.AsyncClient, wengine: Engine) -> None:
    story_id = add_story(wengine, "Scientists gather in Almaty for a week of talks")
    made = decision()
    made["matches"] = [{"term": "Almaty", "concept": "kz", "field": "title", "offset": 22, "count": 1},
                       {"term": "совместную лабораторию", "concept": "joint_lab", "field": "article",
                        "offset": 118, "count": 1},
                       {"term": "китайские", "concept": "china", "field": "article", "offset": 15, "count": 2}]
    with wengine.begin() as conn:
        conn.execute(update(Item).where(Item.story_id == story_id).values(decision=made))
    html = (await client.get(f"/stories/{story_id}")).text
    assert '<span class="term">совместную лабораторию</span> <span class="where">(article)</span>' in html
    assert '<span class="where">(article, ×2)</span>' in html
    [item_id] = (await client.get(f"/api/v1/stories/{story_id}")).json()["items"]
    shown = (await client.get(f"/api/v1/items/{item_id}")).json()
    assert [m["field"] for m in shown["decision"]["matches"]] == ["title", "article", "article"]
    assert shown["enrichment"] is None  # no article was read for this one
