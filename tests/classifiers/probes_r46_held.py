"""Round-46 held-out probes (issue 12): a second blind set of TERSE headlines, written with the
development set (``probes_r46_dev.py``) before the vocabulary files were read, committed, and run
only once, after round 46's fixes were done: the honest figure of round 46's rules
(docs/classifier.md, "Round 46 of issue 12"). Nothing was fixed from it.

Subjects other than the development set's: cosmic-ray physics, AI master's programmes, college
teachers' training, space camps for pupils, salt-tolerant crops, glacier expeditions, IT academies
opened by Chinese firms, technoparks' patents, medical universities, water resources. The sides are
named by country, demonym, adjective, abbreviation (中哈, 中塔, ҶМЧ, ХХР), city or province
(Almaty, Bishkek, Шымкент, Кызылорда, Баткен, Sirdaryo, Бухоро, Кӯлоб, Lebap), institution
(Nazarbayev University, Peking University, Цинхуа, Синьцзянский медуниверситет, 纳扎尔巴耶夫大学,
西北农林科技大学, КМТУ, ТАТУ, ДМТ, Sinhua) or adjective of a joint body (Sino-Kazakh, қазақ-қытай,
o'zbek-xitoy, türkmen-hytaý). Hard negatives: direct flights, education agreements with Turkey,
wrestling and other sport.

For each of en, ru, zh, kk, ky, uz (Latin), uzc (Uzbek Cyrillic), tg and tk: 8 relevant items and
3 hard negatives. Headlines only, no url. Each row: (id, headline, relevant). None is an item of
classifiers/eval, of the shared labelled_dev, of the development set or an earlier probe, nor
nearly one (``test_round46.py`` checks it).
"""

from __future__ import annotations

PROBES_R46_HELD: list[tuple[str, str, bool]] = [
    # ------------------------------------------------------------------ English
    ("r46h-en-cosmic-rays", "Kazakh and Chinese physicists build cosmic-ray detector in Tien Shan", True),
    ("r46h-en-nu-peking-ai", "Nazarbayev University and Peking University to co-run AI master's degree", True),
    ("r46h-en-vocational-teachers", "China to train 500 Uzbek teachers in vocational skills", True),
    ("r46h-en-space-summer-school", "Kyrgyz students win places at Chinese space academy summer school", True),
    ("r46h-en-salt-crops", "Turkmen and Chinese researchers study salt-tolerant crops", True),
    ("r46h-en-glacier-station", "Tajik Academy of Sciences, Chinese partners open glacier research station", True),
    ("r46h-en-bishkek-digital-centre", "Chinese firm opens digital skills center at Bishkek university", True),
    ("r46h-en-technopark-patents", "Sino-Kazakh technopark registers first joint patents", True),
    ("r46h-en-shymkent-flights-neg", "Kazakhstan and China launch new direct flights from Shymkent to Urumqi", False),
    ("r46h-en-turkey-education-neg", "Uzbekistan, Turkey sign education agreement", False),
    ("r46h-en-wrestling-neg", "Chinese team wins gold at Almaty wrestling championship", False),
    # ------------------------------------------------------------------ Russian
    ("r46h-ru-cosmic-rays", "Физики Казахстана и КНР установят на Тянь-Шане детектор космических частиц", True),
    ("r46h-ru-nu-tsinghua", "Назарбаев Университет и Цинхуа запустят магистратуру по ИИ", True),
    ("r46h-ru-college-teachers", "Китай подготовит 500 узбекистанских преподавателей колледжей", True),
    ("r46h-ru-space-camp", "Кыргызские школьники съездят в китайский космический лагерь", True),
    ("r46h-ru-salt-wheat", "Туркменские и китайские селекционеры выведут солеустойчивую пшеницу", True),
    ("r46h-ru-pamir-station", "Таджикские гляциологи и учёные КНР откроют станцию на Памире", True),
    ("r46h-ru-almaty-technopark", "Китайский технопарк в Алматы зарегистрировал первые патенты", True),
    ("r46h-ru-xinjiang-med", "Синьцзянский медуниверситет обучит врачей из Кыргызстана", True),
    ("r46h-ru-shymkent-flight-neg", "Авиакомпания откроет рейсы Шымкент — Урумчи с июня", False),
    ("r46h-ru-turkey-education-neg", "Узбекистан и Турция подписали соглашение об образовании", False),
    ("r46h-ru-wrestlers-neg", "Китайские борцы завоевали золото на чемпионате в Алматы", False),
    # ------------------------------------------------------------------ Chinese
    ("r46h-zh-cosmic-ray-station", "中哈物理学家共建宇宙线探测站", True),
    ("r46h-zh-nu-pku-ai", "纳扎尔巴耶夫大学与北京大学联合培养人工智能硕士", True),
    ("r46h-zh-uz-college-teachers", "中国为乌兹别克斯坦培训五百名职业院校教师", True),
    ("r46h-zh-space-camp", "吉尔吉斯斯坦中学生赴华参加航天夏令营", True),
    ("r46h-zh-salt-crops", "土库曼斯坦农业大学与西北农林科技大学合作培育耐盐作物", True),
    ("r46h-zh-glacier-team", "中塔冰川联合考察队出发", True),
    ("r46h-zh-bishkek-digital", "比什凯克数字技能培训中心由中企援建", True),
    ("r46h-zh-patents", "中哈科技园区首批联合专利获授权", True),
    ("r46h-zh-flight-neg", "奇姆肯特至乌鲁木齐直飞航线开通", False),
    ("r46h-zh-turkey-education-neg", "乌兹别克斯坦与土耳其签署教育合作协议", False),
    ("r46h-zh-wrestling-neg", "中国摔跤队在阿拉木图夺冠", False),
    # ------------------------------------------------------------------ Kazakh
    ("r46h-kk-cosmic-rays", "Қазақ және қытай физиктері Іле Алатауында ғарыш сәулелерін зерттейді", True),
    ("r46h-kk-nu-tsinghua", "Назарбаев Университеті мен Цинхуа жасанды интеллект магистратурасын ашады", True),
    ("r46h-kk-college-teachers", "300 қазақстандық колледж оқытушысы Бейжіңдегі курстан өтті", True),
    ("r46h-kk-space-camp", "Қазақстандық оқушылар Қытайдағы ғарыш лагеріне барады", True),
    ("r46h-kk-kyzylorda-rice", "Қызылордада қытайлық ғалымдар тұзға төзімді күріш сорттарын зерттейді", True),
    ("r46h-kk-glaciers", "Қазақстан мен Қытай мұздықтарды бірге бақылайды", True),
    ("r46h-kk-shymkent-it", "Шымкентте қытайлық компания IT-академия ашты", True),
    ("r46h-kk-technopark-patents", "Қазақ-қытай технопаркі алғашқы патенттерін алды", True),
    ("r46h-kk-flight-neg", "Шымкент пен Үрімжі арасында тікелей әуе рейсі ашылды", False),
    ("r46h-kk-turkey-education-neg", "Қазақстан мен Түркия білім беру саласында келісімге қол қойды", False),
    ("r46h-kk-wrestlers-neg", "Қытай балуандары Алматыда алтын медаль жеңіп алды", False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r46h-ky-cosmic-rays", "Кыргыз жана кытай физиктери Тянь-Шанда космос нурларын изилдейт", True),
    ("r46h-ky-kstu-ai", "Раззаков атындагы КМТУ пекиндик университет менен жасалма интеллект магистратурасын ачат", True),
    ("r46h-ky-vocational-teachers", "Кытай 200 кыргыз мугалимин кесиптик билим берүүгө окутат", True),
    ("r46h-ky-space-camp", "Кыргыз окуучулары Кытайдагы космос лагерине барышат", True),
    ("r46h-ky-batken-wheat", "Баткенде кытай агрономдору туздуу жерлерде буудай сынап жатышат", True),
    ("r46h-ky-inylchek", "Кыргыз жана кытай гляциологдору Иныльчек мөңгүсүн изилдешет", True),
    ("r46h-ky-bishkek-it", "Кытай компаниясы Бишкекте IT академиясын ачты", True),
    ("r46h-ky-technopark-patents", "Кыргыз-кытай технопаркы биринчи патенттерин алды", True),
    ("r46h-ky-flight-neg", "Бишкек — Кашгар багытында түз учуулар башталды", False),
    ("r46h-ky-turkey-education-neg", "Кыргызстан Түркия менен жогорку билим жаатында макулдашуу түздү", False),
    ("r46h-ky-wrestlers-neg", "Кытай балбандары Бишкектеги чемпионатта жеңишке жетишти", False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r46h-uz-cosmic-rays", "O'zbek va xitoy fiziklari kosmik nurlarni birga o'rganadi", True),
    ("r46h-uz-economics-pku", "Toshkent davlat iqtisodiyot universiteti va Pekin universiteti sun'iy intellekt magistraturasini ochadi", True),
    ("r46h-uz-college-teachers", "Xitoy 300 nafar o'zbek kollej o'qituvchisini o'qitadi", True),
    ("r46h-uz-space-camp", "O'zbek maktab o'quvchilari Xitoydagi kosmik lagerga borishadi", True),
    ("r46h-uz-sirdaryo-cotton", "Sirdaryoda xitoylik olimlar sho'rga chidamli g'o'za navini sinovdan o'tkazmoqda", True),
    ("r46h-uz-glacier-expedition", "O'zbek va xitoy glyatsiologlari Hisor tizmasi muzliklariga ekspeditsiya uyushtiradi", True),
    ("r46h-uz-urgench-it", "Urganchda xitoylik kompaniya yoshlar uchun IT akademiyasini ishga tushirdi", True),
    ("r46h-uz-technopark-patents", "O'zbek-xitoy texnoparki dastlabki patentlarni qo'lga kiritdi", True),
    ("r46h-uz-flight-neg", "Toshkent va Urumchi o'rtasida to'g'ridan-to'g'ri reys ochildi", False),
    ("r46h-uz-turkey-education-neg", "O'zbekiston bilan Turkiya oliy ta'lim bo'yicha bitim tuzdi", False),
    ("r46h-uz-wrestlers-neg", "Xitoy kurashchilari Toshkentda oltin medal qo'lga kiritdi", False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r46h-uzc-cosmic-rays", "Ўзбек ва хитой физиклари Чотқол тоғларида космик нурларни ўрганади", True),
    ("r46h-uzc-tuit-masters", "Тошкент ахборот технологиялари университети Хитой университети билан магистратура очади", True),
    ("r46h-uzc-college-teachers", "Хитойда 200 нафар ўзбекистонлик коллеж ўқитувчиси малака оширади", True),
    ("r46h-uzc-space-camp", "ХХР Ўзбекистон ёшлари учун космик лагер ташкил этади", True),
    ("r46h-uzc-bukhara-wheat", "Хитой селекционерлари Бухорода шўрга чидамли буғдой навини синайди", True),
    ("r46h-uzc-pamir-alay-glaciers", "Ўзбек ва хитой гляциологлари Помир-Олой музликларини текширади", True),
    ("r46h-uzc-nukus-it", "Хитой компанияси Нукусда IT академия очди", True),
    ("r46h-uzc-technopark-patents", "Ўзбек-хитой технопарки биринчи патентларини олди", True),
    ("r46h-uzc-xian-flight-neg", "Самарқанддан Сиан шаҳрига тўғридан-тўғри рейс очилди", False),
    ("r46h-uzc-turkey-education-neg", "Ўзбекистон ва Туркия таълим соҳасида келишув имзолади", False),
    ("r46h-uzc-wrestlers-neg", "Хитой курашчилари Тошкентда олтин медални қўлга киритди", False),
    # ------------------------------------------------------------------ Tajik
    ("r46h-tg-cosmic-rays", "Физикҳои тоҷику чинӣ нурҳои кайҳониро дар Помир меомӯзанд", True),
    ("r46h-tg-tnu-peking-ai", "Донишгоҳи миллии Тоҷикистон бо Донишгоҳи Пекин магистратураи зеҳни сунъӣ мекушояд", True),
    ("r46h-tg-college-teachers", "Чин 300 омӯзгори коллеҷҳои Тоҷикистонро бозомӯзӣ мекунад", True),
    ("r46h-tg-space-camp", "Хонандагони тоҷик ба лагери кайҳонии Чин сафар мекунанд", True),
    ("r46h-tg-kulob-wheat", "Олимони чинӣ дар Кӯлоб навъҳои ба шӯр тобовари гандумро месанҷанд", True),
    ("r46h-tg-prc-glaciologists", "Пиряхшиносони Тоҷикистон ва ҶМЧ экспедитсияи муштарак ташкил карданд", True),
    ("r46h-tg-dushanbe-it", "Ширкати чинӣ дар Душанбе академияи IT кушод", True),
    ("r46h-tg-technopark-patents", "Технопарки тоҷику чинӣ нахустин патентҳоро гирифт", True),
    ("r46h-tg-flight-neg", "Ширкати ҳавопаймоии тоҷик ба Кашғар парвозҳо оғоз мекунад", False),
    ("r46h-tg-turkey-education-neg", "Тоҷикистону Туркия дар бахши маориф ҳуҷҷати ҳамкорӣ ба имзо расонданд", False),
    ("r46h-tg-wrestlers-neg", "Паҳлавонони Чин дар Душанбе медали тилло гирифтанд", False),
    # ------------------------------------------------------------------ Turkmen
    ("r46h-tk-cosmic-rays", "Türkmen we hytaý fizikleri kosmiki şöhleleri bilelikde öwrenýär", True),
    ("r46h-tk-oguzhan-tsinghua", "Oguz han adyndaky inženerçilik-tehnologiýalar uniwersiteti Sinhua bilen magistratura açýar", True),
    ("r46h-tk-teachers-china", "Hytaýda 150 türkmen mugallymy hünär ussatlygyny ýokarlandyrdy", True),
    ("r46h-tk-space-camp", "Türkmen okuwçylary Hytaýyň kosmos lagerine gidýär", True),
    ("r46h-tk-lebap-wheat", "Hytaýly alymlar Lebapda duza çydamly bugdaý sortuny synag edýär", True),
    ("r46h-tk-amu-darya-water", "Türkmen we hytaý gidrologlary Amyderýanyň akymyny bilelikde modelleşdirýärler", True),
    ("r46h-tk-ashgabat-it", "Hytaý kompaniýasy Aşgabatda IT akademiýasyny açdy", True),
    ("r46h-tk-technopark-patents", "Türkmen-hytaý tehnoparky ilkinji patentlerini aldy", True),
    ("r46h-tk-flight-neg", "Aşgabat bilen Urumçiniň arasynda göni howa gatnawy açyldy", False),
    ("r46h-tk-turkey-education-neg", "Türkmenistan bilen Türkiýe bilim ulgamynda ylalaşyga gol çekdi", False),
    ("r46h-tk-wrestlers-neg", "Hytaý göreşçileri Aşgabatda altyn medal aldy", False),
]
