"""Display names for the codes carried by stories: countries, languages, topics.

One place to extend when the classifier learns a new country, language or
topic. Codes are ISO 3166-1 alpha-2 for countries and ISO 639-1 for languages.
"""

from __future__ import annotations

# The five Central Asian states, in the order digests list them.
CENTRAL_ASIA: tuple[str, ...] = ("KZ", "UZ", "KG", "TJ", "TM")

COUNTRY_NAMES: dict[str, str] = {
    "CN": "China",
    "KZ": "Kazakhstan",
    "UZ": "Uzbekistan",
    "KG": "Kyrgyzstan",
    "TJ": "Tajikistan",
    "TM": "Turkmenistan",
}

LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "ru": "Russian",
    "zh": "Chinese",
    "kk": "Kazakh",
    "uz": "Uzbek",
    "ky": "Kyrgyz",
    "tg": "Tajik",
    "tk": "Turkmen",
}

# The topics the classifier assigns, in the order digests list them.
TOPIC_LABELS: dict[str, str] = {
    "science": "Science",
    "technology": "Technology",
    "education": "Education",
}


def country_name(code: str) -> str:
    return COUNTRY_NAMES.get(code.upper(), code)


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code.lower(), code)


def topic_label(slug: str) -> str:
    return TOPIC_LABELS.get(slug, slug.replace("_", " ").replace("-", " ").capitalize())


# The classifier (classifiers/data/vocab_topics.yaml) names fine-grained topic concepts; stories
# carry the three broad topics above, which digests group by and filters choose from. Each
# classifier topic maps to one broad topic, or to None when it says how people cooperate rather
# than in what field (an agreement, a memorandum). A test keeps this table complete.
CLASSIFIER_TOPICS: dict[str, str | None] = {
    "joint_lab": "science",
    "research": "science",
    "environment": "science",
    "health": "science",
    "heritage": "science",
    "agriculture": "science",
    "technology": "technology",
    "university": "education",
    "student_exchange": "education",
    "education_policy": "education",
    "language_culture": "education",
    "vocational": "education",
    "agreement": None,
}

# Readable names for the classifier's concept ids in the "why" line
# (``china`` → ``China``, ``joint_lab`` → ``joint lab``).
CONCEPT_LABELS: dict[str, str] = {
    "china": "China",
    "china_hint": "China",
    "kz": "Kazakhstan",
    "uz": "Uzbekistan",
    "kg": "Kyrgyzstan",
    "tj": "Tajikistan",
    "tm": "Turkmenistan",
    "central_asia": "Central Asia",
    "other_partner": "other partner",
}


def broad_topics(classifier_topics: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The broad topics of a decision's ``topics``, in the classifier's order, each once.

    Topics the table does not know (a newer rules file) are kept as they are, so they still
    show and can be grouped; ``topic_label`` makes a label of them.
    """
    out: dict[str, None] = {}
    for topic in classifier_topics:
        broad = CLASSIFIER_TOPICS.get(topic, topic)
        if broad is not None:
            out.setdefault(broad, None)
    return tuple(out)


def concept_label(concept: str) -> str:
    return CONCEPT_LABELS.get(concept, concept.replace("_", " "))
