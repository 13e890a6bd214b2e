"""Round-41 probes, part C (uzc, tg, tk): see ``probes_r41.py`` for what the set is and how it was built."""

from __future__ import annotations

PROBES_R41_C: list[tuple[str, str, str, bool]] = [
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r41-uzc-rail-drivers-neg",
     "Хитой – Қирғизистон – Ўзбекистон магистралининг ўзбек қисмида муҳандислар иш бошлади",
     "Лойиҳада хитойлик ва ўзбекистонлик муҳандислар иштирок этмоқда. Пудратчи компания келгусида "
     "локомотив ҳайдовчиларини тайёрлаш бўйича пуллик курслар ташкил этишини маълум қилди, деб хабар "
     "берди Транспорт вазирлиги.",
     False),
    ("r41-uzc-copper-tech-neg",
     "Олмалиқда Хитой технологияси асосида мис бойитиш фабрикаси ишга туширилди",
     "Хитой компанияси қурган фабрика йилига 60 миллион тонна рудани қайта ишлайди. Корхонада Хитой "
     "технологияси ва ускуналари қўлланилган, 2500 кишилик иш ўрни яратилди, деб хабар берди комбинат.",
     False),
    ("r41-uzc-ev-plant-neg",
     "Жиззахда хитой электромобиллари ишлаб чиқарилмоқда",
     "Жиззах вилоятидаги заводда хитой брендининг электромобиллари йиғилмоқда, йиллик қувват 50 минг "
     "дона. Хитой томони ходимларни ўқитишни ўз зиммасига олди, маҳсулот Қозоғистонга ҳам экспорт қилинади.",
     False),
    ("r41-uzc-urumqi-expo-neg",
     "Урумчидаги кўргазмада ўзбекистонлик экспортчилар шартномалар имзолади",
     "Хитой – Евроосиё кўргазмасида Ўзбекистон компаниялари Хитойга мева-сабзавот ва тўқимачилик "
     "маҳсулотлари етказиш бўйича 120 миллион долларлик келишувлар имзолади. Кўргазмада Тошкент давлат "
     "аграр университети ҳам ўз стендини тақдим этди.",
     False),
    ("r41-uzc-donated-school-neg",
     "Хитой компанияси Наманганда мактаб қуриб берди",
     "Хитой компанияси ҳисобидан қурилган 720 ўринли мактаб фойдаланишга топширилди. Мактабда компьютер "
     "синфлари ва спорт зали бор, вилоят ҳокимлиги компанияга миннатдорлик билдирди.",
     False),
    ("r41-uzc-doctors-neg",
     "Хитой шифокорлари Қорақалпоғистонда бепул тиббий кўрик ўтказди",
     "Шинжондан келган 20 нафар шифокор Нукусда икки ҳафта давомида 3000 дан ортиқ беморни кўрикдан "
     "ўтказди, 150 та операция бажарди ва шифохонага тиббий ускуналар совға қилди.",
     False),
    ("r41-uzc-ai-weather-neg",
     "Хитой олимлари сунъий интеллект асосида об-ҳаво прогнози тизимини яратди",
     "Тошкент, 3 июнь (ЎзА). Хитой метеорология маъмурияти олимлари сунъий интеллект асосида ўн беш "
     "кунлик об-ҳаво прогнозини берадиган тизимни ишга туширди, деб хабар бермоқда Синьхуа.",
     False),
    ("r41-uzc-japan-masters-neg",
     "Ўзбекистон ва Япония университетлари қўшма магистратура очади",
     "Тошкент давлат техника университети ва Япониянинг Цукуба университети муҳандислик бўйича қўшма "
     "магистратура очади. Вазирлик маълумотига кўра, Хитой ва Корея олийгоҳлари билан ҳам шундай "
     "дастурлар мавжуд.",
     False),
    ("r41-uzc-invest-forum-neg",
     "Тошкент халқаро инвестиция форумида Хитой компаниялари билан 5 млрд долларлик келишувлар",
     "Форумда Ўзбекистон ва Хитой компаниялари энергетика, қурилиш материаллари ва тўқимачилик бўйича "
     "келишувлар имзолади. Нотиқлар инновация ва рақамли иқтисодиётни ўсиш омили деб атади.",
     False),
    ("r41-uzc-sco-declaration-neg",
     "ШҲТ давлат раҳбарлари кенгаши декларация қабул қилди",
     "Ўзбекистон, Хитой, Қозоғистон, Қирғизистон ва Тожикистон раҳбарлари савдо, энергетика, транспорт, "
     "хавфсизлик, маданият, туризм, спорт, таълим, фан ва технологиялар соҳаларида ҳамкорликни "
     "чуқурлаштиришга келишиб олди.",
     False),
    ("r41-uzc-beeline-5g-neg",
     "Beeline Ўзбекистон Huawei билан 5G тармоғи бўйича шартнома имзолади",
     "Оператор Хитойнинг Huawei компаниясидан 5G тармоғи учун таянч станцияларни сотиб олади. Дастлабки "
     "станциялар Тошкент ва Бухорода йил охиригача ишга туширилади, деб хабар берди компания.",
     False),
    ("r41-uzc-sport-match-neg",
     "Жисмоний тарбия ва спорт университети футболчилари хитойлик тенгдошлари билан ўйнади",
     "Ўзбекистон давлат жисмоний тарбия ва спорт университети жамоаси Чирчиқда Шинжондан келган "
     "талабалар терма жамоаси билан ўртоқлик учрашувида 3:1 ҳисобида ғалаба қозонди.",
     False),
    ("r41-uzc-rail-faculty-rel",
     "Хитой университети Тошкентда темир йўл муҳандисларини тайёрлаш бўйича қўшма факультет очди",
     "Тошкент давлат транспорт университети ва Хитойнинг Жанубий-Ғарбий Цзяотун университети қўшма "
     "факультетида талабалар локомотив ва сигнализация тизимларини ўрганади, дарсларни икки мамлакат "
     "ўқитувчилари олиб боради.",
     True),
    ("r41-uzc-cotton-lab-rel",
     "Қурғоқчиликка чидамли ғўза навлари устида Генетика институти хитойлик ҳамкасблари билан ишлайди",
     "Фанлар академиясининг Генетика институти ва Хитой қишлоқ хўжалиги фанлари академиясининг пахта "
     "институти қурғоқчиликка чидамли навлар яратиш учун қўшма тадқиқот олиб боради.",
     True),
    ("r41-uzc-ev-engineers-rel",
     "Жиззах политехника институти ва хитой университети электромобиль муҳандисларини тайёрлайди",
     "Икки олийгоҳ электромобиллар ва батареялар технологияси бўйича қўшма бакалавриат дастурини "
     "очди: талабалар икки йил Жиззахда, икки йил Хитойда таҳсил олади.",
     True),
    ("r41-uzc-medical-course-rel",
     "Хитой шифокорлари Самарқанд давлат тиббиёт университетида малака ошириш курсини ўтказди",
     "Шанхайдаги тиббиёт университети профессорлари Самарқанд давлат тиббиёт университети ўқитувчилари "
     "ва резидентлари учун кам инвазив жарроҳлик бўйича икки ҳафталик ўқув курсини ўтказди.",
     True),
    # ------------------------------------------------------------------ Tajik
    ("r41-tg-copper-tech-neg",
     "Корхонаи муштараки тоҷику чинӣ дар Суғд истихроҷи мисро оғоз кард",
     "Корхона бо истифода аз технология ва таҷҳизоти чинӣ солона 5 миллион тонна маъданро коркард "
     "мекунад. Дар корхона 800 нафар бо кор таъмин шуданд, хабар дод мақомоти вилоят.",
     False),
    ("r41-tg-road-drivers-neg",
     "Роҳи Душанбе – Бохтар пас аз таъмири ширкати чинӣ кушода шуд",
     "Дар таъмири роҳ муҳандисони чинию тоҷик ширкат варзиданд. Ширкат ваъда дод, ки барои ронандагони "
     "мошинҳои боркаш курсҳои омӯзишӣ ташкил мекунад, хабар дод Вазорати нақлиёт.",
     False),
    ("r41-tg-invest-forum-neg",
     "Сармоягузорони чинӣ дар Душанбе 12 созишнома имзо карданд",
     "Дар форум тарафҳо 12 созишнома ба маблағи 600 миллион доллар дар соҳаҳои энергетика, сохтмон ва "
     "кишоварзӣ ба имзо расониданд. Иштирокчиён дар бораи инноватсия ва иқтисоди рақамӣ суҳбат карданд.",
     False),
    ("r41-tg-tcell-5g-neg",
     "Tcell бо ширкати чинии Huawei барои шабакаи 5G шартнома имзо кард",
     "Оператор аз ширкати Huawei-и Чин истгоҳҳои пойгоҳии шабакаи 5G-ро харидорӣ мекунад. Нахустин "
     "истгоҳҳо дар Душанбе ва Хуҷанд то охири сол ба кор медароянд, хабар дод ширкат.",
     False),
    ("r41-tg-donated-school-neg",
     "Ширкати чинӣ дар Хатлон мактаб сохта супорид",
     "Мактаби 640-нафарае, ки бо маблағи ширкати чинӣ сохта шуд, ба истифода дода шуд. Дар мактаб "
     "синфхонаҳои компютерӣ ва толори варзишӣ мавҷуданд, мақомоти ноҳия ба ширкат изҳори сипос карданд.",
     False),
    ("r41-tg-doctors-neg",
     "Табибони чинӣ дар Душанбе ҷарроҳиҳои ройгон гузарониданд",
     "Гурӯҳи 15 табиби беморхонаи халқии Шинҷон дар ду ҳафта дар Маркази тиббии Душанбе зиёда аз 200 "
     "ҷарроҳӣ анҷом дода, ба беморхона таҷҳизоти тиббӣ тақдим карданд, хабар дод сафорати ЧХР.",
     False),
    ("r41-tg-weather-satellite-neg",
     "Чин моҳвораи нави обу ҳаворо ба мадор баровард",
     "Душанбе, 14 апрел. /АМИТ «Ховар»/. Чин аз маркази кайҳонии Ҷюҷюан моҳвораи нави обу ҳаворо ба "
     "мадор баровард, ки барои пешгӯии туфонҳо ва назорати хушксолӣ истифода мешавад, хабар медиҳад Синхуа.",
     False),
    ("r41-tg-russia-glacier-neg",
     "Тоҷикистон ва Русия маркази тадқиқоти пиряхҳоро таъсис медиҳанд",
     "Академияи миллии илмҳо ва Донишгоҳи давлатии Маскав дар Душанбе маркази омӯзиши пиряхҳои Помирро "
     "мекушоянд. Ба гуфтаи раиси академия, ба ин мавзӯъ олимони Чин ва Ҷопон низ таваҷҷуҳ доранд.",
     False),
    ("r41-tg-sco-declaration-neg",
     "Дар саммити СҲШ эъломияи Душанбе қабул шуд",
     "Сарони Тоҷикистон, Чин, Қазоқистон, Қирғизистон ва Ӯзбекистон дар бораи амиқ кардани ҳамкорӣ дар "
     "соҳаҳои савдо, энергетика, нақлиёт, амният, фарҳанг, сайёҳӣ, варзиш, маориф, илм ва технология "
     "мувофиқа карданд.",
     False),
    ("r41-tg-navruz-concert-neg",
     "Дар ҷашни Наврӯз дар Душанбе ҳунармандони Чин барнома иҷро карданд",
     "Дар консерти идона ансамбли мусиқии Шинҷон ва донишҷӯёни Донишкадаи давлатии санъат ба номи "
     "Турсунзода суруду рақсҳои миллӣ иҷро карданд. Дар ярмарка хӯрокҳои миллӣ пешниҳод шуданд.",
     False),
    ("r41-tg-urumqi-tourism-neg",
     "Имкониятҳои сайёҳии Тоҷикистон дар Донишгоҳи Шинҷон муаррифӣ шуд",
     "Кумитаи рушди сайёҳӣ ба донишҷӯён ва омӯзгорони Донишгоҳи Шинҷон дар Урумчӣ хатсайрҳои Помир ва "
     "Искандаркӯлро муаррифӣ карда, дар бораи парвозҳои мустақим ва раводид маълумот дод.",
     False),
    ("r41-tg-africa-agro-neg",
     "Чин ва Африқо маркази муштараки кишоварзиро таъсис доданд",
     "Маркази нав дар Найроби навъҳои шолӣ ва усулҳои обёрии қатрагиро меомӯзад. Вазорати кишоварзии "
     "Чин изҳор дошт, ки дар оянда чунин марказҳоро дар Осиёи Марказӣ низ кушодан мумкин аст.",
     False),
    ("r41-tg-ore-lab-rel",
     "Донишгоҳи техникии Тоҷикистон ва донишгоҳи чинӣ лабораторияи муштараки коркарди маъдан кушоданд",
     "Лаборатория дар Донишгоҳи техникии Тоҷикистон ба номи М. Осимӣ бо ҳамкории Донишгоҳи марказии "
     "ҷанубии Чин таъсис ёфта, усулҳои тозаи коркарди маъдани мис ва сурмаро таҳқиқ мекунад.",
     True),
    ("r41-tg-luban-road-rel",
     "Дар Душанбе устохонаи Лу Бан омӯзиши муҳандисони роҳро оғоз кард",
     "Устохонаро Донишгоҳи техникии Тоҷикистон бо коллеҷи касбии Тянҷин кушод. Донишҷӯён дар "
     "таҷҳизоти чинӣ сохтмони роҳ ва пулҳоро меомӯзанд, омӯзгорон дар Чин такмили ихтисос мегиранд.",
     True),
    ("r41-tg-lanzhou-climate-rel",
     "Донишгоҳи миллии Тоҷикистон ва Донишгоҳи Ланҷоу дар таҳқиқоти иқлим ҳамкорӣ мекунанд",
     "Ду донишгоҳ дар бораи таъсиси маркази муштараки таҳқиқоти иқлим ва пиряхҳо, табодули донишҷӯёну "
     "омӯзгорон ва таҳияи барномаи муштараки магистрӣ ёддошти тафоҳум имзо карданд.",
     True),
    ("r41-tg-confucius-contest-rel",
     "Маркази Конфутсий дар Хуҷанд озмуни забони чиниро барои донишҷӯён гузаронид",
     "Дар озмуне, ки Маркази Конфутсийи Донишгоҳи давлатии Хуҷанд бо ҳамкории донишгоҳи чинӣ ташкил "
     "кард, 40 донишҷӯ ширкат варзиданд. Ғолибон барои таҳсил дар Чин бурсия мегиранд.",
     True),
    # ------------------------------------------------------------------ Turkmen
    ("r41-tk-5g-contract-neg",
     "Türkmentelekom Hytaýyň Huawei kompaniýasy bilen 5G ulgamy boýunça şertnama baglaşdy",
     "Şertnama laýyklykda Hytaýyň kompaniýasy Aşgabatda 5G ulgamy üçin esasy stansiýalary üpjün eder. "
     "Ilkinji stansiýalar indiki ýylyň ahyryna çenli paýtagtyň iş merkezlerinde işe giriziler.",
     False),
    ("r41-tk-expo-stand-neg",
     "Aşgabatda Hytaý harytlarynyň sergisi açyldy",
     "Sergide Hytaýyň 120 kompaniýasy oba hojalyk tehnikasyny, gurluşyk serişdelerini we dokma önümlerini "
     "görkezdi. Türkmen döwlet ykdysadyýet we dolandyryş institutynyň talyplary hem sergä öz taslamalary "
     "bilen gatnaşdy.",
     False),
    ("r41-tk-business-forum-neg",
     "Aşgabatda Türkmenistan – Hytaý işewürlik forumy geçirildi",
     "Forumda taraplar energetika, gurluşyk we logistika ulgamlarynda 15 resminama gol çekdi. "
     "Çykyş edenler innowasiýalaryň we sanly ykdysadyýetiň ösüş üçin ähmiýetini belläp geçdiler.",
     False),
    ("r41-tk-rail-bridge-neg",
     "Hytaý kompaniýasy Amyderýanyň üstünden demir ýol köprüsini gurdy",
     "Köprüniň gurluşygynda hytaý we türkmen inženerleri bilelikde işlediler. Kompaniýa ýük "
     "otlularynyň sürüjileri üçin tölegli taýýarlyk okuwlaryny guramagy meýilleşdirýär.",
     False),
    ("r41-tk-doctors-neg",
     "Hytaýly lukmanlar Aşgabatda mugt operasiýalar geçirdi",
     "Şinjiandan gelen 12 lukman iki hepdäniň dowamynda Halkara saglyk merkezinde 150-den gowrak "
     "operasiýa geçirdi we hassahana lukmançylyk enjamlaryny sowgat berdi, diýip Hytaýyň ilçihanasy habar berdi.",
     False),
    ("r41-tk-space-station-neg",
     "Hytaý kosmos menziline üç sany täze kosmonawt iberdi",
     "Aşgabat, 20-nji maý (TDH). Hytaý Jiuquan kosmodromyndan üç kosmonawty Tiangong kosmos menziline "
     "iberdi, olar ylmy synaglary geçirmek üçin alty aýlap orbitada bolarlar, diýip Sinhua habar berýär.",
     False),
    ("r41-tk-japan-hightech-neg",
     "Türkmenistan we Ýaponiýa ýokary tehnologiýalar boýunça hyzmatdaşlygy ara alyp maslahatlaşdy",
     "Taraplar Ýaponiýanyň uniwersitetlerinde türkmen hünärmenlerini taýýarlamak meselesini ara alyp "
     "maslahatlaşdylar. Ministrligiň habaryna görä, şeýle taslamalar Hytaý we Koreýa bilen hem amala aşyrylýar.",
     False),
    ("r41-tk-c5-declaration-neg",
     "Merkezi Aziýa – Hytaý sammitiniň jemleri boýunça Jarnama kabul edildi",
     "Döwlet Baştutanlary söwda, energetika, ulag, howpsuzlyk, medeniýet, syýahatçylyk, sport, bilim, "
     "ylym we tehnologiýa ulgamlarynda hyzmatdaşlygy giňeltmek barada ylalaşdylar, diýip Jarnamada bellenildi.",
     False),
    ("r41-tk-xian-culture-neg",
     "Hytaýyň Sian şäherinde türkmen medeniýetiniň günleri geçirildi",
     "Medeniýet günleriniň çäklerinde türkmen sungat ussatlary we Türkmen milli konserwatoriýasynyň "
     "talyplary konsert berdiler, halyçylyk we zergärçilik sergisi guraldy.",
     False),
    ("r41-tk-sport-match-neg",
     "Bedenterbiýe we sport institutynyň futbolçylary hytaýly talyplar bilen duşuşdy",
     "Türkmen döwlet bedenterbiýe we sport institutynyň topary Aşgabatda Şinjiandan gelen talyplar "
     "ýygyndysy bilen dostluk duşuşygynda 2:0 hasabynda ýeňiş gazandy.",
     False),
    ("r41-tk-online-market-neg",
     "Türkmenistanda Hytaýdan haryt getirýän onlaýn söwda meýdançasy işläp başlady",
     "Täze onlaýn meýdança sanly gümrük ulgamynyň kömegi bilen Hytaýdan sargytlary on gün içinde "
     "eltip berýär. Meýdançada eýýäm 5 müňden gowrak haryt hödürlenýär.",
     False),
    ("r41-tk-pakistan-space-neg",
     "Hytaý we Pakistan bilelikdäki kosmos barlaglaryny giňeldýär",
     "Taraplar Pakistanyň ilkinji kosmonawtyny Hytaýyň kosmos menziline ibermek barada ylalaşdylar. "
     "Hytaýyň kosmos edarasy geljekde Merkezi Aziýanyň ýurtlaryna hem şeýle mümkinçilik berilip bilinjekdigini aýtdy.",
     False),
    ("r41-tk-gas-research-rel",
     "Türkmen we hytaý alymlary tebigy gazy gaýtadan işlemek boýunça bilelikdäki barlaglara başlady",
     "Türkmenistanyň Ylymlar akademiýasy we Hytaýyň Nebit uniwersiteti gazdan polimer almagyň täze "
     "usullaryny öwrenmek üçin bilelikdäki laboratoriýa döretdiler, ýaş alymlar Pekinde tejribe geçer.",
     True),
    ("r41-tk-rail-training-rel",
     "Hytaýyň uniwersiteti türkmen demir ýolçulary üçin okuw maksatnamasyny açdy",
     "Türkmen döwlet ulag we aragatnaşyk instituty bilen Hytaýyň Demir ýol uniwersiteti lokomotiw "
     "sürüjilerini we inženerleri taýýarlamak boýunça bilelikdäki maksatnama başladylar.",
     True),
    ("r41-tk-oil-gas-exchange-rel",
     "Türkmen we hytaý nebitçi talyplaryny alyşmak baradaky ylalaşyga gol çekildi",
     "Ýagşygeldi Kakaýew adyndaky Halkara nebit we gaz uniwersiteti we Hytaýyň Nebit uniwersiteti "
     "talyplary we mugallymlary alyşmak, bilelikdäki ylmy işleri geçirmek barada ylalaşyga gol çekdi.",
     True),
    ("r41-tk-seeds-future-rel",
     "Huawei türkmen talyplary üçin «Geljegiň tohumlary» maksatnamasyny geçirdi",
     "Maksatnamanyň çäklerinde Türkmenistanyň ýokary okuw mekdepleriniň 20 talyby Hytaýda iki hepde "
     "5G ulgamlaryny we bulut tehnologiýalaryny öwrendi, maksatnama Bilim ministrligi bilen bilelikde geçirildi.",
     True),
]
