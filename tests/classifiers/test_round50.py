"""Round 50 of issue 12: an academic outlet is a subject (docs/classifier.md, "Outlet" and "Round 50 of
issue 12"). A university's, an academy's or a research institute's own site (outlets.yaml `academic`)
writing of a meeting, a visit, a delegation, an envoy or an agreement with the other side counts as a
`university` (or `research`) match of field "url" (rules.yaml `outlet_subject`), with no other partner,
no hard negative and no domestic marker. Also: a meeting "held with" a partner (en, ru) is a meeting
with it; a school's sports meet (运动会, 田径) is sport; an envoy at a sports day is no cooperation cue
(education_only_the_setting). The probes (probes_r50_dev, probes_r50_held) decided on their academic
url in both modes, and on a news outlet of the same country and with no url as the rules decide
without the outlet subject; every labelled item's decision changed by the outlet subject moves toward
its label."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from classifiers import Classifier, load_classifier
from classifiers.cli import MODES
from classifiers.outlets import parse_table, resolve

from .probes_r50_dev import PROBES_R50_DEV
from .probes_r50_held import PROBES_R50_HELD
from .tables import (
    EVAL,
    IN_BOTH_MODES_URL,
    assert_reading,
    decide,
    in_both_modes_with_url,
    labelled_texts,
    probe_texts,
    repeats,
    rows,
)

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # a meeting held with a partner is a meeting with it; one held in a hall is not
    ("en-meeting-held-with-is-cooperation", "An online meeting was held with partners", "cooperation", True),
    ("en-meeting-took-place-with-is-cooperation", "a meeting took place with the delegation", "cooperation", True),
    ("en-meeting-held-in-hall-is-not", "The meeting was held in the assembly hall", "cooperation", False),
    ("ru-meeting-took-place-with-is-cooperation", "Онлайн-встреча прошла с коллегами", "cooperation", True),
    ("ru-meeting-held-with-is-cooperation", "встреча состоялась с послом", "cooperation", True),
    ("ru-meeting-in-hall-is-not", "встреча прошла в актовом зале", "cooperation", False),
    # the other languages had the cue already (their word for a meeting)
    ("zh-talks-is-cooperation", "与哈方举行线上会谈", "cooperation", True),
    ("kk-online-meeting-is-cooperation", "Қытай әріптестерімен онлайн кездесу өтті", "cooperation", True),
    ("ky-meeting-is-cooperation", "Кытайлык кесиптештер менен жолугушуу өттү", "cooperation", True),
    ("uz-meeting-is-cooperation", "hamkorlar bilan onlayn uchrashuv bo‘lib o‘tdi", "cooperation", True),
    ("uzc-meeting-is-cooperation", "ҳамкорлар билан учрашув бўлиб ўтди", "cooperation", True),
    ("tg-meeting-is-cooperation", "Вохӯрӣ бо ҳамкорон баргузор шуд", "cooperation", True),
    ("tk-meeting-is-cooperation", "hyzmatdaşlar bilen duşuşyk geçirildi", "cooperation", True),
    # a school's sports meet is sport
    ("zh-sports-meet-is-sport", "学校秋季运动会开幕", "sport", True),
    ("zh-track-and-field-is-sport", "第52届田径运动会", "sport", True),
    ("zh-movement-meeting-is-not", "爱国运动会议召开", "sport", False),
    ("zh-science-movement-is-not", "科学运动", "sport", False),
    ("en-sports-day-is-sport", "campus sports day", "sport", True),
    ("ru-sports-festival-is-sport", "спортивный праздник", "sport", True),
    ("kk-sports-festival-is-sport", "спорт мерекесі", "sport", True),
    ("ky-sports-festival-is-sport", "спорттук майрам", "sport", True),
    ("uz-sports-festival-is-sport", "sport bayrami", "sport", True),
    ("uzc-sports-festival-is-sport", "спорт байрами", "sport", True),
    ("tg-sports-festival-is-sport", "иди варзишӣ", "sport", True),
    ("tk-sports-festival-is-sport", "sport baýramy", "sport", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round50_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# (id, url, the outlet's kind: university, academy or None)
OUTLETS = [
    ("edu-cn-subdomain", "http://faoffice.lzu.edu.cn/gjcheng/1.html", "university"),
    ("edu-kz", "https://shakarim.edu.kz/en/news/1", "university"),
    ("edu-kg", "https://orasam.manas.edu.kg/ru/1", "university"),
    ("edu-uz", "https://samdaqi.edu.uz/uz/1", "university"),
    ("edu-tj", "https://tgpu.edu.tj/1", "university"),
    ("edu-tm", "https://tohu.edu.tm/1", "university"),
    ("kaznu-subdomain", "https://welcome.kaznu.kz/ru/1", "university"),
    ("farabi-university", "https://farabi.university/news/1", "university"),
    ("satbayev-university", "https://satbayev.university/en/1", "university"),
    ("tsuos", "https://tsuos.uz/ru/1", "university"),
    ("nuu-subdomain", "https://new.nuu.uz/1", "university"),
    ("tnu-subdomain", "https://zoa.tnu.tj/1", "university"),
    ("uzswlu", "https://uzswlu.uz/1", "university"),
    ("kstu", "https://kstu.kz/1", "university"),
    ("knu-kg", "http://www-old.knu.kg/1", "university"),
    ("cas-cn", "https://www.cas.cn/sygz/1.shtml", "academy"),
    ("cas-cn-institute", "http://english.egi.cas.cn/1", "academy"),
    ("ac-cn", "http://www.egi.ac.cn/1", "academy"),
    ("caas-cn", "https://lvri.caas.cn/en/1", "academy"),
    ("cass-cn", "http://iwep.cass.cn/1", "academy"),
    # plain-domain hosts added after round 58 (outlets.yaml), with their subdomains
    ("enu-kz", "https://enu.kz/ru/news/1", "university"),
    ("oshsu-subdomain", "https://iro.oshsu.kg/ru/1", "university"),
    ("tatuff-uz", "https://tatuff.uz/ru/1", "university"),
    ("sammu-uz", "https://www.sammu.uz/en/news/1", "university"),
    ("gmit-tj", "http://www.gmit.tj/1", "university"),
    ("academy-uz", "https://academy.uz/uz/1", "academy"),
    ("naskr-gov-kg", "http://naskr.gov.kg/1", "academy"),
    ("science-gov-tm", "https://science.gov.tm/news/1", "academy"),
    ("cae-cn", "https://www.cae.cn/cae/html/main/1", "academy"),
    ("gov-tm-is-not", "https://turkmenistan.gov.tm/ru/1", None),
    ("gov-kg-is-not", "https://mfa.gov.kg/ru/1", None),
    ("oshsu-look-alike-is-not", "https://oshsunews.kg/1", None),
    # look-alikes: news and portals about education, ministries, other domains
    ("edu-people-com-cn-is-not", "http://edu.people.com.cn/n1/1.html", None),
    ("myedu-cn-is-not", "https://myedu.cn/1", None),
    ("casino-cn-is-not", "https://casino.cn/1", None),
    ("fledu-uz-is-not", "https://fledu.uz/1", None),
    ("uzedu-uz-is-not", "https://khorezm.uzedu.uz/1", None),
    ("kazinform-is-not", "https://kazinform.kz/1", None),
    ("xinhuanet-is-not", "https://www.xinhuanet.com/1", None),
]


@rows(("url", "kind"), OUTLETS)
def test_round50_academic_outlet(url: str, kind: str | None) -> None:
    outlet = resolve(url)
    assert (outlet.kind if outlet else None) == kind


@pytest.mark.parametrize(("data", "message"), [
    ({"countries": {"kz": "Kazakhstan"}, "tlds": {"kz": "kz"}, "academic": {"college": ["edu.kz"]}},
     "academic.college: unknown kind; use university or academy"),
    ({"countries": {"kz": "Kazakhstan"}, "tlds": {"kz": "kz"}, "academic": {"university": "edu.kz"}},
     "academic.university: must be a list of hosts or suffixes"),
    ({"countries": {"kz": "Kazakhstan"}, "tlds": {"kz": "kz"}, "academic": {"university": ["example.org"]}},
     "academic.university: example.org is in no country; add it (or its domain) to hosts with its country"),
    ({"countries": {"kz": "Kazakhstan"}, "tlds": {"kz": "kz"}, "academic": {"university": ["edu.kz"], "academy": ["edu.kz"]}},
     "academic.academy: edu.kz is listed twice"),
    ({"countries": {"kz": "Kazakhstan"}, "tlds": {"kz": "kz"}, "academic": ["edu.kz"]},
     "academic must map a kind"),
], ids=["unknown-kind", "not-a-list", "no-country", "twice", "not-a-mapping"])
def test_round50_outlet_table_errors(data: object, message: str) -> None:
    with pytest.raises(ValueError, match="outlets.yaml") as info:
        parse_table(data, "outlets.yaml")
    assert message in str(info.value)


OUTLET_SUBJECT = """outlet_subject:
  kinds: {university: university, academy: research}
  weight: 1.0
  needs: [cooperation, agreement]
  when: cooperation + agreement >= 0.3 and partner == 0 and negative == 0 and domestic == 0
"""


@pytest.mark.parametrize(("new", "message"), [
    ("outlet_subject:\n  kinds: {college: university}\n  weight: 1.0\n  needs: [cooperation]\n  when: cooperation > 0\n",
     r"outlet_subject\.kinds\.college: unknown outlet kind; use one of university, academy"),
    ("outlet_subject:\n  kinds: {university: universty}\n  weight: 1.0\n  needs: [cooperation]\n  when: cooperation > 0\n",
     r'outlet_subject\.kinds\.university: unknown concept "universty"'),
    ("outlet_subject:\n  kinds: {university: university}\n  weight: 9\n  needs: [cooperation]\n  when: cooperation > 0\n",
     r"outlet_subject\.weight"),
    ("outlet_subject:\n  kinds: {university: university}\n  weight: 1.0\n  needs: [cooperaton]\n  when: cooperation > 0\n",
     r"outlet_subject\.needs: must be a list of concepts"),
    ("outlet_subject:\n  kinds: {university: university}\n  weight: 1.0\n  needs: [cooperation]\n  when: title.cooperation > 0\n",
     r'outlet_subject\.when: "title\.cooperation": only whole-item strengths'),
    ("outlet_subject:\n  kinds: {university: university}\n  weight: 1.0\n  when: cooperation > 0\n",
     r"outlet_subject: must be \{kinds"),
], ids=["unknown-kind", "unknown-concept", "weight-too-high", "unknown-need", "field-in-when", "missing-needs"])
def test_round50_outlet_subject_errors(rules_dir: Path, new: str, message: str) -> None:
    path = rules_dir / "rules.yaml"
    text = path.read_text(encoding="utf-8")
    assert OUTLET_SUBJECT in text
    path.write_text(text.replace(OUTLET_SUBJECT, new), encoding="utf-8")
    with pytest.raises(ValueError, match=r"rules\.yaml") as info:
        load_classifier(rules_dir)
    assert re.search(message, str(info.value)), str(info.value)


@pytest.fixture(scope="module")
def without(tmp_path_factory: pytest.TempPathFactory) -> Classifier:
    """The bundled rules without `outlet_subject`: what the rules decide without the round."""
    import shutil

    folder = tmp_path_factory.mktemp("rules_r50")
    shutil.copytree(EVAL.parent / "data", folder, dirs_exist_ok=True)
    path = folder / "rules.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(OUTLET_SUBJECT, ""), encoding="utf-8")
    clf = load_classifier(folder)
    assert clf.ruleset.outlet_subject is None
    return clf


def test_round50_explanation(clf: Classifier) -> None:
    d = clf.classify(title="President Zhao Jun Meets Ambassador of Kazakhstan to China", url="https://lzu.edu.cn/news/1")
    assert d.relevant
    assert "url            'lzu.edu.cn' → university (implied: the outlet is a university's own site)" in d.explain()
    d = clf.classify(title="所长一行访问哈萨克斯坦和乌兹别克斯坦", url="http://www.egi.cas.cn/1")
    assert d.relevant and any(m.field == "url" and m.concept == "research" for m in d.matches)
    # the service's path says the same
    assert clf.classify_to_dict(title="所长一行访问哈萨克斯坦和乌兹别克斯坦", url="http://www.egi.cas.cn/1")["relevant"]


# The development set's wrong decisions, as measured after the round (rules 2026.12.69): a canteen of
# Chinese dishes on a campus (students and China in Uzbek) was relevant on any url, the outlet aside;
# round 53's goods_not_cooperation (Chinese goods, food and products) decides it right.
DEV_WRONG: dict[str, set[str]] = {mode: set() for mode in MODES}
# The held-out set's wrong decisions, measured once after the round's change (docs, "Round 50 figures"):
# andmiedu.uz is no host the table marks academic (not an edu.uz site, not listed). A bus made in China
# for students and Chinese tea tasted by students (r50h-uz-uz-chinese-bus, r50h-kk-kz-chinese-tea) were
# relevant on any url until round 53 (goods_not_cooperation).
HELD_WRONG: dict[str, set[str]] = {mode: {"r50h-en-uz-agreement-chinese"} for mode in MODES}


@rows(IN_BOTH_MODES_URL, in_both_modes_with_url(PROBES_R50_DEV, DEV_WRONG) + in_both_modes_with_url(PROBES_R50_HELD, HELD_WRONG))
def test_round50_probe_on_academic_outlet(clf: Classifier, mode: str, title: str, url: str, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "url": url}, meta=True) is expected


NEWS = {"kz": "https://kazinform.kz/news/1", "kg": "https://akipress.com/news:1/", "uz": "https://uzdaily.com/en/post/1",
        "tj": "https://asiaplustj.info/en/news/1", "tm": "https://turkmenportal.com/en/blog/1",
        "china": "https://www.xinhuanet.com/2025/1.htm"}


@pytest.mark.parametrize("probe", PROBES_R50_DEV + PROBES_R50_HELD, ids=[p[0] for p in PROBES_R50_DEV + PROBES_R50_HELD])
def test_round50_probe_on_a_news_outlet_decides_as_without(clf: Classifier, without: Classifier, probe: tuple) -> None:
    """The same headline on a news outlet of the outlet's country, and with no url, decides exactly as
    the rules without the outlet subject do."""
    _, url, title, _ = probe
    news = NEWS[resolve(url).concept]
    for shown in (news, None):
        assert clf.classify_to_dict(title=title, url=shown) == without.classify_to_dict(title=title, url=shown)


SETS = [*sorted(EVAL.glob("*.jsonl")), EVAL.parents[2] / "shared" / "eval" / "labelled_dev.jsonl"]


@pytest.mark.parametrize("path", SETS, ids=[p.name for p in SETS])
def test_round50_outlet_subject_moves_toward_the_label(clf: Classifier, without: Classifier, path: Path) -> None:
    """Every labelled item, in both modes, with its url: the outlet subject changes a decision only
    toward the item's label, and only with its url match."""
    if not path.exists():
        pytest.skip(f"{path} is not on this machine")
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    away = []
    for item in items:
        for mode in MODES:
            now, before = decide(clf, mode, item, meta=True), decide(without, mode, item, meta=True)
            if now is not before and now is not (item["label"] == "relevant"):
                away.append((item["id"], mode))
    assert not away


def test_round50_probes_are_fresh() -> None:
    mine = PROBES_R50_DEV + PROBES_R50_HELD
    assert len({p[0] for p in mine}) == len(mine) == 100
    assert sum(p[3] for p in PROBES_R50_DEV) == 30 and sum(p[3] for p in PROBES_R50_HELD) == 20
    known = labelled_texts() | probe_texts("probes_r50")
    assert not repeats([p[2] for p in mine], known)
    assert not [(p[0], q[0]) for i, p in enumerate(mine) for q in mine[i + 1:] if repeats([p[2]], [q[2]])]
    assert all(resolve(p[1]) is not None for p in mine)
