"""Round-54 family probes (issue 12): headlines written after the fixes for education and training
whose field is a hard-negative subject (docs/classifier.md, "Round 54 of issue 12"): a school or a
vocational programme in the headline governing its field (education_governs_the_field), schools of
aviation, the engineering of a field studied, a plant built "with a training centre"
(training_room_at_a_plant). Not blind: they pin the families, each in several languages, with
look-alikes that must stay irrelevant. Each row: (id, title, relevant)."""

from __future__ import annotations

PROBES_R54: list[tuple[str, str, bool]] = [
    # a school or a vocational programme in the headline governs its field
    ("r54f-en-luban-dispatchers", "Almaty Luban Workshop trainees learn freight dispatching for China routes", True),
    ("r54f-ru-college-pipelines", "Китайский колледж в Туркменистане выпустил первых операторов трубопроводов", True),
    ("r54f-zh-luban-signalling", "乌兹别克斯坦鲁班工坊学生学习铁路信号技术", True),
    ("r54f-kk-university-logistics", "Қытай университеті қазақ жастарын логистикаға баулиды", True),
    ("r54f-ky-mozi-welders-pipeline", "Мози устаканасы Ошто газ түтүгүн ширетүүчүлөрдү даярдайт", True),
    ("r54f-uz-college-railway", "Xitoy kolleji Andijonda temir yo'l elektriklarini tayyorlaydi", True),
    ("r54f-tk-college-logistics", "Hytaýyň ulag kolleji türkmen ýaşlaryna logistika öwredýär", True),
    ("r54f-en-students-stranded-neg", "Kyrgyz students stranded as a Chinese border crossing shuts for the holiday", False),
    ("r54f-ru-students-unrest-neg", "Казахстанских студентов эвакуируют из Гонконга из-за беспорядков", False),
    ("r54f-kk-railway-feasibility-neg", "Қытай мен Өзбекстан жаңа темір жол бағытының тиімділігін зерттейді", False),
    # schools of aviation or flying
    ("r54f-en-aviation-college-pilots", "Uzbek aviation college sends its best cadets to a Chinese flight school", True),
    ("r54f-ru-civil-aviation-univ", "Университет гражданской авиации Китая примет на учёбу таджикских курсантов", True),
    ("r54f-zh-civil-aviation-univ", "中国民航大学为吉尔吉斯斯坦培养飞行员", True),
    ("r54f-en-direct-flights-neg", "Direct flights between Xi'an and Bishkek to resume in spring", False),
    ("r54f-ru-airline-neg", "Китайская авиакомпания откроет рейс в Ашхабад", False),
    # the engineering of a field studied
    ("r54f-en-degree-mining-eng", "Kazakh women earn degrees in mining engineering in Beijing", True),
    ("r54f-kk-oil-eng-study", "Маңғыстаулық жастар Қытайда мұнай-газ инженериясын меңгереді", True),
    ("r54f-uz-oil-eng-study", "Buxorolik talabalar Xitoyda neft-gaz muhandisligi bo'yicha o'qiydi", True),
    ("r54f-en-contractor-neg", "China Petroleum Engineering wins Turkmen gas processing contract", False),
    ("r54f-zh-contract-neg", "中国石油工程建设公司承建哈萨克斯坦天然气处理厂", False),
    # a plant built with a training centre; a training centre for a field's workers
    ("r54f-en-plant-training-room-neg", "Chinese tile maker opens Samarkand factory with an in-house training room", False),
    ("r54f-ru-plant-training-class-neg", "Китайский цементный завод в Согде оборудовал учебный класс", False),
    ("r54f-kk-plant-training-centre-neg", "Қытайлық инвестор Таразда оқу орталығы бар шыны зауытын ашты", False),
    ("r54f-tk-factory-training-room-neg", "Daşoguzdaky hytaý dokma fabriginde işçiler üçin okuw otagy döredildi", False),
    ("r54f-zh-plant-training-centre-neg", "中企在吉尔吉斯斯坦建成水泥厂及员工培训中心", False),
    ("r54f-ru-plant-teaches-students", "Китайский завод в Джизаке открыл учебный центр и принимает студентов колледжа на практику", True),
]
