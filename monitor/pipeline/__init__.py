"""One poll cycle: claim, fetch, analyse, store.

- :mod:`monitor.pipeline.poller`: the orchestrator (the only place that does a poll's I/O in order).
- :mod:`monitor.pipeline.analyse`: the pure CPU-bound stage (parse, normalise, classify,
  fingerprint) over a :class:`~monitor.pipeline.analyse.ParseJob`.
- :mod:`monitor.pipeline.workers`: where it runs (a process pool forked from a preloaded
  fork server, :mod:`monitor.pipeline.preload`), and :mod:`monitor.pipeline.memory`.
- :mod:`monitor.pipeline.writer`: the single writer, batching results into transactions.
- :mod:`monitor.pipeline.schedule`: when a source is next due (intervals, back-off).
"""
