"""Round 58 of issue 12: Chinese reporting where Central Asia is implied (docs/classifier.md, "Round 58 of
issue 12"). Xinjiang is a context (`xinjiang`: the gazetteer's Xinjiang entries, 兵团, 来疆); beside it,
Xinjiang's "neighbouring countries" (周边国家, 邻国, neighboring countries, соседние страны) and its
"opening westward" (向西开放) imply Central Asia (`ca_context`), and so do the Silk Road Economic Belt's
core area and the SCO's countries, member states, "family" and China-SCO (上合组织国家, 中国—上合组织, SCO
countries, стран ШОС, Китай-ШОС); the bare SCO stays a Central Asian side only beside a country. A weak
side: counted with no other partner and a science or education cooperation subject, +0.5. Foreign
students in Xinjiang imply it too. Look-alikes: Yunnan's, Guangxi's, Heilongjiang's neighbours, Ningxia's
opening westward, the SCO's summits and drills. The READINGS table reads each form both ways; the blind
sets (probes_r58_dev, probes_r58_held) are decided on their url and without it, in both modes; the family
probes (probes_r58) were written after the fixes."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r58 import PROBES_R58
from .probes_r58_dev import PROBES_R58_DEV
from .probes_r58_held import PROBES_R58_HELD
from .tables import IN_BOTH_MODES, WITH_AND_WITHOUT_URL, assert_reading, decide, in_both_modes, labelled_texts, probe_texts, repeats, rows, with_and_without_url

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # Xinjiang as a context: the region, its cities, universities and academies, the Corps, 来疆
    ("zh-xinjiang-is-xinjiang", "新疆", "xinjiang", True),
    ("zh-urumqi-is-xinjiang", "乌鲁木齐", "xinjiang", True),
    ("zh-xju-is-xinjiang", "新疆大学", "xinjiang", True),
    ("zh-shzu-is-xinjiang", "石河子大学", "xinjiang", True),
    ("zh-corps-is-xinjiang", "兵团", "xinjiang", True),
    ("zh-laijiang-is-xinjiang", "来疆留学生", "xinjiang", True),
    ("zh-yunnan-is-not-xinjiang", "云南", "xinjiang", False),
    ("zh-gansu-is-not-xinjiang", "甘肃", "xinjiang", False),
    ("zh-khorgos-is-not-xinjiang", "霍尔果斯", "xinjiang", False),
    ("en-xinjiang-is-xinjiang", "Xinjiang", "xinjiang", True),
    ("en-xjmu-is-xinjiang", "Xinjiang Medical University", "xinjiang", True),
    ("en-xpcc-is-xinjiang", "XPCC", "xinjiang", True),
    ("en-shaanxi-is-not-xinjiang", "Shaanxi", "xinjiang", False),
    ("ru-xinjiang-is-xinjiang", "в Синьцзяне", "xinjiang", True),
    ("ru-urumqi-is-xinjiang", "Урумчи", "xinjiang", True),
    # Xinjiang's neighbouring countries and opening westward: Central Asia by context, beside Xinjiang only
    ("zh-neighbours-beside-xinjiang", "新疆与周边国家", "ca_context", True),
    ("zh-neighbours-beside-corps", "兵团与周边各国", "ca_context", True),
    ("zh-linguo-beside-xinjiang", "新疆与八个邻国接壤", "ca_context", True),
    ("zh-neighbours-beside-yunnan-are-not", "云南与周边国家", "ca_context", False),
    ("zh-neighbours-beside-heilongjiang-are-not", "黑龙江与周边国家", "ca_context", False),
    ("zh-neighbours-are-no-central-asia", "新疆与周边国家", "central_asia", False),
    ("zh-westward-beside-xinjiang", "新疆向西开放", "ca_context", True),
    ("zh-westward-beside-ningxia-is-not", "宁夏向西开放", "ca_context", False),
    ("en-neighbours-beside-xinjiang", "Xinjiang and neighboring countries", "ca_context", True),
    ("en-neighbours-british-spelling", "Urumqi and neighbouring states", "ca_context", True),
    ("en-neighbours-beside-yunnan-are-not", "Yunnan and neighboring countries", "ca_context", False),
    ("en-westward-beside-xinjiang", "Xinjiang opening up westward", "ca_context", True),
    ("ru-neighbours-beside-xinjiang", "Синьцзян и соседние страны", "ca_context", True),
    ("ru-neighbours-instrumental", "Урумчи с соседними странами", "ca_context", True),
    ("ru-neighbours-beside-heilongjiang-are-not", "Хэйлунцзян и соседние страны", "ca_context", False),
    # the Silk Road Economic Belt's core area is Xinjiang itself, and implies Central Asia
    ("zh-core-area-is-context", "丝绸之路经济带核心区", "ca_context", True),
    ("zh-core-area-is-xinjiang", "丝绸之路经济带核心区", "xinjiang", True),
    ("zh-core-area-is-china", "丝绸之路经济带核心区", "china", True),
    ("zh-economic-belt-alone-is-not-context", "丝绸之路经济带建设", "ca_context", False),
    ("en-core-area-is-context", "core area of the Silk Road Economic Belt", "ca_context", True),
    ("en-core-area-inverted-is-context", "Silk Road Economic Belt core area", "ca_context", True),
    ("en-economic-belt-alone-is-not-context", "the Silk Road Economic Belt", "ca_context", False),
    ("ru-core-area-is-context", "основного района экономического пояса Шелкового пути", "ca_context", True),
    # the SCO's countries, member states, "family", China-SCO: context; the bare SCO is not
    ("zh-sco-countries-is-context", "上合组织国家", "ca_context", True),
    ("zh-sco-members-is-context", "上海合作组织成员国", "ca_context", True),
    ("zh-sco-members-traditional-is-context", "上合組織成員國", "ca_context", True),
    ("zh-sco-family-is-context", "上合大家庭", "ca_context", True),
    ("zh-china-sco-is-context", "中国—上合组织技术转移中心", "ca_context", True),
    ("zh-china-sco-hyphen-is-context", "中国-上合组织", "ca_context", True),
    ("zh-china-sco-is-china", "中国—上合组织", "china", True),
    ("zh-bare-sco-is-not-context", "上合组织峰会", "ca_context", False),
    ("zh-bare-sco-is-not-central-asia", "上合组织峰会", "central_asia", False),
    ("zh-sco-beside-a-country-stays-central-asia", "上合组织峰会在阿斯塔纳举行", "central_asia", True),
    ("en-china-sco-is-context", "China-SCO ties", "ca_context", True),
    ("en-sco-countries-is-context", "SCO countries", "ca_context", True),
    ("en-sco-member-states-is-context", "SCO member states", "ca_context", True),
    ("en-bare-sco-is-not-context", "SCO summit", "ca_context", False),
    ("ru-sco-countries-is-context", "студенты из стран ШОС", "ca_context", True),
    ("ru-sco-member-states-is-context", "государств-членов ШОС", "ca_context", True),
    ("ru-china-sco-is-context", "Центр Китай-ШОС", "ca_context", True),
    ("ru-bare-sco-is-not-context", "саммит ШОС", "ca_context", False),
    # an academy of agricultural sciences is research; "Int'l students" are foreign students; a
    # technology transfer centre in Russian is a joint lab; a sea outlet is transport
    ("zh-nongkeyuan-is-research", "兵团农科院", "research", True),
    ("zh-nongkeyuan-is-agriculture", "兵团农科院", "agriculture", True),
    ("zh-nongye-is-not-research", "农业生产", "research", False),
    ("en-intl-students-is-mobility", "Int'l students", "study_mobility", True),
    ("en-intl-students-no-apostrophe", "Intl students", "study_mobility", True),
    ("en-intl-trade-is-not-mobility", "Int'l trade fair", "study_mobility", False),
    ("ru-technology-transfer-centre-is-joint-lab", "Центр передачи технологий", "joint_lab", True),
    ("ru-technology-transfer-is-not-joint-lab", "передача технологий", "joint_lab", False),
    ("zh-sea-outlet-is-transport", "出海口", "transport", True),
    ("zh-going-abroad-is-not-transport", "高校集体出海", "transport", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round58_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# The development set after the fixes: "自治区科技厅" (the autonomous region's science department) names no
# Xinjiang by name, so its neighbouring countries imply nothing.
DEV_WRONG = {mode: {"r58d-zh-kjt-zhoubian-peixun-rel"} for mode in MODES}
# The held-out set, measured once after the fixes (nothing fixed from it): P 1.000 / R 0.944 in both
# modes, with and without the url (the base: R 0.000). "SCO students" is no key (the SCO's countries,
# member states and China-SCO are).
HELD_WRONG = {mode: {"r58h-en-sco-chinese-camp-rel"} for mode in MODES}


@rows(WITH_AND_WITHOUT_URL, with_and_without_url(PROBES_R58_DEV, DEV_WRONG))
def test_round58_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(WITH_AND_WITHOUT_URL, with_and_without_url(PROBES_R58_HELD, HELD_WRONG))
def test_round58_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R58))
def test_round58_family_probes(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


@rows(("title", "relevant"), [
    # the labelled headlines of the family, decided relevant now
    ("h19-101", "新疆兵团积极拓展与周边国家科技合作交流空间", True),
    ("h23-028", "Foreign students help deepen China-SCO ties", True),
    ("h8-035", "吴普特会见上合组织国家大学校长", True),
    ("h24-001", "Int'l students enjoy studying medicine in NW China's Xinjiang", True),
    # and their look-alikes, out as before: a port study for the SCO's members, Shaanxi's foreign
    # students in general, Xinjiang with Pakistan, the SCO University with Russia
    ("h2-033", "連云港構建上合組織成員國出海口研究(續)", False),
    ("h26-012", "Shaanxi to lure overseas students", False),
    ("h15-030", "Xinjiang Medical University to Enhance Cooperation with Pakistan", False),
    ("h19-068", "Роль Университета ШОС в гуманитарном сотрудничестве Китая и России", False),
])
def test_round58_labelled_headlines(clf: Classifier, title: str, relevant: bool) -> None:
    assert decide(clf, "headline alone", {"title": title}) is relevant


def test_round58_blind_sets_shape() -> None:
    """Dev: Chinese 18 relevant and 12 negatives, English 6 and 4, Russian 3 and 2; held out: 12 and 8,
    4 and 3, 2 and 1; ids end in -rel or -neg as labelled; the recorded errors are in the sets."""
    for probes, want in ((PROBES_R58_DEV, {"zh": (18, 12), "en": (6, 4), "ru": (3, 2)}),
                         (PROBES_R58_HELD, {"zh": (12, 8), "en": (4, 3), "ru": (2, 1)})):
        for lang, counts in want.items():
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert (sum(p[-1] for p in mine), sum(not p[-1] for p in mine)) == counts, lang
        assert all(p[0].endswith("-neg") is not p[-1] for p in probes)
        assert {p[0].split("-")[1] for p in probes} == set(want)
    assert DEV_WRONG["headline alone"] <= {p[0] for p in PROBES_R58_DEV}
    assert HELD_WRONG["headline alone"] <= {p[0] for p in PROBES_R58_HELD}


def test_round58_probes_are_fresh() -> None:
    """No round-58 probe is a labelled text or an earlier probe's; none shares half its words (character
    pairs in Chinese) with one, nor with another of the round's; ids unique."""
    known = labelled_texts() | probe_texts("probes_r58", "probes_r56", "probes_r57")
    blind = [p[2] for p in PROBES_R58_DEV + PROBES_R58_HELD] + [p[3] for p in PROBES_R58_DEV + PROBES_R58_HELD if p[3]]
    fam = [p[1] for p in PROBES_R58]
    assert not repeats(blind, known)
    assert not repeats(fam, known | set(blind))
    mine = blind + fam
    assert not [(a, b) for i, a in enumerate(mine) for b in mine[i + 1:] if repeats([a], [b])]
    ids = [p[0] for p in PROBES_R58_DEV + PROBES_R58_HELD + PROBES_R58]
    assert len(ids) == len(set(ids)) == 96


def test_round58_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.84"
