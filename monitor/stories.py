"""Which story a new item belongs to: the near-duplicate stage of the pipeline.

``storage.repo.record_polls`` handles the exact keys itself (a key already seen by the source,
a canonical URL already stored) and asks a :class:`StoryMatcher` about the rest, inside the
write transaction. The matcher keeps an in-memory LSH index (band key → story) of the items
of the last ``MONITOR_DEDUP_WINDOW``, filled from the database, so a lookup is a few binary
searches in sorted arrays, never a scan; each candidate story is then verified against its
stored fingerprints with :func:`monitor.dedup.similarity.is_same_story`.

The database stays the truth: the index is only a cache of the fingerprints stored in
``items.signature``. Before each batch it reads the items stored since it last looked (its
own and other instances'), so several instances sharing PostgreSQL see each other's stories.
See ``docs/dedup.md`` for the design and its measurements.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Sequence
from typing import Protocol

import numpy as np

from monitor.dedup.similarity import (
    DEFAULT,
    Signature,
    SimilarityConfig,
    band_hashes,
    numbers_conflict,
    similarity,
)
from storage.records import NewItem

__all__ = ["BandIndex", "StoryMatcher"]

_U64 = np.uint64


class BandIndex:
    """Band keys (uint64) → story ids, for millions of keys in a few tens of MB.

    Two sorted runs, like a tiny LSM tree: a large ``main`` run and a small ``recent`` one that
    takes the additions and is merged into ``main`` when it grows past half of it (so each key
    is re-sorted O(log n) times in all). A Python dict of 1.2 million keys would take ~120 MB;
    these arrays take 16 bytes a key.
    """

    def __init__(self) -> None:
        self._keys = np.empty(0, dtype=_U64)
        self._stories = np.empty(0, dtype=np.int64)
        self._recent_keys: list[np.ndarray] = []
        self._recent_stories: list[np.ndarray] = []
        self._recent_size = 0
        self._recent_sorted: tuple[np.ndarray, np.ndarray] | None = None

    def __len__(self) -> int:
        return len(self._keys) + self._recent_size

    def add(self, keys: Sequence[int], story_id: int) -> None:
        if not keys:
            return
        self._recent_keys.append(np.asarray(keys, dtype=_U64))
        self._recent_stories.append(np.full(len(keys), story_id, dtype=np.int64))
        self._recent_size += len(keys)
        self._recent_sorted = None
        if self._recent_size > max(65_536, len(self._keys) // 2):
            self._merge()

    def candidates(self, keys: Sequence[int]) -> set[int]:
        """Stories holding at least one of ``keys``."""
        return self.candidates_many([keys])[0]

    def candidates_many(self, key_lists: Sequence[Sequence[int]]) -> list[set[int]]:
        """:meth:`candidates` of many items at once: one vectorised search per run for all."""
        found: list[set[int]] = [set() for _ in key_lists]
        sizes = [len(k) for k in key_lists]
        if not any(sizes) or not len(self):
            return found
        query = np.fromiter((k for keys in key_lists for k in keys), dtype=_U64, count=sum(sizes))
        owner = np.repeat(np.arange(len(key_lists)), sizes)
        runs = [(self._keys, self._stories)]
        if self._recent_size:
            runs.append(self._recent())
        for run_keys, run_stories in runs:
            if not len(run_keys):
                continue
            left = np.searchsorted(run_keys, query, side="left")
            right = np.searchsorted(run_keys, query, side="right")
            for hit in np.flatnonzero(right > left).tolist():
                found[owner[hit]].update(run_stories[left[hit]:right[hit]].tolist())
        return found

    def _recent(self) -> tuple[np.ndarray, np.ndarray]:
        if self._recent_sorted is None:
            keys = np.concatenate(self._recent_keys)
            stories = np.concatenate(self._recent_stories)
            order = np.argsort(keys, kind="stable")
            self._recent_keys, self._recent_stories = [keys[order]], [stories[order]]
            self._recent_sorted = (self._recent_keys[0], self._recent_stories[0])
        return self._recent_sorted

    def _merge(self) -> None:
        keys, stories = self._recent()
        all_keys = np.concatenate((self._keys, keys))
        all_stories = np.concatenate((self._stories, stories))
        order = np.argsort(all_keys, kind="stable")
        self._keys, self._stories = all_keys[order], all_stories[order]
        self._recent_keys, self._recent_stories, self._recent_size = [], [], 0
        self._recent_sorted = None


class Lookup(Protocol):
    """What ``storage`` lets the matcher read inside the write transaction."""

    def signatures(self, story_ids: Collection[int]) -> dict[int, list[bytes]]: ...

    def indexable(self, after_item_id: int, limit: int = 5000) -> list[tuple[int, int, bytes]]: ...


class StoryMatcher:
    """The :class:`storage.records.StoryAssigner` of the pipeline (one per poller)."""

    def __init__(self, config: SimilarityConfig = DEFAULT, *, rebuild_every: float = 86400.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.config = config
        self.rebuild_every = rebuild_every
        self.clock = clock
        self.index = BandIndex()
        self._high_water = 0  # the last item id the index has seen
        self._built_at = clock()
        self._computed: dict[bytes, list[int]] = {}  # band keys of assigned items, until indexed

    def refresh(self, lookup: Lookup) -> int:
        """Index the items stored since the last look (by this or another instance).

        Once a day the index starts over from the stories still within the window, so a service
        that runs for months holds only the recent ones (older entries never match anyway: the
        database checks the window when the candidates' fingerprints are read).
        """
        if self.clock() - self._built_at >= self.rebuild_every:
            self.index, self._high_water, self._built_at = BandIndex(), 0, self.clock()
        added = 0
        while True:
            rows = lookup.indexable(self._high_water)
            if not rows:
                self._computed.clear()
                return added
            for item_id, story_id, blob in rows:
                blob = bytes(blob)
                keys = self._computed.pop(blob, None)
                self.index.add(self._band_keys(blob)[1] if keys is None else keys, story_id)
            self._high_water = rows[-1][0]
            added += len(rows)

    def _band_keys(self, blob: bytes | None) -> tuple[Signature | None, list[int]]:
        if not blob:
            return None, []
        try:
            sig = Signature.from_bytes(blob)
            return sig, band_hashes(sig, self.config)
        except ValueError:  # another fingerprint family (the shape settings changed): no keys
            return None, []

    def assign(self, items: Sequence[NewItem], lookup: Lookup) -> list[int]:
        """Per item, the id of the story it joins, or a negative number for a new story (items
        of this batch that match each other share the same negative number)."""
        self.refresh(lookup)
        config = self.config
        prepared = [self._band_keys(item.signature) for item in items]
        stored = self.index.candidates_many([keys for _, keys in prepared])
        out: list[int] = []
        batch: list[tuple[Signature, int]] = []  # this batch's items, by position
        batch_index = BandIndex()  # band keys -> position in ``batch``
        for n, (item, (sig, keys), candidates) in enumerate(zip(items, prepared, stored)):
            new_story = -(n + 1)
            if sig is None or not keys:
                out.append(new_story)
                continue
            self._computed[item.signature] = keys  # type: ignore[index]  # for the next refresh
            best, best_sim = new_story, -1.0
            if candidates:
                for story_id, blobs in lookup.signatures(candidates).items():
                    for blob in blobs:
                        sim = self._verified(sig, blob)
                        if sim > best_sim or (sim == best_sim >= 0 and story_id < best):
                            best, best_sim = story_id, sim  # ties: the older story
            for pos in batch_index.candidates(keys):
                other, story = batch[pos]
                sim = similarity(sig, other)
                if sim >= config.threshold and not numbers_conflict(sig, other, config) and sim > best_sim:
                    best, best_sim = story, sim
            out.append(best)
            batch_index.add(keys, len(batch))
            batch.append((sig, best))
        return out

    def _verified(self, sig: Signature, blob: bytes) -> float:
        """Similarity to a stored fingerprint if it is the same story, else -1."""
        try:
            other = Signature.from_bytes(blob)
            sim = similarity(sig, other)
        except ValueError:  # another family: not comparable
            return -1.0
        if sim < self.config.threshold or numbers_conflict(sig, other, self.config):
            return -1.0
        return sim
