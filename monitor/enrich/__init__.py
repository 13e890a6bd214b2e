"""Enrichment's building blocks: the article behind an item, politely fetched and extracted,
and the publisher's URL behind a Google News link. Part B's queue and tick call these; see
``docs/enrich.md`` for the calls, the outcomes and the measurements.

- :mod:`monitor.enrich.records`: what comes back (``ExtractedArticle``, ``FetchedPage``,
  ``Outcome``): values, never exceptions.
- :mod:`monitor.enrich.google_news` (pure) and :mod:`monitor.enrich.resolver` (I/O): Google
  News links resolved to the publisher's URL, cached and rate-limited.
- :mod:`monitor.enrich.fetch` and :mod:`monitor.enrich.robots`: the polite article fetch (HTML
  only, one request per host at a time, a delay between them, robots.txt, 429).
- :mod:`monitor.enrich.extract` (pure) and :mod:`monitor.enrich.workers`: decoding and
  main-text extraction (trafilatura), in worker processes with a hard time limit.
- :mod:`monitor.enrich.enricher`: one item from link to text (``Enricher.enrich``), and the
  candidate rule (``wants_article``).

Nothing here imports trafilatura or lxml at module level: they load in the extraction worker.
"""
