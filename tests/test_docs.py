"""The docs stay in step with the code: every setting and every command is documented."""

from __future__ import annotations

import argparse
from pathlib import Path

from monitor.cli import build_parser
from monitor.settings import SPECS

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_make_run_and_make_test() -> None:
    head = README[:600]
    assert "make run" in head and "make test" in head


def test_every_setting_is_in_the_configuration_reference() -> None:
    missing = [s.env for s in SPECS if f"`{s.env}`" not in README]
    assert not missing, f"document these in README.md: {missing}"


def _commands(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
    out = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                full = f"{prefix} {name}".strip()
                nested = _commands(sub, full)
                out += nested or [full]
    return out


def test_every_command_is_in_the_readme() -> None:
    missing = [c for c in _commands(build_parser()) if f"monitor {c}" not in README]
    assert not missing, f"document these commands in README.md: {missing}"
