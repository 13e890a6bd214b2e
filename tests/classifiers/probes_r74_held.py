"""Round-74 probes, the HELD-OUT blind set (issue 12): written with the development set, before the rules
were run on either, and measured ONCE after the fixes (nothing was fixed from it; its errors are pinned in
test_round74.HELD_WRONG). Family and labels as probes_r74_dev: a form of education cooperation (branch
campus, joint degree, postdoc, dictionary, internship, Luban Workshop, study-in-China fair, teacher
training, alumni association, rectors' forum, HSK or language centre, winter camp, PhD places) naming both
sides is relevant; the same forms with another partner (the US, Korea, Russia, Turkey, Japan, India) or
one side's domestic education news are hard negatives.

Per language 2 relevant items and 1 hard negative (27). Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R74_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r74h-en-xian-branch-campus-rel", "https://astanatimes.com/2026/12/74201/",
     "Northwest University of Xi'an to admit first students at its Almaty branch", None, True),
    ("r74h-en-tajik-postdocs-rel", "https://asiaplustj.info/en/news/tajikistan/society/20261207/74202",
     "Ten Tajik researchers start postdoctoral fellowships in China", None, True),
    ("r74h-en-us-joint-degree-neg", "https://www.inform.kz/en/74203",
     "Kazakhstan and US sign agreement on joint degree programmes", None, False),
    # ------------------------------------------------------------------ Russian
    ("r74h-ru-uzbek-chinese-dictionary-rel", "https://www.gazeta.uz/ru/2026/12/07/74204/",
     "В Ташкенте выпустили узбекско-китайский словарь для студентов", None, True),
    ("r74h-ru-shenzhen-internship-rel", "https://24.kg/obschestvo/74205/",
     "Кыргызстанские студенты прошли стажировку в китайских компаниях Шэньчжэня", None, True),
    ("r74h-ru-korean-branch-neg", "https://tengrinews.kz/kazakhstan_news/74206/",
     "Корейский университет Сонгюнгван откроет филиал в Шымкенте", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r74h-zh-tajik-luban-graduates-rel", "http://www.xinhuanet.com/world/2026-12/07/c_74207.htm",
     "塔吉克斯坦首个鲁班工坊学员毕业", None, True),
    ("r74h-zh-almaty-study-fair-rel", "https://www.chinanews.com.cn/gj/2026/12-07/74208.shtml",
     "中国高校留学展在阿拉木图举行", None, True),
    ("r74h-zh-russia-summer-school-neg", "https://www.chinadaily.com.cn/a/202612/07/74209.html",
     "中俄大学生暑期学校在哈尔滨开班", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r74h-kk-urumqi-teachers-rel", "https://www.inform.kz/kz/74210",
     "Қазақстандық қытай тілі мұғалімдері Үрімжіде біліктілігін арттырды", None, True),
    ("r74h-kk-alumni-association-rel", "https://kaz.tengrinews.kz/74211/",
     "Қытай университеттерінің қазақстандық түлектері қауымдастық құрды", None, True),
    ("r74h-kk-russia-mobility-neg", "https://kaz.nur.kz/74212/",
     "Қазақстан студенттері академиялық ұтқырлық бойынша Ресейдің Томск университетіне аттанды", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r74h-ky-bishkek-study-fair-rel", "https://kabar.kg/kg/news/74213/",
     "Бишкекте Кытайда билим алуу көргөзмөсү өттү", None, True),
    ("r74h-ky-doctoral-places-rel", "https://24.kg/kyrgyzcha/74214/",
     "Кыргыз студенттери Кытайдын ЖОЖдорунда докторантурага кабыл алынды", None, True),
    ("r74h-ky-turkey-fair-neg", "https://kaktus.media/kg/doc/74215.html",
     "Бишкекте Түркия университеттеринин көргөзмөсү өттү", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r74h-uz-hsk-centre-rel", "https://kun.uz/news/2026/12/07/74216",
     "Toshkentda HSK imtihon markazi ochildi", None, True),
    ("r74h-uz-samarkand-rectors-rel", "https://www.gazeta.uz/uz/2026/12/07/74217/",
     "Xitoy universitetlari rektorlari Samarqandda forumga yig‘ildi", None, True),
    ("r74h-uz-japan-branch-neg", "https://daryo.uz/2026/12/07/74218",
     "Tsukuba universiteti Toshkentda o‘z filialini ochishga tayyorlanmoqda", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r74h-uzc-joint-masters-rel", "https://uza.uz/uz/posts/74219",
     "Жиззах педагогика институти ва Пекин университети қўшма магистратурага қабулни бошлади", None, True),
    ("r74h-uzc-winter-camp-rel", "https://kun.uz/kr/news/2026/12/07/74220",
     "Ўзбекистонлик талабалар Хитойда қишки лагерда иштирок этди", None, True),
    ("r74h-uzc-china-textbooks-neg", "https://uza.uz/uz/posts/74221",
     "Хитойда мактаб ўқувчилари учун янги дарсликлар тасдиқланди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r74h-tg-rectors-forum-rel", "https://khovar.tj/2026/12/74222/",
     "Нишасти сардорони мактабҳои олии Тоҷикистону Чин дар Хоруғ доир гардид", None, True),
    ("r74h-tg-khujand-teachers-rel", "https://tojnews.org/tj/news/74223",
     "Дар Урумчӣ 25 омӯзгори забони чинӣ аз вилояти Суғд бозомӯзӣ гузаштанд", None, True),
    ("r74h-tg-russia-olympiad-neg", "https://asiaplustj.info/tj/news/74224",
     "Донишҷӯёни тоҷик дар олимпиадаи Русия ғолиб шуданд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r74h-tk-language-centre-rel", "https://turkmenportal.com/tm/blog/74225",
     "Türkmenistanda Hytaý dilini öwreniş merkezi açyldy", None, True),
    ("r74h-tk-double-diploma-rel", "https://tdh.gov.tm/tk/post/74226",
     "Türkmen we hytaý uniwersitetleri goşa diplom maksatnamasyny başlady", None, True),
    ("r74h-tk-india-fair-neg", "https://turkmenportal.com/tm/blog/74227",
     "Aşgabatda Hindistanyň ýokary okuw mekdepleriniň sergisi geçirildi", None, False),
]
