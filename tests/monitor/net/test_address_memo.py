"""AddressPolicy.refusal is memoised per policy and address: the memo answers what the check
itself answers, for each policy, however the calls interleave."""

from __future__ import annotations

import pytest

from monitor.net.addresses import AddressPolicy, _ip_literal

ADDRESSES = ["127.0.0.1", "10.1.2.3", "8.8.8.8", "169.254.169.254", "::1", "2002:a01:203::1",
             "::ffff:10.0.0.1", "224.0.0.1", "100.100.100.200", "fe80::1%eth0", "not-an-ip"]
POLICIES = {"false": "false", "true": "true", "listed": "10.0.0.0/8,169.254.169.254/32"}


@pytest.mark.parametrize("setting", POLICIES.values(), ids=POLICIES.keys())
def test_the_memo_answers_what_the_check_answers(setting: str) -> None:
    policy = AddressPolicy.parse(setting)
    others = [AddressPolicy.parse(s) for s in POLICIES.values() if s != setting]
    for _ in range(2):  # the second round comes from the memo
        for address in ADDRESSES:
            for other in others:
                other.refusal(address)
            assert policy.refusal(address) == policy._refusal(address)


LITERALS = {"v4": ("127.0.0.1", "127.0.0.1"), "v6": ("0:0::1", "::1"), "zone": ("fe80::1%eth0", "fe80::1"),
            "name": ("feeds.example", None)}


@pytest.mark.parametrize(("host", "expected"), LITERALS.values(), ids=LITERALS.keys())
def test_ip_literals(host: str, expected: str | None) -> None:
    assert _ip_literal(host) == _ip_literal(host) == expected
