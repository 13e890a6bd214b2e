"""Headline probes: a headline alone, in every language and script, relevant or a hard negative.

Written from how the field's outlets word their headlines (agency wires, university press
offices, ministries; Kazinform, UzA, Kabar, Khovar, TDH, Xinhua, university news pages), not
from the dev set. Each: (id, headline, relevant).
"""

from __future__ import annotations

HEADLINES: list[tuple[str, str, bool]] = [
    # --- English ------------------------------------------------------------
    ("en-joint-lab", "Uzbekistan and China launch joint laboratory", True),
    ("en-kaznu-tsinghua", "KazNU and Tsinghua University sign a memorandum", True),
    ("en-shakarim-xian", "Shakarim Cultural Research Center unveiled at China's Xi'an Jiaotong University", True),
    ("en-scholarships", "China to grant 200 scholarships to Kyrgyz students", True),
    ("en-luban", "Luban Workshop opens in Dushanbe", True),
    ("en-confucius", "Confucius Institute in Tashkent marks 20 years", True),
    ("en-turkmen-students", "Turkmen students start studies at Chinese universities", True),
    ("en-sino-kazakh-uni", "Sino-Kazakh university alliance holds first forum", True),
    ("en-ca-china-education", "China–Central Asia education ministers meet in Xi'an", True),
    ("en-glacier", "Chinese and Tajik scientists study Pamir glaciers", True),
    ("en-neg-trade", "Kazakhstan and China trade turnover hits record", False),
    ("en-neg-pipeline", "China and Turkmenistan agree on new gas pipeline line", False),
    ("en-neg-visa", "Uzbekistan extends visa-free regime for Chinese citizens", False),
    ("en-neg-football", "Kyrgyzstan beat China in Asian Cup qualifier", False),
    ("en-neg-korea", "Korean university opens branch in Tashkent", False),
    ("en-neg-asean", "China and ASEAN universities sign research pact", False),
    ("en-neg-railway", "China-Kyrgyzstan-Uzbekistan railway construction begins", False),
    # --- Russian ------------------------------------------------------------
    ("ru-lab", "Университеты Казахстана и Китая открыли совместную лабораторию", True),
    ("ru-scholarships", "Китай выделил стипендии студентам из Таджикистана", True),
    ("ru-ca-students", "Студенты из Центральной Азии будут учиться в китайских вузах", True),
    ("ru-kaznu", "В Казахском национальном университете открылся центр китайского языка", True),
    ("ru-academy", "Академия наук Узбекистана и Китайская академия наук подписали соглашение", True),
    ("ru-kg-cn-scientists", "Кыргызские и китайские ученые изучат ледники Тянь-Шаня", True),
    ("ru-luban", "В Ташкенте открылась мастерская Лубань", True),
    ("ru-tm-exchange", "Туркменистан и Китай расширяют обмен студентами", True),
    ("ru-neg-trade", "Товарооборот Казахстана и Китая вырос на 20%", False),
    ("ru-neg-gas", "Китай и Туркменистан обсудили поставки газа", False),
    ("ru-neg-russia", "Россия и Казахстан создадут центр ядерных исследований", False),
    ("ru-neg-football", "Сборная Узбекистана обыграла Китай", False),
    ("ru-neg-visa", "Казахстан и Китай ввели безвизовый режим", False),
    # --- Chinese ------------------------------------------------------------
    ("zh-zhongji", "中吉教育合作", True),
    ("zh-zhongtu", "中土两国大学签署合作备忘录", True),
    ("zh-zhongha-lab", "中哈联合实验室在阿拉木图揭牌", True),
    ("zh-lzu-kaznu", "兰州大学与哈萨克斯坦国立大学签署合作协议", True),
    ("zh-scholarship", "乌兹别克斯坦学生获中国政府奖学金", True),
    ("zh-luban-tj", "塔吉克斯坦鲁班工坊揭牌", True),
    ("zh-ca-universities", "中国—中亚高校联盟成立", True),
    ("zh-zhongwu-agri", "中乌农业科技合作示范园建成", True),
    ("zh-neg-trade", "中哈贸易额创历史新高", False),
    ("zh-neg-railway", "中吉乌铁路项目正式开工", False),
    ("zh-neg-pipeline", "中亚天然气管道累计输气突破5000亿立方米", False),
    ("zh-neg-ukraine", "中乌两国外长通电话 讨论乌克兰局势", False),
    ("zh-neg-africa", "中非科技创新合作论坛在武汉举行", False),
    # --- Kazakh (Cyrillic, Latin) -------------------------------------------
    ("kk-kaznu-lanzhou", "ҚазҰУ-да Ланчжоу университетінің өкілдерімен кездесу өтті", True),
    ("kk-lab", "Қазақстан мен Қытай ғалымдары бірлескен зертхана ашты", True),
    ("kk-grants", "Қытай қазақстандық студенттерге грант бөлді", True),
    ("kk-ca-universities", "Орталық Азия мен Қытай университеттері одақ құрды", True),
    ("kk-latn-lab", "Qazaqstan men Qytai ǵalymdary birlesken zerthana ashty", True),
    ("kk-neg-trade", "Қазақстан мен Қытай арасындағы тауар айналымы өсті", False),
    ("kk-neg-rail", "Қытайға жүк тасымалы артты: теміржол", False),
    # --- Uzbek (Latin, Cyrillic) --------------------------------------------
    ("uz-latn-lab", "O‘zbekiston va Xitoy olimlari qo‘shma laboratoriya ochdi", True),
    ("uz-latn-students", "Xitoy universitetlarida o‘zbekistonlik talabalar soni ortdi", True),
    ("uz-latn-2023", "Ōzbekiston va Xitoy universitetlari hamkorlik memorandumini imzoladi", True),
    ("uz-cyrl-centre", "Ўзбекистон ва Хитой олимлари қўшма тадқиқот марказини очди", True),
    ("uz-cyrl-exchange", "Ўзбекистон ва Хитой олий таълим муассасалари ўртасида академик алмашинув кенгаяди", True),
    ("uz-latn-neg-trade", "O‘zbekiston va Xitoy o‘rtasidagi savdo hajmi oshdi", False),
    ("uz-cyrl-neg-football", "Ўзбекистон терма жамоаси Хитойни мағлуб этди", False),
    # --- Kyrgyz ---------------------------------------------------------------
    ("ky-lab", "Кыргызстан менен Кытай университеттери биргелешкен лаборатория ачты", True),
    ("ky-students", "Кытайда окуган кыргызстандык студенттерге стипендия берилет", True),
    ("ky-neg-trade", "Кыргызстан менен Кытайдын соода жүгүртүүсү өстү", False),
    # --- Tajik ----------------------------------------------------------------
    ("tg-universities", "Донишгоҳҳои Тоҷикистон ва Чин созишномаи ҳамкорӣ имзо карданд", True),
    ("tg-students", "Донишҷӯёни тоҷик дар донишгоҳҳои Чин таҳсил мекунанд", True),
    ("tg-neg-energy", "Тоҷикистон ва Чин дар соҳаи энергетика ҳамкорӣ мекунанд", False),
    # --- Turkmen --------------------------------------------------------------
    ("tk-universities", "Türkmenistanyň we Hytaýyň uniwersitetleri hyzmatdaşlyk etmek barada ylalaşdy", True),
    ("tk-students", "Türkmen talyplary Hytaýyň ýokary okuw mekdeplerinde bilim alýarlar", True),
    ("tk-neg-gas", "Türkmenistan Hytaýa tebigy gaz iberişini artdyrdy", False),
]
