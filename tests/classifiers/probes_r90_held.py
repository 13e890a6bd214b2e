"""Round-90 probes, the HELD-OUT blind set (issue 12): written with the development set, before the rules
were run on either, and measured ONCE after the fixes (nothing fixed from it). Same family and shape as
probes_r90_dev: per language 2 relevant items and 2 hard negatives (36), headlines only.
Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R90_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r90h-en-xjtu-iran-tajik-rel", "https://en.xjtu.edu.cn/2026-12/09/c_90201.htm",
     "XJTU president visits Tajikistan and Iran to discuss Silk Road university alliance", None, True),
    ("r90h-en-water-report-rel", "https://www.timesca.com/90202/",
     "Uzbek and Chinese think tanks launch joint report on Central Asian water security", None, True),
    ("r90h-en-hungary-archives-neg", "https://www.inform.kz/en/90203",
     "Kazakhstan's National Archives sign cooperation deal with Hungary", None, False),
    ("r90h-en-library-tour-neg", "https://www.globaltimes.cn/page/202612/90204.shtml",
     "Chinese delegation tours Kazakhstan's National Library, discusses cultural ties", None, False),
    # ------------------------------------------------------------------ Russian
    ("r90h-ru-rukopisi-sinczyan-rel", "https://24.kg/obschestvo/90205/",
     "Кыргызские и китайские историки изучат рукописи из архивов Синьцзяна", None, True),
    ("r90h-ru-bnu-mongolia-rel", "https://russian.people.com.cn/n3/2026/1209/c90206.html",
     "Делегация Пекинского педагогического университета посетила Монголию и Кыргызстан", None, True),
    ("r90h-ru-putin-si-arktika-neg", "https://www.kommersant.ru/doc/90207",
     "Путин и Си Цзиньпин обсудили в Пекине сотрудничество в Арктике", None, False),
    ("r90h-ru-knigi-dushanbe-neg", "https://asiaplustj.info/ru/news/tajikistan/society/20261209/90208",
     "Посольство КНР передало библиотеке Душанбе партию книг", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r90h-zh-cass-kisi-rel", "https://www.cssn.cn/gjgc/202612/t20261209_90209.shtml",
     "中国社会科学院与哈萨克斯坦总统战略研究所举办智库对话会", None, True),
    ("r90h-zh-danganguan-peixun-rel", "https://www.ts.cn/xwzx/2026/12/09/90210.shtml",
     "新疆档案馆与吉尔吉斯斯坦国家档案馆开展档案人员培训交流", None, True),
    ("r90h-zh-eluosi-tushuguan-neg", "http://www.xinhuanet.com/world/2026-12/09/c_90211.htm",
     "中国国家图书馆与俄罗斯国家图书馆签署合作协议", None, False),
    ("r90h-zh-jizhe-yanxiuban-neg", "https://www.chinanews.com.cn/gj/2026/12-09/90212.shtml",
     "中国为塔吉克斯坦新闻记者举办研修班", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r90h-kk-xju-resei-rel", "https://www.inform.kz/kz/90213",
     "Шыңжаң университетінің делегациясы Ресей мен Қазақстан жоғары оқу орындарына барды", None, True),
    ("r90h-kk-abylai-qujat-rel", "https://egemen.kz/article/90214",
     "Қытай мұрағаттарынан Абылай хан дәуіріне қатысты құжаттардың көшірмелері әкелінді", None, True),
    ("r90h-kk-tokaev-kezdesu-neg", "https://baq.kz/kk/news/90215",
     "Тоқаев Қытай мен Ресей басшыларымен Астанада кездесті", None, False),
    ("r90h-kk-resei-qytai-sarapshy-neg", "https://www.inform.kz/kz/90216",
     "Ресей мен Қытай сарапшылары Мәскеуде энергетика мәселесін талқылады", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r90h-ky-kol-jazma-rel", "https://kabar.kg/kyrg/news/90217/",
     "Улуттук китепкана менен Кытайдын Улуттук китепканасы байыркы кол жазмаларды санариптештирет", None, True),
    ("r90h-ky-analitikter-rel", "https://kg.akipress.org/news:90218/",
     "Кыргыз жана кытай аналитиктери Бишкекте илимий конференция өткөрүштү", None, True),
    ("r90h-ky-turkiya-arhiv-neg", "https://kabar.kg/kyrg/news/90219/",
     "Кыргызстан менен Түркия архивдик документтерди алмашат", None, False),
    ("r90h-ky-osh-kitep-neg", "https://kg.akipress.org/news:90220/",
     "Кытай элчилиги Ош китепканасына китептерди тартуулады", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r90h-uz-fudan-pokiston-rel", "https://uza.uz/uz/posts/90221",
     "Xitoyning Fudan universiteti delegatsiyasi Pokiston va O‘zbekistonga tashrif buyurdi", None, True),
    ("r90h-uz-tahlil-markazlari-rel", "https://kun.uz/news/2026/12/09/90222",
     "O‘zbek va xitoy tahlil markazlari ekspertlari Samarqandda qo‘shma ma’ruza taqdim etdi", None, True),
    ("r90h-uz-arxivchilar-moskva-neg", "https://daryo.uz/2026/12/09/90223",
     "Xitoy va Rossiya arxivchilari Moskvada uchrashdi", None, False),
    ("r90h-uz-jurnalistlar-neg", "https://kun.uz/news/2026/12/09/90224",
     "O‘zbek jurnalistlari Pekinda malaka oshirdi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r90h-uzc-isrs-davra-rel", "https://xs.uz/uzkr/post/90225",
     "Стратегик ва минтақалараро тадқиқотлар институти Пекинда Хитой экспертлари билан давра суҳбати ўтказди",
     None, True),
    ("r90h-uzc-raqamli-nusxa-rel", "https://uza.uz/oz/posts/90226",
     "Ўзбекистон Миллий кутубхонаси Хитойдан қадимий қўлёзмаларнинг рақамли нусхаларини олди", None, True),
    ("r90h-uzc-raisi-uchrashuv-neg", "https://yuz.uz/uz/news/90227",
     "Мирзиёев Хитой Раиси билан учрашди", None, False),
    ("r90h-uzc-fransiya-kutubxona-neg", "https://xs.uz/uzkr/post/90228",
     "Ўзбекистон ва Франция кутубхоналари ҳамкорликни кенгайтиради", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r90h-tg-lanzhou-rusiya-rel", "https://www.sadoimardum.tj/ilm/90229/",
     "Ҳайати Донишгоҳи Ланҷоу ба Русия ва Тоҷикистон сафар кард", None, True),
    ("r90h-tg-korshinoson-hamoish-rel", "https://khovar.tj/2026/12/90230/",
     "Коршиносони тоҷик ва чинӣ дар Душанбе ҳамоиши илмӣ гузарониданд", None, True),
    ("r90h-tg-kitob-tuhfa-neg", "https://asiaplustj.info/tj/news/90231",
     "Чин ба китобхонаи Хуҷанд китобҳо тӯҳфа кард", None, False),
    ("r90h-tg-rusiya-boygoni-neg", "https://khovar.tj/2026/12/90232/",
     "Бойгониҳои Тоҷикистон ва Русия ҳуҷҷатҳои таърихиро мубодила мекунанд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r90h-tk-golyazma-rel", "https://turkmenportal.com/tm/blog/90233",
     "Türkmen we hytaý arhiwçileri gadymy golýazmalary bilelikde sanlaşdyrýar", None, True),
    ("r90h-tk-lanzhou-azerbaijan-rel", "https://orient.tm/tm/post/90234/",
     "Hytaýyň Lançžou uniwersitetiniň rektory Azerbaýjana we Türkmenistana sapar etdi", None, True),
    ("r90h-tk-gaz-gepleshik-neg", "https://orient.tm/tm/post/90235/",
     "Türkmenistan bilen Hytaýyň arasynda gaz ugrundan gepleşikler geçirildi", None, False),
    ("r90h-tk-zhurnalist-neg", "https://turkmenportal.com/tm/blog/90236",
     "Türkmen žurnalistleri Pekinde okuw geçdi", None, False),
]
