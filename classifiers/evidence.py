"""The evidence a classification gathers besides plain matches: pairs of places named side by
side, guarded matches allowed by their context, China named in pinyin, the implied side.

Functions over the hits and strengths :meth:`classifiers.classifier.Classifier._evaluate`
collects; each adds what it finds, in place, so one item is scanned once.
"""

from __future__ import annotations

from typing import Any

from .implied import detect, may_detect, pinyin_institutions
from .matcher import Entry
from .outlets import resolve as resolve_outlet

URL_FIELD = 4  # an outlet's match: field "url", offset 0, the host as its term

_GAP_STRIP = " \t\n\r,;:/&·-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u3001\uff0c"
_GAP_MAX = 24


def joined(gap: str, connectors: frozenset[str]) -> bool:
    """True when the text between two matches is only punctuation and connector words."""
    if len(gap) > _GAP_MAX:
        return False
    words = gap.strip(_GAP_STRIP)
    if not words:
        return True
    return all(w.strip(_GAP_STRIP) in connectors for w in words.split())


def hit_order(hit: tuple) -> tuple[int, int]:
    return hit[0], hit[1]


def find_pairs(raw: list, text: str, weight: float, pairs: dict[str, float], places: dict[int, frozenset[str]],
               connectors: frozenset[str], pair_defs: tuple) -> None:
    """Add the field's pairs: runs of place matches joined only by connectors.

    "Kazakhstan and Russia", "Sino-Kazakh", "Казахстан, Россия и Китай",
    "中国与哈萨克斯坦": each run counts once for every pair whose two sides
    it holds, weighted like a match in this field.
    """
    run: set[str] = set()
    last_end = -1
    for start, end, entry in raw:
        concepts = places.get(id(entry))
        if concepts is None:
            continue
        if run and not joined(text[last_end:start], connectors):
            close_run(run, weight, pairs, pair_defs)
            run = set()
        run |= concepts
        last_end = end
    if run:
        close_run(run, weight, pairs, pair_defs)


def close_run(run: set[str], weight: float, pairs: dict[str, float], pair_defs: tuple) -> None:
    for name, (left, right) in pair_defs:
        if not run.isdisjoint(left) and not run.isdisjoint(right):
            pairs[name] = pairs.get(name, 0.0) + weight


def add_pinyin(pinyin_side: tuple, texts: tuple[str, str, str], founds: list[dict[str, list[float]]],
                found_hits: list[tuple[int, int, str, tuple, str]]) -> None:
    """China named by a pinyin institution name ("Liaodong University") or by an officer of "our
    university" named in pinyin (round 47), in an item that names the other side and not China
    (implied.pinyin_institutions)."""
    china, own, others = pinyin_side
    f0, f1, f2, f3 = founds
    if not (own.isdisjoint(f0) and own.isdisjoint(f1) and own.isdisjoint(f2) and own.isdisjoint(f3)):
        return  # China is named
    if others.isdisjoint(f0) and others.isdisjoint(f1) and others.isdisjoint(f2) and others.isdisjoint(f3):
        return  # the other side is not
    added = False
    for fi in (0, 1):
        for start, end, name in pinyin_institutions(texts[fi]):
            found_hits.append((fi, start, texts[fi][start:end], ((china, 1.0),),
                               f"an officer of the writer's university named in pinyin ({name[9:]})"
                               if name.startswith("officer: ") else f"a Chinese institution named in pinyin ({name})"))
            founds[fi].setdefault(china, []).append(1.0)
            added = True
    if added:
        found_hits.sort(key=hit_order)


def imply(implied: Any, texts: tuple[str, str, str], lang: str | None, totals: dict[str, float],
          found_hits: list[tuple[int, int, str, tuple, str]], url: str | None = None, *,
          academic_only: bool = False) -> str | None:
    """The implied side: when one side is named and the other is not, the language the
    text is written in may stand for the missing one (a Kyrgyz text naming China implies
    Kyrgyzstan; a Chinese text naming Central Asia, China) — or, when the language implies
    nothing missing, the outlet the item's ``url`` belongs to (a .kz university's site naming
    China implies Kazakhstan). One of the two at most: the same value either way, so they never
    add up. Returns the name of the rules' value it fills (its value is then 1.0; None when
    none) and adds a match that shows the evidence: ``'өттү' →
    kg (implied: the text is in Kyrgyz (letter ө, letter ү))``, ``url 'kaznu.kz' → kz
    (implied: the outlet is in Kazakhstan)``; the country joins the decision's countries (its
    total is 0.0: it adds no strength, the rules decide what it is worth).

    Round 90: ``academic_only`` (``implied.outlet_when`` held, ``implied.when`` did not): the
    language is not read, and only an academic outlet (a university's or an academy's own site)
    implies its side."""
    missing = [name for name, side in implied.values.items() if side.isdisjoint(totals)]
    if not missing or len(missing) == len(implied.values):
        return None
    if academic_only:
        outlet = resolve_outlet(url) if url else None
        if outlet is None or outlet.kind is None:
            return None
        return _outlet_side(outlet, implied, missing, totals, found_hits)
    # detect() (~60 µs) only when its answer can fill a missing side: a language standing for it
    # whose signs the text has (implied.may_detect; Russian and English texts have none).
    filled = implied.values[missing[0]] if len(missing) == 1 else frozenset().union(
        *(implied.values[name] for name in missing))
    wanted = [code for code, concept in implied.languages.items() if concept in filled]
    evidence = detect(texts[0], texts[1], lang) if may_detect(texts[0], texts[1], wanted) else None
    concept = implied.languages.get(evidence.lang) if evidence is not None else None
    if concept is not None:
        for name in missing:
            if concept in implied.values[name]:
                totals.setdefault(concept, 0.0)
                found_hits.append((evidence.field, evidence.offset, evidence.term,  # type: ignore[union-attr]
                                   ((concept, 0.0),), f"implied: {evidence.reason}"))  # type: ignore[union-attr]
                found_hits.sort(key=hit_order)
                return name
    outlet = resolve_outlet(url) if url else None
    if outlet is None:
        return None
    return _outlet_side(outlet, implied, missing, totals, found_hits)


def _outlet_side(outlet: Any, implied: Any, missing: list[str], totals: dict[str, float],
                 found_hits: list[tuple[int, int, str, tuple, str]]) -> str | None:
    """The implied value the outlet's country fills, and its match of field "url"."""
    for name in missing:
        if outlet.concept in implied.values[name]:
            totals.setdefault(outlet.concept, 0.0)
            found_hits.append((URL_FIELD, 0, outlet.host, ((outlet.concept, 0.0),), f"implied: {outlet.reason}"))
            found_hits.sort(key=hit_order)
            return name
    return None


_OUTLET_IS = {"university": "a university's own site", "academy": "an academy's or a research institute's own site"}


def add_outlet_subject(subject: Any, sides: tuple[frozenset[str], ...], url: str, totals: dict[str, float],
                       found_hits: list[tuple[int, int, str, tuple, str]], cap: float) -> None:
    """Round 50: an academic outlet is a subject. When the item's ``url`` is a university's or an
    academy's own site (outlets.yaml ``academic``), the item names a side the outlet is not in
    (a .cn site naming Kazakhstan, a .uz site naming China) and ``subject.when`` holds over its
    totals (a meeting, a visit, a delegation, an envoy or an agreement; no other partner, no hard
    negative, no domestic marker), the outlet counts as ``subject.kinds[kind]`` (university, or
    research for an academy) at ``subject.weight``, shown as a match of field "url":
    ``url 'lzu.edu.cn' → university (implied: the outlet is a university's own site)``. The caller
    has checked that one of ``subject.needs`` is matched; the outlet is looked up once per origin."""
    outlet = resolve_outlet(url)
    if outlet is None or outlet.kind is None:
        return
    concept = subject.kinds.get(outlet.kind)
    if concept is None:
        return
    for side in sides:
        if outlet.concept not in side and any(totals.get(c, 0.0) > 0.0 for c in side):
            break
    else:
        return  # only the outlet's own side is named
    if not subject.check(totals):
        return
    value = totals.get(concept, 0.0) + subject.weight
    totals[concept] = value if value < cap else cap
    found_hits.append((URL_FIELD, 0, outlet.host, ((concept, subject.weight),),
                       f"implied: the outlet is {_OUTLET_IS[outlet.kind]}"))
    found_hits.sort(key=hit_order)


def add_guarded(deferred: list[tuple[int, str, int, Entry]], founds: list[dict[str, list[float]]],
                 found_hits: list[tuple[int, int, str, tuple, str]]) -> None:
    """Add the guarded matches whose context allows them.

    The context is every concept matched without a guard anywhere in the item: a match
    with ``unless`` concepts is dropped when one of them is there (中乌 with 乌克兰 named:
    China–Ukraine); one with ``needs`` concepts is kept only when one of them is there
    (an ambiguous short name of an institution, when its country is named too).
    """
    present = {c for found in founds for c in found}
    added = False
    for fi, term, start, entry in deferred:
        if not present.isdisjoint(entry[4]) or (entry[5] and present.isdisjoint(entry[5])):
            continue
        found_hits.append((fi, start, term, entry[0], entry[1]))
        added = True
        for concept, weight in entry[0]:
            founds[fi].setdefault(concept, []).append(weight)
    if added:
        found_hits.sort(key=hit_order)
