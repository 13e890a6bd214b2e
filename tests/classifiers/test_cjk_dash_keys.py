"""Han keys with a dash or a middle dot (classifiers/forms.py, cjk_variants): the matcher folds a
text's dash to a space before it looks, so a key written with a dash (戈尔诺-巴达赫尚自治州,
俄罗斯-塔吉克斯拉夫大学) never matched; each is now looked for with a space and with nothing there."""

from __future__ import annotations

import pytest

from classifiers import Classifier
from classifiers.forms import cjk_variants

from .tables import assert_reading, rows


@pytest.mark.parametrize(("text", "expected"), [
    ("中亚", ["中亚"]),
    ("阿里·法拉比", ["阿里·法拉比", "阿里法拉比"]),
    ("戈尔诺-巴达赫尚", ["戈尔诺 巴达赫尚", "戈尔诺巴达赫尚"]),
    ("中国—中亚", ["中国 中亚", "中国中亚"]),
    ("阿里·法拉比-哈", ["阿里·法拉比 哈", "阿里·法拉比哈", "阿里法拉比 哈", "阿里法拉比哈"]),
    ("中国--中亚", ["中国 中亚", "中国中亚"]),
], ids=["plain", "middle-dot", "hyphen", "em-dash", "both", "two-dashes"])
def test_cjk_variants(text: str, expected: list[str]) -> None:
    assert cjk_variants(text) == expected


# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("gbao-with-a-hyphen-is-tajikistan", "戈尔诺-巴达赫尚自治州", "tj", True),
    ("gbao-with-an-em-dash-is-tajikistan", "戈尔诺—巴达赫尚自治州", "tj", True),
    ("gbao-run-together-is-tajikistan", "戈尔诺巴达赫尚自治州", "tj", True),
    ("rtsu-with-a-hyphen-is-tajikistan", "俄罗斯-塔吉克斯拉夫大学", "tj", True),
    ("rtsu-is-no-russian-partner", "俄罗斯-塔吉克斯拉夫大学", "other_partner", False),
    ("russia-and-tajikistan-is-a-partner", "俄罗斯和塔吉克斯坦", "other_partner", True),
    ("farabi-with-a-hyphen-is-a-university", "阿里-法拉比哈萨克国立大学", "university", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_cjk_dash_key_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)
