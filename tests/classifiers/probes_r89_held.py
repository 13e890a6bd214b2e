"""Round-89 probes, the HELD-OUT blind set (issue 12): written with the development set, before the rules
were run on either, and measured ONCE after the fixes (nothing fixed from it). Same family and shape as
probes_r89_dev: per language 2 relevant items and 2 hard negatives (36), headlines only.
Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R89_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r89h-en-aral-dust-rel", "https://www.gazeta.uz/en/2026/12/08/89201/",
     "Karakalpak and Chinese Academy of Sciences researchers map dust storms over the dried Aral seabed", None, True),
    ("r89h-en-toktogul-landslide-rel", "https://24.kg/english/89202/",
     "Kyrgyz and Chinese geologists install landslide early-warning sensors near Toktogul", None, True),
    ("r89h-en-khorog-quake-neg", "https://asiaplustj.info/en/news/89203",
     "Magnitude 5.1 earthquake shakes Khorog, no casualties reported", None, False),
    ("r89h-en-badakhshan-aid-neg", "https://www.gazeta.uz/en/2026/12/08/89204/",
     "China delivers aid to quake-hit villages in Afghanistan's Badakhshan province", None, False),
    # ------------------------------------------------------------------ Russian
    ("r89h-ru-laviny-prognoz-rel", "https://tengrinews.kz/kazakhstan_news/89205/",
     "Казгидромет и Китайское метеорологическое управление создадут систему прогноза лавин в Иле-Алатау", None, True),
    ("r89h-ru-institut-seismologii-rel", "https://www.gazeta.uz/ru/2026/12/08/89206/",
     "Институт сейсмологии Узбекистана и китайские ученые будут совместно прогнозировать землетрясения", None, True),
    ("r89h-ru-toktogul-elektro-neg", "https://kaktus.media/doc/89207.html",
     "Кыргызстан и Китай обсудили поставки электроэнергии с Токтогульской ГЭС", None, False),
    ("r89h-ru-priaralye-sneg-neg", "https://www.inform.kz/ru/89208",
     "Синоптики прогнозируют снегопады и сильный ветер в Приаралье", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r89h-zh-pamier-bingchuan-rel", "https://www.chinanews.com.cn/gj/2026/12-08/89209.shtml",
     "中国科学院专家与塔吉克斯坦学者在帕米尔高原联合开展冰川泥石流研究", None, True),
    ("r89h-zh-dizhen-yubao-rel", "https://www.ts.cn/xwzx/2026/12/08/89210.shtml",
     "新疆地震局与哈萨克斯坦地震研究所签署地震预报合作协议", None, True),
    ("r89h-zh-naren-baoxue-neg", "http://www.xinhuanet.com/world/2026-12/08/c_89211.htm",
     "吉尔吉斯斯坦纳伦州遭遇暴雪 多条公路中断", None, False),
    ("r89h-zh-kanghan-wuzi-neg", "https://www.chinanews.com.cn/gj/2026/12-08/89212.shtml",
     "中国援助卡拉卡尔帕克斯坦抗旱物资运抵努库斯", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r89h-kk-seismolog-rel", "https://www.inform.kz/kz/89213",
     "Қазақстан мен Қытай сейсмологтары жер сілкінісін болжау әдістерін бірлесіп сынайды", None, True),
    ("r89h-kk-koshkin-eskertu-rel", "https://baq.kz/kk/news/89214",
     "Шыңжаң мен Жетісу ғалымдары көшкін қаупін ерте ескерту жүйесін бірге құрады", None, True),
    ("r89h-kk-shandy-dauyl-neg", "https://egemen.kz/article/89215",
     "Маңғыстауда қатты жел мен шаңды дауыл болады деп күтілуде", None, False),
    ("r89h-kk-toqtogul-elektr-neg", "https://www.inform.kz/kz/89216",
     "Қазақстан Тоқтоғұл су қоймасынан электр энергиясын сатып алады", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r89h-ky-kar-kochku-okutuu-rel", "https://kabar.kg/kyrg/news/89217/",
     "Кытайдын метеорология башкармалыгы Кыргызгидромет адистерин кар көчкүсүн болжолдоого окутту", None, True),
    ("r89h-ky-toktogul-geolog-rel", "https://kg.akipress.org/news:89218/",
     "Токтогулда кыргыз жана кытай геологдору жер көчкүсүн эрте эскертүү системасын сынашты", None, True),
    ("r89h-ky-toktogul-elektr-neg", "https://kabar.kg/kyrg/news/89219/",
     "Токтогул ГЭСинин электр энергиясын Кытайга сатуу маселеси талкууланды", None, False),
    ("r89h-ky-naryn-suuk-neg", "https://kg.akipress.org/news:89220/",
     "Синоптиктер: Нарында аяз 35 градуска чейин жетет", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r89h-uz-seysmologiya-rel", "https://kun.uz/news/2026/12/08/89221",
     "O‘zbekiston Seysmologiya instituti Xitoy olimlari bilan zilzilani bashorat qilish bo‘yicha hamkorlik qiladi", None, True),
    ("r89h-uz-qum-bo-roni-rel", "https://uza.uz/uz/posts/89222",
     "Xitoylik olimlar Orolbo‘yida qum bo‘ronlarini kuzatish tizimini o‘zbek hamkasblari bilan o‘rnatdi", None, True),
    ("r89h-uz-soda-eksport-neg", "https://daryo.uz/2026/12/08/89223",
     "Nukus temir yo‘l orqali Xitoyga birinchi marta kalsiylangan soda jo‘natdi", None, False),
    ("r89h-uz-namangan-zilzila-neg", "https://kun.uz/news/2026/12/08/89224",
     "Namangan viloyatida 4 magnitudali zilzila qayd etildi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r89h-uzc-qor-kochkisi-rel", "https://uza.uz/oz/posts/89225",
     "Ўзгидромет мутахассислари Урумчида қор кўчкисини башорат қилиш бўйича малака оширди", None, True),
    ("r89h-uzc-nukus-laboratoriya-rel", "https://xs.uz/uzkr/post/89226",
     "Нукусда ўзбек ва хитой олимлари Орол денгизи тубидаги чўлланишни ўрганадиган лаборатория очди", None, True),
    ("r89h-uzc-yomgir-neg", "https://yuz.uz/uz/news/89227",
     "Ўзгидромет: Тошкентда ёмғир ва қор ёғиши кутилмоқда", None, False),
    ("r89h-uzc-kiyim-yordam-neg", "https://xs.uz/uzkr/post/89228",
     "Хитой ҳукумати Мўйноқдаги оилаларга қишки кийим-кечак совға қилди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r89h-tg-pomir-piryah-rel", "https://www.sadoimardum.tj/ilm/89229/",
     "Академияи миллии илмҳои Тоҷикистон ва Академияи илмҳои Чин дар Помир пиряхҳо ва селро меомӯзанд", None, True),
    ("r89h-tg-khorugh-tarma-rel", "https://khovar.tj/2026/12/89230/",
     "Дар Хоруғ бо кӯмаки олимони Чин системаи огоҳсозии барвақти тарма насб шуд", None, True),
    ("r89h-tg-badakhshoni-afgon-neg", "https://jumhuriyat.tj/index.php/89231",
     "Чин ба Бадахшони Афғонистон кумаки башардӯстона фиристод", None, False),
    ("r89h-tg-vmkb-barf-neg", "https://khovar.tj/2026/12/89232/",
     "Дар ВМКБ барфи зиёд борид, хатари тарма боқӣ мемонад", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r89h-tk-seysmiki-maslahat-rel", "https://tdh.gov.tm/tk/post/89233/",
     "Hytaýly seýsmologlar Aşgabatda türkmen kärdeşleri bilen seýsmiki gözegçilik boýunça maslahat geçirdi", None, True),
    ("r89h-tk-kopetdag-sil-rel", "https://orient.tm/tm/post/89234/",
     "Köpetdagyň eteklerindäki sil akymlaryny Hytaý Geologiýa gullugy bilen türkmen hünärmenleri ölçeýär", None, True),
    ("r89h-tk-tehnika-satyn-neg", "https://orient.tm/tm/post/89235/",
     "Türkmenistan Hytaýdan sil we ýangyn söndüriş tehnikalaryny satyn aldy", None, False),
    ("r89h-tk-kopetdag-buzlak-neg", "https://tdh.gov.tm/tk/post/89236/",
     "Sinoptikler: Köpetdagyň dag ýollarynda buzlak we duman bolar", None, False),
]
