"""Round-64 probes, the HELD-OUT blind set (issue 12): written by hand with the development set, before
the rules were run on either, and measured ONCE after the fixes (docs/classifier.md, "Round 64 of issue
12"). Nothing was fixed from it. The same family as probes_r64_dev (one side implied by a framework only
that side has: the Belt and Road, the Chinese Bridge's republican or national stage, Xinjiang's
international cooperation, CAS and its institutes), with other words; hard negatives: the Belt and Road
with loans, power plants, pipelines, rail or ports; the Belt and Road's science with Africa; Xinjiang with
Pakistan or Russia; CAS as the sports court; the Chinese Bridge in Thailand; republican olympiads.

Per language 3 relevant items and 2 hard negatives, 6 of 45 with a one-sentence lede, each with a
plausible outlet url. Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R64_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r64h-en-igsnrr-kazakh-rel", "https://english.cas.cn/newsroom/86451.shtml",
     "IGSNRR and Kazakh researchers launch joint desertification study", None, True),
    ("r64h-en-national-stage-rel", "https://www.inform.kz/en/86451",
     "National stage of Chinese Bridge competition draws 50 students from across the republic", None, True),
    ("r64h-en-expo-urumqi-rel", "https://www.globaltimes.cn/page/202612/86451.shtml",
     "China-Eurasia Expo science and technology forum opens in Urumqi",
     "Researchers and officials from neighbouring countries discussed technology transfer and joint labs.", True),
    ("r64h-en-cas-weightlifter-neg", "https://kun.uz/en/news/2026/12/02/86451",
     "CAS rejects appeal of Uzbek weightlifter", None, False),
    ("r64h-en-bridge-thai-neg", "https://www.chinadaily.com.cn/a/202612/02/86451.html",
     "Chinese Bridge contest: Thai students advance to the final in Changsha", None, False),
    # ------------------------------------------------------------------ Russian
    ("r64h-ru-natsionalnyy-etap-most-rel", "https://kaktus.media/doc/86451.html",
     "Победители национального этапа «Моста китайского языка» поедут на финал", None, True),
    ("r64h-ru-sintszyan-vrachi-rel", "https://russian.news.cn/20261202/86451.html",
     "Синьцзянский медицинский университет обучит иностранных врачей в рамках «Пояса и пути»", None, True),
    ("r64h-ru-odin-poyas-khudzhand-rel", "https://asiaplustj.info/ru/news/86451",
     "«Один пояс, один путь»: в Худжанде открыли совместную лабораторию материаловедения",
     "Оборудование для лаборатории передал партнёрский университет из провинции Хэнань.", True),
    ("r64h-ru-odin-poyas-tes-neg", "https://www.gazeta.uz/ru/2026/12/02/86451/",
     "«Один пояс, один путь»: Узбекистан получит кредит на строительство ТЭС", None, False),
    ("r64h-ru-sintszyan-pakistan-neg", "https://russian.news.cn/20261202/86452.html",
     "Синьцзян и Пакистан откроют в Кашгаре совместную клинику для пациентов из Гилгита", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r64h-zh-yaou-bolanhui-keji-rel", "http://www.ts.cn/xwzx/86451.shtml",
     "中国—亚欧博览会科技合作论坛在乌鲁木齐开幕", None, True),
    ("r64h-zh-xaas-yidaiyilu-rel", "http://www.xaas.ac.cn/xwzx/86451.htm",
     "新疆农科院“一带一路”农业科技合作项目通过验收", None, True),
    ("r64h-zh-xinjiang-gaoxiao-liuxuesheng-rel", "https://www.xinjiang.gov.cn/xinjiang/86451.shtml",
     "新疆高校外国留学生人数创新高",
     "在疆留学生主要来自周边国家，以医学、石油工程和中文专业为主。", True),
    ("r64h-zh-xinjiang-eluosi-neg", "http://www.ts.cn/xwzx/86452.shtml",
     "新疆与俄罗斯高校签署联合培养协议", None, False),
    ("r64h-zh-zhongfei-nongye-neg", "http://www.news.cn/world/20261202/86451.html",
     "“一带一路”中非农业科技合作论坛在长沙举行", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r64h-kk-beldeu-satbayev-rel", "https://egemen.kz/article/86451",
     "«Бір белдеу, бір жол» бастамасы аясында Сәтбаев университетінде инженерлік орталық ашылды", None, True),
    ("r64h-kk-kopir-ulttyk-kezen-rel", "https://www.inform.kz/kz/86451",
     "«Қытай тілі көпірі» байқауының ұлттық кезеңінде 40 студент бақ сынады", None, True),
    ("r64h-kk-akademiya-cas-rel", "https://kaz.tengrinews.kz/86451/",
     "Ұлттық ғылым академиясы мен CAS шөлейттену бойынша ортақ зерттеу бастады", None, True),
    ("r64h-kk-beldeu-aktau-hab-neg", "https://kapital.kz/kz/86451/",
     "«Бір белдеу, бір жол»: Ақтауда жаңа логистикалық хаб салынады", None, False),
    ("r64h-kk-olimpiada-biologiya-neg", "https://www.inform.kz/kz/86452",
     "Биологиядан республикалық олимпиаданың жеңімпаздары марапатталды", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r64h-ky-akademiya-cas-rel", "https://kabar.kg/kyrgyz/86451/",
     "Улуттук илимдер академиясы менен CAS Тянь-Шандагы мөңгүлөрдү бирге изилдейт", None, True),
    ("r64h-ky-kopuro-etap-rel", "https://kg.akipress.org/news:86451",
     "Республикалык этапта «Кытай тили көпүрөсүнө» 45 окуучу катышты", None, True),
    ("r64h-ky-alkak-naryn-rel", "https://kaktus.media/kg/doc/86451.html",
     "«Бир алкак — бир жол»: Нарында жаңы илимий борбор ачылды",
     "Борбордо кытайлык жана кыргызстандык окумуштуулар тоо экосистемаларын изилдешет.", True),
    ("r64h-ky-alkak-kredit-neg", "https://24.kg/kyrgyzcha/86451/",
     "«Бир алкак — бир жол» алкагында Кыргызстанга жаңы кредит бөлүнөт", None, False),
    ("r64h-ky-olimpiada-matematika-neg", "https://kabar.kg/kyrgyz/86452/",
     "Математика боюнча республикалык олимпиада Ош шаарында өттү", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r64h-uz-korigi-bosqich-rel", "https://daryo.uz/2026/12/02/86451",
     "Xitoy tili ko‘prigi: respublika bosqichida 25 nafar talaba bellashdi", None, True),
    ("r64h-uz-fa-cas-orol-rel", "https://kun.uz/news/2026/12/02/86451",
     "O‘zbekiston Fanlar akademiyasi va CAS olimlari Orol dengizi bo‘yicha qo‘shma tadqiqot boshladi", None, True),
    ("r64h-uz-makon-namangan-rel", "https://uza.uz/oz/posts/86451",
     "“Bir makon, bir yo‘l” doirasida Namanganda agrotexnologiyalar markazi ochildi", None, True),
    ("r64h-uz-makon-temiryol-neg", "https://www.gazeta.uz/oz/2026/12/02/86451/",
     "“Bir makon, bir yo‘l” loyihasi: Qarshida yangi temiryo‘l tarmog‘i qurilmoqda", None, False),
    ("r64h-uz-korigi-tailand-neg", "https://daryo.uz/2026/12/02/86452",
     "Bangkokda Xitoy tili ko‘prigi saralash bosqichi bo‘ldi: Tailand jamoasi finalga yo‘l oldi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r64h-uzc-kuprigi-namangan-rel", "https://xs.uz/uzkr/post/86451",
     "«Хитой тили кўприги»: республика босқичида Наманган талабаси ғолиб бўлди", None, True),
    ("r64h-uzc-makon-agroinnovatsiya-rel", "https://uza.uz/uz/posts/86451",
     "«Бир макон, бир йўл» ташаббуси доирасида Самарқандда агроинновация маркази очилди",
     "Марказда икки мамлакат мутахассислари янги уруғ навларини синовдан ўтказади.", True),
    ("r64h-uzc-fa-cas-chullanish-rel", "https://uza.uz/uz/posts/86452",
     "Фанлар академияси ва CAS олимлари чўлланишга қарши биргаликда тадқиқот олиб боради", None, True),
    ("r64h-uzc-makon-gaz-neg", "https://xs.uz/uzkr/post/86452",
     "«Бир макон, бир йўл»: Навоийда янги газ қувури ишга туширилди", None, False),
    ("r64h-uzc-olimpiada-fizika-neg", "https://uza.uz/uz/posts/86453",
     "Физика фанидан республика олимпиадаси бўлиб ўтди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r64h-tg-kamarband-dtt-rel", "https://khovar.tj/2026/12/86451/",
     "Дар Донишгоҳи техникии Тоҷикистон маркази илмии «Як камарбанд, як роҳ» ифтитоҳ шуд", None, True),
    ("r64h-tg-puli-zabon-golibon-rel", "https://khovar.tj/2026/12/86452/",
     "Ғолибони даври ҷумҳуриявии «Пули забони чинӣ» муайян шуданд", None, True),
    ("r64h-tg-cas-akademiya-rel", "https://asiaplustj.info/tj/news/86451",
     "Ҳайати CAS бо олимони Академияи миллии илмҳо мулоқот кард",
     "Ҷонибҳо омӯзиши пиряхҳои Помир ва тағйирёбии иқлимро баррасӣ карданд.", True),
    ("r64h-tg-kamarband-nerugoh-neg", "https://khovar.tj/2026/12/86453/",
     "«Як камарбанд, як роҳ»: нерӯгоҳи нави барқи обӣ дар Хатлон сохта мешавад", None, False),
    ("r64h-tg-olimpiada-fizika-neg", "https://asiaplustj.info/tj/news/86452",
     "Даври ҷумҳуриявии олимпиадаи физика дар Душанбе баргузор шуд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r64h-tk-koprusi-milli-tapgyr-rel", "https://tdh.gov.tm/tk/post/86451",
     "«Hytaý dili köprüsi» bäsleşiginiň milli tapgyrynda ýeňijiler belli boldy", None, True),
    ("r64h-tk-gusak-magtymguly-rel", "https://turkmenportal.com/tm/blog/86451",
     "«Bir guşak, bir ýol» çäginde Magtymguly adyndaky uniwersitetde tehnologiýa merkezi açyldy", None, True),
    ("r64h-tk-akademiya-cas-rel", "https://orient.tm/tm/86451",
     "Ylymlar akademiýasy bilen CAS arasynda ylmy hyzmatdaşlyk baradaky ylalaşyga gol çekildi", None, True),
    ("r64h-tk-gusak-port-neg", "https://turkmenportal.com/tm/blog/86452",
     "«Bir guşak, bir ýol»: Lebapda täze demir ýol köprüsiniň gurluşygy başlandy", None, False),
    ("r64h-tk-cas-agyr-atletika-neg", "https://orient.tm/tm/86452",
     "CAS türkmen agyr atletikaçysynyň şikaýatyny ret etdi", None, False),
]
