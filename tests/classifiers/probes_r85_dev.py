"""Round-85 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on
any of it (docs/classifier.md, "Round 85 of issue 12"), measured once before the fixes, then used to fix
from. Family: veterinary science, forestry and pastures, soil salinity, fish farming, seed banks and
hazard forecasting as research or training with both sides named. Hard negatives: livestock, meat, fish
or timber trade, vaccine purchases, a weather report, a flood with aid only, the same with other partners.

Per language 2 relevant items and 2 hard negatives (36), headlines only, each with a plausible outlet url.
Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R85_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r85d-en-brucellosis-vaccine-rel", "https://astanatimes.com/2026/12/85101/",
     "Kazakh and Chinese virologists test a new brucellosis vaccine on Zhambyl farms", None, True),
    ("r85d-en-saxaul-foresters-rel", "https://www.gazeta.uz/en/2026/12/09/85102/",
     "Foresters from Ningxia teach Karakalpak colleagues to plant saxaul on the dry Aral seabed", None, True),
    ("r85d-en-mutton-exports-neg", "https://24.kg/english/85103/",
     "Kyrgyz mutton exports to China double in a year", None, False),
    ("r85d-en-turkey-vaccines-neg", "https://www.inform.kz/en/85104",
     "Kazakhstan buys foot-and-mouth vaccines from Turkey for spring campaign", None, False),
    # ------------------------------------------------------------------ Russian
    ("r85d-ru-pochvovedy-zasolenie-rel", "https://www.gazeta.uz/ru/2026/12/09/85105/",
     "Почвоведы Ташкента и Урумчи изучат засоление орошаемых земель Сырдарьинской области", None, True),
    ("r85d-ru-ihtiologi-forel-rel", "https://kaktus.media/doc/85106.html",
     "Китайские ихтиологи научат кыргызских рыбоводов разводить форель на Иссык-Куле", None, True),
    ("r85d-ru-pogoda-almaty-neg", "https://tengrinews.kz/kazakhstan_news/85107/",
     "Казгидромет: в Алматы ожидается мокрый снег и гололед", None, False),
    ("r85d-ru-les-eksport-neg", "https://asiaplustj.info/ru/news/tajikistan/economic/20261209/85108",
     "Таджикистан закупил в Китае партию пиломатериалов для строительства", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r85d-zh-niqiu-yimiao-rel", "http://www.xinhuanet.com/world/2026-12/09/c_85109.htm",
     "哈尔滨兽医研究所与吉尔吉斯斯坦专家联合开展牛结节性皮肤病疫苗试验", None, True),
    ("r85d-zh-nishiliu-yujing-rel", "https://www.chinanews.com.cn/gj/2026/12-09/85110.shtml",
     "中国科学院专家助力塔吉克斯坦建设泥石流监测预警系统", None, True),
    ("r85d-zh-yangrou-jinkou-neg", "https://www.ts.cn/xwzx/2026/12/09/85111.shtml",
     "新疆口岸进口哈萨克斯坦羊肉突破万吨", None, False),
    ("r85d-zh-hongshui-yuanzhu-neg", "https://www.chinanews.com.cn/gj/2026/12-09/85112.shtml",
     "中国向遭受洪灾的巴基斯坦运送救援物资", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r85d-kk-topyraq-tuzdanu-rel", "https://www.inform.kz/kz/85113",
     "Қызылорда мен Шыңжаң топырақтанушылары тұзданған жерлерді бірлесіп зерттейді", None, True),
    ("r85d-kk-balyq-osiru-rel", "https://baq.kz/kk/news/85114",
     "Қазақстандық балық өсірушілер Ухань ихтиологтарынан тәжірибе алды", None, True),
    ("r85d-kk-et-eksporty-neg", "https://egemen.kz/article/85115",
     "Қазақстан Қытайға сиыр етінің экспортын ұлғайтты", None, False),
    ("r85d-kk-vakcina-satyp-neg", "https://www.inform.kz/kz/85116",
     "Ветеринария қызметі Ресейден құс тұмауына қарсы вакцина сатып алды", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r85d-ky-jaiyt-kalybyna-rel", "https://kabar.kg/kyrg/news/85117/",
     "Кытайлык окумуштуулар Нарындагы жайыттарды калыбына келтирүү боюнча изилдөө жүргүзөт", None, True),
    ("r85d-ky-bulgaryn-rel", "https://kg.akipress.org/news:85118/",
     "Кыргыз гидрометеорологдору Үрүмчүдө кар көчкүсүн болжолдоону үйрөнүштү", None, True),
    ("r85d-ky-mal-sooda-neg", "https://kabar.kg/kyrg/news/85119/",
     "Кыргызстан Кытайга майда малды экспорттоону кайра баштады", None, False),
    ("r85d-ky-aba-yraiy-neg", "https://kg.akipress.org/news:85120/",
     "Кыргызгидромет: Бишкекте жаан-чачын күтүлөт", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r85d-uz-urug-banki-rel", "https://kun.uz/news/2026/12/09/85121",
     "O‘zbekiston genbanki Xitoy qishloq xo‘jaligi fanlari akademiyasi bilan urug‘ namunalari almashadi", None, True),
    ("r85d-uz-veterinar-yangling-rel", "https://uza.uz/uz/posts/85122",
     "Yanglingda o‘zbekistonlik veterinarlar uchun o‘quv kursi boshlandi", None, True),
    ("r85d-uz-baliq-import-neg", "https://daryo.uz/2026/12/09/85123",
     "Andijon bozorlarida xitoylik muzlatilgan baliq savdosi kengaydi", None, False),
    ("r85d-uz-toshqin-yordam-neg", "https://kun.uz/news/2026/12/09/85124",
     "Toshqindan zarar ko‘rgan Afg‘onistonga insonparvarlik yordami jo‘natildi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r85d-uzc-ormon-xojaligi-rel", "https://uza.uz/oz/posts/85125",
     "Хитой ўрмончилари Жиззахда тоғ ўрмонларини тиклаш бўйича тажриба ўтказди", None, True),
    ("r85d-uzc-tuproq-shorlanish-rel", "https://xs.uz/uzkr/post/85126",
     "Бухоро ва Синьцзян олимлари тупроқ шўрланишини биргаликда тадқиқ қилади", None, True),
    ("r85d-uzc-gosht-narxi-neg", "https://yuz.uz/uz/news/85127",
     "Тошкентда гўшт нархи яна ошди", None, False),
    ("r85d-uzc-korea-baliq-neg", "https://xs.uz/uzkr/post/85128",
     "Корея мутахассислари Наманганда балиқчилик хўжалиги қурди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r85d-tg-baytori-vaksina-rel", "https://khovar.tj/2026/12/85129/",
     "Олимони байтории Тоҷикистон ва Чин ваксинаи зидди бруселлёзро месанҷанд", None, True),
    ("r85d-tg-charogohho-rel", "https://www.sadoimardum.tj/ilm/85130/",
     "Мутахассисони Шинҷон ба барқарор кардани чарогоҳҳои Бадахшон кӯмак мерасонанд", None, True),
    ("r85d-tg-chorvo-furush-neg", "https://khovar.tj/2026/12/85131/",
     "Тоҷикистон ба Чин фурӯши гӯшти гов афзоиш дод", None, False),
    ("r85d-tg-obuhavo-neg", "https://jumhuriyat.tj/index.php/85132",
     "Обуҳавошиносон дар Душанбе барфу борон пешгӯӣ карданд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r85d-tk-gumly-topraklar-rel", "https://orient.tm/tm/post/85133/",
     "Daşoguzyň şorlaşan ýerlerini Pekiniň toprakşynaslary barlaýar", None, True),
    ("r85d-tk-mal-keselleri-rel", "https://tdh.gov.tm/tk/post/85134/",
     "Türkmen weterinar lukmanlary Lançžouda mal keselleri boýunça okuw geçdi", None, True),
    ("r85d-tk-agac-satyn-neg", "https://tdh.gov.tm/tk/post/85135/",
     "Lebap gurluşykçylary hytaý tagtalaryny getirtdi", None, False),
    ("r85d-tk-howa-neg", "https://orient.tm/tm/post/85136/",
     "Aşgabatda ertir gar ýagar diýip garaşylýar", None, False),
]
