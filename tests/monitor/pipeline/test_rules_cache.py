"""The compiled rules' cache in MONITOR_DATA_DIR (monitor/pipeline/rules_cache.py): what it gives
back decides as the compiled rules do; a changed rules file or module, or a cache file that is
cut, altered or not a snapshot, means compiling again, never a wrong classifier."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from classifiers import load_classifier, snapshot
from monitor.pipeline import rules_cache
from monitor.pipeline.rules_cache import CACHE_FILE, bundled_classifier, cache_key

REPO = Path(__file__).resolve().parents[3]
INSTALL_TIME_COPY = rules_cache.prebuilt_path  # the real one (the tests put another in its place)
TEXTS = [("Китай и Казахстан откроют совместную лабораторию", "Университеты двух стран", "ru"),
         ("Chinese and Uzbek universities sign a research agreement", "Joint laboratory in Tashkent", "en"),
         ("中国与哈萨克斯坦大学合作", "", "zh"), ("Weather in Almaty", "Rain expected", "en")]


def same_decisions(clf: Any) -> bool:
    fresh = load_classifier()
    return all(clf.classify_to_dict(title=t, summary=s, content="", lang=lang)
               == fresh.classify_to_dict(title=t, summary=s, content="", lang=lang) for t, s, lang in TEXTS)


@pytest.fixture(autouse=True)
def no_install_time_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The install-time copy (``make`` writes one into the environment) is out of these tests'
    way unless a test writes its own."""
    monkeypatch.setattr(rules_cache, "prebuilt_path", lambda: tmp_path / "no-prebuilt" / CACHE_FILE)


@pytest.fixture
def compiles(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every compile of the rules, recorded."""
    done: list[object] = []
    real = snapshot.compile_with_snapshot

    def spy(path):  # type: ignore[no-untyped-def]
        done.append(path)
        return real(path)

    monkeypatch.setattr(snapshot, "compile_with_snapshot", spy)
    return done


def test_the_second_start_reads_what_the_first_compiled(tmp_path: Path, compiles: list[object]) -> None:
    first = bundled_classifier(tmp_path / "data")
    assert compiles == [None] and (tmp_path / "data" / CACHE_FILE).is_file()
    second = bundled_classifier(tmp_path / "data")
    assert compiles == [None]  # read back, not compiled
    assert second is not first and same_decisions(second)


def damaged(data: bytes) -> list[bytes]:
    magic, key, digest, payload = data.split(b"\n", 3)
    other = pickle_of({"not": "a classifier"})
    return [
        b"",
        data[: len(data) // 2],  # cut
        data[:-10] + bytes(b ^ 0xFF for b in data[-10:]),  # altered: the digest does not match
        b"\n".join((magic, b"0" * 64, digest, payload)),  # another key
        b"\n".join((magic, key, hashlib.sha256(other).hexdigest().encode(), other)),  # not a snapshot
        b"junk\n" + data,
    ]


def pickle_of(value: object) -> bytes:
    import pickle

    return pickle.dumps(value)


def test_a_damaged_cache_is_compiled_again_and_rewritten(tmp_path: Path, compiles: list[object]) -> None:
    folder = tmp_path / "data"
    bundled_classifier(folder)
    good = (folder / CACHE_FILE).read_bytes()
    for n, bad in enumerate(damaged(good), start=1):
        (folder / CACHE_FILE).write_bytes(bad)
        clf = bundled_classifier(folder)
        assert len(compiles) == n + 1, f"damage #{n} was read as a cache"
        assert same_decisions(clf)
        assert (folder / CACHE_FILE).read_bytes().split(b"\n", 2)[:2] == good.split(b"\n", 2)[:2]


def test_the_key_follows_every_rules_file_and_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "classifiers"
    shutil.copytree(REPO / "classifiers", package, ignore=shutil.ignore_patterns("__pycache__", "eval"))
    monkeypatch.setattr(rules_cache, "_PACKAGE", package)
    keys = {cache_key()}
    for name in ("data/vocab_topics.yaml", "data/forms_ru.tsv", "matcher.py", "snapshot.py"):
        with (package / name).open("ab") as f:
            f.write(b"\n")
        keys.add(cache_key())
    (package / "data" / "extra.yaml").write_text("x: 1\n")
    keys.add(cache_key())
    assert len(keys) == 6


def test_a_stale_cache_is_not_read(tmp_path: Path, compiles: list[object], monkeypatch: pytest.MonkeyPatch) -> None:
    bundled_classifier(tmp_path)
    monkeypatch.setattr(rules_cache, "cache_key", lambda: "f" * 64)  # the rules or the code changed
    clf = bundled_classifier(tmp_path)
    assert len(compiles) == 2 and same_decisions(clf)


def test_a_folder_that_cannot_be_written_means_compiling(tmp_path: Path, compiles: list[object]) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder would be")
    assert same_decisions(bundled_classifier(blocked / "data"))
    assert same_decisions(bundled_classifier(blocked / "data"))
    assert len(compiles) == 2


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the fork server needs fork")
def test_the_fork_server_reads_the_cache_of_its_parents_data_folder(tmp_path: Path) -> None:
    """A fresh process starts the parse workers' fork server with its data folder: the first
    start writes the compiled rules there, the second one reads them (no compile)."""
    script = (
        "import sys\n"
        "from classifiers import snapshot\n"
        "from monitor.pipeline.workers import Analyser\n"
        "analyser = Analyser(2, cache_dir=sys.argv[1])\n"
        "pool = analyser._ensure_pool()\n"
        "from monitor.pipeline.analyse import get_classifier\n"
        "print(pool.submit(get_classifier, '').result().version)\n"
        "analyser.close()\n"
    )
    for _ in range(2):
        out = subprocess.run([sys.executable, "-c", script, str(tmp_path / "data")], cwd=REPO, check=True,
                             capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
        assert out.stdout.strip() == str(load_classifier().version)
    cache = tmp_path / "data" / CACHE_FILE
    assert cache.is_file()
    written = cache.stat().st_mtime_ns
    subprocess.run([sys.executable, "-c", script, str(tmp_path / "data")], cwd=REPO, check=True,
                   capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert cache.stat().st_mtime_ns == written  # read, not written again


def test_a_first_start_reads_the_rules_compiled_at_install_time(
        tmp_path: Path, compiles: list[object], monkeypatch: pytest.MonkeyPatch) -> None:
    prebuilt = tmp_path / "prefix" / CACHE_FILE
    monkeypatch.setattr(rules_cache, "prebuilt_path", lambda: prebuilt)
    assert rules_cache.write_prebuilt() == prebuilt and compiles == [None]
    clf = bundled_classifier(tmp_path / "data")
    assert compiles == [None] and same_decisions(clf)  # read, not compiled
    assert (tmp_path / "data" / CACHE_FILE).read_bytes() == prebuilt.read_bytes()  # and kept


@pytest.mark.parametrize("change", ["stale", "damaged", "missing"])
def test_an_install_time_copy_that_does_not_fit_means_compiling(
        tmp_path: Path, compiles: list[object], monkeypatch: pytest.MonkeyPatch, change: str) -> None:
    prebuilt = tmp_path / "prefix" / CACHE_FILE
    monkeypatch.setattr(rules_cache, "prebuilt_path", lambda: prebuilt)
    rules_cache.write_prebuilt()
    if change == "stale":  # the rules or the code changed since the install
        monkeypatch.setattr(rules_cache, "cache_key", lambda: "f" * 64)
    elif change == "damaged":
        prebuilt.write_bytes(prebuilt.read_bytes()[:-100])
    else:
        prebuilt.unlink()
    clf = bundled_classifier(tmp_path / "data")
    assert len(compiles) == 2 and same_decisions(clf)


def test_the_module_writes_the_install_time_copy(tmp_path: Path) -> None:
    """``python -m monitor.pipeline.rules_cache`` (make, the Dockerfile) writes under sys.prefix."""
    out = subprocess.run([sys.executable, "-m", "monitor.pipeline.rules_cache"], cwd=REPO, check=True,
                         capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    written = INSTALL_TIME_COPY()
    assert str(written) in out.stdout and written.is_file()
    assert same_decisions(bundled_classifier(tmp_path / "data"))
