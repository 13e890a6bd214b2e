"""notifications/vocab.py agrees with the classifier's vocabulary (classifiers/data), and a stored
story becomes the ``Story`` digests and payloads are made from."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from classifiers import load_classifier
from monitor.notify.convert import to_story
from notifications.vocab import (
    CLASSIFIER_TOPICS,
    CONCEPT_LABELS,
    COUNTRY_NAMES,
    TOPIC_LABELS,
    broad_topics,
)
from storage.notify_records import StoryWithSources
from storage.item_records import Sighting, StoredItem, StoredStory

CONCEPTS = load_classifier(None).ruleset.concepts


def test_every_classifier_topic_maps_to_a_broad_topic() -> None:
    topics = {c.name for c in CONCEPTS if c.kind == "topic"}
    assert topics == set(CLASSIFIER_TOPICS), "update CLASSIFIER_TOPICS in notifications/vocab.py"
    assert set(CLASSIFIER_TOPICS.values()) - {None} == set(TOPIC_LABELS)


def test_every_country_code_and_place_has_a_name() -> None:
    places = [c for c in CONCEPTS if c.kind in ("place", "hint", "partner")]
    assert {c.code for c in places if c.code} <= set(COUNTRY_NAMES)
    assert {c.name for c in places} <= set(CONCEPT_LABELS)


@pytest.mark.parametrize(("fine", "broad"), [
    pytest.param(["joint_lab", "research", "university"], ("science", "education"), id="order-kept"),
    pytest.param(["agreement"], (), id="agreement-is-no-field"),
    pytest.param(["technology", "vocational", "technology"], ("technology", "education"), id="once-each"),
    pytest.param(["space_weather"], ("space_weather",), id="unknown-kept"),
])
def test_broad_topics(fine: list[str], broad: tuple[str, ...]) -> None:
    assert broad_topics(fine) == broad


def _item(id_: int, source: str, score: float, decision: dict | None) -> StoredItem:
    when = datetime(2026, 11, 3, 9, tzinfo=UTC)
    return StoredItem(id=id_, source_id=source, item_key=f"k{id_}", guid=None,
                      url=f"https://{source}.example.org/{id_}", title=f"Title {id_}",
                      summary=f"Summary {id_}.", content=None, language="en", published_at=when,
                      fetched_at=when, relevant=True, score=score, decision=decision,
                      rules_version="t", story_id=1)


def test_a_stored_story_is_explained_by_its_best_item() -> None:
    when = datetime(2026, 11, 3, 9, tzinfo=UTC)
    best = {"countries": ["CN", "UZ"], "topics": ["student_exchange", "research"],
            "matches": [{"term": "Uzbek", "concept": "uz", "field": "title"},
                        {"term": "scholarships", "concept": "student_exchange", "field": "title"}]}
    items = (_item(1, "wire", 3.0, {"countries": ["CN"], "topics": [], "matches": []}),
             _item(2, "daily", 6.0, best))
    stored = StoredStory(id=1, title="Title 1", url="https://wire.example.org/1", language="en",
                         published_at=when, first_seen_at=when, last_seen_at=when, relevant=True,
                         relevant_since=when, score=6.0, items=items,
                         sightings=(Sighting(1, "wire", None, None, when),
                                    Sighting(2, "daily", None, None, when)))
    story = to_story(StoryWithSources(stored, {"wire": "Example Wire", "daily": "Example Daily"}))
    assert story is not None
    assert (story.title, story.summary, story.sources) == ("Title 1", "Summary 1.",
                                                           ("Example Wire", "Example Daily"))
    assert (story.countries, story.topics, story.score) == (("CN", "UZ"), ("education", "science"), 6.0)
    assert story.why == "Uzbekistan (title: 'Uzbek'), student exchange (title: 'scholarships')"
    assert [i.source_name for i in story.items] == ["Example Wire", "Example Daily"]
    assert to_story(StoryWithSources(StoredStory(**{**stored.__dict__, "items": ()}), {})) is None
