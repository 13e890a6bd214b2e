"""Round-9 headline grid (issue 12): a compositional coverage grid, written to find vocabulary
gaps family by family rather than item by item.

For each language (en, ru, zh, kk, uz Latin, uz Cyrillic, ky, tg, tk) a headline is a
template of one *topic family* (joint lab, university memorandum, students and scholarships,
Chinese language / Confucius Institute / Luban Workshop, academies of sciences, technology,
agricultural science, medicine, archaeology and heritage, forums of scientists or rectors,
teacher training and vocational education) with one slot for a Central Asian side, filled
with one of Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan, Turkmenistan or the region in
the form the template needs (nominative, genitive, locative, dative, adjective or demonym,
"X and China", "China–X", a capital, a well-known university). The grid is not the full
cross product: the countries rotate over the templates, so every country and every family
appears in every language (44 relevant headlines a language); a country whose form does not
exist for a template (the region has no capital) passes its turn to the next. Hard negatives
(trade, gas pipeline, railway, visas, football, tourism, China–ASEAN science, Central Asia
with Russia, Korea or Turkey in education, Xinjiang's own schools, energy, industry, army,
summits) are built the same way, 18-20 a language.

Uzbek Cyrillic is the Uzbek Latin grid transliterated letter by letter (``to_uz_cyrl``), as
Uzbek outlets publishing both scripts do.

Written by hand for round 9 and measured with the round-8 rules (2026.12.11) before any rule
was changed (docs/classifier.md, "Round 9 of issue 12"). Each row: (id, headline, relevant,
language, family, country). None is an item of classifiers/eval (``test_round9.py`` checks).
"""

from __future__ import annotations

COUNTRIES = ("kz", "uz", "kg", "tj", "tm", "ca")
FAMILIES = ("lab", "mou", "students", "chinese", "academy", "tech", "agri", "health",
            "heritage", "forum", "teachers")

# Each language: forms (key -> "kz|uz|kg|tj|tm|ca", "-" where the form does not exist),
# templates per family [(key, template)], negatives [(key or "", template, kind)].
EN = {
    "forms": {
        "nom": "Kazakhstan|Uzbekistan|Kyrgyzstan|Tajikistan|Turkmenistan|Central Asia",
        "adj": "Kazakh|Uzbek|Kyrgyz|Tajik|Turkmen|Central Asian",
        "cap": "Astana|Tashkent|Bishkek|Dushanbe|Ashgabat|-",
        "univ": ("Al-Farabi Kazakh National University|National University of Uzbekistan|"
                 "Kyrgyz National University|Tajik National University|"
                 "Magtymguly Turkmen State University|-"),
        "andcn": ("Kazakhstan and China|Uzbekistan and China|Kyrgyzstan and China|"
                  "Tajikistan and China|Turkmenistan and China|China and Central Asia"),
        "cnx": ("China–Kazakhstan|China–Uzbekistan|China–Kyrgyzstan|China–Tajikistan|"
                "China–Turkmenistan|China–Central Asia"),
    },
    "lab": [("andcn", "{x} launch joint laboratory on water resources"),
            ("univ", "{x} and Chinese Academy of Sciences set up joint research centre"),
            ("adj", "{x} and Chinese scientists open joint lab to monitor glaciers"),
            ("cnx", "{x} joint research centre for new materials opens in Urumqi")],
    "mou": [("univ", "{x} signs cooperation memorandum with Lanzhou University"),
            ("adj", "{x} and Chinese universities sign memorandum on academic exchange"),
            ("cap", "Tsinghua University signs agreement with universities in {x}"),
            ("nom", "Xi'an universities to expand cooperation with higher education institutions of {x}")],
    "students": [("adj", "{x} students receive Chinese government scholarships"),
                 ("nom", "More students from {x} choose to study in China"),
                 ("nom", "China offers 100 education grants to {x}"),
                 ("cap", "Chinese universities present study programmes at education fair in {x}")],
    "chinese": [("univ", "Confucius Institute at {x} marks 15th anniversary"),
                ("nom", "First Luban Workshop opens in {x}"),
                ("adj", "{x} pupils win 'Chinese Bridge' language competition"),
                ("cap", "New Chinese language centre opens in {x}")],
    "academy": [("nom", "Academies of sciences of China and {x} to expand cooperation"),
                ("adj", "{x} academicians visit Chinese Academy of Sciences"),
                ("nom", "Chinese Academy of Sciences to provide research support to {x}"),
                ("andcn", "{x} scientists to conduct joint research")],
    "tech": [("andcn", "{x} to cooperate in artificial intelligence"),
             ("cap", "Chinese IT companies join technology park in {x}"),
             ("nom", "China to share digitalisation experience with {x}"),
             ("adj", "{x} startups complete innovation programme in Shenzhen")],
    "agri": [("adj", "{x} and Chinese agronomists test new wheat varieties"),
             ("nom", "Chinese scientists to help {x} combat desertification"),
             ("nom", "Chinese agricultural university opens demonstration field in {x}"),
             ("andcn", "{x} scientists develop new cotton variety")],
    "health": [("andcn", "{x} doctors to study traditional medicine together"),
               ("adj", "{x} doctors complete internships at Chinese clinics"),
               ("nom", "Traditional Chinese medicine centre to open in {x}"),
               ("nom", "Chinese medical university signs agreement with medical schools of {x}")],
    "heritage": [("adj", "{x} and Chinese archaeologists excavate ancient Silk Road city"),
                 ("andcn", "{x} scholars to study Silk Road heritage together"),
                 ("nom", "Chinese restorers to restore ancient monument in {x}"),
                 ("cnx", "{x} joint archaeological expedition makes new finds")],
    "forum": [("nom", "Forum of university rectors of China and {x} opens in Xi'an"),
              ("cnx", "{x} scientists' forum held in Urumqi"),
              ("cap", "{x} hosts conference on scientific and technical cooperation with China"),
              ("adj", "{x} and Chinese rectors meet at forum in Beijing")],
    "teachers": [("adj", "{x} teachers complete advanced training in China"),
                 ("nom", "China to help {x} train vocational education specialists"),
                 ("nom", "College built with Chinese support opens in {x}"),
                 ("nom", "China to train vocational instructors from {x}")],
    "negatives": [
        ("nom", "Trade between China and {x} hits record high", "trade"),
        ("andcn", "{x} agree to build new gas pipeline", "gas"),
        ("andcn", "New railway to link {x}", "railway"),
        ("andcn", "{x} introduce visa-free travel", "visas"),
        ("adj", "{x} national football team beats China", "football"),
        ("nom", "Chinese tourists flock to {x}", "tourism"),
        ("", "China and ASEAN open joint laboratory for marine science", "asean"),
        ("", "Chinese universities sign memorandums with ASEAN partners", "asean"),
        ("adj", "{x} and Russian universities sign memorandum on joint degrees", "russia"),
        ("nom", "Korea offers scholarships to students from {x}", "korea"),
        ("nom", "Turkish universities to open branch campuses in {x}", "turkey"),
        ("", "New school year starts at Kazakh-language schools in Xinjiang", "xinjiang"),
        ("", "Ethnic Kyrgyz pupils in Xinjiang's Kizilsu get new textbooks", "xinjiang"),
        ("andcn", "{x} sign $2 billion energy deal", "energy"),
        ("nom", "Wheat exports from {x} to China grow", "trade"),
        ("nom", "Chinese carmaker to build assembly plant in {x}", "industry"),
        ("andcn", "{x} hold joint military drills", "security"),
        ("cap", "Chinese leader arrives in {x} for summit talks", "politics"),
        ("", "Central Asia–Russia education forum held in Moscow", "russia"),
    ],
}

RU = {
    "forms": {
        "nom": "Казахстан|Узбекистан|Кыргызстан|Таджикистан|Туркменистан|Центральная Азия",
        "gen": "Казахстана|Узбекистана|Кыргызстана|Таджикистана|Туркменистана|Центральной Азии",
        "cgen": "Казахстана|Узбекистана|Кыргызстана|Таджикистана|Туркменистана|-",
        "acc": "Казахстан|Узбекистан|Кыргызстан|Таджикистан|Туркменистан|Центральную Азию",
        "dat": "Казахстану|Узбекистану|Кыргызстану|Таджикистану|Туркменистану|странам Центральной Азии",
        "ins": "Казахстаном|Узбекистаном|Кыргызстаном|Таджикистаном|Туркменистаном|Центральной Азией",
        "loc": "в Казахстане|в Узбекистане|в Кыргызстане|в Таджикистане|в Туркменистане|в Центральной Азии",
        "adj_pl": "казахстанские|узбекские|кыргызские|таджикские|туркменские|центральноазиатские",
        "adj_gen_pl": "казахстанских|узбекских|кыргызских|таджикских|туркменских|центральноазиатских",
        "sino_m": ("Китайско-казахстанский|Узбекско-китайский|Кыргызско-китайский|"
                   "Таджикско-китайский|Туркмено-китайский|-"),
        "sino_f": ("Китайско-казахстанская|Узбекско-китайская|Кыргызско-китайская|"
                   "Таджикско-китайская|Туркмено-китайская|-"),
        "cap_loc": "в Астане|в Ташкенте|в Бишкеке|в Душанбе|в Ашхабаде|-",
        "univ": "КазНУ|НУУз|КНУ|ТНУ|ТГУ имени Махтумкули|-",
    },
    "lab": [("nom", "Китай и {x} откроют совместную лабораторию по изучению ледников"),
            ("univ", "{x} и Китайская академия наук создали совместный научный центр"),
            ("adj_pl", "{x} и китайские учёные открыли совместную лабораторию водных ресурсов"),
            ("sino_m", "{x} научно-исследовательский центр открылся в Урумчи")],
    "mou": [("univ", "{x} подписал меморандум о сотрудничестве с Ланьчжоуским университетом"),
            ("gen", "Вузы Китая и {x} подписали меморандум о сотрудничестве"),
            ("cap_loc", "{x} подписан меморандум с Пекинским университетом"),
            ("gen", "Университет Цинхуа расширит сотрудничество с вузами {x}")],
    "students": [("adj_pl", "{x} студенты получили стипендии правительства КНР"),
                 ("gen", "Число студентов из {x} в Китае выросло вдвое"),
                 ("dat", "Китай выделит {x} 100 образовательных грантов"),
                 ("cap_loc", "{x} прошла выставка китайских вузов")],
    "chinese": [("univ", "Институт Конфуция при {x} отметил 15-летие"),
                ("loc", "{x} открылась первая мастерская Лу Баня"),
                ("adj_pl", "{x} школьники победили в конкурсе «Мост китайского языка»"),
                ("cap_loc", "{x} открылся новый центр изучения китайского языка")],
    "academy": [("gen", "Академии наук Китая и {x} договорились о совместных исследованиях"),
                ("adj_pl", "{x} академики посетили Китайскую академию наук"),
                ("ins", "Китайская академия наук расширит научное сотрудничество с {x}"),
                ("cgen", "Президент Академии наук {x} встретился с делегацией Китайской академии наук")],
    "tech": [("nom", "Китай и {x} будут сотрудничать в сфере искусственного интеллекта"),
             ("cap_loc", "{x} китайские IT-компании станут резидентами технопарка"),
             ("dat", "Китай поможет {x} в цифровизации"),
             ("adj_pl", "{x} стартапы прошли акселерацию в Шэньчжэне")],
    "agri": [("adj_pl", "{x} и китайские аграрии испытают новые сорта пшеницы"),
             ("dat", "Китайские учёные помогут {x} бороться с опустыниванием"),
             ("loc", "Китайский аграрный университет заложит опытное поле {x}"),
             ("gen", "Учёные Китая и {x} вывели новый сорт хлопчатника")],
    "health": [("gen", "Медики Китая и {x} вместе изучат традиционную медицину"),
               ("adj_pl", "{x} врачи прошли стажировку в клиниках Китая"),
               ("loc", "Центр традиционной китайской медицины откроется {x}"),
               ("ins", "Китайский медицинский университет подписал соглашение с {x}")],
    "heritage": [("adj_pl", "{x} и китайские археологи раскопали древнее городище на Шёлковом пути"),
                 ("sino_f", "{x} археологическая экспедиция сделала новые находки"),
                 ("gen", "Учёные Китая и {x} изучат наследие Великого шёлкового пути"),
                 ("loc", "Китайские реставраторы восстановят древний минарет {x}")],
    "forum": [("gen", "В Сиане открылся форум ректоров университетов Китая и {x}"),
              ("sino_m", "{x} форум учёных прошёл в Урумчи"),
              ("cap_loc", "{x} прошла конференция по научно-техническому сотрудничеству с Китаем"),
              ("adj_gen_pl", "Ректоры китайских и {x} вузов встретились в Пекине")],
    "teachers": [("adj_pl", "{x} учителя прошли курсы повышения квалификации в Китае"),
                 ("dat", "Китай поможет {x} готовить преподавателей профтехобразования"),
                 ("loc", "{x} открылся колледж, построенный при поддержке Китая"),
                 ("gen", "Китай обучит мастеров производственного обучения из {x}")],
    "negatives": [
        ("gen", "Товарооборот Китая и {x} достиг рекордного уровня", "trade"),
        ("nom", "Китай и {x} договорились о строительстве газопровода", "gas"),
        ("acc", "Новая железная дорога свяжет Китай и {x}", "railway"),
        ("nom", "{x} и Китай ввели безвизовый режим", "visas"),
        ("cgen", "Сборная {x} по футболу обыграла Китай", "football"),
        ("acc", "Поток китайских туристов в {x} вырос вдвое", "tourism"),
        ("", "Китай и АСЕАН открыли совместную лабораторию морских исследований", "asean"),
        ("", "Университеты Китая и стран АСЕАН подписали меморандум", "asean"),
        ("adj_pl", "{x} и российские вузы подписали меморандум о двойных дипломах", "russia"),
        ("gen", "Корея выделит стипендии студентам из {x}", "korea"),
        ("loc", "Турецкие университеты откроют филиалы {x}", "turkey"),
        ("", "В казахских школах Синьцзяна начался учебный год", "xinjiang"),
        ("", "Синьцзянские школы получили новые учебники на киргизском языке", "xinjiang"),
        ("nom", "Китай и {x} подписали энергетическое соглашение на $2 млрд", "energy"),
        ("gen", "Экспорт пшеницы из {x} в Китай вырос", "trade"),
        ("loc", "Китайский автопроизводитель построит завод {x}", "industry"),
        ("gen", "Военные Китая и {x} провели совместные учения", "security"),
        ("cgen", "Президент {x} встретился с Председателем КНР", "politics"),
        ("", "Образовательный форум «Центральная Азия – Россия» прошёл в Москве", "russia"),
    ],
}

ZH = {
    "forms": {
        "name": "哈萨克斯坦|乌兹别克斯坦|吉尔吉斯斯坦|塔吉克斯坦|土库曼斯坦|中亚",
        "nat": "哈萨克斯坦|乌兹别克斯坦|吉尔吉斯斯坦|塔吉克斯坦|土库曼斯坦|中亚国家",
        "abbr": "中哈|中乌|中吉|中塔|中土|-",
        "cnx": "中哈|中乌|中吉|中塔|中土|中国—中亚",
        "cap": "阿斯塔纳|塔什干|比什凯克|杜尚别|阿什哈巴德|-",
        "univ": ("哈萨克斯坦阿里-法拉比国立大学|乌兹别克斯坦国立大学|吉尔吉斯国立大学|"
                 "塔吉克国立民族大学|马赫图姆库里土库曼国立大学|-"),
    },
    "lab": [("abbr", "{x}联合实验室在乌鲁木齐揭牌"),
            ("nat", "中国与{x}共建冰川研究联合实验室"),
            ("univ", "{x}与中国科学院共建联合研究中心"),
            ("cap", "中国高校在{x}设立联合研究中心")],
    "mou": [("univ", "兰州大学与{x}签署合作备忘录"),
            ("abbr", "{x}两国大学签署合作备忘录"),
            ("name", "西安交通大学与{x}多所高校签署合作协议"),
            ("cap", "{x}高校代表团访问清华大学并签署备忘录")],
    "students": [("name", "{x}留学生在华人数创新高"),
                 ("name", "中国政府奖学金项目在{x}启动招生"),
                 ("abbr", "{x}教育交流项目资助百名学生赴华留学"),
                 ("cap", "中国高校教育展在{x}举行")],
    "chinese": [("univ", "{x}孔子学院庆祝成立十五周年"),
                ("name", "{x}首家鲁班工坊揭牌"),
                ("cap", "“汉语桥”中文比赛{x}赛区决赛举行"),
                ("name", "{x}掀起中文学习热")],
    "academy": [("nat", "中国科学院与{x}科学院签署合作协议"),
                ("abbr", "{x}两国科学院加强科技合作"),
                ("nat", "{x}科学院代表团访问中国科学院新疆分院"),
                ("cap", "中国科学院在{x}设立研究分中心")],
    "tech": [("abbr", "{x}数字经济合作取得新进展"),
             ("name", "华为在{x}开设ICT创新中心"),
             ("cap", "{x}科技园引进中国高新技术企业"),
             ("nat", "中国与{x}加强科技创新合作")],
    "agri": [("abbr", "{x}农业科技示范园喜获丰收"),
             ("name", "中国农业专家助力{x}培育抗旱小麦新品种"),
             ("cap", "西北农林科技大学在{x}设立农业示范中心"),
             ("nat", "中国与{x}开展荒漠化防治联合研究")],
    "health": [("abbr", "{x}传统医药研究中心成立"),
               ("name", "中国医学专家赴{x}开展学术交流"),
               ("univ", "新疆医科大学与{x}签署医学教育合作协议"),
               ("nat", "中国与{x}加强医学科研合作")],
    "heritage": [("abbr", "{x}联合考古队发现丝绸之路古城遗址"),
                 ("name", "中国考古学家在{x}发掘古代遗址"),
                 ("nat", "中国与{x}合作开展文化遗产保护研究"),
                 ("cap", "中国专家助力{x}古迹修复")],
    "forum": [("cnx", "{x}大学校长论坛在西安开幕"),
              ("nat", "中国—{x}科技合作论坛在乌鲁木齐举行"),
              ("abbr", "{x}科学家学术研讨会召开"),
              ("cap", "中国高校与{x}高校学术论坛举行")],
    "teachers": [("name", "{x}教师来华参加职业教育培训"),
                 ("nat", "中国为{x}培训职业院校教师"),
                 ("abbr", "{x}职业教育合作不断深化"),
                 ("cap", "中国援建的职业技术学院在{x}落成")],
    "negatives": [
        ("nat", "中国与{x}贸易额创历史新高", "trade"),
        ("cnx", "{x}天然气管道建设启动", "gas"),
        ("", "中吉乌铁路项目取得新进展", "railway"),
        ("nat", "中国与{x}互免签证协定生效", "visas"),
        ("name", "{x}国家队在世预赛中击败中国队", "football"),
        ("name", "中国游客赴{x}旅游人数大增", "tourism"),
        ("", "中国—东盟海洋科学联合实验室在南宁揭牌", "asean"),
        ("", "中国高校与东盟国家大学签署合作备忘录", "asean"),
        ("name", "{x}与俄罗斯高校签署合作备忘录", "russia"),
        ("name", "韩国向{x}学生提供奖学金", "korea"),
        ("name", "土耳其大学在{x}开设分校", "turkey"),
        ("", "新疆哈萨克族中小学生迎来新学期", "xinjiang"),
        ("", "塔吉克族学生在喀什参加职业技能培训", "xinjiang"),
        ("nat", "中国与{x}签署能源合作协议", "energy"),
        ("cnx", "{x}边境口岸恢复货运通关", "transport"),
        ("name", "中国车企在{x}建厂", "industry"),
        ("cnx", "{x}举行联合反恐演习", "security"),
        ("", "俄罗斯与中亚国家教育论坛在莫斯科举行", "russia"),
    ],
}

KK = {
    "forms": {
        "nom": "Қазақстан|Өзбекстан|Қырғызстан|Тәжікстан|Түрікменстан|Орталық Азия",
        "gen": "Қазақстанның|Өзбекстанның|Қырғызстанның|Тәжікстанның|Түрікменстанның|Орталық Азияның",
        "loc": "Қазақстанда|Өзбекстанда|Қырғызстанда|Тәжікстанда|Түрікменстанда|Орталық Азияда",
        "dat": "Қазақстанға|Өзбекстанға|Қырғызстанға|Тәжікстанға|Түрікменстанға|Орталық Азия елдеріне",
        "adj": "қазақстандық|өзбекстандық|қырғызстандық|тәжікстандық|түрікменстандық|-",
        "andcn": ("Қазақстан мен Қытай|Өзбекстан мен Қытай|Қырғызстан мен Қытай|Тәжікстан мен Қытай|"
                  "Түрікменстан мен Қытай|Орталық Азия мен Қытай"),
        "cap": "Астана|Ташкент|Бішкек|Душанбе|Ашхабад|-",
        "univ": ("Әл-Фараби атындағы ҚазҰУ|Өзбекстан ұлттық университеті|Қырғыз ұлттық университеті|"
                 "Тәжік ұлттық университеті|Түрікмен мемлекеттік университеті|-"),
    },
    "lab": [("andcn", "{x} бірлескен зертхана ашты"),
            ("univ", "{x} мен Қытай ғылым академиясы бірлескен ғылыми орталық құрды"),
            ("loc", "{x} қытайлық ғалымдармен бірлескен зертхана ашылды"),
            ("adj", "{x} және қытайлық ғалымдар мұздықтарды бірге зерттейді")],
    "mou": [("univ", "{x} Ланьчжоу университетімен меморандумға қол қойды"),
            ("andcn", "{x} жоғары оқу орындары ынтымақтастық туралы меморандумға қол қойды"),
            ("cap", "Цинхуа университеті {x} қаласындағы университетпен келісім жасады"),
            ("gen", "Сиань университеттері {x} жоғары оқу орындарымен ынтымақтастықты кеңейтеді")],
    "students": [("adj", "{x} студенттер Қытай үкіметінің грантын жеңіп алды"),
                 ("adj", "Қытайда оқитын {x} студенттер саны артты"),
                 ("dat", "Қытай {x} 100 білім беру грантын бөледі"),
                 ("cap", "{x} қаласында Қытай университеттерінің білім көрмесі өтті")],
    "chinese": [("univ", "{x} жанындағы Конфуций институтына 15 жыл толды"),
                ("loc", "{x} алғашқы Лубань шеберханасы ашылды"),
                ("adj", "«Қытай тілі көпірі» байқауында {x} оқушылар жеңіске жетті"),
                ("cap", "{x} қаласында қытай тілін оқытатын жаңа орталық ашылды")],
    "academy": [("gen", "Қытай мен {x} ғылым академиялары ынтымақтастықты кеңейтеді"),
                ("adj", "{x} академиктер Қытай ғылым академиясында болды"),
                ("dat", "Қытай ғылым академиясы {x} ғылыми көмек көрсетеді"),
                ("andcn", "{x} ғалымдары ғылыми зерттеулерді бірге жүргізеді")],
    "tech": [("andcn", "{x} жасанды интеллект саласында ынтымақтасады"),
             ("cap", "{x} қаласындағы технопаркке қытайлық IT-компаниялар келеді"),
             ("dat", "Қытай {x} цифрландыру саласындағы тәжірибесімен бөліседі"),
             ("adj", "{x} стартаптар Шэньчжэньде инновациялық бағдарламадан өтті")],
    "agri": [("adj", "{x} және қытайлық агрономдар бидайдың жаңа сорттарын сынады"),
             ("dat", "Қытай ғалымдары {x} шөлейттенумен күресуге көмектеседі"),
             ("loc", "{x} Қытай аграрлық университетінің тәжірибе алаңы ашылды"),
             ("andcn", "{x} ғалымдары мақтаның жаңа сортын шығарды")],
    "health": [("andcn", "{x} дәрігерлері дәстүрлі медицинаны бірге зерттейді"),
               ("adj", "{x} дәрігерлер Қытай клиникаларында тағылымдамадан өтті"),
               ("loc", "{x} дәстүрлі қытай медицинасы орталығы ашылады"),
               ("gen", "Қытайдың медицина университеті {x} медициналық жоғары оқу орындарымен келісім жасады")],
    "heritage": [("adj", "{x} және қытайлық археологтар Жібек жолындағы көне қаланы қазып жатыр"),
                 ("andcn", "{x} ғалымдары Ұлы Жібек жолы мұрасын бірге зерттейді"),
                 ("loc", "{x} қытайлық реставраторлар көне ескерткішті қалпына келтіреді"),
                 ("gen", "Қытай мен {x} бірлескен археологиялық экспедициясы жаңа жәдігерлер тапты")],
    "forum": [("gen", "Сианьда Қытай мен {x} университет ректорларының форумы ашылды"),
              ("andcn", "{x} ғалымдарының форумы Үрімжіде өтті"),
              ("cap", "{x} қаласында Қытаймен ғылыми-техникалық ынтымақтастық жөнінде конференция өтті"),
              ("adj", "{x} және қытайлық ректорлар Бейжіңдегі форумда кездесті")],
    "teachers": [("adj", "{x} мұғалімдер Қытайда біліктілігін арттырды"),
                 ("dat", "Қытай {x} кәсіптік білім беру мамандарын даярлауға көмектеседі"),
                 ("loc", "{x} Қытайдың қолдауымен колледж ашылды"),
                 ("gen", "Қытай {x} кәсіптік оқыту шеберлерін оқытады")],
    "negatives": [
        ("gen", "Қытай мен {x} тауар айналымы рекордтық деңгейге жетті", "trade"),
        ("andcn", "{x} жаңа газ құбырын салуға келісті", "gas"),
        ("andcn", "{x} арасында жаңа теміржол салынады", "railway"),
        ("andcn", "{x} арасында визасыз режим енгізілді", "visas"),
        ("gen", "{x} футбол құрамасы Қытайды жеңді", "football"),
        ("dat", "Қытайлық туристер {x} көптеп келуде", "tourism"),
        ("", "Қытай мен АСЕАН теңіз ғылымы бойынша бірлескен зертхана ашты", "asean"),
        ("adj", "{x} және ресейлік университеттер меморандумға қол қойды", "russia"),
        ("adj", "Корея {x} студенттерге грант бөледі", "korea"),
        ("loc", "Түрік университеттері {x} филиал ашады", "turkey"),
        ("", "Шыңжаңдағы қазақ мектептерінде оқу жылы басталды", "xinjiang"),
        ("", "Іле қазақ автономиялы облысының оқушылары жаңа оқулық алды", "xinjiang"),
        ("andcn", "{x} 2 млрд долларлық энергетикалық келісімге қол қойды", "energy"),
        ("gen", "{x} бидай экспорты Қытайға артты", "trade"),
        ("loc", "Қытайлық автоөндіруші {x} зауыт салады", "industry"),
        ("andcn", "{x} әскерилері бірлескен жаттығу өткізді", "security"),
        ("gen", "{x} президенті ҚХР төрағасымен кездесті", "politics"),
        ("", "«Орталық Азия – Ресей» білім беру форумы Мәскеуде өтті", "russia"),
    ],
}

UZ = {
    "forms": {
        "nom": "Qozog'iston|O'zbekiston|Qirg'iziston|Tojikiston|Turkmaniston|Markaziy Osiyo",
        "gen": "Qozog'istonning|O'zbekistonning|Qirg'izistonning|Tojikistonning|Turkmanistonning|Markaziy Osiyoning",
        "loc": "Qozog'istonda|O'zbekistonda|Qirg'izistonda|Tojikistonda|Turkmanistonda|Markaziy Osiyoda",
        "dat": "Qozog'istonga|O'zbekistonga|Qirg'izistonga|Tojikistonga|Turkmanistonga|Markaziy Osiyo davlatlariga",
        "adj": "qozog'istonlik|o'zbekistonlik|qirg'izistonlik|tojikistonlik|turkmanistonlik|-",
        "andcn": ("Qozog'iston va Xitoy|O'zbekiston va Xitoy|Qirg'iziston va Xitoy|Tojikiston va Xitoy|"
                  "Turkmaniston va Xitoy|Markaziy Osiyo va Xitoy"),
        "cnx": ("Xitoy-Qozog'iston|Xitoy-O'zbekiston|Xitoy-Qirg'iziston|Xitoy-Tojikiston|"
                "Xitoy-Turkmaniston|Xitoy-Markaziy Osiyo"),
        "cap": "Astana|Toshkent|Bishkek|Dushanbe|Ashxobod|-",
        "univ": ("Al-Forobiy nomidagi Qozog'iston milliy universiteti|Mirzo Ulug'bek nomidagi O'zMU|"
                 "Qirg'iziston milliy universiteti|Tojikiston milliy universiteti|"
                 "Turkmaniston davlat universiteti|-"),
    },
    "lab": [("andcn", "{x} qo'shma laboratoriya ochdi"),
            ("univ", "{x} va Xitoy Fanlar akademiyasi qo'shma ilmiy markaz tashkil etdi"),
            ("loc", "{x} xitoylik olimlar bilan qo'shma laboratoriya ochildi"),
            ("adj", "{x} va xitoylik olimlar muzliklarni birgalikda o'rganadi")],
    "mou": [("univ", "{x} Lanchjou universiteti bilan memorandum imzoladi"),
            ("andcn", "{x} oliy ta'lim muassasalari hamkorlik memorandumini imzoladi"),
            ("cap", "Sinxua universiteti {x}dagi universitet bilan kelishuv imzoladi"),
            ("gen", "Sian universitetlari {x} oliygohlari bilan hamkorlikni kengaytiradi")],
    "students": [("adj", "{x} talabalar Xitoy hukumati grantini qo'lga kiritdi"),
                 ("adj", "Xitoyda tahsil olayotgan {x} talabalar soni ortdi"),
                 ("dat", "Xitoy {x} 100 ta ta'lim granti ajratadi"),
                 ("cap", "{x}da Xitoy universitetlari ta'lim ko'rgazmasi bo'lib o'tdi")],
    "chinese": [("univ", "{x} qoshidagi Konfutsiy instituti 15 yoshga to'ldi"),
                ("loc", "{x} birinchi Lu Ban ustaxonasi ochildi"),
                ("adj", "«Xitoy tili ko'prigi» tanlovida {x} o'quvchilar g'olib bo'ldi"),
                ("cap", "{x}da xitoy tili o'qitiladigan yangi markaz ochildi")],
    "academy": [("andcn", "{x} fanlar akademiyalari hamkorlikni kengaytiradi"),
                ("adj", "{x} akademiklar Xitoy Fanlar akademiyasiga tashrif buyurdi"),
                ("dat", "Xitoy Fanlar akademiyasi {x} ilmiy yordam ko'rsatadi"),
                ("andcn", "{x} olimlari ilmiy tadqiqotlarni birgalikda olib boradi")],
    "tech": [("andcn", "{x} sun'iy intellekt sohasida hamkorlik qiladi"),
             ("cap", "{x}dagi texnoparkka xitoylik IT-kompaniyalar keladi"),
             ("dat", "Xitoy {x} raqamlashtirish sohasidagi tajribasini ulashadi"),
             ("adj", "{x} startaplar Shenchjendagi innovatsion dasturdan o'tdi")],
    "agri": [("adj", "{x} va xitoylik agronomlar bug'doyning yangi navlarini sinovdan o'tkazdi"),
             ("dat", "Xitoy olimlari {x} cho'llanishga qarshi kurashda yordam beradi"),
             ("loc", "{x} Xitoy qishloq xo'jaligi universitetining tajriba maydoni ochildi"),
             ("andcn", "{x} olimlari g'o'zaning yangi navini yaratdi")],
    "health": [("andcn", "{x} shifokorlari an'anaviy tibbiyotni birgalikda o'rganadi"),
               ("adj", "{x} shifokorlar Xitoy klinikalarida malaka oshirdi"),
               ("loc", "{x} an'anaviy xitoy tibbiyoti markazi ochiladi"),
               ("gen", "Xitoy tibbiyot universiteti {x} tibbiyot oliygohlari bilan shartnoma imzoladi")],
    "heritage": [("adj", "{x} va xitoylik arxeologlar Ipak yo'lidagi qadimiy shaharni qazishmoqda"),
                 ("andcn", "{x} olimlari Buyuk Ipak yo'li merosini birgalikda o'rganadi"),
                 ("loc", "{x} xitoylik restavratorlar qadimiy yodgorlikni tiklaydi"),
                 ("cnx", "{x} qo'shma arxeologik ekspeditsiyasi yangi topilmalarni aniqladi")],
    "forum": [("andcn", "Sianda {x} universitetlari rektorlari forumi ochildi"),
              ("cnx", "{x} olimlari forumi Urumchida bo'lib o'tdi"),
              ("cap", "{x}da Xitoy bilan ilmiy-texnik hamkorlik bo'yicha konferensiya o'tkazildi"),
              ("adj", "{x} va xitoylik rektorlar Pekindagi forumda uchrashdi")],
    "teachers": [("adj", "{x} o'qituvchilar Xitoyda malaka oshirdi"),
                 ("dat", "Xitoy {x} kasb-hunar ta'limi mutaxassislarini tayyorlashda yordam beradi"),
                 ("loc", "{x} Xitoy ko'magida kollej ochildi"),
                 ("gen", "Xitoy {x} kasbiy ta'lim ustalarini o'qitadi")],
    "negatives": [
        ("gen", "Xitoy va {x} tovar ayirboshlash hajmi rekord darajaga yetdi", "trade"),
        ("andcn", "{x} yangi gaz quvuri qurishga kelishdi", "gas"),
        ("andcn", "{x} o'rtasida yangi temir yo'l quriladi", "railway"),
        ("andcn", "{x} o'rtasida vizasiz rejim joriy etildi", "visas"),
        ("gen", "{x} futbol terma jamoasi Xitoyni mag'lub etdi", "football"),
        ("dat", "Xitoylik sayyohlar {x} ko'plab kelmoqda", "tourism"),
        ("", "Xitoy va ASEAN dengiz fanlari bo'yicha qo'shma laboratoriya ochdi", "asean"),
        ("adj", "{x} va rossiyalik universitetlar memorandum imzoladi", "russia"),
        ("adj", "Koreya {x} talabalarga grant ajratadi", "korea"),
        ("loc", "Turkiya universitetlari {x} filial ochadi", "turkey"),
        ("", "Shinjondagi qozoq maktablarida o'quv yili boshlandi", "xinjiang"),
        ("", "Shinjondagi qirg'iz o'quvchilari yangi darslik oldi", "xinjiang"),
        ("andcn", "{x} 2 mlrd dollarlik energetika kelishuvini imzoladi", "energy"),
        ("gen", "{x} Xitoyga bug'doy eksporti oshdi", "trade"),
        ("loc", "Xitoylik avtomobil ishlab chiqaruvchi {x} zavod quradi", "industry"),
        ("andcn", "{x} harbiylari qo'shma mashg'ulot o'tkazdi", "security"),
        ("gen", "{x} prezidenti XXR raisi bilan uchrashdi", "politics"),
        ("", "«Markaziy Osiyo – Rossiya» ta'lim forumi Moskvada bo'lib o'tdi", "russia"),
    ],
}

KY = {
    "forms": {
        "nom": "Казакстан|Өзбекстан|Кыргызстан|Тажикстан|Түркмөнстан|Борбордук Азия",
        "gen": "Казакстандын|Өзбекстандын|Кыргызстандын|Тажикстандын|Түркмөнстандын|Борбордук Азиянын",
        "loc": "Казакстанда|Өзбекстанда|Кыргызстанда|Тажикстанда|Түркмөнстанда|Борбордук Азияда",
        "dat": "Казакстанга|Өзбекстанга|Кыргызстанга|Тажикстанга|Түркмөнстанга|Борбордук Азия өлкөлөрүнө",
        "adj": "казакстандык|өзбекстандык|кыргызстандык|тажикстандык|түркмөнстандык|-",
        "andcn": ("Казакстан менен Кытай|Өзбекстан менен Кытай|Кыргызстан менен Кытай|Тажикстан менен Кытай|"
                  "Түркмөнстан менен Кытай|Борбордук Азия менен Кытай"),
        "cnx": "Кытай-Казакстан|Кытай-Өзбекстан|Кытай-Кыргызстан|Кытай-Тажикстан|Кытай-Түркмөнстан|-",
        "cap": "Астана|Ташкент|Бишкек|Душанбе|Ашхабад|-",
        "univ": ("Аль-Фараби атындагы Казак улуттук университети|Өзбекстан улуттук университети|"
                 "Ж.Баласагын атындагы КУУ|Тажик улуттук университети|Түркмөн мамлекеттик университети|-"),
    },
    "lab": [("andcn", "{x} биргелешкен лаборатория ачты"),
            ("univ", "{x} менен Кытай илимдер академиясы биргелешкен илимий борбор түздү"),
            ("loc", "{x} кытайлык окумуштуулар менен биргелешкен лаборатория ачылды"),
            ("adj", "{x} жана кытайлык окумуштуулар мөңгүлөрдү бирге изилдейт")],
    "mou": [("univ", "{x} Ланьчжоу университети менен меморандумга кол койду"),
            ("andcn", "{x} жогорку окуу жайлары кызматташуу меморандумуна кол коюшту"),
            ("cap", "Цинхуа университети {x} шаарындагы университет менен келишим түздү"),
            ("gen", "Сиань университеттери {x} жогорку окуу жайлары менен кызматташтыкты кеңейтет")],
    "students": [("adj", "{x} студенттер Кытай өкмөтүнүн грантын утуп алышты"),
                 ("adj", "Кытайда окуган {x} студенттердин саны өстү"),
                 ("dat", "Кытай {x} 100 билим берүү грантын бөлөт"),
                 ("cap", "{x} шаарында Кытай университеттеринин билим көргөзмөсү өттү")],
    "chinese": [("univ", "{x} алдындагы Конфуций институтуна 15 жыл толду"),
                ("loc", "{x} биринчи Лу Бань устаканасы ачылды"),
                ("adj", "«Кытай тили көпүрөсү» сынагында {x} окуучулар жеңишке жетишти"),
                ("cap", "{x} шаарында кытай тилин окутуучу жаңы борбор ачылды")],
    "academy": [("andcn", "{x} илимдер академиялары кызматташтыкты кеңейтет"),
                ("adj", "{x} академиктер Кытай илимдер академиясына барышты"),
                ("dat", "Кытай илимдер академиясы {x} илимий жардам көрсөтөт"),
                ("andcn", "{x} окумуштуулары илимий изилдөөлөрдү бирге жүргүзөт")],
    "tech": [("andcn", "{x} жасалма интеллект тармагында кызматташат"),
             ("cap", "{x} шаарындагы технопаркка кытайлык IT-компаниялар келет"),
             ("dat", "Кытай {x} санариптештирүү тармагындагы тажрыйбасы менен бөлүшөт"),
             ("adj", "{x} стартаптар Шэньчжэнде инновациялык программадан өтүштү")],
    "agri": [("adj", "{x} жана кытайлык агрономдор буудайдын жаңы сортторун сынашты"),
             ("dat", "Кытай окумуштуулары {x} чөлгө айланууга каршы күрөшүүгө жардам берет"),
             ("loc", "{x} Кытай айыл чарба университетинин тажрыйба талаасы ачылды"),
             ("andcn", "{x} окумуштуулары пахтанын жаңы сортун чыгарышты")],
    "health": [("andcn", "{x} дарыгерлери салттуу медицинаны бирге изилдешет"),
               ("adj", "{x} дарыгерлер Кытай клиникаларында тажрыйбадан өтүштү"),
               ("loc", "{x} салттуу кытай медицинасынын борбору ачылат"),
               ("gen", "Кытайдын медициналык университети {x} медициналык жогорку окуу жайлары менен келишим түздү")],
    "heritage": [("adj", "{x} жана кытайлык археологдор Жибек жолундагы байыркы шаарды казып жатышат"),
                 ("andcn", "{x} окумуштуулары Улуу Жибек жолунун мурасын бирге изилдейт"),
                 ("loc", "{x} кытайлык реставраторлор байыркы эстеликти калыбына келтирет"),
                 ("cnx", "{x} биргелешкен археологиялык экспедициясы жаңы табылгаларды тапты")],
    "forum": [("andcn", "Сиань шаарында {x} университеттеринин ректорлорунун форуму ачылды"),
              ("cnx", "{x} окумуштууларынын форуму Үрүмчүдө өттү"),
              ("cap", "{x} шаарында Кытай менен илимий-техникалык кызматташтык боюнча конференция өттү"),
              ("adj", "{x} жана кытайлык ректорлор Бээжиндеги форумда жолугушту")],
    "teachers": [("adj", "{x} мугалимдер Кытайда квалификациясын жогорулатышты"),
                 ("dat", "Кытай {x} кесиптик билим берүү адистерин даярдоого жардам берет"),
                 ("loc", "{x} Кытайдын колдоосу менен колледж ачылды"),
                 ("gen", "Кытай {x} кесиптик окутуу мастерлерин окутат")],
    "negatives": [
        ("gen", "Кытай менен {x} соода жүгүртүүсү рекорддук деңгээлге жетти", "trade"),
        ("andcn", "{x} жаңы газ түтүгүн курууга макулдашты", "gas"),
        ("andcn", "{x} ортосунда жаңы темир жол курулат", "railway"),
        ("andcn", "{x} ортосунда визасыз режим киргизилди", "visas"),
        ("gen", "{x} футбол курамасы Кытайды утту", "football"),
        ("dat", "Кытайлык туристер {x} көп келе баштады", "tourism"),
        ("", "Кытай менен АСЕАН деңиз илими боюнча биргелешкен лаборатория ачты", "asean"),
        ("adj", "{x} жана орусиялык университеттер меморандумга кол коюшту", "russia"),
        ("adj", "Корея {x} студенттерге грант бөлөт", "korea"),
        ("loc", "Түрк университеттери {x} филиал ачат", "turkey"),
        ("", "Шинжаңдагы казак мектептеринде окуу жылы башталды", "xinjiang"),
        ("", "Кызылсуу кыргыз автономиялуу облусунун окуучулары жаңы окуу китептерин алышты", "xinjiang"),
        ("andcn", "{x} 2 млрд долларлык энергетикалык келишимге кол коюшту", "energy"),
        ("gen", "{x} Кытайга буудай экспорту өстү", "trade"),
        ("loc", "Кытайлык автоөндүрүүчү {x} завод курат", "industry"),
        ("andcn", "{x} аскерлери биргелешкен машыгуу өткөрүштү", "security"),
        ("gen", "{x} президенти КЭРдин төрагасы менен жолугушту", "politics"),
        ("", "«Борбордук Азия – Россия» билим берүү форуму Москвада өттү", "russia"),
    ],
}

TG = {
    "forms": {
        "nom": "Қазоқистон|Ӯзбекистон|Қирғизистон|Тоҷикистон|Туркманистон|Осиёи Марказӣ",
        "loc": "Дар Қазоқистон|Дар Ӯзбекистон|Дар Қирғизистон|Дар Тоҷикистон|Дар Туркманистон|Дар Осиёи Марказӣ",
        "dat": ("ба Қазоқистон|ба Ӯзбекистон|ба Қирғизистон|ба Тоҷикистон|ба Туркманистон|"
                "ба кишварҳои Осиёи Марказӣ"),
        "adj": "қазоқистонӣ|ӯзбекистонӣ|қирғизистонӣ|тоҷикистонӣ|туркманистонӣ|-",
        "andcn": ("Қазоқистон ва Чин|Ӯзбекистон ва Чин|Қирғизистон ва Чин|Тоҷикистону Чин|"
                  "Туркманистон ва Чин|Осиёи Марказӣ ва Чин"),
        "cnx": "Чин ва Қазоқистон|Чин ва Ӯзбекистон|Чин ва Қирғизистон|Чину Тоҷикистон|Чин ва Туркманистон|-",
        "cap": "Остона|Тошканд|Бишкек|Душанбе|Ашқобод|-",
        "univ": ("Донишгоҳи миллии Қазоқистон|Донишгоҳи миллии Ӯзбекистон|Донишгоҳи миллии Қирғизистон|"
                 "ДМТ|Донишгоҳи давлатии Туркманистон|-"),
    },
    "lab": [("andcn", "{x} лабораторияи муштарак таъсис доданд"),
            ("univ", "{x} ва Академияи илмҳои Чин маркази муштараки илмӣ таъсис доданд"),
            ("loc", "{x} бо олимони чинӣ лабораторияи муштарак кушода шуд"),
            ("adj", "Олимони {x} ва чинӣ пиряхҳоро якҷоя меомӯзанд")],
    "mou": [("univ", "{x} бо Донишгоҳи Ланҷоу ёддошти тафоҳум имзо кард"),
            ("andcn", "Донишгоҳҳои {x} ёддошти ҳамкорӣ имзо карданд"),
            ("cap", "Донишгоҳи Синхуа бо донишгоҳи шаҳри {x} созишнома имзо кард"),
            ("nom", "Донишгоҳҳои Сиан ҳамкориро бо донишгоҳҳои {x} васеъ мекунанд")],
    "students": [("adj", "Донишҷӯёни {x} грантҳои ҳукумати Чинро гирифтанд"),
                 ("nom", "Шумораи донишҷӯёни {x} дар Чин афзуд"),
                 ("dat", "Чин {x} 100 гранти таҳсилӣ ҷудо мекунад"),
                 ("cap", "Дар {x} намоишгоҳи донишгоҳҳои Чин баргузор шуд")],
    "chinese": [("univ", "Институти Конфутсийи назди {x} 15-солагии худро ҷашн гирифт"),
                ("loc", "{x} нахустин устохонаи Лу Бан кушода шуд"),
                ("adj", "Хонандагони {x} дар озмуни «Пули забони чинӣ» ғолиб омаданд"),
                ("cap", "Дар {x} маркази нави омӯзиши забони чинӣ кушода шуд")],
    "academy": [("andcn", "Академияҳои илмҳои {x} ҳамкориро васеъ мекунанд"),
                ("adj", "Академикҳои {x} ба Академияи илмҳои Чин сафар карданд"),
                ("dat", "Академияи илмҳои Чин {x} кӯмаки илмӣ мерасонад"),
                ("andcn", "Олимони {x} таҳқиқоти илмиро якҷоя мегузаронанд")],
    "tech": [("andcn", "{x} дар соҳаи зеҳни сунъӣ ҳамкорӣ мекунанд"),
             ("cap", "Ба технопарки шаҳри {x} ширкатҳои IT-и чинӣ меоянд"),
             ("dat", "Чин таҷрибаи худро дар соҳаи рақамикунонӣ {x} пешниҳод мекунад"),
             ("adj", "Стартапҳои {x} дар Шэнчжэн барномаи инноватсиониро гузаштанд")],
    "agri": [("adj", "Агрономҳои {x} ва чинӣ навъҳои нави гандумро санҷиданд"),
             ("dat", "Олимони чинӣ {x} дар мубориза бо биёбоншавӣ кӯмак мерасонанд"),
             ("loc", "{x} майдони таҷрибавии донишгоҳи кишоварзии Чин кушода шуд"),
             ("andcn", "Олимони {x} навъи нави пахта офариданд")],
    "health": [("andcn", "Табибони {x} тибби анъанавиро якҷоя меомӯзанд"),
               ("adj", "Табибони {x} дар клиникаҳои Чин таҷрибаомӯзӣ карданд"),
               ("loc", "{x} маркази тибби анъанавии чинӣ кушода мешавад"),
               ("nom", "Донишгоҳи тиббии Чин бо донишгоҳҳои тиббии {x} созишнома имзо кард")],
    "heritage": [("adj", "Бостоншиносони {x} ва чинӣ шаҳри қадимаи Роҳи абрешимро мекобанд"),
                 ("andcn", "Олимони {x} мероси Роҳи бузурги абрешимро якҷоя меомӯзанд"),
                 ("loc", "{x} тармимгарони чинӣ ёдгории қадимаро барқарор мекунанд"),
                 ("cnx", "Экспедитсияи муштараки бостоншиносии {x} бозёфтҳои нав пайдо кард")],
    "forum": [("andcn", "Дар Сиан форуми ректорони донишгоҳҳои {x} оғоз шуд"),
              ("cnx", "Форуми олимони {x} дар Урумчӣ баргузор шуд"),
              ("cap", "Дар {x} конфронс оид ба ҳамкории илмию техникӣ бо Чин баргузор шуд"),
              ("adj", "Ректорони {x} ва чинӣ дар форуми Пекин мулоқот карданд")],
    "teachers": [("adj", "Омӯзгорони {x} дар Чин ихтисоси худро баланд бардоштанд"),
                 ("dat", "Чин {x} дар тайёр кардани мутахассисони таҳсилоти касбӣ кӯмак мекунад"),
                 ("loc", "{x} бо дастгирии Чин коллеҷ кушода шуд"),
                 ("nom", "Чин устодони таълими касбии {x}ро омӯзиш медиҳад")],
    "negatives": [
        ("nom", "Ҳаҷми гардиши мол байни Чин ва {x} ба сатҳи рекордӣ расид", "trade"),
        ("andcn", "{x} дар бораи сохтани қубури нави газ ба мувофиқа расиданд", "gas"),
        ("nom", "Роҳи нави оҳан Чин ва {x}ро мепайвандад", "railway"),
        ("andcn", "{x} низоми бидуни раводидро ҷорӣ карданд", "visas"),
        ("nom", "Тими мунтахаби футболи {x} Чинро шикаст дод", "football"),
        ("dat", "Сайёҳони чинӣ {x} бештар меоянд", "tourism"),
        ("", "Чин ва АСЕАН лабораторияи муштараки илмҳои баҳриро кушоданд", "asean"),
        ("adj", "Донишгоҳҳои {x} ва русӣ ёддошти тафоҳум имзо карданд", "russia"),
        ("adj", "Корея ба донишҷӯёни {x} грант ҷудо мекунад", "korea"),
        ("loc", "{x} донишгоҳҳои Туркия филиал мекушоянд", "turkey"),
        ("", "Дар мактабҳои тоҷикони Синтсзян соли таҳсил оғоз шуд", "xinjiang"),
        ("", "Хонандагони тоҷики Ташқӯрғон китобҳои дарсии нав гирифтанд", "xinjiang"),
        ("andcn", "{x} созишномаи энергетикӣ ба маблағи 2 млрд доллар имзо карданд", "energy"),
        ("nom", "Содироти гандуми {x} ба Чин афзуд", "trade"),
        ("loc", "{x} истеҳсолкунандаи мошинҳои чинӣ завод месозад", "industry"),
        ("andcn", "Низомиёни {x} машқҳои муштарак гузарониданд", "security"),
        ("nom", "Президенти {x} бо Раиси ХХЧ мулоқот кард", "politics"),
        ("", "Форуми маорифи «Осиёи Марказӣ – Русия» дар Маскав баргузор шуд", "russia"),
    ],
}

TK = {
    "forms": {
        "nom": "Gazagystan|Özbegistan|Gyrgyzystan|Täjigistan|Türkmenistan|Merkezi Aziýa",
        "gen": "Gazagystanyň|Özbegistanyň|Gyrgyzystanyň|Täjigistanyň|Türkmenistanyň|Merkezi Aziýanyň",
        "loc": "Gazagystanda|Özbegistanda|Gyrgyzystanda|Täjigistanda|Türkmenistanda|Merkezi Aziýada",
        "dat": "Gazagystana|Özbegistana|Gyrgyzystana|Täjigistana|Türkmenistana|Merkezi Aziýa ýurtlaryna",
        "adj": "gazak|özbek|gyrgyz|täjik|türkmen|-",
        "andcn": ("Gazagystan bilen Hytaý|Özbegistan bilen Hytaý|Gyrgyzystan bilen Hytaý|"
                  "Täjigistan bilen Hytaý|Türkmenistan bilen Hytaý|Merkezi Aziýa bilen Hytaý"),
        "cnx": "Gazak-hytaý|Özbek-hytaý|Gyrgyz-hytaý|Täjik-hytaý|Türkmen-hytaý|-",
        "cap": "Astana|Daşkent|Bişkek|Duşanbe|Aşgabat|-",
        "univ": ("Al-Farabi adyndaky Gazak milli uniwersiteti|Özbegistanyň Milli uniwersiteti|"
                 "Gyrgyz milli uniwersiteti|Täjik milli uniwersiteti|Magtymguly adyndaky TDU|-"),
    },
    "lab": [("andcn", "{x} bilelikdäki barlaghana açdy"),
            ("univ", "{x} we Hytaýyň Ylymlar akademiýasy bilelikdäki ylmy merkez döretdi"),
            ("loc", "{x} hytaýly alymlar bilen bilelikdäki barlaghana açyldy"),
            ("adj", "{x} we hytaý alymlary buzluklary bilelikde öwrenýärler")],
    "mou": [("univ", "{x} Lançžou uniwersiteti bilen özara düşünişmek barada memoranduma gol çekdi"),
            ("andcn", "{x} ýokary okuw mekdepleri hyzmatdaşlyk memorandumyna gol çekdiler"),
            ("cap", "Sinhua uniwersiteti {x} şäherindäki uniwersitet bilen şertnama baglaşdy"),
            ("gen", "Sian uniwersitetleri {x} ýokary okuw mekdepleri bilen hyzmatdaşlygy giňeldýär")],
    "students": [("adj", "{x} talyplary Hytaý hökümetiniň grantyny aldylar"),
                 ("adj", "Hytaýda okaýan {x} talyplarynyň sany artdy"),
                 ("dat", "Hytaý {x} 100 bilim granty berer"),
                 ("cap", "{x} şäherinde Hytaý uniwersitetleriniň bilim sergisi geçirildi")],
    "chinese": [("univ", "{x} ýanyndaky Konfusiý institutyna 15 ýyl doldy"),
                ("loc", "{x} ilkinji Lu Ban ussahanasy açyldy"),
                ("adj", "«Hytaý diliniň köprüsi» bäsleşiginde {x} okuwçylary ýeňiji boldy"),
                ("cap", "{x} şäherinde hytaý dilini öwredýän täze merkez açyldy")],
    "academy": [("andcn", "{x} ylymlar akademiýalary hyzmatdaşlygy giňeldýär"),
                ("adj", "{x} akademikleri Hytaýyň Ylymlar akademiýasyna baryp gördüler"),
                ("dat", "Hytaýyň Ylymlar akademiýasy {x} ylmy kömek berer"),
                ("andcn", "{x} alymlary ylmy barlaglary bilelikde geçirýär")],
    "tech": [("andcn", "{x} emeli aň ulgamynda hyzmatdaşlyk eder"),
             ("cap", "{x} şäherindäki tehnoparka hytaý IT-kompaniýalary gelýär"),
             ("dat", "Hytaý sanly ulgamdaky tejribesini {x} paýlaşýar"),
             ("adj", "{x} startaplary Şençžende innowasiýa maksatnamasyny geçdi")],
    "agri": [("adj", "{x} we hytaý agronomlary bugdaýyň täze sortlaryny synagdan geçirdiler"),
             ("dat", "Hytaý alymlary {x} çölleşmä garşy göreşde kömek eder"),
             ("loc", "{x} Hytaýyň oba hojalyk uniwersitetiniň tejribe meýdançasy açyldy"),
             ("andcn", "{x} alymlary gowaçanyň täze sortuny döretdiler")],
    "health": [("andcn", "{x} lukmanlary däp bolan lukmançylygy bilelikde öwrenýärler"),
               ("adj", "{x} lukmanlary Hytaýyň klinikalarynda tejribe geçdiler"),
               ("loc", "{x} hytaý däp bolan lukmançylyk merkezi açylar"),
               ("gen", "Hytaýyň lukmançylyk uniwersiteti {x} lukmançylyk ýokary okuw mekdepleri bilen şertnama baglaşdy")],
    "heritage": [("adj", "{x} we hytaý arheologlary Ýüpek ýolundaky gadymy şäheri gazýarlar"),
                 ("andcn", "{x} alymlary Beýik Ýüpek ýolunyň mirasyny bilelikde öwrenýärler"),
                 ("loc", "{x} hytaýly restawratorlar gadymy ýadygärligi dikeldýärler"),
                 ("cnx", "{x} bilelikdäki arheologik ekspedisiýasy täze tapyndylary tapdy")],
    "forum": [("andcn", "Sianda {x} uniwersitetleriniň rektorlarynyň forumy açyldy"),
              ("cnx", "{x} alymlarynyň forumy Ürümçide geçirildi"),
              ("cap", "{x} şäherinde Hytaý bilen ylmy-tehniki hyzmatdaşlyk boýunça maslahat geçirildi"),
              ("adj", "{x} we hytaý rektorlary Pekindäki forumda duşuşdylar")],
    "teachers": [("adj", "{x} mugallymlary Hytaýda hünär derejesini ýokarlandyrdylar"),
                 ("dat", "Hytaý {x} hünär bilimi hünärmenlerini taýýarlamakda kömek eder"),
                 ("loc", "{x} Hytaýyň goldawy bilen kollej açyldy"),
                 ("gen", "Hytaý {x} hünär okuw mugallymlaryny taýýarlar")],
    "negatives": [
        ("gen", "Hytaý bilen {x} haryt dolanyşygy rekord derejä ýetdi", "trade"),
        ("andcn", "{x} täze gaz geçirijisini gurmak barada ylalaşdylar", "gas"),
        ("andcn", "{x} arasynda täze demir ýol gurlar", "railway"),
        ("andcn", "{x} arasynda wizasyz düzgün girizildi", "visas"),
        ("gen", "{x} futbol ýygyndysy Hytaýy ýeňdi", "football"),
        ("dat", "Hytaýly syýahatçylar {x} köp gelýär", "tourism"),
        ("", "Hytaý we ASEAN deňiz ylymlary boýunça bilelikdäki barlaghana açdy", "asean"),
        ("adj", "{x} we rus uniwersitetleri memoranduma gol çekdiler", "russia"),
        ("adj", "Koreýa {x} talyplaryna grant berer", "korea"),
        ("loc", "Türkiýäniň uniwersitetleri {x} şahamça açar", "turkey"),
        ("", "Sinszýandaky gazak mekdeplerinde okuw ýyly başlandy", "xinjiang"),
        ("", "Sinszýanyň gyrgyz okuwçylary täze okuw kitaplaryny aldylar", "xinjiang"),
        ("andcn", "{x} 2 mlrd dollarlyk energetika ylalaşygyna gol çekdiler", "energy"),
        ("gen", "{x} Hytaýa bugdaý eksporty artdy", "trade"),
        ("loc", "Hytaýyň awtoulag öndürijisi {x} zawod gurar", "industry"),
        ("andcn", "{x} harbylary bilelikdäki türgenleşik geçirdiler", "security"),
        ("gen", "{x} Prezidenti HHR-iň Başlygy bilen duşuşdy", "politics"),
        ("", "«Merkezi Aziýa – Russiýa» bilim forumy Moskwada geçirildi", "russia"),
    ],
}

_UZ_PAIRS = {"o'": "ў", "g'": "ғ", "sh": "ш", "ch": "ч", "ya": "я", "yu": "ю", "yo": "ё",
             "ye": "е", "ts": "ц"}
_UZ_ONE = dict(zip("abdefghijklmnopqrstuvxyz'",
                   "абдефгҳижклмнопқрстувхйзъ"))
_UZ_LATIN_KEPT = ("IT", "ASEAN")


def to_uz_cyrl(text: str) -> str:
    """Uzbek Latin -> Cyrillic, letter by letter (e -> э at the start of a word; an all-capital
    Latin IT and ASEAN stay Latin, as Uzbek Cyrillic outlets print it)."""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if i == 0 or not text[i - 1].isalpha():
            word = next((w for w in _UZ_LATIN_KEPT if text.startswith(w, i)), None)
            if word:
                out.append(word)
                i += len(word)
                continue
        pair = text[i:i + 2].lower()
        if pair in _UZ_PAIRS and not (pair == "yo" and text[i + 2:i + 3] == "'"):
            cyr = _UZ_PAIRS[pair]
            i += 2
        elif ch.lower() in _UZ_ONE:
            cyr = _UZ_ONE[ch.lower()]
            if cyr == "е" and (i == 0 or not text[i - 1].isalpha()):
                cyr = "э"
            i += 1
        else:
            out.append(ch)
            i += 1
            continue
        out.append(cyr.upper() if ch.isupper() else cyr)
    return "".join(out)


LANGUAGES = {"en": EN, "ru": RU, "zh": ZH, "kk": KK, "uz": UZ, "ky": KY, "tg": TG, "tk": TK}


def _fill(forms: dict[str, list[str]], key: str, template: str, turn: int) -> tuple[str, str]:
    """The template filled with the first country from ``turn`` on that has the form."""
    if not key:
        return template, "-"
    for k in range(len(COUNTRIES)):
        c = (turn + k) % len(COUNTRIES)
        value = forms[key][c]
        if value != "-":
            text = template.replace("{x}", value)
            return text[0].upper() + text[1:], COUNTRIES[c]
    raise ValueError(key)


def _grid(lang: str, table: dict) -> list[tuple[str, str, bool, str, str, str]]:
    forms = {k: v.split("|") for k, v in table["forms"].items()}
    assert all(len(v) == len(COUNTRIES) for v in forms.values()), lang
    out = []
    turn = 0
    for family in FAMILIES:
        for n, (key, template) in enumerate(table[family]):
            text, country = _fill(forms, key, template, turn)
            out.append((f"g9-{lang}-{family}-{n}-{country}", text, True, lang, family, country))
            turn += 1
    for n, (key, template, kind) in enumerate(table["negatives"]):
        text, country = _fill(forms, key, template, n)
        out.append((f"g9-{lang}-neg-{kind}-{n}-{country}", text, False, lang, kind, country))
    return out


def build() -> list[tuple[str, str, bool, str, str, str]]:
    rows = []
    for lang, table in LANGUAGES.items():
        rows += _grid(lang, table)
        if lang == "uz":
            rows += [(i.replace("-uz-", "-uzc-", 1), to_uz_cyrl(h), r, "uzc", f, c)
                     for i, h, r, _, f, c in _grid(lang, table)]
    return rows


GRID_R9 = build()
