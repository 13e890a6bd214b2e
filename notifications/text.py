"""Text helpers for the digest and the chat formats: safe links, clean cuts, dates, wrapping."""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Iterator
from datetime import datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

SUMMARY_LIMIT = 300
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL, else ``None`` (never link ``javascript:`` etc.)."""
    if not url:
        return None
    url = url.strip()
    if any(ord(ch) < 32 or ch.isspace() for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


_SENTENCE_END = re.compile(r"[.!?。！？](?=\s|$)")


def truncate_text(text: str, limit: int = SUMMARY_LIMIT) -> str:
    """Collapse whitespace and cut to at most ``limit`` characters without breaking a word.

    Prefers ending at a sentence when one ends in the last third; text without
    spaces (Chinese) is cut at the limit. Adds "…" when anything was cut.
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    sentences = [m.end() for m in _SENTENCE_END.finditer(cut)]
    if sentences and sentences[-1] >= limit * 2 // 3:
        return cut[: sentences[-1]].rstrip() + " …"
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:–—-(") + "…"


def format_day(moment: datetime, zone: ZoneInfo) -> str:
    local = moment.astimezone(zone)
    return f"{local.day} {_MONTHS[local.month - 1]} {local.year}"


def format_period(start: datetime, end: datetime, zone: ZoneInfo) -> str:
    """E.g. ``4 Nov 2026``, ``3–4 Nov 2026``, ``28 Oct – 4 Nov 2026``, ``30 Dec 2025 – 2 Jan 2026``.

    An end at local midnight is shown as the day before (the period is half-open).
    """
    first = start.astimezone(zone)
    last = end.astimezone(zone)
    if last > first and (last.hour, last.minute, last.second, last.microsecond) == (0, 0, 0, 0):
        last -= timedelta(microseconds=1)
    if first.date() == last.date():
        return format_day(first, zone)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{format_day(last, zone)}"
    if first.year == last.year:
        return f"{first.day} {_MONTHS[first.month - 1]} – {format_day(last, zone)}"
    return f"{format_day(first, zone)} – {format_day(last, zone)}"


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _display_width(text: str) -> int:
    return sum(2 if _is_wide(ch) else 1 for ch in text)


_NO_LINE_START = set("，。、；：？！）》」』】〕,.;:?!)")


def _tokens(text: str) -> Iterator[tuple[str, bool]]:
    """Words, with every wide (CJK) character its own token; the flag says "space before"."""
    for word in text.split():
        if not any(_is_wide(ch) for ch in word):
            yield word, True
            continue
        run, first = "", True
        for ch in word:
            if _is_wide(ch):
                if run:
                    yield run, first
                    first = False
                    run = ""
                yield ch, first
                first = False
            else:
                run += ch
        if run:
            yield run, first


def wrap(text: str, width: int = 72, indent: str = "") -> str:
    """Wrap to ``width`` display columns (CJK counts double and may break between characters).

    Long words such as URLs are never broken; a line never starts with closing
    punctuation.
    """
    room = width - len(indent)
    lines: list[str] = []
    line, used = "", 0
    for token, spaced in _tokens(text):
        sep = " " if spaced and line else ""
        size = _display_width(token)
        if line and used + len(sep) + size > room and token not in _NO_LINE_START:
            lines.append(line)
            line, used = token, size
        else:
            line += sep + token
            used += len(sep) + size
    if line:
        lines.append(line)
    return "\n".join(indent + line for line in lines)


def is_loopback_url(url: str) -> bool:
    """Whether an http(s) URL names this machine: localhost, 127.0.0.0/8 or ::1. Links to it
    never cross a network, so plain http is accepted there for links in emails (trying the
    service out and testing it on one machine); everywhere else they must be https."""
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
