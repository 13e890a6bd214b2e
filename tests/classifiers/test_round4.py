"""Round 4 of issue 12: each new term or rule, read both ways (a relevant headline and its
hard negative, or the term against its false friend)."""

from __future__ import annotations


from classifiers import Classifier

from .tables import rows, assert_reading, assert_decision

# (id, headline, expected decision)
DECISIONS = [
    # a Chinese university's own news: 来校 / 我校 stand for the university (and Chinese implies China)
    ("zh-delegation-came-to-our-university", "吉尔吉斯斯坦代表团来校访问", True),
    ("zh-visit-to-our-university", "哈萨克斯坦代表团到访我校", True),
    ("zh-russian-delegation-is-not-central-asia", "俄罗斯大学代表团来校交流", False),
    ("zh-ukraine-delegation", "乌克兰代表团来校访问", False),
    ("zh-kazakh-minority-teachers", "哈萨克族教师来校培训", False),
    # Chinese Bridge in Russian, Confucius Institute in Tajik
    ("ru-chinese-bridge-in-bishkek", "Конкурс «Китайский мост» прошёл в Бишкеке", True),
    ("ru-chinese-bridge-in-bangkok", "Конкурс «Китайский мост» прошёл в Бангкоке", False),
    ("ru-a-bridge-built-is-not-the-contest", "Китайский мост через Нарын построят в Кыргызстане", False),
    ("ru-chinese-bridge-final-in-tashkent", "Финал конкурса «Китайский мост» в Ташкенте", True),
    ("tg-confucius-institute", "Донишкадаи Конфутсий дар Донишгоҳи миллии Тоҷикистон", True),
    # Tajik spellings of Chinese universities and places
    ("tg-xinjiang-university-memorandum", "Донишгоҳи давлатии Хуҷанд бо Донишгоҳи Шинҷон ёддошт имзо кард", True),
    ("tg-students-at-lanzhou", "Донишҷӯёни тоҷик дар Донишгоҳи Ланҷоу таҳсил мекунанд", True),
    ("tg-peking-university-ranking-is-chinas-own-news", "Донишгоҳи Пекин дар рейтинги ҷаҳонӣ ҷои 14-ро гирифт", False),
    # Tajik and Turkmen visits and delegations are cooperation cues, as сапар / tashrif are
    ("tg-visit-students-in-xinjiang", "Сафар ба Чин: донишҷӯёни тоҷик дар Шинҷон", True),
    ("tg-delegation-on-energy", "Ҳайати Чин дар Душанбе лоиҳаҳои энергетикӣ муҳокима кард", False),
    ("tk-visit-trade-deals", "Hytaýa sapar: söwda şertnamalary baglaşyldy", False),
    # Tajik commerce is trade
    ("tg-visit-with-trade-agreements", "Сафари Президенти Тоҷикистон ба Чин: созишномаҳои тиҷоратӣ имзо шуданд", False),
    # signing agreements alone is not a science or education subject, in any language
    ("en-sign-agreements-alone", "Kazakhstan and China sign agreements", False),
    ("ru-sign-agreements-alone", "Казахстан и Китай подписали соглашения", False),
    ("zh-sign-agreement-alone", "中哈签署合作协议", False),
    ("tg-sign-agreements-alone", "Тоҷикистон ва Чин созишномаҳо имзо карданд", False),
    ("zh-sign-education-agreement", "中哈签署教育合作协议", True),
    ("en-sign-agreement-on-joint-lab", "Kazakhstan and China sign agreement on joint laboratory", True),
    # mutual recognition of diplomas is education; a diploma awarded is not
    ("ru-recognition-of-diplomas", "Казахстан и Китай подписали соглашение о взаимном признании дипломов", True),
    ("en-recognition-of-diplomas", "Kazakhstan, China sign agreement on mutual recognition of diplomas", True),
    ("ru-awarded-a-diploma", "Спортсмен из Казахстана награждён дипломом в Китае", False),
    # acronyms of Central Asian universities
    ("ru-tashguv", "ТашГУВ и Пекинский университет иностранных языков подписали меморандум", True),
    ("ru-tashguv-with-korea", "ТашГУВ и Сеульский университет подписали меморандум", False),
    ("uz-cyrl-tdshu", "ТДШУ ва Пекин университети ҳамкорлик", True),
    ("uz-toshdtu", "ToshDTU va Xitoy universiteti hamkorlik memorandumi", True),
    ("ru-targu", "ТарГУ и китайский вуз подписали соглашение", True),
]


@rows(("title", "expected"), DECISIONS)
def test_round4_decisions(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("zh-our-university", "我校举办开放日", "university", True),
    ("zh-self-correction-is-not-our-university", "学生自我校正学习方法", "university", False),
    ("zh-came-to-the-university", "专家来校讲座", "university", True),
    ("tg-lanzhou-with-ezafe", "Дарси кушод дар Донишгоҳи давлатии Ланджоуи Чин", "china", True),
    ("tg-prc-variant", "Ҷумҳурии Халқии Чин", "china", True),
    ("en-ili-pedagogical-university", "Memorandum with Ili Pedagogical University", "china", True),
    ("tg-trade", "ҳамкориҳои тиҷоратӣ", "trade", True),
    ("tg-chance-is-not-shanxi", "Шанси хуб барои донишҷӯён", "china", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round4_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)
