"""Round-82 probes, the HELD-OUT blind set (issue 12): written with the development set, before the rules were run
on any of it (docs/classifier.md, "Round 82 of issue 12"), measured once after the fixes; nothing was fixed from it.
Same family as probes_r82_dev: practice, internships and further training of one side's students or professionals
at the other side's institutions by sector, and joint applied research in metallurgy and mining; hard negatives: a
mining deal, a railway contract, athletes' training camps, another partner.

Per language 2 relevant items and 1 hard negative (27), headlines only. Each row: (id, url, headline, lede or None,
relevant).
"""

from __future__ import annotations

PROBES_R82_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r82h-en-shanghai-coaches-rel", "https://24.kg/english/82201/",
     "Kyrgyz coaches train in sports science at Shanghai University of Sport", None, True),
    ("r82h-en-tsinghua-planning-rel", "https://www.gazeta.uz/en/2026/12/08/82202/",
     "Tsinghua hosts Uzbek civil servants for urban planning internship", None, True),
    ("r82h-en-copper-stake-neg", "https://astanatimes.com/2026/12/82203/",
     "Chinese mining firm buys stake in Kazakh copper deposit", None, False),
    # ------------------------------------------------------------------ Russian
    ("r82h-ru-obogashchenie-rel", "https://www.inform.kz/ru/82204",
     "Казахстанские и китайские учёные разработают технологию обогащения руды редкоземельных металлов", None, True),
    ("r82h-ru-tamozhenniki-rel", "https://turkmenportal.com/blog/82205",
     "Туркменские таможенники прошли стажировку в лаборатории таможни Урумчи", None, True),
    ("r82h-ru-rossiyskie-neg", "https://tengrinews.kz/kazakhstan_news/82206/",
     "Российские железнодорожники пройдут стажировку в Казахстане", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r82h-zh-sport-medicine-rel", "https://www.chinanews.com.cn/ty/2026/12-08/82207.shtml",
     "吉尔吉斯斯坦运动医学医生在北京体育大学进修", None, True),
    ("r82h-zh-urumqi-depot-rel", "https://www.ts.cn/xwzx/82208.shtml",
     "土库曼斯坦留学生在乌鲁木齐机务段实习", None, True),
    ("r82h-zh-hainan-winter-neg", "https://www.chinadaily.com.cn/a/202612/08/82209.html",
     "乌兹别克斯坦国家队在海南进行冬训", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r82h-kk-sport-medicina-rel", "https://www.inform.kz/kz/82210",
     "Қазақстандық дәрігерлер Бейжің спорт университетінде спорт медицинасы бойынша тәжірибе жинады", None, True),
    ("r82h-kk-qaldyq-qoima-rel", "https://kaz.tengrinews.kz/82211/",
     "Қарағанды металлургтері мен қытайлық ғалымдар қалдық қоймаларынан сирек металдарды алу әдісін зерттейді", None, True),
    ("r82h-kk-mys-ken-neg", "https://kaz.nur.kz/82212/",
     "Қытай компаниясы Ақтөбедегі мыс кен орнын игеруге келісімшарт жасады", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r82h-ky-jiaotong-praktika-rel", "https://kabar.kg/kg/news/82213/",
     "Кыргыз студенттери Бээжиндеги Цзяотун университетинде өндүрүштүк практикадан өтүштү", None, True),
    ("r82h-ky-bazhy-lab-rel", "https://24.kg/kyrgyzcha/82214/",
     "Кыргыз бажы лабораториясынын адистери Үрүмчүдө стажировкадан өтүштү", None, True),
    ("r82h-ky-temir-jol-kelishim-neg", "https://kabar.kg/kg/news/82215/",
     "Кыргызстан менен Кытай темир жол куруу боюнча келишимге кол коюшту", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r82h-uz-murabbiylar-rel", "https://kun.uz/news/2026/12/08/82216",
     "O'zbek murabbiylari Xitoyda sport tibbiyoti bo'yicha stajirovka o'tashdi", None, True),
    ("r82h-uz-orolboyi-rel", "https://uza.uz/oz/posts/82217",
     "Orolbo'yi tuproqlarini o'zbek va xitoy tuproqshunoslari birga o'rganadi", None, True),
    ("r82h-uz-futbol-yigin-neg", "https://daryo.uz/2026/12/08/82218",
     "O'zbekiston futbol terma jamoasi Xitoyda o'quv-mashg'ulot yig'inini o'tkazdi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r82h-uzc-depo-amaliyot-rel", "https://xs.uz/uzkr/post/82219",
     "Тошкент давлат транспорт университети талабалари Хитойдаги депода амалиёт ўтади", None, True),
    ("r82h-uzc-nodir-metallar-rel", "https://uza.uz/oz/posts/82220",
     "Ўзбек ва хитой олимлари бойитиш фабрикаси чиқиндиларидан нодир металлар ажратиш технологиясини яратади", None, True),
    ("r82h-uzc-mis-koni-neg", "https://kun.uz/kr/news/2026/12/08/82221",
     "Хитой компанияси Навоийда мис конини ўзлаштириш бўйича шартнома имзолади", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r82h-tg-tibbi-varzishi-rel", "https://khovar.tj/2026/12/82222/",
     "Табибони варзишии Тоҷикистон дар Пекин дар соҳаи тибби варзишӣ такмили ихтисос гирифтанд", None, True),
    ("r82h-tg-partovho-rel", "https://sadoimardum.tj/82223/",
     "Олимони Тоҷикистон ва Чин коркарди партовҳои маъданро якҷоя меомӯзанд", None, True),
    ("r82h-tg-tamrini-neg", "https://khovar.tj/2026/12/82224/",
     "Тими миллии Тоҷикистон дар Чин йиғини омӯзишӣ-тамринӣ гузаронд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r82h-tk-akylly-saher-rel", "https://turkmenportal.com/tm/blog/82225",
     "Türkmen döwlet gullukçylary Hytaýda «akylly şäher» boýunça okuwlardan geçdiler", None, True),
    ("r82h-tk-seyrek-metallar-rel", "https://orient.tm/tm/post/82226",
     "Türkmen we hytaý alymlary galyndylardan seýrek metallary almagyň usulyny bilelikde öwrenýärler", None, True),
    ("r82h-tk-demir-yol-neg", "https://turkmenportal.com/tm/blog/82227",
     "Türkmenistan bilen Hytaý demir ýol ulaglary boýunça şertnama baglaşdy", None, False),
]
