"""Round 82 of issue 12: practice, internships and further training by sector, and applied metallurgy research
(docs/classifier.md, "Round 82 of issue 12"). Practice, practical training, internships and further training of
students or professionals (placement, vocab_topics.yaml: en "intern at", "begin practice"; ru "проходят практику",
"производственная практика", "повысили квалификацию"; zh 进修, 研修; kk and ky "практикадан / тәжірибеден өтті",
"билимин жогорулатты"; uz "amaliyot o'tadi", "malaka oshirdi", "сабоқ берди"; tg "таҷрибаомӯзӣ", "амалия мегузаранд";
tk "önümçilik tejribeligi", "tälim alýar") lift the veto education_only_the_setting (sports doctors at an institute of
sport) and take back half of a headline's field penalty (placement_governs_the_field: railway students at a depot).
Metals recovered from slag, tailings or dumps are research (waste_metallurgy). A company's own workers trained at its
own plant are vetoed (own_staff_training). "Beijing Jiaotong" and the Central Asian "Jiaotong / Szýaotun university"
are BJTU. The blind sets (probes_r82_dev, probes_r82_held) are decided on their url and without it, in both modes;
seven of round 80's misses of this family moved to test_round80.FIXED_LATER."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r82_dev import PROBES_R82_DEV
from .probes_r82_held import PROBES_R82_HELD
from .tables import assert_decision, assert_reading, decide, labelled_texts, probe_texts, repeats, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("en-intern-at", "Kazakh doctors intern at a Beijing hospital", "placement", True),
    ("en-begin-practice", "Students begin practice at the depot", "placement", True),
    ("en-best-practice-is-not", "Best practice of the depot shared", "placement", False),
    ("ru-praktika", "Студенты проходят практику на заводе", "placement", True),
    ("ru-kvalifikatsiya", "Врачи повысили квалификацию в Пекине", "placement", True),
    ("ru-practice-word-is-not", "Практика показывает рост цен", "placement", False),
    ("zh-jinxiu", "哈萨克斯坦医生在北京进修", "placement", True),
    ("zh-meeting-is-not", "哈萨克斯坦医生在北京开会", "placement", False),
    ("kk-praktikadan", "Студенттер зауытта практикадан өтті", "placement", True),
    ("kk-experience-shared-is-not", "Мамандар тәжірибе алмасты", "placement", False),
    ("ky-praktika-otot", "Студенттер деподо практика өтөт", "placement", True),
    ("ky-bilimin", "Дарыгерлер билимин жогорулатты", "placement", True),
    ("ky-road-is-not", "Жол ремонттон өттү", "placement", False),
    ("uz-amaliyot", "Talabalar zavodda amaliyot o'tadi", "placement", True),
    ("uz-surgery-is-not", "Shifokorlar murakkab amaliyot bajardi", "placement", False),
    ("uzc-saboq", "Хитойлик олимлар мураббийларга сабоқ берди", "placement", True),
    ("uzc-malaka", "Шифокорлар Хитойда малака оширди", "placement", True),
    ("tg-amaliya", "Донишҷӯён дар корхона амалия мегузаранд", "placement", True),
    ("tg-taknik-is-not", "Донишҷӯён дар корхона ҷамъ омаданд", "placement", False),
    ("tk-talim", "Talyplar Pekinde tälim alýar", "placement", True),
    ("tk-tejribelik", "Talyplar önümçilik tejribeligini geçýärler", "placement", True),
    ("tk-visit-is-not", "Talyplar Pekine sapar etdiler", "placement", False),
    ("en-slag", "Metallurgists pilot copper slag recovery", "research", True),
    ("en-slag-sale-is-not", "Plant sells copper slag to builders", "research", False),
    ("ru-otvaly", "Учёные займутся переработкой отвалов", "research", True),
    ("zh-tailings", "专家攻关尾矿综合利用", "research", True),
    ("uz-shlak", "Olimlar shlakdan mis ajratib oldi", "research", True),
    ("uzc-own-workers", "Компания Олмалиқда ўз ишчиларини ўқитди", "own_staff", True),
    ("ru-own-workers", "Компания обучила своих рабочих", "own_staff", True),
    ("ru-students-is-not-own", "Компания обучила студентов", "own_staff", False),
    ("en-beijing-jiaotong", "Beijing Jiaotong admits students", "china", True),
    ("tk-szyaotun", "Talyplar Szýaotun uniwersitetinde okaýar", "china", True),
    ("ky-jiaotong", "Студенттер Цзяотун университетинде окушат", "china", True),
]

DECISIONS = [
    ("ky-depot", "Кыргыз студенттери Кашгардагы деподо практика өтөт", True),
    ("ru-sport-doctors", "Казахстанские спортивные врачи прошли стажировку в Пекинском университете спорта", True),
    ("en-slag", "Kazakh and Chinese metallurgists test slag recovery in Pavlodar", True),
    ("uzc-own-workers-is-not", "Хитой компанияси Жиззахдаги заводида ўз ишчиларини ўқитди", False),
    ("ru-own-workers-is-not", "Китайская компания обучила своих рабочих на заводе в Шымкенте", False),
    ("ru-training-camp-is-not", "Сборная Кыргызстана провела учебно-тренировочный сбор в Китае", False),
    ("ru-rail-contract-is-not", "Казахстан и Китай подписали контракт на поставку локомотивов", False),
    ("ru-other-partner-is-not", "Казахстанские студенты проходят практику в Турции", False),
    ("en-mining-deal-is-not", "Chinese firm buys Kazakh copper mine", False),
]

DEV_WRONG: dict[tuple[str, bool], set[str]] = {(mode, shown): set() for mode in MODES for shown in (True, False)}
# Held out, measured once after the fixes (nothing fixed from it): P 0.941 / R 0.889 in both modes, with and
# without the url (the base rules: P 0.938 / R 0.833). Missed: a Kazakh doctors' "тәжірибе жинады" (gained
# experience: not placement) at Beijing Sport University and Uzbek coaches' "stajirovka o'tashdi" (the Latin
# stajirovka is student_exchange but not placement, so the sport veto stays); let in: a Tajik national team's
# "йиғини омӯзишӣ-тамринӣ" (a training camp: тамринӣ is not read as sport, омӯзишӣ as education).
_HELD_WRONG = {"r82h-kk-sport-medicina-rel", "r82h-uz-murabbiylar-rel", "r82h-tg-tamrini-neg"}
HELD_WRONG: dict[tuple[str, bool], set[str]] = {(mode, shown): set(_HELD_WRONG) for mode in MODES for shown in (True, False)}


def _with_and_without_url(probes: list[tuple], wrong: dict[tuple[str, bool], set[str]]) -> list[tuple]:
    return [(f"{mode.replace(' ', '-')}-{'url' if shown else 'nourl'}-{pid}", mode, title, lede, url if shown else None,
             relevant is not (pid in wrong[(mode, shown)]))
            for mode in MODES for shown in (True, False) for pid, url, title, lede, relevant in probes]


@rows(("text", "concept", "expected"), READINGS)
def test_round82_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


@rows(("title", "expected"), DECISIONS)
def test_round82_decision(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


@rows(("mode", "title", "summary", "url", "expected"), _with_and_without_url(PROBES_R82_DEV, DEV_WRONG))
def test_round82_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None,
                                 expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(("mode", "title", "summary", "url", "expected"), _with_and_without_url(PROBES_R82_HELD, HELD_WRONG))
def test_round82_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None,
                                  expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


def test_round82_probes_are_fresh() -> None:
    """No round-82 headline is a labelled text or an earlier probe's (round 80's blind set included), nor shares half
    its words with one, nor with another of the sets; rounds 77–79, 81 and 83 were written at the same time."""
    known = labelled_texts() | probe_texts("probes_r82", "probes_r77", "probes_r78", "probes_r79", "probes_r81",
                                           "probes_r83")
    mine = [p[2] for p in PROBES_R82_DEV + PROBES_R82_HELD]
    assert not repeats(mine, known)
    assert not [(a, b) for i, a in enumerate(mine) for b in mine[i + 1:] if repeats([a], [b])]


def test_round82_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.99.9.9.6"
