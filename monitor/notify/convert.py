"""Stored records as ``notifications`` sees them: filters, schedules, recipients, targets, stories."""

from __future__ import annotations

from notifications.model import Evidence, Filters, Recipient, Story, StoryItem
from notifications.schedule import Schedule
from notifications.vocab import broad_topics, concept_label
from notifications.webhooks import (
    WebhookTarget,
)
from storage.notify_records import (
    FilterText,
    StoryWithSources,
    SubscriberRecord,
    WebhookRecord,
)

# --- conversions --------------------------------------------------------------------------------


def filters_of(text: FilterText) -> Filters:
    """Stored filter text → :class:`Filters` (validated when it was stored)."""
    return Filters.parse(text.countries, text.topics, text.languages, text.min_score)


def filter_text(filters: Filters) -> FilterText:
    return FilterText(",".join(sorted(filters.countries)), ",".join(sorted(filters.topics)),
                      ",".join(sorted(filters.languages)), filters.min_score)


def schedule_of(sub: SubscriberRecord) -> Schedule:
    return Schedule.parse(sub.schedule, sub.at, sub.day, sub.timezone)


def recipient_of(sub: SubscriberRecord) -> Recipient:
    return Recipient(sub.id, sub.email, sub.name, schedule_of(sub), filters_of(sub.filters))


def target_of(hook: WebhookRecord) -> WebhookTarget:
    return WebhookTarget(hook.id, hook.url, hook.format,  # type: ignore[arg-type]
                         secret=hook.secret, filters=filters_of(hook.filters),
                         chat_id=hook.chat_id)


def to_story(found: StoryWithSources) -> Story | None:
    """A stored story as ``notifications`` sees it; ``None`` when none of its items is live.

    Countries, topics and evidence come from the decision of the story's best item (the
    highest-scoring copy, whose matches explain the story); the classifier's fine topics are
    mapped to the broad ones (:data:`notifications.vocab.CLASSIFIER_TOPICS`) and concept ids to
    readable names for the "why" line.
    """
    stored, names = found.story, found.source_names
    if not stored.items:
        return None
    lead = stored.items[0]
    best = stored.best_item or lead
    decision = best.decision or {}
    evidence = tuple(Evidence(str(m.get("term", "")), concept_label(str(m.get("concept", ""))),
                              str(m.get("field", "")))
                     for m in decision.get("matches", []) if isinstance(m, dict))
    source_ids = [lead.source_id, *stored.sources]
    items = tuple(StoryItem(i.id, i.source_id, names.get(i.source_id, i.source_id), i.url or "",
                            i.title, i.language or "", i.published_at) for i in stored.items)
    return Story(
        id=stored.id, title=stored.title, url=stored.url or lead.url or "",
        summary=lead.summary or best.summary, published=stored.published_at,
        language=stored.language or lead.language or "",
        sources=tuple(dict.fromkeys(names.get(s, s) for s in source_ids)),
        languages=stored.languages, countries=tuple(decision.get("countries", ())),
        topics=broad_topics(tuple(decision.get("topics", ()))),
        score=float(stored.score if stored.score is not None else (best.score or 0.0)),
        evidence=evidence, items=items)
