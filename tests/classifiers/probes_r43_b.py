"""Round-43 probes, part B (kk, ky, uz Latin): see ``probes_r43.py`` for what the set is and how it was built."""

from __future__ import annotations

PROBES_R43_B: list[tuple[str, str, str, bool]] = [
    # ------------------------------------------------------------------ Kazakh
    ("r43-kk-gas-plant-neg",
     "Жаңаөзенде қытайлық компания газ өңдеу зауытын салады",
     "Маңғыстау облысындағы Жаңаөзенде Қытай компаниясы жылына 900 млн текше метр газ өңдейтін зауыт "
     "салуды бастады. Жобаға 300-ге жуық инженер тартылып, заманауи технология қолданылады, деп хабарлады "
     "Энергетика министрлігі. Зауыт 2028 жылы іске қосылмақ.",
     False),
    ("r43-kk-bakhty-customs-neg",
     "Бақты өткелінде цифрлық кеден жүйесі іске қосылды",
     "Қазақстан мен Қытай шекарасындағы Бақты өткізу пунктінде жүк көліктеріне арналған цифрлық кеден "
     "жүйесі енгізілді. Енді жүргізушілер декларацияны алдын ала онлайн тапсырады, бұл кезекті үш есе "
     "қысқартты, деп мәлімдеді Мемлекеттік кірістер комитеті.",
     False),
    ("r43-kk-film-week-neg",
     "Қарағанды университетінде Қытай киносы апталығы өтіп жатыр",
     "Бөкетов атындағы Қарағанды университетінде Қытай киносы апталығы басталды. Студенттер мен қала "
     "тұрғындарына бес көркем фильм тегін көрсетіледі, деп хабарлады университеттің баспасөз қызметі. "
     "Іс-шараны Қазақстандағы Қытай елшілігі ұйымдастырды.",
     False),
    ("r43-kk-marathon-neg",
     "Алматы марафонында Қытай мен Қазақстан желаушылары жарысты",
     "Алматы марафонына 25 елден 20 мыңнан астам адам қатысты. Ерлер арасында қазақстандық желаушы "
     "бірінші келді, екінші орын Қытай спортшысына бұйырды. Нәтижелер электронды чип технологиясы "
     "арқылы есептелді, ал медициналық көмекті университет студенттері көрсетті.",
     False),
    ("r43-kk-beijing-supercomputer-neg",
     "Астана: Қытай жаңа суперкомпьютерін таныстырды",
     "Астана. Қытай ғалымдары секундына екі эксафлоп есептейтін жаңа суперкомпьютерді таныстырды, деп "
     "хабарлайды Қазақстандағы Синьхуа тілшісі. Машина Уси қаласындағы ұлттық орталықта орнатылып, "
     "ауа райын болжау мен жасанды интеллект зерттеулеріне пайдаланылады.",
     False),
    ("r43-kk-turkey-drones-neg",
     "Қазақстан мен Түркия ұшқышсыз аппараттар бойынша мамандар даярлайды",
     "Қазақстанның Азаматтық авиация академиясы мен Түркияның аэроғарыш университеті ұшқышсыз "
     "аппараттар инженерлерін бірлесіп даярлау туралы келісімге қол қойды. Сарапшылардың айтуынша, "
     "бұл нарықта Қытай жетекші орында, бірақ бағдарлама тек түрік технологиясына негізделген.",
     False),
    ("r43-kk-medicine-aid-neg",
     "Қытай Қазақстанға су тасқынынан зардап шеккендерге дәрі-дәрмек жіберді",
     "Қытай үкіметі Қазақстанның су тасқыны болған өңірлеріне 50 тонна дәрі-дәрмек пен медициналық "
     "жабдық жіберді. Гуманитарлық жүкте заманауи технологиямен жасалған су тазартқыштар да бар, деп "
     "хабарлады ТЖМ. Жүк Ақтөбе мен Қостанай облыстарына таратылады.",
     False),
    ("r43-kk-trade-innovation-neg",
     "Шымкентте Қазақстан-Қытай сауда конференциясы өтті",
     "Шымкентте өткен Қазақстан-Қытай сауда конференциясында екі елдің кәсіпкерлері тоқыма, құрылыс "
     "материалдары және жеміс экспорты бойынша 18 келісімге қол қойды. Әкім инновация мен цифрлық "
     "сауданы өңірдің басты бағыты деп атады.",
     False),
    ("r43-kk-seismic-lab-rel",
     "Алматы сейсмологтары қытайлық геофизиктермен Тянь-Шань сілкіністерін бақылайды",
     "Алматыдағы Сейсмология институты мен Қытай жер сілкінісі басқармасының Геофизика институты "
     "бірлескен зертхана ашты. Екі елдің ғалымдары Тянь-Шаньдағы жер сілкіністерін бірге зерттеп, "
     "деректермен алмасады.",
     True),
    ("r43-kk-double-degree-rel",
     "Қазақстандық студенттер Қытай университетінде қос диплом алады",
     "Еуразия ұлттық университеті мен Пекиннің Бэйхан университеті аэроғарыш инженериясы бойынша қос "
     "дипломды бағдарлама ашты. Қазақстандық студенттер екі жыл Астанада, екі жыл Пекинде оқиды.",
     True),
    ("r43-kk-wheat-research-rel",
     "Қазақ және қытай ғалымдары құрғақшылыққа төзімді бидай сұрыбын шығарады",
     "Қазақ егіншілік және өсімдік шаруашылығы ғылыми-зерттеу институты мен Қытай ауыл шаруашылығы "
     "ғылымдары академиясы құрғақшылыққа төзімді бидай сұрыптарын бірлесіп шығару жобасын бастады.",
     True),
    # ------------------------------------------------------------------ Kyrgyz
    ("r43-ky-coal-plant-neg",
     "Кара-Кечеде кытайлык компания жылуулук электр станциясын курат",
     "Жумгал районундагы Кара-Кече кен ордосунун жанында кытайлык компания жылуулук электр станциясын "
     "курууну баштады. Курулушта 400 инженер жана жумушчу иштеп, заманбап технология колдонулат, деп "
     "билдирди Энергетика министрлиги. Станция 2027-жылы ишке кирет.",
     False),
    ("r43-ky-torugart-digital-neg",
     "Торугарт өткөөлүндө жүктөрдү санариптик каттоо башталды",
     "Кыргызстан менен Кытайдын ортосундагы Торугарт өткөөлүндө жүк ташуучу унаалар санариптик "
     "системада катталып баштады. Бажы кызматынын маалыматына караганда, электрондук декларация "
     "кезекти эки эсе кыскартты, октябрда 12 миң унаа өттү.",
     False),
    ("r43-ky-chess-neg",
     "Бишкекте Борбор Азия жана Кытай шахматчыларынын турнири өттү",
     "Бишкекте Кыргыз улуттук университетинин имаратында өткөн эл аралык шахмат турниринде "
     "Кытайдын гроссмейстери биринчи орунду алды, Кыргызстандын шахматчысы үчүнчү болду. Оюндар "
     "онлайн технология аркылуу түз көрсөтүлдү.",
     False),
    ("r43-ky-ventilators-neg",
     "Кытай Кыргызстанга 60 өпкөнү жасалма желдетүү аппаратын тапшырды",
     "Кытай өкмөтү Кыргызстандын Саламаттык сактоо министрлигине 60 өпкөнү жасалма желдетүү аппаратын "
     "жана заманбап технологиядагы монитордук жабдууларды тапшырды. Жабдуулар Ош жана Жалал-Абад "
     "облустарынын ооруканаларына бөлүштүрүлөт.",
     False),
    ("r43-ky-russia-physics-neg",
     "Кыргыз жана орус физиктери Ысык-Көлдө обсерватория курушат",
     "Кыргыз Улуттук илимдер академиясы менен Россиянын Илимдер академиясы Ысык-Көлдө космостук "
     "нурларды изилдөөчү обсерватория курууга макулдашты. Долбоордо Кытай жана башка өлкөлөрдүн "
     "жабдуулары сатылып алынышы мүмкүн экени гана айтылды.",
     False),
    ("r43-ky-sco-statement-neg",
     "ШКУнун саммити: лидерлер декларацияга кол коюшту",
     "Шанхай кызматташтык уюмунун саммитинде Кытай, Кыргызстан, Казакстан, Тажикстан, Өзбекстан, "
     "Россия жана башка мүчө өлкөлөрдүн лидерлери коопсуздук, соода, энергетика, транспорт, илим, "
     "билим берүү, маданият жана туризм тармактарын камтыган декларацияга кол коюшту.",
     False),
    ("r43-ky-forum-innovation-neg",
     "Ошто кыргыз-кытай экономикалык форуму өттү",
     "Ош шаарында өткөн кыргыз-кытай экономикалык форумунда эки өлкөнүн ишкерлери айыл чарба, "
     "тамак-аш өнөр жайы жана курулуш боюнча 10 келишимге кол коюшту. Форумдун катышуучулары "
     "инновация жана санариптештирүү экономиканын кыймылдаткычы экенин белгилешти.",
     False),
    ("r43-ky-africa-science-neg",
     "Кытай Африка өлкөлөрү менен 50 илимий долбоор ишке ашырат",
     "Кытайдын Илим жана технология министрлиги Африка өлкөлөрү менен суу тазалоо, айыл чарба жана "
     "медицина боюнча 50 илимий долбоорду каржылай турганын жарыялады. Министрликтин өкүлү Борбор "
     "Азия менен да тажрыйба бар экенин айтты, бирок программа Африкага гана арналган.",
     False),
    ("r43-ky-glacier-monitoring-rel",
     "КРСУ жана Шинжаң институту жыл сайын биргелешкен мөңгү экспедициясын уюштурат",
     "Кыргыз-Орус Славян университети менен Кытай илимдер академиясынын Шинжаң экология жана "
     "география институту Тянь-Шандагы мөңгүлөрдү биргелешип мониторинг жүргүзүү боюнча келишимге "
     "кол коюшту. Окумуштуулар жыл сайын биргелешкен экспедиция уюштурат.",
     True),
    ("r43-ky-chinese-language-teachers-rel",
     "Кытайдан 30 мугалим Кыргызстандын мектептеринде кытай тилин окутат",
     "Кытайдын Билим берүү министрлиги жана Кыргызстандын Билим берүү жана илим министрлигинин "
     "макулдашуусу боюнча 30 кытайлык мугалим Нарын жана Талас облустарынын мектептеринде кытай тилин "
     "окута баштады.",
     True),
    ("r43-ky-ai-course-rel",
     "Кыргыз студенттери кытай университетинде жасалма интеллект боюнча окушат",
     "Кыргыз мамлекеттик техникалык университети менен Шинжаң университети жасалма интеллект боюнча "
     "биргелешкен окуу программасын ачты. Биринчи топто 25 студент бар, алар Үрүмчүдө бир жыл окушат.",
     True),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r43-uz-hydro-plant-neg",
     "Xitoy kompaniyasi Pskom daryosida GES qurishni boshladi",
     "Toshkent viloyatidagi Pskom daryosida Xitoy kompaniyasi quvvati 400 megavatt bo‘lgan "
     "gidroelektr stansiyasini qurishni boshladi. Loyihada 500 ga yaqin muhandis ishlaydi va zamonaviy "
     "texnologiya qo‘llaniladi, deb xabar berdi Energetika vazirligi.",
     False),
    ("r43-uz-air-cargo-neg",
     "Navoiy aeroportida Xitoy yuklari uchun raqamli bojxona joriy etildi",
     "O‘zbekiston va Xitoy o‘rtasidagi havo yuk tashuvlari uchun Navoiy xalqaro aeroportida raqamli "
     "bojxona tizimi ishga tushirildi. Endi yuk deklaratsiyalari onlayn topshiriladi va rasmiylashtirish "
     "vaqti ikki soatgacha qisqardi, deb ma’lum qildi Bojxona qo‘mitasi.",
     False),
    ("r43-uz-silk-fashion-neg",
     "Samarqand universitetida “Ipak va atlas” moda ko‘rgazmasi ochildi",
     "Samarqand davlat universitetida O‘zbekiston va Xitoy dizaynerlarining ipak va atlas liboslari "
     "ko‘rgazmasi ochildi. Talabalar liboslarni namoyish qildi, ko‘rgazma sayyohlar uchun bir hafta "
     "davomida bepul ochiq bo‘ladi.",
     False),
    ("r43-uz-volleyball-neg",
     "O‘zbekiston voleybolchilari Xitoy terma jamoasiga yutqazdi",
     "Osiyo chempionatida O‘zbekiston ayollar voleybol terma jamoasi Xitoy jamoasiga 0:3 hisobida "
     "yutqazdi. O‘yin Toshkentdagi Jismoniy tarbiya va sport universiteti zalida bo‘lib o‘tdi, hakamlar "
     "videotakror texnologiyasidan foydalandi.",
     False),
    ("r43-uz-insulin-aid-neg",
     "Xitoy O‘zbekistonga insulin va tibbiy jihozlar yubordi",
     "Xitoy hukumati O‘zbekiston Sog‘liqni saqlash vazirligiga 100 ming dona insulin va zamonaviy "
     "texnologiya asosidagi glyukometrlarni insonparvarlik yordami sifatida topshirdi. Yuklar "
     "Farg‘ona va Qashqadaryo viloyatlari shifoxonalariga tarqatiladi.",
     False),
    ("r43-uz-turkey-textile-neg",
     "Ege universiteti Toshkentda tikuvchilik muhandislari uchun o‘quv markazi ochdi",
     "Toshkent to‘qimachilik va yengil sanoat instituti Turkiyaning Ege universiteti bilan to‘qimachilik "
     "texnologiyalari o‘quv markazini ochdi. Rektorning aytishicha, markaz Xitoy uskunalari bilan "
     "raqobat qilishga tayyor mutaxassislar tayyorlaydi.",
     False),
    ("r43-uz-tashkent-dateline-neg",
     "Toshkent: Xitoy yangi kosmik stansiyaga uch tadqiqotchi yubordi",
     "Toshkent, Dunyo axborot agentligi. Xitoy “Shenchjou” kosmik kemasida uch nafar tadqiqotchini "
     "“Tyangun” orbital stansiyasiga yubordi. Ekipaj olti oy davomida biologiya va materialshunoslik "
     "bo‘yicha tajribalar o‘tkazadi, deb xabar berdi Xitoy kosmik agentligi.",
     False),
    ("r43-uz-fruit-forum-neg",
     "Andijonda O‘zbekiston–Xitoy meva-sabzavot eksport forumi o‘tdi",
     "Andijonda o‘tgan O‘zbekiston–Xitoy meva-sabzavot eksport forumida 25 ta kelishuv imzolandi, "
     "ularning umumiy qiymati 300 million dollar. Hokim innovatsiya va raqamli savdo hududning "
     "kelajagi ekanini ta’kidladi.",
     False),
    ("r43-uz-cotton-genome-rel",
     "O‘zbek va xitoy olimlari g‘o‘za genomini birgalikda o‘rganadi",
     "O‘zbekiston Fanlar akademiyasining Genomika va bioinformatika markazi Xitoy qishloq xo‘jaligi "
     "fanlari akademiyasining Paxta tadqiqot instituti bilan qo‘shma laboratoriya ochdi. Olimlar "
     "qurg‘oqchilikka chidamli g‘o‘za navlarini yaratish ustida ishlaydi.",
     True),
    ("r43-uz-joint-faculty-rel",
     "Toshkentda Xitoy universiteti bilan qo‘shma fakultet ochildi",
     "Toshkent davlat texnika universiteti va Xitoyning Xarbin politexnika universiteti qo‘shma "
     "muhandislik fakultetini ochdi. Talabalar ikki universitet diplomini oladi, darslarning bir qismini "
     "xitoylik o‘qituvchilar olib boradi.",
     True),
    ("r43-uz-solar-research-rel",
     "Parkentdagi Katta quyosh pechida xitoylik fiziklar bilan qo‘shma tajribalar",
     "Fanlar akademiyasining Fizika-quyosh instituti va Xitoy fanlar akademiyasining Elektrotexnika "
     "instituti Parkentdagi Katta quyosh pechida qo‘shma tadqiqotlar o‘tkazish to‘g‘risida kelishuv "
     "imzoladi.",
     True),
]
