"""The sources file: defaults, and errors that name the file, line, field and fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.feeds.sources import SourcesFileError, load_sources, parse_sources

REPO = Path(__file__).resolve().parents[3]


def test_bundled_sources_file_loads() -> None:
    sources = load_sources(REPO / "sources.yaml")
    assert len(sources) >= 35
    assert {s.id for s in sources} >= {"astanatimes", "kun-uz", "24kg", "cgtn-scitech", "gnews-en:en-US",
                                       "gnews-ru:ru-KZ", "gdelt-ca-science"}
    assert all(s.interval is None or s.interval >= 900 for s in sources if "news.google" in s.url)


def test_minimal_source_gets_defaults() -> None:
    (src,) = parse_sources("sources:\n  - id: astanatimes\n    url: https://astanatimes.com/feed/\n")
    assert (src.name, src.enabled, src.interval, src.language, src.dedup) == ("astanatimes", True, None, None, True)


@pytest.mark.parametrize(("yaml_text", "message"), [
    ("sources:\n  - id: a\n    url: https://a.example/\n    interval: 5x\n",
     'sources.yaml:4: sources[0].interval: "5x" is not a duration like 15m or 2h'),
    ("sources:\n  - id: A B\n    url: https://a.example/\n", 'sources.yaml:2: sources[0].id: "A B" must be lower-case'),
    ("sources:\n  - id: a\n    url: feed.xml\n", 'sources.yaml:3: sources[0].url: "feed.xml" must start with http://'),
    ("sources:\n  - id: a\n", "sources.yaml:2: sources[0].url: missing"),
    ("sources:\n  - id: a\n    url: https://a.example/\n    enabled: maybe\n", 'sources[0].enabled: "maybe" must be true or false'),
    ("sources:\n  - id: a\n    url: https://a.example/\n    intervall: 1h\n", "sources[0].intervall: unknown field; did you mean `interval`?"),
    ("sources:\n  - id: a\n    url: https://a.example/\n  - id: a\n    url: https://b.example/\n",
     'sources.yaml:4: sources[1].id: "a" is already used by the source on line 2'),
    ("sources:\n  - id: a\n    url: https://a.example/\n    interval: 10s\n", "shorter than the minimum 1m"),
    ("sources:\n  - id: a\n    url: https://a.example/\n    language: fr\n", 'language: "fr" is not a supported language hint'),
    ("feeds: []\n", "sources: missing; add a `sources:` list"),
    ("sources: [\n", "not valid YAML"),
    ("", "the file is empty"),
    ("sources: {id: a}\n", "sources: must be a list"),
], ids=["duration", "id", "url-scheme", "url-missing", "bool", "typo", "duplicate", "too-often", "language",
        "no-list", "bad-yaml", "empty", "not-a-list"])
def test_sources_errors_name_file_line_field_and_fix(yaml_text: str, message: str) -> None:
    with pytest.raises(SourcesFileError) as info:
        parse_sources(yaml_text, "sources.yaml")
    assert message in str(info.value)


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(SourcesFileError) as info:
        parse_sources("sources:\n  - id: a\n    url: x\n  - id: b\n    url: y\n")
    assert len(info.value.problems) == 2
