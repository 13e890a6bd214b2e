"""Shared fixtures for the classifier tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from classifiers import Classifier, load_classifier

DATA = Path(__file__).resolve().parents[2] / "classifiers" / "data"


@pytest.fixture(scope="session")
def clf() -> Classifier:
    """The bundled classifier (compiled once per test session)."""
    return load_classifier()


@pytest.fixture()
def rules_dir(tmp_path: Path) -> Path:
    """A writable copy of the bundled rules folder, for rule-file tests."""
    target = tmp_path / "rules"
    shutil.copytree(DATA, target)
    return target
