"""Round-57 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on
any of it (docs/classifier.md, "Round 57 of issue 12"), measured once before the fixes (the honest dev
row), then used to fix from. The round is about precision: stories that name both sides and a word the
rules read as science or education, but are about something else. Hard negatives: journalists' and media
workers' seminars, press tours and media forums; a youth forum; students evacuated or urged home from an
outbreak or unrest; a clinic, a treatment centre or medical tourism (a health service); a diplomat
praising a country's farming potential, or a list of economic sectors (farming beside housing and
pharmaceuticals); China's agreement with dozens of countries (no Central Asian side but the language's).
Relevant look-alikes: scholarships or internships for journalism students, joint farming research (a new
variety bred together, a joint research centre), doctors trained in or jointly researching Chinese
medicine, a forum of young scientists.

Per language 4 hard negatives and 2 relevant look-alikes. Each row: (id, url, headline, lede or None,
relevant).
"""

from __future__ import annotations

PROBES_R57_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r57d-en-journalists-seminar-neg", "https://timesca.com/news/87101/",
     "Journalists from Kazakhstan and Uzbekistan attend a two-week media seminar in Beijing", None, False),
    ("r57d-en-youth-forum-neg", "https://asiaplustj.info/en/news/87101",
     "Tajikistan and China agree to hold a youth forum in Dushanbe next year",
     "The sides also discussed tourism and cultural exchanges.", False),
    ("r57d-en-evacuation-neg", "https://24.kg/english/87101/",
     "Kyrgyzstan evacuates its students from Wuhan amid virus outbreak", None, False),
    ("r57d-en-potential-neg", "https://uzdaily.com/en/post/87101",
     "Chinese ambassador praises Uzbekistan's agricultural potential",
     "The envoy said Uzbek fruit and vegetables are in growing demand on the Chinese market.", False),
    ("r57d-en-journalism-grant-rel", "https://astanatimes.com/2026/12/journalism-scholarships/",
     "Chinese university offers scholarships to Kazakh journalism students", None, True),
    ("r57d-en-saline-soils-rel", "https://kazinform.kz/en/87101",
     "Kazakh and Chinese agronomists set up a research station for saline soils near Shymkent", None, True),
    # ------------------------------------------------------------------ Russian
    ("r57d-ru-press-tur-neg", "https://kaktus.media/doc/87101.html",
     "Журналисты из Кыргызстана отправились в пресс-тур по Синьцзяну", None, False),
    ("r57d-ru-sektora-neg", "https://kursiv.media/2026-12-02/87101/",
     "Китай и Казахстан обсудили проекты в сельском хозяйстве, фармацевтике и жилищном строительстве", None, False),
    ("r57d-ru-klinika-neg", "https://uz24.uz/ru/87101",
     "Китайская клиника иглоукалывания начнет принимать пациентов в Ташкенте",
     "Клиника будет принимать пациентов с января.", False),
    ("r57d-ru-molodezh-forum-neg", "https://turkmenportal.com/ru/87101",
     "Туркменистан предложил провести молодежный форум Центральной Азии и Китая", None, False),
    ("r57d-ru-vrachi-obuchenie-rel", "https://uza.uz/ru/posts/87101",
     "Узбекские врачи пройдут обучение методам китайской медицины в Пекине", None, True),
    ("r57d-ru-molodye-uchenye-rel", "https://kabar.kg/news/87101",
     "Молодые ученые Кыргызстана и Китая провели совместный научный форум", None, True),
    # ------------------------------------------------------------------ Chinese
    ("r57d-zh-jizhe-caifang-neg", "https://www.news.cn/2026/87101.htm",
     "哈萨克斯坦媒体记者团走进新疆采访", None, False),
    ("r57d-zh-cheli-neg", "http://www.chinanews.com/2026/87101.shtml",
     "吉尔吉斯斯坦留学生从武汉撤离回国", None, False),
    ("r57d-zh-qianli-neg", "https://www.chinadaily.com.cn/a/2026/87101.html",
     "中国驻吉尔吉斯斯坦大使盛赞吉方畜牧业潜力", None, False),
    ("r57d-zh-yiliao-lvyou-neg", "http://world.people.com.cn/n1/2026/87101.html",
     "新疆医院迎来越来越多的吉尔吉斯斯坦患者 医疗旅游升温", None, False),
    ("r57d-zh-xinwen-yanjiusheng-rel", "https://www.xinhuanet.com/2026/87101.htm",
     "中哈高校联合培养新闻传播专业研究生", None, True),
    ("r57d-zh-zhongyiyao-yanjiu-rel", "https://www.news.cn/2026/87102.htm",
     "中乌中医药联合研究中心在塔什干揭牌", None, True),
    # ------------------------------------------------------------------ Kazakh
    ("r57d-kk-media-tur-neg", "https://kazinform.kz/kk/87101",
     "Қазақстандық журналистер Қытайда медиа-турға қатысты", None, False),
    ("r57d-kk-kop-el-neg", "https://egemen.kz/article/87101",
     "Қытай 40 елмен жоғары білім туралы дипломдарды тану келісіміне қол қойды", None, False),
    ("r57d-kk-aleuet-neg", "https://baq.kz/87101",
     "Қытайлық дипломат: Қазақстанның аграрлық әлеуеті зор", None, False),
    ("r57d-kk-emdeu-neg", "https://kazinform.kz/kk/87102",
     "Алматыда қытай медицинасының емдеу орталығы ашылады",
     "Орталықта қытайлық дәрігерлер науқастарды қабылдайды.", False),
    ("r57d-kk-jurnalistika-rel", "https://egemen.kz/article/87102",
     "Қазақстандық журналистика студенттері Қытай университетінде тағылымдамадан өтеді", None, True),
    ("r57d-kk-arpa-sorty-rel", "https://kazinform.kz/kk/87103",
     "Қазақстан мен Қытай селекционерлері құрғақшылыққа төзімді арпа сортын сынап жатыр", None, True),
    # ------------------------------------------------------------------ Kyrgyz
    ("r57d-ky-jurnalist-seminar-neg", "https://kabar.kg/ky/news/87101",
     "Кыргызстандык журналисттер Кытайда семинарга катышты", None, False),
    ("r57d-ky-evakuatsiya-neg", "https://24.kg/kyrgyzcha/87101/",
     "Ухандагы кыргыз студенттери эвакуацияланды", None, False),
    ("r57d-ky-kop-olko-neg", "https://akipress.org/ky/news:87101",
     "Кытай 30дан ашык өлкө менен билим туурасындагы дипломдорду таануу келишимин түздү", None, False),
    ("r57d-ky-potentsial-neg", "https://kabar.kg/ky/news/87102",
     "Кытайдын элчиси Кыргызстандын айыл чарба потенциалын жогору баалады", None, False),
    ("r57d-ky-topurak-stansiya-rel", "https://kabar.kg/ky/news/87103",
     "Кытайлык агрономдор Нарында топурак изилдөө станциясын кыргыз адистери менен ачты", None, True),
    ("r57d-ky-darygerler-sabak-rel", "https://akipress.org/ky/news:87102",
     "Кытайлык дарыгерлер Ош мамлекеттик университетинин студенттерине тажрыйба сабак өтүштү", None, True),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r57d-uz-media-tur-neg", "https://kun.uz/news/2026/12/02/87101",
     "O‘zbek jurnalistlari Xitoyda media-turda bo‘lishdi", None, False),
    ("r57d-uz-kop-davlat-neg", "https://daryo.uz/2026/12/02/87101",
     "Xitoy 50 dan ortiq davlat bilan diplomlarni tan olish to‘g‘risida kelishuv imzoladi", None, False),
    ("r57d-uz-klinika-neg", "https://kun.uz/news/2026/12/02/87102",
     "Toshkentda Xitoy tibbiyoti klinikasi ochildi",
     "Klinikada xitoylik shifokorlar bemorlarni qabul qiladi.", False),
    ("r57d-uz-yoshlar-forum-neg", "https://uza.uz/oz/posts/87101",
     "O‘zbekiston va Xitoy yoshlar forumini o‘tkazishga kelishdi", None, False),
    ("r57d-uz-jurnalistika-grant-rel", "https://daryo.uz/2026/12/02/87102",
     "Pekindagi universitet jurnalistika yo‘nalishida o‘qiydigan o‘zbek talabalariga stipendiya beradi", None, True),
    ("r57d-uz-pomidor-navi-rel", "https://uza.uz/oz/posts/87102",
     "O‘zbekistonlik va xitoylik selektsionerlar pomidorning issiqqa chidamli navini sinamoqda", None, True),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r57d-uzc-seminar-neg", "https://xs.uz/uzkr/post/87101",
     "Ўзбек журналистлари Пекинда малака ошириш семинарида қатнашди", None, False),
    ("r57d-uzc-salohiyat-neg", "https://uza.uz/uz/posts/87101",
     "Хитой элчиси Ўзбекистоннинг қишлоқ хўжалиги салоҳиятини юқори баҳолади", None, False),
    ("r57d-uzc-evakuatsiya-neg", "https://xs.uz/uzkr/post/87102",
     "Уҳандаги ўзбек талабалари эвакуация қилинди", None, False),
    ("r57d-uzc-yoshlar-forum-neg", "https://uza.uz/uz/posts/87102",
     "Хитой ва Ўзбекистон ёшлар форуми Самарқандда бўлиб ўтади", None, False),
    ("r57d-uzc-tuproq-lab-rel", "https://xs.uz/uzkr/post/87103",
     "Хитой аграр университети Самарқандда тупроқшунослик лабораториясини очди", None, True),
    ("r57d-uzc-tibbiyot-kurs-rel", "https://uza.uz/uz/posts/87103",
     "Тошкент тиббиёт академиясида Хитой анъанавий тиббиёти ўқув курси очилди", None, True),
    # ------------------------------------------------------------------ Tajik
    ("r57d-tg-rasonaho-neg", "https://khovar.tj/87101/",
     "Рӯзноманигорони тоҷик дар Чин дар семинари расонаҳо ширкат карданд", None, False),
    ("r57d-tg-kishvarho-neg", "https://asiaplustj.info/tj/news/87101",
     "Чин бо зиёда аз 40 кишвар оид ба эътирофи дипломҳо созишнома имзо кард", None, False),
    ("r57d-tg-klinika-neg", "https://khovar.tj/87102/",
     "Клиникаи акупунктураи чинӣ дар Хуҷанд ба қабули беморон оғоз кард",
     "Дар клиника табибони чинӣ беморонро қабул мекунанд.", False),
    ("r57d-tg-iqtidor-neg", "https://asiaplustj.info/tj/news/87102",
     "Сафири Чин иқтидори кишоварзии Тоҷикистонро баланд арзёбӣ кард", None, False),
    ("r57d-tg-gandum-rel", "https://khovar.tj/87103/",
     "Селексионерони Чин ва Тоҷикистон навъи гандуми ба хушксолӣ тобоварро месанҷанд", None, True),
    ("r57d-tg-jurnalistika-rel", "https://asiaplustj.info/tj/news/87103",
     "Донишгоҳи Чин барои донишҷӯёни журналистикаи тоҷик стипендия ҷудо кард", None, True),
    # ------------------------------------------------------------------ Turkmen
    ("r57d-tk-media-sapar-neg", "https://turkmenportal.com/tm/blog/87101",
     "Türkmen žurnalistleri Hytaýda media-saparda boldular", None, False),
    ("r57d-tk-dowlet-diplom-neg", "https://orient.tm/tm/post/87101",
     "Pekin 35 döwletiň ýokary okuw jaýlarynyň diplomlaryny tanar", None, False),
    ("r57d-tk-klinika-neg", "https://turkmenportal.com/tm/blog/87102",
     "Hytaý lukmançylyk klinikasy Aşgabatda näsaglary kabul edip başlady",
     "Merkezde hytaýly lukmanlar näsaglary kabul eder.", False),
    ("r57d-tk-yaslar-forum-neg", "https://orient.tm/tm/post/87102",
     "Türkmenistan bilen Hytaý ýaşlar forumyny geçirer", None, False),
    ("r57d-tk-sorlanma-rel", "https://turkmenportal.com/tm/blog/87103",
     "Hytaýly agronomlar türkmen hünärmenleri bilen Daşoguzda topragyň şorlanmagyny öwrenýär", None, True),
    ("r57d-tk-zurnalistika-rel", "https://orient.tm/tm/post/87103",
     "Pekiniň uniwersiteti žurnalistika hünärini öwrenýän türkmen talyplaryna stipendiýa berer", None, True),
]
