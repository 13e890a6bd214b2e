"""Round 71 of issue 12: training by the other side's specialists (docs/classifier.md, "Round 71 of issue 12").
Specialists, doctors or teachers of one side teaching, mentoring or holding a course or a training seminar for
people of the other side is training, in every language: zh 带教 and 授课; ru "обучающий семинар", "провели
обучение / курсы / тренинг"; kk "оқыту курсы", "курс өткізді"; ky "окутуу курсу", "курс өткөрүштү"; uz "kurs
o'tkazdi" in both scripts; tg "курс гузаронданд" and the izafet "курси <subject>" beside a professional field
(as the master class, round 46); tk "okuw geçirdiler". A free surgery or check-up campaign (a service), a course of
treatment, a company's own workers trained at its own plant, a course held by another partner's specialists and a
cook's master class stay out. No blind set this round: it reads round 69's measured set, whose two fixed items
moved to test_round69.FIXED_LATER."""

from __future__ import annotations

from classifiers import Classifier

from .tables import assert_decision, assert_reading, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("zh-daijiao", "西安医生赴杜尚别带教心脏介入手术", "vocational", True),
    ("zh-shouke", "新疆专家为塔吉克斯坦农民授课", "vocational", True),
    ("zh-yizhen-is-not", "中国医生在杜尚别开展义诊活动", "vocational", False),
    ("zh-surgery-is-not", "西安医疗队赴杜尚别免费实施心脏手术", "vocational", False),
    ("ru-training-seminar", "Китайские врачи провели обучающий семинар для таджикских коллег", "vocational", True),
    ("ru-held-courses", "Специалисты из Синьцзяна провели курсы для фермеров Ферганы", "vocational", True),
    ("ru-course-of-treatment-is-not", "Китай провёл курс лечения для казахстанских пациентов", "vocational", False),
    ("kk-course-held", "Қытай мамандары Алматыда дәрігерлерге оқыту курсын өткізді", "vocational", True),
    ("kk-event-held-is-not", "Қытай мамандары Алматыда көрме өткізді", "vocational", False),
    ("ky-course-held", "Кытайлык адистер Ошто дыйкандарга курс өткөрүштү", "vocational", True),
    ("ky-meeting-held-is-not", "Кытайлык адистер Ошто жолугушуу өткөрүштү", "vocational", False),
    ("uz-course-held", "Xitoylik mutaxassislar Samarqandda fermerlar uchun kurs o'tkazdi", "vocational", True),
    ("uzc-course-held", "Хитойлик мутахассислар Самарқандда фермерлар учун курс ўтказди", "vocational", True),
    ("uz-checkup-is-not", "Xitoylik shifokorlar Toshkentda bepul tibbiy ko'rik o'tkazdi", "vocational", False),
    ("tg-course-held", "Дар Ҳисор мутахассисони Шинҷон барои деҳқонон курси обёрии қатрагӣ гузаронданд",
     "vocational", True),
    ("tg-course-held-plain", "Мутахассисони чинӣ дар Хуҷанд курс гузаронданд", "vocational", True),
    ("tg-exchange-rate-is-not", "Курси доллар дар Душанбе боло рафт", "vocational", False),
    ("tk-training-held", "Hytaýly hünärmenler Daşoguzda daýhanlar üçin okuw geçirdiler", "vocational", True),
    ("tk-time-spent-is-not", "Hytaýly myhmanlar Aşgabatda wagt geçirdiler", "vocational", False),
]

# Decisions: the two round-69 items and hard negatives that use the same words.
DECISIONS = [
    ("zh-daijiao", "西安医生赴杜尚别带教心脏介入手术", True),
    ("tg-hisor", "Дар Ҳисор мутахассисони Шинҷон барои деҳқонон курси обёрии қатрагӣ гузаронданд", True),
    ("zh-free-surgery-is-not", "西安医疗队赴杜尚别免费实施心脏手术", False),
    ("zh-yizhen-is-not", "中国医生在杜尚别开展义诊活动", False),
    ("ru-own-plant-is-not", "Китайская компания провела обучение своих рабочих на заводе в Чжэнчжоу", False),
    ("ru-korea-is-not", "Корейские специалисты провели курсы для узбекских фермеров", False),
    ("tg-turkey-is-not", "Дар Ҳисор мутахассисони Туркия барои деҳқонон курси обёрии қатрагӣ гузаронданд", False),
    ("ru-cook-is-not", "Китайский повар провёл мастер-класс в Бишкеке", False),
    ("ru-course-of-treatment-is-not", "Китай провёл курс лечения для казахстанских пациентов", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round71_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


@rows(("title", "expected"), DECISIONS)
def test_round71_decision(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


def test_round71_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.99.8"
