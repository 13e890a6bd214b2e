"""Round 87 of issue 12: medicine across the border (docs/classifier.md, "Round 87 of issue 12"): telemedicine,
nurses' and doctors' training in China, joint clinics, traditional Chinese medicine courses, joint medical research.
A consultation or lecture by video link (`remote_consult`, in every language) beside a medical word is telemedicine
(the rule medics_consult_by_video), and lifts the clinic veto; teleconsultations and video consilia are medicine and
technology themselves; ministers consulting by video add nothing (`minister`). Nurses are medics, light as doctors, in
every language (tg "ҳамшираи шафқат", tk "şepagat uýasy": the bare ҳамшира and uýa are sisters). Undergoing training
reads in Tajik (тайёрӣ мебинанд, малака меафзоянд) and Turkmen (okuw geçýär); Russian "отправят учиться" is study.
A hospital built under a contract, or medicines or medical equipment imported or brought in (`medical_business`), in
the headline with no research, lab, training or technology is vetoed (medicine_as_goods_or_building). The READINGS
table reads each form both ways; the blind sets (probes_r87_dev, probes_r87_held) are decided on their url and
without it, in both modes; five of round 83's misses move to test_round83.FIXED_LATER."""

from __future__ import annotations

from classifiers import Classifier

from .probes_r87_dev import PROBES_R87_DEV
from .probes_r87_held import PROBES_R87_HELD
from .tables import assert_decision, assert_fresh_blind, assert_reading, decide, probe_rows, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # a consultation by video link, remote
    ("en-video-consultation", "Video consultation links Osh and Kashgar doctors", "remote_consult", True),
    ("en-teleconsultation-is-medicine", "Teleconsultation held for Bishkek oncologists", "health", True),
    ("en-video-call-is-not", "Ministers spoke by video call", "remote_consult", False),
    ("ru-telekonsilium-is-medicine", "Телеконсилиум провели онкологи Бишкека", "health", True),
    ("ru-konsultirovali-po-videosvyazi", "Врачи Урумчи проконсультировали по видеосвязи пациентов Оша", "remote_consult", True),
    ("ru-konsultacii-is-not", "МИД двух стран провели консультации по видеосвязи", "remote_consult", False),
    ("zh-shipin-huizhen-is-medicine", "新疆专家视频会诊吉尔吉斯斯坦患者", "health", True),
    ("zh-shipin-huiwu-is-not", "两国领导人举行视频会晤", "remote_consult", False),
    ("kk-beinebailanys-kenes", "Қытай дәрігерлері бейнебайланыс арқылы кеңес берді", "remote_consult", True),
    ("kk-kenes-otyrysy-is-not", "Бейнебайланыс арқылы кеңес отырысы өтті", "remote_consult", False),
    ("ky-video-kenesh", "Дарыгерлер видео байланыш аркылуу кеңешишти", "remote_consult", True),
    ("ky-kenesme-is-not", "Видео байланыш аркылуу кеңешме өттү", "remote_consult", False),
    ("uz-masofaviy-konsultatsiya", "Shifokorlar masofaviy konsultatsiya o'tkazdi", "remote_consult", True),
    ("uz-konsultatsiya-is-not", "Vazirlar konsultatsiya o'tkazdi", "remote_consult", False),
    ("uzc-masofaviy-maslahat", "Шифокорлар масофавий маслаҳат берди", "remote_consult", True),
    ("tg-video-mashvarat", "Табибон тавассути видео машварат медиҳанд", "remote_consult", True),
    ("tg-mashvarat-is-not", "Машварати сиёсӣ баргузор шуд", "remote_consult", False),
    ("tk-wideo-maslahat", "Lukmanlar wideo arkaly maslahatlaşdy", "remote_consult", True),
    ("tk-wideo-dusushyk-is-not", "Wideo arkaly duşuşyk geçirildi", "remote_consult", False),
    ("tk-telelukmancylyk", "Aşgabatda telelukmançylyk maslahaty geçirildi", "technology", True),
    # nurses are medics
    ("en-nurses", "Nurses from Osh arrive in Kashgar", "health", True),
    ("en-nursery-is-not", "Nursery school opens in Osh", "health", False),
    ("ru-medsestry", "Медсестёр из Хорога отправят в Кашгар", "health", True),
    ("ru-sestra-is-not", "Сестра уехала в Кашгар", "health", False),
    ("zh-hushi", "护士赴喀什进修", "health", True),
    ("kk-medbikeler", "Медбикелер Үрімжіге барды", "health", True),
    ("ky-medaiymdar", "Медайымдар Үрүмчүгө барышты", "health", True),
    ("uz-hamshiralar", "Hamshiralar Urumchiga bordi", "health", True),
    ("uzc-hamshiralar", "Ҳамширалар Урумчига борди", "health", True),
    ("tg-shafqatparaston", "Шафқатпарастон ба Урумчи рафтанд", "health", True),
    ("tg-hamshira-sister-is-not", "Ҳамшираам ба Душанбе омад", "health", False),
    ("tk-sepagat-uyalary", "Şepagat uýalary Urumçä gitdi", "health", True),
    ("tk-uya-sister-is-not", "Uýam Aşgabada geldi", "health", False),
    # training undergone, study
    ("tg-tayyori-mebinand", "Ҳамшираҳо дар Урумчи тайёрӣ мебинанд", "vocational", True),
    ("tg-malaka-meafzoyand", "Табибон дар Урумчи малака меафзоянд", "vocational", True),
    ("tg-tayyori-is-not", "Барои ҷашн тайёрӣ гирифта шуд", "vocational", False),
    ("tk-okuw-gecyar", "Lukmanlar Şanhaýda okuw geçýär", "vocational", True),
    ("tk-okuw-yyly-is-not", "Täze okuw ýyly başlandy", "vocational", False),
    ("ru-otpravyat-uchitsya", "Медсестёр отправят учиться в Кашгар", "student_exchange", True),
    ("ru-otpravyat-lager-is-not", "Детей отправят в лагерь", "student_exchange", False),
    # a hospital built, medicines or equipment brought in
    ("en-build-hospital", "Chinese company to build a hospital in Osh", "medical_business", True),
    ("en-train-at-hospital-is-not", "Chinese doctors train Osh surgeons at new hospital", "medical_business", False),
    ("ru-postroit-bolnicu", "Китай построит больницу в Оше", "medical_business", True),
    ("ru-bolnica-is-not", "В больнице Оша прошел семинар китайских врачей", "medical_business", False),
    ("zh-chengjian", "中企承建医院项目", "medical_business", True),
    ("zh-gongjian-shiyanshi-is-not", "中哈共建联合实验室", "medical_business", False),
    ("kk-aurukhana-salu", "Түркістанда аурухана салынады", "medical_business", True),
    ("ky-oorukana-kuruu", "Ошто оорукана курулат", "medical_business", True),
    ("uz-shifoxona-qurish", "Jizzaxda shifoxona quriladi", "medical_business", True),
    ("uzc-uskuna-keltirildi", "Хитойдан тиббий ускуналар келтирилди", "medical_business", True),
    ("tg-doruvori-vorid", "Ширкатҳо доруворӣ ворид мекунанд", "medical_business", True),
    ("tk-hassahana-gurmak", "Hytaý kompaniýasy hassahana gurar", "medical_business", True),
    # a minister
    ("tk-ministrleri", "Saglygy goraýyş ministrleri duşuşdy", "minister", True),
    ("ru-ministr", "Министра здравоохранения приняли в Пекине", "minister", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round87_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


DECISIONS = [
    ("ru-telekonsilium", "Онкологи Урумчи провели телеконсилиум для врачей Оша", True),
    ("ky-video-kenesh", "Кашкардын дарыгерлери Нарындагы клиникага видео байланыш аркылуу кеңеш беришти", True),
    ("tk-nurses-urumqi", "Daşoguzyň şepagat uýalary Urumçide okuw geçýär", True),
    ("tk-ministers-video-is-not", "Türkmenistanyň we Hytaýyň saglygy goraýyş ministrleri wideo arkaly maslahatlaşdy", False),
    ("ru-ministers-video-is-not", "Министры здравоохранения Казахстана и Китая провели переговоры по видеосвязи", False),
    ("en-hospital-built-is-not", "Chinese company to build a children's hospital in Osh", False),
    ("ru-hospital-built-is-not", "Китайская компания построит больницу в Худжанде", False),
]


@rows(("title", "expected"), DECISIONS)
def test_round87_decision(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


# Dev before the fixes (base 2026.12.99.9.9.8): P 0.765 / R 0.722 in both modes, with and without the url (missed the
# video consultations in Kyrgyz, Uzbek, Tajik and Turkmen and the Tajik nurses; let in the Astana and Bishkek hospital
# contracts, the equipment brought to Namangan and the medicines brought to Tajikistan). After: every item right.
DEV_WRONG: set[str] = set()
# Held-out, measured once after the fixes (nothing fixed from it): P 1.000 / R 0.778 in both modes, with and without
# the url (the base 1.000 / 0.722). Missed: residency (ординатура, резидентура) in Xi'an and Shanghai in Russian,
# Kyrgyz and Tajik, and the MRI training by Shenzhen specialists in Russian.
HELD_WRONG = {"r87h-ru-ordinatory-sian-rel", "r87h-ru-mrt-trening-rel", "r87h-ky-ordinatura-shanhai-rel",
              "r87h-tg-ordinatura-shanhai-rel"}


@rows(("mode", "title", "summary", "url", "expected"), probe_rows(PROBES_R87_DEV, DEV_WRONG))
def test_round87_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None,
                                 expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(("mode", "title", "summary", "url", "expected"), probe_rows(PROBES_R87_HELD, HELD_WRONG))
def test_round87_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None,
                                  expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


def test_round87_probes_are_fresh() -> None:
    """No round-87 headline is a labelled text or an earlier probe's, nor shares half its words with one, nor with
    another of the sets. Rounds 88, 89, 90 and 91 were written at the same time by other writers."""
    assert_fresh_blind(PROBES_R87_DEV + PROBES_R87_HELD, "probes_r87", "probes_r88", "probes_r89", "probes_r90", "probes_r91")


def test_round87_shape() -> None:
    """2 relevant items and 2 hard negatives in each of the nine languages, in each set; ids unique."""
    for probes in (PROBES_R87_DEV, PROBES_R87_HELD):
        assert len(probes) == 36 and sum(p[4] for p in probes) == 18
        assert len({p[0] for p in probes}) == 36


def test_round87_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.99.9.9.9"
