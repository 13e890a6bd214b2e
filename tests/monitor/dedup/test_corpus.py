"""The labelled corpus (tests/monitor/dedup/data): same-story precision and recall over all pairs.

A pair is judged "same story" the way the service would judge it: the two items share a band
key (the index finds the candidate) and is_same_story() holds. Cross-language pairs about one
event are out of scope (docs/dedup.md) and must simply not match. The full measurement table
comes from ``bench/bench_dedup.py --corpus``.
"""

from __future__ import annotations

import itertools
from collections import Counter

import pytest

from monitor.dedup import DEFAULT, Signature, StoryIndex, fingerprint, is_same_story
from monitor.dedup.similarity import band_hashes
from tests.monitor.dedup.corpus import Item, cluster_pairs, load_corpus


@pytest.fixture(scope="module")
def corpus() -> list[Item]:
    return load_corpus()


@pytest.fixture(scope="module")
def signatures(corpus: list[Item]) -> dict[str, Signature]:
    return {item.id: fingerprint(item.title, item.text) for item in corpus}


def _judged_same(a: Signature, b: Signature) -> bool:
    shares_key = not set(band_hashes(a, DEFAULT)).isdisjoint(band_hashes(b, DEFAULT))
    return shares_key and is_same_story(a, b, DEFAULT)


def test_corpus_is_sizeable(corpus: list[Item]) -> None:
    kinds = Counter(item.kind for item in corpus)
    langs = Counter(item.lang for item in corpus)
    assert len({item.story for item in corpus}) >= 40
    assert kinds["wire"] >= 10 and kinds["reprint"] >= 10 and kinds["summary"] >= 10
    assert kinds["rewrite"] >= 7
    assert langs["en"] and langs["ru"] and langs["zh"]


def test_pairwise_precision_and_recall(corpus: list[Item], signatures: dict[str, Signature]) -> None:
    tp = fp = fn = 0
    errors = []
    for a, b in itertools.combinations(corpus, 2):
        if a.story != b.story and a.event == b.event:
            continue
        same = _judged_same(signatures[a.id], signatures[b.id])
        if a.story == b.story:
            tp += same
            fn += not same
        elif same:
            fp += 1
            errors.append(f"false positive: {a.id} / {b.id}")
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= 0.95, errors
    assert recall >= 0.90, f"recall {recall:.3f} ({fn} same-story pairs missed)"


def test_near_misses_and_templates_stay_apart(corpus: list[Item],
                                              signatures: dict[str, Signature]) -> None:
    merged = [
        (a.id, b.id)
        for a, b in itertools.combinations(corpus, 2)
        if a.story != b.story and is_same_story(signatures[a.id], signatures[b.id])
    ]
    assert merged == []


def test_cross_language_pairs_do_not_match(corpus: list[Item],
                                           signatures: dict[str, Signature]) -> None:
    pairs = [(a, b) for a, b in itertools.combinations(corpus, 2)
             if a.story != b.story and a.event == b.event]
    assert pairs  # the corpus has some
    assert not any(is_same_story(signatures[a.id], signatures[b.id]) for a, b in pairs)


def test_verbatim_wire_copies_always_match(corpus: list[Item],
                                           signatures: dict[str, Signature]) -> None:
    for item in corpus:
        if item.kind == "wire":
            original = next(i for i in corpus if i.story == item.story and i.kind == "original")
            assert _judged_same(signatures[item.id], signatures[original.id]), item.id


def test_story_index_clusters_the_corpus(corpus: list[Item], signatures: dict[str, Signature]) -> None:
    index = StoryIndex()
    assigned: dict[str, int] = {}
    for n, item in enumerate(corpus):
        found = index.find(signatures[item.id])
        assigned[item.id] = n if found is None else found
        index.add(assigned[item.id], signatures[item.id])
    tp, fp, fn = cluster_pairs(corpus, assigned)
    assert fp == 0
    assert tp / (tp + fn) >= 0.95
