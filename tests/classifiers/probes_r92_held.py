"""Round-92 probes, the HELD-OUT blind set (issue 12): written with the development set, before the rules
were run on either, and measured ONCE after the fixes (nothing fixed from it). Same family and shape as
probes_r92_dev: per language 1 relevant item and 3 hard negatives (36), headlines only.
Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R92_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r92h-en-seismic-fergana-rel", "https://www.gazeta.uz/en/2026/12/10/92201/",
     "Uzbek and Chinese seismologists install joint quake monitoring stations in Fergana valley", None, True),
    ("r92h-en-football-kunming-neg", "https://www.inform.kz/en/92202",
     "Kazakhstan national football team holds winter training camp in Kunming", None, False),
    ("r92h-en-cement-staff-neg", "https://24.kg/english/92203/",
     "Chinese company trains Kyrgyz staff at its cement plant near Bishkek", None, False),
    ("r92h-en-pakistan-pact-neg", "https://www.timesca.com/92204/",
     "China and Pakistan sign science and technology pact in Islamabad", None, False),
    # ------------------------------------------------------------------ Russian
    ("r92h-ru-katalizatory-rel", "https://tengrinews.kz/kazakhstan_news/92205/",
     "Казахстанские и китайские химики разработают катализаторы для переработки нефти", None, True),
    ("r92h-ru-press-tur-neg", "https://www.gazeta.uz/ru/2026/12/10/92206/",
     "Китайские журналисты прибыли в Ташкент в рамках пресс-тура", None, False),
    ("r92h-ru-koreya-nauka-neg", "https://kapital.kz/economic/92207/",
     "Казахстан и Южная Корея подписали соглашение о научно-техническом сотрудничестве", None, False),
    ("r92h-ru-kuhnya-knu-neg", "https://kaktus.media/doc/92208.html",
     "В Кыргызском национальном университете прошел фестиваль китайской кухни", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r92h-zh-xianhai-yaogan-rel", "https://www.xinhuanet.com/tech/20261210/92209.htm",
     "新疆大学学者与阿里-法拉比哈萨克国立大学同行开展咸海沙尘遥感研究", None, True),
    ("r92h-zh-wenhuazhou-neg", "https://www.chinanews.com.cn/cul/2026/12-10/92210.shtml",
     "吉尔吉斯斯坦文化周在北京语言大学开幕", None, False),
    ("r92h-zh-huxiji-neg", "https://world.people.com.cn/n1/2026/1210/c92211.html",
     "中国驻土库曼斯坦使馆向阿什哈巴德儿童医院移交一批呼吸机", None, False),
    ("r92h-zh-fenghui-shengming-neg", "https://www.xinhuanet.com/politics/20261210/92212.htm",
     "中国—中亚峰会发表联合声明 涵盖经贸、能源、教育、人文等领域", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r92h-kk-zhi-magistratura-rel", "https://kaz.inform.kz/kz/92213",
     "Қазақстан мен Қытай университеттері жасанды интеллект бойынша бірлескен магистратура ашады", None, True),
    ("r92h-kk-zhurnalister-neg", "https://egemen.kz/article/92214",
     "Қазақ журналистері Бейжіңде біліктілік арттыру курсынан өтті", None, False),
    ("r92h-kk-zharmenke-neg", "https://kaz.tengrinews.kz/kazakhstan_news/92215/",
     "«Жібек жолы инновациялары» атты халықаралық жәрмеңкеге Қытайдың 200 компаниясы қатысуда", None, False),
    ("r92h-kk-mektep-shymkent-neg", "https://egemen.kz/article/92216",
     "Қытай компаниясы Шымкентте жаңа мектеп салады", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r92h-ky-buudai-sorty-rel", "https://kabar.kg/kg/news/92217/",
     "Кытайлык жана кыргыз агрономдору Чүйдө буудайдын жаңы сортун сынашат", None, True),
    ("r92h-ky-madaniyat-kunduru-neg", "https://www.azattyk.org/a/92218.html",
     "Шинжаң университетинде кыргыз маданият күндөрү өттү", None, False),
    ("r92h-ky-kitep-tartuu-neg", "https://kg.akipress.org/news:92219/",
     "Кытай Кыргызстандын мектептерине беш миң китеп тартуулады", None, False),
    ("r92h-ky-pakistan-neg", "https://kabar.kg/kg/news/92220/",
     "Кытай менен Пакистан илимий кызматташтык боюнча келишимге кол коюшту", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r92h-uz-qoshma-magistratura-rel", "https://daryo.uz/2026/12/10/92221",
     "Toshkent va Shanxay universitetlari qo'shma magistratura dasturini boshladi", None, True),
    ("r92h-uz-elchi-kutubxona-neg", "https://uza.uz/oz/posts/92222",
     "Xitoy elchisi Alisher Navoiy nomidagi Milliy kutubxonaga tashrif buyurdi", None, False),
    ("r92h-uz-sportchilar-yigin-neg", "https://kun.uz/92223",
     "O'zbek kurashchilari Xitoyda o'quv-mashg'ulot yig'inida", None, False),
    ("r92h-uz-xodimlar-malaka-neg", "https://daryo.uz/2026/12/10/92224",
     "Xitoy kompaniyasi o'zbek xodimlari uchun malaka oshirish kursini tashkil etdi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r92h-uzc-goza-genomi-rel", "https://uza.uz/uz/posts/92225",
     "Ўзбек ва хитой генетиклари ғўза геномини биргаликда ўрганади", None, True),
    ("r92h-uzc-media-tur-neg", "https://xs.uz/uz/post/92226",
     "Хитой журналистлари медиа-тур доирасида Тошкентга келди", None, False),
    ("r92h-uzc-biznes-forum-neg", "https://uza.uz/uz/posts/92227",
     "Гуанчжоулик тадбиркорлар Наманганда IT ва инновациялар бизнес-форумида шартномалар тузди", None, False),
    ("r92h-uzc-kasalxona-neg", "https://xs.uz/uz/post/92228",
     "Хитой компанияси Андижонда касалхона қуради", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r92h-tg-litiy-pomir-rel", "https://khovar.tj/92229/",
     "Геологҳои Академияи миллии илмҳо ва ҳамкорони Ланчжоуи онҳо захираҳои литийи Помирро "
     "арзёбӣ мекунанд", None, True),
    ("r92h-tg-ruzhoi-farhang-neg", "https://sadoimardum.tj/92230/",
     "Рӯзҳои фарҳанги Чин дар Донишгоҳи давлатии Хуҷанд баргузор шуданд", None, False),
    ("r92h-tg-mashinho-kulob-neg", "https://asiaplustj.info/tj/news/92231",
     "Сафорати Чин ба беморхонаи вилоятии Кӯлоб мошинҳои ёрии таъҷилӣ супурд", None, False),
    ("r92h-tg-varzishgaron-neg", "https://khovar.tj/92232/",
     "Варзишгарони тоҷик дар Чин дар лагери тамринӣ омодагӣ мебинанд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r92h-tk-magistratura-rel", "https://turkmenportal.com/tm/blog/92233",
     "Türkmen we hytaý uniwersitetleri bilelikdäki magistratura maksatnamasyny açýar", None, True),
    ("r92h-tk-ilci-kitaphana-neg", "https://orient.tm/tm/post/92234/",
     "Hytaýyň ilçisi Türkmenistanyň Milli kitaphanasyna baryp gördi", None, False),
    ("r92h-tk-zhurnalistler-okuw-neg", "https://tdh.gov.tm/tk/post/92235/",
     "Türkmen žurnalistleri Hytaýda okuw maslahatyna gatnaşdylar", None, False),
    ("r92h-tk-mekdep-shertnama-neg", "https://turkmenportal.com/tm/blog/92236",
     "Hytaý kompaniýasy Aşgabatda mekdep gurmak üçin şertnama baglaşdy", None, False),
]
