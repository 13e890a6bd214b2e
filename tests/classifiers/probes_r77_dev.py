"""Round-77 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on
any of it (docs/classifier.md, "Round 77 of issue 12"), measured once before the fixes (the honest dev
row), then used to fix from. Family: heritage. Restoration, conservation and study of monuments, frescoes,
manuscripts and museum collections done or taught by the other side's experts; a Central Asian heritage
site (Afrasiab, Panjakent, Sarazm, Merv, Nisa, Kunya-Urgench, Otrar, Taraz, the Yasawi mausoleum, Ichan-Kala,
Termez's Buddhist sites, Ajina-Tepa, Burana, Ak-Beshim, Saimaly-Tash...) names the Central Asian side and a
Chinese heritage institution (the Palace Museum, the Dunhuang Academy, Shaanxi's archaeology institute, the
Terracotta Army museum, the National Museum of China) the Chinese side. Hard negatives: tourism to the same
sites, a restaurant or hotel named after them, a monument restored by Turkey, Korea, Japan, UNESCO or
Russia, and China's own heritage news.

Per language 2 relevant items and 2 hard negatives (36), about a fifth with a one-sentence lede, each
with a plausible outlet url. Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R77_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r77d-en-shaanxi-termez-stupa-rel", "https://www.gazeta.uz/en/2026/12/08/77101/",
     "Shaanxi archaeologists and Uzbek scholars begin conserving a Termez Buddhist stupa", None, True),
    ("r77d-en-palace-museum-burana-rel", "https://24.kg/english/77102/",
     "Palace Museum conservators to train Kyrgyz specialists at the Burana tower",
     "The first group of eight restorers will work on the tower's brick ornament in spring.", True),
    ("r77d-en-turkish-juma-mosque-neg", "https://www.gazeta.uz/en/2026/12/08/77103/",
     "Turkish restorers complete repairs of Khiva's Juma mosque", None, False),
    ("r77d-en-registan-tourists-neg", "https://timesca.com/77104/",
     "Chinese tourists flock to Samarkand's Registan as direct flights resume", None, False),
    # ------------------------------------------------------------------ Russian
    ("r77d-ru-dunhuang-ajina-tepa-rel", "https://asiaplustj.info/ru/news/tajikistan/society/20261208/77105",
     "Дуньхуанская академия поможет сохранить росписи Аджина-Тепа", None, True),
    ("r77d-ru-merv-conservation-rel", "https://turkmenportal.com/blog/77106",
     "Китайские реставраторы займутся консервацией городища Мерв", None, True),
    ("r77d-ru-japan-kalyan-minaret-neg", "https://kun.uz/ru/news/2026/12/08/77107",
     "Японские специалисты отреставрируют минарет Калян в Бухаре", None, False),
    ("r77d-ru-dunhuang-restaurant-neg", "https://tengrinews.kz/kazakhstan_news/77108/",
     "Ресторан уйгурской кухни «Дуньхуан» открылся в Алматы", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r77d-zh-nmc-kyrgyz-manuscripts-rel", "https://www.chinanews.com.cn/gj/2026/12-08/77109.shtml",
     "中国国家博物馆专家为吉尔吉斯斯坦培训古籍修复师", None, True),
    ("r77d-zh-shaanxi-taraz-ruins-rel", "http://www.xinhuanet.com/world/2026-12/08/c_77110.htm",
     "陕西考古研究院专家协助修复哈萨克斯坦塔拉兹古城遗址", None, True),
    ("r77d-zh-korea-bibi-khanym-neg", "https://www.chinadaily.com.cn/a/202612/08/77111.html",
     "韩国专家协助修复撒马尔罕比比哈努姆清真寺", None, False),
    ("r77d-zh-palace-museum-qing-show-neg", "https://www.chinanews.com.cn/cul/2026/12-08/77112.shtml",
     "故宫博物院新展开幕 集中展出清代宫廷钟表", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r77d-kk-yasawi-chinese-restorers-rel", "https://www.inform.kz/kz/77113",
     "Қытай реставраторлары Қожа Ахмет Ясауи кесенесінің әшекейлерін зерттейді", None, True),
    ("r77d-kk-otrar-manuscripts-rel", "https://kaz.tengrinews.kz/77114/",
     "Дуньхуан академиясының мамандары Отырардан табылған қолжазбаларды қалпына келтіреді",
     "Жұмыс Түркістан облыстық тарихи-өлкетану музейінде жүргізіледі.", True),
    ("r77d-kk-turkey-dome-neg", "https://www.inform.kz/kz/77115",
     "Түркия шеберлері Түркістандағы ескі мешіттің күмбезін жөндеді", None, False),
    ("r77d-kk-taraz-tourists-neg", "https://kaz.nur.kz/77116/",
     "Тараз қаласына келетін қытайлық туристер көбейді", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r77d-ky-ak-beshim-archaeologists-rel", "https://kabar.kg/kg/news/77117/",
     "Кытайлык археологдор Ак-Бешим шаарчасын изилдөөнү улантат", None, True),
    ("r77d-ky-saimaly-tash-petroglyphs-rel", "https://24.kg/kyrgyzcha/77118/",
     "Дунхуан академиясынын адистери Саймалуу-Таштагы аска сүрөттөрүн изилдешет", None, True),
    ("r77d-ky-burana-tourists-neg", "https://kabar.kg/kg/news/77119/",
     "Кытайлык саякатчылар Бурана мунарасына агылууда", None, False),
    ("r77d-ky-japan-osh-museum-neg", "https://www.azattyk.org/a/77120.html",
     "Жапон адистери Оштогу тарыхый музейдин коллекциясын калыбына келтиришти", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r77d-uz-ichan-qala-restorers-rel", "https://kun.uz/news/2026/12/08/77121",
     "Xitoylik restavratorlar Ichan-qal’adagi yodgorliklarni ta’mirlashda qatnashadi", None, True),
    ("r77d-uz-qoratepa-dunxuan-rel", "https://daryo.uz/2026/12/08/77122/",
     "Dunxuan akademiyasi olimlari Termizdagi Qoratepa buddaviylik majmuasini o‘rganadi", None, True),
    ("r77d-uz-korea-bibixonim-neg", "https://kun.uz/news/2026/12/08/77123",
     "Koreya mutaxassislari Samarqanddagi Bibixonim masjidi gumbazini ta’mirladi", None, False),
    ("r77d-uz-bukhara-hotel-neg", "https://daryo.uz/2026/12/08/77124/",
     "Buxoroda xitoylik sayyohlar uchun yangi mehmonxona ochildi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r77d-uzc-afrosiyob-murals-rel", "https://uza.uz/uz/posts/77125",
     "Шэнси археология институти мутахассислари Афросиёб деворий суратларини асрашга ёрдам беради", None, True),
    ("r77d-uzc-nmc-samarkand-museum-rel", "https://xs.uz/uz/post/77126",
     "Хитой миллий музейи Самарқанд музей-қўриқхонаси ходимларини таъмирлаш сирларига ўргатади",
     "Ўқув машғулотлари Пекинда икки ой давом этади.", True),
    ("r77d-uzc-unesco-oqsaroy-neg", "https://uza.uz/uz/posts/77127",
     "ЮНЕСКО Шаҳрисабздаги Оқсаройни таъмирлашни молиялаштиради", None, False),
    ("r77d-uzc-terracotta-visitors-neg", "https://xs.uz/uz/post/77128",
     "Хитойдаги Терракота армияси музейига ташриф буюрувчилар сони рекордга етди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r77d-tg-sarazm-joint-dig-rel", "https://khovar.tj/2026/12/77129/",
     "Бостоншиносони Чин ва Тоҷикистон дар Саразм ҳафриёти муштарак мегузаронанд", None, True),
    ("r77d-tg-manuscripts-chinese-help-rel", "https://asiaplustj.info/tj/news/77130",
     "Мутахассисони чинӣ ба тармими дастхатҳои қадимаи тоҷик кӯмак мерасонанд", None, True),
    ("r77d-tg-turkey-hisor-fortress-neg", "https://khovar.tj/2026/12/77131/",
     "Тармимгарони Туркия қалъаи Ҳисорро барқарор карданд", None, False),
    ("r77d-tg-sarazm-hotel-neg", "https://asiaplustj.info/tj/news/77132",
     "Меҳмонхонаи «Саразм» дар Панҷакент ба истифода дода шуд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r77d-tk-kone-urgench-archaeologists-rel", "https://turkmenistan.gov.tm/tk/post/77133",
     "Hytaýly arheologlar Köneürgenç ýadygärliklerini öwrenmäge gatnaşar", None, True),
    ("r77d-tk-nisa-murals-dunhuang-rel", "https://tdh.gov.tm/tk/post/77134",
     "Hytaýyň Dunhuan akademiýasy Nusaý galasynyň diwar suratlaryny dikeltmäge kömek eder", None, True),
    ("r77d-tk-japan-sanjar-neg", "https://turkmenistan.gov.tm/tk/post/77135",
     "Ýaponiýanyň hünärmenleri Merwdäki Soltan Sanjar kümmetini dikeltdi", None, False),
    ("r77d-tk-kone-urgench-tourists-neg", "https://tdh.gov.tm/tk/post/77136",
     "Köneürgenje hytaýly syýahatçylaryň sany artýar", None, False),
]
