"""Shared fixtures: settings, databases (SQLite always, PostgreSQL when reachable), and real local
servers: a feed server, an SMTP server (aiosmtpd), a webhook receiver."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings
from sqlalchemy import Engine, create_engine, text

from monitor.settings import Settings
from storage import db
from tests.support import mailserver
from tests.support.feedserver import FeedServer
from tests.support.mailserver import SmtpServer
from tests.support.receiver import Receiver, serve_receiver

# Property tests explore new random examples on a developer's machine (and keep the failing
# ones in .hypothesis/); under CI they run a fixed derandomized set, so a red CI run is about
# the change, is reproducible, and never depends on the luck of the draw.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
PG_URL = os.environ.get("MONITOR_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")

_pg_reason: str | None = None
_pg_checked = False


def postgres_unavailable() -> str | None:
    """Why PostgreSQL cannot be used (None when it can); checked once per run."""
    global _pg_checked, _pg_reason
    if not _pg_checked:
        _pg_checked = True
        try:
            engine = create_engine(PG_URL, connect_args={"connect_timeout": 3})
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            engine.dispose()
        except Exception as exc:
            _pg_reason = f"no PostgreSQL at {PG_URL} ({type(exc).__name__}); set MONITOR_TEST_POSTGRES_URL"
    return _pg_reason


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a fresh schema, dropped afterwards."""
    reason = postgres_unavailable()
    if reason:
        pytest.skip(reason)
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'monitor.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Parametrized over both backends: every storage behaviour is tested on each."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'monitor.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    eng = db.make_engine(database_url)
    db.upgrade(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    with FeedServer() as server:
        yield server


def make_settings(tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = dict(
        database_url=f"sqlite:///{tmp_path / 'monitor.db'}", sources=str(tmp_path / "sources.yaml"),
        data_dir=str(tmp_path / "data"), allow_private_hosts=True, parse_workers=1,
        interval_jitter=0.0, total_timeout=10.0, read_timeout=5.0, connect_timeout=5.0)
    values.update(overrides)
    return Settings.from_env({}, **values)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    with mailserver.smtp_server() as server:
        yield server


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    files = mailserver.make_tls_files(tmp_path_factory.mktemp("tls"))
    if files is None:
        pytest.skip("openssl CLI not installed")
    return files


@pytest.fixture
def smtp_tls_server(tls_files: tuple[Path, Path]) -> Iterator[SmtpServer]:
    """STARTTLS required, AUTH required (user ``mailer``)."""
    with mailserver.smtp_tls_server(tls_files) as server:
        yield server


@pytest.fixture
def silent_server() -> Iterator[int]:
    """Accepts TCP connections and never says a word (an SMTP greeting that never comes)."""
    with mailserver.silent_server() as port:
        yield port


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with serve_receiver() as server:
        yield server
