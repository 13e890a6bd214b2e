"""headline_only() reads long texts piece by piece: the answer is the one over the whole text."""

from __future__ import annotations

import random
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


ALPHABETS = {
    "ascii": [chr(cp) for cp in range(128)],
    "code-page": [bytes([b]).decode("kz1048") for b in range(256) if b != 0x98],  # µ included
    "code-page-and-others": [bytes([b]).decode("kz1048") for b in range(256) if b != 0x98] + list("ßİﬁ中é\u0301\u3000ǅ"),
}


@pytest.mark.parametrize("alphabet", ALPHABETS.values(), ids=ALPHABETS.keys())
def test_folded_words_are_the_regex_words(alphabet: list[str]) -> None:
    """_folded() splits a text of the code page into the regex's words of its case fold, in
    order, one byte a character; a text outside the code page (or with µ) goes to the regex."""
    import random

    from monitor.enrich.candidates import _CODEC, _folded

    rng = random.Random(16)
    texts = ["", "Kazakh scientists, open a lab!", "under_score x2 Ab-CD\tE\nF", "İstanbul Straße", "中国 lab",
             "«Қазақстан» — “Әлем” № 5… ЁЖИК ёжик", "µm μm"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(20_000)]
    taken = 0
    for text in texts:
        folded = _folded(text)
        if folded is None:
            assert not text.isascii()
            continue
        taken += 1
        assert len(folded) == len(text)
        assert [w.decode(_CODEC) for w in folded.split()] == _WORDS.findall(text.casefold()), repr(text)
    assert taken > 1_000


def _random_text(rng: random.Random, words: list[str]) -> str:
    return rng.choice([" ", "\n", ", ", " — ", "  "]).join(rng.choice(words) for _ in range(rng.randint(0, 160)))


WORDS = ("Kazakh scientists open a lab the of and in Қазақстан ғылым зертхана ашты Учёные открыли "
         "лабораторию в и Ёлка ёлка STRASSE Straße İstanbul 中国 µm 2024 x_y").split()


@pytest.mark.parametrize("cap", [HEADLINE_ONLY_CHARS, FEED_ARTICLE_CHARS, 10_000])
def test_random_texts_count_as_the_reference(cap: int) -> None:
    """Random headlines and texts (words shared with the headline, scripts in and out of the code
    page, pieces of every length): the exact count is the reference's, and the count the rules
    use (``_beyond`` without ``exact``) is the same below the cap and at or above it above."""
    from monitor.enrich.candidates import _beyond

    rng = random.Random(cap)
    for _ in range(3_000):
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 12)))
        summary, content = _random_text(rng, WORDS), rng.choice([None, "", _random_text(rng, WORDS)])
        expected = reference_count(title, summary, content, cap)
        assert text_beyond_headline(title, summary, content, cap) == expected
        loose = _beyond(title, summary, content, cap, False)
        assert loose == expected if expected < cap else loose >= cap
