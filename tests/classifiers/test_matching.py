"""Matching per script: word boundaries, stems, compounds, Chinese substrings, longest match."""

from __future__ import annotations

import pytest

from classifiers import Classifier


def concepts(clf: Classifier, text: str) -> list[tuple[str, str]]:
    return [(m.term, m.concept) for m in clf.classify(summary=text).matches]


def concept_set(clf: Classifier, text: str) -> set[str]:
    return {m.concept for m in clf.classify(summary=text).matches}


@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        ("Казахстан", "Казахстан", "kz"),
        ("Казахстана", "Казахстана", "kz"),
        ("в Казахстане", "Казахстане", "kz"),
        ("казахстанский вуз", "казахстанский", "kz"),
        ("Қытаймен", "Қытаймен", "china"),
        ("Қытайдың университеттері", "Қытайдың", "china"),
        ("Xitoyning", "Xitoyning", "china"),
        ("Хитойда", "Хитойда", "china"),
        ("Кытайдын", "Кытайдын", "china"),
        ("Тоҷикистон", "Тоҷикистон", "tj"),
        ("китайскому языку", "китайскому языку", "language_culture"),
        ("universities", "universities", "university"),
        ("университетами", "университетами", "university"),
    ],
    ids=["ru-nom", "ru-gen", "ru-prep", "ru-adj", "kk-instr", "kk-gen", "uz-latn-gen", "uz-cyrl-loc",
         "ky-gen", "tg", "ru-language", "en-plural", "ru-instr"],
)
def test_inflected_forms_match_by_stem(clf: Classifier, text: str, term: str, concept: str) -> None:
    assert (term, concept) in concepts(clf, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("казахстанско-китайский центр", {("казахстанско", "kz"), ("китайский", "china")}),
        ("китайско-казахстанская лаборатория", {("китайско", "china"), ("казахстанская", "kz")}),
        ("Sino-Kazakh partnership", {("Sino", "china"), ("Kazakh", "kz")}),
        ("China-Kazakhstan pipeline", {("China", "china"), ("Kazakhstan", "kz")}),
        ("China–Uzbekistan ties", {("China", "china"), ("Uzbekistan", "uz")}),
        ("Қазақстан-Қытай мектебі", {("Қазақстан", "kz"), ("Қытай", "china")}),
    ],
    ids=["ru-kz-cn", "ru-cn-kz", "sino-kazakh", "hyphen", "en-dash", "kk"],
)
def test_hyphenated_compounds_split_into_both_countries(
    clf: Classifier, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= set(concepts(clf, text))


@pytest.mark.parametrize(
    "text",
    ["New machines arrived", "KZT exchange rates", "bishkekphotos", "the chinaware shop", "Kazakhstan's"],
    ids=["machines", "KZT", "glued-word", "chinaware", "possessive"],
)
def test_word_boundaries(clf: Classifier, text: str) -> None:
    found = concepts(clf, text)
    if text == "Kazakhstan's":
        assert found == [("Kazakhstan", "kz")]
    else:
        assert not [c for c in found if c[1] in {"china", "kz", "kg"}], found


@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        ("中国与哈萨克斯坦共建联合实验室", "哈萨克斯坦", "kz"),
        ("中国与哈萨克斯坦共建联合实验室", "联合实验室", "joint_lab"),
        ("双方在兰州大学签署协议", "兰州大学", "china"),
        ("双方在兰州签署协议", "兰州", "china"),
        ("中乌两国", "中乌", "uz"),
        ("我校与塔吉克斯坦国立大学", "我校", "china"),
    ],
    ids=["kz", "joint-lab", "lanzhou-university", "lanzhou", "zhong-wu", "our-university"],
)
def test_chinese_matches_inside_unspaced_text(clf: Classifier, text: str, term: str, concept: str) -> None:
    assert (term, concept) in concepts(clf, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [("新疆哈萨克族学生", "kz"), ("塔吉克族群众", "tj"), ("乌克兰与中乌", "uz"), ("在比赛中亚军是", "central_asia"),
     ("他说这在合作中非常重要", "other_partner"), ("其中乌鲁木齐市", "uz"), ("集中土地资源", "tm"),
     ("中土两国元首在安卡拉会谈", "tm"), ("吉林省与中吉", None), ("其中哈密市", "kz")],
    ids=["kazakh-minority", "tajik-minority", "ukraine-named", "silver-medal", "zhongfei-in-sentence",
         "urumqi", "land", "turkey-named", "jilin", "hami"],
)
def test_chinese_false_friends(clf: Classifier, text: str, absent: str | None) -> None:
    found = concepts(clf, text)
    if absent is None:  # 吉林 (Jilin) is no 中吉; the real 中吉 after it is
        assert [t for t, c in found if c == "kg"] == ["中吉"]
    else:
        assert absent not in {c for _, c in found}, found


@pytest.mark.parametrize(
    ("text", "concept"),
    [("中乌两国大学签署合作协议", "uz"), ("中土两国大学签署合作备忘录", "tm"), ("中吉教育合作", "kg"),
     ("中塔联合实验室", "tj"), ("中哈人文交流", "kz"), ("中吉乌铁路", "uz"), ("中吉乌铁路", "kg"),
     ("新疆哈萨克族与哈萨克斯坦", "kz"), ("РК и КНР подписали соглашение", "kz")],
    ids=["zhong-wu", "zhong-tu", "zhong-ji", "zhong-ta", "zhong-ha", "zhong-ji-wu-uz", "zhong-ji-wu-kg",
         "kazakhstan-beside-minority", "rk-kazakhstan"],
)
def test_abbreviations_read_as_central_asia_without_other_context(clf: Classifier, text: str, concept: str) -> None:
    assert concept in concept_set(clf, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [("中乌两国 乌克兰总统", "uz"), ("中土两国 土耳其", "tm"), ("РК и Корея: университеты Сеула", "kz"),
     ("Университет в РК (Республика Корея)", "kz"), ("в казну поступило", "kz")],
    ids=["zhong-wu-ukraine", "zhong-tu-turkey", "rk-korea", "rk-korea-spelled", "kaznu-lowercase-treasury"],
)
def test_abbreviations_read_otherwise_in_context(clf: Classifier, text: str, absent: str) -> None:
    assert absent not in concept_set(clf, text)


def test_longest_term_wins(clf: Classifier) -> None:
    found = concepts(clf, "China University of Petroleum and Lanzhou University")
    assert ("China University of Petroleum", "university") in found
    assert not [t for t, c in found if c == "energy"]  # "petroleum" is part of the university's name


def test_multiword_terms_accept_any_separator(clf: Classifier) -> None:
    for text in ("Nur-Sultan", "Nur Sultan", "Nursultan", "Nur–Sultan"):
        assert ("kz" in concept_set(clf, text)), text


def test_one_match_can_stand_for_several_concepts(clf: Classifier) -> None:
    found = concepts(clf, "Confucius Institute in Bishkek")
    assert ("Confucius Institute", "china") in found
    assert ("Confucius Institute", "language_culture") in found


def test_matches_report_original_text_and_offsets(clf: Classifier) -> None:
    title = "ＫＺ: Ｋазахстан? No — Казахстан и Китай"
    d = clf.classify(title=title)
    for m in d.matches:
        assert title[m.offset : m.offset + len(m.term)] == m.term
        assert m.field == "title"


def test_fields_are_reported(clf: Classifier) -> None:
    d = clf.classify(title="Kazakhstan", summary="China", content="university")
    assert {(m.concept, m.field) for m in d.matches} == {
        ("kz", "title"), ("china", "summary"), ("university", "content")}


def test_traditional_and_simplified_chinese_decide_alike(clf: Classifier) -> None:
    simp = clf.classify(title="中哈联合实验室揭牌", summary="该实验室由兰州大学与哈萨克斯坦国立大学共建，重点开展生态研究。")
    trad = clf.classify(title="中哈聯合實驗室揭牌", summary="該實驗室由蘭州大學與哈薩克斯坦國立大學共建，重點開展生態研究。")
    assert simp.relevant and trad.relevant
    assert simp.score == trad.score
    assert [m.concept for m in simp.matches] == [m.concept for m in trad.matches]


@pytest.mark.parametrize("text", ["at a press conference", "на пресс-конференции", "news conferences"],
                         ids=["en", "ru", "en-plural"])
def test_zero_weight_terms_shadow_shorter_ones(clf: Classifier, text: str) -> None:
    assert "research" not in concept_set(clf, text)
    assert "research" in concept_set(clf, "an academic conference")


PAIRS = [
    ("Kazakhstan and Russia sign a research agreement", {"with_partner"}),
    ("Sino-Kazakh research centre", {"with_china"}),
    ("Казахстан, Россия и Китай создадут консорциум университетов", {"with_china", "with_partner"}),
    ("中国与哈萨克斯坦、俄罗斯签署协议", {"with_china", "with_partner"}),
    ("Russian and Uzbek scientists met Chinese colleagues", {"with_partner"}),
    ("Uzbek scientists met Russian colleagues", set()),
]


@pytest.mark.parametrize(("text", "expected"), PAIRS, ids=["and", "hyphen", "ru-list", "zh-list", "adjectives", "apart"])
def test_pairs_of_places_named_together(clf: Classifier, text: str, expected: set[str]) -> None:
    from classifiers.evidence import find_pairs
    from classifiers.normalize import normalize

    norm = normalize(text).text
    pairs: dict[str, float] = {}
    find_pairs(clf.matcher.scan(norm), norm, 1.0, pairs, clf._entry_places, clf.ruleset.connectors, clf._pairs)
    assert set(pairs) == expected
