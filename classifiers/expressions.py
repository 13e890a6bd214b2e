"""The small expression language of rule conditions (`when:`).

Grammar::

    expr    := and ("or" and)*
    and     := not ("and" not)*
    not     := "not" not | compare
    compare := sum (("<" | "<=" | ">" | ">=" | "==" | "!=") sum)?
    sum     := product (("+" | "-") product)*
    product := atom ("*" atom)*
    atom    := NUMBER | NAME | FIELD "." NAME | "count" "(" NAME ")" | "(" expr ")"

NAME is a concept or a group: its strength (0 when absent). FIELD "." NAME
(FIELD is title, summary, content or article) is the strength in that field only. count(group) is how
many of the group's concepts matched. A bare value is true when above 0.

An expression compiles to Python source over a dict ``V`` of values; names
are checked, so generated code only ever reads ``V["known name"]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import ExpressionError

FIELDS = ("title", "summary", "content", "article")
_TOKEN_RE = re.compile(
    r"\s*(?:(?P<num>\d+(?:\.\d+)?|\.\d+)|(?P<name>[a-z_][a-z0-9_]*)|(?P<op><=|>=|==|!=|[<>()+\-*.]))"
)
_KEYWORDS = {"and", "or", "not", "count"}


@dataclass(frozen=True)
class Compiled:
    source: str  # Python expression over V
    refs: frozenset[str]  # value names it reads (e.g. "china", "title.scied", "count(scied)")


class _Parser:
    def __init__(self, text: str, known: set[str], file: str, field: str) -> None:
        self.text = text
        self.known = known
        self.file = file
        self.field = field
        self.tokens = self._tokenize(text)
        self.pos = 0
        self.refs: set[str] = set()

    def fail(self, problem: str) -> ExpressionError:
        return ExpressionError(self.file, self.field, problem)

    def _tokenize(self, text: str) -> list[tuple[str, str]]:
        tokens: list[tuple[str, str]] = []
        pos = 0
        text = text.rstrip()
        while pos < len(text):
            m = _TOKEN_RE.match(text, pos)
            if not m or m.end() == pos:
                raise self.fail(f'cannot read "{text[pos:pos + 12]}" in {text!r}; see docs/classifier.md, "Rules"')
            kind = m.lastgroup or ""
            tokens.append((kind, m.group(kind)))
            pos = m.end()
        tokens.append(("end", ""))
        return tokens

    def peek(self) -> tuple[str, str]:
        return self.tokens[self.pos]

    def take(self) -> tuple[str, str]:
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, value: str) -> None:
        _kind, val = self.take()
        if val != value:
            found = val or "the end"
            raise self.fail(f'expected "{value}" but found "{found}" in {self.text!r}')

    def name(self, val: str) -> str:
        if val not in self.known:
            known = ", ".join(sorted(self.known))
            raise self.fail(f'unknown name "{val}" (known: {known})')
        return val

    # grammar -------------------------------------------------------------
    def parse(self) -> str:
        src = self.expr()
        kind, val = self.peek()
        if kind != "end":
            raise self.fail(f'unexpected "{val}" in {self.text!r}')
        return src

    def expr(self) -> str:
        parts = [self.and_()]
        while self.peek() == ("name", "or"):
            self.take()
            parts.append(self.and_())
        return parts[0] if len(parts) == 1 else "(" + " or ".join(parts) + ")"

    def and_(self) -> str:
        parts = [self.not_()]
        while self.peek() == ("name", "and"):
            self.take()
            parts.append(self.not_())
        return parts[0] if len(parts) == 1 else "(" + " and ".join(parts) + ")"

    def not_(self) -> str:
        if self.peek() == ("name", "not"):
            self.take()
            return f"(not {self.not_()})"
        return self.compare()

    def compare(self) -> str:
        left, is_bool = self.sum()
        kind, val = self.peek()
        if kind == "op" and val in ("<", "<=", ">", ">=", "==", "!="):
            self.take()
            right, _ = self.sum()
            return f"({left} {val} {right})"
        return left if is_bool else f"({left} > 0)"

    def sum(self) -> tuple[str, bool]:
        src, is_bool = self.product()
        while self.peek() in (("op", "+"), ("op", "-")):
            _, op = self.take()
            right, _ = self.product()
            src, is_bool = f"({src} {op} {right})", False
        return src, is_bool

    def product(self) -> tuple[str, bool]:
        src, is_bool = self.atom()
        while self.peek() == ("op", "*"):
            self.take()
            right, _ = self.atom()
            src, is_bool = f"({src} * {right})", False
        return src, is_bool

    def atom(self) -> tuple[str, bool]:
        kind, val = self.take()
        if kind == "num":
            return repr(float(val)), False
        if kind == "op" and val == "(":
            inner = self.expr()
            self.expect(")")
            return inner, True
        if kind == "name" and val == "count":
            self.expect("(")
            _, group = self.take()
            ref = f"count({self.name(group)})"
            self.expect(")")
            self.refs.add(ref)
            return f"V[{ref!r}]", False
        if kind == "name" and val in FIELDS and self.peek() == ("op", "."):
            self.take()
            _, name = self.take()
            ref = f"{val}.{self.name(name)}"
            self.refs.add(ref)
            return f"V[{ref!r}]", False
        if kind == "name" and val not in _KEYWORDS:
            ref = self.name(val)
            if self.peek() == ("op", "."):
                raise self.fail(f'"{val}.": write the field first, e.g. title.{val}')
            self.refs.add(ref)
            return f"V[{ref!r}]", False
        found = val or "the end"
        raise self.fail(f'expected a name, number or "(" but found "{found}" in {self.text!r}')


def compile_expression(text: object, known: set[str], file: str, field: str) -> Compiled:
    """Parse a `when:` expression into checked Python source."""
    if not isinstance(text, str) or not text.strip():
        raise ExpressionError(file, field, 'must be an expression such as "china and ca and scied >= 1"')
    parser = _Parser(text, known, file, field)
    source = parser.parse()
    return Compiled(source, frozenset(parser.refs))
