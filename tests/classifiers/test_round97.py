"""Round 97 of issue 12: clinical training and AI in medicine, in any word order (docs/classifier.md, "Round 97 of
issue 12"). A surgical or endoscopic method word beside a verb of learning, mastering, studying or training anywhere
in the item (the cue learning_verb, through the vocational keys' `needs:`) is a method learned, whatever place or
institution stands between (ru "освоили в клинике Чэнду эндоскопические методы", kk "лапароскопиялық әдістерді
Бейжің ауруханасында үйренді", tg "дар клиникаи Шанхай усулҳои эндоскопиро омӯхтанд"), in every language; X-rays
and their reading are medicine beside technology or research (an AI that reads X-rays; X-ray machines donated stay
aid); supplied is sold (tech_sale: "поставила в больницы Алматы системы ИИ"). The READINGS table reads each form both
ways; the blind sets (probes_r97_dev, probes_r97_held) are decided on their url and without it, in both modes."""

from __future__ import annotations

from classifiers import Classifier

from .probes_r97_dev import PROBES_R97_DEV
from .probes_r97_held import PROBES_R97_HELD
from .tables import assert_decision, assert_fresh_blind, assert_reading, decide, probe_rows, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # a method word beside a learning verb anywhere in the headline is training (vocational)
    ("en-method-place-between", "Osh surgeons trained at a Kashgar clinic in endoscopic procedures", "vocational", True),
    ("en-method-alone-is-not", "Kashgar clinic performs endoscopic procedures on Osh patients", "vocational", False),
    ("en-verb-alone-is-not", "Osh surgeons visited a Kashgar clinic to learn", "vocational", False),
    ("ru-method-place-between", "Врачи Хорога освоили в Кашгаре лапароскопические операции", "vocational", True),
    ("ru-method-alone-is-not", "В Кашгаре провели лапароскопические операции пациентам из Хорога", "vocational", False),
    ("zh-method-place-between", "塔吉克斯坦医生在喀什医院进修内镜技术", "vocational", True),
    ("zh-method-alone-is-not", "喀什医院为塔吉克斯坦患者开展内镜手术", "vocational", False),
    ("kk-method-place-between", "Шымкент дәрігерлері эндоскопиялық әдістерді Қашқар клиникасында меңгерді", "vocational", True),
    ("kk-method-alone-is-not", "Қашқар клиникасында эндоскопиялық ота жасалды", "vocational", False),
    ("ky-method-place-between", "Ош дарыгерлери лапароскопиялык ыкмаларды Кашкар клиникасында өздөштүрүштү", "vocational", True),
    ("ky-method-alone-is-not", "Кашкар клиникасында лапароскопиялык операция жасалды", "vocational", False),
    ("uz-method-place-between", "Farg'onalik shifokorlar endoskopik usullarni Qashqar klinikasida o'rgandi", "vocational", True),
    ("uz-method-alone-is-not", "Qashqar klinikasida endoskopik amaliyot o'tkazildi", "vocational", False),
    ("uzc-method-place-between", "Фарғоналик шифокорлар лапароскопик усулларни Қашқар клиникасида ўзлаштирди", "vocational", True),
    ("uzc-method-alone-is-not", "Қашқар клиникасида лапароскопик амалиёт ўтказилди", "vocational", False),
    ("tg-method-place-between", "Табибони Хоруғ дар клиникаи Қашқар усулҳои лапароскопиро омӯхтанд", "vocational", True),
    ("tg-method-alone-is-not", "Дар клиникаи Қашқар лапароскопия гузаронида шуд", "vocational", False),
    ("tk-method-place-between", "Mary lukmanlary endoskopik usullary Kaşgaryň klinikasynda öwrendiler", "vocational", True),
    ("tk-method-alone-is-not", "Kaşgaryň klinikasynda endoskopik operasiýa geçirildi", "vocational", False),
    # X-rays beside technology or research are medicine; X-ray machines alone are not
    ("en-xray-ai", "AI that reads chest X-rays", "health", True),
    ("en-xray-alone-is-not", "Chest X-rays for miners", "health", False),
    ("ru-rentgen-ii", "ИИ читает рентгеновские снимки", "health", True),
    ("ru-rentgen-alone-is-not", "Рентгеновские снимки шахтёров", "health", False),
    ("zh-xguang-ai", "人工智能读取X光片", "health", True),
    ("kk-rentgen-ii", "Рентген суреттерін оқитын жасанды интеллект", "health", True),
    ("ky-rentgen-ii", "Рентген сүрөттөрүн окуган жасалма интеллект", "health", True),
    ("uz-rentgen-ai", "Rentgen tasvirlarini o'qiydigan sun'iy intellekt", "health", True),
    ("uzc-rentgen-ai", "Рентген тасвирларини ўқийдиган сунъий интеллект", "health", True),
    ("tg-rentgen-ai", "Зеҳни сунъӣ, ки тасвирҳои рентгенро мехонад", "health", True),
    ("tk-rentgen-ai", "Rentgen suratlaryny okaýan emeli aň", "health", True),
    ("tk-rentgen-alone-is-not", "Rentgen enjamlary bagyşlandy", "health", False),
    # supplied is sold
    ("en-supplied", "Chinese firm supplied AI scanners to clinics", "tech_sale", True),
    ("ru-postavila-v", "Компания поставила в больницы системы ИИ", "tech_sale", True),
    ("ru-postavila-zadachu-is-not", "Министр поставил задачу разработать ИИ", "tech_sale", False),
    ("zh-gongying", "企业向医院供应人工智能设备", "tech_sale", True),
    ("kk-jetkizip-berdi", "Компания ауруханаларға жабдық жеткізіп берді", "tech_sale", True),
    ("ky-jetkirip-berdi", "Компания ооруканаларга жабдык жеткирип берди", "tech_sale", True),
    ("uz-yetkazib-berdi", "Kompaniya shifoxonalarga uskunalar yetkazib berdi", "tech_sale", True),
    ("uzc-yetkazib-berdi", "Компания шифохоналарга ускуналар етказиб берди", "tech_sale", True),
    ("tg-tahvil-dod", "Ширкат ба беморхонаҳо таҷҳизот таҳвил дод", "tech_sale", True),
    ("tk-upjun-etdi", "Kompaniýa hassahanalary enjamlar bilen üpjün etdi", "tech_sale", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round97_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


DECISIONS = [
    ("ru-method-place-between", "Хорогские хирурги освоили в Кашгаре лапароскопические операции", True),
    ("tg-method-sov", "Ҷарроҳони Хоруғ дар беморхонаи Қашқар усулҳои лапароскопиро омӯхтанд", True),
    ("uz-method-locative", "Farg'onalik jarrohlar endoskopik usullarni Qashqar klinikasida o'rgandi", True),
    ("en-xray-ai", "Kyrgyz radiologists and Chinese engineers test AI that reads chest X-rays", True),
    ("en-operated-is-not", "Chinese surgeons perform laparoscopic operations on patients in Osh", False),
    ("ru-supplied-is-not", "Китайская фирма поставила в клиники Бишкека системы ИИ для диагностики", False),
    ("tk-xray-donated-is-not", "Hytaý Lebap welaýatynyň hassahanalaryna rentgen enjamlaryny sowgat etdi", False),
    ("ru-korea-is-not", "Хорогские хирурги освоили в Сеуле лапароскопические операции", False),
]


@rows(("title", "expected"), DECISIONS)
def test_round97_decision(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


# Dev before the fixes (base 2026.12.99.9.9.9.8.3): P 0.900 / R 0.500 in both modes, with and without the url (missed
# the methods learned with a place or an institution between in en, ru, kk, ky, uz, uzc, tg and tk and the English AI
# reading chest X-rays; let in a Chinese firm supplying AI systems to Almaty's hospitals). After: every item right.
DEV_WRONG: set[str] = set()
# Held-out, measured once after the fixes (nothing fixed from it): P 1.000 / R 1.000 in both modes, with and without
# the url (the base 1.000 / 0.667: the methods learned with a place between in ru, ky, uz, uzc, tg and tk missed).
HELD_WRONG_MEASURED: set[str] = set()
# Later rounds that decide one of the measured misses right move it here (no longer honest), with the round.
FIXED_LATER: dict[str, str] = {}
HELD_WRONG = HELD_WRONG_MEASURED - set(FIXED_LATER)


@rows(("mode", "title", "summary", "url", "expected"), probe_rows(PROBES_R97_DEV, DEV_WRONG))
def test_round97_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None,
                                 expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(("mode", "title", "summary", "url", "expected"), probe_rows(PROBES_R97_HELD, HELD_WRONG))
def test_round97_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None,
                                  expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


def test_round97_probes_are_fresh() -> None:
    """No round-97 headline is a labelled text or an earlier probe's, nor shares half its words with one, nor with
    another of the sets. Rounds 96 and 98 were written at the same time by other writers."""
    assert_fresh_blind(PROBES_R97_DEV + PROBES_R97_HELD, "probes_r97", "probes_r96", "probes_r98")


def test_round97_blind_sets_shape() -> None:
    """2 relevant items and 2 hard negatives a language in each set, headlines only."""
    for probes in (PROBES_R97_DEV, PROBES_R97_HELD):
        assert len(probes) == 36 and sum(p[4] for p in probes) == 18 and all(p[3] is None for p in probes)


def test_round97_fixed_later_were_measured_wrong() -> None:
    assert set(FIXED_LATER) <= HELD_WRONG_MEASURED


def test_round97_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.99.9.9.9.8.5"
