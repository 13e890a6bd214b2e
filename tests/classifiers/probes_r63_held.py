"""Round-63 probes, the HELD-OUT blind set (issue 12): written by hand with the development set, before
the rules were run on either (docs/classifier.md, "Round 63 of issue 12"), and measured ONCE after the
fixes (the honest held-out row); nothing was fixed from it. Same family as probes_r63_dev: the reporter
is the other side (an institution qualified by its own country, an academic act addressed to one side
with the subject elided, "our university", 我校, the other country's grants or scholarships named in this
side's language); look-alikes: the same constructions by a third country, Chinese domestic, business
memoranda, a Chinese grant that builds a road or brings buses.

English and Russian 3 relevant and 3 hard negatives, every other language 2 and 2 (40 items), a few with
a one-sentence lede, each with a plausible outlet url. Each row: (id, url, headline, lede or None,
relevant).
"""

from __future__ import annotations

PROBES_R63_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r63h-en-nanjing-agricultural-china-rel", "https://tiiame.uz/en/news/86351",
     "Online talks held with representatives of Nanjing Agricultural University, China", None, True),
    ("r63h-en-tstu-of-uzbekistan-college-rel", "https://en.tjtc.edu.cn/info/1011/86351.htm",
     "Professors of Tashkent State Technical University of Uzbekistan visit our college",
     "They gave lectures on power engineering and agreed on a joint training programme.", True),
    ("r63h-en-training-expanded-tajikistan-rel", "https://global.chinadaily.com.cn/a/202612/07/WS86351.html",
     "Vocational training cooperation expanded with Tajikistan", None, True),
    ("r63h-en-logistics-company-neg", "https://kazinform.kz/en/news/86351",
     "Memorandum signed with Chinese logistics company on a freight terminal", None, False),
    ("r63h-en-fudan-team-our-school-neg", "https://en.sjtu.edu.cn/news/86351",
     "Fudan University team comes to our school for talks", None, False),
    ("r63h-en-peking-china-novosibirsk-neg", "https://www.msu.ru/en/news/86351.html",
     "Novosibirsk State University hosts a Peking University (China) team", None, False),
    # ------------------------------------------------------------------ Russian
    ("r63h-ru-vstrecha-nwafu-kitay-rel", "https://knau.kg/ru/news/86351",
     "Состоялась встреча с делегацией Северо-Западного сельскохозяйственного университета (Китай)", None, True),
    ("r63h-ru-nashi-studenty-shanhay-rel", "https://kbtu.kz/ru/news/86351",
     "Наши студенты вернулись с летней школы Шанхайского университета", None, True),
    ("r63h-ru-kitayskih-grantov-magistratura-rel", "https://edu.gov.kz/ru/news/86351",
     "Увеличено число китайских грантов на обучение в магистратуре", None, True),
    ("r63h-ru-kompaniya-tets-neg", "https://tengrinews.kz/kazakhstan_news/86351/",
     "Подписан меморандум с китайской компанией о строительстве ТЭЦ", None, False),
    ("r63h-ru-fudan-kazan-neg", "https://kpfu.ru/news/86351",
     "Делегация Фуданьского университета посетила Казанский федеральный университет", None, False),
    ("r63h-ru-granty-dorogi-neg", "https://24.kg/obschestvo/86351/",
     "Китайские гранты на ремонт дорог обсудили в мэрии", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r63h-zh-tajik-fuxiaozhang-lai-woxiao-rel", "https://www.xjnu.edu.cn/info/1055/86351.htm",
     "塔吉克斯坦国立大学副校长一行来我校访问交流", None, True),
    ("r63h-zh-jiaoshi-fu-wu-hanyu-rel", "https://www.xisu.edu.cn/info/1021/86351.htm",
     "我校教师赴乌兹别克斯坦开展汉语教学工作", None, True),
    ("r63h-zh-beida-lai-woxiao-neg", "https://www.nwpu.edu.cn/info/86351.htm",
     "北京大学代表团来我校交流", None, False),
    ("r63h-zh-baieluosi-laixiao-neg", "https://www.hit.edu.cn/2026/1207/c86351.html",
     "白俄罗斯国立大学副校长来我校洽谈合作", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r63h-kk-studentter-zhazgy-mektep-rel", "https://www.enu.kz/kz/news/86351",
     "Біздің студенттер Қытайдағы жазғы мектепке қатысты", None, True),
    ("r63h-kk-sian-onlayn-kelissoz-rel", "https://atu.edu.kz/kz/news/86351",
     "Сиань политехникалық университетімен онлайн келіссөз жүргізілді", None, True),
    ("r63h-kk-munai-memorandum-neg", "https://kazinform.kz/kz/86352",
     "Қытайлық компаниямен мұнай өңдеу туралы меморандум жасалды", None, False),
    ("r63h-kk-granty-shymkent-kopir-neg", "https://tengrinews.kz/kk/86352/",
     "Қытай грантына Шымкентте жаяу жүргіншілер көпірі салынады", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r63h-ky-bizdin-studentter-til-kursu-rel", "https://www.ktmu.edu.kg/kg/news/86351",
     "Биздин студенттер Пекиндеги тил курсун ийгиликтүү аякташты", None, True),
    ("r63h-ky-shinzhan-memorandum-rel", "https://www.knu.kg/kg/news/86352",
     "Шинжаң университети менен кызматташтык тууралуу меморандумга кол коюлду", None, True),
    ("r63h-ky-komur-kelishim-neg", "https://kabar.kg/kg/news/86352",
     "Кытай компаниясы менен көмүр кени боюнча келишим түзүлдү", None, False),
    ("r63h-ky-grant-osh-zhol-neg", "https://24.kg/kg/86352/",
     "Кытайдын гранты менен Ошто жаңы жол курулат", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r63h-uz-sinxua-professorlari-rel", "https://nuu.uz/uz/news/86351",
     "Xitoyning Sinxua universiteti professorlari universitetimizda", None, True),
    ("r63h-uz-nankin-hamkorlik-rel", "https://samdu.uz/uz/news/86351",
     "Nankin universiteti bilan hamkorlik kengaymoqda", None, True),
    ("r63h-uz-issiqxona-shartnoma-neg", "https://kun.uz/uz/news/2026/12/07/86352",
     "Xitoy kompaniyasi bilan issiqxona qurish bo‘yicha shartnoma imzolandi", None, False),
    ("r63h-uz-grant-maktab-yol-neg", "https://daryo.uz/uz/2026/12/07/86352",
     "Xitoy granti hisobiga maktab oldidagi yo‘l ta’mirlandi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r63h-uzc-shenyang-agrar-delegatsiya-rel", "https://agro.uz/uzkr/news/86351",
     "Шэньян аграр университети делегацияси университетимизда", None, True),
    ("r63h-uzc-hukumat-stipendiyasi-tanlov-rel", "https://edu.uz/uzkr/news/86351",
     "Хитой ҳукумати стипендияси бўйича танлов эълон қилинди", None, True),
    ("r63h-uzc-mis-koni-shartnoma-neg", "https://xs.uz/uzkr/post/86352",
     "Хитой компанияси билан мис кони бўйича шартнома имзоланди", None, False),
    ("r63h-uzc-grant-avtobus-neg", "https://uza.uz/uzkr/posts/86352",
     "Хитой гранти ҳисобига вилоятга автобуслар келтирилди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r63h-tg-onlayn-shian-rel", "https://tnu.tj/tj/news/86351",
     "Вохӯрии онлайнӣ бо Донишгоҳи Шиан баргузор гардид", None, True),
    ("r63h-tg-donishjuyon-pekin-safar-rel", "https://tgpu.tj/tj/news/86351",
     "Донишҷӯёни донишгоҳи мо ба Донишгоҳи Пекин сафар карданд", None, True),
    ("r63h-tg-tillo-shartnoma-neg", "https://khovar.tj/2026/12/86352/",
     "Бо ширкати чинӣ оид ба кони тилло шартнома баста шуд", None, False),
    ("r63h-tg-grant-kulob-pul-neg", "https://asiaplustj.info/tj/news/86352",
     "Бо гранти Чин дар Кӯлоб пул сохта мешавад", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r63h-tk-pekin-alymlary-onlayn-rel", "https://tdu.edu.tm/tm/news/86351",
     "Pekin uniwersitetiniň alymlary bilen onlaýn duşuşyk geçirildi", None, True),
    ("r63h-tk-hokumet-talyplyk-haklary-rel", "https://orient.tm/tm/post/86351/",
     "Hytaý hökümetiniň talyplyk haklaryna resminamalar kabul edilýär", None, True),
    ("r63h-tk-gaz-sertnama-neg", "https://turkmenportal.com/tm/blog/86352",
     "Hytaýyň gaz kompaniýasy bilen şertnama baglaşyldy", None, False),
    ("r63h-tk-granty-yol-neg", "https://orient.tm/tm/post/86352/",
     "Hytaýyň granty esasynda ýol abatlandy", None, False),
]
