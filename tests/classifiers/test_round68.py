"""Round 68 of issue 12: Chinese technology companies' education programmes in Central Asia (docs/classifier.md,
"Round 68 of issue 12"). Huawei, ZTE and Alibaba name China and read as industry (their phones, networks,
contracts); they are also `tech_company` (vocab_places), and rules.yaml `company_programme` gives back that
industry weight when the item names an education programme of the company: students or an internship
(student_exchange), an academy, a course, a training centre, a competition (vocational). Huawei's named
programmes (ICT Academy, ICT Competition, Seeds for the Future; zh 华为ICT大赛) read the company as China
without industry; Seeds for the Future is written in Kyrgyz, Tajik and Turkmen; Alibaba is China; the
gazetteer's "Yili" is matched as written (Uzbek yil, a year: "yili", "yilini"). The READINGS table reads each
form both ways; the blind sets (probes_r68_dev, probes_r68_held) are decided on their url and without it, in
both modes; the family probes (probes_r68) were written after the fixes."""

from __future__ import annotations

import pytest

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r68 import PROBES_R68
from .probes_r68_dev import PROBES_R68_DEV
from .probes_r68_held import PROBES_R68_HELD
from .tables import IN_BOTH_MODES, assert_reading, decide, in_both_modes, labelled_texts, load_set, probe_texts, repeats, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("en-ict-competition", "Students of Almaty reach the Huawei ICT Competition final", "vocational", True),
    ("en-ict-competition-is-china", "Students of Almaty reach the Huawei ICT Competition final", "china", True),
    ("en-ict-competition-is-not-industry", "Students of Almaty reach the Huawei ICT Competition final", "industry", False),
    ("en-ict-academy-is-not-industry", "Huawei ICT Academy opens in Khujand", "industry", False),
    ("en-seeds-is-not-industry", "Huawei's Seeds for the Future returns to Bishkek", "industry", False),
    ("en-huawei-store-is-industry", "Huawei opens a new store in Astana", "industry", True),
    ("en-huawei-is-tech-company", "Huawei opens a new store in Astana", "tech_company", True),
    ("en-samsung-is-not-tech-company", "Samsung opens a new store in Astana", "tech_company", False),
    ("en-alibaba-is-china", "Alibaba opens an office in Tashkent", "china", True),
    ("en-alibaba-cloud-is-tech-company", "Alibaba Cloud opens an office in Tashkent", "tech_company", True),
    ("en-competition-alone-is-not", "A chess competition in Tashkent", "vocational", False),
    ("ru-huawei-is-tech-company", "Хуавэй открыл магазин в Бишкеке", "tech_company", True),
    ("ru-alibaba-is-china", "Алибаба открыла офис в Алматы", "china", True),
    ("zh-ict-contest", "华为ICT大赛中亚区域决赛举行", "vocational", True),
    ("zh-ict-contest-is-not-industry", "华为ICT大赛中亚区域决赛举行", "industry", False),
    ("zh-huawei-is-industry", "华为在阿拉木图开设旗舰店", "industry", True),
    ("zh-alibaba-is-china", "阿里巴巴在塔什干设立办事处", "china", True),
    ("zh-aliyun-is-tech-company", "阿里云在塔什干设立办事处", "tech_company", True),
    ("ky-seeds", "Студенттер «Келечек үчүн үрөндөр» программасына катышты", "student_exchange", True),
    ("ky-seed-alone-is-not", "Дыйкандар буудай үрөнүн сатып алышты", "student_exchange", False),
    ("tg-seeds", "Донишҷӯён дар «Тухмиҳо барои оянда» ширкат карданд", "student_exchange", True),
    ("tg-seed-alone-is-not", "Деҳқонон тухмиҳо барои кишти баҳорӣ гирифтанд", "student_exchange", False),
    ("tk-seeds", "Talyplar «Geljegiň tohumlary» maksatnamasyna gatnaşdy", "student_exchange", True),
    ("tk-seed-alone-is-not", "Daýhanlar pagta tohumlaryny satyn aldy", "student_exchange", False),
    ("uz-yili-year-is-not-ili", "2026 yili yangi o‘quv yilini boshladi", "xinjiang", False),
    ("uz-yilida-year-is-not-ili", "Kelasi yilida maktab ochiladi", "china", False),
    ("en-yili-prefecture", "Students from Yili visit Almaty", "xinjiang", True),
    ("zh-yili-prefecture", "伊犁州代表团访问阿拉木图", "xinjiang", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round68_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# A Chinese company's programme gives back the company's industry weight; its business does not.
PROGRAMME = [
    ("en-intern", "Kyrgyz students to intern at ZTE", True),
    ("en-store", "ZTE opens a store in Bishkek for students", True),  # students named: the rule fires (the store stays out below)
    ("en-network", "ZTE upgrades Tajik mobile network", False),
]


@rows(("title", "fires"), PROGRAMME)
def test_round68_company_programme_fires(clf: Classifier, title: str, fires: bool) -> None:
    d = clf.classify(title=title)
    assert ("company_programme" in {h.id for h in d.rules}) is fires, d.explain()


# The development set after the fixes: every item decided right, in both modes, with and without the url
# (before: P 0.929 / R 0.722 in both modes, with and without the url).
DEV_WRONG: dict[tuple[str, bool], set[str]] = {(mode, shown): set() for mode in MODES for shown in (True, False)}
# The held-out set, measured once after the fixes (nothing fixed from it): P 1.000 / R 0.889 in both modes, with
# and without the url. Missed: "Huawei trains 200 Tajik teachers in cloud computing and AI" (the verb "trains" is
# not read as training; teachers are education policy, not a programme of the company) and "... ёшлар учун
# рақамли кўникмалар курсини бошлади" (a skills course in Uzbek Cyrillic is not read).
_HELD_MISSED = {"r68h-en-tajik-teachers-cloud-rel", "r68h-uzc-youth-digital-course-rel"}
# Later rounds that fixed a held-out miss (no longer honest for this set), with the round.
FIXED_LATER: dict[str, str] = {
    "r68h-uzc-youth-digital-course-rel": "round 88: digital skills (рақамли кўникмалар) courses are training in technology",
}
HELD_WRONG: dict[tuple[str, bool], set[str]] = {
    (mode, shown): _HELD_MISSED - set(FIXED_LATER) for mode in MODES for shown in (True, False)
}


def _with_and_without_url(probes: list[tuple], wrong: dict[tuple[str, bool], set[str]]) -> list[tuple]:
    return [(f"{mode.replace(' ', '-')}-{'url' if shown else 'nourl'}-{pid}", mode, title, lede, url if shown else None,
             relevant is not (pid in wrong[(mode, shown)]))
            for mode in MODES for shown in (True, False) for pid, url, title, lede, relevant in probes]


@rows(("mode", "title", "summary", "url", "expected"), _with_and_without_url(PROBES_R68_DEV, DEV_WRONG))
def test_round68_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(("mode", "title", "summary", "url", "expected"), _with_and_without_url(PROBES_R68_HELD, HELD_WRONG))
def test_round68_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


# Missed when the round ended: "приняты на летнюю практику в офис Huawei" - a work placement (практика) is not
# read as an internship, and graduates (выпускники) are `university`, not a programme of the company.
STILL_MISSED: dict[str, set[str]] = {mode: {"r68-ru-internship-rel"} for mode in MODES}


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R68, STILL_MISSED))
def test_round68_family_probes(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


# Labelled items decided right now in every mode, with and without url (the base, 2026.12.99.3, missed h29-007
# on the headline alone and h26-023 with title and summary: its lede's "training ... at the headquarters of
# Huawei" is the company's programme).
NOW_RIGHT = [
    ("holdout29.jsonl", "h29-007"),  # Kazakh students to intern at Huawei
    ("holdout26.jsonl", "h26-023"),  # How Huawei is transforming lives across the globe (an Uzbek student's ICT training)
]


@pytest.mark.parametrize(("name", "item_id", "mode", "url"),
                         [(n, i, m, u) for n, i in NOW_RIGHT for m in MODES for u in (True, False)
                          if not (i == "h26-023" and m == "headline alone")])
def test_round68_set_items_now_right(clf: Classifier, name: str, item_id: str, mode: str, url: bool) -> None:
    item = next(i for i in load_set(name) if i["id"] == item_id)
    item = item if url else {**item, "url": ""}
    assert decide(clf, mode, item, meta=True) is (item["label"] == "relevant")


def test_round68_blind_sets_shape() -> None:
    """2 relevant items and 2 hard negatives a language (dev), 2 and 1 (held out); ids say the label."""
    for probes, rel, neg in ((PROBES_R68_DEV, 2, 2), (PROBES_R68_HELD, 2, 1)):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert (sum(p[-1] for p in mine), sum(not p[-1] for p in mine)) == (rel, neg), lang
            assert all(p[0].endswith("-neg") is not p[-1] for p in mine), lang
    for key in DEV_WRONG:
        assert DEV_WRONG[key] <= {p[0] for p in PROBES_R68_DEV}
        assert HELD_WRONG[key] <= {p[0] for p in PROBES_R68_HELD}


# Two blind headlines turned out, when this test was first run (after the sets were committed and measured),
# to share half their words with an earlier round's probe: r68d-en-satbayev-ict-academy-rel with "Huawei opens
# ICT Academy at Kazakh university" (its ICT Academy was read since round 11: decided right before the round
# too) and r68h-tg-tnu-internship-rel with round 65's (r65d) "Донишҷӯёни ДТТ дар Донишгоҳи Ланҷоу таҷрибаомӯзӣ
# мегузаранд" (a formula of Tajik news). They stay in the sets as written and measured; they are the only ones.
NOT_FRESH = {"r68d-en-satbayev-ict-academy-rel", "r68h-tg-tnu-internship-rel"}


def test_round68_probes_are_fresh() -> None:
    """No round-68 probe is a labelled text or an earlier probe's; none shares half its words (character pairs
    in Chinese) with one, nor with another of the round's (but NOT_FRESH, recorded); ids unique."""
    # round 67 was written at the same time; later rounds' sets are left out by probe_texts (round 69's likeness to
    # a round-68 probe is recorded in test_round69.NOT_FRESH; before probe_texts left later rounds out, this test
    # failed on it once round 69 was merged)
    known = labelled_texts() | probe_texts("probes_r68", "probes_r67")
    stale = [p[2] for p in PROBES_R68_DEV + PROBES_R68_HELD if p[0] in NOT_FRESH]
    assert sorted(repeats(stale, known)) == sorted(stale)
    blind = [x for p in PROBES_R68_DEV + PROBES_R68_HELD if p[0] not in NOT_FRESH for x in (p[2], p[3]) if x]
    fam = [p[1] for p in PROBES_R68]
    assert not repeats(blind, known)
    assert not repeats(fam, known | set(blind))
    mine = [p[2] for p in PROBES_R68_DEV + PROBES_R68_HELD] + fam
    assert not [(a, b) for i, a in enumerate(mine) for b in mine[i + 1:] if repeats([a], [b])]
    ids = [p[0] for p in PROBES_R68_DEV + PROBES_R68_HELD + PROBES_R68]
    assert len(ids) == len(set(ids)) == 36 + 27 + len(PROBES_R68)


def test_round68_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.99.5"
