"""The story filters, the cursor and highlighting (pure, table-driven)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from monitor.web.filters import QueryError, decode_cursor, encode_cursor, highlight, parse_story_query

NOW = datetime(2026, 11, 6, 12, 0, tzinfo=UTC)


def parse(query: dict[str, list[str]], **kwargs: object):  # type: ignore[no-untyped-def]
    return parse_story_query(query, now=NOW, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(("query", "field", "expected"), [
    ({}, "countries", ()),
    ({"country": ["KZ"]}, "countries", ("KZ",)),
    ({"country": ["kz,uz"]}, "countries", ("KZ", "UZ")),
    ({"country": ["UZ", "Kazakhstan"]}, "countries", ("KZ", "UZ")),
    ({"country": [""]}, "countries", ()),
    ({"topic": ["Science"]}, "topics", ("science",)),
    ({"lang": ["RU", "zh"]}, "languages", ("ru", "zh")),
    ({"q": ["  joint   laboratory "]}, "q", "joint laboratory"),
    ({"since": ["2026-11-01"]}, "since", datetime(2026, 11, 1, tzinfo=UTC)),
    ({"since": ["2026-11-01T08:00+05:00"]}, "since", datetime(2026, 11, 1, 3, tzinfo=UTC)),
    ({"since": ["7d"]}, "since", NOW - timedelta(days=7)),
    ({"since": ["12h"]}, "since", NOW - timedelta(hours=12)),
    ({}, "relevant", True),
    ({"relevant": ["false"]}, "relevant", False),
    ({"relevant": ["any"]}, "relevant", None),
    ({"limit": ["5"]}, "limit", 5),
], ids=["none", "one-country", "comma-list", "name-and-code", "empty-value", "topic-case",
        "languages", "q-spaces", "since-date", "since-zone", "since-7d", "since-12h",
        "relevant-default", "relevant-false", "relevant-any", "limit"])
def test_parses(query: dict[str, list[str]], field: str, expected: object) -> None:
    assert getattr(parse(query), field) == expected


@pytest.mark.parametrize(("query", "param", "hint"), [
    ({"country": ["XX"]}, "country", "valid country values: CN (China)"),
    ({"topic": ["sport"]}, "topic", "valid topic values"),
    ({"lang": ["english"]}, "lang", "ISO 639-1"),
    ({"since": ["last week"]}, "since", "a date like 2026-11-01 or a period like 7d"),
    ({"relevant": ["maybe"]}, "relevant", "true, false or any"),
    ({"limit": ["0"]}, "limit", "from 1 to 200"),
    ({"limit": ["ten"]}, "limit", "from 1 to 200"),
    ({"cursor": ["bm90LWEtY3Vyc29y"]}, "cursor", "start again without it"),
    ({"q": ["x" * 201]}, "q", "at most 200"),
], ids=["country", "topic", "lang", "since", "relevant", "limit-zero", "limit-word", "cursor",
        "q-long"])
def test_errors_name_the_parameter_and_the_fix(query: dict[str, list[str]], param: str,
                                               hint: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse(query)
    assert caught.value.param == param
    assert str(caught.value).startswith(f"{param}: ") and hint in str(caught.value)


def test_broad_topics_become_the_classifiers_topics() -> None:
    topics = parse({"topic": ["education"]}).to_filter().topics
    assert {"university", "student_exchange", "education"} <= set(topics)
    assert "joint_lab" not in topics


def test_words_are_lowercased_and_deduplicated() -> None:
    assert parse({"q": ["University university ЛАБОРАТОРИЯ"]}).words == ("university", "лаборатория")


@pytest.mark.parametrize("position", [
    (datetime(2026, 11, 3, 9, 30, tzinfo=UTC), 42),
    (datetime(1999, 1, 1, tzinfo=UTC), 1),
], ids=["ordinary", "old"])
def test_cursor_round_trip(position: tuple[datetime, int]) -> None:
    assert decode_cursor(encode_cursor(position)) == position


def test_params_keep_the_filters_for_links() -> None:
    query = parse({"country": ["KZ"], "q": ["a&b"], "since": ["7d"]})
    assert query.params() == "country=KZ&since=7d&q=a%26b"
    assert "cursor=" in query.params(cursor=(NOW, 3))


@pytest.mark.parametrize(("text", "terms", "expected"), [
    ("China and Kazakhstan", ["China", "Kazakhstan"],
     [("China", True), (" and ", False), ("Kazakhstan", True)]),
    ("Chinese china CHINA", ["China"],
     [("Chinese ", False), ("china", True), (" ", False), ("CHINA", True)]),
    ("Китай и Казахстана", ["казахстан"], [("Китай и ", False), ("Казахстан", True), ("а", False)]),
    ("中国与哈萨克斯坦共建联合实验室", ["哈萨克斯坦", "联合实验室"],
     [("中国与", False), ("哈萨克斯坦", True), ("共建", False), ("联合实验室", True)]),
    ("joint laboratory", ["joint", "joint laboratory"], [("joint laboratory", True)]),
    ("a+b (c)", ["+b (c"], [("a", False), ("+b (c", True), (")", False)]),
    ("nothing here", [], [("nothing here", False)]),
    ("", ["x"], []),
    ("<b>", ["<b>"], [("<b>", True)]),
], ids=["two-terms", "case-insensitive", "cyrillic-inflected", "chinese", "longest-wins",
        "regex-characters", "no-terms", "empty-text", "markup-stays-text"])
def test_highlight(text: str, terms: list[str], expected: list[tuple[str, bool]]) -> None:
    assert highlight(text, terms) == expected
