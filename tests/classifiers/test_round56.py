"""Round 56 of issue 12: recall families left by earlier rounds (docs/classifier.md, "Round 56 of issue 12").
Joint work said as "with Chinese scientists / specialists" (Хитой олимлари билан, Қытай ғалымдарымен,
кытайлык окумуштуулар менен, бо олимони чинӣ, hytaý alymlary bilen, с китайскими учеными) is a cooperation
cue that names China; Chinese scientists alone stay China's own news. 中乌合建 (合 was kept out after 中乌) and
合建 / 联建 / 联手 as 共建 / 携手, with Ukraine's cities and makers named to read 中乌. A Chinese diploma and
studying at China's universities are study mobility; visas and work permits are not. Joining forces,
teaming up and pooling efforts are a cooperation cue. Tourism, hospitality or sport science studied (a
degree, a faculty, a major) is education, the key swallowing the travel or sport word; a tourism deal or a
sports event is not. Saline or degraded land and its restoration is environment. The READINGS table reads
each form both ways; the blind sets (probes_r56_dev, probes_r56_held) are decided on their url and without
it, in both modes; the family probes (probes_r56) were written after the fixes."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r56 import PROBES_R56
from .probes_r56_dev import PROBES_R56_DEV
from .probes_r56_held import PROBES_R56_HELD
from .tables import (IN_BOTH_MODES, WITH_AND_WITHOUT_URL, assert_reading, decide, in_both_modes, labelled_texts, probe_texts, repeats,
                     rows, with_and_without_url)

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # with Chinese scientists or specialists: a cooperation cue naming China (and the scientists' research)
    ("en-with-chinese-scientists-is-cooperation", "together with Chinese scientists", "cooperation", True),
    ("en-with-chinese-scientists-is-research", "working with Chinese scientists", "research", True),
    ("en-chinese-scientists-alone-is-no-cooperation", "Chinese scientists unveil a robot", "cooperation", False),
    ("ru-s-kitayskimi-uchenymi-is-cooperation", "с китайскими учеными", "cooperation", True),
    ("ru-s-kitayskimi-specialistami-is-china", "вместе с китайскими специалистами", "china", True),
    ("ru-kitayskie-uchenye-is-no-cooperation", "китайские ученые создали", "cooperation", False),
    ("kk-galymdarymen-is-cooperation", "Қытай ғалымдарымен", "cooperation", True),
    ("kk-galymdarymen-is-research", "Қытай ғалымдарымен", "research", True),
    ("kk-mamandarymen-is-cooperation", "қытайлық мамандармен", "cooperation", True),
    ("kk-galymdary-is-no-cooperation", "Қытай ғалымдары жаңа дәрі жасады", "cooperation", False),
    ("ky-okumushtuular-menen-is-cooperation", "кытайлык окумуштуулар менен", "cooperation", True),
    ("ky-adister-menen-is-china", "кытай адистери менен", "china", True),
    ("ky-okumushtuulary-is-no-cooperation", "Кытай окумуштуулары жаңы аппарат жасашты", "cooperation", False),
    ("uz-olimlari-bilan-is-cooperation", "Xitoy olimlari bilan", "cooperation", True),
    ("uz-mutaxassislar-bilan-is-cooperation", "xitoylik mutaxassislar bilan", "cooperation", True),
    ("uz-olimlari-is-no-cooperation", "Xitoy olimlari yangi batareya yaratdi", "cooperation", False),
    ("uzc-olimlari-bilan-is-cooperation", "Хитой олимлари билан", "cooperation", True),
    ("uzc-olimlari-bilan-is-research", "Хитой олимлари билан", "research", True),
    ("uzc-olimlari-is-no-cooperation", "Хитой олимлари янги батарея яратди", "cooperation", False),
    ("tg-bo-olimoni-chini-is-cooperation", "бо олимони чинӣ", "cooperation", True),
    ("tg-bo-mutakhassisoni-chini-is-china", "бо мутахассисони чинӣ", "china", True),
    ("tg-olimoni-chini-is-no-cooperation", "олимони чинӣ роботи нав сохтанд", "cooperation", False),
    ("tk-alymlary-bilen-is-cooperation", "Hytaý alymlary bilen", "cooperation", True),
    ("tk-hunarmenler-bilen-is-cooperation", "hytaýly hünärmenler bilen", "cooperation", True),
    ("tk-alymlary-is-no-cooperation", "Hytaý alymlary täze robot döretdiler", "cooperation", False),
    # 中乌合建 and 合建 / 联建 / 联手
    ("zh-zhongwu-hejian-is-uz", "中乌合建实验室", "uz", True),
    ("zh-zhongwu-hejian-is-cooperation", "中乌合建实验室", "cooperation", True),
    ("zh-zhongwu-hejian-kharkiv-is-not-uz", "中乌合建研究院落户哈尔科夫", "uz", False),
    ("zh-zhongwu-hejian-antonov-is-not-uz", "中乌合建安东诺夫飞机维修中心", "uz", False),
    ("zh-zhongwu-hezi-is-uz", "中乌合资企业", "uz", True),
    ("zh-zhongwu-hezi-is-no-cooperation", "中乌合资企业", "cooperation", False),
    ("zh-wuhe-zhizhong-is-not-uz", "乌合之众", "uz", False),
    ("zh-hejian-is-cooperation", "两国合建学校", "cooperation", True),
    ("zh-lianjian-is-cooperation", "中吉联建冰川站", "cooperation", True),
    ("zh-lianshou-is-cooperation", "中哈联手", "cooperation", True),
    ("zh-zonghe-jianshe-is-no-cooperation", "综合建设大学", "cooperation", False),
    ("zh-fuhe-jianshe-is-no-cooperation", "符合建设要求", "cooperation", False),
    ("ru-kharkov-is-ukraine", "в Харькове", "ukraine", True),
    ("en-kharkiv-is-ukraine", "in Kharkiv", "ukraine", True),
    # a Chinese diploma, studying at China's universities: study mobility; a visa, a work permit, a diplomat are not
    ("en-chinese-diplomas-is-student", "get Chinese diplomas for free", "student_exchange", True),
    ("en-chinese-diplomas-is-china", "get Chinese diplomas for free", "china", True),
    ("en-study-at-chinese-universities-is-student", "wishing to study at Chinese universities", "student_exchange", True),
    ("en-chinese-work-visa-is-not-student", "Chinese work visas", "student_exchange", False),
    ("en-chinese-diplomat-is-not-student", "a Chinese diplomat", "student_exchange", False),
    ("ru-kitayskie-diplomy-is-student", "получили китайские дипломы", "student_exchange", True),
    ("ru-v-vuzakh-kitaya-is-student", "обучение в вузах Китая", "student_exchange", True),
    ("ru-kitayskiy-diplomat-is-not-student", "китайский дипломат", "student_exchange", False),
    ("ru-kitayskaya-viza-is-not-student", "китайская виза", "student_exchange", False),
    ("kk-qytay-diplomy-is-student", "қытай дипломын алды", "student_exchange", True),
    ("kk-universitetterinde-oqy-is-student", "Қытай университеттерінде оқығысы келетін", "student_exchange", True),
    ("kk-qytay-diplomaty-is-not-student", "Қытай дипломаты", "student_exchange", False),
    ("ky-jogorku-okuu-jaylarynda-is-student", "Кытайдын жогорку окуу жайларында билим алгысы келгендер", "student_exchange", True),
    ("ky-universitetin-butur-is-student", "Кытайдын университетин бүтүргөн", "student_exchange", True),
    ("ky-is-vizasy-is-not-student", "Кытайга иш визасы", "student_exchange", False),
    ("uz-xitoy-diplomi-is-student", "Xitoy diplomi", "student_exchange", True),
    ("uz-oliygohlarida-oqi-is-student", "Xitoy oliygohlarida o‘qimoqchi", "student_exchange", True),
    ("uz-xitoy-diplomati-is-not-student", "Xitoy diplomati", "student_exchange", False),
    ("uzc-universiteti-diplomi-is-student", "Хитой университети дипломини олган", "student_exchange", True),
    ("uzc-olijgohlarida-uqish-is-student", "Хитой олийгоҳларида ўқиш", "student_exchange", True),
    ("tg-diplomhoi-chini-is-student", "дипломҳои чинӣ", "student_exchange", True),
    ("tg-donishgohhoi-chin-tahsil-is-student", "дар донишгоҳҳои Чин таҳсил мекунанд", "student_exchange", True),
    ("tg-ravodidi-kori-is-not-student", "раводиди кории Чин", "student_exchange", False),
    ("tk-yokary-okuw-mekdeplerinde-is-student", "Hytaýyň ýokary okuw mekdeplerinde okamak", "student_exchange", True),
    ("tk-uniwersitetini-tamamla-is-student", "Hytaýyň uniwersitetini tamamlan", "student_exchange", True),
    ("tk-is-wizasy-is-not-student", "Hytaýa iş wizasy", "student_exchange", False),
    # joining forces, teaming up, pooling efforts
    ("en-join-forces-is-cooperation", "join forces in medicine", "cooperation", True),
    ("en-team-up-is-cooperation", "universities team up", "cooperation", True),
    ("en-join-a-team-is-no-cooperation", "joined the team", "cooperation", False),
    ("ru-obedinyayut-usiliya-is-cooperation", "объединяют усилия", "cooperation", True),
    ("ru-obedinenie-usiliy-is-cooperation", "объединение усилий", "cooperation", True),
    ("ru-obedinyayut-is-no-cooperation", "объединяют два факультета", "cooperation", False),
    ("kk-kush-biriktiredi-is-cooperation", "күш біріктіреді", "cooperation", True),
    ("ky-kuch-biriktiret-is-cooperation", "күч бириктирет", "cooperation", True),
    ("uz-kuchlarni-birlashtiradi-is-cooperation", "kuchlarni birlashtiradi", "cooperation", True),
    ("uzc-kuchlarni-birlashtiradi-is-cooperation", "кучларни бирлаштиради", "cooperation", True),
    ("uz-fakultetlarni-birlashtiradi-is-no-cooperation", "fakultetlarni birlashtiradi", "cooperation", False),
    ("tg-quvvahoro-muttahid-is-cooperation", "қувваҳоро муттаҳид мекунанд", "cooperation", True),
    ("tk-guyclerini-birlesdiryar-is-cooperation", "güýçlerini birleşdirýär", "cooperation", True),
    # tourism, hospitality or sport science studied: education; a tourism deal or a sports event is not
    ("en-learn-hotel-management-is-education", "to learn hotel management", "education_policy", True),
    ("en-learn-hotel-management-is-not-travel", "to learn hotel management", "travel", False),
    ("en-tourism-degree-is-education", "a tourism degree", "education_policy", True),
    ("en-sports-science-is-research", "sports science", "research", True),
    ("en-sports-science-is-not-sport", "sports science", "sport", False),
    ("en-tourism-flows-stay-travel", "to boost tourism flows", "travel", True),
    ("en-hotel-management-company-is-not-education", "a hotel management company", "education_policy", False),
    ("ru-gostinichnoe-delo-is-education", "факультет туризма и гостиничного дела", "education_policy", True),
    ("ru-izuchat-turizm-is-education", "изучат туризм", "education_policy", True),
    ("ru-izuchat-turizm-is-not-travel", "изучат туризм", "travel", False),
    ("ru-sportivnaya-nauka-is-research", "спортивной науки", "research", True),
    ("ru-turpotok-stays-travel", "туристический поток", "travel", True),
    ("ru-razvitie-turizma-is-not-education", "развитие туризма", "education_policy", False),
    ("zh-lvyou-guanli-zhuanye-is-education", "旅游管理专业", "education_policy", True),
    ("zh-lvyou-guanli-zhuanye-is-not-travel", "旅游管理专业", "travel", False),
    ("zh-yundong-kexue-is-research", "运动科学", "research", True),
    ("zh-lvyou-stays-travel", "旅游合作", "travel", True),
    ("kk-turizm-mamandygy-is-education", "туризм мамандығын оқиды", "education_policy", True),
    ("kk-qonaq-ui-isi-is-education", "қонақ үй ісі мен туризмді меңгереді", "education_policy", True),
    ("kk-qonaq-ui-isi-is-not-travel", "қонақ үй ісі мен туризмді меңгереді", "travel", False),
    ("kk-sport-gylymy-is-research", "спорт ғылымын", "research", True),
    ("kk-turizm-damytu-is-not-education", "туризмді дамыту", "education_policy", False),
    ("ky-turizmdi-okushat-is-education", "туризмди окушат", "education_policy", True),
    ("ky-turizm-adistigi-is-education", "туризм адистигин", "education_policy", True),
    ("ky-turist-agym-is-not-education", "туристтик агымды", "education_policy", False),
    ("uz-turizm-fakulteti-is-education", "turizm va mehmondo‘stlik fakulteti", "education_policy", True),
    ("uz-turizm-fakulteti-is-not-travel", "turizm va mehmondo‘stlik fakulteti", "travel", False),
    ("uz-sport-ilmi-is-research", "sport ilmini", "research", True),
    ("uz-sayyohlik-oqimi-is-not-education", "sayyohlik oqimini", "education_policy", False),
    ("uzc-sport-ilmi-is-research", "спорт илмини ўрганади", "research", True),
    ("uzc-turizmni-urganadi-is-education", "туризмни ўрганади", "education_policy", True),
    ("tg-mehmondoriro-meomuzand-is-education", "туризм ва меҳмондориро меомӯзанд", "education_policy", True),
    ("tg-ilmi-varzish-is-research", "илми варзишро", "research", True),
    ("tg-rushdi-sayyohi-is-not-education", "рушди сайёҳӣ", "education_policy", False),
    ("tk-syyahatcylygy-owrenerler-is-education", "myhmanhana işini we syýahatçylygy öwrenerler", "education_policy", True),
    ("tk-sport-ylmy-is-research", "sport ylmyny", "research", True),
    ("tk-syyahatcylygy-osdurmek-is-not-education", "syýahatçylygy ösdürmek", "education_policy", False),
    # saline or degraded land and its restoration: environment; land sold or leased is not
    ("en-degraded-land-is-environment", "restoring degraded land", "environment", True),
    ("en-land-lease-is-not-environment", "a land lease", "environment", False),
    ("ru-zasolennye-zemli-is-environment", "засоленных земель", "environment", True),
    ("ru-arenda-zemli-is-not-environment", "аренда земли", "environment", False),
    ("kk-jerlerdi-qalpyna-is-environment", "шөлейт жерлерді қалпына келтіру", "environment", True),
    ("kk-jer-satu-is-not-environment", "жер сату", "environment", False),
    ("ky-jaiyttardy-kalybyna-is-environment", "жайыттарды калыбына келтирүү", "environment", True),
    ("uz-shorlangan-yerlar-is-environment", "sho‘rlangan yerlarni", "environment", True),
    ("uzc-yerlarni-tiklash-is-environment", "шўрланган ерларни тиклаш", "environment", True),
    ("uz-yer-ijarasi-is-not-environment", "yer ijarasi", "environment", False),
    ("tg-zaminhoi-shur-is-environment", "заминҳои шӯр", "environment", True),
    ("tk-sorlasan-yerler-is-environment", "şorlaşan ýerleri", "environment", True),
    ("tk-yer-satmak-is-not-environment", "ýer satmak", "environment", False),
]

READINGS += [  # read in the family probes (written after the fixes): sport science keeps its research in a
    # faculty's or a master's key; a crop's new varieties; an institute named after an industry
    ("uz-sport-ilmi-magistraturasi-is-research", "sport ilmi magistraturasini", "research", True),
    ("tk-sport-ylmy-hunari-is-research", "sport ylmy hünäri", "research", True),
    ("ru-novye-sorta-risa-is-agriculture", "новые сорта риса", "agriculture", True),
    ("ru-novye-sorta-risa-is-research", "новые сорта риса", "research", True),
    ("ru-sorta-chaya-is-not-agriculture", "новые сорта чая в магазине", "agriculture", False),
    ("kk-alma-sorttary-is-research", "жаңа алма сорттары", "research", True),
    ("ky-buurchaktyn-sorttoru-is-research", "буурчактын жаңы сорттору", "research", True),
    ("en-mining-institute-is-university", "Kyrgyz mining institute", "university", True),
    ("en-mining-institute-is-not-industry", "Kyrgyz mining institute", "industry", False),
    ("ru-gornyy-institut-is-university", "горный институт", "university", True),
    ("en-mining-company-stays-industry", "a mining company", "industry", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round56_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# The development set, measured once with the base (2026.12.81) before any fix: P 1.000 / R 0.733 with title
# and summary (12 of 45 missed), P 1.000 / R 0.711 on the headline alone (13 missed), with and without the url;
# no negative let in. After the fixes one miss is left: "Chinese specialists help restore semi-desert land"
# in Kazakh naming only China (a help verb is no cooperation cue: China's own science "helps" too).
DEV_WRONG_BEFORE = {
    "title and summary": {"r56d-en-hotel-management-rel", "r56d-zh-zhongwu-hejian-rel", "r56d-kk-ile-galymdarymen-rel",
                          "r56d-kk-sholeit-komek-rel", "r56d-kk-qonaq-ui-rel", "r56d-ky-okumushtuular-menen-rel",
                          "r56d-ky-dokumentter-rel", "r56d-ky-meymankana-rel", "r56d-uz-turizm-fakulteti-rel",
                          "r56d-uzc-yordam-rel", "r56d-tg-mehmondori-rel", "r56d-tk-myhmanhana-rel"},
}
DEV_WRONG_BEFORE["headline alone"] = DEV_WRONG_BEFORE["title and summary"] | {"r56d-en-harbin-diplomas-rel"}
DEV_WRONG = {mode: {"r56d-kk-sholeit-komek-rel"} for mode in MODES}
# The held-out set, measured once after the fixes (nothing fixed from it): P 1.000 / R 0.963 in both modes,
# with and without the url (the base: P 1.000 / R 0.741). The one miss is the dev set's: Chinese scientists
# "help" restore mountain forests, in Kyrgyz naming only China.
HELD_WRONG = {mode: {"r56h-ky-tokoy-jardam-rel"} for mode in MODES}


@rows(WITH_AND_WITHOUT_URL, with_and_without_url(PROBES_R56_DEV, DEV_WRONG))
def test_round56_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(WITH_AND_WITHOUT_URL, with_and_without_url(PROBES_R56_HELD, HELD_WRONG))
def test_round56_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


def test_round56_blind_sets_shape() -> None:
    """5 relevant and 3 hard negatives a language (dev), 3 and 2 (held out); the recorded errors are in the sets."""
    for probes, rel, neg in ((PROBES_R56_DEV, 5, 3), (PROBES_R56_HELD, 3, 2)):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert (sum(p[-1] for p in mine), sum(not p[-1] for p in mine)) == (rel, neg), lang
            assert all(p[0].endswith("-neg") is not p[-1] for p in mine), lang
    dev_ids, held_ids = {p[0] for p in PROBES_R56_DEV}, {p[0] for p in PROBES_R56_HELD}
    assert all(w <= dev_ids for w in (*DEV_WRONG_BEFORE.values(), *DEV_WRONG.values()))
    assert all(w <= held_ids for w in HELD_WRONG.values())


@rows(("title", "relevant"), [
    # real items of the families, decided relevant now (they were missed with 2026.12.81)
    ("h24-003", "Tajik metallurgists get Chinese diplomas for free", True),
    ("h20-081", "Hytaýyň ýokary okuw mekdeplerinde okamak isleýänleriň resminamalary kabul edilýär", True),
    # China's own science in a Central Asian language stays out
    ("kk-own-science-neg", "Қытай ғалымдары жаңа дәрі ойлап тапты", False),
    ("uzc-own-science-neg", "Хитой олимлари Ойга янги зонд юборди", False),
])
def test_round56_real_headlines(clf: Classifier, title: str, relevant: bool) -> None:
    assert decide(clf, "headline alone", {"title": title}) is relevant


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R56))
def test_round56_family_probes(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


def test_round56_probes_are_fresh() -> None:
    """No round-56 probe is a labelled text or an earlier probe's; none shares half its words (character
    pairs in Chinese) with one, nor with another of the round's; ids unique."""
    known = labelled_texts() | probe_texts("probes_r56")
    blind = [p[2] for p in PROBES_R56_DEV + PROBES_R56_HELD]
    fam = [p[1] for p in PROBES_R56]
    assert not repeats(blind, known)
    assert not repeats(fam, known | set(blind))
    mine = blind + fam
    assert not [(a, b) for i, a in enumerate(mine) for b in mine[i + 1:] if repeats([a], [b])]
    ids = [p[0] for p in PROBES_R56_DEV + PROBES_R56_HELD + PROBES_R56]
    assert len(ids) == len(set(ids)) == 143


def test_round56_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.82"
