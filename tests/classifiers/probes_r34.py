"""Round-34 probes (issue 12): a blind set of items WITH ledes, in the shape of the issue's check
with title and summary (precision ≥ 0.95, recall ≥ 0.95 overall, recall ≥ 0.90 for every language),
written by hand before the rules were run on any of it and before the vocabulary files were read
(docs/classifier.md, "Round 34 of issue 12").

For each of en, ru, zh, kk, ky, uz (Latin), uzc (Uzbek Cyrillic), tg and tk: 10 relevant items and 7
negatives, each a headline and a lede of one to three sentences (150–450 characters) as that
language's agencies print them (Kazinform, Kabar, 24.kg, UzA, Dunyo, Khovar, Turkmenportal, Xinhua,
TASS; a dateline now and then). The relevant items are the hard cases of real feeds: a HEADLINE that
is vague or names one side only ("A memorandum was signed at the university", "Kazakh scientists
returned from an internship") with a lede that names the other side, the institutions (often only
by name, acronym or city) and the subject; a partner named by a person's title ("the rector of
Lanzhou University", "the Chinese ambassador handed equipment to a lyceum"). The negatives carry
education, science or technology words in the lede but their story is trade, energy, transport, a
culture festival, tourism, sport, a Chinese domestic story printed in a Central Asian language,
Central Asia with another partner (Russia, Korea, Turkey, the EU, Japan, India), or China with ASEAN
or Africa.

Measured once with the round-31 rules (2026.12.37) in both modes (title and summary; headline alone),
no url, before any rule was written: that is the round's honest figure (docs/classifier.md,
"Round 34 figures"). Each row: (id, title, summary, relevant). None is an item of classifiers/eval,
of the shared labelled_dev or an earlier probe, nor nearly one (``test_round34.py`` checks it).
"""

from __future__ import annotations

PROBES_R34: list[tuple[str, str, str, bool]] = [
    # ------------------------------------------------------------------ English
    (
        "r34-en-memo-vague",
        "Memorandum signed at the university",
        "ALMATY, March 12 (Kazinform) – Al-Farabi Kazakh National University and Lanzhou University "
        "signed a memorandum on joint training of master's students in hydrology and on a shared "
        "laboratory to study the glaciers of the northern Tien Shan, the university's press service said.",
        True,
    ),
    (
        "r34-en-internship-back",
        "Kazakh scientists return from internship",
        "Fourteen young researchers of the Institute of Zoology have returned to Almaty from a "
        "three-month internship at the Xinjiang Institute of Ecology and Geography in Urumqi, where "
        "they studied desert ecosystems under a grant of the Chinese Academy of Sciences.",
        True,
    ),
    (
        "r34-en-rector-title",
        "University delegation discusses joint programmes",
        "The rector of Lanzhou University met the leadership of the Jusup Balasagyn Kyrgyz National "
        "University in Bishkek on Tuesday to discuss a joint master's programme in geology, an exchange "
        "of lecturers and the opening of a second Chinese language centre.",
        True,
    ),
    (
        "r34-en-ambassador-lyceum",
        "Ambassador hands over computer equipment to lyceum",
        "DUSHANBE, April 3 — The Chinese ambassador to Tajikistan handed over 40 computers, "
        "interactive boards and a 3D printer to the Presidential Lyceum for Gifted Children in "
        "Dushanbe to equip its new robotics and programming classroom.",
        True,
    ),
    (
        "r34-en-tuit-academy",
        "ICT academy opens at TUIT",
        "The Tashkent University of Information Technologies and Huawei opened an ICT academy in which "
        "300 students a year will train in 5G networks, cloud computing and cybersecurity, with "
        "instructors certified by the Chinese company and internships in Shenzhen for the best.",
        True,
    ),
    (
        "r34-en-turkmen-scholarships",
        "Turkmen school graduates receive scholarships",
        "Twenty-five graduates of Turkmen schools were awarded Chinese government scholarships to study "
        "engineering and medicine at universities in Beijing, Shanghai and Harbin, the embassy in "
        "Ashgabat said at a ceremony on Friday.",
        True,
    ),
    (
        "r34-en-cotton-lab",
        "Joint laboratory on cotton genomics launched",
        "TASHKENT (UzA) — The Center of Genomics and Bioinformatics of the Academy of Sciences of "
        "Uzbekistan and the Institute of Cotton Research of CAAS launched a joint laboratory in "
        "Tashkent to breed drought-tolerant cotton varieties and train young geneticists.",
        True,
    ),
    (
        "r34-en-xian-course",
        "Kyrgyz power engineers complete course",
        "Thirty engineers of Kyrgyz energy companies completed a six-week training course on smart "
        "grids and hydropower automation at Xi'an Jiaotong University, under a programme of human "
        "resources cooperation funded by Beijing.",
        True,
    ),
    (
        "r34-en-nu-tsinghua",
        "Nazarbayev University agrees doctoral exchange",
        "Nazarbayev University and Tsinghua University agreed on an exchange of doctoral students and "
        "joint research in artificial intelligence and energy storage, the two universities said "
        "after talks in Astana on Monday.",
        True,
    ),
    (
        "r34-en-khujand-teachers",
        "Khujand university welcomes volunteer teachers",
        "Twelve volunteer teachers from Xinjiang Normal University began teaching Chinese at Khujand "
        "State University this week under an agreement between the two universities, which also "
        "provides for summer schools in Urumqi for Tajik students.",
        True,
    ),
    (
        "r34-en-expo-deals-neg",
        "Kazakh companies sign $1.2bn of deals at Urumqi expo",
        "Kazakh companies signed contracts worth $1.2 billion at the China–Eurasia Expo in Urumqi, "
        "including supplies of agricultural machinery, solar panels and grain processing technology, "
        "the trade ministry said.",
        False,
    ),
    (
        "r34-en-wind-farm-neg",
        "Wind farm in Karakalpakstan connected to grid",
        "A 500-megawatt wind farm built by a Chinese contractor in Karakalpakstan has been connected to "
        "Uzbekistan's grid; the plant uses turbines with digital monitoring technology and will cut gas "
        "use by 400 million cubic metres a year.",
        False,
    ),
    (
        "r34-en-korea-school-neg",
        "Kazakh and Korean universities open joint engineering school",
        "Satbayev University and the Korea Advanced Institute of Science and Technology opened a joint "
        "engineering school in Almaty that will train 200 students a year in semiconductors and "
        "battery technology, with lecturers from Daejeon.",
        False,
    ),
    (
        "r34-en-russia-quota-neg",
        "Russia raises university quota for Kyrgyz students",
        "BISHKEK (24.kg) — Russia will fund 800 places for Kyrgyz students at its universities next "
        "year, up from 650, including places at Moscow State University and Tomsk Polytechnic "
        "University in engineering and medicine.",
        False,
    ),
    (
        "r34-en-asean-ai-neg",
        "China, ASEAN launch AI cooperation centre in Nanning",
        "NANNING, Sept 18 (Xinhua) — China and ASEAN countries launched an artificial intelligence "
        "cooperation centre in Nanning that will train 1,000 specialists from Southeast Asia and host "
        "joint laboratories with universities in Vietnam, Laos and Thailand.",
        False,
    ),
    (
        "r34-en-tea-festival-neg",
        "Chinese culture festival opens in Tashkent",
        "A week of Chinese culture opened in Tashkent with a tea ceremony, calligraphy workshops and a "
        "concert at which students of the University of Oriental Studies sang Chinese songs; "
        "exhibitions of porcelain and silk run until Sunday.",
        False,
    ),
    (
        "r34-en-rail-freight-neg",
        "China–Europe freight trains via Kazakhstan hit record",
        "More than 1,400 container trains crossed Kazakhstan between China and Europe in the first half "
        "of the year, a record, as digital technology at the Khorgos dry port cut the time needed to "
        "change wagons to under an hour.",
        False,
    ),
    # ------------------------------------------------------------------ Russian
    (
        "r34-ru-memo-vague",
        "В университете подписан меморандум",
        "АСТАНА. КАЗИНФОРМ – Евразийский национальный университет имени Л.Н. Гумилева и "
        "Северо-Западный политехнический университет (Сиань) подписали меморандум о совместной "
        "подготовке инженеров в области авиакосмических технологий и об обмене преподавателями.",
        True,
    ),
    (
        "r34-ru-internship-back",
        "Казахстанские ученые вернулись со стажировки",
        "Восемь сотрудников Института ботаники и фитоинтродукции прошли трехмесячную стажировку в "
        "Синьцзянском институте экологии и географии в Урумчи, где изучали методы восстановления "
        "засоленных почв и подготовили две совместные статьи.",
        True,
    ),
    (
        "r34-ru-rector-title",
        "Ректор Ланьчжоуского университета посетил Бишкек",
        "Ректор Ланьчжоуского университета провел переговоры с руководством Кыргызского национального "
        "университета имени Ж. Баласагына об открытии совместной магистратуры по гляциологии и "
        "обмене студентами, сообщает пресс-служба КНУ.",
        True,
    ),
    (
        "r34-ru-ambassador-lyceum",
        "Посол передал оборудование лицею",
        "ДУШАНБЕ, 14 марта. /ТАСС/. Посол КНР в Таджикистане передал лицею для одаренных детей №1 в "
        "Душанбе 50 компьютеров, интерактивные доски и оборудование для кабинета робототехники, "
        "сообщили в министерстве образования и науки республики.",
        True,
    ),
    (
        "r34-ru-tuit-5g",
        "В ТУИТ открылся центр подготовки специалистов по 5G",
        "Ташкентский университет информационных технологий имени Мухаммада аль-Хорезми совместно с "
        "компанией Huawei открыл учебный центр, где ежегодно 300 студентов будут изучать сети 5G и "
        "облачные вычисления и проходить стажировку в Шэньчжэне.",
        True,
    ),
    (
        "r34-ru-turkmen-grants",
        "Туркменские выпускники получили гранты на обучение",
        "Посольство Китая в Ашхабаде вручило сертификаты 30 выпускникам туркменских школ, получившим "
        "правительственные стипендии для обучения в вузах Пекина, Шанхая и Уханя по инженерным "
        "специальностям и медицине.",
        True,
    ),
    (
        "r34-ru-osh-lab",
        "В Оше откроют лабораторию по селекции пшеницы",
        "Ошский государственный университет и Синьцзянская академия сельскохозяйственных наук "
        "договорились создать совместную лабораторию по селекции засухоустойчивых сортов пшеницы, "
        "сообщает пресс-служба вуза.",
        True,
    ),
    (
        "r34-ru-luban-graduates",
        "Мастерская Лу Баня выпустила первых специалистов",
        "Первые 45 студентов Таджикского технического университета имени академика М. Осими окончили "
        "обучение в мастерской Лу Баня, созданной совместно с Тяньцзиньским профессионально-техническим "
        "институтом, по специальностям мехатроника и электроэнергетика.",
        True,
    ),
    (
        "r34-ru-academies-programme",
        "Академии наук подписали программу совместных исследований",
        "Президент Национальной академии наук Таджикистана и вице-президент Академии наук Китая "
        "подписали программу совместных исследований на 2027–2029 годы в области сейсмологии, "
        "геологии и изучения ледников Памира.",
        True,
    ),
    (
        "r34-ru-tashkent-medicine",
        "Узбекские врачи пройдут стажировку по традиционной медицине",
        "Ташкентская медицинская академия и Пекинский университет китайской медицины договорились о "
        "стажировках для 40 узбекских врачей и об открытии в Ташкенте совместного учебного центра "
        "традиционной медицины.",
        True,
    ),
    (
        "r34-ru-khorgos-trains-neg",
        "Через Хоргос прошло рекордное число контейнерных поездов",
        "АЛМАТЫ. КАЗИНФОРМ – За девять месяцев через сухой порт «Хоргос – Восточные ворота» прошло "
        "более 600 контейнерных поездов из Китая в Европу; ускорить перевалку помогло внедрение "
        "цифровых технологий и электронных пломб.",
        False,
    ),
    (
        "r34-ru-turkey-university-neg",
        "Казахстан и Турция расширят сотрудничество в сфере высшего образования",
        "Министр науки и высшего образования Казахстана и председатель Совета по высшему образованию "
        "Турции договорились об увеличении числа грантов для студентов и открытии в Туркестане "
        "совместного инженерного факультета.",
        False,
    ),
    (
        "r34-ru-japan-engineers-neg",
        "Японские специалисты обучат узбекских инженеров",
        "ТАШКЕНТ, 5 июня. /ТАСС/. Японское агентство международного сотрудничества JICA проведет "
        "курсы для 120 инженеров Узбекистана по энергосбережению и технологиям водоочистки; "
        "занятия пройдут в Ташкенте и Осаке.",
        False,
    ),
    (
        "r34-ru-china-africa-neg",
        "Китай и страны Африки создадут центр подготовки специалистов по ИИ",
        "ПЕКИН, 2 сентября. /ТАСС/. Китай и Африканский союз договорились создать в Найроби центр "
        "подготовки специалистов в области искусственного интеллекта, где ежегодно будут обучаться "
        "до 500 студентов из 20 стран.",
        False,
    ),
    (
        "r34-ru-solar-plant-neg",
        "В Самаркандской области запустили солнечную электростанцию",
        "Солнечная электростанция мощностью 400 МВт, построенная китайской компанией в Самаркандской "
        "области, начала подавать энергию в сеть; станция оснащена современными технологиями "
        "накопления энергии и обеспечит электричеством 200 тысяч домов.",
        False,
    ),
    (
        "r34-ru-tourists-neg",
        "Число туристов из Китая в Кыргызстане выросло вдвое",
        "БИШКЕК. 24.kg – За первое полугодие Кыргызстан посетили 85 тысяч туристов из КНР, вдвое больше, "
        "чем годом ранее; больше всего их интересуют Иссык-Куль и Сон-Куль, а туроператоры "
        "внедряют онлайн-технологии бронирования.",
        False,
    ),
    (
        "r34-ru-wrestling-neg",
        "Казахстанские борцы завоевали три золота на турнире в Китае",
        "Сборная Казахстана по греко-римской борьбе, в которой выступали и студенты Казахской академии "
        "спорта и туризма, завоевала три золотые медали на международном турнире в Тайюане.",
        False,
    ),
    # ------------------------------------------------------------------ Chinese
    (
        "r34-zh-delegation-almaty",
        "我校代表团访问阿拉木图",
        "3月10日，我校代表团访问阿里-法拉比哈萨克国立大学，与该校校长就联合培养研究生、共建冰川与水资源联合实验室、"
        "互派访问学者等事宜进行了深入交流。双方签署了合作备忘录，商定今年秋季启动首批硕士研究生联合培养项目，"
        "并共同申报国际科技合作项目。"
        "访问期间，代表团还参观了该校物理技术学院和地理与环境科学学院的实验室，并与哈方青年教师座谈。",
        True,
    ),
    (
        "r34-zh-rector-visit",
        "巴拉萨根国立大学校长一行来访",
        "近日，吉尔吉斯斯坦巴拉萨根国立大学校长一行访问兰州大学。双方就中亚研究、冰川学联合研究及互派留学生等事宜"
        "深入交流，并签署了两校学生交流协议。兰州大学副校长表示，学校愿与吉方高校在地质、生态和语言教学等领域"
        "拓展务实合作，共同培养高层次人才。"
        "访问期间，客人参观了兰州大学冰川冻土研究实验室和中亚研究院，并与吉尔吉斯斯坦留学生座谈。",
        True,
    ),
    (
        "r34-zh-ambassador-school",
        "驻塔吉克斯坦大使向杜尚别中学捐赠教学设备",
        "4月8日，中国驻塔吉克斯坦大使出席杜尚别第20中学教学设备捐赠仪式，向该校捐赠电脑、投影仪和机器人教学套件，"
        "用于新建的信息技术教室。大使表示，希望学生们学好科学知识，为塔中友好和两国教育合作贡献力量。"
        "塔方教育部官员对中方的支持表示感谢。"
        "该校自2019年起开设中文课程，目前有300余名学生学习中文，多名毕业生已赴中国高校留学深造。",
        True,
    ),
    (
        "r34-zh-luban-graduates",
        "鲁班工坊首批学员结业",
        "新华社塔什干6月20日电 由天津职业技术师范大学与塔什干国立交通大学共建的鲁班工坊日前举行首批学员结业典礼，"
        "60名乌兹别克斯坦学员完成了工业机器人和新能源汽车维修课程的学习。该工坊自去年启用以来，已为当地培训"
        "技术人员300余人次，受到乌方高度评价。"
        "结业典礼上，乌兹别克斯坦高等教育部副部长为学员颁发了证书，并表示希望双方继续扩大职业教育合作。",
        True,
    ),
    (
        "r34-zh-central-asian-students",
        "首批中亚留学生入学",
        "9月5日，来自土库曼斯坦的40名留学生在西北工业大学参加开学典礼，他们将在航空工程、材料科学和计算机等专业"
        "攻读学士学位。这是该校与土库曼斯坦国立工程技术大学签署合作协议后招收的首批学生，学校为他们安排了"
        "为期一年的汉语预科课程。"
        "土库曼斯坦驻华大使出席开学典礼并致辞，希望学生们珍惜机会、刻苦学习，将来为两国科技合作贡献力量。",
        True,
    ),
    (
        "r34-zh-xinjiang-institute",
        "中国科学院新疆生态与地理研究所接待外方代表团",
        "近日，哈萨克斯坦科学院植物学与植物引种研究所代表团访问中国科学院新疆生态与地理研究所，双方签署了荒漠生态"
        "联合研究协议，将在咸海流域共建野外观测站，联合开展盐碱地修复和荒漠植物保护研究，并互派青年科研人员"
        "开展为期半年的访问研究。"
        "双方还商定每年轮流在乌鲁木齐和阿拉木图举办学术研讨会，共同发表研究成果，培养荒漠生态领域青年人才。",
        True,
    ),
    (
        "r34-zh-cotton-lab",
        "中乌棉花联合实验室在塔什干揭牌",
        "新华社塔什干5月16日电 由中国农业科学院棉花研究所与乌兹别克斯坦科学院基因组学与生物信息学中心共建的"
        "中乌棉花联合实验室16日在塔什干揭牌。实验室将围绕耐旱棉花品种选育、分子育种技术开展联合研究，"
        "并为乌方培养青年科研人员。"
        "乌兹别克斯坦科学院院长和中国驻乌兹别克斯坦大使出席揭牌仪式，双方还签署了种质资源交换与人员培训协议。",
        True,
    ),
    (
        "r34-zh-pamir-glaciers",
        "帕米尔冰川联合科学考察启动",
        "7月3日，中国科学院青藏高原研究所与塔吉克斯坦国家科学院水问题、水能与生态研究所联合开展的帕米尔冰川"
        "科学考察在杜尚别启动。来自两国的30余名科研人员将在费琴科冰川开展冰川厚度测量、气象观测和冰芯钻取，"
        "考察为期一个月。"
        "考察成果将用于评估气候变化对中亚水资源的影响，双方还将联合培养冰川学方向的研究生，共享观测数据。",
        True,
    ),
    (
        "r34-zh-bishkek-volunteers",
        "汉语教师志愿者赴比什凯克任教",
        "9月1日，新疆师范大学派出的15名汉语教师志愿者抵达比什凯克，将在比什凯克人文大学孔子学院及其下设的"
        "6个孔子课堂任教一年。行前，学校为志愿者开展了为期两周的岗前培训，内容涵盖吉尔吉斯语基础、"
        "中文教学方法和跨文化交际。"
        "比什凯克人文大学孔子学院成立于2008年，目前在吉尔吉斯斯坦各地有学员3000余人，是当地中文教学的重要平台。",
        True,
    ),
    (
        "r34-zh-astana-ict",
        "阿斯塔纳IT大学与华为共建ICT学院",
        "近日，阿斯塔纳IT大学与华为公司签署协议，共建华为ICT学院。学院将开设5G、云计算和人工智能等课程，"
        "每年为哈方培养500名信息通信技术人才，优秀学员可赴深圳华为总部参加培训和实习。哈萨克斯坦数字发展部"
        "副部长出席签约仪式。"
        "学院首批招收200名学生，课程由通过华为认证的哈方教师讲授，学生毕业时可获得华为认证工程师证书。",
        True,
    ),
    (
        "r34-zh-trade-growth-neg",
        "中哈贸易额同比增长15%",
        "据海关统计，今年前三季度中国与哈萨克斯坦双边贸易额达到320亿美元，同比增长15%。其中，中国对哈出口"
        "机电产品和高新技术产品增长较快，自哈进口的农产品、有色金属和能源产品也保持增长。霍尔果斯、阿拉山口"
        "等口岸通关效率明显提高。"
        "哈萨克斯坦贸易和一体化部表示，双方将继续扩大农产品贸易，推动跨境电商发展，力争年内贸易额突破400亿美元。",
        False,
    ),
    (
        "r34-zh-pv-plant-neg",
        "中企承建的乌兹别克斯坦光伏电站并网发电",
        "由中国企业承建的乌兹别克斯坦布哈拉州500兆瓦光伏电站日前实现全容量并网发电。电站采用先进的双面组件和"
        "智能运维技术，每年可发电约11亿千瓦时，满足当地30万户家庭用电需求，每年减少二氧化碳排放约60万吨。"
        "项目建设高峰期雇用当地员工1500余人，为当地带动了就业。乌兹别克斯坦能源部部长出席并网仪式并对项目建设给予高度评价。",
        False,
    ),
    (
        "r34-zh-asean-vocational-neg",
        "中国—东盟职业教育合作论坛在南宁举行",
        "新华社南宁9月20日电 第五届中国—东盟职业教育合作论坛20日在南宁举行，来自中国和东盟国家的200余所职业院校"
        "参会。会上，广西多所院校与越南、老挝、柬埔寨院校签署了合作协议，将共建实训基地，联合培养"
        "数字经济和新能源领域技术技能人才。"
        "论坛期间还举办了职业院校技能大赛和产教融合成果展，东盟国家教育部门官员和企业代表参观了展览。",
        False,
    ),
    (
        "r34-zh-africa-centre-neg",
        "中非科技合作中心在内罗毕成立",
        "新华社内罗毕6月12日电 中非科技合作中心12日在肯尼亚首都内罗毕成立。中心将依托乔莫·肯雅塔农业科技大学，"
        "在农业、医疗卫生和可再生能源领域开展联合研究，并为非洲国家培训科技人员。中国科技部和肯尼亚教育部"
        "官员出席成立仪式。"
        "中心首批将开展10个联合研究项目，涉及抗旱作物育种、疟疾防治和离网太阳能技术，未来五年将为非洲培训科技人员2000名。",
        False,
    ),
    (
        "r34-zh-ili-school-neg",
        "伊犁州中学开设人工智能课程",
        "新学期开始，伊犁哈萨克自治州多所中学开设人工智能和编程课程，哈萨克族、维吾尔族和汉族学生一起学习机器人"
        "搭建和图形化编程。州教育局表示，今年将投入2000万元建设100间智慧教室，推动城乡学校共享优质"
        "教育资源。"
        "此外，伊犁州还将组织教师赴乌鲁木齐和北京参加人工智能教育培训，提升全州中小学教师的信息技术应用能力。",
        False,
    ),
    (
        "r34-zh-khorgos-tourists-neg",
        "霍尔果斯口岸出入境旅客人数创新高",
        "记者从霍尔果斯边检站获悉，今年上半年经霍尔果斯口岸出入境的旅客达到45万人次，创历史同期新高。口岸启用"
        "智慧通关系统后，旅客平均通关时间缩短至30秒。中哈霍尔果斯国际边境合作中心免税购物吸引了大量游客。"
        "今年以来，合作中心新开业商铺200余家，周末日均接待游客超过1万人次，旅游购物已成为当地经济的新增长点。",
        False,
    ),
    (
        "r34-zh-culture-week-neg",
        "“中国文化周”在阿拉木图开幕",
        "新华社阿拉木图10月12日电 “中国文化周”12日在阿拉木图开幕，活动包括中国书法、剪纸和茶艺展示以及民族"
        "歌舞演出。当地学生表演了中国歌曲和武术，吸引了众多市民观看。文化周为期一周，期间还将举办中国电影放映"
        "和非物质文化遗产展览。"
        "中国驻阿拉木图总领事在开幕式上致辞，表示文化周有助于增进两国人民的相互了解和友谊，促进民心相通。",
        False,
    ),
    # ------------------------------------------------------------------ Kazakh
    (
        "r34-kk-memo-vague",
        "Университетте меморандумға қол қойылды",
        "АСТАНА. KAZINFORM – Л.Н. Гумилев атындағы Еуразия ұлттық университеті мен Ланьчжоу "
        "университеті гляциология және су ресурстары бойынша бірлескен магистратура ашу және "
        "оқытушылар алмасу туралы меморандумға қол қойды.",
        True,
    ),
    (
        "r34-kk-internship-back",
        "Қазақстандық ғалымдар тағылымдамадан оралды",
        "Ботаника және фитоинтродукция институтының 10 ғалымы Үрімжідегі Шыңжаң экология және "
        "география институтында үш айлық тағылымдамадан өтіп, шөлейт аймақтардағы топырақты қалпына "
        "келтіру әдістерін меңгерді.",
        True,
    ),
    (
        "r34-kk-rector-title",
        "Шетелдік ректор студенттермен кездесті",
        "Ланьчжоу университетінің ректоры әл-Фараби атындағы ҚазҰУ студенттерімен кездесіп, "
        "үкіметтік гранттар, бірлескен ғылыми жобалар және екі университет арасындағы академиялық "
        "ұтқырлық бағдарламалары туралы айтып берді.",
        True,
    ),
    (
        "r34-kk-ambassador-lyceum",
        "Елші мектеп-лицейге құрал-жабдық тапсырды",
        "ҚХР-дың Қазақстандағы елшісі Алматыдағы №12 мамандандырылған мектеп-лицейге 30 компьютер мен "
        "робототехника кабинетіне арналған жабдықтарды сыйға тартты. Оқушылар жаңа кабинетте "
        "бағдарламалау мен роботтар құрастыруды үйренеді.",
        True,
    ),
    (
        "r34-kk-luban-graduates",
        "Лубань шеберханасы алғашқы түлектерін шығарды",
        "Өскемен. Шығыс Қазақстан техникалық университетінде Тяньцзинь кәсіптік-техникалық "
        "колледжімен бірлесіп ашылған Лубань шеберханасында 40 студент мехатроника және "
        "автоматтандыру бойынша оқуды аяқтады.",
        True,
    ),
    (
        "r34-kk-scholarship-certificates",
        "Түлектерге шетелде оқуға арналған сертификаттар табысталды",
        "Қытайдың Қазақстандағы елшілігі 45 қазақстандық түлекке Бейжің, Шанхай және Үрімжі "
        "университеттерінде инженерия мен медицина бойынша оқуға үкіметтік стипендия "
        "сертификаттарын табыстады.",
        True,
    ),
    (
        "r34-kk-joint-lab-agri",
        "Алматыда бірлескен зертхана ашылды",
        "Қазақ ұлттық аграрлық зерттеу университеті мен Шыңжаң ауыл шаруашылығы университеті "
        "Алматыда суармалы егіншілік технологиялары бойынша бірлескен зертхана ашты. Зертханада екі "
        "елдің ғалымдары тамшылатып суару әдістерін сынайды.",
        True,
    ),
    (
        "r34-kk-academies",
        "Ғылым академиялары ынтымақтастықты кеңейтеді",
        "Қазақстан Ұлттық ғылым академиясының президенті Қытай ғылым академиясының делегациясын "
        "қабылдап, сейсмология мен геология салаларындағы бірлескен зерттеулер бағдарламасына қол "
        "қойды.",
        True,
    ),
    (
        "r34-kk-aitu-academy",
        "Astana IT University-де ИКТ академиясы ашылды",
        "Astana IT University мен Huawei компаниясы бірлесіп ашқан академияда студенттер 5G желілері "
        "мен бұлтты есептеу бойынша халықаралық сертификат алады, ал үздіктері Шэньчжэньдегі "
        "оқу орталығында тағылымдамадан өтеді.",
        True,
    ),
    (
        "r34-kk-nanosatellite",
        "Студенттер жасаған наноспутник орбитаға шығарылды",
        "Әл-Фараби атындағы ҚазҰУ студенттері Харбин политехникалық университетімен бірлесіп жасаған "
        "наноспутник Цзюцюань ғарыш айлағынан ұшырылып, орбитаға шықты. Спутник жердің жылу "
        "суреттерін түсіреді.",
        True,
    ),
    (
        "r34-kk-grain-export-neg",
        "Қытайға астық экспорты артты",
        "Биыл тоғыз айда Қазақстан Қытайға 1,2 млн тонна бидай мен арпа экспорттады, бұл өткен жылмен "
        "салыстырғанда 30 пайызға көп. Экспортты арттыруға астық өңдеудің жаңа технологиялары мен "
        "Достық станциясындағы терминал көмектесті.",
        False,
    ),
    (
        "r34-kk-china-ai-model-neg",
        "Қытайда жасанды интеллекттің жаңа моделі таныстырылды",
        "Бейжіңдегі Цинхуа университетінің ғалымдары медициналық суреттерді талдайтын жасанды "
        "интеллекттің жаңа моделін таныстырды. Модель Қытайдың 50 ауруханасында сынақтан өтіп, "
        "диагноз қою дәлдігін 20 пайызға арттырған.",
        False,
    ),
    (
        "r34-kk-korea-programme-neg",
        "Қазақстан мен Корея университеттері бірлескен бағдарлама ашады",
        "Сәтбаев университеті мен Сеулдегі Ханян университеті жартылай өткізгіштер технологиясы "
        "бойынша бірлескен магистратура ашады. Бағдарламаға жыл сайын 30 студент қабылданып, екінші "
        "жылы Кореяда оқиды.",
        False,
    ),
    (
        "r34-kk-dostyk-freight-neg",
        "Достық – Алашаңқай өткелінде жүк тасымалы артты",
        "Достық – Алашаңқай шекара өткелі арқылы өткен жүк көлемі жарты жылда 12 млн тоннаға жетті. "
        "Темір жолшылар цифрлық технологиялар мен электронды құжат айналымын енгізу арқасында "
        "вагондарды өңдеу уақыты екі есе қысқарғанын айтты.",
        False,
    ),
    (
        "r34-kk-wrestling-neg",
        "Қазақстандық балуандар Қытайда үш алтын алды",
        "Қазақстанның грек-рим күресінен құрамасы Тайюаньда өткен халықаралық турнирде үш алтын, екі "
        "күміс медаль жеңіп алды. Құрамада Қазақ спорт және туризм академиясының студенттері де "
        "өнер көрсетті.",
        False,
    ),
    (
        "r34-kk-culture-days-neg",
        "Алматыда Қытай мәдениеті күндері басталды",
        "Алматыда Қытай мәдениеті күндері ашылып, қонақтарға каллиграфия, шай рәсімі және дәстүрлі "
        "әндер таныстырылды. Концертте қытай тілін оқитын студенттер мен Шыңжаң өнер ұжымдары өнер "
        "көрсетті.",
        False,
    ),
    (
        "r34-kk-eu-digital-neg",
        "Қазақстан мен Еуропалық одақ цифрландыру бойынша ынтымақтастықты кеңейтеді",
        "Брюссельде Қазақстанның цифрлық даму министрі мен Еуропалық комиссия өкілдері жасанды "
        "интеллект, киберқауіпсіздік және Erasmus+ бағдарламасы арқылы IT мамандарын даярлау "
        "бойынша бірлескен жобаларды талқылады.",
        False,
    ),
    # ------------------------------------------------------------------ Kyrgyz
    (
        "r34-ky-memo-vague",
        "Университетте меморандумга кол коюлду",
        "Бишкек, 12-март. Ж.Баласагын атындагы Кыргыз улуттук университети менен Шинжаң университети "
        "студенттерди алмашуу, биргелешкен илимий изилдөөлөрдү жүргүзүү жана кош диплом берүү боюнча "
        "меморандумга кол коюшту.",
        True,
    ),
    (
        "r34-ky-internship-back",
        "Кыргыз окумуштуулары стажировкадан кайтып келишти",
        "Улуттук илимдер академиясынын Геология институтунун жети кызматкери Үрүмчүдөгү Шинжаң экология "
        "жана география институтунда үч айлык стажировкадан өтүп, жер көчкүлөрдү спутник аркылуу "
        "байкоо ыкмаларын үйрөнүштү.",
        True,
    ),
    (
        "r34-ky-rector-title",
        "Ректор техникалык университеттин жетекчилиги менен жолукту",
        "Ланьчжоу университетинин ректору Бишкекке иш сапары менен келип, И.Раззаков атындагы Кыргыз "
        "мамлекеттик техникалык университетинин жетекчилиги менен магистратурада биргелешкен "
        "программаларды ачуу маселесин талкуулады.",
        True,
    ),
    (
        "r34-ky-ambassador-lyceum",
        "Элчи лицейге жабдыктарды тапшырды",
        "КЭРдин Кыргызстандагы элчиси Бишкектеги №61 мектеп-лицейине 40 компьютер жана робототехника "
        "кабинети үчүн жабдыктарды тапшырды. Лицейдин окуучулары жаңы кабинетте программалоону жана "
        "роботторду курастырууну үйрөнүшөт.",
        True,
    ),
    (
        "r34-ky-luban-opens",
        "Бишкекте Лубань устаканасы ачылды",
        "И.Раззаков атындагы Кыргыз мамлекеттик техникалык университетинде Тяньцзинь кесиптик-техникалык "
        "институту менен бирдикте Лубань устаканасы ачылды. Анда студенттер өнөр жай роботтору жана "
        "жаңы энергетика боюнча билим алышат.",
        True,
    ),
    (
        "r34-ky-scholarships",
        "Кыргызстандык 50 жаш чет өлкөдө окууга грант утуп алды",
        "Кытай өкмөтүнүн стипендиясы боюнча 50 кыргызстандык жаш Пекин, Шанхай жана Сиань шаарларынын "
        "жогорку окуу жайларында инженерия жана медицина адистиктери боюнча окушат. Сертификаттар "
        "элчиликте тапшырылды.",
        True,
    ),
    (
        "r34-ky-osh-lab",
        "Ошто селекция лабораториясы ачылат",
        "Ош мамлекеттик университети менен Шинжаң айыл чарба илимдер академиясы кургакчылыкка туруктуу "
        "буудай сортторун чыгаруу боюнча биргелешкен лаборатория түзүүгө макулдашышты, деп билдирди "
        "ЖОЖдун басма сөз кызматы.",
        True,
    ),
    (
        "r34-ky-naryn-teachers",
        "Нарынга ыктыярчы мугалимдер келишти",
        "Шинжаң педагогикалык университетинин Конфуций институту Нарын мамлекеттик университетине "
        "кытай тилин окутуу үчүн алты ыктыярчы мугалимди жиберди. Алар бир жыл бою студенттерге "
        "жана мектеп окуучуларына сабак беришет.",
        True,
    ),
    (
        "r34-ky-glacier-expedition",
        "Мөңгүлөрдү изилдөө боюнча биргелешкен экспедиция башталды",
        "Кытай илимдер академиясынын Шинжаң экология жана география институту менен Кыргызстандын "
        "Улуттук илимдер академиясынын окумуштуулары Тянь-Шандагы Сары-Жаз мөңгүлөрүн изилдөө боюнча "
        "экспедицияга чыгышты.",
        True,
    ),
    (
        "r34-ky-shenzhen-course",
        "Санариптик өнүктүрүү министрлигинин адистери окуудан өтүштү",
        "Министрликтин 25 адиси Шэньчжэндеги Huawei окуу борборунда тармактык коопсуздук жана булуттук "
        "технологиялар боюнча эки жумалык курстан өтүштү. Окуу Кытай өкмөтүнүн адам ресурстарын "
        "өнүктүрүү программасы аркылуу каржыланды.",
        True,
    ),
    (
        "r34-ky-trade-neg",
        "Кыргызстан менен Кытайдын соода жүгүртүүсү өстү",
        "Быйылкы тогуз айда Кыргызстан менен Кытайдын ортосундагы соода жүгүртүү 18 млрд долларга "
        "жетти. Кытайдан негизинен кийим-кече, технологиялык жабдуулар жана унаалар импорттолсо, "
        "Кыргызстан металл кендерин экспорттоду.",
        False,
    ),
    (
        "r34-ky-russia-quota-neg",
        "Россия кыргызстандык студенттерге 800 квота бөлдү",
        "Россия Федерациясы кийинки окуу жылында кыргызстандык жаштар үчүн өлкөнүн жогорку окуу "
        "жайларында 800 бюджеттик орун бөлдү. Квоталар инженерия, медицина жана айыл чарба "
        "адистиктери боюнча берилет.",
        False,
    ),
    (
        "r34-ky-china-train-neg",
        "Кытайда дүйнөдөгү эң ылдам поезд сыноодон өттү",
        "Кытайда саатына 450 чакырым ылдамдыкта жүрө алган CR450 поезди сыноодон ийгиликтүү өттү. "
        "Инженерлер жаңы технологиялар энергияны үнөмдөөгө жана ызы-чуунун деңгээлин төмөндөтүүгө "
        "мүмкүндүк берерин айтышты.",
        False,
    ),
    (
        "r34-ky-tourists-neg",
        "Ысык-Көлгө кытайлык туристтердин саны көбөйдү",
        "Быйыл жайкы сезондо Ысык-Көлгө Кытайдан 60 миңден ашык турист келди, бул өткөн жылдагыдан "
        "эки эсе көп. Туризм министрлиги онлайн брондоо технологияларын жана түз авиарейстерди "
        "өнүктүрүүнү уланта турганын билдирди.",
        False,
    ),
    (
        "r34-ky-manas-faculty-neg",
        "Кыргыз-Түрк «Манас» университетинде жаңы факультет ачылды",
        "Кыргыз-Түрк «Манас» университетинде жасалма интеллект жана маалыматтык технологиялар "
        "факультети ачылды. Ачылыш аземине Түркиянын Жогорку билим берүү кеңешинин төрагасы "
        "катышты.",
        False,
    ),
    (
        "r34-ky-solar-neg",
        "Кытай компаниясы Ысык-Көлдө күн электр станциясын курат",
        "Кытайдын энергетикалык компаниясы Ысык-Көл облусунда кубаттуулугу 300 МВт болгон күн электр "
        "станциясын курат. Долбоордун наркы 280 млн долларды түзөт, станцияда заманбап технологиялар "
        "колдонулат.",
        False,
    ),
    (
        "r34-ky-boxing-neg",
        "Кыргыз боксчулары Үрүмчүдөгү мелдеште үч медаль алышты",
        "Кыргызстандын бокс боюнча курама командасы Үрүмчүдө өткөн эл аралык мелдеште бир алтын жана "
        "эки коло медаль жеңип алды. Курамада дене тарбия жана спорт академиясынын студенттери да "
        "болушту.",
        False,
    ),
    # ------------------------------------------------------------------ Uzbek (Latin)
    (
        "r34-uz-memo-vague",
        "Universitetda memorandum imzolandi",
        "Toshkent davlat texnika universiteti va Shimoli-g‘arbiy politexnika universiteti (Sian) "
        "aviatsiya muhandislarini birgalikda tayyorlash, o‘qituvchilar almashinuvi va qo‘shma "
        "laboratoriya tashkil etish bo‘yicha memorandum imzoladi.",
        True,
    ),
    (
        "r34-uz-internship-back",
        "Yosh olimlar malaka oshirishdan qaytdi",
        "O‘zbekiston Fanlar akademiyasi Genomika va bioinformatika markazining 12 nafar yosh olimi "
        "Pekindagi Qishloq xo‘jaligi fanlari akademiyasida uch oylik stajirovkani yakunlab, molekulyar "
        "seleksiya usullarini o‘rgandi.",
        True,
    ),
    (
        "r34-uz-rector-title",
        "Rektor Samarqandda talabalar bilan uchrashdi",
        "Lanchjou universiteti rektori Samarqand davlat universitetida bo‘lib, ikki oliygoh o‘rtasida "
        "qo‘shma magistratura dasturlarini ochish, talabalar va professor-o‘qituvchilar almashinuvi "
        "masalalarini muhokama qildi.",
        True,
    ),
    (
        "r34-uz-ambassador-school",
        "Elchi Prezident maktabiga kompyuterlar sovg‘a qildi",
        "XXRning O‘zbekistondagi elchisi Toshkentdagi Prezident maktabiga 50 ta kompyuter va "
        "robototexnika xonasi uchun jihozlarni topshirdi. Maktab o‘quvchilari yangi xonada dasturlash "
        "va robot yig‘ishni o‘rganadi.",
        True,
    ),
    (
        "r34-uz-tatu-academy",
        "TATUda AKT akademiyasi ochildi",
        "Muhammad al-Xorazmiy nomidagi Toshkent axborot texnologiyalari universiteti va Huawei "
        "kompaniyasi hamkorlikda tashkil etgan akademiyada har yili 300 nafar talaba 5G va bulutli "
        "texnologiyalar bo‘yicha tahsil oladi, eng yaxshilari Shenchjenda amaliyot o‘taydi.",
        True,
    ),
    (
        "r34-uz-luban-graduates",
        "Luban ustaxonasining ilk bitiruvchilari",
        "Toshkentdagi Luban ustaxonasida Tyanszin kasb-hunar instituti o‘qituvchilari rahbarligida 60 "
        "nafar talaba mexatronika va sanoat robototexnikasi bo‘yicha o‘qishni tamomladi. Ularga ikki "
        "mamlakat sertifikatlari topshirildi.",
        True,
    ),
    (
        "r34-uz-cotton-trials",
        "Qashqadaryoda yangi g‘o‘za navlari sinovdan o‘tkazilmoqda",
        "Qarshi davlat universiteti olimlari Xitoyning Xuachjun qishloq xo‘jaligi universiteti bilan "
        "hamkorlikda qurg‘oqchilikka chidamli g‘o‘za navlarini dala sharoitida sinovdan o‘tkazmoqda. "
        "Loyiha uch yilga mo‘ljallangan.",
        True,
    ),
    (
        "r34-uz-scholarships",
        "Yoshlarimiz xorijda o‘qish uchun grant yutdi",
        "Xitoy hukumati stipendiyasi asosida 40 nafar o‘zbekistonlik yosh Pekin, Shanxay va Uxan "
        "universitetlarida muhandislik va tibbiyot yo‘nalishlarida o‘qiydi. Sertifikatlar Toshkentda "
        "bo‘lib o‘tgan marosimda topshirildi.",
        True,
    ),
    (
        "r34-uz-tma-centre",
        "Tibbiyot akademiyasida yangi o‘quv markazi ochildi",
        "Toshkent tibbiyot akademiyasi va Pekin an’anaviy xitoy tibbiyoti universiteti hamkorlikda "
        "an’anaviy tibbiyot o‘quv markazini ochdi. Markazda har yili 100 nafar shifokor malaka oshiradi, "
        "talabalar amaliyot o‘taydi.",
        True,
    ),
    (
        "r34-uz-academies",
        "Fanlar akademiyalari qo‘shma tadqiqotlar dasturini imzoladi",
        "O‘zbekiston Fanlar akademiyasi prezidenti va Xitoy Fanlar akademiyasi vitse-prezidenti "
        "seysmologiya, suv resurslari va qayta tiklanuvchi energetika sohasida 2027–2029-yillarga "
        "mo‘ljallangan qo‘shma tadqiqotlar dasturini imzoladi.",
        True,
    ),
    (
        "r34-uz-fruit-export-neg",
        "Xitoyga meva-sabzavot eksporti oshdi",
        "Joriy yilning to‘qqiz oyida O‘zbekistondan Xitoyga 350 ming tonna meva-sabzavot eksport "
        "qilindi. Qishloq xo‘jaligi vazirligiga ko‘ra, eksportni oshirishda zamonaviy saqlash "
        "texnologiyalari va yangi logistika markazlari muhim rol o‘ynadi.",
        False,
    ),
    (
        "r34-uz-korea-inha-neg",
        "Koreya universitetlari bilan qo‘shma dasturlar kengaymoqda",
        "Toshkentdagi Inha universiteti Koreyaning Inha universiteti bilan sun’iy intellekt va "
        "yarimo‘tkazgichlar bo‘yicha qo‘shma magistratura dasturini ochdi. Talabalar ikkinchi yilni "
        "Inchxonda o‘qiydi.",
        False,
    ),
    (
        "r34-uz-india-it-neg",
        "Hindiston bilan axborot texnologiyalari bo‘yicha hamkorlik",
        "Raqamli texnologiyalar vazirligi va Hindistonning Bangalor shahridagi IT kompaniyalari "
        "assotsiatsiyasi 1000 nafar o‘zbek dasturchisini tayyorlash bo‘yicha kelishuv imzoladi. "
        "Mashg‘ulotlar Toshkentdagi IT Parkda o‘tadi.",
        False,
    ),
    (
        "r34-uz-wind-farm-neg",
        "Xitoy kompaniyasi Buxoroda shamol elektr stansiyasini qurmoqda",
        "Buxoro viloyatida Xitoy kompaniyasi tomonidan quvvati 500 MVt bo‘lgan shamol elektr stansiyasi "
        "qurilmoqda. Stansiyada zamonaviy texnologiyalar qo‘llanilib, u yiliga 1,6 mlrd kVt soat "
        "elektr energiyasi ishlab chiqaradi.",
        False,
    ),
    (
        "r34-uz-china-ai-neg",
        "Xitoyda sun’iy intellektning yangi modeli taqdim etildi",
        "Pekindagi Sinxua universiteti olimlari tibbiy tasvirlarni tahlil qiluvchi sun’iy intellekt "
        "modelini taqdim etdi. Model Xitoyning 50 ta shifoxonasida sinovdan o‘tib, tashxis aniqligini "
        "20 foizga oshirgan.",
        False,
    ),
    (
        "r34-uz-tourists-neg",
        "Samarqandga xitoylik sayyohlar oqimi ortdi",
        "Joriy yilning birinchi yarmida Samarqandga Xitoydan 45 ming nafar sayyoh tashrif buyurdi, bu "
        "o‘tgan yilgidan ikki baravar ko‘p. Turizm qo‘mitasi Urumchi va Pekindan to‘g‘ridan-to‘g‘ri "
        "reyslar sonini oshirishni rejalashtirmoqda.",
        False,
    ),
    (
        "r34-uz-railway-neg",
        "Xitoy–Qirg‘iziston–O‘zbekiston temir yo‘li qurilishi jadallashdi",
        "Xitoy–Qirg‘iziston–O‘zbekiston temir yo‘lining Qirg‘iziston hududidagi qismida tunnellar "
        "qurilishi boshlandi. Quruvchilar zamonaviy burg‘ilash texnologiyalaridan foydalanmoqda, "
        "yo‘l 2030-yilda ishga tushiriladi.",
        False,
    ),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    (
        "r34-uzc-memo-vague",
        "Университетда меморандум имзоланди",
        "Самарқанд давлат университети ва Шиань нефть университети геология ҳамда нефть-газ иши "
        "бўйича қўшма таълим дастурини очиш, профессор-ўқитувчилар алмашинуви ҳақида меморандум "
        "имзолади. Дастур бўйича илк талабалар кузда қабул қилинади.",
        True,
    ),
    (
        "r34-uzc-internship-back",
        "Ёш олимлар стажировкадан қайтди",
        "Ўзбекистон Фанлар академияси Ботаника институтининг 8 нафар ёш олими Урумчидаги Шинжон "
        "экология ва география институтида уч ойлик стажировкани якунлади. Улар чўл ўсимликларини "
        "муҳофаза қилиш усулларини ўрганди.",
        True,
    ),
    (
        "r34-uzc-rector-title",
        "Ректор талабалар билан учрашди",
        "Шинжон университети ректори Андижон давлат университетида бўлиб, хитой тилини ўқитиш, "
        "талабалар алмашинуви ва қўшма илмий лойиҳалар бўйича ҳамкорликни кенгайтириш масалаларини "
        "муҳокама қилди.",
        True,
    ),
    (
        "r34-uzc-ambassador-school",
        "Элчи мактабга жиҳозлар топширди",
        "ХХРнинг Ўзбекистондаги элчиси Наманган вилоятидаги ихтисослаштирилган мактабга 40 та "
        "компьютер ва робототехника хонаси учун жиҳозлар топширди. Мактабда хитой тили тўгараги ҳам "
        "фаолият юритмоқда.",
        True,
    ),
    (
        "r34-uzc-luban-opens",
        "Транспорт университетида Лубань устахонаси очилди",
        "Тошкент давлат транспорт университетида Тяньцзинь темир йўл касб-ҳунар институти билан "
        "ҳамкорликда Лубань устахонаси очилди. Унда талабалар юқори тезликдаги поездларга хизмат "
        "кўрсатишни ўрганади.",
        True,
    ),
    (
        "r34-uzc-certificates",
        "Битирувчиларга хорижда ўқиш учун сертификатлар топширилди",
        "Хитойнинг Ўзбекистондаги элчихонаси 35 нафар битирувчига Пекин ва Шанхай университетларида "
        "муҳандислик ва тиббиёт йўналишларида ўқиш учун ҳукумат стипендияси сертификатларини "
        "топширди.",
        True,
    ),
    (
        "r34-uzc-aral-centre",
        "Фанлар академиялари қўшма тадқиқот маркази ташкил этади",
        "Ўзбекистон Фанлар академияси ва Хитой Фанлар академияси Орол денгизи ҳавзасида экологик "
        "вазиятни ўрганиш бўйича қўшма тадқиқот марказини ташкил этишга келишиб олди. Марказ "
        "Нукусда жойлашади.",
        True,
    ),
    (
        "r34-uzc-ai-lab",
        "Сунъий интеллект лабораторияси ишга туширилди",
        "Тошкент ахборот технологиялари университети ва Пекин почта ва телекоммуникациялар "
        "университети ҳамкорликда сунъий интеллект ва катта маълумотлар бўйича қўшма лабораторияни "
        "ишга туширди.",
        True,
    ),
    (
        "r34-uzc-fergana-course",
        "Агрономлар Фарғонада ўқув курсини ўтказди",
        "Шинжон қишлоқ хўжалиги университети мутахассислари Фарғона давлат университетида томчилатиб "
        "суғориш технологиялари бўйича талабалар ва фермерлар учун икки ҳафталик ўқув курсини "
        "ўтказди.",
        True,
    ),
    (
        "r34-uzc-exchange",
        "Талабалар алмашинуви дастури бошланди",
        "Ўзбекистон давлат жаҳон тиллари университетининг 20 нафар талабаси Ланчжоу университетида "
        "бир семестр давомида таҳсил олади. Дастур икки олийгоҳ ўртасида имзоланган шартнома асосида "
        "амалга оширилмоқда.",
        True,
    ),
    (
        "r34-uzc-trade-neg",
        "Хитой билан товар айирбошлаш ҳажми ошди",
        "Жорий йилнинг тўққиз ойида Ўзбекистон ва Хитой ўртасидаги товар айирбошлаш ҳажми 11 млрд "
        "долларга етди. Хитойдан асосан машина-ускуналар ва юқори технологияли маҳсулотлар импорт "
        "қилинди.",
        False,
    ),
    (
        "r34-uzc-msu-branch-neg",
        "Москва давлат университети филиалида янги факультет очилди",
        "Тошкентдаги М.В. Ломоносов номидаги Москва давлат университети филиалида амалий математика ва "
        "ахборот технологиялари факультети очилди. Илк йилда 120 нафар талаба қабул қилинади.",
        False,
    ),
    (
        "r34-uzc-solar-neg",
        "Хитой компанияси Жиззахда қуёш электр станцияси қурди",
        "Жиззах вилоятида Хитой компанияси томонидан қурилган қуввати 300 МВт бўлган қуёш электр "
        "станцияси ишга туширилди. Станцияда энергияни сақлашнинг замонавий технологиялари "
        "қўлланилган.",
        False,
    ),
    (
        "r34-uzc-china-space-neg",
        "Хитойда янги космик кема учирилди",
        "Хитой Цзюцюань космодромидан учта фазогир бўлган «Шэньчжоу» космик кемасини учирди. "
        "Экипаж орбитал станцияда олти ой давомида илмий тажрибалар ўтказади, деб хабар берди "
        "Синьхуа агентлиги.",
        False,
    ),
    (
        "r34-uzc-culture-days-neg",
        "Тошкентда Хитой маданияти кунлари бошланди",
        "Тошкентда Хитой маданияти кунлари доирасида каллиграфия, чой маросими ва анъанавий мусиқа "
        "намойиш этилди. Концертда Шарқшунослик университети талабалари хитой қўшиқларини ижро "
        "этди.",
        False,
    ),
    (
        "r34-uzc-jica-neg",
        "Япония мутахассислари муҳандисларни ўқитади",
        "Япония халқаро ҳамкорлик агентлиги (ЖАЙКА) Ўзбекистоннинг 100 нафар муҳандиси учун "
        "энергия тежаш ва сувни тозалаш технологиялари бўйича ўқув курсларини ташкил этади. "
        "Машғулотлар Тошкент ва Токиода ўтади.",
        False,
    ),
    (
        "r34-uzc-judo-neg",
        "Ўзбек дзюдочилари Пекинда ғолиб бўлди",
        "Ўзбекистон дзюдо терма жамоаси Пекинда бўлиб ўтган халқаро турнирда икки олтин ва бир бронза "
        "медални қўлга киритди. Жамоа таркибида Жисмоний тарбия ва спорт университети талабалари ҳам "
        "бор эди.",
        False,
    ),
    # ------------------------------------------------------------------ Tajik
    (
        "r34-tg-memo-vague",
        "Дар донишгоҳ ёддошти тафоҳум ба имзо расид",
        "Донишгоҳи миллии Тоҷикистон ва Донишгоҳи Шинҷон оид ба омода кардани магистрҳо дар соҳаи "
        "геология ва таъсиси озмоишгоҳи муштарак ёддошти тафоҳум ба имзо расониданд. Ҳуҷҷат мубодилаи "
        "устодонро низ пешбинӣ мекунад.",
        True,
    ),
    (
        "r34-tg-internship-back",
        "Олимони тоҷик аз таҷрибаомӯзӣ баргаштанд",
        "Даҳ нафар корманди Институти геология, сохтмони ба заминларза тобовар ва сейсмологияи "
        "Академияи миллии илмҳо дар Институти геофизикаи Академияи илмҳои Чин дар Пекин се моҳ "
        "таҷрибаомӯзӣ гузаштанд.",
        True,
    ),
    (
        "r34-tg-rector-title",
        "Ректор бо донишҷӯён вохӯрд",
        "Ректори Донишгоҳи Ланҷоу ҳангоми сафар ба Хуҷанд бо донишҷӯёни Донишгоҳи давлатии Хуҷанд "
        "вохӯрда, дар бораи грантҳои таҳсил ва лоиҳаҳои муштараки илмӣ маълумот дод.",
        True,
    ),
    (
        "r34-tg-ambassador-lyceum",
        "Сафир ба литсей таҷҳизот супурд",
        "Душанбе, 14 март. «Ховар». Сафири ҶМЧ дар Тоҷикистон ба литсейи президентӣ барои хонандагони "
        "болаёқат дар Душанбе 40 компютер ва таҷҳизоти синфхонаи робототехникаро супурд.",
        True,
    ),
    (
        "r34-tg-luban-graduates",
        "Устохонаи Лубан нахустин хатмкунандагонро дошт",
        "45 донишҷӯи Донишгоҳи техникии Тоҷикистон ба номи академик М. Осимӣ дар устохонаи Лубан, ки "
        "якҷоя бо Донишкадаи касбию техникии Тянҷин таъсис ёфтааст, таҳсилро ба охир расониданд.",
        True,
    ),
    (
        "r34-tg-certificates",
        "Ба ҷавонон шаҳодатномаҳои грант супурда шуданд",
        "Сафорати Чин дар Душанбе ба 50 ҷавони тоҷик шаҳодатномаҳои стипендияи ҳукуматиро барои таҳсил "
        "дар донишгоҳҳои Пекин, Шанхай ва Урумчӣ дар самтҳои муҳандисӣ ва тиб супурд.",
        True,
    ),
    (
        "r34-tg-pamir-expedition",
        "Экспедитсияи муштарак пиряхҳои Помирро меомӯзад",
        "Олимони Институти масъалаҳои об, гидроэнергетика ва экологияи Академияи миллии илмҳои "
        "Тоҷикистон ва Институти тадқиқоти платои Тибети Академияи илмҳои Чин ба омӯзиши пиряхи "
        "Федченко шурӯъ карданд.",
        True,
    ),
    (
        "r34-tg-khujand-classroom",
        "Дар Хуҷанд синфхонаи нави забони чинӣ кушода шуд",
        "Бо дастгирии Донишгоҳи омӯзгории Шинҷон дар Донишгоҳи давлатии Хуҷанд синфхонаи нави "
        "Институти Конфутсий кушода шуд. Дар он 200 донишҷӯ забони чиниро меомӯзанд.",
        True,
    ),
    (
        "r34-tg-wheat-trials",
        "Олимони кишоварзӣ навъҳои нави гандумро месанҷанд",
        "Академияи илмҳои кишоварзии Тоҷикистон ва Академияи илмҳои кишоварзии Шинҷон дар водии Ҳисор "
        "навъҳои ба хушкӣ тобовари гандумро якҷоя месанҷанд. Лоиҳа се сол давом мекунад.",
        True,
    ),
    (
        "r34-tg-doctors-urumqi",
        "Табибони тоҷик дар Урумчӣ такмили ихтисос карданд",
        "30 табиби беморхонаҳои Душанбе дар Донишгоҳи тиббии Шинҷон курси такмили ихтисосро оид ба "
        "ҷарроҳии дил ва усулҳои нави ташхис гузаштанд. Курс аз ҷониби ҳукумати Чин маблағгузорӣ шуд.",
        True,
    ),
    (
        "r34-tg-trade-neg",
        "Ҳаҷми савдои Тоҷикистону Чин афзуд",
        "Дар нӯҳ моҳи соли ҷорӣ ҳаҷми гардиши мол байни Тоҷикистон ва Чин ба 3,2 миллиард доллар расид. "
        "Аз Чин асосан таҷҳизот, маҳсулоти технологӣ ва мошинҳо ворид карда шуданд.",
        False,
    ),
    (
        "r34-tg-solar-neg",
        "Ширкати чинӣ дар Суғд нерӯгоҳи офтобӣ месозад",
        "Ширкати энергетикии Чин дар вилояти Суғд нерӯгоҳи офтобии иқтидораш 200 мегаватт месозад. "
        "Дар нерӯгоҳ технологияҳои муосири нигоҳдории нерӯ истифода мешаванд.",
        False,
    ),
    (
        "r34-tg-china-train-neg",
        "Дар Чин қатораи нави тезгард озмоиш шуд",
        "Дар Чин қатораи нави тезгарди CR450, ки бо суръати 450 километр дар як соат ҳаракат мекунад, "
        "бомуваффақият озмоиш шуд. Муҳандисон мегӯянд, ки технологияҳои нав сарфаи нерӯро таъмин "
        "мекунанд.",
        False,
    ),
    (
        "r34-tg-russia-quota-neg",
        "Россия барои донишҷӯёни тоҷик 1000 квота ҷудо кард",
        "Россия барои соли нави таҳсил ба ҷавонони Тоҷикистон 1000 ҷойи ройгон дар донишгоҳҳои худ "
        "ҷудо кард. Квотаҳо дар самтҳои муҳандисӣ, тиб ва кишоварзӣ дода мешаванд.",
        False,
    ),
    (
        "r34-tg-pamir-tourists-neg",
        "Шумораи сайёҳони хориҷӣ дар Помир афзуд",
        "Дар мавсими тобистон Вилояти Мухтори Кӯҳистони Бадахшонро 40 ҳазор сайёҳ, аз ҷумла аз Чин, "
        "Олмон ва Фаронса, дидан карданд. Кумитаи сайёҳӣ технологияҳои онлайнро барои фурӯши "
        "роҳхат ҷорӣ мекунад.",
        False,
    ),
    (
        "r34-tg-eu-schools-neg",
        "Иттиҳоди Аврупо ба мактабҳои Тоҷикистон кӯмак мекунад",
        "Иттиҳоди Аврупо барои таъмини мактабҳои деҳоти Тоҷикистон бо компютер ва омода кардани "
        "муаллимони информатика 15 миллион евро ҷудо кард. Лоиҳа дар вилояти Хатлон оғоз мешавад.",
        False,
    ),
    (
        "r34-tg-athletes-neg",
        "Варзишгарони тоҷик дар Чин медал гирифтанд",
        "Варзишгарони Тоҷикистон дар Универсиадаи ҷаҳонӣ дар Чин як медали нуқра ва ду медали биринҷӣ "
        "ба даст оварданд. Дар ҳайати даста донишҷӯёни Донишкадаи тарбияи ҷисмонӣ буданд.",
        False,
    ),
    # ------------------------------------------------------------------ Turkmen
    (
        "r34-tk-memo-vague",
        "Uniwersitetde ylalaşyga gol çekildi",
        "Magtymguly adyndaky Türkmen döwlet uniwersiteti bilen Lanzhou uniwersiteti talyplary çalyşmak "
        "we bilelikde ylmy barlaglary geçirmek barada ylalaşyga gol çekdiler. Resminama mugallymlary "
        "çalyşmagy hem göz öňünde tutýar.",
        True,
    ),
    (
        "r34-tk-internship-back",
        "Alymlarymyz tejribe alyşmakdan gaýdyp geldi",
        "Türkmenistanyň Ylymlar akademiýasynyň Çölleri, ösümlik we haýwanat dünýäsini öwreniş milli "
        "institutynyň 6 alymy Ürümçidäki Sinszýan ekologiýa we geografiýa institutynda üç aýlyk "
        "tejribe alyşmakdan geçdi.",
        True,
    ),
    (
        "r34-tk-rector-title",
        "Rektor talyplar bilen duşuşdy",
        "Pekin dil we medeniýet uniwersitetiniň rektory Aşgabada sapary mahalynda Döwletmämmet Azady "
        "adyndaky Türkmen milli dünýä dilleri institutynyň talyplary bilen duşuşyp, hytaý dilini "
        "öwrenmek boýunça mümkinçilikler barada gürrüň berdi.",
        True,
    ),
    (
        "r34-tk-ambassador-school",
        "Ilçi mekdebe enjamlary gowşurdy",
        "HHR-iň Türkmenistandaky ilçisi Aşgabadyň hytaý dilini çuňlaşdyryp öwredýän ýöriteleşdirilen "
        "mekdebine 30 kompýuter we lingafon otagy üçin enjamlary gowşurdy. Mekdepde 400 okuwçy hytaý "
        "dilini öwrenýär.",
        True,
    ),
    (
        "r34-tk-certificates",
        "Uçurymlara daşary ýurtda okamak üçin sertifikatlar gowşuryldy",
        "Hytaýyň Aşgabatdaky ilçihanasy 40 türkmen ýaşyna Pekiniň, Şanhaýyň we Sianyň ýokary okuw "
        "mekdeplerinde okamak üçin hökümet talyp haklarynyň sertifikatlaryny gowşurdy.",
        True,
    ),
    (
        "r34-tk-oilgas-teachers",
        "Nebitgaz uniwersitetiniň mugallymlary okuwdan geçdi",
        "Türkmenistanyň Halkara nebit we gaz uniwersitetiniň 30 mugallymy Sian nebit uniwersitetinde "
        "gaz känlerini özleşdirmegiň täze tehnologiýalary boýunça iki hepdelik okuwdan geçdi.",
        True,
    ),
    (
        "r34-tk-cotton-lab",
        "Pagta seleksiýasy boýunça bilelikdäki barlaghana açyldy",
        "Türkmen oba hojalyk uniwersiteti we Sinszýan oba hojalyk ylymlary akademiýasy guraklyga "
        "çydamly pagta sortlaryny döretmek boýunça Aşgabatda bilelikdäki barlaghana açdy.",
        True,
    ),
    (
        "r34-tk-ai-masters",
        "Emeli aň boýunça bilelikdäki magistratura maksatnamasy",
        "Oguz han adyndaky Inžener-tehnologiýalar uniwersiteti Pekin politehniki uniwersiteti bilen "
        "emeli aň we robot tehnikasy boýunça bilelikdäki magistratura maksatnamasyny işe girizdi.",
        True,
    ),
    (
        "r34-tk-volunteer-teachers",
        "Daşary ýurtly mugallymlar sapaklara başlady",
        "Pekin dil we medeniýet uniwersitetiniň iberen bäş meýletin mugallymy Türkmenabat şäherindäki "
        "Seýitnazar Seýdi adyndaky Türkmen döwlet mugallymçylyk institutynda hytaý dilinden sapak "
        "berip başlady.",
        True,
    ),
    (
        "r34-tk-medicine-seminar",
        "Lukmanlar okuw maslahatyny geçirdi",
        "Myrat Garryýew adyndaky Türkmenistanyň döwlet lukmançylyk uniwersitetiniň professor-"
        "mugallymlary Pekin adaty hytaý lukmançylygy uniwersitetiniň hünärmenleri bilen bilelikde "
        "akupunktura boýunça okuw maslahatyny geçirdi.",
        True,
    ),
    (
        "r34-tk-gas-exports-neg",
        "Hytaýa gaz iberilişi artdy",
        "Ýylyň dokuz aýynda Türkmenistan Merkezi Aziýa – Hytaý gaz geçirijisi arkaly Hytaýa 30 milliard "
        "kub metr tebigy gaz iberdi. Galkynyş käninde täze tehnologiýalaryň ornaşdyrylmagy önümçiligi "
        "artdyrdy.",
        False,
    ),
    (
        "r34-tk-japan-science-neg",
        "Ýaponiýa bilen ylmy hyzmatdaşlyk giňelýär",
        "Türkmenistanyň Ylymlar akademiýasy bilen Ýaponiýanyň Sukuba uniwersiteti Garagum çölüniň "
        "ekologiýasyny öwrenmek we ýaş alymlary taýýarlamak boýunça ylalaşyga gol çekdi.",
        False,
    ),
    (
        "r34-tk-turkey-students-neg",
        "Türkiýäniň uniwersitetleri türkmen talyplaryny kabul edýär",
        "Türkiýäniň 20 uniwersiteti täze okuw ýylynda 300 türkmen ýaşyny inženerçilik, lukmançylyk we "
        "maglumat tehnologiýalary hünärleri boýunça okuwa kabul eder.",
        False,
    ),
    (
        "r34-tk-container-train-neg",
        "Hytaýdan Eýrana ilkinji konteýner otlusy Türkmenistanyň üsti bilen geçdi",
        "Hytaý – Gazagystan – Türkmenistan – Eýran demir ýoly arkaly ilkinji konteýner otlusy Serhetýaka "
        "stansiýasyndan geçdi. Ýükleri barlamakda sanly tehnologiýalar ulanyldy.",
        False,
    ),
    (
        "r34-tk-china-station-neg",
        "Hytaýda kosmos stansiýasyna täze ekipaž ugradyldy",
        "Hytaý Szýuçuan kosmodromyndan üç kosmonawty Tyangun orbital stansiýasyna ugratdy. Ekipaž alty "
        "aýyň dowamynda stansiýada ylmy synaglary geçirer, diýip Sinhua habar berdi.",
        False,
    ),
    (
        "r34-tk-culture-days-neg",
        "Aşgabatda Hytaýyň medeniýet günleri geçirildi",
        "Aşgabatda geçirilen Hytaýyň medeniýet günleriniň çäklerinde kaligrafiýa, çaý dabarasy we "
        "halk aýdymlary görkezildi. Konsertde hytaý dilini öwrenýän talyplar çykyş etdiler.",
        False,
    ),
    (
        "r34-tk-athletes-neg",
        "Türkmen türgenleri Hytaýda geçirilen ýaryşda medal aldy",
        "Türkmenistanyň agyr atletika boýunça ýygyndysy Hytaýyň Nanszin şäherinde geçirilen halkara "
        "ýaryşda iki altyn we bir kümüş medal gazandy. Ýygyndynyň düzüminde talyplar hem bardy.",
        False,
    ),
]


# Family probes, written AFTER the set was measured and its misses read (docs/classifier.md, "Round 34
# of issue 12"): new headlines, not the set's, for each family in languages beyond the item it was read
# from, each naming one side only where the family is about the implied side, and look-alikes that
# share its words and must stay out. Each row: (id, headline, relevant).
PROBES_R34_FAMILIES: list[tuple[str, str, bool]] = [
    # a lyceum is a school
    ("r34f-ru-lyceum-bishkek", "Посол КНР подарил компьютерный класс лицею в Бишкеке", True),
    ("r34f-uz-lyceum-samarkand", "Xitoy elchisi Samarqanddagi litseyga kimyo laboratoriyasini sovg‘a qildi", True),
    ("r34f-tg-lyceum-khujand", "Сафири Чин ба литсейи Хуҷанд синфхонаи компютерӣ тақдим кард", True),
    ("r34f-en-lyceum-astana", "Chinese embassy equips a physics lab at an Astana lyceum", True),
    ("r34f-ru-lyceum-turkish-neg", "Турецкий лицей в Бишкеке отметил 30-летие", False),
    ("r34f-ru-licence-neg", "Китайская компания получила лицензию на добычу меди в Таласе", False),
    # a training course taken or completed
    ("r34f-kk-course-xian", "Энергетиктер Сиань қаласында оқу курсынан өтті", True),
    ("r34f-ky-course-urumqi", "Мектеп мугалимдери Үрүмчүдө курстан өтүштү", True),
    ("r34f-uz-course-beijing", "Agronomlar Pekinda o‘quv kursini tamomladi", True),
    ("r34f-tk-course-beijing", "Demirýolçylar Pekinde okuwdan geçdi", True),
    ("r34f-tg-course-urumqi", "Энергетикҳо дар Урумчӣ курси омӯзишӣ гузаштанд", True),
    ("r34f-kk-treatment-neg", "Қазақстандықтар Үрімжіде емдеу курсынан өтті", False),
    ("r34f-ky-treatment-neg", "Кыргызстандыктар Үрүмчүдө дарылоо курсунан өтүштү", False),
    ("r34f-ru-yuan-rate-neg", "Курс юаня к тенге обновил исторический максимум", False),
    # Balasagyn in Chinese
    ("r34f-zh-balasagyn-xju", "巴拉萨根国立大学与新疆大学签署合作协议", True),
    ("r34f-zh-balasagyn-hsk", "巴拉沙衮国立大学孔子学院举办汉语水平考试", True),
    ("r34f-zh-lhasa-forum-neg", "拉萨举办青藏高原生态保护论坛", False),
    # the workshop and Tajik university words as signs of the language
    ("r34f-uz-luban-specialists", "Luban ustaxonasi yangi mutaxassislarni tayyorlaydi", True),
    ("r34f-ky-luban-agreement", "Лубань устаканасы боюнча келишимге кол коюлду", True),
    ("r34f-tg-luban-graduates", "Устохонаи Лубан 50 хатмкунанда омода кард", True),
    ("r34f-uz-craft-workshop-neg", "Buxoroda hunarmandlar ustaxonasi ochildi", False),
    ("r34f-tg-sewing-workshop-neg", "Дар Кӯлоб устохонаи дӯзандагӣ кушода шуд", False),
    ("r34f-tg-peking-ai-neg", "Донишгоҳи Пекин модели нави зеҳни сунъиро муаррифӣ кард", False),
]
