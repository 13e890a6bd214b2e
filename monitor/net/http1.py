"""HTTP/1.1 over asyncio streams: a per-origin connection pool, without httpx.

The feed fetcher (:mod:`monitor.feeds.fetch`) speaks to this module directly; every other
client (webhooks, articles, the Google News resolver) reaches it through
:class:`monitor.net.transport.PerOriginTransport`, the ``httpx`` transport over the same pool.
Why not httpx's own pool, and why not httpx objects on the feed path:

* httpcore's ``AsyncConnectionPool`` re-scans every pooled connection (a ``poll()`` system call
  on each idle socket) on every request and every release (encode/httpx#3215,
  encode/httpcore#1035), so its cost per request grows with the number of connections: 500
  conditional GETs answered 304 took 0.63 s one at a time and 3.6 s with 32 in flight.
* In a poll where every feed answers 304, the request and response objects and the protocol
  state machine were most of the CPU: per request, ``httpx.Request`` ~22–29 µs, ``h11``'s send
  and receive ~42–58 µs, ``httpx.Response`` ~11–13 µs, where the answer's head is parsed by
  ``httptools`` (llhttp, the parser of Node.js and uvicorn) in ~1.4 µs and the request is
  written in ~1 µs. A poll that only sends conditional GETs does not import httpx at all
  (113 million instructions, 7 % of such a poll).

The protocol: requests are written here, from validated parts (a method token, a target without
spaces or control characters, header names that are tokens and values without CR, LF or NUL),
with the body framed as its headers say (``Content-Length``, or ``Transfer-Encoding: chunked``,
which this module encodes). Answers are parsed by ``httptools``: ``1xx`` answers before the final
one are skipped, a body runs to its length, its last chunk, or the end of the connection when it
has neither; an answer to ``HEAD``, and ``204`` and ``304``, have none. A head larger than
100 KiB is refused (as ``h11`` did, the parser used before). Lines ending in a bare LF are read,
as h11 read them; folded header lines and a repeated ``Content-Length``, which h11 read, are
refused (llhttp's rules; tests/monitor/net/test_transport.py lists the cases).

The pool: per origin (scheme, host, port) a stack of idle connections. A request pops the newest
one that is still usable (not expired, not closed by the server, nothing received while idle,
such as a 408 sent before hanging up) or opens a new one; the connection goes back when the
answer is closed, if the exchange completed cleanly (a body left unread on the wire,
``Connection: close``, HTTP/1.0 without keep-alive, bytes after the answer, or any error closes
it). Taking and returning are O(1), amortized. Concurrency is bounded by the callers, not here;
at most ``max_idle_per_origin`` idle connections are kept, each for at most ``keepalive_expiry``
seconds. If a reused connection turns out to have been closed by the server before any byte of
the answer arrived (the keep-alive race), an idempotent request is retried once on a new
connection. TLS verification uses the trust store from ``certifi``.

Where a connection goes: to addresses checked against the :class:`AddressPolicy`, never to a
name. A request may carry the addresses its caller already checked (``pinned``, what the fetcher
does for every hop of a redirect); otherwise the pool resolves and checks the host itself
(:func:`monitor.net.addresses.checked_addresses`, what a webhook send relies on). Either way the
socket connects to an address that passed, while the Host header, TLS SNI and the certificate
check use the name, so a DNS answer that changes between the check and the connect (rebinding)
changes nothing. An idle connection is reused for a pinned request only if its peer is one of the
pinned addresses. A refused address raises :class:`monitor.errors.BlockedAddress` (a decision,
not a network failure).

Failures are :class:`HTTPError` subclasses (:mod:`monitor.net.http_errors`), named as httpx's.
"""

from __future__ import annotations

import asyncio
import re
import ssl
import time
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator

import httptools

from monitor.net.addresses import AddressPolicy, Resolver, checked_addresses, system_resolver
from monitor.net.http_errors import (ConnectError, ConnectTimeout, HTTPError, LocalProtocolError, NetworkError,
                                     ProtocolError, ReadError, ReadTimeout, RemoteProtocolError, TimeoutException,
                                     TransportError, UnsupportedProtocol, WriteError, WriteTimeout)
from monitor.net.http_errors import os_reason

CHUNK = 65_536
PINNED = "monitor.addresses"  # httpx request extension: the checked addresses to connect to
MAX_HEAD = 100 * 1024  # bytes of an answer's status line and headers (h11's limit, as httpcore set it)
IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS"})
__all__ = ["PINNED", "Answer", "Connection", "ConnectionPool", "Headers", "Key",  # and the errors:
           "ConnectError", "ConnectTimeout", "HTTPError", "LocalProtocolError", "NetworkError", "ProtocolError",
           "ReadError", "ReadTimeout", "RemoteProtocolError", "TimeoutException", "TransportError",
           "UnsupportedProtocol", "WriteError", "WriteTimeout"]

Key = tuple[str, str, int]  # (scheme, host, port)
Headers = list[tuple[bytes, bytes]]


_TOKEN = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_BAD_VALUE = re.compile(rb"[\x00\r\n]")
_BAD_TARGET = re.compile(rb"[\x00-\x20\x7f]")
_NO_BODY = frozenset({204, 304})


def request_head(method: str, target: bytes, headers: Headers) -> bytes:
    """The request line and headers, checked so that nothing a caller passes can split them."""
    if not _TOKEN.fullmatch(method.encode("ascii", "replace")):
        raise LocalProtocolError(f"illegal request method {method!r}")
    if not target or _BAD_TARGET.search(target):
        raise LocalProtocolError(f"illegal request target {target[:200]!r}")
    lines = [method.encode("ascii"), b" ", target, b" HTTP/1.1\r\n"]
    for name, value in headers:
        if not _TOKEN.fullmatch(name):
            raise LocalProtocolError(f"illegal header name {name[:100]!r}")
        if _BAD_VALUE.search(value):
            raise LocalProtocolError(f"illegal header value for {name.decode('ascii')}")
        lines += (name, b": ", value.strip(b" \t"), b"\r\n")
    lines.append(b"\r\n")
    return b"".join(lines)


def _framing(headers: Headers) -> tuple[bool, int | None]:
    """(chunked, content length) of a request body, from its headers."""
    chunked, length = False, None
    for name, value in headers:
        lower = name.lower()
        if lower == b"transfer-encoding":
            if value.strip().lower() != b"chunked":
                raise LocalProtocolError(f"unsupported Transfer-Encoding {value[:50]!r}")
            chunked = True
        elif lower == b"content-length":
            if not value.strip().isdigit():
                raise LocalProtocolError(f"illegal Content-Length {value[:50]!r}")
            length = int(value)
    if chunked and length is not None:
        raise LocalProtocolError("both Content-Length and Transfer-Encoding: chunked")
    return chunked, length


class Connection:
    """One socket, one exchange at a time; the parser's callbacks fill the current answer."""

    __slots__ = ("_parser", "body", "complete", "extra", "got_bytes", "head_done", "head_size",
                 "headers", "keep_alive", "peer", "reader", "reason", "status", "until_eof", "version",
                 "writer", "_head_only")

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, peer: str = "") -> None:
        self.reader, self.writer = reader, writer
        self.peer = peer  # the address connected to
        self.got_bytes = False  # any byte of the current answer arrived

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

    def begin(self, method: str) -> None:
        self._parser = httptools.HttpResponseParser(self)
        # what h11 (the parser before) read and llhttp refuses by default: lines ending in a bare
        # LF (old servers), and Content-Length beside Transfer-Encoding: chunked (the chunks win,
        # as RFC 9112 says). Still refused: folded header lines, a repeated Content-Length.
        self._parser.set_dangerous_leniencies(lenient_optional_cr_before_lf=True, lenient_chunked_length=True)
        self._head_only = method == "HEAD"
        self.got_bytes = False
        self.head_size = 0
        self._reset_answer()
        self.complete = False  # the whole answer arrived
        self.extra = False  # bytes came after it: the connection cannot be reused
        self.keep_alive = False

    def _reset_answer(self) -> None:
        self.status = 0
        self.reason = b""
        self.headers: Headers = []
        self.head_done = False
        self.until_eof = False
        self.body: deque[bytes] = deque()

    async def write(self, data: bytes, timeout: float | None) -> None:
        try:
            self.writer.write(data)
            # drain() can only wait while data is still queued; spare the timer when all was sent
            async with asyncio.timeout(timeout if self.writer.transport.get_write_buffer_size() else None):
                await self.writer.drain()
        except TimeoutError:
            raise WriteTimeout("timed out sending the request") from None
        except OSError as exc:
            raise WriteError(os_reason(exc)) from exc

    async def send(self, method: str, target: bytes, headers: Headers,
                   body: bytes | AsyncIterable[bytes], timeout: float | None) -> None:
        head = request_head(method, target, headers)
        chunked, length = _framing(headers)
        if isinstance(body, bytes | bytearray):
            if body and not chunked and length != len(body):
                raise LocalProtocolError(f"a body of {len(body)} bytes with Content-Length {length}")
            if chunked:
                body = (b"%x\r\n%s\r\n" % (len(body), body) if body else b"") + b"0\r\n\r\n"
            await self.write(head + body, timeout)
            return
        sent = 0
        await self.write(head, timeout)
        async for chunk in body:
            if not chunk:
                continue
            sent += len(chunk)
            if chunked:
                chunk = b"%x\r\n%s\r\n" % (len(chunk), chunk)
            elif length is None or sent > length:
                raise LocalProtocolError("more body than the request's Content-Length")
            await self.write(chunk, timeout)
        if chunked:
            await self.write(b"0\r\n\r\n", timeout)
        elif (length or 0) != sent:
            raise LocalProtocolError(f"a body of {sent} bytes with Content-Length {length}")

    def _feed(self, data: bytes) -> None:
        if not self.head_done:
            self.head_size += len(data)
        try:
            self._parser.feed_data(data)
        except httptools.HttpParserError as exc:
            if self.complete:  # garbage after a complete answer: it stands, the connection does not
                self.extra = True
                return
            raise RemoteProtocolError(f"the server's answer is not valid HTTP/1.1: {exc}") from None
        except httptools.HttpParserUpgrade:  # 101 or CONNECT: nothing here asks to switch protocols
            raise RemoteProtocolError("the server switched protocols, which was not asked for") from None
        if not self.head_done and self.head_size > MAX_HEAD:
            raise RemoteProtocolError(f"the answer's head is larger than {MAX_HEAD // 1024} KiB")

    async def _receive(self, timeout: float | None) -> None:
        """Read once from the socket and feed the parser; the end of the connection ends an
        answer that runs until it, and is an error anywhere else."""
        try:
            async with asyncio.timeout(timeout):
                data = await self.reader.read(CHUNK)
        except TimeoutError:
            raise ReadTimeout("timed out waiting for the server") from None
        except OSError as exc:
            raise ReadError(os_reason(exc)) from exc
        if data:
            self.got_bytes = True
            self._feed(data)
            return
        if not self.got_bytes:
            raise RemoteProtocolError("Server disconnected without sending a response.")
        if self.head_done and self.until_eof:
            self.complete, self.keep_alive = True, False
            return
        where = "body" if self.head_done else "head"
        raise RemoteProtocolError(f"the server closed the connection in the middle of the answer's {where}")

    async def read_head(self, timeout: float | None) -> None:
        """Read until the final answer's head has arrived (1xx answers skipped)."""
        while not self.head_done:
            await self._receive(timeout)

    async def read_body(self, timeout: float | None) -> AsyncIterator[bytes]:
        while True:
            while self.body:
                yield self.body.popleft()
            if self.complete:
                return
            await self._receive(timeout)

    def finished(self) -> bool:
        """True when the exchange completed and the connection may carry another one."""
        return self.complete and self.keep_alive and not self.extra and not self.body

    # -- the parser's callbacks (httptools) -----------------------------------------------------

    def on_message_begin(self) -> None:
        if self.complete:
            self.extra = True

    def on_status(self, reason: bytes) -> None:
        self.reason += reason

    def on_header(self, name: bytes, value: bytes) -> None:
        if not self.complete:
            self.headers.append((name, value.strip(b" \t")))

    def on_headers_complete(self) -> None:
        if self.complete:
            return
        status = self._parser.get_status_code()
        if 100 <= status < 200 and status != 101:
            return  # an informational answer: the final one follows (on_message_complete resets)
        self.status = status
        self.version = self._parser.get_http_version()
        self.head_done = True
        if self._head_only:
            self.complete, self.keep_alive = True, self._parser.should_keep_alive()
            return
        if status in _NO_BODY:
            return
        framed = False
        for name, value in self.headers:
            lower = name.lower()
            if lower == b"content-length" or (lower == b"transfer-encoding" and b"chunked" in value.lower()):
                framed = True
                break
        self.until_eof = not framed

    def on_body(self, body: bytes) -> None:
        if self.complete:  # bytes after an answer to HEAD
            self.extra = True
        else:
            self.body.append(bytes(body))

    def on_message_complete(self) -> None:
        if self.complete:
            return
        if not self.head_done:  # the end of an informational answer
            self._reset_answer()
            return
        self.complete = True
        self.keep_alive = self._parser.should_keep_alive()


class Answer:
    """The answer to one request: status, headers, and its body read from the connection.

    It answers to the names of ``httpx.Response`` that the feed fetcher uses (``status_code``,
    ``reason_phrase``, ``headers.get``, ``aiter_raw``, ``aclose``, ``is_stream_consumed``), so
    the fetcher reads it and an ``httpx.Response`` alike.
    """

    __slots__ = ("_conn", "_key", "_pool", "_timeout", "headers", "http_version", "is_closed",
                 "is_stream_consumed", "raw_headers", "reason_phrase", "status_code")

    def __init__(self, pool: ConnectionPool, key: Key, conn: Connection, timeout: float | None) -> None:
        self._pool, self._key, self._conn, self._timeout = pool, key, conn, timeout
        self.status_code = conn.status
        self.reason_phrase = conn.reason.decode("latin-1")
        self.http_version = f"HTTP/{conn.version}"
        self.raw_headers: Headers = conn.headers
        self.headers = AnswerHeaders(conn.headers)
        self.is_stream_consumed = False
        self.is_closed = False

    async def aiter_raw(self) -> AsyncIterator[bytes]:
        if self.is_stream_consumed or self.is_closed:
            raise ReadError("the answer's body was read or closed already")
        self.is_stream_consumed = True
        async for chunk in self._conn.read_body(self._timeout):
            yield chunk

    async def aread(self) -> bytes:
        return b"".join([chunk async for chunk in self.aiter_raw()])

    async def aclose(self) -> None:
        if not self.is_closed:
            self.is_closed = True
            self._pool._release(self._key, self._conn)


class AnswerHeaders:
    """An answer's headers, looked up without case; several values of one name are joined
    with ", " (as ``httpx.Headers.get`` does). Values are decoded as Latin-1."""

    __slots__ = ("_index", "raw")

    def __init__(self, raw: Headers) -> None:
        self.raw = raw
        index: dict[str, str] = {}
        for name, value in raw:
            key = name.decode("latin-1").lower()
            text = value.decode("latin-1")
            index[key] = f"{index[key]}, {text}" if key in index else text
        self._index = index

    def get(self, name: str, default: str | None = None) -> str | None:
        return self._index.get(name.lower(), default)

    def __getitem__(self, name: str) -> str:
        return self._index[name.lower()]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._index

    def get_list(self, name: str) -> list[str]:
        """Every value of ``name``, one per header line (``Set-Cookie``)."""
        lower = name.lower().encode("latin-1")
        return [value.decode("latin-1") for n, value in self.raw if n.lower() == lower]


class ConnectionPool:
    def __init__(self, *, policy: AddressPolicy, resolver: Resolver = system_resolver,
                 max_idle_per_origin: int = 4, keepalive_expiry: float = 5.0,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        self.policy = policy
        self.resolver = resolver
        self.max_idle_per_origin = max_idle_per_origin
        self.keepalive_expiry = keepalive_expiry
        self._ssl = ssl_context  # made on the first https connection (loading the CAs takes 40 ms)
        self._idle: dict[Key, deque[tuple[float, Connection]]] = {}  # oldest left, newest right
        self._busy: set[Connection] = set()
        self.opened = 0  # connections opened so far (for tests and the benchmark)

    def _tls(self) -> ssl.SSLContext:
        if self._ssl is None:
            import certifi  # here: a poll of plain-http feeds (or of 304s only) never needs the CAs

            self._ssl = ssl.create_default_context(cafile=certifi.where())
        return self._ssl

    def _take(self, key: Key, pinned: tuple[str, ...] | None) -> Connection | None:
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

    def _release(self, key: Key, conn: Connection) -> None:
        self._busy.discard(conn)
        if not (conn.finished() and conn.usable()):  # closed by aclose() meanwhile: not usable
            conn.writer.close()
            return
        stack = self._idle.setdefault(key, deque())
        if len(stack) >= self.max_idle_per_origin:
            stack.popleft()[1].writer.close()
        stack.append((time.monotonic(), conn))

    async def _connect(self, key: Key, timeout: float | None, pinned: tuple[str, ...] | None) -> Connection:
        """Connect to one of the checked addresses of the origin, in order (the first that
        answers wins), within ``timeout`` in all."""
        scheme, name, port = key
        tls = scheme == "https"
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
                    return Connection(reader, writer, address)
        except TimeoutError:
            raise ConnectTimeout(f"timed out connecting to {name}:{port}") from None
        except OSError as exc:  # TLS failure (ssl.SSLError is an OSError)
            raise ConnectError(f"{os_reason(exc)} ({name}:{port})") from exc
        assert failure is not None
        raise ConnectError(f"{os_reason(failure)} ({name}:{port})") from failure

    async def request(self, method: str, key: Key, target: bytes, headers: Headers, *,
                      body: bytes | AsyncIterable[bytes] = b"", connect_timeout: float | None = None,
                      read_timeout: float | None = None, write_timeout: float | None = None,
                      pinned: tuple[str, ...] | None = None) -> Answer:
        """Send one request to the origin ``key`` and return its answer once the head arrived.

        ``headers`` are sent as given, in order (``Host`` among them: the caller's). The answer
        must be closed (``aclose``); it gives its connection back to the pool then.
        """
        if key[0] not in ("http", "https"):
            raise UnsupportedProtocol(f"unsupported URL scheme {key[0]!r}")
        conn = self._take(key, pinned)
        while True:
            reused = conn is not None
            if conn is None:
                conn = await self._connect(key, connect_timeout, pinned)
            self._busy.add(conn)
            try:
                conn.begin(method)
                await conn.send(method, target, headers, body, write_timeout)
                await conn.read_head(read_timeout)
                break
            except BaseException as exc:
                self._busy.discard(conn)
                conn.writer.close()
                stale = isinstance(exc, ReadError | WriteError | RemoteProtocolError)
                if not (stale and reused and not conn.got_bytes and method in IDEMPOTENT
                        and isinstance(body, bytes | bytearray)):
                    raise
                conn = None  # the server closed a kept-alive connection: retry once, on a new one
        return Answer(self, key, conn, read_timeout)

    async def aclose(self) -> None:
        """Close every connection, idle or busy, without waiting for the peers (no wait_closed)."""
        for conn in [conn for stack in self._idle.values() for _, conn in stack] + list(self._busy):
            conn.writer.close()
        self._idle.clear()
        self._busy.clear()
