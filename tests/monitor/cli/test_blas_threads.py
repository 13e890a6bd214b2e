"""The ``monitor`` command keeps numpy's OpenBLAS to one thread (nothing calls BLAS), unless the
user set the number."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SCRIPT = """
import os, sys
sys.argv = ["monitor", "--version"]
from monitor.cli import run
try:
    run()
except SystemExit:
    pass
import numpy
print(os.environ["OPENBLAS_NUM_THREADS"], len(os.listdir("/proc/self/task")))
"""


@pytest.mark.parametrize(("preset", "expected"), [(None, "1"), ("2", "2")], ids=["unset", "user-set"])
def test_openblas_threads(preset: str | None, expected: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if preset:
        env["OPENBLAS_NUM_THREADS"] = preset
    out = subprocess.run([sys.executable, "-c", SCRIPT], env=env, cwd=REPO, capture_output=True, text=True,
                         check=True).stdout.split()
    assert out[-2] == expected
    if preset is None and Path("/proc/self/task").exists():
        assert out[-1] == "1"  # no OpenBLAS threads beside the main one
