"""Round-32 family probes (issue 12): headlines written after holdout21 (classifiers/eval/holdout21.jsonl,
93 real items) was measured with the round-31 rules, one family per misread item, each in the other
languages it has and beside a hard negative sharing its words (docs/classifier.md, "Round 32 of issue
12"). Each row: (id, headline, relevant). None is an item of classifiers/eval, of the shared
labelled_dev or an earlier probe, nor nearly one (``test_round32.py`` checks it).
"""

from __future__ import annotations

PROBES_R32_FAMILIES: list[tuple[str, str, bool]] = [
    # Kazinform's credit line ("reports Kazinform", "деп хабарлайды Kazinform") is the source, no side
    ("r32f-en-credit-neg", "China launches Tianzhou-9 cargo spacecraft, Kazinform reports", False),
    ("r32f-ru-credit-neg", "Китай вывел на орбиту новый метеоспутник, сообщает Kazinform", False),
    ("r32f-kk-credit-neg", "Қытай жаңа ғарыштық зымыранын сынады, деп хабарлайды Kazinform", False),
    ("r32f-uz-credit-neg", "Xitoy yangi robototexnika markazini ochdi, deya xabar beradi Kazinform", False),
    ("r32f-uzc-credit-neg", "Хитой сунъий интеллект бўйича янги қонун қабул қилди, деб хабар беради Kazinform", False),
    ("r32f-zh-credit-neg", "据哈通社报道,中国科学家发布新型量子计算机", False),
    ("r32f-en-credit-named", "Kazakhstan and China open joint soil laboratory in Shymkent, Kazinform reports", True),
    # a graduation ceremony and an earned degree are education
    ("r32f-zh-graduation", "毕业典礼上的吉尔吉斯斯坦姑娘:在中国的五年", True),
    ("r32f-en-graduation", "Uzbek and Tajik students at Xi'an graduation ceremony thank China", True),
    ("r32f-ru-graduation", "Церемония вручения дипломов в Шанхае: 40 выпускников из Казахстана", True),
    ("r32f-zh-graduation-neg", "纳扎尔巴耶夫大学举行毕业典礼", False),
    ("r32f-en-graduation-neg", "Nazarbayev University holds graduation ceremony in Astana", False),
    ("r32f-ru-graduation-neg", "В Ташкенте прошла церемония вручения дипломов выпускникам лицеев", False),
    ("r32f-en-degree", "Kyrgyz engineer earns master's degree at Tsinghua", True),
    ("r32f-ru-degree", "Узбекский инженер получил степень магистра в Харбине", True),
    ("r32f-kk-degree", "Қазақ жас маманы Ухань университетінде магистр дәрежесін алды", True),
    ("r32f-en-degree-neg", "Uzbek minister earns master's degree in London", False),
    ("r32f-zh-degree-neg", "哈萨克斯坦高校今年授予三千人硕士学位", False),
    # in a Chinese text, someone "from" a Central Asian country came to the writer's side
    ("r32f-zh-from-tajikistan", "来自塔吉克斯坦的阿丽娜在西安获得硕士学位", True),
    ("r32f-zh-from-turkmenistan", "来自土库曼斯坦的阿曼在石油大学的五年", True),
    ("r32f-zh-from-kazakhstan-wheat-neg", "来自哈萨克斯坦的小麦运抵连云港", False),
    ("r32f-zh-from-uzbekistan-tourists-neg", "来自乌兹别克斯坦的游客在喀什过春节", False),
    # China helps or boosts a Central Asian country
    ("r32f-zh-help-wheat", "中国专家助力吉尔吉斯斯坦培育小麦新品种", True),
    ("r32f-zh-help-desert", "兰州大学助推哈萨克斯坦荒漠化研究", True),
    ("r32f-zh-help-solar-neg", "江苏企业助推土库曼斯坦光伏电站并网发电", False),
    ("r32f-zh-help-textile-neg", "新疆企业助推乌兹别克斯坦棉纺产业升级", False),
    # the scientists of a field (пустыноведы, почвоведы; шөлтанушы, tuproqshunos, биёбоншинос, çölşynas)
    ("r32f-ru-soil", "Китайские и казахстанские почвоведы обсудили засоление земель", True),
    ("r32f-ru-soil-neg", "Почвоведы Казахстана подвели итоги полевого сезона", False),
    ("r32f-en-soil", "Chinese and Kazakh soil scientists meet in Almaty", True),
    ("r32f-en-desert-neg", "Russian desert scientists visit Turkmenistan", False),
    ("r32f-kk-desert", "Қытай мен Қазақстан шөлтанушылары кездесті", True),
    ("r32f-uz-soil", "Xitoy va o'zbek tuproqshunoslari seminar o'tkazdi", True),
    ("r32f-ky-glacier", "Кытай жана кыргыз мөңгү таануучулары Нарында жолугушту", True),
    ("r32f-tg-desert", "Биёбоншиносони Чин ва Тоҷикистон дар Душанбе вохӯрданд", True),
    ("r32f-tk-desert", "Hytaý we türkmen çölşynaslary Aşgabatda duşuşdy", True),
    # a meeting is a cue as light as 会见
    ("r32f-en-meet", "Rector of Osh State University meets with Wuhan University delegation", True),
    ("r32f-en-meet-neg", "Chinese ambassador meets with Kazakh energy minister on pipeline", False),
    ("r32f-ru-meet", "Проректор Ошского университета встретился с профессорами из Чэнду", True),
    ("r32f-ru-meet-neg", "Министр торговли Узбекистана встретился с китайскими инвесторами", False),
    ("r32f-kk-meet-implied", "Цинхуа университетінің профессорлары ректормен кездесті", True),
    ("r32f-kk-meet-neg", "Қытай елшісі Қазақстанның энергетика министрімен кездесті", False),
    ("r32f-uz-meet", "Xitoy olimlari Samarqand davlat universiteti rektori bilan uchrashdi", True),
    ("r32f-uz-meet-neg", "Xitoy investorlari Jizzax hokimi bilan uchrashdi", False),
    ("r32f-tg-meet", "Ректори Донишгоҳи миллии Тоҷикистон бо олимони Чин вохӯрд", True),
    ("r32f-tk-meet", "Hytaýly alymlar Magtymguly adyndaky TDU-nyň rektory bilen duşuşdy", True),
    ("r32f-tk-meet-neg", "Hytaýyň ilçisi türkmen gaz kompaniýasynyň ýolbaşçysy bilen duşuşdy", False),
]
