"""Keep the C allocator from holding on to memory the service has freed.

glibc serves large allocations (numpy arrays, feed bodies) with ``mmap`` and returns them to
the system when freed, but after each such free it raises its threshold to that size, so the
next arrays of that size come from the heap, where freed space fragments and is rarely given
back. The band index's merges (``monitor/stories.py``) and the parse results of a cold poll
made the process 13 MB larger than the data it held (measured with ``bench/bench_poll.py``).
A fixed threshold keeps large blocks on ``mmap``. The same effect as the environment variable
``MALLOC_MMAP_THRESHOLD_=131072``, applied from inside so that ``make run``, the container and
the parse workers all get it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

M_MMAP_THRESHOLD = -3  # glibc's mallopt() parameter number
THRESHOLD = 128 * 1024  # glibc's own initial threshold, kept fixed


def fix_mmap_threshold() -> bool:
    """Fix glibc's mmap threshold; False where there is no glibc (macOS, musl): nothing to do."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return bool(libc.mallopt(M_MMAP_THRESHOLD, THRESHOLD))
    except (OSError, AttributeError):  # not glibc
        return False


def trim() -> bool:
    """Return the heap's free pages to the system (glibc ``malloc_trim``); False without glibc."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return bool(libc.malloc_trim(0))
    except (OSError, AttributeError):
        return False
