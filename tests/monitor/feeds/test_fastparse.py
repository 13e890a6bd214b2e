"""The fast path (monitor.feeds.fastparse) gives exactly what the feedparser path gives, or declines.

Every document the fast path takes must give the same ParsedFeed as
:func:`monitor.feeds.parse.parse_with_feedparser` (format, title, link, language, warning and every
RawEntry) and the same normalized entries. Held over feedparser's own test corpus (2,100
files, with and without content types), our golden feeds, a corpus like the benchmark's, and
random documents full of the quirks the fast path reproduces (tests/monitor/feeds/fastparse_feeds.py).
The fallback triggers are listed one by one below.
"""

from __future__ import annotations

import calendar
import collections
import concurrent.futures
import importlib.util
import os
import random
from datetime import datetime, timezone
from pathlib import Path

import pytest
from feedparser.datetimes import _parse_date

from monitor.feeds import fastparse, fastparse_elements, fastparse_walk
from monitor.errors import ParseError
from monitor.feeds.fastparse import Fallback, explain, parse_fast
from monitor.feeds.normalize import normalize_entry
from monitor.feeds.parse import ParsedFeed, parse_feed, parse_with_feedparser
from tests.monitor.feeds import fastparse_feeds

REPO = Path(__file__).resolve().parents[3]
GOLDEN_FEEDS = Path(__file__).resolve().parents[1] / "data" / "feeds"
FETCHED_AT = datetime(2026, 11, 5, 12, 0, tzinfo=timezone.utc)
BASE_URL = "https://feeds.example/feed.xml"


def _corpus() -> Path:
    """feedparser's tests/ folder: $MONITOR_FEEDPARSER_TESTS, else shared/ beside the checkout
    (or beside the folder that holds this worktree)."""
    if os.environ.get("MONITOR_FEEDPARSER_TESTS"):
        return Path(os.environ["MONITOR_FEEDPARSER_TESTS"])
    for up in (REPO.parent, REPO.parent.parent):
        candidate = up / "shared" / "corpora" / "feedparser-tests" / "tests"
        if candidate.is_dir():
            return candidate
    return REPO.parent / "shared" / "corpora" / "feedparser-tests" / "tests"


CORPUS = _corpus()


def reference(body: bytes, content_type: str | None) -> ParsedFeed | str:
    try:
        return parse_with_feedparser(body, content_type=content_type)
    except ParseError as exc:
        return f"ParseError: {exc}"


def assert_same(body: bytes, content_type: str | None, fast: ParsedFeed, where: object) -> None:
    """The fast result equals the reference, and so does every normalized entry."""
    ref = reference(body, content_type)
    assert fast == ref, where
    assert isinstance(ref, ParsedFeed)
    for mine, theirs in zip(fast.entries, ref.entries):
        assert (normalize_entry(mine, feed=fast, base_url=BASE_URL, fetched_at=FETCHED_AT)
                == normalize_entry(theirs, feed=ref, base_url=BASE_URL, fetched_at=FETCHED_AT)), where


def reason_group(reason: str) -> str:
    head = reason.split(":", 1)[0]
    return head if head in ("not well-formed", "charset", "libxml2 warning") else reason


def test_the_fast_path_is_available() -> None:
    """feedparser's internals it builds on were found (else it declines every feed)."""
    assert fastparse_walk._FP is not None
    assert fastparse_walk._MATCH


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"feedparser's test corpus not found at {CORPUS} "
                                                 "(set MONITOR_FEEDPARSER_TESTS)")
@pytest.mark.parametrize("content_type", [None, "application/xml", "text/xml; charset=utf-8", "text/html"],
                         ids=["no-type", "application-xml", "text-xml-utf8", "text-html"])
def test_feedparser_corpus_fast_path_equals_feedparser(content_type: str | None) -> None:
    files = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix in (".xml", ".rdf", ".atom", ".rss", ""))
    assert len(files) > 1000
    fast = 0
    reasons: collections.Counter[str] = collections.Counter()
    for path in files:
        body = path.read_bytes()
        feed, why = explain(body, content_type)
        if feed is None:
            assert why
            reasons[reason_group(why)] += 1
            continue
        fast += 1
        assert_same(body, content_type, feed, path)
    summary = ", ".join(f"{n} {reason}" for reason, n in reasons.most_common())
    print(f"\nfeedparser corpus ({content_type}): {len(files)} files, {fast} fast path, "
          f"{len(files) - fast} fallback: {summary}")
    assert fast > len(files) // 3  # a fast path that declines everything is a defect


GOLDEN = sorted(p for p in GOLDEN_FEEDS.iterdir() if not p.name.endswith(".json"))
# As tests/monitor/test_parse_golden.py fetches them; these must take the fast path.
GOLDEN_TYPES = {".rdf": "application/rdf+xml"}
GOLDEN_FAST = {"rss20.xml", "atom10.xml", "rss10.rdf", "atom03.xml", "utf8bom.xml", "koi8r.xml",
               "windows1251.xml", "gb18030.xml"}


@pytest.mark.parametrize("content_type", [None, "golden", "application/rss+xml; charset=utf-8"],
                         ids=["no-type", "golden-type", "utf8-type"])
@pytest.mark.parametrize("path", GOLDEN, ids=[p.name for p in GOLDEN])
def test_golden_feeds_fast_path_equals_feedparser(path: Path, content_type: str | None) -> None:
    if content_type == "golden":
        content_type = GOLDEN_TYPES.get(path.suffix, "application/xml")
    body = path.read_bytes()
    feed, why = explain(body, content_type)
    if feed is not None:
        assert_same(body, content_type, feed, path.name)
    if path.name in GOLDEN_FAST and "charset=utf-8" not in (content_type or ""):
        assert feed is not None, why


SHAPES = sorted((Path(__file__).resolve().parents[1] / "data" / "shapes").iterdir())


@pytest.mark.parametrize("content_type", [None, "application/rss+xml", "text/xml; charset=utf-8"],
                         ids=["no-type", "rss-type", "text-xml-utf8"])
@pytest.mark.parametrize("path", SHAPES, ids=[p.name for p in SHAPES])
def test_real_world_shapes_take_the_fast_path(path: Path, content_type: str | None) -> None:
    """Feeds shaped like WordPress, Feedburner, Blogger, YouTube, Google News, GitHub, a podcast,
    and regional sites in windows-1251 and gb2312 (those fall back only when an HTTP charset
    contradicts their declaration)."""
    body = path.read_bytes()
    feed, why = explain(body, content_type)
    if "regional" in path.name and content_type and "utf-8" in content_type:
        assert feed is None and why is not None and "disagree" in why
        return
    assert feed is not None, why
    assert feed.entries
    assert_same(body, content_type, feed, path.name)


def _bench_make_feed():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_poll", REPO / "bench" / "bench_poll.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.make_feed


def test_benchmark_corpus_takes_the_fast_path_with_the_same_result() -> None:
    make_feed = _bench_make_feed()
    rng = random.Random(7)
    for i in range(20):
        body = make_feed(i, 50, rng)
        feed, why = explain(body, "application/rss+xml")
        assert feed is not None, why
        assert len(feed.entries) == 50
        assert_same(body, "application/rss+xml", feed, i)


def test_threads_give_the_same_results() -> None:
    """A worker without a process pool parses on threads: nothing is shared between calls."""
    make_feed = _bench_make_feed()
    rng = random.Random(3)
    bodies = [make_feed(i, 20, rng) for i in range(16)] + [fastparse_feeds.feed(rng) for _ in range(48)]
    alone = [parse_fast(b) for b in bodies]
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        assert list(pool.map(parse_fast, bodies * 3)) == alone * 3


def test_generated_feeds_fast_path_equals_feedparser() -> None:
    """Random documents of the elements and quirks the fast path reproduces, in other charsets
    and with content types too; most must take the fast path."""
    rng = random.Random(16)
    fast = 0
    n = 1500
    for i in range(n):
        body, content_type = fastparse_feeds.encoded(rng, fastparse_feeds.feed(rng))
        feed, _ = explain(body, content_type)
        if feed is not None:
            fast += 1
            assert_same(body, content_type, feed, (i, body, content_type))
    assert fast > n // 2


@pytest.mark.parametrize("quirk, body", [
    ("a second title is ignored", b"<rss><channel><item><title>A</title><title>B</title></item></channel></rss>"),
    ("an empty title does not count", b"<rss><channel><item><title/><title>B</title></item></channel></rss>"),
    ("media:title before the title",
     b'<rss xmlns:media="http://search.yahoo.com/mrss/"><channel><item><media:title>M</media:title>'
     b"<title>T</title></item></channel></rss>"),
    ("a second description is content",
     b"<rss><channel><item><description>one</description><description>two, longer</description></item></channel></rss>"),
    ("content:encoded then description",
     b'<rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><item><content:encoded>C</content:encoded>'
     b"<description>D</description></item></channel></rss>"),
    ("a channel summary makes the description content",
     b'<rss xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><itunes:summary>s</itunes:summary>'
     b"<description>d</description><item><description>a</description><description>b</description></item>"
     b"</channel></rss>"),
    ("the guid is the link", b"<rss><channel><item><guid>https://x.example/1</guid></item></channel></rss>"),
    ("a guid that is no permalink", b'<rss><channel><item><guid isPermaLink="false">https://x.example/1</guid>'
                                     b"</item></channel></rss>"),
    ("isPermaLink is case-sensitive", b'<rss><channel><item><guid isPermaLink="True">https://x.example/1</guid>'
                                      b"</item></channel></rss>"),
    ("scheme:/// loses a slash", b"<rss><channel><item><link>http:///x.example/a</link></item></channel></rss>"),
    ("&amp; in a link", b"<rss><channel><link>https://x.example/?a=1&amp;b=2</link><item><link>"
                        b"https://x.example/?a=1&amp;amp;b;=2</link></item></channel></rss>"),
    ("utf-8 read as latin-1", "<rss><channel><item><title>Ã©tÃ©</title></item></channel></rss>".encode()),
    ("cp1252 C1 characters", b"<rss><channel><item><title>&#x93;q&#x94;</title></item></channel></rss>"),
    ("the atom id is the link", b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>https://x.example/1</id>'
                                b'<link rel="self" href="https://x.example/self"/></entry></feed>'),
    ("atom person", b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title><author><name>N</name>'
                    b"<email>n@x.example</email></author></entry></feed>"),
    ("atom xhtml title", b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="xhtml">'
                         b'<div xmlns="http://www.w3.org/1999/xhtml">A <b>b</b> &amp; c</div></title></entry></feed>'),
    ("xml:lang of the title", b'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="kk_KZ"><entry>'
                              b'<title>t</title></entry><entry xml:lang=""><title>u</title></entry></feed>'),
    ("rdf:about is the id", b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
                            b'xmlns="http://purl.org/rss/1.0/"><channel rdf:about="c"><title>F</title></channel>'
                            b'<item rdf:about="https://x.example/1"><title>t</title></item></rdf:RDF>'),
    ("atom namespace declared before RSS 1.0", b'<rdf:RDF xmlns:atom="http://www.w3.org/2005/Atom" '
                                              b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
                                              b'xmlns="http://purl.org/rss/1.0/"><item><title>t</title></item>'
                                              b"</rdf:RDF>"),
    ("feedburner's atom10:link", b'<rss version="2.0"><channel><atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" '
                                 b'rel="self" href="https://f.example/feed"/><item><title>t</title></item></channel></rss>'),
    ("a module declared on its element", b'<rss><channel><item><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">'
                                         b"c</dc:creator><title>t</title></item></channel></rss>"),
    ("source url", b'<rss><channel><item><title>t</title><source url="https://pub.example/">P</source></item>'
                   b"</channel></rss>"),
], ids=lambda v: v if isinstance(v, str) and not v.startswith("<") else None)
def test_feedparser_quirks_are_reproduced(quirk: str, body: bytes) -> None:
    feed, why = explain(body)
    assert feed is not None, why
    assert_same(body, None, feed, quirk)


def _secret(tmp_path: Path) -> Path:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    return secret


LAUGHS = '<!ENTITY a "aaaaaaaaaa">' + "".join(
    f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
FALLBACKS = [
    ("doctype-entities", b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e "x">]><rss version="2.0"><channel>'
                         b"<item><title>&e;</title></item></channel></rss>", None, "DOCTYPE"),
    ("billion-laughs", f'<?xml version="1.0"?><!DOCTYPE rss [{LAUGHS}]><rss version="2.0"><channel><item>'
                       "<title>&i;</title></item></channel></rss>".encode(), None, "DOCTYPE"),
    ("xxe-file", b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://SECRET">]><rss version="2.0">'
                 b"<channel><item><title>&xxe;</title></item></channel></rss>", None, "DOCTYPE"),
    ("external-dtd", b'<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
                     b'"http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel>'
                     b"<item><title>t</title></item></channel></rss>", None, "DOCTYPE"),
    ("ill-formed", b"<rss><channel><item><title>a & b</title></item></channel></rss>", None, "not well-formed"),
    ("unclosed", b"<rss><channel><item><title>t</title></item></channel>", None, "not well-formed"),
    ("undefined-entity", b"<rss><channel><item><title>&nbsp;</title></item></channel></rss>", None, "not well-formed"),
    ("unknown-root", b"<?xml version='1.0'?><nothing><item><title>t</title></item></nothing>", None, "root element"),
    ("html", b"<html><body><p>hi</p></body></html>", None, "root element"),
    ("atom-0.1", b'<feed version="0.1"><entry><title>t</title></entry></feed>', None, "feed format"),
    ("utf-16-bom", "\ufeff<rss><channel><item><title>t</title></item></channel></rss>".encode("utf-16-le"),
     None, "charset"),
    ("unknown-charset", b'<?xml version="1.0" encoding="x-klingon"?><rss><channel><item><title>t</title></item>'
                        b"</channel></rss>", None, "charset"),
    ("charsets-disagree", '<?xml version="1.0" encoding="windows-1251"?><rss><channel><item><title>Казахстан'
                          "</title></item></channel></rss>".encode("cp1251"), "application/xml; charset=utf-8", "charset"),
    ("invalid-utf-8", b"<rss><channel><item><title>\xed\xa0\x80</title></item></channel></rss>", None, "not well-formed"),
    ("text-xml-not-ascii", "<rss><channel><item><title>é</title></item></channel></rss>".encode(), "text/xml",
     "charset"),
    ("xml-1.1", b'<?xml version="1.1"?><rss><channel><item><title>t</title></item></channel></rss>',
     None, "XML declaration"),
    ("xml-base", b'<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://x.example/"><entry>'
                 b'<link href="a"/></entry></feed>', None, "xml:base"),
    ("escaped-markup-that-is-not", b"<rss><channel><item><description><p>Hi</p></description></item></channel></rss>",
     None, "markup inside"),
    ("xhtml-body", b'<rss xmlns:xhtml="http://www.w3.org/1999/xhtml"><channel><item><xhtml:body><p>x</p>'
                   b"</xhtml:body></item></channel></rss>", None, "element xhtml_body"),
    ("base64-title", b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="image/png" mode="base64">'
                     b"aGk=</title></entry></feed>", None, "title"),
    ("unknown-namespace-below-root", b'<rss><channel><item xmlns:foo="http://foo.example/"><foo:creator>c'
                                     b"</foo:creator></item></channel></rss>", None, "unknown namespace declared below"),
    ("unknown-prefix-rebound", b'<rss xmlns:foo="http://foo.example/"><channel><item><foo:a>1</foo:a>'
                               b'<foo:b xmlns:foo="http://purl.org/dc/elements/1.1/">2</foo:b></item></channel></rss>',
     None, "bound again"),
    ("georss", b'<rss xmlns:georss="http://www.georss.org/georss"><channel><item><georss:point>1 2</georss:point>'
               b"</item></channel></rss>", None, "element georss_point"),
    ("image-in-entry", b"<rss><channel><item><image><url>u</url></image></item></channel></rss>", None, "image"),
    ("two-atom-authors", b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><author><name>a</name></author>'
                         b"<author><name>b</name></author></entry></feed>", None, "author"),
    ("reserved-key", b"<rss><channel><item><published_parsed>x</published_parsed></item></channel></rss>",
     None, "without a handler"),
    ("keywords-with-attributes", b'<rss xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><item>'
                                 b'<itunes:keywords a="1">k</itunes:keywords></item></channel></rss>', None, "keywords"),
]


@pytest.mark.parametrize("body, content_type, expected", [case[1:] for case in FALLBACKS],
                         ids=[case[0] for case in FALLBACKS])
def test_fallback_triggers(body: bytes, content_type: str | None, expected: str, tmp_path: Path) -> None:
    body = body.replace(b"SECRET", str(_secret(tmp_path)).encode())
    feed, why = explain(body, content_type)
    assert feed is None and why is not None and expected in why, why
    assert parse_fast(body, content_type) is None
    # and parse_feed gives what feedparser gives (a feed, or its ParseError)
    try:
        got: ParsedFeed | str = parse_feed(body, content_type=content_type)
    except ParseError as exc:
        got = f"ParseError: {exc}"
    assert got == reference(body, content_type)
    if isinstance(got, ParsedFeed):
        assert all("TOP-SECRET" not in e.title for e in got.entries)
        assert all(len(e.title) < 2_000 for e in got.entries)


def test_a_doctype_that_slipped_through_would_still_resolve_nothing(tmp_path: Path) -> None:
    """The lxml parser itself expands no entities, external or internal, and loads no DTD."""
    secret = _secret(tmp_path)
    body = (f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}"><!ENTITY e "inner">{LAUGHS}]>'
            "<rss><channel><item><title>&xxe;|&e;|&i;</title></item></channel></rss>").encode()
    parser = fastparse._xml_parser()
    parser.feed(body)
    title = parser.close().find("channel/item/title")
    text = "".join(title.itertext())
    assert "TOP-SECRET" not in text and "inner" not in text and "aaaa" not in text


def test_parse_feed_uses_the_fast_path_and_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    rss = b"<rss version='2.0'><channel><title>F</title><item><title>t</title></item></channel></rss>"
    calls = []

    def counting(body: bytes, *, content_type: str | None = None) -> ParsedFeed:
        calls.append(body)
        return parse_with_feedparser(body, content_type=content_type)

    monkeypatch.setattr("monitor.feeds.parse.parse_with_feedparser", counting)
    assert parse_feed(rss).title == "F" and calls == []
    illformed = rss.replace(b"<title>t", b"<title>a & b")
    assert parse_feed(illformed).entries[0].title == "a & b" and calls == [illformed]


def test_fallback_is_an_exception_with_its_reason() -> None:
    with pytest.raises(Fallback, match="root element"):
        fastparse._parse(b"<html/>", None)


def test_quick_dates_are_feedparsers_dates() -> None:
    """The two date shapes read without feedparser give the time its _parse_date gives."""
    rng = random.Random(5)
    days = "Mon Tue Wed Thu Fri Sat Sun".split()
    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    quick = 0
    for _ in range(20_000):
        year = rng.choice([1899, 1900, 1970, 2024, 2099, 2100, rng.randint(1900, 2099)])
        month, day = rng.randint(0, 13), rng.randint(0, 32)
        hour, minute, second = rng.choice([0, 23, 24, rng.randint(0, 25)]), rng.randint(0, 61), rng.randint(0, 61)
        if rng.random() < 0.5:
            zone = rng.choice(["GMT", "+0000", "-0000", "+0300", "-0530", "+1400", "+9959", "+0060"])
            value = f"{rng.choice(days)}, {day:02d} {months[month % 12]} {year} {hour:02d}:{minute:02d}:{second:02d} {zone}"
        else:
            zone = rng.choice(["Z", "+00:00", "-00:00", "+03:00", "-05:30", "+99:59", "+00:60"])
            fraction = rng.choice(["", ".5", ".999999999"])
            value = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}{fraction}{zone}"
        got = fastparse_elements._quick_date(value)
        if got is None:
            continue
        quick += 1
        parsed = _parse_date(value)
        assert parsed, value
        assert got == datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc), value
    assert quick > 5_000
