"""Round 94 of issue 12: language and education resources (docs/classifier.md, "Round 94 of issue 12"). A
bilingual dictionary is a language subject in Kazakh and Kyrgyz before a vowel too (the voiced stem: сөздігі,
сөздүгү, as Turkmen sözlügi already was); a Chinese bilingual dictionary written by its pair (《汉吉大词典》,
哈汉词典, 汉乌俄词典) names China's side and its language topic, never the Central Asian side (汉哈 dictionaries are
printed in Xinjiang for China's own Kazakhs, 汉乌 is also Chinese–Ukrainian): that side must be named beside it.
China's own minority schools are domestic in every language when a Xinjiang city or Ili prefecture is their place
(Қашқардағы өзбек мектептері, Qashqardagi o'zbek maktablari, школы Илийского округа, 哈萨克语学校). The READINGS
table reads each form both ways; the blind sets (probes_r94_dev, probes_r94_held) are decided on their url and
without it, in both modes; holdout18's h18-031 (《汉哈大辞典》首发式在哈萨克斯坦...) is decided right on its headline and
leaves test_round26's misses."""

from __future__ import annotations

from classifiers import Classifier

from .probes_r94_dev import PROBES_R94_DEV
from .probes_r94_held import PROBES_R94_HELD
from .tables import assert_decision, assert_fresh_blind, assert_reading, decide, probe_rows, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # the dictionary before a vowel (kk, ky; tk sözlügi, uz lug'ati, tg луғати, ru словаря, zh 词典 were read)
    ("kk-sozdigi", "Қазақ-қытай сөздігі Астанада таныстырылды", "language_culture", True),
    ("kk-sozi-is-not", "Елшінің сөзі Астанада талқыланды", "language_culture", False),
    ("ky-sozdugu", "Кыргыз-кытай сөздүгү Ошто тааныштырылды", "language_culture", True),
    ("ky-sozu-is-not", "Элчинин сөзү Ошто талкууланды", "language_culture", False),
    ("tk-sozlugi", "Türkmen-hytaý sözlügi Marda tanyşdyryldy", "language_culture", True),
    ("uz-lugati", "O'zbek-xitoy lug'ati Namanganda taqdim etildi", "language_culture", True),
    ("uzc-lughati", "Ўзбек-хитой луғати Наманганда тақдим этилди", "language_culture", True),
    ("tg-lughati", "Луғати тоҷикӣ-чинӣ дар Кӯлоб пешниҳод шуд", "language_culture", True),
    ("ru-slovarya", "Презентация казахско-китайского словаря прошла в Актобе", "language_culture", True),
    ("en-dictionary", "Kyrgyz–Chinese dictionary presented in Osh", "language_culture", True),
    # the Chinese pair names China, not the Central Asian side
    ("zh-hanwu-cidian-china", "《汉乌大词典》在撒马尔罕首发", "china", True),
    ("zh-hanwu-cidian-not-uz", "《汉乌大词典》再版", "uz", False),
    ("zh-hata-cidian-china", "塔汉词典编纂工作启动", "china", True),
    ("zh-hanha-cidian-not-kz", "《汉哈词典》再版", "kz", False),
    ("zh-haeying-is-not-china", "学者编写《哈俄英词典》", "china", False),
    ("zh-hanha-cidian-topic", "哈汉大辞典出版", "language_culture", True),
    # China's own minority schools, by a Xinjiang city or Ili prefecture; the city's schools alone are not
    ("en-kazakh-schools-in-kashgar", "Kazakh-language schools in Kashgar get new teachers", "domestic", True),
    ("en-schools-in-kashgar-is-not", "Uzbek teachers visit schools in Kashgar", "domestic", False),
    ("en-ili-prefecture", "New textbooks for Ili prefecture", "domestic", True),
    ("ru-iliiskii-okrug", "Новые учебники для школ Илийского округа", "domestic", True),
    ("ru-iliiskii-raion-is-not", "Новые учебники для школ Илийского района", "domestic", False),
    ("ru-shkoly-kashgara", "Узбекские школы Кашгара получили учебники", "domestic", True),
    ("zh-hayu-xuexiao", "哈萨克语学校开学", "domestic", True),
    ("zh-hasakesitan-xuexiao-is-not", "哈萨克斯坦学校开学", "domestic", False),
    ("kk-qashqardagy-ozbek", "Қашқардағы өзбек мектептеріне оқулық келді", "domestic", True),
    ("kk-qashqardagy-mektep-is-not", "Қашқардағы мектептерге оқулық келді", "domestic", False),
    ("kk-ile-oblysy", "Іле облысының мектептеріне оқулық келді", "domestic", True),
    ("kk-ile-audany-is-not", "Іле ауданының мектептеріне оқулық келді", "domestic", False),
    ("ky-kashkardagy-kyrgyz", "Кашкардагы кыргыз мектептерине окуу китептери келди", "domestic", True),
    ("ky-kashkardagy-mektep-is-not", "Кашкардагы мектептерге окуу китептери келди", "domestic", False),
    ("ky-ile-oblusu", "Иле облусунун мектептерине окуу китептери келди", "domestic", True),
    ("uz-qashqardagi-ozbek", "Qashqardagi o'zbek maktablariga darsliklar keldi", "domestic", True),
    ("uz-qashqardagi-maktab-is-not", "Qashqardagi maktablarga darsliklar keldi", "domestic", False),
    ("uzc-qashqardagi-ozbek", "Қашқардаги ўзбек мактабларига дарсликлар келди", "domestic", True),
    ("uzc-qashqardagi-maktab-is-not", "Қашқардаги мактабларга дарсликлар келди", "domestic", False),
    ("tk-kasgardaky-ozbek", "Kaşgardaky özbek mekdeplerine okuw kitaplary geldi", "domestic", True),
    ("tk-kasgardaky-mekdep-is-not", "Kaşgardaky mekdeplere okuw kitaplary geldi", "domestic", False),
    ("tg-maktabhoi-uzbekii-koshghar", "Ба мактабҳои ӯзбекии Кошғар китобҳои дарсӣ омаданд", "domestic", True),
    ("tg-maktabhoi-koshghar-is-not", "Ба мактабҳои Кошғар китобҳои дарсӣ омаданд", "domestic", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round94_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


DECISIONS = [
    ("zh-hanta-cidian-dushanbe", "《汉塔词典》在杜尚别国立大学首发", True),
    ("kk-sozdik-astana", "Қазақ-қытай сөздігі Астанада таныстырылды", True),
    ("ky-sozduk-beijing", "Кыргыз-кытай сөздүгү Пекинде басылып чыкты", True),
    ("zh-hanha-ili-is-not", "《汉哈词典》在伊犁出版", False),
    ("uz-qashqar-qirgiz-is-not", "Qashqardagi qirg'iz maktablariga Xitoy darsliklari keldi", False),
    ("ky-kashkar-kyrgyz-is-not", "Кашкардагы кыргыз мектептерине жаңы окуу китептери келди", False),
    ("ru-ili-uchebniki-is-not", "Синьцзян издал казахские учебники для школ Илийского округа", False),
]


@rows(("title", "expected"), DECISIONS)
def test_round94_decision(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


# Dev before the fixes (base 2026.12.99.9.9.9.5): P 0.889 / R 0.889 in both modes, with and without the url (missed
# "Кыргыз-кытай сөздүгү Бишкекте жарык көрдү" and "《汉吉大词典》在比什凯克首发"; took Xinjiang's "казахско-китайский
# словарь для школ Илийского округа" and "Qashqardagi o'zbek maktablari yangi darsliklar oldi"). After: every item right.
DEV_WRONG: set[str] = set()
# Held-out, measured once after the fixes (nothing fixed from it): P 0.947 / R 1.000 in both modes, with and without
# the url (the base 0.900 / 1.000). Took "Xinjiang Education Press prints Kazakh-language textbooks for Ili schools"
# (Ili's schools are not read as domestic in English; the ethnic adjective reads as Kazakhstan).
HELD_WRONG_MEASURED = {"r94h-en-ili-textbooks-neg"}
# Later rounds that decide one of the measured misses right move it here (no longer honest), with the round.
FIXED_LATER: dict[str, str] = {}
HELD_WRONG = HELD_WRONG_MEASURED - set(FIXED_LATER)


@rows(("mode", "title", "summary", "url", "expected"), probe_rows(PROBES_R94_DEV, DEV_WRONG))
def test_round94_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None,
                                 expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(("mode", "title", "summary", "url", "expected"), probe_rows(PROBES_R94_HELD, HELD_WRONG))
def test_round94_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None,
                                  expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


def test_round94_probes_are_fresh() -> None:
    """No round-94 headline is a labelled text or an earlier probe's, nor shares half its words with one, nor with
    another of the sets. Rounds 88, 92, 93 and 95 were written at the same time by other writers."""
    assert_fresh_blind(PROBES_R94_DEV + PROBES_R94_HELD, "probes_r94", "probes_r88", "probes_r92", "probes_r93", "probes_r95")


def test_round94_fixed_later_were_measured_wrong() -> None:
    assert set(FIXED_LATER) <= HELD_WRONG_MEASURED


def test_round94_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.99.9.9.9.8"
