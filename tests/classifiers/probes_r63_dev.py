"""Round-63 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on
any of it (docs/classifier.md, "Round 63 of issue 12"), measured once before the fixes (the honest dev
row), then used to fix from. Family: THE REPORTER IS THE OTHER SIDE. Relevant: a headline naming only
one side, the other side being the outlet itself, shown by how the headline is built: an institution
qualified by its own country as only a foreigner writes it ("Lanzhou University (China)", "(КНР)",
"of Uzbekistan" after a Central Asian university on a Chinese site), an academic act addressed TO one
side with the subject elided ("memorandum signed with X", "meeting held with X", "delegation from X
visited our university", 我校, біздің университет, universitetimiz), the other country's grants or
scholarships named in a headline written in this side's language (китайских стипендий, Қытай
гранттары, Xitoy granti). Hard negatives: the same constructions by a third country (Russia, Korea),
Chinese domestic (清华大学代表团访问我校, "Tsinghua University guests tour our campus labs"),
trade and business ("memorandum signed with a Chinese company"), a Chinese grant that builds a road.

English and Russian 3 relevant and 3 hard negatives, every other language 3 and 2 (47 items), a few
with a one-sentence lede, each with a plausible outlet url. Each row: (id, url, headline, lede or None,
relevant).
"""

from __future__ import annotations

PROBES_R63_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r63d-en-agreement-lanzhou-china-rel", "https://www.kaznu.kz/en/news/86301",
     "Agreement on academic exchange concluded with Lanzhou University (China)", None, True),
    ("r63d-en-zhejiang-normal-our-university-rel", "https://samdu.uz/en/news/86301",
     "Delegation from Zhejiang Normal University, China visited our university",
     "The guests proposed a double-degree track in chemistry and short visits for lecturers.", True),
    ("r63d-en-rector-andijan-of-uzbekistan-rel", "https://en.xjtu.edu.cn/info/1044/86301.htm",
     "Vice President Li Ming receives Rector of Andijan State University of Uzbekistan", None, True),
    ("r63d-en-mou-chinese-company-neg", "https://tdtu.uz/en/news/86302",
     "A memorandum was signed with Chinese company Sany on the supply of road machinery", None, False),
    ("r63d-en-tsinghua-guests-campus-neg", "https://en.hit.edu.cn/news/86301",
     "Tsinghua University guests tour our campus labs", None, False),
    ("r63d-en-russian-university-hit-china-neg", "https://www.urfu.ru/en/news/86301/",
     "Russian university signs memorandum with Harbin Institute of Technology (China)", None, False),
    # ------------------------------------------------------------------ Russian
    ("r63d-ru-memorandum-npu-knr-rel", "https://enu.kz/ru/news/86301",
     "Подписан меморандум о сотрудничестве с Северо-Западным политехническим университетом (КНР)", None, True),
    ("r63d-ru-onlayn-vstrecha-henan-knr-rel", "https://www.knu.kg/ru/news/86301",
     "Состоялась онлайн-встреча с представителями Хэнаньского университета КНР", None, True),
    ("r63d-ru-kitayskih-stipendiy-rel", "https://edu.gov.kg/ru/news/86301",
     "Обсуждено увеличение числа китайских стипендий для студентов",
     "Министр образования и науки принял советника посольства по вопросам образования.", True),
    ("r63d-ru-memorandum-kitayskaya-kompaniya-neg", "https://tashkent.uz/ru/news/86302",
     "С китайской компанией заключён меморандум о поставке автобусов", None, False),
    ("r63d-ru-rossiyskim-studentam-stipendii-neg", "https://ria.ru/20261207/86301.html",
     "Российским студентам выделят больше китайских стипендий", None, False),
    ("r63d-ru-pekinskiy-novosibirsk-neg", "https://www.nsu.ru/n/media/news/86301/",
     "Делегация Пекинского университета посетила Новосибирский государственный университет", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r63d-zh-samarkand-fangwen-woxiao-rel", "https://www.nwu.edu.cn/info/1022/86301.htm",
     "乌兹别克斯坦撒马尔罕国立大学代表团访问我校", None, True),
    ("r63d-zh-xiaozhang-huijian-osh-rel", "https://www.xju.edu.cn/info/1021/86301.htm",
     "校长会见吉尔吉斯斯坦奥什国立大学校长一行", None, True),
    ("r63d-zh-shisheng-fu-ha-jiaoliu-rel", "https://www.shzu.edu.cn/2026/1207/c86301.html",
     "我校师生赴哈萨克斯坦开展暑期学术交流活动", None, True),
    ("r63d-zh-qinghua-fangwen-woxiao-neg", "https://www.lzu.edu.cn/static/86302.html",
     "清华大学代表团访问我校", None, False),
    ("r63d-zh-kazan-xieyi-neg", "https://www.hrbeu.edu.cn/info/86301.htm",
     "我校与俄罗斯喀山联邦大学签署学术合作协议书", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r63d-kk-bizdin-universitetke-shynzhan-rel", "https://www.kaznu.kz/kz/news/86301",
     "Біздің университетке Шыңжаң университетінің делегациясы келді", None, True),
    ("r63d-kk-pekin-tehnologiyalyq-memorandum-rel", "https://satbayev.university/kz/news/86301",
     "Пекин технологиялық университетімен меморандумға қол қойылды", None, True),
    ("r63d-kk-qytay-granttary-qabyldau-rel", "https://www.gov.kz/memleket/entities/edu/press/news/details/86301",
     "Қытай гранттары бойынша оқуға құжат қабылдау басталды", None, True),
    ("r63d-kk-qytay-kompaniyasy-zhol-neg", "https://kazinform.kz/kz/86302",
     "Қытай компаниясымен жол салу туралы меморандумға қол қойылды", None, False),
    ("r63d-kk-qytay-granty-kopir-neg", "https://tengrinews.kz/kk/86302/",
     "Қытай гранты есебінен ауылда көпір салынады", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r63d-ky-lanchzhou-onlayn-zholugushuu-rel", "https://www.knu.kg/kg/news/86301",
     "Ланьчжоу университетинин өкүлдөрү менен онлайн жолугушуу болду", None, True),
    ("r63d-ky-stipendiya-dokument-rel", "https://edu.gov.kg/kg/news/86301",
     "Кытай өкмөтүнүн стипендиясына документ кабыл алуу башталды", None, True),
    ("r63d-ky-shinzhan-agrar-bizdin-rel", "https://knau.kg/kg/news/86301",
     "Шинжаң айыл чарба университетинин делегациясы биздин университетке келди", None, True),
    ("r63d-ky-kompaniya-cement-neg", "https://kabar.kg/kg/news/86302",
     "Кытай компаниясы менен цемент заводу боюнча меморандумга кол коюлду", None, False),
    ("r63d-ky-grant-zhol-neg", "https://24.kg/kg/86302/",
     "Кытайдын гранты менен Бишкекте жол оңдолот", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r63d-uz-pekin-texnologiya-memorandum-rel", "https://tdtu.uz/uz/news/86301",
     "Pekin texnologiya universiteti bilan memorandum imzolandi", None, True),
    ("r63d-uz-xitoy-granti-hujjat-rel", "https://edu.uz/uz/news/86301",
     "Xitoy granti asosida o‘qish uchun hujjatlar qabul qilinmoqda", None, True),
    ("r63d-uz-universitetimizga-shinjon-rel", "https://samdu.uz/uz/news/86301",
     "Universitetimizga Shinjon universiteti delegatsiyasi tashrif buyurdi", None, True),
    ("r63d-uz-kompaniya-avtobus-neg", "https://kun.uz/uz/news/2026/12/07/86302",
     "Xitoy kompaniyasi bilan avtobuslar yetkazib berish bo‘yicha memorandum imzolandi", None, False),
    ("r63d-uz-grant-yol-neg", "https://daryo.uz/uz/2026/12/07/86302",
     "Xitoy granti hisobiga Andijonda yo‘llar ta’mirlanadi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r63d-uzc-lanchzhou-onlayn-uchrashuv-rel", "https://tsuos.uz/uzkr/news/86301",
     "Ланьчжоу университети билан онлайн учрашув бўлиб ўтди", None, True),
    ("r63d-uzc-xitoy-grantlari-muhokama-rel", "https://gov.uz/uzkr/news/view/86301",
     "Хитой грантлари бўйича таълим олиш имкониятлари муҳокама қилинди", None, True),
    ("r63d-uzc-talabalarimiz-yozgi-lager-rel", "https://tdiu.uz/uzkr/news/86301",
     "Университетимиз талабалари Хитойдаги ёзги лагерда иштирок этди", None, True),
    ("r63d-uzc-kompaniya-sement-neg", "https://xs.uz/uzkr/post/86302",
     "Хитой компанияси билан цемент заводи қуриш бўйича меморандум имзоланди", None, False),
    ("r63d-uzc-grant-suv-neg", "https://uza.uz/uzkr/posts/86302",
     "Хитой гранти ҳисобига туманда ичимлик суви тармоғи қурилди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r63d-tg-lanjou-chin-yoddosht-rel", "https://tnu.tj/tj/news/86301",
     "Бо Донишгоҳи Ланҷоуи Чин ёддошти тафоҳум имзо шуд", None, True),
    ("r63d-tg-shinjon-donishgohi-mo-rel", "https://tnu.tj/tj/news/86302",
     "Ҳайати Донишгоҳи Шинҷон ба донишгоҳи мо ташриф овард", None, True),
    ("r63d-tg-donishjuyoni-mo-lager-rel", "https://tgpu.tj/tj/news/86301",
     "Донишҷӯёни мо дар лагери тобистонаи Чин ширкат варзиданд", None, True),
    ("r63d-tg-shirkati-chini-roh-neg", "https://khovar.tj/2026/12/86302/",
     "Бо ширкати чинӣ оид ба сохтмони роҳ ёддошти тафоҳум имзо шуд", None, False),
    ("r63d-tg-granti-chin-roh-neg", "https://asiaplustj.info/tj/news/86302",
     "Бо кӯмаки грантии Чин дар Хуҷанд роҳ таъмир мешавад", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r63d-tk-pekin-tehnologiya-ahtnama-rel", "https://turkmenportal.com/tm/blog/86301",
     "Pekin tehnologiýa uniwersiteti bilen özara düşünişmek hakynda ähtnama gol çekildi", None, True),
    ("r63d-tk-uniwersitetimize-sinszyan-rel", "https://tdu.edu.tm/tm/news/86301",
     "Uniwersitetimize Hytaýyň Sinszýan uniwersitetiniň wekiliýeti geldi", None, True),
    ("r63d-tk-talyplarymyz-lager-rel", "https://orient.tm/tm/post/86301/",
     "Talyplarymyz Hytaýda tomusky okuw lagerine gatnaşdylar", None, True),
    ("r63d-tk-kompaniya-sement-neg", "https://turkmenportal.com/tm/blog/86302",
     "Hytaý kompaniýasy bilen sement zawody barada ähtnama gol çekildi", None, False),
    ("r63d-tk-granty-duralga-neg", "https://orient.tm/tm/post/86302/",
     "Hytaýyň granty esasynda şäherde awtobus duralgalary abadanlaşdyryldy", None, False),
]
