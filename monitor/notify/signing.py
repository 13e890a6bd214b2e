"""The key that signs confirmation and unsubscribe links, and the mail domain."""

from __future__ import annotations

import logging
import os
import secrets
from email.utils import parseaddr
from pathlib import Path

from monitor.settings import Settings

log = logging.getLogger("monitor.notify")

SECRET_FILE = "secret_key"


# --- secrets, addresses -------------------------------------------------------------------------


def token_secret(settings: Settings) -> str:
    """``MONITOR_SECRET_KEY``, else a key generated once and kept in ``<data_dir>/secret_key``.

    Generated with ``O_EXCL`` and mode 0600, so two processes starting together agree on one
    key and other users cannot read it. Losing the file invalidates every unsubscribe link
    already sent: back it up with the database, or set ``MONITOR_SECRET_KEY``.
    """
    if settings.secret_key:
        return settings.secret_key
    path = Path(settings.data_dir) / SECRET_FILE
    try:
        return _read_secret(path)
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read_secret(path)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(secrets.token_urlsafe(32) + "\n")
    log.info("generated the link-signing key", extra={"fields": {"path": str(path)}})
    return _read_secret(path)


def _read_secret(path: Path) -> str:
    value = path.read_text(encoding="ascii").strip()
    if len(value) < 16:
        raise ValueError(f"{path} holds a key shorter than 16 characters; delete it to have a "
                         "new one generated, or set MONITOR_SECRET_KEY")
    return value


def mail_domain(settings: Settings) -> str:
    return parseaddr(settings.mail_from)[1].rsplit("@", 1)[-1]
