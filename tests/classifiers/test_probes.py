"""Round-5 headline probes (``probes_r5.py``): every language and script, relevant and hard
negative, decided from the headline alone; and kept apart from the labelled sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from classifiers import Classifier

from .probes_r5 import KNOWN_MISSES, PROBES, PROBES_AFTER

EVAL = Path(__file__).resolve().parents[2] / "classifiers" / "eval"


ALL = PROBES + PROBES_AFTER


@pytest.mark.parametrize(("headline", "relevant"), [p[1:] for p in ALL], ids=[p[0] for p in ALL])
def test_probe(clf: Classifier, headline: str, relevant: bool) -> None:
    d = clf.classify(title=headline)
    assert d.relevant is relevant, d.explain()


@pytest.mark.parametrize(("headline", "relevant", "why"), [m[1:] for m in KNOWN_MISSES], ids=[m[0] for m in KNOWN_MISSES])
def test_known_miss_is_still_missed(clf: Classifier, headline: str, relevant: bool, why: str) -> None:
    assert clf.classify(title=headline).relevant is not relevant, f"fixed? move it to PROBES_AFTER ({why})"


def test_every_language_has_relevant_probes_and_hard_negatives() -> None:
    langs = {"en", "ru", "zh", "kk", "uz", "uzc", "ky", "tg", "tk"}
    for lang in langs:
        decisions = {rel for pid, _, rel in PROBES if pid.split("-")[1] == lang}
        assert decisions == {True, False}, lang


def test_probes_are_not_items_of_the_labelled_sets() -> None:
    titles = {json.loads(line)["title"].strip().casefold()
              for path in EVAL.glob("*.jsonl")
              for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    every = ALL + [m[:3] for m in KNOWN_MISSES]
    assert not [p[0] for p in every if p[1].strip().casefold() in titles]
    assert len({p[0] for p in every}) == len(every)
