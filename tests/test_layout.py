"""The layout holds: the "Where things live" map in docs/architecture.md is what the imports do.

Every import statement of the four packages counts (lazy and ``TYPE_CHECKING`` ones too; see
``tests/support/imports.py``). The map's third column says what each folder may import; its
own folder it always may.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.imports import REPO, Edge, cycles, edges, modules

DOC = REPO / "docs" / "architecture.md"
MAX_LINES = 500
MAX_TOP_LEVEL = 10
ENTRY_POINTS = {"monitor.__main__"}  # and the console script, monitor.cli:run (pyproject.toml)
CLOSED = ("monitor.cli", "monitor.web")  # imported by the entry points only


def _map() -> dict[str, str]:
    """folder (dotted: ``monitor.feeds``; ``monitor`` for the top level) -> its "may import" cell."""
    text = DOC.read_text(encoding="utf-8")
    section = text.split("## Where things live", 1)[1].split("\n## ", 1)[0]
    rows: dict[str, str] = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or not cells[0].startswith("`"):
            continue
        folder = re.match(r"`([\w/]+)/`", cells[0])
        assert folder, f"docs/architecture.md: a row's folder should look like `monitor/feeds/`: {cells[0]}"
        rows[folder.group(1).replace("/", ".")] = cells[2]
    return rows


MAP = _map()


def folder_of(module: str) -> str:
    """The map row a module belongs to: the longest folder that holds it; ``monitor`` for the
    modules at monitor's top level."""
    parts = module.split(".")
    for n in range(len(parts), 0, -1):
        candidate = ".".join(parts[:n])
        if candidate in MAP and (n < len(parts) or _is_package(candidate)):
            return candidate
    raise AssertionError(f"{module} is in no folder of the map in docs/architecture.md")


def _is_package(dotted: str) -> bool:
    return (REPO / dotted.replace(".", "/") / "__init__.py").is_file()


def allowed(folder: str, target: str) -> bool:
    cell = MAP[folder]
    if target == "monitor":  # the package itself: its __init__ holds the version and imports nothing
        return True
    if folder_of(target) == folder:
        return True
    if cell == "nothing":
        return False
    if cell.startswith("everything"):
        excluded = re.findall(r"`([\w.]+)`", cell.partition(" but ")[2])
        return not any(target == e or target.startswith(e + ".") for e in excluded)
    listed = re.findall(r"`([\w.]+)`", cell)
    return any(target == name or target.startswith(name + ".") for name in listed)


EDGES = edges()


def test_the_map_names_every_folder_and_only_existing_ones() -> None:
    packages = {m for m, path in modules().items() if path.name == "__init__.py"}
    top = {"classifiers", "notifications", "storage", "monitor"}
    wanted = {p for p in packages if p in top or (p.startswith("monitor.") and p.count(".") == 1)}
    assert set(MAP) == wanted, "docs/architecture.md's map and the packages on disk differ"


@pytest.mark.parametrize("folder", sorted(MAP))
def test_each_folder_imports_only_what_the_map_allows(folder: str) -> None:
    wrong = [str(e) for e in EDGES if folder_of(e.source) == folder and e.source not in ENTRY_POINTS
             and not allowed(folder, e.target)]
    assert not wrong, (f"{folder} may import {MAP[folder]} (docs/architecture.md), but:\n"
                       + "\n".join(wrong))


def test_no_import_circles() -> None:
    assert cycles(EDGES) == [], "modules that import each other, directly or around a circle"


def test_only_the_entry_points_import_the_cli_and_the_web() -> None:
    """The console script is the CLI, so its handlers (``monitor run``, ``monitor web``) may
    import the web; the web never imports the CLI, and nothing else imports either."""
    def closed(name: str) -> str | None:
        return next((c for c in CLOSED if name == c or name.startswith(c + ".")), None)

    wrong = [str(e) for e in EDGES if closed(e.target) and e.source not in ENTRY_POINTS
             and closed(e.source) != closed(e.target)
             and not (closed(e.source) == "monitor.cli" and closed(e.target) == "monitor.web")]
    assert not wrong


def test_the_console_script_is_the_cli_entry_point() -> None:
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert 'monitor = "monitor.cli:run"' in pyproject


@pytest.mark.parametrize("module", sorted(modules()))
def test_no_module_is_over_500_lines(module: str) -> None:
    lines = len(modules()[module].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{module} has {lines} lines: split it by responsibility"


def test_monitor_top_level_stays_small() -> None:
    top = sorted(p.name for p in (REPO / "monitor").glob("*.py"))
    assert len(top) <= MAX_TOP_LEVEL, f"monitor/ holds {len(top)} modules at its top level: {top}"


@pytest.mark.parametrize(("folder", "target", "expected"), [
    ("storage", "monitor.settings", False),
    ("classifiers", "storage.records", False),
    ("monitor.feeds", "monitor.net.addresses", True),
    ("monitor.feeds", "monitor.pipeline.poller", False),
    ("monitor.pipeline", "classifiers", True),
    ("monitor", "monitor.cli.main", False),
    ("monitor", "monitor.pipeline.poller", True),
    ("monitor.cli", "monitor.service", True),
], ids=lambda v: str(v))
def test_the_rules_read_from_the_map(folder: str, target: str, expected: bool) -> None:
    assert allowed(folder, target) is expected


def test_the_graph_sees_lazy_and_type_checking_imports() -> None:
    """A lazy import is a dependency too: the CLI's handlers import their modules inside functions."""
    assert Edge("monitor.cli.poll", "monitor.web.serve", 0).target in {
        e.target for e in EDGES if e.source == "monitor.cli.poll"}


def test_relative_imports_resolve() -> None:
    assert any(e.source == "classifiers.classifier" and e.target == "classifiers.matcher" for e in EDGES)


def test_the_map_file_exists() -> None:
    assert Path(DOC).is_file()
