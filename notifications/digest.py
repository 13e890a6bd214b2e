"""Email digests: choose a subscriber's stories, group them, render HTML + text, build the message.

Grouping (documented in docs/notifications.md): each story goes under the
*first Central Asian country* in its ``countries`` (the classifier lists them
most prominent first), so a story naming China, Kazakhstan and Uzbekistan sits
under Kazakhstan, once. Countries come in a fixed order (KZ, UZ, KG, TJ, TM),
then "Central Asia (regional)" for stories that name no single Central Asian
state. Inside a country, stories are grouped by their first topic (science,
technology, education, then others A–Z, then "Other cooperation"), newest
first.

Templates live in ``notifications/templates``; the HTML environment escapes
everything (``autoescape=True``), the text one escapes nothing. Links are only
made from ``http``/``https`` URLs: a ``javascript:`` link from a feed renders as
plain text. The MIME message is built by :mod:`notifications.message`
(re-exported here); text helpers live in :mod:`notifications.text`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import jinja2

from notifications.message import (
    MAIL_POLICY,
    RenderedDigest,
    build_message,
    digest_message_id,
    format_address,
)
from notifications.model import Filters, Recipient, Story
from notifications.text import (
    SUMMARY_LIMIT,
    format_day,
    format_period,
    safe_url,
    truncate_text,
    wrap,
)
from notifications.vocab import CENTRAL_ASIA, TOPIC_LABELS, country_name, language_name, topic_label

__all__ = [
    "DIGEST_TITLE",
    "MAIL_POLICY",
    "MAX_STORIES",
    "SUMMARY_LIMIT",
    "CountryGroup",
    "RenderedDigest",
    "StoryView",
    "TopicGroup",
    "build_message",
    "digest_message_id",
    "digest_subject",
    "format_address",
    "format_period",
    "group_stories",
    "render_digest",
    "safe_url",
    "select_stories",
    "truncate_text",
]

DIGEST_TITLE = "China–Central Asia science & education"
MAX_STORIES = 60
REGIONAL = "Central Asia (regional)"
OTHER_TOPIC = "Other cooperation"
_TEMPLATES = Path(__file__).with_name("templates")


# ---------------------------------------------------------------------------
# Selection and grouping (pure)


def select_stories(stories: Iterable[Story], filters: Filters) -> list[Story]:
    """The stories ``filters`` wants, each id once, newest first (then highest score)."""
    chosen: dict[int, Story] = {}
    for story in stories:
        if story.id not in chosen and filters.matches(story):
            chosen[story.id] = story
    return sorted(chosen.values(), key=lambda s: (s.published, s.score, s.id), reverse=True)


@dataclass(frozen=True)
class StoryView:
    """A story as the templates show it (already truncated; escaping is the template's job)."""

    title: str
    url: str | None
    date: str
    language: str
    source: str
    also: tuple[tuple[str, str | None], ...]
    summary: str
    why: str


@dataclass(frozen=True)
class TopicGroup:
    label: str
    stories: tuple[StoryView, ...]


@dataclass(frozen=True)
class CountryGroup:
    code: str | None
    label: str
    count: int
    topics: tuple[TopicGroup, ...]


def _view(story: Story, zone: ZoneInfo) -> StoryView:
    also = tuple((name, safe_url(url)) for name, url in story.also_reported_by())
    return StoryView(
        title=" ".join(story.title.split()) or "(untitled)",
        url=safe_url(story.url),
        date=format_day(story.published, zone),
        language=language_name(story.language) if story.language else "",
        source=story.primary_source,
        also=also,
        summary=truncate_text(story.summary),
        why=story.why,
    )


def _topic_order(slug: str | None) -> tuple[int, str]:
    if slug is None:
        return (2, "")
    known = list(TOPIC_LABELS)
    return (0, f"{known.index(slug):03d}") if slug in known else (1, topic_label(slug).casefold())


def group_stories(stories: Sequence[Story], zone: ZoneInfo) -> list[CountryGroup]:
    """Group by first Central Asian country, then first topic; newest first inside a topic."""
    buckets: dict[str | None, dict[str | None, list[Story]]] = {}
    for story in stories:
        ca = story.central_asian_countries
        country = ca[0] if ca else None
        topic = story.topics[0] if story.topics else None
        buckets.setdefault(country, {}).setdefault(topic, []).append(story)
    order = [*CENTRAL_ASIA, *sorted(c for c in buckets if c and c not in CENTRAL_ASIA), None]
    groups = []
    for country in order:
        if country not in buckets:
            continue
        topics = []
        for topic in sorted(buckets[country], key=_topic_order):
            members = sorted(buckets[country][topic],
                             key=lambda s: (s.published, s.score, s.id), reverse=True)
            topics.append(TopicGroup(topic_label(topic) if topic else OTHER_TOPIC,
                                     tuple(_view(s, zone) for s in members)))
        groups.append(CountryGroup(
            code=country,
            label=country_name(country) if country else REGIONAL,
            count=sum(len(t.stories) for t in topics),
            topics=tuple(topics),
        ))
    return groups


# ---------------------------------------------------------------------------
# Rendering


def _environment(autoescape: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_TEMPLATES),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["wrap"] = wrap
    return env


_HTML = _environment(autoescape=True)
_TEXT = _environment(autoescape=False)


def digest_subject(count: int, period: str) -> str:
    noun = "story" if count == 1 else "stories"
    return f"{count} new {noun} · {period} — {DIGEST_TITLE}"


def render_digest(recipient: Recipient, stories: Sequence[Story], period_start: datetime,
                  period_end: datetime, *, public_url: str, unsubscribe_url: str,
                  generated_at: datetime, max_stories: int = MAX_STORIES,
                  preferences_url: str | None = None) -> RenderedDigest:
    """Render the digest of ``stories`` (select them first with :func:`select_stories`).

    Dates are shown in the recipient's schedule zone. With no stories it still
    renders (a "nothing new" digest); whether to send that is the caller's call.
    Past ``max_stories`` only the highest-scoring are shown, with a line saying
    how many more there are (Gmail clips long messages, unsubscribe link and
    all); the subject still counts them all.
    """
    zone = recipient.schedule.zone
    shown = list(stories)
    if len(shown) > max_stories:
        shown = sorted(shown, key=lambda s: (s.score, s.published, s.id), reverse=True)
        shown = shown[:max_stories]
    groups = group_stories(shown, zone)
    period = format_period(period_start, period_end, zone)
    subject = digest_subject(len(stories), period)
    generated = generated_at.astimezone(zone)
    context = {
        "title": DIGEST_TITLE,
        "subject": subject,
        "count": len(stories),
        "shown": len(shown),
        "omitted": len(stories) - len(shown),
        "period": period,
        "tz": recipient.schedule.tz,
        "groups": groups,
        "overview": [(g.label, g.count) for g in groups],
        "preheader": truncate_text(" · ".join(t.stories[0].title for g in groups
                                              for t in g.topics), 140),
        "filters": recipient.filters.describe(),
        "schedule": recipient.schedule.describe(),
        "email": recipient.email,
        "public_url": public_url,
        "public_host": urlsplit(public_url).netloc or public_url,
        "unsubscribe_url": unsubscribe_url,
        "preferences_url": preferences_url,
        "generated": f"{format_day(generated, zone)} {generated:%H:%M}",
    }
    return RenderedDigest(
        subject=subject,
        html=_HTML.get_template("digest.html").render(context),
        text=_TEXT.get_template("digest.txt").render(context),
    )
