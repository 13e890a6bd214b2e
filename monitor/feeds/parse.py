"""Parsing fetched bytes into feed entries (pure: bytes in, frozen dataclasses out).

Well-formed RSS, RDF and Atom documents take the fast path of :mod:`monitor.feeds.fastparse` (lxml),
which gives feedparser's result or none; everything else, and whatever it declines, goes to
feedparser (:func:`parse_with_feedparser`), the reference.

RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom 0.3/1.0 go through feedparser, always from a
``BytesIO`` of the fetched body (never a URL or a path: given ``bytes`` feedparser may try to
open them as a file name). feedparser detects the charset from the HTTP header, the XML
declaration and the BOM, and recovers from malformed XML with its loose parser; a feed that
still yields entries is accepted, and the problem is kept as ``warning``. JSON Feed 1.0/1.1
is read by :func:`parse_json_feed`, and a GDELT DOC 2.0 article list (a URL that
:func:`monitor.feeds.queries.is_gdelt_url` recognises) by :func:`parse_gdelt`. Sanitising is off: titles and text are reduced to plain
text in :mod:`monitor.feeds.normalize`, which is both safer and faster.
"""

from __future__ import annotations

import calendar
import json
import re
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any

from monitor.errors import ParseError
from monitor.feeds.entries import MAX_ENTRIES, ParsedFeed, RawEntry
from monitor.feeds.fastparse import parse_fast
from monitor.feeds.feedparsing import parse_bytes
from monitor.feeds.queries import GDELT_LANGUAGES, is_gdelt_url

__all__ = ["MAX_ENTRIES", "ParsedFeed", "RawEntry", "parse_feed", "parse_gdelt", "parse_json_feed",
           "parse_with_feedparser"]


def parse_feed(body: bytes, *, url: str = "", content_type: str | None = None) -> ParsedFeed:
    """Parse a feed body. Raises :class:`ParseError` when nothing usable comes out."""
    if url and is_gdelt_url(url):
        return parse_gdelt(body, content_type)
    head = body[:256].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{") or (content_type and "json" in content_type.lower()):
        return parse_json_feed(body)
    fast = parse_fast(body, content_type)
    if fast is not None:
        return fast
    return parse_with_feedparser(body, content_type=content_type)


def parse_with_feedparser(body: bytes, *, content_type: str | None = None) -> ParsedFeed:
    """An RSS, RDF or Atom body through feedparser: the reference the fast path is held to."""
    # No Content-Location: given a base URL, feedparser joins it at every element (a quarter of
    # its time on a 50-item feed) and turns opaque GUIDs such as "12345" into made-up URLs.
    # Links are made absolute in ``normalize`` instead; ``url`` only names the feed in errors.
    headers = {"content-type": content_type} if content_type else {}
    try:
        d = parse_bytes(body, headers)  # feedparser.parse from a BytesIO, with a cheaper pop()
    except Exception as exc:  # feedparser promises not to raise, but is fed hostile input
        raise ParseError(f"feed parser failed: {type(exc).__name__}: {exc}") from exc
    problem = None
    if d.get("bozo"):
        exc = d.get("bozo_exception")
        problem = f"{type(exc).__name__}: {exc}" if exc else "malformed feed"
    version = d.get("version") or ""
    if not d.entries:
        if not version:
            raise ParseError(f"not a feed: {problem or 'no RSS, Atom or JSON Feed document found'}")
        if problem and "CharacterEncoding" not in problem:
            raise ParseError(f"malformed {version} feed with no readable entries: {problem}")
    feed = d.get("feed", {})
    entries = tuple(_entry(e) for e in d.entries[:MAX_ENTRIES])
    return ParsedFeed(format=version or "unknown", title=_s(feed.get("title")), link=feed.get("link"),
                      language=_s(feed.get("language")) or None, entries=entries, warning=problem)


def _s(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _entry(e: dict[str, Any]) -> RawEntry:
    # `get` is dict.get, not FeedParserDict.get: none of these keys is one of its aliases
    # ("guid" → "id", "description" → "summary"…), and its alias lookup costs a microsecond
    # a call, on every key of every entry. (Its one special case here, "updated_parsed"
    # falling back to "published_parsed", only matters when "published_parsed" is empty,
    # and then both are empty.)
    get = dict.get
    content = ""
    for part in get(e, "content") or ():
        value = part.get("value") if isinstance(part, dict) else None
        if value and len(value) > len(content):
            content = value
    summary = _s(get(e, "summary"))
    if content and summary == content:
        content = ""
    published = None
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = get(e, key)
        if t:
            try:
                published = datetime.fromtimestamp(calendar.timegm(t), tz=timezone.utc)
            except (OverflowError, ValueError, OSError):
                published = None
            break
    source = get(e, "source") or {}
    title_detail = get(e, "title_detail")
    return RawEntry(
        guid=_s(get(e, "id")) or None,
        link=_s(get(e, "link")) or None,
        title=_s(get(e, "title")),
        summary=summary,
        content=content,
        published=published,
        author=_s(get(e, "author")) or None,
        language=_s(title_detail.get("language")) or None if isinstance(title_detail, dict) else None,
        source_href=_s(source.get("href")) or None if isinstance(source, dict) else None,
    )


def parse_json_feed(body: bytes) -> ParsedFeed:
    """JSON Feed 1.0 / 1.1 (https://www.jsonfeed.org/version/1.1/)."""
    try:
        doc = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ParseError(f"not a JSON Feed: {exc}") from None
    if not isinstance(doc, dict) or not str(doc.get("version", "")).startswith("https://jsonfeed.org/version/"):
        raise ParseError("JSON document is not a JSON Feed (no \"version\": \"https://jsonfeed.org/version/1.1\")")
    items = doc.get("items")
    if not isinstance(items, list):
        raise ParseError("JSON Feed has no \"items\" list")
    version = "json1" + ("1" if doc["version"].rstrip("/").endswith("1.1") else "0")
    entries = []
    for item in items[:MAX_ENTRIES]:
        if not isinstance(item, dict):
            continue
        html = _s(item.get("content_html"))
        text = _s(item.get("content_text"))
        author = item.get("author") or (item.get("authors") or [None])[0]
        entries.append(RawEntry(
            guid=str(item["id"]) if item.get("id") not in (None, "") else None,
            link=_s(item.get("url")) or _s(item.get("external_url")) or None,
            title=_s(item.get("title")),
            summary=_s(item.get("summary")),
            content=html or text,
            published=_json_date(item.get("date_published") or item.get("date_modified")),
            author=_s(author.get("name")) or None if isinstance(author, dict) else None,
            language=_s(item.get("language")) or None,
        ))
    return ParsedFeed(format=version, title=_s(doc.get("title")), link=_s(doc.get("home_page_url")) or None,
                      language=_s(doc.get("language")) or None, entries=tuple(entries))


def _json_date(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            dt = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc)


# --------------------------------------------------------------------------------------------
# GDELT DOC 2.0 article lists (kind: gdelt in sources.yaml; see monitor/feeds/queries.py)
#
# The answer to ``mode=artlist&format=json`` is ``{"articles": [{"url", "url_mobile", "title",
# "seendate": "20261105T063000Z", "socialimage", "domain", "language": "Russian",
# "sourcecountry": "Kazakhstan"}, …]}``, or ``{}`` when nothing matched. GDELT reports its
# errors as HTTP 200 with a plain-text or HTML body ("Please limit requests to one every 5
# seconds…", "The specified phrase is too short."): they become a ParseError that quotes GDELT
# and says what to do, recorded as the source's error like any feed's. Its JSON sometimes holds
# raw control characters or stray backslashes; both are tolerated.

_LANGUAGE_CODES = {name: code for code, name in GDELT_LANGUAGES.items()}
_TAGS = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)
_BAD_ESCAPE = re.compile(r'\\(?!["\\/bfnrtu])')
RATE_LIMIT_TEXT = b"please limit requests"


def parse_gdelt(body: bytes, content_type: str | None = None) -> ParsedFeed:
    """A GDELT article list as a feed. Raises :class:`ParseError` naming GDELT's own words."""
    text = body.decode("utf-8-sig", errors="replace").strip()
    if not text.startswith("{"):
        raise ParseError(gdelt_error_message(text, content_type))
    try:
        doc = json.loads(text, strict=False)
    except json.JSONDecodeError:
        try:
            doc = json.loads(_BAD_ESCAPE.sub(r"\\\\", text), strict=False)
        except json.JSONDecodeError as exc:
            raise ParseError(f"GDELT's answer is not valid JSON ({exc}); if it persists, "
                             "the API has changed: check the source's url") from None
    if not isinstance(doc, dict):
        raise ParseError("GDELT's answer is JSON but not an object with an \"articles\" list")
    articles = doc.get("articles", [])
    if not isinstance(articles, list):
        raise ParseError("GDELT's answer has no \"articles\" list; is the url a mode=artlist request?")
    entries = []
    for article in articles[:MAX_ENTRIES]:
        if isinstance(article, dict):
            entry = _gdelt_entry(article)
            if entry is not None:
                entries.append(entry)
    return ParsedFeed(format="gdelt", title="GDELT DOC 2.0", link=None, language=None,
                      entries=tuple(entries))


def _gdelt_entry(article: dict[str, Any]) -> RawEntry | None:
    url = _s_strip(article.get("url")) or _s_strip(article.get("url_mobile"))
    if not url:
        return None
    language = _s_strip(article.get("language")).lower()
    return RawEntry(guid=url, link=url, title=_s_strip(article.get("title")), summary="", content="",
                    published=_seendate(article.get("seendate")),
                    language=_LANGUAGE_CODES.get(language))


def _s_strip(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _seendate(value: Any) -> datetime | None:
    """``20261105T063000Z`` (UTC) → datetime."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value.strip(), "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
    except ValueError:
        return None


def gdelt_error_message(text: str, content_type: str | None = None) -> str:
    """What to record when GDELT answers words instead of JSON."""
    plain = " ".join(_TAGS.sub(" ", text).split())[:300]
    if RATE_LIMIT_TEXT.decode() in plain.lower():
        return (f'GDELT refused the request as too frequent ("{plain}"): it allows one request '
                "every 5 s per address, and this service keeps its own GDELT requests 6 s apart, "
                "so another program or instance on this address queries GDELT too; retried "
                "with back-off")
    if not plain:
        return "GDELT answered with an empty body; retried with back-off"
    html = "html" in (content_type or "").lower() or text.lstrip()[:1] == "<"
    what = "an HTML page" if html else "text"
    return (f'GDELT answered {what} instead of JSON: "{plain}"; check the source\'s query '
            "(GDELT wants English words, parentheses only around OR'd terms, phrases of "
            "several words in quotes)")
