"""Round-67 probes, the HELD-OUT blind set (issue 12): written with the development set, before the rules were
run on either, and run ONCE after the fixes (docs/classifier.md, "Round 67 of issue 12"); nothing was fixed from
it. Academic heads meeting across the sides with no cooperation word (relevant) and the same heads meeting their
own side or another partner (hard negatives). Per language 2 relevant items and 1 hard negative.
Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R67_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r67h-en-delegation-visits-osh-rel", "https://en.zju.edu.cn/2026/1207/c86701a.htm",
     "Delegation led by Vice President Zhang Hong visits Osh State University in Kyrgyzstan", None, True),
    ("r67h-en-xjtu-president-samarkand-rel", "https://en.xjtu.edu.cn/info/1044/86701.htm",
     "XJTU President Meets Rector of Samarkand State University", None, True),
    ("r67h-en-satbayev-kaist-neg", "https://www.inform.kz/en/article/86702",
     "Rector of Satbayev University receives delegation from Korea's KAIST", None, False),
    # ------------------------------------------------------------------ Russian
    ("r67h-ru-prorektor-ttu-posetil-rel", "https://asiaplustj.info/ru/news/86701",
     "Проректор Таджикского технического университета посетил Чжэцзянский университет", None, True),
    ("r67h-ru-rektor-enu-prinyal-rel", "https://tengrinews.kz/kazakhstan_news/86701/",
     "Ректор ЕНУ принял делегацию Ланьчжоуского университета",
     "Гости осмотрели лаборатории и встретились со студентами.", True),
    ("r67h-ru-rektor-kaznu-bgu-neg", "https://www.inform.kz/ru/86701",
     "Ректор КазНУ принял делегацию Белорусского государственного университета", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r67h-zh-fuxiaozhang-samarkand-rel", "https://news.nwu.edu.cn/info/1002/86701.htm",
     "副校长赵刚会见乌兹别克斯坦撒马尔罕国立大学第一副校长", None, True),
    ("r67h-zh-woxiao-xiaozhang-fangwen-rel", "https://news.shzu.edu.cn/2026/1207/c86701a.htm",
     "我校校长一行访问哈萨克斯坦欧亚国立大学", None, True),
    ("r67h-zh-nehru-neg", "https://news.pku.edu.cn/xwzh/86701.htm",
     "校长会见印度尼赫鲁大学副校长一行", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r67h-kk-kazupu-rektory-qabyldady-rel", "https://kaznpu.kz/kz/86701/news/",
     "Абай атындағы ҚазҰПУ ректоры Шыңжаң педагогикалық университетінің делегациясын қабылдады", None, True),
    ("r67h-kk-karagandy-rektory-bardy-rel", "https://buketov.edu.kz/kz/news/86701",
     "Қарағанды университетінің ректоры Қытайдағы Чжэнчжоу университетінде болды", None, True),
    ("r67h-kk-satbayev-zhaponiya-neg", "https://www.inform.kz/kz/86702",
     "Сәтбаев университетінің ректоры Жапония елшісімен кездесті", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r67h-ky-jagu-prorektor-rel", "https://kabar.kg/kg/86703/",
     "Жалал-Абад мамлекеттик университетинин ректору Кытайдын Синьцзян айыл чарба университетинин проректору менен жолукту", None, True),
    ("r67h-ky-naryn-profesorlor-rel", "https://naryn.kg/kg/news/86701",
     "Кытайлык профессорлордун делегациясы Нарын мамлекеттик университетинин ректору менен жолукту", None, True),
    ("r67h-ky-knu-turkiya-elchilik-neg", "https://kabar.kg/kg/86704/",
     "КНУнун ректору Түркия элчилигинин өкүлдөрүн кабыл алды", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r67h-uz-buxdu-nankin-rel", "https://buxdu.uz/uz/news/86701",
     "Buxoro davlat universiteti rektori Xitoyning Nankin universiteti rektori bilan uchrashdi", None, True),
    ("r67h-uz-fanlar-akademiyasi-delegatsiya-rel", "https://uza.uz/oz/posts/86703",
     "Xitoy Fanlar akademiyasi delegatsiyasi O‘zbekiston Fanlar akademiyasi prezidenti bilan uchrashdi", None, True),
    ("r67h-uz-andijon-hindiston-neg", "https://www.gazeta.uz/uz/2026/12/07/86702/",
     "Andijon davlat universiteti rektori Hindiston elchisi bilan uchrashdi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r67h-uzc-tdiu-shanxay-rel", "https://xs.uz/uzkr/post/86703",
     "Тошкент давлат иқтисодиёт университети ректори Хитойнинг Шанхай университети проректорини қабул қилди", None, True),
    ("r67h-uzc-buxdu-shenyang-rel", "https://uza.uz/uz/posts/86704",
     "Бухоро давлат университети ректори Хитойдаги Шэньян университетида бўлди", None, True),
    ("r67h-uzc-adu-minsk-neg", "https://xs.uz/uzkr/post/86704",
     "АДУ ректори Минскдаги Беларусь университети вакилларини қабул қилди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r67h-tg-khujand-lanzhou-rel", "https://khovar.tj/2026/12/86704/",
     "Ректори Донишгоҳи давлатии Хуҷанд бо ректори Донишгоҳи Ланҷоу вохӯрд", None, True),
    ("r67h-tg-amit-tsinghua-rel", "https://khovar.tj/2026/12/86705/",
     "Президенти АМИТ ректори Донишгоҳи Тсинхуаро ба ҳузур пазируфт", None, True),
    ("r67h-tg-dekan-qirgiziston-neg", "https://khovar.tj/2026/12/86706/",
     "Декани факултети кишоварзӣ ҳайати Қирғизистонро истиқбол гирифт", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r67h-tk-ynsanperwer-sian-rel", "https://tdh.gov.tm/tk/post/86703/",
     "Halkara ynsanperwer ylymlary we ösüş uniwersitetiniň rektory Hytaýyň Sian Jiaotong uniwersitetiniň prorektory bilen duşuşdy", None, True),
    ("r67h-tk-lanzhou-oba-hojalyk-rel", "https://turkmenportal.com/tm/blog/86703",
     "Hytaýyň Lanžou uniwersitetiniň wekiliýeti Türkmen oba hojalyk uniwersitetiniň rektory bilen duşuşdy", None, True),
    ("r67h-tk-yapon-professorlar-neg", "https://tdh.gov.tm/tk/post/86704/",
     "Magtymguly adyndaky uniwersitetiň prorektory ýapon professorlaryny kabul etdi", None, False),
]
