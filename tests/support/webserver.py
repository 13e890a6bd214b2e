"""The web app on a real loopback port: uvicorn in a thread with its own event loop, through
the same :func:`monitor.web.serve.serve` as ``monitor run`` (for browser tests and screenshots)."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import FastAPI

from monitor.web.serve import serve


@contextmanager
def serve_in_thread(app: FastAPI) -> Iterator[str]:
    """Yields the base URL (``http://127.0.0.1:PORT``); stops and drains on exit."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    loop = asyncio.new_event_loop()
    stopping = asyncio.Event()
    ready = threading.Event()

    def run() -> None:
        asyncio.set_event_loop(loop)

        async def main() -> None:
            ready.set()
            await serve(app, sock, stopping, grace=5)

        loop.run_until_complete(main())
        loop.close()

    thread = threading.Thread(target=run, name="web-test-server", daemon=True)
    thread.start()
    ready.wait(5)
    base = f"http://127.0.0.1:{port}"
    _wait_until_listening(port)
    try:
        yield base
    finally:
        loop.call_soon_threadsafe(stopping.set)
        thread.join(15)


def _wait_until_listening(port: int, attempts: int = 100) -> None:
    import time

    for _ in range(attempts):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"the test web server did not start on port {port}")
