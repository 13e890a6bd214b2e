"""Round-56 probes, the HELD-OUT blind set (issue 12): written by hand with the development set, before
the rules were run on either (docs/classifier.md, "Round 56 of issue 12"), and measured ONCE, after the
round's fixes; never fixed from (its misses are pinned as HELD_WRONG in test_round56). The same
families as probes_r56_dev: "with Chinese scientists" or Chinese specialists helping, in a Central Asian
language naming only China, beside China's own science; 中X合建 / 共建 / 合办 / 联建 / 携手 beside 中土
(Turkey) and trade under the same words; studying in China, Chinese diplomas, documents for study beside
work permits; "join forces" beside trade, energy or tourism joining forces; studying tourism,
hospitality or sport science beside tourism deals.

Per language 3 relevant and 2 hard negatives. Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R56_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r56h-en-saxaul-seabed-rel", "https://astanatimes.com/2026/12/saxaul-seabed/",
     "Working with Chinese scientists, Kazakh ecologists plant saxaul on the dry Aral seabed", None, True),
    ("r56h-en-sports-medicine-rel", "https://uzdaily.com/en/post/86611",
     "Uzbek and Chinese universities team up on a joint sports medicine degree", None, True),
    ("r56h-en-applicants-documents-rel", "https://akipress.com/news:86611/",
     "Documents of Kyrgyz applicants to Chinese universities accepted until May", None, True),
    ("r56h-en-yak-clone-neg", "https://kazinform.kz/en/86611",
     "Chinese scientists clone a rare yak breed", None, False),
    ("r56h-en-tourist-flights-neg", "https://kursiv.media/en/2026-12-03/86611/",
     "Kazakhstan and China team up to expand tourist flights", None, False),
    # ------------------------------------------------------------------ Russian
    ("r56h-ru-pomogut-agronomam-rel", "https://asiaplustj.info/ru/news/86611",
     "Китайские специалисты помогут таджикским агрономам вывести засухоустойчивый хлопок", None, True),
    ("r56h-ru-gostinichnyy-biznes-rel", "https://kaktus.media/doc/86611.html",
     "Студенты из Кыргызстана будут изучать гостиничный бизнес в университете Шанхая", None, True),
    ("r56h-ru-arheologi-usiliya-rel", "https://uztag.info/ru/86611",
     "Узбекские и китайские археологи объединили усилия для изучения Ферганской долины", None, True),
    ("r56h-ru-ris-na-orbite-neg", "https://kaktus.media/doc/86612.html",
     "Китайские ученые впервые вырастили рис на орбите", None, False),
    ("r56h-ru-gazovaya-otrasl-neg", "https://turkmenportal.com/ru/blog/86611",
     "Туркменистан и Китай объединяют усилия в газовой отрасли", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r56h-zh-zhongta-heban-rel", "https://www.news.cn/2026/86611.htm",
     "中塔合办鲁班工坊开设新专业", None, True),
    ("r56h-zh-zhongji-lianjian-rel", "http://www.chinanews.com/2026/86611.shtml",
     "中吉联建冰川研究站揭牌", None, True),
    ("r56h-zh-jiudian-guanli-rel", "https://www.chinadaily.com.cn/a/2026/86611.html",
     "新疆师范大学携手哈萨克斯坦高校培养酒店管理人才", None, True),
    ("r56h-zh-zhongtu-daqiao-neg", "http://world.people.com.cn/n1/2026/86611.html",
     "中土合建伊斯坦布尔跨海大桥项目开工", None, False),
    ("r56h-zh-huoerguosi-neg", "https://www.xinhuanet.com/2026/86611.htm",
     "中哈携手推进霍尔果斯口岸通关便利化", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r56h-kk-alakol-rel", "https://kazinform.kz/kk/86611",
     "Қытай ғалымдарымен Алакөлдің құстары зерттеледі", None, True),
    ("r56h-kk-sport-gylymy-rel", "https://egemen.kz/article/86611",
     "Қазақстандық жастар Қытайда спорт ғылымын оқиды", None, True),
    ("r56h-kk-dasturli-medicina-rel", "https://24.kz/kz/86611",
     "Қазақ және қытай дәрігерлері дәстүрлі медицинада күш біріктіреді", None, True),
    ("r56h-kk-vakcina-neg", "https://kazinform.kz/kk/86612",
     "Қытай ғалымдары жаңа вакцинаны сынақтан өткізді", None, False),
    ("r56h-kk-ruqsat-neg", "https://egemen.kz/article/86612",
     "Қытайда жұмыс істеуге рұқсат алу тәртібі жеңілдеді", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r56h-ky-tokoy-jardam-rel", "https://kabar.kg/ky/news/86611",
     "Кытайлык окумуштуулар тоо токойлорун калыбына келтирүүгө жардам беришет", None, True),
    ("r56h-ky-diplomdor-rel", "https://akipress.org/ky/news:86611",
     "Кытайдын университетин бүтүргөн кыргыз жаштарына дипломдор тапшырылды", None, True),
    ("r56h-ky-turizm-adisteri-rel", "https://kabar.kg/ky/news/86612",
     "Кыргыз жана кытай университеттери туризм адистерин даярдоодо күч бириктирет", None, True),
    ("r56h-ky-poezd-neg", "https://kabar.kg/ky/news/86613",
     "Кытай окумуштуулары дүйнөдөгү эң ылдам поездди сынашты", None, False),
    ("r56h-ky-sooda-neg", "https://akipress.org/ky/news:86612",
     "Кыргызстан менен Кытай чек арадагы соода боюнча күч бириктирет", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r56h-uz-shorlanish-yordam-rel", "https://kun.uz/news/2026/12/03/86611",
     "Xitoylik mutaxassislar Buxoroda tuproq sho‘rlanishini o‘rganishda yordam beradi", None, True),
    ("r56h-uz-mehmonxona-rel", "https://daryo.uz/2026/12/03/86611",
     "O‘zbek yoshlari Xitoyda mehmonxona ishi va turizmni o‘rganadi", None, True),
    ("r56h-uz-hujjatlarini-rel", "https://uza.uz/oz/posts/86611",
     "Xitoy oliygohlarida o‘qimoqchi bo‘lganlar hujjatlarini topshirishlari mumkin", None, True),
    ("r56h-uz-mars-zond-neg", "https://kun.uz/news/2026/12/03/86612",
     "Xitoy olimlari Marsga yangi zond yubordi", None, False),
    ("r56h-uz-ruxsatnoma-neg", "https://daryo.uz/2026/12/03/86612",
     "Xitoyga ishlash uchun ruxsatnoma olish tartibi o‘zgardi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r56h-uzc-ipak-qurti-rel", "https://uza.uz/uz/posts/86611",
     "Хитой олимлари билан Андижонда ипак қурти зотлари ўрганилмоқда", None, True),
    ("r56h-uzc-turizm-kadrlari-rel", "https://xs.uz/uz/post/86611",
     "Ўзбекистон ва Хитой университетлари туризм соҳаси кадрларини тайёрлашда кучларни бирлаштиради", None, True),
    ("r56h-uzc-metallurglar-rel", "https://uza.uz/uz/posts/86612",
     "Хитой университети дипломини олган ўзбек металлурглари ишга қайтди", None, True),
    ("r56h-uzc-quyosh-neg", "https://xs.uz/uz/post/86612",
     "Хитой олимлари янги қуёш батареясини яратди", None, False),
    ("r56h-uzc-savdo-neg", "https://uza.uz/uz/posts/86613",
     "Ўзбекистон ва Хитой савдо айланмасини ошириш учун кучларни бирлаштиради", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r56h-tg-vodii-vakhsh-rel", "https://khovar.tj/2026/12/86611/",
     "Бо олимони чинӣ дар водии Вахш навъҳои нави гандум санҷида мешаванд", None, True),
    ("r56h-tg-ilmi-varzish-rel", "https://asiaplustj.info/tj/news/86611",
     "Ҷавонони тоҷик дар донишгоҳҳои Чин илми варзишро меомӯзанд", None, True),
    ("r56h-tg-hujjatho-rel", "https://khovar.tj/2026/12/86612/",
     "Ҳуҷҷатҳои хоҳишмандони таҳсил дар донишгоҳҳои Чин қабул карда мешаванд", None, True),
    ("r56h-tg-havopaymo-neg", "https://khovar.tj/2026/12/86613/",
     "Олимони чинӣ аввалин ҳавопаймои бесарнишини обиро озмудаанд", None, False),
    ("r56h-tg-savdo-neg", "https://asiaplustj.info/tj/news/86612",
     "Душанбе ва Пекин барои афзоиши гардиши мол қувваҳоро муттаҳид месозанд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r56h-tk-tokay-zolaklary-rel", "https://orient.tm/tm/post/86611",
     "Hytaý alymlary bilen Amyderýanyň kenarlarynda tokaý zolaklary döredilýär", None, True),
    ("r56h-tk-sport-ylmy-rel", "https://tmcars.info/tm/post/86611",
     "Türkmen ýaşlary Hytaýyň uniwersitetlerinde sport ylmyny öwrenerler", None, True),
    ("r56h-tk-diplomlar-rel", "https://orient.tm/tm/post/86612",
     "Hytaýyň uniwersitetini tamamlan türkmen inženerlerine diplomlar gowşuryldy", None, True),
    ("r56h-tk-robot-neg", "https://orient.tm/tm/post/86613",
     "Hytaý alymlary täze robot hirurgy döretdiler", None, False),
    ("r56h-tk-syyahatcylyk-neg", "https://tmcars.info/tm/post/86612",
     "Aşgabat bilen Pekin syýahatçylar akymyny artdyrmak üçin güýç birleşdirýär", None, False),
]
