"""Table-driven decisions: every language and script, every hard-negative kind."""

from __future__ import annotations

import pytest

from classifiers import Classifier

from .cases import CASES, IRRELEVANT, RELEVANT

CA_CODES = {"KZ", "UZ", "KG", "TJ", "TM"}


@pytest.mark.parametrize(("title", "summary", "relevant"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_decision(clf: Classifier, title: str, summary: str, relevant: bool) -> None:
    d = clf.classify(title=title, summary=summary)
    assert d.relevant is relevant, d.explain()


@pytest.mark.parametrize(("title", "summary"), [c[1:] for c in RELEVANT], ids=[c[0] for c in RELEVANT])
def test_relevant_items_name_china_and_a_central_asian_country_or_region(
    clf: Classifier, title: str, summary: str
) -> None:
    d = clf.classify(title=title, summary=summary)
    assert "CN" in d.countries
    assert CA_CODES & set(d.countries) or any(m.concept == "central_asia" for m in d.matches)
    assert d.topics, d.explain()


@pytest.mark.parametrize(("title", "summary"), [c[1:] for c in RELEVANT], ids=[c[0] for c in RELEVANT])
def test_relevant_items_also_caught_from_the_body_alone(clf: Classifier, title: str, summary: str) -> None:
    """Feeds without titles (or with the story only in the body) still work."""
    d = clf.classify(content=f"{title}. {summary}")
    assert d.relevant, d.explain()


@pytest.mark.parametrize(("title", "summary"), [c[1:] for c in IRRELEVANT], ids=[c[0] for c in IRRELEVANT])
def test_hard_negatives_stay_out_with_every_field_layout(clf: Classifier, title: str, summary: str) -> None:
    assert not clf.classify(summary=f"{title}. {summary}").relevant
    assert not clf.classify(content=f"{title}. {summary}").relevant


MUST_CATCH = [
    ("joint-agri-centre",
     {"title": "Chinese and Kazakh universities found joint agriculture centre",
          "summary": "Nanjing Agricultural University and Kazakh National Agrarian Research University "
                  "will breed new wheat varieties together."}),
    ("lab-with-chinese-equipment",
     {"title": "A joint laboratory opened at L.N. Gumilyov Eurasian National University",
          "summary": "The equipment was provided by Shaanxi Normal University."}),
    ("russian-urumqi-bureau",
     {"title": "Казахский технический университет и Бюро науки и технологий Урумчи подписали "
                "соглашение о научном сотрудничестве", "summary": ""}),
    ("chinese-scholarships-kyrgyz",
     {"title": "吉尔吉斯斯坦学生获中国政府奖学金", "summary": "今年共有两百名学生赴华留学。"}),
]


@pytest.mark.parametrize("item", [m[1] for m in MUST_CATCH], ids=[m[0] for m in MUST_CATCH])
def test_must_catch_stories_from_the_brief(clf: Classifier, item: dict[str, str]) -> None:
    d = clf.classify(**item)
    assert d.relevant, d.explain()


STAY_IN_OR_OUT = [
    ("pipeline-mentions-university", False,
     {"title": "Central Asia–China gas pipeline: fourth line agreed",
          "summary": "The line will carry gas from Turkmenistan through Uzbekistan and Kazakhstan to "
                  "Xinjiang. Kazakh engineers will be trained at a university in Almaty."}),
    ("joint-lab-mentions-trade", True,
     {"title": "China–Uzbekistan joint laboratory for cotton genetics opens in Tashkent",
          "summary": "Researchers from the Chinese Academy of Agricultural Sciences and the Uzbek "
                  "Academy of Sciences will share equipment. Trade between the countries reached "
                  "$10 billion last year."}),
    ("research-side-of-energy", True,
     {"title": "China and Turkmenistan open joint research centre on gas field geology",
          "summary": "Scientists from both countries will train doctoral students at the centre."}),
]


@pytest.mark.parametrize(("relevant", "item"), [(m[1], m[2]) for m in STAY_IN_OR_OUT], ids=[m[0] for m in STAY_IN_OR_OUT])
def test_hard_negatives_weighed_against_cooperation_evidence(
    clf: Classifier, relevant: bool, item: dict[str, str]
) -> None:
    d = clf.classify(**item)
    assert d.relevant is relevant, d.explain()


from .headlines import HEADLINES  # noqa: E402


@pytest.mark.parametrize(("headline", "relevant"), [h[1:] for h in HEADLINES], ids=[h[0] for h in HEADLINES])
def test_headline_alone(clf: Classifier, headline: str, relevant: bool) -> None:
    """A headline with no summary (Google News searches and many feeds give only that)."""
    d = clf.classify(title=headline)
    assert d.relevant is relevant, d.explain()
