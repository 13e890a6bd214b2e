"""Round-90 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on
any of it (docs/classifier.md, "Round 90 of issue 12"), measured once before the fixes, then used to fix
from. Family: a Chinese university's delegation visiting a Central Asian country together with another
country; national archives, libraries and manuscripts of China and a Central Asian country (digitised
manuscripts, copies of archive documents, joint catalogues, archivists' training); think tanks' joint
research and forums. Hard negatives: political summits, the same with another partner, China–Russia
only, a library's book donation, journalists' training.

Per language 2 relevant items and 2 hard negatives (36), headlines only, each with a plausible outlet url.
Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R90_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r90d-en-zju-delegation-rel", "https://www.zju.edu.cn/english/2026/1209/c90101a.htm",
     "Zhejiang University delegation visits Belarus and Uzbekistan to expand joint degree programmes", None, True),
    ("r90d-en-qing-archive-copies-rel", "https://astanatimes.com/2026/12/90102/",
     "Kazakh archivists receive digital copies of Qing-era documents from China's First Historical Archives",
     None, True),
    ("r90d-en-russia-arctic-thinktanks-neg", "https://www.globaltimes.cn/page/202612/90103.shtml",
     "Chinese and Russian think tanks meet in Moscow to discuss Arctic shipping", None, False),
    ("r90d-en-turkish-books-neg", "https://www.gazeta.uz/en/2026/12/09/90104/",
     "Uzbekistan's National Library receives 2,000 books donated by Turkish embassy", None, False),
    # ------------------------------------------------------------------ Russian
    ("r90d-ru-nisi-shanghai-rel", "https://kabar.kg/news/90105/",
     "НИСИ и Шанхайский институт международных исследований провели совместный круглый стол в Бишкеке",
     None, True),
    ("r90d-ru-xjtu-minsk-tashkent-rel", "https://russian.news.cn/20261209/90106.html",
     "Делегация Сианьского университета Цзяотун посетила Минск и Ташкент для развития совместных программ",
     None, True),
    ("r90d-ru-rosarhiv-kitai-neg", "https://ria.ru/20261209/90107.html",
     "Российские и китайские архивисты оцифруют документы о советских специалистах в КНР", None, False),
    ("r90d-ru-kz-rosarhiv-neg", "https://tengrinews.kz/kazakhstan_news/90108/",
     "Национальный архив Казахстана и Росархив договорились об обмене копиями документов", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r90d-zh-lzu-eluosi-jierjisi-rel", "https://news.lzu.edu.cn/c/202612/90109.html",
     "兰州大学代表团访问俄罗斯和吉尔吉斯斯坦 推动高校合作", None, True),
    ("r90d-zh-guotu-shougao-rel", "https://www.chinanews.com.cn/gj/2026/12-09/90110.shtml",
     "中国国家图书馆与乌兹别克斯坦国家图书馆合作数字化古代手稿", None, True),
    ("r90d-zh-sanfang-huiwu-neg", "http://www.xinhuanet.com/world/2026-12/09/c_90111.htm",
     "习近平同哈萨克斯坦总统和俄罗斯总统举行三方会晤", None, False),
    ("r90d-zh-zhonge-zhiku-neg", "https://www.chinanews.com.cn/gj/2026/12-09/90112.shtml",
     "中俄智库论坛在哈尔滨举行", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r90d-kk-kisi-cass-rel", "https://www.inform.kz/kz/90113",
     "ҚСЗИ мен Қытай қоғамдық ғылымдар академиясы бірлескен зерттеу жобасын бастады", None, True),
    ("r90d-kk-muragat-oqu-rel", "https://egemen.kz/article/90114",
     "Ұлттық архив қызметкерлері Бейжіңде цифрландыру бойынша оқудан өтті", None, True),
    ("r90d-kk-kitap-syilady-neg", "https://baq.kz/kk/news/90115",
     "Қытай елшілігі Ұлттық кітапханаға кітаптар сыйлады", None, False),
    ("r90d-kk-turkiya-muragat-neg", "https://www.inform.kz/kz/90116",
     "Қазақстан мен Түркия мұрағаттары құжат көшірмелерімен алмасады", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r90d-ky-shenzhen-mongolia-rel", "https://kg.akipress.org/news:90117/",
     "Шэньчжэнь университетинин өкүлдөрү Монголия менен Кыргызстанга сапар менен келип, студент алмашууну "
     "талкуулашты", None, True),
    ("r90d-ky-nisi-forum-rel", "https://kabar.kg/kyrg/news/90118/",
     "Улуттук стратегиялык изилдөөлөр институту кытайлык эксперттер менен илимий форум өткөрдү", None, True),
    ("r90d-ky-japarov-beijing-neg", "https://kabar.kg/kyrg/news/90119/",
     "Садыр Жапаров Кытай төрагасы менен Астанадагы саммиттин алкагында жолукту", None, False),
    ("r90d-ky-journalists-neg", "https://kg.akipress.org/news:90120/",
     "Кыргыз журналисттери Бээжинде окуудан өтүштү", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r90d-uz-arxiv-qolyozma-rel", "https://kun.uz/news/2026/12/09/90121",
     "O‘zbekiston Milliy arxivi va Xitoy davlat arxivi qo‘lyozmalarni birgalikda raqamlashtiradi", None, True),
    ("r90d-uz-isrs-cass-rel", "https://uza.uz/uz/posts/90122",
     "Strategik va mintaqalararo tadqiqotlar instituti Xitoy ijtimoiy fanlar akademiyasi bilan qo‘shma "
     "tadqiqot boshladi", None, True),
    ("r90d-uz-telefon-suhbat-neg", "https://daryo.uz/2026/12/09/90123",
     "Mirziyoyev Xitoy va Rossiya rahbarlari bilan telefon orqali suhbatlashdi", None, False),
    ("r90d-uz-koreya-kitob-neg", "https://kun.uz/news/2026/12/09/90124",
     "Alisher Navoiy nomidagi milliy kutubxonaga Koreya elchixonasi kitoblar sovg‘a qildi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r90d-uzc-nanjing-turkiya-rel", "https://uza.uz/oz/posts/90125",
     "Хитойнинг Нанкин университети вакиллари Туркия ва Ўзбекистон университетларига ташриф буюрди", None, True),
    ("r90d-uzc-qolyozma-katalog-rel", "https://xs.uz/uzkr/post/90126",
     "Самарқанд ва Сиань архившунослари қадимий қўлёзмалар каталогини биргаликда тузади", None, True),
    ("r90d-uzc-rossiya-arxiv-neg", "https://yuz.uz/uz/news/90127",
     "Ўзбекистон Миллий архиви Россия давлат архиви билан ҳужжатлар алмашинуви бўйича келишди", None, False),
    ("r90d-uzc-xitoy-rossiya-ekspert-neg", "https://xs.uz/uzkr/post/90128",
     "Хитой ва Россия экспертлари Пекинда хавфсизлик масалаларини муҳокама қилди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r90d-tg-mts-cass-rel", "https://khovar.tj/2026/12/90129/",
     "Маркази таҳқиқоти стратегӣ ва Академияи илмҳои ҷамъиятии Чин конфронси муштарак баргузор карданд",
     None, True),
    ("r90d-tg-dastkhat-raqami-rel", "https://www.sadoimardum.tj/madaniyat/90130/",
     "Китобхонаи миллии Тоҷикистон ва Китобхонаи миллии Чин дастхатҳои қадимаро рақамӣ мекунанд", None, True),
    ("r90d-tg-rahmon-si-neg", "https://khovar.tj/2026/12/90131/",
     "Эмомалӣ Раҳмон бо Си Ҷинпин дар Пекин мулоқот кард", None, False),
    ("r90d-tg-eron-boygoni-neg", "https://asiaplustj.info/tj/news/90132",
     "Бойгонии миллӣ ва бойгонии Эрон ҳуҷҷатҳо мубодила мекунанд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r90d-tk-shanghai-eyran-rel", "https://orient.tm/tm/post/90133/",
     "Hytaýyň Şanhaý uniwersitetiniň wekiliýeti Eýrana we Türkmenistana sapar bilen bardy", None, True),
    ("r90d-tk-analitik-maslahat-rel", "https://turkmenportal.com/tm/blog/90134",
     "Halkara gatnaşyklary instituty we Hytaýyň analitik merkezi bilelikde ylmy maslahat geçirdi", None, True),
    ("r90d-tk-ilciler-neg", "https://orient.tm/tm/post/90135/",
     "Türkmenistanyň Prezidenti Hytaýyň we Russiýanyň ilçilerini kabul etdi", None, False),
    ("r90d-tk-turkiye-kitap-neg", "https://turkmenportal.com/tm/blog/90136",
     "Milli kitaphana Türkiýäniň ilçihanasyndan kitap sowgat aldy", None, False),
]
