"""The ``httpx`` transport over the per-origin pool of :mod:`monitor.net.http1`.

Every ``httpx.AsyncClient`` of this service (webhooks, articles, the Google News resolver, and the
feed fetcher when a test injects its own transport) sends through a :class:`PerOriginTransport`:
an ``httpx.Request`` goes out through :meth:`ConnectionPool.request`, its answer comes back as an
``httpx.Response`` whose stream reads the connection, and the pool's failures are raised as the
httpx exceptions of the same names. The pool's module says why it is not httpx's own, where a
connection may go (``request.extensions[PINNED]``: the addresses the caller checked), and how
connections are kept. Timeouts come from the request (httpx sets them).
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator

import httpx

from monitor.net import http1
from monitor.net.addresses import AddressPolicy, Resolver, system_resolver
from monitor.net.http1 import PINNED

__all__ = ["PINNED", "PerOriginTransport", "as_httpx_error", "from_httpx_error", "HttpxAnswer"]

# the pool's failures as httpx's, and back (same names and hierarchy; see http_errors.py)
_ERRORS: dict[type[http1.HTTPError], type[httpx.TransportError]] = {
    http1.ConnectTimeout: httpx.ConnectTimeout, http1.ReadTimeout: httpx.ReadTimeout,
    http1.WriteTimeout: httpx.WriteTimeout, http1.TimeoutException: httpx.TimeoutException,
    http1.ConnectError: httpx.ConnectError, http1.ReadError: httpx.ReadError, http1.WriteError: httpx.WriteError,
    http1.NetworkError: httpx.NetworkError, http1.RemoteProtocolError: httpx.RemoteProtocolError,
    http1.LocalProtocolError: httpx.LocalProtocolError, http1.ProtocolError: httpx.ProtocolError,
    http1.UnsupportedProtocol: httpx.UnsupportedProtocol, http1.TransportError: httpx.TransportError,
}
_FROM_HTTPX = {theirs: ours for ours, theirs in _ERRORS.items()}


def as_httpx_error(exc: http1.HTTPError) -> httpx.TransportError:
    return _ERRORS.get(type(exc), httpx.TransportError)(str(exc))


def from_httpx_error(exc: httpx.TransportError) -> http1.HTTPError:
    """The pool's exception for an httpx one (the feed fetcher over an injected httpx transport):
    the nearest class of the same name (httpx's PoolTimeout is a TimeoutException)."""
    ours = next((_FROM_HTTPX[cls] for cls in type(exc).__mro__ if cls in _FROM_HTTPX), http1.TransportError)
    return ours(str(exc) or type(exc).__name__)


class _Body(httpx.AsyncByteStream):
    def __init__(self, answer: http1.Answer) -> None:
        self._answer = answer

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._answer.aiter_raw():
                yield chunk
        except http1.HTTPError as exc:
            raise as_httpx_error(exc) from exc

    async def aclose(self) -> None:
        await self._answer.aclose()


class HttpxAnswer:
    """An ``httpx.Response`` read as a :class:`http1.Answer`: the feed fetcher over an injected
    httpx transport (tests) reads both alike, and sees the pool's exceptions from either."""

    def __init__(self, response: httpx.Response) -> None:
        self._response = response
        self.status_code = response.status_code
        self.reason_phrase = response.reason_phrase
        self.http_version = response.http_version
        self.headers = response.headers

    @property
    def is_stream_consumed(self) -> bool:
        return self._response.is_stream_consumed

    async def aiter_raw(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.aiter_raw():
                yield chunk
        except httpx.TransportError as exc:
            raise from_httpx_error(exc) from exc

    async def aclose(self) -> None:
        await self._response.aclose()


class PerOriginTransport(httpx.AsyncBaseTransport):
    def __init__(self, *, policy: AddressPolicy, resolver: Resolver = system_resolver,
                 max_idle_per_origin: int = 4, keepalive_expiry: float = 5.0,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        self.pool = http1.ConnectionPool(policy=policy, resolver=resolver, max_idle_per_origin=max_idle_per_origin,
                                         keepalive_expiry=keepalive_expiry, ssl_context=ssl_context)
        self.policy = policy
        self.resolver = resolver

    @property
    def opened(self) -> int:
        """Connections opened so far (for tests and the benchmark)."""
        return self.pool.opened

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        if url.scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(f"unsupported URL scheme {url.scheme!r}")
        key = (url.scheme, url.raw_host.decode("ascii"), url.port or (443 if url.scheme == "https" else 80))
        headers = list(request.headers.raw)
        if not any(name.lower() == b"host" for name, _ in headers):
            headers.insert(0, (b"Host", url.netloc))
        stream = request.stream
        # a body httpx holds whole (bytes, JSON, a form) is sent whole, and may be retried
        body = b"".join(stream) if isinstance(stream, httpx.ByteStream) else stream
        timeouts = request.extensions.get("timeout") or {}
        try:
            answer = await self.pool.request(
                request.method, key, url.raw_path, headers, body=body,  # type: ignore[arg-type]
                connect_timeout=timeouts.get("connect"), read_timeout=timeouts.get("read"),
                write_timeout=timeouts.get("write"), pinned=request.extensions.get(PINNED) or None)
        except http1.HTTPError as exc:
            raise as_httpx_error(exc) from exc
        return httpx.Response(
            status_code=answer.status_code, headers=answer.raw_headers, stream=_Body(answer),
            extensions={"http_version": answer.http_version.encode("ascii"),
                        "reason_phrase": answer.reason_phrase.encode("latin-1")})

    async def aclose(self) -> None:
        """Close every connection, idle or busy, without waiting for the peers."""
        await self.pool.aclose()
