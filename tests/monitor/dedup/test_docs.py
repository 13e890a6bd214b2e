"""docs/dedup.md documents every tracking parameter and every SimilarityConfig field."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from monitor.dedup import SimilarityConfig
from monitor.dedup.urls import (
    HOST_PARAMS,
    HOST_PREFIXES,
    INDEX_PAGES,
    TRACKING_PARAMS,
    TRACKING_PREFIXES,
)

DOC = (Path(__file__).resolve().parents[3] / "docs" / "dedup.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(TRACKING_PARAMS) + list(TRACKING_PREFIXES) + sorted(INDEX_PAGES))
def test_url_rule_is_documented(name: str) -> None:
    assert f"`{name}`" in DOC, f"add `{name}` to docs/dedup.md"


@pytest.mark.parametrize("name", sorted(HOST_PREFIXES) + sorted(
    p for params in HOST_PARAMS.values() for p in params) + sorted(HOST_PARAMS))
def test_host_prefix_is_documented(name: str) -> None:
    assert f"`{name}`" in DOC


@pytest.mark.parametrize("field", [f for f in dataclasses.fields(SimilarityConfig)])
def test_config_field_is_documented(field: dataclasses.Field) -> None:
    default = getattr(SimilarityConfig(), field.name)
    assert f"| `{field.name}` | {default} |" in DOC, f"document {field.name} (default {default})"
