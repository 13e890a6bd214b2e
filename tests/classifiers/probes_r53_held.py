"""Round-53 probes, the HELD-OUT blind set (issue 12): written by hand with ``probes_r53_dev.py``,
before the rules were run on any of it, and measured ONCE, only when the round's fixes were done
(docs/classifier.md, "Round 53 of issue 12"): the honest figure of the round's rules on unseen items of
its family (Chinese goods, food and products with students or a university), in other situations and
words than the dev set: a hot pot, dumpling, noodle or lagman cafe; electric scooters; tractors and
minibuses for an agrarian university; Chinese fruit, sneakers and clothes. Look-alikes: a joint dairy or
food processing lab, a food quality lab, automotive engineering internships and degrees, an
electric-transport master's, a mechanics' training centre. No rule was changed from it.

3 negatives and 1 look-alike per language, one more look-alike in en, ru, zh and uz. Each row: (id,
url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R53_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r53h-en-hotpot-osh-neg", "https://akipress.com/news:80101/",
     "Chinese hot pot chain opens first cafe beside Osh State University", None, False),
    ("r53h-en-scooters-almaty-neg", "https://kursiv.media/en/2026-11-20/80101/",
     "Almaty students snap up Chinese electric scooters as campus rental launches", None, False),
    ("r53h-en-tractors-samarkand-neg", "https://uzdaily.com/en/post/80101",
     "Samarkand agricultural university takes delivery of Chinese tractors", None, False),
    ("r53h-en-dairy-lab-rel", "https://astanatimes.com/2026/11/dairy-lab/",
     "Chinese and Kazakh scientists set up joint dairy processing laboratory", None, True),
    ("r53h-en-auto-internship-rel", "https://uzdaily.com/en/post/80102",
     "Uzbek automotive engineering students begin internships at a Chinese carmaker's training centre in Wuhan",
     None, True),
    # ------------------------------------------------------------------ Russian
    ("r53h-ru-pelmeni-neg", "https://kazinform.kz/news/80101",
     "У общежития университета в Алматы открылось кафе китайских пельменей", None, False),
    ("r53h-ru-samokaty-neg", "https://kaktus.media/doc/80101.html",
     "Студентам Бишкека продают китайские электросамокаты в рассрочку", None, False),
    ("r53h-ru-mikroavtobusy-neg", "https://asiaplustj.info/ru/news/80101",
     "Университет в Худжанде закупил китайские микроавтобусы", None, False),
    ("r53h-ru-pishchevye-tehnologii-rel", "https://uztag.info/ru/80101",
     "Ученые Узбекистана и Китая создадут совместный центр пищевых технологий", None, True),
    ("r53h-ru-elektrotransport-rel", "https://kazinform.kz/news/80102",
     "Китайский вуз и казахстанский университет запустили магистратуру по электротранспорту", None, True),
    # ------------------------------------------------------------------ Chinese
    ("r53h-zh-noodles-neg", "http://www.chinanews.com/2026/80101.shtml",
     "兰州拉面馆开进塔吉克斯坦国立大学校园", None, False),
    ("r53h-zh-ev-delivery-neg", "https://www.news.cn/2026/80101.htm",
     "比亚迪电动车交付哈萨克斯坦一所高校", None, False),
    ("r53h-zh-fruit-neg", "http://world.people.com.cn/n1/2026/80101.html",
     "中国水果受吉尔吉斯斯坦大学生青睐", None, False),
    ("r53h-zh-food-processing-rel", "https://www.xinhuanet.com/2026/80101.htm",
     "中国农业大学与乌兹别克斯坦合作开展食品加工研究", None, True),
    ("r53h-zh-nev-training-rel", "https://www.chinadaily.com.cn/a/2026/80101.html",
     "中国高校与土库曼斯坦高校联合培养新能源汽车专业学生", None, True),
    # ------------------------------------------------------------------ Kazakh
    ("r53h-kk-kafe-neg", "https://kaznu.kz/kk/news/80101",
     "Студенттер қалашығында қытай кафесі жұмысын бастады", None, False),
    ("r53h-kk-samokat-neg", "https://kazinform.kz/kk/80101",
     "Студенттерге қытайлық электросамокаттар жалға беріледі", None, False),
    ("r53h-kk-traktor-neg", "https://kaznaru.edu.kz/kk/news/80101",
     "Аграрлық университетке Қытайдан тракторлар әкелінді", None, False),
    ("r53h-kk-sut-zerthana-rel", "https://kazinform.kz/kk/80102",
     "Қытай ғалымдарымен бірлесіп сүт өнімдерін өңдеу зертханасы құрылды", None, True),
    # ------------------------------------------------------------------ Kyrgyz
    ("r53h-ky-kafe-neg", "https://oshsu.kg/ky/news/80101",
     "Ош шаарында студенттер үчүн кытай тамак-аш кафеси иштей баштады", None, False),
    ("r53h-ky-mikroavtobus-neg", "https://akipress.org/ky/news:80101",
     "Агрардык университетке Кытайдан микроавтобус белекке берилди", None, False),
    ("r53h-ky-krossovka-neg", "https://kaktus.media/doc/80102.html",
     "Студенттер арасында кытай кроссовкалары популярдуу болууда", None, False),
    ("r53h-ky-tamak-programma-rel", "https://akipress.org/ky/news:80102",
     "Кытай университети менен тамак-аш технологиясы боюнча биргелешкен программа ачылды", None, True),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r53h-uz-lagmon-neg", "https://daryo.uz/2026/80101",
     "Talabalar uchun xitoycha lag‘mon kafesi ochildi", None, False),
    ("r53h-uz-samokat-neg", "https://kun.uz/news/2026/80101",
     "Xitoy elektr samokatlari talabalar orasida ommalashmoqda", None, False),
    ("r53h-uz-kiyim-neg", "https://kun.uz/news/2026/80102",
     "Talabalar uchun Xitoy kiyim-kechaklari savdosi tashkil etildi", None, False),
    ("r53h-uz-avtomexanik-rel", "https://kun.uz/news/2026/80103",
     "Xitoy kompaniyasi Andijonda avtomexaniklarni tayyorlash markazini ochdi", None, True),
    ("r53h-uz-oziq-sifat-lab-rel", "https://daryo.uz/2026/80102",
     "Xitoy olimlari bilan oziq-ovqat sifati bo‘yicha qo‘shma laboratoriya tashkil etildi", None, True),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r53h-uzc-kafe-neg", "https://xs.uz/uzc/80101",
     "Олийгоҳ ётоқхонаси ёнида хитой кафеси ишга тушди", None, False),
    ("r53h-uzc-traktor-neg", "https://uza.uz/uz/posts/80101",
     "Аграр университетга Хитойдан тракторлар олиб келинди", None, False),
    ("r53h-uzc-smartfon-neg", "https://xs.uz/uzc/80102",
     "Хитой смартфонлари талабалар орасида энг кўп сотилмоқда", None, False),
    ("r53h-uzc-avtomobilsozlik-rel", "https://xs.uz/uzc/80103",
     "Хитой университети билан автомобилсозлик бўйича қўшма магистратура очилди", None, True),
    # ------------------------------------------------------------------ Tajik
    ("r53h-tg-qahvaxona-neg", "https://ozodagon.com/80101",
     "Қаҳвахонаи чинӣ барои донишҷӯёни Хуҷанд ба кор шурӯъ кард", None, False),
    ("r53h-tg-moshin-neg", "https://asiaplustj.info/tj/news/80101",
     "Донишгоҳи аграрӣ аз Чин мошинҳои нав харид", None, False),
    ("r53h-tg-telefon-neg", "https://khovar.tj/2026/11/80101/",
     "Телефонҳои чинӣ дар байни донишҷӯён харидоргирии зиёд доранд", None, False),
    ("r53h-tg-xurokvori-lab-rel", "https://ozodagon.com/80102",
     "Донишгоҳи аграрӣ бо Чин лабораторияи коркарди маҳсулоти хӯрокворӣ таъсис дод", None, True),
    # ------------------------------------------------------------------ Turkmen
    ("r53h-tk-kafe-neg", "https://turkmenportal.com/tk/blog/80101",
     "Talyplar üçin hytaý kafesi açyldy", None, False),
    ("r53h-tk-traktor-neg", "https://tdou.edu.tm/tk/news/80101",
     "Oba hojalyk uniwersitetine Hytaýdan traktorlar getirildi", None, False),
    ("r53h-tk-krossowka-neg", "https://arzuw.news/80101",
     "Hytaý krossowkalary talyplaryň arasynda meşhur", None, False),
    ("r53h-tk-awtomobil-inzener-rel", "https://turkmenportal.com/tk/blog/80102",
     "Türkmen talyplary Hytaýda awtomobil inženerçiligi hünärini öwrenýärler", None, True),
]
