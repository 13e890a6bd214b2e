"""Round-75 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on
any of it (docs/classifier.md, "Round 75 of issue 12"), measured once before the fixes (the honest dev
row), then used to fix from. Family: precision, hard negatives in every language. Negatives: China and a
Central Asian country with trade, energy, pipelines, railways and roads, border crossings, flights,
sport, military, politics, loans, mining, a Chinese company's plant; Central Asia's science or education
ties with Korea, Japan, Turkey, Russia, India; the ambiguous abbreviations (中乌 = Ukraine), "Kazakh" as an
ethnic word in China, "Turkic"; Chinese domestic science with a Central Asian word in passing, Central
Asian domestic education with China in passing; a feasibility study that is no science. Relevant
look-alikes: the same subjects (mining, railways, gas, cotton, water) with a science or education side.

Per language 1 relevant item and 4 hard negatives (45), about a fifth with a one-sentence lede, each
with a plausible outlet url. Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R75_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r75d-en-rare-earth-lab-rel", "https://astanatimes.com/2026/12/75101/",
     "Kazakh and Chinese geologists open joint lab to study rare-earth deposits", None, True),
    ("r75d-en-gas-branch-neg", "https://www.inform.kz/en/75102",
     "Beijing and Astana sign deal on new branch of gas pipeline",
     "The branch will carry up to ten billion cubic metres a year to Xinjiang.", False),
    ("r75d-en-cement-jizzakh-neg", "https://www.gazeta.uz/en/2026/12/07/75103/",
     "Chinese firm to build cement plant in Jizzakh region", None, False),
    ("r75d-en-wrestlers-xian-neg", "https://24.kg/english/75104/",
     "Kyrgyz wrestlers take two golds at international tournament in Xi'an", None, False),
    ("r75d-en-korea-ai-centre-neg", "https://kun.uz/en/news/2026/12/07/75105",
     "Korean and Uzbek professors set up artificial intelligence institute in Tashkent", None, False),
    # ------------------------------------------------------------------ Russian
    ("r75d-ru-railway-teachers-rel", "https://www.gazeta.uz/ru/2026/12/07/75106/",
     "Китайские железнодорожники будут обучать студентов транспортного университета в Ташкенте", None, True),
    ("r75d-ru-freight-train-neg", "https://tengrinews.kz/kazakhstan_news/75107/",
     "Первый контейнерный состав из Чунцина доставил электронику в Алматы", None, False),
    ("r75d-ru-rk-korea-it-neg", "https://kun.uz/ru/news/2026/12/07/75108",
     "Вузы РК и Узбекистана открыли совместный IT-центр в Сеуле",
     "Центр будет готовить узбекских программистов для корейских компаний.", False),
    ("r75d-ru-torugart-loan-neg", "https://kaktus.media/doc/75109.html",
     "Пекин выделит Бишкеку кредит на ремонт дороги до перевала Торугарт", None, False),
    ("r75d-ru-kazakh-herders-neg", "https://ria.ru/20261207/75110.html",
     "Китайские учёные изучили, как казахские скотоводы Синьцзяна переживают засуху", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r75d-zh-petroleum-lab-rel", "http://www.xinhuanet.com/world/2026-12/07/c_75111.htm",
     "哈萨克斯坦国立大学与中国石油大学合作研究油田提高采收率技术", None, True),
    ("r75d-zh-ukraine-kyiv-neg", "https://www.chinanews.com.cn/gj/2026/12-07/75112.shtml",
     "中乌航天材料学术研讨会在基辅举行", None, False),
    ("r75d-zh-kazakh-herders-beidou-neg", "https://www.chinadaily.com.cn/a/202612/07/75113.html",
     "阿勒泰哈萨克族牧民用上北斗定位项圈", None, False),
    ("r75d-zh-railway-feasibility-neg", "https://www.globaltimes.cn/page/202612/75114.shtml",
     "中吉乌铁路项目可行性研究报告通过审查", None, False),
    ("r75d-zh-customs-horgos-neg", "http://www.news.cn/fortune/2026-12/07/c_75115.htm",
     "霍尔果斯口岸前11个月进出口货运量同比增长两成",
     "口岸对哈萨克斯坦出口以机电产品和日用品为主。", False),
    # ------------------------------------------------------------------ Kazakh
    ("r75d-kk-ili-water-research-rel", "https://www.inform.kz/kz/75116",
     "Қазақстандық және қытайлық ғалымдар Іле өзенінің су ресурстарын бірлесіп зерттейді", None, True),
    ("r75d-kk-khorgos-queue-neg", "https://kaz.tengrinews.kz/75117/",
     "Қорғас өткелінде жүк көліктерінің кезегі қысқарды", None, False),
    ("r75d-kk-copper-loan-neg", "https://kaz.nur.kz/75118/",
     "Қытай банкі мыс кенін игеруге Қазақстанға несие береді", None, False),
    ("r75d-kk-korea-lab-neg", "https://www.inform.kz/kz/75119",
     "Корей ғалымдары Сәтбаев университетінде батарея зерттеу орталығын ашты", None, False),
    ("r75d-kk-wrestlers-xinjiang-neg", "https://kaz.tengrinews.kz/75120/",
     "Үрімжідегі халықаралық күрес жарысында қазақстандық палуандар жүлдегер атанды", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r75d-ky-mining-scholarship-rel", "https://kabar.kg/kg/news/75121/",
     "Кытайлык компания тоо-кен адистигинде окуган кыргыз студенттерине стипендия берет", None, True),
    ("r75d-ky-cement-chui-neg", "https://kabar.kg/kg/news/75122/",
     "Кытай инвесторлору Кара-Балтада айнек чыгаруучу ишкана ачышты", None, False),
    ("r75d-ky-torugart-cargo-neg", "https://24.kg/kyrgyzcha/75123/",
     "Эркечтам бекети аркылуу өтүүчү жүк унааларынын саны эки эсе өстү", None, False),
    ("r75d-ky-turkey-science-neg", "https://kaktus.media/kg/doc/75124.html",
     "Кыргыз жана түрк университеттери биргелешкен илимий борбор ачышты", None, False),
    ("r75d-ky-ambassador-neg", "https://kabar.kg/kg/news/75125/",
     "Кытайдын элчиси Жогорку Кеңештин төрагасы менен жолугушту",
     "Тараптар соода жана инвестиция маселелерин талкуулашты.", False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r75d-uz-cotton-genome-rel", "https://kun.uz/news/2026/12/07/75126",
     "O‘zbek va xitoylik genetiklar qurg‘oqchilikka chidamli paxta navini yaratmoqda", None, True),
    ("r75d-uz-urumqi-flights-neg", "https://daryo.uz/2026/12/07/75127",
     "Toshkent–Urumchi aviareysi haftasiga uch marta qatnaydi", None, False),
    ("r75d-uz-copper-navoi-neg", "https://www.gazeta.uz/uz/2026/12/07/75128/",
     "Xitoy kompaniyasi Navoiyda mis boyitish fabrikasini quradi", None, False),
    ("r75d-uz-japan-masters-neg", "https://kun.uz/news/2026/12/07/75129",
     "Yaponiyaning Tsukuba universiteti Toshkentda magistrlar uchun qo‘shma yo‘nalish ochdi", None, False),
    ("r75d-uz-maths-example-neg", "https://uza.uz/oz/posts/75130",
     "Maktablarda matematika darsliklari Singapur va Xitoy misolida qayta yoziladi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r75d-uzc-andijan-faculty-rel", "https://uza.uz/uz/posts/75131",
     "Хитой университети Андижонда қишлоқ хўжалиги бўйича қўшма факультет очади", None, True),
    ("r75d-uzc-trade-volume-neg", "https://kun.uz/kr/news/2026/12/07/75132",
     "Ўзбекистоннинг Хитой билан ташқи савдо айланмаси 11 ойда 14 миллиард долларга етди", None, False),
    ("r75d-uzc-football-friendly-neg", "https://kun.uz/kr/news/2026/12/07/75133",
     "Ўзбекистон терма жамоаси Хитой билан ўртоқлик ўйинини ўтказади", None, False),
    ("r75d-uzc-india-plants-neg", "https://uza.uz/uz/posts/75134",
     "Ўзбекистон ва Ҳиндистон олимлари доривор ўсимликларни биргаликда ўрганади", None, False),
    ("r75d-uzc-karshi-road-loan-neg", "https://xabar.uz/uz/75135",
     "Хитой кредити ҳисобига Қарши–Термиз йўли таъмирланади",
     "Лойиҳа қиймати 300 миллион долларни ташкил этади.", False),
    # ------------------------------------------------------------------ Tajik
    ("r75d-tg-xinjiang-centre-rel", "https://khovar.tj/2026/12/75136/",
     "Академияи илмҳои Шинҷон бо Донишгоҳи давлатии Хуҷанд лабораторияи муштарак месозад", None, True),
    ("r75d-tg-kulma-crossing-neg", "https://asiaplustj.info/tj/news/75137",
     "Гузаргоҳи Қулма барои мусофирон боз шуд", None, False),
    ("r75d-tg-textile-plant-neg", "https://khovar.tj/2026/12/75138/",
     "Сармоягузорони чинӣ дар Данғара фабрикаи ресандагӣ ба кор андохтанд", None, False),
    ("r75d-tg-russia-science-neg", "https://tojnews.org/tj/news/75139",
     "Пиряхшиносони Русия бо ҳамкасбони тоҷик дар Помир экспедитсия мегузаронанд", None, False),
    ("r75d-tg-military-delegation-neg", "https://khovar.tj/2026/12/75140/",
     "Ҳайати ҳарбии Чин бо вазири мудофиаи Тоҷикистон мулоқот кард", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r75d-tk-gas-research-centre-rel", "https://tdh.gov.tm/tk/post/75141",
     "Türkmen we hytaý alymlary tebigy gaz boýunça bilelikdäki ylmy-barlag merkezini açdy", None, True),
    ("r75d-tk-gas-exports-neg", "https://turkmenportal.com/tm/blog/75142",
     "Türkmen gazynyň Hytaý Halk Respublikasyna eksporty 11 aýda ösdi", None, False),
    ("r75d-tk-beijing-flight-neg", "https://tdh.gov.tm/tk/post/75143",
     "Aşgabat bilen Pekiniň arasynda täze howa gatnawy ýola goýuldy", None, False),
    ("r75d-tk-turkiye-grants-neg", "https://turkmenportal.com/tm/blog/75144",
     "Türkmen talyplary Türkiýäniň uniwersitetlerinde okamak üçin grant aldy", None, False),
    ("r75d-tk-turkic-summit-neg", "https://tdh.gov.tm/tk/post/75145",
     "Türki döwletleriň guramasynyň sammiti Aşgabatda geçdi",
     "Sammitde ulag we energetika ugurlarynda hyzmatdaşlyk ara alnyp maslahatlaşyldy.", False),
]
