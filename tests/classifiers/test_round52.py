"""Round 52 of issue 12: holdout25's misses (read after its one honest measurement) as families,
with two blind sets written before the vocabulary was read (probes_r52_dev: 5 relevant and 2 hard
negatives in each of nine languages and scripts; probes_r52_held: 4 and 2), the development set
measured once with the rules of main before any fix (docs/classifier.md, "Round 52 of issue 12"):
space rockets and launch vehicles are space technology (a bare rocket is a weapon only where no
technology is named; a rocket strike stays security); the Mozi and Qinling Workshops, Liaoning's
and Shaanxi's brand-named vocational programmes abroad, in the gazetteer as Luban's; the
Chinese-language boom ("Chinese fever", 汉语热, мода на китайский); crop varieties and sericulture
as agricultural science; trainees (学员, слушатели, тыңдаушылар, tinglovchilar...) beside a field
and courses completed or taken in China as training; oil-and-gas written as one compound counts
once. Each read both ways (READINGS); the family probes (probes_r52) decided in both modes; the
held-out set measured once after the fixes; holdout25 pinned as decided now."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r52 import PROBES_R52
from .probes_r52_dev import PROBES_R52_DEV
from .probes_r52_held import PROBES_R52_HELD
from .tables import IN_BOTH_MODES, assert_reading, decide, in_both_modes, labelled_texts, load_set, probe_texts, repeats, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # a space rocket is technology and no weapon; a rocket strike or a missile bought is security
    ("en-rocket-to-space-is-not-security", "a Chinese rocket will take a Kazakh cosmonaut to space", "security", False),
    ("en-carrier-rocket-is-technology", "the carrier rocket lifted off", "technology", True),
    ("en-launch-vehicle-is-technology", "a new launch vehicle", "technology", True),
    ("en-cubesat-is-technology", "students built a CubeSat", "technology", True),
    ("en-long-march-is-china", "a Long March 2D rocket", "china", True),
    ("en-rocket-attack-is-security", "a rocket attack on the border post", "security", True),
    ("en-rockets-alone-are-security", "rockets fired at the village", "security", True),
    ("en-long-march-history-is-not-china", "the long march of reforms", "china", False),
    ("ru-rocket-to-space-is-not-security", "может полететь в космос на китайской ракете", "security", False),
    ("ru-launch-vehicle-is-technology", "ракета-носитель стартовала", "technology", True),
    ("ru-chang-zheng-is-china", "ракета «Чанчжэн-2D»", "china", True),
    ("ru-rocket-strike-is-security", "ракетный удар по складу", "security", True),
    ("ru-air-defence-rockets-is-security", "закупит зенитные ракеты", "security", True),
    ("zh-carrier-rocket-is-technology", "运载火箭发射成功", "technology", True),
    ("zh-long-march-is-china", "长征二号丁运载火箭", "china", True),
    ("zh-missile-is-security", "防空导弹", "security", True),
    ("kk-launch-vehicle-is-technology", "зымыран тасығыш ұшырылды", "technology", True),
    ("kk-rocket-with-satellite-is-not-security", "зымыранмен жер серігі ұшырылды", "security", False),
    ("kk-rockets-bought-is-security", "зымырандар сатып алды", "security", True),
    ("ky-launch-vehicle-is-technology", "ракета-ташуучу учурулду", "technology", True),
    ("ky-rockets-bought-is-security", "ракеталарды сатып алды", "security", True),
    ("uz-launch-vehicle-is-technology", "raketa-tashuvchi uchirildi", "technology", True),
    ("uzc-launch-vehicle-is-technology", "ракета-ташувчи учирилди", "technology", True),
    ("uz-rockets-bought-is-security", "raketalarini sotib oldi", "security", True),
    ("tg-launch-vehicle-is-technology", "мушаки интиқолдиҳанда партофта шуд", "technology", True),
    ("tg-air-defence-missiles-is-security", "мушакҳои зиддиҳавоӣ харид", "security", True),
    ("tg-muscles-are-not-security", "мушакҳои бадан", "security", False),
    ("tk-launch-vehicle-is-technology", "göteriji raketa uçuryldy", "technology", True),
    ("tk-rockets-bought-is-security", "raketalary satyn aldy", "security", True),
    # the Mozi and Qinling Workshops name China and vocational training; Mozi and Qinling alone do not
    ("en-mozi-workshop-is-vocational", "the Mozi Workshop in Khujand", "vocational", True),
    ("en-mozi-workshop-is-china", "the Mozi Workshop in Khujand", "china", True),
    ("en-qinling-workshop-is-china", "a Qinling Workshop in Bishkek", "china", True),
    ("en-mozi-alone-is-not-china", "Mozi's philosophy of universal love", "china", False),
    ("en-qinling-mountains-is-not-vocational", "the Qinling Mountains", "vocational", False),
    ("ru-mozi-workshop-is-vocational", "мастерская Мо-цзы", "vocational", True),
    ("ru-qinling-workshop-is-china", "Циньлинская мастерская", "china", True),
    ("zh-mozi-workshop-is-china", "墨子工坊揭牌", "china", True),
    ("zh-qinling-workshop-is-vocational", "秦岭工坊", "vocational", True),
    ("zh-qinling-alone-is-not-vocational", "秦岭山脉", "vocational", False),
    ("kk-mozi-workshop-is-china", "Мози шеберханасы", "china", True),
    ("ky-qinling-workshop-is-china", "Циньлин устаканасы", "china", True),
    ("uz-mozi-workshop-is-china", "Mozi ustaxonasi", "china", True),
    ("tg-qinling-workshop-is-china", "коргоҳи Цинлин", "china", True),
    ("tg-chinese-workshop-is-china", "коргоҳи чинии нав", "china", True),
    ("tk-mozi-workshop-is-china", "Mozi ussahanasy", "china", True),
    # the Chinese-language boom; a Chinese economic boom or fashion for goods is not
    ("en-chinese-fever-is-language", "the Chinese fever in Kyrgyzstan", "language_culture", True),
    ("en-mandarin-craze-is-language", "a Mandarin craze", "language_culture", True),
    ("en-chinese-boom-is-not-language", "the Chinese boom in exports", "language_culture", False),
    ("ru-fashion-for-chinese-is-language", "мода на китайский", "language_culture", True),
    ("ru-language-boom-is-language", "бум китайского языка", "language_culture", True),
    ("ru-fashion-for-cars-is-not-language", "мода на китайские автомобили", "language_culture", False),
    ("zh-hanyu-re-is-language", "汉语热", "language_culture", True),
    ("zh-zhongwen-re-is-language", "中文学习热", "language_culture", True),
    # crop varieties and sericulture; silk, cocoons and the Silk Road are not
    ("en-sericulture-is-agriculture", "sericulture cooperation", "agriculture", True),
    ("en-silk-exports-are-not-agriculture", "raw silk exports", "agriculture", False),
    ("ru-potato-varieties-is-research", "сорта китайского картофеля", "research", True),
    ("ru-potato-varieties-is-china", "сорта китайского картофеля", "china", True),
    ("ru-wheat-varieties-is-agriculture", "сорта пшеницы", "agriculture", True),
    ("ru-sericulture-is-agriculture", "шелководство", "agriculture", True),
    ("ru-silk-price-is-not-agriculture", "цены на шёлк", "agriculture", False),
    ("zh-potato-varieties-is-research", "马铃薯品种", "research", True),
    ("zh-sericulture-is-agriculture", "蚕桑产业", "agriculture", True),
    ("zh-cocoon-exports-is-not-agriculture", "蚕茧出口", "agriculture", False),
    ("kk-potato-varieties-is-agriculture", "картоп сорттары", "agriculture", True),
    ("kk-silkworm-is-agriculture", "жібек құртын өсіру", "agriculture", True),
    ("kk-silk-road-is-not-agriculture", "Ұлы Жібек жолы", "agriculture", False),
    ("ky-rice-varieties-is-agriculture", "күрүч сорттору", "agriculture", True),
    ("ky-silkworm-is-agriculture", "жибек куртун багуу", "agriculture", True),
    ("uz-cotton-varieties-is-research", "paxta navlari", "research", True),
    ("uzc-cotton-varieties-is-research", "пахта навлари", "research", True),
    ("uz-sericulture-is-agriculture", "pillachilik klasteri", "agriculture", True),
    ("uz-silkworm-is-agriculture", "ipak qurti zotlari", "agriculture", True),
    ("uz-cocoon-exports-is-not-agriculture", "pilla eksporti", "agriculture", False),
    ("tg-potato-varieties-is-agriculture", "навъҳои картошка", "agriculture", True),
    ("tg-sericulture-is-agriculture", "кирмакпарварӣ", "agriculture", True),
    ("tg-silk-is-not-agriculture", "абрешими тоҷикӣ", "agriculture", False),
    ("tk-potato-varieties-is-agriculture", "kartoşka sortlary", "agriculture", True),
    ("tk-silkworm-is-agriculture", "ýüpek gurçugy", "agriculture", True),
    ("tk-silk-road-is-not-agriculture", "Beýik Ýüpek ýoly", "agriculture", False),
    # trainees beside a field, courses completed or taken in China; listeners alone are not
    ("zh-trainees-energy-is-vocational", "中亚学员学习能源技术", "vocational", True),
    ("zh-trainees-alone-is-not-vocational", "学员们", "vocational", False),
    ("ru-listeners-energy-is-vocational", "слушатели из Казахстана изучили энергетику", "vocational", True),
    ("ru-radio-listeners-is-not-vocational", "слушатели радио", "vocational", False),
    ("kk-trainees-technology-is-vocational", "тыңдаушылары жаңа технологияны", "vocational", True),
    ("kk-listeners-alone-is-not-vocational", "тыңдаушылар", "vocational", False),
    ("ky-trainees-energy-is-vocational", "угуучулар энергетика", "vocational", True),
    ("ky-course-finished-is-vocational", "курсун бүтүрүштү", "vocational", True),
    ("ky-radio-listeners-is-not-vocational", "радио угуучулар", "vocational", False),
    ("uz-courses-in-china-is-vocational", "Xitoydagi kurslar", "vocational", True),
    ("uz-courses-in-china-is-china", "Xitoydagi kurslar", "china", True),
    ("uz-course-completed-is-vocational", "kurslarni tamomladi", "vocational", True),
    ("uz-exchange-rate-is-not-vocational", "dollar kursi", "vocational", False),
    ("tg-trainees-energy-is-vocational", "шунавандагони энергетика", "vocational", True),
    ("tg-listeners-alone-is-not-vocational", "шунавандагон", "vocational", False),
    ("tk-course-completed-is-vocational", "okuwyny tamamladylar", "vocational", True),
    ("tk-listeners-alone-is-not-vocational", "diňleýjiler", "vocational", False),
    # oil-and-gas as one compound is energy (counted once)
    ("tk-oil-gas-is-energy", "nebit-gaz", "energy", True),
    ("kk-oil-gas-is-energy", "мұнай-газ", "energy", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round52_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# The development set, measured once with the rules of main (2026.12.68) before any rule was written,
# no url: in both modes 24 of 45 relevant found, no false positive in 18 (docs/classifier.md, "Round 52
# figures"). With an empty summary the title-and-summary mode decides every headline the same.
MISSED_BEFORE = {
    "r52d-en-mozi-welders", "r52d-en-chinese-fever", "r52d-ru-launch-vehicle", "r52d-ru-mozi-khujand",
    "r52d-ru-potato-sorts", "r52d-zh-long-march", "r52d-zh-mozi-tajik", "r52d-kk-potato-sorts",
    "r52d-kk-silkworm-trainees", "r52d-ky-mozi-osh", "r52d-ky-rice-sorts", "r52d-ky-trainees-energy",
    "r52d-uz-silkworm-breeds", "r52d-uz-trainees-qualify", "r52d-uzc-launch-vehicle", "r52d-uzc-cotton-sorts",
    "r52d-tg-mozi-khujand", "r52d-tg-potato-sorts", "r52d-tg-trainees-energy", "r52d-tk-mozi-ashgabat",
    "r52d-tk-trainees-oil",
}


@rows(("pid", "headline", "relevant"), [(p[0], *p) for p in PROBES_R52_DEV])
def test_round52_dev_set_decided(clf: Classifier, pid: str, headline: str, relevant: bool) -> None:
    """Each development headline decided as labelled after the fixes, in both modes."""
    assert decide(clf, "headline alone", {"title": headline}) is relevant
    assert decide(clf, "title and summary", {"title": headline, "summary": ""}) is relevant


def test_round52_recorded_misses_are_relevant() -> None:
    labels = {p[0]: p[2] for p in PROBES_R52_DEV}
    assert all(labels[m] for m in MISSED_BEFORE) and len(MISSED_BEFORE) == 21


# The held-out set, measured once with the rules 2026.12.71 after the fixes, no url: in both modes 34
# of 36 relevant found, no false positive in 18 (the honest figure of round 52's rules on its families);
# nothing was fixed from it. The two misses: a launch date with a satellite (спутником, 0.5: Sputnik is
# also a news agency) and nothing else of science (score 1.90), and a Tajik sericulture headline whose
# Tajik side is Ҳисор (Hisor, not a place of the gazetteer), so the Tajik language implies it and
# china_own_science_with_a_dateline and implied_side_needs_local_subject veto.
HELD_MISSED = {"r52h-ru-launch-date", "r52h-tg-sericulture"}


@rows(("pid", "headline", "relevant"), [(p[0], *p) for p in PROBES_R52_HELD])
def test_round52_held_set_decided(clf: Classifier, pid: str, headline: str, relevant: bool) -> None:
    """Each held-out headline decided as measured: right unless a recorded miss (a later fix moves it out)."""
    expected = relevant and pid not in HELD_MISSED
    assert decide(clf, "headline alone", {"title": headline}) is expected
    assert decide(clf, "title and summary", {"title": headline, "summary": ""}) is expected


def test_round52_blind_sets_shape() -> None:
    """5 relevant and 2 hard negatives (development) and 4 and 2 (held out) in each of the nine
    languages and scripts; ids say the language and mark the negatives."""
    for probes, counts in ((PROBES_R52_DEV, (5, 2)), (PROBES_R52_HELD, (4, 2))):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert (sum(p[2] for p in mine), sum(not p[2] for p in mine)) == counts, lang
            assert all(p[0].endswith("-neg") is not p[2] for p in mine), lang
    assert (len(PROBES_R52_DEV), len(PROBES_R52_HELD)) == (63, 54)
    assert all(p[2] for p in PROBES_R52_HELD if p[0] in HELD_MISSED) and len(HELD_MISSED) == 2


# Family probes that were wrong, in both modes: a named vocational workshop beside a transport word
# ("Bishkek railway Mozi Workshop", "темир жолчуларын": railway workers trained) scored 1.76 (the
# transport hard negative, -1.40, outweighed it; the Luban Workshop in the same headline did too).
# Round 54's education_governs_the_field decides both right (docs/classifier.md, "Round 54 of issue 12").
FAMILY_WRONG: dict[str, set[str]] = {mode: set() for mode in MODES}


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R52, FAMILY_WRONG))
def test_round52_family_probes(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


# holdout25, measured once with the rules 2026.12.68 (docs/classifier.md, "holdout25"), read by this
# round: its wrong decisions now, with url and without (the url emptied). Left: h25-018 and h25-059
# (doubtful labels; round 57 decides h25-059, a youth forum, right), h25-068 (a children's camp named after Soong Ching-ling, Сун Цинлин), h25-031 and
# h25-032 on the headline alone (the sides are in the lede), h25-022 (Xisen potatoes: China's side is a
# company, 希森, and a Chinese text naming Kazakhstan needs a cooperation cue). Round 63: h25-049 ("A visit of
# delegation from Tongji University, China to our university") is decided right without its url too (reporter_side).
H25_WRONG: dict[tuple[str, str], set[str]] = {
    ("title and summary", "url"): {"h25-018", "h25-022", "h25-068"},
    ("title and summary", "nourl"): {"h25-018", "h25-022", "h25-068"},
    ("headline alone", "url"): {"h25-018", "h25-022", "h25-031", "h25-032", "h25-068"},
    ("headline alone", "nourl"): {"h25-018", "h25-022", "h25-031", "h25-032", "h25-068"},
}
H25 = load_set("holdout25.jsonl")


@rows(
    ("mode", "url", "item"),
    [(f"{m.replace(' ', '-')}-{u}-{item['id']}", m, u, item) for m in MODES for u in ("url", "nourl") for item in H25],
)
def test_round52_holdout25_decided(clf: Classifier, mode: str, url: str, item: dict) -> None:
    """Each holdout25 item decided by its label, unless recorded in H25_WRONG."""
    relevant = item["label"] == "relevant"
    right = item["id"] not in H25_WRONG[(mode, url)]
    shown = item if url == "url" else {**item, "url": None}
    assert decide(clf, mode, shown, meta=True) is (relevant if right else not relevant)


def test_round52_probes_are_fresh() -> None:
    """No round-52 headline (either blind set or the family probes) is a labelled item's title or
    summary or an earlier probe's text, none shares half its words (character pairs in Chinese) with
    one or with another round-52 headline, and ids and headlines are unique."""
    known = labelled_texts() | probe_texts("probes_r52")
    mine = [*PROBES_R52_DEV, *PROBES_R52_HELD, *PROBES_R52]
    assert not repeats([p[1] for p in mine], known)
    among = [(p[0], q[0]) for i, p in enumerate(mine) for q in mine[i + 1:] if repeats([p[1]], [q[1]])]
    assert not among
    assert len({p[0] for p in mine}) == len(mine) and len({p[1].casefold() for p in mine}) == len(mine)


def test_round52_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.71"
