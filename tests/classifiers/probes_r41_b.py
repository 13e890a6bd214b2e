"""Round-41 probes, part B (kk, ky, uz Latin): see ``probes_r41.py`` for what the set is and how it was built."""

from __future__ import annotations

PROBES_R41_B: list[tuple[str, str, str, bool]] = [
    # ------------------------------------------------------------------ Kazakh
    ("r41-kk-expo-stand-neg",
     "Үрімжідегі көрмеде қазақстандық компаниялар 40 келісімшартқа қол қойды",
     "Қытай – Еуразия көрмесінде Қазақстан мен Қытай кәсіпорындары ауыл шаруашылығы техникасы мен "
     "құрылыс материалдарын жеткізу туралы келісімдер жасады. Көрмеде Қазақ ұлттық аграрлық "
     "университеті де өз стендін ұсынды.",
     False),
    ("r41-kk-copper-tech-neg",
     "Шығыс Қазақстанда жаңа мыс байыту фабрикасы іске қосылды",
     "Қытайлық компания салған фабрика қытай технологиясымен жұмыс істейді және жылына 4 млн тонна кен "
     "өңдейді. Кәсіпорында 900 адам жұмыспен қамтылды, деп хабарлады облыс әкімдігі.",
     False),
    ("r41-kk-car-plant-neg",
     "Қостанай зауыты қытайлық кроссоверлердің алғашқы партиясын шығарды",
     "Қостанайдағы зауытта қытайлық маркалы кроссоверлерді құрастыру жолға қойылды, жылына 30 мың көлік "
     "шығару жоспарланған. Қытай тарапы қызметкерлерді оқытуды өз мойнына алды, деп хабарлады "
     "кәсіпорын басшылығы.",
     False),
    ("r41-kk-kcell-5g-neg",
     "Kcell қытайлық Huawei компаниясымен 5G желісін салуға келісімшарт жасады",
     "Оператор Қытайдың Huawei компаниясынан 5G желісіне арналған базалық станцияларды сатып алады. "
     "Алғашқы станциялар Астана мен Алматыда жыл соңына дейін іске қосылады, деп мәлімдеді компания.",
     False),
    ("r41-kk-temu-points-neg",
     "Қытайлық онлайн-платформа Қазақстанда 300 тапсырыс беру пунктін ашады",
     "Қытайлық интернет-дүкен биыл Қазақстанның 40 қаласында тапсырыс беру пункттерін ашып, цифрлық "
     "кеден жүйесінің арқасында Қытайдан жеткізу мерзімін бес күнге дейін қысқартпақ.",
     False),
    ("r41-kk-doctors-neg",
     "Қытай дәрігерлері Алматыда тегін ота жасады",
     "Шыңжаңның халық ауруханасынан келген 12 дәрігер екі апта ішінде Алматы қалалық ауруханасында "
     "150-ден астам ота жасап, жергілікті ауруханаға медициналық жабдық сыйлады, деп хабарлады ҚХР "
     "бас консулдығы.",
     False),
    ("r41-kk-astana-quantum-neg",
     "Қытай ғалымдары жаңа кванттық компьютер жасады",
     "АСТАНА. ҚАЗАҚПАРАТ – Қытайдың ғылым және технология университетінің ғалымдары 500 кубиттік "
     "кванттық компьютер жасағанын мәлімдеді, деп хабарлайды Синьхуа агенттігі. Құрылғы жаңа "
     "материалдарды модельдеуге арналған.",
     False),
    ("r41-kk-korea-space-neg",
     "Астана мен Сеул жерсерік жасау туралы меморандум жасасты",
     "Тараптар жерді қашықтықтан зондтау жерсерігін бірлесіп жасау туралы меморандумға қол қойды. "
     "Аэроғарыш комитетінің төрағасы бұған дейін мұндай жобалар Ресей және Қытаймен де талқыланғанын "
     "айтты.",
     False),
    ("r41-kk-sco-declaration-neg",
     "ШЫҰ саммитінде Астана декларациясы қабылданды",
     "Қазақстан, Қытай, Қырғызстан, Тәжікстан және Өзбекстан қатысқан ШЫҰ саммитінде мемлекет басшылары "
     "сауда, энергетика, көлік, қауіпсіздік, мәдениет, туризм, спорт, білім беру, ғылым және технология "
     "салаларындағы ынтымақтастықты тереңдетуге уағдаласты.",
     False),
    ("r41-kk-zharkent-festival-neg",
     "Жаркентте қазақ-қытай шекаралық фестивалі өтті",
     "Фестивальге Іле өңірінің өнер ұжымдары мен Жаркент гуманитарлық колледжінің студенттері қатысып, "
     "ән мен би көрсетті. Жәрмеңкеде ұлттық тағамдар мен қолөнер бұйымдары сатылды.",
     False),
    ("r41-kk-shanghai-tourism-neg",
     "Қазақстанның туристік әлеуеті Шанхайдағы университетте таныстырылды",
     "Туризм комитеті Шанхай университетінің студенттері мен оқытушыларына Алматы, Түркістан және "
     "Бурабай бағыттарын таныстырып, қытай азаматтарына арналған визасыз режим туралы айтып берді.",
     False),
    ("r41-kk-business-council-neg",
     "Астанада Қазақстан – Қытай іскерлік кеңесінің отырысы өтті",
     "Отырыста тараптар 1,5 млрд долларға 20 келісімге қол қойды. Спикерлер инновация, цифрлық "
     "экономика және логистика саласындағы инвестициялардың маңызын атап өтті.",
     False),
    ("r41-kk-copper-research-rel",
     "Қазақстан мен Қытай ғалымдары мыс кенін байытудың жаңа технологиясын әзірлейді",
     "Қ.И. Сәтбаев атындағы университет пен Қытай ғылым академиясының институты бірлескен зертхана "
     "ашып, төмен сапалы мыс кенін экологиялық таза әдіспен байыту технологиясын зерттейді.",
     True),
    ("r41-kk-luban-rel",
     "Шығыс Қазақстан техникалық университетінде Лу Бань шеберханасы ашылды",
     "Шеберхананы Қытайдың Тяньцзинь кәсіптік колледжімен бірлесіп құрды. Мұнда студенттер "
     "автоматика және робототехника бойынша оқиды, оқытушылар Қытайда біліктілігін арттырады.",
     True),
    ("r41-kk-huawei-students-rel",
     "Huawei қазақстандық студенттерге 5G бойынша оқу бағдарламасын іске қосты",
     "«Болашақтың тұқымдары» бағдарламасы аясында Қазақстанның 30 студенті Қытайда екі апта бойы 5G "
     "желілері мен бұлттық есептеуді оқиды. Бағдарлама Цифрлық даму министрлігімен бірлесіп өтеді.",
     True),
    ("r41-kk-chinese-teachers-rel",
     "Қытай университеті Алматыдағы мектептерге қытай тілі мұғалімдерін жіберді",
     "Шыңжаң педагогикалық университетінің 10 еріктісі Алматыдағы бес мектепте қытай тілінен сабақ "
     "береді. Бұл – екі елдің білім министрліктері арасындағы келісімнің бөлігі.",
     True),
    # ------------------------------------------------------------------ Kyrgyz
    ("r41-ky-road-drivers-neg",
     "Кытайлык компания Бишкек – Нарын – Торугарт жолунун бир бөлүгүн бүтүрдү",
     "Жолдун 60 чакырымдык бөлүгүндө кытайлык жана кыргыз инженерлери иштешти. Компания жол ачыларда "
     "жүк ташуучу айдоочуларды окутууну уюштурарын билдирди, деп кабарлады Транспорт министрлиги.",
     False),
    ("r41-ky-copper-tech-neg",
     "Таласта жез кенин иштетүү кытай технологиясы менен башталды",
     "Кыргыз-кытай биргелешкен ишканасы Талас облусундагы жез кенинде кытай технологиясы жана жабдуулары "
     "менен байытуу фабрикасын ишке киргизди. Ишканада 700 адам иштейт.",
     False),
    ("r41-ky-invest-forum-neg",
     "Бишкекте Кыргызстан – Кытай инвестициялык форуму өттү",
     "Форумда тараптар энергетика, логистика жана айыл чарба продукциясын кайра иштетүү боюнча 900 млн "
     "долларлык 18 келишимге кол коюшту. Катышуучулар инновация жана санариптик экономика тууралуу "
     "сүйлөштү.",
     False),
    ("r41-ky-megacom-5g-neg",
     "MegaCom кытайлык Huawei менен 5G тармагын куруу боюнча келишим түздү",
     "Оператор Кытайдын Huawei компаниясынан 5G тармагы үчүн базалык станцияларды сатып алат. Алгачкы "
     "станциялар Бишкек менен Ошто жыл аягына чейин иштей баштайт, деп билдирди компания.",
     False),
    ("r41-ky-donated-school-neg",
     "Кытай компаниясы Ош шаарында мектеп куруп берди",
     "Кытайлык компаниянын каражатына курулган 600 окуучуга ылайыкталган мектеп ачылды. Мектепте "
     "компьютер класстары жана спорт зал бар, шаар мэриясы компанияга ыраазычылык билдирди.",
     False),
    ("r41-ky-doctors-neg",
     "Кытайлык дарыгерлер Нарында акысыз операция жасашты",
     "Шинжаңдан келген 14 дарыгер эки жумада Нарын облустук ооруканасында 180ден ашык операция жасап, "
     "ооруканага медициналык жабдууларды тапшырышты, деп кабарлады КЭРдин элчилиги.",
     False),
    ("r41-ky-sport-match-neg",
     "Дене тарбия академиясынын футболчулары кытайлык студенттер менен беттешти",
     "Кыргыз мамлекеттик дене тарбия жана спорт академиясынын командасы Бишкекте Шинжаңдан келген "
     "студенттер курамасы менен жолдоштук беттеште 2:2 эсебинде тең чыгышты.",
     False),
    ("r41-ky-bishkek-ai-drug-neg",
     "Кытай окумуштуулары жасалма интеллект менен жаңы дары ойлоп табышты",
     "Бишкек, 5-март – Кабар. Шанхайдагы изилдөө институтунун окумуштуулары жасалма интеллекттин "
     "жардамы менен жаңы антибиотик табышканын билдиришти, деп жазат Синьхуа агенттиги.",
     False),
    ("r41-ky-japan-agro-neg",
     "Кыргызстан менен Япония айыл чарба илими боюнча кызматташат",
     "Тараптар үрөнчүлүк жана топурак изилдөө боюнча долбоорду ишке ашырууга макулдашты. Министрлик "
     "мурда ушундай долбоорлор Кытай жана Түркия менен да талкууланганын белгиледи.",
     False),
    ("r41-ky-xinjiang-tourism-neg",
     "Ысык-Көлдүн туристтик мүмкүнчүлүктөрү Шинжаң университетинде тааныштырылды",
     "Туризм департаменти Үрүмчүдөгү Шинжаң университетинин студенттерине жана мугалимдерине Ысык-Көл "
     "маршруттарын, түз авиарейстерди жана пансионаттардагы арзандатууларды тааныштырды.",
     False),
    ("r41-ky-sco-communique-neg",
     "ШКУнун өкмөт башчылар кеңеши коммюникени кабыл алды",
     "Бишкекте өткөн жыйында Кыргызстан, Кытай, Казакстан, Тажикстан жана Өзбекстандын өкмөт башчылары "
     "соода, энергетика, транспорт, маданият, туризм, билим берүү, илим жана технология тармактарында "
     "кызматташууну улантууга макул болушту.",
     False),
    ("r41-ky-logistics-centre-neg",
     "Кытайдан келген онлайн буюртмалар үчүн Бишкекте логистикалык борбор ачылды",
     "Борбор кытайлык интернет-дүкөндөрдөн келген посылкаларды санариптик бажы системасы аркылуу "
     "тариздейт. Жеткирүү мөөнөтү жети күнгө чейин кыскарат, деп билдирди компания.",
     False),
    ("r41-ky-glacier-lab-rel",
     "Теңир-Тоонун мөңгүлөрүн кыргыз-кытай лабораториясы изилдейт",
     "Улуттук илимдер академиясынын Суу проблемалары институту менен Кытайдын Шинжаң экология жана "
     "география институту Теңир-Тоонун мөңгүлөрүн бирге изилдеп, жаш гляциологдорду даярдашат.",
     True),
    ("r41-ky-luban-rel",
     "Бишкекте Лу Бань устаканасы айдоочуларды жана инженерлерди даярдай баштады",
     "Устакананы Кытайдын темир жол кесиптик колледжи Кыргыз мамлекеттик техникалык университети менен "
     "бирге ачты. Студенттер кытай тренажерлорунда окуп, мугалимдер Кытайда тажрыйба алмашат.",
     True),
    ("r41-ky-sport-coaches-rel",
     "Кыргыз дене тарбия академиясы менен Пекин спорт университети машыктыруучуларды бирге даярдайт",
     "Эки окуу жайы футбол жана күрөш боюнча машыктыруучулар үчүн биргелешкен магистратура ачуу жана "
     "спорт илими боюнча окутуучулар алмашуу тууралуу меморандумга кол коюшту.",
     True),
    ("r41-ky-medical-program-rel",
     "Кытайдын медициналык университети Ош мамлекеттик университети менен биргелешкен программа ачты",
     "Шинжаң медициналык университети жана ОшМУ үй-бүлөлүк дарыгерлерди бирге даярдашат: сабактардын "
     "бир бөлүгүн кытайлык окутуучулар өтүп, студенттер Үрүмчүдө практикадан өтүшөт.",
     True),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r41-uz-car-plant-neg",
     "Andijonda xitoy avtomobillarini yig‘ish zavodi ishga tushdi",
     "Andijon viloyatidagi zavodda xitoy brendining krossoverlari yig‘ila boshlandi, yillik quvvat 40 ming "
     "dona. Xitoy tomoni xodimlarni o‘qitishni o‘z zimmasiga oldi, korxonada 1500 ish o‘rni yaratildi.",
     False),
    ("r41-uz-expo-stand-neg",
     "Toshkentdagi ko‘rgazmada xitoylik kompaniyalar bilan 500 mln dollarlik shartnomalar imzolandi",
     "Xalqaro qishloq xo‘jaligi ko‘rgazmasida O‘zbekiston va Xitoy kompaniyalari traktor, urug‘ va o‘g‘it "
     "yetkazib berish bo‘yicha kelishuvlar imzoladi. Ko‘rgazmada Toshkent davlat agrar universiteti ham o‘z "
     "stendini taqdim etdi.",
     False),
    ("r41-uz-invest-forum-neg",
     "Samarqand forumida xitoylik investorlar bilan 3 mlrd dollarlik bitimlar tuzildi",
     "Forumda tomonlar to‘qimachilik, qurilish materiallari va logistika bo‘yicha 3 mlrd dollarlik "
     "kelishuvlarni imzoladi. Ishtirokchilar innovatsiya va raqamli iqtisodiyot o‘sish omili ekanini ta'kidladi.",
     False),
    ("r41-uz-uzmobile-5g-neg",
     "Uzmobile xitoylik ZTE bilan 5G tarmog‘i bo‘yicha shartnoma imzoladi",
     "Operator Xitoyning ZTE kompaniyasidan 5G tarmog‘i uchun tayanch stansiyalarni sotib oladi. Dastlabki "
     "stansiyalar Toshkent va Samarqandda yil oxirigacha ishga tushiriladi, deb xabar berdi kompaniya.",
     False),
    ("r41-uz-uzum-china-neg",
     "Uzum platformasi Xitoydan tovarlarni yetkazib berishni yo‘lga qo‘ydi",
     "Marketpleys xitoylik sotuvchilar uchun alohida bo‘lim ochdi, raqamli bojxona tizimi tufayli "
     "Xitoydan buyurtmalar yetti kunda yetib keladi. Platformada 2 mingdan ortiq xitoylik sotuvchi ro‘yxatdan o‘tdi.",
     False),
    ("r41-uz-doctors-neg",
     "Xitoylik shifokorlar Samarqandda bepul operatsiyalar o‘tkazdi",
     "Shinjondagi xalq shifoxonasidan kelgan 16 nafar shifokor ikki hafta davomida viloyat "
     "shifoxonasida 200 dan ortiq operatsiya o‘tkazdi va tibbiy uskunalar sovg‘a qildi, deb xabar berdi "
     "XXR elchixonasi.",
     False),
    ("r41-uz-fusion-record-neg",
     "Xitoy olimlari termoyadro reaktorida yangi rekord o‘rnatdi",
     "Toshkent, 10-aprel (UzA). Xitoyning Xefey shahridagi EAST termoyadro qurilmasida plazma 1200 "
     "soniya davomida ushlab turildi, deb xabar bermoqda Sinxua agentligi. Bu jahon rekordi hisoblanadi.",
     False),
    ("r41-uz-korea-itpark-neg",
     "O‘zbekiston va Janubiy Koreya IT-park hamkorligini kengaytiradi",
     "Tomonlar koreys IT-kompaniyalari uchun Toshkentda alohida inkubator ochish bo‘yicha memorandum "
     "imzoladi. Vazirlik ma'lumotiga ko‘ra, IT-parkda Xitoy va Hindiston kompaniyalari ham faoliyat yuritmoqda.",
     False),
    ("r41-uz-asean-digital-neg",
     "Xitoy va ASEAN raqamli ta'lim markazini ochdi",
     "Nanning shahrida ochilgan markaz Janubi-Sharqiy Osiyo davlatlari o‘qituvchilari uchun onlayn "
     "kurslar tashkil etadi. Ochilish marosimida Markaziy Osiyo davlatlari vakillari mehmon sifatida ishtirok etdi.",
     False),
    ("r41-uz-sco-declaration-neg",
     "SHHT sammitida deklaratsiya qabul qilindi",
     "O‘zbekiston, Xitoy, Qozog‘iston, Qirg‘iziston va Tojikiston rahbarlari savdo, energetika, transport, "
     "xavfsizlik, madaniyat, turizm, sport, ta'lim, fan va texnologiyalar sohalarida hamkorlikni "
     "chuqurlashtirishga kelishib oldi.",
     False),
    ("r41-uz-bukhara-festival-neg",
     "Buxorodagi «Ipak va ziravorlar» festivalida xitoylik artistlar chiqish qildi",
     "Festivalda Xitoyning Shinjon viloyatidan kelgan ansambl bilan birga Buxoro davlat universiteti "
     "talabalari milliy raqslar ijro etdi. Hunarmandlar yarmarkasida milliy taomlar namoyish qilindi.",
     False),
    ("r41-uz-xian-tourism-neg",
     "Sian shahridagi universitetda O‘zbekiston turizmi taqdimoti bo‘ldi",
     "Turizm qo‘mitasi Sian xalqaro tadqiqotlar universiteti talabalari va o‘qituvchilariga Samarqand, "
     "Buxoro va Xiva yo‘nalishlarini tanishtirdi, Xitoy fuqarolari uchun vizasiz rejim haqida gapirdi.",
     False),
    ("r41-uz-luban-auto-rel",
     "Toshkentda Xitoy bilan hamkorlikda avtomobil texnologiyalari bo‘yicha Lu Ban ustaxonasi ochildi",
     "Ustaxona Toshkent davlat transport universiteti va Xitoyning kasb-hunar kolleji tomonidan tashkil "
     "etildi. Talabalar elektromobillarni ta'mirlashni o‘rganadi, o‘qituvchilar Xitoyda malaka oshiradi.",
     True),
    ("r41-uz-copper-lab-rel",
     "O‘zbek va xitoy olimlari mis rudasini qayta ishlash bo‘yicha qo‘shma laboratoriya tashkil etdi",
     "Fanlar akademiyasining Umumiy va noorganik kimyo instituti hamda Xitoyning tog‘-kon tadqiqot "
     "instituti past navli mis rudasini ekologik toza usulda boyitish texnologiyasini birgalikda ishlab chiqadi.",
     True),
    ("r41-uz-5g-centre-rel",
     "Huawei TATUda 5G mutaxassislarini tayyorlaydigan markaz ochdi",
     "Muhammad al-Xorazmiy nomidagi Toshkent axborot texnologiyalari universitetida ochilgan markazda "
     "talabalar 5G va bulutli hisoblashni o‘rganadi. Eng yaxshi bitiruvchilar Shenchjenda amaliyot o‘taydi.",
     True),
    ("r41-uz-tourism-degree-rel",
     "Xitoy universiteti bilan turizm bo‘yicha qo‘shma ta'lim dasturi boshlanadi",
     "Samarqand xalqaro turizm universiteti va Pekin ikkinchi xorijiy tillar instituti qo‘shma "
     "bakalavriat dasturini ochadi: talabalar ikki yil Samarqandda, ikki yil Pekinda o‘qiydi.",
     True),
]
