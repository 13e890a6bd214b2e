"""docker-compose.yml holds together: the fleet's services, health checks, secrets from files,
a volume for the database, and only settings that exist (no Docker needed to check that)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from monitor.settings import SPECS

REPO = Path(__file__).resolve().parents[1]
COMPOSE: dict[str, Any] = yaml.safe_load((REPO / "docker-compose.yml").read_text(encoding="utf-8"))
SERVICES = COMPOSE["services"]
KNOWN = {s.env for s in SPECS} | {s.env + "_FILE" for s in SPECS}
LATER = {"MONITOR_HTTP_ADDR"}  # the web side's settings, arriving with `monitor web`


def test_the_fleet_is_postgresql_two_workers_and_the_web() -> None:
    assert set(SERVICES) == {"db", "worker", "web"}
    assert SERVICES["worker"]["command"] == ["monitor", "run"]
    assert SERVICES["worker"]["deploy"]["replicas"] == 2
    assert SERVICES["web"]["command"] == ["monitor", "web"]
    assert "pgdata:/var/lib/postgresql/data" in SERVICES["db"]["volumes"] and "pgdata" in COMPOSE["volumes"]


def test_every_service_checks_its_health_and_waits_for_a_healthy_database() -> None:
    for name, service in SERVICES.items():
        assert service["healthcheck"]["test"], name
    for name in ("worker", "web"):
        assert SERVICES[name]["depends_on"]["db"]["condition"] == "service_healthy"


def test_secrets_come_from_files_and_settings_exist() -> None:
    for name, service in SERVICES.items():
        env = service.get("environment", {})
        for key, value in env.items():
            assert not re.search(r"://[^/@\s]+:[^@\s]+@", str(value)), f"{name}: {key} holds a password"
            if key.startswith("MONITOR_"):
                assert key in KNOWN or key in LATER, f"{name}: {key} is not a setting"
        for secret in service.get("secrets", []):
            assert COMPOSE["secrets"][secret]["file"].startswith("./secrets/")
    worker = SERVICES["worker"]["environment"]
    assert worker["MONITOR_DATABASE_URL_FILE"] == "/run/secrets/db_url"
    assert worker["MONITOR_SECRET_KEY_FILE"] == "/run/secrets/secret_key"  # one key for all instances
    assert SERVICES["db"]["environment"]["POSTGRES_PASSWORD_FILE"] == "/run/secrets/db_password"
    assert "/secrets/" in (REPO / ".gitignore").read_text()
