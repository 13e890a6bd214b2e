"""Round-85 probes, the HELD-OUT blind set (issue 12): written with the development set, before the rules
were run on either, and measured ONCE after the fixes (nothing fixed from it). Same family and shape as
probes_r85_dev: per language 2 relevant items and 2 hard negatives (36), headlines only.
Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R85_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r85h-en-avalanche-training-rel", "https://www.gazeta.uz/en/2026/12/10/85201/",
     "Uzhydromet avalanche forecasters trained by Chinese Academy of Sciences experts in Urumqi", None, True),
    ("r85h-en-carp-hatchery-rel", "https://asiaplustj.info/en/news/85202",
     "Tajik ichthyologists and Wuhan researchers breed disease-resistant carp at Nurek", None, True),
    ("r85h-en-timber-imports-neg", "https://www.inform.kz/en/85203",
     "Kazakhstan's timber imports from Russia fall by a fifth", None, False),
    ("r85h-en-flood-aid-neg", "https://24.kg/english/85204/",
     "China sends tents and blankets to flood-hit villages in Batken", None, False),
    # ------------------------------------------------------------------ Russian
    ("r85h-ru-veterinary-lanzhou-rel", "https://kabar.kg/news/85205/",
     "Ланьчжоуский ветеринарный институт и кыргызские ученые разработают вакцину от ящура", None, True),
    ("r85h-ru-pastbishcha-rel", "https://www.inform.kz/ru/85206",
     "Казахстанские и китайские агрономы восстановят деградированные пастбища Мангистау", None, True),
    ("r85h-ru-ryba-eksport-neg", "https://www.gazeta.uz/ru/2026/12/10/85207/",
     "Узбекистан начал экспорт рыбы в Китай через Иркештам", None, False),
    ("r85h-ru-vakciny-zakupka-neg", "https://tengrinews.kz/kazakhstan_news/85208/",
     "Минсельхоз закупит у Китая вакцины против ящура на 2 млрд тенге", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r85h-zh-yanjian-turang-rel", "https://www.news.cn/world/20261210/85209/c.html",
     "新疆土壤学家赴乌兹别克斯坦指导盐碱地改良", None, True),
    ("r85h-zh-zhongzi-ku-rel", "http://www.xinhuanet.com/world/2026-12/10/c_85210.htm",
     "中国农业科学院与哈萨克斯坦共建种质资源库", None, True),
    ("r85h-zh-mucai-maoyi-neg", "https://www.chinanews.com.cn/gj/2026/12-10/85211.shtml",
     "霍尔果斯口岸木材进口量同比增长", None, False),
    ("r85h-zh-tianqi-neg", "https://www.ts.cn/xwzx/2026/12/10/85212.shtml",
     "乌鲁木齐明日有中到大雪", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r85h-kk-sel-boljau-rel", "https://www.inform.kz/kz/85213",
     "Қазгидромет пен қытайлық ғалымдар сел қаупін болжау жүйесін әзірлейді", None, True),
    ("r85h-kk-ormanshylar-rel", "https://egemen.kz/article/85214",
     "Қазақстандық орманшылар Шыңжаңда сексеуіл отырғызуды үйренді", None, True),
    ("r85h-kk-mal-satu-neg", "https://baq.kz/kk/news/85215",
     "Қазақстан Өзбекстанға ірі қара мал сатуды көбейтті", None, False),
    ("r85h-kk-kun-raiy-neg", "https://www.inform.kz/kz/85216",
     "Қазгидромет: ертең Астанада боран болады", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r85h-ky-balykchylyk-rel", "https://kabar.kg/kyrg/news/85217/",
     "Ухандык ихтиологдор Токтогулда балык өстүрүүнү үйрөтүштү", None, True),
    ("r85h-ky-veterinar-kurs-rel", "https://kg.akipress.org/news:85218/",
     "Кыргыз ветеринарлары Харбинде мал ооруларын изилдөө боюнча курстан өтүштү", None, True),
    ("r85h-ky-et-import-neg", "https://kabar.kg/kyrg/news/85219/",
     "Кыргызстан Казакстандан эт импортун азайтты", None, False),
    ("r85h-ky-suu-tashkyn-neg", "https://kg.akipress.org/news:85220/",
     "Кытай сел каптаган Ноокатка гуманитардык жардам жөнөттү", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r85h-uz-tuproq-shorlanish-rel", "https://daryo.uz/2026/12/10/85221",
     "Xorazm va Xitoy tuproqshunoslari sho‘rlangan yerlarni o‘rganish bo‘yicha qo‘shma loyiha boshladi", None, True),
    ("r85h-uz-ormon-rel", "https://uza.uz/uz/posts/85222",
     "Xitoylik o‘rmonchilar Surxondaryoda pista plantatsiyalarini barpo etishni o‘rgatdi", None, True),
    ("r85h-uz-gosht-import-neg", "https://kun.uz/news/2026/12/10/85223",
     "O‘zbekiston Qozog‘istondan go‘sht importini ko‘paytirdi", None, False),
    ("r85h-uz-vaksina-xarid-neg", "https://daryo.uz/2026/12/10/85224",
     "Veterinariya qo‘mitasi Hindistondan vaksina xarid qildi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r85h-uzc-sel-bashorat-rel", "https://uza.uz/oz/posts/85225",
     "Ўзгидромет ва Хитой олимлари сел хавфини олдиндан аниқлаш тизимини синовдан ўтказди", None, True),
    ("r85h-uzc-baliqchilik-rel", "https://xs.uz/uzkr/post/85226",
     "Хитойлик ихтиологлар Сирдарёда балиқ етиштириш бўйича ўқув курси ўтказди", None, True),
    ("r85h-uzc-yogoch-neg", "https://yuz.uz/uz/news/85227",
     "Хитойдан ёғоч маҳсулотлари импорти камайди", None, False),
    ("r85h-uzc-ob-havo-neg", "https://uza.uz/oz/posts/85228",
     "Ўзгидромет: Тошкентда кучли шамол кутилмоқда", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r85h-tg-sel-pesh-rel", "https://khovar.tj/2026/12/85229/",
     "Олимони Чин ва Тоҷикистон барои пешгӯии сел дар Рашт тадқиқот мегузаронанд", None, True),
    ("r85h-tg-jangal-rel", "https://www.sadoimardum.tj/ilm/85230/",
     "Ҷангалшиносони тоҷик дар Гансу таҷрибаи барқарорсозии ҷангалро омӯхтанд", None, True),
    ("r85h-tg-mohi-import-neg", "https://jumhuriyat.tj/index.php/85231",
     "Воридоти моҳӣ аз Чин ба Тоҷикистон зиёд шуд", None, False),
    ("r85h-tg-ob-kumak-neg", "https://khovar.tj/2026/12/85232/",
     "Хатлонро обхезӣ фаро гирифт: Пекин хайма ва кӯрпа ирсол намуд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r85h-tk-balyk-rel", "https://tdh.gov.tm/tk/post/85233/",
     "Hytaýly ihtiologlar Türkmen alymlaryna balyk ösdürip ýetişdirmegi öwretdi", None, True),
    ("r85h-tk-tohum-bank-rel", "https://orient.tm/tm/post/85234/",
     "Türkmenistanyň tohum gaznasy Hytaýyň oba hojalyk ylymlary akademiýasy bilen nusga alyşýar", None, True),
    ("r85h-tk-et-eksport-neg", "https://orient.tm/tm/post/85235/",
     "Türkmenistan Owganystana et eksportyny artdyrdy", None, False),
    ("r85h-tk-sil-komek-neg", "https://tdh.gov.tm/tk/post/85236/",
     "Hytaý suw joşmasyndan ejir çeken Owganystana ynsanperwer kömek iberdi", None, False),
]
