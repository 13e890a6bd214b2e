"""The reading pages: ``/`` (relevant stories, filters, search, paging), ``/stories/{id}`` (a
story and why it was flagged) and ``/sources`` (each source's health)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from monitor.web.context import get_ctx, message_page, render
from monitor.web.filters import QueryError, parse_story_query
from monitor.web.views import cards, explain, source_names
from notifications.vocab import COUNTRY_NAMES, LANGUAGE_NAMES, TOPIC_LABELS
from storage.browse import find_stories, source_health
from storage.stories import get_stories

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 30


def choices() -> dict[str, list[tuple[str, str]]]:
    return {"countries": list(COUNTRY_NAMES.items()), "topics": list(TOPIC_LABELS.items()),
            "languages": list(LANGUAGE_NAMES.items())}


@router.get("/", response_class=HTMLResponse)
def index(request: Request) -> HTMLResponse:
    ctx = get_ctx(request)
    params = {k: request.query_params.getlist(k) for k in request.query_params}
    try:
        query = parse_story_query(params, now=ctx.clock(), limit=PAGE_SIZE, max_limit=PAGE_SIZE)
    except QueryError as exc:
        return render(request, "index.html", {"error": str(exc), "query": None, "cards": [],
                                              "next": None, "first": None, "feed_query": "",
                                              **choices()}, status=400)
    page = find_stories(ctx.engine, query.to_filter(), limit=query.limit)
    names = source_names(ctx.engine)
    following = query.params(cursor=page.last) if page.more and page.last else None
    return render(request, "index.html", {
        "error": None, "query": query, "cards": cards(page.stories, names), "next": following,
        "first": query.params() if query.cursor else None,
        "feed_query": query.params(), **choices()})


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: str) -> HTMLResponse:
    ctx = get_ctx(request)
    if not (story_id.isascii() and story_id.isdigit()):
        return message_page(request, "No such story", "Story addresses look like /stories/123.",
                            status=404, link=("/", "All stories"))
    found = get_stories(ctx.engine, [int(story_id)])
    view = explain(found[0], source_names(ctx.engine), ctx.rules()) if found else None
    if view is None:
        return message_page(request, "No such story",
                            f"There is no story {story_id} (or all of its items were deleted).",
                            status=404, link=("/", "All stories"))
    return render(request, "story.html", view)


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request) -> HTMLResponse:
    ctx = get_ctx(request)
    rows = source_health(ctx.engine)
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.health] = counts.get(row.health, 0) + 1
    return render(request, "sources.html", {"rows": rows, "counts": counts, "now": ctx.clock()})
