"""Round-40 probes (issue 12): an eleventh blind headline set, written by hand before the rules were
run on any of it and before the vocabulary files were read (docs/classifier.md, "Round 40 of issue
12"). Rounds 31, 33, 35 and 38 measured headline recall 0.889, 0.878, 0.950 and 0.920 before their
fixes; this set is the third in the issue's terse shape for all nine languages and scripts, and
takes subjects those sets did not: museums, restoration and heritage science, libraries and their
digitisation, translation of scientific books, veterinary science and vaccines, fisheries, forestry,
dust storms, hydropower research, nuclear physics, observatories and meteorites, mathematics
olympiads, robotics contests, technoparks, cybersecurity and e-government training, teacher
training, kindergartens and schools built by China as education aid, Chinese-language teachers,
HSK, Confucius classrooms, alumni associations, visiting professors, doctoral defences,
co-authored papers, patents, testing and quarantine laboratories, traditional medicine, plant
protection, soil science, greenhouse technology and drones in agriculture.

The sides are named by country, demonym, adjective, abbreviation (ҚХР, КЭР, XXR, ХХР, HHR,
中哈/中塔/中吉), capital, city or province, institution (ҚазҰУ, ЕҰУ, КГТУ, ДМТ, TATU, O'zMU, ЎзМУ,
ТАТУ, TDU, Tsinghua, Xinjiang University), inflected. Hard negatives in the same words: trade
(fish, drones), sport (chess, football), culture days and exhibitions, tourism, other partners
(Turkey, Korea, Japan, Iran, ASEAN) and China's own news.

For each of en, ru, zh, kk, ky, uz (Latin), uzc (Uzbek Cyrillic), tg and tk: 12 relevant items and
4 hard negatives, 3-12 words (Chinese 6-20 characters). Headlines only: the set is measured with
the headline alone, no url. Measured once with the rules of main (2026.12.51) before any rule was
written: that is the round's honest figure. Each row: (id, headline, relevant). None is an item of
classifiers/eval, of the shared labelled_dev or an earlier probe, nor nearly one
(``test_round40.py`` checks it).
"""

from __future__ import annotations

PROBES_R40: list[tuple[str, str, bool]] = [
    # ------------------------------------------------------------------ English
    ("r40-en-otrar-frescoes", "Chinese and Kazakh restorers revive frescoes at Otrar museum", True),
    ("r40-en-uzbek-vet-vaccines", "Uzbek veterinary institute, Chinese academy to study livestock vaccines", True),
    ("r40-en-robotics-bishkek", "China-Kyrgyzstan youth robotics contest held in Bishkek", True),
    ("r40-en-dushanbe-school-aid", "Chinese-funded school for 1,200 pupils opens in Dushanbe", True),
    ("r40-en-karakum-dust-paper", "Turkmen and Chinese scientists co-author paper on Karakum dust storms", True),
    ("r40-en-hydropower-centre", "Tajik and Chinese engineers model Vakhsh river hydropower cascade", True),
    ("r40-en-astana-telescope", "Astana observatory to get Chinese telescope under joint programme", True),
    ("r40-en-osh-confucius-classroom", "Confucius Classroom opens at Osh secondary school", True),
    ("r40-en-samarkand-hsk", "HSK test centre launched at Samarkand institute of foreign languages", True),
    ("r40-en-almaty-nuclear-professors", "Chinese visiting professors to teach nuclear physics at Almaty university", True),
    ("r40-en-plant-quarantine", "China trains Kazakh specialists for plant quarantine laboratories", True),
    ("r40-en-alumni-association", "Uzbek graduates of Chinese universities launch alumni association", True),
    ("r40-en-porcelain-neg", "Kazakh museum hosts exhibition of Chinese porcelain", False),
    ("r40-en-tsinghua-ranking-neg", "Tsinghua climbs to top of Asian university rankings", False),
    ("r40-en-turkey-vet-neg", "Uzbekistan and Turkey to open joint veterinary laboratory", False),
    ("r40-en-fish-exports-neg", "Kazakh fishery firms ship record carp volumes to Chinese market", False),
    # ------------------------------------------------------------------ Russian
    ("r40-ru-library-manuscripts", "Китайские и казахстанские учёные отреставрируют рукописи Национальной библиотеки", True),
    ("r40-ru-kstu-technopark", "В Бишкеке открылся китайско-кыргызский технопарк при КГТУ", True),
    ("r40-ru-vets-lanzhou", "Узбекские ветеринары пройдут стажировку в Ланьчжоу", True),
    ("r40-ru-dust-storms", "Таджикистан и Китай создадут центр изучения пыльных бурь", True),
    ("r40-ru-plant-protection", "Китайские учёные помогут Туркменистану в защите растений", True),
    ("r40-ru-translators-kaznu", "КазНУ и Пекинский университет подготовят переводчиков научной литературы", True),
    ("r40-ru-phd-tashkent", "Аспиранты из КНР защитили докторские диссертации в Ташкенте", True),
    ("r40-ru-school-1200", "Китай построит в Кыргызстане школу на 1200 мест", True),
    ("r40-ru-physicists-patent", "Казахстанские и китайские физики запатентовали новый детектор", True),
    ("r40-ru-cybersecurity", "Китайские эксперты обучили туркменских специалистов кибербезопасности", True),
    ("r40-ru-math-olympiad", "Математическая олимпиада Китая и Центральной Азии пройдет в Алматы", True),
    ("r40-ru-cotton-drones", "Узбекистан и Китай испытают дроны для опрыскивания хлопка", True),
    ("r40-ru-fish-purchase-neg", "Китай закупит у Казахстана рыбу на 20 млн долларов", False),
    ("r40-ru-chess-olympiad-neg", "Узбекские шахматисты выиграли у команды Китая на Олимпиаде", False),
    ("r40-ru-turkey-lyceum-neg", "Турецкие фонды откроют в Оше лицей на 600 учеников", False),
    ("r40-ru-comet-neg", "Китайская обсерватория открыла новую комету", False),
    # ------------------------------------------------------------------ Chinese
    ("r40-zh-otrar-murals", "中哈专家联合修复奥特拉尔古城壁画", True),
    ("r40-zh-hydropower-centre", "中塔共建水电技术联合研究中心", True),
    ("r40-zh-vet-lab", "新疆农大与吉国高校共建兽医实验室", True),
    ("r40-zh-aid-school-uz", "中国援建乌兹别克斯坦学校正式交付", True),
    ("r40-zh-karakum-paper", "中国土库曼斯坦学者合著卡拉库姆沙漠论文", True),
    ("r40-zh-confucius-classroom", "哈萨克斯坦首家孔子课堂在阿斯塔纳揭牌", True),
    ("r40-zh-tajik-teachers", "塔国汉语教师赴兰州参加研修班", True),
    ("r40-zh-observatory", "中吉天文台合作观测项目启动", True),
    ("r40-zh-hsk-uz", "乌兹别克斯坦HSK考点首次开考", True),
    ("r40-zh-robotics-xian", "中亚青年机器人大赛在西安举行", True),
    ("r40-zh-drone-patent", "中哈联合申请农业无人机专利", True),
    ("r40-zh-egov-kyrgyz", "中国专家赴吉尔吉斯斯坦培训电子政务人才", True),
    ("r40-zh-museum-exhibition-neg", "中哈博物馆联合举办丝路文物展", False),
    ("r40-zh-aquatic-exports-neg", "中国对哈萨克斯坦水产品出口增长", False),
    ("r40-zh-asean-hydropower-neg", "中国与东盟共建水电联合研究中心", False),
    ("r40-zh-tsinghua-ranking-neg", "清华大学位列亚洲大学排名首位", False),
    # ------------------------------------------------------------------ Kazakh
    ("r40-kk-otrar-restorers", "Қазақ және қытай реставраторлары Отырар жәдігерлерін қалпына келтіреді", True),
    ("r40-kk-kaznu-nuclear", "ҚазҰУ-да қытайлық профессорлар ядролық физикадан дәріс оқиды", True),
    ("r40-kk-greenhouse", "Қытай Қазақстанға жылыжай технологиясын үйретеді", True),
    ("r40-kk-chinese-teachers", "Қытай Қазақстанның қытай тілі мұғалімдерін оқытады", True),
    ("r40-kk-fisheries", "Балқаш көліндегі балық қорын қазақ-қытай ғылыми экспедициясы зерттейді", True),
    ("r40-kk-quarantine-lab", "ҚХР Қазақстанда ветеринарлық карантин зертханасын салады", True),
    ("r40-kk-xinjiang-enu-papers", "Шыңжаң университеті мен ЕҰУ ортақ мақалалар жариялайды", True),
    ("r40-kk-robotics-astana", "Қазақстан-Қытай робототехника байқауы Астанада өтті", True),
    ("r40-kk-science-books", "Қытайдың ғылыми кітаптары қазақ тіліне аударылады", True),
    ("r40-kk-hydropower-centre", "Қазақстан мен Қытай су электр станцияларын зерттейтін орталық ашады", True),
    ("r40-kk-meteorite", "Қазақ ғалымдары Жезқазған метеоритін қытай әріптестерімен талдады", True),
    ("r40-kk-cybersecurity", "Қытай Қазақстанның мемлекеттік қызметшілеріне киберқауіпсіздік курсын өткізді", True),
    ("r40-kk-fish-exports-neg", "Қытай нарығына қазақстандық балық жеткізу екі есе өсті", False),
    ("r40-kk-korea-greenhouse-neg", "Қазақстан мен Оңтүстік Корея жылыжай технологиясы орталығын ашады", False),
    ("r40-kk-chess-neg", "Қытай шахматшысы Алматыдағы турнирде жеңді", False),
    ("r40-kk-culture-days-neg", "Қазақстанда қытай мәдениеті күндері өтті", False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r40-ky-forest-pests", "Кытай адистери Ысык-Көл токойлорун коргоо боюнча кыргыз илимпоздорун окутат", True),
    ("r40-ky-osh-school", "Кытай Ош шаарында 1000 орундуу мектеп курат", True),
    ("r40-ky-vet-internship", "Кыргыз агрардык университетинин студенттери Кытайда ветеринария боюнча стажировкадан өтүштү", True),
    ("r40-ky-kstu-technopark", "КГТУнун алдында кытай компаниясы менен технопарк түзүлөт", True),
    ("r40-ky-teacher-training", "Кытайдын педагогдору Таластагы мектеп мугалимдерине квалификациясын жогорулатуу курсун өтүштү", True),
    ("r40-ky-hydropower-centre", "Кыргызстан менен Кытай суу электр станцияларын изилдөө борборун түзөт", True),
    ("r40-ky-agri-drones", "КЭР Кыргызстанга айыл чарба дрондорун колдонууну үйрөтөт", True),
    ("r40-ky-naryn-confucius", "Нарындагы мектепте Конфуций классы ачылды", True),
    ("r40-ky-physicists-paper", "Кыргыз жана кытай физиктери биргелешкен макала жарыялашты", True),
    ("r40-ky-alumni", "Кытай университеттеринин бүтүрүүчүлөрү Бишкекте ассоциация түзүштү", True),
    ("r40-ky-plant-protection-lab", "Кыргызстан менен Кытай өсүмдүктөрдү коргоо боюнча лаборатория ачат", True),
    ("r40-ky-vaccine-research", "Кытай Кыргызстандын мал доктурларына вакцина изилдөөнү үйрөтөт", True),
    ("r40-ky-fish-exports-neg", "Кыргызстан Кытайга балык экспорттойт", False),
    ("r40-ky-chess-neg", "Кыргыз шахматчылары Кытайдагы турнирде утушту", False),
    ("r40-ky-turkey-technopark-neg", "Кыргызстан менен Түркия технопарк ачат", False),
    ("r40-ky-observatory-neg", "Кытайдын Тибеттеги обсерваториясы жаңы жылдызды тапты", False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r40-uz-samarkand-restorers", "Xitoylik restavratorlar Samarqanddagi obidalarni ta'mirlashda ishtirok etadi", True),
    ("r40-uz-fisheries", "Xitoylik ixtiologlar Orol dengizi baliq zahiralarini o'zbek hamkasblari bilan o'rganmoqda", True),
    ("r40-uz-school-aid", "XXR Toshkentda maktab qurib beradi", True),
    ("r40-uz-tatu-cyber", "TATU va Xitoy universiteti kiberxavfsizlik bo'yicha kurs ochdi", True),
    ("r40-uz-farmers-drones", "Xitoy o'zbek fermerlariga dron bilan ishlashni o'rgatadi", True),
    ("r40-uz-phd-beijing", "O'zbekistonlik doktorantlar Pekinda dissertatsiya himoya qildi", True),
    ("r40-uz-nuuz-nanjing-patent", "O'zMU va Nankin universiteti hamkorlikda patent oldi", True),
    ("r40-uz-teachers-urumqi", "O'zbek xitoy tili o'qituvchilari Urumchida malaka oshirdi", True),
    ("r40-uz-bukhara-greenhouse", "Buxoroda Xitoy bilan hamkorlikda issiqxona texnologiyalari markazi ochildi", True),
    ("r40-uz-traditional-medicine", "Toshkent farmatsevtika instituti xitoy xalq tabobati bo'yicha laboratoriya ochadi", True),
    ("r40-uz-math-olympiad", "Toshkentda Xitoy-O'zbekiston matematika olimpiadasi o'tkazildi", True),
    ("r40-uz-librarians", "Xitoy mutaxassislari o'zbek kutubxonachilarini raqamlashtirishga o'rgatdi", True),
    ("r40-uz-fish-exports-neg", "O'zbek baliqchilik fermalari mahsulotini Xitoy bozoriga chiqarmoqda", False),
    ("r40-uz-korea-vet-neg", "O'zbekiston va Koreya veterinariya laboratoriyasini ochdi", False),
    ("r40-uz-chess-neg", "Xitoy shaxmatchilari Toshkentdagi turnirda g'olib bo'ldi", False),
    ("r40-uz-hotel-neg", "Xitoydan keluvchi turistlar uchun Buxoroda yangi mehmonxona qurildi", False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r40-uzc-soil-science", "Хитой тупроқшунослари Сирдарё вилоятидаги шўрланган ерларни ўзбек олимлари билан текширади", True),
    ("r40-uzc-vet-vaccines", "Хитойлик ветеринарлар ўзбек мутахассисларига вакцина ишлаб чиқишни ўргатди", True),
    ("r40-uzc-kindergarten", "Тошкентда Хитой ёрдамида болалар боғчаси қурилди", True),
    ("r40-uzc-hydropower-centre", "ХХР ва Ўзбекистон сув электр станциялари бўйича илмий марказ очади", True),
    ("r40-uzc-tatu-robotics", "Хитой компанияси ТАТУда робототехника лабораторияси очди", True),
    ("r40-uzc-samarkand-confucius", "Самарқандда Конфуций синфи очилди", True),
    ("r40-uzc-andijan-professors", "Хитойлик профессорлар Андижонда ёш олимларга маъруза ўқиди", True),
    ("r40-uzc-plant-protection-paper", "Ўзбек ва хитой олимлари ўсимликларни ҳимоя қилиш бўйича қўшма мақола чоп этди", True),
    ("r40-uzc-quarantine-lab", "Хитой Ўзбекистонга карантин лабораторияси учун ускуналар берди", True),
    ("r40-uzc-egov", "Ўзбекистон давлат хизматчилари Хитойда электрон ҳукумат бўйича ўқитилади", True),
    ("r40-uzc-translated-books", "Хитой илмий китоблари ўзбек тилига таржима қилиниб, кутубхоналарга топширилди", True),
    ("r40-uzc-fisheries-institutes", "Хитой ва Ўзбекистон балиқчилик илмий-тадқиқот институтлари шартнома имзолади", True),
    ("r40-uzc-drone-imports-neg", "Ўзбекистон Хитойдан дронлар импортини оширди", False),
    ("r40-uzc-japan-soil-neg", "Ўзбекистон ва Япония тупроқшунослик марказини очди", False),
    ("r40-uzc-football-neg", "Хитой футболчилари Тошкентда ўртоқлик учрашуви ўтказди", False),
    ("r40-uzc-art-exhibition-neg", "Хитойлик рассомларнинг кўргазмаси Наманганда очилди", False),
    # ------------------------------------------------------------------ Tajik
    ("r40-tg-dust-storms", "Олимони тоҷик ва чинӣ дар омӯзиши тӯфонҳои чанг ҳамкорӣ мекунанд", True),
    ("r40-tg-varzob-school", "Чин дар ноҳияи Варзоби Тоҷикистон мактаби 800-ҷоя бунёд мекунад", True),
    ("r40-tg-tnu-xinjiang-hydropower", "ДМТ ва Донишгоҳи Синзян маркази тадқиқоти нерӯи барқи обиро таъсис медиҳанд", True),
    ("r40-tg-chinese-teachers-beijing", "Барои омӯзгорони забони чинии Тоҷикистон дар Пекин курси такмили ихтисос гузаронида шуд", True),
    ("r40-tg-egov", "Мутахассисони чинӣ ба кормандони давлатии тоҷик ҳукумати электрониро меомӯзонанд", True),
    ("r40-tg-plant-quarantine", "Тоҷикистон ва Чин лабораторияи карантини растаниҳоро мекушоянд", True),
    ("r40-tg-meteorite", "Сангҳои осмонии аз Бадахшон ёфтшуда дар лабораторияи муштараки тоҷикону чинӣ омӯхта мешаванд", True),
    ("r40-tg-istaravshan-confucius", "Синфи Конфутсий дар литсейи Истаравшан ба кор шурӯъ кард", True),
    ("r40-tg-nuclear-physics", "Физикҳои ядроии АМИТ бо ҳамкасбони чинӣ лоиҳаи нав оғоз карданд", True),
    ("r40-tg-phd-defence", "Аспирантони тоҷик дар Чин рисолаи доктории худро ҳимоя карданд", True),
    ("r40-tg-fish-farming-tech", "Чин ба Тоҷикистон дар соҳаи моҳипарварӣ технологияи нав медиҳад", True),
    ("r40-tg-robotics-contest", "Донишҷӯёни тоҷик дар озмуни роботсозии Чин ширкат варзиданд", True),
    ("r40-tg-fish-exports-neg", "Тоҷикистон ба Чин моҳӣ содир мекунад", False),
    ("r40-tg-iran-hydropower-neg", "Тоҷикистон ва Эрон маркази тадқиқоти нерӯи барқи обиро месозанд", False),
    ("r40-tg-concert-neg", "Ансамбли чинӣ дар Театри опера ва балети Душанбе консерт дод", False),
    ("r40-tg-tour-routes-neg", "Ширкатҳои сайёҳии чинӣ ба Помир хатсайрҳои нав мекушоянд", False),
    # ------------------------------------------------------------------ Turkmen
    ("r40-tk-meteorite", "Hytaýly we türkmen geologlary Köneürgenç meteoritini barlaýar", True),
    ("r40-tk-school", "Hytaý Türkmenistanda mekdep gurýar", True),
    ("r40-tk-chinese-teachers", "Hytaýly hünärmenler türkmen mugallymlaryna hytaý dilini öwretdiler", True),
    ("r40-tk-tdu-peking-paper", "TDU bilen Pekin uniwersiteti bilelikde ylmy makala çap etdi", True),
    ("r40-tk-agri-drones", "Hytaý Türkmenistana oba hojalyk dronlaryny ulanmagy öwredýär", True),
    ("r40-tk-vet-vaccines", "Türkmen we hytaý weterinarlary haýwan sanjymlaryny bilelikde barlaýarlar", True),
    ("r40-tk-plant-protection-lab", "Türkmenistan bilen Hytaý ösümlikleri goramak boýunça laboratoriýa açýar", True),
    ("r40-tk-cybersecurity", "HHR-iň hünärmenleri türkmen işgärlerine kiberhowpsuzlyk boýunça okuw geçdi", True),
    ("r40-tk-math-olympiad", "Türkmen talyplary Hytaýda matematika olimpiadasyna gatnaşdy", True),
    ("r40-tk-technopark", "Aşgabatda türkmen-hytaý tehnoparky açyldy", True),
    ("r40-tk-library-digitising", "Hytaý Türkmenistanyň kitaphanalaryny sanlaşdyrmaga kömek eder", True),
    ("r40-tk-greenhouse", "Türkmen daýhanlary Hytaýyň ýyladyşhana tehnologiýasyny öwrenmek üçin okuwa gatnaşdy", True),
    ("r40-tk-fish-exports-neg", "Hazar balygyny Hytaýa ibermek boýunça türkmen kompaniýasy şertnama baglaşdy", False),
    ("r40-tk-turkey-technopark-neg", "Türkmenistan bilen Türkiýe tehnopark açýar", False),
    ("r40-tk-chess-neg", "Hytaý küştçüleri Aşgabatdaky ýaryşda ýeňiji boldy", False),
    ("r40-tk-concert-neg", "Hytaýyň sungat toparlary Aşgabatda konsert berdi", False),
]

# Family probes of round 40 (docs/classifier.md, "Round 40 of issue 12"): new headlines, written after
# the misses were read, that each family must catch (True) or leave out (False).
PROBES_R40_FAMILIES: list[tuple[str, str, bool]] = [
    # observatories, telescopes and astronomers are research; China's own telescope or Russia's stays out
    ("r40f-ru-telescope", "Китай передаст Узбекистану телескоп для обсерватории Майданак", True),
    ("r40f-kk-observatory", "Қытай ғалымдары Қазақстан обсерваториясында жұлдыздарды бақылайды", True),
    ("r40f-tk-telescope", "Hytaý Türkmenistana teleskop sowgat berdi", True),
    ("r40f-en-telescope-own-neg", "China's FAST telescope detects new pulsars", False),
    ("r40f-ru-observatory-russia-neg", "Россия и Казахстан модернизируют обсерваторию на Тянь-Шане", False),
    # kindergartens are education; one built by Turkey stays out
    ("r40f-en-kindergarten", "China builds kindergarten for 300 children in Bishkek", True),
    ("r40f-kk-kindergarten", "Қытай Қазақстанда балабақша салып береді", True),
    ("r40f-tg-kindergarten", "Чин дар Душанбе кӯдакистон месозад", True),
    ("r40f-ru-kindergarten-turkey-neg", "Турция построит детский сад в Ташкенте", False),
    # cybersecurity is technology; hackers and Russia's training stay out
    ("r40f-en-cyber", "China to train Kyrgyz officials in cybersecurity", True),
    ("r40f-kk-cyber", "Қытай мамандары қазақстандық студенттерге киберқауіпсіздікті оқытады", True),
    ("r40f-tk-cyber", "Türkmen talyplary Hytaýda kiberhowpsuzlyk boýunça okaýar", True),
    ("r40f-en-hackers-neg", "Kazakh police detain hackers who attacked Chinese bank", False),
    ("r40f-ru-cyber-turkey-neg", "Турецкая компания проведет в Ашхабаде курс по кибербезопасности", False),
    # training specialists named by a demonym; Turkey's stays out
    ("r40f-ru-train-tajik-specialists", "Китайские вузы подготовят таджикских специалистов по геологии", True),
    ("r40f-ru-train-kyrgyz-turkey-neg", "Турция подготовит кыргызских специалистов", False),
    # to teach in kk, ky, uz, tk; to learn (a tourist's) and Korea's teaching stay out
    ("r40f-kk-teach", "Қытайлық агрономдар қазақ фермерлерін тамшылатып суаруға үйретеді", True),
    ("r40f-ky-teach", "Кытай адистери кыргыз дыйкандарына жылуу күнөсканада иштөөнү үйрөтөт", True),
    ("r40f-tk-teach", "Hytaýly mugallymlar türkmen talyplaryna robot ýasamagy öwredýär", True),
    ("r40f-uz-learn-tourists-neg", "O'zbek sayyohlari Xitoyda choy madaniyatini o'rganishdi", False),
    ("r40f-uz-teach-korea-neg", "Koreya o'zbek fermerlariga issiqxona texnologiyasini o'rgatadi", False),
    # libraries and digitising; a bookstore and Korea stay out
    ("r40f-ru-library", "Китай поможет оцифровать фонды библиотеки Кыргызстана", True),
    ("r40f-kk-library", "Қазақстан ұлттық кітапханасы мен Қытай кітапханасы қолжазбаларды цифрландырады", True),
    ("r40f-tk-library", "Türkmen we hytaý kitaphanalary golýazmalary sanlaşdyrmak boýunça hyzmatdaşlyk edýär", True),
    ("r40f-en-bookstore-neg", "Chinese bookstore chain opens branch in Almaty mall", False),
    ("r40f-ru-library-korea-neg", "Корейский фонд передал книги Национальной библиотеке Узбекистана", False),
    # a centre or study of (hydro)power plants is research; building one stays energy
    ("r40f-ru-hydropower-research", "Таджикистан и Китай создадут институт исследования гидроэнергетики", True),
    ("r40f-uz-hydropower-research", "O'zbekiston va Xitoy suv elektr stansiyalari bo'yicha ilmiy tadqiqot boshlaydi", True),
    ("r40f-kk-power-plant-build-neg", "Қытай Қазақстанда су электр станциясын салады", False),
    ("r40f-ru-hpp-build-neg", "Китай построит ГЭС в Кыргызстане", False),
    # with Chinese colleagues is joint work; with them in trade or football stays out
    ("r40f-ru-colleagues", "Казахстанские археологи с китайскими коллегами изучат городище", True),
    ("r40f-uz-colleagues", "O'zbek genetiklari xitoylik hamkasblari bilan yangi nav yaratdi", True),
    ("r40f-tg-colleagues", "Биологҳои тоҷик бо ҳамкасбони чинӣ намудҳои нави растаниҳоро омӯхтанд", True),
    ("r40f-tk-colleagues-trade-neg", "Türkmen telekeçileri hytaýly kärdeşleri bilen söwda şertnamasyny baglaşdy", False),
    ("r40f-en-counterparts-football-neg", "Kazakh coaches meet Chinese counterparts before friendly match", False),
    # chess players are sport; a mathematics olympiad stays education
    ("r40f-en-chess-neg", "Uzbek grandmaster beats Chinese rival at Tashkent chess tournament", False),
    ("r40f-kk-chess-neg", "Қазақ шахматшылары Шанхайдағы олимпиададан екі медальмен оралды", False),
    ("r40f-tg-chess-neg", "Шоҳмотбозони тоҷик дар Чин ғолиб омаданд", False),
    ("r40f-ru-math-olympiad", "Школьники Казахстана и Китая встретятся на олимпиаде по математике", True),
    # exhibitions of art and photographs are culture; a science exhibition or an education fair stays in
    ("r40f-zh-painting-exhibition-neg", "中国书画展在塔什干开幕", False),
    ("r40f-ru-photo-exhibition-neg", "В Астане открылась фотовыставка о Китае", False),
    ("r40f-ky-painters-exhibition-neg", "Кытайлык сүрөтчүлөрдүн көргөзмөсү Ош шаарында өттү", False),
    ("r40f-zh-science-exhibition", "中哈科技成果展在阿拉木图举行", True),
    ("r40f-en-education-fair", "Chinese universities hold education exhibition in Tashkent", True),
]
