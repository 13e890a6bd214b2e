"""Round 33 of issue 12: the eighth blind headline set (probes_r33.PROBES_R33: terse headlines in the
issue's shape, second after round 31's, with the sides named by cities, provinces, institutions and
demonyms — written before the rules were run on them), decided as the round-33 rules decide them with
the headline alone; the families read off its misses (training doctors and the Tajik "taught"; gaining
professional experience and sharing it; breeders and new seeds; IT and AI centres and the Tajik AI with
the izofa; a joint centre; specialists who came from China as the writer's side; athletes and wrestlers
as sport, the guard) read both ways; the family probes; and the probes kept fresh: none is a labelled
item's text or an earlier probe, nor shares half its words with one."""

from __future__ import annotations

from classifiers import Classifier

from .probes_r30 import PROBES_R30
from .probes_r31 import PROBES_R31, PROBES_R31_FAMILIES
from .probes_r33 import PROBES_R33, PROBES_R33_FAMILIES
from .tables import assert_decision, assert_reading, decide, labelled_texts, repeats, rows
from .test_round31 import EARLIER_PROBES as PROBES_BEFORE_R31

EARLIER_PROBES = [*PROBES_BEFORE_R31, *PROBES_R31, *PROBES_R31_FAMILIES]

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # training doctors is teaching (also with the trainees' country between); a train driver is not
    ("en-train-doctors-is-education", "train doctors", "education_policy", True),
    ("en-trains-kazakh-nurses-is-education", "trains Kazakh nurses", "education_policy", True),
    ("en-trains-kazakh-nurses-keeps-kz", "trains Kazakh nurses", "kz", True),
    ("en-train-drivers-is-not-education", "train drivers", "education_policy", False),
    # Tajik "taught" (омӯзонданд, меомӯзонанд); the bare омӯз- (learn, study) is another word
    ("tg-taught-is-education", "омӯзонданд", "education_policy", True),
    ("tg-teach-present-is-education", "меомӯзонанд", "education_policy", True),
    ("tg-learned-is-not-education", "омӯхтанд", "education_policy", False),
    # gaining professional experience is professional development; exchanging it stays a cue
    ("kk-gained-experience-is-vocational", "тәжірибе жинақтады", "vocational", True),
    ("ky-gain-experience-is-vocational", "тажрыйба алышат", "vocational", True),
    ("ky-exchange-experience-is-not-vocational", "тажрыйба алмашышты", "vocational", False),
    ("ky-exchange-experience-is-cooperation", "тажрыйба алмашышты", "cooperation", True),
    ("uz-gained-experience-is-vocational", "tajriba orttirdi", "vocational", True),
    ("uzc-gained-experience-is-vocational", "тажриба орттирди", "vocational", True),
    ("tg-gained-experience-is-vocational", "таҷриба андӯхтанд", "vocational", True),
    ("tk-gained-experience-is-vocational", "tejribe topladylar", "vocational", True),
    # sharing experience is a cooperation cue, as exchanging it
    ("en-shared-experience-is-cooperation", "shared their experience", "cooperation", True),
    ("ru-shared-experience-is-cooperation", "поделились опытом", "cooperation", True),
    ("kk-shared-experience-is-cooperation", "тәжірибесімен бөлісті", "cooperation", True),
    ("ky-shared-experience-is-cooperation", "тажрыйбасы менен бөлүштү", "cooperation", True),
    ("uz-shared-experience-is-cooperation", "tajribasi bilan o'rtoqlashdi", "cooperation", True),
    ("tk-shared-experience-is-cooperation", "tejribesi bilen paýlaşdy", "cooperation", True),
    ("kk-shared-bread-is-not-cooperation", "нанымен бөлісті", "cooperation", False),
    # hospitals in the Turkic and Tajik lists (light, as a clinic)
    ("kk-hospital-is-health", "ауруханасында", "health", True),
    ("ky-hospital-is-health", "ооруканасынын", "health", True),
    ("uz-hospital-is-health", "shifoxonasida", "health", True),
    ("tg-hospital-is-health", "беморхонаи", "health", True),
    ("tk-hospital-is-health", "hassahanasynda", "health", True),
    # surgery is not written: the labelled medical missions (operations on children) are irrelevant
    ("uzc-surgery-is-not-health", "жарроҳлиги", "health", False),
    # breeders are agriculture; a horse breeder is light livestock, still agriculture
    ("en-breeders-is-agriculture", "breeders", "agriculture", True),
    ("en-plant-breeders-is-agriculture", "plant breeders", "agriculture", True),
    # new seeds are bred: agriculture and research; the bare seed stays out (seed imports)
    ("ky-new-seeds-is-research", "жаңы үрөндөрдү", "research", True),
    ("ky-bare-seeds-is-not-agriculture", "үрөндөрдү", "agriculture", False),
    ("uz-new-seeds-is-research", "yangi urugʻlarni", "research", True),
    ("uzc-new-seeds-is-research", "янги уруғларни", "research", True),
    ("tg-new-seeds-is-research", "тухмиҳои нав", "research", True),
    ("tg-bare-seeds-is-not-agriculture", "тухмиҳо", "agriculture", False),
    ("tk-new-seeds-is-research", "täze tohumlary", "research", True),
    ("kk-new-seeds-is-research", "жаңа тұқымдарды", "research", True),
    # IT and AI centres and academies are technology at full weight; IT alone stays light
    ("ru-it-centre-is-technology", "IT-центр", "technology", True),
    ("zh-it-centre-is-technology", "信息技术中心", "technology", True),
    ("kk-it-centre-is-technology", "IT-орталық", "technology", True),
    ("ky-it-centre-is-technology", "IT-борбору", "technology", True),
    ("uz-it-centre-is-technology", "IT-markazi", "technology", True),
    ("uzc-it-academy-is-technology", "IT-академияси", "technology", True),
    ("tg-it-centre-is-technology", "маркази IT", "technology", True),
    ("tk-it-centre-is-technology", "IT merkezi", "technology", True),
    ("tg-ai-izofa-is-technology", "зеҳни сунъии", "technology", True),
    ("tg-ai-object-is-technology", "зеҳни сунъиро", "technology", True),
    ("en-pronoun-it-centre-is-not-technology", "puts it centre stage", "technology", False),
    # a joint centre is a joint body (joint_lab) and keeps its cooperation
    ("ru-joint-centre-is-joint-lab", "совместный центр", "joint_lab", True),
    ("ru-joint-centre-keeps-cooperation", "совместный центр", "cooperation", True),
    ("ky-joint-centre-is-joint-lab", "биргелешкен борбор", "joint_lab", True),
    ("uz-joint-centre-is-joint-lab", "qoʻshma markaz", "joint_lab", True),
    ("uzc-joint-centre-is-joint-lab", "қўшма марказ", "joint_lab", True),
    ("tg-joint-centre-is-joint-lab", "маркази муштарак", "joint_lab", True),
    ("tk-joint-centre-is-joint-lab", "bilelikdäki merkez", "joint_lab", True),
    ("ru-joint-venture-is-not-joint-lab", "совместное предприятие", "joint_lab", False),
    # specialists who came from China are the writer's side, name China and keep the noun's topic
    ("kk-teachers-from-china-is-local", "Қытайдан келген мұғалімдер", "local_subject", True),
    ("kk-teachers-from-china-is-china", "Қытайдан келген мұғалімдер", "china", True),
    ("kk-teachers-from-china-is-education", "Қытайдан келген мұғалімдер", "education_policy", True),
    ("ky-agronomists-from-china-is-agriculture", "Кытайдан келген агрономдор", "agriculture", True),
    ("ky-agronomists-from-china-is-local", "Кытайдан келген агрономдор", "local_subject", True),
    ("uz-scientists-from-china-is-research", "Xitoydan kelgan olimlar", "research", True),
    ("uzc-doctors-from-china-is-health", "Хитойдан келган шифокорлар", "health", True),
    ("tk-scientists-from-china-is-local", "Hytaýdan gelen alymlar", "local_subject", True),
    ("tg-specialists-from-china-is-local", "мутахассисони аз Чин омада", "local_subject", True),
    ("ky-goods-from-china-is-not-local", "Кытайдан келген товарлар", "local_subject", False),
    # athletes and wrestlers are sport (the guard of gaining experience)
    ("kk-wrestlers-is-sport", "балуандарымыз", "sport", True),
    ("ky-wrestlers-is-sport", "балбандары", "sport", True),
    ("uz-athletes-is-sport", "sportchilarimiz", "sport", True),
    ("tg-athletes-is-sport", "варзишгарони", "sport", True),
    ("tk-athletes-is-sport", "türgenleri", "sport", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round33_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# The blind set's misses with the round-31 rules (2026.12.37), headline alone, no url, for the record:
# recall 79/90, no false positive (docs/classifier.md, "Round 33 figures"). Two are left (a medical
# exchange of experience with surgery as its only subject: surgery is not written, the labelled sets
# hold Chinese surgeons' operations on Central Asian children as irrelevant).
MISSED_BEFORE = {
    "r33-en-urumqi-osh-doctors", "r33-en-xinjiang-fergana-cotton", "r33-kk-xinjiang-surgeons",
    "r33-kk-it-quote", "r33-ky-osh-doctors", "r33-ky-talas-seeds", "r33-uzc-urumqi-surgeons",
    "r33-tg-ai-centre", "r33-tg-khatlon-seeds", "r33-tg-xinjiang-surgeons", "r33-tk-it-quote",
}
STILL_MISSED = {"r33-kk-xinjiang-surgeons", "r33-uzc-urumqi-surgeons"}


@rows(("pid", "headline", "relevant"), [(p[0], *p) for p in PROBES_R33])
def test_round33_blind_headline_alone(clf: Classifier, pid: str, headline: str, relevant: bool) -> None:
    """Each headline decided as measured after the change: right unless a recorded miss."""
    expected = relevant and pid not in STILL_MISSED
    assert decide(clf, "headline alone", {"title": headline}) is expected


def test_round33_missed_before_are_relevant() -> None:
    labels = {p[0]: p[2] for p in PROBES_R33}
    assert all(labels[m] for m in MISSED_BEFORE) and STILL_MISSED <= MISSED_BEFORE


# A family probe the round-33 rules miss: the English IT centre is not written (the two letters are
# the pronoun "it" in lower case, and a case-sensitive key of two words is not read as written), so
# "IT Centre" is the light IT alone.
FAMILY_MISSES = {"r33f-en-it-centre"}


@rows(("pid", "headline", "relevant"), [(p[0], *p) for p in PROBES_R33_FAMILIES])
def test_round33_family_probes(clf: Classifier, pid: str, headline: str, relevant: bool) -> None:
    assert_decision(clf, headline, relevant and pid not in FAMILY_MISSES)


def test_round33_family_misses_are_relevant() -> None:
    labels = {p[0]: p[2] for p in PROBES_R33_FAMILIES}
    assert all(labels[m] for m in FAMILY_MISSES)


def test_round33_blind_set_shape() -> None:
    """10 relevant and 6 hard negatives in each of the nine languages and scripts, each headline terse:
    3-12 words (a Chinese one 6-20 characters)."""
    for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
        mine = [p for p in PROBES_R33 if p[0].split("-")[1] == lang]
        assert (sum(p[2] for p in mine), sum(not p[2] for p in mine)) == (10, 6), lang
        assert all(p[0].endswith("-neg") is not p[2] for p in mine), lang
        low, high = (6, 20) if lang == "zh" else (3, 12)
        assert all(low <= (len(p[1]) if lang == "zh" else len(p[1].split())) <= high for p in mine), lang
    assert len(PROBES_R33) == 144


def test_round33_probes_are_fresh() -> None:
    """No round-33 headline is a labelled item's title or summary (every set and the shared
    labelled_dev) or an earlier probe's text (round 30's titles and ledes, round 31's blind set and
    family probes among them); none shares half its words (character pairs in Chinese) with one, or
    with another round-33 headline; and no two share an id or a headline."""
    known = labelled_texts() | {p[1].strip().casefold() for p in EARLIER_PROBES}
    known |= {text.strip().casefold() for p in PROBES_R30 for text in (p[1], p[2])}
    mine = [*PROBES_R33, *PROBES_R33_FAMILIES]
    assert not repeats([p[1] for p in mine], known)
    among = [(p[0], q[0]) for i, p in enumerate(mine) for q in mine[i + 1:] if repeats([p[1]], [q[1]])]
    assert not among
    assert len({p[0] for p in mine}) == len(mine) and len({p[1].casefold() for p in mine}) == len(mine)
