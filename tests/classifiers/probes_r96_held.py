"""Round-96 probes, the HELD-OUT blind set (issue 12): written by hand with the development set, before
the rules were run on either, and measured once, after the fixes (nothing fixed from it). Family as in
probes_r96_dev: local acronyms of Central Asian universities and academies, the Chinese Academy of
Sciences by its short names, Chinese cities and provinces written the Russian way, and their demonyms;
hard negatives in sport, trade, transport and with other partners.

Per language 2 relevant items and 2 hard negatives (36), headlines only, each with a plausible outlet url.
Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R96_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r96h-en-tdtu-xian-robotics-rel", "https://www.gazeta.uz/en/2026/12/08/96201/",
     "Xi'an Jiaotong hosts TDTU engineers for a robotics course", None, True),
    ("r96h-en-knu-xjnu-translation-rel", "https://24.kg/english/96202/",
     "KNU and Xinjiang Normal University launch a Kyrgyz-Chinese translation course", None, True),
    ("r96h-en-urumchi-bus-neg", "https://www.gazeta.uz/en/2026/12/08/96203/",
     "Urumchi-Tashkent bus route resumes after winter", None, False),
    ("r96h-en-cas-nepal-neg", "https://timesca.com/96204/",
     "CAS delegation visits Nepal to discuss Himalaya monitoring", None, False),
    # ------------------------------------------------------------------ Russian
    ("r96h-ru-tashgtu-xjtu-robotics-rel", "https://www.gazeta.uz/ru/2026/12/08/96205/",
     "ТашГТУ и Сианьский университет Цзяотун открыли центр робототехники", None, True),
    ("r96h-ru-sinczyan-agronomy-rel", "https://tengrinews.kz/kazakhstan_news/96206/",
     "Синьцзянские агрономы проведут курс капельного орошения для студентов КазНАИУ", None, True),
    ("r96h-ru-urumchi-expo-neg", "https://kaktus.media/doc/96207.html",
     "В Урумчи прошла выставка казахстанских продуктов", None, False),
    ("r96h-ru-kaznu-ankara-neg", "https://tengrinews.kz/kazakhstan_news/96208/",
     "КазНУ подписал меморандум с университетом Анкары", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r96h-zh-cas-uzbek-remote-sensing-rel", "https://www.chinanews.com.cn/gj/2026/12-08/96209.shtml",
     "中科院地理所专家为乌兹别克斯坦培训遥感技术人员", None, True),
    ("r96h-zh-xjtu-tajik-silk-college-rel", "http://www.xinhuanet.com/edu/20261208/96210.htm",
     "西安交大与塔吉克斯坦理工大学共建丝路学院", None, True),
    ("r96h-zh-cotton-exports-neg", "https://www.ts.cn/xwzx/jjxw/202612/t20261208_96211.shtml",
     "新疆棉花出口哈萨克斯坦增长三成", None, False),
    ("r96h-zh-cas-laos-neg", "https://www.chinanews.com.cn/gj/2026/12-08/96212.shtml",
     "中科院与老挝签署热带植物研究协议", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r96h-kk-kaznu-shynzhan-dictionary-rel", "https://www.inform.kz/kz/96213",
     "ҚазҰУ ғалымдары Шыңжаң университетімен бірге терминологиялық сөздік жасайды", None, True),
    ("r96h-kk-nas-cas-balkhash-rel", "https://egemen.kz/article/96214",
     "ҚР ҰҒА мен Қытай ғылым академиясы Балқаш көлін бірге зерттейді", None, True),
    ("r96h-kk-shynzhan-train-neg", "https://kaz.tengrinews.kz/finance/96215/",
     "Шыңжаңнан келген жүк пойызы Достық бекетінде тұр", None, False),
    ("r96h-kk-enu-ankara-neg", "https://egemen.kz/article/96216",
     "ЕҰУ студенттері Анкарадағы жарыста жүлде алды", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r96h-ky-kmtu-urumchi-college-rel", "https://kabar.kg/kg/news/96217/",
     "КМТУ менен Урумчидеги политехникалык колледж инженерлерди бирге даярдайт", None, True),
    ("r96h-ky-oshmu-medical-practice-rel", "https://ky.akipress.org/news:96218",
     "ОшМУнун студенттери Синьцзян медициналык университетинде практикадан өтүшөт", None, True),
    ("r96h-ky-shinjang-traders-neg", "https://www.azattyk.org/a/96219.html",
     "Шинжаңдан келген соодагерлер Дордойдо жаңы павильон ачышты", None, False),
    ("r96h-ky-uia-germany-neg", "https://kabar.kg/kg/news/96220/",
     "УИАнын президенти Германиянын элчиси менен жолукту", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r96h-uz-toshdtu-lanchjou-hydrogen-rel", "https://kun.uz/news/2026/12/08/96221",
     "ToshDTU muhandislari Lanchjou politexnikasida vodorod yoqilg'isi kursini tamomladi", None, True),
    ("r96h-uz-xfa-qizilqum-rel", "https://daryo.uz/2026/12/08/96222",
     "XFA Geologiya instituti va O'zFA olimlari Qizilqum qazilmalarini o'rganadi", None, True),
    ("r96h-uz-urumchi-flight-neg", "https://www.gazeta.uz/oz/2026/12/08/96223/",
     "Urumchi–Toshkent aviareysi qayta tiklandi", None, False),
    ("r96h-uz-ozmu-korea-neg", "https://kun.uz/news/2026/12/08/96224",
     "O'zMU rektori Koreya elchisini qabul qildi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r96h-uzc-toshdtu-sian-practice-rel", "https://kun.uz/uz/news/2026/12/08/96225",
     "ТошДТУ талабалари Сиандаги технология паркида амалиёт ўтайди", None, True),
    ("r96h-uzc-sintszyanlik-cotton-rel", "https://xabar.uz/uz/jamiyat/96226",
     "Синьцзянлик олимлар Фарғона водийсида пахта селекцияси бўйича тадқиқот бошлади", None, True),
    ("r96h-uzc-ozmu-urumchi-football-neg", "https://xabar.uz/uz/sport/96227",
     "ЎзМУ футбол жамоаси Урумчидаги турнирда ғолиб бўлди", None, False),
    ("r96h-uzc-buses-neg", "https://uza.uz/uz/posts/96228",
     "Хитойдан Тошкентга 300 та автобус олиб келинди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r96h-tg-dtt-lanchjou-center-rel", "https://khovar.tj/2026/12/96229/",
     "Муҳандисони ДТТ дар Ланчжоу курси энергияи офтобиро хатм карданд", None, True),
    ("r96h-tg-dmt-sian-practice-rel", "https://jumhuriyat.tj/96230/",
     "Бисту панҷ барномасози ДМТ ба технопарки Сиан барои амалия рафтанд", None, True),
    ("r96h-tg-amit-urumchi-flight-neg", "https://khovar.tj/2026/12/96231/",
     "АМИТ «Ховар»: аз Урумчӣ ба Душанбе парвози нав оғоз шуд", None, False),
    ("r96h-tg-dmt-tehran-neg", "https://www.ozodi.org/a/96232.html",
     "Ректори ДМТ бо сафири Эрон дар бораи мубодилаи устодон сӯҳбат кард", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r96h-tk-tdu-sinszyan-chinese-rel", "https://turkmenportal.com/tk/blog/96233",
     "TDU-nyň talyplary Sinszýan uniwersitetinde hytaý dilini öwrenýär", None, True),
    ("r96h-tk-cas-tya-garagum-rel", "https://orient.tm/tm/post/96234",
     "Hytaýyň Ylymlar akademiýasy bilen TYA Garagum çölüni bilelikde öwrenýär", None, True),
    ("r96h-tk-urumci-flight-neg", "https://orient.tm/tm/post/96235",
     "Urumçi bilen Aşgabadyň arasynda täze awiaýol açyldy", None, False),
    ("r96h-tk-tdu-turkey-neg", "https://turkmenportal.com/tk/blog/96236",
     "TDU-nyň wekilleri Türkiýäniň uniwersitetleri bilen duşuşdy", None, False),
]
