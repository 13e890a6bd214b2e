"""Round-25 probes (issue 12): a fifth blind set, the first with a title AND a summary, written by hand
before the rules were run on any of it and before the vocabulary files were read (docs/classifier.md,
"Round 25 of issue 12"). The pooled fresh real sets' title-and-summary misses (holdout12–17) have a
vague or one-sided headline whose lede supplies the other side or the subject: "New generation
chooses Chinese" over Kyrgyz schoolchildren at a Confucius Institute, "Delegation visits the museum"
over Chinese archaeologists and a joint excavation, "Nauryz in Beijing" over Kazakh students at a
Beijing university. These imitate them: a headline, then a lede of one to three sentences (150–400
characters) as a news site prints it.

For each of en, ru, zh, kk, ky, uz (Latin), uzc (Uzbek Cyrillic), tg and tk: 8 relevant items
(science, technology or education cooperation between China and a Central Asian country or the
region, decidable from headline and lede) and 6 hard negatives (trade, energy, transport, visas,
sport, tourism, culture-only events, politics, China with ASEAN, Africa or Russia, Central Asia with
Russia, Turkey or Korea, Xinjiang's domestic news).

Measured once with the round-24 rules (2026.12.27) in both modes (title and summary; headline alone)
before any rule was written: that is the round's honest figure (docs/classifier.md, "Round 25
figures"). Each row: (id, title, summary, relevant). None is an item of classifiers/eval, of the
shared labelled_dev or an earlier probe (``test_round25.py`` checks it).
"""

from __future__ import annotations

PROBES_R25: list[tuple[str, str, str, bool]] = [
    # ------------------------------------------------------------------ English
    ('r25-en-new-generation', 'A new generation chooses Chinese',
     'More than 600 schoolchildren in Bishkek are now learning Chinese at the Confucius Institute of the '
     'Kyrgyz National University, where teachers from Xinjiang Normal University run weekend classes.', True),
    ('r25-en-museum-delegation', 'Delegation visits the national museum',
     "Archaeologists from Northwest University in Xi'an met Tajik colleagues in Dushanbe to review finds "
     'from their joint excavation in the Zarafshan valley and plan the next field season.', True),
    ('r25-en-nauryz-beijing', 'Nauryz celebrated in Beijing',
     'Kazakh students of Beijing Language and Culture University marked the spring holiday with their '
     'Chinese classmates; about 400 young Kazakhs study at the university on government scholarships.', True),
    ('r25-en-bright-minds', 'Bright minds meet in Urumqi',
     'Young researchers from Kazakhstan, Uzbekistan and Kyrgyzstan presented their work on drought-'
     'resistant crops at a summer school hosted by the Xinjiang Institute of Ecology and Geography.', True),
    ('r25-en-first-graduates', 'First graduates receive diplomas',
     'Forty engineers trained at the Luban Workshop in Tashkent received certificates in railway '
     'automation, after a two-year course designed with Tianjin Railway Technical and Vocational College.', True),
    ('r25-en-glacier-data', 'Sharing data on melting glaciers',
     'Scientists of the Chinese Academy of Sciences and the Kyrgyz Institute of Water Problems agreed to '
     'pool their glacier monitoring records from the Tien Shan and publish them in a joint database.', True),
    ('r25-en-scholarship-winners', 'Names of scholarship recipients published',
     "Turkmenistan's Ministry of Education named 120 students who will continue their studies at Chinese "
     'universities this autumn under the bilateral scholarship programme.', True),
    ('r25-en-smart-farming', 'Smart farming comes to the valley',
     'A pilot drip-irrigation and sensor network developed with researchers from China Agricultural '
     "University was launched in Uzbekistan's Fergana region to test water-saving technology.", True),
    ('r25-en-wheat-neg', 'Record shipments this year',
     'Kazakhstan exported 1.2 million tonnes of wheat to China in the first nine months, the agriculture '
     'ministry said, as new grain terminals opened on the border.', False),
    ('r25-en-pipeline-neg', 'Fourth line on the agenda',
     'Turkmenistan and China discussed the construction schedule of Line D of the Central Asia-China gas '
     'pipeline during talks in Ashgabat on Tuesday. The two sides also reviewed gas volumes delivered this'
     ' year.', False),
    ('r25-en-football-neg', 'Friendly ends in a draw',
     "Uzbekistan's national football team drew 1-1 with China in a friendly match in Shenzhen ahead of the"
     ' Asian Cup qualifiers. Eldor Shomurodov scored for the visitors in the first half before the hosts '
     'equalised from a penalty.', False),
    ('r25-en-korea-neg', 'New campus opens its doors',
     'A branch of a South Korean university opened in Tashkent, offering engineering and business degrees '
     'to Uzbek students taught by Korean professors. The first intake is 300 students.', False),
    ('r25-en-africa-neg', 'Partnership in science grows',
     'China and the African Union launched a joint research programme on malaria and crop diseases, with '
     'fellowships for 500 African scientists at Chinese laboratories.', False),
    ('r25-en-xinjiang-neg', 'School year begins',
     'More than five million pupils in Xinjiang returned to school on Monday, and the region opened 30 new'
     ' kindergartens in Kashgar and Hotan prefectures. Officials said class sizes would fall.', False),
    # ------------------------------------------------------------------ Russian
    ('r25-ru-new-generation', 'Поколение, которое выбирает китайский язык',
     'Более тысячи школьников Оша изучают китайский язык в классе Конфуция, открытом при поддержке '
     'Синьцзянского педагогического университета; занятия ведут преподаватели из Урумчи.', True),
    ('r25-ru-excavation', 'Делегация посетила раскопки',
     'Китайские археологи из Северо-Западного университета осмотрели городище Актобе в Жамбылской области,'
     ' где они вместе с казахстанскими коллегами третий год ведут совместные раскопки.', True),
    ('r25-ru-young-scientists', 'Молодые учёные обменялись опытом',
     'В Ташкенте прошёл форум молодых исследователей Узбекистана и Китая: более 80 аспирантов представили '
     'совместные проекты в области генетики растений и возобновляемой энергетики.', True),
    ('r25-ru-robots', 'Роботы пришли в школы Душанбе',
     'Китайская компания передала таджикским школам наборы для робототехники и обучила 50 учителей '
     'информатики программированию на курсах в Ханчжоу. Первые кружки открылись в десяти школах.', True),
    ('r25-ru-lab-opens', 'Сейсмологи получили новую лабораторию',
     'Кыргызско-китайская лаборатория по изучению сейсмической активности начала работу в Институте '
     'сейсмологии; оборудование предоставила Китайская администрация по землетрясениям.', True),
    ('r25-ru-study-abroad', 'Учиться за рубежом стало проще',
     'Министерство образования Туркменистана и Пекинский университет подписали соглашение о приёме '
     'туркменских студентов на магистерские программы с 2027 года.', True),
    ('r25-ru-doctors', 'Врачи повысили квалификацию',
     'Двадцать кардиологов из Казахстана прошли стажировку в больницах Шанхая по программе обмена '
     'специалистами, согласованной министерствами здравоохранения двух стран.', True),
    ('r25-ru-space', 'Спутник собрали студенты',
     'Студенты Казахского национального университета вместе с коллегами из Харбинского политехнического '
     'университета собрали наноспутник, который будет запущен китайской ракетой.', True),
    ('r25-ru-trade-neg', 'Товарооборот вырос на треть',
     'Товарооборот Кыргызстана и Китая за десять месяцев превысил 15 млрд долларов, сообщил Нацстатком; '
     'основу импорта составили одежда и техника. Экспорт вырос на 12 процентов.', False),
    ('r25-ru-visa-neg', 'Безвизовый режим продлён',
     'Казахстан и Китай договорились продлить безвизовый режим для туристов до 30 дней, сообщили в МИД '
     'республики. Соответствующее соглашение вступит в силу с 1 января, граждане смогут въезжать без '
     'оформления визы несколько раз в год.', False),
    ('r25-ru-railway-neg', 'Старт строительства дан',
     'На границе Кыргызстана и Китая началось строительство железной дороги Китай — Кыргызстан — '
     'Узбекистан; первый поезд планируется пустить через шесть лет.', False),
    ('r25-ru-russia-neg', 'Новые филиалы откроются',
     'В Узбекистане откроются ещё три филиала российских вузов, в том числе МГУ и МИФИ; обучение будет '
     'вестись на русском языке. Об этом сообщили в министерстве высшего образования, науки и инноваций; '
     'приём документов начнётся летом.', False),
    ('r25-ru-culture-neg', 'Дни культуры прошли в столице',
     'В Астане завершились Дни культуры Китая: гостям показали выступления пекинской оперы, выставку '
     'живописи и мастер-классы по каллиграфии. Мероприятия посетили более десяти тысяч зрителей.', False),
    ('r25-ru-turkey-neg', 'Гранты для студентов',
     'Турция выделит 300 стипендий студентам из Туркменистана на обучение в турецких университетах, '
     'сообщило посольство. Заявки принимаются до 20 февраля, отбор пройдёт в два этапа, включая '
     'собеседование.', False),
    # ------------------------------------------------------------------ Chinese
    ('r25-zh-new-generation', '新一代选择中文',
     '在吉尔吉斯斯坦比什凯克，越来越多的中学生走进孔子学院学习汉语。新疆师范大学派出的汉语教师表示，今年报'
     '名人数比去年增加了三成。孔子学院院长说，学院还将在奥什开设新的教学点，并举办汉语水平考试，为当地青年'
     '赴华留学创造条件。', True),
    ('r25-zh-excavation', '代表团参观博物馆',
     '西北大学考古队与乌兹别克斯坦科学院考古研究所的学者共同参观撒马尔罕博物馆，并总结双方联合考古发掘的最'
     '新成果。双方专家表示，将继续在费尔干纳盆地开展联合考古，并合作出版考古报告，培养青年考古人才。', True),
    ('r25-zh-nauryz', '北京过纳吾肉孜节',
     '在北京语言大学学习的哈萨克斯坦留学生与中国同学一起庆祝纳吾肉孜节。目前该校共有哈萨克斯坦留学生三百余'
     '人。留学生们表演了哈萨克族传统歌舞，学校国际交流处负责人向学生们致以节日祝福。', True),
    ('r25-zh-seeds', '种子跨越天山',
     '中国农业科学院与塔吉克斯坦农业科学院合作培育的小麦新品种在杜尚别试种成功，双方将继续开展育种联合研究'
     '。该品种耐旱、抗病，单产比当地品种提高两成。双方专家表示，明年将扩大示范种植面积，并培训当地农技人员'
     '。', True),
    ('r25-zh-classroom', '课堂搬到了阿什哈巴德',
     '土库曼斯坦国立大学的学生通过远程课堂学习中国高校开设的人工智能课程，首批四十名学员已完成培训。课程由'
     '中方高校教师线上授课，涵盖机器学习和计算机视觉，学员结业后可申请赴华攻读硕士学位。', True),
    ('r25-zh-workshop', '鲁班工坊迎来新学员',
     '位于塔吉克斯坦的鲁班工坊今年招收了120名学员，学习工业机器人与新能源汽车技术，授课教师来自天津职业'
     '院校。工坊自成立以来已培养技术技能人才五百余名，毕业生受到当地企业欢迎。', True),
    ('r25-zh-forum', '青年学者共话未来',
     '来自中国和中亚五国的百余名青年学者在西安参加论坛，围绕生态保护与人工智能开展学术交流。论坛期间，与会'
     '青年学者还参观了西安交通大学和陕西科技馆，并就设立联合研究项目达成共识。', True),
    ('r25-zh-medical', '白衣使者的异国课堂',
     '新疆医科大学的专家赴哈萨克斯坦阿拉木图，为当地医生举办为期两周的微创外科技术培训班。培训班结束后，双'
     '方还就共建远程医疗中心和互派进修医生进行了深入交流，五十余名学员获得结业证书。', True),
    ('r25-zh-trade-neg', '口岸货运量创新高',
     '霍尔果斯口岸今年前十个月进出口货运量突破四千万吨，中哈之间的贸易往来持续升温。其中，农产品和机电产品'
     '进出口增长明显。口岸部门表示，将进一步提升通关效率，优化营商环境。', False),
    ('r25-zh-energy-neg', '光伏项目并网发电',
     '由中国企业承建的乌兹别克斯坦撒马尔罕光伏电站正式并网发电，年发电量可达十亿千瓦时。项目建设期间为当地'
     '创造了两千多个就业岗位，可满足约三十万户家庭的用电需求。', False),
    ('r25-zh-asean-neg', '科技合作结硕果',
     '中国与东盟国家联合建设的十个联合实验室今年取得多项成果，涵盖海洋科学与热带农业。双方还启动了青年科学'
     '家交流计划，将在未来三年内资助三百名东盟青年学者来华开展研究。', False),
    ('r25-zh-xinjiang-neg', '新学期开学',
     '新疆大学迎来五千余名新生，学校新建的图书馆和实验楼正式投入使用。学校今年招生人数创历史新高，新生来自'
     '全国三十一个省区市，其中本科生四千余人、研究生一千余人。', False),
    ('r25-zh-tourism-neg', '旅游包机开通',
     '乌鲁木齐至阿拉木图的旅游包机正式开通，每周往返三班，方便两地游客出行。航空公司表示，包机将使用宽体客'
     '机执飞，单程约两小时，旅游旺季还将增加航班频次。', False),
    ('r25-zh-russia-neg', '中俄青年科学家论坛举行',
     '中俄两国两百余名青年科学家在哈尔滨举行论坛，交流新材料与航天领域的研究成果。论坛由中国科学院和俄罗斯'
     '科学院共同主办，双方签署了十余项合作协议，并宣布设立联合青年基金。', False),
    # ------------------------------------------------------------------ Kazakh
    ('r25-kk-new-generation', 'Жаңа буын қытай тілін таңдайды',
     'Алматыдағы мектеп оқушылары Конфуций институтында қытай тілін үйренуде. Сабақты Шыңжаң педагогикалық'
     ' университетінен келген оқытушылар жүргізеді. Биыл курсқа 300-ден астам бала жазылды.', True),
    ('r25-kk-excavation', 'Делегация мұражайды аралады',
     'Қытайлық археологтар Түркістан облысындағы қалашықта қазақстандық ғалымдармен бірлесіп қазба '
     'жұмыстарын жүргізіп, табылған жәдігерлерді мұражайға тапсырды.', True),
    ('r25-kk-nauryz', 'Пекинде Наурыз тойланды',
     'Пекин шет тілдер университетінде оқитын қазақстандық студенттер қытайлық достарымен бірге Наурыз '
     'мерекесін атап өтті. Кешке университет басшылары мен Қазақстан елшілігінің өкілдері қатысып, '
     'студенттер ұлттық ән мен күй орындады.', True),
    ('r25-kk-grant', 'Грант иегерлері белгілі болды',
     'Қазақстанның 150 түлегі Қытай үкіметінің стипендиясымен Шанхай мен Нанкин университеттерінде '
     'магистратурада білім алады. Іріктеу нәтижесі университеттердің сайтында жарияланды, оқу қыркүйекте '
     'басталады.', True),
    ('r25-kk-lab', 'Зертхана ашылды',
     'Әл-Фараби атындағы ҚазҰУ мен Шыңжаң университеті су ресурстарын зерттейтін бірлескен зертхана ашты. '
     'Зертхана Іле және Ертіс өзендерінің бассейніндегі су сапасын бақылап, екі елдің магистранттары мен '
     'докторанттарына тағылымдама ұйымдастырады.', True),
    ('r25-kk-teachers', 'Мұғалімдер тағылымдамадан оралды',
     'Жиырма информатика мұғалімі Ханчжоуда жасанды интеллект пен робототехника бойынша екі апталық '
     'курстан өтті. Курсты Қытайдың жетекші технологиялық компаниясы ұйымдастырды, мұғалімдер енді алған '
     'білімдерін мектептегі үйірмелерде қолданады.', True),
    ('r25-kk-satellite', 'Ғарыш саласындағы жаңа жоба',
     'Қазақстан мен Қытай ғалымдары жерді қашықтан зондтауға арналған шағын спутник жасауды бастады. '
     'Жобаға әл-Фараби атындағы ҚазҰУ мен Қытай ғылым академиясының ғарыштық институты қатысады, спутник '
     '2028 жылы ұшырылады.', True),
    ('r25-kk-forum', 'Жас ғалымдар бас қосты',
     'Үрімжіде өткен форумда Қазақстан мен Қытайдың жас зерттеушілері экология және цифрлық технологиялар '
     'бойынша жобаларын таныстырды. Форумға 150-ден астам адам қатысты.', True),
    ('r25-kk-trade-neg', 'Тауар айналымы өсті',
     'Қазақстан мен Қытай арасындағы тауар айналымы он айда 30 миллиард долларға жетті, деп хабарлады '
     'сауда министрлігі. Экспорттың негізін мұнай, металл және астық құрады, ал импортта көлік пен техника'
     ' басым.', False),
    ('r25-kk-oil-neg', 'Мұнай құбыры жөнделеді',
     'Қазақстан–Қытай мұнай құбырының Атасу учаскесінде жоспарлы жөндеу жұмыстары басталады. Жөндеу '
     'кезінде мұнай тасымалы уақытша азаяды, деп хабарлады компанияның баспасөз қызметі. Жұмыстар екі '
     'аптаға созылады.', False),
    ('r25-kk-sport-neg', 'Күрестен жарыс өтті',
     'Шымкентте өткен халықаралық күрес турнирінде қазақстандық балуандар Қытай мен Моңғолия спортшыларын '
     'жеңді. Жарысқа 12 елден 200-ден астам спортшы қатысып, қазақстандық құрама жалпы командалық есепте '
     'бірінші орын алды.', False),
    ('r25-kk-russia-neg', 'Студенттер Ресейге аттанады',
     'Биыл 500 қазақстандық түлек Ресей университеттерінде квота бойынша оқиды, деп хабарлады ғылым және '
     'жоғары білім министрлігі. Құжат қабылдау мамыр айында басталады, үміткерлер ҰБТ нәтижесі бойынша '
     'іріктеледі.', False),
    ('r25-kk-xinjiang-neg', 'Іледе мектеп салынды',
     'Іле Қазақ автономиялы облысында 1200 оқушыға арналған жаңа мектеп пайдалануға берілді. Мектепте 48 '
     'сынып бөлмесі, спорт залы мен асхана бар. Аудан әкімдігінің хабарлауынша, биыл өңірде тағы үш мектеп'
     ' салынады.', False),
    ('r25-kk-visa-neg', 'Визасыз режим күшіне енді',
     'Қазақстан мен Қытай азаматтары 30 күнге дейін визасыз жүре алады, деп мәлімдеді СІМ. Келісім '
     'туристік және іскерлік сапарларға қатысты, жұмыс пен оқу үшін виза бұрынғыдай рәсімделеді. Құжат '
     'жаңа жылдан бастап күшіне енеді.', False),
    # ------------------------------------------------------------------ Kyrgyz
    ('r25-ky-new-generation', 'Жаңы муун кытай тилин тандайт',
     'Бишкектеги мектеп окуучулары Конфуций институтунда кытай тилин үйрөнүшүүдө. Сабактарды Шинжаң '
     'педагогикалык университетинин мугалимдери өтөт. Быйыл курстарга 250дөн ашык бала катталды.', True),
    ('r25-ky-excavation', 'Делегация музейге барды',
     'Кытайлык археологдор Чүй өрөөнүндөгү шаар чалдыгында кыргыз окумуштуулары менен бирге казуу иштерин '
     'жүргүзүп жатышат. Табылган буюмдар Улуттук тарых музейине тапшырылды. Казуу иштери үчүнчү жыл катары'
     ' жүрүп жатат, деп билдирди Илимдер академиясы.', True),
    ('r25-ky-students', 'Студенттер Пекинден кайтышты',
     'Кыргыз улуттук университетинин студенттери Пекин университетинде бир айлык жайкы мектепте окуп '
     'келишти. Студенттер жасалма интеллект жана маалымат илими боюнча лекцияларды угушуп, кытайлык '
     'профессорлор менен биргелешкен долбоорлорду талкуулашты.', True),
    ('r25-ky-lab', 'Лаборатория ачылды',
     'Кыргыз мамлекеттик техникалык университети менен Кытайдын Шинжаң университети биргелешкен '
     'лаборатория ачты. Лабораторияда эки өлкөнүн магистранттары жаңыланма энергетика боюнча изилдөө '
     'жүргүзөт.', True),
    ('r25-ky-seismic', 'Жер титирөөнү бирге изилдешет',
     'Кыргызстандын сейсмология институту менен Кытайдын жер титирөө боюнча башкармалыгы жаңы станцияларды'
     ' бирге орнотууга макулдашты. Станциялар Нарын жана Ысык-Көл облустарында орнотулат.', True),
    ('r25-ky-teachers', 'Мугалимдер окуудан кайтты',
     'Отуз информатика мугалими Үрүмчүдө жасалма интеллект боюнча квалификациясын жогорулатты. Курс эки '
     'жумага созулду. Мугалимдер эми мектептерде робототехника ийримдерин ачууну пландап жатышат, деп '
     'билдирди Билим берүү министрлиги.', True),
    ('r25-ky-grant', 'Грант алгандар аныкталды',
     'Кытай өкмөтүнүн стипендиясы менен 200 кыргызстандык студент кытай университеттеринде билим алат. '
     'Тандоонун жыйынтыгы Билим берүү жана илим министрлигинин сайтына жарыяланды. Окуу сентябрда '
     'башталат.', True),
    ('r25-ky-agro', 'Жаңы сорттор сыналууда',
     'Кытайлык агрономдор менен кыргыз илимпоздору Ысык-Көлдө буудайдын жаңы сортторун бирге сынап '
     'жатышат. Сорттор кургакчылыкка туруктуу, түшүмдүүлүгү жергиликтүү сортторго караганда 20 пайызга '
     'жогору. Сыноо эки жылга созулат.', True),
    ('r25-ky-trade-neg', 'Соода көлөмү рекорддук деңгээлде',
     'Кыргызстан менен Кытайдын ортосундагы соода жүгүртүү он айда 15 миллиард долларга жетти. Импорттун '
     'негизин кийим-кече, техника жана курулуш материалдары түздү, деп билдирди Улуттук статистика '
     'комитети.', False),
    ('r25-ky-road-neg', 'Жол курулушу башталды',
     'Кытайлык компания Бишкек – Нарын – Торугарт жолунун жаңы участогун курууну баштады. Участоктун '
     'узундугу 60 чакырым. Курулуш үч жылга созулат, долбоор Азия өнүктүрүү банкынын насыясы менен '
     'каржыланат.', False),
    ('r25-ky-turkey-neg', 'Студенттер Түркияга барышат',
     'Түркия өкмөтү кыргызстандык 300 студентке түрк университеттеринде окууга стипендия берди. Арыздар '
     'февраль айынын аягына чейин кабыл алынат, тандоо эки этапта өтөт. Стипендия окуу акысын жана '
     'жатаканы камтыйт.', False),
    ('r25-ky-sport-neg', 'Футбол боюнча беттеш',
     'Кыргызстандын курама командасы Кытай командасы менен жолдоштук беттеште 2:2 эсебинде тең чыкты. '
     'Беттеш Бишкектеги Дөлөн Өмүрзаков атындагы стадиондо өттү. Курама команда кийинки айда Азия '
     'кубогунун тандоо оюндарына катышат.', False),
    ('r25-ky-culture-neg', 'Борборго кытайлык артисттер келди',
     'Бишкекте Кытай маданият күндөрү башталды: концерт, сүрөт көргөзмөсү жана улуттук тамак-аш фестивалы.'
     ' Иш-чаралар бир жумага созулат, аларга Кытайдын ар кайсы провинцияларынан келген артисттер катышат.', False),
    ('r25-ky-korea-neg', 'Корей тили борбору ачылды',
     'Ош шаарында Корея Республикасынын колдоосу менен корей тили жана маданияты борбору ачылды. Борбордо '
     'корей тилин окутуу курстары, корей ашканасы боюнча мастер-класстар жана кино көрсөтүүлөр уюштурулат.', False),
    # ------------------------------------------------------------------ Uzbek, Latin
    ('r25-uz-new-generation', 'Yangi avlod xitoy tilini tanlamoqda',
     "Samarqanddagi maktab o'quvchilari Konfutsiy institutida xitoy tilini o'rganmoqda. Darslarni Lanchjou"
     " universitetidan kelgan o'qituvchilar olib bormoqda.", True),
    ('r25-uz-excavation', 'Delegatsiya muzeyga tashrif buyurdi',
     "Xitoylik arxeologlar Termiz yaqinidagi qadimiy shahar xarobalarida o'zbek olimlari bilan birgalikda "
     'qazish ishlarini olib bormoqda. Topilmalar Termiz arxeologiya muzeyiga topshirildi, qazishmalar '
     'uchinchi yil davom etmoqda.', True),
    ('r25-uz-students', 'Talabalar Pekindan qaytdi',
     'Toshkent davlat texnika universitetining 40 nafar talabasi Pekin texnologiya institutida yozgi '
     "maktabni tamomladi. Talabalar sun'iy intellekt va ma'lumotlar tahlili bo'yicha ma'ruzalarni tinglab,"
     " xitoylik professorlar bilan qo'shma loyihalarni muhokama qildi.", True),
    ('r25-uz-lab', 'Laboratoriya ochildi',
     "O'zbekiston Fanlar akademiyasi va Xitoy Fanlar akademiyasi qo'shma laboratoriyasi Toshkentda ish "
     "boshladi. Laboratoriyada ikki mamlakat olimlari qurg'oqchilikka chidamli o'simliklar genetikasini "
     "o'rganadi, yosh tadqiqotchilar uchun stajirovkalar tashkil etiladi.", True),
    ('r25-uz-grant', "Grant g'oliblari ma'lum bo'ldi",
     "Xitoy hukumati stipendiyasi bilan 180 nafar o'zbekistonlik yosh Xitoy universitetlarida "
     "magistraturada tahsil oladi. Tanlov natijalari vazirlik saytida e'lon qilindi, o'qish sentabrda "
     'boshlanadi.', True),
    ('r25-uz-teachers', 'Informatika o‘qituvchilari kursni tamomladi',
     "Yigirma nafar informatika o'qituvchisi Shanxayda sun'iy intellekt bo'yicha malaka oshirish kursini "
     "tamomladi. Kurs ikki hafta davom etdi, o'qituvchilar endi maktablarda robototexnika to'garaklarini "
     'ochishni rejalashtirmoqda.', True),
    ('r25-uz-cotton', "Yangi navlar sinovdan o'tmoqda",
     "Xitoylik va o'zbek olimlari birgalikda yaratgan g'o'zaning yangi navi Buxoroda sinovdan "
     "o'tkazilmoqda. Nav qurg'oqchilikka chidamli bo'lib, hosildorligi mahalliy navlardan 15 foiz yuqori. "
     'Sinovlar ikki yil davom etadi.', True),
    ('r25-uz-luban', "Lu Ban ustaxonasida yangi o'quv yili",
     "Toshkentdagi Lu Ban ustaxonasida 150 nafar talaba sanoat robototexnikasi bo'yicha tahsil olmoqda; "
     "o'qituvchilar Tyanjindan kelgan. Ustaxona bitiruvchilari mahalliy korxonalarda ishga joylashmoqda.", True),
    ('r25-uz-trade-neg', "Tovar ayirboshlash o'sdi",
     "O'zbekiston va Xitoy o'rtasidagi tovar ayirboshlash hajmi o'n oyda 12 milliard dollarga yetdi. "
     "Eksportning asosiy qismini to'qimachilik mahsulotlari va meva-sabzavotlar tashkil etdi, deya xabar "
     'berdi Statistika agentligi.', False),
    ('r25-uz-solar-neg', 'Navoiyda yangi quvvatlar',
     'Xitoy kompaniyasi Navoiy viloyatida 500 megavattlik quyosh elektr stansiyasini qurib bitkazdi. '
     'Stansiya yiliga 1 milliard kilovatt-soat elektr energiyasi ishlab chiqaradi va 300 ming xonadonni '
     "elektr bilan ta'minlaydi.", False),
    ('r25-uz-korea-neg', 'Koreya universiteti filiali',
     "Toshkentda Koreya universiteti filiali ochildi, unda o'zbek talabalari muhandislik bo'yicha tahsil "
     "oladi. Birinchi qabulda 300 nafar talaba o'qishga qabul qilindi, darslar ingliz va koreys tillarida "
     'olib boriladi.', False),
    ('r25-uz-tourism-neg', 'Sayyohlar soni oshdi',
     "Bu yil O'zbekistonga Xitoydan 200 ming sayyoh tashrif buyurdi, deya xabar berdi Turizm qo'mitasi. "
     "Sayyohlarning aksariyati Samarqand, Buxoro va Xivaga tashrif buyurgan. Qo'mita keyingi yil bu "
     "ko'rsatkichni ikki barobar oshirishni rejalashtirmoqda.", False),
    ('r25-uz-russia-neg', 'Rossiya oliygohlari filiallari',
     "O'zbekistonda Rossiya oliygohlarining yana uchta filiali ochiladi, dedi vazirlik vakili. Filiallarda"
     " muhandislik, iqtisodiyot va tibbiyot yo'nalishlari bo'yicha ta'lim beriladi, hujjatlar qabuli yozda"
     ' boshlanadi.', False),
    ('r25-uz-rail-neg', "Temir yo'l loyihasi muhokama qilindi",
     "Xitoy–Qirg'iziston–O'zbekiston temir yo'li qurilishi jadvali Toshkentdagi uchrashuvda muhokama "
     'qilindi. Tomonlar loyihani moliyalashtirish va yuk tashish tariflarini ham kelishib oldi.', False),
    # ------------------------------------------------------------------ Uzbek, Cyrillic
    ('r25-uzc-new-generation', 'Янги авлод хитой тилини танламоқда',
     'Андижондаги мактаб ўқувчилари Конфуций институтида хитой тилини ўрганмоқда. Дарсларни Шинжон '
     'педагогика университети ўқитувчилари олиб бормоқда. Бу йил курсларга 200 дан ортиқ бола ёзилди.', True),
    ('r25-uzc-excavation', 'Делегация музейга ташриф буюрди',
     'Хитойлик археологлар Фарғона водийсидаги қадимий шаҳар харобаларида ўзбек олимлари билан биргаликда '
     'қазишма ишларини олиб бормоқда. Топилмалар вилоят ўлкашунослик музейига топширилди, қазишмалар '
     'учинчи йил давом этмоқда.', True),
    ('r25-uzc-students', 'Талабалар Пекиндан қайтди',
     'Самарқанд давлат университетининг 30 нафар талабаси Пекин университетида ёзги мактабни тамомлади. '
     'Талабалар сунъий интеллект ва маълумотлар таҳлили бўйича маърузаларни тинглаб, хитойлик профессорлар'
     ' билан қўшма лойиҳаларни муҳокама қилди.', True),
    ('r25-uzc-lab', 'Лаборатория очилди',
     'Ўзбекистон Фанлар академияси ва Хитой Фанлар академияси қўшма лабораторияси Тошкентда иш бошлади. '
     'Лабораторияда икки мамлакат олимлари қурғоқчиликка чидамли ўсимликлар генетикасини ўрганади, ёш '
     'тадқиқотчилар учун стажировкалар ташкил этилади.', True),
    ('r25-uzc-grant', 'Грант ғолиблари маълум бўлди',
     'Хитой ҳукумати стипендияси билан 150 нафар ўзбекистонлик ёш Хитой университетларида таҳсил олади. '
     'Танлов натижалари вазирлик сайтида эълон қилинди, ўқиш сентябрда бошланади. Грант ўқиш ва ётоқхона '
     'харажатларини қоплайди.', True),
    ('r25-uzc-doctors', 'Шифокорлар малака оширди',
     'Ўн беш нафар ўзбекистонлик шифокор Пекин касалхоналарида кардиология бўйича малака ошириш курсини '
     'ўтади. Курс уч ой давом этади. Шифокорлар қайтгач, Тошкентдаги кардиология марказида янги усулларни '
     'қўллашни бошлайди.', True),
    ('r25-uzc-drones', 'Дронлар далага чиқди',
     'Хитойлик мутахассислар билан биргаликда ишлаб чиқилган қишлоқ хўжалиги дронлари Сирдарёда синовдан '
     'ўтказилмоқда. Дронлар пахта далаларига ўғит ва дори сепиш учун мўлжалланган, улар сув ва ёқилғини '
     'тежашга ёрдам беради.', True),
    ('r25-uzc-forum', 'Ёш олимлар форуми',
     'Тошкентда Ўзбекистон ва Хитой ёш тадқиқотчиларининг илмий форуми бўлиб ўтди, 60 дан ортиқ қўшма '
     'лойиҳа тақдим этилди. Форумда кимё, генетика ва ахборот технологиялари бўйича шўъбалар ишлади.', True),
    ('r25-uzc-trade-neg', 'Товар айирбошлаш ошди',
     'Ўзбекистон ва Хитой ўртасидаги товар айирбошлаш ҳажми ўн ойда 12 миллиард долларга етди. Экспортнинг'
     ' асосий қисмини тўқимачилик маҳсулотлари ва мева-сабзавотлар ташкил этди, дея хабар берди Статистика'
     ' агентлиги.', False),
    ('r25-uzc-gas-neg', 'Газ экспорти камайди',
     'Ўзбекистоннинг Хитойга газ экспорти бу йил икки баравар қисқарди, деди Энергетика вазирлиги. '
     'Вазирлик бунинг сабабини ички истеъмолнинг ошгани билан изоҳлади. Қиш мавсумида газ аҳолига устувор '
     'тарзда етказиб берилади.', False),
    ('r25-uzc-korea-neg', 'Корея билан таълим ҳамкорлиги',
     'Ўзбекистон ва Корея Республикаси таълим вазирликлари талабалар алмашинуви бўйича келишув имзолади. '
     'Келишувга кўра, ҳар йили 200 нафар талаба Корея университетларида бир семестр таҳсил олади, корейс '
     'талабалари эса Тошкентга келади.', False),
    ('r25-uzc-sport-neg', 'Футбол бўйича ўртоқлик учрашуви',
     'Ўзбекистон терма жамоаси Хитой жамоаси билан ўртоқлик учрашувида 2:0 ҳисобида ғалаба қозонди. '
     'Учрашув Тошкентдаги «Миллий» стадионида бўлиб ўтди. Терма жамоа кейинги ойда Осиё кубоги саралаш '
     'ўйинларида иштирок этади.', False),
    ('r25-uzc-visa-neg', 'Визасиз режим жорий этилди',
     'Ўзбекистон ва Хитой фуқаролари 30 кунгача визасиз ташриф буюриши мумкин, деди ТИВ. Келишув туристик '
     'ва ишбилармонлик сафарларига тааллуқли, у янги йилдан кучга киради. Ишлаш ва ўқиш учун виза '
     'аввалгидек расмийлаштирилади.', False),
    ('r25-uzc-culture-neg', 'Пойтахтда Хитой санъати ҳафталиги',
     'Тошкентда Хитой маданияти кунлари бошланди: концерт, расм кўргазмаси ва миллий таомлар фестивали. '
     'Тадбирлар бир ҳафта давом этади, уларда Хитойнинг турли вилоятларидан келган артистлар иштирок '
     'этади.', False),
    # ------------------------------------------------------------------ Tajik
    ('r25-tg-new-generation', 'Насли нав забони чиниро интихоб мекунад',
     'Хонандагони мактабҳои Душанбе дар Донишкадаи Конфутсий забони чиниро меомӯзанд. Дарсҳоро муаллимони '
     'Донишгоҳи омӯзгории Шинҷон мегузаронанд. Имсол ба курсҳо зиёда аз 300 кӯдак номнавис шуд.', True),
    ('r25-tg-excavation', 'Ҳайат аз осорхона дидан кард',
     'Бостоншиносони чинӣ дар водии Зарафшон якҷоя бо олимони тоҷик ҳафриёти бостоншиносиро идома '
     'медиҳанд. Бозёфтҳо ба Осорхонаи миллии Тоҷикистон супурда шуданд. Ҳафриёт соли сеюм аст, ки идома '
     'дорад, хабар дод Академияи илмҳо.', True),
    ('r25-tg-students', 'Сафари илмии донишҷӯён ба охир расид',
     'Сӣ донишҷӯи Донишгоҳи миллии Тоҷикистон дар Донишгоҳи Пекин мактаби тобистонаро хатм карданд. '
     'Донишҷӯён дар бораи зеҳни сунъӣ ва таҳлили маълумот лексияҳо шуниданд ва бо профессорони чинӣ '
     'лоиҳаҳои муштаракро муҳокима карданд.', True),
    ('r25-tg-lab', 'Озмоишгоҳ кушода шуд',
     'Академияи миллии илмҳои Тоҷикистон ва Академияи илмҳои Чин озмоишгоҳи муштараки омӯзиши пиряхҳоро '
     'кушоданд. Дар озмоишгоҳ олимони ду кишвар пиряхҳои Помирро меомӯзанд ва барои муҳаққиқони ҷавон '
     'таҷрибаомӯзӣ ташкил карда мешавад.', True),
    ('r25-tg-grant', 'Барандагони грант муайян шуданд',
     'Бо стипендияи ҳукумати Чин 120 ҷавони тоҷик дар донишгоҳҳои Чин таҳсил хоҳанд кард. Натиҷаҳои озмун '
     'дар сомонаи Вазорати маориф ва илм нашр шуданд. Таҳсил аз моҳи сентябр оғоз мешавад, стипендия '
     'хароҷоти хобгоҳро низ фаро мегирад.', True),
    ('r25-tg-luban', 'Устохонаи Лу Бан хатмкунандагон дорад',
     'Дар устохонаи Лу Бан дар Душанбе 80 нафар донишҷӯ курси технологияҳои саноатиро бо муаллимони чинӣ '
     'хатм карданд. Хатмкунандагон дар корхонаҳои маҳаллӣ ба кор ҷойгир мешаванд.', True),
    ('r25-tg-doctors', 'Табибон таҷриба андӯхтанд',
     'Бист табиби тоҷик дар беморхонаҳои Шанхай курси такмили ихтисосро дар соҳаи ҷарроҳӣ гузаштанд. Курс '
     'се моҳ давом кард. Табибон пас аз бозгашт усулҳои навро дар Маркази миллии тиббӣ дар Душанбе ҷорӣ '
     'мекунанд.', True),
    ('r25-tg-seeds', 'Навъҳои нав санҷида мешаванд',
     'Олимони тоҷик ва чинӣ якҷоя навъҳои нави гандумро дар водии Ҳисор месанҷанд. Навъҳо ба хушксолӣ '
     'тобовар буда, ҳосилнокии онҳо аз навъҳои маҳаллӣ 20 фоиз зиёд аст. Санҷишҳо ду сол идома меёбанд.', True),
    ('r25-tg-trade-neg', 'Гардиши мол афзуд',
     'Гардиши мол байни Тоҷикистон ва Чин дар даҳ моҳ ба 2 миллиард доллар расид. Асоси воридотро либос, '
     'техника ва маводи сохтмонӣ ташкил доданд, хабар дод Агентии омор.', False),
    ('r25-tg-road-neg', 'Сохтмони роҳ оғоз шуд',
     'Ширкати чинӣ сохтмони қитъаи нави роҳи Душанбе – Чанак-ро оғоз кард. Дарозии қитъа 40 километр аст. '
     'Сохтмон се сол идома меёбад ва бо қарзи Бонки рушди Осиё маблағгузорӣ мешавад.', False),
    ('r25-tg-russia-neg', 'Донишҷӯён ба Русия мераванд',
     'Имсол 800 донишҷӯи тоҷик бо квотаи Русия дар донишгоҳҳои Русия таҳсил мекунанд. Ҳуҷҷатҳо то охири '
     'моҳи май қабул мешаванд, интихоб аз рӯи натиҷаи имтиҳонҳои марказонидашуда сурат мегирад.', False),
    ('r25-tg-sport-neg', 'Бозии футбол',
     'Тими мунтахаби Тоҷикистон дар бозии дӯстона бо тими Чин 1:1 мусовӣ кард. Бозӣ дар Варзишгоҳи '
     'марказии Душанбе баргузор шуд. Тими мунтахаб моҳи оянда дар бозиҳои интихобии Ҷоми Осиё ширкат '
     'мекунад.', False),
    ('r25-tg-culture-neg', 'Рӯзҳои фарҳанги Чин',
     'Дар Душанбе Рӯзҳои фарҳанги Чин бо консерт ва намоишгоҳи расмҳо оғоз ёфт. Чорабиниҳо як ҳафта идома '
     'меёбанд ва дар онҳо ҳунармандони музофотҳои гуногуни Чин ширкат мекунанд.', False),
    ('r25-tg-turkey-neg', 'Стипендияҳои Туркия',
     'Ҳукумати Туркия ба 200 донишҷӯи тоҷик барои таҳсил дар донишгоҳҳои Туркия стипендия дод. Дархостҳо '
     'то охири моҳи феврал қабул мешаванд, стипендия хароҷоти таҳсил ва хобгоҳро фаро мегирад.', False),
    # ------------------------------------------------------------------ Turkmen
    ('r25-tk-new-generation', 'Täze nesil hytaý dilini saýlaýar',
     'Aşgabadyň mekdep okuwçylary hytaý dilini öwrenýärler. Sapaklary Pekin dil we medeniýet '
     'uniwersitetinden gelen mugallymlar geçýär. Şu ýyl okuwlara 200-den gowrak okuwçy ýazyldy, diýip '
     'Bilim ministrligi habar berdi.', True),
    ('r25-tk-excavation', 'Wekiliýet muzeýe baryp gördi',
     'Hytaýly arheologlar Merwde türkmen alymlary bilen bilelikde gazuw-agtaryş işlerini alyp barýarlar. '
     'Tapyndylar Türkmenistanyň Milli muzeýine tabşyryldy. Gazuw işleri üçünji ýyl dowam edýär.', True),
    ('r25-tk-students', 'Talyplar Pekinden gaýdyp geldi',
     'Magtymguly adyndaky Türkmen döwlet uniwersitetiniň 25 talyby Pekin uniwersitetinde tomusky mekdebi '
     'tamamlady. Talyplar emeli aň we maglumatlary seljermek boýunça leksiýalary diňläp, hytaýly '
     'professorlar bilen bilelikdäki taslamalary ara alyp maslahatlaşdylar.', True),
    ('r25-tk-lab', 'Barlaghana açyldy',
     'Türkmenistanyň Ylymlar akademiýasy bilen Hytaýyň Ylymlar akademiýasy bilelikdäki barlaghana açdylar.'
     ' Barlaghanada iki ýurduň alymlary Garagum çölüniň ekologiýasyny öwrenerler we ýaş alymlar üçin '
     'tejribe geçiş maksatnamasy guralar.', True),
    ('r25-tk-grant', 'Talyplar Hytaýa okuwa gidýär',
     'Hytaý hökümetiniň talyp haky bilen 100 türkmen ýaşy Hytaýyň ýokary okuw mekdeplerinde bilim alar. '
     'Saýlawyň netijeleri ministrligiň saýtynda çap edildi. Okuw sentýabrda başlanýar.', True),
    ('r25-tk-teachers', 'Mugallymlar hünärini kämilleşdirdi',
     'Ýigrimi informatika mugallymy Şanhaýda emeli aň boýunça okuw kursuny tamamlady. Okuw iki hepde dowam'
     ' etdi. Mugallymlar indi mekdeplerde robototehnika gurnaklaryny açmagy meýilleşdirýärler.', True),
    ('r25-tk-cotton', 'Täze görnüşler synagdan geçýär',
     'Türkmen we hytaý alymlary bilelikde döreden gowaçanyň täze görnüşini Mary welaýatynda synag '
     'edýärler. Görnüş guraklyga çydamly bolup, hasyllylygy ýerli görnüşlerden 15 göterim ýokarydyr. '
     'Synaglar iki ýyl dowam eder.', True),
    ('r25-tk-forum', 'Ýaş alymlar duşuşdy',
     'Aşgabatda Türkmenistanyň we Hytaýyň ýaş alymlarynyň ylmy maslahaty geçirildi. Maslahatda himiýa, '
     'genetika we sanly tehnologiýalar boýunça 50-den gowrak bilelikdäki taslama hödürlendi.', True),
    ('r25-tk-gas-neg', 'Gaz ibermeleri artdy',
     'Türkmenistan bu ýyl Hytaýa 40 milliard kub metr tebigy gaz iberdi. Gaz Türkmenistan – Hytaý gaz '
     'geçirijisi arkaly iberildi. Döwlet konserni indiki ýyl ibermeleri ýene-de artdyrmagy meýilleşdirýär.', False),
    ('r25-tk-trade-neg', 'Haryt dolanyşygy ösdi',
     'Türkmenistan bilen Hytaýyň arasyndaky haryt dolanyşygy on aýda 10 milliard dollara ýetdi. Eksportyň '
     'esasy bölegini tebigy gaz we dokma önümleri düzdi, importda bolsa tehnika we enjamlar agdyklyk '
     'edýär.', False),
    ('r25-tk-turkey-neg', 'Türkiýede okamak',
     'Türkiýäniň uniwersitetlerinde 300 türkmen talyby okaýar, diýip ilçihana habar berdi. Talyplaryň '
     'köpüsi inženerçilik, lukmançylyk we ykdysadyýet hünärleri boýunça bilim alýarlar.', False),
    ('r25-tk-sport-neg', 'Futbol duşuşygy',
     'Türkmenistanyň ýygyndysy Hytaýyň ýygyndysy bilen ýoldaşlyk duşuşygynda 1:1 hasabynda deňme-deň '
     'oýnady. Duşuşyk Aşgabat stadionynda geçirildi. Ýygyndy indiki aýda Aziýa kubogynyň saýlama '
     'oýunlaryna gatnaşar.', False),
    ('r25-tk-culture-neg', 'Paýtagtda Hytaý sungat hepdeligi',
     'Aşgabatda Hytaýyň medeniýet günleri konsert we surat sergisi bilen başlandy. Çäreler bir hepde dowam'
     ' eder, olara Hytaýyň dürli welaýatlaryndan gelen artistler gatnaşýar.', False),
    ('r25-tk-russia-neg', 'Russiýa bilen bilim hyzmatdaşlygy',
     'Türkmenistan bilen Russiýa talyp alyş-çalyşy barada ylalaşyga gol çekdiler. Ylalaşyga laýyklykda, '
     'her ýyl 100 türkmen talyby Russiýanyň uniwersitetlerinde bir semestr okar, rus talyplary bolsa '
     'Aşgabada geler.', False),
]

# The families read off the blind set's misses (new crop varieties; "jointly" alone in Uzbek, Kyrgyz,
# Tajik and Turkmen; Turkmen "hünärini kämilleşdirdi"; drones), written after the blind set was
# measured and the vocabulary read: (title, summary, relevant); hard negatives beside each.
PROBES_R25_FAMILIES: list[tuple[str, str, bool]] = [
    # a new crop variety (bred: research), only beside another farming word
    ("Селекционеры представили урожай",
     "Учёные Узбекистана и Китая вывели новый сорт хлопка, устойчивый к засухе; испытания прошли в "
     "Кашкадарьинской области.", True),
    ("Магазины пополнились новинками",
     "В супермаркетах Алматы появился новый сорт китайского чая, сообщил импортёр; поставки идут через "
     "Хоргос.", False),
    ("Field trials under way",
     "A new wheat variety bred by Kazakh and Chinese agronomists is being tested on farms near Kostanay.", True),
    ("On the shelves",
     "A new variety of Chinese green tea went on sale in Tashkent shops this week, importers said.", False),
    ("Егістікте сынақ басталды",
     "Қазақстан мен Қытай ғалымдары шығарған бидайдың жаңа сорты Ақмола облысында сынақтан өтуде.", True),
    ("Hosil bayrami",
     "Xitoy va O'zbekiston selektsionerlari yaratgan bug'doyning yangi navi Qashqadaryoda ekildi.", True),
    ("Yuk poyezdi yetib keldi",
     "Xitoydan yangi navbatdagi yuk poyezdi Toshkentga yetib keldi, unda maishiy texnika va kiyim-kechak bor.",
     False),
    ("Synag meýdançasynda",
     "Hytaý alymlary bilen döredilen bugdaýyň täze görnüşi Ahal welaýatynda synagdan geçirilýär.", True),
    ("Täze awtobuslar",
     "Hytaýyň täze görnüşli awtobuslary Aşgabada getirildi, olar şäheriň ugurlarynda işlär.", False),
    ("Навъи нав дар Суғд",
     "Олимони Тоҷикистон ва Чин навъи нави пахтаро дар вилояти Суғд месанҷанд.", True),
    # "jointly" alone: a cue, which adds no subject
    ("Yangi tadqiqot boshlandi",
     "Xitoy va O'zbekiston olimlari birgalikda Orol dengizi tubidagi tuproqlarni o'rganmoqda.", True),
    ("Temir yo'l qurilishi",
     "Xitoy va O'zbekiston birgalikda yangi temir yo'l qurmoqda, yuk tashish hajmi ikki barobar oshadi.", False),
    ("Роҳи нав",
     "Тоҷикистон ва Чин якҷоя роҳи мошингарди навро месозанд, ки ба гардиши мол мусоидат мекунад.", False),
    ("Пиряхҳо омӯхта мешаванд",
     "Олимони тоҷик ва чинӣ якҷоя пиряхҳои Помирро меомӯзанд.", True),
    ("Gaz geçirijisi",
     "Türkmenistan we Hytaý bilelikde täze gaz geçirijisini gurýarlar.", False),
    ("Çöl öwrenilýär",
     "Türkmen we hytaý alymlary bilelikde Garagum çölüniň ösümliklerini öwrenýärler.", True),
    ("Соода борбору",
     "Кыргызстан менен Кытай биргеликте Ошто жаңы соода борборун курушат.", False),
    # Turkmen professional development
    ("Lukmanlar Hytaýda",
     "Türkmen lukmanlary Pekiniň hassahanalarynda hünärini kämilleşdirdiler.", True),
    ("Mugallymlar Russiýada",
     "Türkmen mugallymlary Moskwada hünärini kämilleşdirdiler.", False),
    # drones: light, a subject only beside another science or technology word
    ("Дроны на хлопковых полях",
     "Казахстан закупит у Китая 500 сельскохозяйственных дронов для обработки полей.", False),
    ("Students build drones",
     "Kazakh engineering students learn to design drones and program flight control software at a "
     "university in Harbin.", True),
    ("Parade in Urumqi",
     "Chinese military drones were displayed at an air show in Urumqi.", False),
]
