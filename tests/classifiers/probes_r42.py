"""Round-42 family probes (docs/classifier.md, "Round 42 of issue 12"): new headlines with ledes, not
round 41's, for the families fixed from round 41's false positives that were left: a trade fair or an
expo of goods where a university had a stand; 中巴 and 中阿 as another partner; a sports institute's
or a sports university's match; a road or railway project whose contractor promises drivers' courses.
The look-alikes use the same words in real cooperation (a joint lab agreed at an expo, a joint degree
of two sports universities, a Luban Workshop for locomotive drivers). Each row: (id, title, summary,
relevant)."""

from __future__ import annotations

PROBES_R42: list[tuple[str, str, str, bool]] = [
    # a trade fair or an expo of goods; a university's stand at it
    ("r42-en-machinery-fair-neg", "Chinese exhibitors sign 30 supply deals at Almaty machinery fair",
     "About 90 Chinese manufacturers showed tractors, pumps and cement mixers at the machinery fair in "
     "Almaty, and Kazakh dealers signed 30 supply contracts. Satbayev University students toured the stands.", False),
    ("r42-ru-bishkek-fair-neg", "На ярмарке в Бишкеке китайские компании заключили сделки на $80 млн",
     "На международной выставке-ярмарке в Бишкеке китайские производители представили сельхозтехнику, "
     "удобрения и стройматериалы, кыргызские импортёры подписали 25 контрактов. Свой стенд представил и "
     "Кыргызский национальный аграрный университет.", False),
    ("r42-zh-expo-stand-neg", "中国—亚欧博览会上中哈企业签约30亿元",
     "在乌鲁木齐举行的中国—亚欧博览会上，中国与哈萨克斯坦企业签署农机、纺织品和建材供货合同。新疆农业大学也设立展台，展示学生作品。", False),
    ("r42-ky-farm-show-neg", "Бишкектеги көргөзмөдө кытай компаниялары менен 50 келишим түзүлдү",
     "Эл аралык айыл чарба көргөзмөсүндө Кыргызстан менен Кытайдын ишканалары трактор жана жер семирткич "
     "жеткирүү боюнча келишимдерге кол коюшту. Көргөзмөгө Кыргыз улуттук агрардык университетинин "
     "студенттери да катышты.", False),
    ("r42-tg-industry-show-neg", "Дар намоишгоҳи Душанбе ширкатҳои чинӣ 40 шартнома имзо карданд",
     "Дар намоишгоҳи байналмилалии саноат ширкатҳои Чин ва Тоҷикистон оид ба таҳвили техникаи кишоварзӣ ва "
     "масолеҳи сохтмонӣ шартномаҳо бастанд. Донишгоҳи аграрии Тоҷикистон низ гӯшаи худро пешниҳод кард.", False),
    ("r42-uzc-industry-show-neg", "Тошкентдаги кўргазмада хитойлик ишлаб чиқарувчилар 200 та шартнома имзолади",
     "Халқаро саноат кўргазмасида Ўзбекистон ва Хитой корхоналари трактор ва қурилиш материаллари етказиб "
     "бериш бўйича шартномалар тузди. Кўргазмада Тошкент давлат иқтисодиёт университети талабалари ҳам ўз "
     "лойиҳаларини намойиш этди.", False),
    ("r42-en-expo-joint-lab", "Chinese and Kazakh universities agree on joint lab at Urumqi expo",
     "On the sidelines of the China-Eurasia Expo, Xinjiang University and Al-Farabi Kazakh National "
     "University signed an agreement to set up a joint laboratory on water-saving irrigation and to "
     "exchange researchers.", True),
    ("r42-kk-expo-joint-lab", "Үрімжі көрмесі аясында аграрлық жоғары оқу орындары суару зертханасын бірге құрады",
     "Үрімжідегі Қытай – Еуразия көрмесі аясында Шыңжаң ауыл шаруашылығы университеті мен Қазақ ұлттық "
     "аграрлық зерттеу университеті тамшылатып суару бойынша бірлескен зертхана құру туралы меморандумға "
     "қол қойды.", True),
    # 中巴 and 中阿: another partner, Central Asia in passing
    ("r42-zh-cpec-universities-neg", "中巴经济走廊大学联盟新增五所高校",
     "中国与巴基斯坦高校组成的大学联盟日前扩容，新增五所成员高校。联盟表示，今后还将邀请中亚高校参加学术论坛。", False),
    ("r42-zh-arab-tech-transfer-neg", "中阿技术转移中心发布新一批光伏合作项目",
     "中国—阿拉伯国家技术转移中心在银川发布新一批项目，涉及光伏发电和节水农业，主办方表示也欢迎中亚国家企业参与。", False),
    # a sports institute's or a sports university's match
    ("r42-ru-volleyball-academy-neg", "Волейболистки академии физической культуры победили гостей из Кашгара",
     "Команда Кыргызской государственной академии физической культуры и спорта в товарищеском матче в "
     "Бишкеке обыграла студенческую сборную из Кашгара со счётом 3:1, сообщили организаторы.", False),
    ("r42-en-sport-university-friendly-neg", "Beijing Sport University team beats Uzbek students in friendly",
     "Footballers of Beijing Sport University won 2:1 in a friendly match against a team of the Uzbek "
     "State University of Physical Education and Sport in Chirchiq, the organisers said.", False),
    ("r42-tg-institute-friendly-neg", "Футболбозони донишкадаи тарбияи ҷисмонӣ бо донишҷӯёни чинӣ бозии дӯстона карданд",
     "Дастаи Донишкадаи давлатии тарбияи ҷисмонии Тоҷикистон дар Душанбе бо тими донишҷӯёни Чин бозии "
     "дӯстона гузаронида, бо ҳисоби 3:1 ғолиб омад.", False),
    ("r42-ky-sport-joint-master", "Кыргыз спорт академиясы менен Шанхай спорт университети биргелешкен магистратура ачат",
     "Дене тарбия жана спорт академиясы менен Шанхай спорт университети спорт медицинасы боюнча "
     "биргелешкен магистратура ачып, окутуучулар алмашат.", True),
    # a road or railway project whose contractor promises drivers' courses
    ("r42-uz-motorway-drivers-neg", "Toshkent – O‘sh avtomagistralida xitoylik muhandislar ish boshladi",
     "Loyihada xitoylik va o‘zbek muhandislari ishlamoqda. Pudratchi kompaniya yuk mashinalari haydovchilari "
     "uchun pullik o‘quv kurslari ochishini ma'lum qildi, deb xabar berdi Transport vazirligi.", False),
    ("r42-ky-road-drivers-neg", "Бишкек – Нарын автожолун кытай компаниясы оңдоп бүттү",
     "Жолду оңдоого кытайлык жана кыргызстандык инженерлер катышты. Компания жүк ташуучу унаалардын "
     "айдоочулары үчүн окуу курстарын уюштурарын билдирди, деп кабарлады Транспорт министрлиги.", False),
    ("r42-ru-motorway-drivers-neg", "Китайские инженеры завершили ремонт автомагистрали Душанбе – Чанак",
     "В ремонте участвовали китайские и таджикские инженеры. Подрядчик пообещал организовать курсы "
     "обучения для водителей грузовиков, сообщили в Министерстве транспорта Таджикистана.", False),
    ("r42-en-luban-locomotive", "Luban Workshop in Tashkent to train locomotive drivers and railway technicians",
     "Tianjin Railway Technical and Vocational College and Tashkent State Transport University opened a "
     "Luban Workshop where Uzbek students will train as locomotive drivers and signalling technicians on "
     "Chinese simulators.", True),
]
