"""fingerprint(), signatures, band keys, the numbers veto and the reference StoryIndex."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

from monitor.dedup import DEFAULT, Signature, SimilarityConfig, StoryIndex, band_keys, fingerprint
from monitor.dedup.similarity import (
    band_hashes,
    features,
    is_same_story,
    numbers_conflict,
    similarity,
    view_similarities,
)

TITLE = "Tsinghua and KazNU open joint laboratory for water research in Almaty"
TEXT = (
    "Tsinghua University and Al-Farabi Kazakh National University (KazNU) opened a joint "
    "laboratory for water resources and ecosystem research in Almaty on Nov. 2, the universities "
    "said in a joint statement.\n\nThe laboratory will study glacier melt in the Tien Shan "
    "mountains, the transboundary rivers shared by Kazakhstan and China, and the shrinking of "
    "Lake Balkhash. It occupies two floors of KazNU's new science building and is equipped with "
    "isotope analysers, drone-mounted sensors and a high-performance computing cluster supplied "
    "by the Chinese side.\n\nTsinghua Vice President Yang Bin said the laboratory would host ten "
    "doctoral students and twenty visiting researchers a year."
)


def test_identical_items_are_one_story() -> None:
    a = fingerprint(TITLE, TEXT)
    b = fingerprint(TITLE, TEXT)
    assert a == b
    assert similarity(a, b) == 1.0
    assert is_same_story(a, b)


def test_presentation_does_not_matter() -> None:
    base = fingerprint(TITLE, TEXT)
    variants = [
        (TITLE.upper() + " - Kazinform", TEXT.upper()),
        (TITLE, "ALMATY, Nov. 3 (Kazinform) – " + TEXT),
        (TITLE + " | The Astana Times", TEXT.replace(",", " ,").replace("\n\n", "\n")),
        (TITLE, TEXT.replace("KazNU's", "KazNU’s")),
    ]
    for title, text in variants:
        assert similarity(base, fingerprint(title, text)) == 1.0


def test_lead_view_matches_a_summary() -> None:
    full = fingerprint(TITLE, TEXT)
    summary = fingerprint(TITLE, TEXT.split("\n\n")[0])
    lead, whole = view_similarities(full, summary)
    assert lead > 0.6 > whole
    assert is_same_story(full, summary)


def test_full_view_matches_a_new_lead() -> None:
    paragraphs = TEXT.split("\n\n")
    rewritten = "A new laboratory in Almaty will study water in Central Asia.\n\n" + "\n\n".join(paragraphs[1:])
    a, b = fingerprint(TITLE, TEXT), fingerprint("Almaty gets a water lab", rewritten)
    lead, whole = view_similarities(a, b)
    assert whole > lead
    assert whole >= DEFAULT.threshold


def test_different_stories_are_apart() -> None:
    other = fingerprint(
        "Tsinghua and KazNU sign student exchange agreement",
        "Al-Farabi Kazakh National University and Tsinghua University signed an agreement on "
        "student and faculty exchange in Beijing on Nov. 5, KazNU's press service reported. Under "
        "the agreement, up to forty KazNU undergraduates will spend a semester at Tsinghua each year.",
    )
    assert similarity(fingerprint(TITLE, TEXT), other) < 0.2


def test_numbers_veto_templates() -> None:
    post = "The National Bank set the official rate of the tenge at {} per yuan for November {}, 2024. The dollar is {} tenge."
    a = fingerprint("Tenge to yuan", post.format("6.91", "4", "491.12"))
    b = fingerprint("Tenge to yuan", post.format("6.94", "5", "493.40"))
    assert similarity(a, b) >= DEFAULT.threshold
    assert numbers_conflict(a, b)
    assert not is_same_story(a, b)
    # a copy that drops numbers, or adds one, is no conflict
    c = fingerprint("Tenge to yuan", post.format("6.91", "4", "491.12").split(". The dollar")[0])
    assert not numbers_conflict(a, c)
    d = fingerprint("Tenge to yuan", post.format("6.91", "4", "491.12") + " Up 0.3%.")
    assert not numbers_conflict(a, d)
    assert not numbers_conflict(a, b, dataclasses.replace(DEFAULT, number_conflicts=0))


def test_numbers_veto_with_truncated_samples() -> None:
    config = SimilarityConfig(max_numbers=8)
    many = " ".join(str(n) for n in range(100, 140))
    a = fingerprint("t", "numbers " + many, config=config)
    b = fingerprint("t", "numbers " + many + " 7", config=config)
    assert len(a.numbers) == 4 * 8
    assert not numbers_conflict(a, b, config)  # b only adds


def test_empty_and_tiny_items() -> None:
    empty = fingerprint("", "")
    assert empty.empty and band_keys(empty) == []
    assert similarity(empty, empty) == 0.0
    assert not is_same_story(empty, empty)
    tiny = fingerprint("Exchange rates", "")
    assert band_keys(tiny) == []  # too little text to match on
    punctuation = fingerprint("—", "…!")
    assert punctuation.empty


def test_title_only_items_can_match() -> None:
    a = fingerprint("Kazakhstan and China adopt roadmap for scientific and technical cooperation", "")
    b = fingerprint("Kazakhstan and China adopt roadmap for scientific and technical cooperation - Kazinform", "")
    assert band_keys(a) and is_same_story(a, b)


def test_signature_round_trip() -> None:
    sig = fingerprint(TITLE, TEXT)
    data = sig.to_bytes()
    assert len(data) < 1200
    again = Signature.from_bytes(data)
    assert again == sig
    assert similarity(again, sig) == 1.0
    assert band_keys(again) == band_keys(sig)


@pytest.mark.parametrize("data", [b"", b"MH", b"XX" + bytes(100), fingerprint(TITLE, TEXT).to_bytes()[:-1]])
def test_signature_rejects_garbage(data: bytes) -> None:
    with pytest.raises(ValueError):
        Signature.from_bytes(data)


def test_band_keys_shape() -> None:
    keys = band_keys(fingerprint(TITLE, TEXT))
    assert len(keys) == 2 * DEFAULT.bands == len(set(keys))
    assert keys[0].startswith("l0:") and keys[DEFAULT.bands].startswith("f0:")
    assert all(len(k) <= 20 for k in keys)


def test_band_keys_are_stable() -> None:
    """Stored keys and signatures must stay valid across releases: a change here needs a
    migration (re-fingerprint), so it must be deliberate."""
    sig = fingerprint(TITLE, TEXT)
    assert band_keys(sig)[:2] == GOLDEN_KEYS
    assert sig.family == GOLDEN_FAMILY


GOLDEN_KEYS = ["l0:d4329c644fa318a4", "l1:25e4b0562a875273"]
GOLDEN_FAMILY = 537517995


def test_deterministic_across_processes() -> None:
    code = (
        "from monitor.dedup import fingerprint, band_keys;"
        f"print(','.join(band_keys(fingerprint({TITLE!r}, {TEXT!r}))))"
    )
    runs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                             check=True, cwd=Path(__file__).resolve().parents[3])
        runs.add(out.stdout.strip())
    assert runs == {",".join(band_keys(fingerprint(TITLE, TEXT)))}


def test_other_configuration_is_refused() -> None:
    other = SimilarityConfig(seed=1)
    a, b = fingerprint(TITLE, TEXT), fingerprint(TITLE, TEXT, config=other)
    assert a.family != b.family
    with pytest.raises(ValueError, match="re-fingerprint"):
        similarity(a, b)
    with pytest.raises(ValueError, match="re-fingerprint"):
        band_keys(b)  # default config
    assert band_keys(b, other)
    # decision-only fields keep the family
    assert SimilarityConfig(threshold=0.9, bands=10).family == DEFAULT.family


@pytest.mark.parametrize("kwargs", [
    {"bands": 50, "rows": 3},
    {"threshold": 0},
    {"threshold": 1.5},
    {"num_perm": 0},
    {"word_shingle": 0},
    {"lead_words": 0},
    {"cjk_sample": 0},
    {"max_chars": 10},
    {"number_conflicts": -1},
])
def test_config_validation(kwargs: dict) -> None:
    with pytest.raises(ValueError, match="invalid SimilarityConfig"):
        SimilarityConfig(**kwargs)


def test_candidate_probability() -> None:
    assert DEFAULT.candidate_probability(0.0) == 0.0
    assert DEFAULT.candidate_probability(1.0) == 1.0
    assert DEFAULT.candidate_probability(0.6) > 0.99
    assert DEFAULT.candidate_probability(0.05) < 0.01


def test_features_views() -> None:
    lead = features(TITLE, TEXT, view="lead")
    full = features(TITLE, TEXT)
    assert lead < full
    assert len(lead) <= DEFAULT.lead_words + len(TITLE.split())


def test_max_chars_bounds_the_work() -> None:
    config = SimilarityConfig(max_chars=1000)
    a = fingerprint(TITLE, TEXT[:1000] + " and more" * 10_000, config=config)
    b = fingerprint(TITLE, TEXT[:1000], config=config)
    assert similarity(a, b) == 1.0


def test_cjk_shingles_are_characters() -> None:
    a = fingerprint("中哈共建新能源联合实验室在阿拉木图揭牌",
                    "新疆大学与哈萨克斯坦阿里-法拉比国立大学共建的新能源联合实验室6日在阿拉木图揭牌。")
    b = fingerprint("中哈共建新能源联合实验室在阿拉木图揭牌--国际--人民网",
                    "新华社阿拉木图11月6日电（记者张晓东）新疆大学与哈萨克斯坦阿里-法拉比国立大学共建的新能源联合实验室6日在阿拉木图揭牌。")
    assert similarity(a, b) == 1.0
    c = fingerprint("新疆大学与吉尔吉斯斯坦高校共建冰川与水资源联合实验室",
                    "新疆大学与吉尔吉斯斯坦国立大学共建的冰川与水资源联合实验室20日在比什凯克成立。")
    assert similarity(a, c) < DEFAULT.threshold


# --------------------------------------------------------------------------------------------
# StoryIndex


def test_story_index_finds_copies_and_keeps_others_apart() -> None:
    index = StoryIndex()
    index.add(1, fingerprint(TITLE, TEXT))
    index.add(2, fingerprint("Tenge to yuan: official exchange rate for November 4",
                             "The National Bank of Kazakhstan has set the official exchange rate of "
                             "the tenge against the Chinese yuan at 6.91 tenge per yuan for November 4, 2024."))
    assert len(index) == 2
    assert index.find(fingerprint(TITLE + " - Kazinform", "ALMATY, Nov. 3 (Kazinform) – " + TEXT)) == 1
    assert index.find(fingerprint("Tenge to yuan: official exchange rate for November 5",
                                  "The National Bank of Kazakhstan has set the official exchange rate "
                                  "of the tenge against the Chinese yuan at 6.94 tenge per yuan for "
                                  "November 5, 2024.")) is None
    assert index.find(fingerprint("Huawei opens ICT academy", "Huawei opened an ICT academy in Tashkent.")) is None
    assert index.find(fingerprint("", "")) is None


def test_story_index_prefers_the_most_similar_story() -> None:
    index = StoryIndex()
    paragraphs = TEXT.split("\n\n")
    index.add(7, fingerprint(TITLE, paragraphs[0] + "\n\n" + paragraphs[1]))
    index.add(3, fingerprint(TITLE, TEXT))
    assert index.find(fingerprint(TITLE, TEXT)) == 3
    index.add(2, fingerprint(TITLE, TEXT))  # tie at 1.0: the lower story id wins
    assert index.find(fingerprint(TITLE, TEXT)) == 2


def test_story_index_uses_buckets_not_a_scan() -> None:
    index = StoryIndex()
    for n in range(200):
        index.add(n, fingerprint(f"Story {n}", f"Unrelated text number {n} about topic {n * 7} "
                                               f"with words {n % 13} and more words {n * 3}."))
    assert len(index.candidates(fingerprint(TITLE, TEXT))) == 0


def test_band_hashes_match_keys() -> None:
    sig = fingerprint(TITLE, TEXT)
    assert [f"{h:016x}" for h in band_hashes(sig)] == [k.split(":")[1] for k in band_keys(sig)]


@pytest.mark.parametrize("config", [DEFAULT, SimilarityConfig(bands=10, rows=4), SimilarityConfig(num_perm=32, bands=8)],
                         ids=["default", "10x4", "32-perm"])
def test_index_keys_many_equals_index_keys_one_by_one(config: SimilarityConfig) -> None:
    from monitor.dedup.similarity import index_keys, index_keys_many

    texts = [("Kazakh scientists open a lab", "The joint laboratory will study glaciers " * 5),
             ("", ""), ("Short", "two words"), ("中国 哈萨克斯坦 大学", "中国哈萨克斯坦大学合作" * 10),
             ("Another title entirely", "Prices rose 5% in Almaty on 3 March " * 8)]
    sigs = [fingerprint(t, b, config=config) for t, b in texts]
    assert index_keys_many(sigs, config) == [index_keys(s, config).tobytes() for s in sigs]
    assert index_keys_many([], config) == []
    with pytest.raises(ValueError, match="family"):
        index_keys_many(sigs, SimilarityConfig(seed=1))
