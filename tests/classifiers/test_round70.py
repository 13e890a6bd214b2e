"""Round 70 of issue 12: three of round 69's miss families read (docs/classifier.md, "Round 70 of issue 12").
A satellite built, assembled or designed is technology, as a launched one was (round 31): Russian "спутник
соберут", "сборка спутника"; Kazakh and Kyrgyz "спутник жасау", "серігін құрастыру"; Uzbek "yo'ldoshini yaratadi"
in both scripts; Turkmen "hemra ýasamak" and the country's own satellite, "türkmen hemrasy" (which still names
the Turkmen side); remote sensing in the Turkic languages (masofadan zondlash, қашықтықтан зондтау, uzakdan
zondlama) as the English and Russian already read it. The gazetteer's Tajik Academy of Sciences gained АМИТ (its
Tajik acronym; the agency credit "АМИТ «Ховар»" stays the hidden weight-0 term) and АН РТ; Harbin Institute of
Technology gained "Харбинский политех"; Turin Polytechnic University in Tashkent its Russian acronym ТТПУ (not
"Туринский политех": that is also the Politecnico di Torino). The READINGS table reads each form both ways. No
blind set this round: it reads round 69's measured set, whose fixed items moved to test_round69.FIXED_LATER."""

from __future__ import annotations

from classifiers import Classifier

from .tables import assert_decision, assert_reading, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("kk-satellite-assembled", "Қазақстан мен Қытай жерсерігін бірге құрастырады", "technology", True),
    ("kk-companion-is-not", "Ол серігімен бірге үй жасады", "technology", False),
    ("ky-satellite-built", "Кыргызстан менен Кытай спутник жасайт", "technology", True),
    ("uz-satellite-built", "O'zbekiston va Xitoy birgalikda yo'ldosh yaratadi", "technology", True),
    ("uzc-satellite-built", "Ўзбекистон Хитой билан биргаликда масофадан зондлаш йўлдошини яратади", "technology", True),
    ("uz-companion-is-not", "Shoir yo'ldoshi bilan birga kitob yaratdi", "technology", False),
    ("tk-satellite-built", "Türkmenistan Hytaý bilen bilelikde hemra ýasar", "technology", True),
    ("tk-turkmen-satellite", "Ikinji türkmen hemrasy hytaý inženerleriniň gatnaşmagynda ýasalar", "technology", True),
    ("tk-turkmen-satellite-names-tm", "Ikinji türkmen hemrasy hytaý inženerleriniň gatnaşmagynda ýasalar", "tm", True),
    ("tk-companion-is-not", "Ol hemrasy bilen bilelikde öý gurdy", "technology", False),
    ("uz-remote-sensing", "Qozog'iston va Xitoy masofadan zondlash markazini ochdi", "technology", True),
    ("kk-remote-sensing", "Қазақстан мен Қытай қашықтықтан зондтау орталығын ашты", "technology", True),
    ("tk-remote-sensing", "Türkmenistanyň we Hytaýyň alymlary uzakdan zondlama boýunça maslahatlaşdy", "technology", True),
    ("tg-amit-academy", "Олимони АМИТ ва Донишгоҳи Сингхуа созишнома имзо карданд", "research", True),
    ("tg-amit-khovar-credit-is-not-academy",
     "ДУШАНБЕ, 7.12.2026 /АМИТ «Ховар»/. Донишҷӯёни чинӣ ба Душанбе омаданд", "research", False),
    ("ru-an-rt-academy", "Учёные АН РТ и Китайской академии наук открыли лабораторию", "tj", True),
    ("ru-ttpu", "ТТПУ и Харбинский политех учредят институт робототехники", "uz", True),
    ("ru-harbin-polytech", "Студенты Харбинского политеха приехали в Ташкент", "china", True),
    ("ru-turin-polytech-is-not-uz", "Туринский политех в Италии принял студентов из Китая", "uz", False),
    ("ru-bare-polytech-is-not-china", "Политех обыграл Динамо в Бишкеке", "china", False),
]

# Decisions the concept alone does not show (the bare Russian спутник is already light technology): a satellite
# assembled with China is relevant, a satellite bought or satellite TV and internet sold are not.
DECISIONS = [
    ("ru-satellite-assembled", "Спутник для Узбекистана соберут китайские инженеры", True),
    ("ru-satellite-assembly", "Китай и Кыргызстан обсудили сборку спутника", True),
    ("ru-satellite-bought-is-not", "Казахстан купит спутник у китайской компании", False),
    ("ru-harvest-is-not", "Соберут урожай вместе с китайскими фермерами в Казахстане", False),
    ("ru-satellite-tv-is-not", "Туркменские операторы спутникового телевидения закупили китайские приставки", False),
    ("ru-satellite-internet-is-not", "Казахстан продаёт спутниковый интернет китайской компании", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round70_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


@rows(("title", "expected"), DECISIONS)
def test_round70_decision(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


def test_round70_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.99.7"
