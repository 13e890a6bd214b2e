"""How a setting's text becomes a value: durations, numbers, booleans, choices.

Each parser raises ``ValueError`` with a message fit to show a user; :mod:`monitor.settings`
adds the variable's name and its default.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_DURATION_RE = re.compile(r"^\s*(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?\s*$")


def parse_duration(text: str | int | float) -> float:
    """``"90s"``, ``"15m"``, ``"2h"``, ``"1h30m"``, ``"1d"`` or a bare number of seconds → seconds.

    Raises ``ValueError`` with a message fit to show a user.
    """
    if isinstance(text, bool):
        raise ValueError(f"{text!r} is not a duration like 15m or 2h")
    if isinstance(text, (int, float)):
        if text <= 0:
            raise ValueError(f"{text!r} is not a positive duration like 15m or 2h")
        return float(text)
    s = str(text).strip().lower()
    if re.fullmatch(r"\d+(\.\d+)?", s):
        value = float(s)
    else:
        m = _DURATION_RE.match(s)
        if not s or not m or not any(m.groups()):
            raise ValueError(f'"{text}" is not a duration like 15m or 2h')
        d, h, mi, se = (int(g) if g else 0 for g in m.groups())
        value = float(d * 86400 + h * 3600 + mi * 60 + se)
    if value <= 0:
        raise ValueError(f'"{text}" is not a positive duration like 15m or 2h')
    return value


def format_duration(seconds: float) -> str:
    seconds = int(seconds)
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if seconds >= size:
            parts.append(f"{seconds // size}{unit}")
            seconds %= size
    return "".join(parts) or "0s"


def lease_margin(total_timeout: float) -> float:
    """What a lease needs beyond the longest fetch: a parse slot, the parse and the write
    (10 s at least, and half the fetch timeout for slow setups)."""
    return max(10.0, total_timeout / 2)


def _bool(text: str) -> bool:
    s = text.strip().lower()
    if s in ("1", "true", "yes", "on"):
        return True
    if s in ("0", "false", "no", "off", ""):
        return False
    raise ValueError(f'"{text}" is not a boolean; use true or false')


def _int(text: str) -> int:
    try:
        value = int(text.strip().replace("_", ""))
    except ValueError:
        raise ValueError(f'"{text}" is not a whole number') from None
    if value < 0:
        raise ValueError(f'"{text}" must not be negative')
    return value


def _float(text: str) -> float:
    try:
        return float(text.strip())
    except ValueError:
        raise ValueError(f'"{text}" is not a number') from None


def _choice(*choices: str) -> Callable[[str], str]:
    def parse(text: str) -> str:
        s = text.strip().lower()
        if s not in choices:
            raise ValueError(f'"{text}" is not one of: {", ".join(choices)}')
        return s

    return parse


def _str(text: str) -> str:
    return text.strip()


def parse_wait(text: str | int | float) -> float:
    """A duration, or 0 for "do not wait"."""
    if str(text).strip() in ("0", "0s", "0.0"):
        return 0.0
    return parse_duration(text)
