"""Round-18 headline probes (issue 12): the families read off holdout16 (docs/classifier.md,
"Round 18 of issue 12"), each written in several languages and shapes, with hard negatives
written the same way:

* "foreign students" or "international students" (外国留学生, 国际留学生, 外籍留学生) in a Chinese
  text that names only a Central Asian country: students of any nationality studying there, not
  students who came to China, so no cue that China is the other side (the false positive
  h16-036: 共有1.8万外国留学生在哈萨克斯坦求学); students who came to China (来华, 在华) still are;
* the Chinese Bridge contest under its short name, "China bridge" beside a contest word, in
  Kyrgyz, Kazakh, Uzbek (Latin and Cyrillic) and Turkmen, and in the oblique cases in Russian
  (read off h16-010, a Chinese Bridge final in Tashkent whose headline names neither side);
  a bridge that a Chinese company builds, or a trade "bridge", is not the contest;
* an industry as the field of training ("подготовка транспортных кадров", "көлік мамандарын
  даярлау", "transport kadrlarini tayyorlash", "training transport professionals"): education,
  not transport or energy, as round 17 made "oil and gas education" (read off h16-002 and
  h16-003, the China–Central Asia transport talent-training alliance, caught in Chinese only);
  railway agreements and preparations for building a railway stay transport;
* Huawei's "Seeds for the Future" under its Russian and Uzbek names ("Семена для будущего",
  "Kelajak urug'lari"), as it already was in English and Chinese (read off h16-001 and h16-004);
  seeds for a future harvest are not the programme.

Written by hand after holdout16 had been measured (with the round-17 rules) and before the
round-18 rules were written; measured with the round-17 rules (2026.12.20) and the round-18 rules
(docs/classifier.md, "Round 18 figures"). Each: (id, headline, relevant). None is an item of
classifiers/eval (``test_round18.py`` checks it).
"""

from __future__ import annotations

PROBES_R18: list[tuple[str, str, bool]] = [
    # --- foreign / international students in a Chinese text naming only Central Asia ---
    ("r18-zh-foreign-students-uz-neg", "乌兹别克斯坦外国留学生人数突破两万", False),
    ("r18-zh-intl-students-kg-neg", "吉尔吉斯斯坦高校国际留学生数量增加", False),
    ("r18-zh-foreign-students-tj-neg", "塔吉克斯坦外国留学生来自二十个国家", False),
    ("r18-zh-foreign-students-kz-neg", "哈萨克斯坦将吸引更多外国留学生", False),
    ("r18-zh-foreign-nationals-tm-neg", "土库曼斯坦大学招收外籍留学生", False),
    ("r18-zh-foreign-students-in-china", "来华外国留学生中哈萨克斯坦学生人数居前", True),
    ("r18-zh-kg-students-to-china", "吉尔吉斯斯坦留学生来华学习中医", True),
    ("r18-zh-uz-students-in-china", "在华乌兹别克斯坦留学生举办纳吾鲁孜节联欢", True),
    ("r18-zh-tj-students-graduate", "塔吉克斯坦留学生顺利完成学业", True),
    # --- the Chinese Bridge contest under its short name ---
    ("r18-ky-chinese-bridge", "«Кытай көпүрөсү» сынагы Бишкекте өттү", True),
    ("r18-ky-chinese-bridge-winners", "Кытай көпүрөсү сынагынын жеңүүчүлөрү аныкталды", True),
    ("r18-kk-chinese-bridge", "«Қытай көпірі» байқауының жеңімпаздары анықталды", True),
    ("r18-uz-chinese-bridge", "«Xitoy ko'prigi» tanlovining final bosqichi Toshkentda o'tdi", True),
    ("r18-uzc-chinese-bridge", "«Хитой кўприги» танловида ўзбекистонлик талабалар ғолиб бўлди", True),
    ("r18-tk-chinese-bridge", "«Hytaý köprüsi» bäsleşiginiň ýeňijileri Aşgabatda sylaglandy", True),
    ("r18-ru-chinese-bridge-final", "Финал «Китайского моста» прошел в Душанбе", True),
    ("r18-ru-chinese-bridge-winners", "Победители «Китайского моста» из Казахстана поедут в Пекин", True),
    ("r18-ky-bridge-built-neg", "Кытай компаниясы Нарында көпүрө курду", False),
    ("r18-kk-trade-bridge-neg", "Қытай көпірі: Қорғас арқылы жүк тасымалы өсті", False),
    ("r18-ru-bridge-built-neg", "Строительство китайского моста в Таджикистане завершено", False),
    ("r18-ru-bridge-trucks-neg", "Китайский мост через Пяндж открыт для грузовиков", False),
    ("r18-uz-bridge-built-neg", "Xitoy ko'prigi qurilishi yakunlandi", False),
    ("r18-tk-bridge-cargo-neg", "Hytaý köprüsi arkaly ýük daşamak artdy", False),
    # --- an industry as the field of training (written after the two families above) ---
    ("r18-ru-transport-personnel", "Альянс по подготовке транспортных кадров Китая и Центральной Азии провел заседание", True),
    ("r18-ru-railway-personnel", "В Китае займутся подготовкой железнодорожных кадров для Узбекистана", True),
    ("r18-ru-energy-personnel", "Китай поможет в подготовке энергетических кадров для Таджикистана", True),
    ("r18-kk-transport-specialists", "Қытай мен Орталық Азия көлік мамандарын даярлау альянсы құрылды", True),
    ("r18-uz-transport-personnel", "Xitoy va Markaziy Osiyo transport kadrlarini tayyorlash alyansi tuzildi", True),
    ("r18-uzc-railway-specialists", "Хитойда ўзбекистонлик темир йўл мутахассисларини тайёрлаш бошланди", True),
    ("r18-ky-transport-specialists", "Кытай жана Борбордук Азия транспорт адистерин даярдоо альянсы түзүлдү", True),
    ("r18-en-transport-professionals", "China-Central Asia alliance for training transport professionals meets in Tashkent", True),
    ("r18-zh-railway-talent", "中国为哈萨克斯坦培养铁路人才", True),
    ("r18-ru-railway-freight-neg", "Китай и Узбекистан подписали соглашение о железнодорожных перевозках", False),
    ("r18-ru-railway-preparation-neg", "Подготовка к строительству железной дороги Китай — Кыргызстан — Узбекистан", False),
    ("r18-kk-transport-corridor-neg", "Қытай мен Қазақстан көлік дәлізін дамытады", False),
    ("r18-en-transport-professionals-neg", "Transport professionals from China inspect Kazakh railway", False),
    ("r18-uz-railway-agreement-neg", "Xitoy va O'zbekiston temir yo'l transporti bo'yicha kelishdi", False),
    ("r18-ky-railway-preparation-neg", "Кытай-Кыргызстан-Өзбекстан темир жолунун курулушуна даярдык башталды", False),
    # --- Huawei's Seeds for the Future under its Russian and Uzbek names ---
    ("r18-uz-seeds-for-the-future", "Huawei «Kelajak urug'lari» loyihasi yakunlandi", True),
    ("r18-uzc-seeds-for-the-future", "«Келажак уруғлари» лойиҳаси доирасида талабалар Хитойга боради", True),
    ("r18-ru-seeds-for-the-future", "Программа Huawei «Семена для будущего» стартовала в Казахстане", True),
    ("r18-ru-seeds-for-harvest-neg", "Казахстан закупит в Китае семена для будущего урожая", False),
]
