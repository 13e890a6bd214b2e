"""The Classifier: a compiled rule set and the pure classify() function."""

from __future__ import annotations

import functools
from operator import itemgetter, mul
from pathlib import Path
from typing import Any

from .compiled import compile_scoring
from .decision import Decision, Match, MatchDraft, RuleHit, make_decision, make_rule_hit
from .errors import InputError
from .collect import Groups, collect, collect_plain, placed_datelines, weigh_groups
from .evidence import add_guarded, add_outlet_subject, add_pinyin, find_pairs
from .expressions import FIELDS
from .matcher import Entry, Matcher
from .normalize import clean_surrogates, normalize
from .rules import RuleSet, load_ruleset

_new = object.__new__
_COUNTRY_ORDER = ("CN", "KZ", "UZ", "KG", "TJ", "TM")
_MAX_REPEATS = 32  # matches of one concept in one field beyond this add nothing visible

_HIT_FIELDS = (*FIELDS, "url")  # evidence.URL_FIELD: the outlet an item's url implies
_EID = itemgetter(2)  # a hit's entry id (Matcher.hits: start, -end, eid)


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
        # (concept, country code) in the order countries are listed: _COUNTRY_ORDER's, then by code.
        self._code_order = tuple(sorted(self._codes.items(), key=lambda cc: (
            (_COUNTRY_ORDER.index(cc[1]), "") if cc[1] in _COUNTRY_ORDER else (len(_COUNTRY_ORDER), cc[1]))))
        self._topics = frozenset(c.name for c in ruleset.concepts if c.kind == "topic")
        self._limits = tuple(ruleset.limits[f] for f in FIELDS)
        self._weights = tuple(ruleset.fields[f] for f in FIELDS)
        self._weights_content_only = (  # no title, no summary: the body weighs as a summary
            self._weights[0],
            self._weights[1],
            max(self._weights[1], self._weights[2]),
            max(self._weights[1], self._weights[3]),
        )
        self._decay = tuple(ruleset.decay**i for i in range(_MAX_REPEATS))
        self._pairs = tuple(ruleset.pairs.items())
        self._implied = ruleset.implied
        # Round 50: an academic outlet as a subject (rules.yaml `outlet_subject`), and the sides
        # (the implied values' concepts) it tells apart.
        self._outlet_subject = ruleset.outlet_subject
        self._sides = tuple(ruleset.implied.values.values()) if ruleset.implied is not None else ()
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
        # Entry ids whose concepts name a side: an item none of whose kept matches is one (and
        # with no guarded match waiting) is decided at once, before its weights are added up.
        self._side_eids = frozenset(eid for eid, entry in enumerate(self._entries)
                                    if self._no_side is not None and not self._no_side.isdisjoint(c for c, _ in entry[0]))
        # Round 51: each entry of a dateline ("ALMATY:") has a twin without `dateline`, which its
        # occurrences read as where no dateline stands (collect.placed_datelines)
        self._datelines: dict[int, int] = {}
        for eid, entry in enumerate(tuple(self._entries)):
            if any(c == "dateline" for c, _ in entry[0]):
                twin = (tuple(p for p in entry[0] if p[0] != "dateline"), *entry[1:])
                self._datelines[eid] = len(self._entries)
                self._entries += (twin,)  # type: ignore[assignment]
                self._simple += (None if (twin[2] or twin[3]) else twin[0],)
                self._lemmas += (twin[1],)
                if eid in self._side_eids:
                    self._side_eids = self._side_eids | {len(self._entries) - 1}
        self._tables = (self._simple, self._lemmas, self._place_eids, self._entries, self._side_eids)
        self._no_side_hit = (RuleHit(no_side[1].id, 0.0, True, no_side[1].why) if no_side else None)
        # A veto or a constant contribution makes the same RuleHit every time.
        self._fixed_hits = tuple(
            RuleHit(r.id, 0.0, True, r.why)
            if r.veto
            else (RuleHit(r.id, round(r.add, 4), False, r.why) if r.per is None else None)
            for r in ruleset.rules
        )
        self._score = compile_scoring(ruleset, make_rule_hit, self._fixed_hits)

    # classification --------------------------------------------------------
    def classify(
        self,
        title: str | None = None,
        summary: str | None = None,
        content: str | None = None,
        lang: str | None = None,
        article: str | None = None,
        url: str | None = None,
    ) -> Decision:
        """Classify one item. All fields are optional; `lang` is only a hint (see "Implied side":
        it adds a little to what the text's own letters and words say about its language).
        `article` is the main text of the page behind the item (docs/enrich.md): weighed
        like content, and its matches say field "article". `url` is the item's link: its
        outlet may imply a side ("Outlet": a .kz site naming China implies Kazakhstan), shown
        as a match of field "url".

        Each field is cut to the rule set's limits before scanning. Raises
        InputError when a field is not str, bytes or None.
        """
        found, totals, score, vetoed, rule_hits = self._evaluate(title, summary, content, lang, False, article, url)
        matches = []
        add_match = matches.append
        for fi, offset, term, pairs, lemma in found:
            field = _HIT_FIELDS[fi]
            for concept, _ in pairs:
                m = _new(MatchDraft)  # decision.make_match, inlined: the hottest line
                m.term = term
                m.concept = concept
                m.field = field
                m.offset = offset
                m.lemma = lemma
                m.__class__ = Match
                add_match(m)
        return self._decision(tuple(matches), totals, score, vetoed, rule_hits)

    def classify_to_dict(
        self,
        title: str | None = None,
        summary: str | None = None,
        content: str | None = None,
        lang: str | None = None,
        article: str | None = None,
        url: str | None = None,
    ) -> dict[str, Any]:
        """``classify(...).to_dict(compact=True)``, without building a Match per occurrence.

        What the monitor stores with each item: each distinct (term case-folded, concept,
        field) once, at its first offset, with a count. Occurrences are grouped by their text
        first (a 2 KB article repeats "China" dozens of times), then each group stands for its
        concepts.
        """
        groups, totals, score, vetoed, rule_hits = self._evaluate(title, summary, content, lang, True, article, url)
        out: dict[tuple[str, str, str], dict[str, Any]] = {}
        get = out.get
        for fi, offset, term, pairs, lemma, count in groups.values():
            field = _HIT_FIELDS[fi]
            folded = term.casefold()
            for concept, _ in pairs:
                k = (folded, concept, field)
                kept = get(k)
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
        # The codes of the concepts present, in _COUNTRY_ORDER then by code (_code_order), once each.
        present = [code for concept, code in self._code_order if concept in totals]
        if len(present) > 1:
            countries = tuple(dict.fromkeys(present))
        else:
            countries = tuple(present)
        found = self._topics.intersection(totals)
        if len(found) > 1:  # strongest first, then by name: the order is the key's alone
            # (sorted by name, then stably by strength, strongest first: as the key
            # (-strength, name) sorts, with no key tuple per topic)
            topics = tuple(sorted(sorted(found), key=totals.__getitem__, reverse=True))
        else:
            topics = tuple(found)
        return countries, topics

    def _decision(self, matches: tuple[Match, ...], totals: dict[str, float], score: float,
                  vetoed: bool, hits: list[RuleHit]) -> Decision:
        countries, topics = self._countries_topics(totals)
        threshold = self.ruleset.threshold
        return make_decision((not vetoed) and score >= threshold, score, countries, topics, matches, self.version,
                             tuple(hits), threshold)

    def _evaluate(
        self, title: str | None, summary: str | None, content: str | None, lang: str | None = None,
        compact: bool = False, article: str | None = None, url: str | None = None,
    ) -> tuple[Any, dict[str, float], float, bool, list[RuleHit]]:
        """Scan and score: the matches as (field index, offset, term, concept/weight pairs,
        lemma) in field and offset order (with ``compact``, grouped: each distinct text of an
        entry in a field once, as ``[field index, offset, term, pairs, lemma, count]``, in the
        order of first matches), the concept totals (with an implied side's concept at 0.0),
        the score, whether a veto fired, and the rules that fired."""
        limits = self._limits
        # str (the common case) is cut in place; anything else goes through _coerce.
        texts = (
            title[:limits[0]] if type(title) is str else _coerce("title", title, limits[0]),
            summary[:limits[1]] if type(summary) is str else _coerce("summary", summary, limits[1]),
            content[:limits[2]] if type(content) is str else _coerce("content", content, limits[2]),
            article[:limits[3]] if type(article) is str else _coerce("article", article, limits[3]),
        )
        weights = self._weights if (texts[0] or texts[1]) else self._weights_content_only
        found_hits: Any = Groups() if compact else []
        scanned: list[tuple[list, str, float]] = []
        founds: list[dict[str, list[float]]] = [{}, {}, {}, {}]
        deferred: list[tuple[int, str, int, Entry]] = []
        # The fields are scanned as one text, joined by NUL (no key holds it, and it is no word
        # character): one normalisation and one pass of the automaton per item.
        if texts[1] or texts[2] or texts[3]:
            joined = "\x00".join(texts)
            a, b, c = len(texts[0]) + 1, len(texts[1]) + 1, len(texts[2]) + 1
            fstarts = (0, a, a + b, a + b + c)
        else:
            joined = texts[0]
            fstarts = (0, len(joined) + 1, len(joined) + 2, len(joined) + 3)
        norm = normalize(joined)
        hits, sq_starts, sq_shift = self.matcher.hits(norm.text, norm.plain, norm.page)
        if hits and self._datelines and not self._datelines.keys().isdisjoint(map(_EID, hits)):
            hits = placed_datelines(hits, norm.text, self._datelines, sq_starts, sq_shift)
        if hits:
            identity = norm.starts is None
            if not identity:  # the slow path: lone surrogates (if any) become U+FFFD in the terms too
                texts = tuple(clean_surrogates(t) for t in texts)  # type: ignore[assignment]
            ntext = norm.text
            if identity:
                nstarts = fstarts
            else:  # the fields' starts in the normalised text (NUL is kept as it is)
                starts = [0]
                at = 0
                for k in (1, 2, 3):
                    at = ntext.find("\x00", at) if at >= 0 else -1
                    if at >= 0:
                        at += 1
                        starts.append(at)
                    else:
                        starts.append(len(ntext) + k)
                nstarts = tuple(starts)
            tables = self._tables
            if compact and identity and sq_starts is None:
                # The service's path on ordinary text (no squeeze, no offset map): group the
                # occurrences first, then weigh each group once (see _weigh_groups).
                places, has_places, named = collect_plain(tables, hits, joined, fstarts, deferred, found_hits)
            else:
                places, has_places, named = collect(tables, hits, norm, texts, fstarts, nstarts, sq_starts, sq_shift,
                                                 deferred, found_hits, compact)
            if not named and not deferred and self._no_side is not None:
                # No kept match names a side and no guarded one waits: the no_side decision
                # below, without weighing the matches (their weights would name no side).
                return found_hits, {}, 0.0, True, [self._no_side_hit]  # type: ignore[list-item]
            if compact:
                weigh_groups(found_hits, founds)
            else:
                for fi, _, _, pairs, _ in found_hits:
                    found = founds[fi]
                    for concept, weight in pairs:
                        ws = found.get(concept)
                        if ws is None:
                            found[concept] = [weight]
                        else:
                            ws.append(weight)
            if self._pairs and has_places:
                for fi in (0, 1, 2, 3):
                    if places[fi]:
                        scanned.append((places[fi], ntext, weights[fi]))
        if deferred:
            add_guarded(deferred, founds, found_hits)
        sides = self._no_side
        if sides is not None and (sides.isdisjoint(founds[0]) and sides.isdisjoint(founds[1])
                                  and sides.isdisjoint(founds[2]) and sides.isdisjoint(founds[3])):
            # No side at all (most items of a feed): decided at once (rules.yaml `no_side`).
            return found_hits, {}, 0.0, True, [self._no_side_hit]  # type: ignore[list-item]
        if self._pinyin_side is not None:
            add_pinyin(self._pinyin_side, texts, founds, found_hits)
        decay = self._decay
        totals: dict[str, float] = {}
        pairs_found: dict[str, float] = {}
        per_field: list[dict[str, float]] = [{}, {}, {}, {}]
        for fi in (0, 1, 2, 3):
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
                find_pairs(raw, norm_text, fw, pairs_found, self._entry_places, self.ruleset.connectors, self._pairs)
        cap = self.ruleset.concept_cap
        for concept, value in totals.items():
            if value > cap:
                totals[concept] = cap
        subject = self._outlet_subject
        if url and subject is not None and not subject.needs.isdisjoint(totals):
            add_outlet_subject(subject, self._sides, url, totals, found_hits, cap)
        score, vetoed, rule_hits = self._score(totals, per_field, pairs_found,
                                               (self._implied, texts, lang, totals, found_hits, url))
        return found_hits, totals, round(score, 4), vetoed, rule_hits

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
