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
