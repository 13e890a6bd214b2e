"""Round-54 development probes (issue 12): a blind set written by hand before the rules were run on
any of it (docs/classifier.md, "Round 54 of issue 12"). Its family: China–Central Asia education,
training or research whose FIELD is a hard-negative subject (railway, transport, logistics,
aviation, energy, oil and gas, mining, power grids, industry, trade, tourism, sport science): a
Luban Workshop for railway technicians, students of oil engineering, a joint lab on power grids,
a transport university's branch. Hard negatives in the same words: a railway, pipeline or power
deal whose lede mentions the training of local staff in passing, a Chinese plant "with a training
centre", an energy forum where students volunteered, a trade or tourism fair held at a university.

For each of en, ru, zh, kk, ky, uz (Latin), uzc (Uzbek Cyrillic), tg and tk: 5 relevant items and
3 hard negatives; in each language two relevant items (English three) and two negatives carry a lede
(one or two sentences; 37 of 72), the rest are headlines alone (summary None). No url. Measured once with the rules of
the branch base (2026.12.73) before any rule was written. Each row: (id, title, summary, relevant).
None is an item of classifiers/eval, of the shared labelled_dev or an earlier probe, nor nearly one
(``test_round54.py`` checks it).
"""

from __future__ import annotations

PROBES_R54_DEV: list[tuple[str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r54d-en-luban-mining", "Luban Workshop in Dushanbe starts courses for Tajik mining technicians",
     "The workshop, run with a Chinese vocational college, will train 200 students a year in mine "
     "surveying and equipment maintenance.", True),
    ("r54d-en-oil-engineering", "Kazakh students enrol in oil engineering at China University of Petroleum", None, True),
    ("r54d-en-grid-lab", "Chinese and Uzbek universities launch joint laboratory on smart power grids",
     "Tashkent State Technical University and North China Electric Power University will research grid "
     "stability and supervise doctoral students together.", True),
    ("r54d-en-transport-institute", "Beijing Jiaotong University to open a transport research institute in Almaty", None, True),
    ("r54d-en-aviation-cadets", "Kyrgyz aviation cadets head to a Chinese flight academy",
     "Forty cadets of the Kyrgyz Civil Aviation Academy will spend two years learning to fly at the "
     "Civil Aviation Flight University of China in Guanghan.", True),
    ("r54d-en-khorgos-rail-neg", "China and Kazakhstan sign deal on second railway crossing at Khorgos",
     "The line will double freight capacity to Europe; the project will also include training of "
     "local staff, the ministry said.", False),
    ("r54d-en-smelter-centre-neg", "Chinese firm to build copper smelter in Almalyk with a training centre", None, False),
    ("r54d-en-energy-forum-neg", "Uzbek energy forum in Tashkent draws Chinese investors",
     "Students of local universities volunteered at the forum, which ended with $3 billion of solar "
     "and wind deals signed with Chinese companies.", False),
    # ------------------------------------------------------------------ Russian
    ("r54d-ru-transport-branch", "Китайский транспортный университет откроет филиал в Ташкенте", None, True),
    ("r54d-ru-oil-students", "Казахстанских студентов-нефтяников обучат в Китае",
     "Сто студентов Атырауского университета нефти и газа пройдут годичную стажировку в Китайском "
     "нефтяном университете в Пекине.", True),
    ("r54d-ru-mining-lab", "Кыргызские и китайские горняки-учёные откроют общую лабораторию в Кара-Балте",
     "Лаборатория при Кыргызском горно-металлургическом институте займётся исследованиями обогащения "
     "руд вместе с учёными из Куньмина.", True),
    ("r54d-ru-power-college", "Таджикские энергетики пройдут обучение в китайском колледже электроэнергетики", None, True),
    ("r54d-ru-luban-logistics", "Мастерская Лу Баня в Ашхабаде начала готовить специалистов по логистике", None, True),
    ("r54d-ru-railway-deal-neg", "Ташкент и Пекин договорились проложить новую железнодорожную ветку до Ферганы",
     "Китайская сторона также обеспечит обучение местного персонала, сообщили в министерстве транспорта.", False),
    ("r54d-ru-tyre-plant-neg", "Китайская компания построит в Казахстане шинный завод с учебным центром", None, False),
    ("r54d-ru-fair-campus-neg", "В Бишкеке ярмарка китайских товаров прошла в стенах университета",
     "Ярмарка в Кыргызском экономическом университете собрала 80 китайских производителей одежды и "
     "бытовой техники.", False),
    # ------------------------------------------------------------------ Chinese
    ("r54d-zh-luban-railway-major", "中塔共建鲁班工坊 开设铁道运营专业", None, True),
    ("r54d-zh-petroleum-students", "乌兹别克斯坦留学生在华学习石油工程",
     "来自塔什干的三十名留学生进入中国石油大学（华东）攻读石油工程硕士学位。", True),
    ("r54d-zh-energy-institute", "中吉联合成立能源研究院",
     "新疆大学与吉尔吉斯斯坦国立技术大学共建的能源研究院将在新能源和电网领域开展科研合作。", True),
    ("r54d-zh-aviation-maintenance", "中国民航大学为哈萨克斯坦培训航空维修人员", None, True),
    ("r54d-zh-turkmen-rail-eng", "土库曼斯坦学生在西南交通大学学习铁道工程", None, True),
    ("r54d-zh-pipeline-deal-neg", "中哈签署管道扩建协议",
     "协议还包括为当地员工提供培训等内容，项目将于明年开工。", False),
    ("r54d-zh-cement-centre-neg", "中国企业在乌兹别克斯坦建设水泥厂并配套培训中心", None, False),
    ("r54d-zh-tourism-campus-neg", "中塔旅游推介会在杜尚别一所大学举行",
     "活动吸引了当地旅行社和学生参加，双方介绍了新的旅游线路。", False),
    # ------------------------------------------------------------------ Kazakh
    ("r54d-kk-railway-univ", "Қытай университеті қазақстандық теміржолшыларды даярлайды", None, True),
    ("r54d-kk-luban-oil", "Атырауда Лубань шеберханасы мұнай-газ мамандарын оқыта бастады",
     "Шеберхана қытайлық кәсіптік колледжбен бірлесіп ашылды, онда жыл сайын 150 студент оқиды.", True),
    ("r54d-kk-mining-lab", "Сәтбаев университеті қытайлық әріптестерімен тау-кен зерттеулерінің ортақ зертханасын құрды",
     "Зертхана Сәтбаев университетінде орналасқан, онда пайдалы қазбаларды байыту технологиялары зерттеледі.", True),
    ("r54d-kk-aviation-students", "Қазақстандық студенттер Қытайда ұшақ жасау инженериясын игереді", None, True),
    ("r54d-kk-energy-college", "Қытайдың энергетика колледжі Павлодарда филиал ашады", None, True),
    ("r54d-kk-rail-deal-neg", "Астана мен Бейжің Достық–Мойынты жаңа теміржол желісін салуға уағдаласты",
     "Жоба аясында жергілікті қызметкерлерді оқыту да қарастырылған.", False),
    ("r54d-kk-plant-centre-neg", "Қытай компаниясы Ақтөбеде оқу орталығы бар зауыт салады", None, False),
    ("r54d-kk-energy-forum-neg", "Алматыда қытайлық энергетика форумы өтті",
     "Форумға еріктілер ретінде университет студенттері қатысты, күн электр станциялары бойынша келісімдер жасалды.", False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r54d-ky-transport-univ", "Кытайдын транспорт университети кыргыз студенттерин кабыл алат", None, True),
    ("r54d-ky-mining-college", "Кыргыз-кытай тоо-кен колледжи ачылды",
     "Колледж Кара-Балтада кытайлык компания жана Кыргыз мамлекеттик техникалык университети менен "
     "биргеликте түзүлдү, анда 300 студент окуйт.", True),
    ("r54d-ky-grid-trainees", "Кытай Кыргызстандын энергетиктерин окутат",
     "Кытайдын мамлекеттик электр тармагы компаниясы 50 кыргыз адисин Уханьдагы окуу борборунда окутат.", True),
    ("r54d-ky-aviation-study", "Жаш кыргыз учкучтары Гуанхандагы кытай авиация академиясында даярдыктан өтөт", None, True),
    ("r54d-ky-logistics-centre", "Ошто Кытай менен бирге логистика боюнча илимий борбор ачылды", None, True),
    ("r54d-ky-rail-start-neg", "Кытай Жалал-Абадга чейинки темир жол тилкесин каржылоого макул болду",
     "Долбоордо жергиликтүү кызматкерлерди окутуу да каралган, деп билдирди министрлик.", False),
    ("r54d-ky-cement-centre-neg", "Кытай компаниясы Чүйдө окуу борбору бар цемент заводун курат", None, False),
    ("r54d-ky-expo-campus-neg", "Бишкекте кытай товарларынын көргөзмөсү университетте өттү",
     "Көргөзмөгө Кытайдан 60 компания катышты, студенттер ыктыярчы болуп иштешти.", False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r54d-uz-railway-branch", "Toshkentda Xitoy temir yo'l universiteti filiali ochiladi", None, True),
    ("r54d-uz-oil-gas-study", "O'zbek talabalari Xitoyda neft-gaz muhandisligini o'rganadi",
     "Qarshi muhandislik-iqtisodiyot instituti talabalari Xitoy neft universitetida bir yillik o'qishni boshladi.", True),
    ("r54d-uz-luban-energy", "Namanganda Luban ustaxonasi energetika mutaxassislarini tayyorlaydi",
     "Ustaxona Xitoyning Tyanszin kasb-hunar kolleji bilan hamkorlikda tashkil etildi.", True),
    ("r54d-uz-mining-lab", "Olmaliq kon-metallurgiya texnikumida xitoylik professorlar dars bera boshladi", None, True),
    ("r54d-uz-aviation-pilots", "Nankin aeronavtika universitetida o'zbek kursantlari samolyot ta'mirlashni o'rganmoqda", None, True),
    ("r54d-uz-copper-centre-neg", "Xitoy kompaniyasi Jizzaxda o'quv markazi bilan mis zavodi quradi", None, False),
    ("r54d-uz-gas-pipe-neg", "Xitoyga boruvchi D liniyasi quvuri qurilishi Qashqadaryoda davom etmoqda",
     "Loyiha doirasida mahalliy xodimlarni o'qitish ham ko'zda tutilgan.", False),
    ("r54d-uz-tourism-fair-neg", "Samarqandda Xitoy turizm yarmarkasi universitetda o'tdi",
     "Yarmarkada xitoylik turoperatorlar yangi yo'nalishlarni taqdim etdi, talabalar ko'ngilli bo'lib ishladi.", False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r54d-uzc-transport-centre", "Хитой транспорт университети Андижонда ўқув маркази очади", None, True),
    ("r54d-uzc-energy-study", "Шимолий Хитой электр энергетика университети қирқ нафар ўзбек ёшини грантга олди",
     "Тошкент давлат техника университетининг 40 нафар талабаси Шимолий Хитой электр энергетика "
     "университетида ўқийди.", True),
    ("r54d-uzc-grid-lab", "Хитой ва Ўзбекистон олимлари электр тармоқлари бўйича қўшма лаборатория ташкил этди",
     "Лаборатория Тошкентда жойлашган бўлиб, у ерда ақлли тармоқлар тадқиқ қилинади.", True),
    ("r54d-uzc-luban-railway", "Тошкентдаги Лубан устахонасида темир йўлчилар тайёрланади", None, True),
    ("r54d-uzc-miners-college", "Хитой коллежи ўзбек кончиларини ўқитади", None, True),
    ("r54d-uzc-railway-build-neg", "Хитой Ўзбекистонда темир йўл қуради",
     "Лойиҳа доирасида маҳаллий ходимларни ўқитиш ҳам кўзда тутилган.", False),
    ("r54d-uzc-glass-centre-neg", "Хитой компанияси Навоийда ўқув маркази бўлган шиша заводи қуради", None, False),
    ("r54d-uzc-energy-forum-neg", "Тошкентда Хитой энергетика форуми бўлиб ўтди",
     "Форумда талабалар кўнгилли сифатида ишладилар, қуёш электр станциялари бўйича битимлар имзоланди.", False),
    # ------------------------------------------------------------------ Tajik
    ("r54d-tg-luban-railway", "Дар коргоҳи Лу Бан барои роҳи оҳани Тоҷикистон техникҳо тайёр карда мешаванд", None, True),
    ("r54d-tg-oil-gas-study", "Ҷавонони тоҷик дар Чин муҳандисии нафту газро меомӯзанд",
     "Сӣ донишҷӯи Донишгоҳи техникии Тоҷикистон ба Донишгоҳи нафти Чин барои таҳсил фиристода шуданд.", True),
    ("r54d-tg-energy-lab", "Донишгоҳи техникии Душанбе бо Чин маркази тадқиқоти шабакаҳои барқ кушод",
     "Озмоишгоҳ дар Донишгоҳи техникӣ ҷойгир буда, дар соҳаи шабакаҳои барқ тадқиқот мегузаронад.", True),
    ("r54d-tg-miners-college", "Коллеҷи чинӣ кӯҳкорони тоҷикро таълим медиҳад", None, True),
    ("r54d-tg-aviation-univ", "Донишгоҳи авиатсионии Чин хонандагони тоҷикро қабул мекунад", None, True),
    ("r54d-tg-railway-deal-neg", "Пекин хати нави роҳи оҳани Ваҳдат–Ёвонро маблағгузорӣ мекунад",
     "Лоиҳа инчунин омӯзиши кормандони маҳаллиро дар бар мегирад.", False),
    ("r54d-tg-cement-centre-neg", "Сармоягузори чинӣ дар Истаравшан заводи хиштбарорӣ бо маркази омӯзишӣ бунёд мекунад", None, False),
    ("r54d-tg-energy-forum-neg", "Ҳамоиши нерӯи барқи чинӣ-тоҷикӣ сармоягузоронро ба Душанбе ҷамъ овард",
     "Донишҷӯён ҳамчун ихтиёриён кор карданд, дар форум созишномаҳо оид ба нерӯгоҳҳои офтобӣ ба имзо расиданд.", False),
    # ------------------------------------------------------------------ Turkmen
    ("r54d-tk-luban-railway", "Aşgabatda Lubanyň ussahanasy demir ýol hünärmenlerini taýýarlaýar", None, True),
    ("r54d-tk-oil-gas-study", "Türkmen talyplary Hytaýda nebit-gaz inženerçiligini öwrenýärler",
     "Aşgabadyň elli ýaş nebitçisi Pekindäki Hytaý nebit uniwersitetinde iki ýyllyk magistratura okuwyna başlady.", True),
    ("r54d-tk-energy-lab", "Mary energetika institutynda hytaý alymlary bilen elektrik ulgamlary barlaghanasy işe girizildi",
     "Barlaghana Türkmen döwlet energetika institutynda ýerleşýär we elektrik ulgamlaryny öwrenýär.", True),
    ("r54d-tk-aviation-pilots", "Türkmen howa ýollarynyň geljekki uçarmanlary Tianjindäki raýat awiasiýa uniwersitetinde okaýar", None, True),
    ("r54d-tk-logistics-college", "Türkmen logistika hünärmenleri Hytaýyň kollejinde okadyldy", None, True),
    ("r54d-tk-gas-pipe-neg", "Galkynyşdan Hytaýa çekiljek D setiriniň gurluşygyna maliýe tapyldy",
     "Taslama ýerli işgärleri okatmagy hem öz içine alýar.", False),
    ("r54d-tk-cement-centre-neg", "Hytaý kompaniýasy Maryda okuw merkezi bolan sement zawodyny gurýar", None, False),
    ("r54d-tk-energy-forum-neg", "Hytaýly maýadarlar Aşgabatdaky elektrik energiýasy sergisine ýygnandy",
     "Foruma talyplar meýletinçi hökmünde gatnaşdy, gün elektrik stansiýalary boýunça şertnamalar baglaşyldy.", False),
]
