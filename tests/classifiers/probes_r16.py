"""Round-16 headline probes (issue 12): the gaps found by the round-16 audit, a second pass over
the round-15 subject families with other headline shapes (docs/classifier.md, "Round 16 of issue
12"): Russian genitive, instrumental and prepositional chains ("подписали меморандум о подготовке
…", "расширение академических обменов …"), Kazakh, Kyrgyz, Uzbek, Tajik and Turkmen
genitive-possessive chains and case endings ("кадр даярлау жөнінде", "kadrlar tayyorlash
bo'yicha", "hünärmenleri taýýarlamak boýunça"), Chinese compounds and formulas (产学研, 来疆),
Chinese places written as Tajik and Turkmen headlines write them, and a Kazakh meeting
with a Chinese institution's representatives. Each gap is a relevant headline naming both sides
(or one side, the language implying the other) and the subject in the shape the audit found
missed; each shape has hard negatives written the same way (supplies, cargo, oil and gas,
exports, a company's business meeting, imports).

Written by hand after holdout14 had been measured (with the round-15 rules) and before the
round-16 rules were written; measured with the round-15 rules (2026.12.18) and the round-16
rules (docs/classifier.md, "Round 16 figures"). Each: (id, headline, relevant). None is an item
of classifiers/eval (``test_round16.py`` checks it).
"""

from __future__ import annotations

PROBES_R16: list[tuple[str, str, bool]] = [
    # --- training of personnel, specialists, doctors, engineers (a Russian genitive after "о
    #     подготовке", the Turkic and Tajik verbal nouns with their object) ---
    ("r16-ru-memo-training-doctors", "Кыргызстан и Китай подписали меморандум о подготовке врачей", True),
    ("r16-kk-cadre-training", "Қазақстан мен Қытай кадр даярлау жөнінде меморандумға қол қойды", True),
    ("r16-kk-specialists-training", "Қытай Қазақстанға мамандар даярлауға көмектеседі", True),
    ("r16-ky-cadre-training", "Кыргызстан менен Кытай кадрларды даярдоо боюнча меморандумга кол коюшту", True),
    ("r16-uz-cadre-training", "O'zbekiston va Xitoy o'rtasida kadrlar tayyorlash bo'yicha hamkorlik", True),
    ("r16-uz-engineers-training", "Xitoy O'zbekistonga muhandislar tayyorlashda yordam beradi", True),
    ("r16-uzc-cadre-training", "Ўзбекистон ва Хитой ўртасида кадрлар тайёрлаш бўйича ҳамкорлик", True),
    ("r16-tg-cadre-training", "Тоҷикистон ва Чин оид ба тайёр кардани кадрҳо ёддошти тафоҳум имзо карданд", True),
    ("r16-tk-specialists-training", "Türkmenistan bilen Hytaý hünärmenleri taýýarlamak boýunça ylalaşdy", True),
    ("r16-ru-memo-supplies-neg", "Кыргызстан и Китай подписали меморандум о поставках удобрений", False),
    ("r16-kk-grain-memo-neg", "Қазақстан мен Қытай астық экспорты жөнінде меморандумға қол қойды", False),
    ("r16-ky-cargo-memo-neg", "Кыргызстан менен Кытай жүк ташуу боюнча меморандумга кол коюшту", False),
    ("r16-uz-oil-gas-neg", "O'zbekiston va Xitoy o'rtasida neft va gaz bo'yicha hamkorlik", False),
    ("r16-uzc-cargo-neg", "Ўзбекистон ва Хитой ўртасида юк ташиш бўйича ҳамкорлик", False),
    ("r16-tg-road-memo-neg", "Тоҷикистон ва Чин оид ба сохтмони роҳ ёддошти тафоҳум имзо карданд", False),
    ("r16-tk-gas-supply-neg", "Türkmenistan bilen Hytaý gaz ibermek boýunça ylalaşdy", False),
    # --- academic exchange in Russian cases ---
    ("r16-ru-academic-exchanges-gen", "Расширение академических обменов Казахстана и Китая", True),
    ("r16-ru-academic-exchange-prep", "Туркменистан и Китай договорились об академическом обмене", True),
    ("r16-ru-trade-exchanges-neg", "Расширение торговых обменов Казахстана и Китая", False),
    # --- Chinese formulas: industry-university-research (产学研), coming to Xinjiang (来疆) ---
    ("r16-zh-chanxueyan", "中哈产学研合作对接会举行", True),
    ("r16-zh-laijiang-training", "中亚国家技术人员来疆培训", True),
    ("r16-zh-trade-matchmaking-neg", "中哈经贸合作对接会举行", False),
    ("r16-zh-laijiang-buyers-neg", "中亚国家客商来疆采购", False),
    # --- a Kazakh meeting with a Chinese institution's representatives (the language implies
    #     Kazakhstan) ---
    ("r16-kk-meeting-representatives", "Шанхай университетінің өкілдерімен жұмыс кездесуі өтті", True),
    ("r16-kk-company-meeting-neg", "Шанхай компаниясының өкілдерімен іскерлік кездесу өтті", False),
    # --- Chinese places as Tajik and Turkmen headlines write them ---
    ("r16-tg-tianjin-students", "Донишҷӯёни тоҷик дар Тянҷин таҳсил мекунанд", True),
    ("r16-tk-hubei-students", "Türkmen talyplary Hubeý welaýatynyň uniwersitetlerinde okaýar", True),
    ("r16-tg-tianjin-imports-neg", "Тоҷикистон аз Тянҷин таҷҳизот ворид мекунад", False),
    ("r16-tk-hubei-cargo-neg", "Türkmen ýükleri Hubeý welaýatyna ugradyldy", False),
]
