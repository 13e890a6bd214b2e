"""Issue 5's acceptance check, over real parts: loopback feeds, a loopback webhook receiver that
fails and recovers, a real SMTP server (aiosmtpd), every step through ``monitor.cli.main``.

Add a subscriber and a json webhook, poll feeds with relevant stories while the receiver
answers 500, run the deliveries, let the receiver recover, run them again, send the digest
twice: every relevant story arrives exactly once with a valid signature, the outage was retried,
exactly one email arrives with both parts, both unsubscribe headers, every story's link, and
hostile markup escaped. Then a restart (new commands on the same database) sends nothing again.
"""

from __future__ import annotations

import email
import email.policy
import io
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from monitor.cli import main
from notifications.webhooks import verify_signature
from tests.support.feedserver import FeedServer
from tests.support.mailserver import SmtpServer

SECRET = "receiver-secret-0123456789"

RELEVANT = [
    ("joint-lab", "Chinese and Kazakh universities open joint laboratory for water research",
     ("The Chinese Academy of Sciences and Al-Farabi Kazakh National University opened a joint "
     "laboratory in Almaty.")),
    ("scholarships", "China offers 200 scholarships to students from Uzbekistan universities",
     "Uzbek students will study engineering at Chinese universities under a new exchange."),
    # Markup that survives as text: the title *is* "<script>…", the summary holds an <img onerror>.
    ("hostile", ("&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; Kyrgyz and Chinese "
                "scientists open joint research centre"),
     ("Kyrgyz and Chinese researchers &amp;lt;img src=x onerror=alert(2)&amp;gt; opened a joint "
     "research centre at a university in Bishkek.")),
]
IRRELEVANT = ("football", "Football results from the weekend", "Scores and highlights.")


def rss(base: str, entries: list[tuple[str, str, str]]) -> str:
    items = "".join(
        f"<item><title>{title}</title><link>{base}/news/{slug}</link><guid>{slug}</guid>"
        f"<description>{summary}</description><pubDate>Tue, 03 Nov 2026 09:00:00 GMT</pubDate></item>"
        for slug, title, summary in entries)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
            f"<link>{base}/</link>{items}</channel></rss>")


@dataclass
class Receiver:
    """A webhook receiver on loopback that answers ``status`` (500 while "down")."""

    url: str
    status: int = 500
    requests: list[tuple[dict[str, str], bytes]] = field(default_factory=list)


@pytest.fixture
def hook_receiver() -> Iterator[Receiver]:
    state = Receiver("")

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            state.requests.append(({k.lower(): v for k, v in self.headers.items()}, body))
            self.send_response(state.status)
            self.send_header("Content-Length", "0")
            self.end_headers()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hooks/monitor"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def cli(env: dict[str, str], *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), environ=env, out=out)
    return code, out.getvalue()


@pytest.fixture
def env(tmp_path: Path, feed_server: FeedServer, smtp_server: SmtpServer) -> dict[str, str]:
    base = feed_server.url("")
    wire = feed_server.add_feed("/wire.xml", rss(base, [*RELEVANT, IRRELEVANT]))
    # A second outlet carrying one of the stories (same link): still one story, one alert.
    daily = feed_server.add_feed("/daily.xml", rss(base, [RELEVANT[0]]))
    (tmp_path / "sources.yaml").write_text(
        f"sources:\n  - {{id: wire, name: Example Wire, url: '{wire}'}}\n"
        f"  - {{id: daily, name: Example Daily, url: '{daily}'}}\n", encoding="utf-8")
    return {
        "MONITOR_DATABASE_URL": f"sqlite:///{tmp_path / 'monitor.db'}",
        "MONITOR_SOURCES": str(tmp_path / "sources.yaml"),
        "MONITOR_DATA_DIR": str(tmp_path / "data"),
        "MONITOR_ALLOW_PRIVATE_HOSTS": "true",
        "MONITOR_PARSE_WORKERS": "1",
        "MONITOR_LOG_LEVEL": "error",
        "MONITOR_SMTP_HOST": smtp_server.host,
        "MONITOR_SMTP_PORT": str(smtp_server.port),
        "MONITOR_SMTP_STARTTLS": "false",
        "MONITOR_MAIL_FROM": "Monitor <monitor@news.example.org>",
        "MONITOR_PUBLIC_URL": "https://news.example.org",
        "MONITOR_DELIVERY_TIMEOUT": "5s",
    }


def test_alerts_and_digest_arrive_once_through_an_outage(
        env: dict[str, str], hook_receiver: Receiver, smtp_server: SmtpServer,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOOK_SECRET", SECRET)
    assert cli(env, "subscribers", "add", "reader@example.org", "--name", "Dana Reader",
               "--tz", "Asia/Almaty", "--confirmed")[0] == 0
    code, out = cli(env, "webhooks", "add", hook_receiver.url, "--format", "json",
                    "--secret-env", "HOOK_SECRET")
    assert code == 0, out
    assert SECRET not in out

    assert cli(env, "poll")[0] == 0
    code, out = cli(env, "deliveries", "run")
    assert code == 0 and "3 alerts queued" in out, out
    down = len(hook_receiver.requests)
    assert down == 3  # one try per story, all answered 500
    rows = [json.loads(line) for line in cli(env, "deliveries", "list", "--json")[1].splitlines()]
    assert {(r["status"], r["attempts"], r["last_status_code"]) for r in rows} == {("failed", 1, 500)}

    hook_receiver.status = 200
    code, out = cli(env, "deliveries", "run", "--force")
    assert code == 0 and "3 sent" in out, out
    retried = hook_receiver.requests[down:]
    events = [json.loads(body) for _, body in retried]
    assert all(verify_signature(SECRET, body, h["x-monitor-signature"]) for h, body in retried)
    assert sorted(e["story"]["url"].rsplit("/", 1)[-1] for e in events) == \
        sorted(slug for slug, _, _ in RELEVANT)
    # The retries carry the ids of the failed tries: receivers can drop repeats.
    assert [json.loads(b)["id"] for _, b in hook_receiver.requests[:down]] != []
    assert {e["id"] for e in events} == {json.loads(b)["id"] for _, b in hook_receiver.requests[:down]}
    joint = next(e for e in events if e["story"]["url"].endswith("joint-lab"))
    assert sorted(joint["story"]["sources"]) == ["Example Daily", "Example Wire"]
    assert joint["story"]["countries"][:2] == ["CN", "KZ"]
    assert "science" in joint["story"]["topics"]
    assert "joint lab" in joint["story"]["why"]

    assert cli(env, "digest", "send", "--now")[0] == 0
    code, out = cli(env, "digest", "send", "--now")
    assert code == 0 and "nothing new" in out, out
    [envelope] = smtp_server.handler.envelopes
    assert envelope.rcpt_tos == ["reader@example.org"]
    message = email.message_from_bytes(envelope.content, policy=email.policy.default)
    assert message["List-Unsubscribe"].startswith("<https://news.example.org/unsubscribe/")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["Subject"].startswith("3 new stories")
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    for slug, _, _ in RELEVANT:
        link = f"{env_feed_base(joint)}/news/{slug}"
        assert link in html and link in text
    assert "football" not in html
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img" not in html and "&lt;img src=x onerror=alert(2)&gt;" in html

    # A restart: new commands on the same database send nothing again.
    assert cli(env, "poll")[0] == 0
    before = len(hook_receiver.requests)
    code, out = cli(env, "deliveries", "run", "--force")
    assert code == 0 and "0 alerts queued; 0 deliveries attempted" in out, out
    assert cli(env, "digest", "send", "--now")[0] == 0
    assert len(hook_receiver.requests) == before
    assert len(smtp_server.handler.envelopes) == 1


def env_feed_base(event: dict[str, Any]) -> str:
    return event["story"]["url"].rsplit("/news/", 1)[0]


def test_a_plain_run_after_the_receiver_recovers_sends_the_retries(
        env: dict[str, str], hook_receiver: Receiver, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --force: the first retries fall due within seconds, and the run waits for them."""
    monkeypatch.setenv("HOOK_SECRET", SECRET)
    assert cli(env, "webhooks", "add", hook_receiver.url, "--format", "json", "--secret-env", "HOOK_SECRET")[0] == 0
    assert cli(env, "poll")[0] == 0
    assert cli(env, "deliveries", "run")[0] == 0
    assert len(hook_receiver.requests) == 3
    hook_receiver.status = 200
    code, out = cli(env, "deliveries", "run")
    assert code == 0 and "3 sent" in out, out
    assert len(hook_receiver.requests) == 6
    assert {json.loads(b)["id"] for _, b in hook_receiver.requests[:3]} == \
        {json.loads(b)["id"] for _, b in hook_receiver.requests[3:]}
