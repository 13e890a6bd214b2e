"""docs/classifier.md documents every rules key, concept kind, concept and bundled rule."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from classifiers import Classifier
from classifiers.vocabulary import KINDS

from .conftest import DATA

DOCS = (Path(__file__).resolve().parents[2] / "docs" / "classifier.md").read_text(encoding="utf-8")
RULES = yaml.safe_load((DATA / "rules.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("key", sorted(RULES))
def test_rules_keys_documented(key: str) -> None:
    assert f"`{key}`" in DOCS


@pytest.mark.parametrize("kind", KINDS)
def test_concept_kinds_documented(kind: str) -> None:
    assert f"`{kind}`" in DOCS


def test_concepts_and_rules_documented(clf: Classifier) -> None:
    missing = [c.name for c in clf.ruleset.concepts if f"`{c.name}`" not in DOCS]
    missing += [r.id for r in clf.ruleset.rules if f"`{r.id}`" not in DOCS]
    assert not missing, f"document these in docs/classifier.md: {missing}"


def test_documented_text_cap_matches_the_rules() -> None:
    limits = RULES["limits"]
    assert (f"title {limits['title']:,}, summary {limits['summary']:,}, content {limits['content']:,}" in DOCS)
