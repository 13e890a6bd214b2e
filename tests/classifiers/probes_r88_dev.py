"""Round-88 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on
any of it (docs/classifier.md, "Round 88 of issue 12"), measured once before the fixes, then used to fix
from. Family: the coding schools, ICT academies and digital-skills courses of Chinese technology companies
in Central Asia; aviation cadets and pilots trained in China; conservatories and art academies (students,
masterclasses, joint programmes), with both sides named. Hard negatives: phone sales and 5G contracts,
flights and airline routes, aircraft purchases, concerts and festivals without teaching, the same with
other partners.

Per language 2 relevant items and 2 hard negatives (36), headlines only, each with a plausible outlet url.
Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R88_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r88d-en-ict-academy-tuit-rel", "https://www.gazeta.uz/en/2026/12/12/88101/",
     "Tashkent IT university and Huawei launch a network engineering academy for 200 students", None, True),
    ("r88d-en-guanghan-cadets-rel", "https://24.kg/english/88102/",
     "Kyrgyz cadet pilots begin flight training at Civil Aviation Flight University of China in Guanghan", None, True),
    ("r88d-en-zte-5g-almaty-neg", "https://astanatimes.com/2026/12/88103/",
     "ZTE wins contract to build 5G network in Almaty", None, False),
    ("r88d-en-guangzhou-flights-neg", "https://www.inform.kz/en/88104",
     "Air Astana launches direct flights from Almaty to Guangzhou", None, False),
    # ------------------------------------------------------------------ Russian
    ("r88d-ru-kurmangazy-pekin-rel", "https://tengrinews.kz/kazakhstan_news/88105/",
     "Студенты консерватории имени Курмангазы прошли стажировку в Центральной консерватории Пекина", None, True),
    ("r88d-ru-alibaba-shkola-rel", "https://kaktus.media/doc/88106.html",
     "Alibaba Cloud откроет в Бишкеке школу программирования для студентов", None, True),
    ("r88d-ru-smartfony-huawei-neg", "https://www.gazeta.uz/ru/2026/12/12/88107/",
     "Продажи смартфонов Huawei в Узбекистане выросли на треть", None, False),
    ("r88d-ru-orkestr-shanhai-neg", "https://tengrinews.kz/kazakhstan_news/88108/",
     "Симфонический оркестр из Шанхая даст концерт в Астане", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r88d-zh-minhang-daxue-rel", "https://www.chinanews.com.cn/gj/2026/12-12/88109.shtml",
     "塔吉克斯坦学员在中国民航大学开始飞行员培训", None, True),
    ("r88d-zh-xinjiang-yishu-rel", "https://www.ts.cn/xwzx/2026/12/12/88110.shtml",
     "新疆艺术学院与吉尔吉斯国立音乐学院签署联合培养协议", None, True),
    ("r88d-zh-huawei-5g-neg", "http://www.xinhuanet.com/world/2026-12/12/c_88111.htm",
     "土库曼斯坦电信选定华为承建阿什哈巴德5G基站", None, False),
    ("r88d-zh-nanhang-hangxian-neg", "https://www.ts.cn/xwzx/2026/12/12/88112.shtml",
     "南方航空开通乌鲁木齐至塔什干直飞航线", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r88d-kk-huawei-akademiya-rel", "https://www.inform.kz/kz/88113",
     "Қарағанды университетінде Huawei ICT академиясы ашылды", None, True),
    ("r88d-kk-tyanczin-kursant-rel", "https://egemen.kz/article/88114",
     "Қазақстандық курсанттар Тяньцзиньдегі Қытай азаматтық авиация университетінде оқиды", None, True),
    ("r88d-kk-comac-ushaq-neg", "https://baq.kz/kk/news/88115",
     "Қазақстан Қытайдан COMAC ұшақтарын сатып алуды қарастыруда", None, False),
    ("r88d-kk-seul-koncert-neg", "https://www.inform.kz/kz/88116",
     "Құрманғазы атындағы консерватория оркестрі Сеулде концерт берді", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r88d-ky-shinhai-master-rel", "https://kabar.kg/kyrg/news/88117/",
     "Кыргыз улуттук консерваториясынын студенттери Шинхай консерваториясында мастер-класска катышты", None, True),
    ("r88d-ky-zte-it-mektep-rel", "https://kg.akipress.org/news:88118/",
     "ZTE Бишкекте жаштар үчүн IT-мектеп ачты", None, True),
    ("r88d-ky-urumchu-katam-neg", "https://kabar.kg/kyrg/news/88119/",
     "Бишкек — Үрүмчү авиакаттамына кошумча рейстер дайындалды", None, False),
    ("r88d-ky-huawei-5g-neg", "https://kg.akipress.org/news:88120/",
     "Huawei Чүй облусунда мобилдик байланыштын 5G станцияларын орнотот", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r88d-uz-dasturlash-kurs-rel", "https://kun.uz/news/2026/12/12/88121",
     "Huawei Toshkentda yoshlar uchun dasturlash kurslarini ochdi", None, True),
    ("r88d-uz-konservatoriya-pekin-rel", "https://uza.uz/uz/posts/88122",
     "O‘zbekiston davlat konservatoriyasi talabalari Pekindagi Markaziy musiqa konservatoriyasida tahsil oladi",
     None, True),
    ("r88d-uz-reyslar-pekin-neg", "https://daryo.uz/2026/12/12/88123",
     "Uzbekistan Airways Toshkent–Pekin reyslarini ko‘paytiradi", None, False),
    ("r88d-uz-turkiya-kursant-neg", "https://kun.uz/news/2026/12/12/88124",
     "Turkiya aviatsiya akademiyasi o‘zbekistonlik kursantlarni o‘qitadi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r88d-uzc-nankin-uchuvchi-rel", "https://uza.uz/oz/posts/88125",
     "Ўзбекистонлик учувчи курсантлар Нанкин авиация университетида таҳсил олмоқда", None, True),
    ("r88d-uzc-pianinochi-master-rel", "https://xs.uz/uzkr/post/88126",
     "Хитойлик пианиночилар Тошкент консерваториясида мастер-класс ўтказди", None, True),
    ("r88d-uzc-festival-orkestr-neg", "https://yuz.uz/uz/news/88127",
     "Хитой оркестри Самарқанддаги «Шарқ тароналари» фестивалида чиқиш қилди", None, False),
    ("r88d-uzc-smartfon-bozor-neg", "https://xs.uz/uzkr/post/88128",
     "Huawei смартфонлари Ўзбекистон бозорида етакчиликни сақлади", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r88d-tg-konservatoriya-pekin-rel", "https://khovar.tj/2026/12/88129/",
     "Донишҷӯёни Консерваторияи миллии Тоҷикистон дар Пекин курси омӯзишӣ гузаштанд", None, True),
    ("r88d-tg-barnomasozi-rel", "https://www.sadoimardum.tj/ilm/88130/",
     "Huawei дар Душанбе барои ҷавонон мактаби барномасозӣ кушод", None, True),
    ("r88d-tg-havopaimo-harid-neg", "https://khovar.tj/2026/12/88131/",
     "Ширкати «Сомон Эйр» аз Чин ду ҳавопаймои нав гирифт", None, False),
    ("r88d-tg-parvoz-urumchi-neg", "https://jumhuriyat.tj/index.php/88132",
     "Сомон Эйр парвозҳоро ба Урумчӣ аз сар мегирад", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r88d-tk-awiasiya-kursant-rel", "https://orient.tm/tm/post/88133/",
     "Türkmen kursantlary Hytaýyň raýat awiasiýasy uniwersitetinde uçarman hünärine okaýar", None, True),
    ("r88d-tk-sanly-basarnyk-rel", "https://tdh.gov.tm/tk/post/88134/",
     "Huawei Aşgabatda talyplar üçin sanly başarnyklar boýunça okuw merkezini açdy", None, True),
    ("r88d-tk-pekin-gatnaw-neg", "https://tdh.gov.tm/tk/post/88135/",
     "Türkmenhowaýollary Aşgabat–Pekin gatnawyny dikeltdi", None, False),
    ("r88d-tk-stambul-konsert-neg", "https://orient.tm/tm/post/88136/",
     "Aşgabadyň sazandalary Stambulyň festiwalynda çykyş etdi", None, False),
]
