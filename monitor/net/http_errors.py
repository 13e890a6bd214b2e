"""The failures of :mod:`monitor.net.http1`, named as httpx names its own (so
:mod:`monitor.net.transport` maps them one to one)."""

from __future__ import annotations

import os
import socket
import ssl


class HTTPError(Exception):
    """Any failure of an exchange; the subclasses carry httpx's names for the same failures."""


class TransportError(HTTPError):
    pass


class TimeoutException(TransportError):
    pass


class ConnectTimeout(TimeoutException):
    pass


class ReadTimeout(TimeoutException):
    pass


class WriteTimeout(TimeoutException):
    pass


class NetworkError(TransportError):
    pass


class ConnectError(NetworkError):
    pass


class ReadError(NetworkError):
    pass


class WriteError(NetworkError):
    pass


class ProtocolError(TransportError):
    pass


class RemoteProtocolError(ProtocolError):
    pass


class LocalProtocolError(ProtocolError):
    pass


class UnsupportedProtocol(TransportError):
    pass


def os_reason(exc: OSError) -> str:
    """The OS's words for a socket error (asyncio's own text for a refusal omits them)."""
    if isinstance(exc, socket.gaierror):
        return exc.strerror or str(exc)
    if exc.errno and not isinstance(exc, ssl.SSLError):
        return os.strerror(exc.errno)
    return str(exc) or type(exc).__name__
