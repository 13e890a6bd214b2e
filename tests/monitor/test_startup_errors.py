"""Every way `monitor run` can fail to start: one clear line on stderr, exit code 2, no traceback."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from monitor.cli import main
from storage import db
from tests.conftest import PG_URL, postgres_unavailable

GOOD_SOURCES = "sources:\n  - {id: a, url: 'http://127.0.0.1:9/feed'}\n"


def environment(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "sources.yaml").write_text(GOOD_SOURCES)
    return {"MONITOR_DATABASE_URL": f"sqlite:///{tmp_path / 'monitor.db'}",
            "MONITOR_SOURCES": str(tmp_path / "sources.yaml"),
            "MONITOR_DATA_DIR": str(tmp_path / "data"), "MONITOR_LOG_LEVEL": "error"}


def not_a_database(tmp_path: Path, env: dict[str, str]) -> None:
    (tmp_path / "monitor.db").write_bytes(b"this is not a database, it is a shopping list\n" * 100)


def newer_schema(tmp_path: Path, env: dict[str, str]) -> None:
    engine = db.make_engine(env["MONITOR_DATABASE_URL"])
    db.upgrade(engine)
    engine.dispose()
    with sqlite3.connect(tmp_path / "monitor.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")


def sources(text: str) -> Callable[[Path, dict[str, str]], None]:
    def write(tmp_path: Path, env: dict[str, str]) -> None:
        (tmp_path / "sources.yaml").write_text(text)

    return write


def a_file_where_a_folder_should_be(tmp_path: Path, env: dict[str, str]) -> None:
    (tmp_path / "file").write_text("x")


def no_setup(tmp_path: Path, env: dict[str, str]) -> None:
    pass


CASES = [
    pytest.param({"MONITOR_DATABASE_URL": "not a url"}, no_setup,
                 "MONITOR_DATABASE_URL: not a database URL", id="bad-url"),
    pytest.param({"MONITOR_DATABASE_URL": "mysql://monitor@db.example/monitor"}, no_setup,
                 "MONITOR_DATABASE_URL: mysql is not supported; use sqlite:///", id="unsupported-database"),
    pytest.param({"MONITOR_DATABASE_URL": "postgresql+psycopg://monitor:pw@127.0.0.1:1/monitor"}, no_setup,
                 "cannot open postgresql+psycopg://monitor:***@127.0.0.1:1/monitor", id="unreachable-server"),
    pytest.param({}, not_a_database, "file is not a database (point it at the monitor's SQLite file",
                 id="not-a-database"),
    pytest.param({}, newer_schema, "revision 9999_future, which this version of the monitor does not know",
                 id="schema-newer-than-the-code"),
    pytest.param({"MONITOR_DATABASE_URL": "sqlite:///{tmp}/file/sub/monitor.db"}, a_file_where_a_folder_should_be,
                 "cannot create {tmp}/file/sub for the SQLite file", id="database-folder-impossible"),
    pytest.param({"MONITOR_SOURCES": "{tmp}/missing.yaml"}, no_setup,
                 "missing.yaml: file not found; set MONITOR_SOURCES", id="sources-file-missing"),
    pytest.param({}, sources("sources:\n  - id: a\n    url: https://a.example/\n    interval: 5x\n"),
                 'sources.yaml:4: sources[0].interval: "5x" is not a duration', id="sources-bad-field"),
    pytest.param({}, sources("sources:\n  - {id: a, url: x}\n  - {id: B, url: y}\n"),
                 "problems in the sources file: ", id="sources-several-problems"),
    pytest.param({}, sources("sources: [\n"), "not valid YAML", id="sources-not-yaml"),
    pytest.param({"MONITOR_DATA_DIR": "{tmp}/file/data"}, a_file_where_a_folder_should_be,
                 "MONITOR_DATA_DIR: cannot write to {tmp}/file/data", id="data-dir-impossible"),
    pytest.param({"MONITOR_RULES": "{tmp}/no-such-rules"}, no_setup, "MONITOR_RULES: ", id="rules-missing"),
    pytest.param({"MONITOR_TICK": "soon"}, no_setup, 'MONITOR_TICK: "soon" is not a duration', id="bad-setting"),
    pytest.param({"MONITOR_DATABASE_URL_FILE": "{tmp}/no-secret"}, no_setup,
                 "MONITOR_DATABASE_URL_FILE: cannot read", id="secret-file-missing"),
]


@pytest.mark.parametrize(("overrides", "setup", "message"), CASES)
def test_a_start_up_error_is_one_line_and_exit_code_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], overrides: dict[str, str],
        setup: Callable[[Path, dict[str, str]], None], message: str) -> None:
    env = environment(tmp_path)
    env.update({k: v.replace("{tmp}", str(tmp_path)) for k, v in overrides.items()})
    setup(tmp_path, env)
    code = main(["run"], environ=env)
    err = capsys.readouterr().err
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("monitor: "), err
    assert message.replace("{tmp}", str(tmp_path)) in err and "Traceback" not in err


@pytest.mark.postgres
def test_a_database_that_does_not_exist(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if postgres_unavailable():
        pytest.skip(postgres_unavailable())
    env = environment(tmp_path)
    env["MONITOR_DATABASE_URL"] = PG_URL.rsplit("/", 1)[0] + "/no_such_database_for_monitor"
    assert main(["run"], environ=env) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "does not exist (create the database first" in err


def test_a_data_dir_without_write_permission(tmp_path: Path) -> None:
    """A real process, as an operator would meet it: the data folder belongs to someone else.
    As root, the process runs without the capability that lets root write anywhere."""
    data = tmp_path / "data"
    data.mkdir()
    data.chmod(0o555)
    prefix: list[str] = []
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv: root may write anywhere")
        prefix = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"]
    env = {**os.environ, **environment(tmp_path),
           "MONITOR_DATABASE_URL": f"sqlite:///{tmp_path / 'db' / 'monitor.db'}"}
    proc = subprocess.run([*prefix, sys.executable, "-m", "monitor", "run"], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.strip().splitlines() == [
        f"monitor: configuration error: MONITOR_DATA_DIR: cannot write to {data}: Permission denied; "
        f"make it writable by this user (uid {os.getuid()}) or point MONITOR_DATA_DIR elsewhere"]
