"""Round-31 probes (issue 12): a seventh blind headline set, written by hand before the rules were run
on any of it and before the vocabulary files were read (docs/classifier.md, "Round 31 of issue 12").
Earlier blind headline sets (rounds 20-27) were outlet-style and long; these are TERSE, in the issue's
own shape ("Uzbekistan and China launch joint laboratory", "中吉教育合作", "KazNU and Tsinghua University
sign a memorandum"): 3-9 words (Chinese 6-16 characters), both sides named in varied ways (country
names in their cases and adjective forms, demonyms, the Chinese abbreviations 中哈/中乌/中吉/中塔/中土/
中国—中亚 and combinations, capitals, institutions by acronym: KazNU, NUUz, KNU, TSU, TDTU, Tsinghua,
Lanzhou University, CAS, Xinjiang University) and a terse subject (joint lab, scholarships, students,
Chinese language, Confucius Institute, Luban Workshop, a memorandum between universities, a research
centre, academic exchange, teachers' training, a science park, satellites, agricultural research).

For each of en, ru, zh, kk, ky, uz (Latin), uzc (Uzbek Cyrillic), tg and tk: 10 relevant items and 6
hard negatives in the same terse shapes (trade, gas, railway, visas, football, culture days; China's
science with ASEAN, Ukraine (中乌) or Turkey (中土); Central Asia's education with Russia or Korea).
Headlines only: the set is measured with the headline alone.

Measured once with the round-30 rules (2026.12.36) before any rule was written: that is the round's
honest figure (docs/classifier.md, "Round 31 figures"). Each row: (id, headline, relevant). None is
an item of classifiers/eval, of the shared labelled_dev or an earlier probe, nor nearly one
(``test_round31.py`` checks it).
"""

from __future__ import annotations

PROBES_R31: list[tuple[str, str, bool]] = [
    # ------------------------------------------------------------------ English
    ("r31-en-kaznu-lanzhou-lab", "KazNU and Lanzhou University open joint lab", True),
    ("r31-en-tajik-scholarships", "Beijing doubles scholarship quota for Tajikistan", True),
    ("r31-en-bishkek-luban", "Bishkek's second Luban Workshop trains welders", True),
    ("r31-en-turkmen-confucius", "Turkmenistan's first Confucius Institute planned with Chinese partner", True),
    ("r31-en-nuuz-tsinghua", "NUUz signs memorandum with Tsinghua", True),
    ("r31-en-cas-central-asia-centre", "CAS research centre for Central Asia marks anniversary", True),
    ("r31-en-kyrgyz-teachers-urumqi", "Kyrgyz teachers trained in Urumqi", True),
    ("r31-en-kazakh-satellite", "Kazakh-Chinese satellite enters orbit", True),
    ("r31-en-uzbek-wheat", "Uzbek and Chinese agronomists breed drought-tolerant wheat", True),
    ("r31-en-dushanbe-mandarin", "Mandarin courses launched at Dushanbe school with Chinese support", True),
    ("r31-en-gas-neg", "China and Turkmenistan sign gas deal", False),
    ("r31-en-railway-neg", "Kyrgyz section of China railway gets financing", False),
    ("r31-en-visas-neg", "Kazakhstan and China ease visa rules", False),
    ("r31-en-asean-lab-neg", "Chinese and ASEAN scientists launch rice genomics lab", False),
    ("r31-en-korea-students-neg", "Seoul hosts 300 Uzbek engineering students", False),
    ("r31-en-football-neg", "Tajikistan beats China in football friendly", False),
    # ------------------------------------------------------------------ Russian
    ("r31-ru-kaznu-tsinghua", "КазНУ и Цинхуа подписали меморандум", True),
    ("r31-ru-uzbek-chinese-lab", "Узбекские и китайские учёные создали совместную лабораторию", True),
    ("r31-ru-kyrgyz-students-china", "Кыргызские студенты поедут учиться в Китай", True),
    ("r31-ru-confucius-khujand", "В Худжанде открылся Институт Конфуция", True),
    ("r31-ru-luban-tashkent", "Мастерская Лу Баня заработала в Ташкенте", True),
    ("r31-ru-china-turkmen-grants", "Китай выделил гранты туркменским студентам", True),
    ("r31-ru-tajik-chinese-agro", "Таджикско-китайский центр агроисследований открыт", True),
    ("r31-ru-chinese-language-kz", "Казахстанские школьники сдадут экзамен HSK по китайскому", True),
    ("r31-ru-academic-exchange", "Академический обмен Китая и Центральной Азии расширится", True),
    ("r31-ru-satellite-uz", "Узбекистан и Китай запустят спутник", True),
    ("r31-ru-trade-neg", "Казахстанско-китайский товарооборот побил рекорд", False),
    ("r31-ru-gas-neg", "Китай увеличил закупки туркменского газа", False),
    ("r31-ru-railway-neg", "Железная дорога Китай — Киргизия — Узбекистан: старт стройки", False),
    ("r31-ru-ukraine-neg", "Украинские и китайские физики создали общий центр", False),
    ("r31-ru-russia-students-neg", "Россия выделила квоты студентам из Таджикистана", False),
    ("r31-ru-culture-days-neg", "Китайский фестиваль фонарей прошёл в Бишкеке", False),
    # ------------------------------------------------------------------ Chinese
    ("r31-zh-zhongha-lab", "中哈土壤盐碱化联合实验室挂牌", True),
    ("r31-zh-zhongta-scholarships", "中塔政府奖学金名额增加", True),
    ("r31-zh-zhongjiwu-universities", "中吉乌三国高校成立联盟", True),
    ("r31-zh-luban-dushanbe", "杜尚别鲁班工坊揭牌", True),
    ("r31-zh-lanzhou-kaznu", "兰大与哈国立大学互派博士生", True),
    ("r31-zh-xinjiang-uni-kyrgyz", "新疆大学招收吉尔吉斯斯坦留学生", True),
    ("r31-zh-china-central-asia-agro", "中国—中亚旱作农业研究院成立", True),
    ("r31-zh-turkmen-confucius", "土库曼斯坦孔子学院筹建", True),
    ("r31-zh-uzbek-teachers", "乌兹别克斯坦汉语教师来华培训", True),
    ("r31-zh-cas-tashkent", "中科院与塔什干学者联合研究", True),
    ("r31-zh-zhongha-trade-neg", "中哈口岸货运量上半年增长", False),
    ("r31-zh-zhongwu-ukraine-neg", "中乌科技合作委员会在基辅开会", False),
    ("r31-zh-zhongtu-turkey-neg", "中土安卡拉签署科研合作协议", False),
    ("r31-zh-china-asean-neg", "中国—东盟海洋科学研究中心奠基", False),
    ("r31-zh-zhongji-visa-neg", "中吉签证便利化协议生效", False),
    ("r31-zh-central-asia-korea-neg", "韩国向中亚学生提供奖学金", False),
    # ------------------------------------------------------------------ Kazakh
    ("r31-kk-kaznu-lanzhou", "ҚазҰУ мен Ланчжоу университеті меморандумға қол қойды", True),
    ("r31-kk-china-grants", "ҚХР үкіметі 150 қазақстандық жасқа стипендия тағайындады", True),
    ("r31-kk-joint-lab", "Астана мен Бейжің ғалымдары ортақ зертхана құрды", True),
    ("r31-kk-confucius-almaty", "Алматыда Конфуций институты мерейтойын атап өтті", True),
    ("r31-kk-chinese-language", "Қытай тілін оқитын қазақ жастары көбейді", True),
    ("r31-kk-luban-workshop", "Қарағандыда екінші Лу Бань шеберханасы", True),
    ("r31-kk-academic-exchange", "Қазақ-қытай академиялық алмасу бағдарламасы кеңейеді", True),
    ("r31-kk-satellite", "Қытайлық зымыран қазақстандық серікті ұшырды", True),
    ("r31-kk-agro-research", "Қазақстан-Қытай аграрлық ғылыми орталығы құрылды", True),
    ("r31-kk-teachers-urumqi", "Үрімжіде қазақстандық мұғалімдер білім жетілдірді", True),
    ("r31-kk-trade-neg", "Қытаймен шекаралық сауда көлемі рекордқа жетті", False),
    ("r31-kk-railway-neg", "Қытайға жаңа теміржол желісі салынады", False),
    ("r31-kk-visa-neg", "Қытай қазақстандықтарға көпжылдық виза береді", False),
    ("r31-kk-football-neg", "Жастар құрамасы Қытаймен тең түсті", False),
    ("r31-kk-russia-students-neg", "Мәскеу университеттері қазақ түлектерін шақырады", False),
    ("r31-kk-korea-lab-neg", "Корей ғалымдары Алматыда зертхана ашады", False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r31-ky-knu-china-memo", "Ж.Баласагын атындагы КУУ Шинжаң университети менен келишим", True),
    ("r31-ky-students-china", "Кыргыз студенттери Кытайда билим алат", True),
    ("r31-ky-joint-lab", "Кыргыз жана кытай биологдору жаңы лаборатория түзүштү", True),
    ("r31-ky-luban-bishkek", "Лу Бань устаканасы 40 кыргыз жигитин окутту", True),
    ("r31-ky-confucius-osh", "Ош мамлекеттик университетиндеги Конфуций институтуна он жыл", True),
    ("r31-ky-chinese-language", "Кыргыз мектептеринде кытай тили окутулат", True),
    ("r31-ky-scholarships", "Кытай кыргыз жаштарына стипендия берет", True),
    ("r31-ky-agro-research", "Кыргыз-кытай айыл чарба илимий борбору", True),
    ("r31-ky-teachers-training", "Кыргызстандык мугалимдер Үрүмчүдө тажрыйба топтошту", True),
    ("r31-ky-satellite", "Кытай кыргыз спутнигин орбитага чыгарды", True),
    ("r31-ky-trade-neg", "Кыргыз-кытай чек арасында жүк ташуу көбөйдү", False),
    ("r31-ky-railway-neg", "Темир жол долбоору: Кытай карыз берет", False),
    ("r31-ky-visa-neg", "Кытайга виза алуу жеңилдеди", False),
    ("r31-ky-football-neg", "Кыргызстан футболдон Кытайды утту", False),
    ("r31-ky-culture-days-neg", "Ошто кытай ашканасынын фестивалы", False),
    ("r31-ky-korea-students-neg", "Корея кыргыз студенттерине стипендия берет", False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r31-uz-nuuz-china", "O'zMU Xitoy universiteti bilan memorandum imzoladi", True),
    ("r31-uz-joint-lab", "Toshkentda o'zbek-xitoy biotexnologiya laboratoriyasi", True),
    ("r31-uz-students-china", "Pekinda o'qiyotgan o'zbekistonliklar soni ikki baravar", True),
    ("r31-uz-luban-tashkent", "Andijonda Lu Ban ustaxonasi payvandchilar tayyorlaydi", True),
    ("r31-uz-confucius-samarkand", "Samarqanddagi Konfutsiy instituti yangi kurs boshladi", True),
    ("r31-uz-chinese-language", "O'zbek maktablarida xitoy tili o'qitiladi", True),
    ("r31-uz-grants", "XXR hukumati 120 o'zbekistonlikka stipendiya berdi", True),
    ("r31-uz-agro-research", "O'zbek-xitoy qishloq xo'jaligi ilmiy markazi", True),
    ("r31-uz-tdtu-china", "TDTU xitoylik olimlar bilan hamkorlik qiladi", True),
    ("r31-uz-teachers", "Urumchida o'zbekistonlik pedagoglar uchun kurs", True),
    ("r31-uz-trade-neg", "O'zbekiston va Xitoy savdosi o'sdi", False),
    ("r31-uz-gas-neg", "Xitoyga gaz eksporti kamaydi", False),
    ("r31-uz-railway-neg", "Temir yo'l loyihasiga Xitoy kredit beradi", False),
    ("r31-uz-visa-neg", "Xitoyga vizasiz kirish 30 kunga uzaytirildi", False),
    ("r31-uz-korea-grants-neg", "Koreys universitetlari o'zbek abituriyentlarini kutmoqda", False),
    ("r31-uz-russia-lab-neg", "Rossiyalik va o'zbek fiziklari yangi markaz ochdi", False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r31-uzc-joint-lab", "Самарқандда ўзбек-хитой генетика лабораторияси", True),
    ("r31-uzc-students", "Пекинда ўқиётган ўзбекистонликлар сони ошди", True),
    ("r31-uzc-luban", "Фарғонада иккинчи Лу Бан устахонаси", True),
    ("r31-uzc-confucius", "Тошкентдаги Конфуций институти битирувчилари", True),
    ("r31-uzc-chinese-language", "Ўзбек мактабларида хитой тили факультатив фан", True),
    ("r31-uzc-grants", "Хитой ўзбек ёшларига стипендия берди", True),
    ("r31-uzc-memorandum", "ЎзМУ ва Цинхуа университети меморандум имзолади", True),
    ("r31-uzc-agro", "Хитойлик селекционерлар ўзбек пахтачилари билан ишлайди", True),
    ("r31-uzc-satellite", "Ўзбек-хитой сунъий йўлдоши орбитага чиқди", True),
    ("r31-uzc-exchange", "Хитой ва Ўзбекистон олимлари тажриба алмашди", True),
    ("r31-uzc-trade-neg", "Хитой билан чегара савдоси рекорд даражада", False),
    ("r31-uzc-railway-neg", "Темир йўл лойиҳаси учун Хитой кредити", False),
    ("r31-uzc-visa-neg", "Хитойга визасиз сафар муддати", False),
    ("r31-uzc-football-neg", "Ўзбекистон футболда Хитойни енгди", False),
    ("r31-uzc-korea-neg", "Корея ўзбек талабаларига грант берди", False),
    ("r31-uzc-culture-neg", "Андижонда хитой ошхонаси фестивали", False),
    # ------------------------------------------------------------------ Tajik
    ("r31-tg-joint-lab", "Лабораторияи тоҷикиву чинии биотехнология дар Душанбе", True),
    ("r31-tg-students", "Шумораи донишҷӯёни тоҷик дар Пекин ду баробар шуд", True),
    ("r31-tg-luban", "Коргоҳи Лу Бан 60 ҷавони тоҷикро омӯзонд", True),
    ("r31-tg-confucius", "Институти Конфутсий дар ДМТ даҳсола шуд", True),
    ("r31-tg-chinese-language", "Омӯзиши забони чинӣ дар мактабҳои Тоҷикистон", True),
    ("r31-tg-grants", "ҶХЧ ба 150 ҷавони тоҷик стипендия дод", True),
    ("r31-tg-tnu-memo", "Донишгоҳи Ланчжоу ва ДМТ шартнома бастанд", True),
    ("r31-tg-agro", "Маркази тадқиқоти кишоварзии Тоҷикистону Чин", True),
    ("r31-tg-teachers", "Омӯзгорони Тоҷикистон дар Урумчи курс гузаштанд", True),
    ("r31-tg-exchange", "Мубодилаи академии Тоҷикистону Чин васеъ мешавад", True),
    ("r31-tg-trade-neg", "Гардиши тиҷории Тоҷикистону Чин афзуд", False),
    ("r31-tg-gas-neg", "Чин харидани гази Осиёи Марказиро зиёд кард", False),
    ("r31-tg-visa-neg", "Раводиди Чин барои тоҷикон осон шуд", False),
    ("r31-tg-football-neg", "Мунтахаби ҷавонони Тоҷикистон бо Чин мусовӣ бозид", False),
    ("r31-tg-russia-neg", "Русия ба донишҷӯёни тоҷик квота дод", False),
    ("r31-tg-culture-neg", "Ҷашнвораи таомҳои чинӣ дар Хуҷанд", False),
    # ------------------------------------------------------------------ Turkmen
    ("r31-tk-joint-lab", "Türkmenistan we Hytaý bilelikdäki laboratoriýa açdy", True),
    ("r31-tk-students", "Pekinde okaýan türkmenistanly ýaşlaryň sany artdy", True),
    ("r31-tk-luban", "Türkmenabatda Lu Ban ussahanasy kebşirçileri taýýarlaýar", True),
    ("r31-tk-chinese-language", "Hytaý dilini öwrenýän türkmen ýaşlary", True),
    ("r31-tk-grants", "Hytaý türkmen talyplaryna talyp haky berýär", True),
    ("r31-tk-memo", "Türkmen we hytaý uniwersitetleri ylalaşyk baglaşdy", True),
    ("r31-tk-agro", "Türkmen-hytaý oba hojalyk ylmy merkezi", True),
    ("r31-tk-teachers", "Türkmen mugallymlary Hytaýda okuw geçdi", True),
    ("r31-tk-satellite", "Hytaý türkmen emeli hemrasyny ýasar", True),
    ("r31-tk-exchange", "Türkmen we hytaý alymlary tejribe alyşdy", True),
    ("r31-tk-gas-neg", "Galkynyş gazy Hytaýa täze turbadan gidýär", False),
    ("r31-tk-trade-neg", "Türkmenistan bilen Hytaýyň söwdasy ösdi", False),
    ("r31-tk-visa-neg", "Hytaý raýatlary üçin wiza ýeňilleşdirildi", False),
    ("r31-tk-football-neg", "Türkmenistan futbolda Hytaýy ýeňdi", False),
    ("r31-tk-russia-neg", "Russiýa türkmen talyplaryna orun berdi", False),
    ("r31-tk-culture-neg", "Daşoguzda hytaý aşhanasynyň festiwaly", False),
]

# Family probes, written after the blind set was measured (docs/classifier.md, "Round 31 of issue 12"):
# each family read off a miss, in the other languages it has and both ways (a relevant reading and a
# hard negative that shares the family's words).
PROBES_R31_FAMILIES: list[tuple[str, str, bool]] = [
    # a satellite launched or put into orbit (the bare Russian спутник stays light: Sputnik the agency)
    ("r31f-ru-launch-satellite", "Китай запустил казахстанский спутник дистанционного наблюдения", True),
    ("r31f-ru-orbit", "Таджикский наноспутник выведут на орбиту с китайского космодрома", True),
    ("r31f-ru-sputnik-agency-neg", "Спутник: Китай и Киргизия обсудили цены на хлопок", False),
    ("r31f-kk-orbit", "Қытай қазақ студенттерінің наноспутнигін орбитаға шығарды", True),
    ("r31f-kk-serik-partner-neg", "Қытайлық серіктес Атырауда мұнай зауытын салады", False),
    ("r31f-ky-launch", "Кыргыз студенттеринин спутнигин Кытай учурат", True),
    ("r31f-uz-orbit", "Xitoy raketasi o'zbek sun'iy yo'ldoshini orbitaga chiqardi", True),
    ("r31f-tk-orbit", "Türkmen emeli hemrasy Hytaýda orbita çykaryldy", True),
    # studying in Beijing or Urumqi names China as studying in China does
    ("r31f-ky-beijing-study", "Пекинде окуган кыргыз жаштары мекенине кайтышты", True),
    ("r31f-kk-urumqi-study", "Үрімжіде оқыған қазақстандық дәрігерлер", True),
    ("r31f-tg-beijing-study", "Дар Пекин таҳсил кардани ҷавонони тоҷик", True),
    ("r31f-uz-beijing-trade-neg", "Pekinda o'zbek mevalari sotuvi boshlandi", False),
    ("r31f-tk-beijing-gas-neg", "Pekinde türkmen gazy boýunça gepleşikler", False),
    # Tajik: the People's Republic by its second abbreviation, the Luban Workshop in every spelling,
    # academic exchange with the izofa
    ("r31f-tg-jkhch-students", "ҶХЧ барои донишҷӯёни Хатлон квота афзуд", True),
    ("r31f-tg-jkhch-trade-neg", "Содироти меваи Тоҷикистон ба ҶХЧ зиёд шуд", False),
    ("r31f-tg-luban-khujand", "Устохонаи Лубан дар Бохтар 30 механики ҷавонро омӯзонд", True),
    ("r31f-tg-exchange-izofa", "Барномаи мубодилаи академии Донишгоҳи Хуҷанд ва Шинҷон", True),
    ("r31f-tg-exchange-russia-neg", "Мубодилаи академии Тоҷикистону Русия густариш меёбад", False),
    # CAS beside a word of its science is the Academy; the Court of Arbitration for Sport is not
    ("r31f-en-cas-scientists", "CAS scientists survey glaciers in Kyrgyzstan", True),
    ("r31f-en-cas-court-neg", "Sports court CAS rejects Uzbek boxer's appeal", False),
]
