"""Round-65 family probes (issue 12), written after the round's fixes (docs/classifier.md, "Round 65 of
issue 12"), fresh against every labelled text, every earlier probe and the round's two blind sets: in each
language a side named only by a name the lists lacked before this round (Northwest A&F or Northwestern
Polytechnical University in a Central Asian language, Tarim or Shihezi University as Uzbek, Kazakh, Kyrgyz,
Tajik or Turkmen write them, Fudan and Tsinghua in Kyrgyz or Tajik, Хуачжунский педагогический, a Kazakh,
Uzbek or Tajik acronym: ҚарУ, ҚарТУ, ШҚУ, TDAU, JDPU, TDTrU, ТКТИ, ДДБ, or KSTU / KSU / SIUT beside China)
(relevant), and a look-alike: the same acronym in Minsk, Tbilisi, Kansas or Riyadh, "оқу" (study), the
North-West of one's own country (irrelevant). Headlines, no url. Each row: (id, headline, relevant)."""

from __future__ import annotations

PROBES_R65: list[tuple[str, str, bool]] = [
    ("r65-en-kstu-harbin-rel", "KSTU engineers to train at Harbin Engineering University under new exchange deal", True),
    ("r65-en-siut-neepu-rel", "SIUT and a Jilin power university graduate first joint class of energy engineers", True),
    ("r65-en-ksu-kansas-neg", "KSU agronomists in Kansas test Chinese wheat varieties for drought tolerance", False),
    ("r65-en-bsu-minsk-neg", "Minsk: BSU and a Chinese university open a joint institute of physics", False),
    ("r65-ru-severo-zapadnyy-rel", "Аспиранты ТашГАУ продолжат исследования в Северо-Западном сельскохозяйственном университете", True),
    ("r65-ru-huachzhunskiy-rel", "Хуачжунский педагогический университет примет на стажировку учителей из Ферганы", True),
    ("r65-ru-tbilisi-neg", "Тбилисский госуниверситет и китайский вуз подписали меморандум в Тбилиси", False),
    ("r65-ru-szfo-neg", "Северо-Западный федеральный округ нарастил экспорт зерна в Китай", False),
    ("r65-zh-minsk-neg", "明斯克：白俄罗斯国立大学与中国高校共建联合实验室", False),
    ("r65-kk-karu-tarim-rel", "ҚарУ ғалымдары Тарим университетімен бірге мақта тұқымын зерттейді", True),
    ("r65-kk-shku-ile-rel", "ШҚУ мен Іле педагогикалық университеті оқытушылар алмасады", True),
    ("r65-kk-oqu-neg", "Оқу жылы басталды: мектептерге жаңа парталар келді", False),
    ("r65-ky-fudan-kmtu-rel", "Фудан университетинин профессорлору КМТУнун магистранттарына сабак өтүштү", True),
    ("r65-ky-tundyk-batysh-rel", "Кыргыз агрардык университетинин студенттери Түндүк-Батыш айыл чарба университетинде окушат", True),
    ("r65-uz-tdau-shixezi-rel", "TDAU va Shixezi universiteti paxta seleksiyasi bo‘yicha qo‘shma laboratoriya ochdi", True),
    ("r65-uz-jdpu-shimoli-garbiy-rel", "JDPU o‘qituvchilari Shimoli-g‘arbiy politexnika universitetida malaka oshirmoqda", True),
    ("r65-uz-minsk-neg", "Minskda o‘tgan texnologiyalar ko‘rgazmasida Xitoy kompaniyalari qatnashdi", False),
    ("r65-uzc-tkti-tarim-rel", "ТКТИ ва Хитойнинг Тарим университети кимё бўйича илмий ҳамкорликни бошлади", True),
    ("r65-tg-ddb-singhua-rel", "Донишҷӯёни ДДБ дар Донишгоҳи Сингхуа барномаи тобистонаро гузаштанд", True),
    ("r65-tg-chzhetszyan-rel", "Устодони Донишгоҳи Чжецзян дар Хуҷанд курси барномасозӣ мегузаронанд", True),
    ("r65-tk-tarim-rel", "Türkmen oba hojalyk institutynyň alymlary Tarim uniwersitetinde barlag geçirýärler", True),
    ("r65-tk-minsk-neg", "Minskde geçirilen sergide Hytaýyň tehnologiýalary görkezildi", False),
]
