"""Round 30 of issue 12: a blind set of hard negatives (probes_r30.PROBES_R30: 153 items with a
headline and a lede, 12 hard negatives and 5 relevant look-alikes in each of nine languages and
scripts, written before the rules were run on them and before the vocabulary was read), decided as
the round-30 rules decide it in both modes with the misses and false positives measured before
recorded; the families read off its false positives (China's own millions of graduates and the
gaokao; Xinjiang's autonomous prefectures as the texts spell them, and a domestic marker with no
cooperation cue; "Xitoy – Markaziy Osiyo"; an ambassador's words alone; culture days and film weeks)
read both ways; the family probes; and the probes kept fresh."""

from __future__ import annotations


from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r29 import PROBES_R29_FAMILIES
from .probes_r30 import PROBES_R30, PROBES_R30_FAMILIES
from .tables import assert_decision, assert_reading, decide, labelled_texts, repeats, rows
from .test_round29 import EARLIER_PROBES as PROBES_BEFORE_R29

# Every earlier probe as (id, headline, ...).
EARLIER_PROBES = [*PROBES_BEFORE_R29, *PROBES_R29_FAMILIES]

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # millions of students, graduates, exam-takers and the gaokao are China's own statistics
    (
        "en-millions-of-graduates-is-domestic",
        "12 million graduates leave Chinese universities",
        "domestic",
        True,
    ),
    ("en-gaokao-is-domestic", "students sit the gaokao", "domestic", True),
    (
        "en-hundred-graduates-is-not-domestic",
        "120 graduates of Chinese universities",
        "domestic",
        False,
    ),
    ("ru-million-graduates-is-domestic", "12,7 млн выпускников", "domestic", True),
    ("ru-hundred-graduates-is-not-domestic", "сто выпускников китайских вузов", "domestic", False),
    ("zh-gaokao-is-domestic", "今年高考报名人数", "domestic", True),
    ("zh-raise-assessment-is-not-gaokao", "提高考核标准", "domestic", False),
    ("zh-ten-thousand-graduates-is-domestic", "1222万高校毕业生", "domestic", True),
    ("kk-million-graduates-is-domestic", "13 миллионнан астам түлек", "domestic", True),
    ("kk-gaokao-is-domestic", "гаокао тапсырды", "domestic", True),
    (
        "kk-graduates-alone-are-not-domestic",
        "Қытай университеттерінің түлектері",
        "domestic",
        False,
    ),
    ("ky-million-students-is-domestic", "12 миллион студент", "domestic", True),
    ("ky-graduates-alone-are-not-domestic", "бүтүрүүчүлөр", "domestic", False),
    ("uz-million-graduates-is-domestic", "13 milliondan ortiq bitiruvchi", "domestic", True),
    ("uzc-million-students-is-domestic", "миллион талаба", "domestic", True),
    ("uz-gaokao-is-domestic", "gaokao imtihoni", "domestic", True),
    ("tg-number-of-graduates-is-domestic", "Шумораи хатмкунандагони донишгоҳҳо", "domestic", True),
    ("tg-graduates-alone-are-not-domestic", "хатмкунандагони донишгоҳ", "domestic", False),
    ("tk-million-graduates-is-domestic", "13 million töweregi uçurym", "domestic", True),
    # Xinjiang's autonomous prefectures as the texts spell them; Kyzyl-Suu alone is Kyrgyzstan's
    (
        "kk-ili-autonomous-prefecture-is-domestic",
        "Іле қазақ автономиялық облысына қарасты",
        "domestic",
        True,
    ),
    (
        "ky-kizilsu-autonomous-prefecture-is-domestic",
        "Кызылсуу-Кыргыз автоном облусундагы",
        "domestic",
        True,
    ),
    (
        "ky-kizilsu-autonomous-prefecture-is-not-kyrgyzstan",
        "Кызылсуу-Кыргыз автоном облусундагы",
        "kg",
        False,
    ),
    ("ky-kyzyl-suu-village-is-not-domestic", "Кызыл-Суу айылында", "domestic", False),
    # Xitoy – Markaziy Osiyo names both sides; a Chinese centre is still a joint lab
    (
        "uz-china-central-asia-is-central-asia",
        "Xitoy – Markaziy Osiyo sammiti",
        "central_asia",
        True,
    ),
    ("uz-china-central-asia-is-no-joint-lab", "Xitoy – Markaziy Osiyo sammiti", "joint_lab", False),
    (
        "uzc-china-central-asia-is-central-asia",
        "Хитой – Марказий Осиё форуми",
        "central_asia",
        True,
    ),
    ("uz-chinese-centre-is-a-joint-lab", "Xitoy markazi ochildi", "joint_lab", True),
    # ambassadors and consuls are envoys, and still a weak cooperation cue
    ("kk-elshi-is-envoy", "Қытай елшісі", "envoy", True),
    ("kk-elshi-is-still-cooperation", "Қытай елшісі", "cooperation", True),
    ("ky-elchi-is-envoy", "Кытай элчиси", "envoy", True),
    ("uz-elchi-is-envoy", "Xitoy elchisi", "envoy", True),
    ("tg-safir-is-envoy", "Сафири Чин", "envoy", True),
    ("tk-ilci-is-envoy", "Hytaýyň ilçisi", "envoy", True),
    ("ru-posol-is-envoy", "посол Китая", "envoy", True),
    ("zh-dashi-is-envoy", "中国大使", "envoy", True),
    ("en-ambassador-is-envoy", "the Chinese ambassador", "envoy", True),
    ("en-envoy-is-cooperation", "China's envoy", "cooperation", True),
    ("kk-hamkorlyk-is-no-envoy", "ынтымақтастық", "envoy", False),
    # culture days, film weeks and festivals are culture events
    ("ru-culture-days-is-culture-event", "Дни культуры Китая", "culture_event", True),
    (
        "ru-days-of-chinese-culture-is-culture-event",
        "Дней китайской культуры",
        "culture_event",
        True,
    ),
    ("ru-culture-festival-is-culture-event", "Фестиваль китайской культуры", "culture_event", True),
    ("en-culture-festival-is-culture-event", "a Chinese culture festival", "culture_event", True),
    ("ru-science-festival-is-no-culture-event", "фестиваль науки", "culture_event", False),
    (
        "ru-chinese-language-days-is-no-culture-event",
        "Дни китайского языка",
        "culture_event",
        False,
    ),
    ("en-film-week-is-culture-event", "Chinese film week", "culture_event", True),
    ("en-culture-days-is-culture-event", "Days of Chinese Culture", "culture_event", True),
    ("zh-film-week-is-culture-event", "中国电影周", "culture_event", True),
    ("zh-culture-festival-is-culture-event", "中国文化节", "culture_event", True),
    ("kk-culture-days-is-culture-event", "Қытай мәдениеті күндері", "culture_event", True),
    ("kk-madeniet-kunderi-is-culture-event", "мәдениет күндері", "culture_event", True),
    ("kk-film-week-is-culture-event", "Қытай киноапталығы", "culture_event", True),
    ("ky-culture-days-is-culture-event", "маданиятынын күндөрү", "culture_event", True),
    ("uz-culture-days-is-culture-event", "madaniyati kunlari", "culture_event", True),
    ("uzc-culture-days-is-culture-event", "маданияти кунлари", "culture_event", True),
    ("tg-film-week-is-culture-event", "ҳафтаи филмҳои Чин", "culture_event", True),
    ("tk-culture-days-is-culture-event", "medeniýet günleri", "culture_event", True),
    ("tk-film-week-is-culture-event", "film hepdeligi", "culture_event", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round30_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


@rows(("title", "relevant"), PROBES_R30_FAMILIES)
def test_round30_family_probes(clf: Classifier, title: str, relevant: bool) -> None:
    assert_decision(clf, title, relevant)


# The blind set's wrong decisions, measured once with the round-29 rules (2026.12.34) before any rule
# of this round was written: the round's honest figure (docs/classifier.md, "Round 30 figures").
WRONG_BEFORE = {
    "title and summary": {
        "r30-en-ili-textbooks-neg",
        "r30-ru-culture-days-neg",
        "r30-zh-film-week-neg",
        "r30-kk-gaokao-neg",
        "r30-kk-kunes-school-neg",
        "r30-ky-graduates-neg",
        "r30-ky-kyzylsuu-school-neg",
        "r30-uz-summit-expert-neg",
        "r30-tg-graduates-neg",
        "r30-en-ev-course",
    },
    "headline alone": {
        "r30-kk-gaokao-neg",
        "r30-kk-envoy-grain-neg",
        "r30-ky-graduates-neg",
        "r30-uz-summit-expert-neg",
        "r30-tg-graduates-neg",
        "r30-en-ev-course",
        "r30-en-wheat-lines",
        "r30-en-herbal-centre",
        "r30-kk-luban-ev",
        "r30-kk-doctors-urumqi",
        "r30-ky-potato-trials",
        "r30-uz-ev-training",
        "r30-uz-cotton-trials",
        "r30-uzc-wheat-breeding",
        "r30-uzc-acupuncture",
        "r30-tg-luban-ev",
        "r30-tk-ai-lab",
        "r30-tk-ev-school",
    },
}
# Fixed by this round's families: the false positives, all of them (the misses are left:
# docs/classifier.md, "Round 30 of issue 12").
FIXED = {mode: {i for i in wrong if i.endswith("-neg")} for mode, wrong in WRONG_BEFORE.items()}
# Round 31's Tajik spellings of the Luban Workshop ("Коргоҳи Лу Бан") decide this miss right with the
# headline alone (docs/classifier.md, "Round 31 of issue 12").
FIXED["headline alone"] |= {"r30-tg-luban-ev"}
# Round 33's breeders ("Chinese and Tajik breeders sow new wheat lines", as "breeding") decide this miss
# right with the headline alone (docs/classifier.md, "Round 33 of issue 12").
FIXED["headline alone"] |= {"r30-en-wheat-lines"}
# Round 54's education_governs_the_field (a Luban Workshop in the headline governs its field, the
# electric vehicles: industry) decides this miss right with the headline alone (docs/classifier.md,
# "Round 54 of issue 12").
FIXED["headline alone"] |= {"r30-kk-luban-ev"}
# Round 56's "with Chinese scientists / specialists" as joint work (кытайлык окумуштуулар менен, Xitoy
# mutaxassislari bilan, Хитой олимлари билан) decides these misses right with the headline alone
# (docs/classifier.md, "Round 56 of issue 12").
FIXED["headline alone"] |= {"r30-ky-potato-trials", "r30-uz-cotton-trials", "r30-uzc-wheat-breeding"}
# Round 60's medics exchanging experience as medicine ("шифокорлари тажриба алмашди") decides this miss
# right with the headline alone (docs/classifier.md, "Round 60 of issue 12").
FIXED["headline alone"] |= {"r30-uzc-acupuncture"}
# Round 93's surgical methods learned ("кардиохирургияны үйренді") decide this miss right with the headline alone
# (docs/classifier.md, "Round 93 of issue 12").
FIXED["headline alone"] |= {"r30-kk-doctors-urumqi"}


@rows(
    ("mode", "pid", "title", "summary", "relevant"),
    [(f"{m.replace(' ', '-')}-{p[0]}", m, *p) for m in MODES for p in PROBES_R30],
)
def test_round30_blind_set_decided(
    clf: Classifier, mode: str, pid: str, title: str, summary: str, relevant: bool
) -> None:
    """Each item decided as measured after the change: right unless a recorded miss."""
    right = pid not in WRONG_BEFORE[mode] - FIXED[mode]
    assert decide(clf, mode, {"title": title, "summary": summary}) is (relevant if right else not relevant)


def test_round30_wrong_before_are_labelled() -> None:
    labels = {p[0]: p[3] for p in PROBES_R30}
    for wrong in WRONG_BEFORE.values():
        assert wrong <= labels.keys()
        assert all(labels[i] is not i.endswith("-neg") for i in wrong)


def test_round30_blind_set_shape() -> None:
    """12 hard negatives and 5 relevant look-alikes in each of the nine languages and scripts; every
    item has a lede of 150–400 characters (a Chinese one of 70–110)."""
    for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
        mine = [p for p in PROBES_R30 if p[0].split("-")[1] == lang]
        assert (sum(p[3] for p in mine), sum(not p[3] for p in mine)) == (5, 12), lang
        assert all(p[0].endswith("-neg") is not p[3] for p in mine), lang
        low, high = (70, 110) if lang == "zh" else (150, 400)
        assert all(low <= len(p[2]) <= high for p in mine), lang


def test_round30_probes_are_fresh() -> None:
    """No round-30 title or summary is a labelled item's title or summary (every set and the shared
    labelled_dev) or an earlier probe's text; no title, nor title and lede together, shares half its
    words (character pairs in Chinese) with any of them; the family probes are fresh against the
    blind set too; and no two share an id, a title or a summary."""
    known = labelled_texts() | {p[1].strip().casefold() for p in EARLIER_PROBES}
    mine = [(p[1], p[2]) for p in PROBES_R30]
    assert not [t for t, s in mine if t.strip().casefold() in known or s.strip().casefold() in known]
    assert not repeats([t for t, _ in mine], known)
    assert not repeats([f"{t} {s}" for t, s in mine], known)
    families = [p[1] for p in PROBES_R30_FAMILIES]
    assert not repeats(families, known | {text for t, s in mine for text in (t, s)})
    ids = [p[0] for p in [*PROBES_R30, *PROBES_R30_FAMILIES]]
    assert len(set(ids)) == len(ids)
    titles = [t.casefold() for t in [*(t for t, _ in mine), *families]]
    assert len(set(titles)) == len(titles) and len({s for _, s in mine}) == len(mine)
