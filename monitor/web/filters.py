"""The story filters of ``/``, the API and the feeds, read from a query string (pure).

One parser for all three, so ``/?country=KZ&q=university``, ``/api/v1/stories?country=KZ&q=…``
and ``/feeds/stories.atom?country=KZ&q=…`` list the same stories. Every error says what to
write instead. Also here: the opaque paging cursor and the highlighting of matched terms.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from urllib.parse import urlencode

from monitor.settings import parse_duration
from notifications.errors import InvalidFilter
from notifications.model import Filters
from notifications.vocab import CLASSIFIER_TOPICS
from storage.browse import StoryFilter

MAX_QUERY = 200
MAX_WORDS = 8
PARAMS = ("country", "topic", "lang", "since", "q")


class QueryError(ValueError):
    """A query parameter is wrong; the message names it and says what to write instead."""

    def __init__(self, param: str, message: str) -> None:
        self.param = param
        super().__init__(f"{param}: {message}")


@dataclass(frozen=True)
class StoryQuery:
    """Validated filters: codes upper/lower-cased as stored, ``q`` as typed."""

    countries: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()  # broad topics: science, technology, education
    languages: tuple[str, ...] = ()
    since: datetime | None = None
    since_text: str = ""  # as typed, for the form and links
    q: str = ""
    relevant: bool | None = True
    cursor: tuple[datetime, int] | None = None
    limit: int = 30

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.q.lower().split()))[:MAX_WORDS]

    def to_filter(self) -> StoryFilter:
        fine = tuple(sorted({t for t, broad in CLASSIFIER_TOPICS.items() if broad in self.topics}
                            | set(self.topics)))
        return StoryFilter(relevant=self.relevant, countries=self.countries, topics=fine,
                           languages=self.languages, since=self.since, words=self.words,
                           after=self.cursor)

    def params(self, **changes: object) -> str:
        """The query string of these filters (no cursor unless given), for links."""
        query = replace(self, **changes) if changes else self  # type: ignore[arg-type]
        pairs: list[tuple[str, str]] = [("country", c) for c in query.countries]
        pairs += [("topic", t) for t in query.topics] + [("lang", lang) for lang in query.languages]
        if query.since_text:
            pairs.append(("since", query.since_text))
        if query.q:
            pairs.append(("q", query.q))
        if query.cursor is not None:
            pairs.append(("cursor", encode_cursor(query.cursor)))
        return urlencode(pairs)

    @property
    def filtered(self) -> bool:
        return bool(self.countries or self.topics or self.languages or self.since or self.q)


def _values(params: Mapping[str, Sequence[str]], name: str) -> list[str]:
    """``?country=KZ&country=UZ`` and ``?country=KZ,UZ`` alike; empty values ignored."""
    return [v.strip() for raw in params.get(name, ()) for v in raw.split(",") if v.strip()]


def parse_since(text: str, now: datetime) -> datetime:
    """``2026-11-01``, ``2026-11-01T08:00Z`` (UTC unless a zone is given) or a period back
    from now: ``7d``, ``12h``."""
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            return now - timedelta(seconds=parse_duration(text))
        except ValueError:
            raise QueryError("since", f'"{text}" is not a date like 2026-11-01 or a period like 7d') from None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def parse_relevant(text: str) -> bool | None:
    value = text.strip().lower()
    if value in ("true", "1", "yes"):
        return True
    if value in ("false", "0", "no"):
        return False
    if value in ("", "any", "all"):
        return None
    raise QueryError("relevant", f'"{text}" is not true, false or any')


def parse_story_query(params: Mapping[str, Sequence[str]], *, now: datetime,
                      relevant: bool | None = True, limit: int = 30, max_limit: int = 200) -> StoryQuery:
    """Read the filters (and ``cursor``, ``limit``) from a query string's parameters.

    ``relevant`` is the default when the query does not say (the API lets it say).
    """
    try:
        filters = Filters.parse(_values(params, "country"), _values(params, "topic"),
                                _values(params, "lang"))
    except InvalidFilter as exc:
        raise QueryError({"language": "lang"}.get(exc.field, exc.field), str(exc)) from None
    since_text = (params.get("since") or [""])[-1].strip()
    q = " ".join((params.get("q") or [""])[-1].split())
    if len(q) > MAX_QUERY:
        raise QueryError("q", f"is {len(q)} characters long; search for at most {MAX_QUERY}")
    if "relevant" in params:
        relevant = parse_relevant(params["relevant"][-1])
    cursor_text = (params.get("cursor") or [""])[-1].strip()
    if "limit" in params:
        text = params["limit"][-1].strip()
        if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= max_limit:
            raise QueryError("limit", f'"{text}" is not a whole number from 1 to {max_limit}')
        limit = int(text)
    return StoryQuery(
        countries=tuple(sorted(filters.countries)), topics=tuple(sorted(filters.topics)),
        languages=tuple(sorted(filters.languages)),
        since=parse_since(since_text, now) if since_text else None, since_text=since_text, q=q,
        relevant=relevant, cursor=decode_cursor(cursor_text) if cursor_text else None, limit=limit)


def encode_cursor(position: tuple[datetime, int]) -> str:
    at, story_id = position
    raw = f"{at.astimezone(timezone.utc).isoformat()}|{story_id}".encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def decode_cursor(text: str) -> tuple[datetime, int]:
    """The ``(published_at, id)`` a cursor stands for; :class:`QueryError` for anything else."""
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode("ascii")
        at, _, story_id = raw.partition("|")
        when = datetime.fromisoformat(at)
        if when.tzinfo is None or not (story_id.isascii() and story_id.isdigit()):
            raise ValueError(raw)
        return when, int(story_id)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise QueryError("cursor", "is not one this server gave; start again without it") from None


def highlight(text: str, terms: Iterable[str]) -> list[tuple[str, bool]]:
    """``text`` cut into ``(segment, matched)`` pieces: every case-insensitive occurrence of a
    term is a matched piece (the longest term wins where terms overlap)."""
    wanted = sorted({t for t in terms if t and t.strip()}, key=lambda t: (-len(t), t))
    if not text:
        return []
    if not wanted:
        return [(text, False)]
    pattern = re.compile("|".join(re.escape(t) for t in wanted), re.IGNORECASE)
    pieces: list[tuple[str, bool]] = []
    position = 0
    for found in pattern.finditer(text):
        if found.start() > position:
            pieces.append((text[position:found.start()], False))
        pieces.append((found.group(), True))
        position = found.end()
    if position < len(text):
        pieces.append((text[position:], False))
    return pieces
