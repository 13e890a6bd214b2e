"""A small per-origin HTTP/1.1 connection pool for the one shared ``httpx.AsyncClient``.

Why not httpx's own pool: httpcore's ``AsyncConnectionPool`` re-scans every pooled connection
(with a ``poll()`` system call on each idle socket) on every request and every release
(encode/httpx#3215, encode/httpcore#1035), so its cost per request grows with the number of
connections: 500 conditional GETs answered 304 took 0.63 s one at a time and 3.6 s with 32 in
flight. Why not bare httpcore connections either (what this module wrapped until then): every
exchange still goes through httpcore's anyio stream layers, trace hooks and locks, which were
most of a warm poll's fetch time. The same 500 GETs with 32 in flight over loopback took
~0.20 s through them and take ~0.11 s through this transport, which speaks HTTP/1.1 with
``h11`` straight over asyncio streams (h11 alone is ~0.06 s; the rest is mostly httpx's Request
and Response objects).

Per origin (scheme, host, port) there is a stack of idle connections: a request pops the newest
one that is still usable (not expired, not closed by the server, nothing received while idle,
such as a 408 sent before hanging up) or opens a new one, and the
connection goes back when the response is closed, if the exchange completed cleanly (a body left
unread on the wire, ``Connection: close``, HTTP/1.0 without keep-alive, or any error closes it).
Taking and returning are O(1), amortized. Concurrency is bounded by the fetcher's semaphores,
not here; at most ``max_idle_per_origin`` idle connections are kept, each for at most
``keepalive_expiry`` seconds. If a reused connection turns out to have been closed by the server
before any byte of the answer arrived (the keep-alive race), an idempotent request is retried
once on a new connection. Timeouts come from the request (httpx sets them), TLS verification
uses the trust store from ``certifi``, and every failure is raised as the usual httpx exception.

Where a connection goes: to addresses checked against the :class:`AddressPolicy`, never to a
name. A request may carry the addresses its caller already checked
(``request.extensions[PINNED]``, what the fetcher does for every hop of a redirect); otherwise the
transport resolves and checks the host itself (:func:`monitor.net.addresses.checked_addresses`,
what a webhook send relies on). Either way the socket connects to an address that passed,
while the Host header, TLS SNI and the certificate check use the name, so a DNS answer that
changes between the check and the connect (rebinding) changes nothing. An idle connection is
reused for a pinned request only if its peer is one of the pinned addresses. A refused address
raises :class:`monitor.errors.BlockedAddress` (not an httpx error: it is a decision, not a
network failure).
"""

from __future__ import annotations

import asyncio
import os
import socket
import ssl
import time
from collections import deque
from collections.abc import AsyncIterator

import h11
import httpx

from monitor.net.addresses import AddressPolicy, Resolver, checked_addresses, system_resolver

CHUNK = 65_536
PINNED = "monitor.addresses"  # request extension: the checked addresses to connect to
IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS"})
Key = tuple[bytes, bytes, int]


def _reason(exc: OSError) -> str:
    """The OS's words for a socket error (asyncio's own text for a refusal omits them)."""
    if isinstance(exc, socket.gaierror):
        return exc.strerror or str(exc)
    if exc.errno and not isinstance(exc, ssl.SSLError):
        return os.strerror(exc.errno)
    return str(exc) or type(exc).__name__


class _Conn:
    __slots__ = ("got_bytes", "h11", "peer", "reader", "writer")

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                 peer: str = "") -> None:
        self.reader, self.writer = reader, writer
        self.peer = peer  # the address connected to
        self.h11 = h11.Connection(h11.CLIENT, max_incomplete_event_size=100 * 1024)  # as httpcore
        self.got_bytes = False  # any byte of the current response arrived

    def usable(self) -> bool:
        return not (self.reader.at_eof() or self.writer.transport.is_closing())

    def idle_usable(self) -> bool:
        """Usable for a new request after lying idle: open, and nothing arrived meanwhile.

        A server may answer an idle kept-alive connection with a 408 before hanging up; those
        bytes belong to no request, and the next one would read them as its answer. asyncio
        reads them into the StreamReader's buffer as they come, and the reader has no public
        way to ask for its size: its ``_buffer`` (there since Python 3.4) is read, if present.
        """
        return self.usable() and not getattr(self.reader, "_buffer", b"")

    async def write(self, data: bytes, timeout: float | None) -> None:
        try:
            self.writer.write(data)
            # drain() can only wait while data is still queued; spare the timer when all was sent
            async with asyncio.timeout(timeout if self.writer.transport.get_write_buffer_size() else None):
                await self.writer.drain()
        except TimeoutError:
            raise httpx.WriteTimeout("timed out sending the request") from None
        except OSError as exc:
            raise httpx.WriteError(_reason(exc)) from exc

    async def next_event(self, timeout: float | None) -> object:
        """The next h11 event from the server, reading the socket when h11 needs more data."""
        while True:
            try:
                event = self.h11.next_event()
            except h11.RemoteProtocolError as exc:
                raise httpx.RemoteProtocolError(str(exc)) from exc
            if event is not h11.NEED_DATA:
                return event
            try:
                async with asyncio.timeout(timeout):
                    data = await self.reader.read(CHUNK)
            except TimeoutError:
                raise httpx.ReadTimeout("timed out waiting for the server") from None
            except OSError as exc:
                raise httpx.ReadError(_reason(exc)) from exc
            if not data and not self.got_bytes:
                raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
            self.got_bytes = True
            self.h11.receive_data(data)

    def finished(self) -> bool:
        """Consume what h11 already holds (no socket reads); True when the exchange is complete."""
        try:
            while (event := self.h11.next_event()) is not h11.NEED_DATA:
                if not isinstance(event, h11.Data):
                    break
            self.h11.start_next_cycle()  # raises unless both sides are DONE
        except h11.ProtocolError:
            return False
        return True


class _Body(httpx.AsyncByteStream):
    def __init__(self, transport: PerOriginTransport, key: Key, conn: _Conn,
                 timeout: float | None) -> None:
        self._transport, self._key, self._conn, self._timeout = transport, key, conn, timeout
        self._closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while True:
            event = await self._conn.next_event(self._timeout)
            if isinstance(event, h11.Data):
                yield bytes(event.data)
            elif isinstance(event, h11.EndOfMessage):
                return

    async def aclose(self) -> None:
        if not self._closed:
            self._closed = True
            self._transport._release(self._key, self._conn)


class PerOriginTransport(httpx.AsyncBaseTransport):
    def __init__(self, *, policy: AddressPolicy, resolver: Resolver = system_resolver,
                 max_idle_per_origin: int = 4, keepalive_expiry: float = 5.0,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        self.policy = policy
        self.resolver = resolver
        self.max_idle_per_origin = max_idle_per_origin
        self.keepalive_expiry = keepalive_expiry
        self._ssl = ssl_context  # made on the first https connection (loading the CAs takes 40 ms)
        self._idle: dict[Key, deque[tuple[float, _Conn]]] = {}  # oldest left, newest right
        self._busy: set[_Conn] = set()
        self.opened = 0  # connections opened so far (for tests and the benchmark)

    def _tls(self) -> ssl.SSLContext:
        if self._ssl is None:
            import certifi  # here: a poll of plain-http feeds (or of 304s only) never needs the CAs

            self._ssl = ssl.create_default_context(cafile=certifi.where())
        return self._ssl

    def _take(self, key: Key, pinned: tuple[str, ...] | None) -> _Conn | None:
        stack = self._idle.get(key)
        while stack:
            since, conn = stack.pop()
            if time.monotonic() - since <= self.keepalive_expiry and conn.idle_usable():
                if pinned is None or conn.peer in pinned:
                    return conn
                stack.append((since, conn))  # still good for a request pinned elsewhere
                return None
            conn.writer.close()
        return None

    def _release(self, key: Key, conn: _Conn) -> None:
        self._busy.discard(conn)
        if not (conn.finished() and conn.usable()):  # closed by aclose() meanwhile: not usable
            conn.writer.close()
            return
        stack = self._idle.setdefault(key, deque())
        if len(stack) >= self.max_idle_per_origin:
            stack.popleft()[1].writer.close()
        stack.append((time.monotonic(), conn))

    async def _connect(self, key: Key, timeout: float | None,
                       pinned: tuple[str, ...] | None) -> _Conn:
        """Connect to one of the checked addresses of the origin, in order (the first that
        answers wins), within ``timeout`` in all."""
        scheme, host, port = key
        tls = scheme == b"https"
        name = host.decode("ascii")
        failure: OSError | None = None
        try:
            async with asyncio.timeout(timeout):
                addresses = pinned or await checked_addresses(name, port, self.policy, self.resolver)
                for address in addresses:
                    try:
                        reader, writer = await asyncio.open_connection(
                            address, port, ssl=self._tls() if tls else None,
                            server_hostname=name.strip("[]") if tls else None, limit=CHUNK)
                    except ssl.SSLError:
                        raise  # the server answered: another address would not change the verdict
                    except OSError as exc:
                        failure = exc
                        continue
                    self.opened += 1
                    return _Conn(reader, writer, address)
        except TimeoutError:
            raise httpx.ConnectTimeout(f"timed out connecting to {name}:{port}") from None
        except OSError as exc:  # TLS failure (ssl.SSLError is an OSError)
            raise httpx.ConnectError(f"{_reason(exc)} ({name}:{port})") from exc
        assert failure is not None
        raise httpx.ConnectError(f"{_reason(failure)} ({name}:{port})") from failure

    async def _exchange(self, conn: _Conn, request: httpx.Request, timeouts: dict) -> h11.Response:
        """Send the request and read up to the final response head."""
        url = request.url
        headers = list(request.headers.raw)
        if not any(name.lower() == b"host" for name, _ in headers):
            headers.insert(0, (b"Host", url.netloc))
        conn.got_bytes = False
        try:
            out = conn.h11.send(h11.Request(method=request.method, target=url.raw_path, headers=headers))
            async for chunk in request.stream:  # type: ignore[union-attr]
                if chunk:
                    await conn.write(out + conn.h11.send(h11.Data(data=chunk)), timeouts.get("write"))
                    out = b""
            await conn.write(out + conn.h11.send(h11.EndOfMessage()), timeouts.get("write"))
        except h11.LocalProtocolError as exc:
            raise httpx.LocalProtocolError(str(exc)) from exc
        event = await conn.next_event(timeouts.get("read"))
        while isinstance(event, h11.InformationalResponse):  # 1xx answers come before the real one
            event = await conn.next_event(timeouts.get("read"))
        if not isinstance(event, h11.Response):
            raise httpx.RemoteProtocolError(f"expected a response, the server sent {type(event).__name__}")
        return event

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        if url.scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(f"unsupported URL scheme {url.scheme!r}")
        key = (url.raw_scheme, url.raw_host, url.port or (443 if url.scheme == "https" else 80))
        timeouts = request.extensions.get("timeout") or {}
        pinned = request.extensions.get(PINNED) or None
        conn = self._take(key, pinned)
        while True:
            reused = conn is not None
            if conn is None:
                conn = await self._connect(key, timeouts.get("connect"), pinned)
            self._busy.add(conn)
            try:
                event = await self._exchange(conn, request, timeouts)
                break
            except BaseException as exc:
                self._busy.discard(conn)
                conn.writer.close()
                stale = isinstance(exc, (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError))
                if not (stale and reused and not conn.got_bytes and request.method in IDEMPOTENT):
                    raise
                conn = None  # the server closed a kept-alive connection: retry once, on a new one
        return httpx.Response(
            status_code=event.status_code, headers=event.headers.raw_items(),
            stream=_Body(self, key, conn, timeouts.get("read")),
            extensions={"http_version": b"HTTP/" + event.http_version, "reason_phrase": event.reason})

    async def aclose(self) -> None:
        """Close every connection, idle or busy, without waiting for the peers (no wait_closed)."""
        for conn in [conn for stack in self._idle.values() for _, conn in stack] + list(self._busy):
            conn.writer.close()
        self._idle.clear()
        self._busy.clear()
