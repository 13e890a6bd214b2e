"""The fast path's walk over an lxml tree: element names, attributes and text as feedparser 6.0
derives them, and the state it keeps (:class:`_Walk`). Internal to :mod:`monitor.feeds.fastparse`."""

from __future__ import annotations

import re
import threading
from typing import Any, Callable
from xml.sax.saxutils import escape as _escape

from lxml import etree

try:
    from feedparser.api import StrictFeedParser as _FP
    from feedparser.datetimes import _parse_date
    from feedparser.encodings import RE_XML_PI_ENCODING, parse_content_type
    from feedparser.html import _cp1252 as _CP1252
    from feedparser.mixin import _FeedParserMixin
    from feedparser.urls import _urljoin

    _MATCH: dict[str, str] = {k.lower(): v for k, v in _FeedParserMixin.namespaces.items()}
except (ImportError, AttributeError):  # a feedparser whose internals differ: always fall back
    _FP = _parse_date = RE_XML_PI_ENCODING = parse_content_type = _CP1252 = _urljoin = None
    _MATCH = {}


class Fallback(Exception):
    """The fast path cannot promise feedparser's result for this body (the reason is the text)."""


_LANG_OR_BASE = ("boolean(//@*[translate(local-name(), 'LANGBSE', 'langbse')='lang'"
                 " or translate(local-name(), 'LANGBSE', 'langbse')='base'])")
_PER_THREAD = threading.local()  # a compiled XPath is not to be shared between threads


def _has_lang_or_base(root: Any) -> bool:
    """Whether any attribute's local name is lang or base, in any case (feedparser reads both
    from any namespace): documents without one skip the per-element language bookkeeping."""
    xpath = getattr(_PER_THREAD, "lang_or_base", None)
    if xpath is None:
        xpath = _PER_THREAD.lang_or_base = etree.XPath(_LANG_OR_BASE)
    return bool(xpath(root))


# -- element names as feedparser derives them (parsers/strict.py::startElementNS, expat's qname
#    is None; mixin.py::unknown_starttag maps the prefix once more)

_STD_PREFIXES = {v.lower() for v in _MATCH.values() if v}
_HANDLED_BY_FEEDPARSER: set[str] = set()
_END_HANDLED: set[str] = set()
if _FP is not None:
    _HANDLED_BY_FEEDPARSER = {name.split("_", 2)[2] for name in dir(_FP) if name.startswith(("_start_", "_end_"))}
    _END_HANDLED = {name[5:] for name in dir(_FP) if name.startswith("_end_")}
_VERSION_NAMESPACES = {"http://my.netscape.com/rdf/simple/0.9/": "rss090", "http://purl.org/rss/1.0/": "rss10",
                       "http://www.w3.org/2005/atom": "atom10"}
_RSS_VERSIONS = {"0.91": "rss091u", "0.92": "rss092", "0.93": "rss093", "0.94": "rss094"}
_FAST_VERSIONS = {"rss090", "rss091u", "rss092", "rss093", "rss094", "rss20", "rss", "rss10", "atom10", "atom03"}
_HTML_TYPES = ("application/xhtml+xml", "text/html")
_AMP_ENTITY = re.compile("&([A-Za-z0-9_]+);")
_C1 = re.compile("[\x80-\x9f]")
_QUOTE = {'"': "&quot;"}
_XHTML = "http://www.w3.org/1999/xhtml"

# Keys that feedparser reads back or that we read: an element without a handler whose key is one
# of these would be stored over them.
_RESERVED = {
    "title", "title_detail", "link", "links", "id", "guidislink", "summary", "summary_detail", "content",
    "author", "author_detail", "authors", "contributors", "publisher", "publisher_detail", "tags", "source",
    "image", "textinput", "language", "href", "published", "published_parsed", "updated", "updated_parsed",
    "created", "created_parsed", "expired", "expired_parsed", "date", "date_parsed", "modified",
    "modified_parsed", "issued", "issued_parsed", "media_content", "media_thumbnail", "media_credit",
    "media_rating", "media_restriction", "media_license", "media_player", "where", "subtitle", "rights",
    "generator", "generator_detail", "cloud", "license", "category", "enclosures", "guid", "url",
    "description", "tagline", "copyright", "validity_start", "validity_end", "newlocation", "name", "email",
}


def _userland(lower: str) -> str:
    """feedparser reads every backend.userland.com/rss namespace as one."""
    return "http://backend.userland.com/rss" if "backend.userland.com/rss" in lower else lower


def _text_of(el: Any, what: str) -> str:
    if len(el):
        raise Fallback(f"markup inside <{what}>")
    return el.text or ""


def _finish(s: str) -> str:
    """What feedparser's pop() does to every text after its URI step (strict parser, UTF-8)."""
    if s.isascii():
        return s
    try:  # UTF-8 that someone decoded as ISO-8859-1 and encoded again
        s = s.encode("iso-8859-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        pass
    if _C1.search(s) is not None:
        s = s.translate(_CP1252)
    return s


def _keep(s: str) -> str:
    return s


def _resolve(uri: str) -> str:
    """feedparser's resolve_uri with no base: only ``scheme:///x`` changes (to ``scheme://x``)."""
    return _urljoin("", uri) if ":///" in uri else uri


def _map_type(value: str) -> str:
    value = value.lower()
    if value in ("text", "plain"):
        return "text/plain"
    if value == "html":
        return "text/html"
    if value == "xhtml":
        return "application/xhtml+xml"
    return value


def _construct(w: _Walk, el: Any, default: str, what: str) -> tuple[str, str]:
    """A push_content element's (type, text as pop() joins and strips it, before _finish).

    Text types give the element's text (markup inside one is feedparser's "escaped markup that
    isn't really" case: left to it). XHTML is serialised the way feedparser's handlers write it
    out: tags lower-cased with their attributes, text escaped, and in Atom 1.0 the enclosing
    ``<div>`` removed when everything is inside it.
    """
    attrs = w.attrs(el)
    ctype = _map_type(attrs.get("type", default))
    if attrs.get("mode", "") == "base64":
        raise Fallback(f"<{what}> in base64")
    if ctype.startswith("text/"):
        return ctype, _text_of(el, what).strip()
    if ctype != "application/xhtml+xml":
        raise Fallback(f"<{what}> of type {ctype}")
    pieces: list[str] = []
    _xhtml(w, el, pieces)
    if w.version == "atom10":  # mixin.py::pop
        while len(pieces) > 1 and not pieces[-1].strip():
            del pieces[-1]
        while len(pieces) > 1 and not pieces[0].strip():
            del pieces[0]
        if pieces and (pieces[0] == "<div>" or pieces[0].startswith("<div ")) and pieces[-1] == "</div>":
            depth = 0
            for piece in pieces[:-1]:
                if piece.startswith("</"):
                    depth -= 1
                    if depth == 0:
                        break
                elif piece.startswith("<") and not piece.endswith("/>"):
                    depth += 1
            else:
                pieces = pieces[1:-1]
    return ctype, "".join(pieces).strip()


def _xhtml(w: _Walk, el: Any, pieces: list[str]) -> None:
    """mixin.py::unknown_starttag/unknown_endtag/handle_data inside XHTML content. A text node
    is one piece here where expat may give several: pop() treats them alike (only whether a
    piece is white space, or starts with ``<``, which escaped text never does, matters)."""
    if el.text:
        pieces.append(_escape(el.text))
    for child in el:
        key = (w.names.get(child.tag) or w.name(child.tag))[0]
        local = child.tag.rsplit("}", 1)[-1].lower()
        if key in _END_HANDLED or local in ("svg", "math"):
            raise Fallback(f"<{local}> inside XHTML content")
        attrs = w.attrs(child)
        if "xml:base" in attrs or "base" in attrs:
            raise Fallback("xml:base")
        pieces.append("<" + local + "".join(f' {k}="{_escape(v, _QUOTE)}"' for k, v in attrs.items()) + ">")
        _xhtml(w, child, pieces)
        pieces.append(f"</{local}>")
        if child.tail:
            pieces.append(_escape(child.tail))


def _store(e: dict[str, Any], depths: dict[str, int], key: str, value: Any, depth: int) -> None:
    """feedparser's property_depth_map: the shallowest element wins, the last one among equals."""
    old = depths.get(key)
    if old is None or depth <= old:
        depths[key] = depth
        e[key] = value


def _author_value(detail: dict[str, str], current: str | None) -> str | None:
    """mixin.py::_sync_author_detail with a non-empty detail."""
    name, email = detail.get("name"), detail.get("email")
    if name and email:
        return f"{name} ({email})"
    return name or email or current


class _Walk:
    """One document, walked in document order with the part of feedparser's state that matters."""

    def __init__(self, root: Any, body: bytes, declared: list[tuple[str, str]],
                 handlers: dict[str, Handler]) -> None:
        self.handlers = handlers
        self.names: dict[str, tuple[str, bool]] = {}
        self.namespacemap: dict[str | None, str] = {}
        self.in_use: dict[str, str] = {}
        self.version = ""
        self.lang_mode = _has_lang_or_base(root)
        # Without U+0080..U+00FF characters (C2/C3 lead bytes in UTF-8) or character references
        # (no "#" at all: a memchr), neither of the fixes in _finish can change a text.
        self.finish = _finish if b"\xc2" in body or b"\xc3" in body or b"#" in body else _keep
        self.title_depth = -1
        self.has_content = False
        self.infeed = False
        self.inimage = False
        self.intextinput = False
        self.entry: dict[str, Any] | None = None
        self.depths: dict[str, int] = {}
        self.entries: list[dict[str, Any]] = []
        self.feed: dict[str, Any] = {}
        self._namespaces(root, declared)

    # namespaces, names, attributes

    def _namespaces(self, root: Any, declared: list[tuple[str, str]]) -> None:
        """parsers/strict.py::startPrefixMapping → mixin.py::track_namespace, in document order."""
        if not all(uri for _, uri in declared):
            raise Fallback("an empty namespace declaration")
        on_root = len(root.nsmap)  # the root's own declarations come first
        for prefix, uri in declared[:on_root]:
            lower = uri.lower()
            if not self.version:
                if (prefix, lower) == ("", "http://my.netscape.com/rdf/simple/0.9/"):
                    self.version = "rss090"
                elif lower == "http://purl.org/rss/1.0/":
                    self.version = "rss10"
                elif lower == "http://www.w3.org/2005/atom":
                    self.version = "atom10"
            self._track(prefix, uri)
        # Below the root: only modules feedparser knows (Feedburner's atom10:link, XHTML content),
        # and not under a prefix the root gave an unknown namespace (feedparser names that
        # namespace's elements by the prefix, and would map it to the module from then on).
        # Recording them changes no element's name; the feed format was settled at the root (an
        # RDF root that did not settle it is declined).
        unknown = {prefix for prefix, uri in declared[:on_root] if _userland(uri.lower()) not in _MATCH}
        for prefix, uri in declared[on_root:]:
            if prefix and prefix in unknown:
                raise Fallback("a namespace prefix bound again below the root")
            self._track(prefix, uri, nested=True)

    def _track(self, prefix: str, uri: str, nested: bool = False) -> str | None:
        lower = _userland(uri.lower())
        if lower != uri.lower():
            uri = lower
        std = _MATCH.get(lower)
        if std is None:
            if nested:
                raise Fallback("an unknown namespace declared below the root")
            self.in_use[prefix] = uri
            return None
        if prefix and prefix.lower() != std.lower() and prefix.lower() in _STD_PREFIXES:
            raise Fallback(f"namespace prefix {prefix!r} used for another module")
        self.namespacemap[prefix or None] = std
        self.in_use[std] = uri
        return std

    def name(self, tag: str) -> tuple[str, bool]:
        """(feedparser's key for the element, whether it has a namespace prefix)."""
        if tag[0] == "{":
            ns, local = tag[1:].split("}", 1)
        else:
            ns, local = "", tag
        lower = ns.lower()
        if "backend.userland.com/rss" in lower:
            ns = lower = "http://backend.userland.com/rss"
        prefix = _MATCH.get(lower)
        local = local.lower()
        if prefix:
            qualified = prefix.lower() + ":" + local
        else:
            qualified = local
            if ns:
                for key, value in self.in_use.items():
                    if key and value == ns:
                        qualified = key + ":" + local
                        break
        qualified = qualified.lower()
        if ":" in qualified:
            head, _, tail = qualified.partition(":")
            head = self.namespacemap.get(head, head)
            result = (head + "_" + tail if head else tail, bool(head))
        else:
            result = (qualified, False)
        self.names[tag] = result
        return result

    def attrs(self, el: Any) -> dict[str, str]:
        """The attributes as feedparser's strict parser hands them to its handlers."""
        items = el.items()
        d: dict[str, str] = {}
        if not items:
            return d
        for key, value in items:
            if key[0] == "{":
                ns, local = key[1:].split("}", 1)
                prefix = _MATCH.get(ns.lower(), "")
                d[(prefix + ":" + local if prefix else local).lower()] = value
            else:
                d[key.lower()] = value
        for key, value in items:  # expat's qname of an attribute is its local name
            d[key.rsplit("}", 1)[-1].lower()] = value
        for key in ("rel", "type"):
            if key in d:
                d[key] = d[key].lower()
        return d

    def lang_of(self, el: Any, parent: str | None) -> str | None:
        if not el.items():
            return parent
        d = self.attrs(el)
        if "xml:base" in d or "base" in d:
            raise Fallback("xml:base")
        lang = d.get("xml:lang", d.get("lang"))
        if lang == "":
            return None
        return parent if lang is None else lang

    # the walk

    def children(self, el: Any, depth: int, lang: str | None) -> None:
        depth += 1
        names = self.names
        lang_mode = self.lang_mode
        for child in el:
            tag = child.tag
            key = (names.get(tag) or self.name(tag))[0]
            handler = self.handlers.get(key)
            if handler is None:
                if key in _HANDLED_BY_FEEDPARSER:
                    raise Fallback(f"element {key}")
                if key in _RESERVED:
                    raise Fallback(f"element {key} without a handler")
                handler = _unknown
            handler(self, child, depth, self.lang_of(child, lang) if lang_mode else lang)

    def context(self) -> str:
        """mixin.py::_get_context, for the contexts that can occur here."""
        if self.inimage:
            return "image"
        if self.intextinput:
            return "textinput"
        return "entry" if self.entry is not None else "feed"

    def has_summary(self) -> bool:
        ctx = self.context()
        if ctx == "entry":
            return "summary" in self.entry  # type: ignore[operator]
        return ctx == "feed" and "summary" in self.feed


Handler = Callable[[_Walk, Any, int, "str | None"], None]


def _unknown(w: _Walk, el: Any, depth: int, lang: str | None) -> None:
    if len(el):
        w.children(el, depth, lang)
