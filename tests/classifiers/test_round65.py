"""Round 65 of issue 12: names the lists lacked, as headlines write them (docs/classifier.md, "Round 65 of
issue 12"). Northwest A&F University by its short Russian name and in every Central Asian language (Shimoli-
g'arbiy qishloq xo'jaligi universiteti, Солтүстік-Батыс ауыл шаруашылығы университеті...), Northwestern
Polytechnical, Tarim, Yili Normal and Shihezi University as the Central Asian languages write them, Fudan,
Tsinghua and Zhejiang in Kyrgyz or Tajik, two Chinese universities' Russian names; local-language acronyms
(ҚарУ, ҚарТУ, KarTU, ШҚУ, BukhSU, AnDU, TDAU, TashSAU, ТИИМСХ, TKTI, JDPU, TDTrU, ТашИИТ, ДДБ); KSTU, KSU
and SIUT, whose other meanings are abroad, read as Central Asia's only beside China or a Central Asian
country and never beside another partner; Minsk, Tbilisi, Baku, Kansas and Riyadh are another partner. The
READINGS table reads each form both ways; the blind sets (probes_r65_dev, probes_r65_held) are decided on
their url and without it, in both modes; the family probes (probes_r65) were written after the fixes."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r65 import PROBES_R65
from .probes_r65_dev import PROBES_R65_DEV
from .probes_r65_held import PROBES_R65_HELD
from .tables import IN_BOTH_MODES, WITH_AND_WITHOUT_URL, assert_reading, decide, in_both_modes, labelled_texts, load_set, probe_texts, repeats, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # Northwest A&F University: the short Russian name and the Central Asian renderings
    ("ru-severo-zapadnyy-selkhoz", "в Северо-Западном сельскохозяйственном университете", "china", True),
    ("ru-severo-zapadnyy-okrug-is-not", "Северо-Западный федеральный округ", "china", False),
    ("uz-shimoli-garbiy-qishloq", "Shimoli-g‘arbiy qishloq xo‘jaligi universitetida", "china", True),
    ("uz-shimoli-garbiy-viloyat-is-not", "shimoli-g‘arbiy viloyatlarda qishloq xo‘jaligi", "china", False),
    ("uzc-shimoli-garbiy-qishloq", "Шимоли-ғарбий қишлоқ хўжалиги университети билан", "china", True),
    ("kk-soltustik-batys", "Солтүстік-Батыс ауыл шаруашылығы университетінде", "china", True),
    ("kk-soltustik-qazaqstan-is-not", "Солтүстік Қазақстан ауыл шаруашылығы", "china", False),
    ("ky-tundyk-batysh", "Түндүк-Батыш айыл чарба университетинин", "china", True),
    ("tg-shimolu-gharbi", "Донишгоҳи кишоварзии Шимолу Ғарбӣ", "china", True),
    ("tk-demirgazyk-gunbatar", "Demirgazyk-günbatar oba hojalyk uniwersitetiniň", "china", True),
    ("tk-demirgazyk-gunbatar-welayat-is-not", "demirgazyk-günbatar sebitlerinde oba hojalygy", "china", False),
    ("en-tashkent-campus-nwafu", "Tashkent Campus NWAFU", "china", True),
    ("uz-shimoli-garbiy-politexnika", "Shimoli-g‘arbiy politexnika universiteti", "china", True),
    # other Chinese universities as Central Asian languages and Russian write them
    ("uz-shixezi", "Shixezi universitetida", "china", True),
    ("kk-shihetszy", "Шихэцзы университетінің", "china", True),
    ("tg-shihezi", "Донишгоҳи Шихэзӣ", "china", True),
    ("kk-tarim", "Тарим университетінде", "china", True),
    ("tk-tarim", "Tarim uniwersitetinde", "china", True),
    ("kk-ile-pedagogikalyq", "Іле педагогикалық университеті", "china", True),
    ("kk-ile-alatau-is-not", "Іле Алатауы ұлттық паркі", "china", False),
    ("ky-fudan", "Фудан университетинин", "china", True),
    ("tg-fudan", "Донишгоҳи Фудан", "china", True),
    ("tg-singhua", "Донишгоҳи Сингхуа", "china", True),
    ("tg-chzhetszyan", "Донишгоҳи Чжецзян", "china", True),
    ("ru-huachzhunskiy", "Хуачжунского педагогического университета", "china", True),
    ("ru-severo-zapadnyy-natsionalnostey", "Северо-Западном университете национальностей", "china", True),
    # local-language acronyms (case-sensitive)
    ("kk-karu", "ҚарУ студенттері", "kz", True),
    ("kk-karu-is-university", "ҚарУ студенттері", "university", True),
    ("kk-qaru-weapon-is-not", "қару-жарақ сатып алынды", "university", False),
    ("kk-kartu", "ҚарТУ ғалымдары", "university", True),
    ("en-kartu", "KarTU scientists", "kz", True),
    ("kk-shku", "ШҚУ оқытушылары", "university", True),
    ("kk-oqu-is-not-a-university", "Оқу жылы басталды", "university", False),
    ("en-bukhsu", "BukhSU students", "uz", True),
    ("uz-andu", "AnDU talabalari", "uz", True),
    ("uzc-andu", "АнДУ талабалари", "uz", True),
    ("uz-tdau", "TDAU olimlari", "uz", True),
    ("en-tashsau", "TashSAU students", "uz", True),
    ("ru-tiimsh", "студенты ТИИМСХ", "uz", True),
    ("uz-tkti", "TKTI talabalari", "uz", True),
    ("uzc-tkti", "ТКТИ талабалари", "uz", True),
    ("uz-jdpu", "JDPU o‘qituvchilari", "uz", True),
    ("uz-tdtru", "TDTrU talabalari", "uz", True),
    ("ru-tashiit", "выпускники ТашИИТ", "uz", True),
    ("tg-ddb", "донишҷӯёни ДДБ", "tj", True),
    ("ru-bgu-nosira-khusrava", "БГУ имени Носира Хусрава", "tj", True),
    ("ru-bgu-alone-is-not-tj", "ректор БГУ", "tj", False),
    ("en-ksma-alone-is-not", "KSMA students", "university", False),
    ("en-ksma-in-bishkek", "KSMA students in Bishkek", "university", True),
    # KSTU, KSU, SIUT: Central Asia's beside China or a Central Asian country, not alone, not beside another partner
    ("en-kstu-with-china", "KSTU delegation visits China", "central_asia", True),
    ("en-kstu-alone-is-not", "KSTU delegation visits campus", "central_asia", False),
    ("en-kstu-with-kaliningrad-partner-is-not", "KSTU in Russia signs deal with China", "central_asia", False),
    ("en-ksu-with-china", "Chinese scientists at KSU", "central_asia", True),
    ("en-ksu-in-kansas-is-not", "Chinese scientists at KSU in Kansas", "central_asia", False),
    ("en-ksu-in-riyadh-is-not", "Chinese scientists at KSU in Riyadh", "central_asia", False),
    ("en-ksu-lower-case-is-not", "ksu Chinese", "central_asia", False),
    ("en-siut-with-china", "SIUT students in China", "uz", True),
    ("en-siut-with-pakistan-is-not", "SIUT Karachi receives Chinese aid for Pakistan patients", "uz", False),
    ("ru-smarkanskiy-typo", "Смарканским государственным университетом", "uz", True),
    # another partner's capitals
    ("en-minsk", "BSU rector in Minsk", "other_partner", True),
    ("ru-minimalnyy-is-not", "минимальный порог", "other_partner", False),
    ("ru-minsk", "в Минске", "other_partner", True),
    ("ru-tbilisi", "в Тбилиси", "other_partner", True),
    ("zh-minsk", "明斯克", "other_partner", True),
    ("kk-minsk", "Минскіде", "other_partner", True),
    ("ky-minsk", "Минскте", "other_partner", True),
    ("uz-minsk", "Minskda", "other_partner", True),
    ("uzc-minsk", "Минскда", "other_partner", True),
    ("tg-minsk", "дар Минск", "other_partner", True),
    ("tk-minsk", "Minskde", "other_partner", True),
    ("en-kansas", "Kansas State", "other_partner", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round65_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# The development set after the fixes: every item decided right, in both modes, with and without the url
# (before them, 2026.12.94: P 0.971 / R 0.944 with the url, R 0.917 without it, in both modes).
DEV_WRONG: dict[tuple[str, bool], set[str]] = {(mode, shown): set() for mode in MODES for shown in (True, False)}
# The held-out set, measured once after the fixes (nothing fixed from it; docs/classifier.md): title and summary
# P 0.964 / R 1.000 with the url, 0.963 / 0.963 without; headline alone 0.963 / 0.963 and 0.962 / 0.926 (the base,
# 2026.12.94: 0.963 / 0.963, 0.962 / 0.926, 0.962 / 0.926, 0.960 / 0.889). Wrong: a Kazakh university canteen's
# contract with a Chinese supplier let in everywhere (ЕҰУ, Chinese, a contract: "асханасы" is goods, and goods
# beside a university veto nothing in Kazakh); KNU (Kyiv's too) needs Kyrgyzstan named, and only the lede or the
# url names it; "ТТУ имени Осими" needs Tajikistan named, and only the url (khovar.tj) does.
_CANTEEN, _KNU, _TTU = "r65h-kk-enu-askhana-neg", "r65h-en-knu-lanzhou-lecture-rel", "r65h-ru-ttu-lanchzhouskiy-tekh-rel"
HELD_WRONG: dict[tuple[str, bool], set[str]] = {
    ("title and summary", True): {_CANTEEN}, ("title and summary", False): {_CANTEEN, _TTU},
    ("headline alone", True): {_CANTEEN, _KNU}, ("headline alone", False): {_CANTEEN, _KNU, _TTU}}


def _url_rows(probes: list[tuple[str, str, str, str | None, bool]], wrong: dict[tuple[str, bool], set[str]]) -> list[tuple]:
    """``tables.with_and_without_url``, with the recorded errors kept apart with the url and without it."""
    return [(f"{mode.replace(' ', '-')}-{'url' if shown else 'nourl'}-{pid}", mode, title, lede, url if shown else None,
             relevant is not (pid in wrong[(mode, shown)]))
            for mode in MODES for shown in (True, False) for pid, url, title, lede, relevant in probes]


@rows(WITH_AND_WITHOUT_URL, _url_rows(PROBES_R65_DEV, DEV_WRONG))
def test_round65_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(WITH_AND_WITHOUT_URL, _url_rows(PROBES_R65_HELD, HELD_WRONG))
def test_round65_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R65))
def test_round65_family_probes(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


# Labelled items decided right now that the base (2026.12.94) decided wrong: (set, id, mode, with the url?)
NOW_RIGHT = [
    ("holdout19.jsonl", "h19-019", MODES, (False,)),  # The visit of the delegation of KSTU in the University of Shihezi (China)
    ("holdout19.jsonl", "h19-060", MODES, (True, False)),  # SIUT students participated in a Summer Student Camp in China
    ("holdout20.jsonl", "h20-086", MODES, (False,)),  # ... в рамках сотрудничества с Смарканским государственным университетом
    ("holdout27.jsonl", "h27-009", ("headline alone",), (True, False)),  # The scientists of Beijing University at KSU
    ("holdout4.jsonl", "h4-010", MODES, (False,)),  # KSTU and Northwest University of China open joint campus
]


@rows(("name", "item_id", "mode", "meta"), [(f"{n}-{i}-{m.replace(' ', '-')}-{meta}", n, i, m, meta)
                                            for n, i, ms, metas in NOW_RIGHT for m in ms for meta in metas])
def test_round65_set_items_now_right(clf: Classifier, name: str, item_id: str, mode: str, meta: bool) -> None:
    item = next(i for i in load_set(name) if i["id"] == item_id)
    assert decide(clf, mode, item, meta=meta) is (item["label"] == "relevant")


# Round 65's first acronym list read the Kazakh ОҚУ (South Kazakhstan University); every "Оқу" (study) at the
# start of a sentence matched it, and holdout18's h18-011 (a Beijing training course, irrelevant) was let in.
def test_round65_oqu_is_not_an_acronym(clf: Classifier) -> None:
    item = next(i for i in load_set("holdout18.jsonl") if i["id"] == "h18-011")
    for mode in MODES:
        for meta in (True, False):
            assert decide(clf, mode, item, meta=meta) is False


def test_round65_blind_sets_shape() -> None:
    """4 relevant items and 2 hard negatives a language (dev), 3 and 2 (held out), about a sixth with a lede;
    the recorded errors are in the sets."""
    for probes, rel, neg in ((PROBES_R65_DEV, 4, 2), (PROBES_R65_HELD, 3, 2)):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert (sum(p[-1] for p in mine), sum(not p[-1] for p in mine)) == (rel, neg), lang
            assert all(p[0].endswith("-neg") is not p[-1] for p in mine), lang
        assert sum(p[3] is not None for p in probes) * 7 >= len(probes)
    for key in DEV_WRONG:
        assert DEV_WRONG[key] <= {p[0] for p in PROBES_R65_DEV}
        assert HELD_WRONG[key] <= {p[0] for p in PROBES_R65_HELD}


def test_round65_probes_are_fresh() -> None:
    """No round-65 probe is a labelled text or an earlier probe's; none shares half its words (character pairs
    in Chinese) with one, nor with another of the round's; ids unique."""
    # rounds 63 and 64 were written at the same time by writers who could not see this set (later rounds' sets are
    # left out by probe_texts: round 68's likeness to r65d's Tajik formula is recorded in test_round68.NOT_FRESH)
    known = labelled_texts() | probe_texts("probes_r65", "probes_r63", "probes_r64")
    blind = [x for p in PROBES_R65_DEV + PROBES_R65_HELD for x in (p[2], p[3]) if x]
    fam = [p[1] for p in PROBES_R65]
    assert not repeats(blind, known)
    assert not repeats(fam, known | set(blind))
    mine = [p[2] for p in PROBES_R65_DEV + PROBES_R65_HELD] + fam
    assert not [(a, b) for i, a in enumerate(mine) for b in mine[i + 1:] if repeats([a], [b])]
    ids = [p[0] for p in PROBES_R65_DEV + PROBES_R65_HELD + PROBES_R65]
    assert len(ids) == len(set(ids)) == 54 + 45 + len(PROBES_R65)


def test_round65_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.97"
