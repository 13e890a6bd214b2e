"""Round-45 development set (issue 12): a blind set of the three precision families round 43 left,
written by hand before classifiers/data was read or the rules were run on any of it (docs/
classifier.md, "Round 45 of issue 12"), and measured once with the rules of main before any fix: the
round's honest figure before. The fixes were then written from it (and from round 43's wrong items);
``probes_r45_held`` is the set they were NOT written from.

The families: (1) China's own science under a Central Asian dateline or agency credit (the city in the
headline, the country after the city, Reuters, Xinhua's correspondent, Kazinform, Kabar, Khovar, UzA,
Dunyo, TDH); (2) Central Asia's science with another partner (Moscow, St Petersburg, Seoul, Tokyo,
KAIST, Fraunhofer, Ankara or Istanbul universities, Erasmus+, Horizon), China named in passing, and
China's science with Africa or ASEAN, the Central Asian side named twice in passing; (3) a summit, a
ministers' meeting or an SCO declaration listing many fields. The relevant look-alikes: a dateline
story that is about joint work, a trilateral project with China and a Central Asian side as the main
partners, a Chinese university's branch with a Russian partner also named, a summit item that sets up
a joint science or education body.

For each of en, ru, zh, kk, ky, uz (Latin), uzc (Uzbek Cyrillic), tg and tk: 4 negatives and 2
relevant look-alikes; a headline and a lede of one to three sentences (150–400 characters; Chinese
70–200). Each row: (id, title, summary, relevant).
"""

from __future__ import annotations

PROBES_R45_DEV: list[tuple[str, str, str, bool]] = [
    # ------------------------------------------------------------------ English
    ("r45d-en-submersible-dateline-neg",
     "BISHKEK: Chinese submersible carries three researchers to 10,900 metres",
     "BISHKEK, Kyrgyzstan (AP) — China's crewed submersible Fendouzhe took three oceanographers to the "
     "bottom of the Mariana Trench on Sunday, where they collected sediment cores and filmed amphipods, "
     "the Chinese Academy of Sciences said.",
     False),
    ("r45d-en-fraunhofer-grant-neg",
     "Kazakh engineers to join Fraunhofer institutes under new battery research grant",
     "Twelve engineers from Kazakhstan's Satbayev University will spend a year at Fraunhofer institutes "
     "in Germany studying lithium battery recycling, funded by Horizon Europe. China, which dominates the "
     "battery market, was mentioned only as a competitor in the project's summary.",
     False),
    ("r45d-en-asean-satellite-neg",
     "China and ASEAN open remote sensing data centre in Kunming",
     "China and ASEAN member states opened a joint satellite remote sensing centre in Kunming to monitor "
     "rice crops and floods. An official said Central Asia could be considered later, and Kazakhstan had "
     "asked about the data, but the centre serves Southeast Asia only.",
     False),
    ("r45d-en-sco-ministers-neg",
     "SCO foreign ministers agree communique ahead of Astana summit",
     "Foreign ministers of the Shanghai Cooperation Organisation, including those of China, Kazakhstan, "
     "Kyrgyzstan, Tajikistan and Uzbekistan, agreed a communique on counter-terrorism, trade, energy, "
     "transport corridors, healthcare, science, education and tourism for leaders to sign next month.",
     False),
    ("r45d-en-astana-dateline-joint-rel",
     "ASTANA: Kazakh and Chinese universities launch joint centre for glacier studies",
     "ASTANA, Kazakhstan (Kazinform) — L.N. Gumilyov Eurasian National University and Lanzhou University "
     "opened a joint research centre on Tien Shan glaciers, where scientists from both countries will "
     "share field data and co-supervise doctoral students.",
     True),
    ("r45d-en-sco-summit-lab-rel",
     "SCO summit: China and Kyrgyzstan agree to set up joint seismology laboratory",
     "On the sidelines of the SCO summit, China's Institute of Geophysics and Kyrgyzstan's National "
     "Academy of Sciences signed an agreement to build a joint earthquake monitoring laboratory in "
     "Bishkek and train Kyrgyz seismologists in Beijing.",
     True),
    # ------------------------------------------------------------------ Russian
    ("r45d-ru-rice-orbit-dateline-neg",
     "Алматы: китайские учёные вырастили рис на орбитальной станции",
     "АЛМАТЫ. КАЗИНФОРМ – Китайские учёные завершили эксперимент по выращиванию риса на станции "
     "«Тяньгун»: растения прошли полный цикл от семени до колоса, сообщило Китайское агентство "
     "пилотируемой космонавтики. Результаты помогут в будущих миссиях на Луну.",
     False),
    ("r45d-ru-msu-ai-master-neg",
     "МГУ откроет в Ташкенте магистратуру по искусственному интеллекту",
     "Филиал МГУ имени Ломоносова в Ташкенте с сентября примет первых магистрантов по искусственному "
     "интеллекту, преподавать будут профессора из Москвы. Ректор отметил, что китайские вузы тоже "
     "предлагали сотрудничество, но программа реализуется только с МГУ.",
     False),
    ("r45d-ru-africa-labs-neg",
     "Китай и страны Африки создадут 10 совместных лабораторий по водным технологиям",
     "Министерство науки и технологий КНР и Африканский союз договорились о создании 10 совместных "
     "лабораторий по очистке воды. Похожие проекты Китай раньше обсуждал с Казахстаном и другими "
     "странами Центральной Азии, но новая программа касается только Африки.",
     False),
    ("r45d-ru-ca-china-ministers-neg",
     "Главы МИД Центральной Азии и Китая согласовали план встречи в верхах",
     "Министры иностранных дел Китая, Казахстана, Кыргызстана, Таджикистана, Туркменистана и "
     "Узбекистана в Сиане обсудили сотрудничество в сферах безопасности, торговли, энергетики, "
     "транспорта, сельского хозяйства, науки, образования и туризма.",
     False),
    ("r45d-ru-astana-dateline-joint-rel",
     "Астана: ЕНУ и Пекинский политехнический институт открыли совместный центр",
     "АСТАНА. КАЗИНФОРМ – Евразийский национальный университет и Пекинский политехнический институт "
     "открыли совместный научный центр по робототехнике. Казахстанские и китайские исследователи "
     "будут вести общие проекты и готовить докторантов.",
     True),
    ("r45d-ru-sco-water-lab-rel",
     "На саммите ШОС Таджикистан и Китай договорились о совместной лаборатории водных ресурсов",
     "В рамках саммита ШОС Академия наук Таджикистана и Китайская академия наук подписали соглашение о "
     "создании совместной лаборатории по изучению водных ресурсов Памира, где будут работать учёные "
     "обеих стран.",
     True),
    # ------------------------------------------------------------------ Chinese
    ("r45d-zh-tashkent-lunar-water-neg",
     "塔什干电：中国科学家在月壤样品中发现水分子",
     "新华社塔什干电 中国科学院研究团队近日发布嫦娥五号月壤样品研究成果，在玻璃珠中发现大量水分子。"
     "乌兹别克斯坦多家媒体转载了这一消息。论文发表于国际学术期刊。",
     False),
    ("r45d-zh-kaist-chips-neg",
     "哈萨克斯坦与韩国KAIST合作培养半导体工程师",
     "哈萨克斯坦纳扎尔巴耶夫大学与韩国科学技术院签署协议，未来五年联合培养两百名半导体工程师。报道提到中国企业在当地"
     "芯片市场份额较大，但该项目仅与韩方合作。",
     False),
    ("r45d-zh-africa-agri-neg",
     "中非农业科技合作中心新增五个示范基地",
     "中国—非洲农业科技合作中心在肯尼亚、埃塞俄比亚等国新增五个示范基地。负责人表示，中亚地区和哈萨克斯坦"
     "也曾表达合作意向，但本期项目只面向非洲国家。",
     False),
    ("r45d-zh-sco-fm-communique-neg",
     "上合组织外长在阿斯塔纳会晤 通过涵盖多领域的公报",
     "上海合作组织成员国外长理事会会议在阿斯塔纳举行，中国、哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦、"
     "乌兹别克斯坦等国外长表示，将在安全、经贸、能源、交通、科技、教育和人文等领域加强合作。",
     False),
    ("r45d-zh-bishkek-joint-lab-rel",
     "比什凯克电：中吉高校共建农业联合实验室揭牌",
     "新华社比什凯克电 吉尔吉斯斯坦国立农业大学与西北农林科技大学共建的旱作农业联合实验室日前揭牌，"
     "两校科研人员将在楚河州试验田联合开展节水灌溉和抗旱品种研究。",
     True),
    ("r45d-zh-sco-university-forum-rel",
     "上合组织大学校长论坛在杜尚别举行 中塔高校签署联合培养协议",
     "上海合作组织大学校长论坛在杜尚别举行，新疆大学与塔吉克斯坦国立大学签署研究生联合培养协议，"
     "双方将互派教师，共建可再生能源专业，并每年各招收二十名学生。",
     True),
    # ------------------------------------------------------------------ Kazakh
    ("r45d-kk-asteroid-dateline-neg",
     "Алматы: Қытай зонды астероидтан топырақ үлгісін алды",
     "Алматы. Kazinform – Қытайдың «Тяньвэнь-2» зонды жерге жақын астероидқа қонып, топырақ үлгісін "
     "алды, деп хабарлады Қытайдың ұлттық ғарыш басқармасы. Үлгі 2027 жылы Жерге жеткізіледі, оны "
     "Қытай ғалымдары зерттейді.",
     False),
    ("r45d-kk-seoul-medicine-neg",
     "Назарбаев Университеті мен Сеул ұлттық университеті медицина бойынша бірлескен бағдарлама ашады",
     "Назарбаев Университеті Оңтүстік Кореяның Сеул ұлттық университетімен бірге биомедицина "
     "магистратурасын ашады. Ректордың айтуынша, Қытай университеттері де ұсыныс жасаған, бірақ "
     "бағдарлама тек корей серіктесімен жүзеге асады.",
     False),
    ("r45d-kk-erasmus-projects-neg",
     "Қазақстандық университеттер Erasmus+ бағдарламасы бойынша 40 жоба ұтты",
     "Биыл Қазақстанның 25 университеті Еуропалық Одақтың Erasmus+ бағдарламасы аясында 40 жобаға "
     "грант алды: студенттер мен оқытушылар Еуропа университеттерінде білім алады. Қытаймен "
     "алмасу бағдарламалары бұл есепке кірмейді.",
     False),
    ("r45d-kk-sco-astana-declaration-neg",
     "ШЫҰ саммиті Астана декларациясын қабылдады",
     "Шанхай ынтымақтастық ұйымы мүше елдерінің басшылары, соның ішінде Қытай, Қазақстан, Қырғызстан, "
     "Тәжікстан және Өзбекстан, қауіпсіздік, сауда, энергетика, көлік, ғылым, білім беру және мәдениет "
     "салаларын қамтитын декларацияға қол қойды.",
     False),
    ("r45d-kk-astana-dateline-joint-rel",
     "Астана: аграрлық университет пен Қытайдың Солтүстік-батыс университеті бірлескен зертхана ашты",
     "Астана. Kazinform – С.Сейфуллин атындағы Қазақ агротехникалық зерттеу университеті мен Қытайдың "
     "Солтүстік-батыс ауыл шаруашылығы және орман университеті топырақ құнарлылығын зерттейтін "
     "бірлескен зертхана ашты.",
     True),
    ("r45d-kk-trilateral-altai-rel",
     "Алтай мұздықтарына шығыс қазақстандық және шыңжаңдық зерттеушілер бірге аттанады",
     "Қазақстанның Шығыс Қазақстан университеті мен Қытайдың Шыңжаң университеті Алтай тауларындағы "
     "мұздықтарды бірлесіп зерттейді. Экспедицияға Ресейдің Томск университетінен бір маман "
     "бақылаушы ретінде қатысады.",
     True),
    # ------------------------------------------------------------------ Kyrgyz
    ("r45d-ky-fusion-dateline-neg",
     "Бишкек: кытай окумуштуулары термоядролук реактордо жаңы рекорд коюшту",
     "Бишкек. Кабар – Кытайдын EAST термоядролук реактору плазманы 1000 секунддан ашык кармап, жаңы "
     "рекорд койду, деп билдирди Кытай илимдер академиясынын Хэфэйдеги институту. Тажрыйба кытай "
     "окумуштууларынын күчү менен өткөрүлдү.",
     False),
    ("r45d-ky-ankara-manas-neg",
     "Манас университети менен Анкара университети айыл чарба боюнча илимий долбоор баштады",
     "Кыргыз-Түрк Манас университети жана Түркиянын Анкара университети Чүй өрөөнүндө топурак "
     "изилдөө долбоорун баштады. Долбоордун жетекчиси Кытай рыногу тууралуу гана бир сүйлөм айтты, "
     "бирок ага кытай тарап катышпайт.",
     False),
    ("r45d-ky-spb-polytech-neg",
     "Санкт-Петербург политехникалык университети Бишкекте инженердик борбор ачат",
     "Петр Улуу атындагы Санкт-Петербург политехникалык университети Кыргыз мамлекеттик техникалык "
     "университети менен бирге Бишкекте инженердик окуу борборун ачат. Кытайдын жабдуулары "
     "салыштыруу үчүн гана аталды.",
     False),
    ("r45d-ky-ca-china-fm-neg",
     "Борбор Азия – Кытай: тышкы иштер министрлери биргелешкен билдирүү кабыл алышты",
     "Кытай жана Борбор Азиянын беш өлкөсүнүн тышкы иштер министрлери коопсуздук, соода, энергетика, "
     "транспорт, айыл чарба, илим, билим берүү жана туризм тармактарындагы кызматташтыкты камтыган "
     "билдирүүгө кол коюшту.",
     False),
    ("r45d-ky-bishkek-dateline-joint-rel",
     "Бишкек: КУУ менен Шинжаң университети биргелешкен лаборатория ачты",
     "Бишкек. Кабар – Жусуп Баласагын атындагы Кыргыз улуттук университети менен Кытайдын Шинжаң "
     "университети экология боюнча биргелешкен лаборатория ачты. Эки өлкөнүн окумуштуулары Ысык-Көлдүн "
     "суусун бирге изилдешет.",
     True),
    ("r45d-ky-sco-rectors-rel",
     "ШКУ университетинин ректорлор кеңеши: кыргыз жана кытай ЖОЖдору биргелешкен магистратура ачат",
     "Бишкекте өткөн Шанхай кызматташтык уюмунун университетинин ректорлор кеңешинде Кыргыз "
     "мамлекеттик техникалык университети менен Кытайдын Даляң политехникалык университети "
     "энергетика боюнча биргелешкен магистратура ачууга макулдашты.",
     True),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r45d-uz-saline-rice-dateline-neg",
     "Toshkent: Xitoy olimlari sho‘r tuproqqa chidamli guruch navini yaratdi",
     "Toshkent, UzA. Xitoy qishloq xo‘jaligi fanlari akademiyasi olimlari dengiz suviga yaqin sho‘r "
     "yerlarda o‘sadigan yangi guruch navini yaratdi, deb xabar berdi Sinxua agentligi. Hosildorlik "
     "gektariga 6 tonnaga yetgan.",
     False),
    ("r45d-uz-fraunhofer-solar-neg",
     "Toshkent davlat texnika universiteti Fraunhofer instituti bilan quyosh energetikasi bo‘yicha tadqiqot boshladi",
     "Islom Karimov nomidagi Toshkent davlat texnika universiteti Germaniyaning Fraunhofer instituti "
     "bilan quyosh panellarini sinash bo‘yicha qo‘shma tadqiqot boshladi. Xitoy panellari faqat "
     "taqqoslash uchun tilga olindi.",
     False),
    ("r45d-uz-tokyo-archaeology-neg",
     "Tokio universiteti arxeologlari Surxondaryoda qazishmalarni davom ettiradi",
     "Yaponiyaning Tokio universiteti va O‘zbekiston Fanlar akademiyasi Arxeologiya instituti "
     "Surxondaryodagi qadimiy shahar xarobalarini birgalikda o‘rganmoqda. Xitoy manbalarida bu shahar "
     "eslatilgani haqida gapirildi, xolos.",
     False),
    ("r45d-uz-samarkand-declaration-neg",
     "Samarqand deklaratsiyasi: xavfsizlik, savdo va energetika ustuvor yo‘nalish",
     "ShHT davlat rahbarlari Samarqandda qabul qilgan yakuniy hujjat terrorizmga qarshi kurash, "
     "bojxona, neft-gaz, temir yo‘llar, oziq-ovqat xavfsizligi, ilmiy aloqalar va oliy ta’limni "
     "qamrab oladi; uni Pekin, Toshkent, Ostona, Bishkek va Dushanbe vakillari imzoladi.",
     False),
    ("r45d-uz-tashkent-dateline-joint-rel",
     "Toshkent: O‘zMU va Nankin universiteti qo‘shma laboratoriya ochdi",
     "Toshkent, Dunyo axborot agentligi. Mirzo Ulug‘bek nomidagi O‘zbekiston Milliy universiteti va "
     "Xitoyning Nankin universiteti suv resurslarini o‘rganish bo‘yicha qo‘shma laboratoriya ochdi. "
     "Ikki mamlakat olimlari birgalikda tadqiqot olib boradi.",
     True),
    ("r45d-uz-dalian-branch-russian-rel",
     "Xitoyning Dalyan politexnika universiteti Toshkentda filial ochdi",
     "Dalyan politexnika universitetining Toshkentdagi filiali O‘zbekiston Oliy ta’lim vazirligi bilan "
     "hamkorlikda to‘qimachilik muhandislarini tayyorlaydi. Loyihada Rossiyaning Kosigin universiteti "
     "ham o‘quv dasturi bo‘yicha maslahatchi sifatida qatnashadi.",
     True),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r45d-uzc-antarctic-dateline-neg",
     "Тошкент: Хитой Антарктидада бешинчи илмий станцияни очди",
     "Тошкент, «Дунё» АА. Хитой Антарктидадаги бешинчи илмий станцияси «Циньлин»ни ишга туширди, "
     "деб хабар берди Хитой табиий ресурслар вазирлиги. Станцияда хитойлик қутб тадқиқотчилари "
     "йил бўйи иқлим ва музликларни ўрганади.",
     False),
    ("r45d-uzc-erasmus-teachers-neg",
     "Ўзбекистонлик 300 нафар ўқитувчи Erasmus+ дастури орқали Европада малака оширади",
     "Европа Иттифоқининг Erasmus+ дастури доирасида Ўзбекистон олий таълим муассасаларининг 300 "
     "нафар ўқитувчиси Италия ва Испания университетларида малака оширади. Хитой билан алмашув "
     "дастурлари бу рақамга кирмайди.",
     False),
    ("r45d-uzc-seoul-it-neg",
     "Сеул миллий университети Тошкентда сунъий интеллект курсини очди",
     "Жанубий Кореянинг Сеул миллий университети Тошкент ахборот технологиялари университети билан "
     "сунъий интеллект бўйича қисқа курс очди. Эксперт Хитой компаниялари ҳам бу соҳада фаол "
     "эканини айтди, аммо курс фақат корейс ҳамкорлари билан ўтади.",
     False),
    ("r45d-uzc-sco-declaration-neg",
     "ШҲТ саммити якунида декларация қабул қилинди",
     "Шанхай ҳамкорлик ташкилотига аъзо давлатлар, жумладан Хитой, Ўзбекистон, Қозоғистон, "
     "Қирғизистон ва Тожикистон раҳбарлари хавфсизлик, савдо, энергетика, транспорт, фан, таълим ва "
     "туризм соҳаларини қамраган декларацияни қабул қилди.",
     False),
    ("r45d-uzc-tashkent-geology-rel",
     "Тошкент: Ўзбекистон ва Хитой геологлари қўшма экспедиция ўтказади",
     "Тошкент, «Дунё» АА. Ўзбекистон Геология фанлари институти ва Хитой геология фанлари академияси "
     "Қизилқумда ноёб металлар бўйича қўшма экспедиция ўтказиш ва ёш геологларни бирга тайёрлаш "
     "тўғрисида келишув имзолади.",
     True),
    ("r45d-uzc-sco-agro-centre-rel",
     "ШҲТ саммитида Ўзбекистон ва Хитой қўшма агротехнология маркази тузишга келишди",
     "Саммит доирасида Тошкент давлат аграр университети ва Хитойнинг Шимоли-ғарбий қишлоқ хўжалиги "
     "ва ўрмон университети томчилатиб суғориш бўйича қўшма тадқиқот маркази ташкил этиш тўғрисида "
     "битим имзолади.",
     True),
    # ------------------------------------------------------------------ Tajik
    ("r45d-tg-khujand-train-dateline-neg",
     "Хуҷанд: муҳандисони Чин қатори нави баландсуръатро озмоиш карданд",
     "Хуҷанд. Ховар – Муҳандисони Чин қатори нави магнитиро бо суръати 600 километр дар як соат "
     "озмоиш карданд, хабар медиҳад агентии Синхуа. Технологияи нав дар Донишгоҳи Тунҷии Шанхай "
     "таҳия шудааст.",
     False),
    ("r45d-tg-kaist-tech-neg",
     "Донишгоҳи техникии Тоҷикистон ва KAIST барномаи муштарак оғоз карданд",
     "Донишгоҳи техникии Тоҷикистон ба номи академик М. Осимӣ бо Институти олии илм ва технологияи "
     "Корея (KAIST) барномаи муштараки магистрӣ оид ба роботтехника оғоз кард. Чин танҳо ҳамчун "
     "бозори бузурги технология зикр шуд.",
     False),
    ("r45d-tg-africa-science-neg",
     "Чин ва Африка 20 маркази илмии муштарак месозанд",
     "Вазорати илм ва технологияи Чин бо Иттиҳоди Африқо дар бораи сохтани 20 маркази илмии муштарак "
     "созишнома имзо кард. Намояндаи вазорат гуфт, ки бо Осиёи Марказӣ ва Тоҷикистон низ таҷриба "
     "ҳаст, вале барнома танҳо ба Африқо дахл дорад.",
     False),
    ("r45d-tg-ca-china-summit-neg",
     "Эъломияи ниҳоии нишасти Осиёи Марказӣ – Чин қабул шуд",
     "Дар ҳуҷҷати ниҳоӣ, ки роҳбарони шаш кишвар дар Остона ба имзо расониданд, мубориза бо терроризм, "
     "гумрук, роҳи оҳан, гази табиӣ, обёрӣ, илм, таҳсилоти олӣ ва сайёҳӣ ҳамчун самтҳои ҳамкорӣ "
     "номбар шудаанд.",
     False),
    ("r45d-tg-dushanbe-academy-joint-rel",
     "Душанбе: Академияи илмҳо ва Академияи илмҳои Чин маркази муштарак кушоданд",
     "Душанбе. Ховар – Академияи миллии илмҳои Тоҷикистон ва Академияи илмҳои Чин маркази муштараки "
     "тадқиқоти зилзилаҳоро кушоданд. Олимони ду кишвар маълумотро якҷоя таҳлил мекунанд ва "
     "докторантҳоро муштаракан омода месозанд.",
     True),
    ("r45d-tg-sco-lab-rel",
     "Донишгоҳи миллӣ ва Донишгоҳи Синҷон дар ҳошияи СҲШ лабораторияи энергияи сабз месозанд",
     "Дар ҳошияи нишасти СҲШ Донишгоҳи миллии Тоҷикистон ва Донишгоҳи Синҷон созишнома дар бораи "
     "таъсиси лабораторияи муштараки энергияи барқароршаванда ва мубодилаи донишҷӯён имзо карданд.",
     True),
    # ------------------------------------------------------------------ Turkmen
    ("r45d-tk-radiotelescope-dateline-neg",
     "Aşgabat: Hytaý alymlary täze radioteleskopy işe girizdi",
     "Aşgabat, TDH. Hytaýyň Ylymlar akademiýasynyň alymlary Sinszýanda diametri 110 metr bolan täze "
     "radioteleskopy işe girizdiler, diýip Sinhua habar berýär. Teleskop uzak galaktikalary öwrenmek "
     "üçin niýetlenendir.",
     False),
    ("r45d-tk-tokyo-medicine-neg",
     "Ýürek kesellerini Tokio uniwersitetiniň alymlary bilen öwrenerler",
     "Türkmenistanyň Döwlet lukmançylyk uniwersiteti Ýaponiýanyň Tokio uniwersiteti bilen ýürek "
     "keselleri boýunça bilelikdäki barlag geçirmek barada ylalaşyk baglaşdy. Hytaý diňe enjam "
     "üpjünçisi hökmünde agzaldy.",
     False),
    ("r45d-tk-asean-digital-neg",
     "Hytaý we ASEAN döwletleri sanly tehnologiýalar merkezini açdy",
     "Hytaý we ASEAN döwletleri Nanninde sanly tehnologiýalar boýunça bilelikdäki merkez açdylar. "
     "Guramaçylar Merkezi Aziýa we Türkmenistan bilen hem gyzyklanma bardygyny aýtdylar, emma merkez "
     "diňe Günorta-Gündogar Aziýa üçin.",
     False),
    ("r45d-tk-ca-china-summit-neg",
     "Alty ýurduň liderleri Astanada 18 ugry öz içine alýan resminama gol çekdi",
     "Hytaýyň, Türkmenistanyň, Gazagystanyň, Gyrgyzystanyň, Täjigistanyň we Özbegistanyň "
     "ýolbaşçylary howpsuzlyk, söwda, energetika, ulag, oba hojalygy, ylym, bilim we syýahatçylyk "
     "ugurlaryny öz içine alýan jarnama gol çekdiler.",
     False),
    ("r45d-tk-ashgabat-dateline-joint-rel",
     "Aşgabat: Türkmen döwlet uniwersiteti we Lançžou uniwersiteti bilelikdäki merkez açdy",
     "Aşgabat, TDH. Magtymguly adyndaky Türkmen döwlet uniwersiteti we Hytaýyň Lançžou uniwersiteti "
     "çölleri öwrenmek boýunça bilelikdäki ylmy merkez açdylar. Iki ýurduň alymlary Garagumda "
     "bilelikde barlag geçirer.",
     True),
    ("r45d-tk-petroleum-gubkin-rel",
     "Hytaýyň nebit uniwersiteti Aşgabatda bilelikdäki okuw merkezini açdy",
     "Hytaýyň Nebit uniwersiteti (Pekin) we Türkmenistanyň Halkara nebit we gaz uniwersiteti "
     "buraw inženerlerini bilelikde taýýarlamak üçin okuw merkezini açdylar. Russiýanyň Gubkin "
     "uniwersiteti hem maslahatçy hökmünde gatnaşýar.",
     True),
]
