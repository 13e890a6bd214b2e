"""Round-77 probes, the HELD-OUT blind set (issue 12): written with the development set, before the rules
were run on either, and measured ONCE after the fixes (nothing was fixed from it; its errors are pinned in
test_round77.HELD_WRONG). Family and labels as probes_r77_dev: restoration, conservation and study of
Central Asian monuments, frescoes, manuscripts and museum collections by Chinese experts (or Chinese
heritage institutions teaching it) is relevant; the same sites with tourism or a namesake business, a
monument restored by another partner and China's own heritage news are hard negatives.

Per language 2 relevant items and 1 hard negative (27). Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R77_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r77h-en-terracotta-nisa-rhytons-rel", "https://turkmenportal.com/en/blog/77201",
     "Terracotta Army museum experts to advise on conserving Nisa's Parthian rhytons", None, True),
    ("r77h-en-nmc-khiva-columns-rel", "https://www.gazeta.uz/en/2026/12/08/77202/",
     "National Museum of China restorers to repair Khiva's carved wooden columns", None, True),
    ("r77h-en-russia-minaret-neg", "https://timesca.com/77203/",
     "Russian specialists finish restoring the Kunya-Urgench minaret", None, False),
    # ------------------------------------------------------------------ Russian
    ("r77h-ru-palace-museum-textiles-rel", "https://www.gazeta.uz/ru/2026/12/08/77204/",
     "Сотрудники Дворцового музея Пекина проведут для узбекских музейщиков курс реставрации тканей", None, True),
    ("r77h-ru-medieval-taraz-rel", "https://kazinform.kz/ru/77205",
     "Китайские учёные займутся изучением средневекового Тараза",
     "Раскопки начнутся весной на территории археологического парка.", True),
    ("r77h-ru-korea-afrasiab-neg", "https://kun.uz/ru/news/2026/12/08/77206",
     "Корейский фонд профинансирует консервацию городища Афрасиаб", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r77h-zh-dunhuang-tj-mural-lab-rel", "https://www.chinanews.com.cn/gj/2026/12-08/77207.shtml",
     "敦煌研究院与塔吉克斯坦共建壁画保护联合实验室", None, True),
    ("r77h-zh-qinling-uz-conservation-rel", "http://www.xinhuanet.com/world/2026-12/08/c_77208.htm",
     "秦始皇帝陵博物院专家赴乌兹别克斯坦指导文物保护修复", None, True),
    ("r77h-zh-mogao-holiday-visitors-neg", "https://www.chinadaily.com.cn/a/202612/08/77209.html",
     "敦煌莫高窟国庆假期接待游客创新高", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r77h-kk-nmc-museum-funds-rel", "https://www.inform.kz/kz/77210",
     "Қытайдың Ұлттық музейі қазақстандық мұражайлардың қорларын қалпына келтіруге көмектеседі", None, True),
    ("r77h-kk-shaanxi-taraz-dig-rel", "https://kaz.tengrinews.kz/77211/",
     "Шэньси археология институты Тараздағы қазба жұмыстарына қатысады", None, True),
    ("r77h-kk-korea-otrar-neg", "https://kaz.nur.kz/77212/",
     "Оңтүстік Корея мамандары Отырар қалашығындағы моншаны қалпына келтірді", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r77h-ky-nmc-museum-staff-rel", "https://kabar.kg/kg/news/77213/",
     "Кытайдын Улуттук музейинин кызматкерлери кыргыз музейчилерине реставрацияны үйрөтөт", None, True),
    ("r77h-ky-suyab-joint-dig-rel", "https://24.kg/kyrgyzcha/77214/",
     "Кытай жана Кыргызстан окумуштуулары Суяб шаарчасын бирге казышат", None, True),
    ("r77h-ky-burana-cafe-neg", "https://kaktus.media/kg/77215/",
     "«Бурана» кафеси Бишкекте экинчи филиалын ачты", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r77h-uz-ulugbek-scan-rel", "https://daryo.uz/2026/12/08/77216/",
     "Xitoy olimlari Ulug‘bek rasadxonasi qoldiqlarini raqamli skanerlaydi", None, True),
    ("r77h-uz-palace-museum-qolyozma-rel", "https://kun.uz/news/2026/12/08/77217",
     "Pekindagi Saroy muzeyi mutaxassislari o‘zbek qo‘lyozmashunoslariga ta’mirlashni o‘rgatadi", None, True),
    ("r77h-uz-tika-chor-minor-neg", "https://kun.uz/news/2026/12/08/77218",
     "Turkiyaning TIKA agentligi Buxorodagi Chor Minorni ta’mirladi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r77h-uzc-fayoztepa-rel", "https://uza.uz/uz/posts/77219",
     "Хитойлик археологлар Термиздаги Фаёзтепа будда ибодатхонасини ўрганади", None, True),
    ("r77h-uzc-dunhuang-bukhara-manuscripts-rel", "https://xs.uz/uz/post/77220",
     "Дунхуан академияси Бухоро қўлёзмаларини асраш бўйича тажриба алмашади", None, True),
    ("r77h-uzc-ulugbek-restaurant-neg", "https://uza.uz/uz/posts/77221",
     "Самарқандда «Улуғбек» ресторани очилди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r77h-tg-ajina-tepa-chinese-scholars-rel", "https://khovar.tj/2026/12/77222/",
     "Донишмандони Чин ёдгориҳои буддоии Аҷинатеппаро меомӯзанд", None, True),
    ("r77h-tg-palace-museum-course-rel", "https://asiaplustj.info/tj/news/77223",
     "Осорхонаи Қасри Пекин барои тармимгарони тоҷик курси омӯзишӣ ташкил кард", None, True),
    ("r77h-tg-unesco-sarazm-neg", "https://khovar.tj/2026/12/77224/",
     "ЮНЕСКО барои ҳифзи Саразм маблағ ҷудо кард", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r77h-tk-merv-joint-project-rel", "https://turkmenistan.gov.tm/tk/post/77225",
     "Hytaýly alymlar Merw ýadygärliklerini öwrenmek boýunça bilelikdäki taslamany başlady", None, True),
    ("r77h-tk-shaanxi-restorers-rel", "https://tdh.gov.tm/tk/post/77226",
     "Şensi arheologiýa institutynyň hünärmenleri türkmen dikeldiş ussalaryny okadar", None, True),
    ("r77h-tk-russia-nisa-neg", "https://turkmenistan.gov.tm/tk/post/77227",
     "Russiýanyň restawratorlary Nusaý galasynda işleri tamamlady", None, False),
]
