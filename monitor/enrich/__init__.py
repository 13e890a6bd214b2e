"""Enrichment's building blocks: the article behind an item, politely fetched and extracted,
and the publisher's URL behind a Google News link. Part B's queue and tick call these.

- :mod:`monitor.enrich.records`: what comes back (:class:`~monitor.enrich.records.ExtractedArticle`,
  :class:`~monitor.enrich.records.Outcome`): values, never exceptions.
- :mod:`monitor.enrich.google_news` (pure) and :mod:`monitor.enrich.resolver` (I/O): Google
  News links resolved to the publisher's URL, cached and rate-limited.
"""
