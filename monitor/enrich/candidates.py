"""Which items are worth their article, and what to do after an attempt: pure rules.

:func:`wants_article` is the issue's candidate rule, over the decision stored with an item;
:func:`headline_only` tells a feed that gives a headline and nothing more; :func:`after_attempt`
says whether an attempt's outcome is final or is tried again (and when). The parse workers
call the first two (so this module imports nothing heavy), the enrichment tick the third.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
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
    chars = _beyond(title, summary, content, cap, False)  # exact below the cap, else >= cap
    only = chars < HEADLINE_ONLY_CHARS
    # with the cap at 80, wants_article() does not look at carries_article (``always``, or relevant)
    carries = cap == FEED_ARTICLE_CHARS and chars >= FEED_ARTICLE_CHARS
    if not wants_article(decision, fulltext=fulltext, headline_only=only, carries_article=carries):
        return None
    return only


def names_side(decision: Mapping[str, Any]) -> bool:
    """Whether a decision names a side: one of :data:`SIDES` among its ``countries`` or the
    concepts of its ``matches`` (case aside)."""
    for country in decision.get("countries") or ():  # a loop: a generator cost more than the test
        if str(country).lower() in SIDES:
            return True
    return any(isinstance(m, Mapping) and str(m.get("concept", "")).lower() in SIDES
               for m in decision.get("matches") or ())


def headline_only(title: str, summary: str, content: str | None) -> bool:
    """Whether the feed gave a headline and little else: the words of its summary and content
    that are not the headline's come to fewer than :data:`HEADLINE_ONLY_CHARS` characters."""
    return _beyond(title, summary, content, HEADLINE_ONLY_CHARS, False) < HEADLINE_ONLY_CHARS


def carries_article(title: str, summary: str, content: str | None) -> bool:
    """Whether the feed's own text is article-sized: at least :data:`FEED_ARTICLE_CHARS`
    characters of words beyond the headline's."""
    return _beyond(title, summary, content, FEED_ARTICLE_CHARS, False) >= FEED_ARTICLE_CHARS


def text_beyond_headline(title: str, summary: str, content: str | None, cap: int) -> int:
    """Characters (words and a space each) of the summary and content that are not the
    headline's words, counted up to ``cap`` (the count at the word that reaches it)."""
    return _beyond(title, summary, content, cap, True)


def _beyond(title: str, summary: str, content: str | None, cap: int, exact: bool) -> int:
    """:func:`text_beyond_headline`; with ``exact`` false, any count at or above ``cap`` once
    the count reaches it (the rest of the piece is counted too: what the rules compare is the
    same). The text is read in pieces cut at white space (a word never spans white space, and
    ``casefold`` maps each character on its own), each at least as long as the characters still
    missing (a piece counts at most its length plus one), so reading stops near the cap instead
    of folding and splitting a whole article (a tenth of a parse worker's time in a cold poll,
    measured with py-spy). A piece within :data:`_CODEC` is folded by :func:`_folded` and
    split; others by the regex, over their case fold."""
    head = _folded(title)
    head_bytes = set(head.split()) if head is not None else None
    head_text: set[str] | None = None
    rest = 0
    for text in (summary, content or ""):
        start, size = 0, len(text)
        while start < size:
            end = start + max(cap - rest, _PIECE)
            if end < size:
                space = _SPACE.search(text, end)  # \s is str.isspace (tests/monitor/feeds)
                end = space.start() if space else size
            folded = _folded(text[start:end])
            words: list[bytes] | list[str]
            known: set[bytes] | set[str]
            if folded is not None:
                words = folded.split()
                if head_bytes is None:  # a title that is not one byte a character
                    head_bytes = {w.encode(_CODEC) for w in _WORDS.findall(title.casefold()) if _encodes(w)}
                known = head_bytes
                total = rest + len(folded) - folded.count(b" ") + len(words)
            else:
                words = _WORDS.findall(text[start:end].casefold())
                if head_text is None:
                    head_text = set(_WORDS.findall(title.casefold()))
                known = head_text
                total = rest + sum(map(len, words)) + len(words)
            start = end
            seen = [w for w in words if w in known]  # the headline's words: usually a few
            if seen:
                total -= sum(map(len, seen)) + len(seen)
            if total >= cap:
                if not exact:
                    return total
                for word in words:  # the count stops at the word that reaches the cap
                    if word not in known:
                        rest += len(word) + 1
                        if rest >= cap:
                            return rest
            rest = total
    return rest


#: Texts of ASCII, Russian and Kazakh letters (and the usual punctuation: «» – — “” … №) are one
#: byte a character in KZ-1048 (Windows-1251 with the Kazakh letters), where one
#: ``bytes.translate`` folds their case and blanks what is not a word character, and
#: ``bytes.split`` cuts the words: a third of the cost of ``casefold`` and the regex.
_CODEC = "kz1048"


def _fold_table() -> tuple[bytes, bytes]:
    """The translation table (a word character's byte -> its case fold's, others -> a space) and
    the byte whose character folds outside the code page (``µ`` -> ``μ``), which sends a text to
    the regex. ``\\w`` is ``str.isalnum`` or "_" (tests/monitor/enrich/test_headline_only_pieces.py)."""
    table, unsafe = bytearray(b" " * 256), bytearray()
    for byte in range(256):
        try:
            char = bytes([byte]).decode(_CODEC)
        except UnicodeDecodeError:
            continue  # not a character of the code page: never in an encoded text
        folded = char.casefold()
        word = char.isalnum() or char == "_"
        if len(folded) != 1 or not _encodes(folded) or word != (folded.isalnum() or folded == "_"):
            unsafe.append(byte)
        elif word:
            table[byte] = folded.encode(_CODEC)[0]
    if len(unsafe) != 1:  # one byte: one ``in`` test a piece (_folded)
        raise RuntimeError(f"{_CODEC}: {bytes(unsafe)!r} fold outside the code page")
    return bytes(table), bytes(unsafe)


def _encodes(text: str) -> bool:
    try:
        text.encode(_CODEC)
    except UnicodeEncodeError:
        return False
    return True


def _folded(text: str) -> bytes | None:
    """``text`` in :data:`_CODEC`, each word character folded and every other character a space:
    its ``split()`` is ``[w.encode(_CODEC) for w in _WORDS.findall(text.casefold())]``. None for
    a text outside the code page."""
    if text.isascii():
        return text.encode("ascii").translate(_FOLD)
    try:
        encoded = text.encode(_CODEC)
    except UnicodeEncodeError:
        return None
    return None if _UNSAFE in encoded else encoded.translate(_FOLD)


_FOLD, _UNSAFE = _fold_table()

_PIECE = 120  # characters: a shorter piece than the cap needs costs a call more

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
