"""Precision and recall on the shared labelled dev set (skipped when it is absent).

The file is looked up beside the repository (../shared/eval/labelled_dev.jsonl),
or at $MONITOR_EVAL_FILE when that is set.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from classifiers import Classifier
from classifiers.cli import evaluate

REPO = Path(__file__).resolve().parents[2]
DEFAULT = REPO / "../shared/eval/labelled_dev.jsonl"
TARGET = 0.95
MIN_ITEMS_PER_LANGUAGE = 10


def eval_file() -> Path:
    env = os.environ.get("MONITOR_EVAL_FILE")
    return Path(env) if env else DEFAULT.resolve()


@pytest.fixture(scope="module")
def result(clf: Classifier):
    path = eval_file()
    if not path.is_file():
        pytest.skip(f"labelled dev set not found at {path} (set MONITOR_EVAL_FILE to use another file)")
    return evaluate(clf, path)


def test_dev_file_is_well_formed(result) -> None:
    assert not result.errors, result.errors
    assert result.overall.n > 0


def test_overall_precision_and_recall(result) -> None:
    p, r, _ = result.overall.prf()
    misses = [(kind, item.get("id")) for kind, item, _ in result.misses]
    assert p >= TARGET and r >= TARGET, (p, r, misses)


def test_precision_and_recall_per_language(result) -> None:
    checked = 0
    for lang, tally in result.by_lang.items():
        if tally.n < MIN_ITEMS_PER_LANGUAGE:
            continue
        checked += 1
        p, r, _ = tally.prf()
        assert p >= TARGET and r >= TARGET, (lang, p, r)
    assert checked > 0

