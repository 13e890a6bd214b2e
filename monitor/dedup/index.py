"""The reference story index: band keys to stories, in memory, as the database table will be.

Used by the tests and the benchmark, and as the specification of the lookup the pipeline does
with SQL: candidates are the entries sharing a band key with the new item (an index hit per
key, never a scan), and a candidate counts only if :func:`is_same_story` holds.
"""

from __future__ import annotations

from monitor.dedup.similarity import (
    DEFAULT,
    Signature,
    SimilarityConfig,
    band_hashes,
    numbers_conflict,
    similarity,
)

__all__ = ["StoryIndex"]


class StoryIndex:
    """In-memory reference of the band-key table (``band key -> entries``), for tests and bench.

    :meth:`find` looks only at entries sharing a band key with the query (never a scan), then
    verifies each candidate with :func:`is_same_story`. A story may hold several signatures
    (one per sighting); a new item joins the story of its most similar verified candidate.
    """

    def __init__(self, config: SimilarityConfig = DEFAULT) -> None:
        self.config = config
        self._buckets: dict[int, int | list[int]] = {}  # band hash -> entry or entries
        self._stories: list[int] = []  # entry -> story id
        self._signatures: list[Signature] = []  # entry -> signature
        self._last: tuple[Signature, list[int]] | None = None  # find() then add(): hash once

    def __len__(self) -> int:
        return len(self._signatures)

    def _band_hashes(self, sig: Signature) -> list[int]:
        if self._last is None or self._last[0] is not sig:
            self._last = (sig, band_hashes(sig, self.config))
        return self._last[1]

    def add(self, story_id: int, sig: Signature) -> None:
        entry = len(self._signatures)
        self._stories.append(story_id)
        self._signatures.append(sig)
        buckets = self._buckets
        for key in self._band_hashes(sig):
            held = buckets.setdefault(key, entry)  # one dict access for a new key, the usual case
            if held is entry:
                continue
            if isinstance(held, list):
                held.append(entry)
            else:
                buckets[key] = [held, entry]

    def candidates(self, sig: Signature) -> set[int]:
        """Entries sharing at least one band key with ``sig``."""
        found: set[int] = set()
        buckets = self._buckets
        for key in self._band_hashes(sig):
            held = buckets.get(key)
            if held is None:
                continue
            if isinstance(held, list):
                found.update(held)
            else:
                found.add(held)
        return found

    def find(self, sig: Signature) -> int | None:
        """The story of the most similar verified candidate (ties: lowest story id), or None."""
        best: int | None = None
        best_sim = -1.0
        for entry in self.candidates(sig):
            other = self._signatures[entry]
            sim = similarity(sig, other)
            if sim < self.config.threshold or numbers_conflict(sig, other, self.config):
                continue
            story = self._stories[entry]
            if sim > best_sim or (sim == best_sim and best is not None and story < best):
                best, best_sim = story, sim
        return best
