"""Round-74 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on
any of it (docs/classifier.md, "Round 74 of issue 12"), measured once before the fixes (the honest dev
row), then used to fix from. Family: the forms education cooperation takes in a terse headline that names
both sides: branch campuses and joint institutes, double and joint degrees, academic mobility and credit
transfer, rectors' forums and university alliances, summer and winter schools and camps, olympiads,
Chinese-language teachers and their training, textbooks and dictionaries, HSK and Chinese-language
centres, vocational colleges and Luban Workshops, master's and PhD places, postdocs, internships, alumni
associations of Chinese universities, education fairs. Hard negatives: the same forms with another
partner (Korea, Turkey, Russia, Japan, the US, India), domestic education news of one side, and culture
or sport with both sides but no education side.

Per language 2 relevant items and 2 hard negatives (36), each with a plausible outlet url. Each row:
(id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R74_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r74d-en-credit-transfer-rel", "https://www.inform.kz/en/74101",
     "Kazakh and Chinese universities agree on credit transfer for exchange students", None, True),
    ("r74d-en-alumni-association-rel", "https://24.kg/english/74102/",
     "Alumni association of Chinese universities founded in Bishkek", None, True),
    ("r74d-en-korea-double-degree-neg", "https://www.gazeta.uz/en/2026/12/07/74103/",
     "Uzbek and Korean universities launch double degree in logistics", None, False),
    ("r74d-en-guizhou-colleges-neg", "https://www.chinadaily.com.cn/a/202612/07/74104.html",
     "Guizhou opens twelve new vocational colleges for rural youth", None, False),
    # ------------------------------------------------------------------ Russian
    ("r74d-ru-osh-rectors-forum-rel", "https://kaktus.media/doc/74105.html",
     "Ошский госуниверситет принял форум ректоров китайских и кыргызских вузов", None, True),
    ("r74d-ru-khujand-hsk-centre-rel", "https://asiaplustj.info/ru/news/tajikistan/society/20261207/74106",
     "В Худжанде открылся центр сдачи экзамена HSK по китайскому языку", None, True),
    ("r74d-ru-turkey-olympiad-neg", "https://tengrinews.kz/kazakhstan_news/74107/",
     "Казахстанские школьники завоевали пять медалей на олимпиаде по математике в Турции", None, False),
    ("r74d-ru-russian-branch-neg", "https://www.gazeta.uz/ru/2026/12/07/74108/",
     "В Ташкенте откроется филиал российского вуза по подготовке инженеров-энергетиков", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r74d-zh-consortium-rectors-rel", "http://www.xinhuanet.com/world/2026-12/07/c_74109.htm",
     "中国—中亚高校联盟在西安举办校长论坛", None, True),
    ("r74d-zh-kyrgyz-teachers-rel", "https://www.chinanews.com.cn/gj/2026/12-07/74110.shtml",
     "吉尔吉斯斯坦中文教师来华参加暑期研修班", None, True),
    ("r74d-zh-korea-winter-camp-neg", "https://www.chinadaily.com.cn/a/202612/07/74111.html",
     "中韩高校学生冬令营在首尔开营", None, False),
    ("r74d-zh-xinjiang-enrolment-neg", "https://www.globaltimes.cn/page/202612/74112.shtml",
     "新疆职业院校今年招生规模扩大", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r74d-kk-astana-fair-rel", "https://www.inform.kz/kz/74113",
     "Қытай университеттері Астанада білім көрмесін өткізді", None, True),
    ("r74d-kk-masters-grants-rel", "https://kaz.tengrinews.kz/74114/",
     "Қазақстандық жастарға Қытай университеттерінде магистратураға 50 грант бөлінді", None, True),
    ("r74d-kk-turkey-double-diploma-neg", "https://kaz.nur.kz/74115/",
     "Түркістандағы университет Анкара университетімен қос дипломдық бағдарлама ашты", None, False),
    ("r74d-kk-culture-festival-neg", "https://www.inform.kz/kz/74116",
     "Астанада Қытай мәдениеті фестивалі өтті", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r74d-ky-knu-xinjiang-double-rel", "https://kabar.kg/kg/news/74117/",
     "Кыргыз улуттук университети жана Синьцзян университети кош диплом программасын ачты", None, True),
    ("r74d-ky-beijing-winter-camp-rel", "https://24.kg/kyrgyzcha/74118/",
     "Кыргызстандык мектеп окуучулары Пекинде кышкы лагерге катышты", None, True),
    ("r74d-ky-japan-internship-neg", "https://kaktus.media/kg/doc/74119.html",
     "Кыргызстандык студенттер Япониянын университеттеринде стажировкадан өтүшөт", None, False),
    ("r74d-ky-china-school-year-neg", "https://kabar.kg/kg/news/74120/",
     "Кытайда 200 миллион окуучу үчүн күзгү семестр башталды", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r74d-uz-tashkent-exhibition-rel", "https://kun.uz/news/2026/12/07/74121",
     "Xitoyning 40 dan ortiq universiteti Toshkentdagi ta’lim ko‘rgazmasida qatnashmoqda", None, True),
    ("r74d-uz-academic-exchange-rel", "https://www.gazeta.uz/uz/2026/12/07/74122/",
     "O‘zbek talabalari Xitoy universitetlarida akademik almashinuv dasturi bo‘yicha tahsil oladi", None, True),
    ("r74d-uz-india-joint-programmes-neg", "https://daryo.uz/2026/12/07/74123",
     "O‘zbekiston va Hindiston universitetlari qo‘shma ta’lim dasturlarini kengaytiradi", None, False),
    ("r74d-uz-cuisine-festival-neg", "https://kun.uz/news/2026/12/07/74124",
     "Samarqand ko‘chalarida Xitoy taomlari va choy festivali boshlandi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r74d-uzc-samarkand-summer-school-rel", "https://uza.uz/uz/posts/74125",
     "Самарқандда Хитой ва Ўзбекистон талабалари учун ёзги мактаб очилди", None, True),
    ("r74d-uzc-olympiad-winners-rel", "https://kun.uz/kr/news/2026/12/07/74126",
     "Хитой тилидан олимпиада ғолиби бўлган тошкентлик ўқувчилар Пекинга боради", None, True),
    ("r74d-uzc-russia-rectors-neg", "https://uza.uz/uz/posts/74127",
     "Ўзбекистон ва Россия олий таълим муассасалари ректорлари форуми бўлиб ўтди", None, False),
    ("r74d-uzc-andijan-college-neg", "https://kun.uz/kr/news/2026/12/07/74128",
     "Андижонда янги касб-ҳунар мактаби фойдаланишга топширилди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r74d-tg-kulob-language-class-rel", "https://khovar.tj/2026/12/74129/",
     "Дар Кӯлоб синфхонаи омӯзиши забони чинӣ барои 300 хонанда ба кор шурӯъ кард", None, True),
    ("r74d-tg-textbook-rel", "https://tojnews.org/tj/news/74130",
     "Аввалин китоби дарсии тоҷикӣ-чинӣ барои синфҳои ибтидоӣ аз чоп баромад", None, True),
    ("r74d-tg-us-dual-diploma-neg", "https://asiaplustj.info/tj/news/74131",
     "Донишҷӯёни Хуҷанд метавонанд дипломи дугонаи донишгоҳи амрикоиро гиранд", None, False),
    ("r74d-tg-football-friendly-neg", "https://khovar.tj/2026/12/74132/",
     "Дастаи футзали Тоҷикистон дар мусобиқаи Шанхай ҷои дуюмро гирифт", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r74d-tk-aspirantura-grant-rel", "https://turkmenportal.com/tm/blog/74133",
     "Türkmen talyplary Hytaýyň uniwersitetlerinde aspiranturada okamak üçin grant aldy", None, True),
    ("r74d-tk-language-teachers-rel", "https://tdh.gov.tm/tk/post/74134",
     "Aşgabatda hytaý dilini öwredýän mugallymlar üçin okuw maslahaty geçirildi", None, True),
    ("r74d-tk-turkey-exchange-neg", "https://turkmenportal.com/tm/blog/74135",
     "Magtymguly adyndaky uniwersitet Stambulyň uniwersiteti bilen talyp alyşmak barada ylalaşdy", None, False),
    ("r74d-tk-culture-days-neg", "https://tdh.gov.tm/tk/post/74136",
     "Aşgabatda Hytaý medeniýetiniň günleri açyldy", None, False),
]
