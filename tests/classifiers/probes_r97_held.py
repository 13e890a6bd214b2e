"""Round-97 probes, the HELD-OUT blind set (issue 12): written by hand with the development set, before
the rules were run on any of it (docs/classifier.md, "Round 97 of issue 12"), measured once after the
fixes and never fixed from. Family: clinical training with a place or an institution between the learner
and the method, and AI or digital diagnostics tested or developed jointly by both sides. Hard negatives:
patients treated or operated on by a visiting team, medical equipment or AI products sold, a hospital
opened, the same with another partner.

Per language 2 relevant items and 2 hard negatives (36), headlines only, each with a plausible outlet url.
Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R97_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r97h-en-lung-xray-ai-rel", "https://www.gazeta.uz/en/2026/12/12/97201/",
     "Uzbek and Chinese engineers jointly develop AI for reading lung X-rays", None, True),
    ("r97h-en-osh-chengdu-rel", "https://24.kg/english/97202/",
     "Surgeons from Osh study endoscopic methods at a Chengdu hospital", None, True),
    ("r97h-en-sales-office-neg", "https://astanatimes.com/2026/12/97203/",
     "Chinese AI diagnostics firm opens sales office in Almaty", None, False),
    ("r97h-en-russia-tb-ai-neg", "https://astanatimes.com/2026/12/97204/",
     "Russian doctors and Kazakh developers test AI system for tuberculosis screening", None, False),
    # ------------------------------------------------------------------ Russian
    ("r97h-ru-neyroset-rak-rel", "https://asiaplustj.info/ru/news/tajikistan/society/97205",
     "Таджикские онкологи и китайские программисты создали нейросеть для выявления рака", None, True),
    ("r97h-ru-tashkent-pekin-rel", "https://www.gazeta.uz/ru/2026/12/12/97206/",
     "Врачи Ташкента изучили в Пекине методы лапароскопической хирургии", None, True),
    ("r97h-ru-osh-serdce-neg", "https://24.kg/obschestvo/97207/",
     "Китайские хирурги провели в Оше операции на сердце детям", None, False),
    ("r97h-ru-ashkhabad-bolnica-neg", "https://www.turkmenportal.com/blog/97208",
     "В Ашхабаде открыли построенную Китаем больницу", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r97h-zh-jieru-peixun-rel", "https://www.chinanews.com.cn/gj/2026/12-12/97209.shtml",
     "哈萨克斯坦心内科医生在上海一家医院接受介入治疗技术培训", None, True),
    ("r97h-zh-zhongwu-aizheng-rel", "http://www.xinhuanet.com/world/2026-12/12/c_97210.htm",
     "中乌团队合作研发人工智能癌症早期诊断系统", None, True),
    ("r97h-zh-hanguo-feijiehe-neg", "https://www.chinanews.com.cn/gj/2026/12-12/97211.shtml",
     "韩国与吉尔吉斯斯坦联合测试人工智能肺结核筛查", None, False),
    ("r97h-zh-yizhen-neg", "https://www.ts.cn/xwzx/2026/12/12/97212.shtml",
     "中国援塔医疗队在哈特隆州开展义诊", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r97h-kk-karagandy-shanhai-rel", "https://www.inform.kz/kz/97213",
     "Қарағанды кардиологтары Шанхайдағы ауруханада жүрек хирургиясының жаңа әдістерін үйренді", None, True),
    ("r97h-kk-okpe-ii-rel", "https://egemen.kz/article/97214",
     "Қазақ және қытай ғалымдары өкпе ауруларын анықтайтын жасанды интеллект жасады", None, True),
    ("r97h-kk-jabdyk-satady-neg", "https://baq.kz/kk/news/97215",
     "Қытай компаниясы Қазақстан ауруханаларына жасанды интеллект жабдықтарын сатады", None, False),
    ("r97h-kk-turkiya-qabyldau-neg", "https://www.inform.kz/kz/97216",
     "Түркия дәрігерлері Түркістанда тегін қабылдау өткізді", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r97h-ky-naryn-pekin-rel", "https://kabar.kg/kyrg/news/97217/",
     "Нарын дарыгерлери Пекиндеги клиникада лапароскопиялык ыкмаларды өздөштүрүштү", None, True),
    ("r97h-ky-rentgen-ii-rel", "https://kg.akipress.org/news:97218/",
     "Кыргыз дарыгерлери кытайлык иштеп чыгуучулар менен рентген сүрөттөрүн окуган жасалма интеллектти сынашты",
     None, True),
    ("r97h-ky-karakol-operaciya-neg", "https://kabar.kg/kyrg/news/97219/",
     "Кытайлык медиктер Каракол шаарында бейтаптарга операция жасашты", None, False),
    ("r97h-ky-rossiya-kelishim-neg", "https://kg.akipress.org/news:97220/",
     "Россия менен Кыргызстан жасалма интеллект аркылуу диагностика боюнча келишим түзүштү", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r97h-uz-xorazm-urumchi-rel", "https://kun.uz/news/2026/12/12/97221",
     "Xorazmlik shifokorlar Urumchi klinikasida endoskopik jarrohlik usullarini o‘rgandi", None, True),
    ("r97h-uz-saraton-ii-rel", "https://uza.uz/uz/posts/97222",
     "Xitoy va O‘zbekiston mutaxassislari saratonni erta aniqlovchi sun’iy intellekt tizimini birgalikda yaratdi",
     None, True),
    ("r97h-uz-shifoxona-ochildi-neg", "https://daryo.uz/2026/12/12/97223",
     "Toshkentda Xitoy yordamida qurilgan ko‘p tarmoqli shifoxona ochildi", None, False),
    ("r97h-uz-yaponiya-jarroh-neg", "https://kun.uz/news/2026/12/12/97224",
     "Yaponiyalik jarrohlar Namanganda bolalarni operatsiya qildi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r97h-uzc-namangan-pekin-rel", "https://xs.uz/uzkr/post/97225",
     "Наманганлик урологлар лапароскопик усулларни Пекин шифохонасида ўзлаштирди", None, True),
    ("r97h-uzc-sil-sinab-rel", "https://uza.uz/oz/posts/97226",
     "Ўзбек шифокорлари ва хитойлик дастурчилар сунъий интеллект ёрдамида сил ташхисини синаб кўрди", None, True),
    ("r97h-uzc-mrt-sotdi-neg", "https://yuz.uz/uz/news/97227",
     "Хитой компанияси Андижон шифохонасига сунъий интеллектли МРТ аппаратини сотди", None, False),
    ("r97h-uzc-turkiya-saraton-neg", "https://xs.uz/uzkr/post/97228",
     "Туркиялик ва ўзбек шифокорлар сунъий интеллект ёрдамида саратон ташхисини ишлаб чиқди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r97h-tg-dushanbe-pekin-rel", "https://khovar.tj/2026/12/97229/",
     "Кардиологҳои Душанбе дар клиникаи Пекин усулҳои ҷарроҳии камосебро омӯхтанд", None, True),
    ("r97h-tg-saraton-zehni-rel", "https://www.sadoimardum.tj/tandurusti/97230/",
     "Олимони тоҷик ва чинӣ системаи зеҳни сунъӣ барои ташхиси саратонро якҷоя таҳия карданд", None, True),
    ("r97h-tg-tajhizot-furukht-neg", "https://khovar.tj/2026/12/97231/",
     "Ширкати чинӣ ба беморхонаҳои Душанбе таҷҳизоти тиббии зеҳни сунъӣ фурӯхт", None, False),
    ("r97h-tg-rusiya-jarrohi-neg", "https://www.sadoimardum.tj/tandurusti/97232/",
     "Табибони Русия дар Хуҷанд кӯдаконро ҷарроҳӣ карданд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r97h-tk-shanhay-endoskopik-rel", "https://turkmenistan.gov.tm/tk/post/97233",
     "Türkmen hirurglary endoskopik usullary Şanhaýyň klinikasynda öwrendi", None, True),
    ("r97h-tk-rak-emeli-an-rel", "https://metbugat.gov.tm/news/97234",
     "Hytaý we Türkmenistan hünärmenleri rak keselini anyklaýan emeli aň ulgamyny bilelikde döretdi", None, True),
    ("r97h-tk-mary-operasiya-neg", "https://turkmenistan.gov.tm/tk/post/97235",
     "Hytaý lukmanlary Marynyň hassahanasynda näsaglara operasiýa etdi", None, False),
    ("r97h-tk-koreya-ylalashyk-neg", "https://metbugat.gov.tm/news/97236",
     "Koreýa we Türkmenistan emeli aň arkaly diagnostika boýunça ylalaşyga gol çekdi", None, False),
]
