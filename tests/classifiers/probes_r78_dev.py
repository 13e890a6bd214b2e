"""Round-78 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on
any of it (docs/classifier.md, "Round 78 of issue 12"), measured once before the fixes (the honest dev
row), then used to fix from. Family: China's national science facilities and institutes as the Chinese side.
Relevant: a facility or programme named alone (the Tiangong station, Chang'e, Tianwen, the FAST telescope,
the Antarctic stations, the Chinese Academy of Sciences' institutes by name or acronym: IVPP, XIEG, NAOC...)
beside a Central Asian side and a subject; technology words (5G, AI, big data, chips) beside a course, an
internship, students or a lab; academicians studying energy. Hard negatives: BeiDou navigation sold, 5G
networks built or bought, solar plants, the chips trade, the same facilities with other partners (Russia,
Pakistan, ASEAN).

Per language 2 relevant items and 2 hard negatives (36), about a fifth with a one-sentence lede, each
with a plausible outlet url. Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R78_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r78d-en-fast-observing-time-rel", "https://astanatimes.com/2026/12/78101/",
     "Kazakh astronomers win observing time on the FAST radio telescope", None, True),
    ("r78d-en-naoc-variable-stars-rel", "https://www.gazeta.uz/en/2026/12/08/78102/",
     "NAOC and Uzbek astronomers publish joint survey of variable stars",
     "The catalogue combines plates from the Maidanak observatory with new spectra.", True),
    ("r78d-en-beidou-trucks-neg", "https://www.inform.kz/en/78103",
     "Kazakhstan buys BeiDou navigation terminals for its truck fleet", None, False),
    ("r78d-en-pakistan-tiangong-neg", "https://english.news.cn/20261208/78104/c.html",
     "Pakistani astronaut to fly to Tiangong next year", None, False),
    # ------------------------------------------------------------------ Russian
    ("r78d-ru-tiangong-experiment-rel", "https://kun.uz/ru/news/2026/12/08/78105",
     "Учёные Узбекистана проведут эксперимент на станции «Тяньгун»", None, True),
    ("r78d-ru-shenzhen-ai-courses-rel", "https://kaktus.media/doc/78106.html",
     "Кыргызские студенты пройдут курсы по искусственному интеллекту в Шэньчжэне", None, True),
    ("r78d-ru-5g-equipment-neg", "https://www.gazeta.uz/ru/2026/12/08/78107/",
     "Узбекистан закупит оборудование 5G у китайских поставщиков", None, False),
    ("r78d-ru-russia-tiangong-neg", "https://tass.ru/kosmos/78108",
     "Россия и Китай обсудили полёт космонавта на «Тяньгун»", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r78d-zh-xieg-glaciers-rel", "https://www.chinanews.com.cn/gj/2026/12-08/78109.shtml",
     "新疆生态与地理研究所与吉尔吉斯斯坦学者联合考察天山冰川", None, True),
    ("r78d-zh-naoc-summer-school-rel", "http://www.xinhuanet.com/world/2026-12/08/c_78110.htm",
     "哈萨克斯坦学生赴国家天文台参加射电天文暑期学校", None, True),
    ("r78d-zh-beidou-market-neg", "https://www.chinanews.com.cn/cj/2026/12-08/78111.shtml",
     "北斗导航终端进入塔吉克斯坦市场", None, False),
    ("r78d-zh-pakistan-tiangong-neg", "http://www.xinhuanet.com/tech/2026-12/08/c_78112.htm",
     "天宫空间站将迎来巴基斯坦航天员", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r78d-kk-fast-pulsars-rel", "https://egemen.kz/article/78113",
     "Қазақстандық ғалымдар FAST телескопы арқылы пульсарларды зерттейді", None, True),
    ("r78d-kk-academicians-hydrogen-rel", "https://kaz.inform.kz/news/78114",
     "Қазақ және қытай академиктері сутегі энергиясын зерттеуге келісті", None, True),
    ("r78d-kk-5g-network-neg", "https://kaz.tengrinews.kz/news/78115",
     "Қазақстан 5G желісін салу үшін қытай компаниясымен келісім жасады", None, False),
    ("r78d-kk-russia-tiangong-neg", "https://egemen.kz/article/78116",
     "Ресей ғалымдары Тяньгун станциясында тәжірибе жасайды", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r78d-ky-change7-instrument-rel", "https://kabar.kg/kyr/news/78117",
     "Кыргыз илимпоздору «Чанъэ-7» миссиясы үчүн прибор даярдашат", None, True),
    ("r78d-ky-shenzhen-ai-course-rel", "https://kloop.kg/blog/2026/12/08/78118",
     "Кыргыз студенттери Шэньчжэнде жасалма интеллект боюнча курстан өтүштү",
     "Курс университеттин лабораториясында эки ай уланды.", True),
    ("r78d-ky-beidou-bought-neg", "https://kabar.kg/kyr/news/78119",
     "Кыргызстан Бэйдоу навигация жабдууларын сатып алды", None, False),
    ("r78d-ky-solar-plant-neg", "https://kloop.kg/blog/2026/12/08/78120",
     "Нарын облусунда кытайлык инвестор куруп жаткан күн панелдеринин талаасы ишке кирди", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r78d-uz-tianwen-data-rel", "https://kun.uz/news/2026/12/08/78121",
     "O‘zbek olimlari Tyanven-2 missiyasi ma’lumotlarini tahlil qiladi", None, True),
    ("r78d-uz-shenzhen-ai-lab-rel", "https://www.gazeta.uz/uz/2026/12/08/78122/",
     "Toshkent talabalari Shenchjendagi sun’iy intellekt laboratoriyasida amaliyot o‘taydi", None, True),
    ("r78d-uz-chips-import-neg", "https://kun.uz/news/2026/12/08/78123",
     "Xitoy chiplari va mikrosxemalari savdosi Andijon bozorlarida ikki barobar oshdi", None, False),
    ("r78d-uz-asean-fast-neg", "https://daryo.uz/2026/12/08/78124",
     "Xitoy va ASEAN olimlari FAST teleskopida kuzatuv o‘tkazdi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r78d-uzc-academicians-hydrogen-rel", "https://uza.uz/oz/posts/78125",
     "Ўзбек ва хитой академиклари водород энергиясини ўрганиш дастурини бошлади", None, True),
    ("r78d-uzc-naoc-stars-rel", "https://xs.uz/uzkr/post/78126",
     "NAOC билан Самарқанд астрономлари юлдузларни кузатади", None, True),
    ("r78d-uzc-solar-plant-neg", "https://uza.uz/oz/posts/78127",
     "Навоий вилоятида хитойлик пудратчи қурган 200 мегаваттлик қуёш парки ишга тушди", None, False),
    ("r78d-uzc-5g-launched-neg", "https://xs.uz/uzkr/post/78128",
     "Хитой ускуналари билан Тошкентда 5G тармоғи ишга туширилди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r78d-tg-zhongshan-station-rel", "https://khovar.tj/2026/12/78129/",
     "Олимони тоҷик ба истгоҳи «Чжуншан» дар Антарктида мераванд", None, True),
    ("r78d-tg-shenzhen-ai-course-rel", "https://asiaplustj.info/tj/news/78130",
     "Донишҷӯёни тоҷик дар Шэнчжен курси зеҳни сунъӣ мегузаранд", None, True),
    ("r78d-tg-beidou-bought-neg", "https://khovar.tj/2026/12/78131/",
     "Тоҷикистон дастгоҳҳои BeiDou-ро барои нақлиёт харид", None, False),
    ("r78d-tg-pakistan-tiangong-neg", "https://asiaplustj.info/tj/news/78132",
     "Покистон ва Чин дар бораи парвоз ба «Тянгун» созишнома бастанд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r78d-tk-ivpp-fossils-rel", "https://turkmenportal.com/tm/blog/78133",
     "Türkmen alymlary IVPP bilen Köpetdagdan tapylan galyndylary öwrenýär", None, True),
    ("r78d-tk-shenzhen-ai-course-rel", "https://tdh.gov.tm/tk/post/78134",
     "Türkmen talyplary Şençžende emeli aň boýunça okuw kursuny tamamlady", None, True),
    ("r78d-tk-5g-equipment-neg", "https://turkmenportal.com/tm/blog/78135",
     "«Türkmentelekom» hytaý önümçiliginiň 5G bazar stansiýalaryny oturtdy", None, False),
    ("r78d-tk-solar-plant-neg", "https://tdh.gov.tm/tk/post/78136",
     "Hytaý kompaniýasy Marynyň golaýynda Gün elektrik stansiýasyny gurýar", None, False),
]
