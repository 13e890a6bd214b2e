"""The fast paths of monitor.feeds.normalize give exactly what the straightforward versions gave.

The reference implementations below are the earlier, simpler code (kept here as the
specification): a regex substitution to fold white space, every markup pass run whenever
there is a ``<``, and a character loop to count scripts for language detection.
"""

from __future__ import annotations

import html
import random
import re

import pytest

from monitor.feeds import normalize as N

_SPACE = re.compile(r"\s+")


def reference_html_to_text(value: str | None, limit: int | None = None) -> str:
    if not value:
        return ""
    s = value
    if "<" in s:
        s = N._CDATA.sub(r"\1", s)
        s = N._DROP_BLOCKS.sub(" ", s)
        s = N._COMMENTS.sub(" ", s)
        s = N._BREAKS.sub(" ", s)
        s = N._TAGS.sub("", s)
    if "&" in s:
        s = html.unescape(s)
    s = N._CONTROL.sub("", s)
    s = _SPACE.sub(" ", s).strip()
    if limit is not None and len(s) > limit:
        s = s[:limit].rstrip() + "…"
    return s


def reference_detect_language(text: str) -> str | None:
    sample = text[:2000]
    if not sample.strip():
        return None
    han = cyr = lat = 0
    letters: set[str] = set()
    for ch in sample:
        o = ord(ch)
        if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
            han += 1
        elif 0x0400 <= o <= 0x04FF:
            cyr += 1
            letters.add(ch.lower())
        elif ch.isascii() and ch.isalpha():
            lat += 1
    if han and han * 3 >= cyr + lat // 4:
        return "zh"
    if cyr > lat:
        if letters & set("ӣӯҷ"):
            return "tg"
        if "ў" in letters:
            return "uz"
        if letters & set("әұһі"):
            return "kk"
        if letters & N._KY:
            return "ky"
        if letters & set("ғқ"):
            return "kk"
        return "ru"
    if lat:
        if N._UZ_LATIN.search(sample):
            return "uz"
        if N._KK_LATIN.search(sample.lower()):
            return "kk"
        return "en"
    return None


def test_whitespace_split_agrees_with_regex_for_every_code_point() -> None:
    for cp in range(0x110000):
        ch = chr(cp)
        s = f"a{ch}{ch}b {ch}"
        assert " ".join(s.split()) == _SPACE.sub(" ", s).strip(), hex(cp)


def test_printable_text_holds_nothing_to_drop_or_fold_for_every_code_point() -> None:
    """html_to_text's fast path: a printable character other than " " is neither white space
    nor a character the control pass drops."""
    for cp in range(0x110000):
        ch = chr(cp)
        if ch.isprintable() and ch != " ":
            assert not ch.isspace() and not N._CONTROL.match(ch), hex(cp)


def test_ascii_printable_shortcut_agrees_with_isprintable() -> None:
    for cp in range(0x80):
        for s in (chr(cp), f"a{chr(cp)}b", f"{chr(cp)}text "):
            assert N._printable(s) == s.isprintable(), hex(cp)
    rng = random.Random(3)
    for _ in range(3000):
        s = "".join(rng.choice(["word", " ", "\t", "\x00", "\x1f", "\x7f", "~", "\r\n", "é", "\u2028"])
                    for _ in range(rng.randint(0, 12)))
        assert N._printable(s) == s.isprintable(), repr(s)


@pytest.mark.parametrize("text", [
    " leading and trailing ", "<p>жители неделе</p>", "one  two", "a\u00a0b", "<p>x</p><p>y</p>",
    " ", "  ", "x", "中国 大学", "tab\tinside", "\u200bzero width", "&nbsp;x", "a &amp; b ",
], ids=["ends", "paragraph", "double-space", "nbsp", "two-paragraphs", "space", "two-spaces",
        "letter", "cjk", "tab", "zero-width", "entity-nbsp", "entity"])
def test_html_to_text_fast_path_matches_reference(text: str) -> None:
    assert N.html_to_text(text) == reference_html_to_text(text)


def test_html_to_text_matches_reference_on_single_spaced_pieces() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        text = " ".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12)))
        assert N.html_to_text(text) == reference_html_to_text(text), repr(text)


PIECES = [
    "<p>", "</p>", "<br/>", "<div class='x'>", "</div>", "<script>var a = '<p>';</script>",
    "<style>p{}</style>", "<!-- note -->", "<!-- <script> -->", "</script>", "<![CDATA[", "]]>",
    "<![CDATA[<b>bold</b>]]>", "&amp;", "&lt;p&gt;", "&#1082;", "&nbsp;", "&bogus;", "<", ">", "&",
    "<!", "<!--", "-->", "<?xml?>", "<b>", "</b>", "\t", "\n", "\r\n", "  ", "\xa0", "\u2003",
    "\u3000", "\x00", "\x1c", "\x1f", "\x7f", "\ud800", "\u200b", "\x85", "word", "слово", "中国",
    "Ünïcödé", " ", " ", " ", "China", "университет", "<TEMPLATE>x</template >", "<h2>Head</h2>",
]


@pytest.mark.parametrize("seed", range(6))
def test_html_to_text_matches_reference(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))
        limit = rng.choice([None, None, 5, 40, 1000])
        assert N.html_to_text(text, limit) == reference_html_to_text(text, limit), repr(text)


def test_html_to_text_matches_reference_on_prose() -> None:
    rng = random.Random(1)
    words = ["the", "of", "and", "China", "университет", "中国", "жители", "&amp;", "<p>", "</p>", "\n\t", "x"]
    for _ in range(200):
        text = " ".join(rng.choice(words) for _ in range(400))
        assert N.html_to_text(text) == reference_html_to_text(text)
        assert N.html_to_text(text, 600) == reference_html_to_text(text, 600)


LANG_CHARS = (
    "abcxyzABCXYZ  o'g'va uchun qazaqstan jáne ǵńúıý"
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙ ӘҒҚҢӨҰҮҺІәғқңөұүһі ўЎҳҲ ӣӢӯӮҷҶ"
    "中国哈萨克斯坦大学 㐀䶵 ＫＺ１２ 12345 .,;!?—«»\n\t\u0400\u04ff\u0500Ωω"
)


@pytest.mark.parametrize("seed", range(4))
def test_detect_language_matches_reference(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(3000):
        n = rng.choice([0, 1, 3, 20, 200, 2500])
        text = "".join(rng.choice(LANG_CHARS) for _ in range(n))
        assert N.detect_language(text) == reference_detect_language(text), repr(text)


def test_detect_language_cyrillic_block_lower_case() -> None:
    for cp in range(0x0400, 0x0500):
        ch = chr(cp)
        for text in (ch * 3, f"{ch} ab", f"{ch}{ch} 中", "ӣ" + ch):
            assert N.detect_language(text) == reference_detect_language(text), hex(cp)


def reference_safe_link(link: str | None, base: str | None) -> str | None:
    """safe_link() without its shortcut for plain absolute URLs."""
    from urllib.parse import urljoin, urlsplit

    if not link:
        return None
    link = link.strip()
    try:
        absolute = urljoin(base or "", link) if base else link
        parts = urlsplit(absolute)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    if not absolute.startswith(parts.scheme):
        absolute = parts.scheme + ":" + absolute.partition(":")[2]
    if N._NOT_IN_URLS.search(absolute):
        absolute = N._NOT_IN_URLS.sub(N._percent, absolute)
    return absolute


LINK_PIECES = ["http", "https", "HTTP", "ftp", ":", "//", "/", "a.b", "kun.uz", "[::1]", "[", ":80", ":", "?", "#",
               ";", "x=1", "&", "%41", "%", " ", "\t", "..", ".", "news", "китай", "<", "'", "~", "-", "@", "user",
               "\x00"]
BASES = [None, "", "http://127.0.0.1:8000/feed1.xml", "https://bench1.example/", "http://[::1/x", "ftp://a.b/",
         "https://a.b/dir/page?x=1#f", "https://a.b/" + "x" * 2100, "http://[::1/" + "x" * 2100]


@pytest.mark.parametrize("base", BASES)
def test_safe_link_shortcut_matches_the_general_steps(base: str | None) -> None:
    rng = random.Random(16)
    links = ["https://bench1.example/news/5", "http://a.b", "https://a.b?x=1", "https://a.b#f", "https://a.b/x?",
             "https://a.b/x#", "https://a.b/x;p?q", "http://A.B:8080/x/y-z?q=1&r=%20#f#g", " https://a.b/x \n"]
    for _ in range(6_000):
        links.append("".join(rng.choice(LINK_PIECES) for _ in range(rng.randint(1, 9))))
        links.append(rng.choice(["http://", "https://"]) + "".join(rng.choice(LINK_PIECES) for _ in range(rng.randint(1, 7))))
    shortcut = 0
    for link in links:
        assert N.safe_link(link, base) == reference_safe_link(link, base), (link, base)
        shortcut += bool(N._PLAIN_URL.fullmatch(link.strip()))
    assert shortcut > 500  # the shortcut was taken often enough to be tested
