"""Implied side from the outlet: the country an item's URL says it was published in.

A Kazakh university's site or a Kyrgyz news agency that writes "memoranda on cooperation with
Chinese universities were signed" names China only; the outlet is the other side. Like the
language (implied.py), the outlet is a weak, guarded side (docs/classifier.md, "Outlet"):
``classifiers/data/outlets.yaml`` maps country-code domains (.kz .kg .uz .tj .tm .қаз .cn)
and known outlets on other domains (akipress.com, xinhuanet.com…) to a country, and
regional or international outlets (timesca.com, rferl.org…) to none.

``resolve(url)`` returns an ``Outlet`` (the host as shown, the concept, a readable reason, and
its academic kind) or None: no URL, not an http(s) URL with a host, an IP address, an unknown or
regional outlet.

Round 50: the table's ``academic`` section marks a university's (``university``) or an academy's
or research institute's (``academy``) own site by suffix (edu.cn, cas.cn, edu.kz…) or host
(kaznu.kz, tsuos.uz…); such an outlet is itself a subject (``Outlet.kind``; docs/classifier.md,
"Outlet", "An academic outlet is a subject").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from dataclasses import field as dc_field
from pathlib import Path
from urllib.parse import urlsplit

from .yamlio import safe_load

DATA = Path(__file__).parent / "data" / "outlets.yaml"
_LABEL = re.compile(r"[\w-]+")


@dataclass(frozen=True, slots=True)
class Outlet:
    """The outlet's host (without www.), the concept it implies, and why."""

    host: str
    concept: str
    reason: str
    kind: str | None = None  # "university" or "academy" for an academic outlet's own site


KINDS = ("university", "academy")


@dataclass(frozen=True, slots=True)
class OutletTable:
    suffixes: dict[str, str | None]  # host or TLD -> concept, None for "no side"
    countries: dict[str, str]  # concept -> country name
    academic: dict[str, str] = dc_field(default_factory=dict)  # host or suffix -> kind (KINDS)


def _label(label: str) -> str:
    if label.startswith("xn--"):
        try:
            return label.encode("ascii").decode("idna")
        except UnicodeError:
            return label
    return label


def parse_table(data: object, source: str = str(DATA)) -> OutletTable:
    """Check and build the table; errors name the file, the field and the fix."""
    if not isinstance(data, dict):
        raise ValueError(f"{source}: expected a mapping with countries, tlds and hosts")
    countries = data.get("countries") or {}
    if not isinstance(countries, dict):
        raise ValueError(f"{source}: countries must map a concept to its country's name")
    suffixes: dict[str, str | None] = {}
    for field in ("tlds", "hosts"):
        entries = data.get(field) or {}
        if not isinstance(entries, dict):
            raise ValueError(f"{source}: {field} must map a domain to a concept or none")
        for name, concept in entries.items():
            if concept == "none":
                concept = None
            if concept is not None and concept not in countries:
                raise ValueError(f"{source}: {field}.{name}: unknown concept {concept!r}; "
                                 f"use one of {', '.join(countries)} or none")
            suffixes[".".join(_label(p) for p in str(name).lower().split("."))] = concept
    return OutletTable(suffixes, {str(k): str(v) for k, v in countries.items()},
                       _academic(data.get("academic") or {}, suffixes, source))


def _academic(data: object, suffixes: dict[str, str | None], source: str) -> dict[str, str]:
    """``academic: {university: [edu.cn, kaznu.kz, ...], academy: [cas.cn, ...]}``: each entry a
    host or a suffix whose outlet has a country in ``tlds`` or ``hosts``."""
    if not isinstance(data, dict):
        raise ValueError(f"{source}: academic must map a kind ({', '.join(KINDS)}) to a list of hosts or suffixes")
    out: dict[str, str] = {}
    for kind, names in data.items():
        if kind not in KINDS:
            raise ValueError(f"{source}: academic.{kind}: unknown kind; use {' or '.join(KINDS)}")
        if not isinstance(names, list) or not all(isinstance(n, str) and n.strip(".") for n in names):
            raise ValueError(f"{source}: academic.{kind}: must be a list of hosts or suffixes, e.g. [edu.cn, kaznu.kz]")
        for name in names:
            key = ".".join(_label(p) for p in name.lower().strip(".").split("."))
            if key in out:
                raise ValueError(f"{source}: academic.{kind}: {name} is listed twice; keep one")
            labels = key.split(".")
            if not any(suffixes.get(".".join(labels[i:])) for i in range(len(labels))):
                raise ValueError(f"{source}: academic.{kind}: {name} is in no country; "
                                 f"add it (or its domain) to hosts with its country")
            out[key] = kind
    return out


@functools.lru_cache(maxsize=1)
def bundled() -> OutletTable:
    return parse_table(safe_load(DATA.read_text(encoding="utf-8")))


def host_of(url: str | None) -> str | None:
    """The URL's host, lower case, IDN labels decoded, without www. and a trailing dot; None
    when it is not an http(s) URL with a host name (an IP address has no outlet)."""
    if not url or not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    labels = [_label(p) for p in host.rstrip(".").lower().split(".")]
    if len(labels) < 2 or not all(_LABEL.fullmatch(p) for p in labels) or labels[-1].isdigit():
        return None
    if labels[0] in ("www", "m") and len(labels) > 2:
        labels = labels[1:]
    return ".".join(labels)


# A plain http(s) URL's scheme and host (and port): all that resolve() reads of it. For such a
# prefix, urlsplit finds the same scheme and host in the prefix as in the whole URL (nothing
# before the first / ? # after it, no white space or control character to strip or remove), so
# the answer is remembered per prefix: the items of one feed share it, and urlsplit costs ~5 µs
# for each new URL.
_PLAIN_ORIGIN = re.compile(r"https?://[A-Za-z0-9.-]+(?::[0-9]*)?(?=[/?#]|\Z)")
_RESOLVED: dict[str, Outlet | None] = {}
_RESOLVED_MAX = 4096  # origins remembered (then forgotten at once); dict operations are atomic
_UNKNOWN = object()


def resolve(url: str | None, table: OutletTable | None = None) -> Outlet | None:
    """The side the item's URL implies, or None."""
    if table is None and isinstance(url, str):
        m = _PLAIN_ORIGIN.match(url)
        if m is not None:
            origin = m.group()
            found = _RESOLVED.get(origin, _UNKNOWN)  # one look-up: another thread may clear it
            if found is not _UNKNOWN:
                return found  # type: ignore[return-value]
            found = _resolve(origin, None)
            if len(_RESOLVED) >= _RESOLVED_MAX:
                _RESOLVED.clear()
            _RESOLVED[origin] = found
            return found
    return _resolve(url, table)


def _resolve(url: str | None, table: OutletTable | None) -> Outlet | None:
    host = host_of(url)
    if host is None:
        return None
    table = table or bundled()
    labels = host.split(".")
    suffixes = [".".join(labels[i:]) for i in range(len(labels))]
    for suffix in suffixes:
        if suffix in table.suffixes:
            concept = table.suffixes[suffix]
            if concept is None:
                return None  # a regional or international outlet
            kind = next((table.academic[s] for s in suffixes if s in table.academic), None)
            return Outlet(host, concept, f"the outlet is in {table.countries[concept]}", kind)
    return None
