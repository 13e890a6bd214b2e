"""Stored stories turned into what the pages and the feeds show (no HTML here: the templates
escape everything; links only from http(s) URLs)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine

from monitor.notify.convert import to_story
from monitor.web.context import RulesInfo
from monitor.web.filters import highlight
from notifications.model import Story
from notifications.text import safe_url, truncate_text
from notifications.vocab import concept_label, country_name, language_name, topic_label
from storage.notify_records import StoryWithSources
from storage.item_records import StoredStory
from storage.sources import list_sources


def source_names(engine: Engine) -> dict[str, str]:
    return {s.id: s.name for s in list_sources(engine)}


@dataclass(frozen=True)
class Card:
    """A story in a list (``/``, the feeds)."""

    id: int
    title: str
    url: str | None  # the first outlet's article (http(s) only)
    summary: str
    published: datetime
    updated: datetime
    languages: tuple[str, ...]  # names
    language: str  # code of the representative
    sources: tuple[str, ...]  # outlet names
    countries: tuple[str, ...]  # names
    topics: tuple[str, ...]  # labels
    score: float
    why: str


def card(stored: StoredStory, names: dict[str, str]) -> Card | None:
    story = to_story(StoryWithSources(stored, names))
    if story is None:
        return None
    return Card(id=story.id, title=" ".join(story.title.split()) or "(untitled)",
                url=safe_url(story.url), summary=truncate_text(story.summary),
                published=story.published, updated=stored.last_seen_at,
                languages=tuple(language_name(code) for code in story.all_languages),
                language=story.language, sources=story.sources,
                countries=tuple(country_name(c) for c in story.countries),
                topics=tuple(topic_label(t) for t in story.topics), score=story.score,
                why=story.why)


def cards(stories: list[StoredStory], names: dict[str, str]) -> list[Card]:
    return [c for c in (card(s, names) for s in stories) if c is not None]


def explain(stored: StoredStory, names: dict[str, str], rules: RulesInfo) -> dict[str, Any] | None:
    """Everything ``/stories/{id}`` shows: outlets and links, languages, dates, and the decision
    of the best item (matched terms highlighted where they matched, concepts, rules, score)."""
    story: Story | None = to_story(StoryWithSources(stored, names))
    if story is None:
        return None
    best = stored.best_item or stored.items[0]
    decision = best.decision or {}
    matches = [m for m in decision.get("matches", []) if isinstance(m, dict)]

    def terms(field: str) -> list[str]:
        return [str(m.get("term", "")) for m in matches if m.get("field") == field]

    concepts: dict[str, list[dict[str, Any]]] = {}
    for m in matches:
        concepts.setdefault(concept_label(str(m.get("concept", ""))), []).append(
            {"term": m.get("term", ""), "field": m.get("field", ""), "count": m.get("count", 1)})
    fired = [{"id": r.get("id", ""), "contribution": r.get("contribution", 0.0),
              "veto": bool(r.get("veto")), "why": rules.why.get(str(r.get("id", "")), "")}
             for r in decision.get("rules", []) if isinstance(r, dict)]
    items = [{"id": i.id, "source": names.get(i.source_id, i.source_id), "url": safe_url(i.url),
              "title": i.title, "language": language_name(i.language) if i.language else "",
              "lang": i.language or "",
              "published": i.published_at, "relevant": i.relevant, "score": i.score,
              "best": i.id == best.id} for i in stored.items]
    links = [{"source": names.get(s.source_id, s.source_id), "url": safe_url(s.url), "raw": s.url,
              "seen": s.seen_at} for s in stored.sightings if s.url]
    score = decision.get("score", best.score)
    return {
        "story": story, "stored": stored, "best": best,
        "title": highlight(" ".join(stored.title.split()) or "(untitled)", terms("title")),
        "summary": highlight(" ".join((best.summary or "").split()), terms("summary")),
        "concepts": concepts, "rules": fired, "score": score, "threshold": rules.threshold,
        "relevant": decision.get("relevant", best.relevant), "rules_version": best.rules_version,
        "content_terms": sorted(set(terms("content"))),
        "countries": [country_name(c) for c in decision.get("countries", [])],
        "topics": [topic_label(t) for t in story.topics],
        "languages": [language_name(code) for code in story.all_languages],
        "items": items, "links": links,
    }
