"""Round-76 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on
any of it (docs/classifier.md, "Round 76 of issue 12"), measured once before the fixes (the honest dev
row), then used to fix from. Family: a side named only by a place or a local institution. Relevant: a
Chinese province or city (Gansu, Henan, Sichuan, Shenzhen, Chengdu, Hubei…) or its university, and a
Central Asian region or city (Aktobe, Shymkent, Pavlodar, Jalal-Abad, Issyk-Kul, Andijan, Bukhara,
Termez, Karakalpakstan, Kulob, Khatlon, Ahal, Balkan…) or its university, with a science or education
subject (a joint laboratory, research, a degree, breeding, archaeology). Hard negatives: the same places
with trade, transport or tourism; a Chinese province with another country; Russian or Turkish cities
(Kazan, Novosibirsk, Ankara, Izmir) with the same look.

Per language 2 relevant items and 2 hard negatives (36), about a fifth with a one-sentence lede, each
with a plausible outlet url. Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R76_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r76d-en-gansu-aktobe-soil-lab-rel", "https://astanatimes.com/2026/12/76101/",
     "Gansu and Aktobe to set up joint soil science laboratory", None, True),
    ("r76d-en-shandong-karaganda-nursing-rel", "https://www.inform.kz/en/76102",
     "Shandong University, Karaganda Medical University launch double nursing degree",
     "The first forty students will spend two years in each city.", True),
    ("r76d-en-khorgos-jiangsu-containers-neg", "https://www.inform.kz/en/76103",
     "Khorgos dry port handles record container traffic from Jiangsu", None, False),
    ("r76d-en-zhejiang-kazan-pact-neg", "https://www.globaltimes.cn/page/202612/76104.shtml",
     "Zhejiang researchers team up with Kazan Federal University on new materials", None, False),
    # ------------------------------------------------------------------ Russian
    ("r76d-ru-henan-turkestan-cotton-rel", "https://kazinform.kz/ru/76105",
     "Хэнань и Туркестан откроют совместный центр по изучению хлопчатника", None, True),
    ("r76d-ru-sichuan-fergana-silkworm-rel", "https://www.gazeta.uz/ru/2026/12/07/76106/",
     "Учёные Сычуаня и Ферганы займутся селекцией шелкопряда", None, True),
    ("r76d-ru-chengdu-namangan-train-neg", "https://www.gazeta.uz/ru/2026/12/07/76107/",
     "Из Чэнду в Наманган отправился первый грузовой поезд",
     "Состав доставит бытовую технику и запчасти.", False),
    ("r76d-ru-gansu-novosibirsk-neg", "https://tass.ru/obschestvo/76108",
     "Ганьсу и Новосибирск договорились о научном обмене", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r76d-zh-yunnan-fergana-plants-rel", "https://www.chinanews.com.cn/gj/2026/12-07/76109.shtml",
     "云南大学与费尔干纳国立大学共建植物研究中心", None, True),
    ("r76d-zh-ningxia-aktobe-agritech-rel", "http://www.xinhuanet.com/world/2026-12/07/c_76110.htm",
     "宁夏与阿克托别州签署农业科技合作协议", None, True),
    ("r76d-zh-chongqing-almaty-freight-neg", "https://www.chinanews.com.cn/cj/2026/12-07/76111.shtml",
     "重庆至阿拉木图货运班列首发", None, False),
    ("r76d-zh-shandong-kazan-lab-neg", "https://www.chinadaily.com.cn/a/202612/07/76112.html",
     "山东大学与喀山联邦大学共建联合实验室", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r76d-kk-shymkent-shenzhen-lab-rel", "https://www.inform.kz/kz/76113",
     "Шымкент пен Шэньчжэнь университеттері бірлескен зертхана ашады", None, True),
    ("r76d-kk-pavlodar-heilongjiang-wheat-rel", "https://kaz.tengrinews.kz/76114/",
     "Павлодар ғалымдары Хэйлунцзян әріптестерімен бидай сорттарын зерттейді", None, True),
    ("r76d-kk-khorgos-jiangsu-cargo-neg", "https://kaz.nur.kz/76115/",
     "Цзянсу кәсіпорындары Қорғас бекеті арқылы вагон жөнелтуді көбейтті", None, False),
    ("r76d-kk-aktobe-kazan-memorandum-neg", "https://www.inform.kz/kz/76116",
     "Ақтөбе мен Қазан университеттері ғылыми меморандумға қол қойды", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r76d-ky-jalalabad-chengdu-lab-rel", "https://kabar.kg/kg/news/76117/",
     "Жалал-Абад университети Чэнду университети менен биргелешкен лаборатория ачты", None, True),
    ("r76d-ky-issykkul-hubei-lake-rel", "https://24.kg/kyrgyzcha/76118/",
     "Ысык-Көл жана Хубэй окумуштуулары көлдүн экологиясын бирге изилдешет",
     "Долбоор үч жылга эсептелген.", True),
    ("r76d-ky-batken-kashgar-road-neg", "https://kabar.kg/kg/news/76119/",
     "Баткен менен Кашкардын ортосунда жүк ташуу каттамы ачылды", None, False),
    ("r76d-ky-talas-ankara-agreement-neg", "https://kaktus.media/kg/doc/76120.html",
     "Талас университети Анкара университети менен кызматташуу келишимин түздү", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r76d-uz-andijan-chongqing-lab-rel", "https://kun.uz/news/2026/12/07/76121",
     "Andijon va Chongqing universitetlari qo‘shma laboratoriya ochadi", None, True),
    ("r76d-uz-bukhara-shaanxi-archaeology-rel", "https://www.gazeta.uz/uz/2026/12/07/76122/",
     "Buxoro olimlari Shaanxi arxeologlari bilan qadimiy shahar xarobalarini o‘rganadi", None, True),
    ("r76d-uz-namangan-zhejiang-trade-neg", "https://kun.uz/news/2026/12/07/76123",
     "Namangan va Chjeszyan o‘rtasida savdo aylanmasi oshdi", None, False),
    ("r76d-uz-khorezm-izmir-exchange-neg", "https://daryo.uz/2026/12/07/76124",
     "Xorazm va Izmir universitetlari talabalar almashinuvini boshlaydi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r76d-uzc-termez-hunan-centre-rel", "https://uza.uz/uz/posts/76125",
     "Термиз давлат университети ва Хунань университети қўшма илмий марказ очди", None, True),
    ("r76d-uzc-karakalpak-innermongolia-desert-rel", "https://kun.uz/kr/news/2026/12/07/76126",
     "Қорақалпоғистон олимлари Ички Мўғулистон билан чўллашишга қарши тадқиқот бошлади",
     "Тадқиқот Орол денгизининг қуриган тубида олиб борилади.", True),
    ("r76d-uzc-khorezm-urumqi-flight-neg", "https://kun.uz/kr/news/2026/12/07/76127",
     "Хоразмдан Урумчига тўғридан-тўғри авиақатнов йўлга қўйилди", None, False),
    ("r76d-uzc-fergana-kazan-silk-neg", "https://uza.uz/uz/posts/76128",
     "Фарғона ва Қозон олимлари ипакчилик бўйича ҳамкорлик қилади", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r76d-tg-kulob-wuhan-centre-rel", "https://khovar.tj/2026/12/76129/",
     "Донишгоҳи давлатии Кӯлоб ва Донишгоҳи Ухан маркази илмии муштарак таъсис доданд", None, True),
    ("r76d-tg-khatlon-yunnan-rice-rel", "https://tojnews.org/tj/news/76130",
     "Олимони Хатлон ва Юннан навъҳои нави биринҷро меомӯзанд", None, True),
    ("r76d-tg-khorog-kashgar-road-neg", "https://khovar.tj/2026/12/76131/",
     "Аз Хоруғ ба Кашғар роҳи нави мошингард кушода мешавад", None, False),
    ("r76d-tg-sichuan-pakistan-neg", "https://asiaplustj.info/tj/news/76132",
     "Донишгоҳи Сичуан дар Лоҳур маркази таҳқиқотии муштарак бо Покистон боз кард", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r76d-tk-ahal-gansu-cotton-rel", "https://turkmenportal.com/tm/blog/76133",
     "Ahal we Gansu welaýatlarynyň alymlary bilelikde pagta boýunça ylmy barlag geçirer", None, True),
    ("r76d-tk-balkan-hubei-centre-rel", "https://tdh.gov.tm/tk/post/76134",
     "Balkan welaýatynda Hubeý uniwersiteti bilen bilelikde ylmy-barlag merkezi açyldy", None, True),
    ("r76d-tk-lebap-shandong-cargo-neg", "https://turkmenportal.com/tm/blog/76135",
     "Lebap bilen Şandun arasynda ýük gatnawy ýola goýuldy", None, False),
    ("r76d-tk-mary-kazan-students-neg", "https://tdh.gov.tm/tk/post/76136",
     "Mary welaýatynyň talyplary Kazan uniwersitetinde okuwa başlady", None, False),
]
