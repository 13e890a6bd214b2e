"""Hostile and odd feeds: nothing crashes, every failure is a clear error for that feed only."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

import pytest

from monitor.errors import ParseError
from monitor.feeds.normalize import normalize_feed
from monitor.feeds.parse import parse_feed
from monitor.pipeline.analyse import ParseJob, analyse

NOW = datetime(2026, 11, 5, tzinfo=timezone.utc)
CORPUS = Path(os.environ.get("MONITOR_FEEDPARSER_TESTS", Path(__file__).resolve().parents[4] / "shared" /
                             "corpora" / "feedparser-tests" / "tests"))


def test_xml_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    body = f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>
<rss version="2.0"><channel><title>x</title><item><title>a &xxe; b</title><link>https://x.example/1</link></item></channel></rss>""".encode()
    outcome = analyse(ParseJob(body=body, url="https://x.example/", content_type="application/xml", fetched_at=NOW, rules=None))
    assert all("TOP-SECRET" not in e.title for e in outcome.items)


def test_billion_laughs_does_not_expand() -> None:
    lol = '<!ENTITY a "aaaaaaaaaa">' + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
    body = f'<?xml version="1.0"?><!DOCTYPE rss [{lol}]><rss version="2.0"><channel><item><title>&i;</title></item></channel></rss>'.encode()
    outcome = analyse(ParseJob(body=body, url="https://x.example/", content_type=None, fetched_at=NOW, rules=None))
    assert all(len(e.title) < 2_000 for e in outcome.items)


@pytest.mark.parametrize("body", [
    b"", b"\x00\x01\x02 binary junk \xff\xfe", b"just some text", b"{\"not\": \"a feed\"}", b"{broken json",
    b"<html><body>hi</body></html>", b"<?xml version='1.0'?><nothing/>",
], ids=["empty", "binary", "text", "json-not-feed", "broken-json", "html", "xml-not-feed"])
def test_non_feeds_give_a_parse_error(body: bytes) -> None:
    with pytest.raises(ParseError):
        parse_feed(body, url="https://x.example/")
    assert analyse(ParseJob(body=body, url="https://x.example/", content_type=None, fetched_at=NOW, rules=None)).error


def test_huge_entry_text_is_capped() -> None:
    body = ('<rss version="2.0"><channel><item><title>' + "T" * 50_000 + "</title><description>" + "word " * 400_000 +
            "</description></item></channel></rss>").encode()
    (entry,) = normalize_feed(parse_feed(body), base_url="https://x.example/", fetched_at=NOW)
    assert len(entry.title) <= 1_001 and len(entry.summary) <= 10_001


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"feedparser's test corpus not found at {CORPUS}")
def test_feedparser_corpus_never_crashes() -> None:
    """Every file of feedparser's own tests (well-formed, ill-formed, encodings, entities)."""
    files = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix in (".xml", ".rdf", ".atom", ".rss", ""))
    assert len(files) > 1000
    parsed = failed = 0
    for path in files:
        outcome = analyse(ParseJob(body=path.read_bytes(), url="http://example.org/feed", content_type=None,
                                   fetched_at=NOW, rules=None))
        if outcome.error:
            assert outcome.error.startswith(("not a feed", "malformed", "not a JSON Feed", "JSON")), (path, outcome.error)
            failed += 1
        else:
            parsed += 1
            for e in outcome.items:
                assert e.published_at.tzinfo is not None and "<script" not in e.title.lower()
                assert e.url is None or e.url.startswith(("http://", "https://"))
    assert parsed > failed
