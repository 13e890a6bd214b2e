"""Round-37 family probes (issue 12): headlines written after holdout22 (classifiers/eval/holdout22.jsonl,
90 real items, 84 hard negatives) was measured with the rules of the day (2026.12.43), one family per
misread item, each in the other languages it has and beside a relevant headline sharing its words
(docs/classifier.md, "Round 37 of issue 12"). Each row: (id, headline, relevant). None is an item of
classifiers/eval, of the shared labelled_dev or an earlier probe, nor nearly one (``test_round37.py``
checks it).
"""

from __future__ import annotations

PROBES_R37_FAMILIES: list[tuple[str, str, bool]] = [
    # a culture week is a culture event, as culture days and film weeks are (h22-006)
    ("r37f-kk-culture-week-neg", "Қытай мәдениеті апталығы Ақтөбеде көрермендерді жинады", False),
    ("r37f-kk-latin-culture-week-neg", "Almatyda Qytai madenieti aptalygy ashyldy", False),
    ("r37f-ru-culture-week-neg", "Неделя китайской культуры собрала зрителей в Караганде", False),
    ("r37f-ru-xinjiang-culture-week-neg", "Неделя культуры Синьцзяна стартует в Бишкеке", False),
    ("r37f-en-culture-week-neg", "Xinjiang culture week opens in Almaty with dance and photo shows", False),
    ("r37f-ky-culture-week-neg", "Бишкекте Кытай маданиятынын жумалыгы башталды", False),
    ("r37f-uz-culture-week-neg", "Toshkentda Xitoy madaniyati haftaligi boshlandi", False),
    ("r37f-uzc-culture-week-neg", "Самарқандда Хитой маданияти ҳафталиги ўтмоқда", False),
    ("r37f-tg-culture-week-neg", "Ҳафтаи фарҳанги Чин дар Хуҷанд бо консерт ва намоишгоҳ идома дорад", False),
    ("r37f-tk-culture-week-neg", "Aşgabatda Hytaý medeniýet hepdeligi geçirilýär", False),
    ("r37f-zh-culture-week-neg", "哈萨克斯坦文化月在北京开幕", False),
    # …but a culture week with students, a language course or a university beside it keeps them
    ("r37f-ru-culture-week-students", "Неделя китайской культуры в КазНУ: студенты изучают китайский язык с преподавателями из Ланьчжоу", True),
    ("r37f-en-culture-week-university", "Chinese university and Tajik National University launch joint Chinese language course during culture week", True),
    # journalists from Central Asia on a press tour are an audience, not a partner (h22-007)
    ("r37f-ru-press-tour-neg", "Урумчийская больница показала журналистам из стран Центральной Азии новые методы лечения", False),
    ("r37f-en-press-tour-neg", "Xinjiang medical university shows its labs to journalists from Central Asian countries", False),
    ("r37f-zh-press-tour-neg", "中亚国家记者走进喀什中医医院", False),
    ("r37f-kk-press-tour-neg", "Орталық Азия елдерінің журналистері Үрімжі ауруханасында болды", False),
    ("r37f-ky-press-tour-neg", "Борбор Азия өлкөлөрүнүн журналисттери Кашкардагы ооруканага барышты", False),
    ("r37f-uz-press-tour-neg", "Markaziy Osiyo davlatlari jurnalistlari Shinjon universitetida bo'ldi", False),
    ("r37f-tg-press-tour-neg", "Рӯзноманигорони кишварҳои Осиёи Марказӣ аз беморхонаи Урумчӣ дидан карданд", False),
    ("r37f-tk-press-tour-neg", "Merkezi Aziýa ýurtlarynyň žurnalistleri Sinszýan lukmançylyk uniwersitetinde boldular", False),
    # …but doctors, students and scientists from Central Asia in a Chinese hospital or university are
    # the other side
    ("r37f-ru-doctors-from-ca", "Врачи из стран Центральной Азии прошли стажировку в клинике Урумчи", True),
    ("r37f-en-students-from-ca", "Engineering graduates from Central Asian countries receive diplomas in Lanzhou", True),
    ("r37f-zh-scholars-from-ca", "中亚国家学者赴新疆大学开展联合研究", True),
]
