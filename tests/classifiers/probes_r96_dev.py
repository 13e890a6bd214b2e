"""Round-96 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on
any of it (docs/classifier.md, "Round 96 of issue 12"), measured once before the fixes, then used to fix
from. Family: how Central Asian outlets abbreviate and spell the institutions and places of both sides:
local acronyms of national universities and academies, the Chinese Academy of Sciences by its local
acronyms and short names, Chinese provinces and cities written the Russian way and their demonyms.
Hard negatives: the same acronyms and spellings in sport, trade and transport, or with another partner.

Per language 2 relevant items and 2 hard negatives (36), headlines only, each with a plausible outlet url.
Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R96_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r96d-en-cas-glacier-station-rel", "https://24.kg/english/96101/",
     "CAS researchers and Kyrgyz glaciologists set up a monitoring station on a Tien Shan glacier", None, True),
    ("r96d-en-enu-urumchi-interns-rel", "https://astanatimes.com/2026/12/96102/",
     "ENU students start internships at an Urumchi technology park", None, True),
    ("r96d-en-kaznu-football-neg", "https://www.inform.kz/en/96103",
     "KazNU football team beats Urumqi club in a friendly", None, False),
    ("r96d-en-tdu-turkish-concert-neg", "https://www.turkmenistan.gov.tm/en/post/96104",
     "TDU students hold a Navruz concert with Turkish exchange guests", None, False),
    # ------------------------------------------------------------------ Russian
    ("r96d-ru-knu-shihezi-diploma-rel", "https://kaktus.media/doc/96105.html",
     "КНУ им. Баласагына и университет Шихэцзы запустили программу двойного диплома", None, True),
    ("r96d-ru-kan-pamir-glaciers-rel", "https://asiaplustj.info/ru/news/tajikistan/society/20261208/96106",
     "Гляциологи НАНТ и КАН поставят на Федченко автоматическую метеостанцию", None, True),
    ("r96d-ru-kaznu-football-neg", "https://tengrinews.kz/sports/96107/",
     "Футболисты КазНУ обыграли команду из Урумчи в товарищеском матче", None, False),
    ("r96d-ru-sian-train-neg", "https://www.gazeta.uz/ru/2026/12/08/96108/",
     "Первый контейнерный состав с сианьской электроникой разгрузили в Чукурсае", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r96d-zh-cas-tajik-lab-rel", "http://www.xinhuanet.com/world/20261208/96109.htm",
     "中科院新疆生地所与塔吉克斯坦科学院共建联合实验室", None, True),
    ("r96d-zh-lzu-enu-climate-rel", "https://www.chinanews.com.cn/gj/2026/12-08/96110.shtml",
     "兰州大学与欧亚国立大学开展气候联合研究", None, True),
    ("r96d-zh-cas-pakistan-neg", "https://www.ts.cn/xwzx/gjxw/202612/t20261208_96111.shtml",
     "中科院专家赴巴基斯坦考察冰川", None, False),
    ("r96d-zh-urumqi-almaty-flights-neg", "https://www.ts.cn/xwzx/jjxw/202612/t20261208_96112.shtml",
     "乌鲁木齐机场新开至奇姆肯特货运包机", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r96d-kk-enu-shynzhandyq-wind-rel", "https://egemen.kz/article/96113",
     "ЕҰУ шыңжаңдық ғалымдармен бірге жел энергетикасын зерттейді", None, True),
    ("r96d-kk-kaznau-urumchi-interns-rel", "https://www.inform.kz/kz/96114",
     "ҚазҰАЗУ студенттері Урумчидегі аграрлық университетте тағылымдамадан өтеді", None, True),
    ("r96d-kk-kaznu-volleyball-neg", "https://kaz.tengrinews.kz/sport/96115/",
     "ҚазҰУ құрамасы Үрімшідегі волейбол турнирінде жеңіске жетті", None, False),
    ("r96d-kk-shynzhandyq-trucks-neg", "https://egemen.kz/article/96116",
     "Шыңжаңдық жүк көліктері Қорғас бекетінде кезекте тұр", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r96d-ky-kuu-sintszyan-center-rel", "https://kabar.kg/kg/news/96117/",
     "КУУ менен Синьцзян университети кыргыз тили борборун ачты", None, True),
    ("r96d-ky-uia-glacier-station-rel", "https://ky.akipress.org/news:96118",
     "УИА жана КИА гляциологдору Ак-Шыйрак мөңгүсүнө автоматтык станция орнотушту", None, True),
    ("r96d-ky-kmtu-ankara-olympiad-neg", "https://www.azattyk.org/a/96119.html",
     "КМТУнун студенттери Анкарадагы олимпиадада байге алышты", None, False),
    ("r96d-ky-urumchi-train-neg", "https://kabar.kg/kg/news/96120/",
     "Урумчиден Бишкекке жүк поезди келди", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r96d-uz-ozmu-sintszyan-center-rel", "https://kun.uz/news/2026/12/08/96121",
     "O'zMU va Sintszyan universiteti o'zbek tili markazini ochdi", None, True),
    ("r96d-uz-xfa-toshdtu-solar-rel", "https://daryo.uz/2026/12/08/96122",
     "XFA olimlari ToshDTU bilan quyosh panellarini sinovdan o'tkazadi", None, True),
    ("r96d-uz-sintszyanlik-fair-neg", "https://www.gazeta.uz/oz/2026/12/08/96123/",
     "Sintszyanlik savdogarlar Toshkentda meva yarmarkasi o'tkazdi", None, False),
    ("r96d-uz-ozmu-turkey-football-neg", "https://kun.uz/news/2026/12/08/96124",
     "O'zMU talabalari Turkiyadagi futbol turnirida g'olib bo'ldi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r96d-uzc-ozmu-lanchjou-water-rel", "https://kun.uz/uz/news/2026/12/08/96125",
     "ЎзМУ ва Ланчжоу университети сув ресурслари бўйича қўшма лаборатория очди", None, True),
    ("r96d-uzc-xfa-orol-rel", "https://xabar.uz/uz/jamiyat/96126",
     "ХФА ва ЎзФА олимлари Орол денгизи тубини биргаликда ўрганади", None, True),
    ("r96d-uzc-sintszyan-train-neg", "https://xabar.uz/uz/iqtisodiyot/96127",
     "Синьцзяндан Андижонга юк поезди йўлга чиқди", None, False),
    ("r96d-uzc-fa-japan-neg", "https://uza.uz/uz/posts/96128",
     "ФА президенти Япония элчисини қабул қилди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r96d-tg-dmt-sintszyan-diploma-rel", "https://khovar.tj/2026/12/96129/",
     "ДМТ ва Донишгоҳи Синтсзян барои магистрантҳо курси муштараки физика мегузоранд", None, True),
    ("r96d-tg-amit-aich-glaciers-rel", "https://www.ozodi.org/a/96130.html",
     "Геологҳои АМИТ ва АИЧ дар Ванҷ конҳои нодирзаминиро харитасозӣ мекунанд", None, True),
    ("r96d-tg-dtt-urumchi-football-neg", "https://jumhuriyat.tj/96131/",
     "Донишҷӯёни ДТТ дар мусобиқаи футбол дар Урумчӣ ғолиб шуданд", None, False),
    ("r96d-tg-sintszyan-trucks-neg", "https://khovar.tj/2026/12/96132/",
     "Аз Синтсзян ба Душанбе 200 мошини боркаш ворид шуд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r96d-tk-tdu-lancjou-lab-rel", "https://turkmenportal.com/tk/blog/96133",
     "TDU we Lançžou uniwersiteti suw serişdeleri boýunça bilelikdäki barlaghana açdy", None, True),
    ("r96d-tk-tohu-sian-interns-rel", "https://orient.tm/tm/post/96134",
     "TOHU talyplary Siandaky tehnologiýa parkynda tejribe geçýär", None, True),
    ("r96d-tk-sinszyan-train-neg", "https://orient.tm/tm/post/96135",
     "Sinszýandan Aşgabada ýük otlusy geldi", None, False),
    ("r96d-tk-tdu-turkey-sport-neg", "https://turkmenportal.com/tk/blog/96136",
     "TDU-nyň talyplary Türkiýede sport ýaryşynda ýeňiji boldy", None, False),
]
