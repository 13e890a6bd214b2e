"""What the classifier's table tests share (rounds 3–7, the probes): a table is rows of
``(id, *values)``; a *reading* asks whether a concept matches a text, a *decision* whether a
headline is relevant; probes must not be items of the labelled sets (they would then grade
the rules with the answers they were written from)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import pytest

from classifiers import Classifier

EVAL = Path(__file__).resolve().parents[2] / "classifiers" / "eval"


def rows(names: Sequence[str], table: Sequence[tuple]) -> pytest.MarkDecorator:
    """Parametrize over ``table``: each row's first value is its test id."""
    return pytest.mark.parametrize(tuple(names), [r[1:] for r in table], ids=[r[0] for r in table])


def assert_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    d = clf.classify(title=text)
    assert (concept in {m.concept for m in d.matches}) is expected, d.explain()


def assert_decision(clf: Classifier, title: str, expected: bool, url: str | None = None) -> None:
    d = clf.classify(title=title, url=url)
    assert d.relevant is expected, d.explain()


@cache
def labelled_titles() -> frozenset[str]:
    """Every title of ``classifiers/eval/*.jsonl``, case-folded."""
    return frozenset(json.loads(line)["title"].strip().casefold()
                     for path in EVAL.glob("*.jsonl")
                     for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def assert_new_probes(probes: Sequence[tuple]) -> None:
    """No probe is a labelled item's title, and no two probes share an id."""
    titles = labelled_titles()
    assert not [p[0] for p in probes if p[1].strip().casefold() in titles]
    assert len({p[0] for p in probes}) == len(probes)
