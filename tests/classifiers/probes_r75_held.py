"""Round-75 probes, the HELD-OUT blind set (issue 12): written by hand with the development set, before the
rules were run on either (docs/classifier.md, "Round 75 of issue 12"), measured once after the fixes and
fixed from never. Family as probes_r75_dev: hard negatives in every language (China and Central Asia in
trade, energy, transport, customs, tourism, sport, loans, plants; China's science with ASEAN or Africa;
Central Asia's with Korea, Japan, India, Turkey; 中土 = Turkey, ethnic Kazakhs in Xinjiang, "Turkic"), and
relevant look-alikes (customs officers trained, mining students taught, railway and petroleum studies).
Held-out precision is measured over ledes too: about a fifth carry a one-sentence lede.

Per language 1 relevant item and 3 hard negatives (36), each with a plausible outlet url. Each row:
(id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R75_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r75h-en-customs-training-rel", "https://asiaplustj.info/en/news/75201",
     "Tajik customs officers complete training course in Urumqi", None, True),
    ("r75h-en-galkynysh-output-neg", "https://www.turkmenistan.gov.tm/en/post/75202",
     "China and Turkmenistan agree to raise output at Galkynysh gas field", None, False),
    ("r75h-en-visa-tourists-neg", "https://kun.uz/en/news/2026/12/07/75203",
     "Chinese tourist arrivals in Uzbekistan jump after visa waiver",
     "Most visitors came to Samarkand and Bukhara on group tours.", False),
    ("r75h-en-kenya-cas-centre-neg", "https://www.chinadaily.com.cn/a/202612/07/75204.html",
     "Chinese Academy of Sciences expands research centre in Nairobi", None, False),
    # ------------------------------------------------------------------ Russian
    ("r75h-ru-osh-mining-lecturers-rel", "https://kaktus.media/doc/75205.html",
     "В Ош приехали китайские преподаватели для студентов горного факультета", None, True),
    ("r75h-ru-fourth-line-neg", "https://www.interfax.ru/business/75206",
     "Пекин и Ашхабад сверили сроки прокладки линии D газопровода Центральная Азия — Китай", None, False),
    ("r75h-ru-japan-glaciers-neg", "https://tengrinews.kz/science/75207/",
     "Учёные Казахстана и Японии изучат ледники Заилийского Алатау",
     "Экспедиция установит на ледниках автоматические метеостанции.", False),
    ("r75h-ru-copper-mine-neg", "https://www.gazeta.uz/ru/2026/12/07/75208/",
     "Китайская горнорудная компания получила лицензию на медное месторождение в Алмалыке", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r75h-zh-medical-schools-rel", "https://www.chinanews.com.cn/gj/2026/12-07/75209.shtml",
     "中塔两国医学院校签署联合培养医学人才协议", None, True),
    ("r75h-zh-turkey-ankara-neg", "http://www.xinhuanet.com/world/2026-12/07/c_75210.htm",
     "中土高校学术交流协议在安卡拉签署", None, False),
    ("r75h-zh-asean-ai-lab-neg", "https://www.chinadaily.com.cn/a/202612/07/75211.html",
     "中国与东盟共建人工智能联合实验室在南宁揭牌", None, False),
    ("r75h-zh-kazakh-aytes-neg", "https://www.ts.cn/xwzx/75212.shtml",
     "伊犁哈萨克族阿依特斯对唱比赛在伊宁举行",
     "来自各县的40多名民间歌手参加比赛。", False),
    # ------------------------------------------------------------------ Kazakh
    ("r75h-kk-railway-university-rel", "https://www.inform.kz/kz/75213",
     "Пекиннің Цзяотун университеті қазақ жастарына көлік инженериясын оқытады", None, True),
    ("r75h-kk-altynkol-freight-neg", "https://kaz.tengrinews.kz/75214/",
     "Алтынкөл бекетінде контейнер өңдеу қарқыны жылдамдады", None, False),
    ("r75h-kk-japan-grant-neg", "https://kaz.nur.kz/75215/",
     "Жапония қазақстандық ғалымдарға зерттеу гранттарын ұсынады", None, False),
    ("r75h-kk-solar-plant-neg", "https://www.inform.kz/kz/75216",
     "Қытайлық инвесторлар Түркістанда жел электр станциясының құрылысын бастады", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r75h-ky-issyk-kul-ecology-rel", "https://kabar.kg/kg/news/75217/",
     "Кытайлык окумуштуулар кыргыз илимпоздору менен Ысык-Көлдүн экологиясын изилдешет", None, True),
    ("r75h-ky-buses-neg", "https://24.kg/kyrgyzcha/75218/",
     "Бишкек мэриясы Кытайдан 200 электробус сатып алат", None, False),
    ("r75h-ky-asian-games-neg", "https://kabar.kg/kg/news/75219/",
     "Кыргыз балбандары Кытайдагы Азия чемпионатында эки медаль утушту", None, False),
    ("r75h-ky-india-medicine-neg", "https://kaktus.media/kg/doc/75220.html",
     "Индия Ош мамлекеттик университетине медицина лабораториясын тартуулады", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r75h-uz-beijing-grants-rel", "https://kun.uz/news/2026/12/07/75221",
     "Pekindagi tillar va madaniyat universitetiga 50 nafar o‘zbekistonlik yosh qabul qilindi", None, True),
    ("r75h-uz-car-plant-neg", "https://daryo.uz/2026/12/07/75222",
     "BYD Jizzax korxonasi yangi elektromobil modelini chiqara boshladi", None, False),
    ("r75h-uz-korea-exchange-neg", "https://www.gazeta.uz/uz/2026/12/07/75223/",
     "Koreya va O‘zbekiston oliygohlari talabalar almashinuvini kengaytiradi", None, False),
    ("r75h-uz-fruit-exports-neg", "https://kun.uz/news/2026/12/07/75236",
     "O‘zbekiston Xitoyga meva va sabzavot eksportini ikki baravar oshirdi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r75h-uzc-railway-trainers-rel", "https://uza.uz/uz/posts/75224",
     "Тошкентда хитойлик мутахассислар темирйўлчиларни ўқитадиган марказ очилди", None, True),
    ("r75h-uzc-customs-queue-neg", "https://kun.uz/kr/news/2026/12/07/75225",
     "Ўзбекистон ва Хитой божхоначилари чегарадаги навбатни қисқартиришди", None, False),
    ("r75h-uzc-turkic-universities-neg", "https://xabar.uz/uz/75226",
     "Туркий давлатлар университетлари иттифоқи Самарқандда йиғилди", None, False),
    ("r75h-uzc-china-tourists-neg", "https://uza.uz/uz/posts/75227",
     "Хитойлик сайёҳлар учун Бухорода янги меҳмонхона очилди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r75h-tg-petroleum-university-rel", "https://khovar.tj/2026/12/75228/",
     "Ҷавонони тоҷик дар Донишгоҳи нафти Пекин ихтисоси пармакуниро меомӯзанд", None, True),
    ("r75h-tg-road-loan-neg", "https://asiaplustj.info/tj/news/75229",
     "Бонки содиротиву воридотии Чин барои роҳи Душанбе–Чаноқ маблағ ҷудо мекунад", None, False),
    ("r75h-tg-india-memorandum-neg", "https://tojnews.org/tj/news/75230",
     "Донишгоҳи тиббии Тоҷикистон бо як донишгоҳи Ҳиндустон созишномаи мубодилаи донишҷӯён баст", None, False),
    ("r75h-tg-gold-mine-neg", "https://khovar.tj/2026/12/75231/",
     "Ширкати чинӣ дар Панҷакент кони тиллоро азхуд мекунад",
     "Корхона барои 800 нафар ҷои кор фароҳам меорад.", False),
    # ------------------------------------------------------------------ Turkmen
    ("r75h-tk-railway-speciality-rel", "https://turkmenportal.com/tm/blog/75232",
     "Türkmen ýaşlary Hytaýyň Lanzhou Jiaotong uniwersitetinde wagon abatlaýyş hünärine okaýar", None, True),
    ("r75h-tk-football-neg", "https://tdh.gov.tm/tk/post/75233",
     "Türkmenistanyň we Hytaýyň futbol ýygyndylary Aşgabatda duşuşar", None, False),
    ("r75h-tk-dust-storms-neg", "https://turkmenportal.com/tm/blog/75234",
     "Hytaýyň alymlary Merkezi Aziýadan gelýän tozan tupanlaryny öwrenýär", None, False),
    ("r75h-tk-korea-scholarships-neg", "https://tdh.gov.tm/tk/post/75235",
     "Koreýa Respublikasy türkmen talyplaryna okuw haklary üçin grant berýär", None, False),
]
