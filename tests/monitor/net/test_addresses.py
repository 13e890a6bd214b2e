"""MONITOR_ALLOW_PRIVATE_HOSTS: parsing, which address each policy opens, and the check every
connection goes through (resolved once, checked, and then connected to exactly that address)."""

from __future__ import annotations

import asyncio
import ssl
from pathlib import Path

import httpx
import pytest

from monitor.errors import BlockedAddress, ConfigError, NetworkError
from monitor.feeds.fetch import FetchConfig, Fetched, Fetcher
from monitor.net.addresses import AddressPolicy, checked_addresses
from monitor.net.transport import PerOriginTransport
from monitor.settings import Settings
from tests.support.feedserver import FeedServer
from tests.support.forbidden import forbidden_listener
from tests.support.mailserver import make_tls_files

RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>a</title></item></channel></rss>'
LOOPBACK_ONLY = AddressPolicy.parse("127.0.0.1/32")


@pytest.mark.parametrize(("text", "shown"), [
    ("false", "false"), ("", "false"), ("no", "false"), ("true", "true"), ("ON", "true"),
    ("127.0.0.1/32,10.20.0.0/16", "127.0.0.1/32,10.20.0.0/16"),
    (" 10.0.0.7 , fd00::/8 ,", "10.0.0.7/32,fd00::/8"),
    ("10.0.0.0/8,10.0.0.0/8", "10.0.0.0/8"),
], ids=["false", "empty", "no", "true", "on", "list", "spaces-and-v6", "repeated"])
def test_the_setting_parses(text: str, shown: str) -> None:
    assert str(AddressPolicy.parse(text)) == shown


@pytest.mark.parametrize(("text", "message"), [
    ("maybe", '"maybe" is not an address or CIDR range'),
    ("intranet.example", "host names are not accepted"),
    ("10.20.0.1/16", "did you mean 10.20.0.0/16?"),
    ("true,10.0.0.1", "mixes true with addresses"),
    ("10.0.0.0/33", "is not an address or CIDR range"),
    (",", "lists no address"),
], ids=["word", "host-name", "host-bits", "mixed", "bad-prefix", "nothing"])
def test_bad_values_name_the_variable_and_the_fix(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=r"^MONITOR_ALLOW_PRIVATE_HOSTS: .*" + message.replace("?", r"\?")):
        Settings.from_env({"MONITOR_ALLOW_PRIVATE_HOSTS": text})


@pytest.mark.parametrize(("policy", "address", "allowed"), [
    ("false", "93.184.216.34", True),
    ("false", "127.0.0.1", False),
    ("false", "10.1.2.3", False),
    ("false", "100.64.0.1", False),
    ("false", "fd12::1", False),
    ("true", "127.0.0.1", True),
    ("true", "192.168.1.1", True),
    ("true", "169.254.169.254", False),
    ("true", "fe80::1", False),
    ("true", "100.100.100.200", False),
    ("true", "fd00:ec2::254", False),
    ("true", "168.63.129.16", False),
    ("true", "224.0.0.1", False),
    ("false", "::ffff:169.254.169.254", False),
    ("169.254.169.254/32", "169.254.169.254", True),
    ("169.254.0.0/16", "169.254.1.1", True),
    ("0.0.0.0/0", "169.254.169.254", False),
    ("0.0.0.0/0", "10.0.0.1", True),
    ("127.0.0.1/32", "127.0.0.1", True),
    ("127.0.0.1/32", "::ffff:127.0.0.1", True),
    ("127.0.0.1/32", "127.0.0.2", False),
    ("127.0.0.1/32", "::1", False),
    ("127.0.0.1/32", "0.0.0.0", False),
    ("127.0.0.1/32", "93.184.216.34", True),
    ("10.20.0.0/16", "10.20.3.4", True),
    ("10.20.0.0/16", "10.21.0.1", False),
    ("false", "2002:7f00:1::", False),
    ("false", "64:ff9b::7f00:1", False),
    ("false", "64:ff9b::5db8:d822", True),
], ids=lambda v: str(v))
def test_which_addresses_a_policy_opens(policy: str, address: str, allowed: bool) -> None:
    assert (AddressPolicy.parse(policy).refusal(address) is None) is allowed


async def test_a_refusal_names_the_address_the_reason_and_the_fix() -> None:
    async def resolver(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "169.254.169.254"]

    with pytest.raises(BlockedAddress) as info:
        await checked_addresses("feeds.example", 443, AddressPolicy.parse("true"), resolver)
    message = str(info.value)
    assert "feeds.example resolves to 169.254.169.254" in message
    assert "even with MONITOR_ALLOW_PRIVATE_HOSTS=true" in message
    assert "MONITOR_ALLOW_PRIVATE_HOSTS=169.254.169.254/32" in message
    with pytest.raises(BlockedAddress, match=r"set MONITOR_ALLOW_PRIVATE_HOSTS=127\.0\.0\.1/32,127\.0\.0\.2/32"):
        await checked_addresses("127.0.0.2", 80, LOOPBACK_ONLY)


async def test_an_ip_literal_is_not_resolved_and_a_name_that_does_not_resolve_is_a_network_error() -> None:
    async def no_dns(host: str, port: int) -> list[str]:
        raise OSError("no DNS here")

    assert await checked_addresses("127.0.0.1", 80, LOOPBACK_ONLY, no_dns) == ("127.0.0.1",)
    assert await checked_addresses("[::1]", 80, AddressPolicy.parse("true"), no_dns) == ("::1",)
    with pytest.raises(NetworkError, match="cannot resolve feeds.example"):
        await checked_addresses("feeds.example", 80, LOOPBACK_ONLY, no_dns)


def rebinding(first: str, then: str):  # type: ignore[no-untyped-def]
    """A resolver that answers ``first`` once and ``then`` ever after (a DNS rebinding attack)."""
    calls: list[str] = []

    async def resolve(host: str, port: int) -> list[str]:
        calls.append(host)
        return [first if len(calls) == 1 else then]

    resolve.calls = calls  # type: ignore[attr-defined]
    return resolve


async def test_a_feed_is_fetched_from_the_address_that_was_checked(feed_server: FeedServer) -> None:
    """The name resolves to 127.0.0.1 for the check and to 127.0.0.2 for anyone asking later:
    the connection goes to 127.0.0.1 (the transport never resolves again)."""
    feed_server.add_feed("/feed", RSS)
    resolver = rebinding("127.0.0.1", "127.0.0.2")
    with forbidden_listener(port=feed_server.port) as forbidden:
        async with Fetcher(FetchConfig(allow_private_hosts=LOOPBACK_ONLY), resolver=resolver) as f:
            result = await f.fetch(f"http://rebind.example:{feed_server.port}/feed")
    assert isinstance(result, Fetched) and result.body == RSS
    assert resolver.calls == ["rebind.example"] and forbidden.connections == []
    _, headers = feed_server.requests[-1]
    assert headers["Host"] == f"rebind.example:{feed_server.port}"


async def test_every_redirect_hop_is_checked(feed_server: FeedServer) -> None:
    with forbidden_listener() as forbidden:
        feed_server.add("/to-forbidden", redirect=forbidden.url("/feed"))
        feed_server.add("/to-metadata", redirect="http://169.254.169.254/latest/meta-data/")
        feed_server.add("/to-integer-ip", redirect=f"http://2130706434:{forbidden.port}/feed")
        async with Fetcher(FetchConfig(allow_private_hosts=LOOPBACK_ONLY)) as f:
            for path, shown in [("/to-forbidden", "127.0.0.2"), ("/to-metadata", "169.254.169.254"),
                                ("/to-integer-ip", "127.0.0.2")]:
                with pytest.raises(BlockedAddress, match=shown):
                    await f.fetch(feed_server.url(path))
    assert forbidden.connections == []


async def test_the_transport_checks_what_it_resolves_itself() -> None:
    """Without pinned addresses (a webhook send), the transport resolves, checks and connects to
    what it checked: a name that points at a refused address never gets a connection."""
    with forbidden_listener() as forbidden:
        async def resolver(host: str, port: int) -> list[str]:
            return [forbidden.host]

        transport = PerOriginTransport(policy=LOOPBACK_ONLY, resolver=resolver)
        async with httpx.AsyncClient(transport=transport, timeout=2) as client:
            with pytest.raises(BlockedAddress, match="hooks.example resolves to 127.0.0.2"):
                await client.post(f"http://hooks.example:{forbidden.port}/hook", content=b"{}")
    assert forbidden.connections == []


@pytest.fixture(scope="module")
def named_certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    files = make_tls_files(tmp_path_factory.mktemp("tls-named"), "feeds.test", "DNS:feeds.test")
    if files is None:
        pytest.skip("no openssl command to make a test certificate")
    return files


async def test_a_pinned_tls_connection_still_checks_the_certificate_for_the_name(named_certificate) -> None:
    cert, key = named_certificate
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0, ssl=server_ctx)
    port = server.sockets[0].getsockname()[1]

    async def resolver(host: str, port: int) -> list[str]:
        return ["127.0.0.1"]

    trusting = ssl.create_default_context(cafile=str(cert))
    try:
        transport = PerOriginTransport(policy=LOOPBACK_ONLY, resolver=resolver, ssl_context=trusting)
        async with httpx.AsyncClient(transport=transport, timeout=2) as client:
            assert (await client.get(f"https://feeds.test:{port}/")).content == b"ok"
            with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
                await client.get(f"https://other.test:{port}/")  # same address, wrong name
    finally:
        server.close()
