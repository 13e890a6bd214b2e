"""Google News article links → the publisher's URL: the exchange with Google, pure parts.

Items of Google News RSS searches link to ``https://news.google.com/rss/articles/<id>?oc=5``.
Until 2024 the id was base64 protobuf holding the URL (still decoded offline by
:func:`monitor.dedup.resolve_google_news`, tried first); current ids (``CBMi…AU_yqL…``) hold a
reference only, and Google gives the URL out in two requests (the exchange the
``googlenewsdecoder`` package reverse-engineered, checked against its code and issues):

1. ``GET https://news.google.com/rss/articles/<id>?hl=…&gl=…&ceid=…``: an HTML page whose
   ``c-wiz > div[jscontroller]`` element carries ``data-n-a-sg`` (a signature) and
   ``data-n-a-ts`` (a Unix timestamp). The ``/articles/<id>`` and ``/read/<id>`` forms
   redirect clients that are not browsers to ``google.com/sorry``; the ``/rss/`` form answers.
2. ``POST https://news.google.com/_/DotsSplashUi/data/batchexecute`` with the form field
   ``f.req`` = ``[[["Fbv4je", "[\\"garturlreq\\",[…context…],\\"<id>\\",<ts>,\\"<sig>\\"]",
   null, "generic"]]]``. The answer starts with ``)]}'`` and holds rows
   ``["wrb.fr", "Fbv4je", "[\\"garturlres\\",\\"<publisher URL>\\",1]", …, "generic"]``.
   Several ids go in one POST, each envelope with its own request id in place of "generic".

Everything here is pure and total: :func:`article_id`, :func:`signature_page_url`,
:func:`parse_signature`, :func:`batch_request_body` and :func:`parse_batch_response` never
touch the network and never raise on odd input (they return None or an empty dict). The
requests themselves are made by :mod:`monitor.enrich.resolver`.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import parse_qsl, quote, urlsplit

GOOGLE_NEWS_HOST = "news.google.com"
BATCH_URL = "https://news.google.com/_/DotsSplashUi/data/batchexecute"
RPC_ID = "Fbv4je"
# The request context the web client sends; Google checks its shape, not its values.
_CONTEXT = [["X", "X", ["X", "X"], None, None, 1, 1, "US:en", None, 1, None, None, None, None, None, 0, 1],
            "X", "X", 1, [1, 1, 1], 1, 1, None, 0, 0, None, 0]
_ID = re.compile(r"^[A-Za-z0-9_-]{8,2000}$")
_SIG = re.compile(r'\bdata-n-a-sg\s*=\s*"([^"]{1,2000})"')
_TS = re.compile(r'\bdata-n-a-ts\s*=\s*"(\d{1,20})"')
_LOCALE = {"hl": "en-US", "gl": "US", "ceid": "US:en"}


def article_id(link: str) -> str | None:
    """The article id of a ``news.google.com/{rss/articles,articles,read}/<id>`` link, else None."""
    try:
        parts = urlsplit(link.strip())
    except ValueError:
        return None
    if (parts.hostname or "").lower() != GOOGLE_NEWS_HOST or parts.scheme not in ("http", "https"):
        return None
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) >= 2 and segments[-2] in ("articles", "read") and _ID.match(segments[-1]):
        return segments[-1]
    return None


def signature_page_url(link: str, art_id: str) -> str:
    """Step 1's URL: the ``/rss/articles/`` page, in the link's own edition when it names one."""
    try:
        given = dict(parse_qsl(urlsplit(link).query))
    except ValueError:
        given = {}
    locale = {k: given.get(k) or v for k, v in _LOCALE.items()}
    query = "&".join(f"{k}={quote(v, safe='')}" for k, v in locale.items())
    return f"https://{GOOGLE_NEWS_HOST}/rss/articles/{art_id}?{query}"


def parse_signature(page: str) -> tuple[str, int] | None:
    """``(signature, timestamp)`` from step 1's page, or None when the page has none (Google's
    consent or "unusual traffic" page, or a changed layout)."""
    sig = _SIG.search(page)
    ts = _TS.search(page)
    if not sig or not ts:
        return None
    return html.unescape(sig.group(1)), int(ts.group(1))


def batch_request_body(requests: list[tuple[str, int, str]]) -> str:
    """Step 2's form body for ``(article id, timestamp, signature)`` triples. A single request
    is tagged "generic" as the web client does; several get the ids "1", "2", …"""
    envelopes = []
    for i, (art_id, ts, sig) in enumerate(requests):
        inner = json.dumps(["garturlreq", _CONTEXT, art_id, ts, sig], separators=(",", ":"))
        envelopes.append([RPC_ID, inner, None, "generic" if len(requests) == 1 else str(i + 1)])
    return "f.req=" + quote(json.dumps([envelopes], separators=(",", ":")), safe="")


def request_tag(index: int, count: int) -> str:
    """The tag :func:`batch_request_body` gave the ``index``-th of ``count`` requests."""
    return "generic" if count == 1 else str(index + 1)


def parse_batch_response(text: str) -> dict[str, str | None]:
    """Request tag → publisher URL (None when Google answered that request with an error),
    from step 2's answer. Unreadable answers give an empty dict.

    The answer is ``)]}'`` then either one JSON array or, with ``rt=c``, chunks each preceded
    by its length; both are read.
    """
    body = text.lstrip()
    if body.startswith(")]}'"):
        body = body[4:]
    out: dict[str, str | None] = {}
    for document in _json_documents(body):
        for row in document if isinstance(document, list) else ():
            if not (isinstance(row, list) and len(row) >= 3 and row[0] == "wrb.fr" and row[1] == RPC_ID):
                continue
            tag = next((str(c) for c in reversed(row[3:]) if isinstance(c, (str, int))
                        and not isinstance(c, bool)), "generic")
            out[tag] = _url_of(row[2])
    return out


def _json_documents(body: str) -> list[object]:
    decoder = json.JSONDecoder()
    documents: list[object] = []
    pos = 0
    while pos < len(body):
        while pos < len(body) and (body[pos].isspace() or body[pos].isdigit()):
            pos += 1  # whitespace, and the chunk lengths of the rt=c form
        if pos >= len(body):
            break
        try:
            document, pos = decoder.raw_decode(body, pos)
        except json.JSONDecodeError:
            break
        documents.append(document)
    return documents


def _url_of(payload: object) -> str | None:
    if not isinstance(payload, str):
        return None
    try:
        data = json.loads(payload)
    except json.JSONDecodeError:
        return None
    if isinstance(data, list) and len(data) >= 2 and data[0] == "garturlres" and isinstance(data[1], str):
        return data[1] if is_publisher_url(data[1]) else None
    return None


def is_publisher_url(url: str) -> bool:
    """An http(s) URL on a named host that is not Google's own."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    return (parts.scheme in ("http", "https") and "." in host
            and not (host == "google.com" or host.endswith(".google.com")))
