"""Normalizing raw entries into :class:`Entry` (pure functions).

* title, summary and content become plain text: tags dropped, ``<script>``/``<style>``
  removed with their content, entities decoded once, white space folded;
* the link is made absolute against the feed's URL; only http(s) links are kept
  (``javascript:`` and ``data:`` links are dropped);
* the published time is UTC; when missing, before 1995 or more than a day in the future
  it is the fetch time;
* the language is the entry's, else the feed's, else the source's hint, else detected from
  the script (see :func:`detect_language`);
* the key identifies the item within its source: GUID, else link, else a hash of title and
  summary (the fallback order miniflux uses).
"""

from __future__ import annotations

import functools
import hashlib
import html
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.parse import urljoin, urlsplit

from monitor.feeds.entries import ParsedFeed, RawEntry
from monitor.net.memo import short_text_memo

MAX_TITLE = 1_000
MAX_SUMMARY = 10_000
MAX_CONTENT = 100_000
EARLIEST = datetime(1995, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Entry:
    key: str
    guid: str | None
    link: str | None
    title: str
    summary: str
    content: str
    published: datetime
    language: str | None
    author: str | None
    content_hash: str
    source_href: str | None = None


_DROP_BLOCKS = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_COMMENTS = re.compile(r"<!--.*?-->", re.DOTALL)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)
_BREAKS = re.compile(r"<(?:br|/p|/div|/li|/h[1-6]|/tr|p|div|li|h[1-6]|tr)\b[^>]*>", re.IGNORECASE)
_TAGS = re.compile(r"</?[a-zA-Z][^<>]*>|<[!?][^<>]*>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


# The ASCII characters that are not printable: C0 controls (\t, \n and the other ASCII white
# space among them) and DEL.
_ASCII_UNPRINTABLE = bytes([*range(0x20), 0x7F])


def _printable(s: str) -> bool:
    """``s.isprintable()``. An ASCII text is printable when deleting its C0 controls and DEL
    from its bytes leaves them all: a tenth of ``str.isprintable``'s time, which looks up each
    character's Unicode record (9 → 1 µs on 2 KB of English prose)."""
    if s.isascii():
        return len(s.encode().translate(None, _ASCII_UNPRINTABLE)) == len(s)
    return s.isprintable()


def html_to_text(value: str | None, limit: int | None = None) -> str:
    """Markup → plain text with entities decoded once and white space folded.

    Text without ``<`` skips the markup passes, text without ``&`` the entity decoding,
    text without ``<![`` / ``<!--`` the CDATA / comment pass, and printable text without two
    spaces in a row the control-character and white-space passes. White space is folded with
    ``" ".join(s.split())``: ``str.split()`` and the regex ``\\s`` agree on what white space is
    (both use ``str.isspace``; tests/monitor/feeds/test_normalize_speedups.py checks every code
    point), and splitting is several times faster than ``re.sub(r"\\s+", " ", s)`` on prose,
    where nearly every gap is one space that the substitution would still rewrite.
    """
    if not value:
        return ""
    s = value
    if "<" in s:
        if "<![" in s:
            s = _CDATA.sub(r"\1", s)
        s = _DROP_BLOCKS.sub(" ", s)
        if "<!--" in s:
            s = _COMMENTS.sub(" ", s)
        s = _BREAKS.sub(" ", s)
        s = _TAGS.sub("", s)
    if "&" in s:
        s = html.unescape(s)
    if _printable(s) and "  " not in s:
        # Nothing to drop or fold but a space at either end: printable means no control
        # character, no surrogate and no white space other than " " (tests/monitor/feeds/
        # test_normalize_speedups.py checks every code point); a quarter of the time of the
        # two passes below on 2 KB of prose.
        s = s.strip(" ")
    else:
        s = _CONTROL.sub("", s)
        s = " ".join(s.split())
    if limit is not None and len(s) > limit:
        s = s[:limit].rstrip() + "…"
    return s


def safe_link(link: str | None, base: str | None) -> str | None:
    """Absolute http(s) link, or None for anything else (``javascript:``, ``data:``, junk)."""
    if not link:
        return None
    link = link.strip()
    if _PLAIN_URL.fullmatch(link) and (not base or _parses(base)):
        return link  # what the steps below return for it: urljoin and urlsplit cost 7 µs a link
    try:
        absolute = urljoin(base or "", link) if base else link
        parts = urlsplit(absolute)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:  # urlsplit lowers the scheme
        return None
    if not absolute.startswith(parts.scheme):  # "HTTP://x", or C0 controls before it
        absolute = parts.scheme + ":" + absolute.partition(":")[2]
    if _NOT_IN_URLS.search(absolute):  # as a browser sends them: "<" is %3C, a space %20
        absolute = _NOT_IN_URLS.sub(_percent, absolute)
    return absolute


# An absolute http(s) URL that urljoin() against any base that parses returns as it is, and
# that safe_link() keeps as it is: a lower-case scheme, a host of letters, digits, dots and
# dashes, an optional port, and a path, query and fragment of characters a URL holds as they
# are, without ";" (urlparse's path parameters) and without an empty "?" or "#" (urljoin would
# drop them). tests/monitor/feeds/test_normalize_speedups.py holds it to the general steps.
_URL_CHARS = "-A-Za-z0-9._~!$&'()*+,=:@/%"  # "-" first: a literal
_PLAIN_URL = re.compile(rf"https?://[A-Za-z0-9.-]+(?::[0-9]+)?(?:/[{_URL_CHARS}]*)?"
                        rf"(?:\?[{_URL_CHARS}?]+)?(?:#[{_URL_CHARS}?#]+)?")


@short_text_memo(max_chars=2000, maxsize=256)  # a feed's links share its base
def _parses(base: str) -> bool:
    """Whether urljoin() can parse ``base`` (it raises ValueError where urlsplit does)."""
    try:
        urlsplit(base)
    except ValueError:
        return False
    return True


# ASCII characters a URL never holds as they are (RFC 3986); non-ASCII letters stay (IRIs).
_NOT_IN_URLS = re.compile('[\x00-\x20"<>\\^`{|}\x7f]')


def _percent(match: re.Match[str]) -> str:
    return f"%{ord(match.group()):02X}"


_KK = set("әғқңөұүһі")
_UZ_CYR = set("ўқғҳ")
_KY = set("ңөү")
_TG = set("ғӣқӯҳҷ")
_UZ_LATIN = re.compile(r"\b(?:o['ʻʼ‘’`]|g['ʻʼ‘’`])|\b(?:va|uchun|bilan|bo'yicha|hamkorlik|yil)\b", re.IGNORECASE)
_KK_LATIN = re.compile(r"[ǵńúıý]|\b(?:jáne|qazaqstan)\b")  # the 2021 Kazakh Latin alphabet


_HAN_CHARS = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
_NOT_ASCII_LETTERS = bytes(b for b in range(256) if not chr(b).isascii() or not chr(b).isalpha())
_CYRILLIC_LEADS = b"\xd0\xd1\xd2\xd3"  # UTF-8 lead bytes of U+0400..U+04FF, and of nothing else


def _cyrillic_forms(lower: str) -> str:
    """The Cyrillic-block characters whose lower case is one of `lower` (ӣ → ӣ Ӣ)."""
    return "".join(ch for ch in map(chr, range(0x0400, 0x0500)) if ch.lower() in lower)


_TG_LETTERS = _cyrillic_forms("ӣӯҷ")
_UZ_LETTERS = _cyrillic_forms("ў")
_KK_LETTERS = _cyrillic_forms("әұһі")
_KY_LETTERS = _cyrillic_forms("ңөү")
_KK_MORE_LETTERS = _cyrillic_forms("ғқ")


def _has_any(text: str, chars: str) -> bool:
    return any(ch in text for ch in chars)


def detect_language(text: str) -> str | None:
    """A cheap script-based guess: zh, kk, uz, ky, tg, ru or en; None when there is no text.

    It counts scripts over the first 2,000 characters and looks for letters only some Cyrillic
    alphabets have (ә ғ қ ұ һ і → Kazakh; ў → Uzbek; ӣ ӯ ҷ → Tajik; ң ө ү without the Kazakh
    letters → Kyrgyz). Good enough to pick a stemming rule, not a linguistic tool.

    The counting is done in C on the UTF-8 bytes rather than by a loop over the characters:
    an ASCII letter is one byte that occurs in no other character, and a character of the
    Cyrillic block U+0400–U+04FF is the only one whose first byte is D0–D3.
    """
    sample = text[:2000]
    if not sample.strip():
        return None
    data = sample.encode("utf-8", "surrogatepass")
    lat = len(data.translate(None, _NOT_ASCII_LETTERS))
    if len(data) == len(sample):  # ASCII only
        han = cyr = 0
    else:
        cyr = len(data) - len(data.translate(None, _CYRILLIC_LEADS))
        han = len(_HAN_CHARS.findall(sample)) if _HAN_CHARS.search(sample) else 0
    if han and han * 3 >= cyr + lat // 4:
        return "zh"
    if cyr > lat:
        if _has_any(sample, _TG_LETTERS):
            return "tg"
        if _has_any(sample, _UZ_LETTERS):
            return "uz"
        if _has_any(sample, _KK_LETTERS):
            return "kk"
        if _has_any(sample, _KY_LETTERS):
            return "ky"
        if _has_any(sample, _KK_MORE_LETTERS):
            return "kk"
        return "ru"
    if lat:
        if _UZ_LATIN.search(sample):
            return "uz"
        if _KK_LATIN.search(sample.lower()):
            return "kk"
        return "en"
    return None


def item_key(guid: str | None, link: str | None, title: str, summary: str) -> str:
    if guid:
        basis = "guid:" + guid.strip()
    elif link:
        basis = "link:" + link
    else:
        basis = "text:" + title + "\n" + summary
    return hashlib.sha256(basis.encode("utf-8", "surrogatepass")).hexdigest()


def content_hash(title: str, summary: str, content: str) -> str:
    return hashlib.sha256("\x1f".join((title, summary, content)).encode("utf-8", "replace")).hexdigest()


_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def _language_code(value: str | None) -> str | None:
    if not value:
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return code if _LANGUAGE_CODE.fullmatch(code) else None


@functools.lru_cache(maxsize=256)
def _link_base(feed_link: str | None, base_url: str) -> str:
    """The feed's own http(s) link, else the URL it was fetched from (one urlsplit per feed)."""
    return feed_link if feed_link and urlsplit(feed_link).scheme in ("http", "https") else base_url


def normalize_entry(raw: RawEntry, *, feed: ParsedFeed, base_url: str, fetched_at: datetime,
                    language_hint: str | None = None) -> Entry | None:
    """One raw entry → :class:`Entry`; None when it has neither text nor a link."""
    title = html_to_text(raw.title, MAX_TITLE)
    summary = html_to_text(raw.summary, MAX_SUMMARY)
    content = html_to_text(raw.content, MAX_CONTENT)
    if content == summary:
        content = ""
    if not summary and content:
        summary = content if len(content) <= 600 else content[:600].rsplit(" ", 1)[0] + "…"
    base = _link_base(feed.link, base_url)
    link = safe_link(raw.link, base_url) or safe_link(raw.link, base)
    if not (title or summary or content or link):
        return None
    if not title:
        title = (summary or content)[:120] or link or ""
    published = raw.published
    if published is None or published < EARLIEST or published > fetched_at + timedelta(days=1):
        published = fetched_at
    language = (_language_code(raw.language) or _language_code(feed.language) or language_hint
                or detect_language(f"{title} {summary or content[:1000]}"))
    guid = raw.guid.strip()[:2000] if raw.guid and raw.guid.strip() else None
    return Entry(
        key=item_key(guid, link, title, summary),
        guid=guid, link=link, title=title, summary=summary, content=content,
        published=published, language=language,
        author=html_to_text(raw.author, 200) or None,
        content_hash=content_hash(title, summary, content),
        source_href=safe_link(raw.source_href, None),
    )


def normalize_feed(feed: ParsedFeed, *, base_url: str, fetched_at: datetime,
                   language_hint: str | None = None) -> list[Entry]:
    out = []
    for raw in feed.entries:
        entry = normalize_entry(raw, feed=feed, base_url=base_url, fetched_at=fetched_at,
                                language_hint=language_hint)
        if entry is not None:
            out.append(entry)
    return out
