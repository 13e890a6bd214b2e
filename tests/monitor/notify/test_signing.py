"""The link-signing key generated once: processes starting together agree on it."""

from __future__ import annotations

import threading
from pathlib import Path

from monitor.notify.signing import SECRET_FILE, token_secret
from tests.conftest import make_settings


def test_instances_generating_the_key_together_agree_on_one(tmp_path: Path) -> None:
    for trial in range(20):
        settings = make_settings(tmp_path, data_dir=str(tmp_path / f"data{trial}"))
        barrier = threading.Barrier(4)
        keys: list[str] = []

        def start() -> None:
            barrier.wait()
            keys.append(token_secret(settings))

        threads = [threading.Thread(target=start) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(10)
        assert len(keys) == 4 and len(set(keys)) == 1 and len(keys[0]) >= 16
        folder = Path(settings.data_dir)
        assert [p.name for p in folder.iterdir()] == [SECRET_FILE]  # no temporary file left
        assert (folder / SECRET_FILE).stat().st_mode & 0o777 == 0o600
