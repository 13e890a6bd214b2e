"""Benchmark and measurements for monitor.dedup (run from the repository root):

    .venv/bin/python bench/bench_dedup.py            # everything, well under a minute
    .venv/bin/python bench/bench_dedup.py --corpus   # only the corpus measurements (docs table)
    .venv/bin/python bench/bench_dedup.py --speed    # only the timings

1. Corpus: pair-wise similarity distributions of the labelled corpus (tests/monitor/dedup/data), the
   precision/recall of "same story" at the default and neighbouring thresholds and band
   layouts, and the clustering a StoryIndex makes when the items arrive one by one.
2. fingerprint() and fingerprint_many(): µs per item, title + ~2 KB of English, Russian and
   Chinese text.
3. Per new item (fingerprint + StoryIndex.find + add) with 1,000 vs 100,000 stored stories;
   the two indexes are measured in alternating blocks so machine noise hits both alike.

Timings on shared machines are noisy: each figure is the median of many blocks, and a
calibration loop (pure Python) is printed so runs on different machines can be compared.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # for tests.monitor.dedup.corpus

from monitor.dedup.batch import fingerprint_many
from monitor.dedup.index import StoryIndex
from monitor.dedup.similarity import (
    DEFAULT,
    SimilarityConfig,
    band_hashes,
    fingerprint,
    is_same_story,
    numbers_conflict,
    view_similarities,
)
from tests.monitor.dedup.corpus import cluster_pairs, load_corpus

# ---------------------------------------------------------------------------------------------
# 1. corpus


def corpus_report(config: SimilarityConfig = DEFAULT) -> None:
    items = load_corpus()
    sigs = {i.id: fingerprint(i.title, i.text, config=config) for i in items}
    pairs = list(itertools.combinations(items, 2))
    print(f"## Corpus: {len(items)} items, {len({i.story for i in items})} stories, "
          f"{len(pairs)} pairs ({sum(a.story == b.story for a, b in pairs)} same-story)\n")

    rows: dict[str, list[tuple[float, float, bool, bool]]] = defaultdict(list)
    for a, b in pairs:
        lead, full = view_similarities(sigs[a.id], sigs[b.id])
        found = _found(sigs[a.id], sigs[b.id], config)
        rows[_relation(a, b)].append((lead, full, found, numbers_conflict(sigs[a.id], sigs[b.id], config)))
    print("| pairs | n | lead view min / median / max | full view min / median / max "
          "| numbers veto | judged same |")
    print("|---|---:|---|---|---:|---:|")
    for rel in sorted(rows, key=lambda r: (not r.startswith("same"), r)):
        v = rows[rel]
        lead = [x[0] for x in v]
        full = [x[1] for x in v]
        print(f"| {rel} | {len(v)} | {_mmm(lead)} | {_mmm(full)} | {sum(x[3] for x in v)} "
              f"| {sum(x[2] for x in v)} |")

    print("\n### Precision / recall of 'same story' over all pairs (cross-language pairs excluded)\n")
    print("A pair counts as judged same only if it shares a band key (the index would find it)")
    print("and is_same_story() holds.\n")
    print("| bands x rows | threshold | precision | recall | recall, held-out pairs | FP | FN "
          "| P(shared key) at threshold |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for bands, rows_ in ((20, 3), (24, 3), (28, 3), (32, 3)):
        for threshold in (0.35, 0.4, 0.45, 0.5):
            cfg = SimilarityConfig(**{**_shape(config), "bands": bands, "rows": rows_,
                                      "threshold": threshold})
            p, r, r_ho, fp, fn = _pr(items, sigs, cfg)
            mark = " **(default)**" if cfg == config else ""
            print(f"| {bands} x {rows_}{mark} | {threshold} | {p:.3f} | {r:.3f} | {r_ho:.3f} "
                  f"| {fp} | {fn} | {cfg.candidate_probability(threshold):.2f} |")
    seeds = [config.seed + s for s in range(1, 11)]
    runs = []
    for seed in seeds:
        cfg = SimilarityConfig(**{**_shape(config), "seed": seed})
        runs.append(_pr(items, {i.id: fingerprint(i.title, i.text, config=cfg) for i in items},
                        cfg))
    print(f"\nThe default layout with 10 other seeds (MinHash noise): precision "
          f"{_spread([x[0] for x in runs])}, recall {_spread([x[1] for x in runs])}, "
          f"held-out recall {_spread([x[2] for x in runs])} (mean, min-max).")
    p, r, r_ho, fp, fn = _pr(items, sigs, SimilarityConfig(**{**_shape(config),
                                                                "number_conflicts": 0}))
    print(f"\nWithout the numbers veto (number_conflicts=0): precision {p:.3f}, recall {r:.3f} "
          f"({fp} false positives).")
    expected, shared, n_diff = 0.0, 0, 0
    for a, b in pairs:
        if _relation(a, b) != "different stories":
            continue
        lead, full = view_similarities(sigs[a.id], sigs[b.id])
        expected += 1 - (1 - config.candidate_probability(lead)) * (1 - config.candidate_probability(full))
        shared += not set(band_hashes(sigs[a.id], config)).isdisjoint(band_hashes(sigs[b.id], config))
        n_diff += 1
    print(f"\nFalse candidates (different stories sharing a band key, later vetoed by "
          f"is_same_story): {shared} of {n_diff} pairs; expected from their similarities "
          f"{expected / n_diff * 100_000:.1f} per new item against 100,000 stored stories.")
    print("\nMissed same-story pairs at the default:")
    for a, b in pairs:
        if a.story == b.story and not _found(sigs[a.id], sigs[b.id], config):
            lead, full = view_similarities(sigs[a.id], sigs[b.id])
            print(f"- {a.id} ({a.kind}) / {b.id} ({b.kind}): lead {lead:.2f}, full {full:.2f}")
    _cluster_report(items, sigs, config)


def _shape(config: SimilarityConfig) -> dict:
    return {f: getattr(config, f) for f in config.__dataclass_fields__}


def _relation(a, b) -> str:
    if a.story == b.story:
        kinds = sorted({a.kind, b.kind} - {"original"})
        return "same story: " + ("+".join(kinds) if kinds else "original")
    if a.event == b.event:
        return "different language, same event"
    if a.topic and a.topic == b.topic:
        return f"near miss: {a.topic}"
    return "different stories"


def _spread(values: list[float]) -> str:
    return f"{statistics.mean(values):.3f} ({min(values):.3f}-{max(values):.3f})"


def _mmm(values: list[float]) -> str:
    return f"{min(values):.2f} / {statistics.median(values):.2f} / {max(values):.2f}"


def _found(a, b, config: SimilarityConfig) -> bool:
    shared = not set(band_hashes(a, config)).isdisjoint(band_hashes(b, config))
    return shared and is_same_story(a, b, config)


def _pr(items, sigs, config):
    tp = fp = fn = tp_ho = n_ho = 0
    for a, b in itertools.combinations(items, 2):
        if a.story != b.story and a.event == b.event:
            continue  # cross-language: out of scope (see docs)
        found = _found(sigs[a.id], sigs[b.id], config)
        if a.story == b.story:
            tp += found
            fn += not found
            if "holdout" in (a.file, b.file):
                n_ho += 1
                tp_ho += found
        else:
            fp += found
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), tp_ho / max(n_ho, 1), fp, fn


def _cluster_report(items, sigs, config: SimilarityConfig) -> None:
    index = StoryIndex(config)
    assigned: dict[str, int] = {}
    for n, item in enumerate(items):
        story = index.find(sigs[item.id])
        assigned[item.id] = n if story is None else story
        index.add(assigned[item.id], sigs[item.id])
    tp, fp, fn = cluster_pairs(items, assigned)
    stories = {i.story for i in items}
    print("\n### Clustering: items fed one by one through StoryIndex (find, then add)\n")
    print(f"{len(stories)} labelled stories became {len(set(assigned.values()))} clusters; "
          f"pair-wise precision {tp / max(tp + fp, 1):.3f}, recall {tp / max(tp + fn, 1):.3f} "
          "(a copy joins its story through any member, so recall exceeds the pair table's).")


# ---------------------------------------------------------------------------------------------
# 2. and 3. speed


def calibrate() -> float:
    """µs for a fixed pure-Python loop: a yardstick for comparing machines."""
    best = float("inf")
    for _ in range(5):
        t = time.perf_counter()
        total = 0
        for i in range(100_000):
            total += i * i
        best = min(best, time.perf_counter() - t)
    return best * 1e6


def _two_kb(items, lang: str) -> list[tuple[str, str]]:
    """Title + ~2 KB of text per item of one language (short texts are followed by others)."""
    pool = [i for i in items if i.lang == lang]
    out = []
    for n, item in enumerate(pool):
        text = item.text
        k = n
        while len(text.encode()) < 2000:
            k += 1
            text += "\n\n" + pool[k % len(pool)].text
        out.append((item.title, text.encode()[:2048].decode(errors="ignore")))
    return out


def fingerprint_speed() -> None:
    items = load_corpus()
    fingerprint("warm", "up the tables")  # the first call builds the code-point tables
    print("## fingerprint(): title + ~2 KB of text\n")
    print("µs per item: median of 40 rounds over the texts (fastest round in brackets).\n")
    print("| text | fingerprint(), one by one | fingerprint_many(), all at once |")
    print("|---|---:|---:|")
    for lang, name in (("en", "English"), ("ru", "Russian"), ("zh", "Chinese")):
        texts = _two_kb(items, lang)
        single, many = [], []
        for _ in range(40):  # alternate, so that machine noise hits both alike
            t = time.perf_counter()
            for title, text in texts:
                fingerprint(title, text)
            single.append((time.perf_counter() - t) / len(texts) * 1e6)
            t = time.perf_counter()
            fingerprint_many(texts)
            many.append((time.perf_counter() - t) / len(texts) * 1e6)
        print(f"| {name}, {len(texts)} texts | {statistics.median(single):.0f} ({min(single):.0f}) "
              f"| {statistics.median(many):.0f} ({min(many):.0f}) |")


_VOCAB = None


def _synthetic(rng: np.random.Generator, n: int, words: int = 330) -> list[tuple[str, str]]:
    """n synthetic stories: a title and ``words`` words (330: ~2 KB) drawn (Zipf-like) from
    30,000 made-up words."""
    global _VOCAB
    if _VOCAB is None:
        letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
        lengths = rng.integers(2, 11, size=30_000)
        _VOCAB = np.array(["".join(rng.choice(letters, size=k)) for k in lengths])
    weights = 1.0 / np.arange(1, len(_VOCAB) + 1)
    weights /= weights.sum()
    drawn = rng.choice(len(_VOCAB), size=(n, words), p=weights)
    out = []
    for row in drawn:
        tokens = _VOCAB[row]
        out.append((" ".join(tokens[:9]).capitalize(), ". ".join(
            " ".join(tokens[i: i + 15]) for i in range(9, words, 15))))
    return out


def _copy_of(title: str, text: str, rng: np.random.Generator) -> tuple[str, str]:
    """A reprint: a dateline, a few words replaced, the last sentence dropped."""
    words = text.split(" ")
    for i in rng.integers(0, len(words), size=4):
        words[i] = "changed"
    body = " ".join(words).rsplit(". ", 1)[0]
    return title + " - Agency", "ASTANA, Nov 3 (Kazinform) – " + body


def index_speed(new_items: int = 4000) -> None:
    rng = np.random.default_rng(7)
    print("\n## Per new item: fingerprint + StoryIndex.find + StoryIndex.add\n")
    t0 = time.perf_counter()
    # Stored stories are ~1 KB (their length does not change the lookup; it halves the set-up).
    stored = _synthetic(rng, 100_000, words=160)
    sigs = fingerprint_many(stored)
    small, large = StoryIndex(), StoryIndex()
    for story_id, sig in enumerate(sigs):
        if story_id < 1_000:
            small.add(story_id, sig)
        large.add(story_id, sig)
    build = time.perf_counter() - t0
    # New items: 80% new stories, 20% reprints of a story both indexes hold.
    fresh = _synthetic(rng, new_items)
    incoming = []
    for n, (title, text) in enumerate(fresh):
        if n % 5 == 0:
            k = int(rng.integers(0, 1_000))
            incoming.append((*_copy_of(*stored[k], rng), k))
        else:
            incoming.append((title, text, None))
    results = {"1k": [], "100k": []}
    lookups = {"1k": [], "100k": []}
    hits = {"1k": 0, "100k": 0}
    block = 25
    for start in range(0, len(incoming), block):
        for name, index in (("1k", small), ("100k", large)) if start // block % 2 else (
                ("100k", large), ("1k", small)):
            chunk = incoming[start: start + block]
            t = time.perf_counter()
            lookup = 0.0
            for title, text, expected in chunk:
                sig = fingerprint(title, text)
                u = time.perf_counter()
                story = index.find(sig)
                index.add(len(index) + 1_000_000 if story is None else story, sig)
                lookup += time.perf_counter() - u
                hits[name] += expected is not None and story == expected
            results[name].append((time.perf_counter() - t) / len(chunk) * 1e6)
            lookups[name].append(lookup / len(chunk) * 1e6)
    copies = sum(e is not None for *_, e in incoming)
    print(f"(built 100,000 stored stories in {build:.1f} s; {new_items} new items, "
          f"{copies} of them reprints of stored stories)\n")
    print("| stored stories | µs per new item (median of blocks) | of which find + add "
          "| reprints found |")
    print("|---:|---:|---:|---:|")
    for name, label in (("1k", "1,000"), ("100k", "100,000")):
        print(f"| {label} | {statistics.median(results[name]):.1f} "
              f"| {statistics.median(lookups[name]):.1f} | {hits[name]}/{copies} |")
    ratio = statistics.median(results["100k"]) / statistics.median(results["1k"])
    lookup_ratio = statistics.median(lookups["100k"]) / statistics.median(lookups["1k"])
    print(f"\nratio 100k / 1k: {ratio:.2f}x per item ({lookup_ratio:.2f}x for find + add alone)"
          f" -> {'OK' if ratio <= 1.5 else 'OVER'} (limit 1.5x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", action="store_true", help="only the corpus measurements")
    parser.add_argument("--speed", action="store_true", help="only the timings")
    args = parser.parse_args()
    started = time.perf_counter()
    if not args.speed:
        corpus_report()
        print()
    if not args.corpus:
        print(f"calibration: a 100,000-step Python loop takes {calibrate():.0f} µs here\n")
        fingerprint_speed()
        index_speed()
    print(f"\n(total {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
