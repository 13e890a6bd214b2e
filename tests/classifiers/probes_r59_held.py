"""Round-59 probes, the HELD-OUT blind set (issue 12): terse headlines written by hand with
``probes_r59_dev.py``, before the rules were run on any of it, and measured ONCE, only when the round's
fixes were done (docs/classifier.md, "Round 59 of issue 12"): the honest figure of the round's rules on
headline probes in the issue's style. Other subjects and words than the dev set: desert and lake ecology,
snow leopards, glaciers, telescopes and astronomy, drones, robotics, AI centres, water institutes,
traditional medicine, minimally invasive surgery, master's grants, summer language camps, university
alliances, agricultural demonstration parks, drip irrigation, digital education platforms. Hard
negatives: an oil pipeline, a road, a border crossing, freight trains, trade, fruit exports; China with
Kenya, Brazil, Africa, Egypt, India, Russia; Central Asia with Germany, Korea, Turkey, Russia, Iran,
Japan; Xinjiang's own science; football.

For each of en, ru, zh, kk, ky, uz (Latin), uzc (Uzbek Cyrillic), tg and tk: 8 relevant items and 3 hard
negatives. Headlines only, no url. Each row: (id, headline, relevant).
"""

from __future__ import annotations

PROBES_R59_HELD: list[tuple[str, str, bool]] = [
    # ------------------------------------------------------------------ English
    ("r59h-en-kyzylorda-desert", "Kazakh-Chinese centre for desert ecology research opens in Kyzylorda", True),
    ("r59h-en-tsinghua-tajik", "Tsinghua offers master's scholarships to Tajik engineers", True),
    ("r59h-en-sichuan-cancer", "Uzbek medical university partners with Sichuan hospital on cancer research", True),
    ("r59h-en-luban-mechatronics", "Chinese-funded Luban Workshop graduates first Kyrgyz mechatronics class", True),
    ("r59h-en-telescope", "Turkmen astronomers to use Chinese telescope data", True),
    ("r59h-en-ai-civil-servants", "China helps Kazakhstan set up AI training centre for civil servants", True),
    ("r59h-en-naryn-glaciers", "Kyrgyz and Chinese hydrologists survey Naryn river glaciers", True),
    ("r59h-en-ashgabat-teachers", "Chinese language teachers' training course launched in Ashgabat", True),
    ("r59h-en-oil-route-neg", "Kazakhstan and China discuss new oil pipeline route", False),
    ("r59h-en-germany-hydrogen-neg", "Uzbekistan, Germany open joint hydrogen research institute", False),
    ("r59h-en-kenya-wildlife-neg", "Chinese and Kenyan scientists launch joint wildlife study", False),
    # ------------------------------------------------------------------ Russian
    ("r59h-ru-snow-leopard", "Китайские и кыргызские биологи изучат популяцию снежного барса", True),
    ("r59h-ru-tsinghua-masters", "Университет Цинхуа примет на магистратуру выпускников казахстанских вузов", True),
    ("r59h-ru-samarkand-medicine", "В Самарканде открыли узбекско-китайский центр традиционной медицины", True),
    ("r59h-ru-drones", "Китай обучит туркменских специалистов работе с беспилотниками", True),
    ("r59h-ru-water-institute", "Душанбе и Пекин учредят совместный институт мелиорации", True),
    ("r59h-ru-robotics-pupils", "Казахстанские школьники пройдут курсы робототехники в Китае", True),
    ("r59h-ru-caas-branch", "Китайская академия сельскохозяйственных наук откроет филиал в Узбекистане", True),
    ("r59h-ru-dushanbe-welders", "Из душанбинской мастерской Лу Баня вышли первые сварщики и электрики", True),
    ("r59h-ru-road-neg", "Китай профинансирует ремонт автотрассы Бишкек – Нарын – Торугарт", False),
    ("r59h-ru-korea-sat-neg", "Казахстан и Южная Корея запускают совместный спутник", False),
    ("r59h-ru-brazil-neg", "Китай и Бразилия договорились о научном сотрудничестве", False),
    # ------------------------------------------------------------------ Chinese
    ("r59h-zh-glacier-survey", "中塔联合科考队完成冰川考察", True),
    ("r59h-zh-tm-summer-camp", "土库曼斯坦学生在北京参加中文夏令营", True),
    ("r59h-zh-samarkand-agripark", "撒马尔罕中乌棉花种植技术示范基地迎来首次收获", True),
    ("r59h-zh-kz-surgery", "哈萨克斯坦医生来华学习微创手术", True),
    ("r59h-zh-kg-uni-alliance", "中吉大学联盟成立", True),
    ("r59h-zh-tj-voc-college", "中方援建的杜尚别职业技术学院首批学生入学", True),
    ("r59h-zh-enu-hsk", "哈萨克斯坦欧亚大学孔子学院首次举办汉语教学技能大赛", True),
    ("r59h-zh-young-scientists", "中亚五国青年科学家来华交流", True),
    ("r59h-zh-crude-pipeline-neg", "中哈原油管道输油量稳步增长", False),
    ("r59h-zh-africa-agri-neg", "中国与非洲国家共建农业技术示范中心", False),
    ("r59h-zh-xj-desert-plant-neg", "新疆科学家发现新的沙漠植物物种", False),
    # ------------------------------------------------------------------ Kazakh
    ("r59h-kk-balkhash", "Балқаш көлінің тартылуын қазақстандық және қытайлық гидрологтар зерттейді", True),
    ("r59h-kk-masters-grant", "Бейжің университеттері 2027 жылы қазақстандық магистранттарға 70 орын береді", True),
    ("r59h-kk-karaganda-innovation", "Қарағанды техникалық университетінде қытайлық серіктестермен инновация орталығы құрылды", True),
    ("r59h-kk-turkistan-heart", "Қытайлық дәрігерлер Түркістанда жүрек операциясын жасады", True),
    ("r59h-kk-ai-specialists", "Қытайлық IT-компания астаналық студенттерге жасанды интеллект курсын ұйымдастырды", True),
    ("r59h-kk-luban-graduates", "Лу Бань шеберханасында алғашқы түлектер дипломын алды", True),
    ("r59h-kk-teachers-beijing", "Павлодардың 30 физика мұғалімі Шанхайда тағылымдамадан өтті", True),
    ("r59h-kk-space-project", "ҚР мен ҚХР ғарыш саласында бірлескен жоба бастайды", True),
    ("r59h-kk-border-post-neg", "Қазақстан мен Қытай шекарасында жаңа өткізу пункті ашылады", False),
    ("r59h-kk-turkey-lab-neg", "Қазақстан мен Түркия университеттері генетика зертханасын құрды", False),
    ("r59h-kk-xinjiang-centre-neg", "Шыңжаңда жаңа ғылыми-зерттеу орталығы ашылды", False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r59h-ky-sary-chelek", "Сары-Челек коругундагы жаңгак токойлорун кытайлык ботаниктер менен бирге изилдешет", True),
    ("r59h-ky-grants-youth", "Кытайдагы университеттер кыргыз жаштарына 300 грант бөлдү", True),
    ("r59h-ky-talas-agri", "Таласта кытайлык адистер буурчак өстүрүүнүн жаңы технологиясын көрсөтүштү", True),
    ("r59h-ky-jalal-abad-courses", "Кытайлык мугалимдер Жалал-Абадда кытай тили курстарын ачышты", True),
    ("r59h-ky-digital-centre", "Кыргызстан менен Кытай санариптик технологиялар боюнча окуу борборун түзөт", True),
    ("r59h-ky-medics-technology", "Кытай Кыргызстандын медиктерин жаңы технологияга үйрөтөт", True),
    ("r59h-ky-batken-luban", "Баткенде Лубань устаканасынын биринчи бүтүрүүчүлөрү чыкты", True),
    ("r59h-ky-uia-geology", "Кыргызстандын УИА жана Кытайдын геология институту меморандумга кол коюшту", True),
    ("r59h-ky-trade-neg", "Кытайга кыргыз жүнүн сатуу кескин көбөйдү", False),
    ("r59h-ky-russia-project-neg", "Кыргызстан менен Россия жаңы илимий долбоор баштады", False),
    ("r59h-ky-football-neg", "Кытай футбол командасы Бишкекте машыгууда", False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r59h-uz-zarafshan", "O‘zbek va xitoy olimlari Zarafshon daryosi ekologiyasini o‘rganadi", True),
    ("r59h-uz-masters-grants", "Xitoy universitetlari o‘zbek yoshlariga magistratura grantlarini taklif qildi", True),
    ("r59h-uz-khorezm-medical", "Xorazmda o‘zbek-xitoy ilmiy-tibbiyot markazi ochildi", True),
    ("r59h-uz-karshi-courses", "Xitoylik o‘qituvchilar Qarshida xitoy tili kurslarini boshladi", True),
    ("r59h-uz-ai-centre", "Toshkentda Xitoy kompaniyasi ko‘magida sun’iy intellekt o‘quv markazi ochiladi", True),
    ("r59h-uz-termez-luban", "Termizda Lu Ban ustaxonasining birinchi bitiruvchilari", True),
    ("r59h-uz-surkhan-cotton", "Xitoylik agronomlar Surxondaryoda yangi paxta navini sinovdan o‘tkazdi", True),
    ("r59h-uz-academy-geoservice", "Fanlar akademiyasining Geologiya instituti Xitoy geologiya xizmati bilan Qizilqumni o‘rganadi", True),
    ("r59h-uz-fruit-neg", "O‘zbek gilosi Xitoy bozorlariga yetkazib berilmoqda", False),
    ("r59h-uz-korea-itpark-neg", "Koreya kompaniyalari Samarqand IT-parkida filial ochdi", False),
    ("r59h-uz-brazil-space-neg", "Xitoy va Braziliya kosmik hamkorlikni kengaytiradi", False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r59h-uzc-fergana-dig", "Ўзбек ва хитой археологлари Фарғона водийсида қазишма ўтказди", True),
    ("r59h-uzc-pku-stipend", "Пекин университети ўзбек талабаларига стипендия ажратди", True),
    ("r59h-uzc-innovation-centre", "Тошкент давлат техника университети қошида Хитой билан инновация маркази ташкил қилинди", True),
    ("r59h-uzc-drip-irrigation", "Хитойлик агрономлар Жиззахда томчилатиб суғориш технологиясини ўргатди", True),
    ("r59h-uzc-digital-platform", "Хитойлик дастурчилар ўзбек мактаблари учун онлайн таълим тизимини ишлаб чиқади", True),
    ("r59h-uzc-bukhara-luban", "Бухорода Лу Бан устахонаси ўқувчиларни қабул қилди", True),
    ("r59h-uzc-doctors-china", "Ўзбекистонлик 40 нафар кардиолог Хитой клиникаларида стажировкадан ўтди", True),
    ("r59h-uzc-space-memo", "Ўзбеккосмос ва Хитой миллий космик маъмурияти ҳамкорлик ҳужжатини имзолади", True),
    ("r59h-uzc-freight-neg", "Ўзбекистон ва Хитой ўртасида юк поездлари қатнови кўпайди", False),
    ("r59h-uzc-germany-neg", "Ўзбекистон ва Германия тиббиёт олимлари янги вакцинани синовдан ўтказди", False),
    ("r59h-uzc-antarctic-neg", "Хитой ва Россия олимлари Антарктидада экспедиция ўтказди", False),
    # ------------------------------------------------------------------ Tajik
    ("r59h-tg-sarez", "Ҳайати муштараки олимони Чин ва Тоҷикистон сарбанди Усойро таҳқиқ мекунад", True),
    ("r59h-tg-grants-youth", "Соли 2027 ҷавонони тоҷик дар донишгоҳҳои Чин 200 ҷои ройгон мегиранд", True),
    ("r59h-tg-istaravshan-lang", "Дар Истаравшан курсҳои ройгони забони чинӣ барои мактаббачагон оғоз шуданд", True),
    ("r59h-tg-doctors-china", "Табибони Вилояти Суғд дар клиникаҳои Шанхай малака баланд бардоштанд", True),
    ("r59h-tg-ai-centre", "Ширкати чинӣ дар Душанбе барои донишҷӯён курси зеҳни сунъӣ кушод", True),
    ("r59h-tg-hisor-irrigation", "Мутахассисони чинӣ ба деҳқонони Ҳисор технологияи нави обёриро омӯзонданд", True),
    ("r59h-tg-luban-graduates", "Коргоҳи Лу Бан дар Душанбе нахустин хатмкунандагонро дошт", True),
    ("r59h-tg-academy-lanzhou", "Академияи илмҳои Тоҷикистон ва Донишгоҳи Ланҷоу ёддошт имзо карданд", True),
    ("r59h-tg-railway-neg", "Тоҷикистон ва Чин сохтмони роҳи оҳанро муҳокима карданд", False),
    ("r59h-tg-iran-neg", "Олимони Тоҷикистону Эрон китоби муштарак дар бораи забони форсӣ нашр карданд", False),
    ("r59h-tg-india-sat-neg", "Чин ва Ҳиндустон моҳвораи нав сохтанд", False),
    # ------------------------------------------------------------------ Turkmen
    ("r59h-tk-karakum", "Hytaýly we türkmen ekologlary Garagumda çägeleriň hereketini öwrenýär", True),
    ("r59h-tk-masters-grant", "Hytaýyň ýokary okuw mekdepleri 2027-nji ýylda türkmen magistrantlaryna 50 orun berer", True),
    ("r59h-tk-mary-agri", "Hytaýly seleksionerler Murgap jülgesinde türkmen kärdeşleri bilen tüwi ekdi", True),
    ("r59h-tk-balkanabat-courses", "Hytaýly mugallymlar Balkanabatda hytaý dili kurslaryny açdy", True),
    ("r59h-tk-ai-centre", "Türkmenistan we Hytaý emeli aň boýunça bilelikdäki merkez döreder", True),
    ("r59h-tk-doctors-china", "Türkmen lukmanlary Hytaýda hünärini kämilleşdirdi", True),
    ("r59h-tk-lebap-luban", "Lebapda Lu Ban ussahanasynyň ilkinji uçurymlary", True),
    ("r59h-tk-space-accord", "Türkmenistan bilen Hytaý kosmos barlaglary boýunça ylalaşyk baglaşdy", True),
    ("r59h-tk-rail-route-neg", "Türkmenistan bilen Hytaý täze demir ýol ugruny ara alyp maslahatlaşdy", False),
    ("r59h-tk-japan-neg", "Türkmen we ýapon alymlary bilelikdäki taslama başlady", False),
    ("r59h-tk-egypt-neg", "Hytaý we Müsür ylmy hyzmatdaşlygy giňeldýär", False),
]
