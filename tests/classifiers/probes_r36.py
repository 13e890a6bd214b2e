"""Round-36 probes (issue 12): a blind set of terse HARD-NEGATIVE headlines, written by hand before the
rules were run on any of it and before the vocabulary files were read (docs/classifier.md, "Round 36 of
issue 12"). The issue's check asks headline-alone precision >= 0.95 and names what must not be flagged
(pipelines, trade, visas, football, China's science ties with ASEAN); the earlier blind headline sets
had only six negatives a language, so their precision said little.

For each of en, ru, zh, kk, ky, uz (Latin), uzc (Uzbek Cyrillic), tg and tk: 14 hard negatives and 4
relevant look-alikes, 3-12 words (Chinese 6-20 characters), as agencies write them. A negative names
China and a Central Asian country (or one side beside words of science, technology or education) and
is NOT science, technology or education cooperation between them: trade and exports (wheat, cotton,
copper, aluminium, cars), gas, oil, pipelines, power lines, railways and the China-Kyrgyzstan-
Uzbekistan railway, dry ports, customs, border crossings, visas and visa-free travel, flights,
tourism, football and the Asian Cup, wrestling, culture days and film weeks, loans and investment,
mining, car and cement plants, commercial telecom and 5G deals, e-commerce, security and drills,
diplomacy and summits without a subject; China with ASEAN, Africa, Russia, Pakistan or the Arab states
in science or education; a Central Asian country with Russia, Korea, Turkey, Japan, the EU or India in
education or science; China's own universities, scientists, space launches and Xinjiang's schools
reported in a Central Asian language; a Central Asian country's own science. The look-alikes use the
same words and ARE relevant (a joint wheat or cotton lab, railway or petroleum students in China, a 5G
lab, an e-commerce college), so that a fix cannot just reject the words.

Measured once with the round-33 rules (2026.12.39), headline alone and no url, before any rule was
written: that is the round's honest figure (docs/classifier.md, "Round 36 figures"). Each row: (id,
headline, relevant); a negative's id ends in ``-neg``. None is an item of classifiers/eval, of the
shared labelled_dev or an earlier probe, nor nearly one (``test_round36.py`` checks it).
"""

from __future__ import annotations

PROBES_R36: list[tuple[str, str, bool]] = [
    # ------------------------------------------------------------------ English
    ("r36-en-wheat-neg", "Kazakhstan ships record wheat volumes to China", False),
    ("r36-en-pipeline-neg", "Central Asia–China pipeline pumped 40 bcm of gas this year", False),
    ("r36-en-cku-rail-neg", "China–Kyrgyzstan–Uzbekistan railway contract signed in Bishkek", False),
    ("r36-en-kulma-neg", "Tajikistan and China keep Kulma pass open year-round", False),
    ("r36-en-visa-free-neg", "Visa-free travel between Kazakhstan and China takes effect", False),
    ("r36-en-asian-cup-neg", "Chinese defender sent off as Tajikistan win Asian Cup tie", False),
    ("r36-en-film-week-neg", "Turkmen audiences welcome week of Chinese cinema in Ashgabat", False),
    ("r36-en-exim-loan-neg", "China Exim Bank lends Tajikistan $300 million for roads", False),
    ("r36-en-byd-plant-neg", "Chinese carmaker BYD expands its Uzbek assembly plant", False),
    ("r36-en-5g-equipment-neg", "Kyrgyz operator buys Chinese 5G equipment", False),
    ("r36-en-drills-neg", "Chinese and Kazakh troops hold counter-terror drills", False),
    ("r36-en-asean-neg", "China and ASEAN universities form engineering alliance", False),
    ("r36-en-korea-nuclear-neg", "Kazakhstan and South Korea launch nuclear research programme", False),
    ("r36-en-tokamak-neg", "Kazakh physicists report new tokamak plasma record", False),
    ("r36-en-wheat-lab", "Kazakh and Chinese breeders open wheat research lab", True),
    ("r36-en-railway-students", "Uzbek railway students begin studies at Beijing Jiaotong University", True),
    ("r36-en-5g-lab", "Chinese university opens 5G research lab in Bishkek", True),
    ("r36-en-pipeline-engineers", "China trains Turkmen pipeline engineers at Southwest Petroleum University", True),
    # ------------------------------------------------------------------ Russian
    ("r36-ru-copper-neg", "Поставки казахстанской меди в Китай выросли на треть", False),
    ("r36-ru-cnpc-oil-neg", "Китайская CNPC нарастила добычу нефти в Казахстане", False),
    ("r36-ru-power-line-neg", "ЛЭП из Синьцзяна в Киргизию построит китайская компания", False),
    ("r36-ru-cku-rail-neg", "Магистраль Китай — Кыргызстан — Узбекистан получит кредит АБР", False),
    ("r36-ru-customs-neg", "Таможни Узбекистана и Китая упростят пропуск грузов", False),
    ("r36-ru-flights-neg", "Somon Air открыла рейсы Душанбе — Урумчи", False),
    ("r36-ru-tourists-neg", "Узбекистан принял полмиллиона туристов из Китая", False),
    ("r36-ru-wrestling-neg", "Кыргызский борец обыграл китайца в финале чемпионата Азии", False),
    ("r36-ru-investment-neg", "Китай вложит $2 млрд в экономику Туркменистана", False),
    ("r36-ru-gold-neg", "Китайская компания начала добычу золота в Таджикистане", False),
    ("r36-ru-summit-neg", "Саммит «Центральная Азия — Китай» пройдет в Астане", False),
    ("r36-ru-africa-luban-neg", "Китай откроет в Африке десять мастерских Лу Бань", False),
    ("r36-ru-russia-university-neg", "Узбекистан и Россия создадут совместный университет атомной энергетики", False),
    ("r36-ru-cotton-domestic-neg", "Таджикские селекционеры вывели скороспелый хлопчатник", False),
    ("r36-ru-copper-lab", "В Караганде открылся китайско-казахстанский центр исследований меди", True),
    ("r36-ru-transport-university", "Китайский транспортный университет примет студентов из Киргизии", True),
    ("r36-ru-cotton-pests", "Узбекские и китайские энтомологи изучают хлопковую совку", True),
    ("r36-ru-luban-dushanbe", "Первые выпускники таджикской мастерской Лу Бань получили дипломы", True),
    # ------------------------------------------------------------------ Chinese
    ("r36-zh-cotton-yarn-neg", "乌兹别克斯坦棉纱对华出口增长", False),
    ("r36-zh-pipeline-neg", "土库曼斯坦对华输气量创新高", False),
    ("r36-zh-cku-rail-neg", "中吉乌铁路项目获亚投行贷款", False),
    ("r36-zh-dry-port-neg", "哈萨克斯坦霍尔果斯无水港货量创新高", False),
    ("r36-zh-visa-neg", "中哈旅客免签入境人数大幅增长", False),
    ("r36-zh-football-neg", "国足客场负于乌兹别克斯坦", False),
    ("r36-zh-culture-day-neg", "中国文化日在杜尚别开幕", False),
    ("r36-zh-cement-neg", "中企在吉尔吉斯斯坦投资建设水泥厂", False),
    ("r36-zh-ecommerce-neg", "中国电商平台进入哈萨克斯坦市场", False),
    ("r36-zh-drills-neg", "中国与塔吉克斯坦军队边境联合演练", False),
    ("r36-zh-summit-neg", "中国—中亚峰会在西安举行", False),
    ("r36-zh-asean-neg", "中国—东盟职业教育合作论坛开幕", False),
    ("r36-zh-pakistan-lab-neg", "中巴联合实验室在伊斯兰堡揭牌", False),
    ("r36-zh-eu-neg", "欧盟与哈萨克斯坦启动高校交流项目", False),
    ("r36-zh-cotton-lab", "中乌科学家联合培育抗旱棉花新品种", True),
    ("r36-zh-rail-training", "中吉乌铁路人才培训班在兰州开班", True),
    ("r36-zh-education-ministers", "中国与中亚五国教育部长签署合作宣言", True),
    ("r36-zh-ecommerce-college", "中哈跨境电商学院在乌鲁木齐成立", True),
    # ------------------------------------------------------------------ Kazakh
    ("r36-kk-wheat-neg", "Қытай қазақстандық бидайдың импортын көбейтті", False),
    ("r36-kk-gas-neg", "Қытай Қазақстан газын көбірек сатып алады", False),
    ("r36-kk-railway-neg", "Достық – Алашаңқоу теміржол өткеліндегі жүк ағыны артты", False),
    ("r36-kk-bakhty-neg", "Қытай шекарасындағы Бақты өткелі жөнделеді", False),
    ("r36-kk-visa-free-neg", "Қытайға визасыз сапарлар саны артты", False),
    ("r36-kk-flights-neg", "Алматы – Пекин әуе рейстері көбейеді", False),
    ("r36-kk-wrestler-neg", "Қазақ балуаны қытайлық қарсыласын жеңді", False),
    ("r36-kk-copper-mine-neg", "Қытай инвесторлары Қазақстандағы мыс кенішін сатып алды", False),
    ("r36-kk-car-plant-neg", "Қостанайда қытайлық көліктер құрастырыла бастады", False),
    ("r36-kk-5g-neg", "Қазақстандық операторлар қытайлық 5G жабдығын сатып алды", False),
    ("r36-kk-asean-neg", "Қытай АСЕАН елдерімен ғылыми ынтымақтастықты кеңейтеді", False),
    ("r36-kk-turkey-neg", "Қазақстан мен Түркия бірлескен университет ашады", False),
    ("r36-kk-moon-rocket-neg", "Қытай Айға жаңа зымыран ұшырды", False),
    ("r36-kk-xinjiang-schools-neg", "Шыңжаңның ауылдық мектептеріне жаңа мұғалімдер келді", False),
    ("r36-kk-wheat-variety", "Қазақ және қытай ғалымдары бидайдың жаңа сортын шығарды", True),
    ("r36-kk-5g-students", "Қытайда оқитын қазақстандықтар 5G инженері мамандығын алады", True),
    ("r36-kk-railway-specialists", "Қытай университеті Алматыда теміржол мамандарын даярлайды", True),
    ("r36-kk-space-lab", "ҚазҰУ студенттері қытайлық ғарыш агенттігімен спутник құрастырады", True),
    # ------------------------------------------------------------------ Kyrgyz
    ("r36-ky-cku-rail-neg", "Кытай-Кыргызстан-Өзбекстан темир жолу: туннелдерге тендер жарыяланды", False),
    ("r36-ky-torugart-neg", "Торугарт өткөрмө бекети Кытай менен жүк ташууну көбөйттү", False),
    ("r36-ky-exports-neg", "Кыргызстандын Кытайга экспорту 20 пайызга өстү", False),
    ("r36-ky-hotel-neg", "Кытай инвесторлору Ысык-Көлдө мейманкана курат", False),
    ("r36-ky-mining-licence-neg", "Жалал-Абаддагы кытайлык кен компаниясынын лицензиясы токтотулду", False),
    ("r36-ky-cement-neg", "Чүйдө кытайлык цемент заводу ишке кирди", False),
    ("r36-ky-football-neg", "Кытайлык футболчулар Бишкекте кыргыз курамасына утулушту", False),
    ("r36-ky-film-week-neg", "Кытай тасмаларынын жумалыгы Бишкекте башталды", False),
    ("r36-ky-drills-neg", "Кыргызстан жана Кытай чек арачылары терроризмге каршы окуу өткөрдү", False),
    ("r36-ky-summit-neg", "Кыргызстан менен Кытайдын лидерлери Астанада сүйлөшүү жүргүзүштү", False),
    ("r36-ky-russia-centre-neg", "Орусия менен Кытай Арктиканы бирге изилдей турган борбор түзүштү", False),
    ("r36-ky-japan-neg", "Кыргызстан менен Япония билим берүү боюнча келишим түзүштү", False),
    ("r36-ky-tsinghua-ranking-neg", "Цинхуа университети дүйнөлүк рейтингде алдыга жылды", False),
    ("r36-ky-glaciers-domestic-neg", "Кыргыз илимпоздору Тянь-Шандагы мөңгүлөрдү изилдешти", False),
    ("r36-ky-chinese-glaciologists", "Кытай илимпоздору Кыргызстандын мөңгүлөрүнө экспедиция уюштурду", True),
    ("r36-ky-railway-students", "Кыргыз студенттери Кытайда темир жол адистигин окушат", True),
    ("r36-ky-confucius-olympiad", "Бишкекте Конфуций институту кытай тили олимпиадасын өткөрдү", True),
    ("r36-ky-education-agreement", "Жапаров менен Си Цзиньпин билим берүү боюнча келишимге кол коюшту", True),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r36-uz-cotton-neg", "Oʻzbekiston Xitoyga paxta tolasi eksportini oshirdi", False),
    ("r36-uz-copper-neg", "Olmaliq kombinati Xitoy bilan mis yetkazib berish shartnomasini imzoladi", False),
    ("r36-uz-cku-rail-neg", "Xitoy–Qirgʻiziston–Oʻzbekiston magistrali uchun tunnel tenderi e'lon qilindi", False),
    ("r36-uz-power-line-neg", "Xitoy kompaniyasi Surxondaryoda elektr uzatish liniyasi quradi", False),
    ("r36-uz-visa-free-neg", "Oʻzbekiston xitoyliklar uchun vizasiz kunlar sonini oshirdi", False),
    ("r36-uz-tourists-neg", "Samarqandga xitoylik sayyohlar oqimi ikki barobar oshdi", False),
    ("r36-uz-car-plant-neg", "Jizzaxda xitoy avtomobillari zavodi ishga tushdi", False),
    ("r36-uz-ecommerce-neg", "Xitoy onlayn-savdo platformasi O'zbekistonda ish boshladi", False),
    ("r36-uz-loan-neg", "Xitoy taraqqiyot banki Oʻzbekistonga 500 million dollar kredit ajratdi", False),
    ("r36-uz-summit-neg", "Mirziyoyev Pekinda Xitoy Raisi bilan muzokaralar olib bordi", False),
    ("r36-uz-arab-neg", "Xitoy–arab texnologiya transferi markazi Qohirada ochildi", False),
    ("r36-uz-korea-neg", "Toshkentda Koreya bilan qoʻshma IT universiteti ochiladi", False),
    ("r36-uz-moon-probe-neg", "Xitoy Oyga yangi zond uchirdi", False),
    ("r36-uz-wheat-domestic-neg", "O'zbek olimlari sho'rga chidamli bug'doy navini yaratdi", False),
    ("r36-uz-cotton-pests", "Oʻzbek va xitoylik entomologlar paxta tunlamiga qarshi kurashmoqda", True),
    ("r36-uz-auto-technikum", "Xitoylik hamkorlar bilan Jizzaxda avtomobilsozlik texnikumi ochildi", True),
    ("r36-uz-ecommerce-teaching", "Xitoy universiteti oʻzbek yoshlarini elektron tijoratga oʻqitadi", True),
    ("r36-uz-grants", "Xitoy hukumati o'zbek talabalari uchun 100 ta grant ajratdi", True),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r36-uzc-gas-neg", "Ўзбекистон Хитойга газ экспортини тўхтатди", False),
    ("r36-uzc-car-imports-neg", "Хитой автомобиллари импорти уч баробар ошди", False),
    ("r36-uzc-kashgar-train-neg", "Андижондан Қашғарга янги юк поезди жўнатилди", False),
    ("r36-uzc-customs-neg", "Хитой билан божхона ҳамкорлиги бўйича меморандум имзоланди", False),
    ("r36-uzc-flights-neg", "Тошкент — Пекин тўғридан-тўғри рейслари қайта тикланди", False),
    ("r36-uzc-asian-cup-neg", "Ўзбекистон терма жамоаси Осиё кубогида Хитойни енгди", False),
    ("r36-uzc-culture-days-neg", "Самарқандда Хитой маданияти ҳафталиги очилди", False),
    ("r36-uzc-copper-mine-neg", "Хитой компанияси Навоийда мис конига сармоя киритади", False),
    ("r36-uzc-5g-neg", "Ўзбектелеком Хитой компаниясидан 5G ускуналари сотиб олади", False),
    ("r36-uzc-drills-neg", "Ўзбек ва хитой армиялари Жиззахда ҳарбий машқлар ўтказди", False),
    ("r36-uzc-africa-grants-neg", "Хитой Африка талабалари учун грантлар сонини оширди", False),
    ("r36-uzc-japan-neg", "Ўзбекистон ва Япония олийгоҳлари қўшма дастур очди", False),
    ("r36-uzc-xinjiang-university-neg", "Шинжонда янги техника университети қурилмоқда", False),
    ("r36-uzc-academy-domestic-neg", "Ўзбекистон Фанлар академияси янги институт очди", False),
    ("r36-uzc-gas-engineers", "Хитой нефт университети ўзбек газчи-муҳандисларни тайёрлайди", True),
    ("r36-uzc-kashgar-students", "Андижонлик талабалар Қашғар университетида ўқийди", True),
    ("r36-uzc-5g-lab", "Тошкентда Хитой билан қўшма 5G лабораторияси очилди", True),
    ("r36-uzc-language-teachers", "Хитойлик мутахассислар Тошкентда хитой тили ўқитувчиларини тайёрлади", True),
    # ------------------------------------------------------------------ Tajik
    ("r36-tg-aluminium-neg", "ТАЛКО ба Чин 100 ҳазор тонна алюминий фурӯхт", False),
    ("r36-tg-power-line-neg", "Хати интиқоли барқи Тоҷикистон ба Чин сохта мешавад", False),
    ("r36-tg-kulma-neg", "Гузаргоҳи Кулма барои мошинҳои боркаши чинӣ кушода шуд", False),
    ("r36-tg-visa-neg", "Шаҳрвандони Чин раводиди Тоҷикистонро онлайн мегиранд", False),
    ("r36-tg-flights-neg", "Парвози мустақими Душанбе – Урумчи аз сар гирифта шуд", False),
    ("r36-tg-wrestler-neg", "Паҳлавони тоҷик дар Пекин медали тилло гирифт", False),
    ("r36-tg-road-loan-neg", "Чин ба Тоҷикистон барои сохтмони роҳ қарз медиҳад", False),
    ("r36-tg-gold-neg", "Ширкати чинӣ дар Зарафшон истихроҷи тилларо афзоиш дод", False),
    ("r36-tg-cement-neg", "Корхонаи сементи чинӣ дар Ёвон маҳсулоти нав истеҳсол кард", False),
    ("r36-tg-summit-neg", "Раҳмон ва Си Ҷинпин дар Остона мулоқот карданд", False),
    ("r36-tg-russia-quota-neg", "Русия барои ҷавонони Тоҷикистон 1000 ҷои таҳсилро ҷудо кард", False),
    ("r36-tg-india-it-neg", "Ҳиндустон ба мутахассисони тоҷик курсҳои технологияи иттилоотӣ пешниҳод кард", False),
    ("r36-tg-chinese-rocket-neg", "Олимони чинӣ ракетаи навро ба кайҳон бардоштанд", False),
    ("r36-tg-academy-domestic-neg", "Академияи миллии илмҳои Тоҷикистон 75-солагиашро ҷашн гирифт", False),
    ("r36-tg-glacier-research", "Олимони тоҷику чинӣ дар бораи пиряхҳо тадқиқот мебаранд", True),
    ("r36-tg-mining-students", "Донишгоҳи кӯҳии Чин аввалин геологҳои тоҷикро омода кард", True),
    ("r36-tg-power-lab-gift", "Чин ба Донишгоҳи техникии Тоҷикистон лабораторияи барқ ҳадя кард", True),
    ("r36-tg-khorog-language-centre", "Донишгоҳи Хоруғ бо кӯмаки Чин синфи забони чиниро кушод", True),
    # ------------------------------------------------------------------ Turkmen
    ("r36-tk-gas-neg", "Hytaý türkmen gazynyň satyn alnyşyny köpeltdi", False),
    ("r36-tk-galkynysh-neg", "Galkynyş käninde hytaý kompaniýasy täze guýy burady", False),
    ("r36-tk-pipeline-neg", "Türkmenistan–Hytaý gaz geçirijisiniň D şahasy barada gepleşikler", False),
    ("r36-tk-cotton-neg", "Türkmen pagta süýümi Hytaýa eksport edildi", False),
    ("r36-tk-train-neg", "Hytaýdan Türkmenistana täze ýük otlusy geldi", False),
    ("r36-tk-visa-free-neg", "Hytaýly syýahatçylar Türkmenistana wizasyz gelip bilerler", False),
    ("r36-tk-football-neg", "Hytaýyň futbolçylary Aşgabatda türkmen ýygyndysyndan utuldy", False),
    ("r36-tk-film-week-neg", "Aşgabatda Hytaý kino hepdeligi açyldy", False),
    ("r36-tk-port-investment-neg", "Hytaý maýadarlary Türkmenbaşy portuna maýa goýar", False),
    ("r36-tk-ecommerce-neg", "Hytaýyň onlaýn söwda platformasy türkmen bazaryna girýär", False),
    ("r36-tk-minister-neg", "Türkmen we hytaý diplomatlary Aşgabatda duşuşdy", False),
    ("r36-tk-pakistan-centre-neg", "Hytaý bilen Pakistan bilelikdäki ylmy merkezi açdy", False),
    ("r36-tk-turkey-students-neg", "Türkiýe türkmen ýaşlaryna uniwersitetlerde okamak üçin orun berdi", False),
    ("r36-tk-cotton-domestic-neg", "Türkmen alymlary täze pagta sortuny döretdiler", False),
    ("r36-tk-oilgas-engineers", "Hytaý uniwersiteti türkmen nebitgaz inženerlerini taýýarlar", True),
    ("r36-tk-cotton-pests", "Türkmen we hytaý alymlary pagtanyň zyýankeşlerini öwrenýär", True),
    ("r36-tk-language-centre", "Hytaýyň goldawy bilen Aşgabatda hytaý dili merkezi açyldy", True),
    ("r36-tk-grants", "Hytaý hökümetiniň stipendiýasyny alan türkmen talyplary Pekine ugrady", True),
]

# Family probes, written after the measurement (docs/classifier.md, "Round 36 of issue 12"): each family
# read off the blind set's false positives and misses, in the other languages that have it, and a hard
# negative sharing its words. Not part of the honest figure.
PROBES_R36_FAMILIES: list[tuple[str, str, bool]] = [
    # Xinjiang's own schools in every language; Central Asian students at Xinjiang's university stay in
    ("r36f-ky-xinjiang-schools-neg", "Шинжаңдын айылдык мектептерине компьютерлер берилди", False),
    ("r36f-uz-xinjiang-schools-neg", "Shinjon maktablarida yangi darsliklar tarqatildi", False),
    ("r36f-tg-xinjiang-schools-neg", "Дар мактабҳои деҳотии Шинҷон синфҳои нав сохта шуданд", False),
    ("r36f-tk-xinjiang-schools-neg", "Sinszýanyň oba mekdeplerine täze mugallymlar iberildi", False),
    ("r36f-kk-xinjiang-university", "Қазақстандық жастар Шыңжаң университетінде білім алуда", True),
    # the Tian Shan is no Chinese person: a Central Asian country's own glaciology stays out
    ("r36f-kk-tian-shan-neg", "Қазақстан ғалымдары Тянь-Шаньдағы мұздықтарды зерттеді", False),
    ("r36f-uzc-tian-shan-neg", "Ўзбек олимлари Тянь-Шан тоғларида тадқиқот ўтказди", False),
    ("r36f-ky-tian-shan-chinese", "Тянь-Шандагы кытай-кыргыз экспедициясы жаңы өсүмдүк түрлөрүн тапты", True),
    # entomologists are scientists
    ("r36f-en-entomologists", "Chinese and Kazakh entomologists track locust swarms", True),
    ("r36f-kk-entomologists", "Қытай және қазақ энтомологтары шегірткеге қарсы бірге күреседі", True),
    ("r36f-tk-entomologists", "Türkmen we hytaý entomologlary çekirtgä garşy göreşýär", True),
    ("r36f-ru-entomologists-neg", "Казахстанские энтомологи предупредили о нашествии саранчи", False),
    # Kashgar in every language; Kashkadarya is Uzbekistan
    ("r36f-uz-kashgar-students", "Farg'onalik talabalar Qashg'ar universitetida tahsil oladi", True),
    ("r36f-tk-kashgar-students", "Kaşgarda okaýan türkmen ýaşlary diplom aldy", True),
    ("r36f-tg-kashgar-grant", "Донишгоҳи Кошғар барои ҷавонони Бадахшон грант ҷудо кард", True),
    ("r36f-uz-kashkadarya-neg", "Qashqadaryo olimlari yangi paxta navini yaratdi", False),
    # Turkmen training of engineers and specialists with an industry as the field
    ("r36f-tk-railway-specialists", "Hytaý türkmen demir ýol hünärmenlerini taýýarlar", True),
    ("r36f-tk-draft-neg", "Hytaý bilen gaz ylalaşygynyň taslamasy taýýarlandy", False),
    # a 5G lab is a lab; a 5G network or contract stays the telecom trade
    ("r36f-ru-5g-lab", "В Бишкеке открылась китайско-кыргызская 5G-лаборатория", True),
    ("r36f-kk-5g-lab", "Алматыда Қытаймен бірлескен 5G зертханасы ашылды", True),
    ("r36f-tk-5g-lab", "Aşgabatda hytaý hünärmenleri bilen 5G laboratoriýasy açyldy", True),
    ("r36f-zh-5g-lab", "中塔5G联合实验室在杜尚别揭牌", True),
    ("r36f-uz-5g-network-neg", "Xitoy kompaniyasi Toshkentda 5G tarmog'ini kengaytirdi", False),
    ("r36f-en-5g-contract-neg", "Chinese vendor wins Kazakh 5G network contract", False),
    # a college named after an industry is education; the industry itself stays out
    ("r36f-ru-railway-college", "Китайский железнодорожный колледж примет студентов из Таджикистана", True),
    ("r36f-en-ecommerce-college", "Chinese e-commerce college opens branch in Samarkand", True),
    ("r36f-zh-railway-college", "铁路职业技术学院招收哈萨克斯坦留学生", True),
    ("r36f-zh-ecommerce-neg", "中哈跨境电商交易额大幅增长", False),
    ("r36f-ky-railway-office-neg", "Кытай темир жол компаниясы Нарында кеңсе ачты", False),
    # a field of study named after an industry is education; railway tariffs stay transport
    ("r36f-kk-railway-speciality", "Қытайда теміржол мамандығын оқитын қазақстандық жастар", True),
    ("r36f-uz-railway-speciality", "O'zbek yoshlari Xitoyda temir yo'l mutaxassisligini egallaydi", True),
    ("r36f-tg-railway-speciality", "Ҷавонони тоҷик дар Чин ихтисоси роҳи оҳанро меомӯзанд", True),
    ("r36f-uzc-railway-tariffs-neg", "Хитой ва Ўзбекистон темир йўл тарифларини келишди", False),
]
