"""Round-61 probes, the HELD-OUT blind set (issue 12): written by hand with ``probes_r61_dev.py``, before
the rules were run on any of it, and measured ONCE, only when the round's fixes were done
(docs/classifier.md, "Round 61 of issue 12"): the honest figure of the round's rules on unseen items of
its families, in other situations and words than the dev set. Hard negatives: a consulate's or an
embassy's reception, a national-day or independence-day celebration, a New Year party, an open day, a
friendship evening, a banquet, a festival of cuisine, where teachers, students or schoolchildren are only
guests, performers or the venue. Relevant look-alikes: a reception where a university agreement or a
scholarship is announced, a language contest's award ceremony, a Confucius Institute's anniversary with a
new programme, a joint centre's open day for researchers.

Per language 3 hard negatives and 1 relevant look-alike. Each row: (id, url, headline, lede or None,
relevant).
"""

from __future__ import annotations

PROBES_R61_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r61h-en-independence-reception-neg", "https://kazinform.kz/en/news/93817",
     "Kazakh consulate in Urumqi throws Independence Day reception for diplomats and friends",
     "Kazakh students of Xinjiang University sang folk songs for the guests.", False),
    ("r61h-en-friendship-evening-neg", "https://24.kg/english/93817/",
     "Kyrgyz and Chinese schoolchildren meet at friendship evening hosted by Chinese embassy", None, False),
    ("r61h-en-banquet-neg", "https://turkmenportal.com/en/news/93817",
     "Chinese ambassador hosts banquet in Ashgabat to mark Spring Festival",
     "Teachers of the Chinese language and Turkmen students who studied in China joined the celebration.", False),
    ("r61h-en-agreement-at-reception-rel", "https://uzdaily.com/en/post/93817",
     "Uzbek and Chinese universities sign exchange agreement at embassy reception in Beijing", None, True),
    # ------------------------------------------------------------------ Russian
    ("r61h-ru-den-nezavisimosti-neg", "https://24.kg/obschestvo/93817/",
     "Посольство Кыргызстана в Пекине отметило День независимости праздничным приемом",
     "Для гостей выступили кыргызские студенты, обучающиеся в китайских вузах.", False),
    ("r61h-ru-novogodniy-utrennik-neg", "https://kaztag.kz/ru/news/93817",
     "Школьники Алматы побывали на новогоднем празднике в генконсульстве Китая", None, False),
    ("r61h-ru-festival-kuhni-neg", "https://news.tj/ru/news/93817",
     "В Душанбе прошел фестиваль китайской кухни с участием учащихся Института Конфуция", None, False),
    ("r61h-ru-institut-konfuciya-programma-rel", "https://kaztag.kz/ru/news/93818",
     "Институт Конфуция ЕНУ к юбилею запустил магистерскую программу по китаеведению совместно с вузом КНР",
     None, True),
    # ------------------------------------------------------------------ Chinese
    ("r61h-zh-zonglingguan-xinchun-neg", "http://almaty.china-consulate.gov.cn/zlgxw/93817.htm",
     "驻阿拉木图总领馆举办新春招待会",
     "中资企业代表、孔子学院教师和中国留学生共300余人出席。", False),
    ("r61h-zh-dushi-fangwen-neg", "http://www.chinanews.com.cn/hr/93817.shtml",
     "北京中学生走进吉尔吉斯斯坦驻华使馆 感受诺鲁孜节", None, False),
    ("r61h-zh-guoqing-yinyuehui-neg", "http://tm.china-embassy.gov.cn/sgxw/93817.htm",
     "驻土库曼斯坦使馆举办庆祝国庆音乐招待会 当地大学生演唱中文歌曲", None, False),
    ("r61h-zh-zhongxin-kaifang-rel", "http://www.cas.cn/hzjl/93817.shtml",
     "中国—塔吉克斯坦联合研究中心举办开放日 两国科研人员交流水资源研究成果", None, True),
    # ------------------------------------------------------------------ Kazakh
    ("r61h-kk-tauelsizdik-neg", "https://egemen.kz/article/93817",
     "Қазақстанның Үрімжідегі бас консулдығы Тәуелсіздік күніне орай салтанатты қабылдау берді",
     "Кешке Шыңжаң университетінде оқитын қазақстандық студенттер қатысты.", False),
    ("r61h-kk-dostyq-keshi-neg", "https://kazinform.kz/kz/news/93817",
     "Алматыда қазақ-қытай достық кеші өтті: мектеп оқушылары би биледі", None, False),
    ("r61h-kk-as-mazirlik-neg", "https://abai.kz/post/93817",
     "Қытай бас консулдығы Көктем мерекесі қарсаңында ас-мәзірлік кеш ұйымдастырды", None, False),
    ("r61h-kk-bayqau-marapattau-rel", "https://kazinform.kz/kz/news/93818",
     "«Хань тілі көпірі» байқауының жеңімпаздары марапатталып, Қытайда оқуға жолдама алды", None, True),
    # ------------------------------------------------------------------ Kyrgyz
    ("r61h-ky-kabyl-aluu-neg", "https://kabar.kg/kg/news/93817/",
     "Кыргызстандын Бээжиндеги элчилиги Эгемендүүлүк күнүнө карата салтанаттуу кабыл алуу өткөрдү",
     "Кытай жогорку окуу жайларында окуган кыргыз студенттери концерт коюшту.", False),
    ("r61h-ky-mektep-okuuchular-neg", "https://kg.akipress.org/news/93817",
     "Ош шаарынын мектеп окуучулары Кытай консулдугунда Жаңы жылды тосушту", None, False),
    ("r61h-ky-dostuk-kechesi-neg", "https://kyrgyztuusu.kg/news/93817",
     "Бишкекте кыргыз-кытай достук кечеси өттү, анда Конфуций институтунун студенттери ырдашты", None, False),
    ("r61h-ky-borbor-achyk-rel", "https://kabar.kg/kg/news/93818/",
     "Кыргыз-кытай биргелешкен илимий борбору изилдөөчүлөр үчүн ачык эшик күнүн өткөрдү", None, True),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r61h-uz-mustaqillik-neg", "https://daryo.uz/2026/93817",
     "O‘zbekistonning Pekindagi elchixonasida Mustaqillik kuni munosabati bilan tantanali qabul bo‘ldi",
     "Tadbirda Xitoy oliygohlarida o‘qiyotgan o‘zbek talabalari raqs ijro etdi.", False),
    ("r61h-uz-dostlik-kechasi-neg", "https://kun.uz/news/2026/93817",
     "Samarqandda o‘zbek-xitoy do‘stlik kechasi o‘tdi: maktab o‘quvchilari qo‘shiq aytdi", None, False),
    ("r61h-uz-yangi-yil-neg", "https://gazeta.uz/uz/2026/93817",
     "Xitoy konsulligi Yangi yil bayrami munosabati bilan ziyofat berdi", None, False),
    ("r61h-uz-konfutsiy-dastur-rel", "https://uza.uz/uz/posts/93818",
     "Toshkentdagi Konfutsiy instituti yubileyida xitoy tili o‘qituvchilari uchun yangi malaka oshirish dasturi ochildi",
     None, True),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r61h-uzc-kabul-neg", "https://xs.uz/uz/post/93817",
     "Хитой элчиси Тошкентда Хитой Халқ Республикаси ташкил топганининг йиллигига бағишланган қабул берди",
     "Қабулда олий ўқув юртлари ўқитувчилари ва талабалари ҳам бўлди.", False),
    ("r61h-uzc-dostlik-oqshomi-neg", "https://xalqsozi.uz/uz/news/93817",
     "Бухорода ўзбек-хитой дўстлик оқшоми: мактаб ўқувчилари хитой рақсларини ижро этди", None, False),
    ("r61h-uzc-taomlar-neg", "https://dunyo.info/uz/news/93817",
     "Хитой консуллиги Наврўз байрамида талабаларни ўзбек ва хитой таомлари билан сийлади", None, False),
    ("r61h-uzc-tanlov-rel", "https://uza.uz/oz/posts/93818",
     "«Хитой тили кўприги» танлови ғолиблари тақдирланди ва Хитойда ўқиш учун стипендия олди", None, True),
    # ------------------------------------------------------------------ Tajik
    ("r61h-tg-qabul-neg", "https://khovar.tj/2026/93817/",
     "Консулгарии генералии Чин дар Хуҷанд ба ифтихори Соли нав қабули расмӣ баргузор кард",
     "Дар қабул муаллимони забони чинӣ ва донишҷӯён иштирок карданд.", False),
    ("r61h-tg-shomi-dusti-neg", "https://asiaplustj.info/tj/news/93817",
     "Дар Душанбе шоми дӯстии тоҷику чинӣ баргузор шуд: хонандагони мактаб рақс карданд", None, False),
    ("r61h-tg-ruzi-istiqlol-neg", "https://jumhuriyat.tj/2026/93817/",
     "Донишҷӯёни тоҷик дар Пекин Рӯзи Истиқлолро бо консерти бузург ҷашн гирифтанд", None, False),
    ("r61h-tg-markaz-ruzi-kushod-rel", "https://khovar.tj/2026/93818/",
     "Маркази муштараки илмии Тоҷикистону Чин барои олимони ҷавон рӯзи дари кушод гузаронд", None, True),
    # ------------------------------------------------------------------ Turkmen
    ("r61h-tk-garassyzlyk-neg", "https://orient.tm/tm/post/93817",
     "Türkmenistanyň Pekindäki ilçihanasy Garaşsyzlyk güni mynasybetli kabul edişlik gurady",
     "Pekiniň uniwersitetlerinde bilim alýan ýaşlar milli aýdymlary ýerine ýetirdiler.", False),
    ("r61h-tk-dostluk-agsamy-neg", "https://turkmenportal.com/tm/news/93817",
     "Aşgabatda türkmen-hytaý dostluk agşamy geçirildi, mekdep okuwçylary tans etdiler", None, False),
    ("r61h-tk-nahar-neg", "https://turkmenistan.gov.tm/tm/post/93817",
     "Hytaýyň ilçisi Bahar baýramy mynasybetli talyplar üçin baýramçylyk naharyny berdi", None, False),
    ("r61h-tk-baslesik-rel", "https://orient.tm/tm/post/93818",
     "«Hytaý dili köprüsi» bäsleşiginiň ýeňijileri sylaglandy we Hytaýda okamak üçin grant aldy", None, True),
]
