"""Round-68 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on
any of it (docs/classifier.md, "Round 68 of issue 12"), measured once before the fixes (the honest dev
row), then used to fix from. Family: Chinese technology companies' education programmes in Central Asia.
Relevant: a Chinese company (Huawei, ZTE, Alibaba) runs an academy, a competition, an internship, a
scholarship trip, a training centre or a course for Central Asian students or teachers. Hard negatives: the
same companies' smartphones, 5G networks, data centres and contracts in Central Asia, their programmes in
other regions (Africa), and non-Chinese firms' programmes in Central Asia (Samsung, Microsoft, Cisco, KOICA).

Per language 2 relevant items and 2 hard negatives (36), about a fifth with a one-sentence lede, each
with a plausible outlet url. Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R68_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r68d-en-satbayev-ict-academy-rel", "https://astanatimes.com/2026/12/68101/",
     "Huawei ICT Academy opens at Satbayev University in Almaty", None, True),
    ("r68d-en-kyrgyz-internships-rel", "https://24.kg/english/68102/",
     "Kyrgyz university students start paid internships at Huawei",
     "Twelve third-year students of computer science were selected after a written test and an interview.", True),
    ("r68d-en-tashkent-store-neg", "https://www.gazeta.uz/en/2026/12/07/68103/",
     "Huawei opens flagship smartphone store in Tashkent", None, False),
    ("r68d-en-samsung-academy-neg", "https://www.inform.kz/en/68104",
     "Samsung IT Academy graduates its first class of Kazakh students", None, False),
    # ------------------------------------------------------------------ Russian
    ("r68d-ru-tj-ict-competition-rel", "https://asiaplustj.info/ru/news/tajikistan/society/20261207/68105",
     "Студенты из Таджикистана стали победителями регионального финала Huawei ICT Competition", None, True),
    ("r68d-ru-zte-tuit-centre-rel", "https://www.gazeta.uz/ru/2026/12/07/68106/",
     "ZTE откроет учебный центр для студентов в Ташкентском университете информационных технологий", None, True),
    ("r68d-ru-kazakhtelecom-5g-neg", "https://tengrinews.kz/kazakhstan_news/68107/",
     "Huawei и «Казахтелеком» запустили сеть 5G в Астане",
     "Первые базовые станции установлены в центре столицы.", False),
    ("r68d-ru-microsoft-teachers-neg", "https://kaktus.media/doc/68108.html",
     "Microsoft проведет курсы по искусственному интеллекту для учителей Кыргызстана", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r68d-zh-kz-ict-final-rel", "http://www.xinhuanet.com/world/2026-12/07/c_68109.htm",
     "华为ICT大赛哈萨克斯坦国家赛决赛在阿斯塔纳举行", None, True),
    ("r68d-zh-alibaba-uz-teachers-rel", "https://www.chinanews.com.cn/gj/2026/12-07/68110.shtml",
     "阿里巴巴为乌兹别克斯坦高校教师开设数字经济培训课程", None, True),
    ("r68d-zh-africa-ict-talent-neg", "https://www.chinadaily.com.cn/a/202612/07/68111.html",
     "华为在非洲启动ICT人才培养计划 覆盖肯尼亚等十国", None, False),
    ("r68d-zh-kz-market-share-neg", "https://www.globaltimes.cn/page/202612/68112.shtml",
     "华为手机在哈萨克斯坦市场份额升至第二", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r68d-kk-karaganda-internship-rel", "https://www.inform.kz/kz/68113",
     "Қарағанды студенттері Huawei компаниясында тағылымдамадан өтеді", None, True),
    ("r68d-kk-ict-competition-final-rel", "https://kaz.tengrinews.kz/68114/",
     "Huawei ICT Competition байқауының ұлттық финалында Сәтбаев университетінің командасы жеңді",
     "Жеңімпаздар Шэньчжэньдегі жаһандық финалға барады.", True),
    ("r68d-kk-almaty-smartphone-neg", "https://kaz.nur.kz/68115/",
     "Huawei Алматыда жаңа смартфонын таныстырды", None, False),
    ("r68d-kk-samsung-teachers-neg", "https://www.inform.kz/kz/68116",
     "Samsung компаниясы қазақстандық мұғалімдерге IT курстарын ұйымдастырды", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r68d-ky-seeds-trip-rel", "https://kabar.kg/kg/news/68117/",
     "Кыргызстандык студенттер Huawei компаниясынын «Келечек үчүн үрөндөр» программасы менен Кытайга жөнөштү", None, True),
    ("r68d-ky-kstu-ict-academy-rel", "https://24.kg/kyrgyzcha/68118/",
     "И. Раззаков атындагы КМТУда Huawei ИКТ академиясы ачылды", None, True),
    ("r68d-ky-bishkek-5g-neg", "https://kabar.kg/kg/news/68119/",
     "Huawei Бишкекте 5G тармагын сынап көрдү", None, False),
    ("r68d-ky-koica-digital-neg", "https://kaktus.media/kg/doc/68120.html",
     "KOICA кыргызстандык мугалимдер үчүн санариптик курстарды уюштурду", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r68d-uz-tatu-global-final-rel", "https://kun.uz/news/2026/12/07/68121",
     "TATU talabalari Huawei ICT Competition global finalida ikkinchi o‘rinni egalladi", None, True),
    ("r68d-uz-alibaba-ai-course-rel", "https://www.gazeta.uz/uz/2026/12/07/68122/",
     "Alibaba Cloud o‘zbekistonlik o‘qituvchilar uchun sun’iy intellekt bo‘yicha kurs tashkil etdi", None, True),
    ("r68d-uz-smartphone-sales-neg", "https://kun.uz/news/2026/12/07/68123",
     "Huawei O‘zbekistonda yangi smartfon sotuvini boshladi", None, False),
    ("r68d-uz-samsung-academy-neg", "https://daryo.uz/2026/12/07/68124",
     "Samsung IT akademiyasi Toshkentda yangi o‘quv yilini boshladi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r68d-uzc-thirty-students-practice-rel", "https://kun.uz/kr/news/2026/12/07/68125",
     "Ўзбекистонлик 30 нафар талаба Huawei компаниясида амалиёт ўтайди", None, True),
    ("r68d-uzc-zte-samdu-centre-rel", "https://uza.uz/uz/posts/68126",
     "ZTE компанияси Самарқанд давлат университетида ўқув марказини очди", None, True),
    ("r68d-uzc-uzmobile-5g-neg", "https://kun.uz/kr/news/2026/12/07/68127",
     "Huawei ва Uzmobile Тошкентда 5G тармоғини ишга туширди", None, False),
    ("r68d-uzc-cisco-andijon-neg", "https://uza.uz/uz/posts/68128",
     "Cisco тармоқ академияси Андижонда битирувчиларга сертификат топширди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r68d-tg-seeds-trip-rel", "https://khovar.tj/2026/12/68129/",
     "Донишҷӯёни тоҷик дар барномаи Huawei «Тухмиҳо барои оянда» ба Чин сафар мекунанд", None, True),
    ("r68d-tg-ttu-ict-academy-rel", "https://tojnews.org/tj/news/68130",
     "Дар Донишгоҳи техникии Тоҷикистон Академияи ICT-и Huawei кушода шуд",
     "Дар академия донишҷӯён технологияҳои абрӣ ва шабакаҳоро меомӯзанд.", True),
    ("r68d-tg-data-centre-neg", "https://khovar.tj/2026/12/68131/",
     "Huawei дар Душанбе маркази маълумот месозад", None, False),
    ("r68d-tg-africa-academy-neg", "https://asiaplustj.info/tj/news/68132",
     "Huawei дар Африқо барои донишҷӯён академияи нав кушод", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r68d-tk-ict-regional-rel", "https://turkmenportal.com/tm/blog/68133",
     "Türkmen talyplary Huawei ICT Competition bäsleşiginiň sebit tapgyrynda baýrakly orunlary eýeledi", None, True),
    ("r68d-tk-oil-gas-centre-rel", "https://tdh.gov.tm/tk/post/68134",
     "Huawei kompaniýasy Halkara nebit we gaz uniwersitetinde okuw merkezini açdy", None, True),
    ("r68d-tk-ashgabat-phones-neg", "https://turkmenportal.com/tm/blog/68135",
     "Huawei Aşgabatda täze smartfonlaryny tanyşdyrdy", None, False),
    ("r68d-tk-network-contract-neg", "https://tdh.gov.tm/tk/post/68136",
     "Türkmenistan bilen Huawei aragatnaşyk ulgamyny döwrebaplaşdyrmak boýunça şertnama baglaşdy", None, False),
]
