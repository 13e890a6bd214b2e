"""Fixed, realistic sample data for ``monitor webhooks test`` and the digest screenshot script.

The stories are invented (the URLs point at ``example.org``/``example.com``) so a
test alert can never be mistaken for real news.
"""

from __future__ import annotations

from datetime import UTC, datetime

from notifications.model import Evidence, Filters, Recipient, Schedule, Story, StoryItem


def sample_story() -> Story:
    """One story for ``webhooks test``: id 0, title marked as a test."""
    published = datetime(2026, 11, 3, 9, 30, tzinfo=UTC)
    return Story(
        id=0,
        title="[Test alert] China and Kazakhstan open a joint laboratory for water research",
        url="https://example.org/news/joint-lab-water-research",
        summary=(
            "This is a test alert from the China–Central Asia news monitor. A real alert "
            "carries a story like this one: the Chinese Academy of Sciences and Al-Farabi "
            "Kazakh National University signed an agreement to open a joint laboratory "
            "on water resources in Almaty."
        ),
        published=published,
        language="en",
        sources=("Example Wire", "Example Daily"),
        languages=("en", "ru"),
        countries=("CN", "KZ"),
        topics=("science",),
        score=0.92,
        evidence=(
            Evidence("China", "China", "title"),
            Evidence("Kazakhstan", "Kazakhstan", "title"),
            Evidence("joint laboratory", "joint lab", "title"),
        ),
        items=(
            StoryItem(1, "example-wire", "Example Wire",
                      "https://example.org/news/joint-lab-water-research",
                      "China and Kazakhstan open a joint laboratory for water research",
                      "en", published),
            StoryItem(2, "example-daily", "Example Daily",
                      "https://example.com/ru/kitai-kazakhstan-laboratoriya",
                      "Китай и Казахстан открыли совместную лабораторию", "ru", published),
        ),
    )


def _story(id_: int, title: str, summary: str, day: int, hour: int, language: str,
           sources: tuple[str, ...], countries: tuple[str, ...], topics: tuple[str, ...],
           evidence: tuple[tuple[str, str, str], ...], score: float) -> Story:
    published = datetime(2026, 11, day, hour, 0, tzinfo=UTC)
    items = tuple(
        StoryItem(id_ * 10 + n, name.lower().replace(" ", "-"), name,
                  f"https://example.{'org' if n == 0 else 'com'}/news/{id_}-{n}", title,
                  language, published)
        for n, name in enumerate(sources)
    )
    return Story(id=id_, title=title, url=items[0].url, summary=summary, published=published,
                 language=language, sources=sources, languages=(language,),
                 countries=countries, topics=topics, score=score,
                 evidence=tuple(Evidence(*e) for e in evidence), items=items)


def sample_stories() -> list[Story]:
    """Six stories across countries, topics and languages (en, ru, zh), for previews."""
    return [
        _story(101, "China and Kazakhstan open joint laboratory for glacier and water research",
               "The Chinese Academy of Sciences and Al-Farabi Kazakh National University "
               "opened a joint laboratory in Almaty that will monitor glaciers in the Tian "
               "Shan and model water supply for the Ili river basin. Twenty researchers from "
               "both countries will work there, and the first results are expected next year "
               "in a shared open data portal.",
               3, 9, "en", ("Example Wire", "Steppe Daily", "Silk Road Times"),
               ("CN", "KZ"), ("science",),
               (("Chinese", "China", "title"), ("Kazakhstan", "Kazakhstan", "title"),
                ("joint laboratory", "joint lab", "title")), 0.94),
        _story(102, "Казахстанские студенты получат 200 стипендий китайских университетов",
               "Министерство науки и высшего образования Казахстана сообщило, что в 2027 "
               "году казахстанские студенты смогут получить 200 стипендий на обучение в "
               "ведущих университетах Китая по инженерным и естественнонаучным направлениям.",
               3, 14, "ru", ("Пример.kz",), ("KZ", "CN"), ("education",),
               (("Казахстанские", "Kazakhstan", "title"), ("китайских", "China", "title"),
                ("стипендий", "scholarship", "title")), 0.88),
        _story(103, "中国与乌兹别克斯坦共建人工智能联合研究中心",
               "中国科学院与乌兹别克斯坦创新发展部签署协议，在塔什干共建人工智能联合研究中心，"
               "重点开展农业遥感、智慧城市和乌兹别克语自然语言处理研究，并为当地培养青年科研人员。",
               4, 2, "zh", ("示例新闻网", "Example Wire"), ("CN", "UZ"), ("technology",),
               (("中国", "China", "title"), ("乌兹别克斯坦", "Uzbekistan", "title"),
                ("联合研究中心", "joint research centre", "title")), 0.91),
        _story(104, "Uzbekistan and China agree to train 1,000 engineers in vocational colleges",
               "A memorandum signed in Tashkent sets up Luban Workshops at three colleges.",
               4, 6, "en", ("Example Wire",), ("UZ", "CN"), ("education",),
               (("Uzbekistan", "Uzbekistan", "title"), ("China", "China", "title"),
                ("Luban Workshop", "vocational training", "summary")), 0.8),
        _story(105, "Kyrgyz and Chinese seismologists share early-warning data",
               "Seismologists in Bishkek and Urumqi will exchange data from 40 stations.",
               4, 5, "en", ("Mountain News",), ("KG", "CN"), ("science",),
               (("Kyrgyz", "Kyrgyzstan", "title"), ("Chinese", "China", "title"),
                ("share data", "data exchange", "title")), 0.77),
        _story(106, "China–Central Asia summit launches a regional university alliance",
               "Forty universities from China and the five Central Asian states formed an "
               "alliance for joint degrees and student exchange.",
               4, 7, "en", ("Example Wire", "Steppe Daily"), ("CN",), ("education",),
               (("China–Central Asia", "China", "title"),
                ("university alliance", "academic cooperation", "title")), 0.85),
    ]


def sample_recipient() -> Recipient:
    return Recipient(
        subscriber_id=1,
        email="analyst@example.org",
        name="Aigerim Analyst",
        schedule=Schedule.parse("daily", "08:00", None, "Asia/Almaty"),
        filters=Filters(),
    )
