"""A loopback news outlet for the article fetcher: pages, robots.txt, and misbehaviour (a page
that hangs, 30 MB, a PDF, 429), with every request's host, path and times recorded so that
politeness is measured, not assumed.

Reach it as ``127.0.0.1`` and as ``localhost``: the fetcher treats those as two hosts.
"""

from __future__ import annotations

import http.server
import select
import socket
import threading
import time
from dataclasses import dataclass, field


@dataclass
class Page:
    body: bytes = b""
    content_type: str | None = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    hang: bool = False  # never answer (until the server stops)
    stream: int = 0  # send this many bytes, chunked, with no Content-Length


@dataclass(frozen=True)
class Hit:
    host: str
    path: str
    start: float
    end: float


class Outlet:
    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self._hits: list[Hit] = []
        self._in_flight: dict[str, int] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        outlet = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                host = (self.headers.get("Host") or "").rsplit(":", 1)[0]
                start = time.monotonic()
                with outlet._lock:
                    outlet._in_flight[host] = outlet._in_flight.get(host, 0) + 1
                self.last_write: float | None = None
                try:
                    self._answer(outlet.pages.get(self.path))
                finally:
                    # A streamed answer the client hung up on ends at its last write that went
                    # through: the server thread may notice the hang-up much later on a loaded
                    # machine, and that moment says nothing about the client.
                    end = self.last_write or time.monotonic()
                    with outlet._lock:
                        outlet._in_flight[host] -= 1
                        outlet._hits.append(Hit(host, self.path, start, end))

            def _answer(self, page: Page | None) -> None:
                if page is None:
                    page = Page(b"not found", "text/plain", 404)
                if page.hang:  # until the client hangs up (or the server stops)
                    while not outlet._stopping.is_set():
                        readable, _, _ = select.select([self.connection], [], [], 0.05)
                        if readable and not self.connection.recv(1, socket.MSG_PEEK):
                            return
                    return
                if page.delay:
                    time.sleep(page.delay)
                self.send_response(page.status)
                if page.content_type:
                    self.send_header("Content-Type", page.content_type)
                for k, v in page.headers.items():
                    self.send_header(k, v)
                if page.stream:
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    chunk = b"<p>" + b"x" * 65_530 + b"</p>"
                    try:
                        for _ in range(page.stream // len(chunk)):
                            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                            self.last_write = time.monotonic()
                        self.wfile.write(b"0\r\n\r\n")
                        self.last_write = None
                    except OSError:
                        pass  # the client stopped reading at its cap
                    return
                self.send_header("Content-Length", str(len(page.body)))
                self.end_headers()
                try:
                    self.wfile.write(page.body)
                except OSError:
                    pass

        class Server(http.server.ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: object, client_address: object) -> None:
                pass

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def add(self, path: str, body: bytes | str = b"", **kw: object) -> str:
        self.pages[path] = Page(body.encode("utf-8") if isinstance(body, str) else body, **kw)  # type: ignore[arg-type]
        return self.url(path)

    @property
    def hits(self) -> list[Hit]:
        """Every request answered so far (waits for those being answered: see settle)."""
        self.settle()
        return self._hits

    def requests_to(self, path: str) -> int:
        self.settle()
        with self._lock:
            return sum(1 for h in self._hits if h.path == path)

    def settle(self, timeout: float = 2.0) -> None:
        """Wait until no request is being answered: a handler records its request after writing
        the answer, so a client can hold the page before the hit is in ``hits``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if not any(self._in_flight.values()):
                    return
            time.sleep(0.01)

    def wait_for_hits(self, count: int, timeout: float = 2.0) -> None:
        """Wait until ``count`` requests are recorded (a handler records its request after the
        client may already have read the answer)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if len(self._hits) >= count:
                    return
            time.sleep(0.01)

    @property
    def max_in_flight(self) -> dict[str, int]:
        """The most requests a host had under way at once, from the recorded intervals."""
        self.settle()
        with self._lock:
            events = [(t, kind, h.host) for h in self._hits for t, kind in ((h.start, 1), (h.end, -1))]
        now: dict[str, int] = {}
        most: dict[str, int] = {}
        for _, kind, host in sorted(events):  # at a tie, an end (-1) before a start
            now[host] = now.get(host, 0) + kind
            most[host] = max(most.get(host, 0), now[host])
        return most

    def gaps(self, host: str) -> list[float]:
        """Seconds from the end of each request to the start of the next, on one host."""
        self.settle()
        with self._lock:
            hits = sorted((h for h in self._hits if h.host == host), key=lambda h: h.start)
        return [b.start - a.end for a, b in zip(hits, hits[1:])]

    def __enter__(self) -> Outlet:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()
