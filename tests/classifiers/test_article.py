"""The fourth field, `article`: the main text of the page behind an item (docs/enrich.md)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from classifiers import Classifier, load_classifier

BODY_RU = ("Совместная лаборатория университетов Китая и Казахстана изучает ледники Тянь-Шаня. "
           "Студенты из Китая учатся в Алматы по программе обмена.")
BODY_EN = ("Scientists from Kazakhstan and China opened a joint glacier laboratory at Al-Farabi "
           "Kazakh National University; students of both countries will work there.")

CASES = [
    # (id, title, article, relevant, fields expected among the matches)
    ("ru-relevant-only-by-article", "Учёные Казахстана изучают ледники", BODY_RU, True, {"title", "article"}),
    ("en-relevant-only-by-article", "A new laboratory opens in Almaty", BODY_EN, True, {"title", "article"}),
    ("no-article-irrelevant", "A new laboratory opens in Almaty", None, False, {"title"}),
    ("football-article", "Kazakhstan beat China 2-1",
     "The football team of Kazakhstan beat China in the Asian Cup qualifier; the coach praised the defence.",
     False, {"title", "article"}),
]


@pytest.mark.parametrize(("title", "article", "relevant", "fields"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_article_field_decides_and_says_so(clf: Classifier, title: str, article: str | None, relevant: bool,
                                           fields: set[str]) -> None:
    d = clf.classify(title=title, article=article)
    assert d.relevant is relevant, d.explain()
    assert {m.field for m in d.matches} == fields
    compact = clf.classify_to_dict(title=title, article=article)
    assert compact["relevant"] is relevant
    assert {m["field"] for m in compact["matches"]} == fields
    if article:
        assert re.search(r"^\s+article@\d+\s+'", d.explain(), re.M), d.explain()
        for m in compact["matches"]:
            if m["field"] == "article":
                assert article[m["offset"]:].lower().startswith(m["term"].lower())


@pytest.mark.parametrize("where", ["title", "article"])
def test_headline_rule_fires_only_on_the_headline(clf: Classifier, where: str) -> None:
    text = "Kazakh and Chinese scientists open joint glacier laboratory"
    d = clf.classify(**{where: text}) if where == "title" else clf.classify(title="Scientists", article=text)
    fired = {r.id for r in d.rules}
    assert ("headline_names_both_sides" in fired) is (where == "title")
    assert d.relevant


def test_article_weighs_like_content(clf: Classifier) -> None:
    as_content = clf.classify(title="Учёные", content=BODY_RU)
    as_article = clf.classify(title="Учёные", article=BODY_RU)
    assert as_article.score == as_content.score
    assert [r.id for r in as_article.rules] == [r.id for r in as_content.rules]
    assert [(m.term, m.offset) for m in as_article.matches] == [(m.term, m.offset) for m in as_content.matches]


def test_article_after_every_other_field_keeps_offsets(clf: Classifier) -> None:
    d = clf.classify(title="Ёлка в Китае", summary="Казахстан — сосед", content="Студенты", article="Китая и Казахстана")
    by_field = {(m.field, m.term) for m in d.matches}
    assert ("article", "Китая") in by_field and ("article", "Казахстана") in by_field
    arts = [m for m in d.matches if m.field == "article"]
    assert [m.offset for m in arts] == [0, 8]


def test_rules_without_article_still_load(rules_dir: Path) -> None:
    rules = rules_dir / "rules.yaml"
    text = rules.read_text(encoding="utf-8")
    text = text.replace(", article: 20000}", "}").replace(", article: 0.6}", "}")
    assert "article" not in text.split("rules:")[0]
    rules.write_text(text, encoding="utf-8")
    clf = load_classifier(rules_dir)
    assert clf.ruleset.fields["article"] == clf.ruleset.fields["content"]
    assert clf.ruleset.limits["article"] == clf.ruleset.limits["content"]
    assert clf.classify(title="Учёные", article=BODY_RU).relevant
