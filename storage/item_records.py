"""Records of items, stories and articles that cross the storage boundary: what a parse produces
(:class:`NewItem`, :class:`NewEnrichment`) and what the read side returns. Apart from
:mod:`storage.records` (sources and polls) so that a poll where every feed answers 304 never
creates these classes (a twentieth of such a poll's instructions)."""

from __future__ import annotations

import operator
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any


class EncodedJSON(str):
    """JSON text encoded already (by a parse worker, off the writer's thread): a JSON column
    stores it as it is instead of encoding it again (see ``storage.db.json_serializer``)."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class NewItem:
    """An item to insert, already normalized, keyed and (optionally) classified."""

    item_key: str
    title: str
    summary: str
    published_at: datetime
    fetched_at: datetime
    content_hash: str
    guid: str | None = None
    url: str | None = None
    content: str | None = None
    author: str | None = None
    language: str | None = None
    relevant: bool | None = None
    score: float | None = None
    decision: dict[str, Any] | EncodedJSON | None = None
    rules_version: str | None = None
    canonical_url: str | None = None  # the exact cross-source key (``monitor.dedup.canonical_url``)
    outlet_url: str | None = None  # the publisher's address when the link is Google News's (see outlet_address)
    signature: bytes | None = None  # the near-duplicate fingerprint (``Signature.to_bytes()``)
    index_keys: bytes | None = None  # its band-index keys (uint32s), for the matcher; not stored
    enrich: NewEnrichment | None = None  # a candidate for its article (queued when stored); not stored here

    # Pickling (every item crosses from a parse worker to the writer): dataclasses' own
    # __getstate__/__setstate__ for frozen slotted classes call ``fields()`` per item, which was
    # half of the cost of moving 25,000 items between the processes. The state is the same
    # list of values in field order.
    def __getstate__(self) -> tuple[Any, ...]:
        return new_item_values(self)

    def __setstate__(self, state: Sequence[Any]) -> None:
        for assign, value in zip(new_item_setters, state):  # the slots' own setters: 0.7 µs an item
            assign(self, value)  # less than object.__setattr__ by name (frozen: no __setattr__)

    @classmethod
    def from_values(cls, values: Sequence[Any]) -> NewItem:
        """An item from the values of all its fields, in field order, as unpickling restores one:
        a parse worker builds 50 a feed, and the dataclass's ``__init__`` (a frozen class sets
        each field by name) took a third more time."""
        item = cls.__new__(cls)
        item.__setstate__(values)
        return item


@dataclass(frozen=True, slots=True)
class NewEnrichment:
    """What the enrichment queue needs of a candidate item besides its row (docs/enrich.md)."""

    link: str
    source_href: str | None = None  # an RSS <source url> (Google News: the outlet)
    hint_html: str | None = None  # the description's markup (Google News: offline decoding)
    headline_only: bool = False  # the feed gave a headline, nothing more


_NEW_ITEM_NAMES = tuple(NewItem.__dataclass_fields__)
new_item_values = operator.attrgetter(*_NEW_ITEM_NAMES)  # field values in order: NewItem.from_values(new_item_values(x)) == x
new_item_setters = tuple(NewItem.__dict__[name].__set__ for name in _NEW_ITEM_NAMES)  # (item, value) per field, frozen or not


@dataclass(frozen=True)
class StoredItem:
    id: int
    source_id: str
    item_key: str
    guid: str | None
    url: str | None
    title: str
    summary: str
    content: str | None
    language: str | None
    published_at: datetime
    fetched_at: datetime
    relevant: bool | None
    score: float | None
    decision: dict[str, Any] | None
    rules_version: str | None
    story_id: int | None = None
    canonical_url: str | None = None
    updated_at: datetime | None = None
    outlet_url: str | None = None  # the publisher's address when the link does not name it
    sources: tuple[str, ...] = ()  # every source that carried it (filled by ``list_items``)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "source": self.source_id, "sources": list(self.sources or (self.source_id,)),
            "url": self.url, "title": self.title,
            "summary": self.summary, "published": self.published_at.isoformat(),
            "fetched": self.fetched_at.isoformat(), "language": self.language, "guid": self.guid,
            "story": self.story_id, "canonical_url": self.canonical_url, "outlet_url": self.outlet_url,
            "updated": self.updated_at.isoformat() if self.updated_at else None,
            "relevant": self.relevant, "score": self.score, "rules_version": self.rules_version,
            "decision": self.decision,
        }


@dataclass(frozen=True)
class Sighting:
    """Where and how an item was seen: the link and GUID exactly as that feed gave them."""

    item_id: int
    source_id: str
    url: str | None
    guid: str | None
    seen_at: datetime


@dataclass(frozen=True)
class StoredStory:
    """A story with its live items (the representative first) and every sighting of them."""

    id: int
    title: str
    url: str | None
    language: str | None
    published_at: datetime
    first_seen_at: datetime
    last_seen_at: datetime
    relevant: bool
    relevant_since: datetime | None
    score: float | None
    items: tuple[StoredItem, ...] = ()
    sightings: tuple[Sighting, ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        """Every source that carried the story, in the order they were first seen."""
        return tuple(dict.fromkeys(s.source_id for s in self.sightings))

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(i.language for i in self.items if i.language))

    @property
    def urls(self) -> tuple[str, ...]:
        """Every link seen for the story, exactly as it appeared in the feeds (first seen first)."""
        return tuple(dict.fromkeys(s.url for s in self.sightings if s.url))

    @property
    def best_item(self) -> StoredItem | None:
        """The item with the highest classifier score (its decision explains the story)."""
        scored = [i for i in self.items if i.score is not None]
        return max(scored, key=lambda i: (i.score, -i.id)) if scored else (self.items[0] if self.items else None)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "url": self.url, "language": self.language,
            "published": self.published_at.isoformat(), "first_seen": self.first_seen_at.isoformat(),
            "last_seen": self.last_seen_at.isoformat(), "relevant": self.relevant,
            "relevant_since": self.relevant_since.isoformat() if self.relevant_since else None,
            "score": self.score, "items": [i.id for i in self.items], "sources": list(self.sources),
            "languages": list(self.languages), "urls": list(self.urls),
        }


@dataclass(frozen=True)
class EnrichmentJob:
    """A claimed candidate: its queue row and the item's text to classify again."""

    item_id: int
    link: str
    source_href: str | None
    hint_html: str | None
    headline_only: bool
    attempts: int
    source_id: str
    title: str
    summary: str
    content: str | None
    language: str | None
    story_id: int | None
    relevant: bool | None
    outlet_url: str | None = None  # the item's: the classifier's url is this, or else the link


@dataclass(frozen=True)
class EnrichmentResult:
    """What one attempt ends with: the queue row's new state and, when the article was read
    (or finally could not be), the item's new decision."""

    state: str  # pending (try again at next_attempt_at) | done | failed
    attempts: int
    outcome: str
    next_attempt_at: datetime | None = None
    detail: str | None = None
    http_status: int | None = None
    publisher_url: str | None = None
    canonical_url: str | None = None  # the publisher's URL as a key: the outlet's item and this one meet
    final_url: str | None = None
    text: str | None = None
    title: str | None = None
    language: str | None = None
    charset: str | None = None
    fetch_ms: int | None = None
    extract_ms: int | None = None
    decision: dict[str, Any] | None = None  # None: the item's decision stays as it is
    signature: bytes | None = None  # a fingerprint from the article (headline-only items)


@dataclass(frozen=True)
class EnrichmentRecord:
    """An item's enrichment as ``monitor items show`` prints it."""

    item_id: int
    state: str
    attempts: int
    next_attempt_at: datetime
    link: str
    headline_only: bool
    relevant_before: bool | None
    outcome: str | None
    detail: str | None
    http_status: int | None
    publisher_url: str | None
    final_url: str | None
    text: str | None
    title: str | None
    language: str | None
    charset: str | None
    fetch_ms: int | None
    extract_ms: int | None
    created_at: datetime
    finished_at: datetime | None

    def to_json(self) -> dict[str, Any]:
        out = {k: getattr(self, k) for k in self.__dataclass_fields__}
        for k in ("next_attempt_at", "created_at", "finished_at"):
            out[k] = out[k].isoformat() if out[k] else None
        return out
