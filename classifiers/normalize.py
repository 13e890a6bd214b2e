"""Text normalisation shared by texts and vocabulary terms.

What normalisation guarantees, for every script:

* lone surrogates become U+FFFD (nothing downstream can fail on them);
* Unicode NFKC for every character where it matters to matching: when a
  text holds a character whose NFKC form has a letter or digit (fullwidth
  ＫＺ, ligatures, compatibility ideographs) or a combining mark (a decomposed
  й), the text is normalised cluster by cluster. Compatibility characters
  that are punctuation or spaces only (Chinese fullwidth ，：（）) are left
  alone: they are non-word characters either way, and skipping NFKC for
  them keeps Chinese text fast;
* lower case (``str.lower``; Turkish/Kazakh İ becomes i), ё→е, dotless ı→i;
* traditional Chinese characters become simplified (zh_variants.yaml), so
  vocabulary written in simplified Chinese matches both;
* soft hyphens and zero-width characters are dropped.

Apostrophes (ʻ ʼ ’ ‘ ` ´ ′ ʹ ') and dashes (‐ ‑ – — −) are *not* rewritten: the
matcher treats every form alike (APOSTROPHES, DASHES), which saves a pass
over the text.

``Normalized.span()`` maps a span of the normalised text back to the
original, so a match reports the term as it appeared and where.
"""

from __future__ import annotations

import codecs
import importlib
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .yamlio import safe_load

_DATA = Path(__file__).resolve().parent / "data"

APOSTROPHES = "'`\u02bb\u02bc\u2019\u2018\u00b4\u2032\u02b9\u02bd\u055a\uff07"
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_DROP = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_SURROGATES = re.compile("[\ud800-\udfff]")
_HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FA1F))


def _load_variants() -> dict[str, str]:
    raw = safe_load((_DATA / "zh_variants.yaml").read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for pair in raw["pairs"].split():
        if len(pair) != 2:
            raise ValueError(f"zh_variants.yaml: pairs: {pair!r} is not a traditional+simplified pair")
        if pair[0] != pair[1]:
            table[pair[0]] = pair[1]
    return table


def _ranges(codepoints: list[int]) -> str:
    """A regex character class body for a sorted list of code points."""
    out: list[str] = []
    start = prev = codepoints[0]
    for cp in codepoints[1:] + [-1]:
        if cp == prev + 1:
            prev = cp
            continue
        out.append(re.escape(chr(start)) if start == prev else f"{re.escape(chr(start))}-{re.escape(chr(prev))}")
        start = prev = cp
    return "".join(out)


def _needs_nfkc() -> str:
    """Characters whose NFKC form matters to matching (letters/digits) or that compose.

    Only the Basic Multilingual Plane: a class that also held astral code
    points would make the regex engine test ranges one by one instead of
    using its bitmap. Astral characters always take the slow path.
    """
    cps: list[int] = []
    for lo, hi in ((0x80, 0xFFFF),):
        for cp in range(lo, hi + 1):
            if 0xD800 <= cp <= 0xDFFF:
                continue
            ch = chr(cp)
            if unicodedata.combining(ch):
                cps.append(cp)
                continue
            nf = unicodedata.normalize("NFKC", ch)
            if nf != ch and any(c.isalnum() for c in nf):
                cps.append(cp)
    return _ranges(cps)


# Mappings applied after lower-casing (all 1:1, so offsets are kept).
POST_TABLE: dict[str, str] = {"ё": "е", "\u0131": "i", **_load_variants()}
_POST_RE = re.compile("[" + re.escape("".join(POST_TABLE)) + "]")
_NEEDS_NFKC = _needs_nfkc()  # once: a pass over the BMP (~8 ms), shared by _SLOW_RE and _ANY_RE
# Surrogates are in the class too: a text holding one takes the slow path, which cleans it.
_SLOW_RE = re.compile("[" + _NEEDS_NFKC + re.escape(_DROP + "\u0130") + "\ud800-\udfff]")
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")
# CPython stores a str holding a character beyond U+FFFF with 4 bytes per character, and
# only then: its size tells in O(1) what a regex search over the text would (see _may_be_astral).
_UCS4_OVERHEAD = sys.getsizeof("\U00010000" * 2) - 4 * 3 if sys.implementation.name == "cpython" else None
_POST_ORD = str.maketrans(POST_TABLE)
# White space and quotation marks the matcher reads as a space (matcher.fold).
SPACES = ("\t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
          "\u2028\u2029\u202f\u205f\u3000")
QUOTES = '"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u301d\u301e\uff02'
# One search for everything the slow path, the post-mapping or the matcher's folding would
# change in a non-ASCII text: most texts hold none of it (Russian or Chinese prose), and one
# pass costs a third of three.
_SPECIAL = set(POST_TABLE) | {c.upper() for c in POST_TABLE if len(c.upper()) == 1} | set(
    c for c in APOSTROPHES + DASHES + SPACES + QUOTES if not c.isascii())
# Characters only the matcher's folding changes (not NFKC, not the post-mapping).
_FOLD_ONLY = frozenset(c for c in APOSTROPHES + DASHES + SPACES + QUOTES
                       if not c.isascii() and not _SLOW_RE.search(c) and c not in POST_TABLE)
_ANY_RE = re.compile("[" + _NEEDS_NFKC + re.escape(_DROP + "\u0130" + "".join(sorted(_SPECIAL))) + "\ud800-\udfff]")
_FEW = 12
# Text that a one-byte code page writes (Russian, Kazakh, Kyrgyz: the matcher's CODE_PAGE) is
# normalised over its bytes: one table lowers it (and turns ё into е), a deletion finds the few
# characters normalize() would look at (dashes, quotes, ё; anything else takes the str path),
# which costs a fifth of a regex search and str.lower over the characters. The tables are
# built from str.lower and _ANY_RE themselves, so the text comes out the same.
CODE_PAGE = "kz1048"
_PAGE_CODEC = importlib.import_module("encodings." + CODE_PAGE)  # its tables, for the C functions


def encode_page(text: str) -> bytes | None:
    """The text in CODE_PAGE, or None when the page does not write it. Text that starts with a
    CJK character (or one beyond U+2FFF, which the page has none of) is not tried: a failed
    encoding costs what a successful one does, and Chinese text is a third of a feed."""
    if text[:1] >= "\u3000":
        return None
    try:
        return codecs.charmap_encode(text, "strict", _PAGE_CODEC.encoding_table)[0]
    except UnicodeEncodeError:
        return None


def page_characters() -> list[tuple[int, str]]:
    """Each byte of CODE_PAGE with the character it writes (bytes that write none are left out:
    encoding never produces them); the byte tables here and in the matcher are built from it."""
    out = []
    for b in range(256):
        try:
            out.append((b, bytes([b]).decode(CODE_PAGE)))
        except UnicodeDecodeError:
            continue
    return out


def _page_tables() -> tuple[bytes, bytes, bytes, bytes]:
    """The bytes of CODE_PAGE lowered (ё as е), and those that are safe (normalize() leaves
    them to str.lower), fold-only (a dash, quote or space the matcher folds) or ё."""
    lower = bytearray(range(256))
    safe, fold_only, yo = bytearray(), bytearray(), bytearray()
    for b, ch in page_characters():
        low = ch.lower()
        try:
            lowered = low.replace("ё", "е").encode(CODE_PAGE) if len(low) == 1 else b""
        except UnicodeEncodeError:
            lowered = b""
        if len(lowered) != 1:
            continue  # neither safe nor foldable: the str path
        lower[b] = lowered[0]
        if ch in "ёЁ":
            yo.append(b)
        elif _ANY_RE.search(ch) is None:
            safe.append(b)
        elif ch in _FOLD_ONLY:
            fold_only.append(b)
    return bytes(lower), bytes(safe), bytes(fold_only), bytes(yo)


_PAGE_LOWER, _PAGE_SAFE, _PAGE_FOLD_ONLY, _PAGE_YO = _page_tables()
_PAGE_NOT_FOLD = bytes(b for b in range(256) if b not in _PAGE_FOLD_ONLY)
_PAGE_FOLD_OR_YO = _PAGE_FOLD_ONLY + _PAGE_YO


def _normalize_page(text: str) -> Normalized | None:
    """normalize() of non-ASCII text over its bytes in CODE_PAGE (see _page_tables), or None when
    the page does not write it or it holds a character the str path must see."""
    data = encode_page(text)
    if data is None:
        return None
    rest = data.translate(None, _PAGE_SAFE)
    folds = False
    if rest:  # dashes, quotes, ё — or something else
        if rest.translate(None, _PAGE_FOLD_OR_YO):
            return None
        folds = bool(rest.translate(None, _PAGE_NOT_FOLD))
    low = data.translate(_PAGE_LOWER)
    return Normalized(codecs.charmap_decode(low, "strict", _PAGE_CODEC.decoding_table)[0], None, None, not folds, low)


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text plus the map back to the original.

    ``starts``/``ends`` are None when every character stayed in place (the
    common case); otherwise normalised character i came from
    ``original[starts[i]:ends[i]]``.
    """

    text: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None
    plain: bool = False  # no character that folding would change (matcher.fold may skip its search)
    page: bytes | None = field(default=None, compare=False, repr=False)  # text in CODE_PAGE, when made from it

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalised span [start, end)."""
        if self.starts is None or self.ends is None:
            return start, end
        if start >= end:
            pos = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def clean_surrogates(text: str) -> str:
    """Replace lone surrogates (invalid in UTF-8) with U+FFFD, keeping length."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATES.sub("\ufffd", text)
    return text


def _post(text: str) -> str:
    """Apply POST_TABLE: str.replace per distinct character when few, else translate."""
    if _POST_RE.search(text) is None:
        return text
    found = set(_POST_RE.findall(text))
    if len(found) > _FEW:
        return text.translate(_POST_ORD)
    for ch in found:
        text = text.replace(ch, POST_TABLE[ch])
    return text


def _may_be_astral(text: str) -> bool:
    """True when the text may hold a character beyond U+FFFF (exact on CPython)."""
    if _UCS4_OVERHEAD is None:
        return _ASTRAL_RE.search(text) is not None
    return sys.getsizeof(text) >= _UCS4_OVERHEAD + 4 * (len(text) + 1)


def normalize(text: str) -> Normalized:
    """Normalise one text for matching (see the module docstring)."""
    if text.isascii():
        return Normalized(text.lower())
    page = _normalize_page(text)
    if page is not None:
        return page
    return _normalize_str(text)


def _normalize_str(text: str) -> Normalized:
    """normalize() of non-ASCII text, character by character (any text: the reference that
    _normalize_page's bytes must agree with)."""
    m = _ANY_RE.search(text)
    folds = yo = False
    while m is not None:  # what is there? Only dashes, quotes, spaces, apostrophes or ё: cheap
        ch = m.group()
        if ch in _FOLD_ONLY:
            folds = True
        elif ch in "ёЁ":
            yo = True
        else:
            break  # anything else takes the paths below
        m = _ANY_RE.search(text, m.end())
    if m is None and not _may_be_astral(text):
        low = text.lower()
        if len(low) == len(text):
            return Normalized(low.replace("ё", "е") if yo else low, None, None, not folds)
    if _SLOW_RE.search(text) is None and not _may_be_astral(text):
        low = text.lower()
        if len(low) == len(text):
            return Normalized(_post(low))
    return _normalize_slow(text)


def _normalize_slow(text: str) -> Normalized:
    """Cluster by cluster (a character and its combining marks), keeping offsets."""
    text = clean_surrogates(text)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = 0
    n = len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j].replace("\u0130", "I")
        piece = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", cluster).lower())
        piece = "".join(ch for ch in piece if ch not in _DROP)
        if piece:
            piece = _post(piece)
        for ch in piece:
            out.append(ch)
            starts.append(i)
            ends.append(j)
        i = j
    return Normalized("".join(out), tuple(starts), tuple(ends))


def is_cjk(ch: str) -> bool:
    """True for a Han ideograph (the script matched without word boundaries)."""
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _HAN_RANGES)
