"""One item's enrichment from link to text, the building block part B's tick calls.

:meth:`Enricher.enrich` takes an item's link (with its ``<source url>`` and description, for
Google News items) and returns an :class:`Enrichment`: the publisher's URL and its canonical
form (the key under which the outlet's own item and the Google News item meet), and the
:class:`~monitor.enrich.records.ExtractedArticle`. It never raises: a Google link not
resolved yet is an article with :attr:`Outcome.NOT_RESOLVED` and a ``retry_after``; every
fetch or extraction failure is an outcome too.

:func:`wants_article` (the candidate rule) lives in :mod:`monitor.enrich.candidates`, pure,
so the parse workers use it without loading the fetcher.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from monitor.dedup.urls import canonical_url
from monitor.enrich.extract import ExtractJob
from monitor.enrich.fetch import ArticleFetcher
from monitor.enrich.records import MAX_TEXT_CHARS, ExtractedArticle, Outcome
from monitor.enrich.resolver import GoogleNewsResolver, LinkJob, NotResolvedYet, Resolution
from monitor.enrich.workers import ExtractionWorkers

@dataclass(frozen=True)
class Enrichment:
    link: str  # the item's link, as the feed gave it
    resolution: Resolution
    article: ExtractedArticle

    @property
    def publisher_url(self) -> str | None:
        """The outlet's own URL (None while a Google News link is not resolved)."""
        return None if isinstance(self.resolution, NotResolvedYet) else self.resolution.url

    @property
    def canonical_url(self) -> str | None:
        """The item's canonical URL once resolved: the outlet's item and the Google News item
        then share this key (``monitor.dedup.canonical_url`` of the publisher's URL)."""
        url = self.publisher_url
        return canonical_url(url) if url else None


class Enricher:
    """Resolver, fetcher and extraction workers together. ``await aclose()`` at shutdown."""

    def __init__(self, *, resolver: GoogleNewsResolver, fetcher: ArticleFetcher, workers: ExtractionWorkers,
                 max_chars: int = MAX_TEXT_CHARS) -> None:
        self.resolver = resolver
        self.fetcher = fetcher
        self.workers = workers
        self.max_chars = max_chars

    async def aclose(self) -> None:
        await self.fetcher.aclose()
        await self.resolver.aclose()
        self.workers.close()

    async def resolve_links(self, jobs: Sequence[LinkJob]) -> list[Resolution]:
        """Many links at once (one batch request to Google for those that need it)."""
        return await self.resolver.resolve_many(jobs)

    async def enrich(self, job: LinkJob, resolution: Resolution | None = None) -> Enrichment:
        """The article behind one link (``resolution`` when :meth:`resolve_links` gave it)."""
        if resolution is None:
            resolution = await self.resolver.resolve(job.link, source_href=job.source_href,
                                                     summary_html=job.summary_html)
        if isinstance(resolution, NotResolvedYet):
            article = ExtractedArticle(url=job.link, outcome=Outcome.NOT_RESOLVED, detail=resolution.reason,
                                       retry_after=resolution.retry_after)
            return Enrichment(job.link, resolution, article)
        page = await self.fetcher.fetch(resolution.url)
        if page.outcome is not Outcome.OK or page.body is None:
            return Enrichment(job.link, resolution, ExtractedArticle.from_page(page))
        article = await self.workers.run(ExtractJob(
            url=resolution.url, body=page.body, content_type=page.content_type, max_chars=self.max_chars,
            final_url=page.final_url, http_status=page.http_status, fetch_ms=page.elapsed_ms))
        return Enrichment(job.link, resolution, article)
