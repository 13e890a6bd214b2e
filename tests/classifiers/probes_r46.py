"""Round-46 family probes (issue 12): new headlines, written after the misses of the development set
(``probes_r46_dev.py``) were read, that each family fixed in round 46 must catch (True) or leave out
(False): earthquakes studied, mapped or forecast (an earthquake that struck stays weather); the
abbreviation of a higher-education institution with a Turkic ending (ЖОЖдордо, ЖООларына, МТОК);
the bare academy acronyms ҰҒА and УИА; drought-resistant crops and creating crop varieties (a
drought, drought relief and another partner's seeds stay out); a master class beside a professional
field (a calligrapher's or a cook's stays culture); growing vegetables and learning new methods
(vegetable exports and another partner stay out). Each row: (id, headline, relevant). None is an
item of the labelled sets or an earlier probe, nor nearly one (``test_round46.py`` checks it).
"""

from __future__ import annotations

PROBES_R46_FAMILIES: list[tuple[str, str, bool]] = [
    # earthquakes studied, mapped or forecast are research; one that struck is weather
    ("r46f-en-quake-forecast", "Chinese seismologists help Tajikistan forecast earthquakes near Rogun", True),
    ("r46f-ru-quake-study", "Учёные Китая и Кыргызстана будут изучать землетрясения Тянь-Шаня", True),
    ("r46f-zh-quake-zoning", "中吉专家联合开展地震区划研究", True),
    ("r46f-kk-quake-monitor", "Қытай Алматыда жер сілкіністерін бақылау жүйесін орнатады", True),
    ("r46f-ky-quake-study", "Кытай адистери Кыргызстандагы жер титирөөлөрдү изилдөөгө жардам берет", True),
    ("r46f-uz-quake-map", "O'zbek va xitoy seysmologlari zilzila xaritasini yangilaydi", True),
    ("r46f-uzc-quake-forecast", "Хитой Ўзбекистонга зилзилаларни башорат қилиш тизимини беради", True),
    ("r46f-tg-quake-study", "Чин ба Тоҷикистон дар омӯзиши зилзилаҳо кӯмак мекунад", True),
    ("r46f-tk-quake-study", "Hytaý alymlary bilen türkmen hünärmenleri ýer titremelerini barlaýar", True),
    ("r46f-en-quake-struck-neg", "Strong earthquake near Kashgar rattles homes in Osh", False),
    ("r46f-ru-quake-struck-neg", "Сильное землетрясение у Кашгара напугало жителей Оша", False),
    ("r46f-tg-quake-struck-neg", "Зилзила дар Чин ба Душанбе ҳам расид", False),
    # the abbreviation of a higher-education institution with a Turkic ending
    ("r46f-ky-jozh-students", "Кытайдын ЖОЖдорунда 4000 кыргызстандык студент билим алууда", True),
    ("r46f-kk-joo-applicants", "Қазақстандық талапкерлер Қытай ЖОО-ларына құжат тапсыруда", True),
    ("r46f-tg-mtok-china", "МТОК-ҳои Тоҷикистон бо донишгоҳҳои Чин шартнома бастанд", True),
    ("r46f-ky-jozh-fees-neg", "Кыргызстандагы ЖОЖдордо контракттын баасы кымбаттады", False),
    # the bare academy acronyms
    ("r46f-kk-nas-acronym", "ҰҒА мен Ланьчжоу университеті ортақ зертхана құрады", True),
    ("r46f-ky-nas-acronym", "УИАнын окумуштуулары Ланьчжоу университети менен макулдашууга кол коюшту", True),
    ("r46f-kk-nas-russia-neg", "ҰҒА мен Ресей ғылым академиясы ынтымақтастық туралы келісті", False),
    # drought-resistant crops and creating crop varieties are research; a drought is not
    ("r46f-en-drought-cotton", "China, Uzbekistan breed drought-tolerant cotton", True),
    ("r46f-ru-new-varieties", "Китай и Таджикистан создадут сорта абрикоса для горных районов", True),
    ("r46f-zh-drought-wheat", "中哈科学家选育耐旱小麦", True),
    ("r46f-ky-drought-barley", "Кытай Кыргызстанга кургакчылыкка чыдамдуу арпа сортун берет", True),
    ("r46f-uzc-drought-wheat", "Хитой ва Ўзбекистон олимлари қурғоқчиликка чидамли буғдой устида ишлайди", True),
    ("r46f-tk-drought-cotton", "Hytaý bilen Türkmenistan gurakçylyga çydamly gowaça sortlaryny synaýar", True),
    ("r46f-ru-drought-neg", "Засуха в Китае ударила по урожаю казахстанского зерна на экспорт", False),
    ("r46f-zh-drought-relief-neg", "新疆多地抗旱保苗", False),
    ("r46f-en-turkey-drought-neg", "Kazakhstan buys drought-resistant seeds from Turkey", False),
    # a master class beside a professional field is training; a calligrapher's or a cook's is not
    ("r46f-ru-master-class-doctors", "Китайские кардиологи провели мастер-класс для врачей Душанбе", True),
    ("r46f-uz-master-class-it", "Xitoy dasturchilari Toshkentda sun'iy intellekt bo'yicha master-klass o'tkazdi", True),
    ("r46f-ru-master-class-calligraphy-neg", "Мастер-класс китайской каллиграфии прошёл в Алматы", False),
    ("r46f-en-master-class-cooking-neg", "Chinese chef gives dumpling master class in Bishkek", False),
    # growing vegetables and learning new methods; vegetable exports and another partner stay out
    ("r46f-kk-vegetables", "Қытай мамандары қазақ фермерлеріне көкөніс өсіруді үйретеді", True),
    ("r46f-uz-new-methods", "O'zbek dehqonlari Xitoyda yangi usullarni o'rgandi", True),
    ("r46f-tk-new-technologies", "Türkmen daýhanlary Hytaýda täze tehnologiýalary öwrenýär", True),
    ("r46f-ru-vegetable-exports-neg", "Узбекистан нарастил экспорт овощей в Китай", False),
    ("r46f-ky-new-methods-korea-neg", "Кыргыз фермерлери Кореяда жаңы ыкмаларды үйрөнүштү", False),
]
