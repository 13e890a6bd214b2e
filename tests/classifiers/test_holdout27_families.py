"""Two forms holdout27 showed missing, read after its one honest measurement (docs/classifier.md,
"holdout27"): Russian "train <adjective> specialists" with the adjectives the noun phrase already had
("готовить технических специалистов", as "подготовка технических специалистов"), and the Tashkent
State Institute of Oriental Studies by its acronyms from before 2020 (TSIOS, TDShI, ТДШИ). Each form
is read both ways; the decisions are checked on headlines no labelled set holds."""

from __future__ import annotations

from classifiers import Classifier

from .tables import assert_decision, assert_reading, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("ru-train-technical-specialists", "начнут совместно готовить технических специалистов", "education_policy", True),
    ("ru-train-medical-personnel", "будут готовить медицинские кадры", "education_policy", True),
    ("ru-trained-qualified-specialists", "обучили квалифицированных специалистов", "education_policy", True),
    ("ru-train-engineering-personnel", "подготовят инженерно-технических специалистов", "education_policy", True),
    ("ru-technical-questions-is-not", "обсудили технические вопросы поставок", "education_policy", False),
    ("ru-prepare-documents-is-not", "готовить технические документы", "education_policy", False),
    ("en-tsios-is-uzbekistan", "TSIOS and Shanghai University", "uz", True),
    ("en-tsios-is-university", "TSIOS delegation", "university", True),
    ("en-tsios-lowercase-is-not", "the tsios of the region", "uz", False),
    ("uz-tdshi-is-uzbekistan", "TDShI va Pekin universiteti", "uz", True),
    ("uzc-tdshi-is-uzbekistan", "ТДШИ ва Пекин университети", "uz", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_holdout27_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# (id, headline, relevant): written after the change; no labelled set holds them
DECISIONS = [
    ("ru-kz-cn-train-technical", "Узбекистан и Китай будут вместе готовить технических специалистов для энергетики", True),
    ("ru-kg-cn-train-medical", "Кыргызстан и Китай будут готовить медицинские кадры", True),
    ("ru-kz-cn-technical-talks-neg", "Казахстан и Китай обсудили технические вопросы поставок зерна", False),
    ("en-tsios-memorandum", "TSIOS and Lanzhou University sign a memorandum on joint research", True),
    ("en-tsios-alone-neg", "TSIOS hosts a national poetry evening", False),
]


@rows(("title", "expected"), DECISIONS)
def test_holdout27_decision(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)
