"""Text that the code page writes is normalised over its bytes (normalize._normalize_page), and
the matcher folds those bytes instead of encoding the folded text again: both give exactly what
the character-by-character path gives (issue 12, a faster matcher)."""

from __future__ import annotations

import random

from classifiers import load_classifier
from classifiers.matcher import fold, squeeze
from classifiers.normalize import CODE_PAGE, _normalize_page, _normalize_str, encode_page, normalize

# Every character the page writes, and some it does not (Uzbek ў, Chinese, a lone surrogate).
_PAGE_CHARS = [ch for b in range(256) if (ch := bytes([b]).decode(CODE_PAGE, "replace")) != "\ufffd"]
_OTHERS = ["ў", "中", "\ud800", "İ", "\u0301", "ｋ"]
_WORDS = ["Казахстан", "Китай", "Қытай", "университет", "ЁЛКА", "Учёные", "научно-технический", "КазНУ",
          "O‘zbekiston", "Kyrgyzstan", "«Цинхуа»", "Ташкент — Пекин", "\u00a0", "  ", "\n", "№ 5", "I", "ё"]


def _texts(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        parts = [rnd.choice(_WORDS) if rnd.random() < 0.6 else "".join(rnd.choices(_PAGE_CHARS, k=rnd.randint(1, 6)))
                 for _ in range(rnd.randint(1, 12))]
        if rnd.random() < 0.1:
            parts.append(rnd.choice(_OTHERS))
        out.append(" ".join(parts))
    return out


def test_page_path_gives_what_the_str_path_gives() -> None:
    taken = 0
    for text in _texts(1, 3000) + _PAGE_CHARS + [c * 3 + "ж" for c in _PAGE_CHARS]:
        if text.isascii():
            continue
        page = _normalize_page(text)
        expected = _normalize_str(text)
        if page is None:
            continue
        taken += 1
        assert (page.text, page.starts, page.ends, page.plain) == (
            expected.text, expected.starts, expected.ends, expected.plain), repr(text)
        assert page.page == page.text.encode(CODE_PAGE)
    assert taken > 1000  # most of these texts take the page path


def test_matcher_folds_the_page_bytes_as_it_folds_the_text() -> None:
    m = load_classifier().matcher
    for text in _texts(2, 1500):
        norm = normalize(text)
        if norm.page is None:
            continue
        assert m.hits(norm.text, norm.plain, norm.page) == m.hits(norm.text, norm.plain), repr(text)
        t = squeeze(fold(norm.text, norm.plain))[0]
        assert encode_page(t) == t.encode(CODE_PAGE)


def test_encode_page_declines_what_the_page_does_not_write() -> None:
    assert encode_page("中国与哈萨克斯坦") is None
    assert encode_page("Казахстан и 中国") is None  # starts in the page, fails later
    assert encode_page("Қазақстан") == "Қазақстан".encode(CODE_PAGE)
    assert encode_page("") == b""
