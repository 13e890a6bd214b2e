"""De-duplication building blocks: exact URL keys and near-duplicate story fingerprints.

Pure functions over plain values (no database, no network); the pipeline persists what they
return. See ``docs/dedup.md`` for the rules, the design and the measured thresholds.

- :func:`canonical_url`, :func:`resolve_google_news` (:mod:`monitor.dedup.urls`): exact keys;
  :func:`outlet_address`, the address that names a Google News item's outlet.
- :func:`fingerprint`, :func:`band_keys`, :func:`similarity`, :func:`is_same_story`,
  :class:`SimilarityConfig`, :class:`Signature` (:mod:`monitor.dedup.similarity`): one story
  however many outlets carry it; :func:`fingerprint_many` (:mod:`monitor.dedup.batch`), the
  same for a whole poll at once; :class:`StoryIndex` (:mod:`monitor.dedup.index`), the
  in-memory reference of the band-key lookup.
"""

from monitor.dedup.batch import fingerprint_many
from monitor.dedup.index import StoryIndex
from monitor.dedup.similarity import (
    DEFAULT,
    Signature,
    SimilarityConfig,
    band_keys,
    fingerprint,
    is_same_story,
    numbers_conflict,
)
from monitor.dedup.urls import canonical_url, outlet_address, resolve_google_news

__all__ = [
    "DEFAULT",
    "Signature",
    "SimilarityConfig",
    "StoryIndex",
    "band_keys",
    "canonical_url",
    "fingerprint",
    "fingerprint_many",
    "is_same_story",
    "numbers_conflict",
    "outlet_address",
    "resolve_google_news",
]
