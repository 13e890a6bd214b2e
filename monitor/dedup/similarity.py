"""Near-duplicate fingerprints: MinHash over shingles, banded for an O(1) index lookup.

::

    sig = fingerprint(title, text)          # once per item, ~100 µs for 2 KB
    keys = band_keys(sig, config)           # store (key -> story id) in an indexed table
    # later: look a new item's keys up, load the candidates' signatures, then
    is_same_story(sig, candidate, config)   # estimated Jaccard >= threshold, numbers agree

Each item is seen two ways, with the same MinHash permutations:

- the **lead** view: the title and the first ``lead_words`` words of the body. A feed that
  carries only a summary (the first sentences, or a text cut at 300 characters) and a feed
  that carries the full article agree here, though their full texts do not;
- the **full** view: the title and the whole body. A rewrite that changed the first
  sentences but kept the rest agrees here.

:func:`similarity` is the larger of the two estimated Jaccard similarities. Why MinHash and
not SimHash, the shingles, and the measured thresholds are in ``docs/dedup.md``. Everything is
deterministic across processes and machines (Python's salted ``hash()`` is never used), so
stored signatures and keys stay valid.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import numpy as np

import monitor.dedup.text as _text

__all__ = [
    "DEFAULT",
    "Signature",
    "SimilarityConfig",
    "band_hashes",
    "band_keys",
    "features",
    "index_key_rows",
    "index_keys_many",
    "fingerprint",
    "is_same_story",
    "numbers_conflict",
    "similarity",
    "view_similarities",
]

_U64 = np.uint64


@dataclass(frozen=True)
class SimilarityConfig:
    """Tunable parameters; the defaults come from the measurements in ``docs/dedup.md``.

    Fields marked *shape* change what :func:`fingerprint` produces: changing one gives new
    signatures another :attr:`family`, incomparable with the stored ones (re-fingerprint, or
    accept that older stories stop matching). The others only change decisions and keys.
    """

    num_perm: int = 96  # shape: MinHash values per view; estimate error ~ sqrt(J(1-J)/num_perm)
    bands: int = 24  # LSH bands per view (so 2 * bands keys per item); bands * rows <= num_perm
    rows: int = 3  # values per band: P(shared key) = 1 - (1 - J**rows) ** bands per view
    threshold: float = 0.4  # estimated Jaccard (best view) at or above which items are one story
    word_shingle: int = 3  # shape: words per shingle (alphabetic scripts)
    cjk_shingle: int = 3  # shape: characters per shingle (Chinese, Japanese)
    lead_words: int = 40  # shape: body words in the lead view (CJK text: 3x as many characters)
    cjk_sample: int = 2  # shape: CJK full view keeps 1 in this many shingles past the lead
    number_conflicts: int = 3  # numbers stated by one side only (>= 1 on each side) that veto
    max_numbers: int = 64  # shape: distinct numbers kept per item (bottom-k of their hashes)
    min_features: int = 4  # fewer shingles than this: no band keys (too little text to match on)
    max_chars: int = 20_000  # shape: title and body are cut here (a 50 KB body costs no more)
    seed: int = 20241103  # shape: seed of the MinHash permutations

    def __post_init__(self) -> None:
        problems = []
        if not 1 <= self.num_perm <= 1024:
            problems.append(f"num_perm={self.num_perm} must be within 1..1024")
        if self.bands < 1 or self.rows < 1 or self.bands * self.rows > self.num_perm:
            problems.append(f"bands*rows={self.bands}*{self.rows} must be within "
                            f"1..num_perm={self.num_perm}")
        if not 0.0 < self.threshold <= 1.0:
            problems.append(f"threshold={self.threshold} must be in (0, 1]")
        if self.word_shingle < 1 or self.cjk_shingle < 1 or self.lead_words < 1:
            problems.append("word_shingle, cjk_shingle and lead_words must be >= 1")
        if self.number_conflicts < 0 or self.min_features < 1 or self.cjk_sample < 1:
            problems.append("number_conflicts must be >= 0, min_features and cjk_sample >= 1")
        if self.max_chars < 100:
            problems.append(f"max_chars={self.max_chars} must be >= 100")
        if not 0 <= self.max_numbers <= 1024:
            problems.append(f"max_numbers={self.max_numbers} must be within 0..1024")
        if problems:
            raise ValueError("invalid SimilarityConfig: " + "; ".join(problems))

    @cached_property
    def family(self) -> int:
        """32-bit id of the *shape* fields, stored in each signature."""
        shape = (_VERSION, self.num_perm, self.word_shingle, self.cjk_shingle, self.lead_words,
                 self.cjk_sample, self.max_numbers, self.max_chars, self.seed)
        return zlib.crc32(repr(shape).encode())

    def candidate_probability(self, jaccard: float) -> float:
        """Chance that two items whose better view has this similarity share a band key."""
        return 1.0 - (1.0 - jaccard**self.rows) ** self.bands


_VERSION = 1
DEFAULT = SimilarityConfig()

_HEADER = struct.Struct("<2sBIIHH")  # magic, version, family, size, num_perm, n_numbers
_MAGIC = b"MH"


@dataclass(frozen=True)
class Signature:
    """What :func:`fingerprint` returns; store :meth:`to_bytes` (about 0.8 KB by default).

    ``lead`` and ``full``: ``num_perm`` little-endian uint32 MinHash minima of each view.
    ``numbers``: sorted uint32 hashes of the numbers the item states (bottom-k).
    ``size``: shingles in the full view (0: no text). ``family``: see
    :attr:`SimilarityConfig.family`.
    """

    lead: bytes
    full: bytes
    numbers: bytes
    size: int
    family: int
    _lead: np.ndarray = field(init=False, repr=False, compare=False)
    _full: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.lead) != len(self.full) or len(self.lead) % 4 or len(self.numbers) % 4:
            raise ValueError("lead and full must be equal runs of uint32 values")
        object.__setattr__(self, "_lead", np.frombuffer(self.lead, dtype="<u4"))
        object.__setattr__(self, "_full", np.frombuffer(self.full, dtype="<u4"))

    @property
    def num_perm(self) -> int:
        return len(self.lead) // 4

    @property
    def empty(self) -> bool:
        return self.size == 0

    def to_bytes(self) -> bytes:
        header = _HEADER.pack(_MAGIC, _VERSION, self.family, self.size, self.num_perm,
                              len(self.numbers) // 4)
        return header + self.lead + self.full + self.numbers

    @classmethod
    def from_bytes(cls, data: bytes) -> Signature:
        if len(data) < _HEADER.size:
            raise ValueError(f"not a signature: {len(data)} bytes")
        magic, version, family, size, num_perm, n_numbers = _HEADER.unpack_from(data)
        if magic != _MAGIC or version != _VERSION:
            raise ValueError(f"not a version-{_VERSION} signature (magic {magic!r}, version "
                             f"{version}); re-fingerprint the item")
        width = 4 * num_perm
        if len(data) != _HEADER.size + 2 * width + 4 * n_numbers:
            raise ValueError(f"signature is {len(data)} bytes, its header says "
                             f"{_HEADER.size + 2 * width + 4 * n_numbers}")
        body = bytes(data[_HEADER.size:])
        return cls(lead=body[:width], full=body[width: 2 * width], numbers=body[2 * width:],
                   size=size, family=family)


# ---------------------------------------------------------------------------------------------
# fingerprint()

_MULT = np.array([0x9E3779B97F4A7C15], dtype=_U64)
_FINAL = np.array([0x94D049BB133111EB], dtype=_U64)
_EMPTY32 = np.empty(0, dtype=np.uint32)


def _shingles(words: np.ndarray, k: int) -> np.ndarray:
    """Polynomial hashes of every run of ``k`` consecutive tokens (``len(words) >= k >= 1``)."""
    m = len(words) - k + 1
    h = words[:m].copy()
    for j in range(1, k):
        h *= _MULT
        h += words[j: j + m]
    return h


@lru_cache(maxsize=8)
def _multipliers(seed: int, num_perm: int) -> np.ndarray:
    """Odd uint32 multipliers, as a column: one permutation of the 32-bit hashes each."""
    rng = np.random.default_rng(seed)
    return (rng.integers(0, 2**32, size=num_perm, dtype=np.uint32) | np.uint32(1))[:, None]


def _views(title: str, body: str, config: SimilarityConfig) -> tuple[np.ndarray, int, np.ndarray]:
    """32-bit shingle hashes in text order, how many of them form the lead view, and the item's
    numbers (sorted uint32 hashes, bottom-k).

    Title and body are one token sequence ("title, then body"), so a title shorter than a
    shingle still counts, and the two shingles spanning the seam change with either side.
    """
    toks = _text.token_hashes(title[: config.max_chars], body[: config.max_chars])
    words = toks.hashes
    numbers = sorted(set((words[toks.numeric] >> _U64(32)).tolist()))[: config.max_numbers]
    numbers_arr = np.array(numbers, dtype="<u4")
    if len(words) == 0:
        return _EMPTY32, 0, numbers_arr
    k = min(config.cjk_shingle if toks.cjk else config.word_shingle, len(words))
    shingles = _shingles(words, k)
    lead_tokens = toks.n_title + config.lead_words * (3 if toks.cjk else 1)
    n_lead = min(len(shingles), max(lead_tokens - k + 1, 1))
    shingles *= _FINAL  # the high half of the product depends on every bit of the shingle hash
    feats = (shingles >> _U64(32)).astype(np.uint32)
    if toks.cjk and config.cjk_sample > 1 and len(feats) > n_lead:
        # Past the lead, keep the CJK shingles whose hash falls in the first 1/cjk_sample of
        # the range: the same shingles in every item, so Jaccard is still estimated fairly.
        rest = feats[n_lead:]
        feats = np.concatenate((feats[:n_lead], rest[rest < 2**32 // config.cjk_sample]))
    return feats, n_lead, numbers_arr


def features(title: str, text: str, config: SimilarityConfig = DEFAULT,
             view: str = "full") -> set[int]:
    """The distinct shingle hashes of one view (``"lead"`` or ``"full"``): for tests and tuning."""
    feats, n_lead, _ = _views(_text.prepare_title(title), _text.prepare_body(text), config)
    return set((feats[:n_lead] if view == "lead" else feats).tolist())


def fingerprint(title: str, text: str, *, config: SimilarityConfig = DEFAULT) -> Signature:
    """The MinHash signature of an item's title and body (plain text: strip HTML first).

    Ignored: the body's leading dateline, the title's trailing site name, case, punctuation,
    Unicode presentation forms (see :mod:`monitor.dedup.text`), and text past
    ``config.max_chars``.
    """
    feats, n_lead, numbers = _views(_text.prepare_title(title), _text.prepare_body(text), config)
    if len(feats) == 0:
        empty = np.full(config.num_perm, 0xFFFFFFFF, dtype="<u4").tobytes()
        return Signature(lead=empty, full=empty, numbers=numbers.tobytes(), size=0,
                         family=config.family)
    # MinHash: num_perm permutations x -> a*x mod 2**32 (a odd) of the well-mixed 32-bit
    # shingle hashes; one (num_perm, shingles) matrix, then a row minimum per view.
    products = _multipliers(config.seed, config.num_perm) * feats
    lead = products[:, :n_lead].min(axis=1)
    full = np.minimum(lead, products[:, n_lead:].min(axis=1)) if n_lead < len(feats) else lead
    return Signature(
        lead=lead.astype("<u4").tobytes(),
        full=full.astype("<u4").tobytes(),
        numbers=numbers.tobytes(),
        size=len(feats),
        family=config.family,
    )


# ---------------------------------------------------------------------------------------------
# comparison and banding


def _check(a: Signature, b: Signature) -> None:
    if a.family != b.family or a.num_perm != b.num_perm:
        raise ValueError(
            f"signatures from different configurations (family {a.family:08x} vs "
            f"{b.family:08x}); re-fingerprint one of the items with the current settings"
        )


def view_similarities(a: Signature, b: Signature) -> tuple[float, float]:
    """Estimated Jaccard similarity of the lead views and of the full views."""
    _check(a, b)
    if a.empty or b.empty:
        return 0.0, 0.0
    n = a.num_perm
    return (float(np.count_nonzero(a._lead == b._lead)) / n,
            float(np.count_nonzero(a._full == b._full)) / n)


def similarity(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of the two items: the better of the two views (0..1)."""
    return max(view_similarities(a, b))


def numbers_conflict(a: Signature, b: Signature, config: SimilarityConfig = DEFAULT) -> bool:
    """True when both items state numbers the other does not, ``config.number_conflicts`` or
    more in all (0 disables the check).

    A copy keeps the numbers or drops some (a summary, a cut sentence), so one side's numbers
    are (nearly) a subset of the other's. Two daily exchange-rate posts or two annual calls for
    applications share their wording and differ exactly in their numbers.
    """
    need = config.number_conflicts
    if need == 0 or not a.numbers or not b.numbers:
        return False
    na = np.frombuffer(a.numbers, dtype="<u4").tolist()
    nb = np.frombuffer(b.numbers, dtype="<u4").tolist()
    if len(na) >= config.max_numbers or len(nb) >= config.max_numbers:
        # bottom-k samples: only hashes below both maxima are known for both items
        limit = min(na[-1], nb[-1])
        na = [x for x in na if x <= limit]
        nb = [x for x in nb if x <= limit]
    only_a = len(set(na).difference(nb))
    only_b = len(set(nb).difference(na))
    return only_a >= 1 and only_b >= 1 and only_a + only_b >= need


def is_same_story(a: Signature, b: Signature, config: SimilarityConfig = DEFAULT) -> bool:
    """Similar enough (:func:`similarity` >= threshold) and no :func:`numbers_conflict`."""
    return similarity(a, b) >= config.threshold and not numbers_conflict(a, b, config)


@lru_cache(maxsize=16)
def _band_salts(family: int, bands: int) -> np.ndarray:
    """One salt per band and view: keys of different bands, views or families never meet."""
    return np.random.default_rng([family, bands]).integers(0, 2**64, size=2 * bands, dtype=_U64)


def band_hashes(sig: Signature, config: SimilarityConfig = DEFAULT) -> list[int]:
    """``2 * bands`` 64-bit band hashes (lead view, then full view); [] for too little text."""
    return band_hash_array(sig, config).tolist()


def band_hash_array(sig: Signature, config: SimilarityConfig = DEFAULT) -> np.ndarray:
    """:func:`band_hashes` as a uint64 array (384 bytes, where the list holds 48 Python ints)."""
    if sig.family != config.family:
        raise ValueError(
            f"signature family {sig.family:08x} does not match the configuration "
            f"({config.family:08x}); re-fingerprint the item with the current settings"
        )
    if sig.size < config.min_features:
        return np.empty(0, dtype=_U64)
    n = config.bands * config.rows
    rows = np.concatenate((sig._lead[:n], sig._full[:n])).astype(_U64)
    rows = rows.reshape(2 * config.bands, config.rows)
    h = _band_salts(sig.family, config.bands).copy()
    for r in range(config.rows):  # salt * M**rows + v0 * M**(rows-1) + ... + v(rows-1), mod 2**64
        h *= _MULT
        h += rows[:, r]
    return h


def index_keys(sig: Signature, config: SimilarityConfig = DEFAULT) -> np.ndarray:
    """The band hashes folded to 32 bits (high half XOR low half), as the pipeline's band index
    holds them (``monitor/dedup/stories.py``): half the memory, for a chance meeting of unrelated keys
    that the verification of every candidate absorbs."""
    h = band_hash_array(sig, config)
    return ((h >> np.uint64(32)) ^ h).astype(np.uint32)


def index_keys_many(sigs: Sequence[Signature], config: SimilarityConfig = DEFAULT) -> list[bytes]:
    """``[index_keys(sig, config).tobytes() for sig in sigs]``, with one set of numpy calls for
    all of them (a parse worker keys a whole feed at once: per item, the fixed cost of the ten
    numpy calls of :func:`band_hash_array` was most of the work)."""
    for sig in sigs:
        if sig.family != config.family:
            band_hash_array(sig, config)  # raises, with its message
    keyed = [i for i, sig in enumerate(sigs) if sig.size >= config.min_features]
    out = [b""] * len(sigs)
    if not keyed:
        return out
    n, per_view = len(keyed), config.bands * config.rows
    width = 4 * per_view  # the bytes of the first bands * rows values of a view
    lead = np.frombuffer(b"".join([sigs[i].lead[:width] for i in keyed]), dtype="<u4").reshape(n, per_view)
    full = np.frombuffer(b"".join([sigs[i].full[:width] for i in keyed]), dtype="<u4").reshape(n, per_view)
    keys = index_key_rows(lead, full, config)
    for row, i in enumerate(keyed):
        out[i] = keys[row].tobytes()
    return out


def index_key_rows(lead: np.ndarray, full: np.ndarray, config: SimilarityConfig = DEFAULT) -> np.ndarray:
    """The index keys (uint32, ``2 * bands`` per row) of signatures given as rows of their lead
    and full minima (at least the first ``bands * rows`` values of each view; ``size`` at least
    ``config.min_features``): :func:`index_keys` for every row at once."""
    n, per_view = len(lead), config.bands * config.rows
    rows = np.concatenate((lead[:, :per_view], full[:, :per_view]), axis=1).astype(_U64)
    rows = rows.reshape(n, 2 * config.bands, config.rows)
    h = np.repeat(_band_salts(config.family, config.bands)[None, :], n, axis=0)
    for r in range(config.rows):  # as band_hash_array, for every item at once
        h *= _MULT
        h += rows[:, :, r]
    return ((h >> np.uint64(32)) ^ h).astype(np.uint32)  # as index_keys() has them


def band_keys(sig: Signature, config: SimilarityConfig = DEFAULT) -> list[str]:
    """LSH band keys such as ``"l3:9f2c4a1b8e7d6c5f"`` (lead view) and ``"f3:..."`` (full view).

    Store each as a (key, story id) row in an indexed table; candidates for a new item are the
    stories sharing at least one key. Empty when the item has too little text to match on.
    """
    hashes = band_hashes(sig, config)
    return [f"{prefix}{h:016x}" for prefix, h in zip(_key_prefixes(config.bands), hashes)]


@lru_cache(maxsize=16)
def _key_prefixes(bands: int) -> tuple[str, ...]:
    return tuple(f"l{i}:" for i in range(bands)) + tuple(f"f{i}:" for i in range(bands))

