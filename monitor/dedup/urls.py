"""Canonical URLs: one exact dedup key per article, however the link was dressed up.

:func:`canonical_url` maps the many spellings of one article's address (tracking parameters,
``http``/``https``, ``www.``/mobile/AMP hosts, trailing slashes, percent-encoding, ...) to one
string. The result is a **key**, not a link to follow: it always says ``https`` and may name a
host or path that does not serve the page. Store the original link for people; store this for
matching. The rules and the tracking-parameter list are documented in ``docs/dedup.md``.

:func:`resolve_google_news` digs the publisher's URL out of a Google News / Google Alerts item
when the item carries it, so the publisher's copy and the Google copy get the same key.

Both functions are pure and total: they never raise on odd input, never touch the network.
"""

from __future__ import annotations

import base64
import binascii
import re
from html.parser import HTMLParser
from urllib.parse import SplitResult, parse_qsl, quote, urlsplit

from monitor.net.memo import short_text_memo

try:  # IDNA 2008 + UTS #46 (a dependency of httpx); the stdlib codec (IDNA 2003) is the fallback
    import idna as _idna
except ImportError:  # pragma: no cover - httpx always brings it
    _idna = None

__all__ = [
    "HOST_PARAMS",
    "HOST_PREFIXES",
    "INDEX_PAGES",
    "TRACKING_PARAMS",
    "TRACKING_PREFIXES",
    "canonical_url",
    "resolve_google_news",
]

#: Query parameters dropped everywhere (compared case-insensitively, after percent-decoding).
TRACKING_PARAMS: frozenset[str] = frozenset({
    # ad-click identifiers
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "ysclid",
    "ttclid", "twclid", "li_fat_id", "igshid", "igsh", "epik",
    # analytics / mail campaign tags
    "_ga", "_gl", "_hsenc", "_hsmi", "__hstc", "__hssc", "__hsfp", "hsctatracking",
    "mc_cid", "mc_eid", "mkt_tok", "vero_id", "vero_conv", "oly_anon_id", "oly_enc_id",
    "_openstat", "wt.mc_id", "wt_mc", "xtor", "s_cid", "cmpid", "cmp", "ncid", "ocid", "sr_share",
    # referrer / share / feed markers
    "ref", "ref_src", "ref_url", "referrer", "from", "rss", "share", "share_source",
    "spm", "scm", "isappinstalled", "wxshare_count", "share_token", "tt_from",
    # session ids that leak into links
    "jsessionid", "phpsessid", "sessionid",
    # AMP switch (the non-AMP page is the same article); ``outputType=amp`` is handled apart
    "amp",
})
#: Query parameters dropped when their name starts with one of these.
TRACKING_PREFIXES: tuple[str, ...] = ("utm_", "hsa_", "pk_", "mtm_", "matomo_")
#: Per-host parameters that select an edition, not an article (Google News: language, country).
HOST_PARAMS: dict[str, frozenset[str]] = {
    "news.google.com": frozenset({"oc", "hl", "gl", "ceid"}),
}
#: Leading host labels folded away (``www.kun.uz`` -> ``kun.uz``) when two labels remain.
HOST_PREFIXES: frozenset[str] = frozenset({"www", "m", "mobile", "amp"})
#: Final path segments folded into their directory (``/news/index.html`` -> ``/news``).
INDEX_PAGES: frozenset[str] = frozenset({
    "index.html", "index.htm", "index.shtml", "index.php", "index.asp", "index.aspx",
    "default.asp", "default.aspx", "default.htm", "default.html",
})

_DEFAULT_PORTS = {"http": "80", "https": "443"}
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_ESCAPE = re.compile(r"(%[0-9A-Fa-f]{2})")
_PATH_SAFE = "/:@!$&'()*+,;="
_QUERY_SAFE = ":@!$'()*,;/?"  # not & = + (separators / form-encoded space)
_FRAGMENT_SAFE = _PATH_SAFE + "?"
# Per ``safe`` set, the texts ``quote(text, safe=safe)`` returns unchanged: its always-safe
# characters (ASCII letters, digits, "_.-~") and ``safe``, nothing else.
_QUOTE_KEEPS = {safe: re.compile("[A-Za-z0-9_.~" + re.escape(safe) + "-]*")
                for safe in (_PATH_SAFE, _QUERY_SAFE, _FRAGMENT_SAFE)}
_AMP_CACHE = re.compile(r"^/[cvi]/(?:s/)?([^/]+)(/.*)?$")
_MAX_LEN = 8192


def canonical_url(url: str) -> str:
    """Return the dedup key of ``url``: ``https://host/path?sorted-params`` with noise removed.

    Non-HTTP(S) URLs and strings that are not URLs come back stripped of surrounding
    whitespace and otherwise unchanged. The function is idempotent.
    """
    raw = url.strip()
    if len(raw) > _MAX_LEN:
        return raw
    simple = _simple_key(raw)
    if simple is not None:
        return simple
    try:
        parts = urlsplit(raw)
    except ValueError:
        return raw
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.netloc:
        return raw
    netloc = parts.netloc
    hp = _host_and_port_of(netloc, scheme)
    if hp is None:
        return raw
    host, port = hp
    path = _normalise_path(parts.path)

    # Google's AMP cache: https://www-kun-uz.cdn.ampproject.org/c/s/www.kun.uz/news/1 -> kun.uz
    if host.endswith(".cdn.ampproject.org"):
        m = _AMP_CACHE.match(path)
        if m and "." in m.group(1):
            inner = canonical_url(f"https://{m.group(1)}{m.group(2) or '/'}?{parts.query}")
            if inner.startswith("https://"):
                return inner

    host = _fold_host_memo(host)
    query = _normalise_query(parts.query, HOST_PARAMS.get(host, frozenset()))
    fragment = ""
    if parts.fragment.startswith("!"):  # "#!/route" hash-bang routes address content; keep them
        fragment = _normalise_component(parts.fragment, _FRAGMENT_SAFE)
    netloc = host if port is None else f"{host}:{port}"
    # what urlunsplit(("https", netloc, path, query, fragment)) writes: netloc is not empty
    # and path starts with "/"
    return f"https://{netloc}{path}{'?' if query else ''}{query}{'#' if fragment else ''}{fragment}"


# Most links are a host and a path of plain segments: no port, query, fragment, escape, dot
# segment, AMP or index page. Their key is the folded host and the path without empty segments,
# which costs a tenth of urlsplit() and the general rules (tests/monitor/dedup/test_urls.py holds
# the two to the same keys).
_SIMPLE = re.compile(r"https?://([A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9])((?:/[A-Za-z0-9_.~-]*)*)")


_AMP_OR_INDEX = INDEX_PAGES | {"amp"}


def _simple_key(raw: str) -> str | None:
    """:func:`canonical_url`'s key of a simple link, or None when the general rules must run."""
    m = _SIMPLE.fullmatch(raw)
    if m is None:
        return None
    host, path = m.group(1).lower(), m.group(2)
    if "/." in path or ".." in host or host.endswith(".cdn.ampproject.org"):
        return None  # dot segments, empty labels, Google's AMP cache
    segments = [seg for seg in path.split("/") if seg]
    if segments and (segments[0].lower() == "amp" or segments[-1].lower() in _AMP_OR_INDEX):
        return None  # an AMP variant or an index page
    return f"https://{_fold_host_memo(host)}/{'/'.join(segments)}"


# A feed's links mostly share one host: its port and fold are worked out once per host (IDNA
# and the port rules ran once per link), for hosts of at most 255 characters.
@short_text_memo(max_chars=255, maxsize=1024)
def _host_and_port_of(netloc: str, scheme: str) -> tuple[str, str | None] | None:
    """:func:`_host_and_port` of a netloc, or None where it raises."""
    try:
        return _host_and_port(netloc, scheme)
    except ValueError:
        return None


def _host_and_port(netloc: str, scheme: str) -> tuple[str, str | None]:
    netloc = netloc.rpartition("@")[2]  # credentials never belong in a key
    if netloc.startswith("["):  # IPv6 literal
        end = netloc.find("]")
        if end < 0:
            raise ValueError("unterminated IPv6 literal")
        host, rest = netloc[: end + 1].lower(), netloc[end + 1:]
        port = rest[1:] if rest.startswith(":") else None
    else:
        host, sep, port_s = netloc.partition(":")
        port = port_s if sep else None
        host = _idna_host(host.lower().rstrip("."))
    if port is not None:
        port = (port.lstrip("0") or "0") if port.isdigit() else None
        if port in (_DEFAULT_PORTS[scheme], "443"):  # the key always says https
            port = None
    if not host:
        raise ValueError("empty host")
    return host, port


def _idna_host(host: str) -> str:
    if host.isascii():
        return host
    try:
        if _idna is not None:
            return _idna.encode(host, uts46=True).decode("ascii")
        return host.encode("idna").decode("ascii")
    except (UnicodeError, ValueError):  # idna.IDNAError subclasses UnicodeError
        return host


def _fold_host(host: str) -> str:
    labels = host.split(".")
    while len(labels) > 2 and labels[0] in HOST_PREFIXES:
        labels = labels[1:]
    return ".".join(labels)


_fold_host_memo = short_text_memo(max_chars=255, maxsize=1024)(_fold_host)


def _normalise_component(text: str, safe: str) -> str:
    """Decode escapes of unreserved characters, upper-case the others, escape what needs it."""
    if "%" not in text:  # no escapes to decode: what ``quote`` makes of the text
        if _QUOTE_KEEPS[safe].fullmatch(text):  # nothing to escape either (most path segments)
            return text
        return quote(text, safe=safe, errors="surrogateescape") if text else ""
    out = []
    for piece in _ESCAPE.split(text):
        if len(piece) == 3 and piece[0] == "%" and _ESCAPE.fullmatch(piece):
            char = chr(int(piece[1:], 16))
            out.append(char if char in _UNRESERVED else piece.upper())
        elif piece:
            out.append(quote(piece, safe=safe, errors="surrogateescape"))
    return "".join(out)


def _normalise_path(path: str) -> str:
    segments: list[str] = []
    for raw in path.split("/"):
        if ";" in raw and ";jsessionid=" in raw.lower():
            raw = raw.split(";", 1)[0]
        seg = _normalise_component(raw, _PATH_SAFE)  # "%2E%2E" is ".." once decoded
        if seg in ("", "."):
            continue
        if seg == "..":
            if segments:
                segments.pop()
            continue
        segments.append(seg)
    while True:  # until nothing changes, so that the result is a fixed point
        before = len(segments)
        # AMP variants: /amp/news/1, /news/1/amp, /news/1/amp/
        if len(segments) > 1 and segments[0].lower() == "amp":
            segments = segments[1:]
        if len(segments) > 1 and segments[-1].lower() == "amp":
            segments = segments[:-1]
        if segments and segments[-1].lower() in INDEX_PAGES:
            segments = segments[:-1]
        if len(segments) == before:
            return "/" + "/".join(segments)


def _is_tracking(name: str) -> bool:
    key = _percent_decode(name).lower()
    return key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES)


def _percent_decode(text: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m.group(1)[1:], 16)), text)


def _normalise_query(query: str, drop: frozenset[str] = frozenset()) -> str:
    if not query:
        return ""
    pairs: list[tuple[str, str]] = []
    for item in query.split("&"):
        if not item or item.lower() == "amp;":
            continue
        name, _, value = item.partition("=")
        while name.lower().startswith("amp;"):  # "&amp;" left escaped by the feed
            name = name[4:]
        if _is_tracking(name.replace("+", " ")) or _percent_decode(name).lower() in drop:
            continue
        if _percent_decode(name).lower() == "outputtype" and _percent_decode(value).lower() == "amp":
            continue
        name = _normalise_component(name.replace("+", "%20"), _QUERY_SAFE)
        value = _normalise_component(value.replace("+", "%20"), _QUERY_SAFE)
        pairs.append((name, value))
    pairs.sort()
    return "&".join(f"{n}={v}" if v else n for n, v in pairs)


# --------------------------------------------------------------------------------------------
# Google News / Google Alerts

_GOOGLE_NEWS_HOSTS = frozenset({"news.google.com"})
_GOOGLE_REDIRECT_HOSTS = frozenset({"google.com", "news.google.com"})
_ARTICLE_SEGMENTS = frozenset({"articles", "read"})
_MAX_HTML = 100_000


def resolve_google_news(
    link: str, entry_source_href: str | None = None, summary_html: str | None = None
) -> str | None:
    """Return the publisher's URL behind a Google News (or Google Alerts) item, or ``None``.

    Looks, in order, at: a ``url=``/``q=`` parameter of the link (``news.google.com/news/url``,
    ``www.google.com/url``); the article id of ``news.google.com/rss/articles/<id>`` links in
    the older format, which embeds the URL; the ``<a href>`` links of the entry's description.
    ``entry_source_href`` (the ``<source url=...>`` of the item, the publisher's home page) is
    only used to prefer a description link on the publisher's host; the home page itself is
    never returned. ``None`` means "nothing better than ``link``" and is also the answer for
    links that are not Google's. The URL is returned as found; pass it to
    :func:`canonical_url` for the key.
    """
    if "google" not in link.lower():  # no Google host can be in it (see _is_google_host)
        return None
    parts = _safe_split(link.strip())
    if parts is None or not _is_google_host(parts.hostname or ""):
        return None
    found = _redirect_target(parts)
    if found:
        return found
    found = _decode_article_id(parts)
    if found:
        return found
    if summary_html:
        return _link_from_html(summary_html[:_MAX_HTML], entry_source_href)
    return None


def outlet_address(
    link: str | None, entry_source_href: str | None = None, summary_html: str | None = None
) -> str | None:
    """The address that names an item's outlet when its link does not, or ``None``.

    A Google News (or Google Alerts) link is Google's, in no country; the classifier reads the
    outlet's country from the item's address (docs/classifier.md, "Outlet"). For such a link
    this is the publisher's article when it can be read off the link or the description
    (:func:`resolve_google_news`), else the ``<source url>`` the item names (the publisher's
    home page, which is enough to name the outlet). Any other link names its own outlet: ``None``.
    A caller that has resolved the link already gives ``resolve_google_news``'s answer or
    :func:`google_source_home`.
    """
    return (link and resolve_google_news(link, entry_source_href, summary_html)) or google_source_home(
        link, entry_source_href)


def google_source_home(link: str | None, entry_source_href: str | None) -> str | None:
    """The ``<source url>`` of a Google News (or Google Alerts) item, when it is a publisher's
    address: the outlet of an item whose link could not be resolved. ``None`` for any other link."""
    if not link or not entry_source_href or "google" not in link.lower():
        return None
    parts = _safe_split(link.strip())
    if parts is None or not _is_google_host(parts.hostname or ""):
        return None
    return entry_source_href if _is_publisher_url(entry_source_href) else None


def _safe_split(url: str) -> SplitResult | None:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return None
    return parts


def _is_google_host(host: str) -> bool:
    host = host.lower().rstrip(".")
    host = host.removeprefix("www.")
    return host in _GOOGLE_NEWS_HOSTS or host in _GOOGLE_REDIRECT_HOSTS


def _is_publisher_url(url: str) -> bool:
    parts = _safe_split(url)
    return (
        parts is not None
        and parts.scheme.lower() in ("http", "https")
        and bool(parts.hostname)
        and "." in (parts.hostname or "")
        and not _is_google_host(parts.hostname or "")
        and not (parts.hostname or "").endswith(".google.com")
    )


def _redirect_target(parts: SplitResult) -> str | None:
    if not parts.query:
        return None
    params = dict(parse_qsl(parts.query, keep_blank_values=False))
    for key in ("url", "q"):
        value = params.get(key, "").strip()
        if value and _is_publisher_url(value):
            return value
    return None


def _decode_article_id(parts: SplitResult) -> str | None:
    segments = [s for s in parts.path.split("/") if s]
    for i, seg in enumerate(segments[:-1]):
        if seg in _ARTICLE_SEGMENTS:
            return _url_from_protobuf(segments[i + 1])
    return None


def _url_from_protobuf(article_id: str) -> str | None:
    """Old-format ids are base64url protobuf holding the URL; newer ("AU_yqL...") ids do not."""
    if len(article_id) > 4000:
        return None
    try:
        data = base64.urlsafe_b64decode(article_id + "=" * (-len(article_id) % 4))
    except (binascii.Error, ValueError):
        return None
    pos = 0
    while pos < len(data):
        try:
            tag, pos = _varint(data, pos)
            wire = tag & 7
            if wire == 0:
                _, pos = _varint(data, pos)
            elif wire == 2:
                length, pos = _varint(data, pos)
                chunk = data[pos: pos + length]
                pos += length
                if chunk[:4] == b"http":
                    url = chunk.decode("utf-8", errors="strict")
                    if _is_publisher_url(url):
                        return url
            else:
                return None
        except (IndexError, UnicodeDecodeError):
            return None
    return None


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, pos
        shift += 7
        if shift > 63:
            raise IndexError("varint too long")


class _HrefCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            for name, value in attrs:
                if name == "href" and value:
                    self.hrefs.append(value.strip())


def _link_from_html(html: str, source_href: str | None) -> str | None:
    collector = _HrefCollector()
    try:
        collector.feed(html)
        collector.close()
    except (AssertionError, ValueError):  # pragma: no cover - HTMLParser is lenient
        pass
    candidates: list[str] = []
    for href in collector.hrefs:
        parts = _safe_split(href)
        if parts is None:
            continue
        if _is_google_host(parts.hostname or ""):
            target = _redirect_target(parts) or _decode_article_id(parts)
            if target:
                candidates.append(target)
        elif _is_publisher_url(href):
            candidates.append(href)
    home_key = canonical_url(source_href) if source_href else None
    candidates = [url for url in candidates if canonical_url(url) != home_key]
    if not candidates:
        return None
    home_host = _fold_host(urlsplit(home_key).hostname or "") if home_key else ""
    for url in candidates:
        host = _fold_host(urlsplit(canonical_url(url)).hostname or "")
        if home_host and (host == home_host or host.endswith("." + home_host)):
            return url
    return candidates[0]
