"""Round-59 family probes (issue 12): fresh headlines of the families the development set's misses were
read as, written after the fixes (docs/classifier.md, "Round 59 of issue 12"), relevant items and
look-alikes: a tech or innovation hub and technology transfer (a logistics hub is not one); the scientists
of a compound field (fish exported is no research); satellites as a Kazakh or Kyrgyz subject (satellite TV
bought is not one); the Surkhan and Kashkadarya oases (fruit from the oasis is trade); the Tajik Confucius
with a double с. Each row: (id, headline, relevant)."""

from __future__ import annotations

PROBES_R59: list[tuple[str, str, bool]] = [
    # a tech or innovation hub, technology transfer
    ("r59f-en-shenzhen-hub", "Kyrgyz startups join Shenzhen innovation hub's acceleration track", True),
    ("r59f-ru-hub-startups", "Узбекские стартапы представили разработки в инновационном хабе Шэньчжэня", True),
    ("r59f-en-tech-transfer-deal", "Kazakh engineering school and Chinese partners sign tech transfer deal on drilling robots", True),
    ("r59f-en-logistics-hub-neg", "China and Kazakhstan open a logistics hub at Altynkol", False),
    ("r59f-ru-logistics-hub-neg", "Китайская компания построит логистический хаб под Ташкентом", False),
    # the scientists of a compound field
    ("r59f-ru-sturgeon", "Китайские и казахстанские ихтиологи подсчитали осетров в низовьях Урала", True),
    ("r59f-kk-alakol-birds", "Қытайлық орнитологтар қазақстандық әріптестерімен Алакөлдің құстарын санады", True),
    ("r59f-uz-aydar-lake", "Xitoylik gidrobiologlar Aydar ko‘lida o‘zbek hamkasblari bilan ishladi", True),
    ("r59f-tk-caspian-fish", "Hytaýly ihtiologlar türkmen kärdeşleri bilen Hazar balyklaryny öwrendi", True),
    ("r59f-tg-groundwater", "Гидрогеологҳои чинӣ ва тоҷик захираҳои оби зеризаминии Суғдро баҳо доданд", True),
    ("r59f-zh-irtysh-fish", "中哈鱼类学家联合调查额尔齐斯河鱼类资源", True),
    ("r59f-ru-fish-export-neg", "Казахстан нарастил поставки рыбы из Балхаша в Китай", False),
    # satellites as a Kazakh or Kyrgyz subject
    ("r59f-kk-satellite-project", "Қазақстан мен Қытай спутник бойынша жаңа жобаны талқылады", True),
    ("r59f-ky-satellite-group", "Кыргызстандын жана Кытайдын адистери спутниктер боюнча жумушчу топ түзүштү", True),
    ("r59f-ky-satellite-tv-neg", "Нарындагы үй-бүлөлөр кытай спутник антенналарын арзан баада сатып алышууда", False),
    # the Surkhan and Kashkadarya oases
    ("r59f-uz-kashka-soil", "Qashqa vohasida xitoylik tuproqshunoslar sho‘rlangan yerlarni o‘rganmoqda", True),
    ("r59f-uzc-surkhan-wheat", "Хитойлик селекционерлар Сурхон воҳасидаги фермерларга пахта уруғчилигини ўргатди", True),
    ("r59f-uz-surkhan-fruit-neg", "Surxon vohasidan Xitoyga quritilgan meva eksporti ortdi", False),
    # the Tajik Confucius with a double с
    ("r59f-tg-confucius-class", "Дар Донишгоҳи технологии Тоҷикистон синфи нави Конфуссий ифтитоҳ ёфт", True),
]
