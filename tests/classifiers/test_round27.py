"""Round 27 of issue 12: the sixth blind headline set (probes_r27.PROBES_R27: people, results and
announcements — honorary doctorates, olympiad medals, translations published, internships, instruments
donated, expeditions ended — written before the rules were run on them), decided as the round-27 rules
decide them with the headline alone; the families read off its misses (meteorology's instruments,
services and forecasting systems as the science, not the weather; the hydrometeorological agencies in
their Russian cases; telemedicine; dictionaries; China's classics naming China; a business incubator;
locusts and plant protection in the Turkic and Tajik lists; the Pamirs in Tajik; Mary with a Turkmen
ending; a Turkmen internship; a national team in a school subject) read both ways; the family probes;
and the probes kept fresh: none is a labelled item's title or an earlier probe, nor shares half its
words with one."""

from __future__ import annotations


from classifiers import Classifier

from .probes_r20 import PROBES_R20, PROBES_R20_FAMILIES
from .probes_r21 import PROBES_R21, PROBES_R21_FAMILIES
from .probes_r22 import PROBES_R22, PROBES_R22_FAMILIES
from .probes_r23 import PROBES_R23, PROBES_R23_FAMILIES
from .probes_r24 import PROBES_R24, PROBES_R24_FAMILIES
from .probes_r25 import PROBES_R25, PROBES_R25_FAMILIES
from .probes_r27 import PROBES_R27, PROBES_R27_FAMILIES
from .tables import assert_decision, assert_reading, decide, labelled_texts, repeats, rows
from .test_round20 import EARLIER_PROBES

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # meteorology's instruments, services and forecasting systems are the science; the weather is not
    ("en-weather-radars-are-environment", "weather radars", "environment", True),
    ("en-weather-radars-are-technology", "weather radars", "technology", True),
    ("en-weather-radars-are-not-weather", "weather radars", "weather", False),
    ("en-weather-forecast-is-weather", "weather forecast for the weekend", "weather", True),
    ("en-weather-forecast-is-not-environment", "weather forecast for the weekend", "environment", False),
    ("ru-weather-stations-are-technology", "автоматические метеостанции", "technology", True),
    ("ru-meteo-radar-is-environment", "метеорологических радаров", "environment", True),
    ("ru-forecast-system-is-not-weather", "системы прогнозирования погоды", "weather", False),
    ("ru-weather-is-weather", "прогноз погоды на выходные", "weather", True),
    ("ru-weather-is-not-technology", "прогноз погоды на выходные", "technology", False),
    ("zh-weather-station-is-technology", "自动气象站", "technology", True),
    ("zh-numerical-forecast-is-not-weather", "数值天气预报", "weather", False),
    ("zh-weather-forecast-is-weather", "天气预报", "weather", True),
    ("zh-weather-forecast-is-not-technology", "天气预报", "technology", False),
    ("kk-meteo-station-is-technology", "метеорологиялық станциялар", "technology", True),
    ("kk-forecast-system-is-not-weather", "ауа райын болжау жүйесін", "weather", False),
    ("kk-weather-is-weather", "ауа райы суытады", "weather", True),
    ("ky-meteo-radar-is-technology", "метеорологиялык радар", "technology", True),
    ("ky-weather-is-not-environment", "аба ырайы", "environment", False),
    ("uz-forecast-system-is-technology", "ob-havo prognozi tizimi", "technology", True),
    ("uz-forecast-system-is-not-weather", "ob-havo prognozi tizimi", "weather", False),
    ("uz-weather-is-weather", "ob-havo sovuq bo'ladi", "weather", True),
    ("uzc-forecast-system-is-environment", "об-ҳаво прогнози тизимини", "environment", True),
    ("tg-weather-stations-are-technology", "20 истгоҳи автоматии обу ҳаво", "technology", True),
    ("tg-weather-is-not-environment", "обу ҳаво хунук мешавад", "environment", False),
    ("tk-meteo-station-is-technology", "meteostansiýa gurnadylar", "technology", True),
    # the hydrometeorological agencies in their Russian cases and the Uzbek Cyrillic script
    ("ru-uzhydromet-dative-is-uz", "Узгидромету", "uz", True),
    ("ru-kazhydromet-genitive-is-kz", "данные Казгидромета", "kz", True),
    ("uzc-uzhydromet-is-uz", "Ўзгидромет", "uz", True),
    ("ru-tajikhydromet-is-tj", "Таджикгидромет", "tj", True),
    # telemedicine is medicine and technology at full weight; a hospital is neither technology
    ("en-telemedicine-is-health", "telemedicine", "health", True),
    ("en-telemedicine-is-technology", "telemedicine", "technology", True),
    ("en-hospital-is-not-technology", "hospital", "technology", False),
    ("ru-telemedicine-is-health", "сеанс телемедицины", "health", True),
    ("zh-remote-medicine-is-technology", "远程医疗中心", "technology", True),
    ("uz-telemedicine-is-health", "telemeditsina seansi", "health", True),
    ("tg-telemedicine-is-health", "Барномаи телетиббӣ", "health", True),
    ("tk-telemedicine-is-technology", "telemedisina arkaly", "technology", True),
    # a dictionary is a language subject; "словарный запас" (vocabulary) and the bare word are not read so
    ("en-dictionary-is-language", "Kazakh-Chinese dictionary", "language_culture", True),
    ("ru-dictionary-is-language", "китайско-таджикский словарь", "language_culture", True),
    ("ru-slovarny-is-not-dictionary", "словарный", "language_culture", False),
    ("zh-dictionary-is-language", "汉哈词典", "language_culture", True),
    ("kk-dictionary-is-language", "қазақша-қытайша сөздік", "language_culture", True),
    ("ky-dictionary-is-language", "кыргызча-кытайча сөздүк", "language_culture", True),
    ("uz-dictionary-is-language", "xitoycha-o'zbekcha lug'at", "language_culture", True),
    ("tk-dictionary-genitive-is-language", "türkmen-hytaý sözlügi", "language_culture", True),
    # China's classics name China; "Tao" or "Dao" alone do not
    ("en-tao-te-ching-is-china", "Tao Te Ching", "china", True),
    ("en-analects-is-language", "the Analects", "language_culture", True),
    ("en-tao-alone-is-not-china", "Tao", "china", False),
    ("ru-dao-de-jing-is-china", "«Дао дэ цзин»", "china", True),
    ("zh-lunyu-is-china", "《论语》哈萨克文版", "china", True),
    ("zh-daodejing-is-language", "道德经", "language_culture", True),
    # a business incubator is the incubator, not business (a business forum still is)
    ("ru-business-incubator-is-technology", "бизнес-инкубатор", "technology", True),
    ("ru-business-incubator-is-not-trade", "бизнес-инкубатор", "trade", False),
    ("ru-business-forum-is-trade", "бизнес-форум", "trade", True),
    ("en-business-incubator-is-not-trade", "business incubator", "trade", False),
    # locusts and plant protection (not malachite)
    ("kk-locust-is-agriculture", "шегірткеге қарсы", "agriculture", True),
    ("ky-locust-is-agriculture", "чегирткеге каршы", "agriculture", True),
    ("uz-locust-is-agriculture", "chigirtkaga qarshi", "agriculture", True),
    ("uzc-plant-protection-is-agriculture", "ўсимликларни ҳимоя қилиш", "agriculture", True),
    ("tg-locust-is-agriculture", "мубориза бо малах", "agriculture", True),
    ("tg-malachite-is-not-agriculture", "малахит", "agriculture", False),
    ("tk-locust-dative-is-agriculture", "çekirtgä garşy", "agriculture", True),
    # the Pamirs in Tajik spelling name Tajikistan; the Russian "помирились" (reconciled) does not
    ("tg-pomir-is-tj", "пиряхҳои Помир", "tj", True),
    ("tg-pomirro-is-tj", "роҳи Помирро", "tj", True),
    ("ru-pomirilis-is-not-tj", "они помирились", "tj", False),
    # Mary with a Turkmen ending is the place; the bare Mary (an English name) is not
    ("tk-marynyn-is-tm", "Marynyň ýaş alymlary", "tm", True),
    ("tk-marydaky-is-tm", "Marydaky institut", "tm", True),
    ("en-mary-alone-is-not-tm", "Mary and her students", "tm", False),
    # a Turkmen internship
    ("tk-tejribe-okuwy-is-students", "tejribe okuwyny geçdi", "student_exchange", True),
    ("tk-okuw-alone-is-not-students", "okuw", "student_exchange", False),
    # a national team in a school subject is education, not sport; in football it is sport
    ("ru-informatics-team-is-education", "Сборная Туркменистана по информатике", "education_policy", True),
    ("ru-informatics-team-is-not-sport", "Сборная Туркменистана по информатике", "sport", False),
    ("ru-informatics-team-keeps-tm", "Сборная Туркменистана по информатике", "tm", True),
    ("ru-football-team-is-sport", "Сборная Туркменистана по футболу", "sport", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round27_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# The blind set's misses with the round-25 rules (2026.12.28), headline alone, for the record.
MISSED_BEFORE = {
    "r27-en-abai-translation", "r27-en-telemedicine-mary", "r27-en-weather-radars", "r27-ru-daodejing-kyrgyz",
    "r27-ru-tm-informatics-camp", "r27-ru-incubator-kz", "r27-ru-kg-weather-stations", "r27-zh-uz-telemedicine",
    "r27-zh-analects-kazakh", "r27-ky-weather-radar", "r27-uz-locust-drones", "r27-uz-dictionary",
    "r27-uz-telemedicine", "r27-uzc-uzhydromet", "r27-tg-pamir-glaciers-satellite", "r27-tg-telemedicine",
    "r27-tg-weather-stations", "r27-tk-mary-young-scientists", "r27-tk-telemedicine",
}
# ... and the one the round-27 rules still miss (docs/classifier.md, "Round 27 of issue 12"): Abai by his
# name alone names no side (the gazetteer leaves the poet out: China's own Kazakh translators publish him).
STILL_MISSED = {"r27-en-abai-translation"}


@rows(("pid", "headline", "relevant"), [(p[0], *p) for p in PROBES_R27 if p[0] not in STILL_MISSED])
def test_round27_blind_headline_alone(clf: Classifier, pid: str, headline: str, relevant: bool) -> None:
    assert decide(clf, "headline alone", {"title": headline}) is relevant


@rows(("pid", "headline", "relevant"), [(p[0], *p) for p in PROBES_R27 if p[0] in STILL_MISSED])
def test_round27_known_misses_stay(clf: Classifier, pid: str, headline: str, relevant: bool) -> None:
    """Recorded as they are, so a later change that catches them shows here (and in the docs)."""
    assert relevant
    assert decide(clf, "headline alone", {"title": headline}) is False


def test_round27_missed_before_are_relevant() -> None:
    labels = {p[0]: p[2] for p in PROBES_R27}
    assert all(labels[m] for m in MISSED_BEFORE) and STILL_MISSED <= MISSED_BEFORE


# A family probe the round-27 rules miss: forecasters (синоптиктер, as the Russian синоптики) stay a
# weather word — they are the people of the weekend forecast — so a forecasting system handed to
# forecasters is outweighed in a headline; a key cannot tell them from forecasters promising snow.
FAMILY_MISSES = {"r27f-kk-forecast-system"}


@rows(("pid", "headline", "relevant"), [(p[0], *p) for p in PROBES_R27_FAMILIES])
def test_round27_family_probes(clf: Classifier, pid: str, headline: str, relevant: bool) -> None:
    assert_decision(clf, headline, relevant and pid not in FAMILY_MISSES)


def test_round27_family_misses_are_relevant() -> None:
    labels = {p[0]: p[2] for p in PROBES_R27_FAMILIES}
    assert all(labels[m] for m in FAMILY_MISSES)


def test_round27_blind_set_shape() -> None:
    """12 relevant and 8 hard negatives in each of the nine languages and scripts."""
    for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
        mine = [p for p in PROBES_R27 if p[0].split("-")[1] == lang]
        assert (sum(p[2] for p in mine), sum(not p[2] for p in mine)) == (12, 8), lang


def test_round27_probes_are_fresh() -> None:
    """No round-27 headline is a labelled item's title or summary (every set and the shared
    labelled_dev) or an earlier probe's headline; none shares half its words (character pairs in
    Chinese) with one, or with another round-27 headline; and no two share an id or a headline."""
    earlier = [p[1] for p in [*EARLIER_PROBES, *PROBES_R20, *PROBES_R20_FAMILIES, *PROBES_R21, *PROBES_R21_FAMILIES,
                              *PROBES_R22, *PROBES_R22_FAMILIES, *PROBES_R23, *PROBES_R23_FAMILIES, *PROBES_R24,
                              *PROBES_R24_FAMILIES, *PROBES_R25]]
    earlier += [p[0] for p in PROBES_R25_FAMILIES]
    mine = [*PROBES_R27, *PROBES_R27_FAMILIES]
    assert not repeats([p[1] for p in mine], labelled_texts() | set(earlier))
    among = [(p[0], q[0]) for i, p in enumerate(mine) for q in mine[i + 1:] if repeats([p[1]], [q[1]])]
    assert not among
    assert len({p[0] for p in mine}) == len(mine) and len({p[1].casefold() for p in mine}) == len(mine)
