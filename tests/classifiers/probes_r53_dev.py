"""Round-53 development probes (issue 12): a blind set written by hand before the rules were run on any
of it (docs/classifier.md, "Round 53 of issue 12"), measured once with the rules of the branch's base
before any fix (the round's honest figure before); the fixes were then written from it.
``probes_r53_held`` is the set they were NOT written from.

The family (round 50's "Left"): students, a university or a campus and something Chinese that is a
product, not cooperation: a Chinese canteen, restaurant or cafe; buses, cars or electric cars made in
China bought by or delivered to a university; Chinese tea or food tasted by students; Chinese phones
or laptops handed out or sold to students; a shop of Chinese goods near a campus. Look-alikes that must
stay relevant: food science and food security research, a joint food technology lab, electric-vehicle
battery research, an automotive engineering programme, a car-maker's college training mechanics.

For each of en, ru, zh, kk, ky, uz (Latin), uzc (Uzbek Cyrillic), tg and tk: 5 negatives and 2
look-alikes. Headlines (a few with a lede), each with the url of an outlet (a Central Asian news site or
university, a Chinese news site); each is measured with its url and without it. Each row: (id, url,
headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R53_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r53d-en-canteen-kaznu-neg", "https://astanatimes.com/2026/11/chinese-canteen/",
     "Chinese noodle canteen opens for students at Kazakh National University", None, False),
    ("r53d-en-yutong-buses-neg", "https://uzdaily.com/en/post/90001",
     "Uzbek university receives 12 Chinese-made buses for student transport", None, False),
    ("r53d-en-tea-tasting-neg", "https://akipress.com/news:80001/",
     "Kyrgyz students sample Chinese green tea at campus tasting",
     "Students of Bishkek State University tasted oolong and jasmine tea brought by a tea merchant "
     "from Fujian on Tuesday. The merchant also sold porcelain tea sets and said he plans to open a "
     "tea shop in the city centre.", False),
    ("r53d-en-smartphone-store-neg", "https://asiaplustj.info/en/news/1",
     "Chinese smartphone brand offers Tajik students discounts at new Dushanbe store", None, False),
    ("r53d-en-campus-fleet-neg", "https://turkmenportal.com/en/blog/90001",
     "Turkmen State University buys Chinese electric cars for its campus fleet", None, False),
    ("r53d-en-food-tech-lab-rel", "https://astanatimes.com/2026/11/food-lab/",
     "Almaty and Xi'an universities start a food technology lab to study grain storage", None, True),
    ("r53d-en-ev-battery-research-rel", "https://uzdaily.com/en/post/90002",
     "Uzbek and Chinese engineers launch joint research on electric vehicle batteries", None, True),
    # ------------------------------------------------------------------ Russian
    ("r53d-ru-stolovaya-neg", "https://kaktus.media/doc/90001.html",
     "В студенческом городке КНУ открылась столовая китайской кухни",
     "Столовая рассчитана на 200 мест, в меню лапша, пельмени и жареный рис. Повара приехали из "
     "Урумчи, цены, по словам администрации, доступны студентам.", False),
    ("r53d-ru-avtobusy-neg", "https://kazinform.kz/news/90001",
     "Университету в Караганде передали пять китайских автобусов для студентов", None, False),
    ("r53d-ru-chai-neg", "https://uztag.info/ru/90001",
     "Студенты ташкентского вуза продегустировали китайский чай", None, False),
    ("r53d-ru-smartfony-neg", "https://asiaplustj.info/ru/news/90001",
     "Студентам-отличникам в Душанбе вручили китайские смартфоны", None, False),
    ("r53d-ru-magazin-neg", "https://turkmenportal.com/ru/blog/90001",
     "Возле университета в Ашхабаде открылся магазин китайских товаров", None, False),
    ("r53d-ru-prodbezopasnost-rel", "https://kazinform.kz/news/90002",
     "Казахстанские и китайские ученые изучат продовольственную безопасность региона", None, True),
    ("r53d-ru-avtokolledzh-rel", "https://uztag.info/ru/90002",
     "Китайский автопроизводитель откроет в Ташкенте колледж для подготовки автомехаников", None, True),
    # ------------------------------------------------------------------ Chinese
    ("r53d-zh-canteen-neg", "https://www.xinhuanet.com/2026/90001.htm",
     "哈萨克斯坦一所大学开设中餐食堂 学生排队品尝",
     "食堂由一名来自西安的厨师经营，供应拉面、饺子和盖浇饭，每天接待数百名学生。", False),
    ("r53d-zh-school-buses-neg", "http://www.chinanews.com/2026/90001.shtml",
     "国产大巴交付乌兹别克斯坦一所大学", None, False),
    ("r53d-zh-tea-neg", "https://www.news.cn/2026/90001.htm",
     "吉尔吉斯斯坦大学生品鉴中国茶叶", None, False),
    ("r53d-zh-phones-neg", "http://world.people.com.cn/n1/2026/90001.html",
     "国产手机在塔吉克斯坦大学生中热销", None, False),
    ("r53d-zh-supermarket-neg", "https://www.chinadaily.com.cn/a/2026/90001.html",
     "土库曼斯坦首家中国商品超市在阿什哈巴德大学城附近开业", None, False),
    ("r53d-zh-food-safety-lab-rel", "https://www.xinhuanet.com/2026/90002.htm",
     "中哈共建食品安全联合实验室", None, True),
    ("r53d-zh-auto-engineering-rel", "http://www.chinanews.com/2026/90002.shtml",
     "中国高校为乌兹别克斯坦培养汽车工程专业人才", None, True),
    # ------------------------------------------------------------------ Kazakh
    ("r53d-kk-asxana-neg", "https://kazinform.kz/kk/90001",
     "Университет жатақханасында қытай асханасы ашылды",
     "Асханада кеспе, тұшпара және күріш тағамдары ұсынылады. Аспазшылар Үрімжіден келген, бағасы "
     "студенттерге қолжетімді.", False),
    ("r53d-kk-avtobus-neg", "https://abai.edu.kz/kk/news/90001",
     "Университетке Қытайда жасалған жаңа автобустар келді", None, False),
    ("r53d-kk-telefon-neg", "https://kazinform.kz/kk/90002",
     "Студенттерге қытай ұялы телефондары жеңілдікпен сатылады", None, False),
    ("r53d-kk-dukan-neg", "https://kazinform.kz/kk/90003",
     "Қарағанды университеті маңында қытай тауарлары дүкені ашылды", None, False),
    ("r53d-kk-elektromobil-neg", "https://kazinform.kz/kk/90004",
     "Университет қызметкерлеріне қытайлық электромобильдер сатып алынды", None, False),
    ("r53d-kk-azyq-qauipsizdik-rel", "https://kazinform.kz/kk/90005",
     "Қытай мен Қазақстан ғалымдары астық сақтау технологиясын бірге зерттейді", None, True),
    ("r53d-kk-tagam-zerthana-rel", "https://kaznaru.edu.kz/kk/news/90001",
     "Университетте Қытаймен бірге тағам технологиясы зертханасы ашылды", None, True),
    # ------------------------------------------------------------------ Kyrgyz
    ("r53d-ky-ashkana-neg", "https://kaktus.media/doc/90002.html",
     "Университеттин кампусунда кытай ашканасы ачылды", None, False),
    ("r53d-ky-avtobus-neg", "https://akipress.org/ky/news:90001",
     "Студенттер үчүн Кытайдан жаңы автобустар сатылып алынды", None, False),
    ("r53d-ky-tamak-neg", "https://kaktus.media/doc/90003.html",
     "Жатаканада студенттерге кытай тамактары жана чайы сунушталды", None, False),
    ("r53d-ky-smartfon-neg", "https://knu.kg/ky/news/90001",
     "Мыкты окуган студенттерге кытай смартфондору тапшырылды", None, False),
    ("r53d-ky-dukon-neg", "https://akipress.org/ky/news:90002",
     "Ош университетинин жанында кытай товарлар дүкөнү ачылды", None, False),
    ("r53d-ky-batareya-rel", "https://akipress.org/ky/news:90003",
     "Электромобилдердин батареялары боюнча кыргыз-кытай изилдөө тобу түзүлдү", None, True),
    ("r53d-ky-avto-kolledj-rel", "https://kaktus.media/doc/90004.html",
     "Кытайлык автоунаа компаниясы Бишкекте механиктерди даярдоочу колледж ачты", None, True),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r53d-uz-restoran-neg", "https://kun.uz/news/2026/90001",
     "Universitet hududida xitoy restorani faoliyat boshladi", None, False),
    ("r53d-uz-elektromobil-neg", "https://daryo.uz/2026/90001",
     "Universitet xodimlari uchun Xitoy elektromobillari xarid qilindi", None, False),
    ("r53d-uz-choy-neg", "https://kun.uz/news/2026/90002",
     "Talabalar xitoy choyi va shirinliklarini tatib ko‘rishdi", None, False),
    ("r53d-uz-noutbuk-neg", "https://samdu.edu.uz/uz/news/90001",
     "Iqtidorli talabalarga Xitoy noutbuklari topshirildi", None, False),
    ("r53d-uz-dokon-neg", "https://daryo.uz/2026/90002",
     "Talabalar shaharchasida xitoy mahsulotlari do‘koni ochildi", None, False),
    ("r53d-uz-oziq-ovqat-rel", "https://kun.uz/news/2026/90003",
     "O‘zbek va xitoy olimlari oziq-ovqat xavfsizligi bo‘yicha qo‘shma tadqiqot boshlashdi", None, True),
    ("r53d-uz-avtomobilsozlik-rel", "https://daryo.uz/2026/90003",
     "Xitoy universiteti bilan avtomobilsozlik muhandisligi bo‘yicha qo‘shma dastur ochildi", None, True),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r53d-uzc-restoran-neg", "https://xs.uz/uzc/90001",
     "Университет ёнида хитой ресторани очилди", None, False),
    ("r53d-uzc-avtobus-neg", "https://xs.uz/uzc/90002",
     "Талабаларни ташиш учун Хитой автобуслари сотиб олинди", None, False),
    ("r53d-uzc-taom-neg", "https://uza.uz/uz/posts/90001",
     "Ёшлар ҳафталигида талабалар хитой таомларини тотиб кўрди", None, False),
    ("r53d-uzc-smartfon-neg", "https://uza.uz/uz/posts/90002",
     "Олийгоҳ битирувчиларига хитой смартфонлари тақдим этилди", None, False),
    ("r53d-uzc-kiyim-dokon-neg", "https://xs.uz/uzc/90003",
     "Талабалар учун хитой кийим-кечак дўкони очилди", None, False),
    ("r53d-uzc-oziq-lab-rel", "https://uza.uz/uz/posts/90003",
     "Хитой билан ҳамкорликда озиқ-овқат технологиялари лабораторияси очилди", None, True),
    ("r53d-uzc-batareya-rel", "https://xs.uz/uzc/90004",
     "Ўзбек ва хитой олимлари электромобиллар учун батареялар яратиш устида ишламоқда", None, True),
    # ------------------------------------------------------------------ Tajik
    ("r53d-tg-oshxona-neg", "https://ozodagon.com/90001",
     "Дар шаҳраки донишҷӯён ошхонаи чинӣ кушода шуд", None, False),
    ("r53d-tg-avtobus-neg", "https://khovar.tj/2026/11/90001/",
     "Барои донишгоҳ автобусҳои истеҳсоли Чин харидорӣ шуданд", None, False),
    ("r53d-tg-choy-neg", "https://ozodagon.com/90002",
     "Донишҷӯён чойи чиниро чашиданд", None, False),
    ("r53d-tg-telefon-neg", "https://tnu.tj/tj/news/90001",
     "Ба донишҷӯёни аълохон телефонҳои чинӣ тақдим шуданд", None, False),
    ("r53d-tg-maghoza-neg", "https://khovar.tj/2026/11/90002/",
     "Дар назди донишгоҳ мағозаи молҳои чинӣ кушода шуд", None, False),
    ("r53d-tg-amniyati-ozuqa-rel", "https://khovar.tj/2026/11/90003/",
     "Олимони тоҷик ва чинӣ оид ба амнияти озуқаворӣ таҳқиқоти муштарак оғоз карданд", None, True),
    ("r53d-tg-mehanik-kollej-rel", "https://ozodagon.com/90003",
     "Ширкати чинӣ дар Душанбе барои омода кардани механикҳои автомобил коллеҷ кушод", None, True),
    # ------------------------------------------------------------------ Turkmen
    ("r53d-tk-restoran-neg", "https://turkmenportal.com/tk/blog/90001",
     "Uniwersitetiň talyplar şäherçesinde hytaý naharlary restorany açyldy", None, False),
    ("r53d-tk-awtobus-neg", "https://tdu.edu.tm/tk/news/90001",
     "Talyplar üçin Hytaýda öndürilen awtobuslar satyn alyndy", None, False),
    ("r53d-tk-cay-neg", "https://turkmenportal.com/tk/blog/90002",
     "Talyplar hytaý çaýynyň tagamyna syn etdiler", None, False),
    ("r53d-tk-smartfon-neg", "https://arzuw.news/90001",
     "Tapawutlanan talyplara hytaý smartfonlary gowşuryldy", None, False),
    ("r53d-tk-dukan-neg", "https://arzuw.news/90002",
     "Uniwersitetiň golaýynda hytaý harytlary dükany açyldy", None, False),
    ("r53d-tk-azyk-howpsuzlygy-rel", "https://turkmenportal.com/tk/blog/90003",
     "Azyk önümlerini gaýtadan işlemek boýunça türkmen-hytaý ylmy taslamasy başlandy", None, True),
    ("r53d-tk-elektrik-ulag-lab-rel", "https://tdu.edu.tm/tk/news/90002",
     "Hytaýyň uniwersiteti bilen elektrik ulaglary boýunça bilelikdäki laboratoriýa açyldy", None, True),
]
