"""canonical_url() and resolve_google_news(): table-driven."""

from __future__ import annotations

import base64
import itertools
import random

import pytest

from monitor.dedup.urls import canonical_url, resolve_google_news

# (id, input, expected key)
FOLDS = [
    ("tracking-utm", "https://kun.uz/news/2024/11/03/uzbekistan-china-lab?utm_source=telegram&utm_medium=social&utm_campaign=nov",
     "https://kun.uz/news/2024/11/03/uzbekistan-china-lab"),
    ("tracking-fbclid-ref", "https://astanatimes.com/2024/11/tsinghua-kaznu-lab/?fbclid=IwAR0xYz&ref=rss",
     "https://astanatimes.com/2024/11/tsinghua-kaznu-lab"),
    ("tracking-mixed-case", "https://tengrinews.kz/kazakhstan_news/lab-533231/?UTM_Source=x&Gclid=abc&yclid=9&_openstat=ZGly",
     "https://tengrinews.kz/kazakhstan_news/lab-533231"),
    ("tracking-encoded-name", "https://24.kg/english/312455/?utm%5Fsource=rss", "https://24.kg/english/312455"),
    ("tracking-wechat", "https://www.news.cn/world/20241103/abc123/c.html?from=timeline&isappinstalled=0",
     "https://news.cn/world/20241103/abc123/c.html"),
    ("tracking-spm-mailchimp", "https://www.cgtn.com/news/2024-11-04/abc/index.html?spm=C96370.PPDB2vhvSivQ&mc_cid=1&mc_eid=2",
     "https://cgtn.com/news/2024-11-04/abc"),
    ("http-to-https", "http://www.inform.kz/en/article_a4189233", "https://inform.kz/en/article_a4189233"),
    ("case-scheme-host", "HTTPS://WWW.Kun.UZ/news/1", "https://kun.uz/news/1"),
    ("default-port-http", "http://kun.uz:80/news/1", "https://kun.uz/news/1"),
    ("default-port-https", "https://kun.uz:443/news/1", "https://kun.uz/news/1"),
    ("other-port-kept", "http://kun.uz:8080/news/1", "https://kun.uz:8080/news/1"),
    ("mobile-host", "https://m.tengrinews.kz/kazakhstan_news/lab-533231/", "https://tengrinews.kz/kazakhstan_news/lab-533231"),
    ("mobile-long-host", "https://mobile.akipress.com/news:812345/", "https://akipress.com/news:812345"),
    ("amp-host", "https://amp.dw.com/ru/kitaj-i-centralnaja-azija/a-67890", "https://dw.com/ru/kitaj-i-centralnaja-azija/a-67890"),
    ("amp-suffix", "https://www.inform.kz/en/article_a4192100/amp", "https://inform.kz/en/article_a4192100"),
    ("amp-suffix-slash", "https://kun.uz/news/2024/11/03/lab/amp/", "https://kun.uz/news/2024/11/03/lab"),
    ("amp-prefix", "https://www.gazeta.uz/amp/ru/2024/11/12/cotton-centre/", "https://gazeta.uz/ru/2024/11/12/cotton-centre"),
    ("amp-query", "https://daryo.uz/en/2024/11/08/aral-sea?amp=1", "https://daryo.uz/en/2024/11/08/aral-sea"),
    ("amp-query-bare", "https://daryo.uz/en/2024/11/08/aral-sea?amp", "https://daryo.uz/en/2024/11/08/aral-sea"),
    ("amp-outputtype", "https://www.scmp.com/news/china/article/3285000/lab?outputType=amp",
     "https://scmp.com/news/china/article/3285000/lab"),
    ("amp-cache", "https://www-kun-uz.cdn.ampproject.org/c/s/www.kun.uz/news/2024/11/03/lab?amp=1",
     "https://kun.uz/news/2024/11/03/lab"),
    ("fragment-dropped", "https://astanatimes.com/2024/11/lab/#comments", "https://astanatimes.com/2024/11/lab"),
    ("query-sorted", "https://kapital.kz/search?q=china&page=2&lang=ru", "https://kapital.kz/search?lang=ru&page=2&q=china"),
    ("query-plus-is-space", "https://kapital.kz/search?q=kazakhstan+china", "https://kapital.kz/search?q=kazakhstan%20china"),
    ("percent-unreserved-decoded", "https://kun.uz/news/%7Ejoint%2Dlab", "https://kun.uz/news/~joint-lab"),
    ("percent-upper", "https://kun.uz/ru/news/%d0%ba%d0%b8%d1%82%d0%b0%d0%b9", "https://kun.uz/ru/news/%D0%BA%D0%B8%D1%82%D0%B0%D0%B9"),
    ("non-ascii-path", "https://kun.uz/ru/news/китай", "https://kun.uz/ru/news/%D0%BA%D0%B8%D1%82%D0%B0%D0%B9"),
    ("idna-host", "https://Президент.рф/news/1", "https://xn--d1abbgf6aiiy.xn--p1ai/news/1"),
    ("index-page", "https://www.cgtn.com/news/2024-11-04/abc/index.html", "https://cgtn.com/news/2024-11-04/abc"),
    ("index-php-keeps-query", "https://site.kz/index.php?id=123&utm_source=x", "https://site.kz/?id=123"),
    ("dot-segments", "https://kun.uz/news/./2024/../2024/11/lab", "https://kun.uz/news/2024/11/lab"),
    ("double-slash", "https://kun.uz//news//2024/lab", "https://kun.uz/news/2024/lab"),
    ("jsessionid", "https://www.inform.kz/en/article;jsessionid=8F2A1B?x=1", "https://inform.kz/en/article?x=1"),
    ("credentials-dropped", "https://user:secret@kun.uz/news/1", "https://kun.uz/news/1"),
    ("trailing-dot-host", "https://kun.uz./news/1", "https://kun.uz/news/1"),
    ("root", "http://www.kun.uz", "https://kun.uz/"),
    ("whitespace", "  https://kun.uz/news/1 \n", "https://kun.uz/news/1"),
    ("escaped-amp-entity", "https://site.kz/news.php?id=1&amp;lang=ru&amp;utm_source=rss",
     "https://site.kz/news.php?id=1&lang=ru"),
    ("google-news-edition", "https://news.google.com/rss/articles/CBMiAU_yqLNxyz?oc=5&hl=ru&gl=KZ&ceid=KZ:ru",
     "https://news.google.com/rss/articles/CBMiAU_yqLNxyz"),
    ("encoded-dot-segments", "https://kun.uz/a/%2E%2E/b/%2e/c", "https://kun.uz/b/c"),
]

# Pairs that must NOT get the same key.
DISTINCT = [
    ("different-path", "https://kun.uz/news/2024/11/03/lab", "https://kun.uz/news/2024/11/04/lab"),
    ("meaningful-id", "https://site.kz/news.php?id=123", "https://site.kz/news.php?id=124"),
    ("meaningful-page", "https://kapital.kz/search?q=china&page=2", "https://kapital.kz/search?q=china&page=3"),
    ("path-case", "https://timesca.com/News/Lab", "https://timesca.com/news/lab"),
    ("different-host", "https://kun.uz/news/1", "https://daryo.uz/news/1"),
    ("subdomain-kept", "https://en.kun.uz/news/1", "https://kun.uz/news/1"),
    ("lang-subdomain-kept", "https://ru.sputnik.kg/20241105/x.html", "https://sputnik.kg/20241105/x.html"),
    ("other-port", "https://kun.uz:8443/news/1", "https://kun.uz/news/1"),
    ("encoded-slash", "https://kun.uz/a%2Fb", "https://kun.uz/a/b"),
    ("plus-vs-encoded-plus", "https://kapital.kz/search?q=c%2B%2B", "https://kapital.kz/search?q=c%20%20"),
    ("outputtype-not-amp", "https://scmp.com/x?outputType=json", "https://scmp.com/x"),
    ("hl-kept-elsewhere", "https://example.kz/x?hl=ru", "https://example.kz/x?hl=en"),
    ("amp-alone-is-a-path", "https://kun.uz/amp", "https://kun.uz/"),
    ("hashbang-route", "https://old.kz/#!/news/1", "https://old.kz/#!/news/2"),
    ("short-host-not-stripped", "https://m.kz/news/1", "https://kz/news/1"),
]

UNTOUCHED = [
    ("mailto", "mailto:editor@kun.uz", "mailto:editor@kun.uz"),
    ("javascript", " javascript:alert(1) ", "javascript:alert(1)"),
    ("relative", "/news/1", "/news/1"),
    ("bad-ipv6", "http://[::1/news", "http://[::1/news"),
    ("not-a-url", "kun.uz news", "kun.uz news"),
]


@pytest.mark.parametrize(("url", "expected"), [c[1:] for c in FOLDS], ids=[c[0] for c in FOLDS])
def test_canonical_url_folds(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


@pytest.mark.parametrize(("a", "b"), [c[1:] for c in DISTINCT], ids=[c[0] for c in DISTINCT])
def test_canonical_url_keeps_apart(a: str, b: str) -> None:
    assert canonical_url(a) != canonical_url(b)


@pytest.mark.parametrize(("url", "expected"), [c[1:] for c in UNTOUCHED], ids=[c[0] for c in UNTOUCHED])
def test_canonical_url_leaves_non_http_alone(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


ALL_URLS = [u for c in FOLDS + UNTOUCHED for u in c[1:]] + [u for c in DISTINCT for u in c[1:]] + [
    "https://x.kz/?q=%E0%E1",  # cp1251 escapes are not UTF-8: kept as they are
    "http://[::1]:80/x",
    "https://x.kz/p?a=&b&a=2&a=1",
    "https://x.kz/p?%zz=1",
    "https://x.kz/%",
    "http://x.kz:0443/",
    "https://x.kz/amp/amp",
    "https://a.b.c.www.kun.uz/x",
    "https://www.m.amp.kun.uz/x",
]


@pytest.mark.parametrize("url", ALL_URLS)
def test_canonical_url_is_idempotent(url: str) -> None:
    once = canonical_url(url)
    assert canonical_url(once) == once


def test_same_story_links_get_one_key() -> None:
    links = [
        "http://www.kun.uz/news/2024/11/03/lab?utm_source=rss",
        "https://m.kun.uz/news/2024/11/03/lab/",
        "https://kun.uz/news/2024/11/03/lab/amp",
        "https://kun.uz/amp/news/2024/11/03/lab",
        "https://www-kun-uz.cdn.ampproject.org/c/s/kun.uz/news/2024/11/03/lab",
        "https://KUN.uz:443/news/2024/11/03/lab#top",
    ]
    assert len({canonical_url(u) for u in links}) == 1


def test_canonical_url_total_on_odd_input() -> None:
    for junk in ["", "http://", "https://:80/", "http://[", "h" * 10_000, "http://x.kz/" + "%" * 50,
                 "http://xn--/", "http://-bad-.kz/a", "http://\u0000.kz/"]:
        canonical_url(junk)  # never raises


# --------------------------------------------------------------------------------------------
# Google News


def _article_id(url: str, new_format: bool = False) -> str:
    """An old-format Google News article id: base64url protobuf carrying the URL."""
    payload = url.encode()
    if new_format:
        payload = b"AU_yqLN" + bytes(range(40))
    body = b"\x08\x13\x22" + _varint(len(payload)) + payload + b"\xd2\x01\x00"
    return base64.urlsafe_b64encode(body).decode().rstrip("=")


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


PUBLISHER = "https://www.astanatimes.com/2024/11/tsinghua-and-kaznu-open-joint-laboratory-for-water-research/"
LONG = "https://www.inform.kz/ru/" + "kazahstanskie-studenty-poluchat-200-grantov-na-obuchenie-v-kitae" * 3 + "_a4188932"

GOOGLE = [
    ("old-article-id", f"https://news.google.com/rss/articles/{_article_id(PUBLISHER)}?oc=5", None, None, PUBLISHER),
    ("old-article-id-long-varint", f"https://news.google.com/rss/articles/{_article_id(LONG)}?oc=5&hl=ru", None, None, LONG),
    ("articles-path", f"https://news.google.com/articles/{_article_id(PUBLISHER)}", None, None, PUBLISHER),
    ("url-param-old-format", "https://news.google.com/news/url?sa=t&fd=R&ct2=us&usg=AFQjCNE&url=https://kun.uz/en/news/2024/11/08/aral",
     None, None, "https://kun.uz/en/news/2024/11/08/aral"),
    ("google-alerts", "https://www.google.com/url?rct=j&sa=t&url=https://tengrinews.kz/kazakhstan_news/lab-533231/&ct=ga&cd=CAEY&usg=AOv",
     None, None, "https://tengrinews.kz/kazakhstan_news/lab-533231/"),
    ("new-id-with-description-link",
     "https://news.google.com/rss/articles/CBMiAU_yqLNxyz?oc=5", "https://www.astanatimes.com",
     f'<a href="{PUBLISHER}" target="_blank">Tsinghua and KazNU open joint laboratory</a>&nbsp;&nbsp;<font color="#6f6f6f">The Astana Times</font>',
     PUBLISHER),
    ("new-id-description-only-google",
     f"https://news.google.com/rss/articles/{_article_id('', new_format=True)}?oc=5", "https://www.astanatimes.com",
     f'<a href="https://news.google.com/rss/articles/{_article_id("", new_format=True)}?oc=5">Title</a>&nbsp;<font>The Astana Times</font>',
     None),
    ("cluster-prefers-source-host",
     "https://news.google.com/rss/articles/CBMiAU_yqLNxyz", "https://kun.uz",
     ('<ol><li><a href="https://daryo.uz/en/2024/11/08/aral">Daryo</a></li>'
      '<li><a href="https://kun.uz/en/news/2024/11/08/aral">Kun.uz</a></li>'
      '<li><a href="https://kun.uz">Kun.uz home</a></li></ol>'),
     "https://kun.uz/en/news/2024/11/08/aral"),
    ("home-page-is-not-the-article",
     "https://news.google.com/rss/articles/CBMiAU_yqLNxyz", "https://www.kun.uz/",
     '<a href="https://kun.uz">Kun.uz</a>', None),
    ("entities-in-href",
     "https://news.google.com/rss/articles/CBMiAU_yqLNxyz", None,
     '<a href="https://site.kz/news.php?id=1&amp;lang=ru">x</a>', "https://site.kz/news.php?id=1&lang=ru"),
    ("javascript-href-ignored",
     "https://news.google.com/rss/articles/CBMiAU_yqLNxyz", None,
     '<a href="javascript:alert(1)">x</a>', None),
    ("no-info", "https://news.google.com/rss/articles/CBMiAU_yqLNxyz?oc=5", None, None, None),
    ("not-google", "https://kun.uz/news/1?url=https://other.kz/x", None, None, None),
    ("google-url-pointing-to-google", "https://www.google.com/url?q=https://news.google.com/x", None, None, None),
    ("garbage-id", "https://news.google.com/rss/articles/!!!notbase64", None, None, None),
]


@pytest.mark.parametrize(("link", "source", "summary", "expected"), [c[1:] for c in GOOGLE],
                         ids=[c[0] for c in GOOGLE])
def test_resolve_google_news(link: str, source: str | None, summary: str | None,
                             expected: str | None) -> None:
    assert resolve_google_news(link, source, summary) == expected


def test_resolved_google_link_shares_the_publisher_key() -> None:
    link = f"https://news.google.com/rss/articles/{_article_id(PUBLISHER + '?utm_source=gn')}?oc=5"
    resolved = resolve_google_news(link, None, None)
    assert resolved is not None
    assert canonical_url(resolved) == canonical_url("http://astanatimes.com/2024/11/tsinghua-and-kaznu-open-joint-laboratory-for-water-research")


def test_resolve_google_news_total_on_odd_input() -> None:
    for link, summary in itertools.product(
        ["", "https://news.google.com/rss/articles/", "https://news.google.com/rss/articles/" + "A" * 5000,
         "https://news.google.com:99999/x", "https://news.google.com/rss/articles/CBMi" + "_" * 7],
        [None, "", "<a href=", "<a href='http://[::1'>x</a>", "<" * 1000],
    ):
        resolve_google_news(link, "not a url", summary)  # never raises


def test_canonical_url_idempotent_on_generated_urls() -> None:
    rng = random.Random(11)
    schemes = ["http", "https", "HTTP", "Https"]
    hosts = ["kun.uz", "www.kun.uz", "m.tengrinews.kz", "WWW.M.news.cn", "президент.рф", "m.kz",
             "amp.dw.com", "[::1]", "127.0.0.1", "user:pw@kun.uz", "kun.uz.", "www-kun-uz.cdn.ampproject.org"]
    ports = ["", ":80", ":443", ":8080", ":0443"]
    segments = ["news", "2024", "amp", "AMP", "index.html", ".", "..", "%2E", "%2e%2E", "%7e",
                "китай", "a%2Fb", "%d0%ba", "%zz", "x;jsessionid=1", "", "c/s", "News", "a+b", "a b"]
    params = ["utm_source=x", "id=123", "amp", "amp=1", "outputType=amp", "outputType=json",
              "q=a+b", "q=%2B", "amp;lang=ru", "from=timeline", "page=2", "a=", "a", "=x",
              "x=%E0", "s=a=b", "UTM_Medium=y", "k=%7e"]
    for _ in range(3000):
        path = "/".join(rng.choice(segments) for _ in range(rng.randint(0, 5)))
        query = "&".join(rng.choice(params) for _ in range(rng.randint(0, 4)))
        url = (f"{rng.choice(schemes)}://{rng.choice(hosts)}{rng.choice(ports)}/{path}"
               + (f"?{query}" if query or rng.random() < 0.1 else "")
               + rng.choice(["", "#top", "#!/r/1", "#"]))
        once = canonical_url(url)
        assert canonical_url(once) == once, url
