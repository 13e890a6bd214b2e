"""Rules compiled into straight-line Python: the values the rules read, their conditions and the score."""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from typing import Any

from .evidence import imply
from .expressions import FIELDS
from .rules import RuleSet


def compile_scoring(rs: RuleSet, rule_hit: Callable[[str, float, bool, str], Any], fixed_hits: tuple) -> Callable:
    """Build the function that scores an item from its concept strengths, in one call:
    ``score(T, F, P, implied_args) -> (score, vetoed, rule hits)``.

    ``T``: the concept totals, ``F``: the strengths per field, ``P``: the pairs. The values the
    rules (and ``implied.when``) read — concepts and groups (0 when absent), "<field>.<name>" for
    a strength in one field, "count(<group>)" for how many of a group's concepts matched, pairs,
    and the implied side's values (0, or 1 when ``evidence.imply(*implied_args)`` names one) —
    are local variables of straight-line Python (a group is a weighted sum, written out), each
    rule's condition is an ``if`` over them, and the rules that fire are listed in order:
    ``fixed_hits[i]`` for a veto or a constant contribution, ``rule_hit(id, amount, False, why)`` for
    a contribution per strength. The sums, caps and roundings are those the rules loop made
    over a dictionary of the values, in the same order.
    """
    refs: set[str] = set()
    for rule in rs.rules:
        refs |= rule.when.refs
        if rule.per:
            refs.add(rule.per)
    if rs.implied is not None:
        refs |= rs.implied.when.refs
        if rs.implied.outlet_when is not None:
            refs |= rs.implied.outlet_when.refs
    implied_names = list(rs.implied.values) if rs.implied is not None else []
    refs |= set(implied_names)
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
        # x * 1.0 is x exactly (IEEE 754), so a weight of 1 is left out: the same sum, fewer operations.
        return "(" + " + ".join(var(field, c) if w == 1.0 else f"{w!r} * {var(field, c)}"
                                for c, w in members.items()) + ")"

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
    names = {ref: f"r{i}" for i, ref in enumerate(exprs)}

    def condition(source: str, refs: frozenset[str]) -> str:
        # Sources come from expressions.compile_expression: only V["checked name"] (as repr()
        # writes the name), numbers, comparisons and and/or/not.
        for ref in sorted(refs, key=len, reverse=True):
            source = source.replace(f"V[{ref!r}]", names[ref])
        if "V[" in source:
            raise ValueError(f"rules {rs.version}: a condition reads a value it does not name: {source}")
        return source

    # Every concept a value reads is fetched at once per field (a zero-filled copy and one
    # itemgetter: C calls, not one dict.get per name), then summed in straight-line code.
    namespace: dict[str, Any] = {"__builtins__": {"float": float, "round": round}, "HIT": rule_hit}
    lines = ["def score(T, F, P, implied_args):"]
    for field in sorted({f for f, _ in local}):
        members = [c for f, c in local if f == field]
        src = "T" if field < 0 else f"F[{field}]"
        namespace[f"ZERO{field + 1}"] = dict.fromkeys(members, 0.0)
        namespace[f"GET{field + 1}"] = itemgetter(*members) if len(members) > 1 else (lambda d, n=members[0]: (d[n],))
        lines.append(f"    d = ZERO{field + 1}.copy()")
        lines.append(f"    d.update({src})")
        lines.append("    " + ", ".join(local[(field, c)] for c in members) + f", = GET{field + 1}(d)")
    for ref, expr in exprs.items():
        lines.append(f"    {names[ref]} = {expr}")
    if rs.implied is not None:
        namespace["IMPLY"] = imply
        lines.append("    got = None")
        lines.append(f"    if {condition(rs.implied.when.source, rs.implied.when.refs)}:")
        lines.append("        got = IMPLY(*implied_args)")
        if rs.implied.outlet_when is not None:  # round 90: an academic outlet alone, never the language
            lines.append(f"    elif {condition(rs.implied.outlet_when.source, rs.implied.outlet_when.refs)}:")
            lines.append("        got = IMPLY(*implied_args, academic_only=True)")
        lines.append("    if got is not None:")
        for name in implied_names:
            lines.append(f"        if got == {name!r}:")
            lines.append(f"            {names[name]} = 1.0")
    lines += ["    hits = []", "    score = 0.0", "    vetoed = False"]
    for i, (rule, fixed) in enumerate(zip(rs.rules, fixed_hits)):
        lines.append(f"    if {condition(rule.when.source, rule.when.refs)}:")
        if fixed is not None:  # veto or constant contribution: the same hit every time
            namespace[f"FIXED{i}"], namespace[f"C{i}"] = fixed, fixed.contribution
            lines.append(f"        hits.append(FIXED{i})")
            if rule.veto:
                lines.append("        vetoed = True")
            lines.append(f"        score += C{i}")
            continue
        namespace[f"ADD{i}"], namespace[f"ID{i}"], namespace[f"WHY{i}"] = rule.add, rule.id, rule.why
        lines.append(f"        strength = {names[rule.per]}")  # type: ignore[index]
        if rule.cap is not None:
            namespace[f"CAP{i}"] = rule.cap
            lines.append(f"        if strength > CAP{i}:")
            lines.append(f"            strength = CAP{i}")
        lines.append(f"        amount = round(ADD{i} * strength, 4)")
        lines.append("        score += amount")
        lines.append(f"        hits.append(HIT(ID{i}, amount, False, WHY{i}))")
    lines.append("    return score, vetoed, hits")
    exec(compile("\n".join(lines), f"<rules {rs.version}: score>", "exec"), namespace)
    return namespace["score"]
