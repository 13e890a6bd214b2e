"""docs/notifications.md is checked against the code, so it cannot drift silently."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from notifications.formats import build_json, json_payload
from notifications.samples import sample_story
from notifications.vocab import COUNTRY_NAMES, LANGUAGE_NAMES, TOPIC_LABELS
from notifications.webhooks import FORMATS

DOC = (Path(__file__).parents[2] / "docs" / "notifications.md").read_text(encoding="utf-8")
CREATED = datetime(2026, 11, 4, 3, 0, 5, tzinfo=UTC)


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", DOC, flags=re.DOTALL)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_documented(fmt: str) -> None:
    assert f"| `{fmt}` |" in DOC


def test_json_example_matches_the_payload_schema() -> None:
    [example] = _blocks("json")
    documented = json.loads(example)
    actual = json_payload(sample_story(), "x", created_at=CREATED)
    assert list(documented) == list(actual)
    assert list(documented["story"]) == list(actual["story"])
    assert list(documented["items"][0]) == list(actual["items"][0])
    assert list(documented["evidence"][0]) == list(actual["evidence"][0])


def test_every_payload_field_and_header_documented() -> None:
    payload = json_payload(sample_story(), "x", created_at=CREATED)
    for key in [*payload, *payload["story"], *payload["items"][0]]:
        assert f"`{key}`" in DOC, key
    _, headers = build_json(sample_story(), "x", secret="s", created_at=CREATED)
    for name in headers:
        if name != "Content-Type":
            assert f"`{name}`" in DOC, name


def test_verification_snippet_works() -> None:
    [snippet] = [b for b in _blocks("python") if "def verify" in b]
    namespace: dict = {}
    exec(snippet, namespace)  # noqa: S102 - our own documentation
    verify = namespace["verify"]
    body, headers = build_json(sample_story(), "x", secret="receiver-secret", created_at=CREATED)
    assert verify("receiver-secret", body, headers["X-Monitor-Signature"])
    assert not verify("receiver-secret", body + b" ", headers["X-Monitor-Signature"])
    assert not verify("other", body, headers["X-Monitor-Signature"])
    assert not verify("receiver-secret", body, None)


def test_filter_values_documented() -> None:
    for code in [*COUNTRY_NAMES, *LANGUAGE_NAMES, *TOPIC_LABELS]:
        assert f"`{code}`" in DOC, code
