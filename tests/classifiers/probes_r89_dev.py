"""Round-89 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on
any of it (docs/classifier.md, "Round 89 of issue 12"), measured once before the fixes, then used to fix
from. Family: hazard science (mudflow, avalanche, landslide and earthquake forecasting, early-warning
systems, seismology) done jointly with Chinese institutes, and the places that name a Central Asian side
(Gorno-Badakhshan/GBAO and Khorog, Toktogul, Köpetdag, Naryn, the Aral region, Karakalpakstan). Hard
negatives: hazard and weather reports, disaster aid, the Afghan Badakhshan, the Iranian side of the
Köpetdag, the same places with trade or energy only.

Per language 2 relevant items and 2 hard negatives (36), headlines only, each with a plausible outlet url.
Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R89_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r89d-en-khorog-seismic-rel", "https://asiaplustj.info/en/news/89101",
     "China Earthquake Administration and Tajik seismologists open a joint seismic station in Khorog", None, True),
    ("r89d-en-mudflow-warning-rel", "https://www.inform.kz/en/89102",
     "Kazhydromet and Xinjiang ecologists build a mudflow early-warning network above Almaty", None, True),
    ("r89d-en-naryn-avalanche-neg", "https://24.kg/english/89103/",
     "Kyrgyzhydromet warns of avalanche danger on Naryn mountain passes this weekend", None, False),
    ("r89d-en-landslide-aid-neg", "https://asiaplustj.info/en/news/89104",
     "China sends rescue equipment after a landslide buries homes in Tajikistan's Rasht valley", None, False),
    # ------------------------------------------------------------------ Russian
    ("r89d-ru-khorog-stanciya-rel", "https://asiaplustj.info/ru/news/tajikistan/society/20261208/89105",
     "Сейсмологи Таджикистана и Китая откроют в Хороге совместную станцию наблюдений", None, True),
    ("r89d-ru-priaralye-buri-rel", "https://www.gazeta.uz/ru/2026/12/08/89106/",
     "Ученые Каракалпакстана и Китайской академии наук изучат пыльные бури Приаралья", None, True),
    ("r89d-ru-gbao-laviny-neg", "https://asiaplustj.info/ru/news/tajikistan/society/20261208/89107",
     "КЧС: в ГБАО сошли лавины, трасса Душанбе – Хорог закрыта", None, False),
    ("r89d-ru-seli-pomoshch-neg", "https://www.gazeta.uz/ru/2026/12/08/89108/",
     "Китай направил гуманитарную помощь пострадавшим от селей в Сурхандарьинской области", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r89d-zh-tuoketuogu-dizhen-rel", "http://www.xinhuanet.com/world/2026-12/08/c_89109.htm",
     "中国地震局与吉尔吉斯斯坦科学院联合开展托克托古尔水库地区地震监测研究", None, True),
    ("r89d-zh-kalakalpake-shachenbao-rel", "https://www.chinanews.com.cn/gj/2026/12-08/89110.shtml",
     "新疆生态与地理研究所助力卡拉卡尔帕克斯坦建设沙尘暴预警系统", None, True),
    ("r89d-zh-taji-dizhen-cesheng-neg", "https://www.chinanews.com.cn/gj/2026/12-08/89111.shtml",
     "中国地震台网正式测定：塔吉克斯坦发生5.8级地震", None, False),
    ("r89d-zh-badahshang-jiuzai-neg", "https://www.ts.cn/xwzx/2026/12/08/89112.shtml",
     "中国向阿富汗巴达赫尚省地震灾区运送救灾物资", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r89d-kk-sel-baqylau-rel", "https://www.inform.kz/kz/89113",
     "Алматы тауларындағы селді Үрімші мамандары Қазгидрометпен бірге бақылайтын болады", None, True),
    ("r89d-kk-aral-onir-rel", "https://egemen.kz/article/89114",
     "Қытай ғылым академиясының экспедициясы Арал өңірінің шөлейттенуін қызылордалық әріптестерімен зерттеуге кірісті", None, True),
    ("r89d-kk-qar-koshki-neg", "https://baq.kz/kk/news/89115",
     "Қазгидромет: Іле Алатауының баурайында қар көшкіні қаупі сақталып тұр", None, False),
    ("r89d-kk-jer-silkinisi-komek-neg", "https://www.inform.kz/kz/89116",
     "Қытай Жамбыл облысындағы жер сілкінісінен зардап шеккендерге көмек жіберді", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r89d-ky-toktogul-seismolog-rel", "https://kabar.kg/kyrg/news/89117/",
     "Кыргыз жана кытай сейсмологдору Токтогул суу сактагычынын аймагындагы жер титирөөлөрдү изилдейт", None, True),
    ("r89d-ky-naryn-sel-rel", "https://kg.akipress.org/news:89118/",
     "Нарында Кытай илимдер академиясы менен бирге селди эрте эскертүү системасы орнотулду", None, True),
    ("r89d-ky-kar-kochku-neg", "https://kg.akipress.org/news:89119/",
     "Кыргызгидромет: Нарын облусунда кар көчкү коркунучу сакталууда", None, False),
    ("r89d-ky-jer-kochku-jardam-neg", "https://kabar.kg/kyrg/news/89120/",
     "Кытай Ош облусундагы жер көчкүдөн жабыркагандарга гуманитардык жардам берди", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r89d-uz-sel-ogohlantirish-rel", "https://kun.uz/news/2026/12/08/89121",
     "O‘zgidromet va Xitoy meteorologiya boshqarmasi sel oqimlaridan oldindan ogohlantirish tizimini birga yaratadi", None, True),
    ("r89d-uz-orolboyi-tuproq-rel", "https://uza.uz/uz/posts/89122",
     "Qoraqalpog‘istonda Xitoy Fanlar akademiyasi olimlari bilan Orolbo‘yi tuproqlari o‘rganiladi", None, True),
    ("r89d-uz-qor-kochkisi-neg", "https://daryo.uz/2026/12/08/89123",
     "O‘zgidromet: Toshkent viloyatining tog‘li hududlarida qor ko‘chkisi xavfi saqlanmoqda", None, False),
    ("r89d-uz-qurgoqchilik-yordam-neg", "https://kun.uz/news/2026/12/08/89124",
     "Xitoy Qoraqalpog‘istondagi qurg‘oqchilikdan zarar ko‘rgan fermerlarga yordam yubordi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r89d-uzc-seysmologiya-stansiya-rel", "https://uza.uz/oz/posts/89125",
     "Сейсмология институти Пекиндаги ҳамкорлари билан Тошкент зилзилаларини ўрганадиган станция қурди", None, True),
    ("r89d-uzc-orol-chang-rel", "https://xs.uz/uzkr/post/89126",
     "Қорақалпоғистон олимлари Шинжон экология ва география институти билан Орол бўйида чанг бўронларини ўрганади", None, True),
    ("r89d-uzc-sel-xavfi-neg", "https://yuz.uz/uz/news/89127",
     "ФВВ: Фарғона водийсининг тоғли ҳудудларида сел хавфи сақланмоқда", None, False),
    ("r89d-uzc-zilzila-chodir-neg", "https://xs.uz/uzkr/post/89128",
     "Хитой Наманганда зилзиладан зарар кўрганларга чодир ва кўрпалар юборди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r89d-tg-khorugh-seysmiki-rel", "https://khovar.tj/2026/12/89129/",
     "Олимони Институти сейсмологияи Тоҷикистон ва Чин дар Хоруғ истгоҳи муштараки сейсмикӣ сохтанд", None, True),
    ("r89d-tg-sel-tarma-rel", "https://www.sadoimardum.tj/ilm/89130/",
     "Мутахассисони Агентии обуҳавошиносии Тоҷикистон дар Чин пешгӯии селу тармаро меомӯзанд", None, True),
    ("r89d-tg-vmkb-tarma-neg", "https://jumhuriyat.tj/index.php/89131",
     "Дар ВМКБ аз сабаби тарма роҳи Душанбе–Хоруғ баста шуд", None, False),
    ("r89d-tg-sel-kumak-neg", "https://khovar.tj/2026/12/89132/",
     "Чин ба сокинони осебдидаи сел дар ноҳияи Варзоб кумаки башардӯстона расонд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r89d-tk-kopetdag-yer-titreme-rel", "https://orient.tm/tm/post/89133/",
     "Köpetdagyň seýsmiki işjeňligini ölçemek üçin Pekin bilen Aşgabadyň alymlary täze enjam gurnady", None, True),
    ("r89d-tk-duydurys-ulgamy-rel", "https://tdh.gov.tm/tk/post/89134/",
     "Seýsmologiýa institutynda Hytaýyň hünärmenleri bilen ýer titremesinden öňünden duýduryş ulgamy synagdan geçirildi", None, True),
    ("r89d-tk-eyran-kopetdag-neg", "https://orient.tm/tm/post/89135/",
     "Eýranyň Köpetdag sebitinde ýer titreme boldy, Maşatda hem duýuldy", None, False),
    ("r89d-tk-sil-howa-neg", "https://tdh.gov.tm/tk/post/89136/",
     "Aşgabatda güýçli ýel we sil howpy barada duýduryş berildi", None, False),
]
