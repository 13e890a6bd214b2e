"""Keep the C allocator from holding on to memory the service has freed.

glibc serves large allocations (numpy arrays, feed bodies) with ``mmap`` and returns them to
the system when freed, but after each such free it raises its threshold to that size, so the
next arrays of that size come from the heap, where freed space fragments and is rarely given
back. The band index's merges (``monitor/dedup/stories.py``) and the parse results of a cold poll
made the process 13 MB larger than the data it held (measured with ``bench/bench_poll.py``).
A fixed threshold keeps large blocks on ``mmap``. The same effect as the environment variable
``MALLOC_MMAP_THRESHOLD_=131072``, applied from inside (by ``monitor.cli.main``) so that
``make run`` and the container get it; not in the parse workers, whose fork server is a fresh
interpreter, and where it cost a quarter more CPU. :func:`single_arena` keeps the main
process's threads on one arena (see there), and :func:`trim` gives free heap pages back.
"""

from __future__ import annotations

import ctypes
import functools
import sys

M_MMAP_THRESHOLD = -3  # glibc's mallopt() parameter numbers
M_ARENA_MAX = -8
THRESHOLD = 128 * 1024  # glibc's own initial threshold, kept fixed


@functools.cache
def _libc() -> ctypes.CDLL | None:
    """The C library, loaded once. ``libc.so.6`` (glibc's name) first: ``find_library`` runs
    ``ldconfig -p`` in a subprocess, which cost ``monitor poll`` 20–40 ms at every start."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:
        pass
    from ctypes.util import find_library  # imports subprocess

    try:
        return ctypes.CDLL(find_library("c"))
    except OSError:
        return None


def _glibc(call: str, *args: int) -> bool:
    """Call a glibc allocator function; False where there is none (macOS, musl): nothing to do."""
    libc = _libc()
    if libc is None:
        return False
    try:
        return bool(getattr(libc, call)(*args))
    except AttributeError:  # not glibc
        return False


def fix_mmap_threshold() -> bool:
    """Fix glibc's mmap threshold; False where there is no glibc: nothing to do."""
    return _glibc("mallopt", M_MMAP_THRESHOLD, THRESHOLD)


def single_arena() -> bool:
    """Have every thread allocate from one glibc arena (``MALLOC_ARENA_MAX=1``, from inside).

    glibc gives threads arenas of their own. In the main process the process pool's result
    thread unpickles parse results and the writer thread frees them, so each arena keeps
    free space the other does not reuse: a cold poll peaked 5 MB higher (89–92 against
    85–86 MB, four runs each, the same speed). The threads here mostly wait on I/O, so they
    do not contend for the one arena's lock. Call it before starting threads; False where
    there is no glibc.
    """
    return _glibc("mallopt", M_ARENA_MAX, 1)


def trim() -> bool:
    """Return the heap's free pages to the system (glibc ``malloc_trim``); False without glibc."""
    return _glibc("malloc_trim", 0)
