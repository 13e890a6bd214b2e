"""Round-94 probes, the HELD-OUT blind set (issue 12): written by hand with the development set, before the
rules were run on any of it (docs/classifier.md, "Round 94 of issue 12"), and measured once after the fixes,
nothing fixed from it. Same family and hard negatives as probes_r94_dev.

Per language 2 relevant items and 2 hard negatives (36), headlines only, each with a plausible outlet url.
Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R94_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r94h-en-khatlon-teachers-rel", "https://asiaplustj.info/en/news/tajikistan/society/20261210/94201",
     "Xinjiang Normal University trains Tajik teachers to teach Chinese in Khatlon schools", None, True),
    ("r94h-en-bridge-ashgabat-rel", "https://orient.tm/en/post/94202/",
     "Chinese Bridge contest final held in Ashgabat", None, True),
    ("r94h-en-ili-textbooks-neg", "https://www.ts.cn/en/2026/12/10/94203.shtml",
     "Xinjiang Education Press prints Kazakh-language textbooks for Ili schools", None, False),
    ("r94h-en-phrasebook-sales-neg", "https://www.inform.kz/en/94204",
     "Astana bookstores report surge in sales of Chinese phrasebooks", None, False),
    # ------------------------------------------------------------------ Russian
    ("r94h-ru-slovar-terminov-rel", "https://www.gazeta.uz/ru/2026/12/10/94205/",
     "Учёные Ташкента и Пекина подготовили китайско-узбекский словарь экономических терминов", None, True),
    ("r94h-ru-turkmenskii-yazyk-rel", "https://turkmenportal.com/blog/94206",
     "В Пекинском университете иностранных языков начали преподавать туркменский язык", None, True),
    ("r94h-ru-urumqi-yarmarka-neg", "https://kapital.kz/economic/94207",
     "Книжная ярмарка в Урумчи: казахстанские издательства заключили контракты на поставку книг", None, False),
    ("r94h-ru-nedelya-kino-neg", "https://kaktus.media/doc/94208.html",
     "Кинотеатры Бишкека неделю показывают фильмы из Китая", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r94h-zh-farabi-zhongwenxi-rel", "https://www.chinanews.com.cn/gj/2026/12-10/94209.shtml",
     "哈萨克斯坦阿里-法拉比国立大学开设中文系 中方派教师任教", None, True),
    ("r94h-zh-beiwai-tajik-jiaocai-rel", "https://www.ts.cn/xwzx/2026/12/10/94210.shtml",
     "北京外国语大学与塔吉克斯坦民族大学合编塔吉克语教材", None, True),
    ("r94h-zh-urumqi-shuzhan-neg", "https://www.ts.cn/xwzx/2026/12/10/94211.shtml",
     "乌鲁木齐书展 哈萨克斯坦出版商签下图书进口大单", None, False),
    ("r94h-zh-yili-hayu-xuexiao-neg", "https://www.chinanews.com.cn/sh/2026/12-10/94212.shtml",
     "伊犁州哈萨克语学校开学 新教材发放到位", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r94h-kk-bfsu-kafedra-rel", "https://egemen.kz/article/94213",
     "Бейжің шет тілдер университетінде қазақ тілі кафедрасы ашылды", None, True),
    ("r94h-kk-kopir-astana-rel", "https://www.inform.kz/kz/94214",
     "Қарағандылық студент «Қытай тілі көпірі» финалында жеңіске жетті", None, True),
    ("r94h-kk-film-aptalygy-neg", "https://baq.kz/kk/news/94215",
     "Алматыда қытай фильмдерінің апталығы басталды", None, False),
    ("r94h-kk-ile-oqulyq-neg", "https://www.inform.kz/kz/94216",
     "Іле облысының мектептерінде қазақ тілінде оқитын балалар саны өсті", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r94h-ky-kyrgyz-tili-bolumu-rel", "https://kabar.kg/kyrg/news/94217/",
     "Пекиндеги тилдер университетинде кыргыз тили бөлүмү ачылды", None, True),
    ("r94h-ky-naryn-mugalimder-rel", "https://kg.akipress.org/news:94218/",
     "Кытайлык мугалимдер Нарын мектептеринде кытай тилин окутат", None, True),
    ("r94h-ky-jarmanke-neg", "https://kabar.kg/kyrg/news/94219/",
     "Бишкектеги китеп жарманкесинде кытай басмалары китеп сатты", None, False),
    ("r94h-ky-osh-bazar-neg", "https://kg.akipress.org/news:94220/",
     "Ош базарында кытайча сүйлөшмө китептер жакшы сатылууда", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r94h-uz-lugat-olimlar-rel", "https://kun.uz/news/2026/12/10/94221",
     "Xitoy va O'zbekiston olimlari o'zbekcha-xitoycha lug'at tayyorladi", None, True),
    ("r94h-uz-fargona-oqituvchilar-rel", "https://daryo.uz/2026/12/10/94222",
     "Farg'ona davlat universitetida xitoylik o'qituvchilar xitoy tilidan dars beradi", None, True),
    ("r94h-uz-film-haftaligi-neg", "https://kun.uz/news/2026/12/10/94223",
     "Toshkent kinoteatrlarida bir hafta davomida xitoy filmlari namoyish etiladi", None, False),
    ("r94h-uz-samarqand-belgilar-neg", "https://uza.uz/uz/posts/94224",
     "Xitoylik sayyohlar uchun Samarqandda xitoycha yo'l ko'rsatkichlari o'rnatildi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r94h-uzc-pekin-bolimi-rel", "https://uza.uz/oz/posts/94225",
     "Пекин хорижий тиллар университетида ўзбек тили бўлими очилди", None, True),
    ("r94h-uzc-darslik-birgalikda-rel", "https://xs.uz/uzkr/post/94226",
     "Ўзбек ва хитой олимлари биргаликда хитой тили дарслигини яратди", None, True),
    ("r94h-uzc-yarmarka-shartnoma-neg", "https://xs.uz/uzkr/post/94227",
     "Тошкент китоб ярмаркасида хитой нашриётлари савдо шартномалари имзолади", None, False),
    ("r94h-uzc-qashqar-darslik-neg", "https://uza.uz/oz/posts/94228",
     "Қашқардаги ўзбек мактабларига янги дарсликлар тарқатилди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r94h-tg-muallimon-khujand-rel", "https://khovar.tj/2026/12/94229/",
     "Ба мактабҳои Кӯлоб аз Чин ҳашт муаллими забон омаданд", None, True),
    ("r94h-tg-puli-zabon-dushanbe-rel", "https://www.sadoimardum.tj/ilm/94230/",
     "Донишҷӯи Бохтар ғолиби даври ҷумҳуриявии «Пули забони чинӣ» гардид", None, True),
    ("r94h-tg-kitobcha-turiston-neg", "https://khovar.tj/2026/12/94231/",
     "Сайёҳони чинӣ дар Душанбе китобчаҳои гуфтугӯ мехаранд", None, False),
    ("r94h-tg-maghoza-kitob-neg", "https://jumhuriyat.tj/index.php/94232",
     "Нашриёти Чин дар Душанбе мағозаи китоб кушод", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r94h-tk-kopri-jemleyji-rel", "https://orient.tm/tm/post/94233/",
     "Daşoguzly talyp «Hytaý dili köprüsi» ýaryşynda birinji orny eýeledi", None, True),
    ("r94h-tk-mugallymlar-mekdep-rel", "https://tdh.gov.tm/tk/post/94234/",
     "Hytaýly mugallymlar Türkmenistanyň mekdeplerinde hytaý dilini öwredýär", None, True),
    ("r94h-tk-kitap-satuw-neg", "https://orient.tm/tm/post/94235/",
     "Hytaý neşirýaty Aşgabadyň dükanlaryna on müň kitap getirdi", None, False),
    ("r94h-tk-mary-gollanma-neg", "https://tdh.gov.tm/tk/post/94236/",
     "Hytaýly syýahatçylar üçin Marynyň myhmanhanalarynda hytaý dilinde gollanmalar peýda boldu", None, False),
]
