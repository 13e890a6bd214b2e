"""Real-looking article pages in five languages for the extraction and end-to-end tests.

Each page has the chrome of a news site around its article: a menu of sections, a "related
news" sidebar, a footer, a cookie notice. The chrome of every page is tempting (it names
China, Kazakhstan, universities and joint laboratories); only the ``relevant`` pages say so
in their article body. Each is served in the charset a real outlet of that language might use,
declared where such an outlet declares it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ArticlePage:
    name: str
    language: str
    headline: str  # what a headline-only feed says
    body: bytes
    content_type: str
    relevant: bool
    in_body: str  # a phrase of the article body, as text
    in_chrome: str  # a phrase of the chrome only
    charset: str  # the charset the page is encoded in


CHROME = {
    "en": ("Home|World|China|Kazakhstan|Science|Education|Opinion", "Related news",
           ["China and Kazakhstan universities launch a joint laboratory",
            "Uzbek and Chinese scientists sign a research cooperation agreement",
            "Central Asia students flock to Chinese universities"],
           "© 2026 The Steppe Herald. All rights reserved. About us | Contacts | Advertising"),
    "ru": ("Главная|Мир|Китай|Казахстан|Наука|Образование", "Читайте также",
           ["Китай и Казахстан откроют совместную лабораторию в университете",
            "Узбекские и китайские учёные подписали соглашение о научном сотрудничестве"],
           "© 2026 Степной вестник. Все права защищены. О нас | Контакты | Реклама"),
    "zh": ("首页|国际|中亚|科技|教育", "相关新闻",
           ["中国与哈萨克斯坦高校共建联合实验室", "中乌科学家签署科研合作协议"],
           "版权所有 © 2026 丝路日报 关于我们 | 联系我们"),
    "kk": ("Басты бет|Әлем|Қытай|Қазақстан|Ғылым|Білім", "Тақырыпқа қатысты",
           ["Қазақстан мен Қытай университеттері бірлескен зертхана ашады"],
           "© 2026 Дала жаршысы. Барлық құқықтар қорғалған."),
    "uz": ("Bosh sahifa|Dunyo|Xitoy|Oʻzbekiston|Fan|Taʼlim", "Mavzuga oid",
           ["Oʻzbekiston va Xitoy universitetlari qoʻshma laboratoriya ochadi"],
           "© 2026 Dasht xabarlari. Barcha huquqlar himoyalangan."),
}


def _page(language: str, title: str, paragraphs: list[str], meta: str = "") -> str:
    menu, related_title, related, footer = CHROME[language]
    nav = "".join(f'<li><a href="/{i}">{item}</a></li>' for i, item in enumerate(menu.split("|")))
    aside = "".join(f'<li><a href="/related/{i}">{item}</a></li>' for i, item in enumerate(related))
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="{language}"><head>{meta}<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
<style>.nav li {{display: inline}} .cookie {{position: fixed}}</style></head>
<body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<header class="site-header"><div class="logo"><a href="/">Logo</a></div>
<nav class="main-menu"><ul class="nav">{nav}</ul></nav></header>
<main><article class="article">
<h1 class="article-title">{title}</h1>
<div class="article-meta"><time datetime="2026-11-05">05.11.2026</time></div>
<div class="article-body">{body}</div>
<div class="tags"><a href="/tag/1">{menu.split("|")[2]}</a> <a href="/tag/2">{menu.split("|")[3]}</a></div>
</article>
<aside class="sidebar related-news"><h3>{related_title}</h3><ul>{aside}</ul></aside></main>
<footer class="site-footer"><p>{footer}</p><ul><li><a href="/about">About</a></li></ul></footer>
</body></html>"""


def pages() -> list[ArticlePage]:
    out = []

    en = _page("en", "Scientists gather in Almaty for a week of talks", [
        "ALMATY — A week of talks between research institutes ended on Friday with an announcement "
        "that had been kept quiet until the last day.",
        "Researchers from Kazakhstan and China opened a joint laboratory for glacier research at "
        "Al-Farabi Kazakh National University, which will monitor the retreat of glaciers in the "
        "Tian Shan mountains with instruments supplied by the Chinese Academy of Sciences.",
        "The laboratory will train doctoral students from both countries and publish its data "
        "openly, its director said, adding that the first expedition is planned for the spring.",
    ])
    out.append(ArticlePage("en-body-only", "en", "Scientists gather in Almaty for a week of talks",
                           en.encode("utf-8"), "text/html; charset=utf-8", True,
                           "opened a joint laboratory for glacier research",
                           "Central Asia students flock to Chinese universities", "utf-8"))

    en_chrome = _page("en", "Almaty derby ends in a goalless draw", [
        "ALMATY — Kairat and Ordabasy played out a goalless draw on Sunday in front of a crowd of "
        "twenty thousand at the Central Stadium, leaving both sides level on points.",
        "The home side hit the post twice in the first half, and the visiting goalkeeper made a "
        "string of saves after the break to keep the score level until the final whistle.",
        "Both coaches said they were satisfied with the point ahead of next week's cup fixtures, "
        "which will be played on a freshly relaid pitch.",
    ])
    out.append(ArticlePage("en-tempting-chrome", "en", "Almaty derby ends in a goalless draw",
                           en_chrome.encode("utf-8"), "text/html; charset=utf-8", False,
                           "played out a goalless draw",
                           "China and Kazakhstan universities launch a joint laboratory", "utf-8"))

    ru = _page("ru", "В Алматы завершилась неделя научных встреч", [
        "АЛМАТЫ. Неделя переговоров научных институтов завершилась в пятницу заявлением, "
        "которое держали в секрете до последнего дня.",
        "Казахстанские и китайские учёные открыли совместную лабораторию по изучению ледников "
        "в Казахском национальном университете имени аль-Фараби. Приборы для наблюдений за "
        "ледниками Тянь-Шаня предоставила Китайская академия наук.",
        "В лаборатории будут стажироваться докторанты обеих стран, а данные будут открытыми, "
        "сообщил её руководитель. Первая экспедиция запланирована на весну.",
    ])
    out.append(ArticlePage("ru-windows-1251", "ru", "В Алматы завершилась неделя научных встреч",
                           ru.encode("cp1251"), "text/html; charset=windows-1251", True,
                           "открыли совместную лабораторию по изучению ледников",
                           "Узбекские и китайские учёные подписали соглашение", "cp1251"))

    zh = _page("zh", "阿拉木图科学周落幕", [
        "阿拉木图电 为期一周的科研机构交流活动于周五结束，最后一天宣布了一项此前一直保密的消息。",
        "中国与哈萨克斯坦共建冰川研究联合实验室，实验室设在哈萨克国立大学，"
        "将利用中国科学院提供的仪器监测天山冰川的退缩情况。两国科学家将共同开展长期观测。",
        "实验室负责人表示，实验室将培养两国博士研究生，并公开发布观测数据。首次科考计划于明年春季进行。",
    ], meta='<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    out.append(ArticlePage("zh-gb2312-meta", "zh", "阿拉木图科学周落幕", zh.encode("gb18030"),
                           "text/html", True, "中国与哈萨克斯坦共建冰川研究联合实验室",
                           "中乌科学家签署科研合作协议", "gb18030"))

    kk = _page("kk", "Алматыда ғылыми кездесулер апталығы аяқталды", [
        "АЛМАТЫ. Ғылыми институттар арасындағы апталық келіссөздер жұма күні соңғы күнге дейін "
        "құпия сақталған мәлімдемемен аяқталды.",
        "Қазақстан мен Қытай ғалымдары әл-Фараби атындағы Қазақ ұлттық университетінде мұздықтарды "
        "зерттейтін бірлескен зертхана ашты. Тянь-Шань мұздықтарын бақылауға арналған құралдарды "
        "Қытай ғылым академиясы берді.",
        "Зертханада екі елдің докторанттары тағылымдамадан өтеді, ал деректер ашық жарияланады, "
        "деді оның жетекшісі. Алғашқы экспедиция көктемге жоспарланған.",
    ])
    out.append(ArticlePage("kk-undeclared-utf8", "kk", "Алматыда ғылыми кездесулер апталығы аяқталды",
                           kk.replace(' lang="kk"', "").encode("utf-8"), "text/html", True,
                           "бірлескен зертхана ашты",
                           "университеттері бірлескен зертхана ашады", "utf-8"))

    uz = _page("uz", "Toshkentda ilmiy uchrashuvlar haftaligi yakunlandi", [
        "TOSHKENT. Ilmiy institutlar oʻrtasidagi bir haftalik muzokaralar juma kuni soʻnggi kungacha "
        "sir saqlangan bayonot bilan yakunlandi.",
        "Oʻzbekiston va Xitoy olimlari Toshkent davlat texnika universitetida qoʻshma laboratoriya "
        "ochdi. Laboratoriya muzliklarni oʻrganadi, asboblarni Xitoy Fanlar akademiyasi taqdim etdi.",
        "Laboratoriyada ikki mamlakat doktorantlari tahsil oladi, maʼlumotlar ochiq eʼlon qilinadi, "
        "dedi uning rahbari. Birinchi ekspeditsiya bahorga rejalashtirilgan.",
    ], meta='<meta charset="utf-8">')
    out.append(ArticlePage("uz-meta-charset", "uz", "Toshkentda ilmiy uchrashuvlar haftaligi yakunlandi",
                           uz.encode("utf-8"), "text/html", True,
                           "qoʻshma laboratoriya ochdi",
                           "universitetlari qoʻshma laboratoriya ochadi", "utf-8"))
    return out


def tempting_pages() -> list[ArticlePage]:
    """Irrelevant articles under the same tempting chrome, in Russian and Chinese: a weather
    report and a transport story whose menus and "related news" name China, Kazakhstan,
    universities and joint laboratories."""
    ru = _page("ru", "В Астане ожидается сильный снегопад", [
        "АСТАНА. Синоптики Казгидромета предупредили о сильном снегопаде и метели в столице и "
        "Акмолинской области в ближайшие выходные.",
        "Водителям советуют отказаться от поездок по трассам, а коммунальные службы города "
        "переведены на усиленный режим работы, сообщили в акимате.",
        "Температура ночью опустится до минус двадцати пяти градусов, днём будет около минус "
        "пятнадцати, ветер северо-западный, порывами до двадцати метров в секунду.",
    ], meta='<meta charset="utf-8">')
    zh = _page("zh", "霍尔果斯口岸货运量创新高", [
        "霍尔果斯口岸今年前十个月的进出口货运量同比增长百分之十二，创下历史新高。",
        "口岸管理部门表示，中欧班列通行数量持续增加，通关时间进一步缩短，物流企业运营成本下降。",
        "当地还计划扩建物流园区和仓储设施，以满足不断增长的运输需求。",
    ], meta='<meta charset="utf-8">')
    return [
        ArticlePage("ru-tempting-chrome", "ru", "Казахстан: в Астане ожидается сильный снегопад",
                    ru.encode("utf-8"), "text/html; charset=utf-8", False, "сильном снегопаде",
                    "Китай и Казахстан откроют совместную лабораторию в университете", "utf-8"),
        ArticlePage("zh-tempting-chrome", "zh", "哈萨克斯坦霍尔果斯口岸货运量创新高",
                    zh.encode("utf-8"), "text/html; charset=utf-8", False, "中欧班列通行数量持续增加",
                    "中国与哈萨克斯坦高校共建联合实验室", "utf-8"),
    ]
