"""The occurrences a scan found, turned into what scoring and the stored decision need.

``collect_plain`` is the service's path (``Classifier.classify_to_dict`` on text whose offsets
normalisation kept): occurrences are grouped by text, field and entry as they come, so a
repeat costs a slice and a dict look-up, and the checks and the weights are done once per
group (``weigh_groups``). ``collect`` is the general case: offsets mapped back through the
squeeze and the normalisation, and every occurrence listed in order for ``classify``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import Any

from .matcher import Entry
from .normalize import APOSTROPHES

_APOSTROPHE_TABLE = str.maketrans({c: "'" for c in APOSTROPHES})


class Groups(dict):
    """Matches grouped by text, entry and field (``classify_to_dict``): the first match's five
    fields and the count, ``[field index, offset, term, pairs, lemma, count]`` (one flat list:
    no tuple per group, and one unpacking where it is read), in the order of first matches.
    ``append`` and ``sort`` take a match as the list of matches does, for the matches added
    after the scan (guarded, pinyin, implied)."""

    def append(self, hit: tuple) -> None:
        key = (hit[2], hit[0], id(hit[3]))
        group = self.get(key)
        if group is None:
            self[key] = [*hit, 1]
        else:
            group[5] += 1

    def sort(self, key: Callable[[Any], Any]) -> None:
        ordered = sorted(self.items(), key=lambda kv: key(kv[1]))  # a group starts with its match's fields
        self.clear()
        self.update(ordered)


def weigh_groups(groups: Groups, founds: list[dict[str, list[float]]]) -> None:
    """Each group's weights, once per occurrence, into its field's concept weights (the
    multiset the per-occurrence loop gave: strengths sort the weights before summing)."""
    for fi, _, _, pairs, _, count in groups.values():
        found = founds[fi]
        for concept, weight in pairs:
            ws = found.get(concept)
            if ws is None:
                found[concept] = [weight] * count if count > 1 else [weight]
            elif count == 1:
                ws.append(weight)
            else:
                ws += [weight] * count


def acronym_as_written(term: str, cased: str) -> bool:
    """The matched word shows the acronym as written (or in capitals), and any ending written
    onto it is in small letters (ОшМУнун, not "CASE" for CAS). A key written with a small first
    letter ("из Таласа", "страны ЦА") also stands with a capital one, as it does opening a
    headline or a sentence ("Из Таласа в Пекин")."""
    n = len(cased)
    head = term[:n]
    if "'" in cased:  # O'zMU written O‘zMU or Oʻzmu: any apostrophe is one
        head = head.translate(_APOSTROPHE_TABLE)
    if head != cased and head != cased.upper() and not (cased[0].islower() and head == cased[0].upper() + cased[1:]):
        return False
    return len(term) == n or term[n:].islower()


def misread(entry: Entry, term: str) -> bool:
    """The entry is case-sensitive (an acronym) and the matched word does not show it as
    written: not this entry's reading."""
    cased = entry[2]
    return bool(cased) and not acronym_as_written(term, cased)


def collect_plain(tables: tuple, hits: list, text: str, fstarts: tuple, deferred: list,
                  groups: Groups) -> tuple[list, bool, bool]:
    """The occurrences of ``hits`` (``Matcher.hits``) in an item whose normalised text keeps
    its offsets (nothing squeezed, no offset map), grouped by text, field and entry into
    ``groups`` (``classify_to_dict``). A repeat costs a slice and one dict look-up; checks
    run once per group. Returns the place matches per field, whether there are any, and
    whether a kept match names a side (an entry of ``side_eids``: rules.yaml ``no_side``)."""
    simple, lemmas, place_eids, entries, side_eids = tables
    named = False
    get = groups.get
    places: list[list[tuple[int, int, Entry]]] = [[], [], [], []]
    fi = 0
    fstart = 0
    bound = fstarts[1]
    reach = 0
    for start, neg_end, eid in hits:
        if start < reach:
            continue  # overlapped by a longer match to its left
        if start >= bound:  # the next field
            while fi < 3 and start >= fstarts[fi + 1]:
                fi += 1
            bound = fstarts[fi + 1] if fi < 3 else len(text) + 1
            fstart = fstarts[fi]
        end = -neg_end
        term = text[start:end]
        key = (term, fi, eid)
        group = get(key)
        if group is not None:  # a repeat (most occurrences): the same text of the same entry, checked already
            reach = end
            group[5] += 1
            if eid in place_eids:
                places[fi].append((start, end, entries[eid]))
            continue
        pairs = simple[eid]
        if pairs is None:  # case-sensitive or guarded
            entry = entries[eid]
            if misread(entry, term):
                continue  # not this reading ("в казну"; КАЗНУ is fine): another may stand here
        reach = end
        if eid in place_eids:
            places[fi].append((start, end, entries[eid]))
        if pairs is None:
            if entry[3]:
                deferred.append((fi, term, start - fstart, entry))  # guarded: decided on the whole item
                continue
            pairs = entry[0]
        groups[key] = [fi, start - fstart, term, pairs, lemmas[eid], 1]
        if eid in side_eids:
            named = True
    return places, bool(places[0] or places[1] or places[2] or places[3]), named

def collect(tables: tuple, hits: list, norm: Any, texts: tuple, fstarts: tuple, nstarts: tuple, sq_starts: Any,
            sq_shift: Any, deferred: list, found_hits: Any, compact: bool) -> tuple[list, bool, bool]:
    """The general case of :func:`collect_plain`: offsets mapped back through the squeeze
    and the normalisation, and (without ``compact``) every occurrence listed in order."""
    simple, lemmas, place_eids, entries, side_eids = tables
    named = False
    identity = norm.starts is None
    add_hit = found_hits.append
    places: list[list[tuple[int, int, Entry]]] = [[], [], [], []]
    has_places = False
    fi = 0
    fstart = 0
    bound = nstarts[1]
    field_text = texts[0]
    reach = 0
    for start, neg_end, eid in hits:
        if start < reach:
            continue  # overlapped by a longer match to its left
        end = -neg_end
        if sq_starts is not None:  # back to the unsqueezed text's offsets
            start, end = (start + sq_shift[bisect_left(sq_starts, start)],
                          end + sq_shift[bisect_left(sq_starts, end - 1)])
        if start >= bound:  # the next field
            while fi < 3 and start >= nstarts[fi + 1]:
                fi += 1
            bound = nstarts[fi + 1] if fi < 3 else len(norm.text) + 1
            fstart = fstarts[fi]
            field_text = texts[fi]
        nstart, nend = norm.span(start, end) if not identity else (start, end)
        term = field_text[nstart - fstart:nend - fstart]
        pairs = simple[eid]
        if pairs is None:  # case-sensitive or guarded
            entry = entries[eid]
            if misread(entry, term):
                continue  # not this reading ("в казну"; КАЗНУ is fine): another may stand here
        reach = -neg_end
        if eid in place_eids:
            places[fi].append((start, end, entries[eid]))
            has_places = True
        start = nstart - fstart
        if pairs is None:
            if entry[3]:
                deferred.append((fi, term, start, entry))  # guarded: decided on the whole item
                continue
            pairs = entry[0]
        if eid in side_eids:
            named = True
        if compact:  # group repeats at once (a long text names "China" many times)
            key = (term, fi, eid)
            group = found_hits.get(key)
            if group is None:
                found_hits[key] = [fi, start, term, pairs, lemmas[eid], 1]
            else:
                group[5] += 1
        else:
            add_hit((fi, start, term, pairs, lemmas[eid]))
    return places, has_places, named


# Round 51: where a dateline stands. "ALMATY:", "Almaty, Kazakhstan", "Toshkent, 5-dekabr" are a
# dateline only at the start of the title or the lede (before them nothing but digits, quotes or
# dashes) or right after an agency's credit ("Kazinform — ALMATY:"); in the middle of prose ("met
# peers in Almaty: the forum backed…", "universities in Almaty, Kazakhstan, and Urumqi") the same
# words name the place alone. Credits and correspondents ("Toshkent, UzA", 新华社塔什干电,
# "хабарнигори Синхуа дар Тоҷикистон") are the source wherever they stand and are not moved.
_PLACED = re.compile(r"[:：]\s*$|,\s*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
                     r"kazakhstan|uzbekistan|kyrgyzstan|tajikistan|turkmenistan)")
_CREDIT = re.compile(r"(?:xinhua|синьхуа|синхуа|sinxua|sinhua|kazinform|казинформ|kabar|кабар|khovar|ховар|"
                     r"uza|уза|dunyo|дунё|tdh|тдх|akipress|акипресс|reuters|ap|afp|tass|тасс|sputnik|спутник|"
                     r"trend|тренд|interfax|интерфакс|asia-plus|азия-плюс|tengrinews|тенгриньюс|24\.kg|"
                     r"kun\.uz|新华社)\W*$")
_LETTER = re.compile(r"[^\W\d_]")


def placed_datelines(hits: list, text: str, twins: dict[int, int], sq_starts: Any, sq_shift: Any) -> list:
    """``hits`` (``Matcher.hits``) with every dateline that does not stand where a dateline does
    read as its twin entry (the same place, without ``dateline``). ``text`` is the normalised text
    the hits were found in (fields joined by NUL); ``twins`` maps a dateline entry id to its twin's."""
    out = None
    for i, (start, neg_end, eid) in enumerate(hits):
        twin = twins.get(eid)
        if twin is None:
            continue
        s, e = start, -neg_end
        if sq_starts is not None:  # back to the unsqueezed text's offsets
            s, e = s + sq_shift[bisect_left(sq_starts, s)], e + sq_shift[bisect_left(sq_starts, e - 1)]
        if not _PLACED.search(text[s:e]):
            continue  # a credit or a correspondent: the source wherever it stands
        head = text[text.rfind("\x00", 0, s) + 1:s]
        if not _LETTER.search(head) or _CREDIT.search(head):
            continue  # the start of its field, or after a credit
        if out is None:
            out = list(hits)
        out[i] = (start, neg_end, twin)
    return hits if out is None else out
