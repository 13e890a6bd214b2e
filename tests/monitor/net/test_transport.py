"""PerOriginTransport against scripted asyncio servers on 127.0.0.1 (real sockets, no mocks).

Each server parses requests with h11 and answers with raw bytes chosen by the test, so the
tests can send exactly the framing (or the misbehaviour) they are about.
"""

from __future__ import annotations

import asyncio
import shutil
import socket
import ssl
import struct
import subprocess
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import h11
import httpx
import pytest

from monitor.net.addresses import AddressPolicy
from monitor.net.transport import PerOriginTransport

OPEN = AddressPolicy.parse("127.0.0.1/32")  # the test servers' address, nothing else


@dataclass
class Seen:
    connection: int  # 1 = the first connection the server accepted
    method: str
    target: str
    body: bytes


Answer = Callable[[Seen, asyncio.StreamWriter], Awaitable[bool]]  # False: stop serving the connection


class Server:
    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.connections = 0
        self.requests: list[Seen] = []
        self._tasks: set[asyncio.Task] = set()

    async def start(self) -> Server:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def url(self, path: str = "/", scheme: str = "http") -> str:
        return f"{scheme}://127.0.0.1:{self.port}{path}"

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._tasks.add(asyncio.current_task())  # type: ignore[arg-type]
        self.connections += 1
        number, pending = self.connections, b""
        try:
            while True:
                parser = h11.Connection(h11.SERVER)
                if pending:
                    parser.receive_data(pending)
                request, body = None, b""
                while not isinstance(event := parser.next_event(), h11.EndOfMessage):
                    if event is h11.NEED_DATA:
                        parser.receive_data(await reader.read(65536))
                    elif isinstance(event, h11.ConnectionClosed):
                        return
                    elif isinstance(event, h11.Request):
                        request = event
                    elif isinstance(event, h11.Data):
                        body += event.data
                pending = bytes(parser.trailing_data[0])
                assert request is not None
                seen = Seen(number, request.method.decode(), request.target.decode(), body)
                self.requests.append(seen)
                if not await self.answer(seen, writer):
                    return
        except (ConnectionError, h11.ProtocolError):
            pass
        finally:
            writer.close()

    async def stop(self) -> None:
        self._server.close()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)


def reply(raw: bytes, *, keep_alive: bool = True) -> Answer:
    async def answer(seen: Seen, writer: asyncio.StreamWriter) -> bool:
        writer.write(raw)
        await writer.drain()
        return keep_alive
    return answer


def reset(writer: asyncio.StreamWriter) -> None:
    """Close with a TCP RST instead of a FIN."""
    writer.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


OK = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"


@pytest.fixture
async def serve() -> AsyncIterator[Callable[[Answer], Awaitable[Server]]]:
    servers: list[Server] = []

    async def start(answer: Answer) -> Server:
        servers.append(await Server(answer).start())
        return servers[-1]

    yield start
    for server in servers:
        await server.stop()


@pytest.fixture
async def transport() -> AsyncIterator[PerOriginTransport]:
    t = PerOriginTransport(policy=OPEN)
    yield t
    await t.aclose()


@pytest.fixture
async def client(transport: PerOriginTransport) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=transport, timeout=2) as c:
        yield c


@pytest.mark.parametrize(("method", "raw", "body"), [
    ("GET", b"HTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\n\r\n", b""),
    ("GET", b"HTTP/1.1 304 Not Modified\r\nContent-Length: 0\r\n\r\n", b""),
    ("GET", OK, b"hello"),
    ("GET", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n4\r\ndefg\r\n0\r\n\r\n",
     b"abcdefg"),
    ("GET", b"HTTP/1.1 204 No Content\r\n\r\n", b""),
    ("HEAD", b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n", b""),
    ("GET", b"HTTP/1.1 100 Continue\r\n\r\n" + OK, b"hello"),
], ids=["304", "304-length-0", "200-length", "200-chunked", "204", "head", "100-then-200"])
async def test_connection_is_reused_after_a_complete_exchange(serve, client, transport, method, raw, body) -> None:
    server = await serve(reply(raw))
    for _ in range(3):
        response = await client.request(method, server.url())
        assert response.content == body
    assert (server.connections, transport.opened, len(server.requests)) == (1, 1, 3)


async def test_unread_304_without_length_is_still_reused(serve, client, transport) -> None:
    """Servers rarely send Content-Length on a 304; closing it unread must not cost the connection."""
    server = await serve(reply(b"HTTP/1.1 304 Not Modified\r\n\r\n"))
    for _ in range(3):
        response = await client.send(client.build_request("GET", server.url()), stream=True)
        await response.aclose()
    assert (server.connections, transport.opened) == (1, 1)


async def test_chunks_written_separately_arrive_in_order(serve, client, transport) -> None:
    async def answer(seen: Seen, writer: asyncio.StreamWriter) -> bool:
        writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        for i in range(5):
            await asyncio.sleep(0.01)
            writer.write(b"%x\r\n%s\r\n" % (70_000, bytes([65 + i]) * 70_000))
            await writer.drain()
        writer.write(b"0\r\n\r\n")
        return True

    server = await serve(answer)
    for _ in range(2):
        response = await client.get(server.url())
        assert response.content == b"".join(bytes([65 + i]) * 70_000 for i in range(5))
    assert (server.connections, transport.opened) == (1, 1)


@pytest.mark.parametrize("raw", [
    b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 5\r\n\r\nhello",
    b"HTTP/1.0 200 OK\r\nContent-Length: 5\r\n\r\nhello",
], ids=["connection-close", "http-1.0"])
async def test_connection_is_not_reused_when_the_server_says_close(serve, client, transport, raw) -> None:
    server = await serve(reply(raw, keep_alive=False))
    for _ in range(2):
        assert (await client.get(server.url())).content == b"hello"
    assert (server.connections, transport.opened) == (2, 2)


async def test_http_10_body_until_close(serve, client) -> None:
    body = b"<rss>" + b"x" * 200_000 + b"</rss>"
    server = await serve(reply(b"HTTP/1.0 200 Fine\r\nContent-Type: text/xml\r\n\r\n" + body, keep_alive=False))
    response = await client.get(server.url())
    assert response.content == body
    assert (response.http_version, response.reason_phrase) == ("HTTP/1.0", "Fine")
    assert response.headers["content-type"] == "text/xml"


async def test_body_left_unread_closes_the_connection(serve, client, transport) -> None:
    server = await serve(reply(b"HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n" + b"x" * 1_000_000))
    response = await client.send(client.build_request("GET", server.url()), stream=True)
    await response.aclose()
    await response.aclose()  # idempotent
    assert (await client.get(server.url())).content == b"x" * 1_000_000
    assert (server.connections, transport.opened) == (2, 2)


@pytest.mark.parametrize("method", ["GET", "POST"])
async def test_idle_connection_closed_by_the_server_is_replaced(serve, client, transport, method) -> None:
    """Seen closed when taken from the pool, so even a POST (never retried) goes through."""
    server = await serve(reply(OK, keep_alive=False))  # keep-alive response, then the server hangs up
    assert (await client.request(method, server.url())).content == b"hello"
    await asyncio.sleep(0.05)
    assert (await client.request(method, server.url())).content == b"hello"
    assert (server.connections, transport.opened, len(server.requests)) == (2, 2, 2)


@pytest.mark.parametrize(("method", "then_close"), [("GET", True), ("POST", True), ("GET", False)],
                         ids=["408-then-close", "408-then-close-post", "408-left-open"])
async def test_idle_connection_with_an_unsolicited_answer_is_replaced(serve, client, transport, method,
                                                                      then_close) -> None:
    """A server may send 408 on an idle kept-alive connection before hanging up (RFC 9110):
    that answer belongs to no request, and the next request must not read it as its own."""
    async def answer(seen: Seen, writer: asyncio.StreamWriter) -> bool:
        writer.write(OK)
        await writer.drain()
        if seen.connection == 1:
            await asyncio.sleep(0.02)
            writer.write(b"HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
            await writer.drain()
            return not then_close
        return True

    server = await serve(answer)
    assert (await client.request(method, server.url())).content == b"hello"
    await asyncio.sleep(0.1)
    response = await client.request(method, server.url())
    assert (response.status_code, response.content) == (200, b"hello")
    assert (server.connections, transport.opened, len(server.requests)) == (2, 2, 2)


async def test_idle_limits(serve) -> None:
    server = await serve(reply(OK))
    transport = PerOriginTransport(policy=OPEN, max_idle_per_origin=2, keepalive_expiry=0.2)
    async with httpx.AsyncClient(transport=transport, timeout=2) as client:
        await asyncio.gather(*(client.get(server.url()) for _ in range(3)))
        assert transport.opened == 3
        await asyncio.gather(*(client.get(server.url()) for _ in range(3)))
        assert transport.opened == 4  # only two were kept
        await asyncio.sleep(0.3)
        await client.get(server.url())
        assert transport.opened == 5  # the kept ones expired


@pytest.mark.parametrize("how", ["fin", "rst"])
async def test_keepalive_race_is_retried_once_for_get(serve, client, transport, how) -> None:
    """The server closes a kept-alive connection just as the next request arrives on it."""
    async def answer(seen: Seen, writer: asyncio.StreamWriter) -> bool:
        if seen.connection == 1 and len(server.requests) == 2:
            if how == "rst":
                reset(writer)
            return False
        writer.write(OK)
        return True

    server = await serve(answer)
    assert (await client.get(server.url())).content == b"hello"
    assert (await client.get(server.url())).content == b"hello"
    assert (server.connections, transport.opened, len(server.requests)) == (2, 2, 3)


async def test_keepalive_race_is_not_retried_for_post(serve, client, transport) -> None:
    async def answer(seen: Seen, writer: asyncio.StreamWriter) -> bool:
        if len(server.requests) == 2:
            return False
        writer.write(OK)
        return True

    server = await serve(answer)
    await client.post(server.url(), content=b"one")
    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        await client.post(server.url(), content=b"two")
    assert (server.connections, transport.opened) == (1, 1)


@pytest.mark.parametrize(("how", "partial"), [
    ("fin", b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial"),
    ("rst", b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial"),
    ("fin", b"HTTP/1.1 200 OK\r\nContent-"),
], ids=["fin-mid-body", "rst-mid-body", "fin-mid-head"])
async def test_server_dying_mid_answer_is_an_error_without_retry(serve, client, transport, how, partial) -> None:
    async def answer(seen: Seen, writer: asyncio.StreamWriter) -> bool:
        if len(server.requests) == 1:
            writer.write(OK)
            return True
        writer.write(partial)
        await writer.drain()
        await asyncio.sleep(0.1)
        if how == "rst":
            reset(writer)
        return False

    server = await serve(answer)
    await client.get(server.url())
    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        await client.get(server.url())  # on the reused connection, after bytes arrived
    assert (server.connections, transport.opened, len(server.requests)) == (1, 1, 2)


@pytest.mark.parametrize(("raw", "message"), [
    (b"garbage\r\n\r\n", "not valid HTTP/1.1"),
    (b"HTTP/1.1 200 OK\r\nContent-Length: nope\r\n\r\n", "Content-Length"),
    (b"", "Server disconnected without sending a response"),
], ids=["garbage", "bad-length", "nothing"])
async def test_protocol_errors(serve, client, transport, raw, message) -> None:
    server = await serve(reply(raw, keep_alive=False))
    with pytest.raises(httpx.RemoteProtocolError, match=message):
        await client.get(server.url())
    assert (server.connections, transport.opened) == (1, 1)  # a fresh connection: no retry


async def test_read_timeout(serve, transport) -> None:
    async def answer(seen: Seen, writer: asyncio.StreamWriter) -> bool:
        await asyncio.sleep(10)
        return False

    server = await serve(answer)
    async with httpx.AsyncClient(transport=transport, timeout=httpx.Timeout(2, read=0.2)) as client:
        with pytest.raises(httpx.ReadTimeout):
            await client.get(server.url())


async def test_read_timeout_between_body_chunks(serve, transport) -> None:
    async def answer(seen: Seen, writer: asyncio.StreamWriter) -> bool:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
        await asyncio.sleep(10)
        return False

    server = await serve(answer)
    async with (httpx.AsyncClient(transport=transport, timeout=httpx.Timeout(2, read=0.2)) as client,
                client.stream("GET", server.url()) as response):
        with pytest.raises(httpx.ReadTimeout):
            await response.aread()


async def test_write_timeout(transport) -> None:
    stop = asyncio.Event()

    async def never_reads(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await stop.wait()
        writer.close()

    async def body() -> AsyncIterator[bytes]:
        for _ in range(256):
            yield b"x" * 1_048_576

    server = await asyncio.start_server(never_reads, "127.0.0.1", 0)
    url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/"
    try:
        async with httpx.AsyncClient(transport=transport, timeout=httpx.Timeout(2, write=0.2)) as client:
            with pytest.raises(httpx.WriteTimeout):
                await client.post(url, content=body())
    finally:
        stop.set()
        server.close()


async def test_connect_refused(client) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(httpx.ConnectError, match="Connection refused"):
        await client.get(f"http://127.0.0.1:{port}/")


async def test_unsupported_scheme(transport) -> None:
    with pytest.raises(httpx.UnsupportedProtocol):
        await transport.handle_async_request(httpx.Request("GET", "ftp://127.0.0.1/x"))


async def test_post_body_and_headers_arrive_intact(serve, client) -> None:
    async def answer(seen: Seen, writer: asyncio.StreamWriter) -> bool:
        writer.write(b"HTTP/1.1 201 Created\r\nContent-Length: %d\r\n\r\n%s" % (len(seen.body), seen.body))
        return True

    async def chunks() -> AsyncIterator[bytes]:
        for i in range(3):
            yield bytes([48 + i]) * 100_000

    server = await serve(answer)
    payload = bytes(range(256)) * 4000
    response = await client.post(server.url("/hook?x=1&y=%20"), content=payload)
    assert (response.status_code, response.reason_phrase, response.content) == (201, "Created", payload)
    response = await client.post(server.url(), content=chunks())  # chunked request body
    assert response.content == b"0" * 100_000 + b"1" * 100_000 + b"2" * 100_000
    assert server.requests[0].target == "/hook?x=1&y=%20"
    assert server.connections == 1


async def test_aclose_closes_idle_and_busy_connections(serve) -> None:
    server = await serve(reply(b"HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n" + b"x" * 1_000_000))
    transport = PerOriginTransport(policy=OPEN)
    idle = await transport.handle_async_request(httpx.Request("GET", server.url()))
    busy = await transport.handle_async_request(httpx.Request("GET", server.url()))
    await idle.aread()
    await idle.aclose()
    assert transport.opened == 2
    await transport.aclose()
    await busy.aclose()  # after the transport is closed: closes the connection, does not pool it
    assert not transport.pool._idle and not transport.pool._busy
    async with asyncio.timeout(2):
        while not all(task.done() for task in server._tasks):  # the server saw both hang up
            await asyncio.sleep(0.01)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if not shutil.which("openssl"):
        pytest.skip("no openssl command to make a test certificate")
    d = tmp_path_factory.mktemp("tls")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-keyout", str(d / "key.pem"), "-out", str(d / "cert.pem"), "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True)
    return d / "cert.pem", d / "key.pem"


async def test_tls(certificate) -> None:
    cert, key = certificate
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)
    tls_server = await asyncio.start_server(
        lambda r, w: Server(reply(OK))._handle(r, w), "127.0.0.1", 0, ssl=server_ctx)
    url = f"https://127.0.0.1:{tls_server.sockets[0].getsockname()[1]}/"
    try:
        trusting = PerOriginTransport(policy=OPEN, ssl_context=ssl.create_default_context(cafile=str(cert)))
        async with httpx.AsyncClient(transport=trusting, timeout=2) as client:
            for _ in range(2):
                assert (await client.get(url)).content == b"hello"
        assert trusting.opened == 1
        async with httpx.AsyncClient(transport=PerOriginTransport(policy=OPEN), timeout=2) as client:
            with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
                await client.get(url)
    finally:
        tls_server.close()


# -- the pool itself (monitor.net.http1), as the feed fetcher uses it without httpx ------------

from monitor.net import http1  # noqa: E402


@pytest.fixture
async def pool() -> AsyncIterator[http1.ConnectionPool]:
    p = http1.ConnectionPool(policy=OPEN)
    yield p
    await p.aclose()


def origin(server: Server) -> http1.Key:
    return ("http", "127.0.0.1", server.port)


async def get(pool: http1.ConnectionPool, server: Server, target: bytes = b"/",
              headers: http1.Headers | None = None) -> tuple[http1.Answer, bytes]:
    answer = await pool.request("GET", origin(server), target,
                                [(b"Host", b"127.0.0.1:%d" % server.port), *(headers or [])], read_timeout=2)
    body = await answer.aread()
    await answer.aclose()
    return answer, body


async def test_pool_answer_headers_read_as_httpx_reads_them(serve, pool) -> None:
    server = await serve(reply(b"HTTP/1.1 200 OK\r\nX-A: 1\r\nx-a:  2 \r\nETag: \"v\"\r\nContent-Length: 2\r\n\r\nok"))
    answer, body = await get(pool, server)
    assert (answer.status_code, answer.reason_phrase, answer.http_version, body) == (200, "OK", "HTTP/1.1", b"ok")
    assert answer.headers.get("x-a") == httpx.Headers(answer.raw_headers).get("x-a") == "1, 2"
    assert answer.headers["ETAG"] == '"v"' and "etag" in answer.headers and answer.headers.get("nope") is None
    assert answer.headers.get_list("X-A") == ["1", "2"]


async def test_pool_body_until_close_on_http_11(serve, pool) -> None:
    server = await serve(reply(b"HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\n\r\n<rss/>", keep_alive=False))
    for _ in range(2):
        assert (await get(pool, server))[1] == b"<rss/>"
    assert pool.opened == 2  # the end of the body was the end of the connection


async def test_pool_bytes_after_the_answer_cost_the_connection(serve, pool) -> None:
    server = await serve(reply(OK + b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"))
    for _ in range(2):
        assert (await get(pool, server))[1] == b"hello"
    assert pool.opened == 2


async def test_pool_refuses_a_huge_answer_head(serve, pool) -> None:
    server = await serve(reply(b"HTTP/1.1 200 OK\r\n" + b"X-Filler: " + b"y" * 200_000 + b"\r\n\r\n"))
    with pytest.raises(http1.RemoteProtocolError, match="larger than 100 KiB"):
        await get(pool, server)


@pytest.mark.parametrize(("target", "headers", "message"), [
    (b"/a b", [], "illegal request target"),
    (b"/", [(b"X-Evil", b"1\r\nInjected: yes")], "illegal header value"),
    (b"/", [(b"Bad Name", b"1")], "illegal header name"),
], ids=["space-in-target", "crlf-in-value", "space-in-name"])
async def test_pool_refuses_to_write_a_request_that_would_split(serve, pool, target, headers, message) -> None:
    server = await serve(reply(OK))
    with pytest.raises(http1.LocalProtocolError, match=message):
        await get(pool, server, target, headers)
    assert server.requests == []


async def test_pool_answer_body_is_read_once(serve, pool) -> None:
    server = await serve(reply(OK))
    answer = await pool.request("GET", origin(server), b"/", [(b"Host", b"x")], read_timeout=2)
    assert await answer.aread() == b"hello"
    with pytest.raises(http1.ReadError, match="read or closed already"):
        await answer.aread()
    await answer.aclose()
    assert pool.opened == 1 and len(pool._idle[origin(server)]) == 1


@pytest.mark.parametrize(("raw", "body"), [
    (b"HTTP/1.1 200 OK\nContent-Length: 2\nX: y\n\nok", b"ok"),
    (b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n", b"ok"),
    (b"HTTP/1.1 200\r\nContent-Length: 2\r\n\r\nok", b"ok"),
    (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2;ext=1\r\nok\r\n0\r\n\r\n", b"ok"),
    (b"HTTP/1.1 200 OK\r\nX-A: \xd0\x9f\r\nContent-Length: 2\r\n\r\nok", b"ok"),
    (b"HTTP/1.1 200 OK\r\nX: a\r\n b\r\nContent-Length: 2\r\n\r\nok", None),
    (b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok", None),
    (b"HTTP/1.1 200 OK\r\nContent-Length : 2\r\n\r\nok", None),
    (b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n", None),
], ids=["bare-lf", "length-and-chunked", "no-reason", "chunk-extension", "utf-8-value",
        "folded-line", "repeated-length", "space-before-colon", "unasked-upgrade"])
async def test_pool_reads_sloppy_answers_h11_read(serve, pool, raw, body) -> None:
    """What the pool reads of answers that bend HTTP/1.1, as h11 (the parser before) read them;
    None: refused, where h11 read folded lines and a repeated length (llhttp's rules)."""
    server = await serve(reply(raw))
    if body is None:
        with pytest.raises(http1.RemoteProtocolError, match="not valid HTTP/1.1|switched protocols"):
            await get(pool, server)
    else:
        assert (await get(pool, server))[1] == body
