"""The outlet as an implied side (docs/classifier.md, "Outlet"): the item's url resolved to a
country, and headlines read both ways with it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import yaml

from classifiers import Classifier
from classifiers.cli import classify_jsonl
from classifiers.outlets import host_of, parse_table, resolve

EVAL = Path(__file__).resolve().parents[2] / "classifiers" / "eval"
EVAL_SETS = [EVAL / "dev.jsonl", EVAL / "holdout.jsonl", EVAL / "holdout2.jsonl", EVAL / "holdout3.jsonl",
             Path("/work/shared/eval/labelled_dev.jsonl")]

# (id, url, concept implied or None)
RESOLUTION = [
    ("kz-cctld", "https://kaznu.kz/ru/news/1", "kz"),
    ("kz-subdomain", "https://welcome.kaznu.kz/news", "kz"),
    ("kz-www-and-port", "http://www.kaznu.kz:8080/a?b=1#c", "kz"),
    ("kz-uppercase", "HTTPS://WWW.KazNU.KZ/News", "kz"),
    ("kz-trailing-dot", "https://kaznpu.kz./news", "kz"),
    ("kz-edu-second-level", "https://shakarim.edu.kz/ru/news/x", "kz"),
    ("kz-cyrillic-tld", "https://сайт.қаз/жаңалықтар", "kz"),
    ("kz-cyrillic-tld-punycode", "https://xn--80aswg.xn--80ao21a/", "kz"),
    ("kg-cctld", "https://24.kg/obschestvo/1", "kg"),
    ("kg-subdomain", "https://kg.kabar.kg/news/x", "kg"),
    ("uz-cctld", "https://kun.uz/news/2019/01/24/x", "uz"),
    ("uz-mobile", "https://m.kun.uz/news/x", "uz"),
    ("tj-cctld", "https://khovar.tj/rus/2024/04/x", "tj"),
    ("tm-cctld", "https://orient.tm/ru/post/1", "tm"),
    ("kg-akipress-com", "https://akipress.com/news:1", "kg"),
    ("tj-asiaplus-info", "https://www.asiaplustj.info/en/news/1", "tj"),
    ("tm-turkmenportal-com", "https://turkmenportal.com/blog/1", "tm"),
    ("kz-kursiv-media", "https://uz.kursiv.media/2024/x", "kz"),
    ("kz-university-tld", "https://farabi.university/news/101359", "kz"),
    ("cn-cctld", "https://en.lzu.edu.cn/info/1", "china"),
    ("cn-xinhuanet-com", "http://news.xinhuanet.com/english/x.htm", "china"),
    ("cn-news-cn", "https://russian.news.cn/x.htm", "china"),
    ("cn-cgtn-com", "https://news.cgtn.com/news/x", "china"),
    ("cn-chinadaily", "https://www.chinadaily.com.cn/a/x.html", "china"),
    ("cn-cctv-com", "https://english.cctv.com/x.shtml", "china"),
    ("cn-consulate-org", "https://osh.china-consulate.org/rus/x", "china"),
    ("cn-idn-tld", "http://例子.中国/", "china"),
    ("regional-timesca", "https://timesca.com/news/x", None),
    ("regional-eurasianet", "https://eurasianet.org/x", None),
    ("regional-rferl-kazakh", "https://www.azattyq.org/a/1.html", None),
    ("regional-reuters", "https://www.reuters.com/world/asia-pacific/x", None),
    ("trend-az-is-not-central-asia", "https://en.trend.az/casia/x", None),
    ("russian-outlet", "https://regnum.ru/news/1", None),
    ("sputnik-tajik-edition-on-ru-is-tajik", "https://tj.sputniknews.ru/x", "tj"),
    ("sputnik-russian-edition-is-none", "https://sputniknews.ru/x", None),
    ("google-news", "https://news.google.com/rss/articles/CBMiX2h0dHBz?oc=5", None),
    ("kz-in-path-only", "https://example.com/kz/news", None),
    ("kz-as-subdomain-of-com", "https://kz.example.com/news", None),
    ("ip-address", "http://8.210.172.137/news", None),
    ("ipv6", "http://[::1]/x", None),
    ("no-scheme", "kaznu.kz/news", None),
    ("ftp-scheme", "ftp://kaznu.kz/file", None),
    ("broken-bracket", "http://[kaznu.kz/x", None),
    ("empty", "", None),
    ("none", None, None),
    ("bare-tld", "http://kz/", None),
    ("space-in-host", "http://kaz nu.kz/", None),
]


@pytest.mark.parametrize(("url", "concept"), [r[1:] for r in RESOLUTION], ids=[r[0] for r in RESOLUTION])
def test_url_resolves_to_its_outlets_side(url: str | None, concept: str | None) -> None:
    outlet = resolve(url)
    assert (outlet.concept if outlet else None) == concept, outlet


# The bundled sources.yaml tags each national outlet with its country: a feed's address must
# resolve to that side (add the host to classifiers/data/outlets.yaml), or its items lose it.
_SIDES = {"kz": "kz", "kg": "kg", "uz": "uz", "tj": "tj", "tm": "tm", "cn": "china"}
_BUNDLED = [s for s in yaml.safe_load((EVAL.parents[1] / "sources.yaml").read_text(encoding="utf-8"))["sources"]
            if s.get("url") and len(_SIDES.keys() & set(s.get("tags") or ())) == 1]


@pytest.mark.parametrize("source", _BUNDLED, ids=[s["id"] for s in _BUNDLED])
def test_bundled_sources_resolve_to_their_tagged_side(source: dict) -> None:
    (tag,) = _SIDES.keys() & set(source["tags"])
    outlet = resolve(source["url"])
    assert outlet is not None and outlet.concept == _SIDES[tag], (source["url"], outlet)


@pytest.mark.parametrize(("url", "host"), [
    ("HTTPS://WWW.KazNU.KZ:443/x", "kaznu.kz"),
    ("https://xn--80aswg.xn--80ao21a/", "сайт.қаз"),
    ("https://m.kun.uz/", "kun.uz"),
    ("https://m.uz/", "m.uz"),
], ids=["www-port-case", "punycode", "mobile", "m-is-the-name"])
def test_host_is_shown_as_a_reader_writes_it(url: str, host: str) -> None:
    assert host_of(url) == host


@pytest.mark.parametrize(("data", "message"), [
    ({"countries": {"kz": "Kazakhstan"}, "tlds": {"kz": "kzz"}}, "tlds.kz: unknown concept 'kzz'"),
    ({"countries": {"kz": "Kazakhstan"}, "hosts": ["kaznu.kz"]}, "hosts must map a domain"),
    (["kz"], "expected a mapping"),
], ids=["unknown-concept", "hosts-not-a-mapping", "not-a-mapping"])
def test_table_errors_name_the_field_and_the_fix(data: object, message: str) -> None:
    with pytest.raises(ValueError, match="outlets.yaml") as info:
        parse_table(data, "outlets.yaml")
    assert message in str(info.value)


KZ_UNIVERSITY = "https://www.kaznu.kz/ru/news/1"
KZ_NEWS = "https://tengrinews.kz/science/1"
# (id, headline, url, relevant?)
HEADLINES = [
    ("ru-memoranda-with-chinese-universities-at-kz-university",
     "Подписаны меморандумы о сотрудничестве с китайскими вузами", KZ_UNIVERSITY, True),
    ("ru-memoranda-without-url", "Подписаны меморандумы о сотрудничестве с китайскими вузами", None, False),
    ("ru-memoranda-at-regional-outlet",
     "Подписаны меморандумы о сотрудничестве с китайскими вузами", "https://timesca.com/x", False),
    ("ru-memoranda-at-russian-outlet",
     "Подписаны меморандумы о сотрудничестве с китайскими вузами", "https://regnum.ru/x", False),
    ("en-chinese-teachers-at-kg-outlet", "Chinese language teachers to train students at local schools",
     "https://24.kg/english/1", True),
    ("en-joint-lab-with-chinese-academy-at-uz-outlet", "Joint laboratory with the Chinese Academy of Sciences opened",
     "https://kun.uz/en/news/1", True),
    ("ru-central-asia-named-at-chinese-outlet", "Студенты из Казахстана изучают китайский язык в университете",
     "https://russian.news.cn/x.htm", True),
    # negatives: a .kz outlet's items about China's own news, trade, visas, sport
    ("ru-chinas-own-space-launch", "Китай запустил научный спутник для исследования космоса", KZ_NEWS, False),
    ("ru-chinese-scientists-own-research", "Китайские учёные создали новый материал для аккумуляторов", KZ_NEWS, False),
    ("ru-trade-with-china", "Товарооборот с Китаем вырос на 20 процентов", KZ_NEWS, False),
    ("ru-visa-regime-with-china", "Безвизовый режим с Китаем: что нужно знать студентам", KZ_NEWS, False),
    ("ru-football-against-china", "Сборная Китая обыграла нас в футбол", KZ_NEWS, False),
    ("en-chinese-ai-model-at-kg-outlet", "Chinese AI model tops global benchmark", "https://24.kg/english/2", False),
    ("ru-korea-named-implies-nothing", "Корейские и китайские вузы подписали меморандумы", KZ_UNIVERSITY, False),
]


@pytest.mark.parametrize(("title", "url", "expected"), [h[1:] for h in HEADLINES], ids=[h[0] for h in HEADLINES])
def test_headlines_with_their_outlet(clf: Classifier, title: str, url: str | None, expected: bool) -> None:
    d = clf.classify(title=title, url=url)
    assert d.relevant is expected, d.explain()
    assert clf.classify_to_dict(title=title, url=url)["relevant"] is expected


def test_explanation_names_the_outlet(clf: Classifier) -> None:
    d = clf.classify(title="Подписаны меморандумы о сотрудничестве с китайскими вузами", url=KZ_UNIVERSITY)
    assert "url            'kaznu.kz' → kz (implied: the outlet is in Kazakhstan)" in d.explain()
    assert d.countries == ("CN", "KZ")
    compact = clf.classify_to_dict(title="Подписаны меморандумы о сотрудничестве с китайскими вузами",
                                   url=KZ_UNIVERSITY)
    assert {"term": "kaznu.kz", "concept": "kz", "field": "url", "offset": 0, "count": 1,
            "lemma": "implied: the outlet is in Kazakhstan"} in compact["matches"]


def test_language_and_outlet_do_not_add_up(clf: Classifier) -> None:
    """A Kazakh text from a .kz outlet: the language implies KZ and the outlet adds nothing."""
    title = "Қытай университеттерімен ынтымақтастық туралы меморандумдар қол қойылды"
    with_url = clf.classify(title=title, url=KZ_UNIVERSITY)
    without = clf.classify(title=title)
    assert [r.id for r in with_url.rules] == [r.id for r in without.rules]
    # round 50: the university's own site adds its subject (university, at 1.0: science_education
    # +0.8), never its side
    assert [(m.concept, m.lemma) for m in with_url.matches if m.field == "url"] == [
        ("university", "implied: the outlet is a university's own site")]
    assert with_url.score == pytest.approx(without.score + 0.8)
    assert [m for m in with_url.matches if m.lemma.startswith("implied: the text is in Kazakh")]


def _items(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


@pytest.mark.parametrize("path", EVAL_SETS, ids=[p.name for p in EVAL_SETS])
def test_url_changes_a_decision_only_through_an_outlet_match(clf: Classifier, path: Path) -> None:
    """On every eval item, in both modes: no url and a url of no outlet decide exactly alike,
    and an item's own url changes its decision only when an outlet match says why."""
    if not path.exists():
        pytest.skip(f"{path} is not on this machine")
    items = _items(path)
    assert all(i.get("url") for i in items), "every eval item carries its url"
    for item in items:
        for summary in (item.get("summary"), None):
            kw = {"title": item.get("title"), "summary": summary, "content": item.get("content"), "lang": item.get("lang")}
            none = clf.classify_to_dict(**kw)
            assert clf.classify_to_dict(**kw, url="https://news.google.com/rss/articles/x") == none
            own = clf.classify_to_dict(**kw, url=item["url"])
            if not any(m["field"] == "url" for m in own["matches"]):
                assert own == none, item["id"]


def test_monitor_classify_reads_url(clf: Classifier) -> None:
    lines = [
        json.dumps({"id": 1, "title": "Подписаны меморандумы о сотрудничестве с китайскими вузами",
                    "url": KZ_UNIVERSITY, "source": "КазНУ"}, ensure_ascii=False),
        json.dumps({"id": 2, "title": "Подписаны меморандумы о сотрудничестве с китайскими вузами"},
                   ensure_ascii=False),
        json.dumps({"id": 3, "title": "China and Kazakhstan open joint laboratory", "url": 42}),
    ]
    out = io.StringIO()
    code = classify_jsonl(clf, io.StringIO("\n".join(lines) + "\n"), out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert code == 1
    assert [r.get("relevant") for r in rows[:2]] == [True, False]
    assert {"term": "kaznu.kz", "concept": "kz", "field": "url", "offset": 0,
            "lemma": "implied: the outlet is in Kazakhstan"} in rows[0]["matches"]
    assert rows[2] == {"id": 3, "error": "line 3: url must be a string or null, not int"}
