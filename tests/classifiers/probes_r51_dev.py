"""Round-51 development probes (issue 12): a blind set of terse headlines that name a side ONLY by one
of the round's families (docs/classifier.md, "Round 51 of issue 12"), written by hand before the rules
were run on any of it and measured once with the rules of the branch's base before any fix (the
round's honest figure before); the fixes were then written from it. ``probes_r51_held`` is the set
they were NOT written from.

The families: (1) hyphenated Kyrgyz towns with a case ending (Кара-Балтада, Жалал-Абаддагы,
Таш-Көмүрдө, Ак-Суудагы; Russian в Кара-Балте; Uzbek Jalol-Obodda, Жалол-Ободдаги); (2) names that are
also a river, a person, a word or another place (Talas, Naryn, Vahdat, Oguz Khan); (3) "CITY:" in
the middle of a headline (a forum's name, "in Almaty: …") against a real dateline at its start; (4)
institutions: Oguz Han Engineering and Technology University, West China (Huaxi) Hospital, other
Turkmen universities. Look-alikes that must stay out: Talas in Turkey (Kayseri, Erciyes University),
the battle of Talas, Kazakh "талас" (a dispute), the Naryn river in a road story, national unity
(Ваҳдати миллӣ), Oguz Khan the legend, a real dateline over China's own science, trade in Kara-Suu.

For each of en, ru, zh, kk, ky, uz (Latin), uzc (Uzbek Cyrillic), tg and tk: 3 relevant items and
2 look-alikes or hard negatives. Headlines only, no url. Each row: (id, headline, relevant).
"""

from __future__ import annotations

PROBES_R51_DEV: list[tuple[str, str, bool]] = [
    # ------------------------------------------------------------------ English
    ("r51d-en-oguzhan-robotics", "Oguz Han University and a Chinese university launch joint robotics course", True),
    ("r51d-en-huaxi-kyrgyz-surgeons", "Kyrgyz surgeons complete training at West China Hospital", True),
    ("r51d-en-colon-midprose", "Chinese seismologists share quake data with peers in Almaty: forum backs joint network", True),
    ("r51d-en-erciyes-talas-neg", "Erciyes University in Talas hosts Chinese robotics scholars", False),
    ("r51d-en-talas-river-dam-neg", "Talas River water levels fall as Chinese-built dam nears completion", False),
    # ------------------------------------------------------------------ Russian
    ("r51d-ru-karabalta-college", "Китайские инженеры обучат студентов колледжа в Кара-Балте", True),
    ("r51d-ru-oguzhan-memo", "Инженерно-технологический университет имени Огуз хана подписал меморандум с китайским вузом", True),
    ("r51d-ru-huaxi-tajik-doctors", "Больница Хуаси приняла на полугодовую стажировку группу таджикских кардиологов", True),
    ("r51d-ru-dateline-rover-neg", "АЛМАТЫ: китайский луноход обнаружил следы льда", False),
    ("r51d-ru-kara-suu-market-neg", "Китайские торговцы вернулись на рынок Кара-Суу", False),
    # ------------------------------------------------------------------ Chinese
    ("r51d-zh-oguzhan-ai-lab", "奥古兹汗工程技术大学与中国高校共建人工智能实验室", True),
    ("r51d-zh-huaxi-kazakh-doctors", "哈萨克斯坦医生在华西医院完成进修", True),
    ("r51d-zh-colon-bishkek", "两国学者相聚比什凯克：联合实验室揭牌", True),
    ("r51d-zh-talas-battle-neg", "怛罗斯之战纪录片在西安首映", False),
    ("r51d-zh-huaxi-liver-neg", "华西医院团队完成全球首例机器人肝移植手术", False),
    # ------------------------------------------------------------------ Kazakh
    ("r51d-kk-talas-agronomy", "Қытай университеті Таласта агрономия зертханасын ашты", True),
    ("r51d-kk-huaxi-doctors", "Хуаси ауруханасы қазақстандық хирургтерге алты айлық курс ұйымдастырды", True),
    ("r51d-kk-colon-forum", "Қытай мен Қазақстан ғалымдары «Астана: ғылым және инновация» форумында бас қосты", True),
    ("r51d-kk-dispute-neg", "Қытайдағы жаңа ғылыми жоба талас тудырды", False),
    ("r51d-kk-dateline-probe-neg", "Астана: Қытай Айға жаңа зонд жіберді", False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r51d-ky-karabalta-water-lab", "Кара-Балтада кытайлык адистер суу лабораториясын ачышты", True),
    ("r51d-ky-jalalabad-uni-xinjiang", "Жалал-Абаддагы университет Шинжаң университети менен келишим түздү", True),
    ("r51d-ky-tash-komur-chinese-centre", "Таш-Көмүрдө кытайлык мугалимдер мектеп окуучуларына робототехника сабагын беришет", True),
    ("r51d-ky-ak-suu-plant-neg", "Ак-Суудагы кытайлык ишкана жаңы цех ишке киргизди", False),
    ("r51d-ky-naryn-river-road-neg", "Нарын дарыясынын боюнда кытайлык курулушчулар жол салууда", False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r51d-uz-oguzhan-robotics", "Og'uzxon nomidagi muhandislik-texnologiyalar universiteti xitoylik hamkorlar bilan robototexnika kursini boshladi", True),
    ("r51d-uz-jalolobod-masterclass", "Jalol-Obodda xitoylik shifokorlar mahalliy vrachlarga master-klass o'tkazdi", True),
    ("r51d-uz-colon-forum", "«Samarqand: ipak yo'li ilmi» forumida xitoylik arxeologlar qo'shma qazishma rejasini taqdim etdi", True),
    ("r51d-uz-dateline-quantum-neg", "Toshkent: Xitoy olimlari yangi kvant kompyuterini sinovdan o'tkazdi", False),
    ("r51d-uz-qorasuv-bazaar-neg", "Qorasuv bozorida xitoy mollari narxi tushdi", False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r51d-uzc-jalolobod-uni", "Жалол-Ободдаги университет хитой тили марказини очди", True),
    ("r51d-uzc-huaxi-doctors", "Хуаси шифохонаси ўзбекистонлик онкологлар учун олти ойлик курс ташкил этди", True),
    ("r51d-uzc-colon-forum", "«Тошкент: илм ва инновация» форумида хитойлик олимлар қўшма лойиҳаларни тақдим этди", True),
    ("r51d-uzc-dateline-satellite-neg", "Тошкент: Хитой янги метеорологик сунъий йўлдошни учирди", False),
    ("r51d-uzc-qorasuv-customs-neg", "Қорасувдаги божхона постида хитой юк машиналари тўпланди", False),
    # ------------------------------------------------------------------ Tajik
    ("r51d-tg-vahdat-vocational", "Дар Ваҳдат бо кӯмаки Чин мактаби касбӣ кушода шуд", True),
    ("r51d-tg-huaxi-doctors", "Духтурони тоҷик дар беморхонаи Хуаси таҷриба омӯхтанд", True),
    ("r51d-tg-colon-forum", "Дар форуми «Душанбе: илм ва навоварӣ» олимони чинӣ лоиҳаҳои муштарак пешниҳод карданд", True),
    ("r51d-tg-unity-day-neg", "Сафири Чин Рӯзи Ваҳдати миллиро табрик гуфт", False),
    ("r51d-tg-dateline-telescope-neg", "Душанбе: Чин дар Тибет обсерваторияи нави нейтриноро сохт", False),
    # ------------------------------------------------------------------ Turkmen
    ("r51d-tk-oguzhan-robotics", "Oguz han adyndaky Inžener-tehnologiýalar uniwersiteti hytaýly hyzmatdaşlary bilan robot tehnikasy boýunça okuw geçirdi", True),
    ("r51d-tk-oil-gas-uni-internship", "Halkara nebit we gaz uniwersitetiniň talyplary Hytaýda tejribe geçdi", True),
    ("r51d-tk-colon-conference", "Hytaýly alymlar «Aşgabat: ylym we innowasiýa» maslahatynda bilelikdäki taslamalary hödürlediler", True),
    ("r51d-tk-dateline-probe-neg", "Aşgabat: Hytaý Aýa täze zond uçurdy", False),
    ("r51d-tk-oguz-film-neg", "Oguz han hakyndaky täze film Hytaýda görkezildi", False),
]
