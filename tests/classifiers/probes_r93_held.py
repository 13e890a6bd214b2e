"""Round-93 probes, the HELD-OUT blind set (issue 12): written by hand with the development set, before
the rules were run on either (docs/classifier.md, "Round 93 of issue 12"), and measured once, after the
fixes; nothing was fixed from it. Family and hard negatives as in probes_r93_dev.

Per language 2 relevant items and 2 hard negatives (36), headlines only, each with a plausible outlet url.
Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R93_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r93h-en-pamir-glaciers-rel", "https://asiaplustj.info/en/news/tajikistan/society/20261211/93201",
     "Satellite data from the Chinese Academy of Sciences helps Tajik researchers monitor Fedchenko glacier", None, True),
    ("r93h-en-fuwai-surgeons-rel", "https://www.gazeta.uz/en/2026/12/11/93202/",
     "Uzbek cardiac surgeons complete training at Fuwai Hospital in Beijing", None, True),
    ("r93h-en-dust-storm-neg", "https://24.kg/english/93203/",
     "Dust storm from the Taklamakan sweeps into eastern Kyrgyzstan", None, False),
    ("r93h-en-minister-tours-neg", "https://astanatimes.com/2026/12/93204/",
     "Chinese health minister tours Astana hospital", None, False),
    # ------------------------------------------------------------------ Russian
    ("r93h-ru-kapelnoe-oroshenie-rel", "https://tengrinews.kz/kazakhstan_news/93205/",
     "Китайские специалисты и фермеры Туркестанской области испытают умное капельное орошение", None, True),
    ("r93h-ru-endoskopiya-lanchzhou-rel", "https://kaktus.media/doc/93206.html",
     "Кыргызские врачи освоили эндоскопическую хирургию в больнице Ланьчжоу", None, True),
    ("r93h-ru-bespilotniki-zakupka-neg", "https://www.gazeta.uz/ru/2026/12/11/93207/",
     "Узбекистан закупил у Китая партию сельскохозяйственных беспилотников", None, False),
    ("r93h-ru-yaponskie-hirurgi-neg", "https://asiaplustj.info/ru/news/tajikistan/society/20261211/93208",
     "Японские хирурги провели в Душанбе бесплатные операции детям", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r93h-zh-kalakumu-liusha-rel", "https://www.chinanews.com.cn/gj/2026/12-11/93209.shtml",
     "中国与土库曼斯坦科学家联合开展卡拉库姆沙漠流沙治理研究", None, True),
    ("r93h-zh-xinzang-weichuang-rel", "http://www.xinhuanet.com/world/2026-12/11/c_93210.htm",
     "阿斯塔纳心脏外科医生在北京阜外医院进修", None, True),
    ("r93h-zh-rengongzhineng-xieyi-neg", "https://www.chinanews.com.cn/cj/2026/12-11/93211.shtml",
     "中国企业与乌兹别克斯坦签署人工智能产业投资协议", None, False),
    ("r93h-zh-shachenbao-neg", "https://www.ts.cn/xwzx/2026/12/11/93212.shtml",
     "来自哈萨克斯坦的沙尘暴影响北疆多地", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r93h-kk-sekseuil-kyzylorda-rel", "https://www.inform.kz/kz/93213",
     "Қытай ғалымдары Қызылордада сексеуіл отырғызудың жаңа әдісін сынап жатыр", None, True),
    ("r93h-kk-tuberkulez-ii-rel", "https://egemen.kz/article/93214",
     "Қазақстандық дәрігерлер қытайлық мамандармен бірге жасанды интеллект көмегімен туберкулезді анықтауды сынады",
     None, True),
    ("r93h-kk-tegin-ota-neg", "https://baq.kz/kk/news/93215",
     "Қытай медициналық бригадасы Шымкентте балаларға тегін ота жасады", None, False),
    ("r93h-kk-resey-sputnik-neg", "https://www.inform.kz/kz/93216",
     "Қазақстан Ресейден жерді қашықтан зондтау спутнигін сатып алады", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r93h-ky-ysyk-kol-sputnik-rel", "https://kabar.kg/kyrg/news/93217/",
     "Кыргыз жана кытай илимпоздору Ысык-Көлдүн суусун спутник маалыматтары менен изилдей баштады", None, True),
    ("r93h-ky-laparoskopiya-rel", "https://kg.akipress.org/news:93218/",
     "Кытайлык хирургдар бишкектик дарыгерлерге лапароскопиялык операцияларды үйрөтүштү", None, True),
    ("r93h-ky-dron-chui-neg", "https://kabar.kg/kyrg/news/93219/",
     "Кытайдан алынган айыл чарба дрондору Чүй талааларына чыкты", None, False),
    ("r93h-ky-ministr-oorukana-neg", "https://kg.akipress.org/news:93220/",
     "Саламаттык сактоо министри Пекиндеги ооруканага барды", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r93h-uz-qizilqum-qumlar-rel", "https://kun.uz/news/2026/12/11/93221",
     "O‘zbek va xitoylik olimlar Qizilqum cho‘lida ko‘chma qumlarni to‘xtatish usulini sinamoqda", None, True),
    ("r93h-uz-endoskopiya-malaka-rel", "https://uza.uz/uz/posts/93222",
     "Samarqandlik jarrohlar Xitoy shifoxonasida endoskopiya bo‘yicha malaka oshirdi", None, True),
    ("r93h-uz-yoldosh-sotib-neg", "https://daryo.uz/2026/12/11/93223",
     "O‘zbekiston Xitoydan masofadan zondlash sun’iy yo‘ldoshini sotib oladi", None, False),
    ("r93h-uz-koreya-saraton-neg", "https://kun.uz/news/2026/12/11/93224",
     "Koreyalik shifokorlar Toshkentda sun’iy intellekt yordamida saraton tashxisini sinovdan o‘tkazdi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r93h-uzc-aqlli-sugorish-rel", "https://uza.uz/oz/posts/93225",
     "Хитой олимлари Қорақалпоғистонда ақлли суғориш тизимини синовдан ўтказмоқда", None, True),
    ("r93h-uzc-onkologlar-pekin-rel", "https://xs.uz/uzkr/post/93226",
     "Тошкентлик онкологлар Пекинда сунъий интеллект ёрдамида саратонни аниқлашни ўрганди", None, True),
    ("r93h-uzc-bepul-operaciya-neg", "https://yuz.uz/uz/news/93227",
     "Хитой тиббиёт гуруҳи Наманганда беморларга бепул операция қилди", None, False),
    ("r93h-uzc-rossiya-muzlik-neg", "https://xs.uz/uzkr/post/93228",
     "Ўзбекистон ва Россия олимлари сунъий йўлдош орқали музликларни кузатади", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r93h-tg-obyorii-hushmand-rel", "https://khovar.tj/2026/12/93229/",
     "Олимони тоҷик ва чинӣ дар водии Вахш обёрии ҳушмандро санҷиданд", None, True),
    ("r93h-tg-jarrohii-dil-rel", "https://www.sadoimardum.tj/tandurusti/93230/",
     "Табибони Хуҷанд дар Шанхай ҷарроҳии дилро омӯхтанд", None, True),
    ("r93h-tg-vazir-didan-neg", "https://jumhuriyat.tj/index.php/93231",
     "Вазири тандурустии Чин аз беморхонаи Душанбе дидан кард", None, False),
    ("r93h-tg-jopon-mohvora-neg", "https://khovar.tj/2026/12/93232/",
     "Тоҷикистон ва Ҷопон барои омӯзиши пиряхҳо моҳвора истифода мебаранд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r93h-tk-pagta-dron-rel", "https://orient.tm/tm/post/93233/",
     "Hytaý hünärmenleri Türkmenistanyň pagta meýdanlarynda dronlary synag edýär", None, True),
    ("r93h-tk-endoskopiya-shanhay-rel", "https://tdh.gov.tm/tk/post/93234/",
     "Türkmen lukmanlary Şanhaýda endoskopiýa usulyny öwrendi", None, True),
    ("r93h-tk-ea-sertnama-neg", "https://orient.tm/tm/post/93235/",
     "Hytaý kompaniýasy Türkmenistana emeli aň ulgamlaryny satmak boýunça şertnama baglaşdy", None, False),
    ("r93h-tk-yapon-operasiya-neg", "https://tdh.gov.tm/tk/post/93236/",
     "Ýapon lukmanlary Aşgabatda hassalara mugt operasiýa etdi", None, False),
]
