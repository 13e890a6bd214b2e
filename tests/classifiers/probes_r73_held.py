"""Round-73 probes, the HELD-OUT blind set (issue 12): written with the development set, before the rules
were run on either, and measured ONCE after the fixes (nothing was fixed from it; its errors are pinned in
test_round73.HELD_WRONG). Family and labels as probes_r73_dev: both sides named with a science or technology
subject (glaciers, earthquakes, snow leopards, locusts, AI, new materials, archaeology, traditional medicine
research, water saving, seed breeding, veterinary science) is relevant; the same subjects as a business deal
(a wind farm, a hydrogen plant, a copper mine, imported drones, solar panels shipped), a clinic opened, or a
quake felt across the border are hard negatives.

Per language 2 relevant items and 1 hard negative (27). Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R73_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r73h-en-pamir-glacier-station-rel", "https://asiaplustj.info/en/news/tajikistan/society/20261207/73201",
     "China and Tajikistan open joint glacier research station in the Pamirs", None, True),
    ("r73h-en-uzbek-llm-rel", "https://www.gazeta.uz/en/2026/12/07/73202/",
     "Chinese and Uzbek computer scientists build Uzbek-language large language model", None, True),
    ("r73h-en-wind-farm-neg", "https://astanatimes.com/2026/12/73203/",
     "Chinese company wins tender to build wind farm in Zhambyl region", None, False),
    # ------------------------------------------------------------------ Russian
    ("r73h-ru-dinosaur-remains-rel", "https://tengrinews.kz/kazakhstan_news/73204/",
     "Казахстанские и китайские палеонтологи нашли останки динозавра в Кызылординской области", None, True),
    ("r73h-ru-new-materials-rel", "https://www.gazeta.uz/ru/2026/12/07/73205/",
     "Узбекистан и Китай откроют совместный институт новых материалов", None, True),
    ("r73h-ru-quake-felt-neg", "https://kaktus.media/doc/73206.html",
     "Толчки от землетрясения в Китае почувствовали в Алматы и Талдыкоргане", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r73h-zh-snow-leopard-survey-rel", "http://www.xinhuanet.com/world/2026-12/07/c_73207.htm",
     "中吉两国专家联合开展雪豹种群调查", None, True),
    ("r73h-zh-seismic-centre-rel", "https://www.chinanews.com.cn/gj/2026/12-07/73208.shtml",
     "中塔地震科学联合研究中心在杜尚别揭牌", None, True),
    ("r73h-zh-drone-import-neg", "https://www.globaltimes.cn/page/202612/73209.shtml",
     "乌兹别克斯坦从中国进口一千架农业无人机", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r73h-kk-bird-flu-rel", "https://www.inform.kz/kz/73210",
     "Қытай және қазақстандық ветеринарлар құс тұмауын бірлесіп зерттейді", None, True),
    ("r73h-kk-big-data-lab-rel", "https://kaz.tengrinews.kz/73211/",
     "Астанада Қытаймен бірлескен үлкен деректер зертханасы ашылды", None, True),
    ("r73h-kk-copper-mine-neg", "https://kaz.nur.kz/73212/",
     "Қытай компаниясы Шығыс Қазақстанда мыс кен орнын игереді", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r73h-ky-tianshan-glaciers-rel", "https://kabar.kg/kg/news/73213/",
     "Кыргыз жана кытай гляциологдору Теңир-Тоо мөңгүлөрүн бирге изилдешет", None, True),
    ("r73h-ky-locust-fight-rel", "https://24.kg/kyrgyzcha/73214/",
     "Кыргызстан менен Кытай чегирткеге каршы күрөшүү боюнча илимий кызматташууну күчөтөт", None, True),
    ("r73h-ky-xinjiang-locust-neg", "https://kaktus.media/kg/doc/73215.html",
     "Шинжаңдын түндүгүндө чегиртке каптап, талааларды жеп кетти", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r73h-uz-afrosiyob-excavation-rel", "https://kun.uz/news/2026/12/07/73216",
     "Xitoy va O‘zbekiston arxeologlari Afrosiyobda qo‘shma qazishma ishlarini boshladi", None, True),
    ("r73h-uz-water-saving-rel", "https://daryo.uz/2026/12/07/73217",
     "Xitoy agronomlari Surxondaryoda tomchilatib sug‘orishning yangi usullarini sinab ko‘rmoqda", None, True),
    ("r73h-uz-hydrogen-plant-neg", "https://www.gazeta.uz/uz/2026/12/07/73218/",
     "Xitoy kompaniyasi Jizzaxda yashil vodorod zavodini quradi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r73h-uzc-seismologists-rel", "https://uza.uz/uz/posts/73219",
     "Ўзбекистон ва Хитой сейсмологлари зилзилаларни башорат қилиш бўйича ҳамкорликни кучайтирмоқда", None, True),
    ("r73h-uzc-medicinal-plants-rel", "https://kun.uz/kr/news/2026/12/07/73220",
     "Хитойлик фармакологлар Самарқанд тиббиёт университетида доривор гиёҳлар лабораториясини очди", None, True),
    ("r73h-uzc-tcm-clinic-neg", "https://kun.uz/kr/news/2026/12/07/73221",
     "Тошкентда Хитой анъанавий тиббиёти клиникаси очилди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r73h-tg-fedchenko-expedition-rel", "https://khovar.tj/2026/12/73222/",
     "Гляциологҳои чинӣ ва тоҷик ба пиряхи Федченко экспедитсияи муштарак карданд", None, True),
    ("r73h-tg-wheat-breeding-rel", "https://tojnews.org/tj/news/73223",
     "Генетикҳои Чин ва Тоҷикистон навъи тобовари гандумро ба вуҷуд оварданд", None, True),
    ("r73h-tg-solar-panels-neg", "https://asiaplustj.info/tj/news/73224",
     "Чин ба Тоҷикистон панелҳои офтобӣ барои деҳаҳои кӯҳӣ фиристод", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r73h-tk-wheat-breeding-rel", "https://tdh.gov.tm/tk/post/73225",
     "Hytaýly genetikler türkmen seleksiýaçylary bilen gurakçylyga çydamly bugdaý sortuny synagdan geçirýär", None, True),
    ("r73h-tk-climate-station-rel", "https://turkmenportal.com/tm/blog/73226",
     "Hytaý Türkmenistanda howa we klimat gözegçilik stansiýasyny gurmaga ylmy kömek berer", None, True),
    ("r73h-tk-mars-alone-neg", "https://orient.tm/tm/post/73227",
     "Hytaý Marsa täze gözleg zondyny uçurdy", None, False),
]
