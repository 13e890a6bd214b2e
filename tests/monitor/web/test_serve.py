"""Serving: the address setting, and a stop that lets the request under way finish."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from monitor.errors import ConfigError
from monitor.web.serve import bind, serve
from tests.conftest import make_settings


@pytest.mark.parametrize(("addr", "expected"), [
    ("127.0.0.1:8080", ("127.0.0.1", 8080)), ("0.0.0.0:80", ("0.0.0.0", 80)),
    ("[::1]:8080", ("::1", 8080)), ("localhost:9000", ("localhost", 9000)),
    ("127.0.0.1:0", ("127.0.0.1", 0)),
], ids=["loopback", "all", "ipv6", "name", "any-free-port"])
def test_http_addr(tmp_path: Path, addr: str, expected: tuple[str, int]) -> None:
    assert make_settings(tmp_path, http_addr=addr).http_host_port == expected


@pytest.mark.parametrize("addr", ["8080", "127.0.0.1", "127.0.0.1:http", ":8080", "h:70000"],
                         ids=["port-only", "no-port", "named-port", "no-host", "port-high"])
def test_a_bad_http_addr_names_the_variable(tmp_path: Path, addr: str) -> None:
    from monitor.settings import Settings

    with pytest.raises(ConfigError, match="MONITOR_HTTP_ADDR: .* is not host:port"):
        Settings.from_env({"MONITOR_HTTP_ADDR": addr})


def test_a_short_admin_token_is_refused() -> None:
    from monitor.settings import Settings

    with pytest.raises(ConfigError, match="MONITOR_ADMIN_TOKEN: is shorter than 16"):
        Settings.from_env({"MONITOR_ADMIN_TOKEN": "short"})
    assert "admin_token" not in repr(Settings.from_env({"MONITOR_ADMIN_TOKEN": "x" * 20}))


def test_bind_refuses_a_taken_port(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        settings = make_settings(tmp_path, http_addr=f"127.0.0.1:{taken.getsockname()[1]}")
        with pytest.raises(ConfigError, match="MONITOR_HTTP_ADDR: cannot listen on"):
            bind(settings)


def test_a_stop_lets_the_request_under_way_finish(tmp_path: Path) -> None:
    app = FastAPI()
    started = threading.Event()

    @app.get("/slow")
    async def slow() -> dict[str, str]:
        started.set()
        await asyncio.sleep(1.0)
        return {"done": "yes"}

    sock = bind(make_settings(tmp_path, http_addr="127.0.0.1:0"))
    port = sock.getsockname()[1]
    result: dict[str, object] = {}

    def request() -> None:
        result["answer"] = httpx.get(f"http://127.0.0.1:{port}/slow", timeout=10).json()

    async def main() -> float:
        stopping = asyncio.Event()
        server = asyncio.create_task(serve(app, sock, stopping, grace=5))
        client = threading.Thread(target=request)
        await asyncio.sleep(0.3)
        client.start()
        await asyncio.to_thread(started.wait, 5)
        stopping.set()  # while /slow is sleeping
        t0 = time.perf_counter()
        await server
        await asyncio.to_thread(client.join, 5)
        return time.perf_counter() - t0

    waited = asyncio.run(main())
    assert result["answer"] == {"done": "yes"}
    assert 0.5 < waited < 5
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/slow", timeout=2)
