"""Round 98 of issue 12: recruiting students across the border (docs/classifier.md, "Round 98 of issue 12").
University applicants (en university applicants, applicants to universities, an open day for applicants; ru
абитуриенты; kk талапкерлер; ky, uz абитуриент / abituriyent; tg довталабон; tk talyp bolmak isleýänler,
abituriýentler), student recruitment and 招生 are a cue, `admission`, that also counts as student_exchange;
entrance exams and admission campaigns are the cue alone (China's own gaokao is no exchange). The veto
reception_guests_not_subject no longer reads an open day FOR APPLICANTS as a reception; an embassy's or a company's
open day stays one. The READINGS table reads each form both ways; the blind sets (probes_r98_dev, probes_r98_held)
are decided on their url and without it, in both modes; round 95's Shaanxi open day for Uzbek applicants is turned
by it unread (test_round95.FIXED_UNREAD)."""

from __future__ import annotations

from classifiers import Classifier

from .probes_r98_dev import PROBES_R98_DEV
from .probes_r98_held import PROBES_R98_HELD
from .tables import assert_decision, assert_fresh_blind, assert_reading, decide, probe_rows, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("en-university-applicants", "University applicants from Osh meet Chinese lecturers", "admission", True),
    ("en-open-day-for-applicants", "Open day for Kyrgyz applicants held in Osh", "admission", True),
    ("en-visa-applicants-are-not", "Visa applicants queue at a consulate in Osh", "admission", False),
    ("en-entrance-exams", "Entrance exams held in Osh", "admission", True),
    ("en-entrance-exams-no-topic", "Entrance exams held in Osh", "student_exchange", False),
    ("ru-abiturienty", "Абитуриенты из Оша встретились с преподавателями", "admission", True),
    ("ru-abiturienty-topic", "Абитуриенты из Оша встретились с преподавателями", "student_exchange", True),
    ("ru-vstupitelnye", "Вступительные экзамены пройдут в Оше", "admission", True),
    ("ru-kandidat-is-not", "Кандидаты на пост мэра встретились с избирателями", "admission", False),
    ("zh-zhaosheng", "招生宣讲会在奥什举行", "admission", True),
    ("zh-zhaoshou-workers-is-not", "工厂在奥什招收工人", "admission", False),
    ("kk-talapkerler", "Талапкерлер Шымкентте жиналды", "admission", True),
    ("kk-deputy-candidates-are-not", "Депутаттыққа талапкерлер Шымкентте жиналды", "admission", False),
    ("kk-kabyldau-nauqany", "Қабылдау науқаны Шымкентте басталды", "admission", True),
    ("ky-abiturientter", "Абитуриенттер Ошто чогулушту", "admission", True),
    ("ky-kiruu-synagy", "Кирүү сынактары Ошто өттү", "admission", True),
    ("ky-kabyl-aluu-reception-is-not", "Элчилик кабыл алуу өткөрдү", "admission", False),
    ("uz-abituriyentlar", "Abituriyentlar Namanganda yig'ildi", "admission", True),
    ("uz-kirish-imtihonlari", "Kirish imtihonlari Namanganda boshlandi", "admission", True),
    ("uz-qabul-marosim-is-not", "Namanganda qabul marosimi o'tdi", "admission", False),
    ("uzc-abituriyentlar", "Абитуриентлар Наманганда йиғилди", "admission", True),
    ("uzc-qabul-kampaniyasi", "Қабул кампанияси Наманганда бошланди", "admission", True),
    ("tg-dovtalabon", "Довталабон дар Хуҷанд ҷамъ омаданд", "admission", True),
    ("tg-imtihoni-qabul", "Имтиҳонҳои қабул дар Хуҷанд оғоз шуданд", "admission", True),
    ("tg-ziyofat-is-not", "Дар Хуҷанд зиёфати расмӣ баргузор шуд", "admission", False),
    ("tk-talyp-bolmak-isleyanler", "Talyp bolmak isleýänler Daşoguzda ýygnandy", "admission", True),
    ("tk-talyp-alone-is-not", "Talyplar Daşoguzda ýygnandy", "admission", False),
    ("tk-giris-synaglary", "Giriş synaglary Daşoguzda başlandy", "admission", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round98_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


DECISIONS = [
    ("en-open-day-applicants", "Xi'an Jiaotong University holds an open day for Tajik applicants in Khujand", True),
    ("ru-abiturienty-urumqi", "Урумчийский медуниверситет провёл день открытых дверей для абитуриентов Оша", True),
    ("kk-talapker-open-day", "Ланьчжоу университеті шымкенттік талапкерлерге ашық есік күнін өткізді", True),
    ("en-embassy-open-day-is-not", "Chinese embassy in Astana holds an open day for bloggers", False),
    ("ru-korea-abiturienty-is-not", "Корейские вузы провели день открытых дверей для абитуриентов Оша", False),
    ("uz-gaokao-is-not", "Xitoyda oliy o'quv yurtlariga kirish imtihonlari yakunlandi", False),
]


@rows(("title", "expected"), DECISIONS)
def test_round98_decision(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


# Dev before the fixes (base 2026.12.99.9.9.9.8.3): P 1.000 / R 0.667 in both modes, with and without the url (the six
# open days for applicants were vetoed as receptions, and the Russian one had no subject: абитуриентов was not read).
# After: every item right.
DEV_WRONG: set[str] = set()
# Held-out, measured once after the fixes (nothing fixed from it): P 1.000 / R 0.944 in both modes, with and without
# the url (the base the same). Missed: "Самарқандда Хитой олийгоҳларининг очиқ эшиклар куни бўлиб ўтди" (an open
# day of universities with no applicants named still reads as a reception).
HELD_WRONG_MEASURED = {"r98h-uzc-samarkand-openday-rel"}
# Later rounds that decide one of the measured misses right move it here (no longer honest), with the round.
FIXED_LATER: dict[str, str] = {}
HELD_WRONG = HELD_WRONG_MEASURED - set(FIXED_LATER)


@rows(("mode", "title", "summary", "url", "expected"), probe_rows(PROBES_R98_DEV, DEV_WRONG))
def test_round98_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None,
                                 expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(("mode", "title", "summary", "url", "expected"), probe_rows(PROBES_R98_HELD, HELD_WRONG))
def test_round98_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None,
                                  expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


def test_round98_probes_are_fresh() -> None:
    """No round-98 headline is a labelled text or an earlier probe's, nor shares half its words with one, nor with
    another of the sets. Rounds 96 and 97 were written at the same time by other writers."""
    assert_fresh_blind(PROBES_R98_DEV + PROBES_R98_HELD, "probes_r98", "probes_r96", "probes_r97")


def test_round98_fixed_later_were_measured_wrong() -> None:
    assert set(FIXED_LATER) <= HELD_WRONG_MEASURED


def test_round98_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.99.9.9.9.8.6"
