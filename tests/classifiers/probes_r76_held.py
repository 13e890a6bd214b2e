"""Round-76 probes, the HELD-OUT blind set (issue 12): written with the development set, before the rules
were run on either, and measured ONCE after the fixes (nothing was fixed from it; its errors are pinned in
test_round76.HELD_WRONG). Family and labels as probes_r76_dev: a side named only by a Chinese province or
city or a Central Asian region or city, or by a local university, with a science or education subject, is
relevant; the same places with trade, transport or tourism, a Chinese province with another country, and
Russian or Turkish cities are hard negatives.

Per language 2 relevant items and 1 hard negative (27). Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R76_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r76h-en-hotan-bukhara-manuscripts-rel", "https://www.gazeta.uz/en/2026/12/07/76201/",
     "Hotan and Bukhara researchers to study ancient Silk Road manuscripts", None, True),
    ("r76h-en-heilongjiang-kostanay-soybean-rel", "https://astanatimes.com/2026/12/76202/",
     "Heilongjiang Academy of Agricultural Sciences to test soybean varieties in Kostanay",
     "Trial plots will be sown in spring near Rudny.", True),
    ("r76h-en-sichuan-turkmenabat-tourism-neg", "https://turkmenportal.com/en/blog/76203",
     "Sichuan tourism roadshow draws crowds in Turkmenabat", None, False),
    # ------------------------------------------------------------------ Russian
    ("r76h-ru-shenzhen-kyzylorda-branch-rel", "https://kazinform.kz/ru/76204",
     "Шэньчжэньский политехнический университет откроет отделение в Кызылорде", None, True),
    ("r76h-ru-qinghai-naryn-glaciers-rel", "https://24.kg/obschestvo/76205/",
     "Специалисты из Цинхая и Нарына изучат ледники Тянь-Шаня", None, True),
    ("r76h-ru-tianjin-izmir-education-neg", "https://tass.ru/obschestvo/76206",
     "Тяньцзинь и Измир подписали соглашение о сотрудничестве в образовании", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r76h-zh-heilongjiang-kyzylorda-agronomy-rel", "https://www.chinanews.com.cn/gj/2026/12-07/76207.shtml",
     "克孜勒奥尔达与黑龙江高校联合培养农学研究生", None, True),
    ("r76h-zh-aksu-namangan-cotton-rel", "http://www.xinhuanet.com/world/2026-12/07/c_76208.htm",
     "阿克苏地区与纳曼干州开展棉花育种科研合作",
     "双方将在两地各建一处试验田。", True),
    ("r76h-zh-tianjin-aktau-shipping-neg", "https://www.chinadaily.com.cn/a/202612/07/76209.html",
     "天津港至阿克套海运航线开通", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r76h-kk-kyzylorda-liaoning-masters-rel", "https://www.inform.kz/kz/76210",
     "Қызылорда университеті Ляонин университетімен бірлескен магистратура бағдарламасын бастады", None, True),
    ("r76h-kk-taraz-shaanxi-plots-rel", "https://kaz.tengrinews.kz/76211/",
     "Тараз ғалымдары Шэньси провинциясының әріптестерімен бірге ауылшаруашылық тәжірибе алаңын ашты", None, True),
    ("r76h-kk-turkestan-guangdong-tourists-neg", "https://kaz.nur.kz/76212/",
     "Түркістан облысына Гуандуңнан туристер тобы келді", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r76h-ky-talas-shaanxi-exchange-rel", "https://kabar.kg/kg/news/76213/",
     "Талас мамлекеттик университети менен Шэньси айыл чарба университети студент алмашууну баштады", None, True),
    ("r76h-ky-batken-henan-teachers-rel", "https://24.kg/kyrgyzcha/76214/",
     "Баткендин мектептерине Хэнандан кытай тили мугалимдери келди", None, True),
    ("r76h-ky-jalalabad-kashgar-fruit-neg", "https://kaktus.media/kg/doc/76215.html",
     "Жалал-Абаддан Кашкарга жемиш экспорту эки эсе өстү", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r76h-uz-jizzakh-jiangsu-programme-rel", "https://kun.uz/news/2026/12/07/76216",
     "Jizzax politexnika instituti Jiangsu universiteti bilan qo‘shma ta’lim dasturini boshladi", None, True),
    ("r76h-uz-fergana-henan-silkworm-rel", "https://www.gazeta.uz/uz/2026/12/07/76217/",
     "Farg‘ona davlat universiteti Xenan olimlari bilan ipak qurti genetikasini o‘rganadi", None, True),
    ("r76h-uz-samarkand-xian-flight-neg", "https://daryo.uz/2026/12/07/76218",
     "Sian aviakompaniyasi Samarqandga haftada uch marta uchadi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r76h-uzc-namangan-shandong-faculty-rel", "https://uza.uz/uz/posts/76219",
     "Наманган муҳандислик-қурилиш институти Шандун университети билан қўшма факультет очади", None, True),
    ("r76h-uzc-andijan-heilongjiang-soy-rel", "https://kun.uz/kr/news/2026/12/07/76220",
     "Андижон олимлари Хэйлунцзян академияси билан соя навларини синовдан ўтказмоқда", None, True),
    ("r76h-uzc-bukhara-istanbul-memo-neg", "https://uza.uz/uz/posts/76221",
     "Бухоро давлат университети Истанбул олимлари билан тарихий қўлёзмаларни ўрганади", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r76h-tg-khorog-sichuan-climate-rel", "https://khovar.tj/2026/12/76222/",
     "Олимони Хоруғ ва Сичуан тағйирёбии иқлимро дар Помир меомӯзанд", None, True),
    ("r76h-tg-bokhtar-tianjin-masters-rel", "https://tojnews.org/tj/news/76223",
     "Донишгоҳи давлатии Бохтар ва Донишгоҳи Тянҷин барномаи магистрии муштарак оғоз карданд",
     "Аввалин гурӯҳ аз бист донишҷӯ иборат аст.", True),
    ("r76h-tg-khatlon-chongqing-lemons-neg", "https://asiaplustj.info/tj/news/76224",
     "Вилояти Хатлон ба Чунцин 500 тонна лимӯ содир кард", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r76h-tk-lebap-jilin-teachers-rel", "https://turkmenportal.com/tm/blog/76225",
     "Lebap welaýatynyň mugallymlary Jilin uniwersitetinde bilim kämilleşdiriş okuwyny geçdi", None, True),
    ("r76h-tk-ahal-ningxia-farming-rel", "https://tdh.gov.tm/tk/post/76226",
     "Nińsýanyň agrotehnikleri Ahalyň daýhanlaryna damjaly suwaryş tejribesini öwretdi", None, True),
    ("r76h-tk-turkmenabat-urumqi-flight-neg", "https://turkmenportal.com/tm/blog/76227",
     "Türkmenabatdan Urumçä täze awiareýs ýola goýuldy", None, False),
]
