"""Real local servers for the senders: an SMTP server (aiosmtpd) and an HTTP receiver."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# ---------------------------------------------------------------------------
# SMTP


@dataclass
class SmtpHandler:
    """Collects envelopes; set ``rcpt_reply`` / ``data_reply`` to answer with an error instead."""

    envelopes: list[Envelope] = field(default_factory=list)
    rcpt_reply: str | None = None
    data_reply: str | None = None

    async def handle_RCPT(self, server: Any, session: Any, envelope: Envelope, address: str,
                          rcpt_options: list[str]) -> str:
        if self.rcpt_reply:
            return self.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Envelope) -> str:
        if self.data_reply:
            return self.data_reply
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


@dataclass
class SmtpServer:
    handler: SmtpHandler
    host: str
    port: int


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    handler = SmtpHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield SmtpServer(handler, "127.0.0.1", port)
    finally:
        controller.stop()


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A throwaway self-signed certificate for 127.0.0.1 (needs the openssl CLI)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl CLI not installed")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
        check=True, capture_output=True,
    )
    return cert, key


USER, PASSWORD = "mailer", "s3cret-Passw0rd!"


def _authenticator(server: Any, session: Any, envelope: Any, mechanism: str,
                   auth_data: Any) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and auth_data == (USER.encode(), PASSWORD.encode())
    return AuthResult(success=ok, handled=False)


@pytest.fixture
def smtp_tls_server(tls_files: tuple[Path, Path]) -> Iterator[SmtpServer]:
    """STARTTLS required, AUTH required (user ``mailer``)."""
    cert, key = tls_files
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    handler = SmtpHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, tls_context=context,
                            require_starttls=True, auth_required=True,
                            authenticator=_authenticator)
    controller.start()
    try:
        yield SmtpServer(handler, "127.0.0.1", port)
    finally:
        controller.stop()


@pytest.fixture
def silent_server() -> Iterator[int]:
    """Accepts TCP connections and never says a word (an SMTP greeting that never comes)."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    try:
        yield int(listener.getsockname()[1])
    finally:
        listener.close()


# ---------------------------------------------------------------------------
# HTTP receiver


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


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


@pytest.fixture
def receiver() -> Iterator[Receiver]:
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
