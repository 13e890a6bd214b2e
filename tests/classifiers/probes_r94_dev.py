"""Round-94 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on
any of it (docs/classifier.md, "Round 94 of issue 12"), measured once before the fixes, then used to fix
from. Family: language and education resources with both sides named (or named by the bilingual pair
itself): bilingual dictionaries, translations published in the other country, textbooks written jointly,
Chinese taught in Central Asian schools and universities, Central Asian languages taught at Chinese
universities, the Chinese Bridge held in a Central Asian country. Hard negatives: book fairs as trade, a
publisher's sales, phrasebooks sold to tourists, a Chinese film week, Xinjiang's own Kazakh- or
Uzbek-language schools, another partner's language.

Per language 2 relevant items and 2 hard negatives (36), headlines only, each with a plausible outlet url.
Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R94_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r94d-en-kazakh-chinese-dictionary-rel", "https://astanatimes.com/2026/12/94101/",
     "Kazakh–Chinese dictionary of 60,000 words presented at Eurasian National University", None, True),
    ("r94d-en-bfsu-uzbek-programme-rel", "https://www.gazeta.uz/en/2026/12/10/94102/",
     "Beijing Foreign Studies University launches Uzbek language degree with teachers from Tashkent", None, True),
    ("r94d-en-book-fair-deals-neg", "https://www.inform.kz/en/94103",
     "Chinese publishers sign $2 million in book supply deals at Almaty book fair", None, False),
    ("r94d-en-korean-centre-neg", "https://24.kg/english/94104/",
     "Korean language centre opens at Bishkek university with Seoul's support", None, False),
    # ------------------------------------------------------------------ Russian
    ("r94d-ru-kyrgyz-kitaiskii-slovar-rel", "https://kaktus.media/doc/94105.html",
     "В Бишкеке вышел кыргызско-китайский словарь на 40 тысяч слов", None, True),
    ("r94d-ru-uchitelya-dushanbe-rel", "https://asiaplustj.info/ru/news/tajikistan/society/20261210/94106",
     "Преподаватели из Синьцзяна будут вести китайский язык в школах Душанбе", None, True),
    ("r94d-ru-ili-slovar-neg", "https://tengrinews.kz/world_news/94107/",
     "Синьцзянское издательство выпустило казахско-китайский словарь для школ Илийского округа", None, False),
    ("r94d-ru-razgovorniki-turistam-neg", "https://tengrinews.kz/kazakhstan_news/94108/",
     "Туристам из Китая в алматинских отелях раздадут русско-китайские разговорники", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r94d-zh-hanji-cidian-rel", "https://www.chinanews.com.cn/gj/2026/12-10/94109.shtml",
     "《汉吉大词典》在比什凯克首发", None, True),
    ("r94d-zh-tashkent-hanyu-shifan-rel", "https://www.ts.cn/xwzx/2026/12/10/94110.shtml",
     "塔什干国立东方大学新增汉语师范专业 中方派遣十名教师", None, True),
    ("r94d-zh-xinjiang-hanha-neg", "https://www.ts.cn/xwzx/2026/12/10/94111.shtml",
     "新疆人民出版社《汉哈词典》再版 发往伊犁各中小学", None, False),
    ("r94d-zh-film-week-neg", "https://www.chinanews.com.cn/gj/2026/12-10/94112.shtml",
     "中国电影周在阿斯塔纳开幕 六部国产影片与观众见面", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r94d-kk-sozdik-beijing-rel", "https://www.inform.kz/kz/94113",
     "Қазақша-қытайша сөздік Бейжіңде таныстырылды", None, True),
    ("r94d-kk-abai-shanghai-rel", "https://egemen.kz/article/94114",
     "Абай өлеңдері қытай тіліне аударылып, Шанхайда жарық көрді", None, True),
    ("r94d-kk-kitap-kormesi-neg", "https://baq.kz/kk/news/94115",
     "Алматыдағы кітап көрмесінде қытай баспалары 500 мың долларлық келісім жасады", None, False),
    ("r94d-kk-shynzhan-mektep-neg", "https://www.inform.kz/kz/94116",
     "Шыңжаңдағы қазақ мектептеріне жаңа оқулықтар таратылды", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r94d-ky-sozduk-bishkek-rel", "https://kabar.kg/kyrg/news/94117/",
     "Кыргыз-кытай сөздүгү Бишкекте жарык көрдү", None, True),
    ("r94d-ky-hsk-osh-rel", "https://kg.akipress.org/news:94118/",
     "Ош мамлекеттик университетинде кытай тили боюнча HSK сынагы өттү", None, True),
    ("r94d-ky-kino-jumalygy-neg", "https://kabar.kg/kyrg/news/94119/",
     "Ала-Тоо кинотеатрында бир апта бою кытай фильмдери көрсөтүлөт", None, False),
    ("r94d-ky-suilosmo-turist-neg", "https://kg.akipress.org/news:94120/",
     "Кытайлык туристтер үчүн орусча-кытайча сүйлөшмө китепчелер сатыкка чыкты", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r94d-uz-darslik-samarqand-rel", "https://kun.uz/news/2026/12/10/94121",
     "Samarqand chet tillar institutida xitoy tili darsligi xitoylik olimlar bilan birga yozildi", None, True),
    ("r94d-uz-pekin-ozbek-tili-rel", "https://daryo.uz/2026/12/10/94122",
     "Pekin universitetida o'zbek tili kursi ochildi", None, True),
    ("r94d-uz-yarmarka-sotuv-neg", "https://kun.uz/news/2026/12/10/94123",
     "Toshkent kitob yarmarkasida Xitoy nashriyotlari 20 ming nusxa kitob sotdi", None, False),
    ("r94d-uz-qashqar-maktab-neg", "https://uza.uz/uz/posts/94124",
     "Qashqardagi o'zbek maktablari yangi darsliklar oldi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r94d-uzc-kuprigi-toshkent-rel", "https://uza.uz/oz/posts/94125",
     "Тошкентда ўтган «Хитой тили кўприги» беллашувида фарғоналик мактаб ўқувчиси биринчи ўринни олди", None, True),
    ("r94d-uzc-navoiy-pekin-rel", "https://xs.uz/uzkr/post/94126",
     "Алишер Навоий ғазаллари хитой тилида Пекинда нашр этилди", None, True),
    ("r94d-uzc-kino-haftaligi-neg", "https://xs.uz/uzkr/post/94127",
     "Тошкентда Хитой кино ҳафталиги очилди", None, False),
    ("r94d-uzc-sozlashgich-neg", "https://uza.uz/oz/posts/94128",
     "Хитойлик сайёҳлар учун ўзбекча-хитойча сўзлашгич дўконларда сотилмоқда", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r94d-tg-lughat-dmt-rel", "https://khovar.tj/2026/12/94129/",
     "Аввалин луғати тоҷикӣ-чинии истилоҳоти тиббӣ ба табъ расид", None, True),
    ("r94d-tg-pekin-zaboni-tojiki-rel", "https://www.sadoimardum.tj/ilm/94130/",
     "Дар Донишгоҳи забонҳои хориҷии Пекин омӯзиши забони тоҷикӣ оғоз ёфт", None, True),
    ("r94d-tg-namoishgoh-kitob-neg", "https://khovar.tj/2026/12/94131/",
     "Дар намоишгоҳи китоби Душанбе нашриётҳои Чин китоб фурӯхтанд", None, False),
    ("r94d-tg-hafta-film-neg", "https://jumhuriyat.tj/index.php/94132",
     "Ҳафтаи филми Чин дар Хуҷанд оғоз ёфт", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r94d-tk-sozluk-asgabat-rel", "https://orient.tm/tm/post/94133/",
     "Magtymguly adyndaky uniwersitetiň alymlary türkmen-hytaý sözlügini taýýarlady", None, True),
    ("r94d-tk-pekin-turkmen-dili-rel", "https://tdh.gov.tm/tk/post/94134/",
     "Pekin dil uniwersitetinde türkmen dili okadylyp başlandy", None, True),
    ("r94d-tk-film-hepdeligi-neg", "https://orient.tm/tm/post/94135/",
     "Türkmenistanyň kinoteatrlarynda hytaý filmleri görkeziler", None, False),
    ("r94d-tk-kitap-sergisi-neg", "https://tdh.gov.tm/tk/post/94136/",
     "Aşgabadyň kitap sergisinde hytaý neşirýatlary satuw şertnamalaryna gol çekdi", None, False),
]
