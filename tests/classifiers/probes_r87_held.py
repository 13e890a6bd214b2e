"""Round-87 probes, the HELD-OUT blind set (issue 12): written by hand with the development set, before
the rules were run on either (docs/classifier.md, "Round 87 of issue 12"), and measured once, after the
fixes; nothing is fixed from it. Same family as probes_r87_dev: medical science, technology and education
across the China–Central Asia border with both sides named; hard negatives: medicine trade, donations,
hospital construction, medical tourism, ministers' talks, the same training with another partner.

Per language 2 relevant items and 2 hard negatives (36), headlines only, each with a plausible outlet url.
Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R87_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r87h-en-acupuncture-course-rel", "https://asiaplustj.info/en/news/tajikistan/society/20261211/87201",
     "Chinese medicine centre in Dushanbe opens acupuncture course for Tajik doctors", None, True),
    ("r87h-en-tuberculosis-study-rel", "https://www.gazeta.uz/en/2026/12/11/87202/",
     "Kashgar hospital and Andijan medical institute to study tuberculosis together", None, True),
    ("r87h-en-mary-hospital-neg", "https://turkmenportal.com/en/blog/87203",
     "Chinese firm to build children's hospital in Mary under new contract", None, False),
    ("r87h-en-urumqi-patients-neg", "https://astanatimes.com/2026/12/87204/",
     "Kazakh patients flock to Urumqi clinics for cheaper surgery", None, False),
    # ------------------------------------------------------------------ Russian
    ("r87h-ru-ordinatory-sian-rel", "https://kaktus.media/doc/87205.html",
     "Ординаторы из Бишкека проходят резидентуру в больницах Сианя", None, True),
    ("r87h-ru-mrt-trening-rel", "https://www.gazeta.uz/ru/2026/12/11/87206/",
     "Специалисты из Шэньчжэня обучили ташкентских медиков работе на новом аппарате МРТ", None, True),
    ("r87h-ru-vakciny-peredal-neg", "https://asiaplustj.info/ru/news/tajikistan/society/20261211/87207",
     "Китай передал Таджикистану партию вакцин", None, False),
    ("r87h-ru-moskva-stazhirovka-neg", "https://kun.uz/ru/news/2026/12/11/87208",
     "Московские клиники приняли на обучение врачей из Самарканда", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r87h-zh-zhongyiyao-zhongxin-rel", "https://www.chinanews.com.cn/gj/2026/12-11/87209.shtml",
     "中国—哈萨克斯坦中医药中心在阿拉木图开班授课", None, True),
    ("r87h-zh-shanghai-yuancheng-rel", "http://www.xinhuanet.com/world/2026-12/11/c_87210.htm",
     "上海专家通过远程视频为乌兹别克斯坦医生授课", None, True),
    ("r87h-zh-yaopin-jinkou-neg", "https://www.ts.cn/xwzx/2026/12/11/87211.shtml",
     "哈萨克斯坦自中国进口药品大幅增长", None, False),
    ("r87h-zh-weisheng-buzhang-neg", "https://www.chinanews.com.cn/gj/2026/12-11/87212.shtml",
     "土库曼斯坦卫生部长会见中国驻土大使", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r87h-kk-beinebailanys-rel", "https://www.inform.kz/kz/87213",
     "Қытай дәрігерлері Шымкент емханасына бейнебайланыс арқылы кеңес берді", None, True),
    ("r87h-kk-qant-diabeti-rel", "https://egemen.kz/article/87214",
     "Қарағанды медицина университеті мен Сиань ғалымдары қант диабетін бірге зерттейді", None, True),
    ("r87h-kk-apparat-syi-neg", "https://kaz.tengrinews.kz/87215/",
     "Қытай Қазақстанға жасанды тыныс алу аппараттарын сыйға тартты", None, False),
    ("r87h-kk-emdelu-urimji-neg", "https://kaz.nur.kz/87216/",
     "Алматылық науқастар емделу үшін Үрімжіге жиі барады", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r87h-ky-ordinatura-shanhai-rel", "https://kabar.kg/kyrg/news/87217/",
     "Кыргыз дарыгерлери Шанхайда ординатурада окуп жатышат", None, True),
    ("r87h-ky-akupunktura-kurs-rel", "https://kg.akipress.org/news:87218/",
     "Бишкекте кытай салттуу медицинасы боюнча борбор акупунктура курсун ачты", None, True),
    ("r87h-ky-dary-satyp-neg", "https://24.kg/kyrgyzcha/87219/",
     "Кыргызстан Кытайдан дары-дармек сатып алууну көбөйттү", None, False),
    ("r87h-ky-turkiya-okuu-neg", "https://kabar.kg/kyrg/news/87220/",
     "Нарындык медайымдар Түркияда окуудан өтүштү", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r87h-uz-uskuna-trening-rel", "https://kun.uz/news/2026/12/11/87221",
     "Urumchi tibbiyot universiteti andijonlik shifokorlarga yangi uskunalar bo‘yicha trening o‘tkazdi", None, True),
    ("r87h-uz-qoshma-klinika-rel", "https://uza.uz/uz/posts/87222",
     "Toshkentda Xitoy an’anaviy tibbiyoti bo‘yicha qo‘shma klinika ochildi", None, True),
    ("r87h-uz-niqob-hadya-neg", "https://daryo.uz/2026/12/11/87223",
     "Xitoy O‘zbekistonga tibbiy niqoblar hadya qildi", None, False),
    ("r87h-uz-vazir-elchi-neg", "https://kun.uz/news/2026/12/11/87224",
     "Sog‘liqni saqlash vaziri Xitoy elchisi bilan uchrashdi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r87h-uzc-hamshiralar-qashqar-rel", "https://uza.uz/oz/posts/87225",
     "Ўзбекистонлик ҳамширалар Қашқарда малака оширмоқда", None, True),
    ("r87h-uzc-videokonferensiya-rel", "https://xs.uz/uzkr/post/87226",
     "Хитойлик шифокорлар Фарғона тиббиёт институти талабаларига видеоконференция орқали маъруза ўқиди", None, True),
    ("r87h-uzc-shifoxona-quradi-neg", "https://yuz.uz/uz/news/87227",
     "Хитойлик пудратчи Термизда кўп тармоқли шифохона барпо этади", None, False),
    ("r87h-uzc-koreya-tajriba-neg", "https://xs.uz/uzkr/post/87228",
     "Ўзбекистонлик шифокорлар Корея клиникаларида тажриба оширди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r87h-tg-sili-shush-rel", "https://khovar.tj/2026/12/87229/",
     "Олимони тибби Душанбе ва Урумчи бемории сили шушро якҷоя меомӯзанд", None, True),
    ("r87h-tg-ordinatura-shanhai-rel", "https://www.sadoimardum.tj/tandurusti/87230/",
     "Духтурони ҷавони тоҷик дар беморхонаҳои Шанхай ординатура мегузаранд", None, True),
    ("r87h-tg-niqob-tuhfa-neg", "https://khovar.tj/2026/12/87231/",
     "Сафорати Чин ба беморхонаи Ваҳдат ниқобҳои тиббӣ туҳфа намуд", None, False),
    ("r87h-tg-hinduston-neg", "https://jumhuriyat.tj/index.php/87232",
     "Табибони тоҷик дар Ҳиндустон курси бозомӯзӣ гузаштанд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r87h-tk-urumci-okuw-rel", "https://orient.tm/tm/post/87233/",
     "Urumçide türkmen şepagat uýalary üçin okuw başlandy", None, True),
    ("r87h-tk-gepatit-alymlar-rel", "https://tdh.gov.tm/tk/post/87234/",
     "Hytaýly we türkmen alymlary gepatit keselini bilelikde öwrenýär", None, True),
    ("r87h-tk-hassahana-gurar-neg", "https://turkmenportal.com/tm/blog/87235",
     "Balkanabatda hytaý potratçysy köp ugurly keselhanany gurmaga girişdi", None, False),
    ("r87h-tk-russiya-okuw-neg", "https://tdh.gov.tm/tk/post/87236/",
     "Türkmen lukmanlary Russiýada okuw geçdi", None, False),
]
