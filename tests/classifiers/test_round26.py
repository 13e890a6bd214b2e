"""Round 26 of issue 12: holdout18, the first real set with a title and a lede on almost every item
(110 items from the search tool's pages corpus, labelled by reading and committed before any
measurement), kept honest; the families read off its misses (an oil university's name is a
university, not energy; a summer school in every language; China's own minorities "living in
China"; investment as trade in Uzbek, Kyrgyz, Tajik and Turkmen; gazetteer names written with a
comma; a university's own English news naming itself "the university") read both ways; the family
probes (probes_r26, written after measuring); and holdout18's decisions with the round-26 rules
recorded, both modes (docs/classifier.md, "Round 26 of issue 12")."""

from __future__ import annotations

import re

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r20 import PROBES_R20, PROBES_R20_FAMILIES
from .probes_r21 import PROBES_R21, PROBES_R21_FAMILIES
from .probes_r22 import PROBES_R22, PROBES_R22_FAMILIES
from .probes_r23 import PROBES_R23, PROBES_R23_FAMILIES
from .probes_r24 import PROBES_R24, PROBES_R24_FAMILIES
from .probes_r25 import PROBES_R25, PROBES_R25_FAMILIES
from .probes_r26 import PROBES_R26_FAMILIES
from .tables import assert_fresh_holdout, assert_reading, decide, labelled_texts, load_set, repeats, rows
from .test_round20 import EARLIER_PROBES

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # an oil university's name is a university; the oil word inside it is no energy
    ("uzc-oil-university-is-university", "Сиань нефть университети филиали", "university", True),
    ("uzc-oil-university-is-not-energy", "Сиань нефть университети филиали", "energy", False),
    ("uzc-oil-alone-is-energy", "Сиань нефть заводи", "energy", True),
    ("uz-oil-university-is-not-energy", "Xitoy neft universiteti", "energy", False),
    ("uz-oil-alone-is-energy", "Xitoy neft quvuri", "energy", True),
    ("kk-oil-university-is-university", "Қытайдың мұнай университеті", "university", True),
    ("kk-oil-university-is-not-energy", "Қытайдың мұнай университеті", "energy", False),
    ("ky-oil-university-is-not-energy", "Кытайдын мунай университети", "energy", False),
    ("tk-oil-university-is-not-energy", "Hytaýyň nebitçilik uniwersiteti", "energy", False),
    ("ru-oil-gas-university-is-not-energy", "нефтегазового университета Китая", "energy", False),
    ("ru-oil-gas-company-is-energy", "нефтегазовой компании Китая", "energy", True),
    ("zh-petroleum-university-is-not-energy", "西安石油大学", "energy", False),
    ("zh-petroleum-alone-is-energy", "中亚石油管道", "energy", True),
    ("en-oil-and-gas-university-is-not-energy", "an oil-and-gas university in Qingdao", "energy", False),
    # a summer or winter school in every language; a camp lighter; the season alone nothing
    ("kk-summer-school-is-exchange", "жазғы мектебінде", "student_exchange", True),
    ("kk-summer-alone-is-not", "жазғы демалыс", "student_exchange", False),
    ("ky-summer-study-is-exchange", "жайкы окуу жана маданият таануу", "student_exchange", True),
    ("ky-summer-school-is-exchange", "жайкы мектебинде", "student_exchange", True),
    ("ky-summer-alone-is-not", "жайкы эс алуу", "student_exchange", False),
    ("uz-summer-school-is-exchange", "yozgi maktabida", "student_exchange", True),
    ("uzc-summer-school-is-exchange", "ёзги мактабида", "student_exchange", True),
    ("tg-summer-school-is-exchange", "мактаби тобистонаи", "student_exchange", True),
    ("tk-summer-school-is-exchange", "tomusky mekdebinde", "student_exchange", True),
    ("ru-winter-school-is-exchange", "зимнюю школу", "student_exchange", True),
    ("zh-summer-school-is-exchange", "暑期学校", "student_exchange", True),
    ("kk-camp-is-exchange-light", "жазғы лагерінде", "student_exchange", True),
    # China's own minorities, living in China; the writer's students in China are not
    ("ky-kyrgyz-living-in-china-are-domestic", "Кытай эл республикасында жашаган кыргыз үй-бүлөлөрү", "domestic", True),
    ("ky-living-in-china-kazakhs-are-domestic", "Кытайда жашаган казактар", "domestic", True),
    ("ky-students-in-china-are-not-domestic", "Кытайда окуган кыргыз студенттери", "domestic", False),
    ("kk-living-in-china-are-domestic", "Қытайда тұратын қазақтар", "domestic", True),
    ("ru-living-in-china-are-domestic", "живущие в Китае казахи", "domestic", True),
    ("ru-kazakhs-living-in-china-are-domestic", "казахи, проживающие в Китае", "domestic", True),
    ("ru-kazakh-students-in-china-are-not-domestic", "казахские студенты в Китае", "domestic", False),
    ("uz-living-in-china-are-domestic", "Xitoyda yashovchi o'zbeklar", "domestic", True),
    ("uzc-living-in-china-are-domestic", "Хитойда яшовчи ўзбеклар", "domestic", True),
    ("en-living-in-china-are-domestic", "Kazakhs living in China", "domestic", True),
    ("en-kazakh-students-in-china-are-not-domestic", "Kazakh students in China", "domestic", False),
    ("tk-living-in-china-are-domestic", "Hytaýda ýaşaýan özbekler", "domestic", True),
    ("tg-tajiks-of-china-are-domestic", "тоҷикони Чин", "domestic", True),
    # investment is trade
    ("uz-sarmoya-is-trade", "sarmoya kiritiladi", "trade", True),
    ("uzc-sarmoya-is-trade", "сармоя киритилади", "trade", True),
    ("ky-investitsiya-is-trade", "инвестициясы менен", "trade", True),
    ("tk-maya-goyum-is-trade", "maýa goýumlary", "trade", True),
    ("tg-sarmoya-is-trade", "сармояи Чин", "trade", True),
    ("kk-investor-is-trade", "қытайлық инвесторлар", "trade", True),
    # a gazetteer name with a comma, written with it or without
    ("ru-ministry-with-comma-is-uz", "в Министерстве высшего образования, науки и инноваций", "uz", True),
    ("ru-ministry-without-comma-is-uz", "Министерство высшего образования науки и инноваций", "uz", True),
    ("ru-kz-ministry-order-is-not-uz", "Министерство науки и высшего образования", "uz", False),
    ("ru-kg-ministry-with-comma-is-kg", "Министерство науки, высшего образования и инноваций Кыргызстана", "kg", True),
    ("uz-ministry-with-comma-is-uz", "Oliy ta'lim, fan va innovatsiyalar vazirligida", "uz", True),
    ("en-kz-university-with-comma-is-kz", "Kazakh University of Economics, Finance and International Trade", "kz", True),
    ("ru-tj-institute-with-comma-is-tj", "Института ботаники, физиологии и генетики растений", "tj", True),
    # a university's own English news: "the university" visited is the writer's
    ("en-visited-the-university-is-local", "Chinese professors visited the university", "local_subject", True),
    ("en-the-university-alone-is-not-local", "the university said", "local_subject", False),
    ("en-a-university-visited-is-not-local", "they visited a university in Beijing", "local_subject", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round26_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


def test_round26_the_university_is_the_outlets(clf: Classifier) -> None:
    """On a Kazakh university's site, "the university" visited by Chinese scientists is its own
    (the url implies Kazakhstan); Chinese investors visiting a plant there are not science."""
    url = "https://zkmu.edu.kz/en/?p=1"
    assert clf.classify(title="Chinese professors visited the university", url=url).relevant
    assert not clf.classify(title="Chinese investors visited the plant", url=url).relevant


@rows(("title", "summary", "relevant"), [(f"family-{i}", *p) for i, p in enumerate(PROBES_R26_FAMILIES)])
def test_round26_family_probes(clf: Classifier, title: str, summary: str, relevant: bool) -> None:
    d = clf.classify(title=title, summary=summary)
    assert d.relevant is relevant, d.explain()


EARLIER = [*EARLIER_PROBES, *PROBES_R20, *PROBES_R21, *PROBES_R22, *PROBES_R23, *PROBES_R24, *PROBES_R25]
EARLIER_FAMILIES = [*PROBES_R20_FAMILIES, *PROBES_R21_FAMILIES, *PROBES_R22_FAMILIES, *PROBES_R23_FAMILIES,
                    *PROBES_R24_FAMILIES, *PROBES_R25_FAMILIES]


def test_round26_probes_are_fresh() -> None:
    """No round-26 family probe's title or summary is a labelled item's title or summary (holdout18
    too) or an earlier probe's; none shares half its words (character pairs in Chinese) with any of
    them; no two share a title or a summary."""
    known = labelled_texts() | {p[1].strip().casefold() for p in EARLIER}
    known |= {p[0].strip().casefold() for p in EARLIER_FAMILIES}
    mine = [(p[0], p[1]) for p in PROBES_R26_FAMILIES]
    assert not [t for t, s in mine if t.strip().casefold() in known or s.strip().casefold() in known]
    assert not repeats([f"{t} {s}" for t, s in mine], known)
    assert len({t.casefold() for t, _ in mine}) == len(mine) and len({s.casefold() for _, s in mine}) == len(mine)


def test_holdout18_is_real_unique_and_labelled() -> None:
    """holdout18 (round 26) kept honest against every earlier probe (tables.assert_fresh_holdout),
    with at most a fifth headline-only (it measures the title-and-summary mode); every lede is
    one to three sentences, trimmed at a sentence end (six run past 400 characters, to 553: two long
    sentences as printed); eight languages, Uzbek in both scripts."""
    probes = [*EARLIER, *[("", p[0]) for p in EARLIER_FAMILIES], *[("", p[0]) for p in PROBES_R26_FAMILIES]]
    assert_fresh_holdout("holdout18.jsonl", 110, probes, headline_only=(0.0, 0.2))
    items = load_set("holdout18.jsonl")
    assert all(i["id"] == f"h18-{n:03d}" for n, i in enumerate(items, 1))
    assert all(len(i["summary"]) <= 560 for i in items)
    assert sum(len(i["summary"]) > 400 for i in items) <= 6
    assert all("round 26" in i["origin"] for i in items)
    assert {i["lang"] for i in items} == {"en", "ru", "zh", "kk", "ky", "uz", "tg", "tk"}
    uz = [i["title"] for i in items if i["lang"] == "uz"]
    assert any(re.search("[а-яўқғҳ]", t.lower()) for t in uz) and any(re.search("[a-z]", t.lower()) for t in uz)


# holdout18's misses with the round-26 rules (2026.12.29), through the cli's modes with the url
# (as `monitor eval` reads it); the honest figure (round-25 rules) is in docs/classifier.md
MISSES_AFTER = {
    "title and summary": {
        # (round 57: h18-050, a diplomat praising farming potential, is decided right: farming_or_medicine_as_business)
        "h18-009", "h18-087", "h18-107",  # false positives
        "h18-064", "h18-065", "h18-089", "h18-091",  # missed
    },
    "headline alone": {
        "h18-009", "h18-070", "h18-087",  # (round 57: h18-050 decided right)
        "h18-014", "h18-015", "h18-029", "h18-030", "h18-064", "h18-065", "h18-084", "h18-089",
        # (round 94: h18-031 《汉哈大辞典》首发式在哈萨克斯坦古米廖夫国立欧亚大学举行 decided right: the bilingual pair 汉哈大辞典
        # names China's side beside the named Central Asian side)
        # (round 63: h18-101 "Vocational education cooperation boosted with Uzbekistan" decided right: reporter_side)
        "h18-091", "h18-092", "h18-104", "h18-108",
        # round 29: "Қазақ медицинасы Қытайда арнайы ғылым ретінде қалыптасты" reads as Xinjiang's
        # Kazakh medicine on the headline alone (docs/classifier.md, "Round 29 of issue 12")
        "h18-093",
    },
}


def test_holdout18_decisions_recorded(clf: Classifier) -> None:
    items = load_set("holdout18.jsonl")
    for mode in MODES:
        misses = {it["id"] for it in items if decide(clf, mode, it, meta=True) != (it["label"] == "relevant")}
        assert misses == MISSES_AFTER[mode], (mode, sorted(misses ^ MISSES_AFTER[mode]))
