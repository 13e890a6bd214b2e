"""A feed request as it goes on the wire: the URL read as the connection pool sends it, and
the cookie jar (:mod:`monitor.feeds.fetch` uses both; neither loads httpx until a URL or a
cookie needs it)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any, Protocol

from monitor.errors import FetchError
from monitor.net import http1

if TYPE_CHECKING:
    import httpx


class Answer(Protocol):
    """What the fetcher reads of an answer: a :class:`monitor.net.http1.Answer`, or an
    ``httpx.Response`` behind :class:`monitor.net.transport.HttpxAnswer`."""

    status_code: int
    reason_phrase: str

    @property
    def headers(self) -> Any: ...

    @property
    def is_stream_consumed(self) -> bool: ...

    def aiter_raw(self) -> Any: ...

    async def aclose(self) -> None: ...


_SIMPLE_URL = re.compile(r"(https?)://([a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?)(?::([1-9][0-9]{0,4}))?"
                         r"(/[A-Za-z0-9\-._~!$&'()*+,;=:@/]*)?(\?[A-Za-z0-9\-._~!$&'()*+,;=:@/?]+)?")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def request_target(url: str) -> tuple[http1.Key, bytes, bytes]:
    """``url`` as the pool sends it: its origin (scheme, host, port), the request target and the
    Host header, exactly as ``httpx.URL`` normalises them (test_fetch_url.py holds them equal).

    A plain URL (lower-case scheme and host, no user, no escapes, no dot segments, no fragment)
    is read here, in a microsecond; anything else goes through ``httpx.URL`` (IDNA host names,
    percent-encoding, IPv6 literals…), whose errors are a :class:`FetchError`.
    """
    m = _SIMPLE_URL.fullmatch(url)
    if m is not None:
        scheme, host, port_text, path, query = m.groups()
        port = int(port_text) if port_text else _DEFAULT_PORTS[scheme]
        if (port <= 65535 and _plain_host(host) and not (path and ("/./" in path + "/" or "/../" in path + "/"))):
            netloc = host if port == _DEFAULT_PORTS[scheme] else f"{host}:{port}"
            target = (path or "/") + (query or "")
            return (scheme, host, port), target.encode("ascii"), netloc.encode("ascii")
    import httpx

    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise FetchError(f"invalid URL: {exc}") from exc
    if parsed.scheme not in _DEFAULT_PORTS:
        raise FetchError(f"unsupported URL scheme: {parsed.scheme!r}")
    return ((parsed.scheme, parsed.raw_host.decode("ascii"), parsed.port or _DEFAULT_PORTS[parsed.scheme]),
            parsed.raw_path, parsed.netloc)


def _plain_host(host: str) -> bool:
    """A host name that httpx keeps as written: any name of the characters the pattern allows,
    but four dot-separated numbers only as a valid IPv4 address (httpx rejects ``010.0.0.1``)."""
    parts = host.split(".")
    if len(parts) == 4 and all(part.isdigit() for part in parts):
        return all(int(part) < 256 and (part == "0" or part[0] != "0") for part in parts)
    return True


def make_cookie_jar() -> httpx.Cookies:
    """The fetcher's cookie jar: ``httpx.Cookies`` (so http.cookiejar's rules), which skips the
    jar for an answer that sets no cookie.

    httpx hands every response to ``extract_cookies``, which wraps the request in a
    ``urllib.request.Request`` (parsing its URL again) before ``http.cookiejar`` looks for
    ``Set-Cookie``/``Set-Cookie2`` headers and returns at once when there are none: ~10 % of a
    fetch's CPU in a cold poll. The same check comes first here (header names match without
    case, as in the jar); the only thing skipped, the jar's clock (``_now``), is set again
    before any use. ``tests/monitor/feeds/test_fetch_cookies.py`` holds it to ``httpx.Cookies``.
    """
    return _cookies_class()()


@functools.cache
def _cookies_class() -> type[httpx.Cookies]:
    import httpx

    class _Cookies(httpx.Cookies):
        def extract_cookies(self, response: httpx.Response) -> None:
            headers = response.headers
            if "set-cookie" in headers or "set-cookie2" in headers:
                super().extract_cookies(response)

    return _Cookies


def cookie_header(jar: httpx.Cookies, url: str, sent: list[tuple[bytes, bytes]]) -> str | None:
    """The Cookie header the jar sends with a request to ``url`` (http.cookiejar decides)."""
    import httpx

    request = httpx.Request("GET", url, headers=sent)
    jar.set_cookie_header(request)
    return request.headers.get("cookie")


def keep_cookies(jar: httpx.Cookies, url: str, sent: list[tuple[bytes, bytes]], answer: http1.Answer) -> None:
    import httpx

    request = httpx.Request("GET", url, headers=sent)
    jar.extract_cookies(httpx.Response(answer.status_code, headers=answer.raw_headers, request=request))
