#!/usr/bin/env python3
"""Render the sample digest and screenshot it at phone and desktop width in headless Chromium.

    .venv/bin/python scripts/screenshot_digest.py --out /tmp/digest-shots

writes ``digest.html``, ``digest.txt``, ``digest-390.png`` and ``digest-1200.png``
to ``--out``. Needs Chromium (Debian: ``apt-get install chromium``); pass
``--chromium PATH`` if it is not on PATH as ``chromium``/``chromium-browser``/``google-chrome``.
The sample has a Chinese story: without a CJK font (Debian: ``fonts-wqy-zenhei`` or
``fonts-noto-cjk``) Chromium draws its title as empty boxes, which is the machine, not the
template (mail clients on phones and desktops have such fonts).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from notifications.digest import render_digest, select_stories
from notifications.samples import sample_recipient, sample_stories
from notifications.tokens import make_token, unsubscribe_url

PUBLIC_URL = "https://news.example.org"
WIDTHS = (390, 1200)
CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def render_sample(out: Path) -> Path:
    recipient = sample_recipient()
    stories = select_stories(sample_stories(), recipient.filters)
    token = make_token("screenshot-secret-not-for-production", "unsubscribe",
                       recipient.subscriber_id)
    rendered = render_digest(
        recipient, stories,
        datetime(2026, 11, 3, 3, tzinfo=UTC), datetime(2026, 11, 4, 3, tzinfo=UTC),
        public_url=PUBLIC_URL, unsubscribe_url=unsubscribe_url(PUBLIC_URL, token),
        generated_at=datetime(2026, 11, 4, 3, tzinfo=UTC),
    )
    html_path = out / "digest.html"
    html_path.write_text(rendered.html, encoding="utf-8")
    (out / "digest.txt").write_text(f"Subject: {rendered.subject}\n\n{rendered.text}",
                                    encoding="utf-8")
    return html_path


def screenshot(chromium: str, html_path: Path, png: Path, width: int, height: int) -> None:
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        command = [
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--hide-scrollbars", f"--user-data-dir={profile}",
            f"--window-size={width},{height}", f"--screenshot={png}",
            html_path.resolve().as_uri(),
        ]
        completed = subprocess.run(command, check=False, capture_output=True, text=True,
                                   timeout=120)
    if completed.returncode != 0 or not png.exists():
        sys.stderr.write(completed.stderr[-2000:])
        raise SystemExit(f"chromium failed to write {png} (exit {completed.returncode})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the HTML and PNGs")
    parser.add_argument("--chromium", help="path to the Chromium binary")
    parser.add_argument("--height", type=int, default=2600,
                        help="viewport height in px (the screenshot is this tall)")
    args = parser.parse_args(argv)

    chromium = args.chromium or next((p for p in map(shutil.which, CANDIDATES) if p), None)
    if not chromium:
        parser.error("Chromium not found: apt-get install chromium, or pass --chromium PATH")
    args.out.mkdir(parents=True, exist_ok=True)
    html_path = render_sample(args.out)
    for width in WIDTHS:
        png = args.out / f"digest-{width}.png"
        screenshot(chromium, html_path, png, width, args.height)
        print(png)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
