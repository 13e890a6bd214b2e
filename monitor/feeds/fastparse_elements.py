"""The fast path's element handlers, one per element feedparser has a handler for (mixin.py and
namespaces/*.py), and the table that names them. Internal to :mod:`monitor.feeds.fastparse`."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any

from monitor.feeds.fastparse_walk import (
    _AMP_ENTITY,
    _HANDLED_BY_FEEDPARSER,
    _HTML_TYPES,
    _RESERVED,
    Fallback,
    Handler,
    _author_value,
    _construct,
    _map_type,
    _parse_date,
    _resolve,
    _store,
    _text_of,
    _Walk,
)


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
    1900–2099. The result is the UTC time monitor.feeds.parse makes of the handler's time tuple.
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
