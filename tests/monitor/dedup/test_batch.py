"""fingerprint_many() gives exactly what fingerprint() gives, item by item, and signature_rows()
exactly those signatures' bytes and index keys."""

from __future__ import annotations

import random

import pytest

from monitor.dedup import DEFAULT, SimilarityConfig, fingerprint, fingerprint_many
from monitor.dedup.batch import signature_rows
from monitor.dedup.similarity import index_keys
from tests.monitor.dedup.corpus import load_corpus


def _check(items: list[tuple[str, str]], config: SimilarityConfig = DEFAULT) -> None:
    expected = [fingerprint(t, x, config=config) for t, x in items]
    assert fingerprint_many(items, config=config) == expected
    assert signature_rows(items, config=config) == [
        (sig.to_bytes(), index_keys(sig, config).tobytes()) for sig in expected
    ]


def test_corpus() -> None:
    _check([(item.title, item.text) for item in load_corpus()])


@pytest.mark.parametrize("config", [
    SimilarityConfig(word_shingle=2, cjk_shingle=4, lead_words=10),
    SimilarityConfig(cjk_sample=1, max_chars=300, num_perm=32, bands=8),
    SimilarityConfig(word_shingle=1, cjk_shingle=1, cjk_sample=1),  # shingles of one token: no gap
])
def test_corpus_other_configs(config: SimilarityConfig) -> None:
    _check([(item.title, item.text) for item in load_corpus()], config)


def test_edge_cases_in_one_batch() -> None:
    _check([
        ("", ""),
        ("Title only, no body", ""),
        ("", "Body only, no title at all here."),
        ("a", "b"),  # fewer tokens than a shingle
        ("中", ""),
        ("—", "…!"),
        ("ﬁnancial № 5", "Decomposed и\u0306 and a lone mark \u0301 here."),  # NFKC path
        ("Full-width ＇quote", "Ｏ＇zbekiston ＡＢＣ１２３"),
        ("中哈共建联合实验室", "新疆大学与哈萨克斯坦阿里-法拉比国立大学共建的新能源联合实验室6日揭牌。" * 5),
        ("Mixed 清华大学", "Tsinghua (清华大学) and KazNU opened a lab. " * 10),
        ("Astral 𠀀𠀁", "𠀀 text 𠀁 more text here and there"),
        ("ASTANA title - Kazinform", "ASTANA, Nov 3 (Kazinform) – The ministry said 6.91 and 2,500."),
    ])


def test_random_batches() -> None:
    alphabet = ("abcxyz АБВёЁйЙ 中国新华 0123 .,;:!?-–—'’ʻ\u00ad\n\t_ ＡＢ１２ ﬁ İ"
                "\u0306 𠀀 é … №")
    rng = random.Random(3)
    for _ in range(40):
        items = [("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 15))),
                  "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300))))
                 for _ in range(rng.randint(1, 12))]
        _check(items)


def test_one_shingle_size_in_place() -> None:
    """Batches without CJK items take each item's shingles in place from the whole text's
    (_minhash leaves out those across two items); with them, the shingles are gathered."""
    items = [(item.title, item.text) for item in load_corpus()]
    latin = [(t, x) for t, x in items if not any("\u4e00" <= ch <= "\u9fff" for ch in t + x)]
    assert 0 < len(latin) < len(items)
    _check(latin)
    _check(latin[:5] + [("", ""), ("Only a title here", "")] + latin[5:9])
    rng = random.Random(5)
    words = "kazakh china lab water 2024 astana учёные лаборатория открыли".split()
    for _ in range(30):  # items of every length around a group (_GROUP) of the product matrix
        _check([(" ".join(rng.choice(words) for _ in range(rng.randint(0, 6))),
                 " ".join(rng.choice(words) for _ in range(rng.randint(0, 120))))
                for _ in range(rng.randint(1, 40))])


def test_chunking(monkeypatch: pytest.MonkeyPatch) -> None:
    from monitor.dedup import batch

    monkeypatch.setattr(batch, "_CHUNK_CHARS", 2_000)
    _check([(item.title, item.text) for item in load_corpus()[:30]])


def test_empty_input() -> None:
    assert fingerprint_many([]) == []
    assert signature_rows([]) == []
