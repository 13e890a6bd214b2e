"""Round-41 probes, part A (en, ru, zh): see ``probes_r41.py`` for what the set is and how it was built."""

from __future__ import annotations

PROBES_R41_A: list[tuple[str, str, str, bool]] = [
    # ------------------------------------------------------------------ English
    ("r41-en-expo-stand-neg",
     "Urumqi expo signs $2.1 billion in deals with Kazakh firms",
     "Companies from Kazakhstan and China signed 46 contracts worth $2.1 billion at the China-Eurasia "
     "Expo in Urumqi, covering farm machinery, textiles and building materials. Xinjiang University also "
     "had a stand, showing student design projects next to the exhibitors' tractors.",
     False),
    ("r41-en-invest-forum-neg",
     "Tashkent investment forum closes with $4 billion in Chinese pledges",
     "Chinese investors pledged about $4 billion for Uzbek projects in textiles, cement and housing at the "
     "Tashkent International Investment Forum, where speakers hailed innovation and the digital economy "
     "as the drivers of growth in the coming decade.",
     False),
    ("r41-en-tunnel-drivers-neg",
     "Chinese contractor finishes tunnel on Kyrgyz mountain highway",
     "China Road and Bridge Corporation has finished boring a 3.7-kilometre tunnel on the Bishkek-Osh "
     "highway, with Chinese and Kyrgyz engineers working in shifts through the winter. The company says "
     "it will run training for truck drivers before the road reopens in spring.",
     False),
    ("r41-en-copper-tech-neg",
     "Tajik copper mine starts output using Chinese technology",
     "A copper mine in Tajikistan's Sughd region run by a Chinese-Tajik joint venture poured its first "
     "concentrate on Tuesday. The flotation plant uses Chinese technology and equipment and will process "
     "five million tonnes of ore a year, the company said.",
     False),
    ("r41-en-5g-contract-neg",
     "Turkmentelecom picks Huawei to build the capital's first 5G base stations",
     "ASHGABAT - Turkmentelecom has signed a contract with China's Huawei to supply base stations for a 5G "
     "network in the capital, state media said. The rollout, the first in the country, should cover "
     "Ashgabat's business districts by the end of next year.",
     False),
    ("r41-en-medical-mission-neg",
     "Chinese medical team ends month of free surgeries in Dushanbe",
     "A team of 18 doctors from a hospital in Xinjiang performed more than 300 free operations in Dushanbe "
     "over a month, the Chinese embassy said. The mission treated cataracts and heart defects and handed "
     "medicines and equipment to the Tajik hospital.",
     False),
    ("r41-en-almaty-dateline-satellites-neg",
     "China puts four remote-sensing satellites into orbit",
     "ALMATY, March 4 - China launched four remote-sensing satellites from the Jiuquan centre on Tuesday, "
     "state media reported, adding to a constellation the country uses for land surveys, crop forecasts "
     "and disaster monitoring.",
     False),
    ("r41-en-korea-biotech-neg",
     "Uzbekistan and South Korea open biotechnology lab in Tashkent",
     "Uzbekistan's Academy of Sciences and a Korean research institute opened a joint biotechnology "
     "laboratory in Tashkent to study cotton pests and drought-tolerant wheat. Officials said the "
     "laboratory's sequencers were bought from suppliers in China and Germany.",
     False),
    ("r41-en-sco-declaration-neg",
     "SCO leaders pledge closer work on trade, energy and security",
     "Leaders of the Shanghai Cooperation Organisation, among them China, Kazakhstan, Kyrgyzstan, "
     "Tajikistan and Uzbekistan, signed a declaration pledging closer cooperation in trade, energy, "
     "transport, security, culture, tourism, sport, education, and science and technology.",
     False),
    ("r41-en-osh-festival-neg",
     "Kyrgyz and Chinese folk ensembles open Silk Road festival in Osh",
     "Folk ensembles from Kyrgyzstan and China's Xinjiang opened a three-day Silk Road culture festival in "
     "Osh on Friday, with students of the city's music college performing traditional dances and a fair of "
     "crafts and national dishes on the main square.",
     False),
    ("r41-en-aliexpress-pickup-neg",
     "AliExpress to open 500 pickup points across Kazakhstan",
     "AliExpress will open 500 parcel pickup points across Kazakhstan this year and cut delivery times "
     "from China to five days, the company said, citing a digital customs system that clears orders from "
     "Chinese sellers before they reach the border.",
     False),
    ("r41-en-africa-agronomists-neg",
     "Chinese university trains African agronomists in drip irrigation",
     "More than 120 agronomists from 20 African countries have finished a course in drip irrigation and "
     "hybrid rice at an agricultural university in Yangling, which says it plans to offer similar courses "
     "to Central Asia and Southeast Asia later.",
     False),
    ("r41-en-luban-drivers-rel",
     "Luban Workshop for train drivers and rail engineers opens in Kazakhstan",
     "A Chinese railway vocational college and a transport college in Almaty opened a Luban Workshop on "
     "Monday that will train locomotive drivers and signalling engineers on Chinese simulators, with "
     "teachers from both countries sharing the courses.",
     True),
    ("r41-en-copper-lab-rel",
     "Tajik and Chinese scientists open joint lab on copper ore processing",
     "The Academy of Sciences of Tajikistan and a Chinese institute of mining research opened a joint "
     "laboratory in Dushanbe that will develop cleaner flotation methods for low-grade copper ore and "
     "train young Tajik metallurgists.",
     True),
    ("r41-en-5g-academy-rel",
     "Huawei opens 5G training academy at Tashkent IT university",
     "Students at a new academy set up by Huawei on the campus of TUIT in Tashkent will learn 5G "
     "networking and cloud computing from courses written with Chinese engineers; the top graduates go "
     "to Shenzhen for internships.",
     True),
    ("r41-en-sport-coaches-rel",
     "Kyrgyz sports academy and Beijing Sport University agree to train coaches together",
     "Kyrgyzstan's State Academy of Physical Culture and Sport and Beijing Sport University signed an "
     "agreement on joint master's courses for football and wrestling coaches and on exchanges of lecturers "
     "in sports science.",
     True),
    # ------------------------------------------------------------------ Russian
    ("r41-ru-chery-plant-neg",
     "Первые кроссоверы Chery сошли с конвейера в Джизакской области",
     "На заводе в Джизакской области начали сборку кроссоверов китайской марки Chery, мощность "
     "предприятия - 50 тысяч машин в год. Китайская сторона провела обучение персонала, на заводе "
     "создано 1200 рабочих мест, сообщили в хокимияте.",
     False),
    ("r41-ru-rail-machinists-neg",
     "Китайский подрядчик начал строить кыргызский участок железной дороги",
     "Китайская компания приступила к работам на участке магистрали Китай - Кыргызстан - Узбекистан. "
     "На объекте заняты китайские и кыргызские инженеры, а для будущих машинистов подрядчик откроет "
     "платные курсы подготовки, сообщили в министерстве транспорта.",
     False),
    ("r41-ru-harbin-fair-neg",
     "Казахстанские экспортёры заключили контракты на ярмарке в Харбине",
     "На Харбинской международной торгово-экономической ярмарке казахстанские компании подписали "
     "соглашения о поставках муки, мёда и масла в Китай на 80 млн долларов. На стенде Казахстана свою "
     "продукцию показал и аграрный университет из Астаны.",
     False),
    ("r41-ru-invest-forum-neg",
     "В Бишкеке прошёл кыргызско-китайский инвестиционный форум",
     "Стороны подписали 15 соглашений на 700 млн долларов в энергетике, логистике и переработке "
     "сельхозпродукции. Участники обсуждали инновации, цифровую экономику и «умные» таможенные посты на "
     "границе Кыргызстана и Китая.",
     False),
    ("r41-ru-almalyk-plant-neg",
     "Новую медную обогатительную фабрику запустили в Алмалыке",
     "Алмалыкский ГМК ввёл в строй фабрику по переработке медной руды, построенную китайской компанией "
     "с использованием китайских технологий. Мощность фабрики - 60 млн тонн руды в год, на ней работают "
     "2,5 тысячи человек.",
     False),
    ("r41-ru-zte-5g-neg",
     "Казахтелеком подписал контракт с ZTE на строительство сети 5G",
     "Оператор заключил контракт с китайской ZTE на поставку оборудования для сети пятого поколения в "
     "20 городах Казахстана. Первые базовые станции заработают в Астане и Алматы до конца года, сообщили "
     "в пресс-службе компании.",
     False),
    ("r41-ru-osh-doctors-neg",
     "Китайские врачи провели бесплатные операции в Оше",
     "Бригада из 15 врачей народной больницы Синьцзяна за две недели провела в Ошской областной "
     "больнице более 200 операций и 1500 консультаций, а также передала медицинское оборудование, "
     "сообщило посольство КНР в Кыргызстане.",
     False),
    ("r41-ru-astana-telescope-neg",
     "Китай завершил сборку крупнейшего полноповоротного радиотелескопа",
     "АСТАНА. 12 мая. КАЗИНФОРМ - Китайские учёные завершили сборку 120-метрового полноповоротного "
     "радиотелескопа в провинции Юньнань, сообщает Синьхуа. Инструмент будет изучать пульсары и быстрые "
     "радиовсплески.",
     False),
    ("r41-ru-turkey-technopark-neg",
     "Кыргызстан и Турция создадут технопарк в Бишкеке",
     "Кыргызстан и Турция подписали соглашение о создании технопарка для IT-компаний и стартапов. По "
     "словам министра цифрового развития, похожие площадки страна прежде обсуждала также с Китаем и "
     "Южной Кореей.",
     False),
    ("r41-ru-asean-ai-neg",
     "Китай и АСЕАН откроют центр искусственного интеллекта в Наньнине",
     "Центр будет готовить специалистов и вести совместные исследования в области ИИ для стран "
     "Юго-Восточной Азии. В министерстве науки и технологий КНР не исключили, что позднее к проекту "
     "подключатся и страны Центральной Азии.",
     False),
    ("r41-ru-urumqi-tourism-neg",
     "Иссык-Куль презентовали студентам Синьцзянского университета",
     "Департамент туризма Кыргызстана провёл в Урумчи презентацию маршрутов по Иссык-Кулю для студентов "
     "и преподавателей Синьцзянского университета, рассказав о безвизовых турах, прямых рейсах и скидках "
     "в пансионатах.",
     False),
    ("r41-ru-sport-institute-match-neg",
     "Студенты-футболисты из Душанбе уступили команде из Синьцзяна",
     "Команда Таджикского института физической культуры в товарищеском матче в Душанбе проиграла "
     "студенческой сборной Синьцзяна со счётом 1:2. Игра прошла в рамках молодёжного турнира ко Дню "
     "молодёжи, сообщили организаторы.",
     False),
    ("r41-ru-luban-auto-rel",
     "В Ташкенте открыли мастерскую Лу Бань по автомобильным технологиям",
     "Мастерская создана Тяньцзиньским профессиональным колледжем и Ташкентским государственным "
     "транспортным университетом: студенты будут изучать ремонт электромобилей на китайских стендах, "
     "а преподаватели пройдут стажировку в Китае.",
     True),
    ("r41-ru-glacier-lab-rel",
     "Учёные Кыргызстана и Китая создадут совместную лабораторию по изучению ледников",
     "Институт водных проблем НАН Кыргызстана и Синьцзянский институт экологии и географии подписали "
     "соглашение о лаборатории, которая будет вести мониторинг ледников Тянь-Шаня и готовить молодых "
     "гляциологов.",
     True),
    ("r41-ru-digital-masters-rel",
     "КазНУ и китайский университет откроют совместную магистратуру по цифровым технологиям",
     "Казахский национальный университет имени аль-Фараби и Сианьский университет электронных "
     "технологий договорились о программе двойного диплома по анализу данных и кибербезопасности, "
     "первые студенты начнут учёбу в сентябре.",
     True),
    ("r41-ru-medical-faculty-rel",
     "Медицинский университет Синьцзяна и ОшГУ откроют совместный факультет",
     "Синьцзянский медицинский университет и Ошский государственный университет договорились о "
     "совместной подготовке врачей общей практики: часть занятий проведут китайские преподаватели, "
     "а стажировка пройдёт в клиниках Урумчи.",
     True),
    # ------------------------------------------------------------------ Chinese
    ("r41-zh-rail-drivers-neg",
     "中吉乌铁路吉尔吉斯斯坦段主体工程开工",
     "中吉乌铁路吉尔吉斯斯坦段主体工程日前开工建设。中方工程技术人员与吉方工程师共同参与施工，"
     "项目公司还将为当地招聘的司机和机车乘务员提供岗前培训，预计带动当地就业五千余人。",
     False),
    ("r41-zh-copper-tech-neg",
     "中企投资的塔吉克斯坦铜矿项目正式投产",
     "由中国企业投资建设的塔吉克斯坦索格德州铜矿项目日前正式投产。项目采用中国技术和设备，"
     "年处理矿石五百万吨，投产后将为当地提供一千二百个工作岗位，并带动配套产业发展。",
     False),
    ("r41-zh-byd-staff-neg",
     "比亚迪乌兹别克斯坦工厂第十万辆新能源汽车下线",
     "比亚迪乌兹别克斯坦吉扎克工厂第十万辆新能源汽车日前下线。工厂投产以来累计培训当地员工"
     "三千余人，产品除供应乌国内市场外，还出口哈萨克斯坦等周边国家。",
     False),
    ("r41-zh-zte-5g-neg",
     "中兴通讯与土库曼斯坦电信签署5G网络建设合同",
     "中兴通讯日前与土库曼斯坦国家电信公司签署合同，将为阿什哈巴德建设5G网络基站。"
     "双方表示，项目完成后将显著提升当地移动网络速度，首批基站计划于明年上半年投入使用。",
     False),
    ("r41-zh-ecommerce-line-neg",
     "哈萨克斯坦电商平台开通中国跨境物流专线",
     "哈萨克斯坦最大的电商平台与中国物流企业合作，开通从义乌到阿拉木图的跨境专线，"
     "借助数字化清关系统，订单送达时间缩短至七天，平台上的中国卖家数量已超过两万家。",
     False),
    ("r41-zh-donated-school-neg",
     "中国企业在吉尔吉斯斯坦捐建的中学落成",
     "由中国企业出资捐建的一所中学日前在吉尔吉斯斯坦楚河州落成启用。学校可容纳六百名学生，"
     "配备了多媒体教室和电脑室，吉方官员对中国企业履行社会责任表示感谢。",
     False),
    ("r41-zh-xian-festival-neg",
     "中国—中亚文化艺术节在西安开幕",
     "中国—中亚文化艺术节日前在西安开幕，来自哈萨克斯坦、乌兹别克斯坦等国的艺术团与西安音乐学院"
     "学生同台演出，展示了丝绸之路沿线的民族歌舞，开幕式吸引了两千多名观众。",
     False),
    ("r41-zh-medical-team-neg",
     "中国援塔吉克斯坦医疗队完成首轮巡诊",
     "中国援塔吉克斯坦医疗队日前在哈特隆州完成首轮巡诊，为当地群众义诊一千余人次，"
     "开展手术八十余台，并向当地医院捐赠了一批药品和医疗器械，受到当地民众欢迎。",
     False),
    ("r41-zh-industry-forum-neg",
     "中国—中亚产业与投资合作论坛在乌鲁木齐举行",
     "论坛期间，中国与中亚五国企业签约项目三十余个，金额逾百亿元。与会嘉宾围绕数字经济、"
     "创新驱动、绿色矿业和跨境物流等议题进行交流，呼吁进一步便利投资和贸易。",
     False),
    ("r41-zh-pakistan-lab-neg",
     "中巴农业遥感联合实验室落户伊斯兰堡",
     "中国与巴基斯坦共建的农业遥感联合实验室日前在伊斯兰堡揭牌，将开展作物监测与灾害预警研究。"
     "中方表示，今后愿将这一合作模式推广至东盟和中亚等地区。",
     False),
    ("r41-zh-sco-declaration-neg",
     "上合组织成员国元首理事会会议发表宣言",
     "上海合作组织成员国元首理事会会议发表宣言，成员国同意在政治、安全、经贸、能源、交通、"
     "人文、旅游、体育、教育和科技等领域深化合作，并支持各国自主选择发展道路。",
     False),
    ("r41-zh-xju-tourism-neg",
     "哈萨克斯坦旅游推介会走进新疆大学",
     "哈萨克斯坦旅游局在新疆大学举办旅游推介会，向师生介绍阿拉木图、突厥斯坦等地的旅游线路，"
     "并宣布对中国公民免签入境政策延长，现场还进行了旅游产品抽奖。",
     False),
    ("r41-zh-luban-rail-rel",
     "中国高校在吉尔吉斯斯坦设立鲁班工坊 培养铁路司机和工程师",
     "由国内一所铁道职业技术学院与吉尔吉斯斯坦交通大学共建的鲁班工坊日前揭牌，"
     "将为吉方培养机车司机和铁路工程技术人员，双方教师共同开发课程并互派交流。",
     True),
    ("r41-zh-copper-research-rel",
     "中塔学者联合攻关铜矿选冶新技术",
     "中国科学院过程工程研究所与塔吉克斯坦国家科学院化学研究所签署协议，双方将联合研究低品位"
     "铜矿的清洁选冶技术，并共同培养塔方青年科研人员，首批成果预计两年内完成中试。",
     True),
    ("r41-zh-5g-talent-rel",
     "华为与塔什干信息技术大学共建5G人才培训中心",
     "华为与乌兹别克斯坦塔什干信息技术大学共建的5G人才培训中心日前揭牌，"
     "中心将开设5G与云计算课程，每年培训学生五百人，优秀学员可赴深圳总部参加为期一个月的实习。",
     True),
    ("r41-zh-school-teachers-rel",
     "新疆教师赴吉尔吉斯斯坦中学教授汉语",
     "新疆师范大学选派的十名汉语教师志愿者抵达吉尔吉斯斯坦，将在比什凯克多所中学开设汉语课程，"
     "这是两国教育部门签署的中文教育合作项目的一部分，为期两年。",
     True),
]
