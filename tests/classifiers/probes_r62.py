"""Round-62 family probes (issue 12), written after the round's fixes (docs/classifier.md, "Round 62 of
issue 12"), fresh against every labelled text, every earlier probe and the round's two blind sets: in each
language a centre or institute named for the other side's studies, or people of one side learning from the
other's experience in a named field (relevant), and a look-alike: a trade, shopping or visa centre, people
who learned of a fact, an institute named for no field of studies (irrelevant). Headlines, no url. Each
row: (id, headline, relevant)."""

from __future__ import annotations

PROBES_R62: list[tuple[str, str, bool]] = [
    ("r62-en-tajik-studies-rel", "Tajik Studies Center opens in Urumqi", True),
    ("r62-en-farmers-learn-rel", "Turkmen farmers learning from China, ministry says", True),
    ("r62-en-trade-centre-neg", "Kyrgyz traders rent stalls in new Chinese wholesale centre in Kashgar", False),
    ("r62-en-learned-of-neg", "Uzbek exporters learned from Chinese partners that the cargo was delayed", False),
    ("r62-ru-institut-kitaevedeniya-rel", "В Караганде открылся институт китаеведения", True),
    ("r62-ru-fermery-opyt-rel", "Казахстанские фермеры изучают опыт Китая", True),
    ("r62-ru-torgovyy-tsentr-neg", "Китайский торговый центр в Алматы закрылся на ремонт", False),
    ("r62-ru-uznali-neg", "Казахстанские экспортёры узнали о новых пошлинах Китая", False),
    ("r62-zh-ji-jiaokebu-rel", "中国大使会见吉教育与科学部副部长", True),
    ("r62-zh-tu-gaojiaobu-rel", "中国驻土库曼斯坦大使会见土高教部部长 双方探讨留学生交流", True),
    ("r62-zh-shangmao-neg", "乌兹别克斯坦商贸中心在义乌开张", False),
    ("r62-zh-wukelan-jiaoyu-neg", "乌克兰教育部长访问哈尔科夫受损学校", False),
    ("r62-kk-zertteu-ortalygy-rel", "Сиань университетінде Қазақстанды зерттеу орталығы ашылды", True),
    ("r62-kk-fermerler-rel", "Түркістан фермерлері Қытай тәжірибесін үйренді", True),
    ("r62-kk-sauda-neg", "Қорғастағы сауда орталығында қазақстандықтар тауар сатып алды", False),
    ("r62-kk-bildi-neg", "Экспорттаушылар Қытайдың жаңа бажын кеш білді", False),
    ("r62-ky-izildoo-borbor-rel", "Ланьчжоу университетинде Кыргызстанды изилдөө борбору иштей баштады", True),
    ("r62-ky-dyykandar-rel", "Баткен дыйкандары Кытайдын тажрыйбасын үйрөнүштү", True),
    ("r62-ky-sooda-neg", "Дордой базарындагы кытай соода борбору кеңейди", False),
    ("r62-ky-ugushtu-neg", "Экспорттоочулар Кытайдын жаңы бажысы тууралуу кеч угушту", False),
    ("r62-uz-tadqiqotlari-markazi-rel", "Lanchjou universitetida O‘zbekiston tadqiqotlari markazi ochildi", True),
    ("r62-uz-dehqonlar-rel", "Surxondaryo dehqonlari Xitoy tajribasini o‘rganishdi", True),
    ("r62-uz-savdo-neg", "Urumchidagi savdo markazida o‘zbek mevalari sotilmoqda", False),
    ("r62-uz-bildi-neg", "Eksportchilar Xitoyning yangi bojlari haqida kech bildi", False),
    ("r62-uzc-organish-markazi-rel", "Сиань университетида Ўзбекистонни ўрганиш маркази очилди", True),
    ("r62-uzc-dehqonlar-rel", "Хоразм деҳқонлари Хитой тажрибасини ўрганмоқда", True),
    ("r62-uzc-savdo-neg", "Қашқардаги савдо марказида ўзбек қурутлари сотилмоқда", False),
    ("r62-uzc-bildi-neg", "Экспортчилар Хитойнинг янги божлари ҳақида кеч билишди", False),
    ("r62-tg-markazi-omuzish-rel", "Дар Донишгоҳи Шинҷон маркази омӯзиши Тоҷикистон ифтитоҳ шуд", True),
    ("r62-tg-dehqonon-rel", "Деҳқонони Суғд таҷрибаи Чинро омӯхтанд", True),
    ("r62-tg-savdo-neg", "Маркази савдои чинӣ дар Кӯлоб ба фурӯш оғоз кард", False),
    ("r62-tg-khabar-neg", "Содиркунандагон аз боҷҳои нави Чин дер хабар ёфтанд", False),
    ("r62-tk-owrenis-merkezi-rel", "Pekindäki uniwersitet Türkmenistany öwreniş merkezini döretdi", True),
    ("r62-tk-dayhanlar-rel", "Daşoguz daýhanlary Hytaýyň tejribesini öwrendiler", True),
    ("r62-tk-sowda-neg", "Urumçidäki söwda merkezinde türkmen halylary satylýar", False),
    ("r62-tk-bildiler-neg", "Eksportçylar Hytaýyň täze paçlaryny giç bildiler", False),
]
