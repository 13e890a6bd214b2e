"""A place's English (pinyin) name takes the endings of the Latin-script Turkic languages (Uzbek,
Kazakh Latin, Turkmen), as those texts write it ("Tianjinda", "Bishkekte"): gazetteer.entry_terms
inflects it there. The English word itself and English words built on such a name read as before."""

from __future__ import annotations

from classifiers import Classifier

from .tables import assert_reading, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("uz-tianjin-locative", "Tianjinda o'qiyotgan talabalar", "china", True),
    ("uz-beijing-locative", "Beijingda bo'lib o'tgan forum", "china", True),
    ("uz-wuhan-locative", "Wuhanda tahsil olayotgan yoshlar", "china", True),
    ("uz-lanzhou-locative", "Lanzhouda o'qiyotgan talabalar", "china", True),
    ("uz-urumqi-locative", "Urumqida ilmiy anjuman", "china", True),
    ("uz-xinjiang-locative", "Xinjiangda o'tkazilgan ko'rgazma", "china", True),
    ("uz-kashgar-locative", "Kashgarda ochilgan markaz", "china", True),
    ("uz-samarkand-locative", "Samarkandda ochilgan laboratoriya", "uz", True),
    ("kk-latin-bishkek-locative", "Bishkekte ótken konferentsiia", "kg", True),
    ("kk-latin-bishkek-ablative", "Bishkekten kelgen ǵalymdar", "kg", True),
    ("kk-latin-beijing-locative", "Beijingde oqıtyn stýdentter", "china", True),
    ("tk-tianjin-locative", "Tianjinde okaýan talyplar", "china", True),
    ("tk-tianjin-attributive", "Tianjindaky uniwersitet", "china", True),
    ("tk-tianjin-front-attributive", "Tianjindäki uniwersitetler", "china", True),
    ("tk-beijing-front-attributive", "Beijingdäki maslahat", "china", True),
    ("tk-ashgabat-locative", "Ashgabatda geçirilen maslahat", "tm", True),
    ("en-beijing-still-read", "a forum in Beijing", "china", True),
    ("en-tianjin-still-read", "Tianjin University", "china", True),
    ("en-shanghaied-not-read", "he was shanghaied into it", "china", False),
    ("en-harbinger-not-read", "a harbinger of change", "china", False),
    ("en-hamilton-not-read", "Hamilton College signs an agreement", "china", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_pinyin_place_names_inflect_in_latin_turkic(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)
