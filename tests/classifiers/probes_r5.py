"""Round-5 headline probes (issue 12): short headlines in every language and script, written
as a journalist would word them (agency wires, university press offices, ministries), not from
the rule vocabulary, before any round-5 rule was written; measured with the round-4 rules
first (docs/classifier.md, "Round 5 figures"). Each: (id, headline, relevant).

None is an item of classifiers/eval (``test_probes.py`` checks it); relevant ones name a
science, technology or education subject and both sides, or one side where the language
implies the other; negatives are hard: China and Central Asia in trade, transport, energy,
visas, sport or politics, China with other regions, Central Asia with other partners.
"""

from __future__ import annotations

PROBES: list[tuple[str, str, bool]] = [
    # --- English ------------------------------------------------------------
    ("r5-en-glacier-map", "Kazakh and Chinese researchers to map Tien Shan glacier retreat together", True),
    ("r5-en-tsinghua-almaty", "Tsinghua opens a campus office in Almaty", True),
    ("r5-en-wuhan-scholars", "Uzbek students head to Wuhan on government scholarships", True),
    ("r5-en-bishkek-mandarin", "Bishkek school adds Mandarin classes with help from Chinese teachers", True),
    ("r5-en-osh-confucius", "Confucius Institute at Osh State University celebrates tenth anniversary", True),
    ("r5-en-luban-welders", "Luban Workshop trains Tajik welders in Dushanbe", True),
    ("r5-en-tashkent-zhejiang-ai", "Tashkent university and Zhejiang partner on AI research", True),
    ("r5-en-academies-turkmen", "Turkmen and Chinese academies of sciences agree to exchange researchers", True),
    ("r5-en-tech-park", "Chinese technology park to host Kyrgyz start-ups", True),
    ("r5-en-satbayev-harbin", "Satbayev University teams up with Harbin Institute of Technology", True),
    ("r5-en-samarkand-lectures", "Chinese professors lecture at Samarkand State University", True),
    ("r5-en-teaching-chinese", "Teaching of Chinese expands at universities in Dushanbe", True),
    ("r5-en-xju-vets", "Xinjiang University to train Kazakh veterinarians", True),
    ("r5-en-renmin-kyrgyz", "Renmin University welcomes first Kyrgyz PhD students", True),
    ("r5-en-neg-border-trucks", "Kazakhstan and China open new border crossing for trucks", False),
    ("r5-en-neg-car-plant", "Chinese carmaker to build assembly plant near Tashkent", False),
    ("r5-en-neg-hydropower", "China, Kyrgyzstan discuss Kambarata hydropower financing", False),
    ("r5-en-neg-vietnam", "China and Vietnam universities launch joint research centre", False),
    ("r5-en-neg-korea-it", "Uzbekistan and South Korea open joint IT university", False),
    ("r5-en-neg-turkey-scholarships", "Kazakhstan, Turkey sign scholarship agreement for students", False),
    ("r5-en-neg-tourists", "Chinese tourists flock to Samarkand after visa waiver", False),
    ("r5-en-neg-wrestlers", "Kazakh wrestlers win gold at Asian Games in Hangzhou", False),
    ("r5-en-neg-moon", "China's lunar probe returns samples from the far side of the Moon", False),
    # --- Russian ------------------------------------------------------------
    ("r5-ru-aral", "Казахстанские и китайские учёные вместе изучат Арал", True),
    ("r5-ru-shanghai-grant", "Студенты из Узбекистана поедут учиться в Шанхай по гранту", True),
    ("r5-ru-peking-interns", "Пекинский университет примет стажёров из Таджикистана", True),
    ("r5-ru-ashgabat-olympiad", "В Ашхабаде прошла олимпиада по китайскому языку", True),
    ("r5-ru-dushanbe-confucius", "Институт Конфуция в Душанбе набирает студентов", True),
    ("r5-ru-kg-academy-visit", "Учёные Академии наук Кыргызстана посетили институты Академии наук Китая", True),
    ("r5-ru-kaznu-wuhan", "КазНУ и Уханьский университет запускают двудипломную программу", True),
    ("r5-ru-samarkand-technopark", "В Самарканде заработал китайский технопарк для студентов", True),
    ("r5-ru-xju-teachers", "Синьцзянский университет подготовит учителей для школ Казахстана", True),
    ("r5-ru-tm-students-china", "Туркменские студенты осваивают железнодорожные специальности в Китае", True),
    ("r5-ru-neg-railway", "Китай и Казахстан обсудили строительство новой железной дороги", False),
    ("r5-ru-neg-buses", "Узбекистан закупит у Китая 500 автобусов", False),
    ("r5-ru-neg-vietnam-lab", "Китай и Вьетнам открыли совместную лабораторию", False),
    ("r5-ru-neg-russian-branch", "Российский вуз откроет филиал в Бишкеке", False),
    ("r5-ru-neg-turkey-uni", "Казахстан и Турция создадут совместный университет", False),
    ("r5-ru-neg-football", "Сборная Кыргызстана по футболу сыграет с Китаем", False),
    ("r5-ru-neg-gas", "Китайская делегация обсудила в Ташкенте поставки газа", False),
    # --- Chinese ------------------------------------------------------------
    ("r5-zh-xau-tajik-lab", "新疆农业大学与塔吉克斯坦农业大学共建联合实验室", True),
    ("r5-zh-xjtu-graduates", "哈萨克斯坦留学生在西安交大毕业", True),
    ("r5-zh-zhongwu-postgrad", "中乌高校联合培养研究生项目启动", True),
    ("r5-zh-turkmen-bridge", "土库曼斯坦学生参加“汉语桥”比赛获佳绩", True),
    ("r5-zh-knu-confucius", "吉尔吉斯斯坦国立大学孔子学院举行开学典礼", True),
    ("r5-zh-pamir-scientists", "中塔科学家联合考察帕米尔高原", True),
    ("r5-zh-cas-uzbek-academy", "中国科学院与乌兹别克斯坦科学院签署合作协议", True),
    ("r5-zh-almaty-luban", "阿拉木图鲁班工坊首批学员结业", True),
    ("r5-zh-renmin-eurasian", "人大与哈萨克斯坦欧亚大学签署合作备忘录", True),
    ("r5-zh-bishkek-teachers", "比什凯克中文教师培训班开班", True),
    ("r5-zh-neg-npc-xinjiang", "全国人大代表赴新疆调研", False),
    ("r5-zh-neg-npc-kazakh", "全国人大常委会副委员长会见哈萨克斯坦议长", False),
    ("r5-zh-neg-khorgos", "中哈霍尔果斯口岸货运量增长", False),
    ("r5-zh-neg-asean", "中国—东盟大学校长论坛在南宁举行", False),
    ("r5-zh-neg-zhongwu-trade", "中乌双边贸易额突破百亿美元", False),
    ("r5-zh-neg-railway", "中吉乌铁路项目开工仪式举行", False),
    ("r5-zh-neg-kazakh-herders", "新疆哈萨克族牧民搬进新居", False),
    # --- Kazakh -------------------------------------------------------------
    ("r5-kk-grants", "Қытай университеттері қазақстандық жастарға грант береді", True),
    ("r5-kk-olympiad", "Алматыда қытай тілі олимпиадасы өтті", True),
    ("r5-kk-balkhash", "Қазақ және қытай ғалымдары Балқашты бірге зерттейді", True),
    ("r5-kk-xju-agreement", "Шыңжаң университетімен келісімге қол қойылды", True),
    ("r5-kk-karaganda-lab", "Қарағанды университетінде Қытаймен бірлескен зертхана ашылды", True),
    ("r5-kk-beijing-kazakh", "Бейжіңде қазақ тілі курстары ашылды", True),
    ("r5-kk-enu-lectures", "Қытайлық профессорлар ЕҰУ студенттеріне дәріс оқыды", True),
    ("r5-kk-luban-graduates", "Лубань шеберханасының алғашқы түлектері диплом алды", True),
    ("r5-kk-neg-trucks", "Қытайдан келетін жүк көліктерінің кезегі азайды", False),
    ("r5-kk-neg-korea", "Қазақстан мен Оңтүстік Корея университеттері меморандум жасасты", False),
    ("r5-kk-neg-plant", "Қытай компаниясы Жамбыл облысында зауыт салады", False),
    ("r5-kk-neg-football", "Қазақстан құрамасы Қытай командасын жеңді", False),
    # --- Uzbek (Latin) ------------------------------------------------------
    ("r5-uz-grants", "Xitoy universitetlari o‘zbek yoshlariga grant ajratdi", True),
    ("r5-uz-samarkand-lab", "Samarqandda Xitoy bilan qo‘shma laboratoriya ishga tushdi", True),
    ("r5-uz-olympiad", "Toshkentda xitoy tili olimpiadasi bo‘lib o‘tdi", True),
    ("r5-uz-academy", "Fanlar akademiyasi Xitoy olimlari bilan hamkorlikni kengaytiradi", True),
    ("r5-uz-confucius-year", "Konfutsiy instituti yangi o‘quv yilini boshladi", True),
    ("r5-uz-students-in-china", "Xitoyda tahsil olayotgan talabalarimiz bilan uchrashuv", True),
    ("r5-uz-neg-trade", "Xitoy bilan savdo hajmi 10 milliard dollardan oshdi", False),
    ("r5-uz-neg-korea", "Koreya universiteti Toshkentda filial ochadi", False),
    ("r5-uz-neg-tourists", "Xitoylik sayyohlar soni ikki baravar oshdi", False),
    # --- Uzbek (Cyrillic) ---------------------------------------------------
    ("r5-uzc-cotton", "Хитой олимлари Ўзбекистонда пахта навларини синамоқда", True),
    ("r5-uzc-internship", "Ўзбек талабалари Хитой университетларида амалиёт ўтайди", True),
    ("r5-uzc-teachers", "Хитой тили ўқитувчилари Пекинда малака оширди", True),
    ("r5-uzc-neg-railway", "Хитой билан темир йўл лойиҳаси муҳокама қилинди", False),
    ("r5-uzc-neg-russia", "Россия университети Тошкентда филиал очди", False),
    # --- Kyrgyz -------------------------------------------------------------
    ("r5-ky-grants", "Кытайдын университеттери кыргыз студенттерине 100 грант берет", True),
    ("r5-ky-olympiad", "Бишкекте кытай тили боюнча олимпиада өттү", True),
    ("r5-ky-glaciers", "Кыргыз жана кытай илимпоздору мөңгүлөрдү бирге изилдейт", True),
    ("r5-ky-osh-luban", "Ош мамлекеттик университетинде Лубань устаканасы ачылды", True),
    ("r5-ky-graduates", "Кытайда окуган кыргыз студенттер дипломдорун алышты", True),
    ("r5-ky-academies", "Улуттук илимдер академиясы Кытай илимдер академиясы менен меморандумга кол койду", True),
    ("r5-ky-neg-trade", "Кытай менен соода жүгүртүү өстү", False),
    ("r5-ky-neg-torugart", "Торугарт өткөөлү Кытай жүк ташуучулары үчүн кайра ачылды", False),
    ("r5-ky-neg-turkey", "Түркиянын университети Бишкекте филиал ачат", False),
    # --- Tajik --------------------------------------------------------------
    ("r5-tg-scholarships", "Донишҷӯёни тоҷик дар донишгоҳҳои Чин бурсия гирифтанд", True),
    ("r5-tg-pamir", "Олимони тоҷику чинӣ пиряхҳои Помирро омӯхтанд", True),
    ("r5-tg-contest", "Дар Душанбе озмуни забони чинӣ баргузор шуд", True),
    ("r5-tg-academies", "Академияи миллии илмҳо ва Академияи илмҳои Чин ҳамкориро густариш медиҳанд", True),
    ("r5-tg-luban-graduates", "Устохонаи Лу Бан дар Душанбе хатмкунандагони аввалро дод", True),
    ("r5-tg-khujand-agreement", "Донишгоҳи Хуҷанд бо донишгоҳи Хитой созишнома баст", True),
    ("r5-tg-neg-trade", "Ҳаҷми тиҷорати Тоҷикистону Чин афзоиш ёфт", False),
    ("r5-tg-neg-russia", "Донишгоҳи Русия дар Душанбе филиал мекушояд", False),
    ("r5-tg-neg-cement", "Ширкати чинӣ дар Суғд корхонаи семент месозад", False),
    # --- Turkmen ------------------------------------------------------------
    ("r5-tk-contest", "Aşgabatda hytaý dili boýunça bäsleşik geçirildi", True),
    ("r5-tk-scientists", "Türkmen we hytaý alymlary bilelikde ylmy barlag geçirýär", True),
    ("r5-tk-agreement", "Hytaýyň uniwersiteti bilen bilim hyzmatdaşlygy barada ylalaşyk baglaşyldy", True),
    ("r5-tk-beijing-course", "Pekinde türkmen dili kursy açyldy", True),
    ("r5-tk-neg-gas", "Türkmenistan Hytaýa gaz ibermegini artdyrdy", False),
    ("r5-tk-neg-turkey", "Türkmenistan bilen Türkiýäniň uniwersitetleri hyzmatdaşlyk etjek", False),
]

# A second batch, written after the round-5 rules and measured with them before the last fix
# (docs/classifier.md, "Round 5 figures"): 19 of 21 relevant passed, no false positive. The
# Kyrgyz regions (Чүйдө) were then added; "CAS" alone stays unread (KNOWN_MISSES; the CAS
# headline was caught in round 20 and moved here).
PROBES_AFTER: list[tuple[str, str, bool]] = [
    ("r5b-ky-kaznu", "Бишкек гуманитардык университетинин студенттери Шанхайда тажрыйба алышты", True),
    ("r5b-ky-ksu-memo", "КМУ Ланьчжоу университети менен меморандум түздү", True),
    ("r5b-ky-confucius", "Конфуций институтунун окуучулары кытай тилинен сынак тапшырышты", True),
    ("r5b-ky-agri", "Кытайлык агрономдор Чүйдө жаңы буудай сортторун сынашууда", True),
    ("r5b-ky-neg-cargo", "Кытайдан жүк ташуу көбөйдү", False),
    ("r5b-ky-neg-russia-teachers", "Орусиядан келген мугалимдер Ош мектептеринде сабак беришет", False),
    ("r5b-uz-tsue-beijing", "TDIU talabalari Pekinda amaliyot o‘tamoqda", True),
    ("r5b-uz-xinjiang-agri", "Shinjonlik agrar olimlar Farg‘onada tajriba maydoni ochdi", True),
    ("r5b-uz-cyr-scholar", "Хитой ҳукумати стипендиясига ҳужжатлар қабули бошланди", True),
    ("r5b-uz-neg-cars", "Xitoy avtomobillari importi oshdi", False),
    ("r5b-uz-neg-germany", "Germaniya universiteti Samarqandda filial ochdi", False),
    ("r5b-kk-kaznu-chinese-dept", "ҚазҰУ-да Қытай университеттерінің көрмесі өтті", True),
    ("r5b-kk-scholars-urumqi", "Қазақстандық ғалымдар Үрімжідегі форумға қатысты", True),
    ("r5b-kk-neg-oil", "Қытайға мұнай экспорты артты", False),
    ("r5b-kk-neg-korea", "Корей тілі курстары Алматыда ашылды", False),
    ("r5b-tg-shanghai", "Донишҷӯёни Донишгоҳи миллӣ дар Шанхай таҷрибаомӯзӣ гузаштанд", True),
    ("r5b-tg-chinese-teachers", "Омӯзгорони чинӣ дар Хуҷанд забони чиниро таълим медиҳанд", True),
    ("r5b-tg-neg-road", "Ширкати чинӣ роҳи Душанбе–Бохтарро таъмир мекунад", False),
    ("r5b-tk-students-beijing", "Türkmen talyplary Pekiniň uniwersitetinde okaýarlar", True),
    ("r5b-tk-neg-gas", "Galkynyş gaz käninden Hytaýa gaz iberilýär", False),
    ("r5b-en-lzu-students", "Lanzhou University enrols record number of Kyrgyz students", True),
    ("r5b-en-xinjiang-medics", "Xinjiang Medical University trains doctors from Tajikistan", True),
    ("r5b-en-nu-beijing", "Nazarbayev University and Peking University launch joint research fund", True),
    ("r5b-en-neg-kazakh-oil", "CNPC raises output at Kazakh oilfield", False),
    ("r5b-en-neg-india", "Uzbekistan and India sign agreement on IT education", False),
    ("r5b-en-neg-china-africa", "Chinese university opens Luban Workshop in Kenya", False),
    ("r5b-ru-tajik-medics", "Таджикские врачи прошли стажировку в клиниках Урумчи", True),
    ("r5b-ru-kgtu", "КГТУ и Северо-Западный университет Китая открыли совместный кампус", True),
    ("r5b-ru-uz-academy-drugs", "Ученые Узбекистана и Китая разработают новые лекарства", True),
    ("r5b-ru-neg-metro", "Китайская компания построит метро в Алматы", False),
    ("r5b-ru-neg-belarus", "Белорусский вуз открыл филиал в Ташкенте", False),
    ("r5b-zh-xjau-kazakh-students", "新疆农业大学迎来首批哈萨克斯坦研究生", True),
    ("r5b-zh-osh-confucius", "奥什国立大学孔子学院举办中文演讲比赛", True),
    ("r5b-zh-neg-tourism", "中国游客赴乌兹别克斯坦旅游人数增长", False),
    ("r5b-zh-neg-russia", "中俄高校联合培养研究生", False),
    # a known miss until round 20, when "CAS scientists" (CAS before its researchers) became the
    # Academy (docs/classifier.md, "Round 20 of issue 12")
    ("r5b-en-cas-turkmen", "CAS scientists help Turkmenistan study desertification", True),
    # a known miss until round 64, when the bare CAS (capitals) became the Academy beside China or a
    # Central Asian side, never beside sport (docs/classifier.md, "Round 64 of issue 12")
    ("r5b-en-cas-alone-tajik", "CAS to study glaciers in Tajikistan", True),
]

# Decided wrong on purpose, with the reason: kept so that a change that fixes them is noticed.
# (r5b-en-cas-turkmen, fixed in round 20, and r5b-en-cas-alone-tajik, fixed in round 64, moved to
# PROBES_AFTER; none is left.)
KNOWN_MISSES: list[tuple[str, str, bool, str]] = []
