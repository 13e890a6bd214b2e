"""Round 16 of issue 12: each new term read both ways (a term and its plain or trade neighbour),
decisions for the new words beside another partner or a trade subject, the round-16 headline
probes (the second audit pass, with other headline shapes), and the fresh holdout (holdout14)
kept honest: its items are real, unique and labelled as the other sets, and none repeats an
earlier set's url or title or a probe."""

from __future__ import annotations

from classifiers import Classifier

from .grid_r9 import GRID_R9
from .headlines import HEADLINES
from .probes_r5 import PROBES, PROBES_AFTER
from .probes_r6 import PROBES_R6
from .probes_r7 import PROBES_R7
from .probes_r8 import PROBES_R8
from .probes_r10 import PROBES_R10
from .probes_r11 import PROBES_R11
from .probes_r12 import PROBES_R12
from .probes_r13 import PROBES_R13
from .probes_r14 import PROBES_R14
from .probes_r15 import PROBES_R15
from .probes_r16 import PROBES_R16
from .tables import assert_decision, assert_fresh_holdout, assert_new_probes, assert_reading, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # training personnel, specialists, doctors: the verbal noun with its object; the verb alone
    # (preparing food, preparatory work) is not education
    ("ru-training-doctors-is-education", "о подготовке врачей", "education_policy", True),
    ("ru-training-medical-staff-is-education", "подготовка медицинских кадров", "education_policy", True),
    ("ru-doctors-are-not-education", "врачи больницы", "education_policy", False),
    ("kk-cadre-training-is-education", "кадр даярлау жөнінде", "education_policy", True),
    ("kk-specialists-training-is-education", "мамандар даярлауға", "education_policy", True),
    ("kk-preparation-is-not-education", "даярлау жұмыстары", "education_policy", False),
    ("ky-cadre-training-is-education", "кадрларды даярдоо", "education_policy", True),
    ("ky-preparation-is-not-education", "даярдоо иштери", "education_policy", False),
    ("uz-cadre-training-is-education", "kadrlar tayyorlash", "education_policy", True),
    ("uz-engineers-training-is-education", "muhandislar tayyorlashda", "education_policy", True),
    ("uzc-cadre-training-is-education", "кадрлар тайёрлаш", "education_policy", True),
    ("uz-cooking-is-not-education", "ovqat tayyorlash", "education_policy", False),
    ("tg-cadre-training-is-education", "тайёр кардани кадрҳо", "education_policy", True),
    ("tg-cooking-is-not-education", "тайёр кардани хӯрок", "education_policy", False),
    ("tk-specialists-training-is-education", "hünärmenleri taýýarlamak", "education_policy", True),
    ("tk-cooking-is-not-education", "nahar taýýarlamak", "education_policy", False),
    # academic exchange in every case; the key swallows the exchange cue and keeps it
    ("ru-academic-exchanges-is-student-exchange", "академических обменов", "student_exchange", True),
    ("ru-academic-exchange-keeps-cooperation", "об академическом обмене", "cooperation", True),
    ("ru-trade-exchanges-is-not-student-exchange", "торговых обменов", "student_exchange", False),
    ("kk-academic-exchange-is-student-exchange", "академиялық алмасу", "student_exchange", True),
    ("ky-academic-exchange-is-student-exchange", "академиялык алмашуу", "student_exchange", True),
    ("tg-academic-exchange-is-student-exchange", "мубодилаи академӣ", "student_exchange", True),
    ("tk-academic-exchange-is-student-exchange", "akademik alyş-çalyş", "student_exchange", True),
    # Chinese formulas
    ("zh-chanxueyan-is-research", "产学研合作", "research", True),
    ("zh-chanjiao-is-vocational", "产教融合", "vocational", True),
    ("zh-laijiang-is-china", "来疆培训", "china", True),
    # an institution's representatives are a cue, like its delegation
    ("kk-representatives-is-cooperation", "өкілдерімен кездесу", "cooperation", True),
    ("ky-representatives-is-cooperation", "өкүлдөрү менен", "cooperation", True),
    ("uz-representatives-is-cooperation", "vakillari bilan", "cooperation", True),
    ("uzc-representatives-is-cooperation", "вакиллари билан", "cooperation", True),
    ("tg-representatives-is-cooperation", "бо намояндагони", "cooperation", True),
    ("tk-representatives-is-cooperation", "wekilleri bilen", "cooperation", True),
    # Chinese places as Tajik and Turkmen write them
    ("tg-tianjin-is-china", "дар Тянҷин", "china", True),
    ("tk-hubei-is-china", "Hubeý welaýaty", "china", True),
]

# (id, headline, expected decision): the new words beside another partner, or with no science
DECISIONS = [
    ("ru-training-doctors-with-russia-neg", "Кыргызстан и Россия подписали меморандум о подготовке врачей", False),
    ("uz-cadre-training-with-korea-neg", "O'zbekiston va Koreya kadrlar tayyorlash bo'yicha hamkorlik qiladi", False),
    ("tk-training-with-turkey-neg", "Türkmenistan bilen Türkiýe hünärmenleri taýýarlamak boýunça ylalaşdy", False),
    ("uz-representatives-at-cambridge-neg", "O'zMU vakillari Kembrij universitetida bo'ldi", False),
    ("zh-laijiang-tourists-neg", "哈萨克斯坦游客来疆旅游", False),
    ("kk-cadre-training-with-china", "Қытай университеттері қазақстандық мамандарды даярлайды", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round16_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


@rows(("title", "expected"), DECISIONS)
def test_round16_decisions(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


@rows(("headline", "relevant"), PROBES_R16)
def test_round16_probes(clf: Classifier, headline: str, relevant: bool) -> None:
    assert_decision(clf, headline, relevant)


def test_round16_probes_and_decisions_are_not_items_of_the_labelled_sets() -> None:
    assert_new_probes(PROBES_R16)
    assert_new_probes(DECISIONS)


EARLIER_PROBES = [*GRID_R9, *HEADLINES, *PROBES, *PROBES_AFTER, *PROBES_R6, *PROBES_R7, *PROBES_R8,
                  *PROBES_R10, *PROBES_R11, *PROBES_R12, *PROBES_R13, *PROBES_R14, *PROBES_R15]


def test_holdout14_is_real_unique_and_labelled() -> None:
    """holdout14 (round 16) kept honest, against every earlier probe too (tables.assert_fresh_holdout)."""
    assert_fresh_holdout("holdout14.jsonl", 25, EARLIER_PROBES)
