"""Headline probes: a headline alone, in every language and script, relevant or a hard negative.

Written from how the field's outlets word their headlines (agency wires, university press
offices, ministries; Kazinform, UzA, Kabar, Khovar, TDH, Xinhua, university news pages), not
from the dev set. Each: (id, headline, relevant).

The second round (``r2-``) was written for the implied side, the gazetteer's new names and the
vocabulary of round 2 (docs/classifier.md, "Implied side"), after reading how real outlets
phrase these stories (Kazinform, UzA, gov.uz, Dunyo, Sputnik Uzbekistan, university news pages
of nuu.uz, uzswlu.uz, fdu.uz, aiu.edu.kz, vku.edu.kz, manas.edu.kg, open.kg, vb.kg, khovar.tj,
mts.tj, orient.tm, turkmenportal, atavatan-turkmenistan, xjtu.edu.cn): some are their headlines
as printed, most are written in their manner; none is an item of classifiers/eval. A
``tests/classifiers/test_cases.py`` check keeps them apart from the dev set.
"""

from __future__ import annotations

HEADLINES: list[tuple[str, str, bool]] = [
    # --- English ------------------------------------------------------------
    ("en-joint-lab", "Uzbekistan and China launch joint laboratory", True),
    ("en-kaznu-tsinghua", "KazNU and Tsinghua University sign a memorandum", True),
    ("en-shakarim-xian", "Shakarim Cultural Research Center unveiled at China's Xi'an Jiaotong University", True),
    ("en-scholarships", "China to grant 200 scholarships to Kyrgyz students", True),
    ("en-luban", "Luban Workshop opens in Dushanbe", True),
    ("en-confucius", "Confucius Institute in Tashkent marks 20 years", True),
    ("en-turkmen-students", "Turkmen students start studies at Chinese universities", True),
    ("en-sino-kazakh-uni", "Sino-Kazakh university alliance holds first forum", True),
    ("en-ca-china-education", "China–Central Asia education ministers meet in Xi'an", True),
    ("en-glacier", "Chinese and Tajik scientists study Pamir glaciers", True),
    ("en-neg-trade", "Kazakhstan and China trade turnover hits record", False),
    ("en-neg-pipeline", "China and Turkmenistan agree on new gas pipeline line", False),
    ("en-neg-visa", "Uzbekistan extends visa-free regime for Chinese citizens", False),
    ("en-neg-football", "Kyrgyzstan beat China in Asian Cup qualifier", False),
    ("en-neg-korea", "Korean university opens branch in Tashkent", False),
    ("en-neg-asean", "China and ASEAN universities sign research pact", False),
    ("en-neg-railway", "China-Kyrgyzstan-Uzbekistan railway construction begins", False),
    # --- Russian ------------------------------------------------------------
    ("ru-lab", "Университеты Казахстана и Китая открыли совместную лабораторию", True),
    ("ru-scholarships", "Китай выделил стипендии студентам из Таджикистана", True),
    ("ru-ca-students", "Студенты из Центральной Азии будут учиться в китайских вузах", True),
    ("ru-kaznu", "В Казахском национальном университете открылся центр китайского языка", True),
    ("ru-academy", "Академия наук Узбекистана и Китайская академия наук подписали соглашение", True),
    ("ru-kg-cn-scientists", "Кыргызские и китайские ученые изучат ледники Тянь-Шаня", True),
    ("ru-luban", "В Ташкенте открылась мастерская Лубань", True),
    ("ru-tm-exchange", "Туркменистан и Китай расширяют обмен студентами", True),
    ("ru-neg-trade", "Товарооборот Казахстана и Китая вырос на 20%", False),
    ("ru-neg-gas", "Китай и Туркменистан обсудили поставки газа", False),
    ("ru-neg-russia", "Россия и Казахстан создадут центр ядерных исследований", False),
    ("ru-neg-football", "Сборная Узбекистана обыграла Китай", False),
    ("ru-neg-visa", "Казахстан и Китай ввели безвизовый режим", False),
    # --- Chinese ------------------------------------------------------------
    ("zh-zhongji", "中吉教育合作", True),
    ("zh-zhongtu", "中土两国大学签署合作备忘录", True),
    ("zh-zhongha-lab", "中哈联合实验室在阿拉木图揭牌", True),
    ("zh-lzu-kaznu", "兰州大学与哈萨克斯坦国立大学签署合作协议", True),
    ("zh-scholarship", "乌兹别克斯坦学生获中国政府奖学金", True),
    ("zh-luban-tj", "塔吉克斯坦鲁班工坊揭牌", True),
    ("zh-ca-universities", "中国—中亚高校联盟成立", True),
    ("zh-zhongwu-agri", "中乌农业科技合作示范园建成", True),
    ("zh-neg-trade", "中哈贸易额创历史新高", False),
    ("zh-neg-railway", "中吉乌铁路项目正式开工", False),
    ("zh-neg-pipeline", "中亚天然气管道累计输气突破5000亿立方米", False),
    ("zh-neg-ukraine", "中乌两国外长通电话 讨论乌克兰局势", False),
    ("zh-neg-africa", "中非科技创新合作论坛在武汉举行", False),
    # --- Kazakh (Cyrillic, Latin) -------------------------------------------
    ("kk-kaznu-lanzhou", "ҚазҰУ-да Ланчжоу университетінің өкілдерімен кездесу өтті", True),
    ("kk-lab", "Қазақстан мен Қытай ғалымдары бірлескен зертхана ашты", True),
    ("kk-grants", "Қытай қазақстандық студенттерге грант бөлді", True),
    ("kk-ca-universities", "Орталық Азия мен Қытай университеттері одақ құрды", True),
    ("kk-latn-lab", "Qazaqstan men Qytai ǵalymdary birlesken zerthana ashty", True),
    ("kk-neg-trade", "Қазақстан мен Қытай арасындағы тауар айналымы өсті", False),
    ("kk-neg-rail", "Қытайға жүк тасымалы артты: теміржол", False),
    # --- Uzbek (Latin, Cyrillic) --------------------------------------------
    ("uz-latn-lab", "O‘zbekiston va Xitoy olimlari qo‘shma laboratoriya ochdi", True),
    ("uz-latn-students", "Xitoy universitetlarida o‘zbekistonlik talabalar soni ortdi", True),
    ("uz-latn-2023", "Ōzbekiston va Xitoy universitetlari hamkorlik memorandumini imzoladi", True),
    ("uz-cyrl-centre", "Ўзбекистон ва Хитой олимлари қўшма тадқиқот марказини очди", True),
    ("uz-cyrl-exchange", "Ўзбекистон ва Хитой олий таълим муассасалари ўртасида академик алмашинув кенгаяди", True),
    ("uz-latn-neg-trade", "O‘zbekiston va Xitoy o‘rtasidagi savdo hajmi oshdi", False),
    ("uz-cyrl-neg-football", "Ўзбекистон терма жамоаси Хитойни мағлуб этди", False),
    # --- Kyrgyz ---------------------------------------------------------------
    ("ky-lab", "Кыргызстан менен Кытай университеттери биргелешкен лаборатория ачты", True),
    ("ky-students", "Кытайда окуган кыргызстандык студенттерге стипендия берилет", True),
    ("ky-neg-trade", "Кыргызстан менен Кытайдын соода жүгүртүүсү өстү", False),
    # --- Tajik ----------------------------------------------------------------
    ("tg-universities", "Донишгоҳҳои Тоҷикистон ва Чин созишномаи ҳамкорӣ имзо карданд", True),
    ("tg-students", "Донишҷӯёни тоҷик дар донишгоҳҳои Чин таҳсил мекунанд", True),
    ("tg-neg-energy", "Тоҷикистон ва Чин дар соҳаи энергетика ҳамкорӣ мекунанд", False),
    # --- Turkmen --------------------------------------------------------------
    ("tk-universities", "Türkmenistanyň we Hytaýyň uniwersitetleri hyzmatdaşlyk etmek barada ylalaşdy", True),
    ("tk-students", "Türkmen talyplary Hytaýyň ýokary okuw mekdeplerinde bilim alýarlar", True),
    ("tk-neg-gas", "Türkmenistan Hytaýa tebigy gaz iberişini artdyrdy", False),
    # --- round 2 (r2): implied side, gazetteer and vocabulary gaps, real outlets' phrasing ---
    # English
    ("r2-en-chinese-depts", "Chinese language departments to open at leading Kazakh universities", True),
    ("r2-en-coop-abbrev", "Sino-Kazakhstan education coop sees milestone progress", True),
    ("r2-en-hk-scholarships", "Hong Kong to offer Kazakhstan scholarships", True),
    ("r2-en-china-center", "China Center unveiled in Uzbekistan", True),
    ("r2-en-pinyin-university", "A memorandum signing ceremony between UzSWLU and Liaodong University was organized", True),
    ("r2-en-huaqiao", "Huaqiao University and a Tashkent university discuss student exchange", True),
    ("r2-en-cityu", "CityU signs strategic partnership with Satbayev University", True),
    ("r2-en-humanitarian", "Turkmen-Chinese subcommittee on humanitarian cooperation meets in Ashgabat", True),
    ("r2-en-grain-centre", "Chinese scientists visit the Barayev Centre of Grain Farming", True),
    ("r2-en-tajik-students", "Over 5,000 Tajik students studying in China", True),
    ("r2-en-neg-humanitarian-aid", "China sends humanitarian aid to flood-hit Tajikistan", False),
    ("r2-en-neg-korea-pinyin-like", "Ajou University opens a branch campus in Tashkent", False),
    ("r2-en-neg-hk-unrest", "Kazakh students in Hong Kong urged to return home amid unrest", False),
    # Russian
    ("r2-ru-china-ca-centre", "Китай и Казахстан создадут Центр по изучению Китая и Центральной Азии", True),
    ("r2-ru-kz-centre", "Казахстанский центр откроется в Сианьском университете", True),
    ("r2-ru-quotas", "Китай увеличит квоты для кыргызстанских студентов", True),
    ("r2-ru-aral", "Китайские ученые изучат Приаралье вместе с узбекскими коллегами", True),
    ("r2-ru-dungan", "Дунганские студенты из Кыргызстана учатся в Сиане", True),
    ("r2-ru-neg-humanitarian-aid", "Китай направил Таджикистану гуманитарную помощь", False),
    ("r2-ru-neg-ethnic", "Этнические казахи Синьцзяна получили новые учебники", False),
    ("r2-ru-neg-friendship-russia", "В Татарстане откроют отделение Общества российско-китайской дружбы", False),
    # Chinese
    ("r2-zh-implied-ca", "中亚五国青年学者研修班开班 加强科技交流合作", True),
    ("r2-zh-ministry-abbrev", "驻吉大使会见吉教育和科学部部长", True),
    ("r2-zh-cityu", "香港城市大学与萨特巴耶夫大学签署合作协议", True),
    ("r2-zh-dungan", "东干学生赴陕西高校留学", True),
    ("r2-zh-neg-ca-domestic", "哈萨克斯坦教育部宣布新学年开学时间", False),
    ("r2-zh-neg-minority", "新疆哈萨克族学校开展双语教育", False),
    ("r2-zh-neg-ukraine-ministry", "乌克兰教育部长会见中方代表 讨论乌教育部合作", False),
    # Kazakh
    ("r2-kk-implied-students", "Шанхайдағы студенттер жаңа оқу жылын бастады", True),
    ("r2-kk-implied-language", "Қытай тілі олимпиадасының жеңімпаздары марапатталды", True),
    ("r2-kk-ambassador", "ҚХР Елшісі Astana International University-де студенттермен кездесті", True),
    ("r2-kk-latn", "Qazaqstan men Qytai ýniversitetteri birlesken baǵdarlama ashady", True),
    ("r2-kk-arabic-script", "قىتاي قازاقستاندىق ستۋدەنتتەرگە گرانت بەرەدى", True),
    ("r2-kk-arabic-neg-trade", "قىتاي مەن قازاقستان ساۋدا كولەمى ءوستى", False),
    ("r2-kk-neg-ethnic", "Шыңжаңдағы қазақ мектептерінде жаңа оқу жылы басталды", False),
    ("r2-kk-neg-china-domestic", "Қытайда жасанды интеллект дамып келеді", False),
    ("r2-kk-neg-korea", "Корея университеті студенттерге грант береді", False),
    # Uzbek
    ("r2-uz-otm", "Xitoy OTMlari bilan hamkorlikda qo‘shma ta’lim dasturlari yo‘lga qo‘yiladi", True),
    ("r2-uz-branch", "Toshkentda Xitoy universitetining filiali ochiladi", True),
    ("r2-uz-implied-grant", "Xitoy hukumati stipendiyasiga hujjatlar qabul qilinmoqda", True),
    ("r2-uz-archaeology", "Хитойлик археологлар Фарғона водийсида қазишма ишларини бошлади", True),
    ("r2-uz-hunan", "Buxoro davlat universiteti delegatsiyasi Xubey universitetida bo‘ldi", True),
    ("r2-uz-language-dept", "Shanxay xalqaro tadqiqotlar universitetida o‘zbek tili kafedrasi ochildi", True),
    ("r2-uz-neg-trade", "Xitoy bilan savdo aylanmasi 10 milliard dollardan oshdi", False),
    ("r2-uz-neg-korea", "Toshkentda Koreya universitetining filiali ochildi", False),
    ("r2-uz-neg-china-domestic", "Xitoyda yangi tezyurar poyezd sinovdan o‘tkazildi", False),
    # Kyrgyz
    ("r2-ky-implied-confucius", "Конфуций институтунда жаңы окуу жылы башталды", True),
    ("r2-ky-scholarships", "Кытай Кыргызстандын жарандарына 15 мамлекеттик стипендия берет", True),
    ("r2-ky-osh-suffix", "ОшМУнун студенттери Кытайдагы жайкы мектепке барышты", True),
    ("r2-ky-neg-russia", "Орусия кыргыз студенттерин жол куруу боюнча акысыз окутат", False),
    ("r2-ky-neg-ethnic", "Кытайдагы кыргыз студенттердин Манас айтуу мелдеши ачылды", False),
    # Tajik
    ("r2-tg-diplomas", "Масъалаи эътирофи дипломҳои муассисаҳои таҳсилоти олӣ байни Тоҷикистон ва Чин баррасӣ шуд", True),
    ("r2-tg-caps", "ИМЗОИ САНАДҲОИ ҲАМКОРӢ МИЁНИ МАРКАЗИ ТАДҚИҚОТИ СТРАТЕГӢ ВА ДОНИШГОҲИ СИЁСАТШИНОСӢ ВА ҲУҚУҚИ ЧИН", True),
    ("r2-tg-implied-students", "Донишҷӯёни мо дар донишгоҳҳои Чин таҳсил мекунанд", True),
    ("r2-tg-neg-road", "Чин дар Тоҷикистон роҳи нав месозад", False),
    # Turkmen
    ("r2-tk-centre", "Pekin daşary ýurt dilleri uniwersitetinde “Türkmenistan” merkezi işe başlady", True),
    ("r2-tk-petroleum-university", "Türkmenistan Hytaý nebit uniwersiteti bilen hyzmatdaşlygy ösdürer", True),
    ("r2-tk-implied-language", "Hytaý dili boýunça bäsleşigiň ýeňijileri sylaglandy", True),
    ("r2-tk-neg-russia", "Türkmenistandan 600-den gowrak talyp Astrahan döwlet uniwersitetinde okaýar", False),
    ("r2-tk-neg-gas", "Türkmenistan Hytaýa tebigy gaz ibermegi artdyrdy", False),
]
