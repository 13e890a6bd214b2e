"""candidate() skips or shortens the count of new words where the rule cannot use it: the
same answer as counting to FEED_ARTICLE_CHARS for every item and asking wants_article()."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest

from monitor.enrich.candidates import (
    FEED_ARTICLE_CHARS,
    HEADLINE_ONLY_CHARS,
    names_side,
    text_beyond_headline,
    wants_article,
)
from monitor.feeds.entries import RawEntry
from monitor.feeds.normalize import Entry
from monitor.pipeline.analyse import candidate
from storage.item_records import NewEnrichment

NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)


def reference(raw: RawEntry, entry: Entry, decision: dict[str, Any] | None, fulltext: str) -> NewEnrichment | None:
    """candidate() as first written: the count to 500 for every item with an http(s) link."""
    if not entry.link or not entry.link.startswith(("http://", "https://")):
        return None
    chars = text_beyond_headline(entry.title, entry.summary, entry.content, FEED_ARTICLE_CHARS)
    only = chars < HEADLINE_ONLY_CHARS
    if not wants_article(decision, fulltext=fulltext, headline_only=only, carries_article=chars >= FEED_ARTICLE_CHARS):
        return None
    google = "news.google.com" in entry.link
    return NewEnrichment(link=entry.link, source_href=raw.source_href if google else None,
                         hint_html=raw.summary if google else None, headline_only=only)


TITLE = "Kazakh and Chinese scientists open a joint lab"
TEXTS = {
    "headline-only": "Kazakh and Chinese scientists open a joint lab - Kazinform",
    "a-paragraph": "ALMATY. The laboratory will study glaciers of the Tian Shan with new instruments.",
    "article-sized": "The laboratory will study glaciers of the Tian Shan. " * 12,
    "just-under-500": " ".join(f"w{i:03d}" for i in range(99)),
    "empty": "",
}
DECISIONS = {
    "none": None,
    "empty": {},
    "relevant-with-side": {"relevant": True, "countries": ["CN", "KZ"], "matches": []},
    "not-relevant-with-side": {"relevant": False, "countries": [], "matches": [{"concept": "china"}]},
    "not-relevant-no-side": {"relevant": False, "countries": ["US"], "matches": [{"concept": "research"}]},
    "relevant-no-side": {"relevant": True, "countries": [], "matches": [{"concept": "university"}]},
    "side-in-odd-case": {"relevant": False, "countries": ["Kz"], "matches": ["not a mapping"]},
}
LINKS = {"http": "https://kz.example/a", "google": "https://news.google.com/rss/articles/x", "none": None,
         "ftp": "ftp://kz.example/a"}


@pytest.mark.parametrize("fulltext", ["auto", "always", "never"])
@pytest.mark.parametrize("link", LINKS.values(), ids=LINKS.keys())
@pytest.mark.parametrize("decision", DECISIONS.values(), ids=DECISIONS.keys())
@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
def test_candidate_matches_the_full_count(text: str, decision: dict[str, Any] | None, link: str | None,
                                          fulltext: str) -> None:
    raw = RawEntry(guid=None, link=link, title=TITLE, summary=f"<p>{text}</p>", content="", published=NOW,
                   source_href="https://outlet.example/")
    entry = Entry(key="k", guid=None, link=link, title=TITLE, summary=text, content="", published=NOW,
                  language="en", author=None, content_hash="h")
    assert candidate(raw, entry, decision, fulltext) == reference(raw, entry, decision, fulltext)


@pytest.mark.parametrize(("decision", "expected"), [
    ({"countries": ["CN"]}, True),
    ({"countries": ["us"], "matches": [{"concept": "Central_Asia"}]}, True),
    ({"countries": None, "matches": None}, False),
    ({"matches": [{"term": "x"}, "junk", {"concept": "markets"}]}, False),
    ({"countries": [7], "matches": [{"concept": 3}]}, False),
], ids=["country", "concept-any-case", "nulls", "no-concept", "not-strings"])
def test_names_side(decision: dict[str, Any], expected: bool) -> None:
    assert names_side(decision) is expected


def test_random_texts_match_the_full_count() -> None:
    """Texts of every length around the two thresholds, in and out of the splitter's code page."""
    import random

    rng = random.Random(16)
    words = "Kazakh and Chinese scientists open a joint lab Учёные открыли лабораторию Қазақстан 中国 µm 7".split()
    for _ in range(2_000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 150)))
        title = " ".join(rng.choice(words) for _ in range(rng.randint(0, 8)))
        decision = rng.choice(list(DECISIONS.values()))
        fulltext = rng.choice(["auto", "always", "never"])
        raw = RawEntry(guid=None, link=LINKS["http"], title=title, summary=text, content="", published=NOW,
                       source_href=None)
        entry = Entry(key="k", guid=None, link=LINKS["http"], title=title, summary=text, content="", published=NOW,
                      language="en", author=None, content_hash="h")
        assert candidate(raw, entry, decision, fulltext) == reference(raw, entry, decision, fulltext)
