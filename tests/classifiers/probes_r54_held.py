"""Round-54 held-out probes (issue 12): a second blind set of the same family (docs/classifier.md,
"Round 54 of issue 12"), written with the development set before the rules were run on either and
measured once after the fixes, nothing fixed from it. Fields the development set uses less: tourism
faculties, sport science, trade universities, logistics, industry. Hard negatives: a power line,
plant or gas deal whose lede says local specialists will also be trained, a factory with a
training room.

For each of en, ru, zh, kk, ky, uz (Latin), uzc (Uzbek Cyrillic), tg and tk: 3 relevant items and 2
hard negatives; in each language one relevant item and one negative carry a lede. No url. Each row:
(id, title, summary, relevant).
"""

from __future__ import annotations

PROBES_R54_HELD: list[tuple[str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r54h-en-hospitality", "Kyrgyz students to study hospitality at a Chinese tourism college", None, True),
    ("r54h-en-wrestling-coaches", "Chinese sport science institute trains Uzbek wrestling coaches",
     "Coaches from the Uzbek Olympic academy spent a month at Beijing Sport University learning injury "
     "prevention and modern training methods.", True),
    ("r54h-en-logistics-centre", "Tajik Technical University and a Chinese partner set up a logistics research centre", None, True),
    ("r54h-en-dostyk-neg", "Kazakhstan and China agree to expand Dostyk rail border crossing",
     "Besides new tracks, the agreement provides for staff training and customs digitalisation.", False),
    ("r54h-en-car-plant-neg", "Chinese automaker to open Tashkent assembly plant and training facility", None, False),
    # ------------------------------------------------------------------ Russian
    ("r54h-ru-tourism-study", "Студенты из Туркменистана изучат туризм в китайском университете", None, True),
    ("r54h-ru-sport-coaches", "Китайский университет спорта подготовит тренеров для Казахстана",
     "Пекинский университет спорта будет обучать казахстанских тренеров спортивной науке и медицине.", True),
    ("r54h-ru-trade-univ", "Кыргызский экономический университет и китайский торговый вуз откроют совместную программу", None, True),
    ("r54h-ru-power-line-neg", "Китайская госкорпорация протянет линию электропередачи от Рогуна до Хатлона",
     "Китайская компания также проведёт обучение таджикских специалистов по эксплуатации линии.", False),
    ("r54h-ru-fertilizer-class-neg", "Пущенный китайцами химкомбинат в Навои обзавёлся учебным классом для операторов", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r54h-zh-sport-science", "中国体育大学为吉尔吉斯斯坦培养运动科学人才", None, True),
    ("r54h-zh-logistics-study", "哈萨克斯坦学生赴华学习物流管理",
     "阿拉木图的四十名大学生将在北京交通大学学习物流管理与供应链课程。", True),
    ("r54h-zh-mining-joint-lab", "中乌合建矿业工程联合实验室", None, True),
    ("r54h-zh-gas-deal-neg", "中国与土库曼斯坦签署天然气合作协议",
     "根据协议，中方将协助培训当地技术人员，并扩建输气管道。", False),
    ("r54h-zh-refinery-centre-neg", "中国企业在塔吉克斯坦建设炼油厂 设有员工培训中心", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r54h-kk-tourism-study", "Қазақстандық студенттер Қытайда туризм мамандығын оқиды", None, True),
    ("r54h-kk-sport-coaches", "Қытай спорт университеті қазақстандық жаттықтырушыларды оқытады",
     "Бейжің спорт университеті спорт ғылымы бойынша біліктілікті арттыру курстарын өткізеді.", True),
    ("r54h-kk-transport-centre", "Қазақстан мен Қытай көлік саласы бойынша ғылыми орталық ашты", None, True),
    ("r54h-kk-copper-plant-neg", "Қытай Қазақстанда мыс зауытын салады",
     "Жоба аясында жергілікті жұмысшыларды оқыту жоспарланған.", False),
    ("r54h-kk-refinery-class-neg", "Қытайлық компания Шымкентте оқу сыныбы бар мұнай өңдеу зауытын жаңғыртады", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r54h-ky-tourism-study", "Кыргыз студенттери Кытайда туризм адистигин алышат", None, True),
    ("r54h-ky-sport-coaches", "Кытай спорт илимий институту кыргыз машыктыруучуларын окутат",
     "Машыктыруучулар Пекинде спорт илими боюнча бир айлык курстан өтүшөт.", True),
    ("r54h-ky-energy-college", "Кыргыз-кытай энергетика колледжи Нарында ачылат", None, True),
    ("r54h-ky-solar-plant-neg", "Кытайлык инвестор Баткенде кубаттуулугу 100 мегаватт болгон күн станциясын курат",
     "Долбоордун алкагында жергиликтүү адистер да окутулат.", False),
    ("r54h-ky-textile-class-neg", "Кытай компаниясы Ошто окуу классы бар текстиль фабрикасын ачты", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r54h-uz-logistics-master", "O'zbek talabalari Xitoyda logistika bo'yicha magistratura o'qiydi", None, True),
    ("r54h-uz-sport-coaches", "Pekin sport universiteti Toshkentdan kelgan kurash murabbiylari uchun malaka kursi ochdi",
     "Pekin sport universiteti sport ilmi bo'yicha malaka oshirish kurslarini tashkil etadi.", True),
    ("r54h-uz-tourism-faculty", "Buxoro turizm fakulteti Xitoy universiteti bilan qo'shma dastur ochdi", None, True),
    ("r54h-uz-solar-plant-neg", "Xitoyning Energy China kompaniyasi Surxondaryoda 500 megavattlik quyosh parki quradi",
     "Loyiha doirasida mahalliy mutaxassislar ham o'qitiladi.", False),
    ("r54h-uz-car-class-neg", "Xitoy kompaniyasi Farg'onada o'quv xonasi bilan avtomobil zavodi ochdi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r54h-uzc-transport-master", "Пекин транспорт университетида логистика мутахассислигига Тошкентдан 30 нафар битирувчи қабул қилинди", None, True),
    ("r54h-uzc-oil-centre", "Хитой ва Ўзбекистон олимлари нефть-газ соҳасида илмий марказ очди",
     "Марказ Тошкент давлат техника университети ва Хитой нефть университети ҳамкорлигида тузилди.", True),
    ("r54h-uzc-tourism-faculty", "Самарқанд туризм факультети Хитой университети билан ҳамкорлик бошлади", None, True),
    ("r54h-uzc-wind-plant-neg", "Хитой Ўзбекистонда шамол электр станциясини қуради",
     "Лойиҳа доирасида маҳаллий мутахассислар ҳам ўқитилади.", False),
    ("r54h-uzc-bus-class-neg", "Хитой компанияси Самарқандда ўқув синфи бўлган автобус заводини очди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r54h-tg-tourism-study", "Бист ҷавони Хуҷанд дар коллеҷи сайёҳии Шанхай меҳмондориро меомӯзанд", None, True),
    ("r54h-tg-sport-coaches", "Донишгоҳи варзишии Чин мураббиёни тоҷикро таълим медиҳад",
     "Мураббиён дар Пекин курси якмоҳаи илми варзишро мегузаранд.", True),
    ("r54h-tg-transport-centre", "Донишгоҳи нақлиёти Душанбе бо Донишгоҳи Цзяотуни Пекин пажӯҳишгоҳи муштарак месозад", None, True),
    ("r54h-tg-power-line-neg", "Чин дар Тоҷикистон хати интиқоли барқ месозад",
     "Дар доираи лоиҳа мутахассисони маҳаллӣ низ омӯзонида мешаванд.", False),
    ("r54h-tg-textile-class-neg", "Ширкати чинӣ дар Хуҷанд корхонаи нассоҷиро бо синфи таълимӣ кушод", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r54h-tk-tourism-study", "Türkmen talyplary Hytaýda syýahatçylyk hünärini öwrenýärler", None, True),
    ("r54h-tk-sport-coaches", "Hytaýyň sport uniwersiteti türkmen tälimçilerini okadýar",
     "Tälimçiler Pekinde sport ylmy boýunça bir aýlyk okuwy geçýärler.", True),
    ("r54h-tk-transport-centre", "Türkmenistan bilen Hytaý ulag boýunça ylmy merkez döredýär", None, True),
    ("r54h-tk-gas-plant-neg", "Hytaý Türkmenistanda gaz gaýtadan işleýän zawod gurýar",
     "Taslamanyň çäginde ýerli hünärmenler hem okadylar.", False),
    ("r54h-tk-glass-class-neg", "Hytaý kompaniýasy Balkanabatda okuw otagy bolan aýna zawodyny açdy", None, False),
]
