"""The sources file's cache in MONITOR_DATA_DIR (monitor/feeds/sources_cache.py): what it gives
back is what parsing gives, and anything the result depends on changing means parsing again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor.feeds import sources_cache
from monitor.feeds.sources import SourcesFileError, load_sources, parse_sources

TEXT = """sources:
  - id: astanatimes
    url: https://astanatimes.com/feed/
    language: en
    interval: 30m
    tags: [kz, news]
  - id: quiet
    name: A quiet one
    url: https://quiet.example/rss
    enabled: false
    dedup: false
    fulltext: never
  - id: gnews
    kind: google_news
    query: China Kazakhstan university
    editions: [en-US, ru-KZ]
  - id: gd
    kind: gdelt
    query: China university
    countries: [KZ]
"""


@pytest.fixture
def sources_file(tmp_path: Path) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(TEXT, encoding="utf-8")
    return path


def counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every parse of a sources file, recorded."""
    parsed: list[str] = []
    real = sources_cache.cached

    def spy(text, min_interval, folder, parse, row):  # type: ignore[no-untyped-def]
        def recorded():  # type: ignore[no-untyped-def]
            parsed.append(text)
            return parse()
        return real(text, min_interval, folder, recorded, row)

    monkeypatch.setattr(sources_cache, "cached", spy)
    return parsed


def test_a_cached_file_gives_what_parsing_gives(sources_file: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = counting(monkeypatch)
    first = load_sources(sources_file, cache_dir=tmp_path / "data")
    again = load_sources(sources_file, cache_dir=tmp_path / "data")
    assert len(parsed) == 1 and (tmp_path / "data" / sources_cache.CACHE_FILE).exists()
    assert again == first == parse_sources(TEXT)
    assert len(first) == 5 and first[0].tags == ("kz", "news") and isinstance(again[0].tags, tuple)


CHANGES = {
    "the file": lambda path, kw: path.write_text(TEXT.replace("30m", "45m"), encoding="utf-8"),
    "the minimum interval": lambda path, kw: kw.update(min_interval=120.0),
    "the cache is not JSON": lambda path, kw: (path.parent / "data" / sources_cache.CACHE_FILE).write_text("{"),
    "the cache has another shape": lambda path, kw: (path.parent / "data" / sources_cache.CACHE_FILE).write_text(
        json.dumps({"key": sources_cache.cache_key(TEXT, 60.0), "sources": [{"id": "x", "what": 1}]})),
    "the cache is gone": lambda path, kw: (path.parent / "data" / sources_cache.CACHE_FILE).unlink(),
}


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_anything_changed_is_parsed_again(sources_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          change) -> None:  # type: ignore[no-untyped-def]
    parsed = counting(monkeypatch)
    load_sources(sources_file, cache_dir=tmp_path / "data")
    kw: dict[str, float] = {}
    change(sources_file, kw)
    result = load_sources(sources_file, cache_dir=tmp_path / "data", **kw)
    assert len(parsed) == 2
    assert result == parse_sources(sources_file.read_text(encoding="utf-8"), **kw)


def test_the_key_follows_the_validating_code(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    before = sources_cache.cache_key(TEXT, 60.0)
    code = tmp_path / "queries.py"
    code.write_text("# another version of the code\n")
    monkeypatch.setattr(sources_cache, "_CODE", (*sources_cache._CODE[:-1], code))
    assert sources_cache.cache_key(TEXT, 60.0) != before


def test_a_broken_file_is_never_cached(tmp_path: Path) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n  - id: Bad Id\n    url: ftp://x\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(SourcesFileError, match="sources.yaml:3: sources\\[0\\].url"):
            load_sources(path, cache_dir=tmp_path / "data")
    assert not (tmp_path / "data" / sources_cache.CACHE_FILE).exists()


def test_an_unwritable_folder_only_costs_the_cache(sources_file: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder would be")
    assert load_sources(sources_file, cache_dir=blocker) == parse_sources(TEXT)
