"""One Aho–Corasick automaton over every surface form of every term, and the scan.

The automaton is ahocorasick-rs's (Rust; one call returns every occurrence as (key index,
start, end), so no Python code runs per character). Every key of the automaton
(``forms.keys``: the word forms, stems, Turkic stems and Han terms of all languages) has one
integer in a C array (``array('q')``, indexed by key): how it matches and which *entry* it
stands for. So the compiled matcher holds no Python object per key: the automaton lives in
Rust's heap and the values in one buffer, which the parse workers forked from the service's
fork server share copy-on-write. An entry holds what a match means — its concepts and weights,
the lemma an explanation names, and its guards — and is shared by all the forms of a term.

A scan runs the automaton once over the text (with every dash and white-space character seen
as a space, every apostrophe as ``'``), which reports every occurrence of every key, then
keeps those that stand where they may:

* Latin and Cyrillic keys start a word (the character before is not a word character:
  a digit, a Latin, Greek or Cyrillic letter); a whole-word key also ends one; a stem may
  go on to the end of its word; a Turkic stem may go on only by a valid suffix chain
  (``turkic.suffix_pattern``);
* Han keys match anywhere, except before one of their ``not_before`` characters;

and resolves overlaps leftmost-longest ("China University of Petroleum" over "China",
"joint laboratory" over "laboratory"). scan() keeps no state but a cache of which endings a
suffix chain accepts (a dict: its operations are atomic), so the Matcher is thread-safe.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import Any

import ahocorasick_rs

from . import forms as F
from .normalize import APOSTROPHES, CODE_PAGE, DASHES, QUOTES, SPACES, encode_page, page_characters
from .turkic import suffix_pattern
from .vocabulary import WORD_CHARS, Term

# An entry: (concept/weight pairs, lemma, cased, guarded, unless, needs, not_before).
Entry = tuple
RawMatch = tuple[int, int, Entry]  # start, end (normalised offsets), entry

# A key's value: entry id << 6 | not_before flag << 5 | mode (forms.EXACT, STEM, CJK, SUFFIX…).
_MODE_MASK = 31
_MULTI = 31  # the key stands for several (mode, entry) values: self._multi[id]
_NB_FLAG = 32
_ENTRY_SHIFT = 6
_SPACES = " " + SPACES
_K_WORD, _K_STEM, _K_HAN, _K_OTHER, _K_HAN_NB = 0, 1, 2, 3, 4  # _keep tests `kind <= _K_STEM` first, then `not kind`
_SUFFIX_CACHE = 20_000  # endings remembered per matcher (a few MB at most), then forgotten at once
# Quotation marks are read as spaces (QUOTES): headlines quote names ("“Ипак йўли” туризм
# халқаро университети", "“Türkmenistan” Merkezi"), and a name is matched across them.
_EXOTIC_MAP = {**{c: " " for c in DASHES + _SPACES + QUOTES if not c.isascii()},
               **{c: "'" for c in APOSTROPHES if c != "'"}}
_EXOTIC = re.compile("[" + re.escape("".join(_EXOTIC_MAP)) + "]")
_RUN = re.compile("  +")


def _exotic(m: re.Match[str]) -> str:
    return _EXOTIC_MAP[m.group()]


def fold(text: str, plain: bool = False) -> str:
    """The text as keys are written: a dash, a quotation mark or any white space is a space,
    any apostrophe is ``'`` (same length, so offsets stay). ``str.replace`` and one regex
    search cost far less than ``str.translate`` with a table on non-ASCII text; the exotic
    characters are few."""
    if "-" in text:
        text = text.replace("-", " ")
    if '"' in text:
        text = text.replace('"', " ")
    if not text.isprintable():  # ASCII control white space: \n \t \r \f \v
        for ch in "\n\t\r\f\v":
            if ch in text:
                text = text.replace(ch, " ")
    if not plain and not text.isascii() and _EXOTIC.search(text) is not None:
        text = _EXOTIC.sub(_exotic, text)
    return text


def squeeze(text: str) -> tuple[str, list[int] | None, list[int] | None]:
    """Runs of spaces (after ``fold``) as one space, so a multi-word name matches across a
    line break, a quotation mark and a space, or a double space. Returns the text and, when
    something was squeezed, the map back: squeezed position ``p`` is ``p + shift[k]`` in the
    folded text, where ``k`` is the number of runs whose kept space lies before ``p``
    (``starts``, sorted)."""
    if "  " not in text:
        return text, None, None
    starts: list[int] = []
    shift: list[int] = [0]
    removed = 0
    pieces: list[str] = []
    last = 0
    for m in _RUN.finditer(text):
        a, b = m.span()
        pieces.append(text[last:a + 1])
        last = b
        starts.append(a - removed)
        removed += b - a - 1
        shift.append(removed)
    pieces.append(text[last:])
    return "".join(pieces), starts, shift


_WORD_RUN = re.compile(f"[{WORD_CHARS}]*")


def _word_set() -> frozenset[str]:
    chars: set[str] = set()
    spec = WORD_CHARS
    i = 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            chars.update(chr(c) for c in range(ord(spec[i]), ord(spec[i + 2]) + 1))
            i += 3
        else:
            chars.add(spec[i])
            i += 1
    return frozenset(chars)


WORD = _word_set()


def _bare(text: str) -> str:
    return text.replace(" ", "").replace("'", "").replace("-", "")


def _strictness(found: tuple[int, int]) -> int:
    mode = found[0]
    return 0 if mode == F.EXACT else 2 if mode == F.STEM else 1


def _entry(recs: list[tuple[Term, str]]) -> Entry:
    """The entry of one key: the concepts (best weight each) of every term written with it."""
    pairs: dict[str, float] = {}
    lemma = ""
    cased = recs[0][0].cased
    unless = set(recs[0][0].unless)
    needs = set(recs[0][0].needs)
    nb: set[str] | None = set(recs[0][0].not_before) or None
    for term, lem in recs:
        for concept in term.concepts:
            if term.weight > pairs.get(concept, -1.0):
                pairs[concept] = term.weight
        lemma = lemma or lem
        if not term.cased:
            cased = ""
        unless &= set(term.unless)
        needs &= set(term.needs)
        nb = None if (nb is None or not term.not_before) else nb & set(term.not_before)
    # Weight-0 terms shadow a shorter term (as the longest match) but count for nothing.
    return (tuple((c, w) for c, w in pairs.items() if w > 0), lemma, cased, bool(unless or needs),
            frozenset(unless), frozenset(needs), frozenset(nb) if nb else None)


def _merge_entries(entries: list[Entry]) -> Entry:
    """One entry standing for several readings of one key, the strictest first (its lemma and
    ``not_before``). Where the strict reading matches, every looser one does too (a whole word
    is also a stem with an empty ending), so the merged entry is guarded or case-sensitive
    only when every reading is: an ambiguous exact name (``Shanxay``, needing China named)
    does not hide the same word as an unguarded inflecting term (``Shanxay~``)."""
    pairs: dict[str, float] = {}
    for entry in entries:
        for c, w in entry[0]:
            pairs[c] = max(pairs.get(c, 0.0), w)
    first = entries[0]
    cased = first[2] if all(e[2] for e in entries) else ""
    unless = frozenset.intersection(*(e[4] for e in entries))
    needs = frozenset() if any(not e[5] for e in entries) else frozenset.union(*(e[5] for e in entries))
    return (tuple(pairs.items()), first[1], cased, bool(unless or needs), unless, needs, first[6])


class Automaton:
    """ahocorasick-rs's automaton over ``keys`` (key index, start, end per occurrence), with the
    keys it was built from. It pickles as those keys and is built again from them: the Rust
    object cannot be pickled, and a snapshot of a compiled classifier (:mod:`classifiers.snapshot`)
    holds one. The keys are a list of strings shared by the processes forked after compiling.
    ``ascii_dfa``: ASCII keys only, built as a DFA over bytes (faster to run, far bigger: only
    for a small set of keys), and ``find`` takes the text's bytes (``str.encode()`` of ASCII
    text: the offsets are the same, and ahocorasick-rs maps none from UTF-8 to characters).
    ``codec``: keys that a one-byte code page writes, built as a contiguous NFA over their bytes
    in it, and ``find`` takes the text encoded in that code page (one byte a character: the
    offsets are the characters'; the automaton of ``str`` keys spends half its time mapping
    UTF-8 offsets of Cyrillic text back to characters)."""

    __slots__ = ("keys", "find", "ascii_dfa", "codec")

    def __init__(self, keys: list[str], ascii_dfa: bool = False, codec: str | None = None) -> None:
        self.keys = keys
        self.ascii_dfa = ascii_dfa
        self.codec = codec
        if ascii_dfa:
            self.find = ahocorasick_rs.BytesAhoCorasick([k.encode("ascii") for k in keys or ["\x00"]],
                                                        implementation=ahocorasick_rs.Implementation.DFA
                                                        ).find_matches_as_indexes
        elif codec:
            self.find = ahocorasick_rs.BytesAhoCorasick([k.encode(codec) for k in keys or ["\x00"]],
                                                        implementation=ahocorasick_rs.Implementation.ContiguousNFA
                                                        ).find_matches_as_indexes
        else:
            self.find = ahocorasick_rs.AhoCorasick(keys or ["\x00"], store_patterns=False).find_matches_as_indexes

    def __reduce__(self) -> tuple[type, tuple[list[str], bool, str | None]]:
        return Automaton, (self.keys, self.ascii_dfa, self.codec)


# CODE_PAGE (normalize.py, which lowers such text over its bytes), the one-byte code page of the
# Cyrillic automaton: Windows-1251 with the Kazakh letters (ә ғ қ ң ө ұ ү һ і), so Russian, Kazakh
# and Kyrgyz text (and ASCII) fits it, one byte a character. Uzbek and Tajik Cyrillic (ў, ҳ, ҷ,
# ӣ), Chinese and the rest take the automaton of every key.


def _page_fold(plain: bool) -> bytes:
    """fold() as a table of CODE_PAGE's bytes, for non-ASCII text (plain or not)."""
    table = bytearray(range(256))
    for b, ch in page_characters():
        table[b] = fold(ch + "ж", plain)[0].encode(CODE_PAGE)[0]  # "ж": non-ASCII text, as fold sees it
    return bytes(table)


_PAGE_FOLD, _PAGE_FOLD_PLAIN = _page_fold(False), _page_fold(True)


def _in_code_page(text: str) -> bool:
    try:
        text.encode(CODE_PAGE)
    except UnicodeEncodeError:
        return False
    return True


class Matcher:
    """All terms of a rule set, compiled into one automaton. Thread-safe: scan() keeps no state
    but the suffix-chain cache, whose answers never change."""

    def __init__(self, terms: Iterable[Term], forms_tables: list[dict[str, tuple[str, ...]]] | None = None) -> None:
        terms = list(terms)
        tables = forms_tables if forms_tables is not None else [F.bundled_forms()]
        # (key, mode) -> one (term, lemma) record, or a list when several terms share the key.
        slots: dict[tuple[str, int], object] = {}
        for term in terms:
            lemma = term.lemma
            own = _bare(term.lemma.lower()) if lemma and ":" not in lemma else None
            for key, mode in F.keys(term, tables):
                rec = (term, "" if own is not None and _bare(key) == own else lemma)
                prev = slots.get((key, mode))
                if prev is None:
                    slots[(key, mode)] = rec
                elif type(prev) is list:
                    prev.append(rec)
                else:
                    slots[(key, mode)] = [prev, rec]
        interned: dict[Entry, int] = {}
        self._entries: list[Entry] = []
        by_key: dict[str, list[tuple[int, int]]] = {}  # key -> [(mode, entry id)]
        single: dict[tuple[int, str], Entry] = {}  # the entry of one term's keys, made once
        for (key, mode), recs in slots.items():
            if type(recs) is list:
                entry = _entry(recs)  # type: ignore[arg-type]
            else:
                ident = (id(recs[0]), recs[1])  # type: ignore[index]
                entry = single.get(ident)  # type: ignore[assignment]
                if entry is None:
                    entry = single[ident] = _entry([recs])  # type: ignore[list-item]
            eid = interned.get(entry)
            if eid is None:
                eid = interned[entry] = len(self._entries)
                self._entries.append(entry)
            by_key.setdefault(key, []).append((mode, eid))
        for key, found in by_key.items():
            if len(found) > 1:  # a word and a stem, say (never a Han key: _keep relies on it): try the strictest first, and let it
                found.sort(key=_strictness)  # stand for the looser ones' concepts too
                merged = []
                for i, (mode, eid) in enumerate(found):
                    entry = _merge_entries([self._entries[e] for _, e in found[i:]])
                    new_id = interned.get(entry)
                    if new_id is None:
                        new_id = interned[entry] = len(self._entries)
                        self._entries.append(entry)
                    merged.append((mode, new_id))
                by_key[key] = merged
        self._suffix_ok: dict[tuple[int, str], bool] = {}  # _check's cache (dict ops are atomic: thread-safe)
        self._multi: list[tuple[int, ...]] = []
        patterns: list[str] = []
        values = array("q")
        for key, found in by_key.items():
            patterns.append(key)
            vals = [(eid << _ENTRY_SHIFT) | (_NB_FLAG if self._entries[eid][6] else 0) | mode for mode, eid in found]
            if len(vals) == 1:
                values.append(vals[0])
            else:  # the same text as a word and as a stem, say: both are tried
                values.append((len(self._multi) << _ENTRY_SHIFT) | _MULTI)
                self._multi.append(tuple(vals))
        self._values = values.tolist()  # a list: indexing an array makes a new int object per hit
        # Per key, for _keep: its kind (_K_WORD, _K_STEM, _K_HAN: one value, no not_before;
        # _K_OTHER: any other Latin or Cyrillic key; _K_HAN_NB: a Han key with not_before) and
        # its entry id (the value itself for _K_OTHER and _K_HAN_NB).
        kinds = {F.EXACT: _K_WORD, F.STEM: _K_STEM, F.CJK: _K_HAN}
        self._kinds = [_K_OTHER if v & _MODE_MASK == _MULTI else
                       (_K_HAN_NB if v & _MODE_MASK == F.CJK else _K_OTHER) if v & _NB_FLAG else
                       kinds.get(v & _MODE_MASK, _K_OTHER) for v in self._values]
        self._keids = [v if kind >= _K_OTHER else v >> _ENTRY_SHIFT for v, kind in zip(self._values, self._kinds)]
        self._ac = Automaton(patterns)
        # ASCII text (after fold) can only hold ASCII keys: a DFA of those alone (3,000 of the
        # 18,000 keys; ~11 MB of RSS, where a DFA of every key takes ~400 MB) scans it in about half the
        # time the automaton of every key takes. Its key indexes have their own kinds and ids.
        self._ac_ascii, self._kinds_ascii, self._keids_ascii = self._subset(patterns, str.isascii, ascii_dfa=True)
        # Text that the code page writes (Russian, Kazakh, Kyrgyz) can only hold the keys it
        # writes: a contiguous NFA of those over their bytes (about 16,000 keys, ~8 MB) scans
        # it in about half the time of the automaton of every key over str.
        self._ac_page, self._kinds_page, self._keids_page = self._subset(patterns, _in_code_page, codec=CODE_PAGE)
        self._entries_t = tuple(self._entries)
        self.term_count = len(terms)
        self.key_count = len(by_key)

    def _subset(self, patterns: list[str], keep: Callable[[str], bool], **kind: Any
                ) -> tuple[Automaton, list[int], list[int]]:
        """An automaton of the keys ``keep`` admits, with their kinds and entry ids (its key
        indexes are its own)."""
        ids = [i for i, key in enumerate(patterns) if keep(key)]
        return (Automaton([patterns[i] for i in ids], **kind),
                [self._kinds[i] for i in ids], [self._keids[i] for i in ids])

    def entries(self) -> list[Entry]:
        """Every distinct entry scan() can return (the objects themselves)."""
        return list(self._entries_t)

    def entry(self, eid: int) -> Entry:
        """The entry of an entry id (as ``hits`` returns them)."""
        return self._entries_t[eid]

    def scan(self, text: str) -> list[RawMatch]:
        """Every term occurrence in normalised text, in order, without overlaps."""
        hits, starts, shift = self.hits(text)
        entries = self._entries_t
        out: list[RawMatch] = []
        reach = 0
        for start, neg_end, eid in hits:
            if start >= reach:
                end = -neg_end
                reach = end
                if starts is not None:  # back to the unsqueezed text's offsets
                    start, end = start + shift[bisect_left(starts, start)], end + shift[bisect_left(starts, end - 1)]  # type: ignore[index]
                out.append((start, end, entries[eid]))
        return out

    def hits(self, text: str, plain: bool = False, page: bytes | None = None
             ) -> tuple[list[tuple[int, int, int]], list[int] | None, list[int] | None]:
        """Every key occurrence that stands where it may, as ``(start, -end, entry id)`` sorted
        (so the leftmost-longest come first: the caller drops the overlapped ones), in the
        squeezed text's offsets, with the map back (``squeeze``'s starts and shift, or None).
        ``plain``: the text holds no exotic dash, space, apostrophe or quote (``Normalized.plain``);
        ``page``: the text in CODE_PAGE (``Normalized.page``), which saves encoding it again."""
        t, starts, shift = squeeze(fold(text, plain))
        data: str | bytes
        if t.isascii():
            ac, kinds, keids, data = self._ac_ascii, self._kinds_ascii, self._keids_ascii, t.encode()
        else:
            if page is not None and starts is None:  # fold() over the page's bytes: encode_page(t)
                page = page.translate(_PAGE_FOLD_PLAIN if plain else _PAGE_FOLD)
            else:
                page = encode_page(t)
            if page is not None:
                ac, kinds, keids, data = self._ac_page, self._kinds_page, self._keids_page, page
            else:  # Chinese, Uzbek or Tajik Cyrillic…: every key
                ac, kinds, keids, data = self._ac, self._kinds, self._keids, t
        found = ac.find(data, True)  # overlapping (positionally: PyO3 parses no keyword)
        if not found:
            return [], None, None
        hits = self._keep(t, found, kinds, keids)
        hits.sort()
        return hits, starts, shift

    def _keep(self, t: str, found: list, kinds: list[int] | None = None,
              keids: list[int] | None = None) -> list[tuple[int, int, int]]:
        """The occurrences that stand where they may (at word boundaries, with a valid suffix
        chain, not before a ``not_before`` character). ``kinds`` and ``keids``: those of the
        automaton that found them (the automaton of every key's by default)."""
        n = len(t)
        if kinds is None or keids is None:
            kinds, keids = self._kinds, self._keids
        W = WORD
        hits: list[tuple[int, int, int]] = []
        add = hits.append
        stem = _K_STEM
        word_run = _WORD_RUN.match
        for idx, start, end in found:
            kind = kinds[idx]
            if kind <= stem:  # a whole word or a stem (the most common keys): starts a word
                if start and t[start - 1] in W:
                    continue
                if end < n and t[end] in W:
                    if not kind:  # _K_WORD
                        continue  # a whole word goes on
                    end = word_run(t, end).end()  # type: ignore[union-attr]  # a stem: to the end of its word
                add((start, -end, keids[idx]))
            elif kind == _K_HAN:  # Han: anywhere
                add((start, -end, keids[idx]))
            elif kind == _K_HAN_NB:
                hit = self._check(t, n, start, end, keids[idx])
                if hit is not None:
                    add(hit)
            elif not (start and t[start - 1] in W):  # every reading of a Latin or Cyrillic key starts a word
                value = keids[idx]
                hit = None
                if value & _MODE_MASK == _MULTI:
                    for v in self._multi[value >> _ENTRY_SHIFT]:  # strictest first: the first that fits
                        hit = self._check(t, n, start, end, v)
                        if hit is not None:
                            break
                else:  # a Turkic stem (or an acronym) with a suffix chain, or a key with not_before
                    hit = self._check(t, n, start, end, value)
                if hit is not None:
                    add(hit)
        return hits

    def _check(self, t: str, n: int, start: int, end: int, value: int) -> tuple[int, int, int] | None:
        """Whether one key occurrence stands where it may (any mode): (start, -end, entry id)."""
        mode = value & _MODE_MASK
        eid = value >> _ENTRY_SHIFT
        nb = self._entries_t[eid][6]
        if mode == F.CJK:
            if nb is not None and end < n and t[end] in nb:
                return None
            return start, -end, eid
        if start and t[start - 1] in WORD:
            return None
        if mode == F.EXACT:
            if end < n and t[end] in WORD:
                return None
        else:
            word_end = _WORD_RUN.match(t, end).end()
            if mode != F.STEM:
                # A suffix chain's pattern reads only the ending (no anchors, no lookbehind), so
                # its answer is cached per (mode, ending): the patterns are long alternations
                # (about a microsecond a call), the endings of a language few.
                key = (mode, t[end:word_end])
                ok = self._suffix_ok.get(key)
                if ok is None:
                    variety, vowel = F.mode_variety(mode)
                    ok = suffix_pattern(variety, vowel).fullmatch(t, end, word_end) is not None
                    if len(self._suffix_ok) >= _SUFFIX_CACHE:
                        self._suffix_ok.clear()
                    self._suffix_ok[key] = ok
                if not ok:
                    return None
            end = word_end
        if nb is not None and end < n and t[end] in nb:
            return None
        return start, -end, eid


