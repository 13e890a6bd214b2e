"""Random RSS 2.0/0.9x, Atom 1.0/0.3 and RDF documents made of the elements and quirks that
monitor.feeds.fastparse reproduces (and a few it declines), for holding it to feedparser.

Each document mixes, in random order and number: titles of every kind (``dc:title``,
``media:title``, typed and XHTML Atom titles), links as text and as ``atom:link``, GUIDs with and
without ``isPermaLink``, one or more descriptions, ``content:encoded``, ``itunes:summary``,
dates in many shapes, authors (text and Atom persons), ``<source url>``, media groups, unknown
elements, ``xml:lang``; texts with entities, CDATA, character references, C1 characters,
UTF-8 read as ISO-8859-1, Cyrillic and Chinese; root namespace declarations in random order;
and, through :func:`encoded`, other charsets, BOMs and HTTP content types.
"""

from __future__ import annotations

import random

TEXTS = ["", "  ", "plain", "Plain title", "a &amp; b", "<![CDATA[<p>x & y</p>]]>", "&lt;b&gt;bold&lt;/b&gt; text",
         "Ã©tÃ© mojibake", "&#x93;quoted&#x94;", "Казахстан и Китай", "中国与哈萨克斯坦", "tab\tand\nnewline",
         "  spaced out  ", "x&#160;y", "caf\u00e9", "&#38;amp; done", "<![CDATA[ ]]>", "1 &lt; 2", "\u00a0nbsp\u00a0",
         "O\u02bbzbekiston", "mail john@example.com (John)", "&#x80;euro"]
URLS = ["https://x.example/a", "http:///x.example//b", "https://x.example/a?b=1&amp;c=2", "/relative/path",
        "urn:uuid:1234", "12345", "  https://x.example/sp  ", "", "javascript:alert(1)", "https://x.example/a?x&amp;y;z",
        "https://x.example/\u0444"]
DATES = ["Tue, 20 Sep 2026 10:00:00 GMT", "2026-09-20T10:00:00Z", "2026-09-20T10:00:00+03:00", "garbage", "",
         "Sun, 06 Nov 1994 08:49:37 +0100", "2026-09-20", "20 Sep 2026", "2026-13-45T99:00:00Z", "Tue, 20 Sep 2026",
         "Mon, 31 Feb 2026 10:00:00 GMT", "2026-09-20T10:00:00.123-05:30"]
LANGS = ["en", "ru", "zh_CN", "", "kk-KZ"]
FOO_ATTRIBUTES = ["", ' a="1"']
RSS_NS = ['xmlns:dc="http://purl.org/dc/elements/1.1/"', 'xmlns:content="http://purl.org/rss/1.0/modules/content/"',
          'xmlns:atom="http://www.w3.org/2005/Atom"', 'xmlns:media="http://search.yahoo.com/mrss/"',
          'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"', 'xmlns:foo="http://foo.example/ns"',
          'xmlns:dcterms="http://purl.org/dc/terms/"', 'xmlns:x="http://x.example/"']
EXTRA_NS = ['xmlns:rss1="http://purl.org/rss/1.0/"', 'xmlns:y="http://foo.example/ns"',
            'xmlns:ns0="http://www.w3.org/2005/Atom"', 'xmlns:z="http://X.example/"',
            'xmlns:net="http://my.netscape.com/rdf/simple/0.9/"', 'xmlns:DC="http://purl.org/dc/elements/1.1/"']
NESTED = ['<atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="alternate" href="URL"/>',
          '<dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">TEXT</dc:creator>',
          '<dc:title xmlns:dc="http://purl.org/dc/terms/">TEXT</dc:title>',
          '<m:title xmlns:m="http://search.yahoo.com/mrss">TEXT</m:title>',
          '<foo:title xmlns:foo="http://purl.org/dc/elements/1.1/">TEXT</foo:title>',
          '<title xmlns="http://www.w3.org/2005/Atom">TEXT</title>',
          '<q:title xmlns:q="http://q.example/">TEXT</q:title>',
          '<x:t xmlns:x="http://x.example/">TEXT</x:t>']
CONTENT_TYPES = [None, None, "application/rss+xml", "application/xml; charset=utf-8", "text/xml",
                 "text/xml; charset=UTF-8", "text/html", "application/octet-stream",
                 "application/atom+xml; charset=windows-1251", "Application/XML"]


def feed(rng: random.Random) -> bytes:
    """One random document, UTF-8."""
    r = rng.random()
    return (_rss if r < 0.5 else _atom if r < 0.8 else _rdf)(rng).encode("utf-8")


def encoded(rng: random.Random, body: bytes) -> tuple[bytes, str | None]:
    """The same document in another charset or with a BOM (sometimes), and a content type."""
    text = body.decode("utf-8")
    r = rng.random()
    if r < 0.15:
        charset = rng.choice(["windows-1251", "koi8-r", "gb18030", "iso-8859-1"])
        if text.startswith("<?xml"):
            text = text[text.index("?>") + 2:]
        data = (f'<?xml version="1.0" encoding="{charset}"?>' + text).encode(charset, "replace")
    elif r < 0.25:
        data = b"\xef\xbb\xbf" + body
    else:
        data = body
    return data, rng.choice(CONTENT_TYPES)


def _lang(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return f' xml:lang="{rng.choice(LANGS)}"'
    if rng.random() < 0.03:
        return f' lang="{rng.choice(LANGS)}"'
    return ""


def _type(rng: random.Random, atom: bool) -> str:
    if rng.random() < 0.5:
        return ""
    if atom:
        return f' type="{rng.choice(["text", "html", "xhtml", "TEXT", "text/html", "text/plain"])}"'
    return f' type="{rng.choice(["text/plain", "html", "text"])}"'


def _xhtml(rng: random.Random, text: str) -> str:
    text = text.replace("<![CDATA[", "").replace("]]>", "")
    inner = rng.choice([f"<b>{text}</b>", f"{text} <i>it</i>", f"{text}<br/>x",
                        f'<a href="{rng.choice(URLS)}" REL="NoFollow">l</a>'])
    r = rng.random()
    if r < 0.5:
        return f'<div xmlns="http://www.w3.org/1999/xhtml">{inner}</div>'
    if r < 0.7:
        return f'  <div xmlns="http://www.w3.org/1999/xhtml" class="c">{inner}</div>\n'
    if r < 0.85:
        return '<div xmlns="http://www.w3.org/1999/xhtml">a</div><div xmlns="http://www.w3.org/1999/xhtml">b</div>'
    return text


def _construct(rng: random.Random, name: str, atom: bool) -> str:
    kind = _type(rng, atom)
    text = rng.choice(TEXTS)
    if "xhtml" in kind:
        text = _xhtml(rng, text)
    return f"<{name}{kind}{_lang(rng)}>{text}</{name}>"


def _namespaces(rng: random.Random, declarations: list[str]) -> str:
    declarations = declarations + rng.sample(EXTRA_NS, rng.randint(0, 2))
    rng.shuffle(declarations)
    return " ".join(declarations)


def _rss_item(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 9)):
        c = rng.choice(["title", "title", "dc:title", "media:title", "link", "link", "atomlink", "guid", "guid",
                        "description", "description", "content", "itunes:summary", "pubDate", "dc:date",
                        "dcterms:modified", "dcterms:created", "author", "dc:creator", "managingEditor", "source",
                        "category", "enclosure", "comments", "foo", "foo:bar", "mediagroup", "media:content",
                        "media:thumbnail", "itunes:keywords", "x:title", "lastBuildDate", "dc:language",
                        "itunes:author", "media:description", "nested"])
        if c in ("title", "dc:title", "media:title", "description", "media:description"):
            parts.append(_construct(rng, c, False))
        elif c == "content":
            parts.append(f"<content:encoded>{rng.choice(TEXTS)}</content:encoded>")
        elif c in ("itunes:summary", "author", "dc:creator", "managingEditor", "itunes:author", "x:title"):
            parts.append(f"<{c}>{rng.choice(TEXTS)}</{c}>")
        elif c == "link":
            parts.append(f"<link>{rng.choice(URLS)}</link>")
        elif c == "atomlink":
            rel = rng.choice(['', ' rel="self"', ' rel="alternate"', ' rel="ALTERNATE"', ' rel="enclosure"'])
            kind = rng.choice(['', ' type="text/html"', ' type="application/rss+xml"', ' type="HTML"'])
            parts.append(f'<atom:link{rel}{kind} href="{rng.choice(URLS)}"/>')
        elif c == "guid":
            permalink = rng.choice(['', ' isPermaLink="false"', ' isPermaLink="true"', ' isPermaLink="True"'])
            parts.append(f"<guid{permalink}>{rng.choice(URLS + TEXTS[:4])}</guid>")
        elif c in ("pubDate", "dc:date", "dcterms:modified", "dcterms:created", "lastBuildDate"):
            parts.append(f"<{c}>{rng.choice(DATES)}</{c}>")
        elif c == "source":
            url = rng.choice(['', f' url="{rng.choice(URLS)}"'])
            parts.append(f"<source{url}>{rng.choice(TEXTS)}</source>")
        elif c == "category":
            parts.append(f'<category domain="d">{rng.choice(TEXTS)}</category>')
        elif c == "enclosure":
            parts.append(f'<enclosure url="{rng.choice(URLS)}" type="audio/mpeg" length="1"/>')
        elif c == "comments":
            parts.append(f"<comments>{rng.choice(URLS)}</comments>")
        elif c == "foo":
            parts.append(f"<foo{rng.choice(FOO_ATTRIBUTES)}>{rng.choice(TEXTS)}</foo>")
        elif c == "foo:bar":
            inner = rng.choice(["text", _construct(rng, "title", False), "<foo:baz>z</foo:baz>"])
            parts.append(f"<foo:bar>{inner}</foo:bar>")
        elif c == "mediagroup":
            inner = "".join(rng.choice([_construct(rng, "media:title", False),
                                        _construct(rng, "media:description", False),
                                        '<media:content url="u"/>', '<media:thumbnail url="t"/>'])
                            for _ in range(rng.randint(0, 3)))
            parts.append(f"<media:group>{inner}</media:group>")
        elif c == "media:content":
            inner = rng.choice(["", _construct(rng, "media:title", False), _construct(rng, "media:description", False)])
            parts.append(f'<media:content url="{rng.choice(URLS)}">{inner}</media:content>')
        elif c == "media:thumbnail":
            parts.append(f'<media:thumbnail url="{rng.choice(URLS)}"/>')
        elif c == "itunes:keywords":
            parts.append("<itunes:keywords>a, b</itunes:keywords>")
        elif c == "dc:language":
            parts.append(f"<dc:language>{rng.choice(LANGS)}</dc:language>")
        elif c == "nested":  # namespaces declared below the root
            parts.append(rng.choice(NESTED).replace("URL", rng.choice(URLS)).replace("TEXT", rng.choice(TEXTS)))
    return "".join(parts)


def _channel(rng: random.Random) -> list[str]:
    parts = []
    for _ in range(rng.randint(0, 7)):
        c = rng.choice(["title", "title", "link", "atomlink", "description", "language", "image", "textInput",
                        "itunes:summary", "content", "dc:title", "generator", "ttl", "managingEditor", "category",
                        "guid", "dc:language"])
        if c in ("title", "description", "dc:title"):
            parts.append(_construct(rng, c, False))
        elif c == "link":
            parts.append(f"<link>{rng.choice(URLS)}</link>")
        elif c == "atomlink":
            rel = rng.choice(['', ' rel="self"', ' rel="alternate"'])
            parts.append(f'<atom:link{rel} href="{rng.choice(URLS)}" type="application/rss+xml"/>')
        elif c in ("language", "dc:language"):
            parts.append(f"<{c}>{rng.choice(LANGS)}</{c}>")
        elif c == "image":
            inner = "".join(rng.choice([f"<title>{rng.choice(TEXTS)}</title>", f"<url>{rng.choice(URLS)}</url>",
                                        f"<link>{rng.choice(URLS)}</link>", "<width>88</width>"]) for _ in range(3))
            parts.append(f"<image>{inner}</image>")
        elif c == "textInput":
            parts.append(f"<textInput><title>{rng.choice(TEXTS)}</title><name>q</name>"
                         f"<link>{rng.choice(URLS)}</link></textInput>")
        elif c in ("itunes:summary", "managingEditor"):
            parts.append(f"<{c}>{rng.choice(TEXTS)}</{c}>")
        elif c == "content":
            parts.append(f"<content:encoded>{rng.choice(TEXTS)}</content:encoded>")
        elif c == "generator":
            parts.append("<generator>gen</generator>")
        elif c == "ttl":
            parts.append("<ttl>60</ttl>")
        elif c == "category":
            parts.append("<category>c</category>")
        elif c == "guid":
            parts.append(f"<guid>{rng.choice(URLS)}</guid>")
    return parts


def _rss(rng: random.Random) -> str:
    version = rng.choice(["2.0", "2.0", "0.91", "0.92", ""])
    items = [f"<item{_lang(rng)}>{_rss_item(rng)}</item>" for _ in range(rng.randint(0, 4))]
    channel = _channel(rng)
    at = rng.randint(0, len(channel))
    body = "".join(channel[:at] + items + channel[at:])
    declaration = rng.choice(['<?xml version="1.0" encoding="utf-8"?>\n', '<?xml version="1.0"?>', ""])
    return (f"{declaration}<rss{f' version={version!r}' if version else ''} {_namespaces(rng, RSS_NS)}{_lang(rng)}>"
            f"<channel{_lang(rng)}>{body}</channel></rss>")


def _person(rng: random.Random, name: str) -> str:
    inner = "".join(rng.choice([f"<name>{rng.choice(TEXTS[:6])}</name>", "<email>j@example.com</email>",
                                f"<uri>{rng.choice(URLS)}</uri>"]) for _ in range(rng.randint(0, 3)))
    return f"<{name}>{inner}</{name}>"


def _atom_entry(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 9)):
        c = rng.choice(["title", "title", "link", "link", "id", "summary", "content", "author", "author", "published",
                        "updated", "issued", "modified", "created", "category", "contributor", "foo", "media:title",
                        "dc:creator", "rights", "source"])
        if c in ("title", "summary", "rights", "media:title"):
            parts.append(_construct(rng, c, True))
        elif c == "content":
            kind = _type(rng, True)
            text = rng.choice(TEXTS)
            if "xhtml" in kind:
                text = _xhtml(rng, text)
            mode = rng.choice(["", "", ' mode="escaped"'])
            parts.append(f"<content{kind}{mode}{_lang(rng)}>{text}</content>")
        elif c == "link":
            rel = rng.choice(['', ' rel="self"', ' rel="alternate"', ' rel="replies"', ' rel="enclosure"'])
            kind = rng.choice(['', ' type="text/html"', ' type="application/atom+xml"', ' type="application/xhtml+xml"'])
            href = rng.choice([f' href="{rng.choice(URLS)}"', f' href="{rng.choice(URLS)}"', ""])
            parts.append(f"<link{rel}{kind}{href}>" + ("" if href else rng.choice(URLS)) + "</link>")
        elif c == "id":
            parts.append(f"<id>{rng.choice(URLS)}</id>")
        elif c in ("published", "updated", "issued", "modified", "created"):
            parts.append(f"<{c}>{rng.choice(DATES)}</{c}>")
        elif c in ("author", "contributor"):
            parts.append(f"<{c}>{rng.choice(TEXTS)}</{c}>" if rng.random() < 0.2 else _person(rng, c))
        elif c == "category":
            parts.append('<category term="t" scheme="s"/>')
        elif c == "foo":
            parts.append("<foo:bar>x</foo:bar>")
        elif c == "dc:creator":
            parts.append(f"<dc:creator>{rng.choice(TEXTS)}</dc:creator>")
        elif c == "source":
            parts.append("<source>s</source>")
    return "".join(parts)


def _atom(rng: random.Random) -> str:
    namespace = ('xmlns="http://www.w3.org/2005/Atom"' if rng.random() < 0.8
                 else 'version="0.3" xmlns="http://purl.org/atom/ns#"')
    namespace += (' xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/"'
                  ' xmlns:foo="http://foo.example/"')
    parts = []
    for _ in range(rng.randint(0, 6)):
        c = rng.choice(["title", "link", "id", "subtitle", "updated", "author", "generator", "icon"])
        if c in ("title", "subtitle"):
            parts.append(_construct(rng, c, True))
        elif c == "link":
            rel = rng.choice(['', ' rel="self"', ' rel="alternate"'])
            parts.append(f'<link{rel} href="{rng.choice(URLS)}"/>')
        elif c == "id":
            parts.append(f"<id>{rng.choice(URLS)}</id>")
        elif c == "updated":
            parts.append(f"<updated>{rng.choice(DATES)}</updated>")
        elif c == "author":
            parts.append(_person(rng, "author"))
        elif c == "generator":
            parts.append('<generator uri="https://g.example/" version="1">G</generator>')
        elif c == "icon":
            parts.append("<icon>/i.png</icon>")
    entries = [f"<entry{_lang(rng)}>{_atom_entry(rng)}</entry>" for _ in range(rng.randint(0, 4))]
    at = rng.randint(0, len(parts))
    return (f'<?xml version="1.0" encoding="utf-8"?><feed {namespace}{_lang(rng)}>'
            + "".join(parts[:at] + entries + parts[at:]) + "</feed>")


def _rdf(rng: random.Random) -> str:
    items = "".join(f'<item rdf:about="{rng.choice(URLS)}">{_rss_item(rng)}</item>' for _ in range(rng.randint(0, 4)))
    extra = rng.choice(["", f"<image><title>{rng.choice(TEXTS)}</title><url>u</url></image>",
                        '<textinput rdf:about="t"><title>T</title><name>n</name></textinput>'])
    declarations = ['xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"', 'xmlns="http://purl.org/rss/1.0/"']
    declarations += [d for d in RSS_NS if "Atom" not in d]
    return (f'<?xml version="1.0"?><rdf:RDF {_namespaces(rng, declarations)}>'
            f'<channel rdf:about="c">{"".join(_channel(rng))}</channel>{extra}{items}</rdf:RDF>')
