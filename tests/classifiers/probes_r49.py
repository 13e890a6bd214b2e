"""Round-49 family probes (docs/classifier.md, "Round 49 of issue 12"): new headlines, written after
the round's families were fixed and not taken from holdout23, for the families read off part B's
misses: infectious disease control as public-health science; going to China to study; archival
documents and a museum's exhibits as heritage; Luban with its people; Chinese guests welcomed at a
Central Asian university; the shared observatories (Maidanak, NAOC), in every language that has the
form. The look-alikes that must stay out: a region plagued by drought, anti-epidemic supplies handed
over, reading books, a "historic document" on trade, exhibits of a trade fair, Chinese guests at a
tea show. Each row: (id, title, relevant)."""

from __future__ import annotations

PROBES_R49: list[tuple[str, str, bool]] = [
    # infectious disease control
    ("r49-en-zoonoses-kg", "Kyrgyz and Chinese veterinarians compare notes on zoonoses along the border", True),
    ("r49-en-plague-uz", "Uzbekistan and China set up joint plague surveillance in the Kyzylkum", True),
    ("r49-ru-anti-plague-kz", "Противочумные станции Казахстана и Китая обменяются данными", True),
    ("r49-zh-zoonoses-tj", "中塔专家研讨人畜共患病防控", True),
    ("r49-kk-infectious-cn", "Қазақстан мен Қытай жұқпалы аурулармен күресте тәжірибе алмасады", True),
    ("r49-uz-infectious-cn", "O'zbekiston va Xitoy yuqumli kasalliklarga qarshi birga kurashadi", True),
    ("r49-en-drought-neg", "Kazakh farms plagued by drought as China raises wheat imports", False),
    ("r49-zh-supplies-neg", "中国向吉尔吉斯斯坦移交一批防疫物资", False),
    # going to China to study
    ("r49-uz-to-china-students", "Xitoyga o‘qishga ketayotgan yoshlar uchun maslahatlar", True),
    ("r49-uzc-to-china-students", "Хитойга ўқишга борувчилар сони ошди", True),
    ("r49-kk-to-china-students", "Қытайға оқуға баратын жастарға не білу керек?", True),
    ("r49-ky-to-china-students", "Кытайга окууга кеткен студенттердин саны көбөйдү", True),
    ("r49-tk-to-china-students", "Hytaýa okuwa gidýän ýaşlar üçin maslahat", True),
    ("r49-ru-to-china-students", "Почему казахстанцы едут учиться в Китай", True),
    ("r49-uz-read-books-neg", "Xitoy yozuvchisining romanini o'qishga vaqt toping", False),
    # archives and museum exhibits
    ("r49-en-archives-kz", "China hands Kazakhstan copies of archival documents on the Kazakh Khanate", True),
    ("r49-ru-archives-uz", "Из Китая в Ташкент доставлены копии архивных документов о Бухарском эмирате", True),
    ("r49-uz-museum-exhibits", "Samarqand muzey eksponatlari Shanxayda ko'rsatiladi", True),
    ("r49-ru-museum-exhibits", "Музейные экспонаты из Кыргызстана покажут в Сиане", True),
    ("r49-en-historic-document-neg", "Kazakhstan and China sign a historic document on gas transit", False),
    ("r49-uz-fair-exhibits-neg", "Xitoy ko'rgazmasida O'zbekiston to'qimachilik eksponatlari", False),
    # Luban with its people
    ("r49-en-luban-craftsmen", "Young Luban craftsmen graduate in Dushanbe", True),
    ("r49-ru-luban-disciples", "Ученики Лу Баня из Казахстана победили на конкурсе мастеров", True),
    ("r49-en-luban-town-neg", "Luban town council in Poland visits Almaty", False),
    # Chinese guests welcomed
    ("r49-en-guests-welcomed", "Chinese guests were welcomed at Bukhara State University", True),
    ("r49-ru-guests-welcomed", "Ректор КазНУ встретил китайских гостей", True),
    ("r49-en-guests-tea-neg", "Chinese guests showed a tea ceremony at a Bishkek concert hall", False),
    # observatories
    ("r49-en-maidanak-naoc", "NAOC astronomers install a new camera at Maidanak Observatory", True),
]
