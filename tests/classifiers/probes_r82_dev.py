"""Round-82 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on any of it
(docs/classifier.md, "Round 82 of issue 12"), measured once before the fixes, then used to fix from. Family:
practical training, internships and practice of one side's students or professionals at the other side's
universities, depots, hospitals, institutes or plants, by sector (railways, sports medicine, mining and metallurgy,
smart cities, public administration, customs laboratories), and joint applied research in metallurgy and mining
(slag, tailings, rare metals). Hard negatives: a mining deal, a railway contract, athletes' training camps, a
company's own workers at its own plant.

Per language 2 relevant items and 1 hard negative (27), headlines only, each with a plausible outlet url.
Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R82_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r82d-en-lanzhou-depot-rel", "https://asiaplustj.info/en/news/tajikistan/society/20261208/82101",
     "Tajik railway students begin practice at Lanzhou locomotive depot", None, True),
    ("r82d-en-zinc-tailings-rel", "https://astanatimes.com/2026/12/82102/",
     "Kazakh, Chinese institutes jointly research zinc extraction from tailings", None, True),
    ("r82d-en-crrc-contract-neg", "https://www.inform.kz/en/82103",
     "Kazakhstan Temir Zholy signs locomotive supply contract with CRRC", None, False),
    # ------------------------------------------------------------------ Russian
    ("r82d-ru-jiaotong-praktika-rel", "https://www.gazeta.uz/ru/2026/12/08/82104/",
     "Узбекские студенты-железнодорожники проходят практику в Пекинском университете Цзяотун", None, True),
    ("r82d-ru-sport-vrachi-rel", "https://kaktus.media/doc/82105.html",
     "Кыргызские спортивные врачи прошли стажировку в Шанхайском институте спорта", None, True),
    ("r82d-ru-boks-sbor-neg", "https://tengrinews.kz/sport/82106/",
     "Сборная Казахстана по боксу провела учебно-тренировочный сбор в Китае", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r82d-zh-xian-rail-intern-rel", "https://www.chinanews.com.cn/gj/2026/12-08/82107.shtml",
     "哈萨克斯坦铁路专业学生在西安铁路局开展实习", None, True),
    ("r82d-zh-copper-tailings-rel", "http://www.xinhuanet.com/world/2026-12/08/c_82108.htm",
     "中国与乌兹别克斯坦科研人员联合攻关铜尾矿综合利用技术", None, True),
    ("r82d-zh-lead-zinc-deal-neg", "https://www.chinadaily.com.cn/a/202612/08/82109.html",
     "中国企业与塔吉克斯坦签署铅锌矿开采协议", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r82d-kk-jiaotong-tagylymdama-rel", "https://www.inform.kz/kz/82110",
     "Қазақстандық теміржол мамандары Пекиндегі Цзяотун университетінде тағылымдамадан өтті", None, True),
    ("r82d-kk-aral-tuzdanu-rel", "https://kaz.tengrinews.kz/82111/",
     "Арал өңірінде қазақ-қытай ғалымдары топырақ тұздануын бірлесіп зерттейді", None, True),
    ("r82d-kk-zhattygu-zhiyny-neg", "https://kaz.nur.kz/82112/",
     "Қазақстан құрамасы Қытайда оқу-жаттығу жиынын өткізді", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r82d-ky-akylduu-shaar-rel", "https://kabar.kg/kg/news/82113/",
     "Кыргыз мамлекеттик кызматкерлери Кытайда «акылдуу шаар» боюнча стажировкадан өтүштү", None, True),
    ("r82d-ky-kaldyk-saktagych-rel", "https://24.kg/kyrgyzcha/82114/",
     "Кыргыз тоо-кен институту кытайлык окумуштуулар менен калдык сактагычтарды изилдейт", None, True),
    ("r82d-ky-altyn-ken-neg", "https://kabar.kg/kg/news/82115/",
     "Кытайлык компания Кыргызстандагы алтын кенин сатып алды", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r82d-uz-bojxona-lab-rel", "https://kun.uz/news/2026/12/08/82116",
     "O'zbek bojxona laboratoriyasi xodimlari Xitoyda malaka oshirdi", None, True),
    ("r82d-uz-jiaotong-amaliyot-rel", "https://www.gazeta.uz/oz/2026/12/08/82117/",
     "Toshkent transport universiteti talabalari Pekin Jiaotong universitetida amaliyot o'tadi", None, True),
    ("r82d-uz-lokomotiv-xarid-neg", "https://daryo.uz/2026/12/08/82118",
     "O'zbekiston temir yo'llari Xitoy kompaniyasi bilan lokomotiv xarid qilish shartnomasini imzoladi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r82d-uzc-shlak-mis-rel", "https://xs.uz/uzkr/post/82119",
     "Олмалиқ КМК металлурглари хитойлик олимлар билан шлакдан мис ажратиб олиш бўйича тадқиқот бошлади", None, True),
    ("r82d-uzc-sport-shifokorlari-rel", "https://uza.uz/oz/posts/82120",
     "Ўзбекистонлик спорт шифокорлари Хитойда спорт тиббиёти бўйича стажировка ўтади", None, True),
    ("r82d-uzc-oz-ishchilari-neg", "https://kun.uz/kr/news/2026/12/08/82121",
     "Хитой компанияси Олмалиқдаги мис заводида ўз ишчиларини ўқитди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r82d-tg-tsinhua-tajriba-rel", "https://khovar.tj/2026/12/82122/",
     "Омӯзгорони ҷавони Хуҷанд дар Донишгоҳи Цинхуа таҷрибаомӯзиро оғоз намуданд", None, True),
    ("r82d-tg-shahri-oqil-rel", "https://sadoimardum.tj/82123/",
     "Кормандони мақомоти давлатии Тоҷикистон дар Пекин оид ба шаҳри оқил таҷрибаомӯзӣ гузаштанд", None, True),
    ("r82d-tg-rohi-ohan-neg", "https://khovar.tj/2026/12/82124/",
     "Душанбе ва Пекин шартномаи харидории вагонҳои боркаш бастанд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r82d-tk-gumruk-lab-rel", "https://turkmenportal.com/tm/blog/82125",
     "Türkmen gümrük laboratoriýasynyň hünärmenleri Hytaýda tejribe toplaýarlar", None, True),
    ("r82d-tk-beihang-tejribelik-rel", "https://orient.tm/tm/post/82126",
     "Türkmen talyplary Pekiniň Beihang uniwersitetinde önümçilik tejribeligini geçýärler", None, True),
    ("r82d-tk-turgenler-neg", "https://turkmenportal.com/tm/blog/82127",
     "Türkmen türgenleri Hytaýda okuw-türgenleşik ýygnanyşygyny geçirdi", None, False),
]
