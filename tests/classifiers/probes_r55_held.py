"""Round-55 probes, the HELD-OUT blind set (issue 12): written by hand with ``probes_r55_dev.py``,
before the rules were run on any of it, and measured ONCE, only when the round's fixes were done
(docs/classifier.md, "Round 55 of issue 12"): the honest figure of the round's rules on unseen items of
its families, in other situations and words than the dev set: a flood or drought early-warning model,
glacier and snow monitoring stations, a climate laboratory; plant specimens, germplasm, an arboretum;
ancient manuscripts, terracotta warriors, a traveller-monk's life on show. Negatives: a heat-wave or
rain forecast, a tulip or peony festival, seedlings sold, a calligraphy or photo show.

Per language 2 look-alikes and 2 negatives (Chinese: one more of each), less one calligraphy-show
negative (uzc) dropped before the held-out set was measured: it shared half its words with a round-44
probe (tables.repeats). Each row: (id, url, headline,
lede or None, relevant).
"""

from __future__ import annotations

PROBES_R55_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r55h-en-flood-model-rel", "https://timesca.com/news/85601/",
     "Chinese and Tajik hydrologists develop a flood early-warning model for the Vakhsh basin", None, True),
    ("r55h-en-terracotta-rel", "https://astanatimes.com/2026/12/terracotta/",
     "Terracotta warriors from Xi'an go on display at Kazakhstan's national museum", None, True),
    ("r55h-en-heatwave-neg", "https://uzdaily.com/en/post/85601",
     "Heat wave across Xinjiang and southern Kazakhstan to last until Sunday, meteorologists say", None, False),
    ("r55h-en-calligraphy-neg", "https://akipress.com/news:85601/",
     "Chinese calligraphy show draws crowds in Bishkek", None, False),
    # ------------------------------------------------------------------ Russian
    ("r55h-ru-lednik-stancii-rel", "https://kaktus.media/doc/85601.html",
     "Китай поможет Кыргызстану установить станции мониторинга ледников и снежного покрова", None, True),
    ("r55h-ru-germplazma-rel", "https://uztag.info/ru/85601",
     "Узбекистан и Китай обменяются образцами зародышевой плазмы хлопчатника", None, True),
    ("r55h-ru-dozhd-neg", "https://kazinform.kz/news/85601",
     "Циклон из Китая принесет дожди на восток Казахстана", None, False),
    ("r55h-ru-tyulpany-neg", "https://asiaplustj.info/ru/news/85601",
     "На фестивале тюльпанов в Душанбе показали китайские сорта", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r55h-zh-ganhan-yujing-rel", "https://www.news.cn/2026/85601.htm",
     "中国专家帮助土库曼斯坦建立干旱监测预警系统", None, True),
    ("r55h-zh-xuanzang-zhan-rel", "http://world.people.com.cn/n1/2026/85601.html",
     "玄奘生平文物展在吉尔吉斯斯坦开展", None, True),
    ("r55h-zh-qihou-luntan-rel", "https://www.xinhuanet.com/2026/85601.htm",
     "中国—中亚气候变化国际论坛在兰州举行", None, True),
    ("r55h-zh-gaowen-neg", "http://www.chinanews.com/2026/85601.shtml",
     "哈萨克斯坦南部与新疆西部持续高温天气", None, False),
    ("r55h-zh-sheying-neg", "https://www.chinadaily.com.cn/a/2026/85601.html",
     "中国摄影作品展在阿斯塔纳展出", None, False),
    ("r55h-zh-zhiku-zhengzhi-neg", "https://www.news.cn/2026/85602.htm",
     "上海智库举办中亚政治转型研讨会", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r55h-kk-su-tasqyny-rel", "https://kazinform.kz/kk/85601",
     "Қытай мен Қазақстан гидрологтары су тасқынын болжау моделін әзірлейді", None, True),
    ("r55h-kk-tas-jauyngerler-rel", "https://egemen.kz/article/85601",
     "Ұлттық музейде Қытайдың терракота жауынгерлері көрмесі ашылды", None, True),
    ("r55h-kk-ystyq-neg", "https://kazinform.kz/kk/85602",
     "Қытайдан келген ыстық ауа райы Түркістан облысында сақталады", None, False),
    ("r55h-kk-kalligrafiya-neg", "https://egemen.kz/article/85602",
     "Қытай каллиграфиясы көрмесі Шымкентте өтті", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r55h-ky-muzduk-stansiya-rel", "https://kabar.kg/ky/news/85601",
     "Кытай адистери мөңгүлөрдү байкоочу станцияларды орнотууга жардам берет", None, True),
    ("r55h-ky-osumduk-ulgu-rel", "https://akipress.org/ky/news:85601",
     "Кыргыз жана кытай ботаниктери өсүмдүк үлгүлөрүн алмашышты", None, True),
    ("r55h-ky-jamgyr-neg", "https://kaktus.media/doc/85602.html",
     "Кытайдан келген циклон Ысык-Көлгө жаан алып келет", None, False),
    ("r55h-ky-koochot-neg", "https://akipress.org/ky/news:85602",
     "Бишкекте кытай көчөттөрү арзан баада сатылууда", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r55h-uz-qurgoqchilik-rel", "https://kun.uz/news/2026/85601",
     "Xitoy mutaxassislari O‘zbekistonda qurg‘oqchilikni bashorat qilish tizimini yaratmoqda", None, True),
    ("r55h-uz-qadimiy-qolyozma-rel", "https://daryo.uz/2026/85601",
     "Xitoy va O‘zbekiston qadimiy qo‘lyozmalari ko‘rgazmasi Buxoroda ochildi", None, True),
    ("r55h-uz-jazirama-neg", "https://kun.uz/news/2026/85602",
     "Xitoydan kirib kelgan jazirama havo Surxondaryoda davom etadi", None, False),
    ("r55h-uz-lola-neg", "https://daryo.uz/2026/85602",
     "Toshkentdagi lola sayliga Xitoy gullari olib kelindi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r55h-uzc-iqlim-lab-rel", "https://uza.uz/uz/posts/85601",
     "Хитой билан ҳамкорликда иқлим ўзгаришини ўрганиш лабораторияси ташкил этилди", None, True),
    ("r55h-uzc-dendrariy-rel", "https://xs.uz/uzc/85601",
     "Хитой олимлари билан дендрарийда ноёб дарахтлар коллекцияси яратилди", None, True),
    ("r55h-uzc-yomgir-neg", "https://uza.uz/uz/posts/85602",
     "Хитойдан келаётган циклон Тошкентга ёмғир олиб келади", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r55h-tg-sel-pishgui-rel", "https://khovar.tj/2026/12/85601/",
     "Мутахассисони Чин ва Тоҷикистон низоми пешгӯии селро таҳия мекунанд", None, True),
    ("r55h-tg-dastnavis-rel", "https://asiaplustj.info/tj/news/85601",
     "Намоишгоҳи дастнависҳои қадимаи Чин ва Тоҷикистон дар Душанбе кушода шуд", None, True),
    ("r55h-tg-garmo-neg", "https://ozodagon.com/85601",
     "Гармои шадид аз Чин ба водии Вахш мерасад", None, False),
    ("r55h-tg-gulho-neg", "https://khovar.tj/2026/12/85602/",
     "Дар ҷашнвораи гулҳо навъҳои чинии гули лола намоиш дода шуданд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r55h-tk-gurakchilik-rel", "https://turkmenportal.com/tk/blog/85601",
     "Hytaý hünärmenleri guraklygy öňünden duýdurýan ulgamy döretmäge kömek edýär", None, True),
    ("r55h-tk-golyazma-rel", "https://arzuw.news/85601",
     "Hytaýyň gadymy golýazmalarynyň sergisi Aşgabatda açyldy", None, True),
    ("r55h-tk-yssy-neg", "https://turkmenportal.com/tk/blog/85602",
     "Hytaýdan gelýän yssy howa Lebapda dowam eder", None, False),
    ("r55h-tk-lale-neg", "https://arzuw.news/85602",
     "Lälezar baýramynda hytaý güllerine uly isleg bildirildi", None, False),
]
