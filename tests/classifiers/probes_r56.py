"""Round-56 family probes (issue 12), written after the round's fixes (docs/classifier.md, "Round 56 of
issue 12"), fresh against every labelled text, every earlier probe and the round's two blind sets: in each
language joint work "with Chinese scientists", 中X合建, a Chinese diploma or study at China's universities,
joining forces, tourism or sport science studied (relevant), and a look-alike: China's own science, a
Ukrainian 中乌合建, a work permit or a visa, trade joining forces, a hotel opened or a tourism deal
(irrelevant). Headlines, no url. Each row: (id, headline, relevant).
"""

from __future__ import annotations

PROBES_R56: list[tuple[str, str, bool]] = [
    ("r56-en-geologists-rel", "Kyrgyz mining institute maps rare earth deposits alongside Chinese geologists", True),
    ("r56-en-hospitality-degree-rel", "Samarkand university launches hospitality management degree with Chinese partner", True),
    ("r56-en-hotel-opening-neg", "Chinese hotel chain opens its first hotel in Ashgabat", False),
    ("r56-ru-vmeste-s-kitayskimi-rel", "В Оше вместе с китайскими агрономами испытают новые сорта риса", True),
    ("r56-ru-diplom-kitayskogo-vuza-rel", "Таджикские энергетики получили дипломы китайского вуза", True),
    ("r56-ru-ob-usiliya-tamozhnya-neg", "Таможенники Казахстана и Китая объединяют усилия против контрафакта", False),
    ("r56-zh-zhongwu-hejian-rel", "中乌合建农业大学孔子课堂", True),
    ("r56-zh-lianshou-rel", "新疆农业大学联手吉尔吉斯斯坦开展小麦育种研究", True),
    ("r56-zh-odesa-neg", "中乌合建敖德萨粮食码头", False),
    ("r56-kk-mamandarymen-rel", "Қытай мамандарымен бірге Жетісуда жаңа алма сорттары сыналады", True),
    ("r56-kk-sport-gylymy-rel", "Қазақ спорт академиясы мен қытай университеті спорт ғылымы бойынша магистратура ашады", True),
    ("r56-kk-vaccine-own-neg", "Қытай ғалымдары тұмауға қарсы жаңа препарат сынады", False),
    ("r56-ky-dyikan-menen-rel", "Кытайлык адистер менен Таласта буурчактын жаңы сорттору себилди", True),
    ("r56-ky-diplom-rel", "Кытай дипломун алган кыргыз дарыгерлери Ошто иштей баштады", True),
    ("r56-ky-soodagerler-neg", "Кыргыз жана кытай соодагерлери күч бириктирип, жаңы базар ачышты", False),
    ("r56-uz-mutaxassislar-bilan-rel", "Xitoylik mutaxassislar bilan Jizzaxda tomchilatib sug‘orish tizimi sinaldi", True),
    ("r56-uz-sport-ilmi-rel", "Toshkentdagi jismoniy tarbiya universiteti Xitoy bilan sport ilmi magistraturasini ochdi", True),
    ("r56-uz-ishchi-viza-neg", "Xitoyda ishlash uchun ruxsat olgan o‘zbeklar soni ortdi", False),
    ("r56-uzc-olimlar-bilan-rel", "Хитойлик олимлар билан Хоразмда шўрланган ерлар харитаси тузилди", True),
    ("r56-uzc-mehmonxona-neg", "Самарқандда Хитой компанияси янги меҳмонхона қурди", False),
    ("r56-tg-bo-mutakhassisoni-rel", "Бо мутахассисони чинӣ дар Кӯлоб навъҳои нави пахта парвариш карда мешаванд", True),
    ("r56-tg-diplom-rel", "Духтурони ҷавони тоҷик дипломҳои донишгоҳи тиббии Чинро гирифтанд", True),
    ("r56-tg-own-science-neg", "Муҳаққиқони Пекин усули нави тоза кардани обро пешниҳод карданд", False),
    ("r56-tk-hunarmenler-bilen-rel", "Hytaýly hünärmenler bilen Daşoguzda şorlaşan ýerler öwrenilýär", True),
    ("r56-tk-syyahatcylyk-hunari-rel", "Türkmen talyplary Hytaýyň uniwersitetinde syýahatçylyk hünärini alýarlar", True),
    ("r56-tk-harytlar-neg", "Türkmen we hytaý kärhanalary dokma harytlaryny öndürmekde güýçlerini birleşdirýär", False),
]
