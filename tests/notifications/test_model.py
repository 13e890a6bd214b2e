from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from notifications.errors import InvalidAddress, InvalidFilter, NotificationsError
from notifications.model import DeliveryResult, Evidence, Filters, Recipient, validate_email
from tests.notifications.factories import item, make_story

STORY = make_story(countries=("CN", "KZ"), topics=("science",), language="ru",
                   languages=("ru", "en"), score=0.6)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        pytest.param(Filters(), True, id="empty-matches-all"),
        pytest.param(Filters(countries=frozenset({"KZ"})), True, id="country-hit"),
        pytest.param(Filters(countries=frozenset({"kz"})), True, id="country-lowercase"),
        pytest.param(Filters(countries=frozenset({"UZ"})), False, id="country-miss"),
        pytest.param(Filters(countries=frozenset({"UZ", "KZ"})), True, id="country-any-of"),
        pytest.param(Filters(topics=frozenset({"education"})), False, id="topic-miss"),
        pytest.param(Filters(topics=frozenset({"science", "education"})), True, id="topic-any-of"),
        pytest.param(Filters(languages=frozenset({"en"})), True, id="language-of-any-item"),
        pytest.param(Filters(languages=frozenset({"zh"})), False, id="language-miss"),
        pytest.param(Filters(min_score=0.6), True, id="score-equal-passes"),
        pytest.param(Filters(min_score=0.61), False, id="score-below"),
        pytest.param(Filters(countries=frozenset({"KZ"}), topics=frozenset({"education"})),
                     False, id="all-conditions-must-hold"),
    ],
)
def test_filters_match(filters: Filters, expected: bool) -> None:
    assert filters.matches(STORY) is expected


def test_filters_language_falls_back_to_story_language() -> None:
    story = replace(STORY, languages=(), language="zh")
    assert Filters(languages=frozenset({"zh"})).matches(story)


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        pytest.param({}, Filters(), id="nothing"),
        pytest.param({"countries": "kz, UZ ,"}, Filters(countries=frozenset({"KZ", "UZ"})),
                     id="csv-trimmed-case-insensitive"),
        pytest.param({"countries": ["tj"]}, Filters(countries=frozenset({"TJ"})), id="iterable"),
        pytest.param({"countries": "kazakhstan,China"}, Filters(countries=frozenset({"KZ", "CN"})),
                     id="country-names"),
        pytest.param({"topics": "Science,education"},
                     Filters(topics=frozenset({"science", "education"})), id="topics"),
        pytest.param({"languages": "RU,zh"}, Filters(languages=frozenset({"ru", "zh"})),
                     id="languages"),
        pytest.param({"min_score": "0.5"}, Filters(min_score=0.5), id="score-string"),
        pytest.param({"min_score": ""}, Filters(), id="score-empty"),
        pytest.param({"topics": "space", "known_topics": ("space",)},
                     Filters(topics=frozenset({"space"})), id="classifier-topics"),
    ],
)
def test_filters_parse(kwargs: dict, expected: Filters) -> None:
    assert Filters.parse(**kwargs) == expected


@pytest.mark.parametrize(
    ("kwargs", "fragments"),
    [
        pytest.param({"countries": "KZ,XX"}, ["'XX'", "KZ (Kazakhstan)", "TM (Turkmenistan)"],
                     id="unknown-country-lists-valid"),
        pytest.param({"countries": "Kazakstan"}, ["'KAZAKSTAN'", "valid country values"],
                     id="misspelt-name"),
        pytest.param({"topics": "sport"}, ["'sport'", "education, science, technology"],
                     id="unknown-topic"),
        pytest.param({"languages": "english"}, ["'english'", "en (English)", "ISO 639-1"],
                     id="unknown-language"),
        pytest.param({"min_score": "high"}, ["'high'", "at least 0"], id="score-not-number"),
        pytest.param({"min_score": -1}, ["'-1'"], id="score-negative"),
        pytest.param({"min_score": "nan"}, ["'nan'"], id="score-nan"),
    ],
)
def test_filters_parse_errors(kwargs: dict, fragments: list[str]) -> None:
    with pytest.raises(InvalidFilter) as caught:
        Filters.parse(**kwargs)
    for fragment in fragments:
        assert fragment in str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, NotificationsError)


def test_filters_describe() -> None:
    assert Filters().describe() == "all relevant stories"
    text = Filters.parse("UZ,KZ", "science", "ru", 0.5).describe()
    assert text == "Kazakhstan, Uzbekistan; Science; in Russian; score ≥ 0.5"


@pytest.mark.parametrize(
    ("evidence", "expected"),
    [
        pytest.param((), "", id="none"),
        pytest.param(
            (Evidence("Chinese", "China", "title"), Evidence("Kazakh", "Kazakhstan", "title"),
             Evidence("joint laboratory", "joint lab", "summary")),
            "China (title: 'Chinese'), Kazakhstan (title: 'Kazakh'), "
            "joint lab (summary: 'joint laboratory')",
            id="brief-example",
        ),
        pytest.param(
            (Evidence("China", "China", "title"), Evidence("Chinese", "China", "summary"),
             Evidence("China", "China", "title"), Evidence("PRC", "China", "summary")),
            "China (title: 'China', summary: 'Chinese')",
            id="two-hits-per-concept-no-repeats",
        ),
        pytest.param(
            tuple(Evidence(f"t{i}", f"c{i}", "title") for i in range(8)),
            "c0 (title: 't0'), c1 (title: 't1'), c2 (title: 't2'), c3 (title: 't3'), "
            "c4 (title: 't4'), c5 (title: 't5'), +2 more",
            id="at-most-six-concepts",
        ),
    ],
)
def test_story_why(evidence: tuple[Evidence, ...], expected: str) -> None:
    assert make_story(evidence=evidence).why == expected


def test_story_requires_aware_published() -> None:
    with pytest.raises(ValueError, match="aware"):
        make_story(published=datetime(2026, 11, 3, 9))


def test_story_normalises_lists_and_country_case() -> None:
    story = make_story(countries=["cn", "kz"], topics=["science"])  # type: ignore[arg-type]
    assert story.countries == ("CN", "KZ")
    assert story.topics == ("science",)
    hash(story)


def test_also_reported_by_prefers_item_links_and_skips_primary() -> None:
    story = make_story(
        sources=("A", "B", "C"),
        items=(item(1, "A", "https://a/1"), item(2, "B", "https://b/2"),
               item(3, "B", "https://b/3")),
    )
    assert story.also_reported_by() == [("B", "https://b/2"), ("C", None)]


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        pytest.param("reader@example.org", True, id="plain"),
        pytest.param("  first.last+tag@sub.example.co.uk ", True, id="plus-subdomain-stripped"),
        pytest.param("", False, id="empty"),
        pytest.param("reader", False, id="no-at"),
        pytest.param("a@b@example.org", False, id="two-at"),
        pytest.param("reader@localhost", False, id="undotted-domain"),
        pytest.param("reader @example.org", False, id="space"),
        pytest.param("reader@example.org\r\nBcc: x@evil.org", False, id="header-injection"),
        pytest.param("читатель@example.org", False, id="non-ascii"),
        pytest.param(".reader@example.org", False, id="leading-dot"),
        pytest.param("reader@-example.org", False, id="bad-label"),
    ],
)
def test_validate_email(value: str, ok: bool) -> None:
    if ok:
        assert validate_email(value) == value.strip()
    else:
        with pytest.raises(InvalidAddress, match="name@example.org"):
            validate_email(value)


def test_recipient_rejects_newline_in_name() -> None:
    with pytest.raises(InvalidAddress, match="display name"):
        Recipient(1, "reader@example.org", "Dana\nBcc: evil@example.org")


@pytest.mark.parametrize(
    ("result", "outcome"),
    [
        pytest.param(DeliveryResult.sent(200), "sent", id="sent"),
        pytest.param(DeliveryResult.retry("x", 503, 5.0), "retry", id="retry"),
        pytest.param(DeliveryResult.dead("x", 410), "dead", id="dead"),
    ],
)
def test_delivery_result_helpers(result: DeliveryResult, outcome: str) -> None:
    assert result.outcome == outcome


def test_delivery_result_shortens_error_and_rejects_unknown_outcome() -> None:
    assert len(DeliveryResult.retry("x" * 5000).error or "") == 500
    with pytest.raises(ValueError, match="outcome"):
        DeliveryResult("maybe")  # type: ignore[arg-type]
