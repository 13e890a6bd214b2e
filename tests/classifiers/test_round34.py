"""Round 34 of issue 12: a blind set of items WITH ledes in the shape of the issue's title-and-summary
check (probes_r34.PROBES_R34: 153 items, 10 relevant and 7 hard negatives in each of nine languages
and scripts, vague or one-sided headlines whose lede names the other side, written before the rules
were run on them and before the vocabulary was read), decided as the round-34 rules decide it in both
modes with the misses measured before recorded; the families read off its misses (a lyceum is a
school; a training course taken or completed is training, a course of treatment is not; Balasagyn in
Chinese is Kyrgyzstan, not Lhasa; the word for a workshop and a few headline words as signs of the
language) read both ways; the family probes; and the probes kept fresh."""

from __future__ import annotations

from classifiers import Classifier, implied
from classifiers.cli import MODES

from .probes_r30 import PROBES_R30
from .probes_r31 import PROBES_R31, PROBES_R31_FAMILIES
from .probes_r34 import PROBES_R34, PROBES_R34_FAMILIES
from .tables import assert_decision, assert_reading, decide, labelled_texts, repeats, rows
from .test_round31 import EARLIER_PROBES as PROBES_BEFORE_R31

# Every earlier probe as (id, headline, ...): rounds 5-29 and their families, round 30's families
# and round 31's headlines and families (round 30's and this round's ledes are compared apart).
EARLIER_PROBES = [*PROBES_BEFORE_R31, *PROBES_R31, *PROBES_R31_FAMILIES]

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # a lyceum is a school; a face (лице) and a licence (лицензия, литсензия) are not
    ("ru-lyceum-is-education", "в лицее для одарённых детей", "education_policy", True),
    ("ru-lyceum-pupils-is-education", "лицеисты Бишкека", "education_policy", True),
    ("ru-face-is-no-lyceum", "улыбка на лице", "education_policy", False),
    ("ru-licence-is-no-lyceum", "лицензия на добычу", "education_policy", False),
    ("en-lyceum-is-education", "the Presidential Lyceum", "education_policy", True),
    ("kk-lyceum-is-education", "лицейге компьютерлер", "education_policy", True),
    ("ky-lyceum-is-education", "лицейдин окуучулары", "education_policy", True),
    ("uz-lyceum-is-education", "litseyga kompyuterlar", "education_policy", True),
    ("uzc-lyceum-is-education", "лицейда дарс", "education_policy", True),
    ("tg-lyceum-izofa-is-education", "литсейи президентӣ", "education_policy", True),
    ("tg-licence-is-no-lyceum", "литсензияи нав", "education_policy", False),
    ("tk-lyceum-is-education", "liseýiň okuwçylary", "education_policy", True),
    # a training course taken or completed is training; an exchange rate and a course towards
    # something are not
    ("ru-course-of-training-is-vocational", "курсы повышения квалификации", "vocational", True),
    ("ru-completed-training-is-vocational", "прошли обучение в Урумчи", "vocational", True),
    ("ru-exchange-rate-is-no-training", "курс доллара вырос", "vocational", False),
    ("ru-course-towards-is-no-training", "взяли курс на сотрудничество", "vocational", False),
    ("en-training-course-is-vocational", "a two-week training course", "vocational", True),
    ("zh-training-class-is-vocational", "举办培训班", "vocational", True),
    ("kk-took-a-course-is-vocational", "курстан өтті", "vocational", True),
    ("kk-training-course-is-vocational", "оқу курсын ұйымдастырды", "vocational", True),
    ("kk-school-year-is-no-training", "жаңа оқу жылы", "vocational", False),
    ("ky-completed-training-is-vocational", "окуудан өтүштү", "vocational", True),
    ("ky-took-a-course-is-vocational", "курстан өтүштү", "vocational", True),
    ("ky-exchange-rate-is-no-training", "доллардын курсу көтөрүлдү", "vocational", False),
    ("uz-took-a-course-is-vocational", "kursidan o'tdi", "vocational", True),
    ("uzc-training-course-is-vocational", "ўқув курсини ўтказди", "vocational", True),
    ("tg-training-course-is-vocational", "курси омӯзишӣ", "vocational", True),
    ("tk-completed-training-is-vocational", "okuwdan geçdi", "vocational", True),
    ("tk-training-course-is-vocational", "okuw kursy", "vocational", True),
    # a course of treatment is medicine, and keeps the training keys off
    ("kk-treatment-course-is-health", "емдеу курсынан өтті", "health", True),
    ("kk-treatment-course-is-no-training", "емдеу курсынан өтті", "vocational", False),
    ("ky-treatment-course-is-no-training", "дарылоо курсунан өтүштү", "vocational", False),
    ("uz-treatment-course-is-no-training", "davolanish kursidan o'tdi", "vocational", False),
    ("tg-treatment-course-is-no-training", "курси табобатро гузашт", "vocational", False),
    ("ru-treatment-course-is-no-training", "прошли курс лечения", "vocational", False),
    ("en-treatment-course-is-health", "a course of treatment", "health", True),
    # Balasagyn in Chinese: the Kyrgyz National University by its namesake; 巴拉萨根 is not Lhasa
    ("zh-balasagyn-university-is-kyrgyzstan", "巴拉萨根国立大学", "kg", True),
    ("zh-balasagun-is-not-lhasa", "巴拉萨根古城", "china", False),
    ("zh-lhasa-is-china", "拉萨", "china", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round34_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# (id, headline, the language implied.detect tells, or None): the word for a workshop (the Luban
# Workshop's name in each language) and a few headline words are signs of the language; Russian,
# English and Turkish headlines with the same names tell none.
LANGUAGE_READINGS = [
    ("uz-workshop-and-ilk-is-uzbek", "Luban ustaxonasining ilk bitiruvchilari", "uz"),
    ("uzc-workshop-and-opened-is-uzbek", "Транспорт университетида Лубань устахонаси очилди", "uz"),
    ("tg-workshop-and-graduates-is-tajik", "Устохонаи Лубан нахустин хатмкунандагонро дошт", "tg"),
    ("tg-university-and-opened-is-tajik", "Донишгоҳи техникӣ кушода шуд", "tg"),
    ("tk-workshop-is-turkmen", "Hünärmenler «Lu Ban ussahanalaryny» döretmek barada maslahatlaşdylar", "tk"),
    ("tk-passed-training-is-turkmen", "Demirýolçylar Pekinde okuwdan geçdi", "tk"),
    ("ru-luban-workshop-is-no-language", "Мастерская Лу Баня выпустила первых специалистов", None),
    ("en-luban-workshop-is-no-language", "Luban Workshop graduates its first class", None),
    ("tr-passed-is-not-turkmen", "Öğrenciler sınavı geçti ve başladı", None),
]


@rows(("headline", "lang"), LANGUAGE_READINGS)
def test_round34_language_readings(headline: str, lang: str | None) -> None:
    found = implied.detect(headline, "")
    assert (found.lang if found else None) == lang
    assert found is None or implied.may_detect(headline, "", [found.lang])


# The blind set measured once with the round-31 rules (2026.12.37) before any rule of this round was
# written, no url: the round's honest figure (docs/classifier.md, "Round 34 figures"). With title and
# summary: P 1.000 / R 0.967, these three missed and no false positive. The headlines were written to
# need their lede (vague, or naming one side): 11 of the 90 relevant headlines were decided relevant
# alone, no negative was let in.
MISSED_BEFORE = {"r34-ky-shenzhen-course", "r34-uzc-memo-vague", "r34-tg-ambassador-lyceum"}
# Left: "Шиань" is a rare Uzbek Cyrillic spelling of Xi'an (Сиань, Sian are listed); adding it
# would fit the one item.
STILL_MISSED = {"r34-uzc-memo-vague"}
HEADLINE_ALONE_CAUGHT_BEFORE = {
    "r34-ru-rector-title", "r34-zh-delegation-almaty", "r34-zh-ambassador-school",
    "r34-zh-central-asian-students", "r34-zh-cotton-lab", "r34-zh-bishkek-volunteers",
    "r34-zh-astana-ict", "r34-kk-luban-graduates", "r34-ky-luban-opens", "r34-tg-khujand-classroom",
    "r34-tg-doctors-urumqi",
}
# Caught alone by this round's families: Balasagyn in Chinese, and the Luban Workshop's name in the
# language's own word for a workshop.
HEADLINE_ALONE_CAUGHT = HEADLINE_ALONE_CAUGHT_BEFORE | {
    "r34-zh-rector-visit", "r34-uz-luban-graduates", "r34-uzc-luban-opens", "r34-tg-luban-graduates",
}


def _expected(mode: str, pid: str, relevant: bool) -> bool:
    if mode == "headline alone":
        return relevant and pid in HEADLINE_ALONE_CAUGHT
    return relevant and pid not in STILL_MISSED


@rows(
    ("mode", "pid", "title", "summary", "relevant"),
    [(f"{m.replace(' ', '-')}-{p[0]}", m, *p) for m in MODES for p in PROBES_R34],
)
def test_round34_blind_set_decided(
    clf: Classifier, mode: str, pid: str, title: str, summary: str, relevant: bool
) -> None:
    """Each item decided as measured after the change: no negative let in, in either mode; every
    relevant item caught with title and summary but the one left; the recorded headlines alone."""
    assert decide(clf, mode, {"title": title, "summary": summary}) is _expected(mode, pid, relevant)


def test_round34_recorded_misses_are_relevant() -> None:
    labels = {p[0]: p[3] for p in PROBES_R34}
    assert all(labels[i] for i in MISSED_BEFORE | HEADLINE_ALONE_CAUGHT)
    assert STILL_MISSED <= MISSED_BEFORE and HEADLINE_ALONE_CAUGHT_BEFORE <= HEADLINE_ALONE_CAUGHT


@rows(("pid", "headline", "relevant"), [(p[0], *p) for p in PROBES_R34_FAMILIES])
def test_round34_family_probes(clf: Classifier, pid: str, headline: str, relevant: bool) -> None:
    assert_decision(clf, headline, relevant)


def test_round34_blind_set_shape() -> None:
    """10 relevant and 7 hard negatives in each of the nine languages and scripts; every item has a
    lede of 150–450 characters (Chinese too)."""
    for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
        mine = [p for p in PROBES_R34 if p[0].split("-")[1] == lang]
        assert (sum(p[3] for p in mine), sum(not p[3] for p in mine)) == (10, 7), lang
        assert all(p[0].endswith("-neg") is not p[3] for p in mine), lang
        assert all(150 <= len(p[2]) <= 450 for p in mine), lang


# Headlines of the blind set that repeat an earlier probe's or a labelled item's title, word for word
# (five) or in half their words (Jaccard >= 0.5, tables.repeats), found AFTER the set was committed
# and measured: the check was not run before the commit, as round 31 did. The set is kept as
# measured (rewriting the headlines now would not be blind); the honest figure is given with and
# without them (docs/classifier.md, "Round 34 figures"). Every lede, and every headline with its
# lede, is fresh.
TITLE_REPEATS = {
    # word for word: r22-kk-luban-graduates, r21-kk-korea-joint-programme-neg, cases' ky-neg-trade,
    # r22-tk-gas-volume-neg, r24-tk-turkey-education-neg
    "r34-kk-luban-graduates", "r34-kk-korea-programme-neg", "r34-ky-trade-neg", "r34-tk-gas-exports-neg",
    "r34-tk-turkey-students-neg",
    # half their words or more
    "r34-en-internship-back", "r34-en-tuit-academy", "r34-ru-internship-back", "r34-ru-luban-graduates",
    "r34-ru-turkey-university-neg", "r34-ru-china-africa-neg", "r34-zh-luban-graduates", "r34-zh-cotton-lab",
    "r34-zh-khorgos-tourists-neg", "r34-kk-joint-lab-agri", "r34-kk-academies", "r34-kk-grain-export-neg",
    "r34-kk-dostyk-freight-neg", "r34-kk-wrestling-neg", "r34-kk-culture-days-neg", "r34-ky-luban-opens",
    "r34-ky-tourists-neg", "r34-ky-manas-faculty-neg", "r34-uz-tourists-neg", "r34-uz-railway-neg",
    "r34-uzc-trade-neg", "r34-uzc-msu-branch-neg", "r34-uzc-solar-neg", "r34-uzc-culture-days-neg",
    "r34-tg-internship-back", "r34-tg-khujand-classroom", "r34-tg-doctors-urumqi", "r34-tg-solar-neg",
    "r34-tg-pamir-tourists-neg", "r34-tg-athletes-neg", "r34-tk-culture-days-neg", "r34-tk-athletes-neg",
}


def test_round34_probes_are_fresh() -> None:
    """No round-34 lede is a labelled item's title or summary (every set and the shared labelled_dev)
    or an earlier probe's text (round 30's ledes among them), and no headline with its lede shares
    half its words (character pairs in Chinese) with one; the headlines that do repeat one are exactly
    the recorded TITLE_REPEATS; the family probes are fresh against all of them and the blind set, and
    among themselves; and no two share an id, a title or a lede."""
    known = labelled_texts() | {p[1].strip().casefold() for p in EARLIER_PROBES}
    known |= {text.strip().casefold() for p in PROBES_R30 for text in (p[1], p[2])}
    assert not [p[0] for p in PROBES_R34 if p[2].strip().casefold() in known]
    assert not repeats([f"{p[1]} {p[2]}" for p in PROBES_R34], known)
    assert {p[0] for p in PROBES_R34 if repeats([p[1]], known)} == TITLE_REPEATS
    families = [p[1] for p in PROBES_R34_FAMILIES]
    assert not repeats(families, known | {text for p in PROBES_R34 for text in (p[1], p[2])})
    among = [(p, q) for i, p in enumerate(families) for q in families[i + 1:] if repeats([p], [q])]
    assert not among
    ids = [p[0] for p in [*PROBES_R34, *PROBES_R34_FAMILIES]]
    assert len(set(ids)) == len(ids)
    titles = [t.casefold() for t in [*(p[1] for p in PROBES_R34), *families]]
    assert len(set(titles)) == len(titles) and len({p[2] for p in PROBES_R34}) == len(PROBES_R34)
