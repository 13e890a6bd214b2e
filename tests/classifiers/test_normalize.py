"""Normalisation: NFKC, case, ё, apostrophes, İ, traditional Chinese, offsets."""

from __future__ import annotations

import pytest
import yaml

from classifiers.normalize import POST_TABLE, clean_surrogates, normalize
from classifiers.vocabulary import expand_braces, term_key

from .conftest import DATA


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Kazakhstan", "kazakhstan"),
        ("КАЗАХСТАН", "казахстан"),
        ("Ёлка Учёные", "елка ученые"),
        ("ＫＺ and ＣＨＩＮＡ", "kz and china"),  # fullwidth Latin
        ("ﬁeld", "field"),  # ligature
        ("İstanbul", "istanbul"),  # Kazakh/Turkish dotted capital I
        ("qıtay", "qitay"),  # dotless i
        ("и\u0306од", "йод"),  # decomposed й is composed
        ("soft\u00adhyphen zero\u200bwidth", "softhyphen zerowidth"),
        ("哈薩克斯坦國立大學", "哈萨克斯坦国立大学"),  # traditional → simplified
        ("中國科學院與烏茲別克斯坦", "中国科学院与乌兹别克斯坦"),
        ("中国，合作：（实验室）", "中国，合作：（实验室）"),  # fullwidth punctuation left alone
        ("Ⅻ 𝐀bc", "xii abc"),  # compatibility characters outside the BMP
    ],
    ids=["latin", "cyrillic-case", "yo", "fullwidth", "ligature", "dotted-I", "dotless-i",
         "decomposed", "invisible", "traditional-1", "traditional-2", "cjk-punctuation", "astral"],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


@pytest.mark.parametrize("raw", ["O'zbekiston", "Oʻzbekiston", "Oʼzbekiston", "O’zbekiston", "O‘zbekiston",
                                 "O`zbekiston", "Ozbekiston"],
                         ids=["ascii", "turned-comma", "modifier", "right-quote", "left-quote", "backtick", "none"])
def test_every_uzbek_apostrophe_has_the_same_key(raw: str) -> None:
    assert term_key(normalize(raw).text) == "ozbekiston"


def test_lone_surrogates_become_replacement_characters() -> None:
    assert clean_surrogates("a\ud800b\udfffc") == "a\ufffdb\ufffdc"
    assert normalize("x\ud800y").text == "x\ufffdy"


@pytest.mark.parametrize(
    ("raw", "needle"),
    [("Ｋazakhstan and ＫＺ", "ＫＺ"), ("ﬁne Kazakh", "Kazakh"), ("a\u00adb Kazakh", "Kazakh"),
     ("и\u0306од Казах", "Казах"), ("İİ Kazakh", "Kazakh")],
    ids=["fullwidth", "ligature", "soft-hyphen", "decomposed", "dotted-I"],
)
def test_offsets_map_back_to_the_original(raw: str, needle: str) -> None:
    norm = normalize(raw)
    target = normalize(needle).text
    start = norm.text.rindex(target)
    s, e = norm.span(start, start + len(target))
    assert raw[s:e] == needle


def test_fast_path_keeps_offsets_identical() -> None:
    norm = normalize("Казахстан и Китай")
    assert norm.starts is None
    assert norm.span(3, 7) == (3, 7)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("a{b,c}d", ["abd", "acd"]), ("{x,}y", ["xy", "y"]), ("{a,b}{c,d}", ["ac", "ad", "bc", "bd"]),
     ("{a{1,2},b}", ["a1", "a2", "b"]), ("plain", ["plain"])],
    ids=["simple", "empty-option", "product", "nested", "none"],
)
def test_brace_expansion(raw: str, expected: list[str]) -> None:
    assert expand_braces(raw) == expected


def test_variant_table_is_well_formed() -> None:
    pairs = yaml.safe_load((DATA / "zh_variants.yaml").read_text(encoding="utf-8"))["pairs"].split()
    assert all(len(p) == 2 for p in pairs)
    assert all(len(k) == 1 and len(v) == 1 for k, v in POST_TABLE.items())  # 1:1 keeps offsets


@pytest.mark.parametrize("name", ["_SLOW_RE", "_ANY_RE"])
def test_nfkc_class_computed_once_is_the_reference(name: str) -> None:
    """Both character classes hold what ``_needs_nfkc()`` computes (now computed once at import)."""
    from classifiers import normalize as n

    assert n._NEEDS_NFKC == n._needs_nfkc()
    assert getattr(n, name).pattern.startswith("[" + n._needs_nfkc())
