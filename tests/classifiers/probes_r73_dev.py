"""Round-73 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on
any of it (docs/classifier.md, "Round 73 of issue 12"), measured once before the fixes (the honest dev
row), then used to fix from. Family: terse headlines naming both sides (China and a Central Asian country,
by any name) and a science or technology subject earlier rounds may not know: veterinary science, locust
control, desert greening, drip irrigation, glaciers, earthquakes, solar and hydrogen research, AI and quantum
labs, robotics, observatories, dinosaurs, restoration of monuments, traditional medicine research, new
materials, seed breeding, weather stations, geology surveys, snow leopards. Hard negatives: the same subjects
as business deals (a solar plant built, drip-irrigation kit sold, a mine developed) or one side alone.

Per language 2 relevant items and 2 hard negatives (36), 3 with a one-sentence lede, each
with a plausible outlet url. Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R73_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r73d-en-locust-monitoring-rel", "https://astanatimes.com/2026/12/73101/",
     "Kazakhstan, China to set up joint locust monitoring network along border", None, True),
    ("r73d-en-snow-leopard-camera-rel", "https://24.kg/english/73102/",
     "Kyrgyz and Chinese zoologists count snow leopards with camera traps",
     "The survey covers the Sarychat-Ertash reserve and a neighbouring Xinjiang park.", True),
    ("r73d-en-solar-plant-neg", "https://www.gazeta.uz/en/2026/12/07/73103/",
     "Chinese developer to build 500 MW solar farm in Bukhara region", None, False),
    ("r73d-en-xinjiang-locusts-neg", "https://www.chinadaily.com.cn/a/202612/07/73104.html",
     "Xinjiang deploys ducks against locust outbreak in Tacheng", None, False),
    # ------------------------------------------------------------------ Russian
    ("r73d-ru-glaciologists-rel", "https://kaktus.media/doc/73105.html",
     "Кыргызские и китайские гляциологи проведут совместную экспедицию на ледник Южный Иныльчек", None, True),
    ("r73d-ru-seismic-stations-rel", "https://tengrinews.kz/kazakhstan_news/73106/",
     "Казахстан и Китай создадут сеть сейсмических станций для прогноза землетрясений", None, True),
    ("r73d-ru-drip-kit-supply-neg", "https://kursiv.media/73107/",
     "Китайская компания поставит казахстанским фермерам оборудование для капельного орошения", None, False),
    ("r73d-ru-xinjiang-quake-neg", "https://ria.ru/20261207/73108.html",
     "Землетрясение магнитудой 5,4 произошло на юге Синьцзяна", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r73d-zh-desert-greening-rel", "http://www.xinhuanet.com/world/2026-12/07/c_73109.htm",
     "中哈科研人员联合开展荒漠化防治与植被恢复研究", None, True),
    ("r73d-zh-dinosaur-fossils-rel", "https://www.chinanews.com.cn/gj/2026/12-07/73110.shtml",
     "中乌古生物学家在克孜勒库姆沙漠发现恐龙化石", None, True),
    ("r73d-zh-wind-farm-deal-neg", "https://www.globaltimes.cn/page/202612/73111.shtml",
     "中企签约承建哈萨克斯坦风电项目", None, False),
    ("r73d-zh-tibet-fossil-neg", "https://www.chinadaily.com.cn/a/202612/07/73112.html",
     "科学家在西藏发现新的翼龙化石", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r73d-kk-fmd-vaccine-rel", "https://www.inform.kz/kz/73113",
     "Қазақ ұлттық аграрлық зерттеу университеті мен Ланьчжоу ветеринария институты аусылды бірге зерттейді", None, True),
    ("r73d-kk-quantum-lab-rel", "https://kaz.tengrinews.kz/73114/",
     "Әл-Фараби атындағы ҚазҰУ-да қытайлық әріптестермен бірге кванттық зертхана ашылды",
     "Зертхана кванттық есептеулер мен байланысты зерттейді.", True),
    ("r73d-kk-robot-import-neg", "https://kaz.nur.kz/73115/",
     "Қытайдан өнеркәсіптік роботтар импорты екі есе өсті", None, False),
    ("r73d-kk-snow-leopards-alone-neg", "https://www.inform.kz/kz/73116",
     "Іле Алатауында қар барыстарының саны артты", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r73d-ky-weather-stations-rel", "https://kabar.kg/kg/news/73117/",
     "Кытай Кыргызстанга тоолуу аймактар үчүн автоматтык метеостанцияларды орнотууга жардам берет", None, True),
    ("r73d-ky-herbal-medicine-rel", "https://24.kg/kyrgyzcha/73118/",
     "Кытайлык фармакологдор Ысык-Көлдүн дары чөптөрүн кыргыз кесиптештери менен изилдейт", None, True),
    ("r73d-ky-gold-mine-neg", "https://kaktus.media/kg/doc/73119.html",
     "Кытай компаниясы Таластагы алтын кенин иштетүүгө лицензия алды", None, False),
    ("r73d-ky-quake-alone-neg", "https://kabar.kg/kg/news/73120/",
     "Жалал-Абад облусунда 4,8 баллдык жер титирөө катталды", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r73d-uz-cotton-breeding-rel", "https://kun.uz/news/2026/12/07/73121",
     "Andijon seleksionerlari xitoylik hamkasblari bilan tezpishar g‘o‘za navini chiqardi", None, True),
    ("r73d-uz-khiva-restoration-rel", "https://www.gazeta.uz/uz/2026/12/07/73122/",
     "Xitoy restavratorlari Xivadagi Ichan qal’a yodgorliklarini ta’mirlashda ishtirok etadi", None, True),
    ("r73d-uz-solar-station-neg", "https://daryo.uz/2026/12/07/73123",
     "Xitoy kompaniyasi Namangan viloyatida quyosh elektr stansiyasini qurib bitkazdi", None, False),
    ("r73d-uz-wheat-variety-alone-neg", "https://kun.uz/news/2026/12/07/73124",
     "Qashqadaryolik olimlar qurg‘oqchilikka chidamli bug‘doy navini yaratdi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r73d-uzc-hydrogen-research-rel", "https://uza.uz/uz/posts/73125",
     "Хитойлик ва ўзбекистонлик кимёгарлар яшил водород олишнинг арзон усулини ишлаб чиқмоқда", None, True),
    ("r73d-uzc-robotics-lab-rel", "https://kun.uz/kr/news/2026/12/07/73126",
     "Тошкент давлат техника университетида Хитой билан ҳамкорликда робототехника лабораторияси очилди",
     "Лаборатория жиҳозлари Харбин техника институти мутахассислари томонидан ўрнатилди.", True),
    ("r73d-uzc-drip-import-neg", "https://kun.uz/kr/news/2026/12/07/73127",
     "Хитойдан томчилатиб суғориш ускуналари импорти кескин ошди", None, False),
    ("r73d-uzc-moon-probe-alone-neg", "https://uza.uz/uz/posts/73128",
     "Хитой Ойнинг орқа томонига янги зонд учирди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r73d-tg-solar-cells-rel", "https://khovar.tj/2026/12/73129/",
     "Физикҳои тоҷик ва чинӣ дар Душанбе элементҳои нави офтобиро месанҷанд", None, True),
    ("r73d-tg-geology-survey-rel", "https://tojnews.org/tj/news/73130",
     "Геологҳои Чин ва Тоҷикистон сохтори геологии Помирро якҷоя меомӯзанд", None, True),
    ("r73d-tg-solar-plant-neg", "https://asiaplustj.info/tj/news/73131",
     "Нерӯгоҳи офтобии 200-мегаваттаи ширкати чинӣ дар Зафаробод ба кор даромад", None, False),
    ("r73d-tg-glacier-alone-neg", "https://khovar.tj/2026/12/73132/",
     "Пиряхи Федченко дар соли гузашта 20 метр кӯтоҳ шуд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r73d-tk-sand-control-rel", "https://turkmenportal.com/tm/blog/73133",
     "Garagum sähralarynda gum depeleriniň hereketini hytaý we türkmen ekologlary öwrenýär", None, True),
    ("r73d-tk-observatory-rel", "https://tdh.gov.tm/tk/post/73134",
     "Hytaýly astronomlar türkmen hünärmenleri bilen Köýtendagda obserwatoriýa gurmagy maslahatlaşdylar", None, True),
    ("r73d-tk-drone-purchase-neg", "https://orient.tm/tm/post/73135",
     "Türkmen daýhanlary üçin Hytaýda öndürilen dronlar getirildi", None, False),
    ("r73d-tk-weather-alone-neg", "https://turkmenportal.com/tm/blog/73136",
     "Aşgabatda täze awtomatik meteorologiýa stansiýasy işe girizildi", None, False),
]
