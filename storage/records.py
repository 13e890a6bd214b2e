"""Plain frozen records that cross the storage boundary (ORM objects never leave ``storage``):
sources and polls here; items, stories and articles in :mod:`storage.item_records`."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from storage.item_records import NewItem


@dataclass(frozen=True)
class SourceSpec:
    """What the configuration says about a source (synced into the ``sources`` table)."""

    id: str
    name: str
    url: str
    language: str | None
    interval_seconds: int
    enabled: bool = True
    dedup: bool = True
    fulltext: str = "auto"  # auto | always | never: when its items' articles are read


@dataclass(frozen=True)
class SourceState:
    """A source row as the poller and ``sources check`` see it."""

    id: str
    name: str
    url: str
    language: str | None
    interval_seconds: int
    enabled: bool
    in_config: bool
    dedup: bool
    etag: str | None
    last_modified: str | None
    next_poll_at: datetime
    consecutive_failures: int
    last_status: str | None
    last_http_status: int | None
    last_error: str | None
    last_polled_at: datetime | None
    last_success_at: datetime | None
    lease_owner: str | None = None
    lease_until: datetime | None = None
    fulltext: str = "auto"


@dataclass(frozen=True)
class PollRecord:
    """Everything one poll of one source writes, in one transaction."""

    source_id: str
    started_at: datetime
    duration_ms: int
    status: str  # "ok" | "not_modified" | "error"
    next_poll_at: datetime
    consecutive_failures: int
    http_status: int | None = None
    error: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    bytes: int | None = None
    items: tuple[NewItem, ...] = field(default_factory=tuple)
    lease_owner: str | None = None
    dedup: bool = True  # False: the source's new items always start stories of their own


class StoryLookup(Protocol):
    """What ``storage`` lets a :class:`StoryAssigner` read inside the write transaction."""

    def signatures(self, story_ids: Collection[int]) -> dict[int, list[bytes]]:
        """Fingerprints of the live items of these stories (stories seen within the window)."""
        ...

    def indexable(self, after_item_id: int, limit: int = 5000) -> list[tuple[int, int, str, str]]:
        """``(item id, story id, source id, item key)`` of the joinable items stored after an id."""
        ...

    def item_signatures(self, item_ids: Collection[int]) -> dict[int, bytes]: ...


class StoryAssigner(Protocol):
    """Chooses the story of each new item; ``storage`` calls it inside the write transaction.

    ``storage`` knows rows, not similarity: the near-duplicate logic lives in ``monitor`` and is
    passed in. ``assign`` gets the new ``(source id, item)`` pairs of one batch that may join
    other stories, and returns, per item, the id of an existing story or a negative number for
    a new one (items with the same negative number start the same story); ``stored`` then says
    where they went.
    """

    def assign(self, items: Sequence[tuple[str, NewItem]], lookup: StoryLookup) -> list[int]: ...

    def stored(self, placed: Sequence[tuple[int, int] | None]) -> None:
        """After the insert, in the transaction: ``(item id, story id)`` of each item of the last
        ``assign`` call, in its order (None for one another instance stored first)."""
        ...
