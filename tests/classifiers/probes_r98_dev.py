"""Round-98 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on
any of it (docs/classifier.md, "Round 98 of issue 12"), measured once before the fixes, then used to fix
from. Family: recruiting students across the border - a Chinese university's open day for Central Asian
applicants, "Study in China" education fairs, admission quotas, entrance exams and campaigns, with both sides
named. Hard negatives: an embassy's open day, trade and tourism fairs, companies' job fairs, the same
recruitment by Korea, Turkey, Russia or Japan.

Per language 2 relevant items and 2 hard negatives (36), headlines only, each with a plausible outlet url.
Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R98_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r98d-en-lanzhou-openday-rel", "https://astanatimes.com/2026/12/98101/",
     "Lanzhou University holds open day for Kazakh applicants in Almaty", None, True),
    ("r98d-en-study-fair-rel", "https://www.gazeta.uz/en/2026/12/09/98102/",
     "Study in China education fair draws 3,000 school leavers in Tashkent", None, True),
    ("r98d-en-korea-fair-neg", "https://www.gazeta.uz/en/2026/12/09/98103/",
     "Korean universities court Uzbek applicants at a Tashkent education fair", None, False),
    ("r98d-en-embassy-openday-neg", "https://24.kg/english/98104/",
     "Chinese embassy in Bishkek holds open day for local journalists", None, False),
    # ------------------------------------------------------------------ Russian
    ("r98d-ru-shenyang-openday-rel", "https://24.kg/obschestvo/98105/",
     "Шэньянский политех провёл день открытых дверей для абитуриентов Бишкека", None, True),
    ("r98d-ru-uchis-v-kitae-rel", "https://asiaplustj.info/ru/news/tajikistan/society/20261209/98106",
     "В Душанбе прошла ярмарка образования «Учись в Китае»", None, True),
    ("r98d-ru-russia-abiturienty-neg", "https://kun.uz/ru/news/2026/12/09/98107",
     "Российские вузы набирают абитуриентов в Самарканде", None, False),
    ("r98d-ru-urumqi-tourfair-neg", "https://www.inform.kz/ru/98108",
     "Урумчи зовёт казахстанских туристов на туристическую ярмарку", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r98d-zh-xju-almaty-rel", "https://www.xinhuanet.com/world/20261209/98109.htm",
     "新疆大学在阿拉木图举办招生宣讲会", None, True),
    ("r98d-zh-tashkent-expo-rel", "https://www.chinanews.com.cn/gj/2026/12-09/98110.shtml",
     "中国高校留学教育展在塔什干开幕 吸引乌兹别克斯坦学生", None, True),
    ("r98d-zh-japan-fair-neg", "https://www.chinanews.com.cn/gj/2026/12-09/98111.shtml",
     "日本留学展在比什凯克举行", None, False),
    ("r98d-zh-xian-goods-expo-neg", "https://www.xinhuanet.com/fortune/20261209/98112.htm",
     "中国—中亚商品博览会在西安开幕", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r98d-kk-xju-openday-rel", "https://kaz.inform.kz/kz/98113",
     "Шыңжаң университеті алматылық талапкерлерге ашық есік күнін өткізді", None, True),
    ("r98d-kk-study-expo-rel", "https://kaz.tengrinews.kz/kazakhstan_news/98114/",
     "Астанада «Қытайда оқу» білім көрмесі өтті", None, True),
    ("r98d-kk-turkey-talapker-neg", "https://kaz.inform.kz/kz/98115",
     "Түркия университеттері шымкенттік талапкерлерді шақырды", None, False),
    ("r98d-kk-job-fair-neg", "https://kaz.tengrinews.kz/kazakhstan_news/98116/",
     "Қытай компаниялары Алматыда бос жұмыс орындары жәрмеңкесін өткізді", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r98d-ky-bishkek-expo-rel", "https://kabar.kg/news/98117/",
     "Бишкекте Кытайдын 40 университети катышкан билим берүү көргөзмөсү өттү", None, True),
    ("r98d-ky-quota-rel", "https://ky.kabar.kg/news/98118/",
     "Шинжаң университети кыргыз абитуриенттерин кабыл алууга квота бөлдү", None, True),
    ("r98d-ky-russia-openday-neg", "https://kabar.kg/news/98119/",
     "Ошто Россиянын жогорку окуу жайлары абитуриенттерге ачык эшик күнүн өткөрдү", None, False),
    ("r98d-ky-embassy-openday-neg", "https://ky.kabar.kg/news/98120/",
     "Кытайдын Бишкектеги элчилиги ачык эшик күнүн уюштурду", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r98d-uz-tashkent-expo-rel", "https://kun.uz/news/2026/12/09/98121",
     "Xitoyning 25 ta oliygohi Toshkent ko'rgazmasida o'zbek bitiruvchilarini o'qishga chorladi", None, True),
    ("r98d-uz-beijing-openday-rel", "https://daryo.uz/2026/12/09/98122",
     "Pekin tillar universiteti o'zbek abituriyentlari uchun ochiq eshiklar kuni o'tkazdi", None, True),
    ("r98d-uz-japan-abituriyent-neg", "https://kun.uz/news/2026/12/09/98123",
     "Yaponiya universitetlari Samarqandda abituriyentlarni qabul qilmoqda", None, False),
    ("r98d-uz-job-fair-neg", "https://daryo.uz/2026/12/09/98124",
     "Xitoy kompaniyalari Toshkentda bo'sh ish o'rinlari yarmarkasini o'tkazdi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r98d-uzc-namangan-rel", "https://uza.uz/uz/posts/98125",
     "Хитой университетлари Наманганда абитуриентлар учун тақдимот ўтказди", None, True),
    ("r98d-uzc-urumqi-quota-rel", "https://xs.uz/uz/post/98126",
     "Урумчи тиббиёт университети ўзбекистонлик талабаларни қабул қилиш квотасини оширди", None, True),
    ("r98d-uzc-korea-neg", "https://uza.uz/uz/posts/98127",
     "Корея университетлари Андижонда абитуриентлар билан учрашди", None, False),
    ("r98d-uzc-tourfair-neg", "https://xs.uz/uz/post/98128",
     "Тошкентда Хитой туристик ярмаркаси очилди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r98d-tg-khujand-openday-rel", "https://khovar.tj/2026/12/98129/",
     "Донишгоҳи Синзян дар Хуҷанд барои довталабон рӯзи дари кушод баргузор кард", None, True),
    ("r98d-tg-study-expo-rel", "https://tajikta.tj/tj/news/98130",
     "Намоишгоҳи «Таҳсил дар Чин» ҷавонони Душанберо ҷамъ овард", None, True),
    ("r98d-tg-turkey-neg", "https://khovar.tj/2026/12/98131/",
     "Донишгоҳҳои Туркия дар Душанбе довталабонро ҷалб мекунанд", None, False),
    ("r98d-tg-embassy-openday-neg", "https://tajikta.tj/tj/news/98132",
     "Сафорати ҶХЧ дар Душанбе барои рӯзноманигорон рӯзи дари кушодро ташкил намуд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r98d-tk-ashgabat-expo-rel", "https://orient.tm/tm/post/98133/",
     "«Hytaýda okamak» sergisi aşgabatly mekdep uçurymlaryny özüne çekdi", None, True),
    ("r98d-tk-lanzhou-openday-rel", "https://turkmenportal.com/tm/blog/98134/",
     "Hytaýyň Lanzhou uniwersiteti türkmen talyp bolmak isleýänler üçin açyk gapylar gününi geçirdi", None, True),
    ("r98d-tk-russia-neg", "https://orient.tm/tm/post/98135/",
     "Russiýanyň uniwersitetleri Aşgabatda talyp bolmak isleýänler bilen duşuşdy", None, False),
    ("r98d-tk-goods-expo-neg", "https://turkmenportal.com/tm/blog/98136/",
     "Hytaý önümleriniň söwda ýarmarkasy Daşoguzda öz işine başlady", None, False),
]
