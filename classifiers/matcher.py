"""Compile every term into a few trie-shaped regular expressions and scan text.

Python's regex engine tries the alternatives of a group one after another, so
one flat alternation of 3,000 terms would be slow. Instead:

* Terms become tries (shared prefixes), so each alternation holds at most
  one branch per next character: "lanzhou university" and "lanzhou" share
  "lanzhou", and the longer one is tried first (leftmost-longest).
* Word scripts: one regex for terms starting with a Latin letter or digit,
  one for Cyrillic. Each is anchored on the character before a word
  (``[^letters]``, a space is prepended to the text), which lets the engine
  skip the letters inside words in C. A stem term ends in ``[letters]*``, a
  whole-word term in ``(?![letters])``. A regex runs only when its script
  occurs; in Chinese text only the Latin/Cyrillic runs are scanned.
* Han: terms are split by first character into buckets, one regex each, so
  a position is tried against one bucket only. Each alternative consumes
  the first character and captures the rest in a lookahead, so every start
  position is reported; overlaps are then resolved leftmost-longest.

A match is mapped back to its concepts by a dictionary lookup on the
matched text without separators (whole-word terms), else its longest stem
prefix. Everything is built once per rule set; scan() keeps no state.
"""

from __future__ import annotations

import contextlib
import heapq
import math
import re
import threading
from collections.abc import Iterable, Iterator
from typing import Any

from .normalize import APOSTROPHES, DASHES
from .vocabulary import WORD_CHARS, Term, term_key

_SEP_RE = "[\\s" + re.escape(DASHES) + "]*"
_APOS_RE = "[" + re.escape(APOSTROPHES) + "]?"
_HAN = "\u3400-\u9fff\uf900-\ufaff"
_LATIN_FIRST = "0-9a-z\u00b5\u00df-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_LATIN_RE = re.compile(f"[{_LATIN_FIRST}]")
_OTHER_RE = re.compile("[\u0300-\u052f]")
_HAN_RE = re.compile(f"[{_HAN}]")
# From a letter to the next Han character: where word terms can be in Chinese text.
_ISLAND_RE = re.compile(f"[a-z\u00b5\u00df-\u00f6\u00f8-\u052f\u1e00-\u1eff][^{_HAN}]*+")
_HAN_BUCKETS = 6
_SHORT_HAN = 120  # characters; below this one Han regex beats the buckets
_MEMO_MAX = 50_000

Entry = tuple[tuple[str, float], ...]  # (concept, weight) pairs
RawMatch = tuple[int, int, Entry]  # start, end (normalised offsets), entries

# Characters met most often in news text go first in each alternation (an
# alternation stops at the first branch that matches). Han characters are
# also dealt round-robin into buckets in this order, so frequent ones spread.
_FREQUENT = (
    "tasoicwpbfmhdrelngukvyjqxz"
    "пснвокрмдтиазбглеучшфхцжэяюйщыь"
    "қөүұғңһәіўҳ"
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方"
    "后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开"
    "它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此"
    "变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老"
    "头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门"
    "即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花"
    "带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段"
    "研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳"
    "便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京"
    "识适属圆包火住调满县局照参红细引听该铁价严"
)
_RANK = {ch: i for i, ch in enumerate(_FREQUENT)}


class _Node:
    __slots__ = ("children", "exact", "stem")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        # None: no term ends here; frozenset: characters that must not follow
        self.exact: frozenset[str] | None = None
        self.stem: frozenset[str] | None = None


def _merge(old: frozenset[str] | None, new: frozenset[str]) -> frozenset[str]:
    # A term without restriction wins over a restricted one with the same text.
    return new if old is None else old & new


def _atoms(text: str) -> list[str]:
    out: list[str] = []
    for ch in text:
        atom = "SEP" if ch in " -" else "APOS" if ch == "'" else ch
        if atom in ("SEP", "APOS") and out and out[-1] == atom:
            continue
        out.append(atom)
    return out


def _build(terms: Iterable[Term]) -> _Node:
    root = _Node()
    for term in terms:
        node = root
        for atom in _atoms(term.text):
            node = node.children.setdefault(atom, _Node())
        nb = frozenset(term.not_before)
        if term.stem:
            node.stem = _merge(node.stem, nb)
        else:
            node.exact = _merge(node.exact, nb)
    return root


def _order(atom: str) -> tuple[int, int, str]:
    if atom in ("SEP", "APOS"):
        return (2, 0, atom)
    return (0, _RANK[atom], atom) if atom in _RANK else (1, 0, atom)


def _not_before(chars: frozenset[str]) -> str:
    if not chars:
        return ""
    return "(?!" + "|".join(re.escape(c) for c in sorted(chars)) + ")"


def _emit(node: _Node, word: bool) -> str:
    """Regex source for the subtree below `node` (children first: longest wins)."""
    body, tail = _emit_parts(node, word)
    return body + tail


def _emit_parts(node: _Node, word: bool) -> tuple[str, str]:
    """The subtree's regex as (body, tail): every way through `body` ends with `tail`.

    A term's end is a check on what follows it: ``[W]*`` for a stem, ``(?![W])`` for a
    whole word (W: the word characters), plus its not_before letters. Written at every
    term's end, the big W class would be compiled about 3,000 times, and Python's regex
    compiler builds each such class in Python: that was most of what compiling the
    classifier (in every worker process) cost. When all alternatives of a node end with
    the same check, it is written once, after them, and handed up to the parent, which may
    do the same: ``(?:aT|bT)`` and ``(?:a|b)T`` try the same things in the same order (a
    backtracking engine goes back into the group when T fails), so they match the same.
    Alternatives are never regrouped (a deeper nesting would slow matching down).
    """
    parts: list[tuple[str, str]] = []
    for atom in sorted(node.children, key=_order):
        head = _SEP_RE if atom == "SEP" else _APOS_RE if atom == "APOS" else re.escape(atom)
        body, tail = _emit_parts(node.children[atom], word)
        parts.append((head + body, tail))
    if word:
        if node.stem is not None:
            parts.append(("", f"[{WORD_CHARS}]*" + _not_before(node.stem)))
        elif node.exact is not None:
            parts.append(("", f"(?![{WORD_CHARS}])" + _not_before(node.exact)))
    elif node.exact is not None:
        parts.append(("", _not_before(node.exact)))
    tails = {tail for _, tail in parts}
    if len(tails) == 1:
        return _alternation([body for body, _ in parts]), tails.pop()
    return _alternation([body + tail for body, tail in parts]), ""


def _alternation(alts: list[str]) -> str:
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _word_regex(terms: list[Term]) -> re.Pattern[str] | None:
    if not terms:
        return None
    first = "".join(sorted({t.text[0] for t in terms}))
    trie = _emit(_build(terms), True)
    return re.compile(f"[^{WORD_CHARS}](?=[{re.escape(first)}])({trie})")


def _han_regexes(terms: list[Term]) -> tuple[tuple[re.Pattern[str], frozenset[str]], ...]:
    """One trie regex per bucket of first characters, with the bucket's characters."""
    if not terms:
        return ()
    root = _build(terms)
    firsts = sorted(root.children, key=_order)
    count = max(1, min(_HAN_BUCKETS, math.ceil(len(firsts) / 20)))
    out = []
    for b in range(count):
        chars = firsts[b::count]
        alts = [re.escape(ch) + _emit(root.children[ch], False) for ch in chars]
        out.append((re.compile("|".join(alts)), frozenset(chars)))
    return tuple(out)


_CHARSETS_LOCK = threading.Lock()


@contextlib.contextmanager
def _shared_charsets() -> Iterator[None]:
    """While the tries compile, optimise each distinct character class once.

    The word-character class and the separator class occur some 2,700 times in the compiled
    tries, and Python's regex compiler builds each occurrence's bitmap in Python
    (``re._compiler._optimize_charset``, about 0.1 ms for a class with ranges past U+00FF):
    half of what compiling the rules cost, paid by every process that compiles them (the
    parse workers' fork server before a cold poll can start). Its result depends only on the
    class, so it is memoised here, for classes compiled without IGNORECASE (the only ones the
    tries hold). Where the compiler's internals differ, nothing is changed.
    ``tests/classifiers/test_speedups.py`` checks the compiled code is the same.
    """
    compiler: Any = getattr(re, "_compiler", None)
    original = getattr(compiler, "_optimize_charset", None)
    if original is None:
        yield
        return
    memo: dict[tuple[Any, ...], Any] = {}

    def optimize_charset(charset: Any, iscased: Any = None, fixup: Any = None, fixes: Any = None) -> Any:
        if fixup is not None or fixes is not None:
            return original(charset, iscased, fixup, fixes)
        try:
            key = (tuple(charset), iscased)
            found = memo.get(key)
        except TypeError:  # an unhashable item: not one of ours
            return original(charset, iscased, fixup, fixes)
        if found is None:
            found = memo[key] = original(charset, iscased, fixup, fixes)
        return found

    with _CHARSETS_LOCK:
        compiler._optimize_charset = optimize_charset
        try:
            yield
        finally:
            compiler._optimize_charset = original


class Matcher:
    """All terms of a rule set, compiled. Thread-safe: scan() keeps no state."""

    def __init__(self, terms: Iterable[Term]) -> None:
        terms = list(terms)
        exact: dict[str, dict[str, float]] = {}
        stems: dict[str, dict[str, float]] = {}
        for term in terms:
            table = stems if term.stem else exact
            slot = table.setdefault(term.key, {})
            for concept in term.concepts:
                slot[concept] = max(slot.get(concept, 0.0), term.weight)
        # Weight-0 entries shadow a shorter term but count for nothing: dropped here.
        self._exact: dict[str, Entry] = {k: tuple((c, w) for c, w in v.items() if w > 0) for k, v in exact.items()}
        self._stems: dict[str, Entry] = {k: tuple((c, w) for c, w in v.items() if w > 0) for k, v in stems.items()}
        self._stem_lengths = tuple(sorted({len(k) for k in stems}, reverse=True))
        word = [t for t in terms if not t.cjk]
        han = [t for t in terms if t.cjk]
        with _shared_charsets():
            self._latin_re = _word_regex([t for t in word if _LATIN_RE.match(t.text[0])])
            self._other_re = _word_regex([t for t in word if not _LATIN_RE.match(t.text[0])])
            self._han_res = _han_regexes(han)
            # Short texts (titles) pay more in per-regex call overhead than the
            # buckets save: one regex over the whole Han trie serves them.
            self._han_one = re.compile(_emit(_build(han), False)) if han else None
        self.term_count = len(terms)
        # Matched text -> entries. A pure cache: a race between threads can
        # only compute the same value twice (dict operations are atomic).
        self._memo: dict[str, Entry] = {}

    def entries(self) -> list[Entry]:
        """Every distinct entry scan() can return (the objects themselves)."""
        return [*self._exact.values(), *self._stems.values()]

    def lookup(self, matched: str) -> Entry:
        """Concepts and weights of a matched (normalised) text; () when none."""
        found = self._memo.get(matched)
        if found is None:
            found = self._lookup(matched)
            if len(self._memo) >= _MEMO_MAX:
                self._memo.clear()
            self._memo[matched] = found
        return found

    def _lookup(self, matched: str) -> Entry:
        key = term_key(matched)
        found = self._exact.get(key)
        if found is not None:
            return found
        n = len(key)
        for length in self._stem_lengths:
            if length <= n:
                found = self._stems.get(key[:length])
                if found is not None:
                    return found
        return ()

    def scan(self, text: str) -> list[RawMatch]:
        """Every term occurrence in normalised text, in order, without overlaps."""
        padded = " " + text  # the anchor before the first word; offsets shift by 1
        if text.isascii():
            if self._latin_re is None:
                return []
            return self._scan_words(self._latin_re, padded, 0, len(padded), [])
        out: list[RawMatch] = []
        has_han = _HAN_RE.search(text) is not None
        if has_han:
            spans = []
            for m in _ISLAND_RE.finditer(text):
                a = m.start()
                while a > 0 and text[a - 1].isdigit():  # "5G" starts at the digit
                    a -= 1
                spans.append((a, m.end() + 1))  # padded coordinates, with the anchor
        else:
            spans = [(0, len(padded))]
        runs = 0
        for pattern, probe in ((self._latin_re, _LATIN_RE), (self._other_re, _OTHER_RE)):
            if pattern is None:
                continue
            for a, b in spans:
                if probe.search(padded, a, b) is not None:
                    runs += 1
                    self._scan_words(pattern, padded, a, b, out)
        if runs > 1:
            out.sort()
        if has_han:
            han = self._scan_han(text)
            if han:
                if out:
                    out.extend(han)
                    out.sort()
                else:
                    out = han
        return out

    def _scan_words(self, pattern: re.Pattern[str], padded: str, a: int, b: int, out: list[RawMatch]) -> list[RawMatch]:
        memo = self._memo
        lookup = self.lookup
        append = out.append
        for m in pattern.finditer(padded, a, b):
            matched = m[1]
            entries = memo.get(matched)
            if entries is None:
                entries = lookup(matched)
            if entries:
                start, end = m.span(1)
                append((start - 1, end - 1, entries))
        return out

    def _scan_han(self, text: str) -> list[RawMatch]:
        """Merge the bucket regexes' matches leftmost-longest.

        Each bucket's finditer() gives non-overlapping matches of that bucket;
        sorted together, a sweep keeps each match that starts after the last
        kept one. A match that loses may have hidden a match of its own
        bucket starting inside it: only then (rare) is that bucket searched
        again, from just after the lost match's start (see _merge_slow).
        """
        exact = self._exact
        if len(text) <= _SHORT_HAN and self._han_one is not None:
            return [(m.start(), m.end(), exact[m.group()]) for m in self._han_one.finditer(text) if exact[m.group()]]
        buckets = self._han_res
        found = [(m.start(), m.end(), b) for b, (p, _) in enumerate(buckets) for m in p.finditer(text)]
        if not found:
            return []
        found.sort()
        out: list[RawMatch] = []
        last = 0
        for i, (start, end, b) in enumerate(found):
            if start >= last:
                entries = exact[text[start:end]]
                if entries:
                    out.append((start, end, entries))
                last = end
            elif not buckets[b][1].isdisjoint(text[start + 1 : end]):
                return self._merge_slow(text, found[i:], out, last)
        return out

    def _merge_slow(self, text: str, rest: list[tuple[int, int, int]], out: list[RawMatch], last: int) -> list[RawMatch]:
        """The sweep of _scan_han with re-searches of buckets (a heap takes the new matches)."""
        buckets = self._han_res
        exact = self._exact
        heap = list(rest)
        heapq.heapify(heap)
        seen = {(s, b) for s, _, b in heap}
        while heap:
            start, end, b = heapq.heappop(heap)
            if start >= last:
                entries = exact[text[start:end]]
                if entries:
                    out.append((start, end, entries))
                last = end
                continue
            pattern, firsts = buckets[b]
            if firsts.isdisjoint(text[start + 1 : end]):
                continue
            m = pattern.search(text, start + 1)
            if m is not None and (m.start(), b) not in seen:
                seen.add((m.start(), b))
                heapq.heappush(heap, (m.start(), m.end(), b))
        return out
