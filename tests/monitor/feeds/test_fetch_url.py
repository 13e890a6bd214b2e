"""The fetcher's own reading of a feed URL (``request_target``) against ``httpx.URL``, which
it replaces for plain URLs: the same origin, request target and Host header, or httpx's
verdict for the rest (it is what reads them)."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.errors import FetchError
from monitor.feeds.wire import request_target


def reference(url: str) -> tuple[tuple[str, str, int], bytes, bytes]:
    parsed = httpx.URL(url)
    default = {"http": 80, "https": 443}[parsed.scheme]
    return (parsed.scheme, parsed.raw_host.decode("ascii"), parsed.port or default), parsed.raw_path, parsed.netloc


CASES = [
    "http://127.0.0.1:8080/feed1.xml", "https://example.com/rss", "http://example.com",
    "http://example.com:80/x?y=1", "https://example.com:443/", "https://example.com:8443/a/b/",
    "http://example.com/?q=a:b@c/d?e", "http://example.com/a;b=c,d!$&'()*+~_-.", "http://a.b..c/x",
    "http://example.com/./a/../b", "http://example.com/a/.", "http://example.com/..",
    "http://EXAMPLE.com/A", "HTTP://example.com/", "http://example.com/a b", "http://example.com/%41%zz",
    "http://example.com/x#frag", "http://user:pw@example.com/", "http://[::1]:8080/f",
    "http://xn--80ak6aa92e.com/", "http://пример.рф/лента", "http://1.2.3.4/", "http://0.0.0.0/",
    "http://example.com/?", "http://example.com?a=1", "http://example.com/a?b=[c]", "http://example.com/é",
    "http://example.com:08080/", "http://123.example/", "http://example.123/", "http://example.com:99999/",
]


@pytest.mark.parametrize("url", CASES, ids=range(len(CASES)))
def test_plain_and_odd_urls_read_as_httpx_reads_them(url: str) -> None:
    assert request_target(url) == reference(url)


@pytest.mark.parametrize("url", ["http://999.1.1.1/", "http://010.0.0.1/", "http://[zz]/"])
def test_urls_httpx_refuses_are_a_fetch_error(url: str) -> None:
    with pytest.raises(httpx.InvalidURL):
        httpx.URL(url)
    with pytest.raises(FetchError, match="invalid URL"):
        request_target(url)


HOST = st.from_regex(r"[a-z0-9]([a-z0-9.-]{0,20}[a-z0-9])?|[0-9]{1,3}(\.[0-9]{1,3}){3}", fullmatch=True)
PATH = st.text(alphabet="abcXYZ019-._~!$&'()*+,;=:@/%? #[]é", max_size=30)


@settings(max_examples=600, deadline=None)
@given(scheme=st.sampled_from(["http", "https"]), host=HOST,
       port=st.one_of(st.none(), st.integers(0, 70000).map(str), st.sampled_from(["80", "443", "08"])), path=PATH)
def test_generated_urls_read_as_httpx_reads_them(scheme: str, host: str, port: str | None, path: str) -> None:
    url = f"{scheme}://{host}{':' + port if port is not None else ''}{'/' if path and path[0] not in '/?#' else ''}{path}"
    try:
        expected = reference(url)
    except httpx.InvalidURL:
        with pytest.raises(FetchError):
            request_target(url)
        return
    assert request_target(url) == expected
