"""The process memory settings (glibc's mmap threshold and arenas)."""

from __future__ import annotations


def test_the_mmap_threshold_is_fixed_on_glibc() -> None:
    import platform

    from monitor.pipeline.memory import fix_mmap_threshold

    expected = platform.system() == "Linux" and platform.libc_ver()[0] == "glibc"
    assert fix_mmap_threshold() is expected


def test_a_single_malloc_arena_on_glibc() -> None:
    import platform

    from monitor.pipeline.memory import single_arena

    expected = platform.system() == "Linux" and platform.libc_ver()[0] == "glibc"
    assert single_arena() is expected


def test_trim_returns_a_bool_everywhere() -> None:
    from monitor.pipeline.memory import trim

    assert trim() in (True, False)
