#!/usr/bin/env python3
"""Serve the web app on demo stories and screenshot its pages at phone and desktop width.

    .venv/bin/python scripts/screenshot_web.py --out /tmp/web-shots

writes ``index-390.png``, ``index-1200.png``, ``story-390.png``, ``story-1200.png`` (and the
same with ``-dark`` in prefers-color-scheme: dark, plus ``sources-…``, ``subscribe-…`` and
``admin-…``, signed in with a throwaway token) to
``--out``: full-page shots from Debian's Chromium (``/usr/bin/chromium``, or ``--chromium``)
driven by Playwright. Chinese titles need a CJK font (Debian: ``fonts-wqy-zenhei``).
Look at them after any change to the templates or the stylesheet.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from monitor.settings import Settings  # noqa: E402
from monitor.web.app import create_app  # noqa: E402
from storage import db  # noqa: E402
from tests.support.webdata import NOW, add_demo_stories  # noqa: E402
from tests.support.webserver import serve_in_thread  # noqa: E402

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
WIDTHS = (390, 1200)
ADMIN = "screenshot-admin-token-0123456789"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/web-shots"))
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="web-shots-") as tmp:
        settings = Settings.from_env({}, database_url=f"sqlite:///{tmp}/monitor.db", data_dir=tmp,
                                     secret_key="screenshot-secret-not-for-production",
                                     admin_token=ADMIN, public_url="https://news.example.org")
        engine = db.make_engine(settings.database_url)
        db.upgrade(engine)
        ids = add_demo_stories(engine)
        story = ids["China and"]
        app = create_app(settings, engine, clock=lambda: NOW)
        pages = {"index": "/", "story": f"/stories/{story}", "sources": "/sources",
                 "subscribe": "/subscribe"}
        with serve_in_thread(app) as base, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
            for scheme in ("light", "dark"):
                for width in WIDTHS:
                    page = browser.new_page(viewport={"width": width, "height": 900},
                                            color_scheme=scheme)
                    page.goto(base + "/admin/login")
                    page.get_by_label("Admin token").fill(ADMIN)
                    page.get_by_role("button", name="Sign in").click()
                    page.wait_for_load_state()
                    for name, path in {**pages, "admin": "/admin"}.items():
                        page.goto(base + path)
                        suffix = "" if scheme == "light" else "-dark"
                        shot = args.out / f"{name}-{width}{suffix}.png"
                        page.screenshot(path=str(shot), full_page=True)
                        print(shot)
                    page.close()
            browser.close()
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
