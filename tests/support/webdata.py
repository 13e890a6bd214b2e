"""Stories for the web's tests, browser checks and screenshots: a few realistic ones (several
outlets, English, Russian and Chinese, decisions as the classifier stores them), a failing
source, and a bulk loader for the page-time measurement."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, insert, select

from storage.models import Item, Sighting, Source, Story

NOW = datetime(2026, 11, 6, 12, 0, tzinfo=UTC)

SOURCES = (
    ("xinhua-en", "Xinhua English", "en"), ("kazinform-ru", "Kazinform", "ru"),
    ("kun-uz", "Kun.uz", "ru"), ("people-zh", "People's Daily", "zh"),
    ("akipress", "AKIpress", "en"), ("broken", "Broken Feed", "en"),
)


def _decision(title_terms: list[tuple[str, str]], summary_terms: list[tuple[str, str]],
              countries: list[str], topics: list[str], score: float,
              rules: list[tuple[str, float]]) -> dict[str, Any]:
    matches = [{"term": t, "concept": c, "field": "title", "offset": 0, "count": 1}
               for t, c in title_terms]
    matches += [{"term": t, "concept": c, "field": "summary", "offset": 0, "count": 2 if i == 0 else 1}
                for i, (t, c) in enumerate(summary_terms)]
    return {"relevant": score >= 2.0, "score": score, "countries": countries, "topics": topics,
            "matches": matches, "rules_version": "demo-2026.11",
            "rules": [{"id": r, "contribution": v, "veto": False} for r, v in rules]}


# (title, summary, language, [(source, url)], decision, hours before NOW)
STORIES: list[tuple[str, str, str, list[tuple[str, str]], dict[str, Any], int]] = [
    ("China and Kazakhstan open a joint laboratory for water research in Almaty",
     "The Chinese Academy of Sciences and Al-Farabi Kazakh National University opened a joint "
     "laboratory that will study glacier melt and water supply in Central Asia. Chinese and Kazakh "
     "researchers will share data from twelve monitoring stations.",
     "en", [("xinhua-en", "https://english.news.example.cn/2026/joint-lab-almaty"),
            ("kazinform-ru", "https://kazinform.example.kz/ru/kitai-kazakhstan-laboratoriya")],
     _decision([("China", "china"), ("Kazakhstan", "kz"), ("joint laboratory", "joint_lab")],
               [("Chinese", "china"), ("Kazakh", "kz"), ("researchers", "research")],
               ["CN", "KZ"], ["joint_lab", "research"], 7.5,
               [("china_and_central_asia", 3.0), ("cooperation_topic", 2.5), ("title_bonus", 2.0)]), 2),
    ("Китай и Узбекистан откроют совместный университет в Ташкенте",
     "Министерство высшего образования Узбекистана и китайский университет подписали соглашение "
     "об открытии совместного вуза: обучение начнётся в сентябре.",
     "ru", [("kun-uz", "https://kun.example.uz/ru/news/2026/11/05/sovmestnyj-universitet")],
     _decision([("Китай", "china"), ("Узбекистан", "uz"), ("университет", "university")],
               [("Узбекистана", "uz"), ("китайский", "china")], ["CN", "UZ"], ["university"], 5.0,
               [("china_and_central_asia", 3.0), ("cooperation_topic", 2.0)]), 5),
    ("中国与哈萨克斯坦共建联合实验室，推动干旱区农业科技合作",
     "中国科学院新疆生态与地理研究所与哈萨克斯坦国立农业大学签署协议，共建联合实验室。",
     "zh", [("people-zh", "https://world.people.example.cn/n1/2026/1105/c1002.html")],
     _decision([("中国", "china"), ("哈萨克斯坦", "kz"), ("联合实验室", "joint_lab")],
               [("中国科学院", "china"), ("哈萨克斯坦", "kz")], ["CN", "KZ"], ["joint_lab", "agriculture"],
               6.0, [("china_and_central_asia", 3.0), ("cooperation_topic", 3.0)]), 8),
    ("Chinese government offers 200 scholarships to students from Kyrgyzstan for engineering and "
     "medicine degrees at universities in Beijing, Shanghai and Xi'an",
     "Kyrgyz students can apply until 1 December; the scholarships cover tuition, housing and a "
     "monthly allowance for the length of the programme.",
     "en", [("akipress", "https://akipress.example.org/news:812345/")],
     _decision([("Chinese", "china"), ("Kyrgyzstan", "kg"), ("scholarships", "student_exchange")],
               [("Kyrgyz", "kg")], ["CN", "KG"], ["student_exchange"], 4.0,
               [("china_and_central_asia", 3.0), ("cooperation_topic", 1.0)]), 26),
    ("Tajik and Chinese seismologists start a joint earthquake early-warning network",
     "Scientists from the Tajik Academy of Sciences and the China Earthquake Administration will "
     "install thirty sensors along the Vakhsh valley.",
     "en", [("xinhua-en", "https://english.news.example.cn/2026/tajik-seismology")],
     _decision([("Tajik", "tj"), ("Chinese", "china")], [("China", "china")], ["CN", "TJ"],
               ["research"], 4.5, [("china_and_central_asia", 3.0), ("cooperation_topic", 1.5)]), 50),
    ("Football results from the weekend", "Scores and highlights from the national league.",
     "en", [("akipress", "https://akipress.example.org/news:812399/")],
     _decision([], [], [], [], 0.0, []), 3),
]


def add_sources(engine: Engine) -> None:
    with engine.begin() as conn:
        for sid, name, lang in SOURCES:
            if conn.execute(select(Source.id).where(Source.id == sid)).first() is None:
                broken = sid == "broken"
                conn.execute(insert(Source).values(
                    id=sid, name=name, url=f"https://{sid}.example.org/rss", language=lang,
                    interval_seconds=1800, enabled=True, in_config=True, dedup=True,
                    next_poll_at=NOW, consecutive_failures=3 if broken else 0,
                    last_status="error" if broken else "ok", last_http_status=503 if broken else 200,
                    last_error="HTTP 503 Service Unavailable" if broken else None,
                    last_polled_at=NOW - timedelta(minutes=12),
                    last_success_at=None if broken else NOW - timedelta(minutes=12),
                    created_at=NOW, updated_at=NOW))


def add_demo_stories(engine: Engine) -> dict[str, int]:
    """The stories above; returns their ids by the first words of their titles."""
    add_sources(engine)
    ids: dict[str, int] = {}
    for n, (title, summary, lang, copies, decision, hours) in enumerate(STORIES):
        seen = NOW - timedelta(hours=hours)
        relevant = bool(decision["relevant"])
        with engine.begin() as conn:
            story_id = conn.execute(insert(Story).values(
                title=title, url=copies[0][1], language=lang, published_at=seen - timedelta(minutes=30),
                first_seen_at=seen, last_seen_at=seen + timedelta(minutes=20 * (len(copies) - 1)),
                relevant=relevant, relevant_since=seen if relevant else None,
                score=decision["score"])).inserted_primary_key[0]
            for k, (source, url) in enumerate(copies):
                item_id = conn.execute(insert(Item).values(
                    source_id=source, item_key=f"demo{n}-{k}", url=url,
                    title=title if k == 0 else f"{title} ({source})", summary=summary,
                    language=lang if k == 0 else dict((s, lg) for s, _, lg in SOURCES)[source],
                    published_at=seen - timedelta(minutes=30), fetched_at=seen,
                    content_hash="0" * 64, relevant=relevant, score=decision["score"] - k,
                    decision=decision, rules_version=decision["rules_version"], story_id=story_id,
                    canonical_url=url)).inserted_primary_key[0]
                conn.execute(insert(Sighting).values(item_id=item_id, source_id=source,
                                                     item_key=f"demo{n}-{k}", url=url,
                                                     seen_at=seen + timedelta(minutes=20 * k)))
        ids[" ".join(title.split()[:2])] = story_id
    return ids


def add_bulk_stories(engine: Engine, count: int, *, relevant_every: int = 3) -> None:
    """``count`` one-item stories (every ``relevant_every``-th relevant), inserted in bulk."""
    add_sources(engine)
    countries = (["CN", "KZ"], ["CN", "UZ"], ["CN", "KG"], ["CN", "TJ"], ["CN", "TM"])
    stories, items, sightings = [], [], []
    with engine.begin() as conn:
        start = (conn.execute(select(Story.id).order_by(Story.id.desc())).scalar() or 0) + 1
        first_item = (conn.execute(select(Item.id).order_by(Item.id.desc())).scalar() or 0) + 1
    for n in range(count):
        sid, iid = start + n, first_item + n
        relevant = n % relevant_every == 0
        at = NOW - timedelta(minutes=7 * n + 600)
        decision = _decision([("China", "china")], [("university", "university")],
                             countries[n % 5], ["university" if n % 2 else "research"],
                             4.0 if relevant else 0.5, [("china_and_central_asia", 3.0)])
        title = f"Story {n}: {'university' if n % 7 == 0 else 'cooperation'} news about China and Central Asia"
        url = f"https://bulk.example.org/{n}"
        stories.append(dict(id=sid, title=title, url=url, language="en", published_at=at,
                            first_seen_at=at, last_seen_at=at, relevant=relevant,
                            relevant_since=at if relevant else None, score=decision["score"]))
        items.append(dict(id=iid, source_id="xinhua-en", item_key=f"bulk{sid}", url=url, title=title,
                          summary=f"Summary number {n} of a story about a joint project.",
                          language="en", published_at=at, fetched_at=at, content_hash="0" * 64,
                          relevant=relevant, score=decision["score"], decision=decision,
                          rules_version="demo", story_id=sid, canonical_url=url))
        sightings.append(dict(item_id=iid, source_id="xinhua-en", item_key=f"bulk{sid}", url=url,
                              seen_at=at))
    with engine.begin() as conn:
        conn.execute(insert(Story), stories)
        conn.execute(insert(Item), items)
        conn.execute(insert(Sighting), sightings)

