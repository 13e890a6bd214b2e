"""The enrichment tick: candidates claimed from the queue, their articles read, decided again.

The only place that does enrichment's I/O in order (docs/enrich.md, "Part B"):

1. claim due candidates with a lease (:func:`storage.enrichment.claim_enrichments`: a fleet
   shares the queue, a dead instance's claims run out, a restart loses nothing);
2. resolve their Google News links together (one batch request to Google), through the
   database's link cache shared by every instance;
3. fetch and extract each article (:meth:`monitor.enrich.enricher.Enricher.enrich`: polite
   per host, in time-limited workers), concurrently, each failure its own item's;
4. classify the item again with the article as its fourth field, and store the decision, the
   text and the outcome with the story's new state in one transaction
   (:func:`storage.enrichment.finish_enrichment`).

What an outcome means for the queue is pure (:func:`monitor.enrich.candidates.after_attempt`),
and so is the new decision (:func:`decide_with_article`). The enricher, its HTTP clients and
its extraction worker are made on the first tick that claims something: a service or a
``monitor poll`` with no candidates never imports trafilatura or starts a worker.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from contextlib import AbstractAsyncContextManager, AsyncExitStack
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Engine

from monitor.enrich.candidates import after_attempt
from monitor.settings import Settings
from storage.enrichment import (
    claim_enrichments,
    finish_enrichment,
    get_google_link,
    next_due,
    pending_count,
    put_google_link,
    release_enrichments,
)
from storage.leases import instance_id
from storage.item_records import EnrichmentJob, EnrichmentResult

log = logging.getLogger("monitor.enrich")

Clock = Callable[[], datetime]
EnricherFactory = Callable[..., AbstractAsyncContextManager[Any]]


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class TickReport:
    claimed: int = 0
    read: int = 0  # the article's text was read and the item decided again
    failed: int = 0  # a final outcome without text: the item keeps its feed's decision
    later: int = 0  # retryable: tried again after the host's (or Google's) wait
    lost: int = 0  # another instance took the row over (our lease ran out)
    became_relevant: int = 0
    became_irrelevant: int = 0


class DatabaseLinkCache:
    """:class:`monitor.enrich.resolver.LinkCache` over the ``google_links`` table: every
    instance shares what any of them resolved."""

    def __init__(self, engine: Engine, clock: Clock = utcnow) -> None:
        self.engine = engine
        self.clock = clock

    async def get(self, art_id: str) -> str | None:
        return await asyncio.to_thread(get_google_link, self.engine, art_id)

    async def put(self, art_id: str, url: str) -> None:
        await asyncio.to_thread(put_google_link, self.engine, art_id, url, self.clock())


def decide_with_article(clf: Any, job: EnrichmentJob, article: str, outlet_url: str | None = None) -> dict[str, Any]:
    """The item's decision with the article as its fourth field (pure). The article stands in
    for the feed's content: a feed's content is the article's beginning (or all of it), and
    reading both would count the same words twice. The classifier is given the address that
    names the outlet: ``outlet_url`` (the publisher just resolved), else the item's own."""
    from monitor.pipeline.analyse import classifier_url

    return clf.classify_to_dict(title=job.title, summary=job.summary, content=None, article=article,
                                lang=job.language, url=classifier_url(job.link, outlet_url or job.outlet_url))


class EnrichmentRunner:
    """Works the enrichment queue for one process. ``await aclose()`` at the end."""

    def __init__(self, settings: Settings, engine: Engine, make_enricher: EnricherFactory, *,
                 owner: str | None = None, clock: Clock = utcnow) -> None:
        self.settings = settings
        self.engine = engine
        self.make_enricher = make_enricher
        self.owner = owner or instance_id()
        self.clock = clock
        self._stack = AsyncExitStack()
        self._enricher: Any = None
        self._busy = asyncio.Lock()
        self._claimed: set[int] = set()

    @property
    def started(self) -> bool:
        """Whether the enricher (and with it trafilatura's worker) was ever needed."""
        return self._enricher is not None

    async def aclose(self) -> None:
        if self._claimed:
            await asyncio.to_thread(release_enrichments, self.engine, self.owner, list(self._claimed))
        await self._stack.aclose()
        self._enricher = None

    async def _get_enricher(self) -> Any:
        if self._enricher is None:
            self._enricher = await self._stack.enter_async_context(
                self.make_enricher(link_cache=DatabaseLinkCache(self.engine, self.clock)))
        return self._enricher

    async def tick(self, item_ids: Sequence[int] | None = None) -> TickReport:
        """Claim what is due (of ``item_ids``, when given) and work it; one tick at a time."""
        async with self._busy:
            s = self.settings
            jobs = await asyncio.to_thread(
                claim_enrichments, self.engine, self.owner, self.clock(), s.fulltext_lease,
                limit=s.fulltext_batch, per_host=s.fulltext_per_host, item_ids=item_ids)
            if not jobs:
                return TickReport()
            self._claimed.update(j.item_id for j in jobs)
            report = await self._work(jobs)  # cancelled: aclose() gives back what was not finished
            self._claimed.difference_update(j.item_id for j in jobs)
            return report

    async def _work(self, jobs: list[EnrichmentJob]) -> TickReport:
        from monitor.enrich.resolver import LinkJob

        enricher = await self._get_enricher()
        links = [LinkJob(j.link, source_href=j.source_href, summary_html=j.hint_html) for j in jobs]
        try:
            resolutions: list[Any] = await enricher.resolve_links(links)
        except Exception:  # the resolver never should; then each item resolves on its own
            log.exception("resolving links failed")
            resolutions = [None] * len(jobs)
        results = await asyncio.gather(*(self._one(enricher, j, lj, r)
                                         for j, lj, r in zip(jobs, links, resolutions)),
                                       return_exceptions=True)
        counts = dict(claimed=len(jobs), read=0, failed=0, later=0, lost=0, became_relevant=0,
                      became_irrelevant=0)
        for job, res in zip(jobs, results):
            if isinstance(res, BaseException):
                log.error("enrichment failed", exc_info=res, extra={"fields": {"item": job.item_id}})
                continue
            for key in res:
                counts[key] += 1
        report = TickReport(**counts)
        log.info("enrichment tick", extra={"fields": {k: v for k, v in counts.items() if v}})
        return report

    async def _one(self, enricher: Any, job: EnrichmentJob, link: Any, resolution: Any) -> list[str]:
        """One candidate from link to stored decision; the report keys it counts for."""
        s = self.settings
        enrichment = await enricher.enrich(link, resolution)
        article = enrichment.article
        now = self.clock()
        attempts = job.attempts + 1
        step = after_attempt(article.outcome.value, ok=article.ok, retryable=article.retryable,
                             retry_after=article.retry_after, attempts=attempts,
                             max_attempts=s.fulltext_max_attempts, now=now)
        decision = signature = None
        publisher = enrichment.publisher_url
        google = publisher is not None and publisher != job.link and "news.google.com" in job.link
        if article.ok:  # a Google News item's publisher names its outlet (stored as its outlet_url)
            decision, signature = await asyncio.to_thread(self._decide, job, article.text,
                                                          publisher if google else None)
        result = EnrichmentResult(
            state=step.state, attempts=attempts, outcome=article.outcome.value,
            next_attempt_at=step.next_attempt_at, detail=article.detail, http_status=article.http_status,
            publisher_url=publisher, canonical_url=enrichment.canonical_url if google else None,
            final_url=article.final_url, text=article.text or None, title=article.title,
            language=article.language, charset=article.charset, fetch_ms=article.fetch_ms,
            extract_ms=article.extract_ms, decision=decision, signature=signature)
        stored = await asyncio.to_thread(finish_enrichment, self.engine, job.item_id, self.owner, result, now)
        fields = {"item": job.item_id, "url": publisher or job.link, "outcome": article.outcome.value,
                  "state": step.state, "fetch_ms": article.fetch_ms, "extract_ms": article.extract_ms}
        if decision is not None:
            fields["relevant"] = decision.get("relevant")
        log.info("article", extra={"fields": fields})
        if not stored:
            return ["lost"]
        keys = ["read" if article.ok else ("later" if step.state == "pending" else "failed")]
        if decision is not None and bool(decision.get("relevant")) != bool(job.relevant):
            keys.append("became_relevant" if decision.get("relevant") else "became_irrelevant")
        return keys

    def _decide(self, job: EnrichmentJob, text: str, outlet_url: str | None = None) -> tuple[dict[str, Any], bytes | None]:
        """The new decision, and for a headline-only item a fingerprint from its article (the
        story matcher then compares later items with the article, not with a headline)."""
        from monitor.pipeline.analyse import get_classifier

        decision = decide_with_article(get_classifier(self.settings.rules), job, text, outlet_url)
        signature = None
        if job.headline_only:
            from monitor.dedup import fingerprint_many

            signature = fingerprint_many([(job.title, text)])[0].to_bytes()
        return decision, signature

    async def drain(self, item_ids: Sequence[int], wait: float) -> int:
        """Work these items' candidates until none is pending, ``wait`` seconds have passed, or
        those left are not due again before then (a host asked us to come back in 10 minutes);
        how many are still pending (``monitor poll``)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + wait
        ids = list(item_ids)
        while True:
            left = await asyncio.to_thread(pending_count, self.engine, ids)
            if not left or loop.time() >= deadline:
                return left
            try:
                report = await asyncio.wait_for(self.tick(ids), timeout=max(deadline - loop.time(), 0.01))
            except TimeoutError:
                return await asyncio.to_thread(pending_count, self.engine, ids)
            if report.claimed:
                continue
            due = await asyncio.to_thread(next_due, self.engine, ids)
            pause = 1.0 if due is None else (due - self.clock()).total_seconds()
            if pause > deadline - loop.time():  # what is left waits longer than we may: the service's
                return left
            await asyncio.sleep(max(pause, 0.2))
