"""Round-98 probes, the HELD-OUT blind set (issue 12): written by hand with the development set, before
the rules were run on any of it (docs/classifier.md, "Round 98 of issue 12"), measured once after the fixes
and never fixed from. Same family as probes_r98_dev: Chinese universities recruiting Central Asian students
(admission offices, entrance exams in a Central Asian city, quotas, campaigns, a branch campus's intake,
education fairs, open days for applicants). Hard negatives: the same by Turkey, Japan, Korea or Russia, an
embassy's open day, fairs of goods, tourism or jobs.

Per language 2 relevant items and 2 hard negatives (36), headlines only, each with a plausible outlet url.
Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R98_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r98h-en-admissions-office-rel", "https://24.kg/english/98201/",
     "Xinjiang Medical University opens admissions office in Bishkek for Kyrgyz applicants", None, True),
    ("r98h-en-entrance-exams-rel", "https://asiaplustj.info/en/news/tajikistan/society/20261209/98202",
     "Chinese universities hold entrance exams in Dushanbe for Tajik school graduates", None, True),
    ("r98h-en-turkey-recruit-neg", "https://24.kg/english/98203/",
     "Turkish universities recruit Kyrgyz applicants at a Bishkek fair", None, False),
    ("r98h-en-tourism-fair-neg", "https://astanatimes.com/2026/12/98204/",
     "Kazakhstan pavilion opens at Urumqi tourism fair", None, False),
    # ------------------------------------------------------------------ Russian
    ("r98h-ru-exams-tashkent-rel", "https://kun.uz/ru/news/2026/12/10/98205",
     "Китайские вузы провели вступительные испытания для абитуриентов в Ташкенте", None, True),
    ("r98h-ru-dalian-branch-rel", "https://www.gazeta.uz/ru/2026/12/10/98206/",
     "Филиал Даляньского политеха в Ташкенте объявил набор студентов", None, True),
    ("r98h-ru-japan-almaty-neg", "https://www.inform.kz/ru/98207",
     "Японские университеты представили программы для казахстанских абитуриентов в Алматы", None, False),
    ("r98h-ru-embassy-openday-neg", "https://www.inform.kz/ru/98208",
     "Посольство Китая в Астане провело день открытых дверей для блогеров", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r98h-zh-nwnu-dushanbe-rel", "https://www.chinanews.com.cn/gj/2026/12-10/98209.shtml",
     "西北师范大学赴杜尚别开展塔吉克斯坦留学生招生活动", None, True),
    ("r98h-zh-quota-kg-rel", "https://www.xinhuanet.com/world/20261210/98210.htm",
     "中国高校今年在吉尔吉斯斯坦招收本科生名额增至500名", None, True),
    ("r98h-zh-korea-almaty-neg", "https://www.chinanews.com.cn/gj/2026/12-10/98211.shtml",
     "韩国大学在阿拉木图举办留学说明会", None, False),
    ("r98h-zh-embassy-openday-neg", "https://www.xinhuanet.com/world/20261210/98212.htm",
     "中国驻土库曼斯坦使馆举办开放日活动", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r98h-kk-shymkent-rel", "https://kaz.inform.kz/kz/98213",
     "Қытайдың 30 жоғары оқу орны Шымкентте талапкерлермен кездесті", None, True),
    ("r98h-kk-lanzhou-quota-rel", "https://kaz.tengrinews.kz/kazakhstan_news/98214/",
     "Ланьчжоу университеті қазақстандық талапкерлерге қабылдау квотасын көбейтті", None, True),
    ("r98h-kk-russia-campaign-neg", "https://kaz.inform.kz/kz/98215",
     "Ресей жоғары оқу орындары Қарағандыда талапкерлерді қабылдау науқанын бастады", None, False),
    ("r98h-kk-goods-expo-neg", "https://kaz.tengrinews.kz/kazakhstan_news/98216/",
     "Алматыда Қытай тауарларының көрмесі ашылды", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r98h-ky-osh-campaign-rel", "https://kabar.kg/news/98217/",
     "Кытайдын университеттери Ошто абитуриенттер үчүн кабыл алуу өнөктүгүн баштады", None, True),
    ("r98h-ky-study-expo-rel", "https://ky.kabar.kg/news/98218/",
     "Бишкекте «Кытайда окуу» көргөзмөсүнө миңден ашык абитуриент келди", None, True),
    ("r98h-ky-korea-neg", "https://kabar.kg/news/98219/",
     "Корея университеттери Бишкекте абитуриенттерди тартууда", None, False),
    ("r98h-ky-job-fair-neg", "https://ky.kabar.kg/news/98220/",
     "Бишкекте кытай компанияларынын жумуш жарманкеси өттү", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r98h-uz-fergana-campaign-rel", "https://kun.uz/news/2026/12/10/98221",
     "Xitoy universitetlari Farg'onada abituriyentlar uchun qabul kampaniyasini boshladi", None, True),
    ("r98h-uz-shanghai-exams-rel", "https://daryo.uz/2026/12/10/98222",
     "Shanxay universiteti Toshkentda kirish imtihonlarini o'tkazadi", None, True),
    ("r98h-uz-russia-bukhara-neg", "https://kun.uz/news/2026/12/10/98223",
     "Rossiya oliygohlari Buxoroda abituriyentlar bilan uchrashdi", None, False),
    ("r98h-uz-embassy-openday-neg", "https://daryo.uz/2026/12/10/98224",
     "Xitoy elchixonasi Toshkentda ochiq eshiklar kunini o'tkazdi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r98h-uzc-study-expo-rel", "https://uza.uz/uz/posts/98225",
     "Тошкентда «Хитойда таҳсил» таълим кўргазмаси очилди", None, True),
    ("r98h-uzc-samarkand-openday-rel", "https://xs.uz/uz/post/98226",
     "Самарқандда Хитой олийгоҳларининг очиқ эшиклар куни бўлиб ўтди", None, True),
    ("r98h-uzc-turkey-neg", "https://uza.uz/uz/posts/98227",
     "Туркия университетлари Наманганда абитуриентларни қабул қилмоқда", None, False),
    ("r98h-uzc-job-fair-neg", "https://xs.uz/uz/post/98228",
     "Хитой компаниялари Тошкентда иш ўринлари ярмаркасини ўтказди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r98h-tg-bokhtar-rel", "https://khovar.tj/2026/12/98229/",
     "Намояндагони се донишгоҳи Чин дар Бохтар ба хатмкунандагони мактабҳо дар бораи қабул нақл карданд", None, True),
    ("r98h-tg-quota-rel", "https://tajikta.tj/tj/news/98230",
     "Квотаи қабули донишҷӯёни тоҷик ба донишгоҳҳои Чин зиёд шуд", None, True),
    ("r98h-tg-russia-exams-neg", "https://khovar.tj/2026/12/98231/",
     "Донишгоҳҳои Русия дар Хуҷанд имтиҳони қабул мегузаронанд", None, False),
    ("r98h-tg-goods-expo-neg", "https://tajikta.tj/tj/news/98232",
     "Ширкатҳои чинӣ дар Хуҷанд ярмаркаи хӯрокворӣ ва либос ташкил карданд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r98h-tk-turkmenabat-rel", "https://orient.tm/tm/post/98233/",
     "Hytaýyň dört uniwersitetiniň wekilleri Türkmenabadyň mekdep uçurymlaryna kabul düzgünlerini düşündirdi",
     None, True),
    ("r98h-tk-places-rel", "https://turkmenportal.com/tm/blog/98234/",
     "Hytaý türkmen talyplaryny kabul etmek üçin orunlaryň sanyny artdyrdy", None, True),
    ("r98h-tk-japan-neg", "https://orient.tm/tm/post/98235/",
     "Ýaponiýanyň uniwersitetleri Aşgabatda talyp bolmak isleýänler üçin tanyşdyryş geçirdi", None, False),
    ("r98h-tk-job-fair-neg", "https://turkmenportal.com/tm/blog/98236/",
     "Aşgabatda Hytaý kompaniýalarynyň iş ýarmarkasy geçirildi", None, False),
]
