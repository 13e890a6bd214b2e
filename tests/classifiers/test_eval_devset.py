"""Floors on the bundled development set (classifiers/eval): both modes, dev and holdout.

Floors, not snapshots: each is a little under what the rules scored when they were set
(docs/classifier.md, "Measured figures"), so a change that loses recall or precision fails,
and one that gains passes. Raise them when the figures rise. The holdout is for aggregate
figures only: develop on dev.jsonl, never on holdout.jsonl's items or misses. holdout2.jsonl
(round 3) was labelled after the round-3 vocabulary was written and has not been tuned on;
holdout3.jsonl (round 4) was read before any round-4 rule was written; holdout4.jsonl (round 5)
was read and measured once before any round-5 rule was written, and not tuned on;
holdout5.jsonl (round 6) was read and measured once before any round-6 rule was written, and
its misses were then looked at (round 6 fixed families that they share with the older sets).
holdout6.jsonl (round 7) likewise, before any round-7 rule; eight of its relevant items keep a
lede because their headline is vague, which caps its headline-alone recall.
holdout7.jsonl (round 8) likewise, before any round-8 rule (weighted to the Turkic languages
and Tajik; nine of its relevant items keep a lede because their headline is vague).
holdout8.jsonl (round 10) and holdout9.jsonl (round 11) likewise, each before its round's rules;
their misses were then read, so their floors are not honest estimates (the honest figures are
their first measurements, docs/classifier.md, rounds 10 and 11). holdout10.jsonl (round 12)
likewise; its precision floor is 0.93, not 0.95: one of its 17 negatives (h10-031, a Chinese
camel-milk plant under a "China–Kazakhstan cooperation in agriculture" headline) is a false
positive with every rule set so far, left on purpose (docs/classifier.md, round 12).
holdout11.jsonl (round 13) likewise, before any round-13 rule. holdout12.jsonl (round 14)
likewise, before any round-14 rule (first figures: recall 0.619 with title and summary, 0.524
headline alone; its floors are after round 14 and not honest). holdout13.jsonl (round 15)
likewise, before any round-15 rule (first figures: precision 0.933 and recall 0.875 with title
and summary, 0.917 and 0.688 headline alone; its floors are after round 15 and not honest).
holdout14.jsonl (round 16) likewise, before any round-16 rule (first figures: precision 1.000 and
recall 0.583 with title and summary, 1.000 and 0.333 headline alone; its floors are after round
16 and not honest; four of its twelve relevant headlines name one side or none).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from classifiers import Classifier
from classifiers.cli import evaluate

EVAL = Path(__file__).resolve().parents[2] / "classifiers" / "eval"

FLOORS = [  # file, mode, precision, recall
    ("dev.jsonl", "title and summary", 0.96, 0.97),
    ("dev.jsonl", "headline alone", 0.96, 0.87),
    ("holdout.jsonl", "title and summary", 0.95, 0.97),
    ("holdout.jsonl", "headline alone", 0.95, 0.88),
    ("holdout2.jsonl", "title and summary", 0.95, 0.92),
    ("holdout2.jsonl", "headline alone", 0.95, 0.75),
    ("holdout3.jsonl", "title and summary", 0.95, 0.95),
    ("holdout3.jsonl", "headline alone", 0.95, 0.85),
    ("holdout4.jsonl", "title and summary", 0.95, 0.97),
    ("holdout4.jsonl", "headline alone", 0.95, 0.87),
    ("holdout5.jsonl", "title and summary", 0.95, 0.95),
    ("holdout5.jsonl", "headline alone", 0.95, 0.80),
    ("holdout6.jsonl", "title and summary", 0.95, 0.95),
    ("holdout6.jsonl", "headline alone", 0.95, 0.70),
    ("holdout7.jsonl", "title and summary", 0.95, 0.85),
    ("holdout7.jsonl", "headline alone", 0.95, 0.72),
    ("holdout8.jsonl", "title and summary", 0.95, 0.90),
    ("holdout8.jsonl", "headline alone", 0.95, 0.68),
    ("holdout9.jsonl", "title and summary", 0.95, 0.95),
    ("holdout9.jsonl", "headline alone", 0.95, 0.90),
    ("holdout10.jsonl", "title and summary", 0.93, 0.97),
    ("holdout10.jsonl", "headline alone", 0.93, 0.85),
    ("holdout11.jsonl", "title and summary", 0.95, 0.97),
    ("holdout11.jsonl", "headline alone", 0.95, 0.78),
    ("holdout12.jsonl", "title and summary", 0.95, 0.85),
    ("holdout12.jsonl", "headline alone", 0.95, 0.75),
    ("holdout13.jsonl", "title and summary", 0.95, 0.85),
    ("holdout13.jsonl", "headline alone", 0.95, 0.65),
    ("holdout14.jsonl", "title and summary", 0.95, 0.65),
    ("holdout14.jsonl", "headline alone", 0.95, 0.40),
]


@pytest.mark.parametrize(("file", "mode", "precision", "recall"), FLOORS,
                         ids=[f"{f.split('.')[0]}-{m.replace(' ', '-')}" for f, m, _, _ in FLOORS])
def test_floors(clf: Classifier, file: str, mode: str, precision: float, recall: float) -> None:
    result = evaluate(clf, EVAL / file, mode)
    assert not result.errors, result.errors
    p, r, _ = result.overall.prf()
    assert p >= precision and r >= recall, (p, r)
