"""The fast path for well-formed feeds: lxml reads them, and the result is feedparser's, or none.

:func:`parse_fast` returns the :class:`~monitor.parse.ParsedFeed` that
:func:`monitor.parse.parse_with_feedparser` would return for the same body, or None when it
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
feedparser itself uses). ``tests/monitor/test_fastparse.py`` holds the two paths equal over
feedparser's own test corpus, our golden feeds and a generated corpus like the benchmark's.

XML safety: a document with a DOCTYPE never reaches lxml; the parser resolves no entities,
loads no DTD, uses no network and keeps libxml2's size limits (``huge_tree=False``).
"""

from __future__ import annotations

import calendar
import codecs
import re
import threading
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any, Callable
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
    _FP = None
    _MATCH = {}

if TYPE_CHECKING:
    from monitor.parse import ParsedFeed, RawEntry


class Fallback(Exception):
    """The fast path cannot promise feedparser's result for this body (the reason is the text)."""


def parse_fast(body: bytes, content_type: str | None = None) -> ParsedFeed | None:
    """The feed as :func:`monitor.parse.parse_with_feedparser` gives it, or None (fall back)."""
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


# -- charset: feedparser's decision (feedparser/encodings.py::convert_to_utf8), first choice only

_NOT_UTF8_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00")
_MARKERS = (b"\x4c\x6f\xa7\x94", b"\x00\x3c\x00\x3f", b"\x3c\x00\x3f\x00", b"\x00\x00\x00\x3c", b"\x3c\x00\x00\x00")
_APPLICATION_XML = ("application/xml", "application/xml-dtd", "application/xml-external-parsed-entity")
_TEXT_XML = ("text/xml", "text/xml-external-parsed-entity")
# ASCII-compatible codecs this path decodes (by codecs.lookup name); feedparser decodes the same
# way, so the text is the same, but anything rarer is left to feedparser.
_CODECS = {"utf-8", "ascii", "iso8859-1", "gb18030", "gbk", "gb2312", "big5", "big5hkscs", "euc_jp", "euc_kr",
           "shift_jis", "cp932", "cp949", "koi8-r", "koi8-u", "mac-cyrillic", "cp866"}
_CODECS |= {f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15, 16)}
_CODECS |= {f"cp{n}" for n in range(1250, 1259)}
_DECLARATION = re.compile(rb"<\?xml\s+version\s*=\s*([\"'])1\.0\1"
                          rb"(?:\s+encoding\s*=\s*([\"'])([A-Za-z][A-Za-z0-9._-]*)\2)?"
                          rb"(?:\s+standalone\s*=\s*([\"'])(?:yes|no)\4)?\s*\?>")
_FIRST_ELEMENT = re.compile(rb"<\w")
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


def _codec(name: str) -> str:
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        raise Fallback(f"charset: unknown encoding {name!r}") from None
    if codec not in _CODECS:
        raise Fallback(f"charset: {codec} is left to feedparser")
    return codec


def _decode(body: bytes, content_type: str | None) -> tuple[bytes, str | None]:
    """The UTF-8 bytes lxml parses (feedparser's text) and the warning feedparser records."""
    data = body
    if data[:2] in _NOT_UTF8_BOMS or data[:4] in _MARKERS:
        raise Fallback("charset: UTF-16/32 or EBCDIC")
    bom = data[:3] == codecs.BOM_UTF8
    if bom:
        data = data[3:]
    declared = b""
    if data.startswith(b"<?xml"):
        decl = _DECLARATION.match(data)
        if decl is None:
            raise Fallback("XML declaration other than version 1.0")
        declared = decl.group(3) or b""
    match = RE_XML_PI_ENCODING.match(data)
    xml_encoding = match.group(1).decode("utf-8", "replace").lower() if match else ""
    if xml_encoding != declared.decode("ascii").lower():
        raise Fallback("charset: the declared encoding is read differently")
    if bom and xml_encoding in ("utf-16", "utf16", "u16", "utf_16", "utf-32", "utf32", "u32", "utf_32",
                                "iso-10646-ucs-2", "iso-10646-ucs-4", "csucs4", "csunicode", "ucs-2", "ucs-4"):
        raise Fallback("charset: UTF-8 BOM on a document declared as UTF-16/32")
    mime, http_encoding = parse_content_type(content_type or "")
    warning = None
    if mime in _APPLICATION_XML or (mime.startswith("application/") and mime.endswith("+xml")):
        encoding = http_encoding or xml_encoding or "utf-8"
    elif mime in _TEXT_XML or (mime.startswith("text/") and mime.endswith("+xml")):
        encoding = http_encoding or "us-ascii"
    elif mime.startswith("text/"):
        encoding = http_encoding or "us-ascii"
    else:
        encoding = xml_encoding or "utf-8"
    if content_type and not (mime in _APPLICATION_XML or mime in _TEXT_XML
                             or (mime.startswith(("application/", "text/")) and mime.endswith("+xml"))):
        warning = f"NonXMLContentType: {content_type} is not an XML media type"
    if encoding.lower() == "gb2312":
        encoding = "gb18030"
    if xml_encoding == "gb2312":
        xml_encoding = "gb18030"
    codec = _codec(encoding)
    if http_encoding and xml_encoding and _codec(xml_encoding) != codec:
        if not (codec == "ascii" and data.isascii()):
            raise Fallback("charset: the HTTP charset and the XML declaration disagree")
    if codec == "utf-8" or data.isascii():
        # feedparser decodes and encodes again, and puts a declaration of its own in front;
        # for UTF-8 (or ASCII) bytes lxml is handed them as they are, with the same encoding.
        # Bytes that are not UTF-8 fail in libxml2 as they fail in Python's decoder (overlong
        # forms, surrogates, beyond U+10FFFF, stray or missing continuation bytes: tested in
        # text, attributes, comments, CDATA and names), and then feedparser decides.
        return data, warning
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        raise Fallback(f"charset: not valid {codec}") from None
    if text.startswith("<?xml"):
        text = text[text.index("?>") + 2:]
    return text.encode("utf-8"), warning


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

    def __init__(self, root: Any, body: bytes, declared: list[tuple[str, str]]) -> None:
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
            handler = _HANDLERS.get(key)
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


def _inert_leaf(w: _Walk, el: Any, depth: int, lang: str | None) -> None:
    _text_of(el, el.tag)


def _inert_container(w: _Walk, el: Any, depth: int, lang: str | None) -> None:
    """A handler that only stores values we do not read and changes no state children depend on."""
    if len(el):
        w.children(el, depth, lang)


def _keywords(w: _Walk, el: Any, depth: int, lang: str | None) -> None:
    """itunes:keywords, media:keywords: feedparser splits what it pops, and with an attribute
    nothing was pushed (its ``None.split`` then fails the whole parse)."""
    if el.items():
        raise Fallback("keywords element with attributes")
    _text_of(el, "keywords")


def _inert_text(w: _Walk, el: Any, depth: int, lang: str | None) -> None:
    """push_content elements we do not read (subtitle, rights, info)."""
    _construct(w, el, "text/plain", "text element")


def _title(w: _Walk, el: Any, depth: int, lang: str | None, media: bool = False) -> None:
    out = _construct(w, el, "text/plain", "title")[1]
    saved = w.title_depth
    if w.infeed or w.entry is not None:
        out = w.finish(out)
        if not -1 < w.title_depth <= depth:
            if w.entry is not None:
                _store(w.entry, w.depths, "title", out, depth)
                w.entry["title_lang"] = lang.replace("_", "-") if lang else lang
            elif w.context() == "feed":
                w.feed["title"] = out
    if out:
        w.title_depth = depth
    if media:
        w.title_depth = saved


def _media_title(w: _Walk, el: Any, depth: int, lang: str | None) -> None:
    _title(w, el, depth, lang, media=True)


def _as_content(w: _Walk, el: Any, depth: int, default: str) -> None:
    """mixin/_base.py: _start_content … _end_content (also a second description or summary)."""
    w.has_content = True
    ctype, value = _construct(w, el, default, "content")
    value = w.finish(value)
    copy = ctype in ("text/plain", "text/html", "application/xhtml+xml")
    ctx = w.context()
    if w.entry is not None:
        w.entry.setdefault("content", []).append(value)
        if copy:
            w.entry.setdefault("summary", value)
    elif ctx == "feed" and copy:
        w.feed.setdefault("summary", value)


def _description(w: _Walk, el: Any, depth: int, lang: str | None) -> None:
    if w.has_summary() and not w.has_content:
        _as_content(w, el, depth, "text/plain")
        return
    out = _construct(w, el, "text/html", "description")[1]
    if w.entry is not None:
        _store(w.entry, w.depths, "summary", w.finish(out), depth)


def _summary(w: _Walk, el: Any, depth: int, lang: str | None) -> None:
    if w.has_summary() and not w.has_content:
        _as_content(w, el, depth, "text/plain")
        return
    out = w.finish(_construct(w, el, "text/plain", "summary")[1])
    if w.entry is not None:
        _store(w.entry, w.depths, "summary", out, depth)
    elif w.infeed and w.context() == "feed":
        w.feed["summary"] = out


def _content(w: _Walk, el: Any, depth: int, lang: str | None) -> None:
    _as_content(w, el, depth, "text/plain")


def _content_encoded(w: _Walk, el: Any, depth: int, lang: str | None) -> None:
    _as_content(w, el, depth, "text/html")


def _link(w: _Walk, el: Any, depth: int, lang: str | None) -> None:
    attrs = w.attrs(el)
    rel = attrs.setdefault("rel", "alternate")
    attrs.setdefault("type", "application/atom+xml" if rel == "self" else "text/html")
    href = attrs.get("url", attrs.get("uri", attrs.get("href")))
    if href:
        attrs["href"] = href
    ctx = w.context()
    if "href" in attrs:
        if len(el):
            raise Fallback("markup inside <link>")
        if rel == "alternate" and _map_type(attrs["type"]) in _HTML_TYPES:
            href = _resolve(attrs["href"])
            if ctx == "entry":
                w.entry["link"] = href  # type: ignore[index]
            elif ctx == "feed":
                w.feed["link"] = href
        return
    out = _text_of(el, "link").strip()
    if not (w.infeed or w.entry is not None):
        return
    if out:
        out = _resolve(out)
    out = w.finish(out)
    if "&" in out:  # `?a=1&b=2` arrives as if `&b;` were an unknown entity (pop() undoes that)
        if w.entry is not None:
            out = out.replace("&amp;", "&")
        out = _AMP_ENTITY.sub(r"&\g<1>", out)
    if w.entry is not None:
        w.entry["link"] = out
    elif ctx == "feed":
        w.feed["link"] = out


def _guid(w: _Walk, el: Any, depth: int, lang: str | None) -> None:
    is_link = w.attrs(el).get("ispermalink", "true") == "true"
    out = _text_of(el, "guid").strip()
    if out and is_link:
        out = _resolve(out)
    out = w.finish(out)
    ctx = w.context()
    if w.entry is not None:
        _store(w.entry, w.depths, "id", out, depth)
    if is_link:  # the guid is the link, unless the entry (or feed) has one already
        if ctx == "entry":
            w.entry.setdefault("link", out)  # type: ignore[union-attr]
        elif ctx == "feed":
            w.feed.setdefault("link", out)


def _date(key: str) -> Handler:
    def handler(w: _Walk, el: Any, depth: int, lang: str | None) -> None:
        value = w.finish(_text_of(el, "date").strip())
        if w.entry is not None and w.context() == "entry":
            w.entry[key] = _quick_date(value) or _parse_date(value)
    return handler


_MONTHS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
_RFC822 = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d\d) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                     r"((?:19|20)\d\d) (\d\d):(\d\d):(\d\d) (GMT|[+-]\d{4})")
_W3DTF = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d{1,9})?(Z|[+-]\d\d:\d\d)")


def _quick_date(value: str) -> datetime | None:
    """The time feedparser's _parse_date gives for the two common shapes, or None (ask it).

    ``Tue, 20 Sep 2026 10:00:00 GMT`` (or ``+hhmm``): its first handler, W3DTF, gives up on a
    string that starts with a day name, and the RFC 822 handler reads exactly these fields.
    ``2026-09-20T10:00:00Z`` (or ``+hh:mm``, with fractions of a second dropped): the W3DTF
    handler, first in line, reads exactly these fields. An impossible date makes the handler
    give up and the next one try, so it is left to _parse_date; so are years outside
    1900–2099. The result is the UTC time monitor.parse makes of the handler's time tuple.
    """
    m = _RFC822.fullmatch(value)
    if m is not None:
        day, month, year, hour, minute, second, zone = m.groups()
        month_number = _MONTHS[month]
    else:
        m = _W3DTF.fullmatch(value)
        if m is None:
            return None
        year, month, day, hour, minute, second, zone = m.groups()
        month_number = int(month)
    try:
        stamp = datetime(int(year), month_number, int(day), int(hour), int(minute), int(second), tzinfo=timezone.utc)
    except ValueError:
        return None
    if zone in ("GMT", "Z"):
        return stamp
    sign = -1 if zone[0] == "-" else 1
    return stamp - timedelta(hours=sign * int(zone[1:3]), minutes=sign * int(zone[-2:]))


def _language(w: _Walk, el: Any, depth: int, lang: str | None) -> None:
    out = w.finish(_text_of(el, "language").strip())
    if w.entry is None and w.infeed and w.context() == "feed":
        w.feed["language"] = out


_PERSON_PARTS = {"name": "name", "itunes_name": "name", "email": "email", "itunes_email": "email",
                 "uri": "href", "url": "href", "homepage": "href"}


def _person_parts(w: _Walk, el: Any) -> tuple[list[tuple[str, str]], str]:
    """An Atom person's children (name, email, uri) as feedparser's handlers return them, and
    the text the person element itself collects (what is between them, and the text of an
    unknown child with attributes: feedparser pushes nothing for one, like Blogger's gd:image)."""
    parts = []
    own = [el.text or ""]
    for child in el:
        key, prefixed = w.names.get(child.tag) or w.name(child.tag)
        if w.lang_mode:
            w.lang_of(child, None)  # raises on xml:base
        kind = _PERSON_PARTS.get(key)
        if kind is None:
            if not prefixed or key in _HANDLED_BY_FEEDPARSER or key in _RESERVED:
                raise Fallback(f"<{key}> inside a person")
            text = _text_of(child, "person")
            if child.items():
                own.append(text)
        else:
            text = _text_of(child, "person").strip()
            if kind == "href":
                text = w.finish(_resolve(text) if text else text)
            parts.append((kind, text))
        own.append(child.tail or "")
    return parts, "".join(own)


def _author(w: _Walk, el: Any, depth: int, lang: str | None) -> None:
    e = w.entry
    if not len(el):
        out = w.finish((el.text or "").strip())
        if e is not None:
            if e.get("atom_author"):
                raise Fallback("an author element after an Atom author")
            e["authors"] = e.get("authors", 0) + 1
            _store(e, w.depths, "author", out, depth)
        return
    parts, own = _person_parts(w, el)
    if e is None:
        return
    if e.get("authors"):
        raise Fallback("an Atom author after another author element")
    e["authors"] = 1
    e["atom_author"] = True
    detail: dict[str, str] = {}
    for kind, value in parts:  # _save_author: the detail is synced before it is updated
        if detail:
            e["author"] = _author_value(detail, e.get("author"))
        detail[kind] = value
    _store(e, w.depths, "author", w.finish(own.strip()), depth)
    if detail:
        e["author"] = _author_value(detail, e.get("author"))


def _contributor(w: _Walk, el: Any, depth: int, lang: str | None) -> None:
    _person_parts(w, el)


def _owner(w: _Walk, el: Any, depth: int, lang: str | None) -> None:
    if w.entry is not None:
        raise Fallback("itunes:owner inside an entry")
    _person_parts(w, el)


def _source(w: _Walk, el: Any, depth: int, lang: str | None) -> None:
    if w.entry is None:
        raise Fallback("<source> outside an entry")
    attrs = w.attrs(el)
    _text_of(el, "source")
    w.title_depth = -1
    w.entry["source_href"] = attrs["url"] if "url" in attrs else None


_IMAGE_PARTS = {"title", "link", "url", "width", "height", "description"}
_TEXTINPUT_PARTS = {"title", "link", "description", "name"}


def _image(w: _Walk, el: Any, depth: int, lang: str | None, textinput: bool = False) -> None:
    if w.entry is not None or w.inimage or w.intextinput:
        raise Fallback("an image or text input inside an entry")
    allowed = _TEXTINPUT_PARTS if textinput else _IMAGE_PARTS
    for child in el:
        key, prefixed = w.names.get(child.tag) or w.name(child.tag)
        if key not in allowed and (not prefixed or key in _HANDLED_BY_FEEDPARSER or len(child)):
            raise Fallback(f"<{key}> inside an image or text input")
    w.title_depth = -1
    if textinput:
        w.intextinput = True
    else:
        w.inimage = True
    try:
        w.children(el, depth, lang)
    finally:
        w.inimage = w.intextinput = False


def _textinput(w: _Walk, el: Any, depth: int, lang: str | None) -> None:
    _image(w, el, depth, lang, textinput=True)


def _item(w: _Walk, el: Any, depth: int, lang: str | None) -> None:
    if w.entry is not None:
        raise Fallback("an entry inside an entry")
    attrs = w.attrs(el)
    if "lastmod" in attrs or "href" in attrs:
        raise Fallback("CDF attributes on an entry")
    e: dict[str, Any] = {}
    w.entries.append(e)
    w.entry = e
    w.depths = {}
    w.title_depth = -1
    about = attrs.get(w.namespacemap.get("rdf", "rdf") + ":about")
    if about:
        e["id"] = about
    w.children(el, depth, lang)
    w.entry = None
    w.has_content = False


def _channel(w: _Walk, el: Any, depth: int, lang: str | None) -> None:
    if w.entry is not None or w.infeed:
        raise Fallback("a channel inside a channel or an entry")
    attrs = w.attrs(el)
    if "lastmod" in attrs or "href" in attrs:
        raise Fallback("CDF attributes on the channel")
    w.infeed = True
    w.children(el, depth, lang)
    w.infeed = False


_INERT_CONTAINERS = ("category", "keywords", "dc_subject", "media_category", "itunes_category", "tags",
                     "enclosure", "media_content", "media_thumbnail",
                     "media_credit", "media_rating", "media_restriction", "media_license", "media_player",
                     "media_group", "itunes_block", "itunes_explicit", "itunes_image", "itunes_link",
                     "generator", "cloud", "expirationdate", "dcterms_valid")
_INERT_LEAVES = ("webmaster", "dc_publisher", "width", "height", "name", "email", "url", "uri", "homepage",
                 "newlocation", "dc_contributor", "cc_license", "admin_generatoragent", "admin_errorreportsto")
_INERT_TEXT = ("subtitle", "tagline", "itunes_subtitle", "rights", "copyright", "dc_rights", "info",
               "feedburner_browserfriendly")

_HANDLERS: dict[str, Handler] = {
    "title": _title, "dc_title": _title, "media_title": _media_title,
    "description": _description, "dc_description": _description, "media_description": _description,
    "summary": _summary, "itunes_summary": _summary,
    "content": _content, "content_encoded": _content_encoded, "fullitem": _content_encoded,
    "link": _link, "guid": _guid, "id": _guid,
    "language": _language, "dc_language": _language,
    "author": _author, "managingeditor": _author, "dc_author": _author, "dc_creator": _author,
    "itunes_author": _author, "contributor": _contributor, "itunes_owner": _owner,
    "source": _source, "image": _image, "textinput": _textinput,
    "item": _item, "entry": _item, "channel": _channel,
}
for _key in ("published", "issued", "pubdate", "dcterms_issued"):
    _HANDLERS[_key] = _date("published_parsed")
for _key in ("updated", "modified", "lastbuilddate", "dc_date", "dcterms_modified"):
    _HANDLERS[_key] = _date("updated_parsed")
for _key in ("created", "dcterms_created"):
    _HANDLERS[_key] = _date("created_parsed")
for _key in _INERT_CONTAINERS:
    _HANDLERS[_key] = _inert_container
for _key in _INERT_LEAVES:
    _HANDLERS[_key] = _inert_leaf
_HANDLERS["itunes_keywords"] = _HANDLERS["media_keywords"] = _keywords
for _key in _INERT_TEXT:
    _HANDLERS[_key] = _inert_text


# -- the document

def _xml_parser() -> Any:
    """A parser that reports the namespace declarations in document order (as expat does)."""
    return etree.XMLPullParser(events=("start-ns",), resolve_entities=False, no_network=True, load_dtd=False,
                               huge_tree=False, remove_comments=True, remove_pis=True, collect_ids=False,
                               encoding="utf-8")


def _parse(body: bytes, content_type: str | None) -> ParsedFeed:
    from monitor.parse import MAX_ENTRIES, ParsedFeed

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
    w = _Walk(root, data, [decl for _, decl in parser.read_events()])
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
    """monitor.parse._entry, over our entry dictionary."""
    from monitor.parse import RawEntry

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
