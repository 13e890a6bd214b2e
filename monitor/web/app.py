"""The web application: pages, API, feeds, health and metrics in one FastAPI app.

:func:`create_app` takes everything from its caller (settings, engine, metrics, whether a
scheduler runs here, a clock): nothing is read from the environment or a global.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine
from starlette.exceptions import HTTPException

from monitor import __version__
from monitor.notify.signing import token_secret
from monitor.settings import Settings
from monitor.web import admin, api, feeds, ops, pages, subscribe
from monitor.web.context import STATIC, WebContext, json_error, message_page, utcnow
from monitor.web.metrics import Metrics
from monitor.web.security import SecurityHeaders

# Pages whose answers must not be cached anywhere (they hold a token or an admin's data).
NO_STORE = ("/confirm/", "/unsubscribe/", "/preferences/", "/admin", "/subscribe", "/api/v1/")


def create_app(settings: Settings, engine: Engine, *, metrics: Metrics | None = None,
               scheduler: Callable[[], bool] | None = None,
               clock: Callable[[], datetime] = utcnow) -> FastAPI:
    """``scheduler`` says whether this process's scheduler runs (``monitor run``); ``None``
    means none runs here (``monitor web``), which ``/readyz`` reports without failing."""
    metrics = metrics or Metrics()
    metrics.watch_database(engine, clock)
    app = FastAPI(title="China–Central Asia news monitor API", version=__version__,
                  openapi_url="/api/v1/openapi.json", docs_url=None, redoc_url=None,
                  description="Stories, items and sources; subscribers, webhooks and deliveries "
                              "with `Authorization: Bearer <MONITOR_ADMIN_TOKEN>`. Errors are "
                              '`{"error": "…", "status": N}`.')
    app.state.ctx = WebContext(settings=settings, engine=engine, secret=token_secret(settings),
                               metrics=metrics, scheduler=scheduler, clock=clock)
    for module in (ops, pages, subscribe, admin, feeds, api):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    def is_api(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    @app.exception_handler(api.ApiError)
    async def api_error(request: Request, exc: api.ApiError) -> Response:
        return json_error(exc.status, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = []
        for error in exc.errors():
            where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "path", "body"))
            problems.append(f"{where or 'request'}: {error.get('msg', 'invalid')}")
        message = "; ".join(problems) or "the request is not valid"
        if is_api(request):
            return json_error(400, message + " (see /api/v1/openapi.json)")
        return message_page(request, "Not a valid address", message, status=400, link=("/", "Stories"))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if is_api(request):
            hint = {404: "no such endpoint; see /api/v1/openapi.json",
                    405: "this endpoint does not take that method; see /api/v1/openapi.json"}
            return json_error(exc.status_code, hint.get(exc.status_code, str(exc.detail)),
                              dict(exc.headers) if exc.headers else None)
        if exc.status_code == 404:
            return message_page(request, "Page not found", "There is nothing at this address.",
                                status=404, link=("/", "Stories"))
        return message_page(request, "Request refused", str(exc.detail), status=exc.status_code,
                            link=("/", "Stories"))

    app.add_middleware(SecurityHeaders, no_store=NO_STORE, observe=metrics.answered)
    app.add_middleware(HeadAsGet)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


class HeadAsGet:
    """Answer ``HEAD`` like ``GET`` without the body (health probes and link checkers use it;
    FastAPI's routes answer only the methods they declare)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Any) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body"):
                    return
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


ERROR_SCHEMA = {"type": "object", "required": ["error", "status"], "properties": {
    "error": {"type": "string", "description": "what is wrong and how to fix the request"},
    "status": {"type": "integer"}}}


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's document, with the errors as this API answers them: ``{"error", "status"}``
    with 400 for a request that does not validate (FastAPI documents its own 422 shape)."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(title=app.title, version=app.version, description=app.description,
                         routes=app.routes)
    schemas = schema.setdefault("components", {}).setdefault("schemas", {})
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    schemas["Error"] = ERROR_SCHEMA
    ref = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    for path, operations in schema.get("paths", {}).items():
        admin = not path.startswith(("/api/v1/stories", "/api/v1/items", "/api/v1/sources"))
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            responses.pop("422", None)
            responses["400"] = {"description": "The request is not valid", "content": ref}
            if "{" in path:
                responses["404"] = {"description": "No such object", "content": ref}
            if admin:
                responses["401"] = {"description": "No or a wrong admin token", "content": ref}
                responses["403"] = {"description": "Admin is off (no MONITOR_ADMIN_TOKEN)",
                                    "content": ref}
                operation["security"] = [{"bearer": []}]
    schema["components"]["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer",
                                                           "description": "MONITOR_ADMIN_TOKEN"}}
    app.openapi_schema = schema
    return schema
