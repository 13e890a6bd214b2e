"""Round-88 probes, the HELD-OUT blind set (issue 12): written with the development set, before the rules
were run on either, and measured ONCE after the fixes (nothing fixed from it). Same family and shape as
probes_r88_dev: per language 2 relevant items and 2 hard negatives (36), headlines only.
Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R88_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r88h-en-xinghai-masterclass-rel", "https://astanatimes.com/2026/12/88201/",
     "Kazakh National Conservatory students join masterclass at Xinghai Conservatory in Guangzhou", None, True),
    ("r88h-en-seeds-shenzhen-rel", "https://orient.tm/en/post/88202/",
     "Seeds for the Future: thirty Turkmen students head to Shenzhen for Huawei training", None, True),
    ("r88h-en-boeing-order-neg", "https://www.gazeta.uz/en/2026/12/13/88203/",
     "Uzbekistan Airways orders four Boeing 787 Dreamliners", None, False),
    ("r88h-en-huawei-phone-neg", "https://www.inform.kz/en/88204",
     "Huawei unveils its new foldable smartphone in Astana", None, False),
    # ------------------------------------------------------------------ Russian
    ("r88h-ru-tyanczin-kursanty-rel", "https://asiaplustj.info/ru/news/tajikistan/society/20261213/88205",
     "Таджикские курсанты начали обучение в Университете гражданской авиации Китая в Тяньцзине", None, True),
    ("r88h-ru-cifrovye-navyki-rel", "https://www.gazeta.uz/ru/2026/12/13/88206/",
     "Huawei подготовит в Ташкенте тысячу специалистов по цифровым навыкам", None, True),
    ("r88h-ru-reis-urumchi-neg", "https://asiaplustj.info/ru/news/tajikistan/economic/20261213/88207",
     "«Сомон Эйр» открыла рейс Душанбе — Урумчи", None, False),
    ("r88h-ru-turetskie-pianisty-neg", "https://kaktus.media/doc/88208.html",
     "Турецкие пианисты провели мастер-класс в Бишкеке", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r88h-zh-zhongyang-yinyue-rel", "https://www.chinanews.com.cn/gj/2026/12-13/88209.shtml",
     "中央音乐学院为哈萨克斯坦青年音乐家举办大师班", None, True),
    ("r88h-zh-zhongxing-peixun-rel", "http://www.xinhuanet.com/world/2026-12/13/c_88210.htm",
     "中兴通讯在撒马尔罕开设信息技术培训班", None, True),
    ("r88h-zh-kehuji-goumai-neg", "https://www.chinanews.com.cn/gj/2026/12-13/88211.shtml",
     "吉尔吉斯斯坦航空公司购买国产客机", None, False),
    ("r88h-zh-xinnian-yinyuehui-neg", "https://www.ts.cn/xwzx/2026/12/13/88212.shtml",
     "中国交响乐团在阿拉木图举行新年音乐会", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r88h-kk-oner-universiteti-rel", "https://egemen.kz/article/88213",
     "Шыңжаң өнер университеті Алматыда қазақ студенттеріне шеберлік сыныбын өткізді", None, True),
    ("r88h-kk-alibaba-kurs-rel", "https://baq.kz/kk/news/88214",
     "Alibaba Алматыда жастарға арналған бағдарламалау курсын іске қосты", None, True),
    ("r88h-kk-smartfon-satylym-neg", "https://www.inform.kz/kz/88215",
     "Huawei Қазақстанда жаңа смартфон сатылымын бастады", None, False),
    ("r88h-kk-pekin-reis-neg", "https://baq.kz/kk/news/88216",
     "Алматы мен Пекин арасында тікелей рейс қайта ашылды", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r88h-ky-uchkuch-okuu-rel", "https://kabar.kg/kyrg/news/88217/",
     "Кыргыз курсанттары Кытайдагы жарандык авиация университетинде учкучтукка окушат", None, True),
    ("r88h-ky-ict-akademiya-rel", "https://kg.akipress.org/news:88218/",
     "Huawei Ош мамлекеттик университетинде ICT академиясын ачты", None, True),
    ("r88h-ky-orkestr-koncert-neg", "https://kabar.kg/kyrg/news/88219/",
     "Кытайдын симфониялык оркестри Бишкекте концерт койду", None, False),
    ("r88h-ky-korea-uchkuch-neg", "https://kg.akipress.org/news:88220/",
     "Корея учкучтары кыргыз курсанттарын окутат", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r88h-uz-aviatsiya-universiteti-rel", "https://kun.uz/news/2026/12/13/88221",
     "Xitoy fuqaro aviatsiyasi universiteti o‘zbek uchuvchilarini tayyorlaydi", None, True),
    ("r88h-uz-shinxay-qoshma-rel", "https://uza.uz/uz/posts/88222",
     "Shinxay konservatoriyasi va Toshkent konservatoriyasi qo‘shma dastur ochdi", None, True),
    ("r88h-uz-zte-stansiya-neg", "https://daryo.uz/2026/12/13/88223",
     "ZTE Samarqandda 5G tayanch stansiyalarini o‘rnatdi", None, False),
    ("r88h-uz-rossiya-mahorat-neg", "https://kun.uz/news/2026/12/13/88224",
     "Rossiya konservatoriyasi professorlari Toshkentda mahorat darsi o‘tkazdi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r88h-uzc-raqamli-konikma-rel", "https://uza.uz/oz/posts/88225",
     "Самарқанд талабалари Huawei рақамли саводхонлик курсида ўқимоқда", None, True),
    ("r88h-uzc-markaziy-konservatoriya-rel", "https://xs.uz/uzkr/post/88226",
     "Хитой марказий мусиқа консерваторияси ўзбек талабаларини қабул қилди", None, True),
    ("r88h-uzc-urumchi-reys-neg", "https://yuz.uz/uz/news/88227",
     "«Ўзбекистон ҳаво йўллари» Урумчига янги рейс очди", None, False),
    ("r88h-uzc-yuk-samolyot-neg", "https://xs.uz/uzkr/post/88228",
     "Ўзбекистон авиакомпанияси Хитойдан иккита юк самолёти харид қилди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r88h-tg-aviatsiya-kursant-rel", "https://khovar.tj/2026/12/88229/",
     "Курсантҳои тоҷик дар Донишгоҳи авиатсияи граждании Чин таҳсил мекунанд", None, True),
    ("r88h-tg-shinhai-mushtarak-rel", "https://www.sadoimardum.tj/ilm/88230/",
     "Консерваторияи Шинхай бо консерваторияи Душанбе барномаи якҷояи таълимӣ оғоз кард", None, True),
    ("r88h-tg-shabaka-5g-neg", "https://khovar.tj/2026/12/88231/",
     "Huawei дар Тоҷикистон шабакаи 5G месозад", None, False),
    ("r88h-tg-orkestr-konsert-neg", "https://jumhuriyat.tj/index.php/88232",
     "Оркестри Чин дар Душанбе консерт дод", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r88h-tk-konserwatoriya-rel", "https://orient.tm/tm/post/88233/",
     "Türkmen talyplary Pekiniň merkezi aýdym-saz konserwatoriýasynda ussatlyk sapagyna gatnaşdy", None, True),
    ("r88h-tk-zte-it-mekdep-rel", "https://tdh.gov.tm/tk/post/88234/",
     "ZTE Türkmenistanyň ýaşlary üçin IT mekdebini açdy", None, True),
    ("r88h-tk-ucar-satdy-neg", "https://tdh.gov.tm/tk/post/88235/",
     "Hytaý kompaniýasy Türkmenistana täze ýolagçy uçarlaryny satdy", None, False),
    ("r88h-tk-telefon-satuw-neg", "https://orient.tm/tm/post/88236/",
     "Huawei Türkmenistanda täze telefonlaryny satuwa çykardy", None, False),
]
