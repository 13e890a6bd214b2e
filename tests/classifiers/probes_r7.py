"""Round-7 headline probes (issue 12): the way reporters write a few general families in each
language — students of one side going to study on the other ("Kyrgyz students to study in
China", "…вузы Поднебесной…", "Казахстанские студенты … в КНР"), scientists of one side
in the other's city ("Китайские учёные … в Ташкенте"), China–Central Asia alliances,
forums and think tanks of universities and scholars (中国—中亚…大学/学者/智库), Chinese-language
olympiads and speaking contests, and city pairs (Урумчи–Алматы) with a science subject —
each with hard negatives (trade, pipelines, visas, football, China–ASEAN science, Central
Asia with Russia/Turkey/Korea/EU, Chinese domestic science, ethnic Kazakhs in Xinjiang).
Written by hand after holdout6 had been measured and before the round-7 rules were written;
measured with the round-6 rules (2026.12.9) and the round-7 rules (docs/classifier.md,
"Round 7 figures"). Each: (id, headline, relevant).

None is an item of classifiers/eval (``test_round7.py`` checks it).
"""

from __future__ import annotations

PROBES_R7: list[tuple[str, str, bool]] = [
    # --- students of one side study on the other -----------------------------------
    ("r7-ru-kz-students-prc", "Казахстанские студенты смогут бесплатно учиться в КНР", True),
    ("r7-ru-podnebesnaya-vuzy", "Вузы Поднебесной ждут абитуриентов из Узбекистана", True),
    ("r7-ru-tj-students-china", "Таджикские студенты отправились на учёбу в Китай", True),
    ("r7-en-kg-students-china", "Kyrgyz students to study in China under new quota", True),
    ("r7-en-tm-students-chinese-univ", "Turkmen students graduate from Chinese universities", True),
    ("r7-zh-kz-students", "哈萨克斯坦学生赴华留学人数创新高", True),
    ("r7-ru-neg-kz-students-russia", "Казахстанские студенты смогут бесплатно учиться в России", False),
    ("r7-en-neg-kg-students-turkey", "Kyrgyz students to study in Turkey under new quota", False),
    ("r7-ru-neg-podnebesnaya-trade", "Товарооборот с Поднебесной вырос на 20 процентов", False),
    # --- scientists of one side in the other's city --------------------------------
    ("r7-ru-cn-scientists-tashkent", "Китайские учёные прочитали лекции в Ташкенте", True),
    ("r7-ru-cn-scientists-bishkek", "Китайские учёные обсудили в Бишкеке изучение ледников", True),
    ("r7-en-cn-scientists-almaty", "Chinese scientists share research in Almaty", True),
    ("r7-ru-uz-scientists-urumqi", "Узбекские учёные приняли участие в конференции в Урумчи", True),
    ("r7-ru-neg-cn-businessmen-tashkent", "Китайские бизнесмены провели переговоры в Ташкенте", False),
    ("r7-ru-neg-cn-scientists-beijing", "Китайские учёные представили новый спутник в Пекине", False),
    ("r7-ru-neg-ru-scientists-tashkent", "Российские учёные прочитали лекции в Ташкенте", False),
    # --- China–Central Asia alliances, forums, think tanks ------------------------
    ("r7-en-cca-univ-alliance", "China-Central Asia university alliance holds first meeting", True),
    ("r7-en-cca-think-tanks", "China-Central Asia think tank forum opens in Xi'an", True),
    ("r7-ru-cca-think-tanks", "Форум аналитических центров «Китай – Центральная Азия» прошёл в Сиане", True),
    ("r7-zh-cca-univ", "中国—中亚高校联盟第二次会议召开", True),
    ("r7-zh-cca-scholars", "中国—中亚学者共话文明交流", True),
    ("r7-zh-cca-tech", "中国—中亚科技合作中心揭牌", True),
    ("r7-en-neg-cca-business-forum", "China-Central Asia business forum opens in Xi'an", False),
    ("r7-en-neg-asean-think-tanks", "China-ASEAN think tank forum opens in Nanning", False),
    ("r7-zh-neg-cca-trade", "中国—中亚经贸合作论坛开幕", False),
    ("r7-zh-neg-asean-tech", "中国—东盟科技合作中心揭牌", False),
    # --- Chinese-language olympiads and speaking contests -----------------------
    ("r7-en-oratory-chinese-tm", "An oratory competition in Chinese was held in Ashgabat", True),
    ("r7-en-chinese-olympiad-kg", "Chinese language olympiad held in Bishkek", True),
    ("r7-ru-chinese-olympiad-tj", "В Душанбе прошла олимпиада по китайскому языку", True),
    ("r7-ru-chinese-speech-kz", "В Алматы прошёл конкурс чтецов на китайском языке", True),
    ("r7-en-neg-chinese-olympiad-ukraine", "Chinese language olympiad held in Kharkiv", False),
    ("r7-en-neg-football-bishkek", "Football competition held in Bishkek with Chinese clubs", False),
    # --- city pairs with a science subject --------------------------------------
    ("r7-ru-urumqi-almaty-science", "Урумчи – Алматы: учёные договорились о совместных исследованиях", True),
    ("r7-en-xian-tashkent-univ", "Xi'an and Tashkent universities sign research pact", True),
    ("r7-ru-neg-urumqi-almaty-flights", "Урумчи – Алматы: возобновлены прямые авиарейсы", False),
    ("r7-ru-neg-urumqi-almaty-train", "Поезд Урумчи – Алматы перевёз рекордное число пассажиров", False),
    # --- other hard negatives ------------------------------------------------
    ("r7-zh-neg-xinjiang-kazakh-school", "伊犁哈萨克族学生参加高考", False),
    ("r7-en-neg-china-domestic-lab", "Chinese Academy of Sciences opens new lab in Shenzhen", False),
    ("r7-ru-neg-visa-free", "Казахстан и Китай ввели безвизовый режим для туристов", False),
    ("r7-en-neg-pipeline", "China-Central Asia gas pipeline Line D construction resumes", False),
    ("r7-en-neg-korea-ca", "Korea-Central Asia university forum held in Seoul", False),
    ("r7-ru-neg-eu-ca", "ЕС и Центральная Азия запустили программу обмена студентами", False),
]
