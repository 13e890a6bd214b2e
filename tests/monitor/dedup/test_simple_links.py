"""canonical_url()'s shortcut for plain links (``_simple_key``) gives the general rules' key."""

from __future__ import annotations

import random

import pytest

from monitor.dedup import urls
from monitor.dedup.urls import canonical_url

SCHEMES = ["http://", "https://", "HTTPS://", "ftp://", "https:/", ""]
HOSTS = ["example.com", "WWW.Example.COM", "m.kun.uz", "www.m.kun.uz", "a", "ab", "x.cdn.ampproject.org",
         "host.", "x..y", "1.2.3.4", "xn--80ak6aa92e.com", "bench3.example", "amp.example.org", "-x.com",
         "user@example.com", "example.com:443", "example.com:8080", "[::1]", "пример.рф"]
SEGMENTS = ["news", "2024", "Amp", "amp", "AMP", "index.html", "INDEX.PHP", "default.aspx", "a.b", "~user", "-x",
            "_y", ".", "..", "...", ".well-known", "", "%41", "a;jsessionid=1", "ok", "Новости", "a b", "a+b", "a:b"]
TAILS = ["", "/", "?", "?a=1", "?utm_source=x", "#top", "#!/route", "//", "\t"]


def _general(url: str) -> str:
    saved = urls._simple_key
    urls._simple_key = lambda raw: None
    try:
        return canonical_url(url)
    finally:
        urls._simple_key = saved


def _random_links(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        path = "".join("/" + rng.choice(SEGMENTS) for _ in range(rng.randint(0, 5)))
        out.append(rng.choice(SCHEMES) + rng.choice(HOSTS) + path + rng.choice(TAILS))
    return out


CASES = {
    "plain": "https://bench3.example/news/17",
    "http-www-trailing-slash": "http://www.kun.uz/news/2024/11/03/slug-123/",
    "bare-host": "https://kun.uz",
    "bare-host-slash": "https://kun.uz/",
    "empty-segments": "https://kun.uz//news///1",
    "upper-host": "https://WWW.Kun.UZ/News/1",
    "index-page": "https://kun.uz/news/index.html",
    "amp-first": "https://kun.uz/amp/news/1",
    "amp-last": "https://kun.uz/news/1/amp",
    "amp-only": "https://kun.uz/amp",
    "dot-segments": "https://kun.uz/a/./b/../c",
    "amp-cache": "https://www-kun-uz.cdn.ampproject.org/c/s/www.kun.uz/news/1",
    "query": "https://kun.uz/news?id=1&utm_source=x",
    "tilde-and-dots": "https://kun.uz/~ed/a.b.c/x-y_z",
}


@pytest.mark.parametrize("url", CASES.values(), ids=CASES.keys())
def test_the_general_rules_key(url: str) -> None:
    assert canonical_url(url) == _general(url)


def test_random_links() -> None:
    taken = 0
    for url in _random_links(20_000, 16):
        if urls._simple_key(url.strip()) is not None:
            taken += 1
        assert canonical_url(url) == _general(url), url
    assert taken > 300  # the shortcut is exercised


def test_shortcut_declines_what_it_cannot_tell() -> None:
    for url in ["https://kun.uz/news/index.html", "https://kun.uz/amp/news/1", "https://kun.uz/a/../b",
                "https://x.cdn.ampproject.org/c/s/kun.uz/1", "https://kun.uz/news?id=1", "https://kun.uz:8080/a"]:
        assert urls._simple_key(url) is None, url
    assert urls._simple_key("https://www.kun.uz/news/1/") == "https://kun.uz/news/1"
