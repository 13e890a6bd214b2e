"""Round-44 probes, the DEV blind set (issue 12): written by hand before classifiers/data was read and
before the rules were run on any of it (docs/classifier.md, "Round 44 of issue 12"). Two precision
families that round 43 measured wrong, in other situations and words than round 43's items:

* a culture event at a university or with students as its audience (a festival gala, a concert, an
  exhibition of paintings, culture days, a song or dance contest, a tea ceremony, a film week,
  Nowruz) whose only education is the venue and the audience: a hard negative;
* humanitarian or medical aid (a donation, a shipment, equipment handed over, "humanitarian aid",
  devices "of modern technology"): a hard negative.

Relevant look-alikes: a Chinese language course or Confucius Institute teaching, a joint culture
research centre, scholarships announced at a culture event; joint vaccine research, doctors trained
together, a joint medical lab, telemedicine cooperation between hospitals.

For each of en, ru, zh, kk, ky, uz (Latin), uzc (Uzbek Cyrillic), tg and tk: 4 hard negatives (2 of
each family) and 2 relevant look-alikes (1 of each family). A headline and a lede of one to three
sentences (150–400 characters; Chinese 70–200). Each row: (id, title, summary, relevant). The round's
other blind set, ``probes_r44_held.py``, was measured only once the fixes were done.
"""

from __future__ import annotations

PROBES_R44_DEV: list[tuple[str, str, str, bool]] = [
    # ------------------------------------------------------------------ English
    ("r44-en-spring-gala-neg",
     "Students in Bishkek ring in Chinese Spring Festival with university gala",
     "Bishkek State University held a Spring Festival gala in its main hall on Saturday, with lion "
     "dances, paper-cutting and a choir of 40 Kyrgyz students singing Chinese songs. The Chinese "
     "consul handed out red envelopes and lanterns to the audience.",
     False),
    ("r44-en-ink-painting-neg",
     "Chinese ink painting exhibition tours Kazakh universities",
     "An exhibition of 60 Chinese ink paintings by Xinjiang artists opened at L.N. Gumilyov Eurasian "
     "National University in Astana, the first stop of a tour that will visit universities in "
     "Shymkent and Aktobe. Students can join free guided tours until March.",
     False),
    ("r44-en-earthquake-aid-neg",
     "China sends tents and medical kits after earthquake in Tajikistan's Rasht valley",
     "A Chinese aid flight carrying 2,000 tents, blankets and first-aid kits landed in Dushanbe on "
     "Wednesday for families hit by the Rasht valley earthquake. The shipment also includes portable "
     "X-ray units built with advanced technology, the emergencies committee said.",
     False),
    ("r44-en-incubators-neg",
     "Chinese donation of newborn incubators reaches Samarkand maternity hospitals",
     "Uzbekistan's health ministry received 25 neonatal incubators and infusion pumps donated by the "
     "Chinese government. The equipment, described as using smart temperature-control technology, "
     "will be installed in maternity wards in Samarkand and Jizzakh.",
     False),
    ("r44-en-music-research-rel",
     "Kazakh and Chinese universities found a joint centre for Silk Road music research",
     "Kazakh National Conservatory and Xinjiang Arts University signed an agreement in Almaty to set "
     "up a joint research centre studying Silk Road folk music. Scholars from both sides will record, "
     "digitise and publish archives, and exchange graduate students.",
     True),
    ("r44-en-vaccine-trial-rel",
     "Uzbek and Chinese scientists start joint trial of a hepatitis vaccine",
     "Researchers from Uzbekistan's Institute of Virology and a Chinese vaccine institute in Beijing "
     "have begun a joint clinical trial of a new hepatitis B vaccine in Tashkent. The partners will "
     "share laboratory data and co-author the results, the ministry of health said.",
     True),
    # ------------------------------------------------------------------ Russian
    ("r44-ru-song-contest-neg",
     "В Бишкеке студенты вузов соревновались в конкурсе китайской песни",
     "В актовом зале Кыргызского национального университета прошёл конкурс китайской песни. Двадцать "
     "студентов из пяти вузов исполнили народные и эстрадные песни, победители получили сувениры от "
     "посольства Китая. Зрителями были преподаватели и студенты.",
     False),
    ("r44-ru-xinjiang-days-neg",
     "Дни культуры Синьцзяна открылись в Таджикском техническом университете",
     "В Таджикском техническом университете имени Осими открылись Дни культуры Синьцзян-Уйгурского "
     "автономного района Китая. Студентам показали выставку фотографий, народные танцы и мастер-класс "
     "по вырезанию из бумаги. Мероприятие продлится три дня.",
     False),
    ("r44-ru-oxygen-equipment-neg",
     "Китай передал Туркменистану партию медицинского оборудования",
     "Посольство Китая передало Министерству здравоохранения Туркменистана аппараты ИВЛ, кислородные "
     "концентраторы и экспресс-тесты. Оборудование, созданное по передовым технологиям, поступит в "
     "больницы Ахалского и Балканского велаятов, сообщило агентство.",
     False),
    ("r44-ru-flood-aid-neg",
     "Китайская гуманитарная помощь доставлена пострадавшим от паводка в Казахстане",
     "В Атырау прибыли 12 грузовиков с гуманитарной помощью из Китая: палатки, генераторы, продукты и "
     "инновационные системы очистки воды. Груз передан акимату для распределения среди жителей "
     "затопленных сёл, сообщили в МЧС Казахстана.",
     False),
    ("r44-ru-chinese-courses-rel",
     "Институт Конфуция в Караганде открыл бесплатные курсы китайского языка для студентов",
     "Институт Конфуция при Карагандинском университете имени Букетова совместно с Синьцзянским "
     "университетом открыл бесплатные курсы китайского языка. Преподаватели из Урумчи проведут "
     "занятия для 120 студентов, лучших отправят на стажировку в Китай.",
     True),
    ("r44-ru-telemedicine-rel",
     "Больницы Бишкека и Урумчи связала телемедицинская сеть",
     "Национальный госпиталь Кыргызстана и Первая клиническая больница Синьцзянского медицинского "
     "университета запустили совместные телемедицинские консультации. Врачи двух стран будут вместе "
     "разбирать сложные случаи, а кыргызские кардиологи пройдут стажировку в Урумчи.",
     True),
    # ------------------------------------------------------------------ Chinese
    ("r44-zh-spring-gala-neg",
     "塔什干国立东方大学举办春节联欢晚会",
     "乌兹别克斯坦塔什干国立东方大学举办春节联欢晚会，乌兹别克斯坦学生表演了舞龙、剪纸和中文歌曲，"
     "中国驻乌兹别克斯坦大使馆官员与数百名师生一同观看演出。",
     False),
    ("r44-zh-oil-painting-neg",
     "中国油画展在哈萨克国立大学开幕",
     "由新疆画家创作的五十幅油画作品在哈萨克斯坦阿拉木图的哈萨克国立大学展出，吸引了众多大学生和市民"
     "参观。画展将持续两周，免费向公众开放，每天下午有讲解。",
     False),
    ("r44-zh-ventilators-neg",
     "杜尚别举行中方捐赠呼吸机和移动CT交接仪式",
     "中国政府向塔吉克斯坦卫生部捐赠一批医疗物资，包括呼吸机、监护仪和采用先进技术的移动CT设备。"
     "交接仪式在杜尚别举行，物资将分发至哈特隆州各医院。",
     False),
    ("r44-zh-mudflow-relief-neg",
     "中方援助吉尔吉斯斯坦泥石流灾区的物资运抵奥什",
     "中国红十字会援助的帐篷、棉被和采用新技术的净水设备等救灾物资运抵吉尔吉斯斯坦奥什，将发放给泥石流"
     "受灾家庭。吉方紧急情况部感谢中方的人道主义援助。",
     False),
    ("r44-zh-teacher-training-rel",
     "比什凯克人文大学孔子学院开设汉语教师培训班",
     "吉尔吉斯斯坦比什凯克人文大学孔子学院与新疆师范大学合作开设汉语教师培训班，首批三十名吉尔吉斯斯坦"
     "教师将学习教学方法，优秀学员可获得赴华进修奖学金。",
     True),
    ("r44-zh-heart-surgeons-rel",
     "新疆医科大学为哈萨克斯坦培训心脏外科医生",
     "新疆医科大学第一附属医院与哈萨克斯坦国家心脏外科中心签署合作协议，未来三年将为哈方培训六十名心脏"
     "外科医生，并共同开展儿童先天性心脏病的临床研究。",
     True),
    # ------------------------------------------------------------------ Kazakh
    ("r44-kk-nauryz-concert-neg",
     "Әл-Фараби университетінде қытайлық студенттер Наурыз мерекесін тойлады",
     "Әл-Фараби атындағы Қазақ ұлттық университетінде Наурыз мерекесіне арналған концерт өтті. "
     "Қытайдан келген студенттер қазақ әндерін орындап, наурыз көже дайындады, ал қазақ студенттері "
     "қытай биін билеп, қонақтарды шаймен сыйлады.",
     False),
    ("r44-kk-painting-show-neg",
     "Шымкенттегі университетте қытай суретшілерінің көрмесі ашылды",
     "Әуезов атындағы Оңтүстік Қазақстан университетінде Қытайдың Шыңжаң өлкесінен келген "
     "суретшілердің кескіндеме көрмесі ашылды. Көрмеге 40 картина қойылған, оны студенттер мен "
     "оқытушылар тегін тамашалай алады, деп хабарлады университет.",
     False),
    ("r44-kk-ambulances-gift-neg",
     "Қытай Жамбыл облысына жедел жәрдем көліктерін сыйға тартты",
     "Қытай Халық Республикасының үкіметі Жамбыл облысының денсаулық сақтау басқармасына 15 жедел "
     "жәрдем көлігін сыйға тартты. Көліктер заманауи технологиялық жабдықтармен жарақтандырылған, деп "
     "хабарлады облыс әкімдігі.",
     False),
    ("r44-kk-fire-aid-neg",
     "Қытайдан гуманитарлық көмек Абай облысына жетті",
     "Қытай Қызыл Крест қоғамы жіберген гуманитарлық көмек Абай облысына жетті: 20 тонна азық-түлік, "
     "жылы киім және заманауи технологиямен жасалған генераторлар. Көмек өрттен зардап шеккен "
     "отбасыларға таратылады.",
     False),
    ("r44-kk-culture-centre-rel",
     "Қазақ және қытай ғалымдары бірлескен мәдениет зерттеу орталығын ашты",
     "Еуразия ұлттық университеті мен Пекин шет тілдер университеті Астанада қазақ-қытай мәдениетін "
     "зерттейтін бірлескен ғылыми орталық ашты. Орталық ортақ жобалар жүргізіп, магистранттармен "
     "алмасады, деп хабарлады университет.",
     True),
    ("r44-kk-oncology-lab-rel",
     "Астана мен Шаньдун дәрігерлері онкологияны бірге зерттейді",
     "Астана медицина университеті мен Қытайдың Шаньдун университеті онкологиялық ауруларды "
     "зерттейтін бірлескен зертхана ашты. Ғалымдар бірге клиникалық зерттеулер жүргізіп, "
     "қазақстандық дәрігерлер Цзинаньда тағылымдамадан өтеді.",
     True),
    # ------------------------------------------------------------------ Kyrgyz
    ("r44-ky-culture-days-osh-neg",
     "Ош мамлекеттик университетинде Кытай маданиятынын күндөрү өттү",
     "Ош мамлекеттик университетинде Кытай маданиятынын күндөрү өтүп, студенттер кытай бийлерин "
     "аткарышты, каллиграфия боюнча мастер-класс жана кытай тамак-ашынын көргөзмөсү уюштурулду. "
     "Иш-чараны Кытайдын Оштогу консулдугу демилгелеген.",
     False),
    ("r44-ky-spring-party-neg",
     "Бишкекте студенттер Кытайдын Жаз майрамын белгилешти",
     "Кыргыз улуттук университетинин залында Кытайдын Жаз майрамына арналган кече болуп, студенттер "
     "арстан бийин аткарып, кытай ырларын ырдашты. Көрүүчүлөргө Кытай элчилигинен белектер "
     "тапшырылды.",
     False),
    ("r44-ky-batken-aid-neg",
     "Кытай Баткен облусуна гуманитардык жардам жөнөттү",
     "Кытай Эл Республикасы Баткен облусунун чек ара айылдарына 300 тонна гуманитардык жардам "
     "жөнөттү: ун, өсүмдүк майы, жылуу кийим жана заманбап технологиядагы күн панелдери. Жүк "
     "Өзгөчө кырдаалдар министрлигине тапшырылды.",
     False),
    ("r44-ky-ultrasound-gift-neg",
     "Кытай Жалал-Абаддын ооруканасына УЗИ аппараттарын белекке берди",
     "Кытайдын элчилиги Жалал-Абад облустук ооруканасына 10 УЗИ аппаратын жана лабораториялык "
     "жабдууларды белекке берди. Жабдуулар жаңы технология менен жасалган, алар балдар бөлүмүнө "
     "орнотулат, деп билдирди Саламаттык сактоо министрлиги.",
     False),
    ("r44-ky-confucius-teachers-rel",
     "Оштогу Конфуций институту мугалимдерди Кытайга окууга жөнөтөт",
     "Ош мамлекеттик университетинин Конфуций институту Синьцзян университети менен кызматташып, "
     "кытай тилин окуткан 25 мугалимди Үрүмчүгө бир жылдык окууга жиберет. Стипендияны Кытай тарабы "
     "төлөйт.",
     True),
    ("r44-ky-brucellosis-vaccine-rel",
     "Кыргыз жана кытай окумуштуулары бруцеллёзго каршы вакцинаны бирге иштеп чыгышат",
     "Кыргыз улуттук агрардык университети менен Кытайдын Харбин ветеринардык изилдөө институту "
     "бруцеллёзго каршы жаңы вакцина боюнча биргелешкен изилдөө баштады. Окумуштуулар лабораториялык "
     "сыноолорду Бишкекте жана Харбинде өткөрүшөт.",
     True),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r44-uz-navruz-tea-neg",
     "Samarqand universitetida xitoylik talabalar bilan Navroʻz bayrami nishonlandi",
     "Samarqand davlat universitetida Navroʻz bayramiga bagʻishlangan konsert boʻlib oʻtdi. Xitoydan "
     "kelgan talabalar oʻzbek qoʻshiqlarini ijro etdi, sumalak pishirildi va xitoy choy marosimi "
     "namoyish qilindi. Tadbirni universitet talabalar kengashi tashkil etdi.",
     False),
    ("r44-uz-dance-contest-neg",
     "Toshkentda talabalar oʻrtasida xitoy raqslari tanlovi oʻtkazildi",
     "Toshkent davlat sharqshunoslik universitetida Xitoy elchixonasi koʻmagida xitoy milliy raqslari "
     "tanlovi boʻlib oʻtdi. 12 ta talabalar jamoasi ishtirok etdi, gʻoliblar Xitoy madaniyat "
     "markazidan sovgʻalar oldi.",
     False),
    ("r44-uz-karakalpak-aid-neg",
     "Xitoy Qoraqalpogʻistonga tibbiy yordam yukini yetkazdi",
     "Xitoy Qizil Xoch jamiyati Qoraqalpogʻiston shifoxonalariga insonparvarlik yordami sifatida 40 "
     "tonna dori-darmon, bir martalik shprits va yangi texnologiya asosida ishlaydigan kislorod "
     "konsentratorlarini yetkazib berdi.",
     False),
    ("r44-uz-ct-scanner-neg",
     "Xitoy Andijon viloyat shifoxonasiga kompyuter tomografini sovgʻa qildi",
     "Xitoy hukumati Andijon viloyat koʻp tarmoqli tibbiyot markaziga zamonaviy texnologiyaga "
     "asoslangan kompyuter tomografi va ikki reanimobilni hadya qildi. Topshirish marosimida Xitoy "
     "elchisi va viloyat hokimi qatnashdi.",
     False),
    ("r44-uz-festival-grants-rel",
     "Xitoy madaniyati festivalida oʻzbek talabalariga grantlar eʼlon qilindi",
     "Toshkentda oʻtgan Xitoy madaniyati festivalida Xitoy Taʼlim vazirligi Oʻzbekiston talabalari "
     "uchun 100 ta toʻliq grant eʼlon qildi. Grant sohiblari Pekin va Shanxay universitetlarida "
     "magistratura va doktoranturada oʻqiydi.",
     True),
    ("r44-uz-robot-surgery-rel",
     "Oʻzbek shifokorlari Xitoyda robot jarrohlik boʻyicha malaka oshiradi",
     "Toshkent tibbiyot akademiyasi va Xitoyning Chjeszyan universiteti tibbiyot fakulteti kelishuv "
     "imzoladi: 30 nafar oʻzbek jarrohi Xanchjouda robot yordamidagi jarrohlik boʻyicha tayyorlanadi, "
     "ikki tomon qoʻshma klinik tadqiqotlar oʻtkazadi.",
     True),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r44-uzc-calligraphy-neg",
     "Наманган университетида хитой хаттотлиги кўргазмаси очилди",
     "Наманган давлат университетида Хитой хаттотлиги ва қоғоз кесиш санъати кўргазмаси очилди. "
     "Талабалар ва ўқитувчилар хитой мўйқаламида ёзишни синаб кўришди. Кўргазма Хитой элчихонаси "
     "ташаббуси билан ташкил этилди ва бир ҳафта давом этади.",
     False),
    ("r44-uzc-film-week-neg",
     "Бухоро давлат университетида Хитой кино ҳафталиги бошланди",
     "Бухоро давлат университетида Хитой кино ҳафталиги бошланди: талабалар ва шаҳар аҳолисига олтита "
     "хитой бадиий фильми ўзбек тилидаги субтитрлар билан бепул намойиш этилади. Тадбир Хитой "
     "маданият вазирлиги кўмагида ўтказилмоқда.",
     False),
    ("r44-uzc-mudflow-aid-neg",
     "Хитойдан Сурхондарёга инсонпарварлик ёрдами келди",
     "Хитой ҳукумати Сурхондарё вилоятида сел оқимидан жабрланган оилаларга инсонпарварлик ёрдами "
     "юборди: чодирлар, адёллар, озиқ-овқат ва замонавий технологияли сув тозалаш ускуналари. Юклар "
     "Термизга темир йўл орқали етказилди.",
     False),
    ("r44-uzc-test-kits-neg",
     "Хитой Фарғона вилоятига тиббий ниқоблар ва тестлар ҳадя қилди",
     "Хитойнинг Ўзбекистондаги элчихонаси Фарғона вилояти соғлиқни сақлаш бошқармасига 500 минг дона "
     "тиббий ниқоб ва илғор технология билан ишлаб чиқарилган экспресс-тестларни ҳадя қилди. Ҳадялар "
     "поликлиника ва мактабларга тарқатилади.",
     False),
    ("r44-uzc-silk-road-centre-rel",
     "Самарқанд ва Сиань университетлари қўшма маданий мерос марказини очди",
     "Самарқанд давлат университети ва Хитойнинг Шимоли-Ғарбий университети Буюк ипак йўли маданий "
     "меросини ўрганувчи қўшма илмий марказ очди. Олимлар археологик топилмаларни биргаликда тадқиқ "
     "этиб, илмий мақолалар нашр этади.",
     True),
    ("r44-uzc-telemedicine-rel",
     "Тошкент ва Пекин шифохоналари телетиббиёт бўйича ҳамкорлик бошлади",
     "Республика ихтисослаштирилган педиатрия маркази ва Пекин болалар шифохонаси телетиббиёт бўйича "
     "ҳамкорлик шартномаси имзолади. Икки мамлакат шифокорлари мураккаб ҳолатларни онлайн муҳокама "
     "қилади ва қўшма тадқиқотлар олиб боради.",
     True),
    # ------------------------------------------------------------------ Tajik
    ("r44-tg-xinjiang-concert-neg",
     "Навозандагони Синтзян барои донишҷӯёни Душанбе консерт доданд",
     "Дар толори Донишгоҳи миллии Тоҷикистон консерти гурӯҳи мусиқии вилояти Синтзяни Чин баргузор "
     "гардид. Донишҷӯён ва устодон ба навохтани асбобҳои миллии чинӣ гӯш доданд. Чорабиниро сафорати "
     "Чин дар Душанбе ташкил кард.",
     False),
    ("r44-tg-tea-day-neg",
     "Донишҷӯёни Хуҷанд бо маросими чойнӯшии чинӣ ошно шуданд",
     "Дар Донишгоҳи давлатии Хуҷанд рӯзи фарҳанги чой баргузор шуд. Меҳмонони чинӣ ба донишҷӯёни "
     "тоҷик маросими чойнӯшии чиниро нишон доданд ва намоиши либосҳои миллӣ ташкил карданд. Ҷашн бо "
     "консерт анҷом ёфт.",
     False),
    ("r44-tg-earthquake-aid-neg",
     "Чин ба Тоҷикистон кӯмаки башардӯстона фиристод",
     "Ҳукумати Чин ба сокинони ноҳияи Ашт, ки аз заминларза осеб диданд, кӯмаки башардӯстона "
     "фиристод: хаймаҳо, кӯрпаҳо, орд ва генераторҳои барқӣ бо технологияи муосир. Бор ба Кумитаи "
     "ҳолатҳои фавқулода супорида шуд.",
     False),
    ("r44-tg-bokhtar-equipment-neg",
     "Чин ба беморхонаи вилоятии Хатлон таҷҳизоти тиббӣ ҳадя кард",
     "Сафорати Чин дар Тоҷикистон ба беморхонаи вилоятии Хатлон дар Бохтар дастгоҳҳои ултрасадо, "
     "рентген ва таҷҳизоти лабораторӣ бо технологияи пешрафта ҳадя намуд. Вазорати тандурустӣ аз ин "
     "кӯмак изҳори сипос кард.",
     False),
    ("r44-tg-language-centre-rel",
     "Донишгоҳи технологӣ ва Донишгоҳи Шинҷон якҷоя забони чинӣ меомӯзонанд",
     "Донишгоҳи технологии Тоҷикистон ва Донишгоҳи Шинҷон маркази омӯзиши забони чинӣ кушоданд. "
     "Устодони чинӣ ба 200 донишҷӯ дарс медиҳанд ва беҳтаринҳо бо грант барои таҳсил ба Чин "
     "фиристода мешаванд.",
     True),
    ("r44-tg-infection-lab-rel",
     "Олимони тоҷику чинӣ озмоишгоҳи муштараки тиббӣ таъсис доданд",
     "Академияи миллии илмҳои Тоҷикистон ва Институти вирусшиносии Ухан озмоишгоҳи муштарак барои "
     "омӯзиши бемориҳои сироятӣ таъсис доданд. Олимони ду кишвар таҳқиқоти якҷоя мегузаронанд ва "
     "натиҷаҳоро нашр мекунанд.",
     True),
    # ------------------------------------------------------------------ Turkmen
    ("r44-tk-painting-academy-neg",
     "Çeperçilik akademiýasynda hytaý suratkeşleriniň sergisi açyldy",
     "Türkmen döwlet çeperçilik akademiýasynda Hytaýyň Sinzýan sebitiniň suratkeşleriniň eserlerinden "
     "ybarat sergi açyldy. Talyplar we mugallymlar 50-den gowrak kartina bilen tanyşdylar. Sergi "
     "Hytaýyň ilçihanasynyň goldawy bilen guraldy.",
     False),
    ("r44-tk-spring-festival-neg",
     "Magtymguly adyndaky uniwersitetde Hytaýyň Bahar baýramy bellenildi",
     "Magtymguly adyndaky Türkmen döwlet uniwersitetinde Hytaýyň Bahar baýramyna bagyşlanan dabara "
     "geçirildi. Talyplar hytaý aýdymlaryny ýerine ýetirdiler, arslan tansyny görkezdiler we "
     "myhmanlara hytaý naharlary hödürlendi.",
     False),
    ("r44-tk-flood-aid-neg",
     "Hytaý Lebap welaýatyna ynsanperwerlik kömegini ugratdy",
     "Hytaý Halk Respublikasy Lebap welaýatynyň sil suwundan ejir çeken ýaşaýjylaryna ynsanperwerlik "
     "kömegi hökmünde çadyrlar, ýorgan-düşekler we döwrebap tehnologiýaly suw arassalaýjy desgalary "
     "iberdi. Ýük Türkmenabada otly bilen getirildi.",
     False),
    ("r44-tk-children-hospital-neg",
     "Hytaý Aşgabadyň çagalar hassahanasyna enjamlar sowgat etdi",
     "Hytaýyň Türkmenistandaky ilçihanasy Aşgabadyň köpugurly çagalar hassahanasyna inkubatorlary, "
     "dem aldyryş enjamlaryny we ösen tehnologiýaly barlag enjamlaryny sowgat etdi. Saglygy goraýyş "
     "ministrligi kömek üçin minnetdarlyk bildirdi.",
     False),
    ("r44-tk-culture-days-grants-rel",
     "Hytaý medeniýet günlerinde türkmen talyplary üçin 50 okuw granty yglan edildi",
     "Aşgabatda geçirilen Hytaý medeniýet günleriniň çäginde Hytaýyň Bilim ministrligi türkmen "
     "ýaşlary üçin Pekiniň we Şanhaýyň uniwersitetlerinde magistratura okamak üçin 50 sany doly okuw "
     "grantyny yglan etdi.",
     True),
    ("r44-tk-cardiology-study-rel",
     "Aşgabadyň we Pekiniň lukmançylyk uniwersitetleri ýürek keselleri boýunça barlaga başlady",
     "Türkmenistanyň Döwlet lukmançylyk uniwersiteti we Hytaýyň Pekin uniwersitetiniň lukmançylyk "
     "merkezi ýürek keselleriniň öňüni almak boýunça bilelikdäki ylmy barlaga başlady. Türkmen "
     "lukmanlary Pekinde tejribe okuwyny geçer.",
     True),
]
