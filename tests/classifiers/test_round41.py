"""Round 41 of issue 12: a second blind set of hard negatives WITH LEDES (probes_r41.PROBES_R41: 144
items, 12 hard negatives and 4 relevant look-alikes in each of nine languages and scripts, every
negative's lede naming both sides and words of science, technology or education), written and
checked fresh before the rules were run on it; decided as the round-41 rules decide it in both modes,
with the wrong decisions measured before recorded (the honest figure, docs/classifier.md, "Round 41
figures"); the families read off its false positives (students, a school or a university only where a
tourism, sport or festival story happens; another partner's story naming the other side in passing;
China's own science carried with a Central Asian dateline; a folk or music festival as a culture
event; Khovar's credit) read both ways; the family probes; and the probes kept fresh."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r41 import PROBES_R41
from .probes_r41_families import PROBES_R41_FAMILIES
from .tables import assert_reading, decide, labelled_texts, probe_texts, repeats, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # a folk or music festival, a festive concert, is a culture event in every language; a science
    # festival, a language festival or a concert hall's name is not
    ("en-music-festival-is-culture-event", "a two-day music festival", "culture_event", True),
    ("en-silk-road-festival-is-culture-event", "the Silk Road festival in Osh", "culture_event", True),
    ("en-gala-concert-is-culture-event", "a gala concert", "culture_event", True),
    ("en-science-festival-is-not", "a science festival", "culture_event", False),
    ("ru-folk-festival-is-culture-event", "на фольклорном фестивале", "culture_event", True),
    ("ru-festive-concert-is-culture-event", "праздничный концерт", "culture_event", True),
    ("ru-science-festival-is-not", "фестиваль науки", "culture_event", False),
    ("zh-music-festival-is-culture-event", "草原音乐节", "culture_event", True),
    ("zh-science-festival-is-not", "科技节", "culture_event", False),
    ("kk-border-festival-is-culture-event", "шекаралық фестивалі", "culture_event", True),
    ("kk-festive-concert-is-culture-event", "мерекелік концерт", "culture_event", True),
    ("kk-science-festival-is-not", "ғылым фестивалі", "culture_event", False),
    ("ky-music-festival-is-culture-event", "музыкалык фестивалы", "culture_event", True),
    ("ky-science-festival-is-not", "илим фестивалы", "culture_event", False),
    ("uz-silk-festival-is-culture-event", "«Ipak va ziravorlar» festivalida", "culture_event", True),
    ("uz-holiday-concert-is-culture-event", "bayram konserti", "culture_event", True),
    ("uz-language-festival-is-not", "xitoy tili festivali", "culture_event", False),
    ("uzc-folk-festival-is-culture-event", "фольклор фестивали", "culture_event", True),
    ("tg-festive-concert-is-culture-event", "консерти идона", "culture_event", True),
    ("tg-music-festival-is-culture-event", "ҷашнвораи мусиқӣ", "culture_event", True),
    ("tg-science-festival-is-not", "ҷашнвораи илм", "culture_event", False),
    ("tk-song-festival-is-culture-event", "aýdym-saz festiwaly", "culture_event", True),
    ("tk-science-festival-is-not", "ylym festiwaly", "culture_event", False),
    # Khovar's own credit after the dateline names no side; the agency's bare name keeps its weight
    ("tg-khovar-credit-is-not-tj", "/АМИТ «Ховар»/", "tj", False),
    ("tg-khovar-alone-is-tj", "хабар медиҳад Ховар", "tj", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round41_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


@rows(("title", "summary", "relevant"), PROBES_R41_FAMILIES)
def test_round41_family_probes(clf: Classifier, title: str, summary: str, relevant: bool) -> None:
    """A family's new stories, with their ledes (the rules read the lede: another partner named in it,
    the dateline, the festival), decided right with title and summary."""
    assert decide(clf, "title and summary", {"title": title, "summary": summary}) is relevant


# The blind set's wrong decisions, measured once with the round-38 rules (2026.12.51) before any rule
# of this round was written, no url: the round's honest figure (docs/classifier.md, "Round 41 figures").
WRONG_BEFORE = {
    "title and summary": {
        "r41-en-africa-agronomists-neg", "r41-en-almaty-dateline-satellites-neg", "r41-en-expo-stand-neg",
        "r41-en-korea-biotech-neg", "r41-en-medical-mission-neg", "r41-kk-expo-stand-neg",
        "r41-kk-shanghai-tourism-neg", "r41-kk-zharkent-festival-neg", "r41-ky-bishkek-ai-drug-neg",
        "r41-ky-copper-tech-neg", "r41-ky-donated-school-neg", "r41-ky-japan-agro-neg",
        "r41-ky-sco-communique-neg", "r41-ky-sport-match-neg", "r41-ky-xinjiang-tourism-neg",
        "r41-ru-asean-ai-neg", "r41-ru-sport-institute-match-neg", "r41-ru-turkey-technopark-neg",
        "r41-ru-urumqi-tourism-neg", "r41-tg-africa-agro-neg", "r41-tg-donated-school-neg",
        "r41-tg-navruz-concert-neg", "r41-tg-road-drivers-neg", "r41-tg-russia-glacier-neg",
        "r41-tg-urumqi-tourism-neg", "r41-tk-expo-stand-neg", "r41-tk-japan-hightech-neg",
        "r41-tk-pakistan-space-neg", "r41-tk-space-station-neg", "r41-tk-sport-match-neg",
        "r41-tk-xian-culture-neg", "r41-uz-asean-digital-neg", "r41-uz-bukhara-festival-neg",
        "r41-uz-expo-stand-neg", "r41-uz-fusion-record-neg", "r41-uz-xian-tourism-neg",
        "r41-uzc-ai-weather-neg", "r41-uzc-doctors-neg", "r41-uzc-donated-school-neg",
        "r41-uzc-japan-masters-neg", "r41-uzc-rail-drivers-neg", "r41-uzc-sport-match-neg",
        "r41-zh-pakistan-lab-neg", "r41-zh-xju-tourism-neg",
    },
    "headline alone": {
        "r41-en-medical-mission-neg", "r41-en-sport-coaches-rel", "r41-ky-donated-school-neg",
        "r41-ky-sport-match-neg", "r41-ru-urumqi-tourism-neg", "r41-tg-donated-school-neg",
        "r41-tk-seeds-future-rel", "r41-tk-sport-match-neg", "r41-uz-5g-centre-rel",
        "r41-uzc-cotton-lab-rel", "r41-uzc-doctors-neg", "r41-uzc-donated-school-neg",
    },
}
# Still wrong after this round's families (docs/classifier.md, "Round 41 of issue 12", what is left).
# Merged after round 40, whose Uzbek Cyrillic words decide r41-uzc-cotton-lab-rel right on its headline.
STILL_WRONG = {
    # round 42 took out what its families fix (docs/classifier.md, "Round 42 of issue 12"): the trade
    # fairs (en, kk, uz, tk), 中巴 (zh), the sports institutes' matches (ru, ky), the drivers' courses
    # (uzc, tg), the SCO communique (ky: its "транспорт" now counts); headline alone: the sports
    # coaches trained "together" (en), the academy's match (ky); round 45 the Uzbek fusion record (its
    # "Toshkent, UzA" is now a dateline, china_own_science_with_a_dateline); round 44 the Turkmen
    # culture days' concert (culture_event_at_a_university) and the doctors who gave the hospital
    # equipment as a gift (aid_handed_over), with title and summary
    # round 93: the medical mission's free surgeries are a service (health_service_not_science), in both modes
    "title and summary": {
        "r41-ky-copper-tech-neg", "r41-tk-sport-match-neg",
        "r41-uz-xian-tourism-neg",
    },
    # round 68 (2026.12.99.5): the Turkmen Seeds for the Future (Huawei's programme for Turkmen students) is
    # read on its headline: company_programme and the Turkmen name of the programme
    "headline alone": {
        "r41-ky-donated-school-neg", "r41-ru-urumqi-tourism-neg",
        "r41-tg-donated-school-neg", "r41-tk-sport-match-neg",
        "r41-uz-5g-centre-rel", "r41-uzc-doctors-neg", "r41-uzc-donated-school-neg",
    },
}


@rows(
    ("mode", "pid", "title", "summary", "relevant"),
    [(f"{m.replace(' ', '-')}-{p[0]}", m, *p) for m in MODES for p in PROBES_R41],
)
def test_round41_blind_set_decided(
    clf: Classifier, mode: str, pid: str, title: str, summary: str, relevant: bool
) -> None:
    """Each item decided as measured after the change: right unless recorded as still wrong."""
    right = pid not in STILL_WRONG[mode]
    assert decide(clf, mode, {"title": title, "summary": summary}) is (relevant if right else not relevant)


def test_round41_recorded_errors_are_labelled_so() -> None:
    labels = {p[0]: p[3] for p in PROBES_R41}
    for mode in MODES:
        assert STILL_WRONG[mode] <= WRONG_BEFORE[mode] <= labels.keys()


def test_round41_blind_set_shape() -> None:
    """12 hard negatives and 4 relevant look-alikes in each of the nine languages and scripts; every
    item has a lede of 150–450 characters (a Chinese one of 70–150)."""
    for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
        mine = [p for p in PROBES_R41 if p[0].split("-")[1] == lang]
        assert (sum(p[3] for p in mine), sum(not p[3] for p in mine)) == (4, 12), lang
        assert all(p[0].endswith("-neg") is not p[3] for p in mine), lang
        low, high = (70, 150) if lang == "zh" else (150, 450)
        assert all(low <= len(p[2]) <= high for p in mine), lang



def test_round41_probes_are_fresh() -> None:
    """No round-41 title or lede is a labelled item's title or summary (every set and the shared
    labelled_dev) or an earlier probe's text; no title, lede, nor title and lede together, shares half
    its words (character pairs in Chinese) with one; the family probes are fresh against all of them
    and the blind set; and no two share an id, a title or a lede."""
    known = labelled_texts() | probe_texts("probes_r41")
    assert not [p[0] for p in PROBES_R41 if p[1].strip().casefold() in known or p[2].strip().casefold() in known]
    assert not repeats([p[1] for p in PROBES_R41], known)
    assert not repeats([p[2] for p in PROBES_R41], known)
    assert not repeats([f"{p[1]} {p[2]}" for p in PROBES_R41], known)
    mine = {text.strip().casefold() for p in PROBES_R41 for text in (p[1], p[2])}
    assert not repeats([f"{p[1]} {p[2]}" for p in PROBES_R41_FAMILIES], known | mine)
    ids = [p[0] for p in [*PROBES_R41, *PROBES_R41_FAMILIES]]
    assert len(set(ids)) == len(ids)
    everything = [*PROBES_R41, *PROBES_R41_FAMILIES]
    assert len({p[1].casefold() for p in everything}) == len(everything)
    assert len({p[2] for p in everything}) == len(everything)
