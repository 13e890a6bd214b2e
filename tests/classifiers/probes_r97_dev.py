"""Round-97 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on
any of it (docs/classifier.md, "Round 97 of issue 12"), measured once before the fixes, then used to fix
from. Family: clinical training with a place or an institution between the learner and the method (the
locative between, Tajik and Turkic SOV order), and AI or digital diagnostics tested or developed jointly by
doctors and developers of both sides. Hard negatives: patients treated or operated on by a visiting team,
medical equipment or AI products sold, a hospital opened, the same with another partner.

Per language 2 relevant items and 2 hard negatives (36), headlines only, each with a plausible outlet url.
Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R97_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r97d-en-xray-ai-rel", "https://astanatimes.com/2026/12/97101/",
     "Kazakh doctors and Chinese developers test AI system that reads chest X-rays", None, True),
    ("r97d-en-urumqi-laparoscopic-rel", "https://asiaplustj.info/en/news/tajikistan/society/97102",
     "Dushanbe surgeons train at Urumqi hospital in laparoscopic methods", None, True),
    ("r97d-en-khujand-operates-neg", "https://asiaplustj.info/en/news/tajikistan/society/97103",
     "Chinese medical team operates on 300 patients in Khujand", None, False),
    ("r97d-en-turkey-cancer-ai-neg", "https://www.gazeta.uz/en/2026/12/12/97104/",
     "Turkish and Uzbek doctors develop AI tool for cancer diagnosis", None, False),
    # ------------------------------------------------------------------ Russian
    ("r97d-ru-urologi-chendu-rel", "https://24.kg/obschestvo/97105/",
     "Ошские урологи освоили в клинике Чэнду эндоскопические методы лечения", None, True),
    ("r97d-ru-ii-tuberkulez-rel", "https://tengrinews.kz/kazakhstan_news/97106/",
     "Казахстанские врачи и китайские разработчики испытали ИИ для диагностики туберкулёза", None, True),
    ("r97d-ru-postavila-ii-neg", "https://www.zakon.kz/97107/",
     "Китайская компания поставила в больницы Алматы системы ИИ для диагностики", None, False),
    ("r97d-ru-yaponiya-rentgen-neg", "https://www.gazeta.uz/ru/2026/12/12/97108/",
     "Японские и узбекские врачи разработали ИИ для чтения рентгеновских снимков", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r97d-zh-jinxiu-weichuang-rel", "http://www.xinhuanet.com/world/2026-12/12/c_97109.htm",
     "吉尔吉斯斯坦医生赴新疆医科大学附属医院进修微创外科技术", None, True),
    ("r97d-zh-zhongha-feijiehe-rel", "https://www.chinanews.com.cn/gj/2026/12-12/97110.shtml",
     "中哈医生与研发人员联合测试人工智能辅助诊断肺结核系统", None, True),
    ("r97d-zh-baineizhang-neg", "https://www.ts.cn/xwzx/2026/12/12/97111.shtml",
     "中国医疗队在撒马尔罕为当地患者实施白内障手术", None, False),
    ("r97d-zh-chushou-yingxiang-neg", "https://www.chinanews.com.cn/cj/2026/12-12/97112.shtml",
     "中国企业向乌兹别克斯坦医院出售人工智能影像诊断设备", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r97d-kk-aktobe-laparoskopiya-rel", "https://www.inform.kz/kz/97113",
     "Ақтөбе хирургтары лапароскопиялық әдістерді Бейжің ауруханасында үйренді", None, True),
    ("r97d-kk-rentgen-ii-rel", "https://egemen.kz/article/97114",
     "Қазақстандық және қытайлық мамандар рентген суреттерін оқитын жасанды интеллектті бірге әзірледі", None, True),
    ("r97d-kk-almaty-ota-neg", "https://baq.kz/kk/news/97115",
     "Үрімжіден келген дәрігерлер Талдықорғанда жүзден астам науқасқа ота жасады", None, False),
    ("r97d-kk-koreya-isik-neg", "https://www.inform.kz/kz/97116",
     "Астанада Корея мамандары жасанды интеллект арқылы қатерлі ісікті анықтау жүйесін сынады", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r97d-ky-osh-endoskopiya-rel", "https://kabar.kg/kyrg/news/97117/",
     "Ош дарыгерлери эндоскопиялык ыкмаларды Үрүмчү ооруканасында үйрөнүштү", None, True),
    ("r97d-ky-kurgak-uchuk-ii-rel", "https://kg.akipress.org/news:97118/",
     "Кыргыз жана кытай адистери кургак учукту аныктоочу жасалма интеллектти бирге сынап көрүштү", None, True),
    ("r97d-ky-oorukana-achyldy-neg", "https://kabar.kg/kyrg/news/97119/",
     "Бишкекте Кытайдын жардамы менен курулган оорукана ачылды", None, False),
    ("r97d-ky-turkiya-operaciya-neg", "https://kg.akipress.org/news:97120/",
     "Түркиялык хирургдар Жалал-Абадда балдарга операция жасашты", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r97d-uz-andijon-laparoskopik-rel", "https://kun.uz/news/2026/12/12/97121",
     "Andijonlik jarrohlar laparoskopik usullarni Pekin shifoxonasida o‘zlashtirdi", None, True),
    ("r97d-uz-sil-tashxis-rel", "https://uza.uz/uz/posts/97122",
     "O‘zbek shifokorlari va xitoylik dasturchilar sun’iy intellekt yordamida sil tashxisini sinovdan o‘tkazdi",
     None, True),
    ("r97d-uz-rentgen-sotdi-neg", "https://daryo.uz/2026/12/12/97123",
     "Xitoy kompaniyasi Toshkent klinikalariga sun’iy intellektli rentgen uskunalarini sotdi", None, False),
    ("r97d-uz-rossiya-saraton-neg", "https://kun.uz/news/2026/12/12/97124",
     "Rossiyalik va o‘zbek shifokorlar Buxoroda sun’iy intellekt yordamida saraton tashxisini o‘rganmoqda", None,
     False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r97d-uzc-fargona-kardiolog-rel", "https://xs.uz/uzkr/post/97125",
     "Фарғоналик кардиологлар кам инвазив жарроҳлик усулларини Шанхай клиникасида ўрганди", None, True),
    ("r97d-uzc-rentgen-ii-rel", "https://uza.uz/oz/posts/97126",
     "Ўзбекистон ва Хитой мутахассислари рентген тасвирларини ўқийдиган сунъий интеллектни биргаликда ишлаб чиқди",
     None, True),
    ("r97d-uzc-navoiy-korik-neg", "https://yuz.uz/uz/news/97127",
     "Хитой шифокорлари Навоийда беморларни бепул кўрикдан ўтказди", None, False),
    ("r97d-uzc-koreya-uskuna-neg", "https://xs.uz/uzkr/post/97128",
     "Жанубий Корея Самарқанд шифохонасига тиббий ускуналар топширди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r97d-tg-bokhtar-endoskopiya-rel", "https://khovar.tj/2026/12/97129/",
     "Табибони Бохтар дар клиникаи Шанхай усулҳои эндоскопиро омӯхтанд", None, True),
    ("r97d-tg-zehni-sunyi-sil-rel", "https://www.sadoimardum.tj/tandurusti/97130/",
     "Табибони тоҷик ва барномасозони чинӣ зеҳни сунъиро барои ташхиси сил якҷоя санҷиданд", None, True),
    ("r97d-tg-kulob-jarrohi-neg", "https://khovar.tj/2026/12/97131/",
     "Гурӯҳи табибони чинӣ дар Кӯлоб беморонро ҷарроҳӣ карданд", None, False),
    ("r97d-tg-bemorkhona-kushoda-neg", "https://www.sadoimardum.tj/jomea/97132/",
     "Дар Душанбе беморхонае, ки бо кӯмаки Чин сохта шуд, кушода шуд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r97d-tk-pekin-laparoskopik-rel", "https://turkmenistan.gov.tm/tk/post/97133",
     "Aşgabadyň lukmanlary laparoskopik usullary Pekiniň hassahanasynda öwrendiler", None, True),
    ("r97d-tk-emeli-an-inchekesel-rel", "https://metbugat.gov.tm/news/97134",
     "Türkmen we hytaý hünärmenleri emeli aň arkaly inçekeseli anyklamagy bilelikde synagdan geçirdi", None, True),
    ("r97d-tk-enjam-satdy-neg", "https://turkmenistan.gov.tm/tk/post/97135",
     "Hytaý kompaniýasy Türkmenistana emeli aňly diagnostika enjamlaryny satdy", None, False),
    ("r97d-tk-yapon-operasiya-neg", "https://metbugat.gov.tm/news/97136",
     "Ýapon lukmanlary Daşoguzda çagalara operasiýa etdi", None, False),
]
