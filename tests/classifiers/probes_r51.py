"""Round-51 family probes (issue 12): terse headlines written after the round's fixes, each naming a
side only by one of its families (a hyphenated town with a case ending, a guarded name beside its
country, "CITY:" in the middle of a headline, a Turkmen institution or a Chinese university
hospital), and look-alikes that must stay out (Talas in Kayseri, an Iranian Vahdat school, Saadi's
Gulistan, a real dateline over China's own science, coal mining in Tash-Kömür). Headlines only, no
url. Each row: (id, headline, relevant)."""

from __future__ import annotations

PROBES_R51: list[tuple[str, str, bool]] = [
    ("r51-ky-mailuu-suu-geologists", "Майлуу-Сууда кытайлык геологдор уран калдыктарын изилдей баштады", True),
    ("r51-ky-cholpon-ata-summer-school", "Чолпон-Атадагы жайкы мектепке кытайлык физиктер келишти", True),
    ("r51-ru-cholpon-ata-astronomers", "В Чолпон-Ате китайские астрономы провели летнюю школу для студентов", True),
    ("r51-ru-kyzyl-kiya-welders", "Китайские преподаватели начали обучать сварщиков в колледже Кызыл-Кии", True),
    ("r51-kk-jalal-abad-students", "Жалал-Абадтағы университет студенттері Қытайда оқиды", True),
    ("r51-uz-jalal-abad-eye-surgery", "Xitoylik shifokorlar Jalol-Obodda ko'z jarrohligi bo'yicha o'quv kursi o'tkazdi", True),
    ("r51-en-naryn-beside-country", "Chinese hydrologists to map glaciers near Naryn, Kyrgyzstan", True),
    ("r51-en-colon-midprose-tashkent", "Chinese agronomists arrived in Tashkent: joint cotton trials begin", True),
    ("r51-zh-huaxi-uzbek-nurses", "乌兹别克斯坦护士赴华西医院学习重症护理", True),
    ("r51-zh-xiangya-kyrgyz-surgeons", "湘雅医院为吉尔吉斯斯坦培养首批心脏外科医生", True),
    ("r51-ru-west-china-anesthetists", "Казахстанские анестезиологи прошли обучение в Западно-Китайской больнице", True),
    ("r51-tk-oguz-han-cybersecurity", "Oguz han adyndaky uniwersitetiň talyplary hytaýly mugallymlardan kiberhowpsuzlyk dersini aldylar", True),
    ("r51-tk-deserts-institute-china", "Çölleriň, ösümlik we haýwanat dünýäsiniň milli instituty hytaýly alymlar bilen çölleşmä garşy taslama başlady", True),
    ("r51-ru-oguz-han-lab", "Университет имени Огуз хана и китайский вуз откроют совместную лабораторию кибербезопасности", True),
    ("r51-en-talas-kayseri-neg", "Talas district of Kayseri signs student exchange with Chinese university", False),
    ("r51-en-vahdat-tehran-neg", "Vahdat High School in Tehran partners with Chinese robotics firm", False),
    ("r51-en-gulistan-poem-neg", "Chinese translation of Saadi's Gulistan wins literary prize", False),
    ("r51-en-real-dateline-neg", "TASHKENT: Chinese team sequences giant panda genome", False),
    ("r51-ky-tash-komur-coal-neg", "Кытайлык инвестор Таш-Көмүрдөгү эски шахтаны кайра иштетүүнү пландап жатат", False),
]
