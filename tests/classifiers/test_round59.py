"""Round 59 of issue 12: fresh blind headline probes in the issue's style (docs/classifier.md, "Round 59 of
issue 12"), as round 46 did once: two sets of terse headlines written by hand with new institutions, cities,
subjects, verbs and shapes, committed before the rules saw them (probes_r59_dev: 12 relevant and 4 hard
negatives in each of nine languages and scripts; probes_r59_held: 8 and 3). The development set's misses,
read as families: technology transfer in its short forms and a tech or innovation hub; the scientists of a
compound field (hydrobiologists, ichthyologists, ornithologists, hydrogeologists); satellites as a Kazakh or
Kyrgyz headline's subject ("спутник боюнча"); the Surkhan and Kashkadarya oases as Uzbek news names the
regions; the Tajik Confucius with a double с. The READINGS table reads each form both ways; the family
probes (probes_r59) were written after the fixes."""

from __future__ import annotations

from classifiers import Classifier

from .probes_r59 import PROBES_R59
from .probes_r59_dev import PROBES_R59_DEV
from .probes_r59_held import PROBES_R59_HELD
from .tables import assert_decision, assert_reading, decide, labelled_texts, probe_texts, repeats, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # technology transfer in its short forms, a tech or innovation hub: technology; a logistics hub is not
    ("en-tech-transfer-is-technology", "a tech-transfer hub", "technology", True),
    ("en-tech-transfer-spaced-is-technology", "tech transfer deals", "technology", True),
    ("en-innovation-hub-is-technology", "an innovation hub in Almaty", "technology", True),
    ("en-startup-hub-is-technology", "a startup hub", "technology", True),
    ("en-logistics-hub-is-not-technology", "a logistics hub at Khorgos", "technology", False),
    ("en-transfer-alone-is-not-technology", "a transfer of players", "technology", False),
    ("ru-tech-transfer-is-technology", "центр техтрансфера", "technology", True),
    ("ru-it-hub-is-technology", "в IT-хабе Ташкента", "technology", True),
    ("ru-innovation-hub-is-technology", "инновационный хаб", "technology", True),
    ("ru-logistics-hub-is-not-technology", "логистический хаб", "technology", False),
    # the scientists of a compound field: research, in every language and script
    ("en-hydrobiologists-is-research", "hydrobiologists", "research", True),
    ("en-ichthyologist-is-research", "an ichthyologist", "research", True),
    ("en-ornithologists-is-research", "ornithologists", "research", True),
    ("en-hydrogeology-is-research", "hydrogeology survey", "research", True),
    ("en-fish-farm-is-not-research", "a fish farm", "research", False),
    ("ru-hydrobiologists-is-research", "гидробиологи", "research", True),
    ("ru-ichthyologists-is-research", "ихтиологов", "research", True),
    ("ru-ornithologist-is-research", "орнитолог", "research", True),
    ("ru-hydrogeologists-is-research", "гидрогеологами", "research", True),
    ("ru-fishermen-is-not-research", "рыбаки", "research", False),
    ("zh-ichthyology-is-research", "鱼类学家", "research", True),
    ("zh-hydrobiology-is-research", "水生生物学", "research", True),
    ("zh-ornithology-is-research", "鸟类学家", "research", True),
    ("zh-fish-is-not-research", "鱼类养殖", "research", False),
    ("kk-ichthyologists-is-research", "ихтиологтар", "research", True),
    ("kk-hydrogeologists-is-research", "гидрогеологтары", "research", True),
    ("ky-hydrobiologists-is-research", "гидробиологдор", "research", True),
    ("ky-ornithologists-is-research", "орнитологдору", "research", True),
    ("ky-fish-is-not-research", "балыктардын саны", "research", False),
    ("uz-hydrobiologists-is-research", "gidrobiologlar", "research", True),
    ("uz-ichthyologists-is-research", "ixtiologlar", "research", True),
    ("uzc-ornithologists-is-research", "орнитологлар", "research", True),
    ("tg-ichthyologists-is-research", "ихтиологҳо", "research", True),
    ("tg-hydrobiologists-is-research", "гидробиологҳои", "research", True),
    ("tk-ichthyologists-is-research", "ihtiologlar", "research", True),
    ("tk-hydrobiologists-is-research", "gidrobiologlary", "research", True),
    ("tk-fish-is-not-research", "balyk tutmak", "research", False),
    # satellites as a Kazakh or Kyrgyz subject ("on satellites"); the bare спутник stays light
    ("ky-on-satellites-is-technology", "спутник боюнча кызматташуу", "technology", True),
    ("ky-on-satellites-plural-is-technology", "спутниктер боюнча", "technology", True),
    ("kk-on-satellites-is-technology", "спутник бойынша ынтымақтастық", "technology", True),
    ("kk-partner-is-not-technology", "серік бойынша", "technology", False),
    # the Surkhan and Kashkadarya oases name Uzbekistan
    ("uz-surkhan-oasis-is-uz", "Surxon vohasida", "uz", True),
    ("uz-surkhan-oasis-acc-is-uz", "Surxon vohasini", "uz", True),
    ("uzc-surkhan-oasis-is-uz", "Сурхон воҳасида", "uz", True),
    ("uz-kashka-oasis-is-uz", "Qashqa vohasidagi", "uz", True),
    ("uzc-kashka-oasis-is-uz", "Қашқа воҳасига", "uz", True),
    ("ru-surkhan-oasis-is-uz", "в Сурханском оазисе", "uz", True),
    ("ru-kashkadarya-oasis-is-uz", "Кашкадарьинского оазиса", "uz", True),
    ("en-surkhan-oasis-is-uz", "in the Surkhan oasis", "uz", True),
    ("uz-oasis-alone-is-not-uz", "vohasida", "uz", False),
    ("uz-surkhon-name-is-not-uz", "Surxon aka", "uz", False),
    # the Tajik Confucius with a double с
    ("tg-confucius-double-s-is-china", "синфи Конфуссий", "china", True),
    ("tg-confucius-double-s-is-language", "Институти Конфуссий", "language_culture", True),
    ("tg-sugd-is-not-china", "Вилояти Суғд", "china", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round59_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# The development set, measured once with the rules of main (2026.12.86) before any rule was written,
# headline alone, no url: P 1.000 / R 0.944 (102 of 108, no false positive in 36); with an empty summary
# the title-and-summary mode decides every headline the same. After the fixes: R 0.991 (107 of 108).
MISSED_BEFORE = {
    "r59d-en-transfer-urumqi", "r59d-ky-issyk-kul-ecology", "r59d-ky-satellite-talks", "r59d-uz-termez-dig",
    "r59d-tg-kulob-confucius", "r59d-tk-balkanabat-surgery",
}
# Left: Chinese and Turkmen doctors performing a complex operation together. Surgery is not written on
# purpose (vocab_topics.yaml, health: a medical mission's operations are labelled irrelevant, h7-043,
# h18-020, h18-021, dv-0216); the probe's writer read it otherwise, and the project's labels win.
DEV_WRONG = {"r59d-tk-balkanabat-surgery"}
# The held-out set, measured ONCE after the fixes (nothing fixed from it), headline alone, no url: P 0.985 /
# R 0.903 (65 of 72 relevant, one false positive in 27 negatives), alike in both modes; the base rules
# (2026.12.86) decide it the same. Misses: a Luban Workshop named by a Russian adjective of Dushanbe alone
# (душанбинской: no side); doctors learning minimally invasive surgery (微创手术) or Chinese doctors operating
# on hearts (surgery is not written, as above); a Kyrgyz text of Chinese specialists showing a bean-growing
# technology in Talas (vetoed as China's own news: no cooperation cue); an Uzbek text whose own side is the
# bare "Fanlar akademiyasi" (as round 46's) and a Tajik one whose Chinese specialists taught Hisor's farmers
# (implied_side_needs_local_subject); Tajik doctors' training in Shanghai's clinics (read as a health
# service). The false positive: a Kazakh headline on Xinjiang's own new research centre (the language
# implies the Kazakh side).
HELD_WRONG = {
    "r59h-ru-dushanbe-welders", "r59h-zh-kz-surgery", "r59h-kk-turkistan-heart", "r59h-kk-xinjiang-centre-neg",
    "r59h-ky-talas-agri", "r59h-uz-academy-geoservice", "r59h-tg-doctors-china", "r59h-tg-hisor-irrigation",
}
# Decided right since round 60 (written alongside, merged after): doctors raising their qualification
# in China's clinics are medicine trained, not a health service (test_round60.py).
# Round 93: a minimally invasive method learned (学习微创) is training; the bare Uzbek academy is the writer's own.
FIXED_LATER = {"r59h-tg-doctors-china", "r59h-zh-kz-surgery", "r59h-uz-academy-geoservice"}


@rows(("pid", "headline", "relevant"), [(p[0], *p) for p in PROBES_R59_DEV])
def test_round59_dev_set_decided(clf: Classifier, pid: str, headline: str, relevant: bool) -> None:
    expected = relevant is not (pid in DEV_WRONG)
    assert decide(clf, "headline alone", {"title": headline}) is expected
    assert decide(clf, "title and summary", {"title": headline, "summary": ""}) is expected


@rows(("pid", "headline", "relevant"), [(p[0], *p) for p in PROBES_R59_HELD])
def test_round59_held_set_decided(clf: Classifier, pid: str, headline: str, relevant: bool) -> None:
    expected = relevant is not (pid in HELD_WRONG - FIXED_LATER)
    assert decide(clf, "headline alone", {"title": headline}) is expected
    assert decide(clf, "title and summary", {"title": headline, "summary": ""}) is expected


@rows(("pid", "headline", "relevant"), [(p[0], *p) for p in PROBES_R59])
def test_round59_family_probes(clf: Classifier, pid: str, headline: str, relevant: bool) -> None:
    assert_decision(clf, headline, relevant)


def test_round59_recorded_sets() -> None:
    dev = {p[0]: p[2] for p in PROBES_R59_DEV}
    held = {p[0]: p[2] for p in PROBES_R59_HELD}
    assert all(dev[m] for m in MISSED_BEFORE) and DEV_WRONG <= MISSED_BEFORE
    assert HELD_WRONG <= set(held)
    tp = sum(held[p] and p not in HELD_WRONG for p in held)
    fp = sum(not held[p] and p in HELD_WRONG for p in held)
    assert (tp, fp, sum(held.values())) == (65, 1, 72)


def test_round59_blind_sets_shape() -> None:
    """12 relevant and 4 hard negatives (development) and 8 and 3 (held out) in each of the nine languages
    and scripts; every headline terse: 3-16 words (a Chinese one 6-30 characters)."""
    for probes, counts in ((PROBES_R59_DEV, (12, 4)), (PROBES_R59_HELD, (8, 3))):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert (sum(p[2] for p in mine), sum(not p[2] for p in mine)) == counts, lang
            assert all(p[0].endswith("-neg") is not p[2] for p in mine), lang
            low, high = (6, 30) if lang == "zh" else (3, 16)
            assert all(low <= (len(p[1]) if lang == "zh" else len(p[1].split())) <= high for p in mine), lang
    assert (len(PROBES_R59_DEV), len(PROBES_R59_HELD)) == (144, 99)


def test_round59_probes_are_fresh() -> None:
    """No round-59 headline is a labelled item's title or summary or an earlier probe's text, none shares
    half its words (character pairs in Chinese) with one or with another round-59 headline; ids unique."""
    known = labelled_texts() | probe_texts("probes_r59", "probes_r60")  # round 60 was written alongside
    mine = [*PROBES_R59_DEV, *PROBES_R59_HELD, *PROBES_R59]
    assert not repeats([p[1] for p in mine], known)
    assert not [(p[0], q[0]) for i, p in enumerate(mine) for q in mine[i + 1:] if repeats([p[1]], [q[1]])]
    assert len({p[0] for p in mine}) == len(mine) == 262


def test_round59_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.87"
