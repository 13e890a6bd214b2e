"""Round 46 of issue 12: recall on terse headlines, the shape of the issue's seeds. Two blind sets
written together before the vocabulary was read and committed before the rules saw them
(probes_r46_dev.PROBES_R46_DEV: 12 relevant and 4 hard negatives in each of nine languages and
scripts; probes_r46_held.PROBES_R46_HELD: 8 and 3), the development set measured once with the
rules of main and its misses read as families: earthquakes studied, mapped or forecast (research,
not weather); the higher-education abbreviation with a Turkic ending (ЖОЖдорунун, ЖООларына, МТОК);
the bare academy acronyms ҰҒА and УИА; drought-resistant crops and creating crop varieties; a
master class beside a professional field; growing vegetables and learning new methods. The
families read both ways (READINGS), the family probes (probes_r46.PROBES_R46_FAMILIES), both blind
sets pinned as decided now (the held-out set measured once, after the fixes: the honest figure of
round 46's rules), and every probe kept fresh."""

from __future__ import annotations

from classifiers import Classifier

from .probes_r46 import PROBES_R46_FAMILIES
from .probes_r46_dev import PROBES_R46_DEV
from .probes_r46_held import PROBES_R46_HELD
from .tables import assert_decision, assert_reading, decide, labelled_texts, probe_texts, repeats, rows

READINGS = [
    # earthquakes studied, mapped or forecast are research; an earthquake alone is not
    ("en-map-earthquakes-is-research", "map earthquake faults", "research", True),
    ("en-forecast-earthquakes-is-research", "forecast earthquakes", "research", True),
    ("ru-study-earthquakes-is-research", "изучать землетрясения", "research", True),
    ("ru-earthquake-map-is-research", "карту землетрясений", "research", True),
    ("zh-quake-zoning-is-research", "地震区划", "research", True),
    ("kk-quake-forecast-is-research", "жер сілкінісін болжау", "research", True),
    ("ky-quake-forecast-is-research", "жер титирөөнү болжолдоо", "research", True),
    ("uz-quake-map-is-research", "zilzila xaritasi", "research", True),
    ("uzc-quake-forecast-is-research", "зилзилаларни башорат қилиш", "research", True),
    ("tg-quake-map-is-research", "харитаи зилзилаҳоро", "research", True),
    ("tk-quake-study-is-research", "ýer titremelerini öwrenmek", "research", True),
    ("en-earthquake-is-not-research", "earthquake hits the city", "research", False),
    ("ru-earthquake-is-not-research", "землетрясение в Оше", "research", False),
    ("tg-earthquake-is-not-research", "зилзила дар Душанбе", "research", False),
    # the abbreviation of a higher-education institution with a Turkic ending; another word is not
    ("ky-jozh-is-university", "ЖОЖдорунун", "university", True),
    ("kk-joo-is-university", "ЖООларына", "university", True),
    ("tg-mtok-is-university", "МТОК-ҳои", "university", True),
    ("tg-higher-ed-institution-is-university", "муассисаи таҳсилоти олӣ", "university", True),
    ("ky-jozhdor-lowercase-is-not-university", "жождордун", "university", False),
    # the bare academy acronyms name their country; lowercase letters do not
    ("kk-nas-acronym-is-kz", "ҰҒА ғалымдары", "kz", True),
    ("ky-nas-acronym-is-kg", "УИАнын окумуштуулары", "kg", True),
    ("ky-uia-lowercase-is-not-kg", "уиа", "kg", False),
    # drought-resistant crops and creating varieties are research; a drought is not
    ("en-drought-tolerant-is-research", "drought-tolerant cotton", "research", True),
    ("ru-drought-resistant-is-research", "засухоустойчивой пшеницы", "research", True),
    ("ru-create-varieties-is-research", "создать сорта", "research", True),
    ("zh-drought-tolerant-is-research", "耐旱小麦", "research", True),
    ("kk-drought-resistant-is-research", "құрғақшылыққа төзімді", "research", True),
    ("ky-drought-resistant-is-research", "кургакчылыкка чыдамдуу", "research", True),
    ("uz-create-variety-is-research", "navini yaratdi", "research", True),
    ("uzc-drought-resistant-is-research", "қурғоқчиликка чидамли", "research", True),
    ("tg-drought-resistant-is-research", "ба хушксолӣ тобовар", "research", True),
    ("tk-drought-resistant-is-research", "gurakçylyga çydamly", "research", True),
    ("ru-drought-is-not-research", "засуха в Китае", "research", False),
    ("zh-drought-relief-is-not-research", "抗旱保苗", "research", False),
    ("ru-sort-of-tea-is-not-research", "сорт чая", "research", False),
    # a master class beside a professional field is training; alone or about calligraphy it is not
    ("ru-master-class-doctors-is-vocational", "мастер-класс для врачей", "vocational", True),
    ("en-master-class-technology-is-vocational", "master class on robotics technology", "vocational", True),
    ("ky-master-class-doctors-is-vocational", "дарыгерлер чеберчилик сабагын өтүштү", "vocational", True),
    ("ru-master-class-alone-is-not-vocational", "мастер-класс", "vocational", False),
    ("ru-master-class-calligraphy-is-not-vocational", "мастер-класс по каллиграфии", "vocational", False),
    # growing vegetables is farming; vegetables sold are not; learning new methods is training
    ("kk-growing-vegetables-is-agriculture", "көкөніс өсіру", "agriculture", True),
    ("ky-growing-vegetables-is-agriculture", "жашылча өстүрүүнүн", "agriculture", True),
    ("uz-vegetable-growing-is-agriculture", "sabzavotchilik", "agriculture", True),
    ("tg-vegetable-growing-is-agriculture", "сабзавоткорӣ", "agriculture", True),
    ("ru-vegetable-exports-is-not-agriculture", "экспорт овощей", "agriculture", False),
    ("ky-learn-new-methods-is-vocational", "жаңы ыкмаларын үйрөнүштү", "vocational", True),
    ("en-learn-new-techniques-is-vocational", "learn new techniques", "vocational", True),
    ("uzc-learn-new-methods-is-vocational", "янги усулларни ўрганди", "vocational", True),
    ("tk-learn-new-technologies-is-vocational", "täze tehnologiýalary öwrendi", "vocational", True),
    ("ky-learn-alone-is-not-vocational", "тилди үйрөнүштү", "vocational", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round46_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# The development set's misses with the rules of main (2026.12.58), headline alone, no url, measured
# once: recall 98/108, no false positive in 36 negatives (docs/classifier.md, "Round 46 figures").
# With an empty summary the title-and-summary mode decides every headline the same.
MISSED_BEFORE = {
    "r46d-en-kopetdag-faults", "r46d-ru-cotton-varieties", "r46d-kk-oncology-beijing", "r46d-kk-academies",
    "r46d-ky-rectors-bishkek", "r46d-ky-heart-surgery", "r46d-ky-quake-centre", "r46d-ky-farmers-vegetables",
    "r46d-uz-academies-geology", "r46d-tg-quake-map",
}
# Left missed (docs/classifier.md, "Round 46 of issue 12"): doctors exchanging experience in oncology
# (round 24 left experience exchanges out on purpose: a cue, not a subject), and an Uzbek headline
# whose own side is the bare "Fanlar akademiyasi" (no country: the bare academy is not listed, as the
# Turkmen one is not, since "XXR Fanlar akademiyasi" would then name both sides).
# Round 93 lists the bare Uzbek academy as the writer's own (local_subject), China's being written whole in the
# gazetteer ("Xitoy Fanlar akademiyasi", "XXR Fanlar akademiyasi"): r46d-uz-academies-geology is decided right.
STILL_MISSED = {"r46d-kk-oncology-beijing"}


@rows(("pid", "headline", "relevant"), [(p[0], *p) for p in PROBES_R46_DEV])
def test_round46_dev_set_headline_alone(clf: Classifier, pid: str, headline: str, relevant: bool) -> None:
    """Each development headline decided as measured after the change: right unless still missed."""
    expected = relevant and pid not in STILL_MISSED
    assert decide(clf, "headline alone", {"title": headline}) is expected
    assert decide(clf, "title and summary", {"title": headline, "summary": ""}) is expected


def test_round46_recorded_misses_are_relevant() -> None:
    labels = {p[0]: p[2] for p in PROBES_R46_DEV}
    assert all(labels[m] for m in MISSED_BEFORE) and STILL_MISSED <= MISSED_BEFORE


@rows(("pid", "headline", "relevant"), [(p[0], *p) for p in PROBES_R46_FAMILIES])
def test_round46_family_probes(clf: Classifier, pid: str, headline: str, relevant: bool) -> None:
    assert_decision(clf, headline, relevant)


def test_round46_blind_sets_shape() -> None:
    """12 relevant and 4 hard negatives (development) and 8 and 3 (held out) in each of the nine
    languages and scripts; every headline terse: 3-16 words (a Chinese one 6-30 characters)."""
    for probes, counts in ((PROBES_R46_DEV, (12, 4)), (PROBES_R46_HELD, (8, 3))):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert (sum(p[2] for p in mine), sum(not p[2] for p in mine)) == counts, lang
            assert all(p[0].endswith("-neg") is not p[2] for p in mine), lang
            low, high = (6, 30) if lang == "zh" else (3, 16)
            assert all(low <= (len(p[1]) if lang == "zh" else len(p[1].split())) <= high for p in mine), lang
    assert (len(PROBES_R46_DEV), len(PROBES_R46_HELD)) == (144, 99)


def test_round46_probes_are_fresh() -> None:
    """No round-46 headline (either blind set or the family probes) is a labelled item's title or
    summary or an earlier probe's text, none shares half its words (character pairs in Chinese) with
    one or with another round-46 headline, and ids and headlines are unique."""
    # rounds 44-47 were written at the same time by writers who could not see each other's sets
    known = labelled_texts() | probe_texts("probes_r46", "probes_r44", "probes_r45", "probes_r47")
    mine = [*PROBES_R46_DEV, *PROBES_R46_HELD, *PROBES_R46_FAMILIES]
    assert not repeats([p[1] for p in mine], known)
    among = [(p[0], q[0]) for i, p in enumerate(mine) for q in mine[i + 1:] if repeats([p[1]], [q[1]])]
    assert not among
    assert len({p[0] for p in mine}) == len(mine) and len({p[1].casefold() for p in mine}) == len(mine)


# The held-out set, measured once with the rules 2026.12.61 after the fixes were done, no url: the honest
# figure of round 46's rules (docs/classifier.md, "Round 46 figures"); nothing was fixed from it. The two
# misses, decided alike in both modes: a Russian contracted "медуниверситет" (not read as a university;
# "обучит врачей" is no training key in Russian), and a Turkmen university not in the gazetteer beside
# "Sinhua" (Tsinghua, and in Turkmen also Xinhua: no side).
HELD_MISSED = {"r46h-ru-xinjiang-med", "r46h-tk-oguzhan-tsinghua"}


@rows(("pid", "headline", "relevant"), [(p[0], *p) for p in PROBES_R46_HELD])
def test_round46_held_set_decided(clf: Classifier, pid: str, headline: str, relevant: bool) -> None:
    """Each held-out headline decided as measured: right unless a recorded miss (a later fix moves it out)."""
    expected = relevant and pid not in HELD_MISSED
    assert decide(clf, "headline alone", {"title": headline}) is expected
    assert decide(clf, "title and summary", {"title": headline, "summary": ""}) is expected


def test_round46_held_misses_are_relevant() -> None:
    labels = {p[0]: p[2] for p in PROBES_R46_HELD}
    assert all(labels[m] for m in HELD_MISSED)
