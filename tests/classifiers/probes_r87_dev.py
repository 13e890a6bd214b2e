"""Round-87 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on
any of it (docs/classifier.md, "Round 87 of issue 12"), measured once before the fixes, then used to fix
from. Family: medical science, technology and education across the China–Central Asia border with both
sides named: telemedicine, nurses' and doctors' training, internships and residency in China, joint
clinics and centres of medical universities, traditional Chinese medicine centres and courses, joint
medical research, medical equipment training. Hard negatives: medicine trade and purchases, vaccine or
mask donations, hospital construction contracts, medical tourism, a health minister's talks, the same
training with another partner.

Per language 2 relevant items and 2 hard negatives (36), headlines only, each with a plausible outlet url.
Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R87_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r87d-en-osh-video-consult-rel", "https://24.kg/english/87101/",
     "Doctors in Osh consult Xinjiang Medical University specialists by video link", None, True),
    ("r87d-en-nurses-shanghai-rel", "https://astanatimes.com/2026/12/87102/",
     "Shanghai's Ruijin Hospital takes in first group of Kazakh nurse interns", None, True),
    ("r87d-en-ct-scanners-neg", "https://www.gazeta.uz/en/2026/12/10/87103/",
     "Uzbekistan buys Chinese CT scanners for regional hospitals", None, False),
    ("r87d-en-seoul-doctors-neg", "https://24.kg/english/87104/",
     "Kyrgyz doctors train in Seoul under Korean health programme", None, False),
    # ------------------------------------------------------------------ Russian
    ("r87d-ru-telemedicina-hujand-rel", "https://asiaplustj.info/ru/news/tajikistan/society/20261210/87105",
     "Врачи Урумчи провели телемедицинскую консультацию для коллег из Худжанда", None, True),
    ("r87d-ru-ehinokokkoz-rel", "https://tengrinews.kz/kazakhstan_news/87106/",
     "Медики Алматы и Синьцзяна займутся совместным изучением эхинококкоза", None, True),
    ("r87d-ru-lekarstva-zakupka-neg", "https://kaktus.media/doc/87107.html",
     "Кыргызстан закупит в Китае партию лекарств для больниц", None, False),
    ("r87d-ru-medsestry-turciya-neg", "https://www.gazeta.uz/ru/2026/12/10/87108/",
     "Медсестры из Узбекистана пройдут стажировку в Турции", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r87d-zh-yuancheng-huizhen-rel", "https://www.ts.cn/xwzx/2026/12/10/87109.shtml",
     "新疆医科大学为塔吉克斯坦医生开展远程会诊培训", None, True),
    ("r87d-zh-hushi-kashi-rel", "https://www.chinanews.com.cn/gj/2026/12-10/87110.shtml",
     "乌兹别克斯坦护士赴喀什进修学习", None, True),
    ("r87d-zh-kouzhao-juanzeng-neg", "http://www.xinhuanet.com/world/2026-12/10/c_87111.htm",
     "中方向比什凯克多家医院捐赠医用口罩和防护服", None, False),
    ("r87d-zh-yiyuan-chengjian-neg", "https://www.chinanews.com.cn/cj/2026/12-10/87112.shtml",
     "中企签约承建哈萨克斯坦阿斯塔纳综合医院项目", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r87d-kk-medbikeler-urimji-rel", "https://www.inform.kz/kz/87113",
     "Қазақстандық медбикелер Үрімжіде тағылымдамадан өтіп жатыр", None, True),
    ("r87d-kk-diagnostika-ortalygy-rel", "https://egemen.kz/article/87114",
     "Астана медицина университеті шанхайлық дәрігерлермен бірлескен диагностика орталығын ашты", None, True),
    ("r87d-kk-vakcina-satyp-neg", "https://baq.kz/kk/news/87115",
     "Қазақстан Қытайдан екі миллион доза вакцина сатып алды", None, False),
    ("r87d-kk-koreya-darigerler-neg", "https://www.inform.kz/kz/87116",
     "Қазақстандық дәрігерлер Оңтүстік Кореяда біліктілігін арттырды", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r87d-ky-video-kenesh-rel", "https://kabar.kg/kyrg/news/87117/",
     "Ош дарыгерлери Кашкардагы клиниканын адистери менен видео байланыш аркылуу кеңешишти", None, True),
    ("r87d-ky-medaiymdar-urumchu-rel", "https://kg.akipress.org/news:87118/",
     "Жалал-Абаддын медайымдары Үрүмчү ооруканаларында тажрыйба топтошууда", None, True),
    ("r87d-ky-betkap-belek-neg", "https://kabar.kg/kyrg/news/87119/",
     "Кытай Кыргызстанга медициналык беткаптарды белекке берди", None, False),
    ("r87d-ky-oorukana-kuruu-neg", "https://kg.akipress.org/news:87120/",
     "Бишкекте кытай компаниясы жаңы оорукана курууга келишим түздү", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r87d-uz-masofaviy-konsultatsiya-rel", "https://kun.uz/news/2026/12/10/87121",
     "Samarqand shifokorlari Sian klinikasi mutaxassislari bilan masofaviy konsultatsiya o‘tkazdi", None, True),
    ("r87d-uz-hamshiralar-shanxay-rel", "https://uza.uz/uz/posts/87122",
     "O‘zbekistonlik hamshiralar Shanxayda amaliyot o‘tamoqda", None, True),
    ("r87d-uz-dori-import-neg", "https://daryo.uz/2026/12/10/87123",
     "Xitoydan dori vositalari importi 30 foizga oshdi", None, False),
    ("r87d-uz-hindiston-malaka-neg", "https://kun.uz/news/2026/12/10/87124",
     "Toshkentlik shifokorlar Hindistonda malaka oshirdi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r87d-uzc-ananaviy-tibbiyot-rel", "https://uza.uz/oz/posts/87125",
     "Хитой анъанавий тиббиёти маркази Бухорода ўқув курсларини бошлади", None, True),
    ("r87d-uzc-gepatit-tadqiqot-rel", "https://xs.uz/uzkr/post/87126",
     "Тошкент тиббиёт академияси ва Шинжон тиббиёт университети гепатит бўйича қўшма тадқиқот бошлади", None, True),
    ("r87d-uzc-uskuna-keltirildi-neg", "https://yuz.uz/uz/news/87127",
     "Наманган вилоят шифохонасига Хитойдан тиббий ускуналар келтирилди", None, False),
    ("r87d-uzc-bemorlar-urumchi-neg", "https://xs.uz/uzkr/post/87128",
     "Урумчи клиникаларида даволанаётган ўзбекистонлик беморлар сони ошди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r87d-tg-video-mashvarat-rel", "https://khovar.tj/2026/12/87129/",
     "Табибони Чин ба духтурони Кӯлоб тавассути видео машварат медиҳанд", None, True),
    ("r87d-tg-hamshiraho-urumchi-rel", "https://www.sadoimardum.tj/tandurusti/87130/",
     "Гурӯҳи ҳамшираҳои шафқат аз Хатлон дар беморхонаи Урумчи малака меафзоянд", None, True),
    ("r87d-tg-doru-harid-neg", "https://khovar.tj/2026/12/87131/",
     "Ширкатҳои дорусозии Чин ба бозори Тоҷикистон доруворӣ ворид мекунанд", None, False),
    ("r87d-tg-vazir-safir-neg", "https://jumhuriyat.tj/index.php/87132",
     "Вазири тандурустӣ ва ҳифзи иҷтимоии аҳолӣ сафири Чинро ба ҳузур пазируфт", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r87d-tk-wideo-maslahat-rel", "https://orient.tm/tm/post/87133/",
     "Türkmen lukmanlary Pekiniň hassahanasynyň hünärmenleri bilen wideo arkaly maslahatlaşdy", None, True),
    ("r87d-tk-adaty-lukmancylyk-rel", "https://tdh.gov.tm/tk/post/87134/",
     "Hytaýyň lukmançylyk uniwersiteti Aşgabatda adaty hytaý lukmançylygy boýunça okuw geçirdi", None, True),
    ("r87d-tk-derman-satyn-neg", "https://tdh.gov.tm/tk/post/87135/",
     "Aşgabadyň dermanhanalaryna hytaý dermanlarynyň täze topary getirildi", None, False),
    ("r87d-tk-turkiye-tejribe-neg", "https://orient.tm/tm/post/87136/",
     "Aşgabadyň şepagat uýalary Stambulda tejribe alyşdy", None, False),
]
