"""headline_only() reads long texts piece by piece: the answer is the one over the whole text."""

from __future__ import annotations

import re

import pytest

from monitor.enrich.candidates import FEED_ARTICLE_CHARS, HEADLINE_ONLY_CHARS, headline_only, text_beyond_headline

_WORDS = re.compile(r"\w+")


def reference(title: str, summary: str, content: str | None) -> bool:
    """The rule as first written: the whole text folded and split at once."""
    return reference_count(title, summary, content, HEADLINE_ONLY_CHARS) < HEADLINE_ONLY_CHARS


TITLE = "İstanbul Straße Kazakh scientists open a lab 中国 哈萨克斯坦"
CASES = {
    "headline-repeated-long": (TITLE, (TITLE + " ") * 60, None),
    "new-words-past-the-first-piece": (TITLE, (TITLE + " ") * 30 + "glaciers of the Tian Shan monitored " * 5, None),
    "a-few-new-words-spread-over-pieces": (TITLE, ((TITLE + " ") * 20 + "glacier ") * 8, None),
    "dotted-capital-i-on-a-cut": (TITLE, "x" * 159 + " İstanbul " + "İ" * 600, None),
    "sharp-s-on-a-cut": (TITLE, "Straße " * 73 + "STRASSE ß" * 50, None),
    "chinese-without-spaces": ("中国", "中国哈萨克斯坦" * 200, None),
    "no-white-space-at-all": ("a", "b" * 3000, None),
    "spaces-of-every-kind": (TITLE, ("lab\u3000lab\u2028lab\x1clab\u00a0" * 200) + "new words here " * 10, None),
    "content-after-a-long-summary": (TITLE, (TITLE + "\n") * 40, "A long article body " * 40),
    "short-texts": ("Kazakh scientists open a lab", "ALMATY, Dec 5 (Kazinform)", None),
}


@pytest.mark.parametrize(("title", "summary", "content"), CASES.values(), ids=CASES.keys())
def test_the_same_answer_as_over_the_whole_text(title: str, summary: str, content: str | None) -> None:
    assert headline_only(title, summary, content) is reference(title, summary, content)


def reference_count(title: str, summary: str, content: str | None, cap: int) -> int:
    head = set(_WORDS.findall(title.casefold()))
    rest = 0
    for text in (summary, content or ""):
        for word in _WORDS.findall(text.casefold()):
            if word not in head:
                rest += len(word) + 1
                if rest >= cap:
                    return rest
    return rest


@pytest.mark.parametrize("cap", [HEADLINE_ONLY_CHARS, FEED_ARTICLE_CHARS, 10_000])
@pytest.mark.parametrize(("title", "summary", "content"), CASES.values(), ids=CASES.keys())
def test_the_same_count_as_over_the_whole_text(title: str, summary: str, content: str | None, cap: int) -> None:
    assert text_beyond_headline(title, summary, content, cap) == reference_count(title, summary, content, cap)


def test_ascii_words_are_the_regex_words() -> None:
    """_words() splits ASCII text without the regex: the same words, in the same order."""
    import random

    from monitor.enrich.candidates import _words

    rng = random.Random(16)
    alphabet = [chr(cp) for cp in range(128)]
    texts = ["", "Kazakh scientists, open a lab!", "under_score x2 Ab-CD\tE\nF", "İstanbul Straße", "中国 lab"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(20_000)]
    for text in texts:
        assert _words(text) == _WORDS.findall(text.casefold()), repr(text)
