"""Feeds in: the sources file, fetching, parsing and normalising (bytes in, frozen entries out).

- :mod:`monitor.feeds.sources`: ``sources.yaml``, validated (file, line, field and fix).
- :mod:`monitor.feeds.fetch`: the safe, polite conditional GET of one feed.
- :mod:`monitor.feeds.parse`: RSS, Atom, RDF (:mod:`monitor.feeds.feedparsing`) and JSON Feed.
- :mod:`monitor.feeds.normalize`: plain text, absolute links, UTC times, keys.
"""
