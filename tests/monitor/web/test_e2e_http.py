"""Issue 13's acceptance path over real parts: `monitor run` as a process (scheduler and web in
one event loop) on a free loopback port, loopback feeds, a real SMTP server (aiosmtpd).

The service polls; the API, both feeds and the CLI list the same relevant stories; /metrics
counts the fetches. A reader subscribes through the form, the confirmation email arrives (sent
by the service's delivery tick), the address is confirmed only by the POST behind the emailed
link, the digest arrives with a List-Unsubscribe URL, the RFC 8058 POST to it (no cookie)
unsubscribes, and no digest is sent after. The log never shows a token; SIGTERM exits 0.
"""

from __future__ import annotations

import email
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import feedparser
import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from monitor.cli import main
from notifications.message import MAIL_POLICY
from tests.notifications.test_e2e_notifications import IRRELEVANT, RELEVANT, rss
from tests.support.feedserver import FeedServer
from tests.support.mailserver import SmtpServer, free_port

pytestmark = pytest.mark.slow
READER = "reader@example.org"


def pending_articles(env: dict[str, str]) -> int:
    from sqlalchemy import create_engine, text

    engine = create_engine(env["MONITOR_DATABASE_URL"])
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM enrichments WHERE state = 'pending'")).scalar() or 0)
    finally:
        engine.dispose()


def wait_for(what: str, check: Callable[[], Any], seconds: float = 30.0) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            found = check()
        except httpx.HTTPError:
            found = None
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def cli(env: dict[str, str], *argv: str) -> str:
    out = io.StringIO()
    assert main(list(argv), environ=env, out=out) == 0
    return out.getvalue()


@pytest.fixture
def service(tmp_path: Path, feed_server: FeedServer,
            smtp_server: SmtpServer) -> Iterator[tuple[str, dict[str, str], subprocess.Popen[str]]]:
    base = feed_server.url("")
    wire = feed_server.add_feed("/wire.xml", rss(base, [*RELEVANT, IRRELEVANT]))
    daily = feed_server.add_feed("/daily.xml", rss(base, [RELEVANT[0]]))
    (tmp_path / "sources.yaml").write_text(
        f"sources:\n  - {{id: wire, name: Example Wire, url: '{wire}'}}\n"
        f"  - {{id: daily, name: Example Daily, url: '{daily}'}}\n", encoding="utf-8")
    port = free_port()
    env = {**os.environ,
           "MONITOR_DATABASE_URL": f"sqlite:///{tmp_path / 'monitor.db'}",
           "MONITOR_SOURCES": str(tmp_path / "sources.yaml"),
           "MONITOR_DATA_DIR": str(tmp_path / "data"), "MONITOR_ALLOW_PRIVATE_HOSTS": "true",
           "MONITOR_PARSE_WORKERS": "1", "MONITOR_LOG_LEVEL": "info",
           "MONITOR_SMTP_HOST": smtp_server.host, "MONITOR_SMTP_PORT": str(smtp_server.port),
           "MONITOR_SMTP_STARTTLS": "false", "MONITOR_MAIL_FROM": "Monitor <monitor@news.example.org>",
           "MONITOR_PUBLIC_URL": "https://news.example.org", "MONITOR_HTTP_ADDR": f"127.0.0.1:{port}",
           "MONITOR_TICK": "1s", "MONITOR_DELIVERY_TICK": "1s", "MONITOR_DELIVERY_TIMEOUT": "5s"}
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "run"], env=env, cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        yield f"http://127.0.0.1:{port}", env, proc
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()


def _sources(body: Any) -> list[dict[str, Any]]:
    return body["sources"] if isinstance(body, dict) else body


def message_of(smtp_server: SmtpServer, index: int) -> email.message.EmailMessage:
    return email.message_from_bytes(smtp_server.handler.envelopes[index].content,  # type: ignore[arg-type]
                                    policy=MAIL_POLICY)  # type: ignore[return-value]


def test_subscribe_confirm_digest_unsubscribe_over_http(
        service: tuple[str, dict[str, str], subprocess.Popen[str]],
        smtp_server: SmtpServer) -> None:
    base, env, proc = service
    with httpx.Client(base_url=base, timeout=10) as http:
        check_and_subscribe(http, base, env, proc, smtp_server)


def check_and_subscribe(http: httpx.Client, base: str, env: dict[str, str],
                        proc: subprocess.Popen[str], smtp_server: SmtpServer) -> None:
    wait_for("/readyz", lambda: http.get("/readyz").status_code == 200)
    assert http.get("/livez").json() == {"status": "alive"}
    assert http.get("/readyz").json()["checks"]["scheduler"] == "running"

    # The poll's stories, the same everywhere. The first poll's sources are written in batches:
    # a second outlet's sighting of a story may land after its first, so the API and the CLI
    # are compared once every source has been polled (each has a last poll in /api/v1/sources).
    wait_for("every source polled", lambda: all(
        s["last_polled"] or not s["enabled"] for s in _sources(http.get("/api/v1/sources").json())))
    api = wait_for("relevant stories", lambda: len(http.get(
        "/api/v1/stories?relevant=true").json()["stories"]) == 3 and http.get(
        "/api/v1/stories?relevant=true").json()["stories"])
    printed = [json.loads(line) for line in cli(env, "stories", "list", "--relevant", "--json").splitlines()]
    assert api == printed
    ids = [s["id"] for s in api]
    atom = feedparser.parse(http.get("/feeds/stories.atom").content)
    assert not atom.bozo and [int(e.id.rsplit("/", 1)[1]) for e in atom.entries] == ids
    assert [int(i["id"].rsplit("/", 1)[1]) for i in http.get("/feeds/stories.json").json()["items"]] == ids
    for path in ("/", f"/stories/{ids[0]}", "/sources"):
        assert http.get(path).status_code == 200
    assert "Example Daily" in http.get("/sources").text
    fetches = {s.labels["outcome"]: s.value for f in text_string_to_metric_families(
        http.get("/metrics").text) for s in f.samples if s.name == "monitor_fetches_total"}
    assert fetches["ok"] >= 2

    # Subscribe through the form; the service's delivery tick mails the confirmation.
    page = http.get("/subscribe")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    r = http.post("/subscribe", data={"csrf": csrf, "email": READER, "schedule": "daily",
                                      "at": "08:00", "tz": "Asia/Almaty"})
    assert r.status_code == 200 and "Check your inbox" in r.text
    wait_for("the confirmation email", lambda: len(smtp_server.handler.envelopes) == 1)
    confirmation = message_of(smtp_server, 0)
    assert smtp_server.handler.envelopes[0].rcpt_tos == [READER]
    link = re.search(r"https://news\.example\.org(/confirm/[\w-]+)",
                     confirmation.get_body(("plain",)).get_content()).group(1)  # type: ignore[union-attr]
    subscribers = lambda: [json.loads(x) for x in cli(env, "subscribers", "list", "--json").splitlines()]  # noqa: E731
    assert [s["confirmed"] for s in subscribers()] == [False]
    page = httpx.get(base + link)  # what a mail scanner does: nothing changes
    assert page.status_code == 200 and [s["confirmed"] for s in subscribers()] == [False]
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    assert httpx.post(base + link, data={"csrf": csrf}).status_code == 200
    assert [s["confirmed"] for s in subscribers()] == [True]

    # The digest: the first one holds the week before the subscription. Its stories' articles
    # are read first (docs/enrich.md: a story waits for its article, then goes out once).
    wait_for("the articles read", lambda: not pending_articles(env))
    cli(env, "digest", "send", "--now", "--subscriber", READER)
    assert len(smtp_server.handler.envelopes) == 2
    digest = message_of(smtp_server, 1)
    assert "3 new stories" in digest["Subject"]
    assert "https://news.example.org/preferences/" in digest.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = re.fullmatch(r"<(https://news\.example\.org/unsubscribe/[\w-]+)>",
                               digest["List-Unsubscribe"]).group(1)  # type: ignore[union-attr]

    # RFC 8058: POST the header's URL with the one-click body and no cookie.
    local = unsubscribe.replace("https://news.example.org", base)
    assert httpx.get(local).status_code == 200 and len(subscribers()) == 1  # GET changes nothing
    for _ in range(2):
        r = httpx.post(local, content=b"List-Unsubscribe=One-Click",
                       headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert r.status_code == 200
    assert subscribers() == []
    cli(env, "digest", "send", "--now")
    time.sleep(2)  # a couple of delivery ticks
    assert len(smtp_server.handler.envelopes) == 2

    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "web listening" in err and "service stopped" in err
    assert link.rsplit("/", 1)[1] not in err and unsubscribe.rsplit("/", 1)[1] not in err
    assert "/unsubscribe/…" in err


def test_a_taken_port_is_a_configuration_error(tmp_path: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        (tmp_path / "sources.yaml").write_text("sources: []\n")
        env = {**os.environ, "MONITOR_DATABASE_URL": f"sqlite:///{tmp_path / 'm.db'}",
               "MONITOR_SOURCES": str(tmp_path / "sources.yaml"), "MONITOR_DATA_DIR": str(tmp_path),
               "MONITOR_HTTP_ADDR": f"127.0.0.1:{taken.getsockname()[1]}"}
        done = subprocess.run([sys.executable, "-m", "monitor", "web"], env=env, cwd=tmp_path,
                              capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "MONITOR_HTTP_ADDR: cannot listen on" in done.stderr


def test_monitor_web_serves_alone_and_health_asks_readyz(tmp_path: Path) -> None:
    (tmp_path / "sources.yaml").write_text("sources: []\n")
    port = free_port()
    env = {**os.environ, "MONITOR_DATABASE_URL": f"sqlite:///{tmp_path / 'm.db'}",
           "MONITOR_SOURCES": str(tmp_path / "sources.yaml"), "MONITOR_DATA_DIR": str(tmp_path),
           "MONITOR_HTTP_ADDR": f"127.0.0.1:{port}", "MONITOR_LOG_LEVEL": "warning"}
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "web"], env=env, cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        ready = wait_for("/readyz", lambda: httpx.get(f"http://127.0.0.1:{port}/readyz").json())
        assert ready["checks"]["scheduler"].startswith("not run in this process")
        health = io.StringIO()
        assert main(["health", "--web"], environ=env, out=health) == 0, health.getvalue()
        assert "healthy: database answers" in health.getvalue()
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
        assert proc.returncode == 0, err
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    health = io.StringIO()
    assert main(["health", "--web"], environ=env, out=health) == 1
    assert "does not answer" in health.getvalue()
