"""Round 3 of issue 12: the new terms match what they mean and not their false friends."""

from __future__ import annotations


from classifiers import Classifier

from .tables import rows, assert_reading

# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("ru-posol-ambassador", "Посол Китая посетил университет", "cooperation", True),
    ("ru-posle-is-after", "После встречи стороны обсудили торговлю", "cooperation", False),
    ("uz-grant-suffix", "Xitoy grantlari e'lon qilindi", "student_exchange", True),
    ("en-granted-is-not-a-grant", "The court granted the appeal", "student_exchange", False),
    ("kk-study-in-china", "Қытайда оқудың қыр-сыры", "student_exchange", True),
    ("kk-incident-in-china-is-not-study", "Қытайда оқиға болды", "student_exchange", False),
    ("uz-workshop", "O‘zbekistonda Xitoy ustaxonalari ochiladi", "vocational", True),
    ("ru-workshop-alone-is-not-vocational", "В Ташкенте открылась автомастерская", "vocational", False),
    ("ru-luban-genitive", "Открытие мастерских Лу Баня", "vocational", True),
    ("uz-prc-acronym-with-ending", "XXRning elchisi", "china", True),
    ("kk-arabic-uzbekistan", "قىتاي مەن وزبەكستان", "uz", True),
    ("zh-sco-alone-names-no-central-asia", "上合组织进校园活动", "central_asia", False),
    ("zh-sco-beside-a-country", "上合组织框架下哈萨克斯坦大学合作", "central_asia", True),
    ("ru-joint-institute-names-china", "Кыргызско-Китайский институт", "china", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round3_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)
