"""Health and metrics: ``/livez`` (the process answers), ``/readyz`` (the database answers, its
schema is at this code's head, and the scheduler runs where it should) and ``/metrics``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4
from sqlalchemy import text

from monitor.web.context import get_ctx
from storage import db

router = APIRouter(include_in_schema=False)


@router.get("/livez")
async def livez() -> dict[str, str]:
    return {"status": "alive"}


def readiness(request: Request) -> tuple[bool, dict[str, Any]]:
    ctx = get_ctx(request)
    checks: dict[str, Any] = {}
    ok = True
    try:
        with ctx.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        checks["database"] = "answers"
        revision = db.current_revision(ctx.engine)
        if revision == db.HEAD:
            checks["schema"] = f"at {revision}"
        else:
            ok = False
            checks["schema"] = (f"at {revision or 'nothing'}, this code needs {db.HEAD}: "
                                "run `monitor db upgrade` (or restart `monitor run`)")
    except Exception as exc:
        ok = False
        checks["database"] = f"does not answer: {type(exc).__name__}"
    if ctx.scheduler is None:
        checks["scheduler"] = "not run in this process (`monitor web`)"
    elif ctx.scheduler():
        checks["scheduler"] = "running"
    else:
        ok = False
        checks["scheduler"] = "stopped"
    return ok, checks


@router.get("/readyz")
def readyz(request: Request) -> JSONResponse:
    ok, checks = readiness(request)
    return JSONResponse({"status": "ready" if ok else "not ready", "checks": checks},
                        status_code=200 if ok else 503)


@router.get("/metrics")
def metrics(request: Request) -> Response:
    # The classic text format (0.0.4), which every Prometheus and every scraper reads; our
    # metric names need none of 1.0.0's escaping.
    return Response(get_ctx(request).metrics.render(), media_type=CONTENT_TYPE_PLAIN_0_0_4)
