"""Which items are worth their article, and what to do after an attempt: pure rules.

:func:`wants_article` is the issue's candidate rule, over the decision stored with an item;
:func:`headline_only` tells a feed that gives a headline and nothing more; :func:`after_attempt`
says whether an attempt's outcome is final or is tried again (and when). The parse workers
call the first two (so this module imports nothing heavy), the enrichment tick the third.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

#: Decision concepts that name a side: China, a Central Asian country, the region.
SIDES = frozenset({"cn", "china", "kz", "uz", "kg", "tj", "tm", "central_asia"})

#: A feed's text beyond its headline shorter than this is "a headline only" (Google News gives
#: the headline again and the outlet's name; many outlets a dateline).
HEADLINE_ONLY_CHARS = 80

#: A feed's text beyond its headline this long already carries the article (or its first
#: paragraphs): under ``fulltext: auto`` such an item is decided on the feed's own text and its
#: page is not fetched (``fulltext: always`` still fetches it). Full-text feeds are common
#: (WordPress sites, many agencies), and reading their pages again would double the requests
#: for little: the words a page could add are mostly in the feed already.
FEED_ARTICLE_CHARS = 500

_WORDS = re.compile(r"\w+")


def wants_article(decision: Mapping[str, Any] | None, *, fulltext: str = "auto",
                  headline_only: bool = False, carries_article: bool = False) -> bool:
    """Whether an item's article is worth fetching (the issue's candidate rule).

    Never for ``fulltext: never``, nor for an item that names no side (no country of the
    region or China among the decision's ``countries`` or matched concepts): such items fetch
    no page whatever the source says. Otherwise always for ``fulltext: always``; for
    ``auto``, when its feed gives a headline only, or when the item is not relevant on its own
    text and the feed does not already carry the article (``carries_article``: at least
    :data:`FEED_ARTICLE_CHARS` characters beyond the headline).
    """
    if fulltext == "never" or not decision or not names_side(decision):
        return False
    if fulltext == "always" or headline_only:
        return True
    return not decision.get("relevant") and not carries_article


def article_candidate(decision: Mapping[str, Any] | None, title: str, summary: str, content: str | None,
                      *, fulltext: str = "auto") -> bool | None:
    """:func:`wants_article` over an item's own text, counting its words beyond the headline
    only as far as the rule needs: not at all when no text could make the item a candidate,
    to 80 characters (headline or more) when the source says ``always`` or the item is
    relevant already, else to 500 (a count to 500 costs three times as much). None when the
    article is not wanted; else whether the feed gave a headline only."""
    if fulltext == "never" or not decision or not names_side(decision):
        return None
    cap = HEADLINE_ONLY_CHARS if fulltext == "always" or decision.get("relevant") else FEED_ARTICLE_CHARS
    chars = text_beyond_headline(title, summary, content, cap)
    only = chars < HEADLINE_ONLY_CHARS
    if not wants_article(decision, fulltext=fulltext, headline_only=only, carries_article=chars >= FEED_ARTICLE_CHARS):
        return None
    return only


def names_side(decision: Mapping[str, Any]) -> bool:
    """Whether a decision names a side: one of :data:`SIDES` among its ``countries`` or the
    concepts of its ``matches`` (case aside)."""
    if any(str(c).lower() in SIDES for c in decision.get("countries") or ()):
        return True
    return any(isinstance(m, Mapping) and str(m.get("concept", "")).lower() in SIDES
               for m in decision.get("matches") or ())


def headline_only(title: str, summary: str, content: str | None) -> bool:
    """Whether the feed gave a headline and little else: the words of its summary and content
    that are not the headline's come to fewer than :data:`HEADLINE_ONLY_CHARS` characters."""
    return text_beyond_headline(title, summary, content, HEADLINE_ONLY_CHARS) < HEADLINE_ONLY_CHARS


def carries_article(title: str, summary: str, content: str | None) -> bool:
    """Whether the feed's own text is article-sized: at least :data:`FEED_ARTICLE_CHARS`
    characters of words beyond the headline's."""
    return text_beyond_headline(title, summary, content, FEED_ARTICLE_CHARS) >= FEED_ARTICLE_CHARS


def text_beyond_headline(title: str, summary: str, content: str | None, cap: int) -> int:
    """Characters (words and a space each) of the summary and content that are not the
    headline's words, counted up to ``cap``."""
    head = set(_words(title))
    rest = 0
    for text in (summary, content or ""):
        for piece in _pieces(text):
            new = [len(word) for word in _words(piece) if word not in head]
            total = rest + sum(new) + len(new)
            if total >= cap:  # the count stops at the word that reaches the cap
                for size in new:
                    rest += size + 1
                    if rest >= cap:
                        return rest
            rest = total
    return rest


def _words(text: str) -> list[str]:
    """``_WORDS.findall(text.casefold())``. An ASCII text is lower-cased and its other
    characters made spaces by one ``str.translate`` and split: a quarter of the regex's time
    (in ASCII, ``\\w`` is letters, digits and "_", and ``casefold`` is ``lower``)."""
    if text.isascii():
        return text.translate(_ASCII_WORDS).split()
    return _WORDS.findall(text.casefold())


_ASCII_WORDS = {cp: (chr(cp).lower() if chr(cp).isalnum() or chr(cp) == "_" else " ") for cp in range(128)}

_PIECE = 160  # characters: the answer is nearly always known within the first few pieces


def _pieces(text: str) -> list[str] | Iterator[str]:
    """``text`` in consecutive pieces cut at white space, so that the words of the pieces'
    case folds are the words of the whole text's case fold (``str.casefold`` maps each
    character on its own, and a word never spans white space): :func:`text_beyond_headline` stops
    at its cap (80 or 500 characters of new words) instead of folding and splitting a whole
    article (a tenth of a parse worker's time in a cold poll, measured with py-spy)."""
    if len(text) <= _PIECE:
        return [text]
    return _cut(text)


def _cut(text: str) -> Iterator[str]:
    start = 0
    while start < len(text):
        space = _SPACE.search(text, start + _PIECE)  # \s is str.isspace (tests/monitor/feeds)
        end = space.start() if space else len(text)
        yield text[start:end]
        start = end


_SPACE = re.compile(r"\s")


@dataclass(frozen=True)
class NextStep:
    state: str  # pending (try again at next_attempt_at) | done | failed
    next_attempt_at: datetime | None
    final: bool


def after_attempt(outcome: str, *, ok: bool, retryable: bool, retry_after: float | None, attempts: int,
                  max_attempts: int, now: datetime, min_wait: float = 60.0, max_wait: float = 6 * 3600) -> NextStep:
    """The queue row's state after attempt number ``attempts`` (1 for the first).

    ``ok``: done. A retryable outcome (rate limited, robots.txt unavailable, a Google link not
    resolved yet) is tried again after its ``retry_after`` (at least ``min_wait``, doubling with
    each attempt when the host gave no time, at most ``max_wait``), until ``max_attempts``;
    everything else is final at once: each URL is fetched once, never in a loop.
    """
    if ok:
        return NextStep("done", None, True)
    if not retryable or attempts >= max_attempts:
        return NextStep("failed", None, True)
    wait = retry_after if retry_after and retry_after > 0 else min_wait * 2 ** (attempts - 1)
    wait = min(max(wait, min_wait), max_wait)
    return NextStep("pending", now + timedelta(seconds=wait), False)
