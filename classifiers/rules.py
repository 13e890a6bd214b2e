"""Rule files: loading, validation and compilation into a RuleSet.

rules.yaml holds ``version``, ``vocabulary`` (files relative to it),
``limits``, ``fields``, ``decay``, ``concept_cap``, ``threshold``,
``groups``, ``pairs``, ``pairs_when``, ``connectors``, ``implied``, ``outlet_subject``,
``no_side`` and ``rules``; docs/classifier.md describes each key.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import RulesError, VocabularyError, did_you_mean
from .expressions import FIELDS, Compiled, compile_expression
from .gazetteer import add_gazetteer
from .normalize import normalize
from .vocabulary import Concept, load_vocabulary_file
from .yamlio import safe_load

_TOP_KEYS = {
    "version", "vocabulary", "gazetteer", "limits", "fields", "decay", "concept_cap", "threshold", "groups",
    "pairs", "pairs_when", "connectors", "implied", "outlet_subject", "no_side", "rules",
}
_RULE_KEYS = {"id", "when", "add", "per", "cap", "veto", "why"}
_RESERVED = {"and", "or", "not", "count", "title", "summary", "content", "article"}


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    when: Compiled
    add: float
    per: str | None
    cap: float | None
    veto: bool
    why: str


@dataclass(frozen=True, slots=True)
class Implied:
    """The implied side (rules.yaml ``implied``): which concept each text language stands for,
    the values rules read (each the side it fills), and the group or concept whose presence
    makes the classifier look at the language at all."""

    languages: dict[str, str]
    values: dict[str, frozenset[str]]
    when: Compiled  # over the same values as the rules (the implied values themselves are 0 then)
    # round 90: when ``when`` does not hold, an academic outlet alone (a university's or an academy's own
    # site, outlets.yaml ``academic``; never the language) may still imply its side when this holds
    outlet_when: Compiled | None = None


@dataclass(frozen=True, slots=True)
class OutletSubject:
    """An academic outlet as a subject (rules.yaml ``outlet_subject``, round 50): the concept each
    outlet kind counts for (``kinds``), at ``weight``, when ``when`` holds over the item's concept
    totals and the item names a side the outlet is not in; ``needs``: concepts one of which must be
    matched before the url is looked at (a cheap test first)."""

    kinds: dict[str, str]
    weight: float
    needs: frozenset[str]
    when: Compiled
    check: Any  # when, as a function of the concept totals


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Everything a Classifier needs, validated."""

    version: str
    path: Path
    concepts: tuple[Concept, ...]
    groups: dict[str, dict[str, float]]
    pairs: dict[str, tuple[frozenset[str], frozenset[str]]]
    pairs_when: frozenset[str] | None
    connectors: frozenset[str]
    rules: tuple[Rule, ...]
    limits: dict[str, int]
    fields: dict[str, float]
    decay: float
    concept_cap: float
    threshold: float
    forms_tables: list = field(default_factory=list)  # Russian forms: the rules folder's, then the bundled
    implied: Implied | None = None
    no_side: tuple[frozenset[str], Rule] | None = None  # (the sides' concepts, the veto rule)
    outlet_subject: OutletSubject | None = None


def _number(file: str, field: str, value: Any, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise RulesError(file, field, f"{value!r} is not a number from {low:g} to {high:g}")
    return float(value)


def _check_keys(file: str, field: str, raw: dict, allowed: Iterable[str], required: Iterable[str], example: str) -> None:
    """An unknown key of a section is named with the keys allowed (and the closest one); a missing
    required key is named with an example."""
    allowed = tuple(allowed)
    unknown = sorted(map(str, set(raw) - set(allowed)))
    if unknown:
        key = unknown[0]
        raise RulesError(file, f"{field}.{key}", f"unknown key; use {', '.join(allowed)}{did_you_mean(key, allowed)}")
    for key in required:
        if key not in raw:
            raise RulesError(file, f"{field}.{key}", f"missing; {example}")


def _resolve(path: str | Path | None) -> Path:
    if path is None:
        return Path(__file__).resolve().parent / "data" / "rules.yaml"
    p = Path(path)
    if p.is_dir():
        p = p / "rules.yaml"
    if not p.is_file():
        raise RulesError(str(p), "", "no such rules file; pass a rules.yaml or a folder holding one")
    return p


def load_ruleset(path: str | Path | None = None) -> RuleSet:
    """Load and validate a rules file and its vocabulary files."""
    p = _resolve(path)
    file = p.name
    try:
        data = safe_load(p.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise RulesError(file, "", f"not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise RulesError(file, "", "must be a mapping with version, vocabulary, groups and rules")
    unknown = set(data) - _TOP_KEYS
    if unknown:
        key = min(unknown)
        raise RulesError(file, key, f"unknown key; use {', '.join(sorted(_TOP_KEYS))}{did_you_mean(key, _TOP_KEYS)}")

    version = data.get("version")
    if not isinstance(version, (str, int, float)) or isinstance(version, bool) or not str(version).strip():
        raise RulesError(file, "version", 'missing; add a version such as version: "2025.11.1"')

    vocab_files = data.get("vocabulary")
    if not isinstance(vocab_files, list) or not vocab_files or not all(isinstance(v, str) for v in vocab_files):
        raise RulesError(file, "vocabulary", "must list vocabulary files, e.g. [vocab_places.yaml]")
    concepts: list[Concept] = []
    seen: dict[str, str] = {}
    for i, name in enumerate(vocab_files):
        vpath = p.parent / name
        if not vpath.is_file():
            raise RulesError(file, f"vocabulary[{i}]", f'"{name}" not found next to {file}')
        for concept in load_vocabulary_file(vpath):
            if concept.name in seen:
                raise VocabularyError(
                    vpath.name, f"concepts.{concept.name}", f"already defined in {seen[concept.name]}; rename one"
                )
            if concept.name in _RESERVED:
                raise VocabularyError(vpath.name, f"concepts.{concept.name}", "is a reserved word; rename it")
            seen[concept.name] = vpath.name
            concepts.append(concept)
    names = {c.name for c in concepts}
    known_list = ", ".join(sorted(names))
    if data.get("gazetteer") is not None:
        concepts = add_gazetteer(concepts, data["gazetteer"], p.parent, file)
    for concept in concepts:
        for term in concept.terms:
            for key, listed in (("also", term.concepts[1:]), ("unless", term.unless), ("needs", term.needs)):
                for extra in listed:
                    if extra not in names:
                        raise VocabularyError(
                            term.source.split(": ")[0],
                            term.source.split(": ", 1)[1] + "." + key,
                            f'unknown concept "{extra}" (known: {known_list})',
                        )

    # `article` (the page behind the item, docs/enrich.md) may be left out: it is then
    # limited and weighed as `content`, so rules written before it still load.
    limits_raw = data.get("limits", {"title": 1000, "summary": 8000, "content": 20000})
    if not isinstance(limits_raw, dict):
        raise RulesError(file, "limits", "must give title, summary and content (article optional), e.g. {title: 1000, ...}")
    _check_keys(file, "limits", limits_raw, FIELDS, FIELDS[:3], "give the characters scanned in it, e.g. 1000")
    limits = {k: int(_number(file, f"limits.{k}", v, 1, 10_000_000)) for k, v in limits_raw.items()}
    limits.setdefault("article", limits["content"])
    fields_raw = data.get("fields", {"title": 2.0, "summary": 1.0, "content": 0.6})
    if not isinstance(fields_raw, dict):
        raise RulesError(file, "fields", "must weigh title, summary and content (article optional), e.g. {title: 2, ...}")
    _check_keys(file, "fields", fields_raw, FIELDS, FIELDS[:3], "give the weight of a match in it, e.g. 1.0")
    fields = {k: _number(file, f"fields.{k}", v, 0, 100) for k, v in fields_raw.items()}
    fields.setdefault("article", fields["content"])
    decay = _number(file, "decay", data.get("decay", 0.5), 0, 1)
    cap = _number(file, "concept_cap", data.get("concept_cap", 3.0), 0.1, 1000)
    threshold = _number(file, "threshold", data.get("threshold"), -1000, 1000) if "threshold" in data else None
    if threshold is None:
        raise RulesError(file, "threshold", "missing; add e.g. threshold: 2.0")

    groups: dict[str, dict[str, float]] = {}
    groups_raw = data.get("groups", {}) or {}
    if not isinstance(groups_raw, dict):
        raise RulesError(file, "groups", "must map group names to lists or {concept: weight} mappings")
    for gname, members in groups_raw.items():
        where = f"groups.{gname}"
        if not isinstance(gname, str) or gname in names or gname in _RESERVED:
            raise RulesError(file, where, "a group name must differ from every concept and keyword")
        if isinstance(members, list):
            members = {m: 1.0 for m in members}
        if not isinstance(members, dict) or not members:
            raise RulesError(file, where, "must be a list of concepts or a {concept: weight} mapping")
        for member, weight in members.items():
            if member not in names:
                raise RulesError(file, f"{where}.{member}", f'unknown concept "{member}" (known: {known_list})')
            _number(file, f"{where}.{member}", weight, -100, 100)
        groups[gname] = {m: float(w) for m, w in members.items()}

    pairs: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    pairs_raw = data.get("pairs", {}) or {}
    if not isinstance(pairs_raw, dict):
        raise RulesError(file, "pairs", "must map pair names to [side, side], e.g. with_china: [ca, china]")
    for pname, sides in pairs_raw.items():
        where = f"pairs.{pname}"
        if not isinstance(pname, str) or pname in names or pname in groups or pname in _RESERVED:
            raise RulesError(file, where, "a pair name must differ from every concept, group and keyword")
        if not isinstance(sides, list) or len(sides) != 2:
            raise RulesError(file, where, "must be two sides, each a concept or group, e.g. [ca, china]")
        resolved = []
        for i, side in enumerate(sides):
            if side in groups:
                resolved.append(frozenset(groups[side]))
            elif side in names:
                resolved.append(frozenset([side]))
            else:
                raise RulesError(file, f"{where}[{i}]", f'unknown concept or group "{side}" (known: {known_list})')
        pairs[pname] = (resolved[0], resolved[1])
    pairs_when: frozenset[str] | None = None
    if data.get("pairs_when") is not None:
        trigger = data["pairs_when"]
        if trigger in groups:
            pairs_when = frozenset(groups[trigger])
        elif trigger in names:
            pairs_when = frozenset([trigger])
        else:
            raise RulesError(file, "pairs_when", f'unknown concept or group "{trigger}" (known: {known_list})')
    connectors_raw = data.get("connectors", []) or []
    if not isinstance(connectors_raw, list) or not all(isinstance(c, str) and c.strip() for c in connectors_raw):
        raise RulesError(file, "connectors", 'must be a list of words, e.g. [and, и, "与"]')
    connectors = frozenset(normalize(c).text.strip() for c in connectors_raw)

    implied = _implied(data.get("implied"), file, names, groups, pairs, known_list)
    known = names | set(groups) | set(pairs) | (set(implied.values) if implied else set())
    rules_raw = data.get("rules")
    if not isinstance(rules_raw, list) or not rules_raw:
        raise RulesError(file, "rules", "must be a list of rules with id, when and add or veto")
    rules: list[Rule] = []
    ids: set[str] = set()
    for i, raw in enumerate(rules_raw):
        where = f"rules[{i}]"
        if not isinstance(raw, dict):
            raise RulesError(file, where, "must be a mapping with id, when and add or veto")
        unknown = set(raw) - _RULE_KEYS
        if unknown:
            key = min(unknown)
            raise RulesError(file, f"{where}.{key}",
                             f"unknown key; use {', '.join(sorted(_RULE_KEYS))}{did_you_mean(key, _RULE_KEYS)}")
        rid = raw.get("id")
        if not isinstance(rid, str) or not rid:
            raise RulesError(file, f"{where}.id", "missing; give each rule a short unique id")
        if rid in ids:
            raise RulesError(file, f"{where}.id", f'"{rid}" is used twice; ids must be unique')
        ids.add(rid)
        when = compile_expression(raw.get("when"), known, file, f"{where}.when")
        for ref in when.refs:
            inner = ref[6:-1] if ref.startswith("count(") else ref.split(".", 1)[1] if "." in ref else None
            if inner in pairs:
                raise RulesError(
                    file, f"{where}.when", f'"{ref}": a pair is counted over the whole item; write just {inner}'
                )
        veto = raw.get("veto", False)
        if not isinstance(veto, bool):
            raise RulesError(file, f"{where}.veto", "must be true or false")
        if veto == ("add" in raw):
            raise RulesError(file, where, "give exactly one of `add: <number>` or `veto: true`")
        add = 0.0 if veto else _number(file, f"{where}.add", raw.get("add"), -100, 100)
        per = raw.get("per")
        if per is not None and per not in known:
            raise RulesError(file, f"{where}.per", f'unknown name "{per}" (known: {", ".join(sorted(known))})')
        if per is not None and veto:
            raise RulesError(file, f"{where}.per", "only an `add` rule can scale by a strength")
        rcap = raw.get("cap")
        if rcap is not None:
            if per is None:
                raise RulesError(file, f"{where}.cap", "only meaningful with `per`; remove it or add per")
            rcap = _number(file, f"{where}.cap", rcap, 0, 1000)
        rules.append(Rule(rid, when, add, per, rcap, veto, str(raw.get("why", "")).strip()))

    no_side = _no_side(data.get("no_side"), file, names, groups, rules, known_list)
    outlet_subject = _outlet_subject(data.get("outlet_subject"), file, names, groups, implied, known_list)
    return RuleSet(
        version=str(version),
        path=p,
        concepts=tuple(concepts),
        groups=groups,
        pairs=pairs,
        pairs_when=pairs_when,
        connectors=connectors,
        rules=tuple(rules),
        limits=limits,
        fields=fields,
        decay=decay,
        concept_cap=cap,
        threshold=threshold,
        forms_tables=_forms_tables(p.parent),
        implied=implied,
        no_side=no_side,
        outlet_subject=outlet_subject,
    )


def _no_side(raw: Any, file: str, names: set[str], groups: dict[str, dict[str, float]], rules: list[Rule],
             known_list: str) -> tuple[frozenset[str], Rule] | None:
    """``no_side: {sides: [china, china_hint, ca], rule: needs_china_and_central_asia}``: an item
    that names none of the sides is decided at once, vetoed by that rule (which must say so)."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise RulesError(file, "no_side", "must be {sides: [concept or group, ...], rule: <a veto rule's id>}")
    _check_keys(file, "no_side", raw, ("sides", "rule"), ("sides", "rule"), "no_side needs {sides: [...], rule: <id>}")
    if not isinstance(raw["sides"], list):
        raise RulesError(file, "no_side.sides", "must be a list of concepts or groups, e.g. [china, ca]")
    concepts: set[str] = set()
    for i, side in enumerate(raw["sides"]):
        if side in groups:
            concepts |= set(groups[side])
        elif side in names:
            concepts.add(side)
        else:
            raise RulesError(file, f"no_side.sides[{i}]", f'unknown concept or group "{side}" (known: {known_list})')
    by_id = {r.id: r for r in rules}
    rule = by_id.get(raw["rule"])
    if rule is None or not rule.veto:
        raise RulesError(file, "no_side.rule", f'"{raw["rule"]}" is not the id of a veto rule')
    return frozenset(concepts), rule


def _implied(raw: Any, file: str, names: set[str], groups: dict[str, dict[str, float]],
             pairs: dict[str, Any], known_list: str) -> Implied | None:
    """``implied: {languages: {kk: kz, …, zh: china}, values: {implied_ca: ca, …}, when: <expression>}``."""
    if raw is None:
        return None
    from .implied import NAMES

    if not isinstance(raw, dict):
        raise RulesError(file, "implied", "must be {languages: {kk: kz, ...}, values: {implied_ca: ca, ...}, when: \"scied >= 1\"}")
    _check_keys(file, "implied", raw, ("languages", "values", "when", "outlet_when"), (), "")

    def side(value: Any, where: str) -> frozenset[str]:
        if value in groups:
            return frozenset(groups[value])
        if value in names:
            return frozenset([value])
        raise RulesError(file, where, f'unknown concept or group "{value}" (known: {known_list})')

    languages = raw.get("languages") or {}
    if not isinstance(languages, dict) or not languages:
        raise RulesError(file, "implied.languages", "must map a language (kk, ky, uz, tg, tk, zh) to a concept")
    for lang, concept in languages.items():
        if lang not in NAMES:
            raise RulesError(file, f"implied.languages.{lang}", f"unknown language; use one of {', '.join(NAMES)}")
        if concept not in names:
            raise RulesError(file, f"implied.languages.{lang}", f'unknown concept "{concept}" (known: {known_list})')
    values_raw = raw.get("values") or {}
    if not isinstance(values_raw, dict) or not values_raw:
        raise RulesError(file, "implied.values", "must map value names to the side each fills, e.g. {implied_ca: ca}")
    values: dict[str, frozenset[str]] = {}
    for name, value in values_raw.items():
        if not isinstance(name, str) or name in names or name in groups or name in pairs or name in _RESERVED:
            raise RulesError(file, f"implied.values.{name}", "a value name must differ from every concept, group and keyword")
        values[name] = side(value, f"implied.values.{name}")
    when = compile_expression(raw.get("when", "1 > 0"), names | set(groups) | set(pairs), file, "implied.when")
    outlet_when = (compile_expression(raw["outlet_when"], names | set(groups) | set(pairs), file, "implied.outlet_when")
                   if raw.get("outlet_when") is not None else None)
    return Implied({str(k): str(v) for k, v in languages.items()}, values, when, outlet_when)


def _outlet_subject(raw: Any, file: str, names: set[str], groups: dict[str, dict[str, float]],
                    implied: Implied | None, known_list: str) -> OutletSubject | None:
    """``outlet_subject: {kinds: {university: university, academy: research}, weight: 1.0,
    needs: [cooperation, agreement], when: <expression>}`` (round 50; needs ``implied``, whose
    values tell the sides apart)."""
    if raw is None:
        return None
    from .outlets import KINDS

    shape = "must be {kinds: {university: university, academy: research}, weight: 1.0, needs: [cooperation], when: ...}"
    if not isinstance(raw, dict) or set(raw) != {"kinds", "weight", "needs", "when"}:
        raise RulesError(file, "outlet_subject", shape)
    if implied is None:
        raise RulesError(file, "outlet_subject", "needs `implied` (its values tell the sides apart); add it or remove this")
    kinds = raw["kinds"]
    if not isinstance(kinds, dict) or not kinds:
        raise RulesError(file, "outlet_subject.kinds", f"must map an outlet kind ({', '.join(KINDS)}) to a concept")
    for kind, concept in kinds.items():
        if kind not in KINDS:
            raise RulesError(file, f"outlet_subject.kinds.{kind}", f"unknown outlet kind; use one of {', '.join(KINDS)}")
        if concept not in names:
            raise RulesError(file, f"outlet_subject.kinds.{kind}", f'unknown concept "{concept}" (known: {known_list})')
    weight = _number(file, "outlet_subject.weight", raw["weight"], 0, 3)
    needs = raw["needs"]
    if not isinstance(needs, list) or not needs or not all(n in names for n in needs):
        raise RulesError(file, "outlet_subject.needs", f"must be a list of concepts (known: {known_list})")
    when = compile_expression(raw["when"], names | set(groups), file, "outlet_subject.when")
    for ref in when.refs:
        if "." in ref or ref.startswith("count("):
            raise RulesError(file, "outlet_subject.when", f'"{ref}": only whole-item strengths of concepts and groups')
    source = when.source
    for ref in sorted(when.refs, key=len, reverse=True):
        members = groups.get(ref, {ref: 1.0})
        source = source.replace(f"V[{ref!r}]", "(" + " + ".join(f"{w!r} * T.get({c!r}, 0.0)" for c, w in members.items()) + ")")
    check = eval(f"lambda T: {source}", {"__builtins__": {}})  # the expression language's checked source
    return OutletSubject({str(k): str(v) for k, v in kinds.items()}, weight, frozenset(needs), when, check)


def _forms_tables(folder: Path) -> list:
    """Russian forms: a forms file beside the rules (when there is one), then the bundled one."""
    from .forms import FORMS_FILE, bundled_forms, read_forms

    own = folder / FORMS_FILE
    bundled = bundled_forms()
    if own.resolve() == (Path(__file__).resolve().parent / "data" / FORMS_FILE):
        return [bundled]
    return [read_forms(own), bundled]
