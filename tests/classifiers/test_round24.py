"""Round 24 of issue 12: the fourth blind headline set (probes_r24.PROBES_R24, short institutional
headlines in the style of the fresh real sets' misses, written before the rules were run on them)
decided as the round-24 rules decide them with the headline alone; the families read off it and off
the pooled real misses (China-studies centres naming China; Kazakh and Uzbek students in China as the
writer's students; the digital economy as technology; ICT and IT specialists and talent; 中乌合作 and
中企; health and medical cooperation at full weight, pharmaceutical cooperation still light; studying
and exchanging experience as a cooperation cue) read both ways; the family probes; and the probes
kept fresh: none is a labelled item's title (classifiers/eval and the shared labelled_dev) or an
earlier probe."""

from __future__ import annotations

import json

from classifiers import Classifier

from .probes_r20 import PROBES_R20, PROBES_R20_FAMILIES
from .probes_r21 import PROBES_R21, PROBES_R21_FAMILIES
from .probes_r22 import PROBES_R22, PROBES_R22_FAMILIES
from .probes_r23 import PROBES_R23, PROBES_R23_FAMILIES
from .probes_r24 import PROBES_R24, PROBES_R24_FAMILIES
from .tables import EVAL, assert_decision, assert_new_probes, assert_reading, decide, rows
from .test_round20 import EARLIER_PROBES

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # a centre for China studies names China; a centre for Korean studies does not
    ("en-centre-china-studies-is-china", "centre for China studies", "china", True),
    ("en-center-chinese-studies-is-china", "Center for Chinese Studies", "china", True),
    ("en-centre-korean-studies-is-not-china", "centre for Korean studies", "china", False),
    ("ru-centre-study-china-is-china", "центр изучения Китая", "china", True),
    ("ru-centre-study-modern-china-is-china", "центра по изучению современного Китая", "china", True),
    ("ru-centre-study-turkey-is-not-china", "центр изучения Турции", "china", False),
    ("tk-hytayy-owrenis-is-china", "Hytaýy öwreniş merkezi", "china", True),
    ("tk-hytayy-owrenis-is-research", "Hytaýy öwreniş merkezi", "research", True),
    # Kazakh and Uzbek students in China are the writer's students; China's Kazakh poets are not
    ("kk-students-in-china-are-students", "Қытайдағы қазақ студенттерінің", "student_exchange", True),
    ("kk-students-in-china-not-domestic", "Қытайдағы қазақ студенттерінің", "domestic", False),
    ("kk-poets-in-china-are-domestic", "Қытайдағы қазақ ақындарының", "domestic", True),
    ("uz-students-in-china-are-students", "Xitoydagi o'zbek talabalari", "student_exchange", True),
    ("uzc-students-in-china-not-domestic", "Хитойдаги ўзбек талабаларининг", "domestic", False),
    ("ky-students-in-china-stay-domestic", "Кытайдагы кыргыз студенттери", "domestic", True),
    # the digital economy is technology, not trade
    ("uzc-digital-economy-is-technology", "Рақамли иқтисодиёт", "technology", True),
    ("uzc-digital-economy-is-not-trade", "Рақамли иқтисодиёт", "trade", False),
    ("uz-economy-alone-is-trade", "iqtisodiyot", "trade", True),
    ("tg-digital-economy-is-not-trade", "Иқтисоди рақамӣ", "trade", False),
    ("ru-digital-economy-is-technology", "цифровой экономики", "technology", True),
    ("kk-digital-economy-is-technology", "цифрлық экономика", "technology", True),
    ("ky-digital-economy-is-technology", "санариптик экономиканы", "technology", True),
    ("tk-digital-economy-is-technology", "sanly ykdysadyýet", "technology", True),
    ("en-digital-economy-is-technology", "digital economy", "technology", True),
    # ICT and IT specialists and talent are training for a technology; ICT is not telecom industry
    ("en-ict-specialists-are-vocational", "ICT specialists", "vocational", True),
    ("ru-it-specialists-are-vocational", "IT-специалистов", "vocational", True),
    ("ru-obuchit-specialists-is-education", "обучит специалистов", "education_policy", True),
    ("zh-ict-talent-is-vocational", "信息通信技术人才", "vocational", True),
    ("zh-ict-is-not-industry", "信息通信技术人才", "industry", False),
    ("zh-telecom-is-industry", "通信运营商", "industry", True),
    # 中乌合作 is China–Uzbekistan cooperation, unless Ukraine is named; 中企 names China
    ("zh-zhongwu-hezuo-is-uz", "中乌合作", "uz", True),
    ("zh-zhongwu-hezuo-with-ukraine-is-not-uz", "中乌合作 乌克兰", "uz", False),
    ("zh-zhongqi-is-china", "中企为哈萨克斯坦", "china", True),
    # health and medical cooperation is the subject at full weight; pharmaceutical cooperation is not
    ("en-health-cooperation-is-cooperation", "health cooperation", "cooperation", True),
    ("ru-health-cooperation-is-health", "сотрудничество в здравоохранении", "health", True),
    ("zh-health-cooperation-is-health", "卫生健康合作", "health", True),
    ("tg-health-field-is-health", "дар бахши тандурустӣ", "health", True),
    ("tk-health-cooperation-is-cooperation", "saglygy goraýyş hyzmatdaşlygy", "cooperation", True),
    # studying and exchanging experience are cooperation cues
    ("tk-tejribesi-owrenildi-is-cooperation", "oba hojalyk tejribesi öwrenildi", "cooperation", True),
    ("kk-tazhiribesin-zerttedi-is-cooperation", "тәжірибесін зерттеді", "cooperation", True),
    ("ky-tazhryiba-almashty-is-cooperation", "тажрыйба алмашты", "cooperation", True),
    ("uz-tajriba-almashish-is-cooperation", "tajriba almashish", "cooperation", True),
    ("tk-tejribe-alone-is-not-cooperation", "tejribe", "cooperation", False),
    # developing medicines and vaccines is research; producing them is not
    ("en-develop-vaccine-is-research", "develop a vaccine", "research", True),
    ("ru-develop-medicines-is-research", "разработают новые лекарства", "research", True),
    ("ru-production-of-medicines-is-not-research", "производство лекарств", "research", False),
    ("zh-vaccine-rnd-is-research", "疫苗研发", "research", True),
    ("kk-new-medicine-developed-is-research", "жаңа дәрі әзірлейді", "research", True),
    ("uz-medicines-developed-is-research", "yangi dori vositalari ishlab chiqiladi", "research", True),
    ("uz-medicines-produced-is-not-research", "dori vositalari ishlab chiqarish", "research", False),
    ("uzc-medicines-developed-is-health", "янги дори воситалари ишлаб чиқилади", "health", True),
    ("ky-new-medicines-developed-is-research", "жаңы дарылар иштеп чыгылат", "research", True),
    ("tk-new-medicines-developed-is-research", "täze dermanlary işläp düzýär", "research", True),
    # together with Chinese pharmacists (uz) and together with China (ky биргеликте) are cooperation cues
    ("uz-with-chinese-pharmacists-is-cooperation", "Xitoylik farmatsevtlar bilan birgalikda", "cooperation", True),
    ("ky-birgelikte-is-cooperation", "Кытай менен биргеликте", "cooperation", True),
    ("ky-birgelikte-is-china", "Кытай менен биргеликте", "china", True),
    # a doctor in Russian (and Kyrgyz врачтар), light
    ("ru-vrach-is-health", "врачи", "health", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round24_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


def test_round24_pharmaceutical_cooperation_stays_light(clf: Classifier) -> None:
    """Pharmaceutical cooperation is as often the trade in medicines (h13-017): its weight is the
    light 0.6 of the pharma word, not the full weight of health cooperation."""
    pharma = clf.classify(title="Казахстан и Китай наращивают сотрудничество в фармацевтике")
    health = clf.classify(title="Казахстан и Китай наращивают сотрудничество в здравоохранении")
    assert not pharma.relevant and health.relevant


# The blind set's misses with the round-23 rules (2026.12.26), headline alone, for the record.
MISSED_BEFORE = {
    "r24-en-osh-china-studies", "r24-ru-knu-china-studies", "r24-ru-it-tajikistan", "r24-ru-ca-health",
    "r24-zh-digital-innovation-uz", "r24-zh-ict-tajikistan", "r24-zh-ca-health", "r24-kk-pharma-research",
    "r24-ky-students-life", "r24-ky-health", "r24-ky-doctors-experience", "r24-uz-academy-delegation",
    "r24-uzc-students-life", "r24-uzc-digital-innovation", "r24-uzc-health", "r24-uzc-new-medicines",
    "r24-tg-digital-innovation", "r24-tg-health", "r24-tg-doctors-hospitals", "r24-tk-tdu-china-studies",
    "r24-tk-health", "r24-tk-doctors-clinics",
}
# ... and those the round-24 rules still miss (docs/classifier.md, "Round 24 of issue 12"): КНУ alone
# (ambiguous), Kyrgyz students in China (as often China's Kyrgyz), doctors gaining experience in China
# (a light subject and a light cue), and Chinese academicians "at" an institute with no visit word.
# Round 62 caught r24-tg-doctors-hospitals ("таҷриба меомӯзанд", learning experience, is light training
# beside the doctors' field).
# Round 93 caught r24-uz-academy-delegation (the bare "Fanlar akademiyasi" in Uzbek is the writer's own academy).
STILL_MISSED = {
    "r24-ru-knu-china-studies", "r24-ky-students-life", "r24-ky-doctors-experience", "r24-tk-doctors-clinics",
}


@rows(("pid", "headline", "relevant"), [(p[0], *p) for p in PROBES_R24 if p[0] not in STILL_MISSED])
def test_round24_blind_headline_alone(clf: Classifier, pid: str, headline: str, relevant: bool) -> None:
    assert decide(clf, "headline alone", {"title": headline}) is relevant


@rows(("pid", "headline", "relevant"), [(p[0], *p) for p in PROBES_R24 if p[0] in STILL_MISSED])
def test_round24_known_misses_stay(clf: Classifier, pid: str, headline: str, relevant: bool) -> None:
    """Recorded as they are, so a later change that catches them shows here (and in the docs)."""
    assert relevant
    assert decide(clf, "headline alone", {"title": headline}) is False


def test_round24_missed_before_are_relevant() -> None:
    labels = {p[0]: p[2] for p in PROBES_R24}
    assert all(labels[m] for m in MISSED_BEFORE) and STILL_MISSED <= MISSED_BEFORE


@rows(("headline", "relevant"), PROBES_R24_FAMILIES)
def test_round24_family_probes(clf: Classifier, headline: str, relevant: bool) -> None:
    assert_decision(clf, headline, relevant)


def test_round24_blind_set_shape() -> None:
    """12 relevant and 8 hard negatives in each of the nine languages and scripts."""
    for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
        mine = [p for p in PROBES_R24 if p[0].split("-")[1] == lang]
        assert (sum(p[2] for p in mine), sum(not p[2] for p in mine)) == (12, 8), lang


def test_round24_probes_are_fresh() -> None:
    """No round-24 probe is a labelled item's title (every set and the shared labelled_dev) or an
    earlier probe's headline, and no two share an id or a headline."""
    mine = [*PROBES_R24, *PROBES_R24_FAMILIES]
    assert_new_probes(mine)
    shared = EVAL.parents[2] / "shared" / "eval" / "labelled_dev.jsonl"
    texts = {(json.loads(line)["title"] or "").strip().casefold()
             for line in (shared.read_text(encoding="utf-8").splitlines() if shared.exists() else []) if line.strip()}
    earlier = [*EARLIER_PROBES, *PROBES_R20, *PROBES_R20_FAMILIES, *PROBES_R21, *PROBES_R21_FAMILIES, *PROBES_R22,
               *PROBES_R22_FAMILIES, *PROBES_R23, *PROBES_R23_FAMILIES]
    texts |= {p[1].strip().casefold() for p in earlier}
    assert not [p[0] for p in mine if p[1].strip().casefold() in texts]
    assert len({p[1].strip().casefold() for p in mine}) == len(mine)
