"""Round-92 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on
any of it (docs/classifier.md, "Round 92 of issue 12"), measured once before the fixes, then used to fix
from. Family: PRECISION. Hard negatives that name both sides and a science- or education-looking word
but are no science, technology or education cooperation: courtesy visits to a university or library,
culture days and food festivals held at a university, journalists' training and press tours, sports
camps, medical aid and donations of books or equipment, trade fairs and business forums with
"technology" or "innovation" in their name, construction contracts for schools or hospitals, a Chinese
company's own staff training, China's science with Pakistan, Central Asia's with Korea, politics listing
education among many fields. One true cooperation story per language keeps recall honest.

Per language 1 relevant item and 3 hard negatives (36), headlines only, each with a plausible outlet url.
Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R92_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r92d-en-robotics-phd-rel", "https://astanatimes.com/2026/12/92101/",
     "Tsinghua to co-supervise Nazarbayev University doctoral students in robotics from next autumn", None, True),
    ("r92d-en-ambassador-rector-neg", "https://www.gazeta.uz/en/2026/12/10/92102/",
     "Chinese ambassador visits Tashkent State University of Law, meets rector", None, False),
    ("r92d-en-culture-days-tea-neg", "https://24.kg/english/92103/",
     "Days of Chinese culture open at Bishkek Humanitarian University with a tea ceremony", None, False),
    ("r92d-en-turkmen-journalists-neg", "https://www.chinadaily.com.cn/a/202612/10/WS92104.html",
     "Turkmen journalists complete media training course in Beijing", None, False),
    # ------------------------------------------------------------------ Russian
    ("r92d-ru-ledniki-pamira-rel", "https://asiaplustj.info/ru/news/tajikistan/society/20261210/92105",
     "Ученые Таджикистана и Китая создадут совместный центр по изучению ледников Памира", None, True),
    ("r92d-ru-osh-bolnica-neg", "https://kaktus.media/doc/92106.html",
     "Китай передал Ошской областной больнице медицинское оборудование", None, False),
    ("r92d-ru-biznes-forum-cifra-neg", "https://tengrinews.kz/kazakhstan_news/92107/",
     "В Алматы прошел казахстанско-китайский бизнес-форум по цифровым технологиям", None, False),
    ("r92d-ru-gimnaziya-vahdat-neg", "https://asiaplustj.info/ru/news/tajikistan/society/20261210/92108",
     "Подрядчик из Синьцзяна выиграл тендер на строительство гимназии в Вахдате", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r92d-zh-nongye-shuoshi-rel", "https://www.chinanews.com.cn/gj/2026/12-10/92109.shtml",
     "中国与乌兹别克斯坦高校联合培养农业工程硕士", None, True),
    ("r92d-zh-kunming-jixun-neg", "https://sports.people.com.cn/n1/2026/1210/c92110.html",
     "哈萨克斯坦田径运动员在昆明进行高原集训", None, False),
    ("r92d-zh-yuangong-peixun-neg", "https://www.xinhuanet.com/world/20261210/92111.htm",
     "中国企业在塔吉克斯坦为本地员工举办安全生产培训", None, False),
    ("r92d-zh-hanguo-wuzi-kexueyuan-neg", "https://www.chinanews.com.cn/gj/2026/12-10/92112.shtml",
     "乌兹别克斯坦与韩国科学院在首尔商定联合研发项目", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r92d-kk-balqash-gidrolog-rel", "https://egemen.kz/article/92113",
     "Шыңжаң және Қарағанды гидрологтары Балқаш көліне құятын өзендердің суын сынамаға алды", None, True),
    ("r92d-kk-elshi-kaznu-neg", "https://kaz.inform.kz/kz/92114",
     "Қытай елшісі әл-Фараби атындағы ҚазҰУ-ға сапармен барды", None, False),
    ("r92d-kk-tagam-festival-neg", "https://kaz.tengrinews.kz/kazakhstan_news/92115/",
     "Еуразия ұлттық университетінде Қытай тағамдары фестивалі өтті", None, False),
    ("r92d-kk-kyuvez-konsul-neg", "https://egemen.kz/article/92116",
     "ҚХР консулдығы Алматы облыстық перинаталдық орталығына кювездер тапсырды", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r92d-ky-ysyk-kol-ihtiolog-rel", "https://kabar.kg/kg/news/92117/",
     "Ысык-Көлдүн балыктарын Уханьдан келген ихтиологдор менен Кыргыз улуттук университетинин "
     "биологдору изилдей баштады", None, True),
    ("r92d-ky-elchi-kitepkana-neg", "https://kg.akipress.org/news:92118/",
     "Кытайдын элчиси Улуттук китепканага барды", None, False),
    ("r92d-ky-boxchular-neg", "https://www.azattyk.org/a/92119.html",
     "Кыргызстандык боксчулар Кытайда машыгуу жыйынын өтүшөт", None, False),
    ("r92d-ky-mektep-kelishim-neg", "https://kabar.kg/kg/news/92120/",
     "Кытай компаниясы Бишкекте мектеп куруу боюнча келишим түздү", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r92d-uz-goza-liniya-rel", "https://kun.uz/92121",
     "Xorazmlik genetiklar Shandong akademiyasi bilan qurg'oqchilikka chidamli g'o'za "
     "liniyasini sinovdan o'tkazmoqda", None, True),
    ("r92d-uz-yarmarka-neg", "https://daryo.uz/2026/12/10/92122",
     "«Innovatsiya va texnologiyalar — 2026» yarmarkasida Xitoyning 300 ta firmasi stend qo'ydi", None, False),
    ("r92d-uz-press-tur-neg", "https://uza.uz/oz/posts/92123",
     "Xitoy jurnalistlari Samarqandga press-turga kelishdi", None, False),
    ("r92d-uz-islomobod-pekin-neg", "https://kun.uz/92124",
     "Islomobod va Pekin sun'iy yo'ldosh uchirish bo'yicha tadqiqot shartnomasini imzoladi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r92d-uzc-tatu-uhan-rel", "https://uza.uz/uz/posts/92125",
     "ТАТУ ва Ухан технология университети оптик толали алоқа бўйича тадқиқот марказини ишга туширди", None, True),
    ("r92d-uzc-kitob-hadya-neg", "https://xs.uz/uz/post/92126",
     "Хитой Ўзбекистонга ўн минг китоб ҳадя қилди", None, False),
    ("r92d-uzc-madaniyat-kunlari-neg", "https://uza.uz/uz/posts/92127",
     "Самарқанд давлат университетида Хитой маданияти кунлари бўлиб ўтди", None, False),
    ("r92d-uzc-rahbarlar-soha-neg", "https://xs.uz/uz/post/92128",
     "Ўзбекистон ва Хитой раҳбарлари савдо, энергетика, таълим ва туризм соҳаларини муҳокама қилди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r92d-tg-fiziki-maqola-rel", "https://khovar.tj/92129/",
     "Физикҳои Хуҷанд ва Урумчӣ дар бораи панелҳои офтобии тоза як мақолаи муштарак нашр карданд", None, True),
    ("r92d-tg-safir-dmt-neg", "https://sadoimardum.tj/92130/",
     "Сафири Ҷумҳурии Мардумии Чин ба ДМТ ташриф овард ва бо роҳбарияти он суҳбат кард", None, False),
    ("r92d-tg-kormandon-neg", "https://asiaplustj.info/tj/news/92131",
     "Ширкати чинӣ барои кормандони тоҷики худ курси омӯзишӣ баргузор кард", None, False),
    ("r92d-tg-ruznomanigoron-neg", "https://khovar.tj/92132/",
     "Гурӯҳи рӯзноманигорони тоҷик барои семинари ду ҳафтаина ба Пекин рафт", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r92d-tk-gaz-himiya-rel", "https://turkmenportal.com/tm/blog/92133",
     "Türkmen we hytaý alymlary gaz himiýasy boýunça bilelikdäki barlaglary geçirer", None, True),
    ("r92d-tk-medeniyet-gunleri-neg", "https://orient.tm/tm/post/92134/",
     "Magtymguly adyndaky uniwersitetde Hytaý medeniýet günleri geçirildi", None, False),
    ("r92d-tk-dializ-neg", "https://tdh.gov.tm/tk/post/92135/",
     "HHR-iň ilçihanasy Daşoguz welaýat hassahanasyna dializ enjamlaryny gowşurdy", None, False),
    ("r92d-tk-serg-innowasiya-neg", "https://turkmenportal.com/tm/blog/92136",
     "Aşgabatda Hytaýyň tehnologiýa we innowasiýa sergisi açyldy", None, False),
]
