"""Explainable multilingual keyword classifier (depends on nothing else in this project).

Decides whether a news item is about science, technology or education
cooperation between China and Central Asia::

    from classifiers import load_classifier
    clf = load_classifier()
    d = clf.classify(title="…", summary="…", content="…", lang="ru")
    d.relevant, d.score, d.countries, d.topics, d.matches, d.explain()

See docs/classifier.md for the vocabulary and rules files.
"""

from .classifier import Classifier, load_classifier
from .decision import Decision, Match, RuleHit
from .errors import (
    ClassifierError,
    ExpressionError,
    InputError,
    RulesError,
    VocabularyError,
)

__all__ = [
    "Classifier",
    "ClassifierError",
    "Decision",
    "ExpressionError",
    "InputError",
    "Match",
    "RuleHit",
    "RulesError",
    "VocabularyError",
    "load_classifier",
]
