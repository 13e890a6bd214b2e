"""Story builders and the fixed story set behind the digest golden files.

Change ``golden_stories`` and the golden files change: regenerate them with
``UPDATE_GOLDEN=1 .venv/bin/python -m pytest -q tests/notifications/test_digest.py``
and review the diff.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from notifications.model import Evidence, Filters, Recipient, Schedule, Story, StoryItem

PUBLIC_URL = "https://news.example.org"
UNSUBSCRIBE_URL = "https://news.example.org/unsubscribe/TOKEN-abc_123"


def at(day: int, hour: int = 0, minute: int = 0, month: int = 11, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def item(id_: int, source: str, url: str, *, title: str = "t", language: str = "en",
         published: datetime | None = None) -> StoryItem:
    return StoryItem(id_, source.lower().replace(" ", "-"), source, url, title, language,
                     published or at(3, 9))


def make_story(**overrides: Any) -> Story:
    base = Story(
        id=1,
        title="China and Kazakhstan open a joint laboratory",
        url="https://example.org/a/1",
        summary="Short summary.",
        published=at(3, 9),
        language="en",
        sources=("Example Wire",),
        languages=("en",),
        countries=("CN", "KZ"),
        topics=("science",),
        score=0.9,
        evidence=(Evidence("Chinese", "China", "title"),
                  Evidence("Kazakh", "Kazakhstan", "title")),
        items=(),
    )
    return replace(base, **overrides)


def recipient(**overrides: Any) -> Recipient:
    values: dict[str, Any] = {
        "subscriber_id": 7,
        "email": "reader@example.org",
        "name": "Dana Reader",
        "schedule": Schedule.parse("daily", "08:00", None, "Asia/Almaty"),
        "filters": Filters(),
    }
    values.update(overrides)
    return Recipient(**values)


def golden_stories() -> list[Story]:
    long_en = (
        "The Chinese Academy of Sciences and Al-Farabi Kazakh National University opened a "
        "joint laboratory in Almaty that will monitor glaciers in the Tian Shan and model "
        "water supply for the Ili river basin. Twenty researchers from both countries will "
        "work there. The first results are expected next year in an open data portal shared "
        "by both academies, and the partners plan a summer school for doctoral students."
    )
    long_zh = (
        "中国科学院与乌兹别克斯坦创新发展部签署协议，在塔什干共建人工智能联合研究中心，"
        "重点开展农业遥感、智慧城市和乌兹别克语自然语言处理研究。" * 4
    )
    return [
        make_story(
            id=1, title="China and Kazakhstan open joint laboratory for glacier research",
            url="https://example.org/wire/1", summary=long_en, published=at(3, 9),
            sources=("Example Wire", "Steppe Daily", "Silk Road Times"),
            countries=("CN", "KZ"), topics=("science",), score=0.94,
            evidence=(Evidence("Chinese", "China", "summary"),
                      Evidence("China", "China", "title"),
                      Evidence("Kazakhstan", "Kazakhstan", "title"),
                      Evidence("joint laboratory", "joint lab", "title")),
            items=(item(11, "Example Wire", "https://example.org/wire/1"),
                   item(12, "Steppe Daily", "https://steppe.example.com/news/77"),
                   item(13, "Silk Road Times", "javascript:alert(1)")),
        ),
        make_story(
            id=2, title="Казахстанские студенты получат 200 стипендий китайских университетов",
            url="https://example.kz/ru/2", language="ru", languages=("ru",),
            summary="Министерство науки и высшего образования сообщило о 200 стипендиях.",
            published=at(3, 14), sources=("Пример.kz",), countries=("KZ", "CN"),
            topics=("education", "science"), score=0.88,
            evidence=(Evidence("Казахстанские", "Kazakhstan", "title"),
                      Evidence("китайских", "China", "title"),
                      Evidence("стипендий", "scholarship", "title")),
        ),
        make_story(
            id=3, title="中国与乌兹别克斯坦共建人工智能联合研究中心", url="https://example.cn/3",
            language="zh", languages=("zh", "en"), summary=long_zh, published=at(4, 2),
            sources=("示例新闻网", "Example Wire"), countries=("CN", "UZ"),
            topics=("technology",), score=0.91,
            evidence=(Evidence("中国", "China", "title"),
                      Evidence("乌兹别克斯坦", "Uzbekistan", "title"),
                      Evidence("联合研究中心", "joint research centre", "title")),
        ),
        make_story(
            id=4, title="Tajik and Chinese engineers test a small hydropower design",
            url="https://example.tj/4", summary="Engineers in Dushanbe tested a turbine.",
            published=at(4, 1), countries=("TJ", "CN"), topics=("energy",), score=0.7,
            evidence=(Evidence("Tajik", "Tajikistan", "title"),
                      Evidence("Chinese", "China", "title")),
        ),
        make_story(
            id=5, title="China–Central Asia summit launches a university alliance",
            url="https://example.org/wire/5", summary="Forty universities formed an alliance.",
            published=at(4, 7), countries=("CN",), topics=("education",), score=0.85,
            evidence=(Evidence("China–Central Asia", "China", "title"),
                      Evidence("university alliance", "academic cooperation", "title")),
        ),
        make_story(
            id=6, title="<b>Kazakh & Chinese</b> \"space\" agencies sign a data deal",
            url="javascript:alert(document.cookie)",
            summary="A summary with <i>markup</i> & an ampersand.", published=at(3, 20),
            countries=("KZ", "CN"), topics=(), score=0.6, sources=("Odd Feed",),
            evidence=(Evidence("Kazakh", "Kazakhstan", "title"),),
        ),
    ]
