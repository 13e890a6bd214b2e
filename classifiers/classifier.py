"""The Classifier: a compiled rule set and the pure classify() function."""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Callable
from operator import itemgetter, mul
from pathlib import Path
from typing import Any

from .decision import (
    Decision,
    Match,
    RuleHit,
    _set_concept,
    _set_field,
    _set_lemma,
    _set_offset,
    _set_term,
)
from .errors import InputError
from .expressions import FIELDS
from .implied import detect, pinyin_institutions
from .matcher import Entry, Matcher
from .normalize import APOSTROPHES, clean_surrogates, normalize
from .rules import RuleSet, load_ruleset

_new = object.__new__
_COUNTRY_ORDER = ("CN", "KZ", "UZ", "KG", "TJ", "TM")
_set_rule_id = RuleHit.__dict__["id"].__set__
_set_rule_contribution = RuleHit.__dict__["contribution"].__set__
_set_rule_veto = RuleHit.__dict__["veto"].__set__
_set_rule_why = RuleHit.__dict__["why"].__set__
_MAX_REPEATS = 32  # matches of one concept in one field beyond this add nothing visible


_APOSTROPHE_TABLE = str.maketrans({c: "'" for c in APOSTROPHES})
_GAP_STRIP = " \t\n\r,;:/&·-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u3001\uff0c"
_GAP_MAX = 24


def _joined(gap: str, connectors: frozenset[str]) -> bool:
    """True when the text between two matches is only punctuation and connector words."""
    if len(gap) > _GAP_MAX:
        return False
    words = gap.strip(_GAP_STRIP)
    if not words:
        return True
    return all(w.strip(_GAP_STRIP) in connectors for w in words.split())


def _hit_order(hit: tuple) -> tuple[int, int]:
    return hit[0], hit[1]


class _Groups(dict):
    """Matches grouped by text, entry and field (``classify_to_dict``): ``[first match, count]``
    in the order of first matches. ``append`` and ``sort`` take a match as the list of
    matches does, for the matches added after the scan (guarded, pinyin, implied)."""

    def append(self, hit: tuple) -> None:
        key = (hit[2], hit[0], id(hit[3]))
        group = self.get(key)
        if group is None:
            self[key] = [hit, 1]
        else:
            group[1] += 1

    def sort(self, key: Callable[[tuple], Any]) -> None:
        ordered = sorted(self.items(), key=lambda kv: key(kv[1][0]))
        self.clear()
        self.update(ordered)


def _acronym_as_written(term: str, cased: str) -> bool:
    """The matched word shows the acronym as written (or in capitals), and any ending written
    onto it is in small letters (ОшМУнун, not "CASE" for CAS)."""
    n = len(cased)
    head = term[:n]
    if "'" in cased:  # O'zMU written O‘zMU or Oʻzmu: any apostrophe is one
        head = head.translate(_APOSTROPHE_TABLE)
    if head != cased and head != cased.upper():
        return False
    return len(term) == n or term[n:].islower()


def _coerce(name: str, value: Any, limit: int) -> str:
    """The field as text, cut to `limit` characters first (so 5 MB costs what 20 KB does)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value[:limit]  # lone surrogates: cleaned when normalisation meets them (_evaluate)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value[: limit * 4]).decode("utf-8", errors="replace")[:limit]
    raise InputError(f"{name}: expected text (str), bytes or None, got {type(value).__name__}")


class Classifier:
    """Decides whether a news item is about China–Central Asia S&T/education cooperation.

    Build it with load_classifier(). It is immutable: classify() is a pure
    function of its arguments and safe to call from many threads at once.
    """

    def __init__(self, ruleset: RuleSet) -> None:
        self.ruleset = ruleset
        self.version = ruleset.version
        self.matcher = Matcher((t for c in ruleset.concepts for t in c.terms), ruleset.forms_tables)
        self._codes = {c.name: c.code for c in ruleset.concepts if c.code}
        self._topics = frozenset(c.name for c in ruleset.concepts if c.kind == "topic")
        self._limits = tuple(ruleset.limits[f] for f in FIELDS)
        self._weights = tuple(ruleset.fields[f] for f in FIELDS)
        self._weights_content_only = (
            self._weights[0],
            self._weights[1],
            max(self._weights[1], self._weights[2]),
        )
        self._decay = tuple(ruleset.decay**i for i in range(_MAX_REPEATS))
        self._values = self._compile_values()
        self._conditions = self._compile_conditions()
        self._implied_when = (
            eval(compile(f"lambda V: {ruleset.implied.when.source}", "<implied.when>", "eval"), {"__builtins__": {}})
            if ruleset.implied is not None else None)
        self._pairs = tuple(ruleset.pairs.items())
        self._implied = ruleset.implied
        # A Chinese institution named in pinyin stands for China in an item that names the
        # other side but not China (implied.pinyin_institutions): (china concept, China's
        # side, the other sides' concepts).
        self._pinyin_side = None
        imp = ruleset.implied
        if imp is not None and imp.languages.get("zh"):
            cn = imp.languages["zh"]
            own = frozenset().union(*(side for side in imp.values.values() if cn in side))
            others = frozenset().union(*(side for side in imp.values.values() if cn not in side))
            hints = frozenset(c.name for c in ruleset.concepts if c.kind == "hint")
            self._pinyin_side = (cn, own | hints, others)
        places = frozenset(c for left, right in ruleset.pairs.values() for c in left | right)
        # Place concepts of each matcher entry, keyed by the entry object's id:
        # entries live as long as the matcher, and scan() returns those objects.
        self._entry_places = {
            id(entry): found
            for entry in self.matcher.entries()
            if (found := frozenset(c for c, _ in entry[0] if c in places))
        }
        # Per entry id: its concept/weight pairs when it needs no check (None when it is
        # case-sensitive or guarded), and its lemma.
        self._entries = tuple(self.matcher.entries())
        self._simple = tuple(None if (e[2] or e[3]) else e[0] for e in self._entries)
        self._lemmas = tuple(e[1] for e in self._entries)
        # Entry ids that name a place (pairs are looked for among them).
        self._place_eids = frozenset(eid for eid, entry in enumerate(self.matcher.entries())
                                     if id(entry) in self._entry_places)
        # Items naming no side at all are decided at once (rules.yaml `no_side`).
        no_side = ruleset.no_side
        self._no_side = no_side[0] if no_side else None
        self._no_side_hit = (RuleHit(no_side[1].id, 0.0, True, no_side[1].why) if no_side else None)
        # A veto or a constant contribution makes the same RuleHit every time.
        self._fixed_hits = tuple(
            RuleHit(r.id, 0.0, True, r.why)
            if r.veto
            else (RuleHit(r.id, round(r.add, 4), False, r.why) if r.per is None else None)
            for r in ruleset.rules
        )

    # compilation -----------------------------------------------------------
    def _compile_values(self) -> Callable[[dict, list[dict], dict], dict]:
        """Build the function that turns concept strengths into the values rules read.

        Values: the names the rules (and ``implied.when``) read — concepts and groups (0 when
        absent), "<field>.<name>" for a strength in one field, "count(<group>)" for how many
        of a group's concepts matched, pairs, and the implied side's values (0 here; set
        later). Generated as straight-line Python over local variables (a group is a weighted
        sum, written out), which costs a fraction of looping over groups per item.
        """
        rs = self.ruleset
        refs: set[str] = set()
        for rule in rs.rules:
            refs |= rule.when.refs
            if rule.per:
                refs.add(rule.per)
        if rs.implied is not None:
            refs |= rs.implied.when.refs
        implied_names = set(rs.implied.values) if rs.implied is not None else set()
        local: dict[tuple[int, str], str] = {}  # (field or -1, concept) -> local variable

        def var(field: int, concept: str) -> str:
            key = (field, concept)
            if key not in local:
                local[key] = f"v{len(local)}"
            return local[key]

        def strength(field: int, name: str) -> str:
            members = rs.groups.get(name)
            if members is None:
                return var(field, name)
            return "(" + " + ".join(f"{w!r} * {var(field, c)}" for c, w in members.items()) + ")"

        exprs: dict[str, str] = {}
        for ref in sorted(refs):
            if ref in implied_names:
                exprs[ref] = "0.0"
            elif ref in rs.pairs:
                exprs[ref] = f"P.get({ref!r}, 0.0)"
            elif ref.startswith("count("):
                group = ref[6:-1]
                exprs[ref] = "float(" + " + ".join(f"({c!r} in T)" for c in rs.groups.get(group, {group: 1.0})) + ")"
            elif "." in ref:
                field, name = ref.split(".", 1)
                exprs[ref] = strength(FIELDS.index(field), name)
            else:
                exprs[ref] = strength(-1, ref)
        # Every concept a value reads is fetched at once per field (a zero-filled copy and one
        # itemgetter: C calls, not one dict.get per name), then summed in straight-line code.
        namespace: dict[str, Any] = {"__builtins__": {"float": float}}
        lines = ["def values(T, F, P):"]
        for field in sorted({f for f, _ in local}):
            names = [c for f, c in local if f == field]
            src = "T" if field < 0 else f"F[{field}]"
            namespace[f"ZERO{field + 1}"] = dict.fromkeys(names, 0.0)
            namespace[f"GET{field + 1}"] = itemgetter(*names) if len(names) > 1 else (lambda d, n=names[0]: (d[n],))
            lines.append(f"    d = ZERO{field + 1}.copy()")
            lines.append(f"    d.update({src})")
            lines.append("    " + ", ".join(local[(field, c)] for c in names) + f", = GET{field + 1}(d)")
        lines.append("    return {" + ", ".join(f"{k!r}: {v}" for k, v in exprs.items()) + "}")
        exec(compile("\n".join(lines), f"<rules {self.version}: values>", "exec"), namespace)
        return namespace["values"]

    def _compile_conditions(self) -> Callable[[dict], tuple]:
        # Sources come from expressions.compile_expression: only V["checked name"],
        # numbers, comparisons and and/or/not, so eval() sees nothing else.
        src = "lambda V: (" + "".join(f"{r.when.source}, " for r in self.ruleset.rules) + ")"
        return eval(compile(src, f"<rules {self.version}: when>", "eval"), {"__builtins__": {}})

    def _find_pairs(self, raw: list, text: str, weight: float, pairs: dict[str, float]) -> None:
        """Add the field's pairs: runs of place matches joined only by connectors.

        "Kazakhstan and Russia", "Sino-Kazakh", "Казахстан, Россия и Китай",
        "中国与哈萨克斯坦": each run counts once for every pair whose two sides
        it holds, weighted like a match in this field.
        """
        places = self._entry_places
        connectors = self.ruleset.connectors
        run: set[str] = set()
        last_end = -1
        for start, end, entry in raw:
            concepts = places.get(id(entry))
            if concepts is None:
                continue
            if run and not _joined(text[last_end:start], connectors):
                self._close_run(run, weight, pairs)
                run = set()
            run |= concepts
            last_end = end
        if run:
            self._close_run(run, weight, pairs)

    def _close_run(self, run: set[str], weight: float, pairs: dict[str, float]) -> None:
        for name, (left, right) in self._pairs:
            if not run.isdisjoint(left) and not run.isdisjoint(right):
                pairs[name] = pairs.get(name, 0.0) + weight

    # classification --------------------------------------------------------
    def classify(
        self,
        title: str | None = None,
        summary: str | None = None,
        content: str | None = None,
        lang: str | None = None,
    ) -> Decision:
        """Classify one item. All fields are optional; `lang` is only a hint (see "Implied side":
        it adds a little to what the text's own letters and words say about its language).

        Each field is cut to the rule set's limits before scanning. Raises
        InputError when a field is not str, bytes or None.
        """
        found, totals, score, vetoed, rule_hits = self._evaluate(title, summary, content, lang)
        matches = []
        add_match = matches.append
        for fi, offset, term, pairs, lemma in found:
            field = FIELDS[fi]
            for concept, _ in pairs:
                m = _new(Match)  # decision.make_match, inlined: the hottest line
                _set_term(m, term)
                _set_concept(m, concept)
                _set_field(m, field)
                _set_offset(m, offset)
                _set_lemma(m, lemma)
                add_match(m)
        return self._decision(tuple(matches), totals, score, vetoed, rule_hits)

    def classify_to_dict(
        self,
        title: str | None = None,
        summary: str | None = None,
        content: str | None = None,
        lang: str | None = None,
    ) -> dict[str, Any]:
        """``classify(...).to_dict(compact=True)``, without building a Match per occurrence.

        What the monitor stores with each item: each distinct (term case-folded, concept,
        field) once, at its first offset, with a count. Occurrences are grouped by their text
        first (a 2 KB article repeats "China" dozens of times), then each group stands for its
        concepts.
        """
        groups, totals, score, vetoed, rule_hits = self._evaluate(title, summary, content, lang, True)
        out: dict[tuple[str, str, str], dict[str, Any]] = {}
        for (fi, offset, term, pairs, lemma), count in groups.values():
            field = FIELDS[fi]
            folded = term.casefold()
            for concept, _ in pairs:
                k = (folded, concept, field)
                kept = out.get(k)
                if kept is None:
                    out[k] = ({"term": term, "concept": concept, "field": field, "offset": offset, "count": count,
                               "lemma": lemma} if lemma else
                              {"term": term, "concept": concept, "field": field, "offset": offset, "count": count})
                else:  # the same word in other letter case, or through another entry
                    kept["count"] += count
        countries, topics = self._countries_topics(totals)
        return {
            "relevant": (not vetoed) and score >= self.ruleset.threshold,
            "score": score,
            "countries": list(countries),
            "topics": list(topics),
            "matches": list(out.values()),
            "rules_version": self.version,
            "rules": [{"id": r.id, "contribution": r.contribution, "veto": r.veto} for r in rule_hits],
        }

    def _countries_topics(self, totals: dict[str, float]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        if not totals:
            return (), ()
        codes = self._codes
        present = {codes[c] for c in totals if c in codes}
        countries = tuple(code for code in _COUNTRY_ORDER if code in present) + tuple(
            sorted(present.difference(_COUNTRY_ORDER))
        )
        topics = tuple(sorted((c for c in totals if c in self._topics), key=lambda c: (-totals[c], c)))
        return countries, topics

    def _decision(self, matches: tuple[Match, ...], totals: dict[str, float], score: float,
                  vetoed: bool, hits: list[RuleHit]) -> Decision:
        countries, topics = self._countries_topics(totals)
        return Decision(
            relevant=(not vetoed) and score >= self.ruleset.threshold,
            score=score,
            countries=countries,
            topics=topics,
            matches=matches,
            rules_version=self.version,
            rules=tuple(hits),
            threshold=self.ruleset.threshold,
        )

    def _evaluate(
        self, title: str | None, summary: str | None, content: str | None, lang: str | None = None,
        compact: bool = False,
    ) -> tuple[Any, dict[str, float], float, bool, list[RuleHit]]:
        """Scan and score: the matches as (field index, offset, term, concept/weight pairs,
        lemma) in field and offset order (with ``compact``, grouped: each distinct text of an
        entry in a field once, as ``[first match, count]``, in the order of first matches),
        the concept totals (with an implied side's concept at 0.0), the score, whether a veto
        fired, and the rules that fired."""
        limits = self._limits
        texts = (
            _coerce("title", title, limits[0]),
            _coerce("summary", summary, limits[1]),
            _coerce("content", content, limits[2]),
        )
        weights = self._weights if (texts[0] or texts[1]) else self._weights_content_only
        found_hits: Any = _Groups() if compact else []
        add_hit = found_hits.append
        scanned: list[tuple[list, str, float]] = []
        founds: list[dict[str, list[float]]] = [{}, {}, {}]
        deferred: list[tuple[int, str, int, Entry]] = []
        # The fields are scanned as one text, joined by NUL (no key holds it, and it is no word
        # character): one normalisation and one pass of the automaton per item.
        if texts[1] or texts[2]:
            joined = "\x00".join(texts)
            fstarts = (0, len(texts[0]) + 1, len(texts[0]) + len(texts[1]) + 2)
        else:
            joined = texts[0]
            fstarts = (0, len(joined) + 1, len(joined) + 2)
        norm = normalize(joined)
        hits, sq_starts, sq_shift = self.matcher.hits(norm.text, norm.plain)
        if hits:
            identity = norm.starts is None
            if not identity:  # the slow path: lone surrogates (if any) become U+FFFD in the terms too
                texts = tuple(clean_surrogates(t) for t in texts)  # type: ignore[assignment]
            ntext = norm.text
            if identity:
                nstarts = fstarts
            else:  # the fields' starts in the normalised text (NUL is kept as it is)
                first = ntext.find("\x00")
                second = ntext.find("\x00", first + 1) if first >= 0 else -1
                nstarts = (0, first + 1 if first >= 0 else len(ntext) + 1,
                           second + 1 if second >= 0 else len(ntext) + 2)
            simple = self._simple
            lemmas = self._lemmas
            place_eids = self._place_eids
            entries = self._entries
            fi = 0
            fstart = 0
            bound = nstarts[1]
            field_text = texts[0]
            found = founds[0]
            places: list[list[tuple[int, int, Entry]]] = [[], [], []]
            reach = 0
            for start, neg_end, eid in hits:
                if start < reach:
                    continue  # overlapped by a longer match to its left
                end = reach = -neg_end
                if sq_starts is not None:  # back to the unsqueezed text's offsets
                    start, end = (start + sq_shift[bisect_left(sq_starts, start)],  # type: ignore[index]
                                  end + sq_shift[bisect_left(sq_starts, end - 1)])  # type: ignore[index]
                if start >= bound:  # the next field
                    while fi < 2 and start >= nstarts[fi + 1]:
                        fi += 1
                    bound = nstarts[fi + 1] if fi < 2 else len(ntext) + 1
                    fstart = fstarts[fi]
                    field_text = texts[fi]
                    found = founds[fi]
                if eid in place_eids:
                    places[fi].append((start, end, entries[eid]))
                if not identity:
                    start, end = norm.span(start, end)
                start -= fstart
                term = field_text[start:end - fstart]
                pairs = simple[eid]
                if pairs is None:  # case-sensitive or guarded
                    entry = entries[eid]
                    cased = entry[2]
                    if cased and not _acronym_as_written(term, cased):
                        continue  # a case-sensitive acronym written otherwise ("в казну"; КАЗНУ is fine)
                    if entry[3]:
                        deferred.append((fi, term, start, entry))  # guarded: decided on the whole item
                        continue
                    pairs = entry[0]
                if compact:  # group repeats at once (a long text names "China" many times)
                    key = (term, fi, eid)
                    group = found_hits.get(key)
                    if group is None:
                        found_hits[key] = [(fi, start, term, pairs, lemmas[eid]), 1]
                    else:
                        group[1] += 1
                else:
                    add_hit((fi, start, term, pairs, lemmas[eid]))
                for concept, weight in pairs:
                    ws = found.get(concept)
                    if ws is None:
                        found[concept] = [weight]
                    else:
                        ws.append(weight)
            if self._pairs:
                for fi in (0, 1, 2):
                    if places[fi]:
                        scanned.append((places[fi], ntext, weights[fi]))
        if deferred:
            self._add_guarded(deferred, founds, found_hits)
        sides = self._no_side
        if sides is not None and all(sides.isdisjoint(f) for f in founds):
            # No side at all (most items of a feed): decided at once (rules.yaml `no_side`).
            return found_hits, {}, 0.0, True, [self._no_side_hit]  # type: ignore[list-item]
        if self._pinyin_side is not None:
            self._add_pinyin(texts, founds, found_hits)
        decay = self._decay
        totals: dict[str, float] = {}
        pairs_found: dict[str, float] = {}
        per_field: list[dict[str, float]] = [{}, {}, {}]
        for fi in (0, 1, 2):
            found = founds[fi]
            if not found:
                continue
            fw = weights[fi]
            strengths = per_field[fi]
            for concept, ws in found.items():
                if len(ws) == 1:
                    value = fw * ws[0]
                else:
                    ws.sort(reverse=True)
                    value = fw * sum(map(mul, ws, decay))
                strengths[concept] = value
                totals[concept] = totals.get(concept, 0.0) + value
        when = self.ruleset.pairs_when
        if scanned and (when is None or not when.isdisjoint(totals)):
            for raw, norm_text, fw in scanned:
                self._find_pairs(raw, norm_text, fw, pairs_found)
        cap = self.ruleset.concept_cap
        for concept, value in totals.items():
            if value > cap:
                totals[concept] = cap
        values = self._values(totals, per_field, pairs_found)
        implied = self._implied
        if implied is not None and self._implied_when(values):
            self._imply(implied, texts, lang, totals, values, found_hits)
        flags = self._conditions(values)
        score = 0.0
        vetoed = False
        rule_hits: list[RuleHit] = []
        for rule, fixed, flag in zip(self.ruleset.rules, self._fixed_hits, flags):
            if not flag:
                continue
            if fixed is not None:  # veto or constant contribution: the same hit every time
                rule_hits.append(fixed)
                vetoed = vetoed or rule.veto
                score += fixed.contribution
                continue
            strength = values[rule.per]  # type: ignore[index]
            if rule.cap is not None and strength > rule.cap:
                strength = rule.cap
            amount = round(rule.add * strength, 4)
            score += amount
            hit = _new(RuleHit)  # RuleHit(rule.id, amount, False, rule.why) without the frozen __init__
            _set_rule_id(hit, rule.id)
            _set_rule_contribution(hit, amount)
            _set_rule_veto(hit, False)
            _set_rule_why(hit, rule.why)
            rule_hits.append(hit)
        return found_hits, totals, round(score, 4), vetoed, rule_hits

    def _add_pinyin(self, texts: tuple[str, str, str], founds: list[dict[str, list[float]]],
                    found_hits: list[tuple[int, int, str, tuple, str]]) -> None:
        """China named by a pinyin institution name ("Liaodong University"), in an item that
        names the other side and not China (implied.pinyin_institutions)."""
        china, own, others = self._pinyin_side  # type: ignore[misc]
        if any(not own.isdisjoint(f) for f in founds) or all(others.isdisjoint(f) for f in founds):
            return
        added = False
        for fi in (0, 1):
            for start, end, name in pinyin_institutions(texts[fi]):
                found_hits.append((fi, start, texts[fi][start:end], ((china, 1.0),),
                                   f"a Chinese institution named in pinyin ({name})"))
                founds[fi].setdefault(china, []).append(1.0)
                added = True
        if added:
            found_hits.sort(key=_hit_order)

    @staticmethod
    def _imply(implied: Any, texts: tuple[str, str, str], lang: str | None, totals: dict[str, float],
               values: dict[str, float], found_hits: list[tuple[int, int, str, tuple, str]]) -> None:
        """The implied side: when one side is named and the other is not, the language the
        text is written in may stand for the missing one (a Kyrgyz text naming China implies
        Kyrgyzstan; a Chinese text naming Central Asia, China). Sets the rules' value (1.0)
        and adds a match that shows the evidence: ``'өттү' → kg (implied: the text is in
        Kyrgyz (letter ө, letter ү))``; the country joins the decision's countries (its total
        is 0.0: it adds no strength, the rules decide what it is worth)."""
        missing = [name for name, side in implied.values.items() if side.isdisjoint(totals)]
        if not missing or len(missing) == len(implied.values):
            return
        evidence = detect(texts[0], texts[1], lang)
        if evidence is None:
            return
        concept = implied.languages.get(evidence.lang)
        if concept is None:
            return
        for name in missing:
            if concept in implied.values[name]:
                values[name] = 1.0
                totals.setdefault(concept, 0.0)
                found_hits.append((evidence.field, evidence.offset, evidence.term, ((concept, 0.0),),
                                   f"implied: {evidence.reason}"))
                found_hits.sort(key=_hit_order)
                return

    @staticmethod
    def _add_guarded(deferred: list[tuple[int, str, int, Entry]], founds: list[dict[str, list[float]]],
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
            found_hits.sort(key=_hit_order)

    def explain(self, title: str | None = None, summary: str | None = None, content: str | None = None) -> str:
        """classify() and return the decision's readable explanation."""
        return self.classify(title=title, summary=summary, content=content).explain()

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        """Pickle as "load these rules again" (compiled parts hold closures), e.g. for process pools."""
        return (load_classifier, (str(self.ruleset.path),))

    def __repr__(self) -> str:
        return f"<Classifier rules {self.version!r} from {self.ruleset.path}, {self.matcher.term_count} terms>"


@functools.lru_cache(maxsize=1)
def _bundled() -> Classifier:
    return Classifier(load_ruleset(None))


def load_classifier(path: str | Path | None = None) -> Classifier:
    """Compile a rule set: the bundled one (cached) or a rules file or folder.

    Raises RulesError (a ValueError) naming the file, field and fix when a
    rules or vocabulary file is wrong.
    """
    if path is None:
        return _bundled()
    return Classifier(load_ruleset(path))
