"""Extraction in worker processes with a hard time limit: a page that makes the extractor spin
(or eat memory, or crash) costs its own item only.

Each worker is a process of its own (``spawn``: a fresh interpreter, so neither the event loop's
threads nor the parse workers' fork server are involved), started on first use. It imports
trafilatura and extracts two small pages before it says it is ready, so a job's time limit
never pays for the imports. A job goes over a pipe; the answer is awaited without a thread
(the pipe's end is watched by the event loop) for at most ``time_limit`` seconds. Past that
the worker is killed (SIGKILL: a C extension spinning ignores anything gentler) and replaced,
and the job's answer is :attr:`Outcome.EXTRACTION_TIMEOUT`. A worker that dies on a job
answers :attr:`Outcome.EXTRACTION_FAILED` and is replaced too.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import multiprocessing.connection
from collections.abc import Callable
from typing import Any

from monitor.enrich.extract import ExtractJob, extract_article
from monitor.enrich.records import ExtractedArticle, Outcome

Target = Callable[[ExtractJob], ExtractedArticle]
START_TIMEOUT = 60.0  # a cold interpreter importing lxml and trafilatura on a busy machine
_WARM_UP = ("<html><body><article><p>" + "Warm up the extractor with a paragraph. " * 10
            + "</p><p>" + "中文预热段落。" * 20 + "</p></article></body></html>").encode()


def _serve(conn: multiprocessing.connection.Connection, target: Target) -> None:
    """The worker's loop: answer each job until the pipe closes."""
    with contextlib.suppress(Exception):
        target(ExtractJob(url="https://warm.up/", body=_WARM_UP))
    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer: Any = target(job)
        except Exception as exc:  # the target promises not to raise; keep the worker alive anyway
            answer = ExtractedArticle(url=job.url, outcome=Outcome.EXTRACTION_FAILED,
                                      detail=f"{type(exc).__name__}: {exc}"[:500])
        conn.send(answer)


class _Worker:
    def __init__(self, context: Any, target: Target) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, target), daemon=True,
                                       name="monitor-extract")
        self.process.start()
        child.close()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class ExtractionWorkers:
    """``workers`` processes; :meth:`run` never raises (but lets a cancellation through)."""

    def __init__(self, *, workers: int = 1, time_limit: float = 10.0, target: Target = extract_article,
                 start_method: str = "spawn") -> None:
        self.time_limit = time_limit
        self._target = target
        self._context = multiprocessing.get_context(start_method)
        self._size = max(1, workers)
        self._idle: asyncio.Queue[_Worker | None] | None = None
        self._all: set[_Worker] = set()

    async def run(self, job: ExtractJob) -> ExtractedArticle:
        """Extract one page within the time limit."""
        if self._idle is None:
            self._idle = asyncio.Queue()
            for _ in range(self._size):
                self._idle.put_nowait(None)  # a slot whose worker is started when first needed
        worker = await self._idle.get()
        try:
            if worker is None:
                worker = await self._start()
            answer = await self._ask(worker, job)
        except _Lost as lost:
            self._discard(worker)
            worker = None
            return ExtractedArticle(url=job.url, outcome=lost.outcome, detail=lost.detail,
                                    final_url=job.final_url, http_status=job.http_status, fetch_ms=job.fetch_ms)
        except BaseException:
            self._discard(worker)
            worker = None
            raise
        finally:
            self._idle.put_nowait(worker)
        return answer

    async def _start(self) -> _Worker:
        worker = await asyncio.to_thread(_Worker, self._context, self._target)
        self._all.add(worker)
        try:
            ready = await self._receive(worker, START_TIMEOUT)
        except _Lost:
            self._discard(worker)
            raise _Lost(Outcome.EXTRACTION_FAILED, "the extraction worker did not start") from None
        if ready != "ready":
            self._discard(worker)
            raise _Lost(Outcome.EXTRACTION_FAILED, "the extraction worker did not start")
        return worker

    async def _ask(self, worker: _Worker, job: ExtractJob) -> ExtractedArticle:
        try:
            worker.conn.send(job)
        except (OSError, ValueError):
            raise _Lost(Outcome.EXTRACTION_FAILED, "the extraction worker had stopped") from None
        try:
            answer = await self._receive(worker, self.time_limit)
        except _Lost as lost:
            if lost.outcome is Outcome.EXTRACTION_TIMEOUT:
                raise _Lost(Outcome.EXTRACTION_TIMEOUT,
                            f"extraction passed its {self.time_limit:g} s limit; the worker was "
                            "stopped (MONITOR_FULLTEXT_WORKER_TIME_LIMIT)") from None
            raise
        if not isinstance(answer, ExtractedArticle):
            raise _Lost(Outcome.EXTRACTION_FAILED, "the extraction worker answered nonsense")
        return answer

    async def _receive(self, worker: _Worker, limit: float) -> object:
        loop = asyncio.get_running_loop()
        readable = loop.create_future()
        fd = worker.conn.fileno()
        loop.add_reader(fd, lambda: readable.done() or readable.set_result(None))
        try:
            async with asyncio.timeout(limit):
                await readable
        except TimeoutError:
            raise _Lost(Outcome.EXTRACTION_TIMEOUT, "") from None
        finally:
            loop.remove_reader(fd)
        try:
            return worker.conn.recv()
        except (EOFError, OSError):
            code = worker.process.exitcode
            raise _Lost(Outcome.EXTRACTION_FAILED,
                        f"the extraction worker died on this page (exit code {code})") from None

    def _discard(self, worker: _Worker | None) -> None:
        if worker is not None:
            self._all.discard(worker)
            worker.kill()

    def close(self) -> None:
        """Stop every worker (at shutdown)."""
        for worker in list(self._all):
            self._discard(worker)


class _Lost(Exception):
    def __init__(self, outcome: Outcome, detail: str) -> None:
        super().__init__(detail)
        self.outcome, self.detail = outcome, detail
