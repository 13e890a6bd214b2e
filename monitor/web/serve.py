"""Serving: uvicorn in the service's own event loop (``monitor run``) or alone (``monitor web``).

The socket is bound here, before uvicorn starts, so a taken or wrong ``MONITOR_HTTP_ADDR`` is a
configuration error naming the variable (uvicorn itself would ``sys.exit``), and tests can
bind port 0. uvicorn's own signal handling is switched off: the service's SIGTERM/SIGINT
handler sets ``stopping``, then uvicorn stops accepting, lets the requests under way finish
(up to the grace period) and closes. Its access log is off too: it would print the tokens of
``/unsubscribe/…`` links; :class:`monitor.web.security.SecurityHeaders` logs requests instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Iterator

import uvicorn
from fastapi import FastAPI

from monitor.app import open_database
from monitor.errors import ConfigError
from monitor.service import Service, stop_on_signals
from monitor.settings import Settings
from monitor.web.app import create_app
from monitor.web.metrics import Metrics

log = logging.getLogger("monitor.web")


class _Server(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:  # the service handles the signals
        yield


def bind(settings: Settings) -> socket.socket:
    host, port = settings.http_host_port
    sock = None
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        family, kind, proto, _, address = infos[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as exc:
        if sock is not None:
            sock.close()
        raise ConfigError(f"cannot listen on {settings.http_addr}: {exc.strerror or exc}; pick a free "
                          "port or another address", field="MONITOR_HTTP_ADDR") from None
    sock.set_inheritable(True)
    return sock


async def serve(app: FastAPI, sock: socket.socket, stopping: asyncio.Event, *,
                grace: float = 20.0) -> None:
    """Serve ``app`` on ``sock`` until ``stopping`` is set, then drain and return."""
    config = uvicorn.Config(app, log_config=None, access_log=False, lifespan="off",
                            server_header=False, timeout_graceful_shutdown=int(grace),
                            proxy_headers=True)
    server = _Server(config)
    host, port = sock.getsockname()[:2]
    log.info("web listening", extra={"fields": {"address": f"http://{host}:{port}/"}})
    serving = asyncio.create_task(server.serve(sockets=[sock]), name="uvicorn")
    stop = asyncio.create_task(stopping.wait())
    await asyncio.wait({serving, stop}, return_when=asyncio.FIRST_COMPLETED)
    server.should_exit = True
    stop.cancel()
    try:
        await serving
    finally:
        sock.close()


async def run_service(settings: Settings, *, sock: socket.socket | None = None) -> None:
    """``monitor run``: the scheduler (polls, notifications) and the web in one event loop."""
    metrics = Metrics()
    sock = sock or bind(settings)

    async def web(service: Service) -> None:
        app = create_app(settings, service.engine, metrics=metrics,
                         scheduler=service.scheduler_running)
        await serve(app, sock, service.stopping, grace=service.grace)

    try:
        await Service(settings, observer=metrics, web=web).run()
    finally:
        sock.close()  # already closed by the server after a run; not yet after a failed start


async def run_web(settings: Settings, *, sock: socket.socket | None = None,
                  stopping: asyncio.Event | None = None) -> None:
    """``monitor web``: the web alone (the database is shared with instances of `monitor run`)."""
    sock = sock or bind(settings)
    stopping = stopping or asyncio.Event()
    stop_on_signals(stopping.set)
    engine = await asyncio.to_thread(open_database, settings)
    try:
        await serve(create_app(settings, engine), sock, stopping)
    finally:
        engine.dispose()
