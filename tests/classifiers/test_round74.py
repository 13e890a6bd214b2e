"""Round 74 of issue 12: the forms education cooperation takes in a headline (docs/classifier.md, "Round 74 of
issue 12"). The blind sets (probes_r74_dev, probes_r74_held: branch campuses, double degrees, credit transfer,
rectors' forums, summer and winter schools and camps, olympiads, Chinese-language teachers, textbooks and
dictionaries, HSK and language centres, Luban Workshops, master's, PhD and postdoc places, internships, alumni
associations, education fairs; hard negatives with another partner, domestic education news, culture and sport)
were decided right before the round, the development set wholly. What the round wrote are the gaps its readings of
the family's forms found: a winter camp beside the summer camp (en, ru, tg, tk), academic credit transfer in every
language (a bank's credit transfer or a loan is not written), a postdoc (Cyrillic постдок*, Latin postdok*) and the
Turkmen aspirantura, all `student_exchange`. The READINGS table reads each form both ways; the blind sets are
decided on their url and without it, in both modes."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r74_dev import PROBES_R74_DEV
from .probes_r74_held import PROBES_R74_HELD
from .tables import (WITH_AND_WITHOUT_URL, assert_decision, assert_reading, decide, labelled_texts, probe_texts,
                     repeats, rows, with_and_without_url)

# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("en-winter-camp", "Pupils from Osh attend a winter camp in Harbin", "student_exchange", True),
    ("en-credit-transfer-system", "Universities adopt a credit transfer system", "student_exchange", True),
    ("en-academic-credits", "Recognition of academic credits agreed", "student_exchange", True),
    ("en-bank-credit-transfer-is-not", "Eximbank completes credit transfer to Dushanbe", "student_exchange", False),
    ("en-postdoc", "Researchers take up postdoc positions", "research", True),
    ("ru-winter-camp", "Школьники из Нарына отдохнули в зимнем лагере", "student_exchange", True),
    ("ru-winter-camp-gen", "Открытие зимнего лагеря в Харбине", "student_exchange", True),
    ("ru-postdoc", "Учёные проходят постдокторантуру", "student_exchange", True),
    ("ru-credit-recount", "Вузы договорились о перезачёте академических кредитов", "student_exchange", True),
    ("ru-academic-credits", "Система академических кредитов", "student_exchange", True),
    ("ru-bank-credit-is-not", "Банк выдал кредит на строительство дороги", "student_exchange", False),
    ("ru-credit-transfer-is-not", "Трансфер кредитов между банками", "student_exchange", False),
    ("zh-credit-transfer", "高校签署学分转换协议", "student_exchange", True),
    ("zh-credit-recognition", "两校学分认定办法出台", "student_exchange", True),
    ("zh-math-analysis-is-not", "数学分析课程改革", "student_exchange", False),
    ("kk-academic-credits", "Университеттер академиялық кредиттерді мойындайды", "student_exchange", True),
    ("kk-credit-mobility", "Кредиттік ұтқырлық бағдарламасы", "student_exchange", True),
    ("kk-postdoc", "Ғалымдар постдокторантураға қабылданды", "student_exchange", True),
    ("kk-bank-credit-is-not", "Банк шағын бизнеске кредит берді", "student_exchange", False),
    ("ky-academic-credits", "Академиялык кредиттерди таануу", "student_exchange", True),
    ("ky-bank-credit-is-not", "Банк дыйкандарга кредит берди", "student_exchange", False),
    ("uz-academic-credits", "Akademik kreditlar o‘zaro tan olinadi", "student_exchange", True),
    ("uz-postdoc", "Olimlar postdoktorantura dasturiga qabul qilindi", "student_exchange", True),
    ("uz-bank-credit-is-not", "Bank tadbirkorlarga kredit ajratdi", "student_exchange", False),
    ("uzc-academic-credits", "Академик кредитлар ўзаро тан олинади", "student_exchange", True),
    ("uzc-postdoc", "Олимлар постдокторантурада тадқиқот олиб боради", "student_exchange", True),
    ("uzc-bank-credit-is-not", "Банк тадбиркорларга кредит ажратди", "student_exchange", False),
    ("tg-winter-camp", "Хонандагон дар лагери зимистона иштирок карданд", "student_exchange", True),
    ("tg-winter-camps", "Лагерҳои зимистона барои хонандагон", "student_exchange", True),
    ("tg-academic-credits", "Эътирофи кредитҳои академӣ", "student_exchange", True),
    ("tg-bank-credit-is-not", "Бонк ба деҳқонон кредит дод", "student_exchange", False),
    ("tk-winter-camp", "Okuwçylar gyşky lagerde dynç aldy", "student_exchange", True),
    ("tk-aspirantura", "Ýaşlar aspiranturada okaýar", "student_exchange", True),
    ("tk-postdoc", "Alymlar postdoktorantura maksatnamasyna gatnaşdy", "student_exchange", True),
    ("tk-academic-credits", "Akademik kreditler ykrar edilýär", "student_exchange", True),
    ("tk-winter-weather-is-not", "Gyşky howa Aşgabatda sowady", "student_exchange", False),
]

# Decisions: both sides and the form are relevant; another partner, a bank's credit, a sport camp are not.
DECISIONS = [
    ("en-winter-camp-harbin", "Kyrgyz pupils attend winter camp in Harbin", True),
    ("en-credit-agreement", "Kazakh and Chinese universities sign credit transfer agreement", True),
    ("en-postdoc-china", "Tajik researchers take up postdoc positions in China", True),
    ("en-football-camp-is-not", "Kazakhstan national football team holds winter camp in China", False),
    ("en-seoul-camp-is-not", "Kyrgyz pupils attend winter camp in Seoul", False),
    ("en-korea-credit-is-not", "Korean and Uzbek universities agree on credit transfer", False),
    ("en-eximbank-is-not", "China Eximbank completes credit transfer to Tajikistan", False),
    ("ru-winter-camp-harbin", "Зимний лагерь для школьников Казахстана прошёл в Харбине", True),
    ("ru-credit-recount", "Вузы Кыргызстана и Китая договорились о перезачёте кредитов", True),
    ("ru-postdoc-china", "Казахстанские учёные проходят постдокторантуру в Китае", True),
    ("ru-football-camp-is-not", "Сборная Узбекистана по футболу провела зимний лагерь в Китае", False),
    ("ru-seoul-camp-is-not", "Зимний лагерь для казахстанских школьников прошёл в Сеуле", False),
    ("ru-loan-is-not", "Китай выделил Таджикистану кредит на строительство дороги", False),
    ("ru-postdoc-korea-is-not", "Казахстанские учёные проходят постдокторантуру в Корее", False),
    ("zh-credit-transfer", "中哈高校签署学分转换协议", True),
    ("zh-korea-credit-is-not", "中韩高校签署学分转换协议", False),
    ("kk-academic-credits", "Қазақстан мен Қытай университеттері академиялық кредиттерді мойындайды", True),
    ("kk-korea-credits-is-not", "Қазақстан мен Корея университеттері академиялық кредиттерді мойындайды", False),
    ("ky-academic-credits", "Кыргыз жана кытай университеттери академиялык кредиттерди тааныйт", True),
    ("uz-academic-credits", "O‘zbek va xitoy universitetlari akademik kreditlarni o‘zaro tan oladi", True),
    ("uzc-postdoc-china", "Ўзбек олимлари Хитойда постдокторантурада тадқиқот олиб боради", True),
    ("tg-winter-camp-harbin", "Донишҷӯёни тоҷик дар лагери зимистонаи Харбин иштирок карданд", True),
    ("tg-seoul-camp-is-not", "Донишҷӯёни тоҷик дар лагери зимистонаи Сеул иштирок карданд", False),
    ("tg-football-camp-is-not", "Тими футболи Тоҷикистон дар лагери зимистона дар Чин омодагӣ мебинад", False),
    ("tk-winter-camp-china", "Türkmen talyplary Hytaýda gyşky lagere gatnaşdy", True),
    ("tk-korea-camp-is-not", "Türkmen talyplary Koreýada gyşky lagere gatnaşdy", False),
    ("tk-aspirantura-china", "Türkmen ýaşlary Hytaýda aspiranturada okaýar", True),
    ("tk-aspirantura-russia-is-not", "Türkmen ýaşlary Russiýada aspiranturada okaýar", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round74_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


@rows(("title", "expected"), DECISIONS)
def test_round74_decision(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


# The development set, measured before the round's rules (2026.12.99.8) and after: every item decided right, in both
# modes, with and without the url (P 1.000 / R 1.000 both times).
DEV_WRONG: dict[str, set[str]] = {mode: set() for mode in MODES}
# The held-out set, measured once after the round's rules (nothing fixed from it), and with the base rules: the same,
# P 0.947 / R 1.000 in both modes, with and without the url. Let in: "Хитойда мактаб ўқувчилари учун янги дарсликлар
# тасдиқланди" (China's own new school textbooks, in Uzbek Cyrillic: China, textbooks and pupils, and the Uzbek side
# implied by the language).
HELD_WRONG: dict[str, set[str]] = {mode: {"r74h-uzc-china-textbooks-neg"} for mode in MODES}


@rows(WITH_AND_WITHOUT_URL, with_and_without_url(PROBES_R74_DEV, DEV_WRONG))
def test_round74_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(WITH_AND_WITHOUT_URL, with_and_without_url(PROBES_R74_HELD, HELD_WRONG))
def test_round74_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


def test_round74_blind_sets_shape() -> None:
    """2 relevant items and 2 hard negatives a language (dev), 2 and 1 (held out); ids say the label."""
    for probes, rel, neg in ((PROBES_R74_DEV, 2, 2), (PROBES_R74_HELD, 2, 1)):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert (sum(p[-1] for p in mine), sum(not p[-1] for p in mine)) == (rel, neg), lang
            assert all(p[0].endswith("-neg") is not p[-1] for p in mine), lang
    for mode in MODES:
        assert DEV_WRONG[mode] <= {p[0] for p in PROBES_R74_DEV}
        assert HELD_WRONG[mode] <= {p[0] for p in PROBES_R74_HELD}


def test_round74_probes_are_fresh() -> None:
    """No round-74 probe is a labelled text or an earlier round's probe; none shares half its words (character pairs
    in Chinese) with one, nor with another of the round's; ids unique. Rounds 72, 73, 75 and 76 were written at the
    same time by other writers (left out, as probe_texts leaves later rounds out)."""
    known = labelled_texts() | probe_texts("probes_r74", "probes_r72", "probes_r73", "probes_r75", "probes_r76")
    blind = [x for p in PROBES_R74_DEV + PROBES_R74_HELD for x in (p[2], p[3]) if x]
    assert not repeats(blind, known)
    mine = [p[2] for p in PROBES_R74_DEV + PROBES_R74_HELD]
    assert not [(a, b) for i, a in enumerate(mine) for b in mine[i + 1:] if repeats([a], [b])]
    ids = [p[0] for p in PROBES_R74_DEV + PROBES_R74_HELD]
    assert len(ids) == len(set(ids)) == 36 + 27


def test_round74_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.99.9.1"
