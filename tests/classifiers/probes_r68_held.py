"""Round-68 probes, the HELD-OUT blind set (issue 12): written with the development set, before the rules
were run on either, and measured ONCE after the fixes (nothing was fixed from it; its errors are pinned in
test_round68.HELD_WRONG). Family and labels as probes_r68_dev: a Chinese technology company's education
programme (academy, competition, internship, course, training centre) with a Central Asian side is
relevant; the same companies' sales and networks, their programmes elsewhere, and non-Chinese firms'
programmes in Central Asia are hard negatives.

Per language 2 relevant items and 1 hard negative (27). Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R68_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r68h-en-tajik-teachers-cloud-rel", "https://asiaplustj.info/en/news/tajikistan/society/20261207/68201",
     "Huawei trains 200 Tajik teachers in cloud computing and AI", None, True),
    ("r68h-en-uzbek-team-shenzhen-rel", "https://www.gazeta.uz/en/2026/12/07/68202/",
     "Uzbek team wins the Huawei ICT Competition global final in Shenzhen", None, True),
    ("r68h-en-nigeria-academy-neg", "https://www.chinadaily.com.cn/a/202612/07/68203.html",
     "Huawei launches ICT Academy programme across Nigerian universities", None, False),
    # ------------------------------------------------------------------ Russian
    ("r68h-ru-alibaba-kaznu-rel", "https://tengrinews.kz/kazakhstan_news/68204/",
     "Академия Alibaba Cloud открылась в Казахском национальном университете", None, True),
    ("r68h-ru-zte-nanjing-turkmen-rel", "https://turkmenportal.com/blog/68205",
     "Туркменские студенты прошли обучение в учебном центре ZTE в Нанкине", None, True),
    ("r68h-ru-smartphone-supply-neg", "https://kursiv.media/68206/",
     "Huawei увеличил поставки смартфонов в Казахстан на 40%", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r68h-zh-kstu-ict-college-rel", "http://www.xinhuanet.com/world/2026-12/07/c_68207.htm",
     "华为与吉尔吉斯斯坦国立技术大学共建ICT学院", None, True),
    ("r68h-zh-zte-uz-digital-skills-rel", "https://www.chinanews.com.cn/gj/2026/12-07/68208.shtml",
     "中兴通讯为乌兹别克斯坦大学生举办数字技能培训", None, True),
    ("r68h-zh-samsung-kz-academy-neg", "https://www.globaltimes.cn/page/202612/68209.shtml",
     "三星在哈萨克斯坦开设IT学院", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r68h-kk-teachers-ai-course-rel", "https://www.inform.kz/kz/68210",
     "Huawei компаниясы қазақстандық мұғалімдерге жасанды интеллект бойынша курс өткізді", None, True),
    ("r68h-kk-zte-shymkent-college-rel", "https://kaz.tengrinews.kz/68211/",
     "Қытайдың ZTE компаниясы Шымкенттегі колледжде оқу орталығын ашты", None, True),
    ("r68h-kk-data-centre-neg", "https://kaz.nur.kz/68212/",
     "Huawei Қазақстанда деректер орталығын салады", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r68h-ky-shenzhen-prize-rel", "https://kabar.kg/kg/news/68213/",
     "Кыргыз студенттери Шэньчжэндеги Huawei ICT Competition финалында байге алышты", None, True),
    ("r68h-ky-osh-practice-rel", "https://24.kg/kyrgyzcha/68214/",
     "Huawei компаниясы Ош мамлекеттик университетинин студенттерин практикага кабыл алат", None, True),
    ("r68h-ky-new-model-neg", "https://kaktus.media/kg/doc/68215.html",
     "Huawei Кыргызстанда смартфондорунун жаңы моделин сатыкка чыгарды", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r68h-uz-samarqand-ict-academy-rel", "https://kun.uz/news/2026/12/07/68216",
     "Huawei kompaniyasi Samarqanddagi universitetda ICT akademiyasini ochdi", None, True),
    ("r68h-uz-amaliyot-rel", "https://daryo.uz/2026/12/07/68217",
     "O‘zbekistonlik talabalar Huawei kompaniyasida amaliyot o‘tash imkoniyatiga ega bo‘ldi", None, True),
    ("r68h-uz-microsoft-skills-neg", "https://www.gazeta.uz/uz/2026/12/07/68218/",
     "Microsoft o‘zbekistonlik o‘qituvchilar uchun raqamli ko‘nikmalar kursini boshladi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r68h-uzc-youth-digital-course-rel", "https://uza.uz/uz/posts/68219",
     "Хитойнинг Huawei компанияси ўзбекистонлик ёшлар учун рақамли кўникмалар курсини бошлади", None, True),
    ("r68h-uzc-tatu-national-stage-rel", "https://kun.uz/kr/news/2026/12/07/68220",
     "ТАТУ талабалари Huawei ICT Competition танловининг миллий босқичида ғолиб бўлди", None, True),
    ("r68h-uzc-market-lead-neg", "https://kun.uz/kr/news/2026/12/07/68221",
     "Huawei Ўзбекистондаги смартфон бозорида етакчиликни қўлга киритди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r68h-tg-teachers-ai-course-rel", "https://khovar.tj/2026/12/68222/",
     "Huawei барои омӯзгорони Тоҷикистон курси зеҳни сунъӣ баргузор кард", None, True),
    ("r68h-tg-tnu-internship-rel", "https://tojnews.org/tj/news/68223",
     "Донишҷӯёни Донишгоҳи миллии Тоҷикистон дар Huawei таҷрибаомӯзӣ мегузаранд", None, True),
    ("r68h-tg-tcell-5g-neg", "https://asiaplustj.info/tj/news/68224",
     "Huawei ва Tcell шабакаи 5G-ро дар Душанбе роҳандозӣ карданд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r68h-tk-teachers-ai-rel", "https://tdh.gov.tm/tk/post/68225",
     "Huawei kompaniýasy türkmen mugallymlary üçin emeli aň boýunça okuw geçirdi", None, True),
    ("r68h-tk-students-practice-rel", "https://turkmenportal.com/tm/blog/68226",
     "Türkmen talyplary Hytaýdaky Huawei kompaniýasynda tejribe geçdiler", None, True),
    ("r68h-tk-samsung-academy-neg", "https://turkmenportal.com/tm/blog/68227",
     "Samsung Aşgabatda talyplar üçin IT akademiýasyny açdy", None, False),
]
