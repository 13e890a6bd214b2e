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

    Written whole to a private temporary file (mode 0600) and then linked into place, which
    fails if the file exists: two processes starting together agree on one key, neither ever
    reads a half-written one, and other users cannot read it. Losing the file invalidates every
    unsubscribe link already sent: back it up with the database, or set ``MONITOR_SECRET_KEY``.
    """
    if settings.secret_key:
        return settings.secret_key
    path = Path(settings.data_dir) / SECRET_FILE
    try:
        return _read_secret(path)
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{SECRET_FILE}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(secrets.token_urlsafe(32) + "\n")
        os.link(temporary, path)
        log.info("generated the link-signing key", extra={"fields": {"path": str(path)}})
    except FileExistsError:
        pass  # another process was first: its key is the key
    finally:
        temporary.unlink(missing_ok=True)
    return _read_secret(path)


def _read_secret(path: Path) -> str:
    value = path.read_text(encoding="ascii").strip()
    if len(value) < 16:
        raise ValueError(f"{path} holds a key shorter than 16 characters; delete it to have a "
                         "new one generated, or set MONITOR_SECRET_KEY")
    return value


def mail_domain(settings: Settings) -> str:
    return parseaddr(settings.mail_from)[1].rsplit("@", 1)[-1]
