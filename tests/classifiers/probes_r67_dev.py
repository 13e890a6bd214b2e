"""Round-67 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on any of
it (docs/classifier.md, "Round 67 of issue 12"), measured once before the fixes (the honest dev row), then used
to fix from. Relevant: the head of a university or academy (rector, vice-rector, president, party secretary,
dean, director, 校长, 书记, ректор, проректор, rektor) of one side meeting, receiving, visiting or hosting the
other side's institution or head, and nothing else said: the meeting is the cooperation. Hard negatives: the
same heads meeting their own side or another partner (Russia, Turkey, Korea, Japan, India, Belarus), business
heads, sports federations' presidents, politicians with no academic side.

Per language 2 relevant items and 2 hard negatives, a few with a one-sentence lede, each with a plausible
outlet url. Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R67_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r67d-en-kaznu-rector-hosts-rel", "https://www.inform.kz/en/article/86701",
     "KazNU rector hosts Xinjiang University vice president on campus", None, True),
    ("r67d-en-party-secretary-meets-rel", "https://en.snnu.edu.cn/info/1067/86701.htm",
     "Party Secretary Liu Jianhua Meets with Rector of Tashkent State University of Uzbek Language and Literature", None, True),
    ("r67d-en-nu-rector-domestic-neg", "https://astanatimes.com/2026/12/86701/",
     "Nazarbayev University rector meets Kazakh Minister of Science and Higher Education",
     "They discussed research funding and the new campus in Almaty.", False),
    ("r67d-en-cnpc-president-energy-neg", "https://timesca.com/news/86702/",
     "President of CNPC meets Kazakh Minister of Energy in Astana", None, False),
    # ------------------------------------------------------------------ Russian
    ("r67d-ru-rektor-oshgu-prinyal-rel", "https://24.kg/obschestvo/86701/",
     "Ректор Ошского госуниверситета принял делегацию Синьцзянского университета", None, True),
    ("r67d-ru-glava-akademii-prinyal-rel", "https://khovar.tj/rus/2026/12/86701/",
     "В Душанбе вице-президента Китайской академии наук принял глава таджикской академии",
     "Стороны обсудили совместные экспедиции на Памире.", True),
    ("r67d-ru-rektor-krsu-posol-rossii-neg", "https://kaktus.media/doc/86701.html",
     "Ректор КРСУ встретился с послом России в Кыргызстане", None, False),
    ("r67d-ru-prezident-ffkr-kitay-neg", "https://sport.kg/football/86701",
     "Президент Федерации футбола Кыргызстана встретился с коллегами из Китая", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r67d-zh-shuji-huijian-karaganda-rel", "https://news.lzu.edu.cn/c/202612/86701.html",
     "校党委书记王强会见哈萨克斯坦卡拉干达技术大学校长", None, True),
    ("r67d-zh-xiaozhang-huijian-tnu-rel", "https://news.xju.edu.cn/info/1011/86701.htm",
     "张伟校长会见塔吉克斯坦国立民族大学副校长", None, True),
    ("r67d-zh-xiaozhang-msu-neg", "https://news.nwpu.edu.cn/info/1002/86701.htm",
     "校长会见俄罗斯莫斯科国立大学代表团", None, False),
    ("r67d-zh-zhongshiyou-nengyuan-neg", "https://www.cnpc.com.cn/cnpc/jtxw/202612/86701.shtml",
     "中国石油董事长会见哈萨克斯坦能源部部长", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r67d-kk-kaznu-rektory-qabyldady-rel", "https://www.kaznu.kz/kz/86701/news/one/",
     "ҚазҰУ ректоры Шыңжаң университетінің президентін қабылдады", None, True),
    ("r67d-kk-enu-rektory-kezdesti-rel", "https://enu.kz/kz/info/news/86701",
     "Л.Н. Гумилев атындағы ЕҰУ ректоры Пекин тілдер университетінің проректорымен кездесті", None, True),
    ("r67d-kk-rektor-ankara-neg", "https://www.inform.kz/kz/86701",
     "ҚазҰУ ректоры Анкара университетінің ректорымен кездесті", None, False),
    ("r67d-kk-rektor-akim-neg", "https://zhetysu-gazeti.kz/86701",
     "Университет ректоры облыс әкімімен кездесті",
     "Кездесуде жаңа жатақхана құрылысы талқыланды.", False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r67d-ky-oshmu-rektoru-kabyl-aldy-rel", "https://kabar.kg/kg/86701/",
     "Ош мамлекеттик университетинин ректору Ланьчжоу университетинин делегациясын кабыл алды", None, True),
    ("r67d-ky-knu-rektoru-jolukty-rel", "https://knu.kg/kg/news/86701",
     "Кыргыз улуттук университетинин ректору Кытайдын Шинжаң университетинин ректору менен жолукту", None, True),
    ("r67d-ky-manas-ankara-neg", "https://kabar.kg/kg/86702/",
     "Манас университетинин ректору Анкарада Түркиянын билим берүү министри менен жолукту", None, False),
    ("r67d-ky-meriya-urumchi-neg", "https://bishkek.gov.kg/kg/news/86701",
     "Бишкек шаарынын мэри Үрүмчү шаарынын мэри менен жолукту", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r67d-uz-samdu-rektori-qabul-rel", "https://samdu.uz/uz/news/86701",
     "Samarqand davlat universiteti rektori Shensi pedagogika universiteti prorektorini qabul qildi", None, True),
    ("r67d-uz-tdtu-rektori-uchrashdi-rel", "https://kun.uz/news/2026/12/07/86701",
     "TDTU rektori Xitoyning Tsinghua universiteti delegatsiyasi bilan uchrashdi", None, True),
    ("r67d-uz-ozmu-mgu-neg", "https://www.gazeta.uz/uz/2026/12/07/86701/",
     "O‘zMU rektori Rossiyaning MGU rektori bilan uchrashdi", None, False),
    ("r67d-uz-xitoy-kompaniya-hokim-neg", "https://daryo.uz/2026/12/07/86701",
     "Xitoy kompaniyasi rahbari Toshkent viloyati hokimi bilan uchrashdi",
     "Uchrashuvda sement zavodi qurilishi muhokama qilindi.", False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r67d-uzc-namdu-rektori-qabul-rel", "https://xs.uz/uzkr/post/86701",
     "Наманган давлат университети ректори Хитойнинг Ухань университети делегациясини қабул қилди", None, True),
    ("r67d-uzc-fanlar-akademiyasi-uchrashdi-rel", "https://uza.uz/uz/posts/86701",
     "Фанлар академияси президенти Хитой фанлар академияси вице-президенти билан учрашди", None, True),
    ("r67d-uzc-fardu-koreya-neg", "https://xs.uz/uzkr/post/86702",
     "Фарғона давлат университети ректори Корея университети ректори билан учрашди", None, False),
    ("r67d-uzc-investor-hokim-neg", "https://uza.uz/uz/posts/86702",
     "Хитойлик инвестор Наманган вилояти ҳокими билан учрашди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r67d-tg-rektori-dmt-qabul-rel", "https://khovar.tj/2026/12/86701/",
     "Ректори ДМТ намояндагони Донишгоҳи Шинҷонро қабул кард", None, True),
    ("r67d-tg-amit-kishovarzi-rel", "https://khovar.tj/2026/12/86702/",
     "Президенти АМИТ бо ноиби раиси Академияи кишоварзии Чин вохӯрд", None, True),
    ("r67d-tg-rektori-safiri-hinduston-neg", "https://khovar.tj/2026/12/86703/",
     "Ректори Донишгоҳи техникӣ сафири Ҳиндустонро ба ҳузур пазируфт", None, False),
    ("r67d-tg-federatsiyai-futbol-neg", "https://sport.tj/2026/12/86701/",
     "Президенти Федератсияи футболи Тоҷикистон бо ҳамтои чинии худ мулоқот кард", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r67d-tk-tdu-rektory-kabul-rel", "https://tdh.gov.tm/tk/post/86701/",
     "Türkmen döwlet uniwersitetiniň rektory Hytaýyň Pekin uniwersitetiniň wekiliýetini kabul etdi", None, True),
    ("r67d-tk-ylymlar-akademiyasy-dusushdy-rel", "https://turkmenportal.com/tm/blog/86701",
     "Ylymlar akademiýasynyň prezidenti Hytaý ylymlar akademiýasynyň wise-prezidenti bilen duşuşdy", None, True),
    ("r67d-tk-tdu-rektory-ilchi-rus-neg", "https://tdh.gov.tm/tk/post/86702/",
     "Türkmen döwlet uniwersitetiniň rektory Russiýanyň ilçisi bilen duşuşdy", None, False),
    ("r67d-tk-cnpc-ministr-neg", "https://turkmenportal.com/tm/blog/86702",
     "CNPC-niň prezidenti Türkmenistanyň nebit we gaz senagaty boýunça wekili bilen duşuşdy", None, False),
]
