"""Text normalisation and tokens for near-duplicate fingerprints: what two copies share.

Steps, in order:

1. Titles lose a trailing site name (``... - Kazinform``, ``... | The Astana Times``,
   ``...--国际--人民网``, ``..._天山网``); bodies lose a leading dateline
   (``ASTANA, Nov 3 (Kazinform) –``, ``АСТАНА. КАЗИНФОРМ –``, ``БИШКЕК, 5 ноя — Sputnik.``,
   ``新华社乌鲁木齐11月3日电（记者 张三）``, ``本报讯``): what reprints add. This runs on the
   text as published, since capitals mark a dateline.
2. Apostrophes (``'’ʻʼ``...), soft hyphens and zero-width characters are removed
   (``Oʻzbekiston``, ``O'zbekiston`` and ``Ozbekiston`` become one token).
3. NFKC (full-width forms, ligatures, compatibility characters fold to one spelling; combining
   marks compose; a mark left over is dropped).
4. Lower case (per character: ``İ`` → ``i``, ``ß`` stays), ``ё`` → ``е``.
5. Tokens: runs of letters and digits; everything else separates. Chinese and Japanese
   characters are one token each (the text has no spaces), so CJK shingles are character
   n-grams. A token that starts with a digit is a number.

:func:`token_hashes` does 3 to 5 with numpy over code points and per-code-point tables (a
regex and a Python loop over 300 words would cost more than the whole fingerprint budget);
:func:`tokens` is the plain reference that the tests hold it to.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

import numpy as np

__all__ = [
    "Runs",
    "Tokens",
    "classify",
    "drop_ignored",
    "is_number",
    "nfkc",
    "prepare_body",
    "prepare_title",
    "scan",
    "strip_dateline",
    "strip_site_suffix",
    "token_hash",
    "token_hashes",
    "tokens",
]

_U64 = np.uint64
_CJK_RANGES = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_IGNORED = "'’‘ʻʼ`´\u00ad\u200b\u200c\u200d\u2060\ufeff"
_SEP, _WORD, _DIGIT, _CJK, _IGNORE, _SLOW = 0, 1, 2, 3, 4, 5  # character classes
_ASTRAL = 0x10000  # code points above the BMP share one table slot: a CJK-like token each

_UP = "A-ZА-ЯЁІЇЄҐҚҒҮҰӨҺӘҢ"
# Latin / Cyrillic datelines. A place in capitals, optional country, optional date, optional
# agency in (), // or capitals, then a dash; an agency name may follow the dash ("— Sputnik.").
_DATELINE = re.compile(
    rf"""^\s*
    [{_UP}][{_UP}'’\-]{{2,}}(?:\s[{_UP}][{_UP}'’\-]+){{0,2}}           # ASTANA / NUR-SULTAN / АСТАНА
    (?:,\s*[{_UP}][\w'’\-]+(?:\s[{_UP}][\w'’\-]+)?)?                   # , Uzbekistan
    (?:[,.]?\s*(?:\d{{1,2}}\s+\w{{3,9}}\.?|\w{{3,9}}\.?\s+\d{{1,2}})   # , Nov. 3 / , 3 ноября
       (?:,?\s+\d{{4}})?)?                                             # , 2024
    \.?
    (?:\s*[(/][^()/\n]{{1,40}}[)/]\.?|\s+[{_UP}]{{3,}}(?:\s[{_UP}]{{2,}})?)?  # (Xinhua) /Казинформ/ KAZINFORM
    (?:\s*(?:--|[–—])|\s-(?=\s))\s*                                      # – / — / -- / " - "
    (?:[{_UP}][\w\-]*(?:\s[{_UP}][\w\-]*){{0,2}}\.\s+)?                # Sputnik. / РИА Новости.
    """,
    re.VERBOSE,
)
# Chinese datelines: 新华社阿拉木图11月6日电（记者张晓东） / 中新网北京11月3日电 / 本报讯（记者 刘洋） /
# 【环球网报道】 (brackets full-width or not; \d matches full-width digits too)
_DATELINE_ZH = re.compile(
    r"""^\s*(?:
        【[^】\n]{0,40}】
      | (?:本报讯|[\u4e00-\u9fff]{0,12}?\d{1,2}月\d{1,2}日(?:电|讯))
        \s*(?:[(（][^)）\n]{0,30}[)）])?
    )\s*""",
    re.VERBOSE,
)
# A trailing site name: " - Kazinform", " | Zakon.kz", "--人民网", "_天山网".
_SITE_SUFFIX = re.compile(r"(?:\s+[-|–—]\s+|\s*[|｜_]\s*|\s*--\s*)([^|｜_–—]{1,40})$")
_CJK_CHAR = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _CJK_RANGES) + "]")


def strip_dateline(text: str) -> str:
    """Remove a leading news-agency dateline; text without one comes back unchanged.

    Runs on the text as published (before NFKC and lower-casing): capitals mark a dateline.
    """
    m = _DATELINE.match(text, 0, 200) or _DATELINE_ZH.match(text, 0, 200)
    return text[m.end():] if m and m.end() < len(text) else text


def strip_site_suffix(title: str) -> str:
    """Remove up to two trailing site-name segments when what remains is still a headline."""
    if not _may_have_suffix(title):  # a regex search costs ~3 µs on a headline
        return title
    for _ in range(2):
        m = _SITE_SUFFIX.search(title)
        if not m:
            break
        head, tail = title[: m.start()], m.group(1)
        if len(tail.split()) > 4 or not _long_enough(head):
            break
        title = head
    return title


def _may_have_suffix(title: str) -> bool:
    """False when :data:`_SITE_SUFFIX` cannot match: each of its separators holds "|", "｜",
    "_", "--" or white space followed by "-", "–" or "—" (the regex white space is
    ``str.isspace``: tests/monitor/dedup/test_speedups.py)."""
    if "|" in title or "｜" in title or "_" in title or "--" in title:
        return True
    for dash in "-–—":
        at = title.find(dash, 1)
        while at > 0:
            if title[at - 1].isspace():
                return True
            at = title.find(dash, at + 1)
    return False


def _long_enough(head: str) -> bool:
    return len(_CJK_CHAR.findall(head)) >= 6 or len(head.split()) >= 3


def prepare_title(title: str) -> str:
    """The title without its site-name suffix (NFKC and case are left to the tokeniser)."""
    return strip_site_suffix(title.strip())


def prepare_body(text: str) -> str:
    """The body without its dateline (NFKC and case are left to the tokeniser)."""
    return strip_dateline(text.strip())


# ---------------------------------------------------------------------------------------------
# tokens


@lru_cache(maxsize=1)
def _tables() -> tuple[np.ndarray, np.ndarray]:
    """For every BMP code point: its class, and the code point it folds to (NFKC, then lower
    case, ``ё`` -> ``е``). One extra slot stands for every code point above the BMP.

    Characters whose NFKC form is several characters (``ﬁ``, ``㈱``) or that combine with their
    neighbours (``и`` + U+0306) are marked ``_SLOW``: text holding one is NFKC-normalised as a
    whole first. Built once, on first use (~30 ms).
    """
    # Filled as a bytearray and an array of C ints, then viewed as numpy arrays: numpy's
    # per-element assignment made the loop twice as slow (~20 ms of the fork server's start).
    cls_b = bytearray(_ASTRAL + 1)
    fold_a = array("I", bytes(4 * (_ASTRAL + 1)))
    normalize, combining = unicodedata.normalize, unicodedata.combining
    for cp in chain(range(0xD800), range(0xE000, _ASTRAL)):
        ch = chr(cp)
        nf = normalize("NFKC", ch)
        if len(nf) != 1:
            if any(c.isalnum() for c in nf):  # else "…" -> "...": punctuation however it is spelt; a separator
                cls_b[cp] = _SLOW
                fold_a[cp] = cp
            continue
        if combining(ch):
            cls_b[cp] = _SLOW
            fold_a[cp] = cp
            continue
        if nf in _IGNORED:  # e.g. the full-width apostrophe
            cls_b[cp] = _IGNORE
            continue
        low = nf.lower()[:1]  # İ lower-cases to i + U+0307; keep the i
        fold_a[cp] = ord(low)
        if low.isalnum():
            cls_b[cp] = _WORD
    cls = np.frombuffer(cls_b, dtype=np.uint8)
    fold = np.frombuffer(fold_a, dtype=np.uint32)
    for base in ("0123456789", "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19"):
        for ch in base:
            cls[ord(ch)] = _DIGIT
    for lo, hi in _CJK_RANGES:
        cls[lo: hi + 1] = _CJK
    for ch in _IGNORED:
        cls[ord(ch)] = _IGNORE
    fold[0x0451] = fold[0x0401] = 0x0435  # ё, Ё -> е
    cls[_ASTRAL] = _CJK
    return cls, fold


_R = 0x100000001B3 * 2 + 1  # odd, so invertible modulo 2**64
_R_INV = pow(_R, -1, 1 << 64)


@lru_cache(maxsize=4)
def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """R**i and R**-i modulo 2**64 for i < n."""
    up = np.ones(n, dtype=_U64)
    down = np.ones(n, dtype=_U64)
    up[1:] = np.cumprod(np.full(n - 1, _R, dtype=_U64))
    down[1:] = np.cumprod(np.full(n - 1, _R_INV, dtype=_U64))
    return up, down


@dataclass(frozen=True)
class Tokens:
    """Token hashes of a title and a body, tokenised together."""

    hashes: np.ndarray  # uint64, title tokens then body tokens
    numeric: np.ndarray  # bool, the token starts with a digit (a number)
    n_title: int  # how many of the hashes are the title's
    cjk: bool  # the body (or, without a body, the title) is mostly Chinese/Japanese


def token_hashes(title: str, body: str, *, _nfkc_done: bool = False) -> Tokens:
    """Tokenise ``title`` and ``body`` into 64-bit token hashes, vectorised.

    Each hash is :func:`token_hash` of the token :func:`tokens` returns for the same text.
    """
    title, body = drop_ignored(title), drop_ignored(body)  # cheaper here than in numpy
    cps, cls, top, codes = classify(f"{title}\n{body}")
    boundary = len(title)
    if top >= _IGNORE:
        if not _nfkc_done:  # rare: let unicodedata compose and expand first
            return token_hashes(nfkc(title), nfkc(body), _nfkc_done=True)
        dropped = cls >= _IGNORE  # a combining mark left over after NFKC
        boundary -= int(np.count_nonzero(dropped[:boundary]))
        keep = ~dropped
        cps, cls, codes = cps[keep], cls[keep], codes[keep]
        top = int(cls.max())
    runs = scan(cps, cls, top, codes)
    n_title = int(np.searchsorted(runs.starts, boundary))
    mostly_cjk = False
    if runs.cjk is not None:
        # CJK when at least a third of the letters are: a Chinese name in an English text is not
        body_letters = int(np.count_nonzero(runs.letters[boundary + 1: -1]))
        if body_letters:
            mostly_cjk = int(np.count_nonzero(runs.cjk[boundary:])) * 3 >= body_letters
        else:
            mostly_cjk = int(np.count_nonzero(runs.cjk)) * 3 >= int(np.count_nonzero(runs.letters))
    return Tokens(runs.hashes, runs.numeric, n_title, mostly_cjk)


def classify(text: str) -> tuple[np.ndarray, np.ndarray, int, np.ndarray]:
    """Code points of ``text`` (apostrophes already dropped), their classes, the top class, and
    what :func:`scan` takes of them (class and fold in one value: one table look-up a character
    instead of two).

    A top class of ``_IGNORE`` or more means: NFKC-normalise the text (:func:`nfkc`) first.
    """
    cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    codes = np.take(_codes(), cps, mode="clip")  # clip: every astral code point -> last slot
    cls = codes.astype(np.uint8)  # the low byte
    return cps, cls, int(cls.max()) if len(cls) else _SEP, codes


@lru_cache(maxsize=1)
def _codes() -> np.ndarray:
    """Per code point (:func:`_tables`' slots): its fold, shifted up a byte, and its class."""
    cls, fold = _tables()
    return (fold.astype(_U64) << _U64(8)) | cls


@dataclass(frozen=True)
class Runs:
    """What :func:`scan` finds: tokens, and per character what the CJK decision needs."""

    hashes: np.ndarray  # uint64 per token
    numeric: np.ndarray  # bool per token
    starts: np.ndarray  # character offset of each token
    letters: np.ndarray  # int8, one per character plus a zero at each end: non-zero = letter
    cjk: np.ndarray | None  # bool per character: a CJK character (None: there are none)


def scan(cps: np.ndarray, cls: np.ndarray, top: int, codes: np.ndarray) -> Runs:
    """Tokens of classified code points (no ``_IGNORE``/``_SLOW`` left) and their hashes."""
    folded = codes >> _U64(8)
    n = len(cls)
    padded = np.zeros(n + 2, dtype=np.int8)
    np.not_equal(cls, _SEP, out=padded[1:-1])
    cjk = None
    if top >= _CJK:  # every CJK character (and astral code point) is a token of its own
        astral = cps > 0xFFFF
        if astral.any():
            folded = np.where(astral, cps, folded)
        # Runs of equal values are tokens: separators 0, letters 1, CJK 2 or 3 alternating,
        # so that two CJK neighbours always differ.
        cjk = cls == _CJK
        runs = padded.copy()
        runs[1:-1] += cjk
        runs[1:-1] += cjk & _parity(n)
        edges = np.flatnonzero(runs[1:] != runs[:-1])  # a bool array: nonzero() is quicker on it
        is_token = runs[edges[:-1] + 1] != 0
        starts, stops = edges[:-1][is_token], edges[1:][is_token]
    else:  # letters and digits only: tokens are the runs of word characters
        edges = np.flatnonzero(padded[1:] != padded[:-1])
        starts, stops = edges[0::2], edges[1::2]
    if len(starts) == 0:
        return Runs(np.empty(0, dtype=_U64), np.empty(0, dtype=bool), starts, padded, cjk)
    up, down = _powers(max(4096, 1 << (n + 1).bit_length()))
    prefix = np.empty(n + 1, dtype=_U64)
    prefix[0] = 0
    np.multiply(folded, up[:n], out=prefix[1:])
    np.cumsum(prefix, out=prefix)  # prefix[i]: sum of c_j * R**j for j < i
    hashes = prefix[stops]
    hashes -= prefix[starts]
    hashes *= down[starts]  # position-independent: sum of c_j * R**(j - start)
    return Runs(_finish(hashes), cls[starts] == _DIGIT, starts, padded, cjk)


@lru_cache(maxsize=4)
def _parity_table(n: int) -> np.ndarray:
    return (np.arange(n) & 1).astype(bool)


def _parity(n: int) -> np.ndarray:
    """[False, True, False, ...] of length n."""
    return _parity_table(max(4096, 1 << n.bit_length()))[:n]


_M3 = np.array([0xD6E8FEB86659FD93], dtype=_U64)


def _finish(h: np.ndarray) -> np.ndarray:
    """Cheap in-place scramble of a polynomial token hash (multiply, fold the high half down)."""
    h *= _M3
    h ^= h >> _U64(32)
    return h


def drop_ignored(text: str) -> str:
    """``text`` without apostrophes, soft hyphens and zero-width characters."""
    for ch in _IGNORED:
        if ch in text:
            text = text.replace(ch, "")
    return text


def nfkc(text: str) -> str:
    """NFKC, then :func:`drop_ignored` again (``＇`` becomes an apostrophe, then nothing)."""
    return drop_ignored(unicodedata.normalize("NFKC", text))


def tokens(text: str) -> list[str]:
    """Reference tokeniser: the tokens :func:`token_hashes` hashes, as strings (slow)."""
    cls_table, fold_table = _tables()
    text = drop_ignored(text)
    if any(cls_table[min(ord(ch), _ASTRAL)] >= _IGNORE for ch in text):
        text = nfkc(text)
    out: list[str] = []
    current: list[str] = []
    for ch in text:
        slot = min(ord(ch), _ASTRAL)
        kind = cls_table[slot]
        if kind == _IGNORE or kind == _SLOW:
            continue
        low = ch if slot == _ASTRAL else chr(fold_table[slot])
        if kind == _SEP or kind == _CJK:
            if current:
                out.append("".join(current))
                current = []
            if kind == _CJK:
                out.append(low)
        else:
            current.append(low)
    if current:
        out.append("".join(current))
    return out


def token_hash(token: str) -> int:
    """The 64-bit hash :func:`token_hashes` gives ``token`` (a single token, as folded)."""
    value = 0
    power = 1
    for ch in token:
        value = (value + ord(ch) * power) & 0xFFFFFFFFFFFFFFFF
        power = (power * _R) & 0xFFFFFFFFFFFFFFFF
    return int(_finish(np.array([value], dtype=_U64))[0])


def is_number(token: str) -> bool:
    """What :attr:`Tokens.numeric` says of a token: it starts with a digit."""
    return _tables()[0][min(ord(token[0]), _ASTRAL)] == _DIGIT
