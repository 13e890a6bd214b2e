"""The service's exceptions, in one tree.

::

    MonitorError
    ├── ConfigError (ValueError)          settings or sources.yaml are wrong; the service refuses to start
    ├── FetchError                        one source could not be fetched; only that source is affected
    │   ├── BlockedAddress                the URL resolves to an address MONITOR_ALLOW_PRIVATE_HOSTS does not open
    │   ├── HTTPStatus                    the server answered an error status (carries ``status`` and ``retry_after``)
    │   ├── ResponseTooLarge              the body passed the cap (also after decompression)
    │   ├── TooManyRedirects
    │   ├── FetchTimeout (TimeoutError)
    │   ├── NetworkError (ConnectionError)
    │   └── NotAFeed                      a 200 answer that is an HTML page or something else that is not a feed
    └── ParseError                        the bytes were a feed-looking document that yielded nothing usable

Third-party errors (httpx, feedparser, yaml) are translated into these at the edge where they
occur, with ``raise ... from exc`` so the cause is kept. "Not modified" is not an exception:
the fetcher returns :class:`monitor.feeds.fetch.NotModified`.
"""

from __future__ import annotations


class MonitorError(Exception):
    """Base class of every error this service raises on purpose."""


class ConfigError(MonitorError, ValueError):
    """A setting or a sources file is invalid. The message names the file, the field and the fix."""

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        self.file, self.line, self.field = file, line, field
        where = ""
        if file:
            where = f"{file}:{line}: " if line else f"{file}: "
        if field:
            where += f"{field}: "
        super().__init__(where + message)


class FetchError(MonitorError):
    """A source could not be fetched. ``retry_after`` (seconds) is set when the server asked for it."""

    retry_after: float | None = None


class BlockedAddress(FetchError):
    """The host (or a redirect's) resolves to an address ``MONITOR_ALLOW_PRIVATE_HOSTS`` does not open."""

    def __init__(self, host: str, address: str,
                 reason: str = "a private or loopback address",
                 fix: str = "to allow it on a trusted network, list it in MONITOR_ALLOW_PRIVATE_HOSTS"
                 ) -> None:
        self.host, self.address = host, address
        what = f"{host} is" if host == address else f"{host} resolves to {address},"
        super().__init__(f"{what} {reason}; refused ({fix})")


class HTTPStatus(FetchError):
    def __init__(self, status: int, reason: str = "", retry_after: float | None = None) -> None:
        self.status = status
        self.retry_after = retry_after
        text = f"HTTP {status}" + (f" {reason}" if reason else "")
        if retry_after is not None:
            text += f" (Retry-After {retry_after:.0f}s)"
        super().__init__(text)


class ResponseTooLarge(FetchError):
    def __init__(self, limit: int) -> None:
        super().__init__(
            f"response body is larger than {limit} bytes (after decompression); "
            "raise MONITOR_MAX_BODY_BYTES if this feed is legitimately that large"
        )


class TooManyRedirects(FetchError):
    def __init__(self, limit: int) -> None:
        super().__init__(f"more than {limit} redirects; check the feed URL")


class FetchTimeout(FetchError, TimeoutError):
    pass


class NetworkError(FetchError, ConnectionError):
    pass


class NotAFeed(FetchError):
    pass


class ParseError(MonitorError):
    pass
