"""Round-66 probes, the HELD-OUT blind set (issue 12): written with the development set, before the rules
were run on either, and measured ONCE after the round's fixes (docs/classifier.md, "Round 66 of issue
12"); nothing was fixed from it. Same family as probes_r66_dev: students' own stories (a Central Asian
student or young researcher in China named by person, hometown or demonym; a Chinese student in Almaty as
a look-alike that is relevant), and hard negatives (a Bashkir student in Beijing, a Kazakh-ethnic girl of
Urumqi, Central Asian students in Russia or Korea, traders and workers in China).

Per language 2 relevant items and 1 hard negative (27). Each row: (id, url, headline, lede or None,
relevant).
"""

from __future__ import annotations

PROBES_R66_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r66h-en-talas-guangzhou-rel", "https://24.kg/english/86611/",
     "Talas to Guangzhou: how Bakyt got a Chinese government scholarship", None, True),
    ("r66h-en-chinese-student-almaty-rel", "https://www.inform.kz/en/86611",
     "A Chinese student in Almaty: why I chose to study the Kazakh language",
     "Li Wei came to al-Farabi Kazakh National University two years ago.", True),
    ("r66h-en-kashgar-uyghur-neg", "https://www.globaltimes.cn/page/202612/86611.shtml",
     "Young Uyghur from Kashgar enters Peking University on a national scholarship", None, False),
    # ------------------------------------------------------------------ Russian
    ("r66h-ru-issyk-kul-zhyldyz-rel", "https://kaktus.media/doc/86611.html",
     "Жылдыз из Иссык-Куля: как я выиграла стипендию на учебу в Китае", None, True),
    ("r66h-ru-khudzhand-farkhod-rel", "https://asiaplustj.info/ru/news/86611",
     "Фарход из Худжанда рассказал, как учится в Синьцзянском университете", None, True),
    ("r66h-ru-ufa-aygul-neg", "https://www.bashinform.ru/news/86611",
     "Айгуль из Уфы рассказала о жизни студентки в Пекине", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r66h-zh-naren-beiyu-rel", "https://www.chinanews.com.cn/hr/2026/12-07/86611.shtml",
     "来自纳伦的女孩在北京语言大学学汉语", None, True),
    ("r66h-zh-aoshi-jiangxuejin-rel", "https://www.news.cn/world/20261207/86611.htm",
     "奥什姑娘获得中国政府奖学金赴华留学",
     "她计划毕业后回国当一名汉语教师。", True),
    ("r66h-zh-wulumuqi-hasakezu-neg", "http://www.xinjiang.gov.cn/xinjiang/86611.shtml",
     "来自乌鲁木齐的哈萨克族姑娘考上北京大学", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r66h-kk-taraz-nurlan-rel", "https://kazinform.kz/kz/86611",
     "Таразда туған Нұрлан Шанхайда магистратураны тәмамдады", None, True),
    ("r66h-kk-zhansaya-tabys-rel", "https://egemen.kz/article/86611",
     "Жас ғалым Жансая Қытай университетінде тағылымдамадан өтті: табыс тарихы", None, True),
    ("r66h-kk-resey-grant-neg", "https://kaz.tengrinews.kz/86611/",
     "Қызылордалық студент Ресейде грантпен оқиды", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r66h-ky-jalal-abad-aiperi-rel", "https://kabar.kg/kg/news/86611/",
     "Жалал-Абаддык Айпери Кытайда окууга грант алды", None, True),
    ("r66h-ky-issyk-kul-uhan-rel", "https://kaktus.media/kg/doc/86611.html",
     "Ысык-Көлдүк студент Уханда медицина боюнча билим алууда", None, True),
    ("r66h-ky-kashkar-sooda-neg", "https://azattyk.org/a/86611.html",
     "Оштук соодагер Кашкардан товар ташыйт", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r66h-uz-qarshi-stipendiya-rel", "https://kun.uz/news/2026/12/07/86611",
     "Qarshilik yigit Xitoy hukumati stipendiyasini qanday qo‘lga kiritdi", None, True),
    ("r66h-uz-samarqand-uxan-rel", "https://daryo.uz/2026/12/07/86611",
     "Samarqandlik talaba Uxandagi universitetda tibbiyot o‘qimoqda", None, True),
    ("r66h-uz-koreya-neg", "https://kun.uz/news/2026/12/07/86612",
     "Farg‘onalik talaba Koreyada o‘qish uchun grant oldi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r66h-uzc-andijon-farhod-rel", "https://uza.uz/uz/posts/86611",
     "Андижонлик Фарҳод Пекинда магистрлик даражасини олди", None, True),
    ("r66h-uzc-namangan-qiz-rel", "https://xs.uz/uz/post/86611",
     "Наманганлик қиз Хитойда қандай ўқиши ҳақида гапириб берди",
     "У Чжэцзян университетида халқаро савдо йўналишида таҳсил олмоқда.", True),
    ("r66h-uzc-xorazm-ishchi-neg", "https://uza.uz/uz/posts/86612",
     "Хоразмлик ишчилар Хитойдаги заводда ишламоқда", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r66h-tg-badakhshon-stipendiya-rel", "https://khovar.tj/2026/12/86611/",
     "Ҷавони бадахшонӣ бо стипендияи ҳукумати Чин таҳсил мекунад", None, True),
    ("r66h-tg-istaravshan-nilufar-rel", "https://asiaplustj.info/tj/news/86611",
     "Нилуфар аз Истаравшан: таҳсил дар Шанхай орзуи ман буд", None, True),
    ("r66h-tg-rusiya-neg", "https://khovar.tj/2026/12/86612/",
     "Ҷавонони Кӯлоб барои таҳсил ба донишгоҳҳои Маскав рафтанд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r66h-tk-ahal-magistratura-rel", "https://turkmenportal.com/tm/blog/86611",
     "Ahally ýaş Hytaýyň uniwersitetinde magistraturany tamamlady", None, True),
    ("r66h-tk-lebap-dil-rel", "https://tdh.gov.tm/tk/post/86611",
     "Lebaply gyz Pekinde hytaý dilini öwrenýär", None, True),
    ("r66h-tk-balkan-russiya-neg", "https://turkmenportal.com/tm/blog/86612",
     "Balkanly talyp Russiýada grant bilen okaýar", None, False),
]
