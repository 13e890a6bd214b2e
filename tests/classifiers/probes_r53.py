"""Round-53 family probes (issue 12), written after the round's fixes (docs/classifier.md, "Round 53 of
issue 12"), fresh against every labelled text, every earlier probe and the round's two blind sets: in
each language one story of Chinese goods, food or a product with students or a university as the
customers (irrelevant) and one look-alike that is science or education cooperation on food, vehicles
or devices (relevant). Headlines, no url. Each row: (id, headline, relevant).
"""

from __future__ import annotations

PROBES_R53: list[tuple[str, str, bool]] = [
    ("r53-en-bubble-tea-neg", "Chinese bubble tea kiosk draws long queues at a Tashkent university", False),
    ("r53-en-apricot-drying-rel", "Kyrgyz and Chinese food scientists test new apricot drying methods together", True),
    ("r53-ru-kofeinya-neg", "У главного корпуса КазНУ заработала кофейня китайской сети", False),
    ("r53-ru-agro-lab-rel", "Таджикские и китайские ученые откроют лабораторию по переработке фруктов", True),
    ("r53-zh-milk-tea-neg", "中国奶茶品牌进驻哈萨克斯坦大学城", False),
    ("r53-zh-ev-lab-rel", "中吉联合成立新能源汽车研究实验室", True),
    ("r53-kk-noutbuk-neg", "Үздік студенттерге қытайлық ноутбуктар сыйланды", False),
    ("r53-kk-jylyjai-rel", "Қытай ғалымдарымен бірге жеміс сақтау технологиясы зерттеледі", True),
    ("r53-ky-velosiped-neg", "Студенттер шаарчасында кытай велосипеддери ижарага берилет", False),
    ("r53-ky-kolledj-rel", "Кытайлык компания кыргыз студенттерин автоунаа оңдоого окутат", True),
    ("r53-uz-supermarket-neg", "Universitet yonida xitoy supermarketi ochildi", False),
    ("r53-uz-meva-quritish-rel", "Samarqandlik va xitoylik olimlar mevalarni quritishning yangi usulini sinashmoqda", True),
    ("r53-uzc-lagmon-neg", "Талабалар ётоқхонасида хитойча лағмон ошхонаси очилди", False),
    ("r53-uzc-kollej-rel", "Хитой ширкати Наманганда автомеханиклар коллежини очди", True),
    ("r53-tg-tarabxona-neg", "Дар назди донишгоҳи Душанбе тарабхонаи чинӣ кушода шуд", False),
    ("r53-tg-lab-rel", "Донишгоҳи техникӣ бо Чин лабораторияи мошинҳои барқӣ таъсис дод", True),
    ("r53-tk-welosiped-neg", "Talyplara hytaý welosipedleri arzan bahadan satylýar", False),
    ("r53-tk-azyk-lab-rel", "Hytaý bilen bilelikde azyk önümleri barlaghanasy açyldy", True),
]
