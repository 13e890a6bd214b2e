"""Exceptions of the classifier package.

    ClassifierError (ValueError)
    ├── RulesError          a rules or vocabulary file is wrong: names the file,
    │   │                   the field and how to fix it
    │   ├── VocabularyError a concept or term in a vocabulary file
    │   └── ExpressionError a rule's `when` expression
    └── InputError          a classify() argument is not text

Messages read ``<file>: <field>: <problem>``, for example
``rules.yaml: rules[2].when: unknown name "chna" (known: ca, china, ...)``.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class ClassifierError(ValueError):
    """Base class of every error raised on purpose by this package."""


class RulesError(ClassifierError):
    """A rules file (rules.yaml) is malformed."""

    def __init__(self, file: str, field: str, problem: str) -> None:
        self.file = file
        self.field = field
        self.problem = problem
        where = f"{file}: {field}" if field else file
        super().__init__(f"{where}: {problem}")


class VocabularyError(RulesError):
    """A vocabulary file (concepts and their terms) is malformed."""


class ExpressionError(RulesError):
    """A rule's `when` expression cannot be parsed or names something unknown."""


class InputError(ClassifierError):
    """A classify() argument is neither text, bytes nor None."""


def did_you_mean(key: object, allowed: Iterable[str], aliases: dict[str, str] | None = None) -> str:
    """`` (did you mean "names"?)`` for a misspelt key, or "" when nothing is close."""
    text = str(key)
    guess = (aliases or {}).get(text.lower())
    if guess is None:
        close = difflib.get_close_matches(text.lower(), list(allowed), n=1, cutoff=0.6)
        guess = close[0] if close else None
    return f' (did you mean "{guess}"?)' if guess else ""
