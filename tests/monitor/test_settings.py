"""Settings: durations, defaults, errors that name the variable, `_FILE` secrets, typos."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.errors import ConfigError
from monitor.settings import Settings, parse_duration, redact_url, unknown_variables


@pytest.mark.parametrize(("text", "seconds"), [
    ("90s", 90), ("15m", 900), ("2h", 7200), ("1h30m", 5400), ("1d", 86400), ("45", 45), (" 30m ", 1800),
], ids=lambda v: str(v))
def test_parse_duration(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["5x", "", "m", "-5", "0", "1.5h"])
def test_parse_duration_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="duration"):
        parse_duration(text)


def test_settings_defaults() -> None:
    s = Settings.from_env({})
    assert s.database_url == "sqlite:///./data/monitor.db" and s.sources == "./sources.yaml"
    assert str(s.allow_private_hosts) == "false" and s.default_interval == 1800 and s.max_body_bytes == 10_000_000


@pytest.mark.parametrize(("env", "message"), [
    ({"MONITOR_ALLOW_PRIVATE_HOSTS": "maybe"}, "MONITOR_ALLOW_PRIVATE_HOSTS: \"maybe\" is not an address or CIDR range"),
    ({"MONITOR_DEFAULT_INTERVAL": "soon"}, "MONITOR_DEFAULT_INTERVAL: \"soon\" is not a duration"),
    ({"MONITOR_LOG_FORMAT": "xml"}, "MONITOR_LOG_FORMAT: \"xml\" is not one of: text, json"),
    ({"MONITOR_MAX_CONCURRENCY": "lots"}, "MONITOR_MAX_CONCURRENCY: \"lots\" is not a whole number"),
    ({"MONITOR_INTERVAL_JITTER": "2"}, "MONITOR_INTERVAL_JITTER: must be between 0 and 1"),
], ids=["bool", "duration", "choice", "int", "range"])
def test_settings_errors_name_the_variable(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("(", r"\(")):
        Settings.from_env(env)


def test_file_variant_reads_secrets(tmp_path: Path) -> None:
    secret = tmp_path / "db_url"
    secret.write_text("postgresql+psycopg://app:s3cret@db/monitor\n")
    s = Settings.from_env({"MONITOR_DATABASE_URL_FILE": str(secret)})
    assert s.database_url == "postgresql+psycopg://app:s3cret@db/monitor"
    assert "s3cret" not in str(s.redacted())
    with pytest.raises(ConfigError, match="MONITOR_DATABASE_URL_FILE: cannot read"):
        Settings.from_env({"MONITOR_DATABASE_URL_FILE": str(tmp_path / "missing")})


def test_redact_and_unknown_variables() -> None:
    assert redact_url("postgresql://u:pw@h/db") == "postgresql://u:***@h/db"
    assert unknown_variables({"MONITOR_DATABSE_URL": "x", "MONITOR_TICK": "1s", "HOME": "/"}) == ["MONITOR_DATABSE_URL"]




@pytest.mark.parametrize(("env", "message"), [
    ({"MONITOR_LEASE": "1m"},
     "MONITOR_LEASE: 1m is too short for MONITOR_TOTAL_TIMEOUT=1m: .* at least 1m30s, or lower MONITOR_TOTAL_TIMEOUT"),
    ({"MONITOR_LEASE": "20s", "MONITOR_TOTAL_TIMEOUT": "15s"}, "MONITOR_LEASE: 20s is too short .* at least 25s"),
    ({"MONITOR_LEASE": "14m", "MONITOR_TOTAL_TIMEOUT": "10m"}, "at least 15m, or"),
    ({"MONITOR_DEFAULT_INTERVAL": "30s"}, "MONITOR_DEFAULT_INTERVAL: 30s is below MONITOR_MIN_INTERVAL=1m"),
    ({"MONITOR_BACKOFF_MAX": "1m"}, "MONITOR_BACKOFF_MAX: 1m is below MONITOR_BACKOFF_BASE=2m"),
    ({"MONITOR_PUBLIC_URL": "ftp://news.example.org"}, "MONITOR_PUBLIC_URL: \"ftp://news.example.org\" is not an http"),
    ({"MONITOR_PUBLIC_URL": "news.example.org"}, "MONITOR_PUBLIC_URL: \"news.example.org\" is not an http"),
], ids=["lease-below-fetch", "lease-without-margin", "lease-long-fetch", "interval-below-min",
        "backoff-inverted", "public-url-ftp", "public-url-no-scheme"])
def test_settings_that_contradict_each_other_are_refused(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        Settings.from_env(env)


@pytest.mark.parametrize("env", [
    {"MONITOR_LEASE": "25s", "MONITOR_TOTAL_TIMEOUT": "15s"},
    {"MONITOR_LEASE": "15m", "MONITOR_TOTAL_TIMEOUT": "9m"},
    {"MONITOR_DEFAULT_INTERVAL": "1m", "MONITOR_MIN_INTERVAL": "1m"},
], ids=["lease-just-enough", "lease-long-fetch-enough", "interval-at-min"])
def test_settings_at_the_limit_are_accepted(env: dict[str, str]) -> None:
    Settings.from_env(env)


def test_an_http_public_url_is_accepted_with_its_problem_named() -> None:
    assert Settings.from_env({}).public_url_problem is None
    problem = Settings.from_env({"MONITOR_PUBLIC_URL": "http://news.internal:8080"}).public_url_problem
    assert problem and "is not https" in problem and "e.g. https://" in problem


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080", "http://localhost:8080/", "http://[::1]:8080",
                                 "http://127.0.0.53"], ids=["ipv4", "localhost", "ipv6", "loopback-net"])
def test_a_loopback_http_public_url_builds_email_links(url: str) -> None:
    """Links to this machine never cross a network: trying the service out (and testing it) works."""
    assert Settings.from_env({"MONITOR_PUBLIC_URL": url}).public_url_problem is None
