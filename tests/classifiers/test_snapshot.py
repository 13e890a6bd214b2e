"""A compiled classifier's snapshot (classifiers/snapshot.py) decides as the compiled classifier
does, and bytes that are not a snapshot are refused, never half-read."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from classifiers import Classifier
from classifiers import matcher as matcher_module
from classifiers.snapshot import compile_with_snapshot, restore

EVAL = Path(__file__).resolve().parents[2] / "classifiers" / "eval"


def items() -> list[dict[str, str]]:
    rows = [json.loads(line) for path in sorted(EVAL.glob("*.jsonl")) for line in path.read_text().splitlines()
            if line.strip()]
    odd = [{"title": "Sino-Kazakh joint laboratory", "summary": "КИТАЙ и Казахстан: 中国 大学 合作", "lang": ""},
           {"title": "Shanghai Cooperation Organisation", "summary": "", "lang": "en", "url": "https://kz.example/a"}]
    return rows + odd


def decisions(clf: Classifier, rows: list[dict[str, str]]) -> list[object]:
    out: list[object] = []
    for r in rows:
        args = {"title": r.get("title", ""), "summary": r.get("summary", ""), "content": r.get("content", ""),
                "lang": r.get("lang") or None}
        out.append(clf.classify_to_dict(**args, url=r.get("url")))
        full = clf.classify(**args)
        out.append((full.to_dict(), full.explain()))
    return out


@pytest.fixture(scope="module")
def compiled() -> tuple[Classifier, bytes]:
    clf, data = compile_with_snapshot(None)
    assert data is not None, "the bundled rules must have a snapshot (else every start compiles them)"
    return clf, data


def test_a_restored_classifier_decides_as_the_compiled_one(compiled: tuple[Classifier, bytes]) -> None:
    clf, data = compiled
    restored = restore(data)
    assert restored is not clf and restored.version == clf.version
    rows = items()
    assert len(rows) > 500
    assert decisions(restored, rows) == decisions(clf, rows)


def test_a_rules_folder_of_its_own_has_a_snapshot_too(rules_dir: Path) -> None:
    clf, data = compile_with_snapshot(rules_dir)
    assert data is not None
    rows = items()[:120]
    assert decisions(restore(data), rows) == decisions(clf, rows)


def test_compiling_leaves_the_matcher_module_as_it_was() -> None:
    real = matcher_module.ahocorasick_rs
    compile_with_snapshot(None)
    assert matcher_module.ahocorasick_rs is real


@pytest.mark.parametrize("data", [b"", b"not a pickle", pickle.dumps({"a": 1})])
def test_bytes_that_are_not_a_snapshot_are_refused(data: bytes) -> None:
    with pytest.raises(Exception):  # noqa: B017 (anything: the caller compiles the rules instead)
        restore(data)


def test_a_cut_snapshot_is_refused(compiled: tuple[Classifier, bytes]) -> None:
    with pytest.raises(Exception):  # noqa: B017
        restore(compiled[1][: len(compiled[1]) // 2])
