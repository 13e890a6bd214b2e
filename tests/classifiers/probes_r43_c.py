"""Round-43 probes, part C (uz Cyrillic, tg, tk): see ``probes_r43.py`` for what the set is and how it was built."""

from __future__ import annotations

PROBES_R43_C: list[tuple[str, str, str, bool]] = [
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r43-uzc-cement-plant-neg",
     "Жиззахда Хитой компанияси цемент заводини ишга туширди",
     "Жиззах вилоятида Хитой компанияси томонидан қурилган йилига 2 миллион тонна цемент ишлаб "
     "чиқарадиган завод ишга туширилди. Корхонада 150 нафар муҳандис ишлайди ва замонавий қуруқ усул "
     "технологияси қўлланилган, деб хабар берди вилоят ҳокимлиги.",
     False),
    ("r43-uzc-rail-customs-neg",
     "Олтинкўл чегарасида рақамли божхона назорати жорий этилди",
     "Ўзбекистон ва Хитой ўртасидаги юк ташишларда Фарғона водийсидаги Олтинкўл божхона постида "
     "рақамли назорат тизими ишга туширилди. Юк машиналари ҳайдовчилари декларацияни олдиндан "
     "онлайн топширади, навбатлар уч баробар қисқарди.",
     False),
    ("r43-uzc-new-year-concert-neg",
     "Тошкентдаги университетда Хитой янги йили концерти бўлиб ўтди",
     "Тошкент давлат шарқшунослик университетида Хитой янги йилига бағишланган концерт бўлиб ўтди. "
     "Ўзбекистонлик талабалар аждар рақси ва хитой қўшиқларини ижро этди, тадбирни Хитой элчихонаси "
     "ташкил қилди.",
     False),
    ("r43-uzc-boxing-neg",
     "Хайнаньдаги ринг: ўзбек терма жамоасига олтита биринчи ўрин",
     "Хитойнинг Хайнань оролида ўтган халқаро бокс турнирида Ўзбекистон терма жамоаси олтита олтин "
     "медални қўлга киритди. Жанглар натижалари электрон ҳисоблаш технологияси ёрдамида аниқланди, "
     "деб хабар берди Бокс федерацияси.",
     False),
    ("r43-uzc-korea-nuclear-neg",
     "Ўзбекистон ва Корея ядро физикаси мутахассисларини тайёрлайди",
     "Ўзбекистон Фанлар академиясининг Ядро физикаси институти Кореянинг KAERI институти билан "
     "мутахассислар тайёрлаш бўйича келишув имзолади. Эксперт таъкидлашича, ядро технологиялари "
     "бозорида Хитой ҳам фаол, аммо дастур фақат Корея билан амалга оширилади.",
     False),
    ("r43-uzc-asean-space-neg",
     "Хитой АСЕАН давлатлари учун сунъий йўлдош учирди",
     "Хитой АСЕАН давлатлари учун ер юзасини кузатувчи сунъий йўлдошни орбитага чиқарди. "
     "Хитой космик агентлиги вакилининг айтишича, келажакда Марказий Осиё давлатлари билан ҳам "
     "шундай лойиҳалар бўлиши мумкин, бироқ ҳозирча режа йўқ.",
     False),
    ("r43-uzc-dialysis-aid-neg",
     "Хитой Қорақалпоғистон шифохоналарига диализ аппаратлари берди",
     "Хитой ҳукумати Ўзбекистонга инсонпарварлик ёрдами сифатида 30 та замонавий технологияли гемодиализ "
     "аппаратини топширди. Ускуналар Нукус ва Хўжайли туманидаги шифохоналарга ўрнатилади, деб "
     "маълум қилди Соғлиқни сақлаш вазирлиги.",
     False),
    ("r43-uzc-invest-week-neg",
     "Наманганда Хитой инвесторлари билан учрашув: 40 та лойиҳа",
     "Наманган вилоятида Хитой инвесторлари иштирокида ўтган учрашувда тўқимачилик, қурилиш "
     "материаллари ва қишлоқ хўжалиги бўйича 40 та лойиҳа келишилди. Ҳоким инновация ва рақамли "
     "иқтисодиёт вилоят ривожининг асоси эканини таъкидлади.",
     False),
    ("r43-uzc-geology-lab-rel",
     "Тошкентда Ухан геология университети билан нодир металлар маркази иш бошлади",
     "Ўзбекистон Геология фанлари университети ва Хитой геология фанлари университети (Ухан) "
     "Тошкентда нодир металлар бўйича қўшма илмий лаборатория очди. Олимлар биргаликда тадқиқот "
     "ўтказади ва талабалар алмашинуви йўлга қўйилади.",
     True),
    ("r43-uzc-rail-training-rel",
     "Хитой университети ўзбек темирйўлчилари учун магистратура очди",
     "Тошкент давлат транспорт университети ва Пекин транспорт университети юқори тезликдаги "
     "темир йўллар бўйича қўшма магистратура дастурини очди. Ўқиш икки мамлакатда олиб борилади.",
     True),
    ("r43-uzc-medicine-research-rel",
     "Ботаника институти ва Куньмин олимлари шифобахш гиёҳлар марказини тузди",
     "Ўзбекистон Фанлар академиясининг Ботаника институти ва Хитой фанлар академиясининг Куньмин "
     "ботаника институти доривор ўсимликларни биргаликда тадқиқ этиш бўйича қўшма марказ очди.",
     True),
    # ------------------------------------------------------------------ Tajik
    ("r43-tg-power-line-neg",
     "Ширкати чинӣ хати интиқоли барқи Хатлонро ба истифода дод",
     "Дар вилояти Хатлон хати интиқоли барқи 500-киловолта, ки ширкати Чин сохтааст, ба истифода "
     "дода шуд. Дар сохтмон беш аз 200 муҳандис кор карданд ва технологияи муосир истифода шуд, хабар "
     "дод Вазорати энергетика ва захираҳои оби Тоҷикистон.",
     False),
    ("r43-tg-kulma-digital-neg",
     "Дар гузаргоҳи Кулма низоми рақамии гумрук ҷорӣ шуд",
     "Дар гузаргоҳи сарҳадии Кулма байни Тоҷикистон ва Чин низоми рақамии бақайдгирии мошинҳои боркаш "
     "ба кор андохта шуд. Ронандагон эъломияро пешакӣ онлайн пешниҳод мекунанд ва навбат ду баробар "
     "кам шуд, иттилоъ дод Хадамоти гумрук.",
     False),
    ("r43-tg-nowruz-university-neg",
     "Дар Донишгоҳи славянӣ ҷашни фарҳанги Чин баргузор шуд",
     "Дар Донишгоҳи славянии Россия ва Тоҷикистон дар Душанбе ҷашни фарҳанги Чин баргузор гардид. "
     "Донишҷӯёни тоҷик рақсҳои чинӣ иҷро карданд ва меҳмонон таомҳои миллии Чинро чашиданд. Чорабиниро "
     "сафорати Чин ташкил кард.",
     False),
    ("r43-tg-football-neg",
     "Бозии интихобии Ҷоми Осиё дар Душанбе бо ҳисоби 1:1 анҷом ёфт",
     "Дар бозии интихобии Ҷоми Осиё тими мунтахаби футболи Тоҷикистон бо тими Чин 1:1 мусовӣ кард. "
     "Бозӣ дар варзишгоҳи Душанбе гузашт ва доварон технологияи VAR-ро истифода бурданд.",
     False),
    ("r43-tg-dateline-quantum-neg",
     "Душанбе: олимони Чин моҳвораи нави квантиро ба мадор бароварданд",
     "Душанбе. Олимони Чин моҳвораи навбатии алоқаи квантиро ба мадор бароварданд, хабар медиҳад "
     "хабарнигори Синхуа дар Тоҷикистон. Моҳвора барои озмоиши алоқаи бехатар дар масофаи дур "
     "пешбинӣ шудааст.",
     False),
    ("r43-tg-russia-glaciers-neg",
     "Академияи илмҳо ва Донишгоҳи Маскав барои экспедитсияи пиряхӣ созишнома бастанд",
     "Академияи миллии илмҳои Тоҷикистон ва Донишгоҳи давлатии Маскав оид ба омӯзиши пиряхҳои Помир "
     "созишнома имзо карданд. Дар ҳуҷҷат Чин танҳо ҳамчун кишвари ҳамсоя, ки дарёҳо аз он мегузаранд, "
     "зикр шудааст.",
     False),
    ("r43-tg-sco-declaration-neg",
     "Сарони СҲШ дар нишасти навбатӣ ҳуҷҷати ниҳоиро имзо карданд",
     "Сарони давлатҳои аъзои Созмони ҳамкории Шанхай, аз ҷумла Чин, Тоҷикистон, Қазоқистон, "
     "Қирғизистон ва Ӯзбекистон эъломияе қабул карданд, ки амният, савдо, энергетика, нақлиёт, илм, "
     "маориф, тандурустӣ ва фарҳангро дар бар мегирад.",
     False),
    ("r43-tg-aluminium-forum-neg",
     "Форуми сармоягузории Тоҷикистон ва Чин дар Хуҷанд",
     "Дар форуми сармоягузории Тоҷикистон ва Чин дар Хуҷанд 22 созишнома ба маблағи 500 миллион доллар "
     "дар соҳаҳои нассоҷӣ, сохтмон ва коркарди мева имзо шуд. Раиси вилоят инноватсия ва иқтисоди "
     "рақамиро самти асосӣ номид.",
     False),
    ("r43-tg-seismic-research-rel",
     "Маркази муштараки сейсмологии тоҷику чинӣ дар Душанбе таъсис ёфт",
     "Институти геология, сохтмони ба заминларза тобовар ва сейсмологияи Академияи миллии илмҳои "
     "Тоҷикистон ва Идораи заминларзаи Чин маркази муштараки илмӣ таъсис доданд.",
     True),
    ("r43-tg-students-rel",
     "Донишҷӯёни тоҷик дар донишгоҳи Чин муҳандисии энергетикаро меомӯзанд",
     "Донишгоҳи техникии Тоҷикистон ва Донишгоҳи Шинҷон барномаи муштараки таълимӣ оид ба муҳандисии "
     "энергетика оғоз карданд. Гурӯҳи аввал аз 30 донишҷӯ иборат аст.",
     True),
    ("r43-tg-water-lab-rel",
     "Озмоишгоҳи муштараки Тоҷикистон ва Чин оид ба захираҳои об кушода шуд",
     "Институти масъалаҳои об, гидроэнергетика ва экологияи Академияи миллии илмҳо ва Академияи илмҳои "
     "Чин дар Душанбе озмоишгоҳи муштарак барои омӯзиши захираҳои об кушоданд.",
     True),
    # ------------------------------------------------------------------ Turkmen
    ("r43-tk-gas-field-neg",
     "Galkynyşda 40 sany täze guýynyň burawlanyşy başlandy",
     "Türkmenistanyň Galkynyş gaz käninde Hytaýyň kompaniýasy 40 sany täze guýyny burgulamaga "
     "başlady. Işe 300-den gowrak inžener çekildi we häzirki zaman tehnologiýalary ulanylýar, diýip "
     "Nebitgaz ministrligi habar berdi.",
     False),
    ("r43-tk-transit-digital-neg",
     "Türkmenistan Hytaýa ýük daşamakda sanly gümrük ulgamyny girizdi",
     "Türkmenistan Hytaý bilen awtoulag ýük daşamalary üçin Serhetabat we Lebap serhet geçelgelerinde "
     "sanly gümrük ulgamyny girizdi. Sürüjiler deklarasiýany öňünden onlaýn tabşyrýar, nobatlar iki "
     "esse gysgaldy.",
     False),
    ("r43-tk-culture-days-neg",
     "Medeniýet institutynda hytaý çaý dabarasy we konserti guraldy",
     "Türkmenistanyň Döwlet medeniýet institutynda Hytaýyň medeniýet günleri açyldy. Talyplar we "
     "myhmanlar hytaý sazandalarynyň konsertine we hytaý çaý dabarasyna tomaşa etdiler. Çärä "
     "Hytaýyň ilçihanasy gurady.",
     False),
    ("r43-tk-wrestling-neg",
     "Çengduda halkara göreş bäsleşigi: türkmen türgenlerine iki altyn",
     "Hytaýyň Çengdu şäherinde geçirilen halkara göreş ýaryşynda Türkmenistanyň türgenleri iki altyn "
     "we üç bürünç medal gazandy. Ýaryşyň netijeleri elektron tehnologiýa arkaly kesgitlendi.",
     False),
    ("r43-tk-masks-aid-neg",
     "Hytaý Türkmenistana lukmançylyk enjamlaryny iberdi",
     "Hytaýyň hökümeti Türkmenistanyň Saglygy goraýyş ministrligine ynsanperwerlik kömegi hökmünde "
     "häzirki zaman tehnologiýaly rentgen enjamlaryny we lukmançylyk serişdelerini iberdi. Enjamlar "
     "Daşoguz we Mary welaýatlarynyň keselhanalaryna paýlanar.",
     False),
    ("r43-tk-turkey-it-neg",
     "Türkmenistan we Türkiýe IT hünärmenlerini taýýarlar",
     "Oguz han adyndaky Inžener-tehnologiýalar uniwersiteti Türkiýäniň Ýyldyz tehniki uniwersiteti "
     "bilen IT hünärmenlerini taýýarlamak barada ylalaşyk baglaşdy. Hytaý diňe sebitiň iri söwda "
     "hyzmatdaşy hökmünde agzaldy.",
     False),
    ("r43-tk-africa-agri-neg",
     "Pekin Afrikanyň 30 ýurdy bilen ekerançylyk ylalaşyklaryna gol çekdi",
     "Hytaýda geçirilen forumda Afrika ýurtlary bilen oba hojalyk tehnologiýalary we ylym boýunça "
     "30 ylalaşyga gol çekildi. Guramaçylar geljekde Merkezi Aziýa we Türkmenistan bilen hem şeýle "
     "çäreleri geçirmegi mümkin diýdiler.",
     False),
    ("r43-tk-business-forum-neg",
     "Dokma we azyk kärhanalary üçin 15 täze şertnama baglaşyldy",
     "Aşgabatda geçirilen Türkmen-hytaý işewürlik forumynda iki ýurduň telekeçileri dokma, gurluşyk we "
     "azyk senagaty boýunça 15 şertnama baglaşdy. Çykyş edenler innowasiýa we sanly ykdysadyýet "
     "hyzmatdaşlygyň esasy ugry diýip belledi.",
     False),
    ("r43-tk-gas-research-rel",
     "Türkmen we hytaý alymlary gaz çykarmagyň tehnologiýasyny bilelikde öwrenýär",
     "Türkmenistanyň Döwlet nebit we gaz instituty we Hytaýyň Nebit uniwersiteti (Pekin) bilelikdäki "
     "ylmy barlag merkezini açdy. Alymlar we aspirantlar çuň guýularyň tehnologiýasyny öwrenerler.",
     True),
    ("r43-tk-students-rel",
     "Türkmen talyplary Hytaýyň uniwersitetinde demir ýol inženerçiligini öwrenýär",
     "Türkmenistanyň Ulag we aragatnaşyk institutynyň 40 talyby Hytaýyň Günorta-Günbatar demir ýol "
     "uniwersitetinde okamaga başlady. Bu iki ýurduň bilim ministrlikleriniň ylalaşygy esasynda amala "
     "aşyrylýar.",
     True),
    ("r43-tk-desert-research-rel",
     "Garagumda çägeleri berkitmek üçin Sinszýan institutynyň alymlary bilen taslama",
     "Türkmenistanyň Ylymlar akademiýasy we Hytaýyň Ylymlar akademiýasynyň Sinszýan ekologiýa we "
     "geografiýa instituty Garagumda çägeleri berkitmek boýunça bilelikdäki ylmy taslamany başlady.",
     True),
]
