"""Round-78 probes, the HELD-OUT blind set (issue 12): written with the development set, before the rules
were run on any of it (docs/classifier.md, "Round 78 of issue 12"), and measured ONCE after the fixes; nothing
was fixed from it. Same family as probes_r78_dev: China's national science facilities and institutes as the
Chinese side, technology words beside training, academicians studying energy, and hard negatives.

Per language 2 relevant items and 1 hard negative (27). Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R78_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r78h-en-careeri-ice-cores-rel", "https://24.kg/english/78201/",
     "CAREERI scientists and Kyrgyz glaciologists drill ice cores on the Tian Shan", None, True),
    ("r78h-en-hangzhou-big-data-rel", "https://www.gazeta.uz/en/2026/12/08/78202/",
     "Uzbek students begin big data internship in Hangzhou", None, True),
    ("r78h-en-beidou-locomotives-neg", "https://www.inform.kz/en/78203",
     "Kazakh railway fits locomotives with BeiDou navigation", None, False),
    # ------------------------------------------------------------------ Russian
    ("r78h-ru-change8-instrument-rel", "https://tengrinews.kz/science/78204/",
     "Казахстанский прибор полетит к Луне на «Чанъэ-8»", None, True),
    ("r78h-ru-academicians-geothermal-rel", "https://asiaplustj.info/ru/news/78205",
     "Академики Душанбе и Пекина займутся исследованием геотермальных источников Гарма", None, True),
    ("r78h-ru-chips-supply-neg", "https://www.turkmenportal.com/ru/78206",
     "Туркменистан подписал соглашение о поставках чипов из Китая", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r78h-zh-kiz-aral-fish-rel", "https://www.chinanews.com.cn/gj/2026/12-08/78207.shtml",
     "昆明动物研究所与乌兹别克斯坦学者联合调查咸海鱼类", None, True),
    ("r78h-zh-shenzhen-5g-class-rel", "http://www.xinhuanet.com/world/2026-12/08/c_78208.htm",
     "塔吉克斯坦学员在深圳参加5G技术培训班", None, True),
    ("r78h-zh-igsnrr-asean-neg", "https://www.chinanews.com.cn/gj/2026/12-08/78209.shtml",
     "地理科学与资源研究所与东盟国家签署合作协议", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r78h-kk-zhongshan-glaciologists-rel", "https://kaz.inform.kz/news/78210",
     "Қазақстандық гляциологтар «Чжуншань» антарктикалық станциясында жұмыс істейді", None, True),
    ("r78h-kk-big-data-traineeship-rel", "https://egemen.kz/article/78211",
     "Алматы студенттері Шэньчжэньде үлкен деректер бойынша тағылымдамадан өтті", None, True),
    ("r78h-kk-beidou-purchase-neg", "https://kaz.tengrinews.kz/news/78212",
     "Қазақстан Бэйдоу спутниктік навигация жүйесін сатып алады", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r78h-ky-fast-observation-rel", "https://kabar.kg/kyr/news/78213",
     "Кыргыз астрономдору FAST телескобунда байкоо жүргүзүштү", None, True),
    ("r78h-ky-academicians-wind-rel", "https://kloop.kg/blog/2026/12/08/78214",
     "Кыргыз жана кытай академиктери шамал энергиясын изилдөө программасын кабыл алышты", None, True),
    ("r78h-ky-5g-network-neg", "https://kabar.kg/kyr/news/78215",
     "Кытай компаниясы Кыргызстанда 5G тармагын курат", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r78h-uz-iggcas-earthquakes-rel", "https://kun.uz/news/2026/12/08/78216",
     "IGGCAS seysmologlari Farg‘ona vodiysidagi yer qimirlashlarini toshkentlik hamkasblari bilan tadqiq etmoqda", None, True),
    ("r78h-uz-chip-design-course-rel", "https://daryo.uz/2026/12/08/78217",
     "Toshkent talabalari Xitoyda chip dizayni bo‘yicha kursda o‘qimoqda", None, True),
    ("r78h-uz-russia-tiangong-neg", "https://www.gazeta.uz/uz/2026/12/08/78218/",
     "Rossiya kosmonavti Tyangun stansiyasiga uchadi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r78h-uzc-tiangong-experiment-rel", "https://uza.uz/oz/posts/78219",
     "Ўзбек олимлари «Тяньгун» станциясида тажриба ўтказади", None, True),
    ("r78h-uzc-solar-research-lab-rel", "https://xs.uz/uzkr/post/78220",
     "Хитой академиклари Тошкентда қуёш энергиясини тадқиқ қилиш лабораториясини очди", None, True),
    ("r78h-uzc-beidou-equipment-neg", "https://uza.uz/oz/posts/78221",
     "Қишлоқ хўжалиги вазирлиги тракторлар учун BeiDou йўлдош навигатор харидини эълон қилди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r78h-tg-naoc-pamir-sky-rel", "https://khovar.tj/2026/12/78222/",
     "Олимони Тоҷикистон ва NAOC осмони Помирро мушоҳида мекунанд", None, True),
    ("r78h-tg-academicians-solar-rel", "https://asiaplustj.info/tj/news/78223",
     "Академикони тоҷику чинӣ энергияи офтобро меомӯзанд", None, True),
    ("r78h-tg-solar-plant-neg", "https://khovar.tj/2026/12/78224/",
     "Дар ноҳияи Ашт панелҳои офтобии истеҳсоли Чин насб карда шуданд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r78h-tk-tiangong-experiment-rel", "https://turkmenportal.com/tm/blog/78225",
     "Türkmen alymlary Tyangun stansiýasynda tejribe geçirer", None, True),
    ("r78h-tk-big-data-practice-rel", "https://tdh.gov.tm/tk/post/78226",
     "Türkmen talyplary Hytaýda uly maglumatlar boýunça tejribe geçişini başlady", None, True),
    ("r78h-tk-russia-tiangong-neg", "https://turkmenportal.com/tm/blog/78227",
     "Russiýanyň kosmonawty Tyangun stansiýasyna uçar", None, False),
]
