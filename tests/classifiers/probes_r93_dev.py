"""Round-93 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on
any of it (docs/classifier.md, "Round 93 of issue 12"), measured once before the fixes, then used to fix
from. Family: desert science (desertification, moving dunes, saxaul planting as research, the academies'
institutes), remote sensing and satellite data in joint research, AI and digital tools tested jointly in
medicine and farming, and doctors or surgeons learning a method in a Chinese hospital. Hard negatives:
drones or satellites bought, sand storms, officials visiting hospitals, surgery on patients as aid, AI
business deals, the same with another partner.

Per language 2 relevant items and 2 hard negatives (36), headlines only, each with a plausible outlet url.
Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R93_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r93d-en-karakum-dunes-rel", "https://www.turkmenistan.ru/en/93101/",
     "Xinjiang Institute of Ecology and Geography scientists map moving dunes in Turkmenistan's Karakum", None, True),
    ("r93d-en-laparoscopy-beijing-rel", "https://astanatimes.com/2026/12/93102/",
     "Kazakh surgeons learn laparoscopic techniques at a Beijing hospital", None, True),
    ("r93d-en-drones-bought-neg", "https://www.gazeta.uz/en/2026/12/11/93103/",
     "Uzbekistan buys 200 agricultural drones from Chinese maker", None, False),
    ("r93d-en-korea-tb-ai-neg", "https://24.kg/english/93104/",
     "Kyrgyz and Korean researchers pilot AI tuberculosis screening in Bishkek", None, False),
    # ------------------------------------------------------------------ Russian
    ("r93d-ru-peski-karakum-rel", "https://www.turkmenportal.com/blog/93105",
     "Туркменские и китайские учёные займутся закреплением подвижных песков в Каракумах", None, True),
    ("r93d-ru-kardiohirurgi-uhan-rel", "https://www.gazeta.uz/ru/2026/12/11/93106/",
     "Ташкентские кардиохирурги прошли обучение в клинике Уханя", None, True),
    ("r93d-ru-burya-taklamakan-neg", "https://tengrinews.kz/kazakhstan_news/93107/",
     "Песчаная буря из пустыни Такла-Макан дошла до Алматы", None, False),
    ("r93d-ru-sputnik-rossiya-neg", "https://www.inform.kz/ru/93108",
     "Казкосмос и Роскосмос договорились о запуске спутника ДЗЗ", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r93d-zh-suosuo-xianhai-rel", "https://www.ts.cn/xwzx/2026/12/11/93109.shtml",
     "乌兹别克斯坦与中国科研人员在咸海干涸湖床试种梭梭固沙", None, True),
    ("r93d-zh-ai-jiehe-shaicha-rel", "https://www.chinanews.com.cn/gj/2026/12-11/93110.shtml",
     "中国与吉尔吉斯斯坦医生联合试点人工智能结核病筛查", None, True),
    ("r93d-zh-weixing-caigou-neg", "https://www.chinanews.com.cn/cj/2026/12-11/93111.shtml",
     "哈萨克斯坦从中国采购两颗遥感卫星", None, False),
    ("r93d-zh-mianfei-shoushu-neg", "http://www.xinhuanet.com/world/2026-12/11/c_93112.htm",
     "中国医疗队在塔吉克斯坦为百余名患者实施免费手术", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r93d-kk-aral-sputnik-rel", "https://www.inform.kz/kz/93113",
     "Қазақстан мен Қытай ғалымдары Арал құмдарын спутниктік деректер арқылы зерттейді", None, True),
    ("r93d-kk-laparoskopiya-beijing-rel", "https://egemen.kz/article/93114",
     "Қазақстандық хирургтер Бейжіңде лапароскопия әдісін меңгерді", None, True),
    ("r93d-kk-agrodron-satyp-neg", "https://baq.kz/kk/news/93115",
     "Түркістан облысы Қытайдан 50 агродрон сатып алды", None, False),
    ("r93d-kk-turkiya-ii-neg", "https://www.inform.kz/kz/93116",
     "Қазақстан мен Түркия жасанды интеллект арқылы қатерлі ісікті анықтауды сынайды", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r93d-ky-monguloor-sputnik-rel", "https://kabar.kg/kyrg/news/93117/",
     "Кытайлык окумуштуулар менен кыргыз адистери Тянь-Шань мөңгүлөрүн спутник аркылуу изилдешет", None, True),
    ("r93d-ky-endoskopiya-urumchu-rel", "https://kg.akipress.org/news:93118/",
     "Бишкектик дарыгерлер Үрүмчүдөгү ооруканада эндоскопия боюнча окуудан өтүштү", None, True),
    ("r93d-ky-akysyz-operaciya-neg", "https://kabar.kg/kyrg/news/93119/",
     "Кытайдын медициналык тобу Ошто 50 бейтапка акысыз операция жасады", None, False),
    ("r93d-ky-ii-kelishim-neg", "https://kg.akipress.org/news:93120/",
     "Кыргызстан кытай компаниясы менен жасалма интеллект боюнча 10 миллион долларлык келишим түздү", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r93d-uz-dron-paxta-rel", "https://kun.uz/news/2026/12/11/93121",
     "Xitoy mutaxassislari Farg‘onada paxta dalalarida dronlar yordamida aqlli sug‘orishni sinovdan o‘tkazmoqda",
     None, True),
    ("r93d-uz-saksovul-institut-rel", "https://uza.uz/uz/posts/93122",
     "Fanlar akademiyasi Botanika instituti va Shinjon ekologiya instituti saksovul ekish bo‘yicha tadqiqot boshladi",
     None, True),
    ("r93d-uz-ii-sotdi-neg", "https://daryo.uz/2026/12/11/93123",
     "Xitoy kompaniyasi Samarqanddagi xususiy klinikaga sun’iy intellekt tizimini sotdi", None, False),
    ("r93d-uz-yaponiya-orol-neg", "https://kun.uz/news/2026/12/11/93124",
     "O‘zbekiston va Yaponiya olimlari Orolning qurigan tubini sun’iy yo‘ldosh ma’lumotlari asosida o‘rganadi",
     None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r93d-uzc-amudaryo-yoldosh-rel", "https://uza.uz/oz/posts/93125",
     "Фанлар академияси Сув муаммолари институти Хитой олимлари билан сунъий йўлдош маълумотлари асосида Амударёни "
     "ўрганмоқда", None, True),
    ("r93d-uzc-yurak-jarrohligi-rel", "https://xs.uz/uzkr/post/93126",
     "Андижонлик жарроҳлар Шанхай клиникасида юрак жарроҳлиги бўйича малака оширди", None, True),
    ("r93d-uzc-vazir-tashrif-neg", "https://yuz.uz/uz/news/93127",
     "Хитой соғлиқни сақлаш вазири Тошкентдаги шифохонага ташриф буюрди", None, False),
    ("r93d-uzc-turkiya-saraton-neg", "https://xs.uz/uzkr/post/93128",
     "Ўзбекистон ва Туркия шифокорлари сунъий интеллект ёрдамида саратон ташхисини синовдан ўтказди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r93d-tg-piryakh-mohvora-rel", "https://khovar.tj/2026/12/93129/",
     "Олимони Академияи миллии илмҳои Тоҷикистон ва Институти экология ва географияи Шинҷон пиряхҳоро тавассути "
     "моҳвора омӯхтанд", None, True),
    ("r93d-tg-laparoskopiya-urumchi-rel", "https://www.sadoimardum.tj/tandurusti/93130/",
     "Ҷарроҳони Душанбе дар беморхонаи Урумчи усули лапароскопияро аз худ карданд", None, True),
    ("r93d-tg-dron-harid-neg", "https://khovar.tj/2026/12/93131/",
     "Ширкати чинӣ ба деҳқонони Суғд дронҳои кишоварзӣ фурӯхт", None, False),
    ("r93d-tg-jarrohi-roygon-neg", "https://jumhuriyat.tj/index.php/93132",
     "Гурӯҳи табибони чинӣ дар Кӯлоб ба 80 бемор ҷарроҳии ройгон анҷом дод", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r93d-tk-garagum-cageler-rel", "https://orient.tm/tm/post/93133/",
     "Çöller institutynyň alymlary hytaýly hünärmenler bilen süýşýän çägeleri berkitmegiň usulyny synaýar", None, True),
    ("r93d-tk-yurek-operasiya-rel", "https://tdh.gov.tm/tk/post/93134/",
     "Türkmen hirurglary Pekiniň hassahanasynda ýürek operasiýalary boýunça okuw geçdi", None, True),
    ("r93d-tk-dron-satyn-neg", "https://tdh.gov.tm/tk/post/93135/",
     "Daşoguzyň daýhanlary Hytaýda öndürilen dronlary satyn aldy", None, False),
    ("r93d-tk-rus-incekesel-neg", "https://orient.tm/tm/post/93136/",
     "Türkmen we rus alymlary emeli aň arkaly inçekeseli anyklamagy synap görýär", None, False),
]
