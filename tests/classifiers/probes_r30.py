"""Round-30 probes (issue 12): a blind set of HARD NEGATIVES, written by hand before the rules were run
on any of it and before the vocabulary files were read (docs/classifier.md, "Round 30 of issue 12").
The fresh real sets holdout18–20 let in kinds of stories, not single items: China's own space, AI,
universities and exams reported in Kazakh, Kyrgyz, Uzbek, Tajik or Turkmen (the language implies
the other side); Xinjiang's own Kazakh, Kyrgyz and Tajik minorities; culture days and film weeks; a
delegation's families at a museum; a diplomat praising potential; an investment "based on Chinese
experience"; media, humanitarian, tourism and trade forums; medicine and seed sales; China's science
with Russia, ASEAN or Africa. These are new stories of those kinds and their neighbours.

For each of en, ru, zh, kk, ky, uz (Latin), uzc (Uzbek Cyrillic), tg and tk: 12 hard negatives and 5
relevant look-alikes (a real science, technology or education cooperation story between China and a
Central Asian country that uses the same words: a satellite, AI, electric vehicles, seeds,
medicine), so that a fix that over-reaches shows up. A headline and a lede of one to three sentences
(150–400 characters; Chinese 70–110 characters), as a news agency prints them.

Measured once with the round-29 rules (2026.12.34) in both modes (title and summary; headline alone)
before any rule was written: that is the round's honest figure (docs/classifier.md, "Round 30
figures"). Each row: (id, title, summary, relevant). None is an item of classifiers/eval, of the
shared labelled_dev or an earlier probe, nor nearly one (``test_round30.py`` checks it).
"""

from __future__ import annotations

PROBES_R30: list[tuple[str, str, str, bool]] = [
    # ------------------------------------------------------------------ English
    (
        "r30-en-lunar-orbit-neg",
        "Chang'e-7 probe enters lunar orbit",
        "China's Chang'e-7 probe entered orbit around the Moon on Sunday, the China National Space "
        "Administration said, beginning a survey of water ice near the lunar south pole ahead of a "
        "planned landing next month.",
        False,
    ),
    (
        "r30-en-humanoid-run-neg",
        "Humanoid robots run a half marathon in Beijing",
        "Twenty humanoid robots built by Chinese companies and universities ran alongside thousands of "
        "people in a half marathon in Beijing's Yizhuang district, with the fastest finishing in under "
        "three hours.",
        False,
    ),
    (
        "r30-en-nev-output-neg",
        "China's new energy vehicle output tops 12 million",
        "Chinese carmakers produced more than 12 million electric and plug-in hybrid vehicles in the first "
        "eleven months, the China Association of Automobile Manufacturers reported, with exports up by "
        "a third.",
        False,
    ),
    (
        "r30-en-gaokao-neg",
        "13.4 million sit China's college entrance exam",
        "A record 13.4 million students across China began the two-day gaokao on Saturday, the Ministry "
        "of Education said; AI chatbots suspended their photo-recognition functions during the exam "
        "hours.",
        False,
    ),
    (
        "r30-en-ranking-neg",
        "Tsinghua climbs in global university ranking",
        "Tsinghua University rose to 12th place in this year's world university ranking, while Peking "
        "University and Zhejiang University also gained positions, the publisher said on Wednesday.",
        False,
    ),
    (
        "r30-en-ili-textbooks-neg",
        "Kazakh-language textbooks delivered to Ili schools",
        "Schools in the Ili Kazakh Autonomous Prefecture of Xinjiang received new bilingual textbooks "
        "for the autumn term, the regional education department said, covering 210 primary schools in "
        "Kazakh-populated counties.",
        False,
    ),
    (
        "r30-en-film-week-neg",
        "Chinese film week opens in Astana",
        "Six Chinese feature films, including a historical drama and two animated films, will be "
        "screened at a cinema in Astana this week as part of a film week organised by the Chinese "
        "embassy. Admission is free.",
        False,
    ),
    (
        "r30-en-phone-line-neg",
        "Chinese smartphone brand opens assembly line in Tashkent",
        "A Chinese smartphone maker launched an assembly line at an industrial zone in Tashkent with "
        "capacity for 1.5 million handsets a year, creating 600 jobs, the Ministry of Investment said.",
        False,
    ),
    (
        "r30-en-fertiliser-neg",
        "Kyrgyz farmers receive Chinese fertiliser",
        "A shipment of 5,000 tonnes of mineral fertiliser bought from China arrived in Bishkek ahead of "
        "the spring sowing, the agriculture ministry said, and will be sold to farmers at fixed prices.",
        False,
    ),
    (
        "r30-en-orchards-potential-neg",
        "Ambassador sees great potential in Tajik orchards",
        "Tajikistan has enormous potential in fruit growing and organic farming, the Chinese ambassador "
        "said in an interview, adding that Chinese companies are ready to increase imports of Tajik "
        "dried fruit and lemons.",
        False,
    ),
    (
        "r30-en-media-forum-neg",
        "Media forum gathers journalists in Urumqi",
        "Journalists from Kazakhstan, Kyrgyzstan and Uzbekistan took part in a media forum in Urumqi on "
        "covering the Belt and Road, visiting newsrooms and a cotton farm during the three-day event.",
        False,
    ),
    (
        "r30-en-fusion-magnet-neg",
        "Russian and Chinese physicists test fusion magnet",
        "Scientists from Russia's Kurchatov Institute and the Chinese Academy of Sciences completed tests "
        "of a superconducting magnet for an experimental fusion reactor, the institute said on "
        "Thursday.",
        False,
    ),
    (
        "r30-en-cubesat",
        "Kazakh students to build a cubesat with Chinese university",
        "Students of Al-Farabi Kazakh National University and Harbin Institute of Technology will "
        "jointly design a cubesat under an agreement signed in Almaty; launch is planned on a Chinese "
        "rocket in 2028.",
        True,
    ),
    (
        "r30-en-robotics-lab",
        "Robotics lab opens at Tashkent university with Chinese partner",
        "A robotics and artificial intelligence laboratory equipped by a Chinese university opened at "
        "Tashkent State Technical University, where students will train on industrial robots in joint "
        "courses.",
        True,
    ),
    (
        "r30-en-ev-course",
        "Electric vehicle repair course launched in Bishkek",
        "A Luban Workshop set up with a Chinese vocational college in Bishkek began training Kyrgyz "
        "students to maintain electric vehicles, with Chinese instructors teaching the first cohort of "
        "40.",
        True,
    ),
    (
        "r30-en-wheat-lines",
        "Chinese and Tajik breeders sow new wheat lines",
        "Breeders of the Tajik Academy of Agricultural Sciences and a Chinese agricultural academy sowed "
        "12 new drought-tolerant wheat lines on trial plots near Dushanbe in a joint research project.",
        True,
    ),
    (
        "r30-en-herbal-centre",
        "Medicinal plants research centre opens in Ashgabat",
        "A centre for joint research on medicinal plants was opened at the Turkmen State Medical "
        "University with Chinese partners, who will train Turkmen doctors and pharmacologists in "
        "traditional Chinese medicine.",
        True,
    ),
    # ------------------------------------------------------------------ Russian
    (
        "r30-ru-shenzhou-landing-neg",
        "Три тайконавта вернулись на Землю",
        "Экипаж корабля «Шэньчжоу-21» после шести месяцев работы на китайской орбитальной станции "
        "«Тяньгун» благополучно приземлился во Внутренней Монголии, сообщило Китайское агентство "
        "пилотируемой космонавтики.",
        False,
    ),
    (
        "r30-ru-llm-neg",
        "Китайская нейросеть обошла западных конкурентов",
        "Новая языковая модель компании из Ханчжоу заняла первое место в международном рейтинге по "
        "решению математических задач, сообщают китайские СМИ. Модель распространяется с открытым "
        "кодом.",
        False,
    ),
    (
        "r30-ru-rail-urumqi-neg",
        "Скоростной поезд сократил путь из Ланьчжоу в Урумчи",
        "Новая высокоскоростная линия длиной 1 200 км сократила время в пути между Ланьчжоу и Урумчи до "
        "восьми часов, сообщила Китайская железнодорожная корпорация. Поезда развивают скорость до 250 "
        "км/ч.",
        False,
    ),
    (
        "r30-ru-graduates-neg",
        "В Китае выпустится рекордное число студентов",
        "В этом году китайские вузы окончат 12,7 млн выпускников, сообщило Министерство образования КНР. "
        "Власти запускают программы, чтобы помочь молодежи найти работу в частных компаниях.",
        False,
    ),
    (
        "r30-ru-harvest-feast-neg",
        "Праздник урожая прошел в казахском селе Синьцзяна",
        "Жители волости в Или-Казахском автономном округе отметили окончание сенокоса айтысом, байгой "
        "и концертом; в празднике участвовали около трех тысяч человек, сообщает местное телевидение.",
        False,
    ),
    (
        "r30-ru-culture-days-neg",
        "В Бишкеке открылись Дни культуры Китая",
        "Выставка живописи, концерт артистов пекинской оперы и показ документальных фильмов вошли в "
        "программу Дней культуры Китая, которые продлятся в столице Кыргызстана до конца недели.",
        False,
    ),
    (
        "r30-ru-industrial-park-neg",
        "Китайская компания построит индустриальный парк в Шымкенте",
        "Инвестор из провинции Цзянсу вложит 300 млн долларов в индустриальный парк по производству "
        "стройматериалов и текстиля, соглашение подписано в акимате; планируется создать 2 000 рабочих "
        "мест.",
        False,
    ),
    (
        "r30-ru-drug-registration-neg",
        "Таджикистан упростит регистрацию китайских лекарств",
        "Министерство здравоохранения разрешило ввоз 40 препаратов китайских производителей по "
        "ускоренной процедуре; дистрибьюторы рассчитывают снизить цены на антибиотики и инсулин.",
        False,
    ),
    (
        "r30-ru-ev-assembly-neg",
        "В Джизаке запустили сборку китайских электромобилей",
        "Совместное предприятие с китайским автопроизводителем начало выпуск электромобилей и гибридов "
        "на заводе в Джизакской области; мощность первой очереди — 50 тысяч машин в год.",
        False,
    ),
    (
        "r30-ru-expert-forum-neg",
        "Эксперт: форум в Пекине открыл новые возможности",
        "Директор аналитического центра при президенте Казахстана прокомментировал итоги форума в "
        "Пекине, отметив, что договоренности по логистике и торговле откроют новые возможности для "
        "бизнеса.",
        False,
    ),
    (
        "r30-ru-tour-operators-neg",
        "Туристический форум в Алматы собрал туроператоров из Китая",
        "Более 200 туроператоров из Китая и Казахстана обсудили на форуме в Алматы запуск новых "
        "маршрутов, безвизовый режим и продвижение горнолыжных курортов среди китайских туристов.",
        False,
    ),
    (
        "r30-ru-drought-africa-neg",
        "Китай и страны Африки создадут центр по изучению засухи",
        "Китайская академия наук и университеты Кении и Эфиопии откроют совместный центр по изучению "
        "засухи и опустынивания в Найроби, сообщило агентство Синьхуа.",
        False,
    ),
    (
        "r30-ru-quake-satellites",
        "Казахстанские и китайские ученые займутся космическим мониторингом",
        "Институт ионосферы и Академия космических информационных технологий КНР создадут совместную "
        "лабораторию спутникового мониторинга землетрясений, соглашение подписано в Алматы.",
        True,
    ),
    (
        "r30-ru-ai-grants",
        "Узбекские студенты будут изучать искусственный интеллект в Китае",
        "Сто студентов из Узбекистана в этом году начнут обучение по программам искусственного "
        "интеллекта в университетах Шанхая по государственным стипендиям КНР, сообщило Министерство "
        "высшего образования.",
        True,
    ),
    (
        "r30-ru-surgeons-masterclass",
        "Врачи из Синьцзяна проведут обучение кыргызских коллег",
        "Специалисты Первой клинической больницы Синьцзянского медицинского университета проведут в "
        "Бишкеке мастер-классы по малоинвазивной хирургии для врачей Национального госпиталя.",
        True,
    ),
    (
        "r30-ru-chinese-olympiad",
        "Дни китайского языка прошли в Таджикском национальном университете",
        "Студенты Института Конфуция при ТНУ показали знания китайского языка на олимпиаде, а лучшие "
        "получили стипендии на летнюю стажировку в университетах Китая.",
        True,
    ),
    (
        "r30-ru-cotton-breeding",
        "Туркменские и китайские селекционеры испытают новые сорта хлопчатника",
        "Научно-исследовательский институт хлопководства Туркменистана и Китайская академия "
        "сельскохозяйственных наук начали совместные испытания новых сортов хлопчатника в Ахалском "
        "велаяте.",
        True,
    ),
    # ------------------------------------------------------------------ Chinese
    (
        "r30-zh-mengzhou-neg",
        "梦舟飞船完成首次载人飞行试验",
        "我国新一代载人飞船梦舟日前在酒泉卫星发射中心完成首次载人飞行试验，三名航天员在轨工作十天后安全返回，"
        "标志着载人登月工程取得重要进展，后续还将开展更多试验。",
        False,
    ),
    (
        "r30-zh-humanoid-games-neg",
        "人形机器人运动会在杭州开幕",
        "来自全国四十多家企业和高校的三百余台人形机器人参加跑步、足球和搬运等项目比赛，展示了我国具身智能领域"
        "的最新研发成果，吸引大批市民现场观赛，比赛持续三天。",
        False,
    ),
    (
        "r30-zh-xinjiang-gaokao-neg",
        "新疆今年高考报名人数创新高",
        "新疆维吾尔自治区教育考试院公布，今年全区高考报名人数达到二十八万，其中少数民族考生占比过半，各考点启用"
        "人工智能监考系统，确保考试公平公正，成绩将于下月公布。",
        False,
    ),
    (
        "r30-zh-tekes-school-neg",
        "伊犁州一所哈萨克族中学新建实验室",
        "伊犁哈萨克自治州特克斯县一所中学今年秋季起开设国家通用语言和哈萨克语双语课程，学校新建了物理、化学和"
        "生物实验室，覆盖全校一千二百名学生和八十名教师。",
        False,
    ),
    (
        "r30-zh-film-week-neg",
        "中国电影周在塔什干开幕",
        "由中国驻乌兹别克斯坦大使馆主办的中国电影周在塔什干开幕，将放映《流浪地球》等六部影片，乌兹别克斯坦"
        "文化部官员和当地观众数百人出席开幕式，影片均配有俄语字幕。",
        False,
    ),
    (
        "r30-zh-phone-factory-neg",
        "中吉合资手机工厂在比什凯克投产",
        "一家中国企业与吉尔吉斯斯坦合作伙伴合资建设的手机组装厂在比什凯克正式投产，年产能五十万部，产品将销往"
        "中亚各国，为当地创造三百个就业岗位，二期工程明年开工。",
        False,
    ),
    (
        "r30-zh-vegetable-seeds-neg",
        "山东种业企业开拓乌兹别克斯坦市场",
        "一家山东种业公司与乌兹别克斯坦经销商签订合同，今年将向当地出口番茄、黄瓜等蔬菜种子两百吨，并在塔什干"
        "设立销售办事处，为当地农户提供售后技术服务和田间指导。",
        False,
    ),
    (
        "r30-zh-ambassador-orchards-neg",
        "大使：塔吉克斯坦林果业发展潜力巨大",
        "中国驻塔吉克斯坦大使在接受当地媒体采访时表示，塔吉克斯坦光照充足、水资源丰富，发展林果业和畜牧业潜力"
        "巨大，欢迎更多塔方优质农产品进入中国市场。",
        False,
    ),
    (
        "r30-zh-media-forum-neg",
        "中亚国家媒体代表齐聚西安交流新闻报道",
        "来自中亚五国和中国的一百多名媒体代表出席论坛，围绕新闻报道、影视译制和新媒体传播开展交流，并签署多项"
        "媒体合作协议，并共同制作多部纪录片，推动民心相通。",
        False,
    ),
    (
        "r30-zh-asean-expo-neg",
        "数十家东盟科研机构携成果赴南宁参展",
        "展会展出了中国与东盟国家在数字经济、智慧农业和新能源领域的一百余项科技合作成果，吸引多国科研机构和企业"
        "参展，展会为期四天，免费向公众开放，预计接待观众五万人次。",
        False,
    ),
    (
        "r30-zh-robot-surgery-neg",
        "新疆医科大学附属医院完成首例机器人肝脏手术",
        "新疆医科大学第一附属医院日前成功完成自治区首例国产手术机器人辅助肝脏切除手术，患者术后恢复良好，标志着"
        "该院微创外科水平迈上新台阶，手术用时不到三小时。",
        False,
    ),
    (
        "r30-zh-asia-ranking-neg",
        "中国高校在亚洲大学排名中表现亮眼",
        "最新发布的亚洲大学排名中，清华大学、北京大学位列前五，进入前一百名的中国内地高校数量增至二十八所，创"
        "历史新高，多所高校排名较去年大幅上升，浙江大学首次进入前十。",
        False,
    ),
    (
        "r30-zh-joint-satellite",
        "中哈联合研制的遥感卫星成功发射",
        "由中国航天科技集团与哈萨克斯坦航天科学研究院联合研制的遥感卫星在太原成功发射，将用于两国农业、生态和"
        "灾害监测研究，哈方工程师全程参与了卫星的设计与总装。",
        True,
    ),
    (
        "r30-zh-robot-course",
        "塔什干高校开设中乌机器人联合课程",
        "塔什干国立技术大学与哈尔滨工业大学合作开设工业机器人联合课程，首批六十名乌兹别克斯坦学生将在两校学习，"
        "毕业后获得两校颁发的双学位证书，课程用中文和英文讲授。",
        True,
    ),
    (
        "r30-zh-luban-nev",
        "吉尔吉斯斯坦鲁班工坊开设新能源汽车专业",
        "位于比什凯克的鲁班工坊今年新开设新能源汽车维修专业，由天津职业院校派出教师授课，首批招收四十名吉尔吉斯"
        "斯坦学员，学制两年，毕业生可获两国认可的职业证书。",
        True,
    ),
    (
        "r30-zh-wheat-breeding",
        "中塔科研人员联合培育抗旱小麦新品种",
        "中国农业科学院与塔吉克斯坦农业科学院在杜尚别附近的试验田开展联合育种研究，已筛选出十余个适合当地气候的"
        "抗旱小麦品系，明年将在塔北部地区扩大试种面积。",
        True,
    ),
    (
        "r30-zh-tcm-centre",
        "中土传统医药联合研究中心在阿什哈巴德揭牌",
        "该中心由中国中医科学院与土库曼斯坦国立医科大学共建，将开展药用植物联合研究，并为土库曼斯坦培养中医药"
        "专业人才，首批三十名学员明年入学，学制四年。",
        True,
    ),
    # ------------------------------------------------------------------ Kazakh
    (
        "r30-kk-far-side-neg",
        "Қытай Айдың арғы бетіне тағы бір зонд жібереді",
        "Қытай ұлттық ғарыш басқармасы Чанъэ-8 зондын 2028 жылы ұшыруды жоспарлап отыр. Миссия аясында "
        "Ай бетінде ғылыми база салу технологиялары сынақтан өтеді, деп хабарлайды Синьхуа.",
        False,
    ),
    (
        "r30-kk-ai-homework-neg",
        "Қытайда жасанды интеллект мұғалімге көмекші болды",
        "Бейжіңдегі бірқатар мектепте жасанды интеллект негізіндегі көмекші оқушылардың үй тапсырмасын "
        "тексеріп, әр балаға жеке жаттығу ұсынады. Жоба үш жыл ішінде бүкіл елге таратылмақ.",
        False,
    ),
    (
        "r30-kk-gaokao-neg",
        "Қытайда 13 миллионнан астам түлек гаокао тапсырды",
        "Қытайдағы жоғары оқу орындарына түсу емтиханы – гаокаоға биыл 13,4 миллион түлек қатысты. "
        "Емтихан екі-төрт күнге созылып, нәтижелері маусым айының соңында жарияланады.",
        False,
    ),
    (
        "r30-kk-kunes-school-neg",
        "Күнес ауданында 1 500 оқушыға арналған мектеп ашылды",
        "Шыңжаңның Іле қазақ автономиялық облысына қарасты Күнес ауданында жаңа мектеп пайдалануға "
        "берілді. Мектепте компьютер сыныптары, кітапхана мен спорт залы бар, деп хабарлайды жергілікті "
        "теледидар.",
        False,
    ),
    (
        "r30-kk-film-week-neg",
        "Астанада Қытай киноапталығы басталды",
        "Қытай елшілігінің ұйымдастыруымен өтіп жатқан киноапталықта көрермендерге алты көркем фильм "
        "мен екі анимациялық туынды көрсетіледі. Кинокөрсетілімдер тегін өтеді.",
        False,
    ),
    (
        "r30-kk-greenhouse-neg",
        "Қытай тәжірибесі негізінде жылыжай кешені салынады",
        "Түркістан облысында қытайлық инвестор 50 гектар жылыжай кешенін салады. Жоба Қытай тәжірибесі "
        "негізінде жүзеге асырылып, жылына 20 мың тонна көкөніс өндіруге мүмкіндік береді.",
        False,
    ),
    (
        "r30-kk-crossover-neg",
        "Қостанайда қытайлық көліктерді құрастыру басталды",
        "Қостанайдағы зауытта қытайлық автокөлік брендінің кроссоверлерін құрастыру басталды. Кәсіпорын "
        "жылына 30 мың көлік шығаруды көздеп отыр, оның бір бөлігі экспортқа жіберіледі.",
        False,
    ),
    (
        "r30-kk-fertiliser-neg",
        "Шаруаларға қытайлық тыңайтқыш жеткізілді",
        "Жамбыл облысының шаруаларына көктемгі егіс алдында Қытайдан сатып алынған 8 мың тонна "
        "минералды тыңайтқыш жеткізілді. Тыңайтқыш субсидияланған бағамен сатылады.",
        False,
    ),
    (
        "r30-kk-envoy-grain-neg",
        "Қытай елшісі: аграрлық әлеует өте зор",
        "Қытайдың Қазақстандағы елшісі сұхбатында елдің астық, ет және бал өндірісіндегі әлеуетін "
        "жоғары бағалап, қазақстандық өнімдердің Қытай нарығына экспорты арта беретінін айтты.",
        False,
    ),
    (
        "r30-kk-trade-forum-neg",
        "Алматыдағы іскерлік форумда 20 келісімге қол қойылды",
        "Форумға екі елдің 300-ден астам кәсіпкері қатысып, логистика, электронды сауда және ауыл "
        "шаруашылығы өнімдерін экспорттау бойынша 20 келісімге қол қойылды.",
        False,
    ),
    (
        "r30-kk-sco-masters-neg",
        "ШЫҰ университетінде Ресей мен Қытай жаңа бағдарлама ашты",
        "Мәскеудегі ШЫҰ желілік университетінің ресейлік және қытайлық серіктестері энергетика "
        "мамандығы бойынша жаңа магистратура бағдарламасын іске қосты. Оқу орыс және қытай тілдерінде "
        "жүреді.",
        False,
    ),
    (
        "r30-kk-oncology-neg",
        "Үрімжіде 800 төсектік онкологиялық орталық ашылды",
        "Шыңжаң медицина университетінің клиникасы жанынан онкологиялық орталық ашылды. Орталық протон "
        "терапиясы құрылғыларымен жабдықталған, деп хабарлайды Синьхуа агенттігі.",
        False,
    ),
    (
        "r30-kk-nanosat-course",
        "Қазақстандық студенттер Қытайда спутник жасауды үйренеді",
        "Әл-Фараби атындағы ҚазҰУ-дың 20 студенті Харбин политехникалық университетінде наноспутник "
        "құрастыру бойынша бір айлық курстан өтеді. Бағдарлама екі университет арасындағы келісім "
        "аясында іске асады.",
        True,
    ),
    (
        "r30-kk-ai-lab",
        "Астанада қытайлық университетпен бірлескен ЖИ зертханасы ашылды",
        "Astana IT University мен Бейжің пошта және телекоммуникация университеті жасанды интеллект "
        "бойынша бірлескен зертхана ашты. Зертханада екі елдің ғалымдары мен магистранттары жұмыс "
        "істейді.",
        True,
    ),
    (
        "r30-kk-luban-ev",
        "Лу Бань шеберханасында электромобиль жөндеу мамандығы ашылды",
        "Шығыс Қазақстан техникалық университетіндегі Лу Бань шеберханасында қытайлық оқытушылар "
        "электромобильдерге қызмет көрсету бойынша 30 студентті оқыта бастады.",
        True,
    ),
    (
        "r30-kk-rice-varieties",
        "Қытай ғалымдарымен бірге күріштің жаңа сорттары сыналуда",
        "Қызылорда облысындағы күріш шаруашылығы ғылыми-зерттеу институты Қытай ауыл шаруашылығы "
        "ғылымдары академиясымен бірлесіп тұзға төзімді күріштің жаңа сорттарын сынап жатыр.",
        True,
    ),
    (
        "r30-kk-doctors-urumqi",
        "25 дәрігер Шыңжаң клиникаларында кардиохирургияны үйренді",
        "Денсаулық сақтау министрлігінің бағдарламасы бойынша 25 қазақстандық дәрігер Шыңжаң медицина "
        "университетінің клиникаларында кардиохирургия мен онкология бойынша екі айлық тағылымдамадан "
        "өтті.",
        True,
    ),
    # ------------------------------------------------------------------ Kyrgyz
    (
        "r30-ky-eighteen-sats-neg",
        "Кытай бир ракета менен 18 спутник учурду",
        "Кытайдын Тайюань космодромунан «Чанчжэн-6» ракетасы байланыш тармагы үчүн 18 спутникти "
        "орбитага чыгарды. Быйыл Кытай 70тен ашык космостук учурууну пландаштырууда.",
        False,
    ),
    (
        "r30-ky-factory-robots-neg",
        "Кытайдын заводдорунда роботтордун саны 2 миллиондон ашты",
        "Эл аралык робототехника федерациясынын маалыматы боюнча, Кытай өнөр жай роботторун колдонуу "
        "боюнча дүйнөдө биринчи орунда турат. Былтыр өлкөдө 300 миңден ашык жаңы робот орнотулган.",
        False,
    ),
    (
        "r30-ky-fast-rail-neg",
        "Кытайда жаңы ылдам темир жол ишке кирди",
        "Чунцин менен Сиандын ортосундагы ылдам темир жол линиясы ачылып, поезддер саатына 350 "
        "километр ылдамдыкта жүрө баштады. Жол жүрүү убактысы алты сааттан эки саатка кыскарды.",
        False,
    ),
    (
        "r30-ky-graduates-neg",
        "Кытайдын ЖОЖдорун быйыл 12 миллион студент бүтүрөт",
        "Кытайдын Билим берүү министрлигинин маалыматына ылайык, быйыл жогорку окуу жайларды "
        "бүтүрүүчүлөрдүн саны рекорддук деңгээлге жетет. Өкмөт жаштарды жумуш менен камсыз кылуу "
        "үчүн жаңы программа кабыл алды.",
        False,
    ),
    (
        "r30-ky-kyzylsuu-school-neg",
        "Кызылсуудагы кыргыз мектебине жаңы имарат курулду",
        "Шинжаңдын Кызылсуу-Кыргыз автоном облусундагы Ак-Чий ооданында 900 окуучуга ылайыкталган "
        "мектептин жаңы имараты пайдаланууга берилди. Мектепте китепкана жана спорт залы бар.",
        False,
    ),
    (
        "r30-ky-concert-neg",
        "Бишкекте кытай улуттук музыкасынын концерти болот",
        "Филармонияда Шинжаң ансамблинин артисттери кытай улуттук аспаптарында концерт коюшат. "
        "Концерт Кытай маданиятынын күндөрүнүн алкагында өтүп, кирүү акысыз болот.",
        False,
    ),
    (
        "r30-ky-families-museum-neg",
        "Кытай делегациясынын үй-бүлөлөрү тарых музейине барышты",
        "Кытайдан келген расмий делегациянын мүчөлөрүнүн жубайлары жана балдары Улуттук тарых "
        "музейине барып, кыргыз элинин көчмөн маданияты жана Манас эпосу менен таанышышты.",
        False,
    ),
    (
        "r30-ky-glass-park-neg",
        "Чүйдө кытай инвесторлору индустриалдык парк курат",
        "Чүй облусунда кытайлык компаниялар 120 миллион долларлык индустриалдык парк куруу боюнча "
        "келишим түзүштү. Паркта курулуш материалдарын жана айнек чыгаруучу ишканалар жайгашат.",
        False,
    ),
    (
        "r30-ky-cheaper-drugs-neg",
        "Кытайдын дарылары дарыканаларда арзандайт",
        "Саламаттыкты сактоо министрлиги кытайлык фармацевтикалык компаниялар менен 60 дары-дармекти "
        "түз сатып алуу боюнча макулдашууга келди. Дарылардын баасы 30 пайызга төмөндөйт деп "
        "күтүлүүдө.",
        False,
    ),
    (
        "r30-ky-osh-forum-neg",
        "Ош шаарында гуманитардык форум өттү",
        "Форумга Кытай, Казакстан жана Өзбекстандын коомдук уюмдары, журналисттер жана маданият "
        "ишмерлери катышып, элдер ортосундагы достукту чыңдоо жана туризмди өнүктүрүү маселелерин "
        "талкуулашты.",
        False,
    ),
    (
        "r30-ky-envoy-tourism-neg",
        "Кытай элчиси: туризм потенциалы абдан чоң",
        "Кытайдын Кыргызстандагы элчиси маегинде Ысык-Көл жана тоолуу аймактар кытайлык туристтерди "
        "кызыктырарын белгилеп, эки өлкөнүн ортосунда жаңы авиакаттамдар ачыларын билдирди.",
        False,
    ),
    (
        "r30-ky-lunar-station-neg",
        "Кытай менен Орусия Айда станция курууну талкуулашты",
        "Кытай улуттук космос башкармалыгы менен «Роскосмос» Айда эл аралык илимий станция куруу "
        "долбоорунун кийинки баскычы боюнча макулдашууга кол коюшту. Станция 2035-жылга чейин курулат.",
        False,
    ),
    (
        "r30-ky-small-sat",
        "Кыргыз студенттери кытайлык адистер менен кичи спутник жасашат",
        "Кыргыз мамлекеттик техникалык университетинин студенттери Бейжиңдеги авиация жана "
        "космонавтика университетинин адистери менен биргеликте кичи спутник иштеп чыгуу боюнча "
        "долбоорду баштады.",
        True,
    ),
    (
        "r30-ky-govt-grants",
        "Кытайдын ЖОЖдоруна 200 кыргызстандык студент грант алды",
        "Кытай өкмөтүнүн стипендиясы боюнча быйыл 200 кыргызстандык жаш Кытайдын жогорку окуу "
        "жайларында бакалавриат жана магистратурада окуйт, деп билдирди Билим берүү министрлиги.",
        True,
    ),
    (
        "r30-ky-robotics-course",
        "Бишкекте кытайлык мугалимдер робототехника курсун ачышты",
        "Шинжаң университетинин окутуучулары Бишкектеги Конфуций институтунда мектеп окуучулары үчүн "
        "робототехника жана программалоо боюнча акысыз курс ачышты.",
        True,
    ),
    (
        "r30-ky-potato-trials",
        "Кытайлык окумуштуулар менен картөшкөнүн жаңы сорттору сыналууда",
        "Кыргыз улуттук агрардык университети Кытай айыл чарба илимдер академиясы менен биргеликте "
        "Нарын облусундагы тажрыйба талааларында картөшкөнүн 15 жаңы сортун сынап жатат.",
        True,
    ),
    (
        "r30-ky-acupuncture-centre",
        "Ошто кытай медицинасы боюнча окуу борбору ачылды",
        "Ош мамлекеттик университетинин медицина факультетинде кытайлык университет менен биргеликте "
        "салттуу кытай медицинасы боюнча окуу борбору ачылып, студенттер акупунктура боюнча билим "
        "алышат.",
        True,
    ),
    # ------------------------------------------------------------------ Uzbek (Latin)
    (
        "r30-uz-heavy-rocket-neg",
        "Xitoy Oyga uchish uchun og'ir raketani sinovdan o'tkazdi",
        "Xitoy milliy kosmik boshqarmasi «Changzheng-10» og'ir raketasining dvigatellarini Venchan "
        "kosmodromida sinovdan o'tkazdi. Raketa 2030-yilgacha odamni Oyga yetkazishi kerak.",
        False,
    ),
    (
        "r30-uz-ai-xray-neg",
        "Xitoyda sun'iy intellekt shifokorlarga yordam bermoqda",
        "Shanxaydagi shifoxonalarda sun'iy intellekt tizimi rentgen tasvirlarini bir necha soniyada "
        "tahlil qilib, shifokorlarga tashxis qo'yishda yordam bermoqda, deb xabar beradi Sinxua.",
        False,
    ),
    (
        "r30-uz-ev-exports-neg",
        "Xitoy elektromobillar eksporti bo'yicha yetakchi bo'ldi",
        "Xitoy avtomobil ishlab chiqaruvchilari assotsiatsiyasi ma'lumotlariga ko'ra, yil boshidan beri "
        "mamlakatdan 2 milliondan ortiq elektromobil eksport qilindi. Asosiy bozorlar Yevropa va "
        "Janubi-Sharqiy Osiyo bo'ldi.",
        False,
    ),
    (
        "r30-uz-entrance-exams-neg",
        "Xitoyda oliy o'quv yurtlariga kirish imtihonlari boshlandi",
        "Xitoyda 13 milliondan ortiq bitiruvchi gaokao deb ataladigan yagona kirish imtihonini "
        "topshirmoqda. Imtihon davomida ko'chalarda tirbandlikni kamaytirish uchun qo'shimcha choralar "
        "ko'rildi.",
        False,
    ),
    (
        "r30-uz-kashgar-grapes-neg",
        "Qashqarda an'anaviy uzum bayrami o'tdi",
        "Shinjon-Uyg'ur avtonom rayonining Qashqar shahrida uzum yetishtiruvchilar bayrami bo'lib o'tdi. "
        "Bayramda dehqonlar hosilni namoyish qildi, milliy raqs va qo'shiqlar ijro etildi.",
        False,
    ),
    (
        "r30-uz-painters-neg",
        "Toshkentda Xitoy rassomlari ko'rgazmasi ochildi",
        "Badiiy akademiya ko'rgazmalar zalida Xitoyning zamonaviy rassomlari asarlari namoyish "
        "etilmoqda. Ko'rgazmada an'anaviy xitoy xattotligi va tush rasmlari ham bor, u bir oy davom "
        "etadi.",
        False,
    ),
    (
        "r30-uz-smartphones-neg",
        "Andijonda xitoy smartfonlari ishlab chiqarila boshlandi",
        "Xitoy kompaniyasi bilan hamkorlikda tashkil etilgan qo'shma korxona Andijon erkin iqtisodiy "
        "zonasida yiliga 1 million dona smartfon ishlab chiqarishni yo'lga qo'ydi. 500 ta ish o'rni "
        "yaratildi.",
        False,
    ),
    (
        "r30-uz-vegetable-seeds-neg",
        "Xitoydan 300 tonna sabzavot urug'i keltirildi",
        "Qishloq xo'jaligi vazirligi ma'lumotiga ko'ra, yangi mavsum uchun Xitoydan pomidor, bodring va "
        "qalampir urug'lari import qilindi. Urug'lar fermerlarga kafolatlangan narxda sotiladi.",
        False,
    ),
    (
        "r30-uz-greenhouse-neg",
        "Xitoy tajribasi asosida issiqxona majmuasi quriladi",
        "Samarqand viloyatida xitoylik investor 40 million dollarlik issiqxona majmuasini barpo etadi. "
        "Loyiha Xitoy tajribasi asosida amalga oshirilib, yiliga 15 ming tonna meva-sabzavot "
        "yetishtiriladi.",
        False,
    ),
    (
        "r30-uz-journalists-neg",
        "Pekinda jurnalistlar forumi o'tdi",
        "«Bir makon, bir yo'l» tashabbusi doirasidagi media forumda Markaziy Osiyo mamlakatlaridan kelgan "
        "jurnalistlar Xitoy OAV vakillari bilan axborot almashinuvi va qo'shma reportajlarni muhokama "
        "qildi.",
        False,
    ),
    (
        "r30-uz-summit-expert-neg",
        "Ekspert: Xitoy – Markaziy Osiyo sammiti yangi imkoniyatlar ochdi",
        "Strategik va mintaqalararo tadqiqotlar instituti direktori sammit natijalarini sharhlab, "
        "transport yo'laklari, savdo va investitsiyalar bo'yicha kelishuvlar mintaqa uchun katta "
        "ahamiyatga ega ekanini ta'kidladi.",
        False,
    ),
    (
        "r30-uz-asean-digital-neg",
        "Xitoy va ASEAN davlatlari raqamli hamkorlik markazini ochadi",
        "Xitoy va Janubi-Sharqiy Osiyo davlatlari uyushmasi Nanning shahrida raqamli texnologiyalar va "
        "sun'iy intellekt bo'yicha hamkorlik markazini ochishga kelishib oldi, deb xabar beradi Sinxua.",
        False,
    ),
    (
        "r30-uz-remote-sensing",
        "O'zbek mutaxassislari Xitoy bilan birgalikda sun'iy yo'ldosh yaratadi",
        "«O'zbekkosmos» agentligi va Xitoy aerokosmik texnologiyalar akademiyasi masofadan zondlash "
        "sun'iy yo'ldoshini birgalikda ishlab chiqish va o'zbek muhandislarini tayyorlash bo'yicha "
        "shartnoma imzoladi.",
        True,
    ),
    (
        "r30-uz-ai-masters",
        "Xitoy universitetlarida sun'iy intellektni o'rganish uchun grantlar",
        "Oliy ta'lim vazirligi 150 nafar o'zbekistonlik yosh Xitoyning yetakchi universitetlarida sun'iy "
        "intellekt yo'nalishi bo'yicha magistraturada o'qishi uchun grant olganini ma'lum qildi.",
        True,
    ),
    (
        "r30-uz-ev-training",
        "Texnikumda elektromobillarni ta'mirlash o'quv markazi ochildi",
        "Xitoy avtomobil kompaniyasi va Tyanszin kasb-hunar kolleji ko'magida Jizzax politexnika "
        "texnikumida elektromobillarni ta'mirlash bo'yicha o'quv markazi ochildi, unda 60 nafar talaba "
        "o'qiydi.",
        True,
    ),
    (
        "r30-uz-cotton-trials",
        "Xitoylik olimlar bilan paxtaning yangi navlari sinalmoqda",
        "Paxta seleksiyasi, urug'chiligi va yetishtirish agrotexnologiyalari ilmiy-tadqiqot instituti "
        "Xitoy qishloq xo'jaligi fanlari akademiyasi bilan hamkorlikda 20 ta yangi navni sinamoqda.",
        True,
    ),
    (
        "r30-uz-herbal-centre",
        "Buxoro tibbiyot instituti xitoylik hamkorlar bilan dorivor o'simliklarni o'rganadi",
        "Buxoro davlat tibbiyot instituti va Xitoyning Xenan an'anaviy tibbiyot universiteti dorivor "
        "o'simliklarni o'rganish bo'yicha qo'shma ilmiy markaz ochdi, unda talabalar ham tahsil oladi.",
        True,
    ),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    (
        "r30-uzc-tiangong-crew-neg",
        "Хитой орбитал станциясига янги экипаж жўнатилди",
        "Цзюцюань космодромидан учирилган «Шэньчжоу» кемаси уч нафар тайконавтни «Тяньгун» "
        "станциясига етказди. Экипаж олти ой давомида илмий тажрибалар ўтказади, деб хабар беради "
        "Синьхуа.",
        False,
    ),
    (
        "r30-uzc-robot-dogs-neg",
        "Хитойда робот-итлар полицияга ёрдам бермоқда",
        "Хитойнинг бир қатор шаҳарларида сунъий интеллект билан жиҳозланган робот-итлар вокзал ва "
        "майдонларда патрул хизматини ўтамоқда. Улар кечаси ҳам ишлай олади.",
        False,
    ),
    (
        "r30-uzc-fast-train-neg",
        "Хитойда соатига 400 километр тезликдаги поезд синовдан ўтди",
        "Хитой давлат темир йўл корпорацияси янги авлод тезюрар поездини Фучжоу — Сямэнь линиясида "
        "синовдан ўтказди. Поезд 2027 йилда йўловчи ташишни бошлайди.",
        False,
    ),
    (
        "r30-uzc-world-ranking-neg",
        "Хитой университетлари жаҳон рейтингида юқорилади",
        "Жаҳоннинг энг яхши 500 та университети рейтингида Хитойнинг 40 дан ортиқ олий таълим "
        "муассасаси ўрин олди. Цинхуа ва Пекин университетлари биринчи йигирматаликка кирди.",
        False,
    ),
    (
        "r30-uzc-urumqi-hospital-neg",
        "Урумчида кўп тармоқли янги шифохона очилди",
        "Шинжон-Уйғур автоном районининг маъмурий маркази Урумчида 1200 ўринли кўп тармоқли шифохона "
        "фойдаланишга топширилди. Шифохона замонавий жарроҳлик ускуналари билан жиҳозланган.",
        False,
    ),
    (
        "r30-uzc-culture-days-neg",
        "Самарқанд Хитой санъат усталари ва ҳунармандларини кутиб олди",
        "Хитой маданияти кунлари доирасида Самарқандда хитой санъат усталари концерти, анъанавий чой "
        "маросими ва ҳунармандлар кўргазмаси ташкил этилди. Тадбирлар уч кун давом этади.",
        False,
    ),
    (
        "r30-uzc-textile-jv-neg",
        "Наманганда хитойлик шериклар билан тўқимачилик корхонаси очилди",
        "Қўшма корхона йилига 20 минг тонна ип-калава ва трикотаж маҳсулотлари ишлаб чиқаради. Лойиҳа "
        "қиймати 80 миллион долларни ташкил этади, 1500 та янги иш ўрни яратилди.",
        False,
    ),
    (
        "r30-uzc-drug-plant-neg",
        "Хитой фармацевтика компанияси дори заводи қуради",
        "Тошкент вилоятида хитойлик инвестор антибиотиклар ва инъекция эритмалари ишлаб чиқарадиган "
        "завод қуради. Корхона 2027 йилда ишга тушиши режалаштирилган.",
        False,
    ),
    (
        "r30-uzc-fertiliser-neg",
        "Фермерларга хитой минерал ўғитлари сотилади",
        "Қишлоқ хўжалиги вазирлиги Хитойдан 10 минг тонна азотли ва фосфорли ўғит олиб келинганини "
        "маълум қилди. Ўғитлар биржа орқали фермер хўжаликларига сотилади.",
        False,
    ),
    (
        "r30-uzc-envoy-cherries-neg",
        "Элчи: мевачиликда катта салоҳият бор",
        "Хитойнинг Ўзбекистондаги элчиси интервьюда мамлакат боғдорчилик ва узумчилик соҳасидаги "
        "салоҳиятини юқори баҳолаб, ўзбек гилоси ва қуруқ мевалари Хитой бозорида талабгир эканини "
        "айтди.",
        False,
    ),
    (
        "r30-uzc-bukhara-tourism-neg",
        "Бухорода туризм форуми бўлиб ўтди",
        "Форумда Хитой, Қозоғистон ва Туркиянинг туроператорлари Бухоро ва Хивага янги туристик "
        "маршрутлар очиш, чартер рейслар ва визасиз режим масалаларини муҳокама қилишди.",
        False,
    ),
    (
        "r30-uzc-arctic-neg",
        "Хитой ва Россия олимлари Арктикада тадқиқот ўтказади",
        "Хитой Фанлар академияси ва Россия Фанлар академияси Арктикада иқлим ўзгаришини ўрганиш бўйича "
        "қўшма экспедиция ташкил этишга келишди. Экспедиция ёзда бошланади.",
        False,
    ),
    (
        "r30-uzc-aerospace",
        "Ўзбекистонлик талабалар Хитойда аэрокосмик муҳандисликни ўрганади",
        "Тошкент давлат техника университети ва Бэйхан университети ўртасидаги келишувга кўра, 30 "
        "нафар талаба аэрокосмик муҳандислик бўйича қўшма дастурда таҳсил олади.",
        True,
    ),
    (
        "r30-uzc-robotics-lab",
        "Андижонда хитойлик ҳамкорлар билан робототехника лабораторияси очилди",
        "Андижон давлат университетида Хитойнинг Чжэцзян университети билан ҳамкорликда "
        "робототехника ва сунъий интеллект лабораторияси очилди, унда ўқитувчилар малака оширади.",
        True,
    ),
    (
        "r30-uzc-luban-ev",
        "Электромобил устаси бўлишни Лу Бань устахонасида ўрганишади",
        "Наманган муҳандислик-қурилиш институтидаги Лу Бань устахонасида Хитой коллежи ўқитувчилари "
        "50 нафар талабани электромобиллар ва зарядлаш станцияларига хизмат кўрсатишга ўргатмоқда.",
        True,
    ),
    (
        "r30-uzc-wheat-breeding",
        "Хитойлик олимлар билан буғдойнинг янги навлари яратилади",
        "Ғаллачилик илмий-тадқиқот институти ва Хитой қишлоқ хўжалиги фанлари академияси "
        "қурғоқчиликка чидамли буғдой навларини биргаликда яратиш бўйича лойиҳани бошлади.",
        True,
    ),
    (
        "r30-uzc-acupuncture",
        "Тошкентда хитой ва ўзбек шифокорлари тажриба алмашди",
        "Тошкент тиббиёт академиясида Хитойнинг Шанхай анъанавий тиббиёт университети билан "
        "ҳамкорликда ўтказилган конференцияда акупунктура бўйича қўшма тадқиқотлар натижалари "
        "тақдим этилди.",
        True,
    ),
    # ------------------------------------------------------------------ Tajik
    (
        "r30-tg-south-pole-neg",
        "Кавшанаки чинӣ дар қутби ҷанубии Моҳ фуруд омад",
        "Кавшанаки «Чанъэ-7» дар минтақаи қутби ҷанубии Моҳ бомуваффақият фуруд омад ва омӯзиши яхи "
        "обро оғоз кард, хабар медиҳад Агентии миллии кайҳонии Чин ба истинод аз Синхуа.",
        False,
    ),
    (
        "r30-tg-ai-lessons-neg",
        "Дар Чин зеҳни сунъӣ дар мактабҳо ҷорӣ мешавад",
        "Вазорати маорифи Чин эълон кард, ки аз соли нави таҳсил дар ҳамаи мактабҳои ибтидоӣ ва миёнаи "
        "кишвар дарсҳои зеҳни сунъӣ ҷорӣ карда мешаванд. Ҳар хонанда дар як сол камаш 8 соат меомӯзад.",
        False,
    ),
    (
        "r30-tg-ev-leader-neg",
        "Чин дар истеҳсоли мошинҳои барқӣ пешсаф аст",
        "Дар нӯҳ моҳи сол ширкатҳои чинӣ беш аз 10 миллион мошини барқӣ истеҳсол карданд, ки қариб "
        "нисфи истеҳсоли ҷаҳонӣ мебошад, хабар медиҳад Ассотсиатсияи истеҳсолкунандагони мошинҳои Чин.",
        False,
    ),
    (
        "r30-tg-graduates-neg",
        "Шумораи хатмкунандагони донишгоҳҳои Чин рекорд шуд",
        "Имсол аз донишгоҳҳои Чин 12,2 миллион нафар хатм мекунанд. Ҳукумати кишвар барои таъмини "
        "ҷойи кор ба ҷавонон барномаи нав қабул кард ва ба ширкатҳо имтиёз медиҳад.",
        False,
    ),
    (
        "r30-tg-tashkurgan-neg",
        "Тоҷикони Ташқурғон иди Баҳорро ҷашн гирифтанд",
        "Сокинони ноҳияи мухтори тоҷикнишини Ташқурғони Синтсзян иди анъанавии Баҳор ё «Шогун»-ро бо "
        "бозиҳои миллӣ, бузкашӣ ва консерти ҳунармандони маҳаллӣ ҷашн гирифтанд.",
        False,
    ),
    (
        "r30-tg-film-week-neg",
        "Дар Душанбе ҳафтаи филмҳои Чин оғоз шуд",
        "Дар доираи ҳафтаи филмҳои Чин дар яке аз кинотеатрҳои пойтахт ҳашт филми бадеӣ ва ҳуҷҷатӣ бо "
        "тарҷумаи тоҷикӣ намоиш дода мешавад. Ворид ба намоишҳо ройгон аст.",
        False,
    ),
    (
        "r30-tg-families-museum-neg",
        "Хонаводаҳои ҳайати Чин аз Осорхонаи миллӣ дидан карданд",
        "Ҳамсарон ва фарзандони аъзои ҳайати расмии Ҷумҳурии Мардумии Чин аз Осорхонаи миллӣ дидан "
        "намуда, бо таърихи қадими тоҷикон ва ганҷинаи Амударё шинос шуданд.",
        False,
    ),
    (
        "r30-tg-cement-neg",
        "Дар Суғд корхонаи семент бо сармояи чинӣ бунёд мешавад",
        "Сармоягузори чинӣ дар вилояти Суғд корхонаи истеҳсоли семент бо иқтидори солона 1,5 миллион "
        "тонна бунёд мекунад. Дар корхона 800 ҷойи нави корӣ таъсис дода мешавад.",
        False,
    ),
    (
        "r30-tg-cotton-seed-sale-neg",
        "Ба деҳқонон тухмии пахтаи чинӣ фурӯхта мешавад",
        "Вазорати кишоварзӣ хабар дод, ки барои мавсими нав аз Чин 2 ҳазор тонна тухмии пахта ворид "
        "карда шуд. Тухмӣ ба хоҷагиҳои деҳқонӣ бо нархи имтиёзнок фурӯхта мешавад.",
        False,
    ),
    (
        "r30-tg-envoy-lemons-neg",
        "Сафир: дар парвариши лиму иқтидори бузург ҳаст",
        "Сафири Чин дар мусоҳиба бо АМИТ «Ховар» гуфт, ки Тоҷикистон дар парвариши лиму, зардолу ва "
        "анор иқтидори бузург дорад ва содироти маҳсулоти кишоварзӣ ба Чин афзоиш хоҳад ёфт.",
        False,
    ),
    (
        "r30-tg-khujand-forum-neg",
        "Дар Хуҷанд форуми тиҷоратии Тоҷикистону Чин баргузор шуд",
        "Дар форум беш аз 150 соҳибкори ду кишвар ширкат варзида, доир ба содироти меваю сабзавот, "
        "логистика ва сохтмон 25 шартнома ба маблағи 300 миллион доллар ба имзо расонданд.",
        False,
    ),
    (
        "r30-tg-africa-rice-neg",
        "Чин ва кишварҳои Африқо маркази илмии кишоварзӣ таъсис медиҳанд",
        "Академияи илмҳои кишоварзии Чин бо донишгоҳҳои Кения ва Танзания дар бораи таъсиси маркази "
        "муштараки тадқиқоти биринҷ ва ҷуворимакка ба созиш расид, хабар медиҳад Синхуа.",
        False,
    ),
    (
        "r30-tg-small-satellite",
        "Донишҷӯёни тоҷик бо мутахассисони чинӣ моҳвора месозанд",
        "Донишгоҳи техникии Тоҷикистон ва Донишгоҳи политехникии шимолу ғарбии Чин дар Душанбе "
        "созишномаи якҷоя сохтани моҳвораи хурди илмӣ ва омӯзиши донишҷӯёнро имзо карданд.",
        True,
    ),
    (
        "r30-tg-study-grants",
        "150 донишҷӯи тоҷик барои таҳсил ба Чин меравад",
        "Бо дастгирии Ҳукумати Чин имсол 150 ҷавони тоҷик дар донишгоҳҳои Чин дар ихтисосҳои муҳандисӣ, "
        "технологияҳои иттилоотӣ ва кишоварзӣ таҳсил хоҳанд кард, хабар дод Вазорати маориф ва илм.",
        True,
    ),
    (
        "r30-tg-luban-ev",
        "Дар Коргоҳи Лу Бан ихтисоси таъмири мошинҳои барқӣ ҷорӣ шуд",
        "Дар Коргоҳи Лу Бан дар Донишгоҳи техникии Тоҷикистон омӯзгорони коллеҷи касбии Тянҷин ба 40 "
        "донишҷӯ таъмир ва хизматрасонии мошинҳои барқиро меомӯзонанд.",
        True,
    ),
    (
        "r30-tg-cotton-trials",
        "Олимони тоҷику чинӣ навъҳои нави пахта месанҷанд",
        "Институти зироаткорӣ ва Академияи илмҳои кишоварзии Чин дар заминҳои таҷрибавии вилояти "
        "Хатлон 12 навъи нави пахтаро якҷоя месанҷанд ва натиҷаҳоро дар маҷаллаи илмӣ нашр мекунанд.",
        True,
    ),
    (
        "r30-tg-doctors-urumqi",
        "Табибони тоҷик дар Урумчӣ таҷрибаомӯзӣ карданд",
        "Бо ташаббуси Вазорати тандурустӣ 20 табиби тоҷик дар клиникаҳои Донишгоҳи тиббии Синтсзян дар "
        "соҳаи ҷарроҳии дил ва онкология ду моҳ таҷрибаомӯзӣ карданд.",
        True,
    ),
    # ------------------------------------------------------------------ Turkmen
    (
        "r30-tk-capsule-neg",
        "Hytaý Aýa uçuş üçin täze gämini synagdan geçirdi",
        "Hytaýyň milli kosmos gullugy Aýa adam ugratmak üçin niýetlenen «Mengzhou» gämisiniň gaýdyp "
        "gelýän kapsulasyny üstünlikli synagdan geçirdi, diýip Sinhua habar berýär.",
        False,
    ),
    (
        "r30-tk-ai-weather-neg",
        "Hytaýda emeli aň ulgamy howany çaklaýar",
        "Hytaýyň meteorologiýa gullugy emeli aňa esaslanýan täze ulgamy ulanyp başlady. Ulgam howa "
        "maglumatyny on gün öňünden çaklaýar we adaty usullardan has takyk netije berýär.",
        False,
    ),
    (
        "r30-tk-rail-length-neg",
        "Hytaýda tizlikli demir ýollaryň uzynlygy 48 müň kilometre ýetdi",
        "Hytaýyň döwlet demir ýol korporasiýasynyň maglumatyna görä, ýurtda tizlikli demir ýollaryň "
        "uzynlygy 48 müň kilometre ýetdi. Bu dünýädäki tizlikli ýollaryň üçden iki bölegidir.",
        False,
    ),
    (
        "r30-tk-entrance-exams-neg",
        "Hytaýda ýokary okuw mekdeplerine giriş synaglary geçirildi",
        "Hytaýda 13 million töweregi uçurym ýokary okuw mekdeplerine giriş synaglaryny tabşyrdy. "
        "Synaglar iki-dört gün dowam etdi, netijeleri iýun aýynyň ahyrynda yglan ediler.",
        False,
    ),
    (
        "r30-tk-childrens-hospital-neg",
        "Pekinde täze çagalar hassahanasy açyldy",
        "Pekiniň günorta böleginde 1 000 orunlyk täze çagalar hassahanasy işe girizildi. Hassahana "
        "häzirki zaman lukmançylyk enjamlary we robot-hirurgiýa ulgamy bilen üpjün edildi.",
        False,
    ),
    (
        "r30-tk-melon-feast-neg",
        "Sinszýanda gawun baýramy geçirildi",
        "Sinszýan-Uýgur awtonom sebitiniň Hami şäherinde ýerli daýhanlaryň gawun baýramy boldy. "
        "Baýramçylykda ýerli ilatyň milli tansy, aýdymlary we gawun sergisi guraldy.",
        False,
    ),
    (
        "r30-tk-culture-days-neg",
        "Paýtagtymyzda hytaý artistleriniň konserti we sergisi guraldy",
        "Hytaýyň medeniýet günleriniň çäklerinde paýtagtymyzda hytaý artistleriniň konserti, amaly-"
        "haşam sungaty sergisi we hytaý filmleriniň görkezilişi guraldy, diýip TDH habar berýär.",
        False,
    ),
    (
        "r30-tk-textile-neg",
        "Lebapda hytaý kompaniýasy bilen dokma toplumy gurulýar",
        "Lebap welaýatynda Hytaýyň kompaniýasy bilen bilelikde ýylda 10 müň tonna nah ýüplük öndürjek "
        "dokma toplumynyň gurluşygy başlandy. Toplumda 900 iş orny dörediler.",
        False,
    ),
    (
        "r30-tk-urea-neg",
        "Türkmen karbamidi Hytaýyň bazaryna çykaryldy",
        "«Türkmenhimiýa» döwlet konserni Hytaýyň kompaniýasy bilen 100 müň tonna karbamid satmak "
        "barada şertnama baglaşdy. Dökün demir ýol arkaly iberiler, diýip habar berilýär.",
        False,
    ),
    (
        "r30-tk-media-forum-neg",
        "Aşgabatda halkara media forumy geçirildi",
        "Foruma Hytaýyň, Russiýanyň, Türkiýäniň we Merkezi Aziýa ýurtlarynyň žurnalistleri gatnaşyp, "
        "metbugat, teleradio we sanly habar serişdeleriniň hyzmatdaşlygyny ara alyp maslahatlaşdylar.",
        False,
    ),
    (
        "r30-tk-envoy-tourism-neg",
        "Ilçi: syýahatçylyk mümkinçilikleri örän uly",
        "Hytaýyň Türkmenistandaky ilçisi interwýusynda Awaza milli syýahatçylyk zolagynyň we taryhy "
        "ýadygärlikleriň hytaý syýahatçylaryny özüne çekjekdigini belläp, gatnawlar artar diýdi.",
        False,
    ),
    (
        "r30-tk-nuclear-russia-neg",
        "Hytaý bilen Russiýa ýadro energetikasy boýunça ylmy merkez açar",
        "Hytaýyň ýadro energetikasy korporasiýasy bilen «Rosatom» döwlet korporasiýasy bilelikdäki "
        "ylmy-barlag merkezini döretmek barada ylalaşdylar. Merkez Şanhaý şäherinde ýerleşer.",
        False,
    ),
    (
        "r30-tk-satellite-course",
        "Türkmen talyplary Hytaýda hemra tehnologiýalaryny öwrenýär",
        "Oguz han adyndaky Inžener-tehnologiýalar uniwersitetiniň 25 talyby Hytaýyň Harbin "
        "politehniki uniwersitetinde hemra tehnologiýalary boýunça okuw maksatnamasyna gatnaşýar.",
        True,
    ),
    (
        "r30-tk-ai-lab",
        "Aşgabatda emeli aň boýunça bilelikdäki laboratoriýa açyldy",
        "Türkmenistanyň Ylymlar akademiýasy bilen Pekin uniwersitetiniň hyzmatdaşlygynda emeli aň we "
        "sanly tehnologiýalar boýunça bilelikdäki ylmy laboratoriýa açyldy, onda ýaş alymlar işlär.",
        True,
    ),
    (
        "r30-tk-ev-school",
        "Hünär mekdebinde elektromobillere hyzmat etmek öwredilýär",
        "Aşgabatdaky awtomobil ulaglary hünär mekdebinde hytaý mugallymlary talyplara elektromobilleri "
        "abatlamagy öwredýär. Okuw Hytaýyň Tianjin hünär kolležiniň maksatnamasy boýunça geçirilýär.",
        True,
    ),
    (
        "r30-tk-cotton-sorts",
        "Türkmen we hytaý alymlary gowaçanyň täze sortlaryny synaýar",
        "Türkmen oba hojalyk uniwersiteti bilen Hytaýyň oba hojalyk ylymlary akademiýasy Ahal "
        "welaýatynyň tejribe meýdanlarynda gowaçanyň 10 täze sortuny bilelikde synagdan geçirýär.",
        True,
    ),
    (
        "r30-tk-herbal-course",
        "Türkmen lukmanlary Pekinde däp bolan lukmançylygy öwrendi",
        "Türkmenistanyň Döwlet lukmançylyk uniwersitetiniň mugallymlary Pekiniň hytaý lukmançylygy "
        "uniwersitetinde däp bolan lukmançylyk we derman ösümlikleri boýunça okuwlara gatnaşdy.",
        True,
    ),
]

# Family probes (headlines), written after the blind set was measured and the vocabulary read: each
# family of its false positives in other languages and words, and relevant headlines sharing its
# words (docs/classifier.md, "Round 30 of issue 12"). Each row: (id, headline, relevant).
PROBES_R30_FAMILIES: list[tuple[str, str, bool]] = [
    # China's own scale (millions of graduates, the gaokao) in a Central Asian language; students
    # who go to China still count
    ("r30f-kk-million-exam-takers", "Қытайда 14 миллион талапкер гаокаодан өтті", False),
    ("r30f-ky-million-graduates", "Кытайда 13 миллион бүтүрүүчү жумуш издейт", False),
    ("r30f-uz-million-students-exam", "Xitoyda 13 million o'quvchi gaokao topshiradi", False),
    ("r30f-tk-million-graduates", "Hytaýda 12 million uçurym iş gözleýär", False),
    ("r30f-tg-number-of-graduates", "Шумораи хатмкунандагони мактабҳои Чин афзуд", False),
    ("r30f-ru-million-graduates", "В Китае 12 миллионов выпускников ищут работу", False),
    ("r30f-kk-students-to-china", "Қазақстандық 300 студент Қытайда оқуға грант алды", True),
    (
        "r30f-ky-graduates-return",
        "Кытайда окуган кыргызстандык бүтүрүүчүлөр мекенине кайтып иштешет",
        True,
    ),
    # Xinjiang's autonomous prefectures; a school in Kyrgyzstan's Kyzyl-Suu is Kyrgyzstan's
    ("r30f-ky-kizilsu-hospital", "Кызылсуу-Кыргыз автоном облусунда жаңы оорукана ачылды", False),
    (
        "r30f-kk-ili-kindergarten",
        "Іле қазақ автономиялық облысының ауылдарына 40 жаңа балабақша берілді",
        False,
    ),
    (
        "r30f-en-ili-school-library",
        "New library for Kazakh schools in Ili Kazakh Autonomous Prefecture",
        False,
    ),
    (
        "r30f-ky-chinese-teachers-kyzyl-suu",
        "Кызыл-Суу айылындагы мектепте кытайлык мугалимдер кытай тилин окутат",
        True,
    ),
    # an ambassador's words alone; an ambassador at a university still counts
    ("r30f-uz-envoy-farming", "Xitoy elchisi: qishloq xo'jaligida salohiyat katta", False),
    ("r30f-tg-envoy-medicine", "Сафири Чин: тиббиёти анъанавӣ ояндаи нек дорад", False),
    (
        "r30f-ky-envoy-university",
        "Кытай элчиси Ош мамлекеттик университетинде студенттер менен жолукту",
        True,
    ),
    ("r30f-zh-envoy-university", "驻塔吉克斯坦大使走访塔吉克国立大学孔子学院", True),
    # culture days, film weeks and festivals; language days and a Confucius Institute still count
    ("r30f-kk-culture-days-almaty", "Алматыда Қытай мәдениеті күндері өтіп жатыр", False),
    ("r30f-uz-film-week-samarkand", "Samarqandda Xitoy kino haftaligi boshlandi", False),
    ("r30f-en-culture-days-dushanbe", "Days of Chinese Culture open in Dushanbe", False),
    ("r30f-ru-festival-kino-ashgabat", "В Ашхабаде проходит фестиваль китайского кино", False),
    (
        "r30f-ru-language-days-bishkek",
        "Кыргызские студенты провели неделю китайского языка в Бишкеке",
        True,
    ),
    (
        "r30f-en-culture-days-confucius",
        "Kazakh students of the Confucius Institute stage Chinese culture days at their university",
        True,
    ),
    # China – Central Asia in Uzbek names both sides; a Chinese centre at a university is a lab
    ("r30f-uz-china-ca-trade-forum", "Xitoy – Markaziy Osiyo savdo forumi Sianda o'tdi", False),
    (
        "r30f-uz-china-ca-university-alliance",
        "Xitoy – Markaziy Osiyo universitetlari ittifoqi kengaydi",
        True,
    ),
]
