"""Round 62 of issue 12: research centres named by their field, and learning from the other side
(docs/classifier.md, "Round 62 of issue 12"). A centre, institute or department named for a field of
studies is research (h28-001 "Center for Chinese Modernization Studies"; "Kazakh Studies Center",
"Institute of Central Asian Studies", центр китаеведения, 汉学研究中心, öwreniş merkezi, o'rganish markazi,
маркази омӯзиш), a country named in the key keeps its country; "studies show" is none. Learning from or
studying the other side's experience is light training (0.2), cooperation kept: a named field (farmers, a
light field of agriculture at 0.3, teachers, doctors) makes it education (h28-046 "Central Asian farmers
learning from China"); "learned from" the news alone stays out. Every Chinese ministry of education or
science form after 哈, 乌, 吉, 塔 and now 土 names its country (h28-041 吉教育与科学部), not beside
Djibouti, Ukraine or Turkey; a study trip's report (考察报告) is a visit (h28-039). The READINGS table reads
each form both ways; the blind sets (probes_r62_dev, probes_r62_held) are decided on their url and without
it, in both modes; the family probes (probes_r62) were written after the fixes."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r62 import PROBES_R62
from .probes_r62_dev import PROBES_R62_DEV
from .probes_r62_held import PROBES_R62_HELD
from .tables import IN_BOTH_MODES, WITH_AND_WITHOUT_URL, assert_reading, decide, in_both_modes, labelled_texts, load_set, probe_texts, repeats, rows, with_and_without_url

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # a centre, institute or department named for a field of studies
    ("en-studies-center", "Kazakh Studies Center", "joint_lab", True),
    ("en-studies-center-keeps-country", "Kazakh Studies Center", "kz", True),
    ("en-institute-of-ca-studies", "Institute of Central Asian Studies", "joint_lab", True),
    ("en-institute-of-ca-studies-is-ca", "Institute of Central Asian Studies", "central_asia", True),
    ("en-centre-for-kazakh-studies-is-kz", "Centre for Kazakh Studies", "kz", True),
    ("en-institute-of-uzbek-studies-is-uz", "Institute of Uzbek Studies", "uz", True),
    ("en-department-of-china-studies", "Department of China Studies", "china", True),
    ("en-modernization-studies", "Center for Chinese Modernization Studies", "research", True),
    ("en-studies-show-is-not-research", "studies show tourist numbers doubled", "research", False),
    ("en-business-centre-is-not-a-lab", "a new business centre", "joint_lab", False),
    ("ru-tsentr-kitaevedeniya", "центр китаеведения", "research", True),
    ("ru-kafedra-kitaevedeniya", "кафедры китаеведения", "joint_lab", True),
    ("ru-tsentr-issledovaniy-ca", "центра исследований Центральной Азии", "central_asia", True),
    ("ru-vizovyy-tsentr-is-not", "визовый центр", "joint_lab", False),
    ("zh-hanxue-zhongxin", "汉学研究中心", "research", True),
    ("zh-hanxue-zhongxin-is-china", "汉学研究中心", "china", True),
    ("zh-shangmao-zhongxin-is-not", "商贸中心", "joint_lab", False),
    ("kk-kytaydy-zertteu", "Қытайды зерттеу орталығы", "research", True),
    ("kk-sauda-ortalygy-is-not", "сауда орталығы", "joint_lab", False),
    ("uz-organish-markazi", "Xitoyni o‘rganish markazi", "research", True),
    ("uz-xitoyni-organish-is-china", "Xitoyni o‘rganish", "china", True),
    ("uz-tadqiqotlari-markazi", "Markaziy Osiyo tadqiqotlari markazi", "joint_lab", True),
    ("uzc-organish-markazi", "Ўзбекистонни ўрганиш маркази", "joint_lab", True),
    ("uz-savdo-markazi-is-not", "savdo markazi", "joint_lab", False),
    ("tg-markazi-omuzish", "маркази омӯзиши Осиёи Марказӣ", "joint_lab", True),
    ("tg-omuzishi-chin", "омӯзиши Чин", "china", True),
    ("tg-markazi-savdo-is-not", "маркази савдо", "joint_lab", False),
    ("tk-owrenis-merkezi", "öwreniş merkezi", "joint_lab", True),
    ("tk-hytay-owrenis", "Hytaý öwreniş", "research", True),
    ("tk-sowda-merkezi-is-not", "söwda merkezi", "joint_lab", False),
    # learning from or studying the other side's experience: light training, cooperation kept
    ("en-learning-from", "farmers learning from China", "vocational", True),
    ("en-learning-from-keeps-cooperation", "farmers learning from China", "cooperation", True),
    ("en-learning-from-keeps-china", "farmers learning from China", "china", True),
    ("en-study-the-experience-of", "study the experience of China", "vocational", True),
    ("en-learned-of-is-not", "traders learned of the new rules", "vocational", False),
    ("ru-izuchayut-opyt", "изучают опыт Китая", "vocational", True),
    ("ru-izuchayut-opyt-keeps-china", "изучают опыт Китая", "china", True),
    ("ru-uznali-is-not", "узнали о новых пошлинах", "vocational", False),
    ("zh-xuexi-jiejian", "学习借鉴中国经验", "vocational", True),
    ("zh-xuexi-jiejian-keeps-china", "学习借鉴中国经验", "china", True),
    ("kk-tazhiribesin-zertteydi", "Қытай тәжірибесін зерттейді", "vocational", True),
    ("kk-tazhiribesin-keeps-cooperation", "Қытай тәжірибесін зерттейді", "cooperation", True),
    ("kk-bildi-is-not", "жаңа бажын білді", "vocational", False),
    ("ky-tazhryybasyn-uyronushot", "Кытайдын тажрыйбасын үйрөнүшөт", "vocational", True),
    ("uz-tajribasini-organmoqda", "Xitoy tajribasini o‘rganmoqda", "vocational", True),
    ("uz-tajribasidan-organish", "Xitoy tajribasidan o‘rganishdi", "vocational", True),
    ("uzc-tajribasini-organmoqda", "Хитой тажрибасини ўрганмоқда", "vocational", True),
    ("uz-bilib-oldi-is-not", "qimmatlashganini bilib oldi", "vocational", False),
    ("tg-tajribai-chinro", "таҷрибаи Чинро меомӯзанд", "vocational", True),
    ("tg-tajribai-chinro-keeps-china", "таҷрибаи Чинро меомӯзанд", "china", True),
    ("tg-khabardor-is-not", "хабардор шуданд", "vocational", False),
    ("tk-tejribesini-owrenyar", "Hytaýyň tejribesini öwrenýärler", "vocational", True),
    ("tk-bildiler-is-not", "gymmatlandygyny bildi", "vocational", False),
    # farmers: a light field
    ("en-farmers", "Kazakh farmers", "agriculture", True),
    ("ru-fermery", "фермеры", "agriculture", True),
    ("zh-nongmin", "农民", "agriculture", True),
    ("kk-fermerler", "фермерлер", "agriculture", True),
    ("ky-dyykandary", "дыйкандары", "agriculture", True),
    ("uz-dehqonlari", "dehqonlari", "agriculture", True),
    ("uzc-fermerlari", "фермерлари", "agriculture", True),
    ("tg-dehqononi", "деҳқонони", "agriculture", True),
    ("tk-dayhanlary", "daýhanlary", "agriculture", True),
    ("en-traders-are-not", "Kazakh traders", "agriculture", False),
    # a Chinese one-character country before a ministry of education or science
    ("zh-ji-jiaoyu-yu-kexuebu", "吉教育与科学部部长", "kg", True),
    ("zh-ji-jiaoyu-yu-kexuebu-is-education", "吉教育与科学部部长", "education_policy", True),
    ("zh-ha-kexue-yu-gaodeng", "哈科学与高等教育部", "kz", True),
    ("zh-wu-gaojiaobu", "乌高教部", "uz", True),
    ("zh-ta-jiaokebu", "塔教科部", "tj", True),
    ("zh-tu-gaojiaobu", "土高教部", "tm", True),
    ("zh-djibouti-is-not-kg", "驻吉布提大使会见吉教育部长", "kg", False),
    ("zh-ukraine-is-not-uz", "乌克兰 乌教育部长", "uz", False),
    ("zh-turkey-is-not-tm", "土耳其 土教育部", "tm", False),
    ("zh-study-trip-report", "考察报告", "cooperation", True),
    ("zh-kaocha-alone-is-not-cooperation", "考察", "cooperation", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round62_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# The development set after the fixes: every item decided right, in both modes, with and without the url, but
# one with the headline alone: specialists (no field named: "мутахассислари") studying China's experience; its
# lede names the field (water-saving farming) and is decided right.
DEV_WRONG: dict[str, set[str]] = {"title and summary": set(), "headline alone": {"r62d-uzc-tajribasini-organishdi-rel"}}
# The held-out set, measured once after the fixes (nothing fixed from it): P 1.000 / R 0.926 in both modes,
# with and without the url (the base, 2026.12.90: P 1.000 / R 0.852 with title and summary, 0.815 headline
# alone). Missed: an Uzbek minister receiving a Chinese rector or academy vice-president (no cooperation cue,
# and the implied Uzbek side needs one: "qabul qildi" is none).
HELD_WRONG = {"title and summary": {"r62h-uz-vazir-delegatsiya-rel", "r62h-uzc-vazir-qabul-rel"},
              "headline alone": {"r62h-uz-vazir-delegatsiya-rel", "r62h-uzc-vazir-qabul-rel"}}


@rows(WITH_AND_WITHOUT_URL, with_and_without_url(PROBES_R62_DEV, DEV_WRONG))
def test_round62_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(WITH_AND_WITHOUT_URL, with_and_without_url(PROBES_R62_HELD, HELD_WRONG))
def test_round62_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R62))
def test_round62_family_probes(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


# Labelled items of the brief decided right now (all four missed by the base, 2026.12.90, with the headline
# alone), with and without url.
NOW_RIGHT = [
    ("holdout28.jsonl", "h28-001", MODES),  # Center for Chinese Modernization Studies in Kazakhstan
    ("holdout28.jsonl", "h28-039", MODES),  # 2018年赴哈萨克斯坦、乌兹别克斯坦考察报告
    ("holdout28.jsonl", "h28-041", MODES),  # 杜德文大使会见吉教育与科学部部长
    ("holdout28.jsonl", "h28-046", MODES),  # Central Asian farmers learning from China
]


@rows(("name", "item_id", "mode", "meta"), [(f"{n}-{i}-{m.replace(' ', '-')}-{meta}", n, i, m, meta)
                                            for n, i, ms in NOW_RIGHT for m in ms for meta in (True, False)])
def test_round62_set_items_now_right(clf: Classifier, name: str, item_id: str, mode: str, meta: bool) -> None:
    item = next(i for i in load_set(name) if i["id"] == item_id)
    assert decide(clf, mode, item, meta=meta) is (item["label"] == "relevant")


def test_round62_blind_sets_shape() -> None:
    """4 relevant items and 2 hard negatives a language (dev, as written: 12 near repeats of earlier probes were
    taken out, 42 left), 3 and 2 (held out), about a fifth with a lede; the recorded errors are in the sets."""
    for probes, rel, neg in ((PROBES_R62_DEV, 4, 2), (PROBES_R62_HELD, 3, 2)):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert 0 < sum(p[-1] for p in mine) <= rel and sum(not p[-1] for p in mine) <= neg, lang
            assert probes is PROBES_R62_DEV or (sum(p[-1] for p in mine), sum(not p[-1] for p in mine)) == (rel, neg), lang
            assert all(p[0].endswith("-neg") is not p[-1] for p in mine), lang
        assert sum(p[3] is not None for p in probes) * 5 >= len(probes) - 5
    for mode in MODES:
        assert DEV_WRONG[mode] <= {p[0] for p in PROBES_R62_DEV}
        assert HELD_WRONG[mode] <= {p[0] for p in PROBES_R62_HELD}


# Twelve development items came out near repeats of earlier probes (rounds 24-55 wrote the same families'
# headlines); found after the set was measured, they were taken out (not rewritten: that would have been
# fixing the set after seeing its decisions): r62d-en-china-studies-centre-rel, -ru-tsentr-kitaevedeniya-rel,
# -zh-zhongya-yanjiu-zhongxin-rel, -kk-bilim-ministri-rel, -ky-sooda-borbor-neg, -uz-xitoyshunoslik-markazi-rel,
# -uz-vazir-elchi-rel, -tg-markazi-chinshinosi-rel, -tg-vaziri-maorif-rel, -tg-markazi-savdo-neg,
# -tk-tejribesini-owrenyar-rel, -tk-sowda-merkezi-neg. The held-out set's seven were rewritten before it was run.


def test_round62_probes_are_fresh() -> None:
    """No round-62 probe is a labelled text or an earlier probe's; none shares half its words (character pairs
    in Chinese) with one, nor with another of the round's; ids unique."""
    # round 61 was written at the same time by a writer who could not see this set
    known = labelled_texts() | probe_texts("probes_r62", "probes_r61")
    blind = [x for p in PROBES_R62_DEV + PROBES_R62_HELD for x in (p[2], p[3]) if x]
    fam = [p[1] for p in PROBES_R62]
    assert not repeats(blind, known)
    assert not repeats(fam, known | set(blind))
    mine = [p[2] for p in PROBES_R62_DEV + PROBES_R62_HELD] + fam
    assert not [(a, b) for i, a in enumerate(mine) for b in mine[i + 1:] if repeats([a], [b])]
    ids = [p[0] for p in PROBES_R62_DEV + PROBES_R62_HELD + PROBES_R62]
    assert len(ids) == len(set(ids)) == 42 + 45 + len(PROBES_R62)


def test_round62_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.92"
