"""The CPU-bound part of a poll: parse → normalize (→ classify), run away from the event loop.

:func:`analyse` is a pure, picklable function over a :class:`ParseJob`, executed in a process
pool (``MONITOR_PARSE_WORKERS``; one process per core by default, so 500 feeds parse on both
cores) or in a thread when the pool is off. It returns small frozen records.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import repeat
from datetime import datetime
from typing import TYPE_CHECKING, Any

import orjson

from monitor.errors import ParseError
from storage.item_records import EncodedJSON, NewEnrichment, NewItem, new_item_setters, new_item_values

_DECISION = tuple(NewItem.__dataclass_fields__).index("decision")

if TYPE_CHECKING:
    from monitor.feeds.normalize import Entry
    from monitor.feeds.entries import ParsedFeed, RawEntry

# The parsing modules (feedparser, the normalizer, numpy for fingerprints) are imported where
# they run, in the workers (their fork server preloads them, see warm_up): the parent process
# only ships jobs, and a poll where every feed answers 304 never loads them.


@dataclass(frozen=True)
class ParseJob:
    body: bytes
    url: str
    content_type: str | None
    fetched_at: datetime
    language_hint: str | None = None
    rules: str | None = ""  # classifier rules path; "" = the bundled rules, None = do not classify
    fulltext: str = "auto"  # the source's `fulltext`: which items' articles are queued


@dataclass(frozen=True)
class Identity:
    """An entry's cross-source keys: its canonical URL (None when it cannot tell the entry apart
    from others) and its near-duplicate fingerprint (``Signature.to_bytes()``); and the address
    that names its outlet when its link does not (:func:`monitor.dedup.outlet_address`)."""

    canonical_url: str | None
    signature: bytes | None
    index_keys: bytes | None = None  # the fingerprint's band-index keys (uint32s)
    outlet_url: str | None = None


@dataclass(frozen=True)
class ParseOutcome:
    """What a worker sends back: the feed's items, ready to store. They are built here, not in
    the parent, so one object per item crosses the process boundary (fewer to pickle, and less
    held in memory while the writer catches up)."""

    items: tuple[NewItem, ...] = field(default_factory=tuple)
    format: str = ""
    warning: str | None = None
    error: str | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as columns: per field, its values over the items (the decisions as plain
        text). Pickling 50 NewItems one by one (each a reduction, a ``__getstate__`` call, and an
        ``EncodedJSON``, a str subclass, pickled through ``copyreg``) cost four times as much
        as pickling their values; unpickling makes the items empty and sets one field of all of them
        at a time through its slot (no Python call per item)."""
        if not self.items:
            return ParseOutcome, ((), self.format, self.warning, self.error)
        columns = list(zip(*map(new_item_values, self.items)))
        decisions = columns[_DECISION]
        encoded = all(type(d) is EncodedJSON or d is None for d in decisions)
        if encoded:
            columns[_DECISION] = tuple([None if d is None else str(d) for d in decisions])
        return _outcome_from_columns, (columns, encoded, self.format, self.warning, self.error)


def _outcome_from_columns(columns: list[tuple[Any, ...]], encoded: bool, format: str, warning: str | None,
                          error: str | None) -> ParseOutcome:
    """:meth:`ParseOutcome.__reduce__`'s columns back into an outcome."""
    if encoded:
        columns[_DECISION] = tuple([None if d is None else EncodedJSON(d) for d in columns[_DECISION]])
    items = tuple(map(NewItem.__new__, repeat(NewItem, len(columns[0]))))
    for assign, column in zip(new_item_setters, columns):  # a field at a time, each a loop in C
        deque(map(assign, items, column), maxlen=0)
    return ParseOutcome(items, format, warning, error)


def analyse(job: ParseJob) -> ParseOutcome:
    """Parse and normalize one feed body. Never raises: a failure is ``ParseOutcome.error``."""
    from monitor.feeds.parse import parse_feed

    try:
        feed = parse_feed(job.body, url=job.url, content_type=job.content_type)
        pairs = normalized_pairs(feed, job)
        entries = [e for _, e in pairs]
        identities = identify(pairs)
    except ParseError as exc:
        return ParseOutcome(error=str(exc))
    except Exception as exc:  # hostile input must not take the poller down
        return ParseOutcome(error=f"unexpected parser failure: {type(exc).__name__}: {exc}")
    warning = feed.warning
    try:
        decisions = classify_entries(entries, job.rules, [i.outlet_url for i in identities])
    except Exception as exc:  # the rules could not be loaded: store the items unclassified
        decisions = [None] * len(entries)
        warning = f"not classified: {type(exc).__name__}: {exc}"
    items = tuple(new_item(e, job.fetched_at, d, i, candidate(raw, e, d, job.fulltext))
                  for (raw, e), d, i in zip(pairs, decisions, identities))
    return ParseOutcome(items=items, format=feed.format, warning=warning)


def _json(doc: dict[str, Any]) -> str:
    """Compact JSON, as ``json.dumps(doc, ensure_ascii=False, separators=(",", ":"))`` writes it
    for the plain strings, numbers and lists of a decision; orjson takes a tenth of the time."""
    try:
        return orjson.dumps(doc).decode()
    except orjson.JSONEncodeError:  # e.g. a lone surrogate, which orjson refuses
        return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def candidate(raw: RawEntry, entry: Entry, decision: dict[str, Any] | None, fulltext: str) -> NewEnrichment | None:
    """What the enrichment queue gets for an item whose article is worth reading
    (:func:`monitor.enrich.candidates.wants_article`); None for the others, and for items
    without an http(s) link."""
    if not entry.link or not entry.link.startswith(("http://", "https://")):
        return None
    only = _article_candidate()(decision, entry.title, entry.summary, entry.content, fulltext=fulltext)
    if only is None:
        return None
    google = "news.google.com" in entry.link  # its markup may name the publisher (offline decoding)
    return NewEnrichment(link=entry.link, source_href=raw.source_href if google else None,
                         hint_html=raw.summary if google else None, headline_only=only)


@cache
def _article_candidate() -> Callable[..., bool | None]:
    """:func:`monitor.enrich.candidates.article_candidate`, imported on first use (in the worker):
    an ``import`` statement in :func:`candidate` cost 8,000 instructions an item (7 % of it)."""
    from monitor.enrich.candidates import article_candidate

    return article_candidate


def new_item(entry: Entry, fetched_at: datetime, decision: dict[str, Any] | None = None,
             identity: Identity | None = None, enrich: NewEnrichment | None = None) -> NewItem:
    """The row to store for an entry. The decision travels as JSON text encoded here, in the
    worker: a dict of a dozen matches costs four times the memory and more to pickle, and
    encoding it on the writer's thread would take the parent's time."""
    if decision:
        relevant, score = decision.get("relevant"), decision.get("score")
        encoded, version = EncodedJSON(_json(decision)), decision.get("rules_version")
    else:
        relevant = score = encoded = version = None
    if identity:
        canonical, outlet = identity.canonical_url, identity.outlet_url
        signature, keys = identity.signature, identity.index_keys
    else:
        canonical = outlet = signature = keys = None
    return NewItem.from_values((  # NewItem's fields in their order (tests/monitor/pipeline/test_new_item.py)
        entry.key, entry.title, entry.summary, entry.published, fetched_at, entry.content_hash,
        entry.guid, entry.link, entry.content or None, entry.author, entry.language,
        relevant, score, encoded, version, canonical, outlet, signature, keys, enrich,
    ))


def normalized_pairs(feed: ParsedFeed, job: ParseJob) -> list[tuple[RawEntry, Entry]]:
    """Each usable entry with the raw entry it came from (its markup is needed for Google News)."""
    from monitor.feeds.normalize import normalize_entry

    out = []
    for raw in feed.entries:
        entry = normalize_entry(raw, feed=feed, base_url=job.url, fetched_at=job.fetched_at,
                                language_hint=job.language_hint)
        if entry is not None:
            out.append((raw, entry))
    return out


def identify(pairs: list[tuple[RawEntry, Entry]]) -> list[Identity]:
    """Canonical URLs and fingerprints of one feed's entries (see ``docs/dedup.md``).

    A canonical URL is only a key when it names one article: a site's home page, or a link
    that several entries of this feed share (some feeds give every item the same link), is not.
    """
    # Imported here, in the worker: the parent process (and a poll where every feed answered
    # 304) never needs numpy.
    from monitor.dedup import canonical_url, resolve_google_news
    from monitor.dedup.urls import google_source_home
    from monitor.dedup.batch import signature_rows

    urls: list[str | None] = []
    outlets: list[str | None] = []
    for raw, entry in pairs:
        url = outlet = None
        if entry.link:
            resolved = resolve_google_news(entry.link, raw.source_href, raw.summary)  # None unless Google's
            url = canonical_url(resolved or entry.link)
            if not url.startswith("https://") or url.split("/", 3)[3:] in ([], [""]):
                url = None  # not http(s), or a bare host: not an article
            # monitor.dedup.outlet_address, with the link resolved once
            outlet = resolved or google_source_home(entry.link, entry.source_href)
        urls.append(url)
        outlets.append(outlet)
    shared = {u for u in urls if u is not None and urls.count(u) > 1} if len(set(urls)) < len(urls) else set()
    rows = signature_rows([(e.title, e.content or e.summary) for _, e in pairs])
    return [Identity(None if u in shared else u, sig, keys, outlet)
            for u, (sig, keys), outlet in zip(urls, rows, outlets)]


_CLASSIFIERS: dict[str, Any] = {}


def get_classifier(rules: str, cache_dir: str | None = None) -> Any:
    """The compiled classifier for a rules path, compiled once per process. With ``cache_dir``,
    the bundled rules (``rules == ""``) are read from the compiled rules' cache there when it
    holds this code's, and cached there otherwise (:mod:`monitor.pipeline.rules_cache`)."""
    clf = _CLASSIFIERS.get(rules)
    if clf is None:
        if cache_dir and not rules:
            from pathlib import Path

            from monitor.pipeline.rules_cache import bundled_classifier

            clf = _CLASSIFIERS[rules] = bundled_classifier(Path(cache_dir))
        else:
            from classifiers import load_classifier

            clf = _CLASSIFIERS[rules] = load_classifier(rules or None)
    return clf


def decide_text(clf: Any, title: str, summary: str, content: str, language: str | None,
                url: str | None = None) -> dict[str, Any]:
    """A decision as the JSON stored with an item (``rules_version`` included, matches compacted).
    ``url`` is the address that names the item's outlet, which may imply a side
    (docs/classifier.md, "Outlet"): the item's ``outlet_url`` when it has one (a Google News
    link is in no country; its publisher is), else its link (:func:`classifier_url`)."""
    return clf.classify_to_dict(title=title, summary=summary, content=content, lang=language, url=url)


def classifier_url(link: str | None, outlet_url: str | None) -> str | None:
    """The address the classifier is given for an item: the one that names its outlet. Every
    path that decides an item (the poll, the enrichment tick, ``monitor reclassify``) uses it,
    so that the same item and rules give the same decision."""
    return outlet_url or link


def decide(clf: Any, entry: Entry, outlet_url: str | None = None) -> dict[str, Any]:
    return decide_text(clf, entry.title, entry.summary, entry.content, entry.language,
                       classifier_url(entry.link, outlet_url))


def classify_entries(entries: list[Entry] | tuple[Entry, ...], rules: str | None,
                     outlet_urls: Sequence[str | None] = ()) -> list[dict[str, Any] | None]:
    """Each entry's decision (None where it could not be made); ``outlet_urls``, when given,
    the address that names each entry's outlet (:attr:`Identity.outlet_url`)."""
    if rules is None or not entries:
        return [None] * len(entries)
    clf = get_classifier(rules)
    outlets = outlet_urls or repeat(None)
    out: list[dict[str, Any] | None] = []
    for entry, outlet in zip(entries, outlets):
        try:
            out.append(decide(clf, entry, outlet))
        except Exception:  # left unclassified; `monitor reclassify` tries again
            out.append(None)
    return out


# The folder of the compiled rules' cache (MONITOR_DATA_DIR), from the process that starts the
# fork server to the fork server, which imports monitor.pipeline.preload before it can be told
# anything else. Not a setting (no MONITOR_ prefix): the parent sets it for its own fork server.
CACHE_DIR_VARIABLE = "_MONITOR_FORKSERVER_RULES_CACHE"


def warm_up(cache_dir: str | None = None) -> None:
    """Load what every parse costs the first time: parsers, numpy's tables, the bundled rules
    (from the compiled rules' cache in ``cache_dir`` when given, see ``monitor/pipeline/rules_cache.py``).

    Run once in the fork server (``monitor/pipeline/preload.py``, which imports this module and not
    :mod:`monitor.pipeline.workers`: the workers need neither asyncio nor the pool's own side). Never raises: a worker that finds
    the rules broken reports that per feed, as it would without the warm-up.
    """
    try:
        import monitor.feeds.normalize
        import monitor.feeds.parse  # noqa: F401  (imported for the workers to inherit)
        from monitor.dedup.batch import signature_rows

        # A feed's fingerprints, as identify() makes them: the first builds the code-point
        # tables, and numpy's unique() loads numpy.ma on its first call (12 ms, which each
        # worker paid on its first feed when the warm-up went through fingerprint()).
        signature_rows([("warm up", "the first fingerprint builds the code-point tables")])
        _article_candidate()  # the candidate rule's fold table
        get_classifier("", cache_dir)
    except Exception:  # reported by the workers, feed by feed
        pass
