"""The fast path for well-formed feeds: lxml reads them, and the result is feedparser's, or none.

:func:`parse_fast` returns the :class:`~monitor.feeds.parse.ParsedFeed` that
:func:`monitor.feeds.parse.parse_with_feedparser` would return for the same body, or None when it
cannot promise that; the caller then runs feedparser, which stays the reference. It takes
RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom 1.0/0.3 documents that lxml parses without a single error
or warning, and it follows what feedparser 6.0 does to them (``feedparser/mixin.py`` and
``namespaces/*.py``) for the values we read: the feed's title, link and language; each entry's
id, link, title (and its language), summary, content, author, dates and ``<source url>``.

It is conservative: anything it does not reproduce exactly makes it give up (a
:class:`Fallback` with the reason, see :func:`explain`), for example

* a charset decision other than feedparser's first choice (a BOM other than UTF-8's, a body
  the chosen codec cannot decode, an HTTP charset and an XML declaration that disagree, a codec
  outside a short list), an XML declaration other than a plain ``version="1.0"`` one;
* a DOCTYPE or entity declarations (feedparser's own ``replace_doctype`` handles those), any
  error or warning from libxml2, namespaces declared below the root or in odd ways;
* ``xml:base`` (or any ``base`` attribute), markup inside a text element (Atom ``xhtml``
  content, HTML that is not escaped), base64 or non-text content types;
* an element feedparser has a handler for that is not reproduced here (georss, podlove
  chapters, ``<body>``…), an image or a text input inside an entry, an Atom author mixed with
  other author elements.

Elements feedparser has no handler for are stored under their own name by feedparser and do
not change anything we read, so they are walked over (unless their name is one of the keys
feedparser itself uses). ``tests/monitor/feeds/test_fastparse.py`` holds the two paths equal over
feedparser's own test corpus, our golden feeds and a generated corpus like the benchmark's.

XML safety: a document with a DOCTYPE never reaches lxml; the parser resolves no entities,
loads no DTD, uses no network and keeps libxml2's size limits (``huge_tree=False``).
"""

from __future__ import annotations

import calendar
from datetime import datetime, timezone
from typing import Any

from lxml import etree

from monitor.feeds.entries import MAX_ENTRIES, ParsedFeed, RawEntry
from monitor.feeds.fastparse_charset import _FIRST_ELEMENT, _decode
from monitor.feeds.fastparse_elements import _HANDLERS
from monitor.feeds.fastparse_walk import _FAST_VERSIONS, _FP, _RSS_VERSIONS, Fallback, _Walk


def parse_fast(body: bytes, content_type: str | None = None) -> ParsedFeed | None:
    """The feed as :func:`monitor.feeds.parse.parse_with_feedparser` gives it, or None (fall back)."""
    try:
        return _parse(body, content_type)
    except Exception:  # Fallback, or a bug or odd input we did not foresee: feedparser decides
        return None


def explain(body: bytes, content_type: str | None = None) -> tuple[ParsedFeed | None, str | None]:
    """(the feed, None) from the fast path, or (None, why it falls back). Other errors raise."""
    try:
        return _parse(body, content_type), None
    except Fallback as exc:
        return None, str(exc)


# -- the document

def _xml_parser() -> Any:
    """A parser that reports the namespace declarations in document order (as expat does)."""
    return etree.XMLPullParser(events=("start-ns",), resolve_entities=False, no_network=True, load_dtd=False,
                               huge_tree=False, remove_comments=True, remove_pis=True, collect_ids=False,
                               encoding="utf-8")


def _parse(body: bytes, content_type: str | None) -> ParsedFeed:
    if _FP is None:
        raise Fallback("feedparser's internals not found")
    data, warning = _decode(body, content_type)
    first = _FIRST_ELEMENT.search(data)
    head = data[:first.start()] if first else data
    if b"<!" in head.replace(b"<!--", b""):
        raise Fallback("DOCTYPE or entity declarations")
    parser = _xml_parser()
    try:
        parser.feed(data)
        root = parser.close()
    except etree.XMLSyntaxError as exc:
        raise Fallback(f"not well-formed: {exc}") from None
    if len(parser.error_log):
        raise Fallback(f"libxml2 warning: {parser.error_log[0].message}")
    if root.getroottree().docinfo.internalDTD is not None:
        raise Fallback("DOCTYPE or entity declarations")
    w = _Walk(root, data, [decl for _, decl in parser.read_events()], _HANDLERS)
    key = w.name(root.tag)[0]
    lang = w.lang_of(root, None) if w.lang_mode else None
    attrs = w.attrs(root)
    if key == "rss":
        if not w.version.startswith("rss"):
            version = attrs.get("version", "")
            w.version = _RSS_VERSIONS.get(version) or ("rss20" if version.startswith("2.") else "rss")
    elif key == "feed":
        if not w.version:
            w.version = {"0.1": "atom01", "0.2": "atom02", "0.3": "atom03"}.get(attrs.get("version", ""), "atom")
        w.infeed = True
    elif key != "rdf_rdf":
        raise Fallback(f"root element {key}")
    if w.version not in _FAST_VERSIONS:
        raise Fallback(f"feed format {w.version or 'unknown'}")
    if lang and key in ("rss", "feed"):
        w.feed["language"] = lang.replace("_", "-")
    w.children(root, 1, lang)
    if not w.entries and warning:
        raise Fallback("no entries and a warning")  # parse_feed's error: left to feedparser
    feed = w.feed
    title = feed.get("title")
    language = feed.get("language")
    return ParsedFeed(format=w.version, title=title if isinstance(title, str) else "", link=feed.get("link"),
                      language=language or None, entries=tuple(_raw(e) for e in w.entries[:MAX_ENTRIES]),
                      warning=warning)


def _raw(e: dict[str, Any]) -> RawEntry:
    """monitor.feeds.parse._entry, over our entry dictionary."""
    content = ""
    for value in e.get("content") or ():
        if value and len(value) > len(content):
            content = value
    summary = e.get("summary") or ""
    if content and summary == content:
        content = ""
    published = None
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = e.get(key)
        if t:
            if isinstance(t, datetime):  # from _quick_date
                published = t
                break
            try:
                published = datetime.fromtimestamp(calendar.timegm(t), tz=timezone.utc)
            except (OverflowError, ValueError, OSError):
                published = None
            break
    return RawEntry(
        guid=e.get("id") or None,
        link=e.get("link") or None,
        title=e.get("title") or "",
        summary=summary,
        content=content,
        published=published,
        author=e.get("author") or None,
        language=e.get("title_lang") or None,
        source_href=e.get("source_href") or None,
    )
