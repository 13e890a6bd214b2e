"""The plain data ``notifications`` works on, filled by ``storage`` from the database.

Everything is a frozen dataclass: no ORM objects reach templates or payloads.
Constructors validate (and raise the ``ValueError`` subclasses from
:mod:`notifications.errors`); ``parse`` class methods turn user input (CLI
flags, form fields) into values.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

from notifications.errors import InvalidAddress, InvalidFilter
from notifications.schedule import Schedule
from notifications.vocab import (
    CENTRAL_ASIA,
    COUNTRY_NAMES,
    LANGUAGE_NAMES,
    TOPIC_LABELS,
    country_name,
    language_name,
    topic_label,
)

__all__ = [
    "DeliveryResult",
    "Evidence",
    "Filters",
    "Recipient",
    "Schedule",
    "Story",
    "StoryItem",
    "validate_email",
]


def _aware_utc(value: datetime, what: str) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} must be an aware datetime (e.g. with tzinfo=UTC), got {value!r}")
    return value.astimezone(UTC)


@dataclass(frozen=True)
class Evidence:
    """One matched term: ``term`` as found, its ``concept``, the ``field`` it was in."""

    term: str
    concept: str
    field: str


@dataclass(frozen=True)
class StoryItem:
    """One outlet's article that belongs to a story."""

    id: int
    source_id: str | int
    source_name: str
    url: str
    title: str
    language: str
    published: datetime

    def __post_init__(self) -> None:
        object.__setattr__(self, "published", _aware_utc(self.published, "StoryItem.published"))


@dataclass(frozen=True)
class Story:
    """A relevant story: one or more items (copies on several outlets) grouped together.

    ``sources`` lists the outlet names, the first being the one whose ``url`` and
    ``title`` the story shows; ``countries`` are ISO 3166 codes in the order the
    classifier ranks them.
    """

    id: int
    title: str
    url: str
    summary: str
    published: datetime
    language: str
    sources: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    score: float = 0.0
    evidence: tuple[Evidence, ...] = ()
    items: tuple[StoryItem, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "published", _aware_utc(self.published, "Story.published"))
        for name in ("sources", "languages", "topics", "evidence", "items"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        object.__setattr__(self, "countries", tuple(c.upper() for c in self.countries))

    @property
    def why(self) -> str:
        """Why it was flagged, as one short human line.

        E.g. ``China (title: 'Chinese'), joint lab (summary: 'joint laboratory')``.

        One entry per concept in the order found, at most two matches each and
        six concepts in all.
        """
        hits: dict[str, list[str]] = {}
        for ev in self.evidence:
            shown = hits.setdefault(ev.concept, [])
            hit = f"{ev.field}: '{ev.term}'"
            if hit not in shown and len(shown) < 2:
                shown.append(hit)
        parts = [f"{concept} ({', '.join(shown)})" for concept, shown in hits.items()]
        if len(parts) > 6:
            parts = parts[:6] + [f"+{len(parts) - 6} more"]
        return ", ".join(parts)

    @property
    def primary_source(self) -> str:
        if self.sources:
            return self.sources[0]
        return self.items[0].source_name if self.items else ""

    @property
    def all_languages(self) -> tuple[str, ...]:
        return self.languages or ((self.language,) if self.language else ())

    @property
    def central_asian_countries(self) -> tuple[str, ...]:
        return tuple(c for c in self.countries if c in CENTRAL_ASIA)

    def also_reported_by(self) -> list[tuple[str, str | None]]:
        """The other outlets, as ``(name, url or None)``, each name once, primary excluded."""
        seen = {self.primary_source}
        others: list[tuple[str, str | None]] = []
        for item in self.items:
            if item.source_name not in seen:
                seen.add(item.source_name)
                others.append((item.source_name, item.url))
        for name in self.sources:
            if name not in seen:
                seen.add(name)
                others.append((name, None))
        return others


def _split(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    parts = value.split(",") if isinstance(value, str) else list(value)
    return [p.strip() for p in parts if p and p.strip()]


@dataclass(frozen=True)
class Filters:
    """What a subscriber or webhook wants. An empty set means "any"; all given conditions must hold.

    Within one set the match is any-of: ``countries={"KZ", "UZ"}`` takes a story
    about Kazakhstan *or* Uzbekistan.
    """

    countries: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    min_score: float | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "countries", frozenset(c.upper() for c in self.countries))
        object.__setattr__(self, "topics", frozenset(self.topics))
        object.__setattr__(self, "languages", frozenset(lang.lower() for lang in self.languages))

    @classmethod
    def parse(cls, countries: str | Iterable[str] | None = None,
              topics: str | Iterable[str] | None = None,
              languages: str | Iterable[str] | None = None,
              min_score: str | float | None = None, *,
              known_topics: Collection[str] = tuple(TOPIC_LABELS)) -> Filters:
        """Build filters from user input: comma-separated strings or iterables, case-insensitive.

        Countries are ISO codes (``KZ``) or English names (``Kazakhstan``).

        ``known_topics`` is the classifier's topic list (defaults to
        :data:`notifications.vocab.TOPIC_LABELS`).
        """
        by_name = {name.casefold(): code for code, name in COUNTRY_NAMES.items()}
        country_set = {by_name.get(c.casefold(), c.upper()) for c in _split(countries)}
        bad = sorted(country_set - COUNTRY_NAMES.keys())
        if bad:
            raise InvalidFilter("country", bad, [f"{c} ({n})" for c, n in COUNTRY_NAMES.items()])

        topic_set = {t.lower() for t in _split(topics)}
        bad = sorted(topic_set - set(known_topics))
        if bad:
            raise InvalidFilter("topic", bad, sorted(known_topics))

        language_set = {lang.lower() for lang in _split(languages)}
        bad = sorted(language_set - LANGUAGE_NAMES.keys())
        if bad:
            raise InvalidFilter("language", bad,
                                [f"{c} ({n})" for c, n in LANGUAGE_NAMES.items()],
                                hint="use ISO 639-1 codes")

        score: float | None
        if min_score is None or (isinstance(min_score, str) and not min_score.strip()):
            score = None
        else:
            try:
                score = float(min_score)
            except ValueError:
                score = math.nan
            if not math.isfinite(score) or score < 0:
                raise InvalidFilter("min score", [str(min_score)],
                                    hint="use a number of at least 0, such as 0.5")
        return cls(frozenset(country_set), frozenset(topic_set), frozenset(language_set), score)

    def matches(self, story: Story) -> bool:
        if self.countries and not self.countries.intersection(story.countries):
            return False
        if self.topics and not self.topics.intersection(story.topics):
            return False
        if self.languages and not self.languages.intersection(
                lang.lower() for lang in story.all_languages):
            return False
        return self.min_score is None or story.score >= self.min_score

    def describe(self) -> str:
        """A human line for footers and CLI listings."""
        parts = []
        if self.countries:
            parts.append(", ".join(country_name(c) for c in sorted(self.countries)))
        if self.topics:
            parts.append(", ".join(topic_label(t) for t in sorted(self.topics)))
        if self.languages:
            parts.append("in " + ", ".join(language_name(lang) for lang in sorted(self.languages)))
        if self.min_score is not None:
            parts.append(f"score ≥ {self.min_score:g}")
        return "; ".join(parts) if parts else "all relevant stories"


_LOCAL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}$")
_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")


def validate_email(value: str) -> str:
    """Return the address stripped, or raise :class:`InvalidAddress` saying what is wrong.

    Deliberately plain: one ASCII ``local@domain`` with a dotted domain. Quoted
    local parts and internationalised addresses are refused (few servers accept
    them without SMTPUTF8); write an IDN domain in its ``xn--`` form.
    """
    if not isinstance(value, str):
        raise InvalidAddress(repr(value), "not a string")
    address = value.strip()
    if not address:
        raise InvalidAddress(value, "it is empty")
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in address):
        raise InvalidAddress(value, "it contains spaces, line breaks or control characters")
    if not address.isascii():
        raise InvalidAddress(value, "it contains non-ASCII characters "
                                    "(write an international domain as xn--…)")
    if address.count("@") != 1:
        raise InvalidAddress(value, "it needs exactly one '@'")
    local, domain = address.split("@")
    if not _LOCAL.match(local) or local.startswith(".") or local.endswith(".") or ".." in local:
        raise InvalidAddress(value, "the part before '@' is empty or has characters not allowed")
    labels = domain.split(".")
    if len(labels) < 2 or not all(_LABEL.match(label) for label in labels) or len(domain) > 253:
        raise InvalidAddress(value, "the part after '@' is not a domain like example.org")
    return address


def _validate_name(name: str) -> str:
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        raise InvalidAddress(name, "the display name contains line breaks or control characters")
    if len(name) > 200:
        raise InvalidAddress(name[:40] + "…", "the display name is longer than 200 characters")
    return name.strip()


@dataclass(frozen=True)
class Recipient:
    """A confirmed subscriber due for a digest."""

    subscriber_id: int
    email: str
    name: str = ""
    schedule: Schedule = field(default_factory=lambda: Schedule.parse())
    filters: Filters = field(default_factory=Filters)

    def __post_init__(self) -> None:
        object.__setattr__(self, "email", validate_email(self.email))
        object.__setattr__(self, "name", _validate_name(self.name or ""))


Outcome = Literal["sent", "retry", "dead"]
_MAX_ERROR = 500


def _short(text: str | None) -> str | None:
    if text is None:
        return None
    text = " ".join(text.split())
    return text if len(text) <= _MAX_ERROR else text[: _MAX_ERROR - 1] + "…"


@dataclass(frozen=True)
class DeliveryResult:
    """What one delivery attempt came to.

    ``sent``: the receiver accepted it. ``retry``: a temporary failure, try again
    (``retry_after`` seconds, when the receiver said). ``dead``: a permanent
    failure, do not try again. ``error`` is short and never holds a secret.
    """

    outcome: Outcome
    status_code: int | None = None
    error: str | None = None
    retry_after: float | None = None

    def __post_init__(self) -> None:
        if self.outcome not in ("sent", "retry", "dead"):
            raise ValueError(f"outcome must be 'sent', 'retry' or 'dead', got {self.outcome!r}")
        object.__setattr__(self, "error", _short(self.error))

    @classmethod
    def sent(cls, status_code: int | None = None) -> DeliveryResult:
        return cls("sent", status_code)

    @classmethod
    def retry(cls, error: str, status_code: int | None = None,
              retry_after: float | None = None) -> DeliveryResult:
        return cls("retry", status_code, error, retry_after)

    @classmethod
    def dead(cls, error: str, status_code: int | None = None) -> DeliveryResult:
        return cls("dead", status_code, error)
