"""Text normalisation: datelines, site names, and the vectorised tokeniser against its reference."""

from __future__ import annotations

import random

import numpy as np
import pytest

from monitor.dedup.text import (
    is_number,
    prepare_body,
    prepare_title,
    strip_dateline,
    strip_site_suffix,
    token_hash,
    token_hashes,
    tokens,
)
from tests.monitor.dedup.corpus import load_corpus

DATELINES = [
    ("en-kazinform", "ALMATY, Nov. 3 (Kazinform) – Tsinghua University and KazNU", "Tsinghua University and KazNU"),
    ("en-kazinform-caps", "ASTANA. KAZINFORM – The ministry said", "The ministry said"),
    ("en-xinhua", "DUSHANBE, Nov. 4 (Xinhua) -- A Luban Workshop", "A Luban Workshop"),
    ("en-reuters", "ALMATY (Reuters) - Kazakhstan's central bank", "Kazakhstan's central bank"),
    ("en-country", "TASHKENT, Uzbekistan — The Chinese Academy", "The Chinese Academy"),
    ("en-date-only", "TASHKENT, Oct 21 – Trade between", "Trade between"),
    ("en-full-date", "NUR-SULTAN, November 3, 2024 /Kazinform/ - Kazakhstan and China", "Kazakhstan and China"),
    ("ru-kazinform", "АСТАНА. КАЗИНФОРМ – Китай выделит", "Китай выделит"),
    ("ru-kazinform-date", "АСТАНА, 6 ноября. /Казинформ/ – Министр науки", "Министр науки"),
    ("ru-sputnik", "БИШКЕК, 5 ноя — Sputnik. Кыргызский национальный университет", "Кыргызский национальный университет"),
    ("ru-ria", "МОСКВА, 3 ноя — РИА Новости. Китай и Казахстан", "Китай и Казахстан"),
    ("ru-plain", "ТАШКЕНТ, 12 ноя — В столице открылся", "В столице открылся"),
    ("zh-xinhua", "新华社阿拉木图11月6日电（记者张晓东）新疆大学与哈萨克斯坦", "新疆大学与哈萨克斯坦"),
    ("zh-xinhua-halfwidth", "新华社乌鲁木齐11月3日电 (记者 张三) 新疆大学", "新疆大学"),
    ("zh-chinanews", "中新网比什凯克11月12日电 中吉乌铁路", "中吉乌铁路"),
    ("zh-benbao", "本报讯（记者 刘洋）11月8日，中国科学院", "11月8日，中国科学院"),
    ("zh-bracket", "【环球网报道 记者 王磊】中国与中亚", "中国与中亚"),
    ("zh-fullwidth-digits", "新华社北京１１月３日电 中国", "中国"),
]
NOT_DATELINES = [
    ("en-sentence", "Tsinghua University and KazNU opened a lab."),
    ("en-acronym-sentence", "UNESCO and China – the two partners – agreed."),
    ("en-short-caps", "US – China trade rose."),
    ("ru-sentence", "Китай выделит казахстанским студентам 200 грантов."),
    ("zh-date-in-sentence", "11月15日，中国—中亚教育部长会议在陕西西安举行。"),
    ("only-a-dateline", "ASTANA, Nov 3 (Kazinform) – "),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in DATELINES], ids=[c[0] for c in DATELINES])
def test_strip_dateline(text: str, expected: str) -> None:
    assert strip_dateline(text) == expected


@pytest.mark.parametrize("text", [c[1] for c in NOT_DATELINES], ids=[c[0] for c in NOT_DATELINES])
def test_strip_dateline_leaves_other_openings(text: str) -> None:
    assert strip_dateline(text) == text


TITLES = [
    ("dash", "Tenge to yuan: official exchange rate for November 4 - Kazinform", "Tenge to yuan: official exchange rate for November 4"),
    ("pipe", "Huawei ICT Academy opens at Astana IT University | Kazinform", "Huawei ICT Academy opens at Astana IT University"),
    ("pipe-two-words", "Казахстанские студенты получат 200 грантов | Казахстанская правда", "Казахстанские студенты получат 200 грантов"),
    ("em-dash", "Uzbekistan–China trade reaches $9.6 billion — UzDaily", "Uzbekistan–China trade reaches $9.6 billion"),
    ("people-cn", "中哈共建新能源联合实验室在阿拉木图揭牌--国际--人民网", "中哈共建新能源联合实验室在阿拉木图揭牌"),
    ("underscore", "新疆大学与哈萨克斯坦高校共建联合实验室揭牌_天山网", "新疆大学与哈萨克斯坦高校共建联合实验室揭牌"),
    ("keeps-short-head", "Kazakhstan - China trade grows", "Kazakhstan - China trade grows"),
    ("keeps-long-tail", "Lab opens - and it will study glaciers in the Tien Shan", "Lab opens - and it will study glaciers in the Tien Shan"),
    ("keeps-unspaced-dash", "中国-中亚合作论坛在西安开幕", "中国-中亚合作论坛在西安开幕"),
]


@pytest.mark.parametrize(("title", "expected"), [c[1:] for c in TITLES], ids=[c[0] for c in TITLES])
def test_strip_site_suffix(title: str, expected: str) -> None:
    assert strip_site_suffix(title) == expected


TOKENS = [
    ("case-punct", "Tsinghua, KazNU: open LAB!", ["tsinghua", "kaznu", "open", "lab"]),
    ("uzbek-apostrophes", "Oʻzbekiston O'zbekiston O’zbekiston", ["ozbekiston"] * 3),
    ("yo", "Ёлка, ещё", ["елка", "еще"]),
    ("fullwidth", "ＡＢＣ　１２３", ["abc", "123"]),
    ("ligature-nfkc", "ﬁnancial", ["financial"]),
    ("decomposed-nfkc", "и\u0306 Ё", ["й", "е"]),  # и + combining breve composes to й
    ("soft-hyphen", "laбо\u00adратория", ["laборатория"]),
    ("dotted-i", "İstanbul", ["istanbul"]),
    ("cjk-chars", "中国与哈萨克斯坦", ["中", "国", "与", "哈", "萨", "克", "斯", "坦"]),
    ("mixed", "新华社 abc 中国x12年", ["新", "华", "社", "abc", "中", "国", "x12", "年"]),
    ("astral", "𠀀𠀁 a", ["𠀀", "𠀁", "a"]),
    ("numbers", "$9.6 billion, 21,4%", ["9", "6", "billion", "21", "4"]),
    ("underscore-separates", "snake_case", ["snake", "case"]),
    ("empty", " ,.;— ", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in TOKENS], ids=[c[0] for c in TOKENS])
def test_tokens(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected
    got = token_hashes("", text)
    assert got.hashes.tolist() == [token_hash(t) for t in expected]


def _check_vectorised(title: str, body: str) -> None:
    got = token_hashes(title, body)
    ref = tokens(f"{title}\n{body}")
    assert got.hashes.tolist() == [token_hash(t) for t in ref]
    assert got.numeric.tolist() == [is_number(t) for t in ref]
    assert got.n_title == len(tokens(title))


def test_vectorised_tokeniser_matches_reference_on_corpus() -> None:
    for item in load_corpus():
        _check_vectorised(prepare_title(item.title), prepare_body(item.text))


def test_vectorised_tokeniser_matches_reference_on_random_text() -> None:
    alphabet = ("abcxyz АБВёЁйЙ 中国新华 0123 .,;:!?-–—'’ʻ\u00ad\u200b\n\t_ ＡＢ１２ ﬁ İ"
                "\u0306\u0301 𠀀 é")
    rng = random.Random(5)
    for _ in range(300):
        title = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        body = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        _check_vectorised(title, body)


def test_cjk_detection() -> None:
    assert token_hashes("中哈共建联合实验室", "新疆大学与哈萨克斯坦阿里-法拉比国立大学共建的新能源联合实验室6日揭牌。").cjk
    assert not token_hashes("Lab opens", "Tsinghua and KazNU (清华大学) opened a lab.").cjk
    assert token_hashes("中哈共建联合实验室", "").cjk  # no body: the title decides
    assert not token_hashes("", "").cjk


def _tables_reference() -> tuple[np.ndarray, np.ndarray]:
    """``_tables`` as it was written first: numpy arrays filled element by element."""
    import unicodedata

    from monitor.dedup import text as t

    cls = np.zeros(t._ASTRAL + 1, dtype=np.uint8)
    fold = np.zeros(t._ASTRAL + 1, dtype=np.uint32)
    for cp in range(t._ASTRAL):
        if 0xD800 <= cp < 0xE000:
            continue
        ch = chr(cp)
        nf = unicodedata.normalize("NFKC", ch)
        if len(nf) != 1 and not any(c.isalnum() for c in nf):
            continue
        if len(nf) != 1 or unicodedata.combining(ch):
            cls[cp] = t._SLOW
            fold[cp] = cp
            continue
        if nf in t._IGNORED:
            cls[cp] = t._IGNORE
            continue
        low = nf.lower()[:1]
        fold[cp] = ord(low)
        if low.isalnum():
            cls[cp] = t._WORD
    for base in ("0123456789", "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19"):
        for ch in base:
            cls[ord(ch)] = t._DIGIT
    for lo, hi in t._CJK_RANGES:
        cls[lo: hi + 1] = t._CJK
    for ch in t._IGNORED:
        cls[ord(ch)] = t._IGNORE
    fold[0x0451] = fold[0x0401] = 0x0435
    cls[t._ASTRAL] = t._CJK
    return cls, fold


@pytest.mark.parametrize("which", [0, 1], ids=["classes", "folds"])
def test_code_point_tables_match_the_reference(which: int) -> None:
    """The tables filled through a bytearray and an array("I") equal the element-by-element ones."""
    from monitor.dedup.text import _tables

    got, want = _tables()[which], _tables_reference()[which]
    assert got.dtype == want.dtype and got.shape == want.shape
    assert np.array_equal(got, want)
