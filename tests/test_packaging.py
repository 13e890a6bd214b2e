"""The installed package holds every file the code reads: the container installs a wheel, not
this checkout, so a template, a stylesheet or a data file left out of ``package-data`` would
only be missed there (``pyproject.toml``: ``[tool.setuptools.package-data]``)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("monitor", "classifiers", "notifications", "storage")
NOT_SHIPPED = ("classifiers/eval/",)  # the labelled dev set: for `monitor eval` and the tests


@pytest.mark.slow
def test_the_wheel_holds_every_file_of_the_packages(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--wheel-dir", str(tmp_path), str(REPO)], check=True, capture_output=True)
    (wheel,) = tmp_path.glob("*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    on_disk = {str(p.relative_to(REPO)) for package in PACKAGES for p in (REPO / package).rglob("*")
               if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"}
    missing = sorted(f for f in on_disk - shipped if not f.startswith(NOT_SHIPPED))
    assert not missing, f"not in the wheel (add them to package-data in pyproject.toml): {missing}"
