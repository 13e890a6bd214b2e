"""Rules compiled into straight-line Python: the values the rules read and their conditions."""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from typing import Any

from .expressions import FIELDS
from .rules import RuleSet


def compile_values(rs: RuleSet) -> Callable[[dict, list[dict], dict], dict]:
    """Build the function that turns concept strengths into the values rules read.

    Values: the names the rules (and ``implied.when``) read — concepts and groups (0 when
    absent), "<field>.<name>" for a strength in one field, "count(<group>)" for how many
    of a group's concepts matched, pairs, and the implied side's values (0 here; set
    later). Generated as straight-line Python over local variables (a group is a weighted
    sum, written out), which costs a fraction of looping over groups per item.
    """
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
    exec(compile("\n".join(lines), f"<rules {rs.version}: values>", "exec"), namespace)
    return namespace["values"]


def compile_conditions(rs: RuleSet) -> Callable[[dict], tuple]:
    # Sources come from expressions.compile_expression: only V["checked name"],
    # numbers, comparisons and and/or/not, so eval() sees nothing else.
    src = "lambda V: (" + "".join(f"{r.when.source}, " for r in rs.rules) + ")"
    return eval(compile(src, f"<rules {rs.version}: when>", "eval"), {"__builtins__": {}})
