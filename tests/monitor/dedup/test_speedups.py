"""The shortcuts of canonical_url() and strip_site_suffix() give what the general steps give
(see docs/architecture.md, "The rest of a parse worker's cycle, second round")."""

from __future__ import annotations

import random
import re
from urllib.parse import quote, urlsplit, urlunsplit

import pytest

from monitor.dedup import urls
from monitor.dedup import text
from monitor.dedup.urls import canonical_url, resolve_google_news

from .test_urls import FOLDS

SAFES = [urls._PATH_SAFE, urls._QUERY_SAFE, urls._FRAGMENT_SAFE]


def reference_component(text: str, safe: str) -> str:
    """_normalise_component as first written, without its shortcut."""
    out = []
    for piece in urls._ESCAPE.split(text):
        if len(piece) == 3 and piece[0] == "%" and urls._ESCAPE.fullmatch(piece):
            char = chr(int(piece[1:], 16))
            out.append(char if char in urls._UNRESERVED else piece.upper())
        elif piece:
            out.append(quote(piece, safe=safe, errors="surrogateescape"))
    return "".join(out)


@pytest.mark.parametrize("safe", SAFES)
def test_the_kept_characters_are_the_ones_quote_keeps(safe: str) -> None:
    pattern = urls._QUOTE_KEEPS[safe]
    for cp in range(0x110000):
        char = chr(cp)
        if 0xD800 <= cp <= 0xDFFF:
            continue
        assert bool(pattern.fullmatch(char)) is (quote(char, safe=safe) == char), hex(cp)


COMPONENTS = ["", "news", "2024-11-03", "a b", "киtай", "x%41y", "%7e", "~joint-lab", "a+b=c", "a&b", "q?x",
              "index.html", "'(quoted)'", "\udcff", "@:!$*,;", "#frag", "a%zz", "%2E%2E", "tab\tbed"]


@pytest.mark.parametrize("safe", SAFES)
@pytest.mark.parametrize("text", COMPONENTS)
def test_component_shortcut(text: str, safe: str) -> None:
    assert urls._normalise_component(text, safe) == reference_component(text, safe)


@pytest.mark.parametrize(("key", "raw", "expected"), FOLDS, ids=[f[0] for f in FOLDS])
def test_the_key_is_what_urlunsplit_writes(key: str, raw: str, expected: str) -> None:
    out = canonical_url(raw)
    if out.startswith("https://"):
        parts = urlsplit(out)
        assert urlunsplit(("https", parts.netloc, parts.path, parts.query, parts.fragment)) == out
    assert canonical_url(raw) == out  # the memoised host gives the same the second time


def test_long_hosts_are_not_memoised() -> None:
    host = "www." + "a" * 300 + ".example"
    before = urls._host_and_port_of.cache_info().currsize
    assert canonical_url(f"HTTP://{host.upper()}:80/x/") == f"https://{host[4:]}/x"
    assert canonical_url(f"https://{host}:8443/x") == f"https://{host[4:]}:8443/x"
    assert urls._host_and_port_of.cache_info().currsize == before


@pytest.mark.parametrize("link", ["https://NEWS.GOOGLE.COM/rss/articles/x?url=https://kun.uz/news/1",
                                  "https://www.Google.com/url?q=https://kun.uz/news/2",
                                  "https://news.google.com./news/url?url=https://kun.uz/news/3"])
def test_google_links_in_any_case_still_resolve(link: str) -> None:
    assert resolve_google_news(link) is not None


def reference_strip_site_suffix(title: str) -> str:
    """strip_site_suffix as first written: the regex searched whatever the title."""
    for _ in range(2):
        m = text._SITE_SUFFIX.search(title)
        if not m:
            break
        head, tail = title[: m.start()], m.group(1)
        if len(tail.split()) > 4 or not text._long_enough(head):
            break
        title = head
    return title


def test_regex_white_space_is_isspace() -> None:
    space = re.compile(r"\s")
    for cp in range(0x110000):
        char = chr(cp)
        assert bool(space.fullmatch(char)) is char.isspace(), hex(cp)


TITLES = ["Kazakh and Chinese scientists open a lab - Kazinform", "Lab opens 3-5 December in Almaty",
          "Lab opens | Zakon.kz", "中哈共建联合实验室--人民网", "中哈共建联合实验室_天山网", "A title\u2003— Site",
          "A - B", "-Dash first", "Ends with a dash -", "No separators at all", "under_score", "a\t-\tb c d e"]


@pytest.mark.parametrize("title", TITLES)
def test_site_suffix_shortcut(title: str) -> None:
    assert text.strip_site_suffix(title) == reference_strip_site_suffix(title)


def test_site_suffix_shortcut_on_random_titles() -> None:
    alphabet = ["a", "Word", "中国", " ", "\u3000", "\t", "-", "--", "–", "—", "|", "｜", "_", "1", "."]
    rng = random.Random(16)
    for _ in range(20_000):
        title = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert text.strip_site_suffix(title) == reference_strip_site_suffix(title), repr(title)
