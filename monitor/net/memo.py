"""A memo for functions of a short text (a host, a base URL), bounded in entries and in size.

A feed's links share a few hosts and one base, so the work of parsing them is worth doing once
per text; but a hostile feed may send hosts or URLs of kilobytes, which a plain ``lru_cache``
would hold (1,024 entries of 8 KB each). :func:`short_text_memo` remembers answers only for a
first argument of at most ``max_chars`` characters and computes the others every time.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def short_text_memo(max_chars: int, maxsize: int) -> Callable[[F], F]:
    """Decorator: ``functools.lru_cache(maxsize)`` for calls whose first argument (a str) has at
    most ``max_chars`` characters; longer ones call the function itself. ``cache_info`` and
    ``cache_clear`` are the memo's."""

    def wrap(fn: F) -> F:
        remembered = functools.lru_cache(maxsize=maxsize)(fn)

        @functools.wraps(fn)
        def call(text: str, *args: Any) -> Any:
            return (remembered if len(text) <= max_chars else fn)(text, *args)

        call.cache_info = remembered.cache_info  # type: ignore[attr-defined]
        call.cache_clear = remembered.cache_clear  # type: ignore[attr-defined]
        return call  # type: ignore[return-value]

    return wrap
