"""A real HTTP receiver on loopback for the webhook tests: routes that answer every way a receiver can."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    at: float = field(default_factory=time.monotonic)  # when it arrived


@dataclass
class Receiver:
    """Routes: /ok 200, /accepted 202, /error 500, /hang (waits), /drip (slow body),
    /ratelimit 429 + Retry-After: 7, /gone 410, /redirect 301, /echo… 400 echoing the path."""

    base: str
    requests: list[Recorded]
    release: threading.Event

    def url(self, path: str) -> str:
        return self.base + path


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _reply(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        self.server.requests.append(Recorded("POST", self.path,
                                             {k.lower(): v for k, v in self.headers.items()},
                                             body))
        path = self.path.split("?")[0]
        if path.startswith("/ok"):
            self._reply(200, b"ok")
        elif path == "/accepted":
            self._reply(202)
        elif path == "/error":
            self._reply(500, b"Internal Server Error: database is down")
        elif path == "/hang":
            self.server.release.wait(10)
            self._reply(200, b"too late")
        elif path == "/drip":
            self.send_response(200)
            self.send_header("Content-Length", "100")
            self.end_headers()
            for _ in range(100):
                if self.server.release.wait(0.05):
                    break
                self.wfile.write(b".")
                self.wfile.flush()
        elif path == "/ratelimit":
            self._reply(429, b'{"message":"slow down"}', {"Retry-After": "7"})
        elif path == "/gone":
            self._reply(410, b"no_service")
        elif path.startswith("/echo"):
            self._reply(400, b"bad request for " + self.path.encode())
        elif path == "/redirect":
            self._reply(301, b"", {"Location": "https://elsewhere.example/hooks/abc"})
        else:
            self._reply(404, b"not found")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    requests: list[Recorded]
    release: threading.Event

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that timed out and hung up is expected here


@contextmanager
def serve_receiver() -> Iterator[Receiver]:
    server = _Server(("127.0.0.1", 0), _Handler)
    server.requests = []
    server.release = threading.Event()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield Receiver(f"http://{host}:{port}", server.requests, server.release)
    finally:
        server.release.set()
        server.shutdown()
        server.server_close()
        thread.join(5)
