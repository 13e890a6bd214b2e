"""Every kind of hostile feed the hostile tests know, all in one `monitor poll`, with private
addresses allowed for loopback only (MONITOR_ALLOW_PRIVATE_HOSTS=127.0.0.1/32).

The feed server listens on 127.0.0.1; a second listener on 127.0.0.2 counts every connection
that reaches it (directly, by redirect, by an external XML entity, by a numeric trick). The
poll must finish, store every readable feed, reach 127.0.0.2 never, and store no local file's
content and no ``javascript:`` link.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from storage import db
from storage.models import Item, Sighting, Source
from tests.faults.fleet import environment
from tests.support.feedserver import FeedServer
from tests.support.forbidden import Forbidden, forbidden_listener

pytestmark = pytest.mark.slow
DATA = Path(__file__).resolve().parents[1] / "monitor" / "data" / "feeds"
SECRET = "TOP-SECRET-0123456789"
# Refused by the address policy, before any connection (localhost is 127.0.0.1 here: allowed).
REFUSED = ["direct-forbidden", "redirect-forbidden", "redirect-integer-ip", "redirect-hex-ip",
           "redirect-ipv6-loopback", "redirect-mapped", "redirect-metadata"]


def rss(base: str, slug: str, title: str = "News from Almaty", link: str | None = None,
        description: str = "A story.") -> bytes:
    link = f"{base}/{slug}/1" if link is None else link
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{slug}</title>'
            f"<item><title>{title}</title><link>{link}</link><guid>{slug}-1</guid>"
            f"<description>{description}</description></item></channel></rss>").encode()


def hostile_sources(server: FeedServer, forbidden: Forbidden, secret: Path) -> dict[str, tuple[str, bool]]:
    """id → (url, readable): what each source serves, and whether its items must be stored."""
    base = server.url("")
    f = forbidden.port
    s: dict[str, tuple[str, bool]] = {}

    def add(sid: str, readable: bool, body: bytes | str = b"", **route: object) -> None:
        s[sid] = (server.add("/" + sid, body, **route), readable)

    def redirect(sid: str, target: str) -> None:
        s[sid] = (server.add("/" + sid, redirect=target, status=302), False)

    add("control", True, rss(base, "control"))
    add("xxe-file", True, f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
        f'<rss version="2.0"><channel><title>x</title><item><title>a &x; b</title>'
        f"<link>{base}/xxe/1</link></item></channel></rss>")
    add("xxe-http", True, f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "{forbidden.url("/xxe")}">]>'
        f'<rss version="2.0"><channel><title>x</title><item><title>a &x; b</title>'
        f"<link>{base}/xxe-http/1</link></item></channel></rss>")
    add("dtd-external", True, f'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "{forbidden.url("/dtd")}">'
        + rss(base, "dtd-external").decode().split("?>", 1)[1])
    lol = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
    add("billion-laughs", True, f'<?xml version="1.0"?><!DOCTYPE rss [{lol}]><rss version="2.0"><channel>'
        "<item><title>&i;</title></item></channel></rss>")
    add("javascript-links", True, f'<?xml version="1.0"?><rss version="2.0"><channel><title>j</title>'
        "<item><title>one</title><link>javascript:alert(1)</link><guid>j1</guid></item>"
        "<item><title>two</title><link> JaVaScRiPt:alert(2)</link><guid>j2</guid></item>"
        "<item><title>three</title><link>java&#x09;script:alert(3)</link><guid>j3</guid></item>"
        f"<item><title>four</title><link>file://{secret}</link><guid>j4</guid></item>"
        "<item><title>five</title><link>data:text/html,&lt;script&gt;alert(5)&lt;/script&gt;</link>"
        "<guid>j5</guid></item></channel></rss>")
    add("json-javascript", True, json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "j",
                                             "items": [{"id": "1", "url": "javascript:alert(1)",
                                                        "title": "json one", "content_text": "x"}]}),
        content_type="application/feed+json")
    add("atom-xml-base", True, '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" '
        'xml:base="javascript:alert(1)//"><title>a</title><entry><title>atom one</title>'
        '<link href="x"/><id>a1</id><updated>2026-11-03T09:00:00Z</updated></entry></feed>')
    add("script-in-title", True, rss(base, "script-in-title",
                                     title="&lt;script&gt;alert(1)&lt;/script&gt;Kazakh news",
                                     description="&lt;img src=x onerror=alert(2)&gt;text"))
    add("illformed", True, (DATA / "illformed.xml").read_bytes())
    add("windows-1251-undeclared", True, (DATA / "windows1251.xml").read_bytes(),
        content_type="application/rss+xml")
    add("koi8r-mislabelled", True, (DATA / "koi8r.xml").read_bytes(), content_type="text/xml; charset=KOI8-R")
    add("gzip", True, rss(base, "gzip"), gzip=True)
    add("huge-entry", True, rss(base, "huge-entry", title="T" * 50_000, description="word " * 200_000))
    add("empty", False, b"")
    add("binary", False, b"\x00\x01\x02 binary junk \xff\xfe" * 100)
    add("text", False, b"just some text", content_type="text/plain")
    add("json-not-feed", False, b'{"not": "a feed"}', content_type="application/json")
    add("broken-json", False, b"{broken json", content_type="application/json")
    add("html-page", False, b'<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" '
        b'href="/rss.xml"></head><body>hi</body></html>', content_type="text/html")
    add("xml-not-feed", False, b"<?xml version='1.0'?><nothing/>", content_type="application/xml")
    add("gzip-bomb", False, gzip.compress(b"<?xml version='1.0'?><rss>" + b" " * 30_000_000, 9),
        headers={"Content-Encoding": "gzip"})
    add("too-large", False, b"<rss>" + b"x" * 3_000_000)
    add("corrupt-gzip", False, b"\x1f\x8b\x08\x00 not really gzip", headers={"Content-Encoding": "gzip"})
    add("not-found", False, b"no", status=404, content_type="text/plain")
    add("server-error", False, b"oops", status=500, content_type="text/plain")
    add("rate-limited", False, b"", status=429, headers={"Retry-After": "120"})
    add("never-answers", False, rss(base, "never-answers"), delay=6)
    server.add("/loop-b", redirect=server.url("/redirect-loop"))
    redirect("redirect-loop", server.url("/loop-b"))
    for i in range(8):
        server.add(f"/chain{i}", redirect=server.url(f"/chain{i + 1}"))
    redirect("redirect-chain", server.url("/chain0"))
    redirect("redirect-forbidden", forbidden.url("/feed"))
    redirect("redirect-integer-ip", f"http://2130706434:{f}/feed")  # 127.0.0.2 written as one number
    redirect("redirect-hex-ip", f"http://0x7f.0.0.2:{f}/feed")
    redirect("redirect-localhost", f"http://localhost:{f}/feed")  # 127.0.0.1 and ::1
    redirect("redirect-ipv6-loopback", f"http://[::1]:{f}/feed")
    redirect("redirect-mapped", f"http://[::ffff:127.0.0.2]:{f}/feed")
    redirect("redirect-metadata", "http://169.254.169.254/latest/meta-data/")
    redirect("redirect-file", f"file://{secret}")
    s["direct-forbidden"] = (forbidden.url("/feed"), False)
    # Readable after a redirect that stays on allowed ground: 127.1 is 127.0.0.1.
    server.add("/short-target", rss(base, "short-form"))
    s["redirect-short-form"] = (server.add("/redirect-short-form", redirect=f"http://127.1:{server.port}/short-target",
                                           status=301), True)
    return s


def test_hostile_feeds_at_once_with_loopback_only(feed_server: FeedServer, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    with forbidden_listener() as forbidden:
        sources = hostile_sources(feed_server, forbidden, secret)
        (tmp_path / "sources.yaml").write_text("sources:\n" + "".join(
            f"  - {{id: {sid}, url: '{url}'}}\n" for sid, (url, _) in sources.items()))
        url = f"sqlite:///{tmp_path / 'monitor.db'}"
        env = environment(tmp_path, url, MONITOR_MAX_BODY_BYTES="2000000", MONITOR_LOG_LEVEL="error",
                          MONITOR_PARSE_WORKERS="2")
        started = time.monotonic()
        proc = subprocess.run([sys.executable, "-m", "monitor", "poll", "--json"], env=env, cwd=tmp_path,
                              capture_output=True, text=True, timeout=120)
        elapsed = time.monotonic() - started
        time.sleep(0.3)  # a connection on its way would be counted by now
    assert proc.returncode == 0, proc.stderr[-3000:]
    reports = {r["source"]: r for r in map(json.loads, proc.stdout.splitlines())}
    assert set(reports) == set(sources)
    assert forbidden.connections == [], forbidden.connections

    engine = db.make_engine(url)
    with engine.connect() as conn:
        items = conn.execute(select(Item.source_id, Item.url, Item.canonical_url, Item.title, Item.summary,
                                    Item.content)).all()
        sighted = conn.execute(select(Sighting.source_id, Sighting.url)).all()
        states = dict(conn.execute(select(Source.id, Source.last_status)).tuples().all())
    engine.dispose()
    carried = {row[0] for row in items} | {row[0] for row in sighted}
    for sid, (_, readable) in sources.items():
        if readable:
            assert reports[sid]["status"] == "ok" and sid in carried, (sid, reports[sid])
        else:
            assert reports[sid]["status"] == "error" and reports[sid]["error"], (sid, reports[sid])
        assert states[sid] == reports[sid]["status"]
    for sid in REFUSED:
        assert "; refused (" in reports[sid]["error"] and "MONITOR_ALLOW_PRIVATE_HOSTS=" in reports[sid]["error"]
    assert reports["redirect-file"]["error"].startswith("redirected to a non-HTTP URL")
    for row in items:
        assert all(SECRET not in (value or "") for value in row[1:]), row
        assert len(row[3]) <= 1_001 and len(row[4]) <= 10_001  # entities unexpanded, huge text capped
    links = [row[1] for row in items] + [row[2] for row in items] + [row[1] for row in sighted]
    assert all(link is None or link.startswith(("http://", "https://")) for link in links), links
    assert not any("javascript" in (link or "").lower() for link in links)
    readable = sum(1 for _, ok in sources.values() if ok)
    print(f"\n{len(sources)} hostile feeds in one poll ({elapsed:.1f} s, MONITOR_ALLOW_PRIVATE_HOSTS=127.0.0.1/32): "
          f"{readable} readable, all stored; {len(sources) - readable} refused or failed with an error; "
          f"connections reaching 127.0.0.2: {len(forbidden.connections)}")
