"""Round 92 of issue 12: precision, hard negatives that slip in (docs/classifier.md, "Round 92 of issue 12").
Journalists' own study ("Кыргыз журналисттери Бээжинде окуудан өтүштү") is what they get, as a seminar is, so
media_not_education no longer lets students' study words keep it; Chinese names journalists as 新闻记者 and media
workers (媒体从业者, 媒体工作者); Islamabad names Pakistan, another partner, in every language; medical equipment
handed over (en handed over, ru a hospital in the dative before the equipment or передал, zh 移交医疗设备, kk
тапсырды, ky тапшырды, uz topshirdi, tg супурд, tk gowşurdy) is aid; a company's own staff with their nationality
or "local" between (кормандони тоҷики худ) is own staff, and own staff in a headline vetoes with no plant named; an
exhibition or a fair named for technology or innovation (en technology exhibition, ru выставка инновационных
технологий, zh 科技博览会, and any fair whose headline's technology is only its name) is a fair. An ambassador's or a
consul's courtesy visit to a university is left as decided: the real labelled sets label such visits relevant
(h8-037, h16-015, h23-030, ho-139). The READINGS table reads each form both ways; the blind sets (probes_r92_dev,
probes_r92_held) are decided on their url and without it, in both modes; round 90's journalists move to
test_round90.FIXED_LATER."""

from __future__ import annotations

from classifiers import Classifier

from .probes_r92_dev import PROBES_R92_DEV
from .probes_r92_held import PROBES_R92_HELD
from .tables import assert_decision, assert_fresh_blind, assert_reading, decide, probe_rows, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # journalists named as such in Chinese (not 记者 alone: a byline)
    ("zh-xinwen-jizhe", "中国为哈萨克斯坦新闻记者举办研修班", "media", True),
    ("zh-media-workers", "乌兹别克斯坦媒体从业者访问乌鲁木齐", "media", True),
    ("zh-byline-is-not", "新华社记者在阿拉木图采访大学生", "media", False),
    # Islamabad names Pakistan, another partner, in every language
    ("ru-islamabad", "Исламабад и Пекин подписали меморандум", "other_partner", True),
    ("zh-yisilanbao", "伊斯兰堡与北京签署备忘录", "other_partner", True),
    ("kk-islamabad", "Исламабадта ғалымдар кездесті", "other_partner", True),
    ("ky-islamabad", "Исламабадда окумуштуулар жолугушту", "other_partner", True),
    ("uz-islomobod", "Islomobodda olimlar uchrashdi", "other_partner", True),
    ("uzc-islomobod", "Исломободда олимлар учрашди", "other_partner", True),
    ("tg-islomobod", "Дар Исломобод олимон вохӯрданд", "other_partner", True),
    ("tk-yslamabat", "Yslamabatda alymlar duşuşdy", "other_partner", True),
    ("tg-islomi-is-not", "Донишгоҳи исломии Тоҷикистон донишҷӯ қабул мекунад", "other_partner", False),
    ("uz-islom-is-not", "Islom sivilizatsiyasi markazida olimlar uchrashdi", "other_partner", False),
    # medical equipment handed over is aid; the same verbs with an exam or an office are not
    ("en-handed-over", "China handed over medical equipment to Osh hospital", "aid", True),
    ("en-handed-over-chair-is-not", "Kazakhstan handed over the SCO chairmanship", "aid", False),
    ("ru-bolnice-oborudovanie", "Китай передал Ошской больнице медицинское оборудование", "aid", True),
    ("ru-peredal-medikamenty", "Посольство передало медикаменты", "aid", True),
    ("ru-peredal-opyt-is-not", "Китайские врачи передали опыт больнице Оша", "aid", False),
    ("ru-obuchili-is-not", "Врачей больницы обучили работе на медицинском оборудовании", "aid", False),
    ("zh-yijiao", "中国向吉尔吉斯斯坦移交医疗设备", "aid", True),
    ("zh-yijiao-office-is-not", "上合组织轮值主席国移交仪式举行", "aid", False),
    ("kk-tapsyrdy", "Қытай консулдығы медициналық жабдықтарды тапсырды", "aid", True),
    ("kk-emtihan-is-not", "Студенттер емтихан тапсырды", "aid", False),
    ("ky-tapshyrdy", "Кытай элчилиги медициналык жабдууларды тапшырды", "aid", True),
    ("ky-synak-is-not", "Студенттер сынак тапшырды", "aid", False),
    ("uz-topshirdi", "Xitoy elchixonasi tibbiy uskunalarni topshirdi", "aid", True),
    ("uzc-topshirdi", "Хитой элчихонаси тиббий ускуналарни топширди", "aid", True),
    ("uz-imtihon-is-not", "Talabalar imtihon topshirdi", "aid", False),
    ("tg-supurd", "Сафорати Чин таҷҳизоти тиббӣ супурд", "aid", True),
    ("tg-imtihon-is-not", "Донишҷӯён имтиҳон супориданд", "aid", False),
    ("tk-gowsurdy", "Hytaýyň ilçihanasy lukmançylyk enjamlaryny gowşurdy", "aid", True),
    ("tk-synag-is-not", "Talyplar synag tabşyrdy", "aid", False),
    # a company's own staff with their nationality or "local" between
    ("en-own-local-staff", "Chinese miner trains its own local staff", "own_staff", True),
    ("en-local-staff-is-not", "University trains local staff of the ministry", "own_staff", False),
    ("ru-svoih-mestnyh", "Китайская компания обучила своих местных сотрудников", "own_staff", True),
    ("ru-mestnyh-is-not", "Университет обучил местных сотрудников министерства", "own_staff", False),
    ("zh-ziyou-yuangong", "中国企业为公司自有员工举办培训", "own_staff", True),
    ("kk-oz-zhergilikti", "Қытай компаниясы өз жергілікті қызметкерлерін оқытты", "own_staff", True),
    ("kk-zhergilikti-is-not", "Университет жергілікті қызметкерлерді оқытты", "own_staff", False),
    ("ky-oz-kyrgyz", "Кытай компаниясы өз кыргыз кызматкерлерин окутту", "own_staff", True),
    ("uz-oz-mahalliy", "Xitoy kompaniyasi o'z mahalliy xodimlarini o'qitdi", "own_staff", True),
    ("uzc-uz-mahalliy", "Хитой компанияси ўз маҳаллий ходимларини ўқитди", "own_staff", True),
    ("uz-mahalliy-is-not", "Universitet mahalliy xodimlarni o'qitdi", "own_staff", False),
    ("tg-kormandoni-tojiki-khud", "Ширкати чинӣ кормандони тоҷики худро омӯзонд", "own_staff", True),
    ("tg-kormandoni-tojik-is-not", "Донишгоҳ кормандони тоҷикро омӯзонд", "own_staff", False),
    ("tk-oz-yerli", "Hytaý kompaniýasy öz ýerli işgärlerini okatdy", "own_staff", True),
    # an exhibition named for technology or innovation is a fair; technology introduced is not
    ("en-tech-exhibition", "Chinese technology exhibition opens in Bishkek", "trade_fair", True),
    ("en-tech-transfer-is-not", "Chinese technology transfer centre opens in Bishkek", "trade_fair", False),
    ("ru-vystavka-tehnologiy", "Выставка инновационных технологий Китая открылась в Ташкенте", "trade_fair", True),
    ("ru-vnedrenie-is-not", "Внедрение инновационных технологий обсудили в Ташкенте", "trade_fair", False),
    ("zh-kebohui", "中国—中亚科技博览会在西安开幕", "trade_fair", True),
    ("zh-keji-hezuo-is-not", "中国—中亚科技合作中心在西安揭牌", "trade_fair", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round92_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


DECISIONS = [
    ("ky-journalists-study-neg", "Кыргызстандык журналисттер Шанхайда окуудан өтүштү", False),
    ("kk-journalists-study-neg", "Қазақстандық журналистер Шанхайда оқудан өтті", False),
    ("zh-journalists-course-neg", "中国为吉尔吉斯斯坦新闻记者举办媒体融合研修班", False),
    ("ky-students-study-rel", "Кыргыз студенттери Шанхайда окуудан өтүштү", True),
    ("uz-islomobod-lab-neg", "Islomobod va Pekin olimlari qo'shma laboratoriya ochdi", False),
    ("ru-aid-to-hospital-neg", "Китай передал Джалал-Абадской больнице медицинское оборудование", False),
    ("ru-doctors-trained-rel", "Китайские инженеры обучили врачей Оша работе на медицинском оборудовании", True),
    ("tg-own-staff-neg", "Ширкати чинӣ кормандони тоҷики худро дар Хатлон омӯзонд", False),
    ("en-own-staff-with-university-rel", "Chinese miner trains its own Kazakh staff at Satbayev University", True),
    ("tk-innovation-fair-neg", "Aşgabatda Hytaýyň innowasiýa we tehnologiýa sergisi geçirildi", False),
    ("en-tech-expo-neg", "China-Kazakhstan technology expo opens in Almaty", False),
    ("en-lab-at-expo-rel", "Chinese and Kazakh universities present joint robotics lab at technology expo in Almaty", True),
]


@rows(("title", "expected"), DECISIONS)
def test_round92_decision(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


# Dev before the fixes (base 2026.12.99.9.9.9.5): P 0.529 / R 1.000 in both modes, with and without the url (let in
# 8 of 27 negatives: the ambassador at Tashkent's law university, the Kazakh ambassador's visit to KazNU, the Tajik
# ambassador at TNU, the Osh hospital's equipment, the Islamabad-Beijing satellite research, the Bishkek school
# contract, the Chinese company's course for its Tajik staff, the Ashgabat technology and innovation fair). After:
# P 0.692 / R 1.000, every item right but the three envoys' courtesy visits (real labelled visits are relevant) and
# the Bishkek school construction contract (a school China builds is labelled relevant, r40-ru-school-1200).
DEV_WRONG = {"r92d-en-ambassador-rector-neg", "r92d-kk-elshi-kaznu-neg", "r92d-tg-safir-dmt-neg",
             "r92d-ky-mektep-kelishim-neg"}
# Held-out, measured once after the fixes (nothing fixed from it): P 0.667 / R 0.889 in both modes, with and without
# the url, the same as the base. Missed: the Kazakh and Chinese chemists' catalysts; let in: a Chinese company's new
# school in Shymkent, its school contract in Ashgabat, 5,000 books given to Kyrgyz schools, a Chinese company's
# course for its Uzbek staff (no "own" word).
HELD_WRONG_MEASURED = {"r92h-ru-katalizatory-rel", "r92h-kk-mektep-shymkent-neg", "r92h-ky-kitep-tartuu-neg",
                       "r92h-uz-xodimlar-malaka-neg", "r92h-tk-mekdep-shertnama-neg"}
# Later rounds that decide one of the measured misses right move it here (no longer honest), with the round.
FIXED_LATER: dict[str, str] = {}
HELD_WRONG = HELD_WRONG_MEASURED - set(FIXED_LATER)


@rows(("mode", "title", "summary", "url", "expected"), probe_rows(PROBES_R92_DEV, DEV_WRONG))
def test_round92_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None,
                                 expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(("mode", "title", "summary", "url", "expected"), probe_rows(PROBES_R92_HELD, HELD_WRONG))
def test_round92_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None,
                                  expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


def test_round92_probes_are_fresh() -> None:
    """No round-92 headline is a labelled text or an earlier probe's, nor shares half its words with one, nor with
    another of the sets. Rounds 88, 93, 94 and 95 were written at the same time by other writers."""
    assert_fresh_blind(PROBES_R92_DEV + PROBES_R92_HELD, "probes_r92", "probes_r88", "probes_r93", "probes_r94", "probes_r95")


def test_round92_shape() -> None:
    """1 relevant item and 3 hard negatives in each of the nine languages, in each set; headlines only."""
    for probes in (PROBES_R92_DEV, PROBES_R92_HELD):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert sorted(p[-1] for p in mine) == [False, False, False, True], lang
        assert all(p[3] is None for p in probes) and len({p[0] for p in probes}) == len(probes)


def test_round92_fixed_later_were_measured_wrong() -> None:
    assert set(FIXED_LATER) <= HELD_WRONG_MEASURED


def test_round92_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.99.9.9.9.6"
