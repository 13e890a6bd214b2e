"""fingerprint_many(): the signatures fingerprint() gives, for many items at a time.

A fingerprint costs about 45 numpy calls, and for a 2 KB text their fixed overhead costs more
than their arithmetic. Here the items of a poll share those calls: their texts are joined into
one string (items split by a newline, so no token or shingle crosses two items), classified,
tokenised, hashed and shingled in one pass each; only the MinHash minima and the numbers are
taken item by item. Items that need the rare paths (NFKC of the whole text, fewer tokens than
a shingle) are handed to :func:`fingerprint` itself. ``tests/monitor/dedup/test_batch.py`` holds the
two to byte-identical results.

:func:`signature_rows` gives what a parse worker stores of each item instead: the signature's
bytes and its band-index keys, written straight from the batch's arrays.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np

import monitor.dedup.text as _text
from monitor.dedup.similarity import (
    _FINAL,
    _HEADER,
    _MAGIC,
    _U64,
    _VERSION,
    DEFAULT,
    Signature,
    SimilarityConfig,
    _multipliers,
    _shingles,
    fingerprint,
    index_key_rows,
    index_keys_many,
)

__all__ = ["fingerprint_many", "signature_rows"]

_CHUNK_CHARS = 400_000  # characters per pass: bounds the temporary arrays (~30 MB)


def fingerprint_many(items: Iterable[tuple[str, str]], *,
                     config: SimilarityConfig = DEFAULT) -> list[Signature]:
    """``[fingerprint(title, text, config=config) for title, text in items]``, faster."""
    return _chunks(items, config, False)


def signature_rows(items: Iterable[tuple[str, str]], *,
                   config: SimilarityConfig = DEFAULT) -> list[tuple[bytes, bytes]]:
    """Per item, ``(sig.to_bytes(), keys)`` of ``sig = fingerprint(title, text, config=config)``,
    where ``keys`` is ``index_keys(sig, config).tobytes()`` (``b""`` for too little text): what
    a parse worker stores, without a :class:`Signature` object per item in between."""
    return _chunks(items, config, True)


def _chunks(items: Iterable[tuple[str, str]], config: SimilarityConfig, rows: bool) -> list[Any]:
    out: list[Any] = []
    chunk: list[tuple[str, str]] = []
    size = 0
    for title, text in items:
        chunk.append((title, text))
        size += min(len(title), config.max_chars) + min(len(text), config.max_chars)
        if size >= _CHUNK_CHARS:
            out.extend(_chunk(chunk, config, rows))
            chunk, size = [], 0
    if chunk:
        out.extend(_chunk(chunk, config, rows))
    return out


def _chunk(items: list[tuple[str, str]], config: SimilarityConfig, rows: bool = False) -> list[Any]:
    prepared = [
        (_text.drop_ignored(_text.prepare_title(t)[: config.max_chars]),
         _text.drop_ignored(_text.prepare_body(x)[: config.max_chars]))
        for t, x in items
    ]
    texts = [f"{t}\n{b}" for t, b in prepared]
    item_start = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum([len(x) + 1 for x in texts], out=item_start[1:])  # + 1: the "\n" between items
    cps, cls, top, codes = _text.classify("\n".join(texts))
    if top >= _text._IGNORE:  # some items need NFKC first: fingerprint() does them one by one
        marked = np.flatnonzero(cls >= _text._IGNORE)
        single = set((np.searchsorted(item_start, marked, side="right") - 1).tolist())
        return _merge(items, single, config, rows)

    runs = _text.scan(cps, cls, top, codes)
    n_items = len(items)
    item_end = item_start[1:] - 1  # exclusive: the separator after each item
    seam = item_start[:-1] + np.array([len(t) for t, _ in prepared])  # the title/body "\n"
    first = np.searchsorted(runs.starts, item_start[:-1])
    last = np.searchsorted(runs.starts, item_end)  # exclusive
    n_title = np.searchsorted(runs.starts, seam) - first
    n_tokens = last - first
    cjk = _mostly_cjk(runs, item_start[:-1], seam, item_end)
    k = np.where(cjk, config.cjk_shingle, config.word_shingle)
    single = set(np.flatnonzero((n_tokens > 0) & (n_tokens < k)).tolist())
    if single:
        return _merge(items, single, config, rows)

    words = runs.hashes
    numbers = _numbers(words, runs.numeric, first, last, config)
    lead_tokens = n_title + config.lead_words * np.where(cjk, 3, 1)
    count = np.maximum(n_tokens - k + 1, 0)  # shingles per item
    n_lead = np.minimum(count, np.maximum(lead_tokens - k + 1, 1))
    sizes = np.unique(k[count > 0]).tolist()
    if len(sizes) == 1 and not (config.cjk_sample > 1 and cjk.any()):
        # One shingle size, nothing sampled away (nearly every feed): each item's shingles are
        # a run of the whole text's, in place; _minhash leaves out the k - 1 between two items.
        feats = _features(_shingles(words, sizes[0]))
        starts, gap = first, sizes[0] - 1
    else:
        feats = np.empty(int(count.sum()), dtype=np.uint32)
        offset = np.zeros(n_items + 1, dtype=np.int64)
        np.cumsum(count, out=offset[1:])
        for kk in sizes:  # one pass per shingle size in use
            group = (k == kk) & (count > 0)
            shingles = _shingles(words, kk)
            index = ranges(first[group], count[group])
            where = ranges(offset[:-1][group], count[group])
            picked = shingles[index]
            picked *= _FINAL
            feats[where] = (picked >> _U64(32)).astype(np.uint32)
        if config.cjk_sample > 1 and cjk.any():
            feats, count, offset = _sample_cjk(feats, count, offset, n_lead, cjk, config)
        starts, gap = offset[:-1], 0

    leads, fulls = _minhash(feats, count, starts, gap, n_lead, config)
    if rows:
        return _rows(leads, fulls, numbers, count, config)
    empty = np.full(config.num_perm, 0xFFFFFFFF, dtype="<u4").tobytes()
    return [
        Signature(lead=leads[i].tobytes(), full=fulls[i].tobytes(), numbers=numbers[i],
                  size=int(count[i]), family=config.family)
        if count[i] else
        Signature(lead=empty, full=empty, numbers=numbers[i], size=0, family=config.family)
        for i in range(n_items)
    ]


# Items per MinHash matrix: (num_perm, ~16 * 330) uint32, about 2 MB. A parse worker's peak
# memory follows the largest matrix: 64 items (a whole feed) made each worker 4 MB larger, for
# 0.4 ms less CPU per 50-item feed (about a tenth of identify(); measured with both workers
# busy). The memory margin of a cold poll is worth more.
_GROUP = 16


def _minhash(feats: np.ndarray, count: np.ndarray, starts: np.ndarray, gap: int, n_lead: np.ndarray,
             config: SimilarityConfig) -> tuple[np.ndarray, np.ndarray]:
    """Per item, the lead and full MinHash minima (rows of uint32), as fingerprint() has them:
    one product matrix per group of items, one minimum per segment (lead, rest) of each item.

    Item ``i``'s shingle features are ``feats[starts[i]: starts[i] + count[i]]``, in item order;
    the ``gap`` values after each item (the shingles across two items, when ``feats`` holds the
    whole text's) are no item's: their products are set to the largest value, which no
    minimum takes."""
    multipliers = _multipliers(config.seed, config.num_perm)
    leads = np.zeros((len(count), config.num_perm), dtype="<u4")
    fulls = np.zeros((len(count), config.num_perm), dtype="<u4")
    for g in range(0, len(count), _GROUP):
        items = np.arange(g, min(g + _GROUP, len(count)))
        items = items[count[items] > 0]
        if len(items) == 0:
            continue
        base = starts[items[0]]
        lead_at = starts[items] - base
        end_at = lead_at + count[items]
        products = multipliers * feats[base: base + end_at[-1]]
        if gap and len(items) > 1:
            products[:, (end_at[:-1, None] + np.arange(gap)).ravel()] = 0xFFFFFFFF
        has_rest = n_lead[items] < count[items]
        rest_at = lead_at + n_lead[items]
        # segment starts in order: each item's lead, then its rest when it has one
        segments = np.stack((lead_at, np.where(has_rest, rest_at, -1)), axis=1).ravel()
        segments = segments[segments >= 0]
        minima = np.minimum.reduceat(products, segments, axis=1)
        column = np.cumsum(np.where(has_rest, 2, 1)) - np.where(has_rest, 2, 1)
        lead = minima[:, column]
        full = lead.copy()
        rest_items = np.flatnonzero(has_rest)
        full[:, rest_items] = np.minimum(full[:, rest_items], minima[:, column[rest_items] + 1])
        leads[items] = lead.T
        fulls[items] = full.T
    return leads, fulls


def _features(shingles: np.ndarray) -> np.ndarray:
    """The 32-bit features of shingle hashes, as ``fingerprint`` has them."""
    shingles *= _FINAL  # the high half of the product depends on every bit of the shingle hash
    shingles >>= _U64(32)
    return shingles.astype(np.uint32)


def _rows(leads: np.ndarray, fulls: np.ndarray, numbers: list[bytes], count: np.ndarray,
          config: SimilarityConfig) -> list[tuple[bytes, bytes]]:
    """What :func:`signature_rows` returns, from :func:`_minhash`'s rows: ``Signature.to_bytes()``
    (header, lead, full, numbers) and the index keys of the items with enough shingles."""
    empty = count == 0
    leads[empty] = 0xFFFFFFFF  # fingerprint()'s signature of an item without text
    fulls[empty] = 0xFFFFFFFF
    width = 8 * config.num_perm
    views = np.concatenate((leads, fulls), axis=1).tobytes()  # each item's lead, then its full
    keyed = np.flatnonzero(count >= config.min_features)
    keys = [b""] * len(count)
    if len(keyed):
        for i, row in zip(keyed.tolist(), index_key_rows(leads[keyed], fulls[keyed], config)):
            keys[i] = row.tobytes()
    pack, family, num_perm = _HEADER.pack, config.family, config.num_perm
    return [(pack(_MAGIC, _VERSION, family, size, num_perm, len(nums) // 4)
             + views[i * width: (i + 1) * width] + nums, keys[i])
            for i, (size, nums) in enumerate(zip(count.tolist(), numbers))]


def _merge(items: list[tuple[str, str]], single: set[int],
           config: SimilarityConfig, rows: bool = False) -> list[Any]:
    """Fingerprint ``single`` items one by one, the others together; keep the order."""
    rest = [item for i, item in enumerate(items) if i not in single]
    together = iter(_chunk(rest, config, rows) if rest else [])
    out = [fingerprint(*item, config=config) if i in single else next(together)
           for i, item in enumerate(items)]
    if rows:  # the single items' Signatures as rows too
        alone = [i for i in range(len(items)) if i in single]
        keys = index_keys_many([out[i] for i in alone], config)
        for i, key in zip(alone, keys):
            out[i] = (out[i].to_bytes(), key)
    return out


def ranges(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Concatenated ``arange(s, s + n)`` for each start ``s`` and length ``n``."""
    total = int(lengths.sum())
    shift = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
    return np.arange(total) + shift


def _mostly_cjk(runs: _text.Runs, start: np.ndarray, seam: np.ndarray,
                end: np.ndarray) -> np.ndarray:
    """Per item, what :func:`monitor.dedup.text.token_hashes` decides for ``Tokens.cjk``."""
    if runs.cjk is None:
        return np.zeros(len(start), dtype=bool)
    cjk = np.zeros(len(runs.cjk) + 1, dtype=np.int64)
    np.cumsum(runs.cjk, out=cjk[1:])
    letters = np.zeros(len(runs.cjk) + 1, dtype=np.int64)
    np.cumsum(runs.letters[1:-1] != 0, out=letters[1:])
    body_letters = letters[end] - letters[seam]
    body_cjk = cjk[end] - cjk[seam]
    all_letters = letters[end] - letters[start]
    all_cjk = cjk[end] - cjk[start]
    return np.where(body_letters > 0, body_cjk * 3 >= body_letters, all_cjk * 3 >= all_letters)


def _numbers(words: np.ndarray, numeric: np.ndarray, first: np.ndarray, last: np.ndarray,
             config: SimilarityConfig) -> list[bytes]:
    positions = np.flatnonzero(numeric)
    values = (words[positions] >> _U64(32)).tolist()
    lo = np.searchsorted(positions, first).tolist()
    hi = np.searchsorted(positions, last).tolist()
    return [np.array(sorted(set(values[a:b]))[: config.max_numbers], dtype="<u4").tobytes()
            for a, b in zip(lo, hi)]


def _sample_cjk(feats: np.ndarray, count: np.ndarray, offset: np.ndarray, n_lead: np.ndarray,
                cjk: np.ndarray, config: SimilarityConfig
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Drop the CJK items' shingles past the lead that fingerprint() samples away."""
    position = np.arange(len(feats)) - np.repeat(offset[:-1], count)
    drop = np.repeat(cjk, count) & (position >= np.repeat(n_lead, count))
    drop &= feats >= np.uint32(2**32 // config.cjk_sample)
    keep = ~drop
    kept = np.zeros(len(feats) + 1, dtype=np.int64)
    np.cumsum(keep, out=kept[1:])
    count = kept[offset[1:]] - kept[offset[:-1]]
    new_offset = np.zeros(len(count) + 1, dtype=np.int64)
    np.cumsum(count, out=new_offset[1:])
    return feats[keep], count, new_offset
