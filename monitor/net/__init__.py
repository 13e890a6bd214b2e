"""The network edge every outbound request shares: address checks and the HTTP/1.1 transport.

- :mod:`monitor.net.addresses`: name resolution and which addresses may be reached.
- :mod:`monitor.net.transport`: the per-origin connection pool behind the one ``httpx`` client.
- :mod:`monitor.net.memo`: a memo of short texts (hosts, base URLs), bounded in entries and size.
"""
