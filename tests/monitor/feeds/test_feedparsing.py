"""monitor.feeds.feedparsing.parse_bytes gives exactly what stock feedparser.parse gives.

It replaces one feedparser method with a cheaper one; these tests hold it to the stock result
over feedparser's own test corpus (well-formed, ill-formed, encodings, entities) and over our
golden feeds, with and without a content type.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import feedparser
import pytest

from monitor.feeds import feedparsing
from monitor.feeds.feedparsing import parse_bytes
from tests.monitor.feeds.test_hostile_feeds import CORPUS

GOLDEN_FEEDS = Path(__file__).resolve().parents[1] / "data" / "feeds"


def stock(body: bytes, headers: dict[str, str]) -> Any:
    return feedparser.parse(io.BytesIO(body), response_headers=headers, sanitize_html=False,
                            resolve_relative_uris=False)


def comparable(result: Any) -> dict[str, Any]:
    """Everything but the exception object (compared by type and message)."""
    out = {k: v for k, v in result.items() if k != "bozo_exception"}
    exc = result.get("bozo_exception")
    out["bozo_exception"] = (type(exc).__name__, str(exc)) if exc is not None else None
    return out


def test_the_faster_parser_is_in_use() -> None:
    """The feedparser internals it builds on were found (else it silently runs stock feedparser)."""
    assert feedparsing._api is not None


@pytest.mark.parametrize("content_type", [None, "application/rss+xml; charset=utf-8"], ids=["no-type", "typed"])
@pytest.mark.parametrize("path", sorted(p for p in GOLDEN_FEEDS.iterdir() if not p.name.endswith(".json")),
                         ids=lambda p: p.name)
def test_golden_feeds_parse_as_stock_feedparser_does(path: Path, content_type: str | None) -> None:
    headers = {"content-type": content_type} if content_type else {}
    body = path.read_bytes()
    assert comparable(parse_bytes(body, headers)) == comparable(stock(body, headers))


@pytest.mark.parametrize("body", [b"", b"\x80\x81 junk", b"<rss><channel><item><title>\x93q\x94</title></item></channel></rss>",
                                  "<rss><channel><item><title>\u0093C1\u0094</title></item></channel></rss>".encode()],
                         ids=["empty", "junk", "cp1252-bytes", "c1-characters"])
def test_odd_bodies_parse_as_stock_feedparser_does(body: bytes) -> None:
    assert comparable(parse_bytes(body)) == comparable(stock(body, {}))


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"feedparser's test corpus not found at {CORPUS}")
def test_feedparser_corpus_parses_as_stock_feedparser_does() -> None:
    files = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix in (".xml", ".rdf", ".atom", ".rss", ""))
    assert len(files) > 1000
    differ = [p for p in files if comparable(parse_bytes(p.read_bytes())) != comparable(stock(p.read_bytes(), {}))]
    assert differ == [], f"{len(differ)} files parse differently, e.g. {differ[:5]}"
