"""Round-62 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on
any of it (docs/classifier.md, "Round 62 of issue 12"), measured once before the fixes (the honest dev
row), then used to fix from. Relevant: a research centre, institute or department named for the other
side's studies (Chinese studies, sinology, Central Asian or Kazakh studies) opened, visited or working;
people of one side learning from or studying the other side's experience in a field; a meeting with a
ministry of education or science named with a Chinese one-character country form (吉, 哈, 乌, 塔). Hard
negatives: a business, shopping or visa centre; "studies show"; "learned of" a fact; 吉/乌/土 meaning
Djibouti, Ukraine or Turkey.

Per language 4 relevant items and 2 hard negatives as written and measured (54), about a fifth with a
one-sentence lede, each with a plausible outlet url. Twelve came out near repeats of earlier probes (found
after the measurement) and were taken out, not rewritten (docs/classifier.md, "Round 62 of issue 12"):
42 are left. Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R62_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r62d-en-learning-irrigation-rel", "https://uzdaily.com/en/post/86201",
     "Uzbek engineers learning from China's experience in drip irrigation", None, True),
    ("r62d-en-ca-studies-institute-rel", "https://www.globaltimes.cn/page/202612/86201.shtml",
     "Lanzhou University launches Institute of Central Asian Studies",
     "The institute will train researchers in the languages and economies of Kazakhstan, Uzbekistan and Kyrgyzstan.", True),
    ("r62d-en-tajik-minister-meets-rel", "https://asiaplustj.info/en/news/86201",
     "Chinese ambassador meets Tajik Minister of Education and Science", None, True),
    ("r62d-en-business-centre-neg", "https://timesca.com/news/86201/",
     "Chinese developer opens business centre in Bishkek", None, False),
    ("r62d-en-studies-show-neg", "https://kun.uz/en/news/2026/12/02/86201",
     "Studies show Chinese tourists to Uzbekistan doubled this year",
     "Most of them came to Samarkand and Bukhara, the tourism committee said.", False),
    # ------------------------------------------------------------------ Russian
    ("r62d-ru-izuchayut-opyt-rel", "https://kaktus.media/doc/86201.html",
     "Кыргызские аграрии изучают опыт Китая в тепличном хозяйстве", None, True),
    ("r62d-ru-tsentr-issledovaniy-ca-rel", "https://ria.ru/20261202/86201.html",
     "В Шанхае создан центр исследований Центральной Азии",
     "Центр при Шанхайском университете международных исследований займётся экономикой Казахстана и Узбекистана.", True),
    ("r62d-ru-ministr-obrazovaniya-rel", "https://www.gazeta.uz/ru/2026/12/02/86201/",
     "Посол Китая встретился с министром высшего образования, науки и инноваций Узбекистана", None, True),
    ("r62d-ru-vizovyy-tsentr-neg", "https://tengrinews.kz/kazakhstan_news/86201/",
     "Визовый центр Китая в Алматы переехал в новое здание", None, False),
    ("r62d-ru-uznali-neg", "https://24.kg/obschestvo/86201/",
     "Жители Бишкека узнали о подорожании китайских товаров", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r62d-zh-xuexi-jiejian-rel", "https://www.news.cn/world/20261202/86201.htm",
     "乌兹别克斯坦农业专家来华学习借鉴节水灌溉经验", None, True),
    ("r62d-zh-ha-jiaoyubu-rel", "https://www.fmprc.gov.cn/zwbd/202612/86201.shtml",
     "驻哈大使会见哈教育部部长",
     "双方就扩大留学生交流和合作办学交换了意见。", True),
    ("r62d-zh-kaocha-baogao-rel", "https://www.cssn.cn/gjgc/202612/86201.shtml",
     "赴吉尔吉斯斯坦高校考察报告", None, True),
    ("r62d-zh-shangmao-zhongxin-neg", "https://www.chinanews.com.cn/cj/2026/12-02/86202.shtml",
     "中国商贸中心在塔什干开业", None, False),
    ("r62d-zh-jibuti-neg", "https://www.fmprc.gov.cn/zwbd/202612/86202.shtml",
     "驻吉布提大使会见吉教育部长", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r62d-kk-kytaytanu-ortalygy-rel", "https://kazinform.kz/kz/86201",
     "Л.Н. Гумилев атындағы ЕҰУ-да Қытайтану орталығы ашылды", None, True),
    ("r62d-kk-tazhiribesin-zertteydi-rel", "https://egemen.kz/article/86201",
     "Қазақстандық фермерлер Қытай тәжірибесін зерттейді",
     "Жамбыл облысының шаруалары Шыңжаңдағы жылыжайларда екі апта болды.", True),
    ("r62d-kk-ortaliq-aziya-zertteu-rel", "https://abai.kz/post/86201",
     "Пекинде Орталық Азияны зерттеу орталығы құрылды", None, True),
    ("r62d-kk-sauda-ortalygy-neg", "https://tengrinews.kz/kk/86201/",
     "Алматыда Қытайдың сауда орталығы ашылды", None, False),
    ("r62d-kk-bildi-neg", "https://kaz.nur.kz/86201",
     "Тұрғындар қытай тауарларының қымбаттағанын білді", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r62d-ky-kytay-taanuu-borbor-rel", "https://kabar.kg/kg/86201",
     "Бишкек мамлекеттик университетинде Кытай таануу борбору ачылды", None, True),
    ("r62d-ky-tazhryybasyn-uyronushot-rel", "https://kg.akipress.org/news:86201",
     "Кыргыз дыйкандары Кытайдын тажрыйбасын үйрөнүшөт",
     "Чүй облусунун фермерлери Синьцзяндагы айыл чарба илим изилдөө институтунда болушту.", True),
    ("r62d-ky-bilim-ministri-rel", "https://www.azattyk.org/a/86201.html",
     "Билим берүү жана илим министри Кытайдын элчиси менен жолукту", None, True),
    ("r62d-ky-boro-aziya-izildoo-rel", "https://24.kg/kg/86201/",
     "Үрүмчүдө Борбордук Азияны изилдөө борбору түзүлдү", None, True),
    ("r62d-ky-bilishti-neg", "https://kabar.kg/kg/86202",
     "Тургундар кытай товарларынын кымбатташын билишти", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r62d-uz-tajribasini-organmoqda-rel", "https://daryo.uz/uz/2026/12/02/86201",
     "O‘zbek fermerlari Xitoy tajribasini o‘rganmoqda",
     "Samarqandlik dehqonlar Shensi provinsiyasidagi agrar universitetda ikki hafta bo‘ldi.", True),
    ("r62d-uz-markaziy-osiyo-tadqiqot-rel", "https://uza.uz/uz/posts/86201",
     "Pekinda Markaziy Osiyo tadqiqotlari markazi tashkil etildi", None, True),
    ("r62d-uz-savdo-markazi-neg", "https://kun.uz/uz/news/2026/12/02/86202",
     "Xitoy kompaniyasi Toshkentda savdo markazi qurmoqda", None, False),
    ("r62d-uz-bilib-oldi-neg", "https://daryo.uz/uz/2026/12/02/86202",
     "Aholi Xitoy mollari qimmatlashganini bilib oldi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r62d-uzc-xitoyshunoslik-markazi-rel", "https://xs.uz/uzkr/post/86201",
     "Самарқанд давлат чет тиллар институтида Хитойшунослик маркази очилди", None, True),
    ("r62d-uzc-tajribasini-organishdi-rel", "https://uza.uz/uzkr/posts/86201",
     "Ўзбек мутахассислари Хитой тажрибасини ўрганишди",
     "Улар Пекиндаги қишлоқ хўжалиги университетида сув тежовчи технологиялар билан танишди.", True),
    ("r62d-uzc-vazir-uchrashdi-rel", "https://xs.uz/uzkr/post/86202",
     "Мактабгача ва мактаб таълими вазири Хитой элчиси билан учрашди", None, True),
    ("r62d-uzc-sharq-tadqiqot-rel", "https://uza.uz/uzkr/posts/86202",
     "Шанхайда Марказий Осиё тадқиқотлари маркази очилди", None, True),
    ("r62d-uzc-viza-markazi-neg", "https://xs.uz/uzkr/post/86203",
     "Тошкентда Хитой виза маркази янги манзилга кўчди", None, False),
    ("r62d-uzc-bilib-olishdi-neg", "https://uza.uz/uzkr/posts/86203",
     "Аҳоли Хитой моллари қимматлашганини билиб олишди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r62d-tg-tajribai-chin-rel", "https://asiaplustj.info/tj/news/86201",
     "Деҳқонони тоҷик таҷрибаи Чинро меомӯзанд",
     "Гурӯҳи кишоварзон ду ҳафта дар донишгоҳи кишоварзии Шинҷон буданд.", True),
    ("r62d-tg-osiyoi-markazi-tadqiqot-rel", "https://sadoimardum.tj/86201/",
     "Дар Пекин маркази омӯзиши Осиёи Марказӣ таъсис ёфт", None, True),
    ("r62d-tg-fahmidand-neg", "https://asiaplustj.info/tj/news/86202",
     "Сокинон аз гарон шудани молҳои чинӣ хабардор шуданд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r62d-tk-hytay-owrenis-merkezi-rel", "https://orient.tm/tm/post/86201/",
     "Magtymguly adyndaky Türkmen döwlet uniwersitetinde Hytaý öwreniş merkezi açyldy", None, True),
    ("r62d-tk-bilim-ministri-rel", "https://tdh.gov.tm/tm/post/86201/",
     "Bilim ministri Hytaýyň ilçisi bilen duşuşdy", None, True),
    ("r62d-tk-merkezi-aziya-barlag-rel", "https://orient.tm/tm/post/86202/",
     "Şanhaýda Merkezi Aziýany öwreniş merkezi açyldy", None, True),
    ("r62d-tk-bildiler-neg", "https://orient.tm/tm/post/86203/",
     "Ilat hytaý harytlarynyň gymmatlandygyny bildi", None, False),
]
