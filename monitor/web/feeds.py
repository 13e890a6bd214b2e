"""Feeds out: ``/feeds/stories.atom`` (Atom 1.0) and ``/feeds/stories.json`` (JSON Feed 1.1).

The relevant stories with the filters of ``/`` (same query parameters), newest first, 50 per
feed. Each entry links the story's page (``rel="alternate"`` / ``url``) and the first outlet's
article (``rel="related"`` / ``external_url``). Links are absolute, on ``MONITOR_PUBLIC_URL``;
the XML is built with ElementTree, so every title and summary is escaped.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from monitor import __version__
from monitor.web.context import get_ctx
from monitor.web.filters import QueryError, StoryQuery, parse_story_query
from monitor.web.views import Card, cards, source_names
from storage.browse import find_stories

router = APIRouter(prefix="/feeds", include_in_schema=False)

TITLE = "China–Central Asia science & education cooperation"
FEED_SIZE = 50
ATOM = "http://www.w3.org/2005/Atom"


def _query(request: Request) -> tuple[StoryQuery, str, str]:
    """The filters, the public base URL and the query suffix of this feed's links."""
    params = {k: request.query_params.getlist(k) for k in request.query_params if k != "cursor"}
    query = parse_story_query(params, now=get_ctx(request).clock(), limit=FEED_SIZE,
                              max_limit=FEED_SIZE)
    base = get_ctx(request).settings.public_url.rstrip("/")
    return query, base, f"?{query.params()}" if query.filtered else ""


def _items(request: Request, query: StoryQuery) -> list[Card]:
    ctx = get_ctx(request)
    page = find_stories(ctx.engine, query.to_filter(), limit=query.limit)
    return cards(page.stories, source_names(ctx.engine))


def _rfc3339(value: datetime) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _bad(exc: QueryError, kind: str) -> Response:
    if kind == "json":
        return JSONResponse({"error": str(exc), "status": 400}, status_code=400)
    return Response(f"{exc}\n", status_code=400, media_type="text/plain; charset=utf-8")


@router.get("/stories.atom")
def atom(request: Request) -> Response:
    try:
        query, base, suffix = _query(request)
    except QueryError as exc:
        return _bad(exc, "atom")
    entries = _items(request, query)
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        node = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            node.text = text
        return node

    sub(feed, "id", f"{base}/feeds/stories.atom{suffix}")
    sub(feed, "title", TITLE)
    sub(feed, "subtitle", "Relevant stories found by the news monitor, newest first")
    updated = max((e.updated for e in entries), default=datetime(2000, 1, 1, tzinfo=timezone.utc))
    sub(feed, "updated", _rfc3339(updated))
    sub(feed, "link", rel="self", type="application/atom+xml",
        href=f"{base}/feeds/stories.atom{suffix}")
    sub(feed, "link", rel="alternate", type="text/html", href=f"{base}/{suffix}")
    sub(sub(feed, "author"), "name", "CA News Monitor")
    sub(feed, "generator", "ca-news-monitor", version=__version__)
    for e in entries:
        entry = sub(feed, "entry")
        sub(entry, "id", f"{base}/stories/{e.id}")
        sub(entry, "title", e.title)
        sub(entry, "link", rel="alternate", type="text/html", href=f"{base}/stories/{e.id}")
        if e.url:
            sub(entry, "link", rel="related", type="text/html", href=e.url)
        sub(entry, "published", _rfc3339(e.published))
        sub(entry, "updated", _rfc3339(max(e.updated, e.published)))
        for source in e.sources:
            sub(sub(entry, "author"), "name", source)
        for label in (*e.countries, *e.topics):
            sub(entry, "category", term=label)
        summary = e.summary + (f"\n\nWhy: {e.why}" if e.why else "")
        sub(entry, "summary", summary, type="text")
    body = b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8",
                                                                      xml_declaration=False)
    return Response(body, media_type="application/atom+xml; charset=utf-8")


@router.get("/stories.json")
def json_feed(request: Request) -> Response:
    try:
        query, base, suffix = _query(request)
    except QueryError as exc:
        return _bad(exc, "json")
    items: list[dict[str, Any]] = []
    for e in _items(request, query):
        item: dict[str, Any] = {
            "id": f"{base}/stories/{e.id}", "url": f"{base}/stories/{e.id}", "title": e.title,
            "content_text": e.summary + (f"\n\nWhy: {e.why}" if e.why else ""),
            "summary": e.summary, "date_published": _rfc3339(e.published),
            "date_modified": _rfc3339(max(e.updated, e.published)),
            "authors": [{"name": s} for s in e.sources], "tags": [*e.countries, *e.topics],
            "language": e.language or None,
        }
        if e.url:
            item["external_url"] = e.url
        items.append({k: v for k, v in item.items() if v not in (None, [], "")})
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": TITLE,
            "home_page_url": f"{base}/{suffix}", "feed_url": f"{base}/feeds/stories.json{suffix}",
            "description": "Relevant stories found by the news monitor, newest first",
            "authors": [{"name": "CA News Monitor"}], "items": items}
    return JSONResponse(feed, media_type="application/feed+json")
