"""Which addresses the service may connect to, and how host names are resolved.

Every outbound connection (feeds, and later articles, with :class:`monitor.feeds.fetch.Fetcher`;
webhook alerts with :class:`monitor.notify.notifier.Notifier`) goes through one check,
:func:`checked_addresses`: the host is resolved, every address is held to the
:class:`AddressPolicy` (``MONITOR_ALLOW_PRIVATE_HOSTS``), and the addresses that passed are what
the connection is made to (:mod:`monitor.net.transport` connects to them, never to the name,
so a DNS server cannot answer differently between the check and the connect).

The policy, from the setting:

* ``false`` (the default): public addresses only.
* ``true``: also private, loopback, CGNAT and unique-local addresses.
* a list of addresses and CIDR ranges, e.g. ``127.0.0.1/32,10.20.0.0/16``: public addresses and
  exactly those.

Link-local addresses (``169.254.0.0/16``, ``fe80::/10``) and cloud metadata services
(``100.100.100.200``, ``fd00:ec2::254``, ``168.63.129.16``) are refused even with ``true``; only
a listed range that lies inside one of them opens it (``169.254.169.254/32`` does,
``0.0.0.0/0`` does not). Multicast addresses are refused unless listed; ``true`` opens every
other address that is not global (private, loopback, CGNAT, unique-local, reserved). An IPv6 address that carries an IPv4 one (IPv4-mapped, 6to4, NAT64, Teredo) is judged
by the IPv4 address too. A name is refused when any of its addresses is: a name that resolves
partly into a private network is a warning sign, and an operator who wants it lists those
addresses.
"""

from __future__ import annotations

import functools
import ipaddress
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from monitor.errors import BlockedAddress, NetworkError

Resolver = Callable[[str, int], Awaitable[list[str]]]
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

SETTING = "MONITOR_ALLOW_PRIVATE_HOSTS"

# Refused unless a listed range lies inside one of these (never opened by ``true``).
LINK_LOCAL: tuple[IPNetwork, ...] = (ipaddress.ip_network("169.254.0.0/16"),
                                     ipaddress.ip_network("fe80::/10"))
METADATA: tuple[IPNetwork, ...] = tuple(ipaddress.ip_network(n) for n in (
    "100.100.100.200/32",  # Alibaba Cloud
    "fd00:ec2::254/128",  # AWS (IPv6)
    "168.63.129.16/32",  # Azure's host endpoint (a public address)
))
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


async def system_resolver(host: str, port: int) -> list[str]:
    """The addresses of ``host`` in the order the system prefers them (duplicates dropped)."""
    import asyncio  # here, not at the top: settings import this module for AddressPolicy
    import socket

    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _embedded_v4(ip: IPAddress) -> list[ipaddress.IPv4Address]:
    if not isinstance(ip, ipaddress.IPv6Address):
        return []
    found = []
    if ip.sixtofour is not None:
        found.append(ip.sixtofour)
    if ip.teredo is not None:
        found.append(ip.teredo[1])
    if ip in _NAT64:
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return found


@dataclass(frozen=True)
class AddressPolicy:
    """``MONITOR_ALLOW_PRIVATE_HOSTS``, parsed. ``str()`` gives the setting's text back."""

    private: bool = False  # ``true``: every private range (not link-local, not metadata)
    listed: tuple[IPNetwork, ...] = ()

    @classmethod
    def parse(cls, text: str | bool) -> AddressPolicy:
        """``false``, ``true``, or addresses and CIDR ranges separated by commas.

        Raises ``ValueError`` with a message fit to show a user.
        """
        if isinstance(text, bool):
            return cls(private=text)
        s = text.strip().lower()
        if s in ("", "0", "false", "no", "off"):
            return cls()
        if s in ("1", "true", "yes", "on"):
            return cls(private=True)
        listed = []
        for part in (p.strip() for p in text.split(",")):
            if not part:
                continue
            if part.lower() in ("true", "false", "yes", "no", "on", "off", "1", "0"):
                raise ValueError(f'"{text}" mixes {part} with addresses; give either true, false '
                                 "or a list like 127.0.0.1/32,10.20.0.0/16")
            try:
                network = ipaddress.ip_network(part, strict=True)
            except ValueError as exc:
                try:
                    loose = ipaddress.ip_network(part, strict=False)
                except ValueError:
                    raise ValueError(
                        f'"{part}" is not an address or CIDR range; use true, false or a list like '
                        "127.0.0.1/32,10.20.0.0/16 (host names are not accepted: give the addresses)"
                    ) from None
                raise ValueError(f'"{part}" has bits set after the prefix ({exc}); '
                                 f"did you mean {loose}?") from None
            listed.append(network)
        if not listed:
            raise ValueError(f'"{text}" lists no address; use true, false or a list like 127.0.0.1/32')
        return cls(listed=tuple(dict.fromkeys(listed)))

    @classmethod
    def of(cls, value: AddressPolicy | bool | str) -> AddressPolicy:
        return value if isinstance(value, AddressPolicy) else cls.parse(value)

    def __str__(self) -> str:
        if self.listed:
            return ",".join(str(n) for n in self.listed)
        return "true" if self.private else "false"

    def _listed(self, ip: IPAddress, *, inside: tuple[IPNetwork, ...] = ()) -> bool:
        """``ip`` is in a listed range (which, with ``inside``, must lie within one of those)."""
        for network in self.listed:
            if network.version == ip.version and ip in network:
                if not inside or any(network.version == n.version and network.subnet_of(n)  # type: ignore[arg-type]
                                     for n in inside):
                    return True
        return False

    def refusal(self, address: str) -> str | None:
        """Why ``address`` may not be connected to (a short description), or None if it may.
        Memoised per policy and address: every fetch of a feed checks its host's addresses,
        and parsing and classifying an address was a fortieth of a warm poll."""
        return _refusal(self, address)

    def _refusal(self, address: str) -> str | None:
        try:
            ip: IPAddress = ipaddress.ip_address(address.split("%", 1)[0])
        except ValueError:
            return "not an IP address"
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        special = LINK_LOCAL + METADATA
        if any(ip.version == n.version and ip in n for n in special):
            if self._listed(ip, inside=special):
                return None
            return f"a link-local or cloud metadata address (closed even with {SETTING}=true)"
        if self._listed(ip):
            return None
        for inner in _embedded_v4(ip):
            reason = self._refusal(str(inner))
            if reason:
                return f"an IPv6 address carrying {inner}, {reason}"
        if ip.is_multicast:
            return "a multicast address"
        if ip.is_global or self.private:
            return None
        return "a private or loopback address"

    def fix(self, address: str) -> str:
        """How to open ``address``, for error messages."""
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        one = f"{ip}/{ip.max_prefixlen}"
        listed = f"{self},{one}" if self.listed else one
        return f"to allow it on a trusted network, set {SETTING}={listed}"


async def checked_addresses(host: str, port: int, policy: AddressPolicy,
                            resolver: Resolver = system_resolver) -> tuple[str, ...]:
    """Resolve ``host`` and hold each address to ``policy``; the addresses to connect to.

    Raises :class:`BlockedAddress` when any address is refused, :class:`NetworkError` when the
    name does not resolve. An IP literal is not resolved.
    """
    host = host.strip("[]")
    literal = _ip_literal(host)
    if literal is not None:
        addresses = [literal]
    else:
        try:
            addresses = await resolver(host, port)
        except OSError as exc:
            raise NetworkError(f"cannot resolve {host}: {exc.strerror or exc}") from exc
        if not addresses:
            raise NetworkError(f"cannot resolve {host}: no address")
    for address in addresses:
        reason = policy.refusal(address)
        if reason:
            raise BlockedAddress(host, address, reason, policy.fix(address))
    return tuple(addresses)


@functools.lru_cache(maxsize=4096)
def _refusal(policy: AddressPolicy, address: str) -> str | None:
    return policy._refusal(address)


@functools.lru_cache(maxsize=4096)
def _ip_literal(host: str) -> str | None:
    """``host`` as an IP address's text, or None if it is a name."""
    try:
        return str(ipaddress.ip_address(host.split("%", 1)[0]))
    except ValueError:
        return None
