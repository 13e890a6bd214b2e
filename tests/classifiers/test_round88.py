"""Round 88 of issue 12: Chinese technology companies' coding schools, aviation cadets trained in China, conservatories
and art academies (docs/classifier.md, "Round 88 of issue 12"). A coding or programming school, course or academy, an
IT school and digital-skills training are training in technology (vocational), so company_programme reads Huawei, ZTE
or Alibaba beside them as the programme's owner, in every language (en coding school, ru школа программирования, zh
编程学校, kk бағдарламалау мектебі, ky программалоо / коддоо академиясы, uz dasturlash / kodlash kurslari and дастурлаш
курслари, tg мактаби барномасозӣ, tk kodlaşdyrma kurslary); cadet pilots and pilots' training are training (en cadet
pilots, ru лётная подготовка, zh 飞行学员, kk ұшқыштарды даярлау, ky учкучтарды даярдоо, uz uchuvchi kursantlar, tg тайёр
кардани халабонҳо, tk uçarmanlary taýýarlamak), a flight school a university; a conservatory is a university in every
language, its orchestra's or choir's performance a culture event. The gazetteer names the aviation universities (CAUC,
CAFUC, NUAA), Guanghan and the conservatories of both sides. The READINGS table reads each form both ways; the blind
sets (probes_r88_dev, probes_r88_held) are decided on their url and without it, in both modes; ten of round 83's
misses move to test_round83.FIXED_LATER (one to FIXED_LATER_WITHOUT_URL)."""

from __future__ import annotations

from classifiers import Classifier

from .probes_r88_dev import PROBES_R88_DEV
from .probes_r88_held import PROBES_R88_HELD
from .tables import assert_decision, assert_fresh_blind, assert_reading, decide, probe_rows, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("en-coding-school", "Coding school opens in Osh", "vocational", True),
    ("en-coding-error-is-not", "Coding error delays tax refunds in Osh", "vocational", False),
    ("en-it-course", "IT courses for girls start in Osh", "vocational", True),
    ("en-digital-skills", "Digital skills training begins in Osh", "vocational", True),
    ("en-conservatory", "Conservatory students meet in Osh", "university", True),
    ("en-conservators-are-not", "Museum conservators restore a carpet in Osh", "university", False),
    ("en-cadet-pilots", "Cadet pilots graduate in Osh", "vocational", True),
    ("en-pilots-strike-is-not", "Airline pilots strike in Osh", "vocational", False),
    ("en-orchestra", "Orchestra plays in Osh", "culture_event", True),
    ("en-orchestrated-is-not", "Orchestrated protest in Osh", "culture_event", False),
    ("ru-shkola-programmirovaniya", "Школа программирования открылась в Оше", "vocational", True),
    ("ru-oshibka-programmirovaniya-is-not", "Ошибка программирования остановила банкоматы в Оше", "vocational", False),
    ("ru-it-shkola", "В Оше открылась IT-школа", "vocational", True),
    ("ru-konservatoriya", "Студенты консерватории приехали в Ош", "university", True),
    ("ru-konservatory-are-not", "Консерваторы победили на выборах", "university", False),
    ("ru-letnaya-podgotovka", "Лётная подготовка курсантов началась в Оше", "vocational", True),
    ("ru-letchik-is-not", "Лётчик посадил самолёт в Оше", "vocational", False),
    ("ru-orkestr", "Оркестр выступил в Оше", "culture_event", True),
    ("ru-horosho-is-not", "В Хорезме хорошо уродился хлопок", "culture_event", False),
    ("zh-biancheng-xuexiao", "编程学校在奥什开学", "vocational", True),
    ("zh-biancheng-cuowu-is-not", "编程错误导致系统故障", "vocational", False),
    ("zh-yinyue-xueyuan", "音乐学院学生来访", "university", True),
    ("zh-yinyuehui-is-not", "奥什举行音乐会", "university", False),
    ("zh-feixing-xueyuan", "飞行学员在天津结业", "vocational", True),
    ("zh-feixingyuan-is-not", "飞行员驾驶客机降落", "vocational", False),
    ("kk-bagdarlamalau-mektebi", "Бағдарламалау мектебі ашылды", "vocational", True),
    ("kk-bagdarlamalau-qatesi-is-not", "Бағдарламалау қатесі банкті тоқтатты", "vocational", False),
    ("kk-konservatoriya", "Консерватория студенттері келді", "university", True),
    ("kk-konservatorlar-is-not", "Консерваторлар сайлауда жеңді", "university", False),
    ("kk-ushqyshtardy-dayarlau", "Ұшқыштарды даярлау басталды", "vocational", True),
    ("kk-ushqysh-is-not", "Ұшқыш ұшақты қондырды", "vocational", False),
    ("ky-koddoo-akademiyasy", "Коддоо академиясы ачылды", "vocational", True),
    ("ky-programmaloo-katasy-is-not", "Программалоо катасы табылды", "vocational", False),
    ("ky-konservatoriya", "Консерваториянын студенттери келишти", "university", True),
    ("ky-konservatorlor-is-not", "Консерваторлор шайлоодо жеңишти", "university", False),
    ("ky-uchkuchtardy-dayardoo", "Учкучтарды даярдоо башталды", "vocational", True),
    ("ky-uchkuch-is-not", "Учкуч учакты кондурду", "vocational", False),
    ("uz-dasturlash-kurslari", "Dasturlash kurslari ochildi", "vocational", True),
    ("uz-dasturlash-xatosi-is-not", "Dasturlash xatosi topildi", "vocational", False),
    ("uz-konservatoriya", "Konservatoriya talabalari keldi", "university", True),
    ("uz-konservatorlar-is-not", "Konservatorlar saylovda yutdi", "university", False),
    ("uz-parvoz-maktabi", "Parvoz maktabida o'qish boshlandi", "university", True),
    ("uz-parvoz-is-not", "Toshkentdan parvoz kechikdi", "university", False),
    ("uzc-kodlash-kurslari", "Кодлаш курслари очилди", "vocational", True),
    ("uzc-dasturlash-xatosi-is-not", "Дастурлаш хатоси топилди", "vocational", False),
    ("uzc-konservatoriya", "Консерватория талабалари келди", "university", True),
    ("uzc-konservatorlar-is-not", "Консерваторлар сайловда ютди", "university", False),
    ("uzc-uchuvchi-kursantlar", "Учувчи курсантлар ўқишни бошлади", "vocational", True),
    ("uzc-uchuvchi-is-not", "Учувчи самолётни қўндирди", "vocational", False),
    ("tg-maktabi-barnomasozi", "Мактаби барномасозӣ кушода шуд", "vocational", True),
    ("tg-barnomasozi-is-not", "Барномасозӣ дар бонк хато кард", "vocational", False),
    ("tg-konservatoriya", "Донишҷӯёни консерватория омаданд", "university", True),
    ("tg-konservatorho-are-not", "Консерваторҳо дар интихобот ғолиб шуданд", "university", False),
    ("tg-tayyor-kardani-halabonho", "Тайёр кардани халабонҳо оғоз шуд", "vocational", True),
    ("tg-halabon-is-not", "Халабон ҳавопайморо фуруд овард", "vocational", False),
    ("tk-kodlasdyrma-kurslary", "Kodlaşdyrma kurslary açyldy", "vocational", True),
    ("tk-programmirleme-is-not", "Programmirleme ýalňyşlygy tapyldy", "vocational", False),
    ("tk-konserwatoriya", "Konserwatoriýanyň talyplary geldi", "university", True),
    ("tk-konserwatorlar-is-not", "Konserwatorlar saýlawda ýeňdi", "university", False),
    ("tk-ucarmanlary-tayyarlamak", "Uçarmanlary taýýarlamak başlandy", "vocational", True),
    ("tk-ucarman-is-not", "Uçarman uçary gondy", "vocational", False),
    ("kk-it-mektebi", "Астанада IT-мектебі ашылды", "vocational", True),
    ("kk-at-is-not", "Ат мектебі ашылды", "vocational", False),
    ("uz-it-maktabi", "Samarqandda IT-maktabi ochildi", "vocational", True),
    ("tk-it-mekdebi", "Daşoguzda IT mekdebi açyldy", "vocational", True),
    ("tk-it-dog-is-not", "It mekdebiň howlusyna girdi", "vocational", False),
    ("ru-kurmangazy", "Консерватория имени Курмангазы отметила юбилей", "kz", True),
    ("tg-sattorov", "Консерваторияи ба номи Талабҳоҷа Сатторов ҷашн гирифт", "tj", True),
    ("uz-guanxan", "Guanxanda yangi bino qurildi", "china", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round88_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


DECISIONS = [
    ("en-huawei-coding-school", "Huawei opens coding school in Almaty", True),
    ("ru-konservatorii-memorandum", "Консерватория имени Курмангазы и Шанхайская консерватория подписали меморандум", True),
    ("en-pianists-masterclass", "Chinese pianists give masterclass at Kyrgyz National Conservatory", True),
    ("ru-shanhai-studenty", "Шанхайская консерватория приняла студентов из Таджикистана", True),
    ("en-huawei-tablets-is-not", "Huawei supplies tablets to schools in Bishkek", False),
    ("en-turkish-coding-school-is-not", "Turkish coding school opens in Almaty", False),
    ("en-korean-cadets-is-not", "Korean Air trains Uzbek cadet pilots", False),
    ("en-orchestra-concert-is-not", "Kazakh conservatory orchestra gives concert in Beijing", False),
    ("ru-orkestr-vystupil-is-not", "Оркестр Казахской национальной консерватории выступил в Пекине", False),
    ("en-xinghai-tour-is-not", "Xinghai Conservatory orchestra tours Kazakhstan", False),
    ("zh-yuetuan-yanchu-is-not", "中央音乐学院交响乐团在阿拉木图演出", False),
    ("en-planes-is-not", "Kyrgyz airline buys Chinese planes to train pilots", False),
]


@rows(("title", "expected"), DECISIONS)
def test_round88_decision(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


# Dev before the fixes (base 2026.12.99.9.9.8): P 1.000 / R 0.722 in both modes with the url, 1.000 / 0.667 without (missed
# the Kyrgyz conservatory's master class at Xinghai, ZTE's IT school in Bishkek, Huawei's programming courses in Tashkent
# and Dushanbe, Chinese pianists' master class at the Tashkent conservatory; without the url also the Kurmangazy students'
# internship in Beijing). After: every item right.
DEV_WRONG: set[str] = set()
# Held-out, measured once after the fixes (nothing fixed from it): P 1.000 / R 1.000 in both modes, with and without the
# url (the base 1.000 / 0.722). Its writer also wrote the fixes: the gazetteer's Xinghai and Central Conservatory names
# (all nine languages) read two of its five base misses, so the figure is the writer's, not an outsider's.
HELD_WRONG: set[str] = set()


@rows(("mode", "title", "summary", "url", "expected"), probe_rows(PROBES_R88_DEV, DEV_WRONG))
def test_round88_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None,
                                 expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(("mode", "title", "summary", "url", "expected"), probe_rows(PROBES_R88_HELD, HELD_WRONG))
def test_round88_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None,
                                  expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


def test_round88_probes_are_fresh() -> None:
    """No round-88 headline is a labelled text or an earlier probe's, nor shares half its words with one, nor with
    another of the sets. Rounds 87, 89, 90 and 91 were written at the same time by other writers."""
    assert_fresh_blind(PROBES_R88_DEV + PROBES_R88_HELD, "probes_r88", "probes_r87", "probes_r89", "probes_r90", "probes_r91")


def test_round88_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.99.9.9.9.1"
