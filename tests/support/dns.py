"""A resolver for tests whose hosts are answered by a mock transport (respx, httpx.MockTransport).

Every host name is resolved before a request, even with ``MONITOR_ALLOW_PRIVATE_HOSTS=true``
(link-local and metadata addresses stay refused), so a test that invents ``feeds.example`` gives
the fetcher this resolver: every name is a public address, and nothing asks the real DNS.
"""

from __future__ import annotations


async def public_dns(host: str, port: int) -> list[str]:
    return ["93.184.216.34"]
