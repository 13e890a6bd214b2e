"""A listener that must never be reached: it counts every TCP connection made to it.

Bound to another loopback address than the servers the tests allow (127.0.0.2 while
``MONITOR_ALLOW_PRIVATE_HOSTS=127.0.0.1/32``), so a connection that arrives here went somewhere
the allow-list refuses, directly, by redirect or by a DNS answer that changed.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

FORBIDDEN_HOST = "127.0.0.2"


@dataclass
class Forbidden:
    host: str
    port: int
    connections: list[bytes] = field(default_factory=list)  # the first bytes each one sent

    def url(self, path: str = "/") -> str:
        return f"http://{self.host}:{self.port}{path}"


@contextmanager
def forbidden_listener(port: int = 0, host: str = FORBIDDEN_HOST) -> Iterator[Forbidden]:
    """Listen on ``host:port`` (any free port with 0) until the block ends."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(64)
    sock.settimeout(0.05)
    seen = Forbidden(host, sock.getsockname()[1])
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except (TimeoutError, OSError):
                continue
            conn.settimeout(0.2)
            try:
                seen.connections.append(conn.recv(200))
            except OSError:
                seen.connections.append(b"")
            finally:
                conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield seen
    finally:
        stop.set()
        thread.join(2)
        sock.close()
