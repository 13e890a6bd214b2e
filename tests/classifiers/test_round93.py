"""Round 93 of issue 12: desert science, remote sensing, AI and digital tools in medicine and farming, surgical and
clinical training (docs/classifier.md, "Round 93 of issue 12"). A surgical or endoscopic method learned, mastered or
taught is training and medicine in every language (en "learn laparoscopic techniques", ru "освоили
эндоскопическую хирургию", zh 学习微创, kk "лапароскопия әдісін меңгерді", ky "лапароскопиялык операцияларды
үйрөтүштү", uz "endoskopiya usulini o'zlashtirdi" / "эндоскопия усулини ўзлаштирди", tg "усули лапароскопияро аз худ
карданд", tk "endoskopiýa usulyny öwrendi"); free surgery on patients is a service (the veto
health_service_not_science); technology bought or sold, or a deal priced in dollars, is goods (cue tech_sale, veto
technology_as_goods); a health minister beside a hospital with no science is health diplomacy (veto
health_minister_without_science); the bare academy of sciences in Uzbek is the writer's own (local_subject),
China's being written whole (not in Kazakh or Kyrgyz, where China's agricultural academy ends the same). The READINGS table reads each form both ways; the blind sets
(probes_r93_dev, probes_r93_held) are decided on their url and without it, in both modes."""

from __future__ import annotations

from classifiers import Classifier

from .probes_r93_dev import PROBES_R93_DEV
from .probes_r93_held import PROBES_R93_HELD
from .tables import assert_decision, assert_fresh_blind, assert_reading, decide, probe_rows, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # a surgical method learned or taught is training (vocational)
    ("en-learn-endoscopic", "Doctors from Osh learn endoscopic techniques in Urumqi", "vocational", True),
    ("en-endoscopy-alone-is-not", "Endoscopic surgery performed in Osh", "vocational", False),
    ("ru-osvoili-laparoskopiyu", "Врачи Оша освоили лапароскопическую хирургию", "vocational", True),
    ("ru-laparoskopiya-alone-is-not", "В Оше провели лапароскопическую операцию", "vocational", False),
    ("zh-xuexi-fuqiangjing", "塔吉克斯坦医生学习腹腔镜技术", "vocational", True),
    ("zh-fuqiangjing-alone-is-not", "医院开展腹腔镜手术", "vocational", False),
    ("kk-adisin-mengerdi", "Дәрігерлер эндоскопия әдісін меңгерді", "vocational", True),
    ("kk-endoskopiya-alone-is-not", "Ауруханада эндоскопия жасалды", "vocational", False),
    ("ky-ykmasyn-uyrondu", "Дарыгерлер лапароскопия ыкмасын үйрөнүштү", "vocational", True),
    ("ky-laparoskopiya-alone-is-not", "Ооруканада лапароскопия жасалды", "vocational", False),
    ("uz-usulini-ozlashtirdi", "Shifokorlar laparoskopiya usulini o'zlashtirdi", "vocational", True),
    ("uzc-usulini-organdi", "Шифокорлар эндоскопия усулини ўрганди", "vocational", True),
    ("uz-laparoskopiya-alone-is-not", "Shifoxonada laparoskopiya amaliyoti o'tkazildi", "vocational", False),
    ("tg-az-khud-kardand", "Табибон усули эндоскопияро аз худ карданд", "vocational", True),
    ("tg-endoskopiya-alone-is-not", "Дар беморхона эндоскопия гузаронида шуд", "vocational", False),
    ("tk-usulyny-owrendi", "Lukmanlar laparoskopiýa usulyny öwrendi", "vocational", True),
    ("tk-laparoskopiya-alone-is-not", "Hassahanada laparoskopiýa geçirildi", "vocational", False),
    # free surgery on patients is a service
    ("en-free-surgery", "Free heart surgeries for children in Osh", "health_service", True),
    ("en-surgery-course-is-not", "Heart surgery course in Osh", "health_service", False),
    ("ru-besplatnye-operacii", "Бесплатные операции провели в Оше", "health_service", True),
    ("zh-mianfei-shoushu", "医疗队实施免费手术", "health_service", True),
    ("kk-tegin-ota", "Шымкентте тегін ота жасалды", "health_service", True),
    ("ky-akysyz-operaciya", "Ошто акысыз операция жасалды", "health_service", True),
    ("uz-bepul-operatsiya", "Namanganda bepul operatsiya qilindi", "health_service", True),
    ("tg-jarrohii-roygon", "Дар Кӯлоб ҷарроҳии ройгон гузаронида шуд", "health_service", True),
    ("tk-mugt-operasiya", "Aşgabatda mugt operasiýa edildi", "health_service", True),
    ("tk-operasiya-alone-is-not", "Aşgabatda operasiýa edildi", "health_service", False),
    # technology bought or sold, a deal priced in dollars
    ("en-sold-drones", "Chinese firm sold drones to farmers", "tech_sale", True),
    ("ru-prodali", "Китайцы продали фермерам дроны", "tech_sale", True),
    ("ru-million-dollarov", "Контракт на 10 миллионов долларов", "tech_sale", True),
    ("zh-caigou", "采购遥感卫星", "tech_sale", True),
    ("kk-satty", "Компания дрондарды сатты", "tech_sale", True),
    ("ky-million-dollar", "10 миллион долларлык келишим", "tech_sale", True),
    ("uz-sotdi", "Kompaniya dronlarni sotdi", "tech_sale", True),
    ("uzc-sotdi", "Компания дронларни сотди", "tech_sale", True),
    ("tg-furukht", "Ширкат дронҳо фурӯхт", "tech_sale", True),
    ("tk-satdy", "Kompaniýa dronlary satdy", "tech_sale", True),
    ("en-tested-is-not", "Chinese firm tested drones with farmers", "tech_sale", False),
    ("ru-ispytali-is-not", "Китайцы испытали дроны с фермерами", "tech_sale", False),
    # the bare academy of a Central Asian language is the writer's own; China's is written whole
    ("uz-fanlar-akademiyasi", "Fanlar akademiyasi Botanika instituti olimlari", "local_subject", True),
    ("uzc-fanlar-akademiyasi", "Фанлар академияси Сув муаммолари институти", "local_subject", True),
    ("uzc-xitoy-fanlar-is-not", "Хитой Фанлар академияси вице-президенти", "local_subject", False),
    ("uz-xitoyning-fanlar-is-not", "Xitoyning Fanlar akademiyasi olimlari", "local_subject", False),
    ("uz-xxr-fanlar-is-not", "XXR Fanlar akademiyasi olimlari", "local_subject", False),
    ("uzc-xxr-fanlar-is-not", "ХХР Фанлар академияси олимлари", "local_subject", False),
    ("kk-agri-academy-is-not", "Қытай ауыл шаруашылығы ғылым академиясының институты", "local_subject", False),
    ("ky-agri-academy-is-not", "Кытайдын айыл чарба илимдер академиясынын генетиктери", "local_subject", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round93_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


DECISIONS = [
    ("en-learn-laparoscopy", "Tajik surgeons learn laparoscopic techniques in Urumqi", True),
    ("ky-teach-endoscopy", "Үрүмчүлүк хирургдар Ош дарыгерлерине эндоскопиялык операцияларды үйрөтүштү", True),
    ("uz-academy-institute", "Fanlar akademiyasi Zoologiya instituti Shinjon olimlari bilan cho'l hayvonlarini o'rganmoqda", True),
    ("en-free-surgery-is-not", "Chinese doctors perform free heart surgeries on children in Osh", False),
    ("ru-drones-sold-is-not", "Китайская компания продала узбекским фермерам партию агродронов", False),
    ("uz-satellite-bought-is-not", "Xitoydan sun'iy yo'ldosh sotib olindi", False),
    ("uz-rossiya-academy-is-not", "Rossiya Fanlar akademiyasi va Xitoy olimlari hamkorlikda tadqiqot o'tkazdi", False),
    ("tk-minister-hospital-is-not", "Hytaýyň saglygy goraýyş ministri Aşgabadyň hassahanasyna bardy", False),
]


@rows(("title", "expected"), DECISIONS)
def test_round93_decision(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


# Dev before the fixes (base 2026.12.99.9.9.9.5): P 0.700 / R 0.778 in both modes, with and without the url (missed the
# laparoscopy learned in en, kk and tg and the Uzbek academy's institute; let in drones sold, satellites bought, AI
# sold or contracted for, free surgery in Osh and a minister at a Tashkent hospital). After: every item right.
DEV_WRONG: set[str] = set()
# Held-out, measured once after the fixes (nothing fixed from it): P 0.900 / R 1.000 in both modes, with and without
# the url (the base 0.750 / 0.833). Let in: Kyrgyz drones "алынган" (taken, not bought) in Chüy's fields and a
# Chinese AI industry investment agreement with Uzbekistan (an agreement and investment are no sale).
HELD_WRONG_MEASURED = {"r93h-ky-dron-chui-neg", "r93h-zh-rengongzhineng-xieyi-neg"}
# Later rounds that decide one of the measured misses right move it here (no longer honest), with the round.
FIXED_LATER: dict[str, str] = {}
HELD_WRONG = HELD_WRONG_MEASURED - set(FIXED_LATER)


@rows(("mode", "title", "summary", "url", "expected"), probe_rows(PROBES_R93_DEV, DEV_WRONG))
def test_round93_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None,
                                 expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(("mode", "title", "summary", "url", "expected"), probe_rows(PROBES_R93_HELD, HELD_WRONG))
def test_round93_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None,
                                  expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


def test_round93_probes_are_fresh() -> None:
    """No round-93 headline is a labelled text or an earlier probe's, nor shares half its words with one, nor with
    another of the sets. Rounds 88, 92, 94 and 95 were written at the same time by other writers."""
    assert_fresh_blind(PROBES_R93_DEV + PROBES_R93_HELD, "probes_r93", "probes_r88", "probes_r92", "probes_r94", "probes_r95")


def test_round93_blind_sets_shape() -> None:
    """2 relevant items and 2 hard negatives a language in each set, headlines only."""
    for probes in (PROBES_R93_DEV, PROBES_R93_HELD):
        assert len(probes) == 36 and sum(p[4] for p in probes) == 18 and all(p[3] is None for p in probes)


def test_round93_fixed_later_were_measured_wrong() -> None:
    assert set(FIXED_LATER) <= HELD_WRONG_MEASURED


def test_round93_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.99.9.9.9.7"
