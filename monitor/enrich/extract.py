"""An article page's main text: decoding and extraction (pure: bytes in, a frozen value out).

**Decoding** (:func:`decode_html`), the first that works of: a byte-order mark; the HTTP
header's charset; the page's own ``<meta charset>`` or ``http-equiv`` declaration (in its
first 16 KB); detection by ``charset_normalizer`` (trafilatura's dependency too); UTF-8 with
replacement characters. A declared charset that cannot decode the bytes is skipped, not
trusted, and a declared one-byte charset (windows-1251, latin-1…) loses to UTF-8 when the bytes
are valid UTF-8 with non-ASCII characters in them: one-byte text practically never is, and
servers that label every page with their default charset are common. Names are mapped as browsers map them: gb2312, gbk and their aliases to gb18030 (a
superset: GBK pages use its characters under the older names), latin-1 and ascii to
windows-1252, and windows-1251 is read as cp1251.

**Extraction** (:func:`extract_article`) uses trafilatura (the best-measured main-text
extractor in published benchmarks, with no per-language setting needed for Cyrillic or
Chinese) with precision favoured, comments, images and links left out: menus, "related news"
boxes, footers and cookie notices do not become text. trafilatura's metadata pass (dates with
htmldate) is skipped: it cost 2 to 60 times the extraction; the title comes from the page's
``og:title`` or ``<title>``, the language from ``<html lang>`` or ``Content-Language``.

trafilatura and lxml are imported inside :func:`extract_article`, which runs in the
extraction worker (:mod:`monitor.enrich.workers`), never in the poll's main process.
"""

from __future__ import annotations

import codecs
import html
import re
import time
from dataclasses import dataclass

from monitor.enrich.records import MAX_TEXT_CHARS, ExtractedArticle, Outcome

_ALIASES = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
    "csgb2312": "gb18030", "cp936": "gb18030", "euc-cn": "gb18030", "chinese": "gb18030",
    "windows-1251": "cp1251", "x-cp1251": "cp1251", "win-1251": "cp1251", "cp-1251": "cp1251",
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
    "ascii": "cp1252", "windows-1252": "cp1252", "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8",
    "x-sjis": "shift_jis", "big5-hkscs": "big5hkscs",
}
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][\w-]+)?", re.IGNORECASE)
_CONTENT_LANGUAGE = re.compile(
    r"<meta\b[^>]*?http-equiv\s*=\s*[\"']?content-language[\"']?[^>]*?content\s*=\s*[\"']?([A-Za-z]{2,3})",
    re.IGNORECASE)
_OG_TITLE = re.compile(r"<meta\b[^>]*?property\s*=\s*[\"']og:title[\"'][^>]*?content\s*=\s*\"([^\"]*)\"",
                       re.IGNORECASE)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_DETECT_BYTES = 200_000
MIN_TEXT_CHARS = 50
_SINGLE_BYTE = frozenset({"cp1251", "cp1252", "koi8-r", "koi8-u", "iso8859-5", "cp866", "mac-cyrillic",
                          "iso8859-2", "cp1250", "cp1254", "iso8859-9"})


@dataclass(frozen=True)
class ExtractJob:
    """What the extraction worker is sent: one fetched page."""

    url: str
    body: bytes
    content_type: str | None = None
    max_chars: int = MAX_TEXT_CHARS
    final_url: str | None = None
    http_status: int | None = None
    fetch_ms: int = 0


def normalise_charset(name: str | None) -> str | None:
    """A charset name as Python's codec for it, browsers' aliases applied; None if unknown."""
    if not name:
        return None
    key = name.strip().strip("\"'").lower()
    key = _ALIASES.get(key, key)
    try:
        return codecs.lookup(key).name
    except LookupError:
        return None


def declared_charsets(body: bytes, content_type: str | None) -> list[str]:
    """The charsets the page declares, in the order they count: header, then the page."""
    out = []
    if content_type:
        m = _HEADER_CHARSET.search(content_type)
        if m:
            out.append(m.group(1))
    m2 = _META_CHARSET.search(body[:16_384])
    if m2:
        out.append(m2.group(1).decode("ascii", "replace"))
    return [c for c in (normalise_charset(n) for n in out) if c]


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """``(text, charset)``: the page decoded with the first charset that works (see above)."""
    for bom, charset in _BOMS:
        if body.startswith(bom):
            return body[len(bom):].decode(charset, errors="replace"), charset
    for charset in declared_charsets(body, content_type):
        if charset in _SINGLE_BYTE and not body.isascii() and _valid_utf8(body):
            # Text in a one-byte charset is practically never valid UTF-8 with non-ASCII in it:
            # this is a UTF-8 page under a wrong (often the server's default) declaration.
            return body.decode("utf-8"), "utf-8"
        try:
            return body.decode(charset), charset
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    detected = _detect(body)
    if detected:
        return body.decode(detected, errors="replace"), detected
    return body.decode("utf-8", errors="replace"), "utf-8"


def _valid_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _detect(body: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(body[:_DETECT_BYTES]).best()
    return normalise_charset(best.encoding) if best is not None else None


def page_language(page: str) -> str | None:
    head = page[:16_384]
    m = _HTML_LANG.search(head) or _CONTENT_LANGUAGE.search(head)
    return m.group(1).lower() if m else None


def page_title(page: str) -> str | None:
    head = page[:65_536]
    m = _OG_TITLE.search(head) or _TITLE.search(head)
    if not m:
        return None
    title = " ".join(html.unescape(m.group(1)).split())
    return title[:1000] or None


def bound_text(text: str, max_chars: int) -> str:
    """At most ``max_chars`` characters, cut after a whole word or line when one is near."""
    if len(text) <= max_chars:
        return text
    cut = text[:max_chars]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    return cut[:space] if space >= max_chars * 0.8 else cut


def extract_article(job: ExtractJob) -> ExtractedArticle:
    """The main text of one page (OK or EMPTY); an extractor crash is EXTRACTION_FAILED."""
    started = time.perf_counter()
    page, charset = decode_html(job.body, job.content_type)
    base = dict(url=job.url, final_url=job.final_url, http_status=job.http_status, charset=charset,
                title=page_title(page), language=page_language(page), fetch_ms=job.fetch_ms)
    try:
        from trafilatura import bare_extraction

        document = bare_extraction(page, url=job.final_url or job.url, favor_precision=True,
                                   include_comments=False, include_images=False, include_links=False,
                                   include_tables=True, with_metadata=False, deduplicate=False)
    except Exception as exc:  # hostile markup must cost this page only
        return ExtractedArticle(outcome=Outcome.EXTRACTION_FAILED, detail=f"{type(exc).__name__}: {exc}"[:500],
                                extract_ms=_ms(started), **base)  # type: ignore[arg-type]
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if len(text) < MIN_TEXT_CHARS:  # a menu or a caption that the fallback extractor kept
        return ExtractedArticle(outcome=Outcome.EMPTY, detail="no main text found on the page",
                                extract_ms=_ms(started), **base)  # type: ignore[arg-type]
    title = base.pop("title") or (getattr(document, "title", None) or None)
    return ExtractedArticle(outcome=Outcome.OK, text=bound_text(text, job.max_chars), title=title,
                            extract_ms=_ms(started), **base)  # type: ignore[arg-type]


def _ms(started: float) -> int:
    return int((time.perf_counter() - started) * 1000)
