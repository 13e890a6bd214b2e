"""Round 90 of issue 12: a Chinese side met abroad beside another partner; archives and libraries; think tanks
(docs/classifier.md, "Round 90 of issue 12"). A Chinese university's or academy's own site (outlets.yaml `academic`)
writing of its delegation's trip to a Central Asian country and another ("Vice President ZHEN Liang Visits Russia and
Kazakhstan ...", h19-020 on en.hit.edu.cn) implies its side through rules.yaml `implied.outlet_when` (the academic
outlet alone, never the language; a visit or a delegation, `trip`, with the Central Asian side listed beside the
other partner); the partner rules leave such an item alone. Archivists are heritage at full weight and an archive at
0.4 (as a library), in every language; the National Library of China and Kazakhstan's National Academic Library by
their Turkic and Tajik names; Tajikistan's Center for Strategic Studies by its short Tajik name. Think tanks' joint
research and forums are in scope, as the real labels have it (dv-0068, dv-0080, h6-006, h7-028, h19-028); a
library's book donation or a courtesy visit to a library is not (h26-004, h26-005); journalists' training stays as
it was decided (out of scope, h24-025). The READINGS table reads each form both ways; the blind sets (probes_r90_dev,
probes_r90_held) are decided on their url and without it, in both modes; two of round 80's misses move to
test_round80.FIXED_LATER."""

from __future__ import annotations

from classifiers import Classifier

from .probes_r90_dev import PROBES_R90_DEV
from .probes_r90_held import PROBES_R90_HELD
from .tables import assert_decision, assert_fresh_blind, assert_reading, decide, probe_rows, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("en-archivists", "Archivists from Urumqi visit Almaty", "heritage", True),
    ("en-historical-archives", "First Historical Archives open reading room", "heritage", True),
    ("en-digital-copies", "Digital copies of historical documents handed over in Astana", "heritage", True),
    ("en-archive-footage-is-not", "Archive footage shows the 1998 final in Almaty", "heritage", False),
    ("ru-arhivisty", "Архивисты Урумчи приехали в Алматы", "heritage", True),
    ("ru-nacionalnyi-arhiv", "Национальному архиву передали документы", "heritage", True),
    ("ru-arhiv-weak", "Архив новостей за декабрь открыт для читателей", "heritage", True),  # 0.4: two signs needed
    ("ru-archive-footage-is-not", "Кадры хроники финала 1998 года в Алматы", "heritage", False),
    ("zh-dangan-renyuan", "档案人员赴阿拉木图交流", "heritage", True),
    ("zh-shougao", "古代手稿在塔什干展出", "heritage", True),
    ("zh-danganguan", "档案馆新馆开放", "heritage", True),
    ("zh-dangan-alone-is-not", "个人信用档案查询系统上线", "heritage", False),
    ("kk-muragatshylar", "Мұрағатшылар Алматыда кездесті", "heritage", True),
    ("kk-muragat", "Ұлттық мұрағатқа құжаттар тапсырылды", "heritage", True),
    ("kk-academic-library", "Ұлттық академиялық кітапхана жаңа зал ашты", "kz", True),
    ("kk-library-alone-is-not", "Ұлттық кітапхана жаңа зал ашты", "kz", False),
    ("kk-nlc", "Қытайдың Ұлттық кітапханасы жаңа зал ашты", "china", True),
    ("ky-arhivister", "Архивисттер Бишкекте жолугушту", "heritage", True),
    ("ky-arhiv", "Улуттук архивге документтер тапшырылды", "heritage", True),
    ("ky-nlc", "Кытайдын Улуттук китепканасы жаңы зал ачты", "china", True),
    ("uz-arxivchilar", "Arxivchilar Toshkentda uchrashdi", "heritage", True),
    ("uzc-arxivshunoslar", "Архившунослар Самарқандда учрашди", "heritage", True),
    ("uz-arxiv", "Milliy arxivga hujjatlar topshirildi", "heritage", True),
    ("uzc-national-library", "Ўзбекистон Миллий кутубхонаси янги зал очди", "uz", True),
    ("tg-boygonishinos", "Бойгонишиносон дар Душанбе ҷамъ омаданд", "heritage", True),
    ("tg-boygoni", "Бойгонии марказии давлатӣ ҳуҷҷатҳоро қабул кард", "heritage", True),
    ("tg-css-short", "Маркази таҳқиқоти стратегӣ ҳисобот нашр кард", "tj", True),
    ("tg-markaz-alone-is-not", "Маркази тиббӣ кушода шуд", "tj", False),
    ("tg-nlc", "Китобхонаи миллии Чин толори нав кушод", "china", True),
    ("tk-arhiwciler", "Arhiwçiler Aşgabatda duşuşdy", "heritage", True),
    ("tk-arhiw", "Milli arhiwe resminamalar tabşyryldy", "heritage", True),
    ("tk-nlc", "Hytaýyň Milli kitaphanasy täze zal açdy", "china", True),
    ("en-trip", "Rector visits Almaty", "trip", True),
    ("ru-trip", "Ректор посетила Алматы", "trip", True),
    ("zh-trip", "校长访问阿拉木图", "trip", True),
    ("kk-trip", "Ректор Алматыға сапармен келді", "trip", True),
    ("ky-trip", "Делегация Бишкекке келди", "trip", True),
    ("uz-trip", "Rektor Toshkentga tashrif buyurdi", "trip", True),
    ("tg-trip", "Ҳайати донишгоҳ ба Душанбе омад", "trip", True),
    ("tk-trip", "Rektor Aşgabada sapar bilen geldi", "trip", True),
    ("en-visitors-are-not-trip", "Visitors crowd the museum in Almaty", "trip", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round90_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


HIT = "http://en.hit.edu.cn/news/index/"
# (id, title, url, expected)
DECISIONS = [
    ("en-hit-russia-kazakhstan", "Vice President ZHEN Liang Visits Russia and Kazakhstan to Promote Regional University "
     "Cooperation", HIT + "3866", True),
    ("zh-lzu-delegation-russia-kazakhstan", "校长率团访问俄罗斯和哈萨克斯坦高校", "https://news.lzu.edu.cn/c/202612/1.html", True),
    ("en-archivists-digitise", "Kazakh archivists learn to digitise manuscripts in Beijing", None, True),
    ("en-joint-catalogue", "Uzbek and Chinese archivists compile a joint catalogue of Silk Road manuscripts", None, True),
    ("tg-archivists-urumqi", "Бойгонишиносони тоҷик дар Урумчи омӯзиш гузаштанд", None, True),
    ("en-think-tank-forum", "KazISS and CASS experts hold a joint forum on Central Asian security", None, True),
    # the same trip on a news agency's site: the language or a news outlet implies nothing beside another partner
    ("zh-delegation-on-xinhua-is-not", "校长率团访问俄罗斯和哈萨克斯坦高校", "https://www.xinhuanet.com/world/2026-12/09/c_1.htm",
     False),
    # Central Asia and Russia on a Chinese university's site, with no trip: not the outlet's side
    ("en-kz-russia-branch-is-not", "Kazakhstan and Russia open joint university branch in Astana", HIT + "3867", False),
    ("en-trip-for-oil-is-not", "Delegation visits Russia and Kazakhstan universities to discuss oil trade", HIT + "3868",
     False),
    ("en-book-donation-is-not", "Chinese embassy donates books to Kazakhstan's National Library", None, False),
    ("ru-book-donation-is-not", "Посольство Китая подарило книги Национальной библиотеке Казахстана", None, False),
    ("ru-archive-alone-is-not", "Архив Казахстана и Китая: фото недели", None, False),
    ("en-russian-archivists-is-not", "Kazakh and Russian archivists meet in Moscow", None, False),
    ("en-china-russia-think-tanks-is-not", "Chinese and Russian think tanks meet in Beijing", None, False),
]


@rows(("title", "url", "expected"), DECISIONS)
def test_round90_decision(clf: Classifier, title: str, url: str | None, expected: bool) -> None:
    assert_decision(clf, title, expected, url)


# Dev before the fixes (base 2026.12.99.9.9.8): P 0.941 / R 0.889 in both modes, with and without the url (missed the
# Kazakh archivists' Qing-era copies and the Tajik Center for Strategic Studies with CASS; let in the Kyrgyz
# journalists trained in Beijing). After: every item right but the journalists, left as decided (journalists'
# training is not changed in this round: "Бээжинде окуудан" reads as study in Beijing).
DEV_WRONG_MEASURED = {"r90d-ky-journalists-neg"}
# Held-out, measured once after the fixes (nothing fixed from it): P 0.889 / R 0.889 in both modes, with and without
# the url, the same as the base. Missed: the Kazakh copies of Abylai Khan era documents ("құжаттардың көшірмелері"
# from "Қытай мұрағаттарынан") and the Kyrgyz national libraries digitising manuscripts; let in: a Chinese
# delegation's courtesy tour of Kazakhstan's National Library and a Chinese course for Tajik journalists.
HELD_WRONG_MEASURED = {"r90h-en-library-tour-neg", "r90h-zh-jizhe-yanxiuban-neg", "r90h-kk-abylai-qujat-rel",
                       "r90h-ky-kol-jazma-rel"}
# Later rounds that decide one of the measured wrong items right move it here (no longer honest), with the round.
FIXED_LATER: dict[str, str] = {
    "r90d-ky-journalists-neg": "round 92: journalists' own study (окуудан өтүштү) is what they get, as a seminar is",
    "r90h-zh-jizhe-yanxiuban-neg": "round 92: 新闻记者 names journalists, whose 研修班 is media cooperation",
}
DEV_WRONG = DEV_WRONG_MEASURED - set(FIXED_LATER)
HELD_WRONG = HELD_WRONG_MEASURED - set(FIXED_LATER)


@rows(("mode", "title", "summary", "url", "expected"), probe_rows(PROBES_R90_DEV, DEV_WRONG))
def test_round90_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None,
                                 expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(("mode", "title", "summary", "url", "expected"), probe_rows(PROBES_R90_HELD, HELD_WRONG))
def test_round90_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None,
                                  expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


def test_round90_probes_are_fresh() -> None:
    """No round-90 headline is a labelled text or an earlier probe's, nor shares half its words with one, nor with
    another of the sets. Rounds 87, 88, 89 and 91 were written at the same time by other writers."""
    assert_fresh_blind(PROBES_R90_DEV + PROBES_R90_HELD, "probes_r90", "probes_r87", "probes_r88", "probes_r89", "probes_r91")


def test_round90_shape() -> None:
    """2 relevant items and 2 hard negatives in each of the nine languages, in each set; headlines only."""
    for probes in (PROBES_R90_DEV, PROBES_R90_HELD):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert sorted(p[-1] for p in mine) == [False, False, True, True], lang
        assert all(p[3] is None for p in probes) and len({p[0] for p in probes}) == len(probes)


def test_round90_fixed_later_were_measured_wrong() -> None:
    assert set(FIXED_LATER) <= DEV_WRONG_MEASURED | HELD_WRONG_MEASURED


def test_round90_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.99.9.9.9.3"
