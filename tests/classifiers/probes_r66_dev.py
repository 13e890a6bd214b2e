"""Round-66 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on
any of it (docs/classifier.md, "Round 66 of issue 12"), measured once before the fixes (the honest dev
row), then used to fix from. Family: students' own stories. Relevant: a Central Asian student, graduate
or young researcher studies (or studied) in China, and the Central Asian side is named only by the person
(a distinctly Central Asian given name), a hometown or region (Naryn, At-Bashy, Shymkent, Namangan,
Khujand, Mary...) or a demonym of one (шымкенттік, namanganlik, maryly). Hard negatives: Russian or Tatar
students in China (Гульнара, Ринат are shared names), Kazakh-ethnic students of Xinjiang (domestic),
Central Asian students in Turkey, Korea, Russia or Hungary, traders, migrant workers and bloggers in
China without study.

Per language 2 relevant items and 2 hard negatives (36), about a fifth with a one-sentence lede, each
with a plausible outlet url. Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R66_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r66d-en-naryn-scholarship-rel", "https://24.kg/english/86601/",
     "How Aizada from Naryn won a full scholarship to study in Beijing", None, True),
    ("r66d-en-shymkent-chemist-rel", "https://timesca.com/news/86601/",
     "From Shymkent to Wuhan: a young chemist on her doctorate in China",
     "She is one of a few hundred graduates who went on to Chinese laboratories this year.", True),
    ("r66d-en-kazan-exchange-neg", "https://www.chinadaily.com.cn/a/202612/07/86601.html",
     "Kazan student Rinat on life as an exchange student in Shanghai", None, False),
    ("r66d-en-osh-istanbul-neg", "https://akipress.com/news:86601/",
     "Student from Osh tells how she won a scholarship to study in Istanbul", None, False),
    # ------------------------------------------------------------------ Russian
    ("r66d-ru-namangan-magistratura-rel", "https://www.gazeta.uz/ru/2026/12/07/86601/",
     "Дильноза из Намангана: как я поступила в магистратуру в Ухане", None, True),
    ("r66d-ru-at-bashy-aspirant-rel", "https://kaktus.media/doc/86601.html",
     "Родом из KG: выпускник школы в Ат-Баши стал аспирантом Пекинского университета", None, True),
    ("r66d-ru-kazan-gulnara-neg", "https://www.business-gazeta.ru/article/86601",
     "Студентка из Казани Гульнара рассказала, как учится в Шанхае", None, False),
    ("r66d-ru-talas-stroyka-neg", "https://24.kg/obschestvo/86601/",
     "Нурлан из Таласа рассказал, как работает на стройке в Китае",
     "Он уехал на заработки три года назад и отправляет деньги семье.", False),
    # ------------------------------------------------------------------ Chinese
    ("r66d-zh-osh-liuxuesheng-rel", "https://www.chinanews.com.cn/hr/2026/12-07/86601.shtml",
     "来自奥什的留学生阿依别克：在中国读书改变了我", None, True),
    ("r66d-zh-samarkand-boshi-rel", "https://www.news.cn/world/20261207/86601.htm",
     "来自撒马尔罕的姑娘在兰州攻读博士学位", None, True),
    ("r66d-zh-xinjiang-hasakezu-neg", "http://www.xinjiang.gov.cn/xinjiang/86601.shtml",
     "新疆哈萨克族学生古丽娜尔考入清华大学", None, False),
    ("r66d-zh-kashan-zhongyi-neg", "https://www.chinadaily.com.cn/a/202612/07/86602.html",
     "来自喀山的俄罗斯留学生在华学习中医", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r66d-kk-shymkent-aigerim-rel", "https://kaz.tengrinews.kz/86601/",
     "Шымкенттік Айгерім Қытайда грант арқылы оқып жүр", None, True),
    ("r66d-kk-turkistan-phd-rel", "https://egemen.kz/article/86601",
     "Түркістандық жас ғалым Бейжіңде PhD дәрежесін қорғады", None, True),
    ("r66d-kk-turkiya-grant-neg", "https://kazinform.kz/kz/86601",
     "Шымкенттік студент Түркияда оқуға толық грант жеңіп алды", None, False),
    ("r66d-kk-urimzhi-dukeni-neg", "https://kaz.nur.kz/86601/",
     "Алматылық кәсіпкер Үрімжіде дүкен ашты", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r66d-ky-naryn-zhyldyz-rel", "https://kabar.kg/kg/news/86601/",
     "Нарындык Жылдыз Кытайдын университетинде стипендия менен окуп жатат", None, True),
    ("r66d-ky-at-bashy-magistr-rel", "https://kaktus.media/kg/doc/86601.html",
     "Ат-Башылык жигит Пекинде магистратураны бүтүрдү",
     "Ал эми эми кыргыз тилин кытай студенттерине үйрөтүүнү пландап жатат.", True),
    ("r66d-ky-korea-grant-neg", "https://24.kg/kg/86601/",
     "Оштук студент Кореяда окуу үчүн грант утуп алды", None, False),
    ("r66d-ky-talas-zhumush-neg", "https://azattyk.org/a/86601.html",
     "Таластык жаштар Кытайга жумушка кетип жатышат", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r66d-uz-namangan-dilnoza-rel", "https://kun.uz/news/2026/12/07/86601",
     "Namanganlik Dilnoza Xitoyda qanday qilib grant yutganini aytib berdi", None, True),
    ("r66d-uz-fargona-olim-rel", "https://daryo.uz/2026/12/07/86601",
     "Farg‘onalik yosh olim Pekinda doktorlik dissertatsiyasini himoya qildi", None, True),
    ("r66d-uz-vengriya-neg", "https://kun.uz/news/2026/12/07/86602",
     "Namanganlik talaba Vengriyada o‘qish uchun stipendiya yutdi", None, False),
    ("r66d-uz-guanchjou-savdo-neg", "https://daryo.uz/2026/12/07/86602",
     "Andijonlik tadbirkor Guanchjouda mato savdosi haqida gapirib berdi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r66d-uzc-samarqand-gulnoza-rel", "https://uza.uz/uz/posts/86601",
     "Самарқандлик Гулноза Хитойда магистратурада қандай ўқиётганини сўзлаб берди", None, True),
    ("r66d-uzc-buxoro-shanxay-rel", "https://xs.uz/uz/post/86601",
     "Бухоролик талаба Шанхайда тўлиқ грант асосида таҳсил олмоқда",
     "У икки йил аввал Хитой ҳукумати стипендияси танловида ғолиб бўлган.", True),
    ("r66d-uzc-bloger-hayot-neg", "https://uza.uz/uz/posts/86602",
     "Тошкентлик блогер Хитойдаги ҳаёти ҳақида видео чиқарди", None, False),
    ("r66d-uzc-rossiya-neg", "https://xs.uz/uz/post/86602",
     "Наманганлик йигит Россияда стипендия билан ўқимоқда", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r66d-tg-khujand-farhod-rel", "https://khovar.tj/2026/12/86601/",
     "Фарҳод аз Хуҷанд дар Донишгоҳи Пекин таҳсил мекунад", None, True),
    ("r66d-tg-kulob-grant-rel", "https://asiaplustj.info/tj/news/86601",
     "Духтари кӯлобӣ бо грант дар Чин таҳсил мекунад: ҳикояи муваффақият", None, True),
    ("r66d-tg-turkiya-neg", "https://khovar.tj/2026/12/86602/",
     "Донишҷӯи хуҷандӣ дар Туркия бо грант таҳсил мекунад", None, False),
    ("r66d-tg-urumchi-tojir-neg", "https://asiaplustj.info/tj/news/86602",
     "Тоҷири хуҷандӣ аз Урумчӣ мол меорад", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r66d-tk-mary-gyz-rel", "https://turkmenportal.com/tm/blog/86601",
     "Maryly talyp gyz Hytaýda grant bilen okaýar", None, True),
    ("r66d-tk-dashoguz-alym-rel", "https://tdh.gov.tm/tk/post/86601",
     "Daşoguzly ýaş alym Pekinde ylmy derejesini gorady", None, True),
    ("r66d-tk-turkiye-neg", "https://turkmenportal.com/tm/blog/86602",
     "Marynyň ýaşlary Stambulyň uniwersitetlerine kabul edildi", None, False),
    ("r66d-tk-sowdagar-neg", "https://turkmenportal.com/tm/blog/86603",
     "Türkmenabatly söwdagär Hytaýdan haryt getirýär", None, False),
]
