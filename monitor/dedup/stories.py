"""Which story a new item belongs to: the near-duplicate stage of the pipeline.

``storage.polls.record_polls`` handles the exact keys itself (a key already seen by the source,
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
from collections.abc import Callable, Sequence

import numpy as np

from monitor.dedup.batch import ranges
from monitor.dedup.similarity import (
    DEFAULT,
    Signature,
    SimilarityConfig,
    index_keys,
    index_keys_many,
    numbers_conflict,
    similarity,
)
from storage.item_records import NewItem
from storage.records import StoryLookup

__all__ = ["BandIndex", "StoryMatcher"]

_KEY = np.uint32  # index keys (see BandIndex)
_STORY = np.int32  # story ids in the index: 2**31 stories is far beyond any deployment
_NO_KEYS = np.empty(0, dtype=_KEY)
_NO_ENTRIES = np.empty(0, dtype=np.uint64)
_SHIFT = np.uint64(32)  # an index entry is ``key << 32 | story`` (BandIndex)
_STORY_MASK = np.uint64(0xFFFFFFFF)


class BandIndex:
    """Band keys → story ids, for millions of keys in a few MB.

    Keys are the 64-bit band hashes folded to 32 bits (``monitor.dedup.similarity.index_keys``):
    with a million keys stored, a new item's 48 keys meet an unrelated key by chance about once
    in 90 items, which costs one extra fingerprint comparison (the candidates are always
    verified); it halves the index.

    A small log-structured merge tree of sorted numpy runs (one uint64 an entry, ``key << 32 |
    story``): additions go into the smallest run (a merge with at most 16,384 entries); a run
    that outgrows its size (16× the one before) moves into the next one by one merge, and a run
    that outgrows the last level (262,144 keys, 2 MB) is kept as it is, never merged again. So adding costs a bounded copy
    and never a copy of the whole index (which would need twice its memory for a moment), a
    lookup is one binary search per run (about 20 runs for 5 million keys, 100,000 items), and
    the index takes 8 bytes a key, where a Python dict of the same 1.2 million keys would take
    ~120 MB.

    In front of the runs, a bitmap of about 8 bits per key (a one-hash Bloom filter, doubled as
    the index grows) answers "no such key" for seven in eight absent keys with one memory read.
    Without it a lookup in 5 million keys costs some 20 cache misses per key, and the time per
    new item grew by half between 1,000 and 100,000 items stored (``bench/bench_stories.py``).
    """

    FIRST = 16_384  # keys in the smallest run
    GROWTH = 16  # each level may hold this many times the keys of the one before
    LEVELS = 2  # levels that merge; fuller runs are kept whole

    MIN_FILTER_BITS = 20  # log2 of the smallest filter (128 KB)

    def __init__(self) -> None:
        # Each entry is one uint64, ``key << 32 | story``: a run sorts by key with one plain
        # numpy sort, and two runs merge with one stable sort of their concatenation (a merge
        # of two sorted halves), where ``np.insert`` of the new keys into the keys and stories
        # of a run (two arrays, a boolean mask over both) took six times as long.
        self._runs: list[np.ndarray] = []  # sorted entries per level
        self._full: list[np.ndarray] = []  # runs past the last level
        self._size = 0
        self._filter_bits = self.MIN_FILTER_BITS
        self._filter = np.zeros(1 << (self._filter_bits - 6), dtype=np.uint64)

    def __len__(self) -> int:
        return self._size

    def _filter_slots(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Word and bit of each key in the filter: the key's top bits (keys are uniform)."""
        slot = keys.astype(np.uint64) >> np.uint64(32 - self._filter_bits)
        return slot >> np.uint64(6), np.left_shift(np.uint64(1), slot & np.uint64(63))

    def _mark(self, keys: np.ndarray) -> None:
        needed = min(32, max(self._filter_bits, (self._size * 8 - 1).bit_length()))
        if needed > self._filter_bits:  # grown past 8 bits a key: a larger filter, from the runs
            self._filter_bits = needed
            self._filter = np.zeros(1 << (needed - 6), dtype=np.uint64)
            for run in self._runs + self._full:
                self._mark_only((run >> _SHIFT).astype(_KEY))
        else:
            self._mark_only(keys)

    def _mark_only(self, keys: np.ndarray) -> None:
        if len(keys):
            words, bits = self._filter_slots(keys)
            np.bitwise_or.at(self._filter, words, bits)

    def add(self, keys: Sequence[int], story_id: int) -> None:
        self.add_many([(keys, story_id)])

    def add_many(self, entries: Sequence[tuple[Sequence[int] | np.ndarray, int]]) -> None:
        """Add ``(band keys, story id)`` pairs in one merge (loading thousands at start)."""
        sizes = [len(keys) for keys, _ in entries]
        if not any(sizes):
            return
        keys = _flat([ks for ks, _ in entries], sum(sizes))
        stories = np.repeat(np.fromiter((sid for _, sid in entries), dtype=_STORY, count=len(entries)), sizes)
        # The stories of one key are read into a set, in any order: no stable sort needed.
        run = np.sort((keys.astype(np.uint64) << _SHIFT) | stories.astype(np.uint32).astype(np.uint64))
        self._size += len(keys)
        self._merge_into(0, run)
        self._mark(keys)

    def _merge_into(self, level: int, run: np.ndarray) -> None:
        while True:
            if level == self.LEVELS:
                self._full.append(run)
                return
            if level == len(self._runs):
                self._runs.append(run)
                return
            if len(self._runs[level]):
                # Two sorted halves: the stable sort (a timsort, for 64-bit integers) merges them.
                run = np.sort(np.concatenate((self._runs[level], run)), kind="stable")
            if len(run) <= self.FIRST * self.GROWTH ** level:
                self._runs[level] = run
                return
            self._runs[level] = _NO_ENTRIES  # the run moves up, whole
            level += 1

    def candidates(self, keys: Sequence[int]) -> set[int]:
        """Stories holding at least one of ``keys``."""
        return self.candidates_many([keys])[0]

    def candidates_many(self, key_lists: Sequence[Sequence[int] | np.ndarray]) -> list[set[int]]:
        """:meth:`candidates` of many items at once: one vectorised search per run for all."""
        found: list[set[int]] = [set() for _ in key_lists]
        sizes = [len(k) for k in key_lists]
        if not any(sizes) or not (self._runs or self._full):
            return found
        query = _flat(key_lists, sum(sizes))
        owner = np.repeat(np.arange(len(key_lists)), sizes)
        words, bits = self._filter_slots(query)
        maybe = np.flatnonzero(self._filter[words] & bits)  # the rest are certainly absent
        query, owner = query[maybe], owner[maybe]
        order = np.argsort(query)  # sorted queries: each binary search starts where the last ended
        query, owner = query[order], owner[order]
        low = query.astype(np.uint64) << _SHIFT  # the first entry a key can have
        for run in self._runs + self._full:
            n = len(run)
            if not n:
                continue
            left = np.searchsorted(run, low)
            hits = np.flatnonzero((run[np.minimum(left, n - 1)] >> _SHIFT) == query)
            if not len(hits):
                continue
            # Each found key's entries, all at once: from its first entry to past its last (a
            # key several stories share has several). A reprint of a stored story finds most of
            # its 48 keys; reading them one numpy scalar at a time was a quarter of the lookup.
            first = left[hits]
            count = np.searchsorted(run, low[hits] | _STORY_MASK, side="right") - first
            stories = (run[ranges(first, count)] & _STORY_MASK).tolist()
            for into, story in zip(np.repeat(owner[hits], count).tolist(), stories):
                found[into].add(story)
        return found


def _flat(key_lists: Sequence[Sequence[int] | np.ndarray], size: int) -> np.ndarray:
    """Many key sequences (lists of ints or uint32 arrays) as one array of index keys."""
    if size == 0:
        return np.empty(0, dtype=_KEY)
    return np.concatenate([np.asarray(k, dtype=_KEY) for k in key_lists if len(k)])


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
        self._assigned: list[np.ndarray] = []  # index keys of the last assign()'s items, by position

    def refresh(self, lookup: StoryLookup) -> int:
        """Index the items stored since the last look by other instances (this one's own are
        indexed as they are stored, see :meth:`stored`).

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
                return added
            blobs = lookup.item_signatures([item_id for item_id, *_ in rows])
            self.index.add_many(list(zip(self._keys_of_blobs([blobs.get(item_id) for item_id, *_ in rows]),
                                         (story_id for _, story_id, *_ in rows))))
            self._high_water = rows[-1][0]
            added += len(rows)

    def stored(self, placed: Sequence[tuple[int, int] | None]) -> None:
        """Index the items of the last :meth:`assign` where they were stored."""
        entries = [(keys, where[1]) for keys, where in zip(self._assigned, placed) if where is not None]
        self.index.add_many(entries)
        ids = [where[0] for where in placed if where is not None]
        if ids:
            self._high_water = max(self._high_water, *ids)
        self._assigned = []

    def _keys_of_blobs(self, blobs: Sequence[bytes | None]) -> list[np.ndarray]:
        """``[self._keys_of_blob(blob) for blob in blobs]``, the keys computed for all at once
        (:func:`monitor.dedup.similarity.index_keys_many`): the index's start after a restart
        reads the window's items 5,000 at a time, and one set of numpy calls per item was most
        of its time."""
        sigs = [self._signature(blob) for blob in blobs]
        keys = iter(index_keys_many([sig for sig in sigs if sig is not None], self.config))
        return [np.frombuffer(next(keys), dtype=_KEY) if sig is not None else _NO_KEYS for sig in sigs]

    def _keys_of_blob(self, blob: bytes | None) -> np.ndarray:
        sig = self._signature(blob)
        return index_keys(sig, self.config) if sig is not None else _NO_KEYS

    @staticmethod
    def _signature(blob: bytes | None) -> Signature | None:
        try:
            return Signature.from_bytes(bytes(blob)) if blob else None
        except ValueError:
            return None

    def _keys_of(self, item: NewItem) -> np.ndarray:
        """The item's index keys: as its parse worker computed them, else from its fingerprint."""
        if item.index_keys is not None and self.config.bands == DEFAULT.bands and self.config.rows == DEFAULT.rows:
            return np.frombuffer(item.index_keys, dtype=_KEY)
        try:
            return self._keys_of_blob(item.signature)
        except ValueError:  # another fingerprint family (the shape settings changed): no keys
            return _NO_KEYS

    def assign(self, items: Sequence[tuple[str, NewItem]], lookup: StoryLookup) -> list[int]:
        """Per ``(source id, item)``, the id of the story the item joins, or a negative number
        for a new story (items of this batch that match each other share the same number)."""
        self.refresh(lookup)
        config = self.config
        keys_of = [self._keys_of(item) for _, item in items]
        self._assigned = keys_of
        stored = self.index.candidates_many(keys_of)
        # Items of this batch can only match each other through a key that occurs twice in it.
        every = _flat(keys_of, sum(len(k) for k in keys_of))
        unique, counts = np.unique(every, return_counts=True)
        twice = unique[counts > 1]
        shared = set(twice.tolist())
        # The items holding such a key (few: near-duplicates within the batch, a chance collision);
        # the others skip the look at each of their 48 keys.
        sharing = (set(np.repeat(np.arange(len(keys_of)), [len(k) for k in keys_of])[np.isin(every, twice)].tolist())
                   if shared else set())
        # The stored fingerprints of every candidate story, in one lookup for the whole batch.
        wanted = {story_id for found in stored if found for story_id in found}
        known = lookup.signatures(wanted) if wanted else {}
        out: list[int] = []
        batch: dict[int, tuple[Signature, int]] = {}  # position -> (fingerprint, story)
        batch_keys: dict[int, list[int]] = {}  # shared index key -> positions
        for n, ((_, item), keys, candidates) in enumerate(zip(items, keys_of, stored)):
            new_story = -(n + 1)
            mine = [k for k in keys.tolist() if k in shared] if n in sharing else []
            if not len(keys) or not (candidates or mine):
                out.append(new_story)  # nothing to compare with: no need to read its fingerprint
                continue
            sig = self._signature(item.signature)
            if sig is None:
                out.append(new_story)
                continue
            best, best_sim = new_story, -1.0
            for story_id in sorted(candidates or ()):
                for blob in known.get(story_id, ()):
                    sim = self._verified(sig, blob)
                    if sim > best_sim or (sim == best_sim >= 0 and story_id < best):
                        best, best_sim = story_id, sim  # ties: the older story
            for pos in {p for k in mine for p in batch_keys.get(k, ())}:
                other, story = batch[pos]
                sim = similarity(sig, other)
                if sim >= config.threshold and not numbers_conflict(sig, other, config) and sim > best_sim:
                    best, best_sim = story, sim
            out.append(best)
            for k in mine:
                batch_keys.setdefault(k, []).append(n)
            batch[n] = (sig, best)
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
