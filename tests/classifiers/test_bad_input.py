"""Hostile input gets a decision or a clear error, never a crash or a hang."""

from __future__ import annotations

import random
import time

import pytest

from classifiers import Classifier, InputError

RELEVANT_TITLE = "Chinese and Kazakh universities open joint laboratory"


def junk(seed: int, n: int) -> str:
    rnd = random.Random(seed)
    return "".join(chr(rnd.randrange(0, 0x10FFFF)) for _ in range(n))


@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"title": "", "summary": "", "content": ""},
        {"title": None, "summary": None},
        {"title": "   \n\t  "},
        {"summary": "\x00\x01\x02\x7f"},
        {"summary": junk(1, 5000)},
        {"content": junk(2, 20000)},
        {"title": "\ud800\udfff\ud800", "summary": "Kazakhstan \udc80 China"},
        {"summary": "Казахстан 中国 Kazakhstan Ўзбекистон O‘zbekiston Қытай 𝐀𝐁 ﷺ ﷽ \u202e RTL"},
        {"summary": "\u0301" * 1000 + "Казахстан"},
        {"summary": "\ufb01" * 5000},
        {"title": b"\xff\xfe\xfd binary \x00 Kazakhstan"},
        {"summary": bytearray(b"China Kazakhstan university")},
    ],
    ids=["nothing", "empty-strings", "nones", "whitespace", "control-chars", "random-unicode",
         "random-unicode-content", "lone-surrogates", "mixed-scripts", "combining-flood", "ligature-flood",
         "bytes", "bytearray"],
)
def test_junk_gets_a_decision(clf: Classifier, fields: dict[str, object]) -> None:
    d = clf.classify(**fields)  # type: ignore[arg-type]
    assert isinstance(d.relevant, bool)
    d.to_dict()
    d.explain().encode("utf-8")  # explanations are always valid UTF-8


def test_lone_surrogates_do_not_leak_into_matches(clf: Classifier) -> None:
    d = clf.classify(title="Kazakhstan\ud800China")
    for m in d.matches:
        m.term.encode("utf-8")


@pytest.mark.parametrize("value", [123, 4.5, ["China"], {"a": 1}, object()], ids=["int", "float", "list", "dict", "object"])
def test_non_text_is_a_clear_error(clf: Classifier, value: object) -> None:
    with pytest.raises(InputError, match=r"^summary: expected text \(str\), bytes or None, got "):
        clf.classify(summary=value)  # type: ignore[arg-type]
    assert issubclass(InputError, ValueError)


def test_five_megabytes_is_capped_and_fast(clf: Classifier) -> None:
    block = "Kazakhstan and China signed a trade deal. " * 100
    huge = block * (5_000_000 // len(block))
    start = time.process_time()
    d = clf.classify(title=RELEVANT_TITLE, summary=huge, content=huge)
    took = time.process_time() - start
    assert took < 2.0, took
    limits = clf.ruleset.limits
    assert max(m.offset for m in d.matches if m.field == "content") < limits["content"]
    assert max(m.offset for m in d.matches if m.field == "summary") < limits["summary"]


def test_text_beyond_the_cap_is_ignored(clf: Classifier) -> None:
    limit = clf.ruleset.limits["content"]
    padding = "x " * limit
    assert clf.classify(content="Chinese and Kazakh universities open a joint laboratory." + padding).relevant
    assert not clf.classify(content=padding + "Chinese and Kazakh universities open a joint laboratory.").relevant


def test_pathological_separators_do_not_hang(clf: Classifier) -> None:
    text = "nur" + "-" * 50_000 + "sultan " + "o'" * 20_000
    start = time.process_time()
    clf.classify(summary=text)
    assert time.process_time() - start < 2.0
