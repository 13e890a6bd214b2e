"""What is kept, and for how long."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Engine,
    delete,
)

from storage.models import FetchLog


def prune_fetch_log(engine: Engine, older_than: datetime) -> int:
    with engine.begin() as conn:
        return conn.execute(delete(FetchLog).where(FetchLog.started_at < older_than)).rowcount or 0
