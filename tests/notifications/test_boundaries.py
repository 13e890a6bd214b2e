"""``notifications`` must not import ``monitor`` (DESIGN: the packages depend one way)."""

from __future__ import annotations

import subprocess
import sys

MODULES = ["digest", "errors", "formats", "mail", "message", "model", "outbox", "samples",
           "schedule", "text", "tokens", "vocab", "webhooks"]


def test_notifications_never_imports_monitor() -> None:
    code = (
        "import sys\n"
        + "".join(f"import notifications.{m}\n" for m in MODULES)
        + "bad = sorted(m for m in sys.modules if m == 'monitor' or m.startswith('monitor.'))\n"
        + "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
