"""Value objects returned by Classifier.classify(): Match, RuleHit, Decision."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

Field = Literal["title", "summary", "content", "article", "url"]


@dataclass(frozen=True, slots=True)
class Match:
    """One term found in the text.

    ``term`` is the text as it appeared (original case and script),
    ``offset`` its character offset in that field's original text, ``lemma`` what the
    vocabulary wrote when that differs from the form found: the lemma of an inflected form
    (``'Китая'`` → ``Китай``) or the institution or place a name stands for
    (``institution: Al-Farabi Kazakh National University``); empty otherwise.
    """

    term: str
    concept: str
    field: Field
    offset: int
    lemma: str = ""

    def to_dict(self) -> dict[str, Any]:
        out = {"term": self.term, "concept": self.concept, "field": self.field, "offset": self.offset}
        if self.lemma:
            out["lemma"] = self.lemma
        return out


_new = object.__new__


class MatchDraft:
    """A Match under construction: the same slots as Match (so the same memory layout) without
    the frozen ``__setattr__``, so plain attribute stores fill it (the interpreter's fastest
    store, where each frozen slot's descriptor ``__set__`` call costs a call and an argument
    tuple); then ``draft.__class__ = Match`` makes it a Match — of type Match, equal, hashed
    and frozen as one (CPython allows ``__class__`` assignment between classes of the same
    layout; ``test_decision`` checks all of it)."""

    __slots__ = Match.__slots__  # type: ignore[attr-defined]


def make_match(term: str, concept: str, field: str, offset: int, lemma: str = "") -> Match:
    """Build a Match without the dataclass __init__ (about four times as fast; a classify() may
    make hundreds): filled as a :class:`MatchDraft`, then made a Match. The result is an
    ordinary, equal, frozen Match (tests check this)."""
    m = _new(MatchDraft)
    m.term = term
    m.concept = concept
    m.field = field
    m.offset = offset
    m.lemma = lemma
    m.__class__ = Match  # type: ignore[assignment]
    return m  # type: ignore[return-value]


def compact_matches(matches: Iterable[tuple[str, str, str, int, str]]) -> list[dict[str, Any]]:
    """Match dicts from (term, concept, field, offset, lemma) tuples in order: one per (term
    case-folded, concept, field), the first, with a ``count`` of its occurrences (and its
    ``lemma`` when it has one)."""
    seen: dict[tuple[str, str, str], list[Any]] = {}
    for term, concept, field, offset, lemma in matches:
        key = (term.casefold(), concept, field)
        kept = seen.get(key)
        if kept is None:
            seen[key] = [term, concept, field, offset, 1, lemma]
        else:
            kept[4] += 1
    return [{"term": t, "concept": c, "field": f, "offset": o, "count": n, "lemma": lem} if lem else
            {"term": t, "concept": c, "field": f, "offset": o, "count": n}
            for t, c, f, o, n, lem in seen.values()]


@dataclass(frozen=True, slots=True)
class RuleHit:
    """A rule whose condition held: its score contribution, or a veto."""

    id: str
    contribution: float
    veto: bool
    why: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "contribution": self.contribution, "veto": self.veto}


class RuleHitDraft:
    """A RuleHit under construction (see :class:`MatchDraft`)."""

    __slots__ = RuleHit.__slots__  # type: ignore[attr-defined]


def make_rule_hit(rule_id: str, contribution: float, veto: bool, why: str) -> RuleHit:
    """``RuleHit(rule_id, contribution, veto, why)`` without the frozen __init__ (see make_match)."""
    hit = _new(RuleHitDraft)
    hit.id = rule_id
    hit.contribution = contribution
    hit.veto = veto
    hit.why = why
    hit.__class__ = RuleHit  # type: ignore[assignment]
    return hit  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class Decision:
    """The classifier's verdict on one item, with everything needed to explain it."""

    relevant: bool
    score: float
    countries: tuple[str, ...]
    topics: tuple[str, ...]
    matches: tuple[Match, ...]
    rules_version: str
    rules: tuple[RuleHit, ...] = ()
    threshold: float = 0.0

    def to_dict(self, compact: bool = False) -> dict[str, Any]:
        """A JSON-friendly dict (lists, strings, numbers, booleans only).

        With ``compact=True`` each distinct (term case-folded, concept, field) is listed
        once, as its first match with a ``count`` of its matches: what a stored decision
        keeps (a 2 KB article can repeat "China" dozens of times). Grouping the Match
        objects before making dicts costs half of making every dict and grouping those.
        """
        if compact:
            return self.with_matches(
                compact_matches((m.term, m.concept, m.field, m.offset, m.lemma) for m in self.matches))
        return self.with_matches([m.to_dict() for m in self.matches])

    def with_matches(self, matches: list[dict[str, Any]]) -> dict[str, Any]:
        """:meth:`to_dict` with the given match dicts (``Classifier.classify_to_dict`` passes
        the compact ones it built without Match objects)."""
        return {
            "relevant": self.relevant,
            "score": self.score,
            "countries": list(self.countries),
            "topics": list(self.topics),
            "matches": matches,
            "rules_version": self.rules_version,
            "rules": [r.to_dict() for r in self.rules],
        }

    def explain(self) -> str:
        """A readable, multi-line account of the decision."""
        verdict = "RELEVANT" if self.relevant else "not relevant"
        vetoes = [r for r in self.rules if r.veto]
        lines = [
            (f"Decision: {verdict} (score {self.score:.2f}, threshold {self.threshold:.2f}; "
            f"rules {self.rules_version})")
        ]
        if vetoes:
            lines.append("Vetoed by: " + ", ".join(r.id for r in vetoes))
        lines.append("Countries: " + (", ".join(self.countries) or "none"))
        lines.append("Topics: " + (", ".join(self.topics) or "none"))
        lines.append("Rules fired:" if self.rules else "Rules fired: none")
        for r in self.rules:
            head = "  VETO " if r.veto else f"  {r.contribution:+.2f}"
            lines.append(f"{head}  {r.id}" + (f" — {r.why}" if r.why else ""))
        lines.append(f"Matches ({len(self.matches)}):" if self.matches else "Matches: none")
        for m in self.matches:
            where = "url" if m.field == "url" else f"{m.field}@{m.offset}"
            lines.append(f"  {where:<14} {m.term!r} → {m.concept}" + (f" ({m.lemma})" if m.lemma else ""))
        return "\n".join(lines)


class DecisionDraft:
    """A Decision under construction (see :class:`MatchDraft`)."""

    __slots__ = Decision.__slots__  # type: ignore[attr-defined]


def make_decision(relevant: bool, score: float, countries: tuple[str, ...], topics: tuple[str, ...],
                  matches: tuple[Match, ...], rules_version: str, rules: tuple[RuleHit, ...],
                  threshold: float) -> Decision:
    """``Decision(...)`` with every field given, without the frozen __init__ (see make_match)."""
    d = _new(DecisionDraft)
    d.relevant = relevant
    d.score = score
    d.countries = countries
    d.topics = topics
    d.matches = matches
    d.rules_version = rules_version
    d.rules = rules
    d.threshold = threshold
    d.__class__ = Decision  # type: ignore[assignment]
    return d  # type: ignore[return-value]
