"""Round 64 of issue 12: one side implied by a framework only that side has (docs/classifier.md, "Round 64
of issue 12"). China's own frameworks name China in every language: the Belt and Road and the Silk Road
Economic Belt as Kazakh, Kyrgyz, Uzbek (both scripts), Tajik and Turkmen write them ("Бір белдеу, бір жол",
"Bir makon, bir yo'l", "Як камарбанд, як роҳ", "Bir guşak, bir ýol"), and the New Silk Road (h27-008
"ҚазҰУ Жаңа Жібек жолында"); the Great Silk Road stays heritage. The Chinese Bridge contest's
"republican" stage implies the Central Asian side (h19-053, h28-035), a republican olympiad does not.
Xinjiang's international cooperation (`outward`: 国际科技合作, the Belt and Road, international students,
引智, the China-Eurasia Expo) with no other partner implies Central Asia (h27-048, h28-032, h8-038); 中亚智力
is Central Asia's expertise (h23-058). The bare CAS names China beside China or a Central Asian side and
never beside sport (h27-030, h27-038 through RADI; the Court of Arbitration for Sport stays out). The
READINGS table reads each form both ways; the blind sets (probes_r64_dev, probes_r64_held) are decided on
their url and without it, in both modes; the family probes (probes_r64) were written after the fixes."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r64 import PROBES_R64
from .probes_r64_dev import PROBES_R64_DEV
from .probes_r64_held import PROBES_R64_HELD
from .tables import IN_BOTH_MODES, assert_reading, decide, in_both_modes, labelled_texts, load_set, probe_texts, repeats, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # China's frameworks name China in every language; the Great Silk Road is heritage and names no side
    ("kk-bir-beldeu", "«Бір белдеу, бір жол» бастамасы", "china", True),
    ("kk-beldeu-zhane-zhol", "Белдеу және жол бастамасы", "china", True),
    ("kk-ekonomikalyk-beldeu", "Жібек жолы экономикалық белдеуі", "china", True),
    ("kk-zhana-zhibek-zholy", "ҚазҰУ Жаңа Жібек жолында", "china", True),
    ("kk-uly-zhibek-zholy-is-not", "Ұлы Жібек жолы бойындағы қалалар", "china", False),
    ("ky-bir-alkak", "«Бир алкак — бир жол» демилгеси", "china", True),
    ("ky-ekonomikalyk-alkak", "Жибек жолу экономикалык алкагы", "china", True),
    ("ky-uluu-zhibek-zholu-is-not", "Улуу Жибек жолундагы шаарлар", "china", False),
    ("uz-bir-makon", "“Bir makon, bir yo‘l” tashabbusi", "china", True),
    ("uz-iqtisodiy-kamar", "Buyuk Ipak yo‘li iqtisodiy kamari", "china", True),
    ("uz-buyuk-ipak-yoli-is-not", "Buyuk Ipak yo‘li shaharlari", "china", False),
    ("uzc-bir-makon", "«Бир макон, бир йўл» ташаббуси", "china", True),
    ("uzc-iqtisodiy-kamar", "Ипак йўли иқтисодий камари", "china", True),
    ("tg-kamarband", "«Як камарбанд, як роҳ»", "china", True),
    ("tg-kamarbandi-iqtisodi", "Камарбанди иқтисодии Роҳи Абрешим", "china", True),
    ("tg-rohi-abreshim-is-not", "шаҳрҳои Роҳи Абрешим", "china", False),
    ("tk-bir-gusak", "«Bir guşak, bir ýol» başlangyjy", "china", True),
    ("tk-ykdysady-gusak", "Beýik Ýüpek ýolunyň ykdysady guşagy", "china", True),
    ("tk-beyik-yupek-yoly-is-not", "Beýik Ýüpek ýolunyň şäherleri", "china", False),
    ("en-one-belt-comma", "One Belt, One Road joint lab", "china", True),
    ("en-one-belt-alone-is-not", "one belt of the machine", "china", False),
    ("ru-odin-poyas-comma", "«Один пояс, один путь»", "china", True),
    ("ru-novyy-shelkovyy-put", "Нового шелкового пути", "china", True),
    ("ru-velikiy-shelkovyy-put-is-not", "Великого шелкового пути", "china", False),
    # the Chinese Bridge's republican stage: a Central Asian (post-Soviet) republic's contest
    ("en-republican-stage", "Republican stage of the Chinese Language Bridge competition", "ca_context", True),
    ("en-chinese-language-bridge", "Chinese Language Bridge", "china", True),
    ("en-republican-olympiad-is-not", "Republican stage of the chemistry olympiad", "ca_context", False),
    ("ru-respublikanskiy-etap", "республиканский этап конкурса «Мост китайского языка»", "ca_context", True),
    ("ru-respublikanskiy-tur", "республиканского тура «Моста китайского языка»", "ca_context", True),
    ("ru-olimpiada-is-not", "республиканский этап олимпиады по химии", "ca_context", False),
    # Xinjiang's international cooperation (outward); each key keeps what it covers
    ("zh-guoji-keji-hezuo", "国际科技合作基地", "outward", True),
    ("zh-guoji-keji-hezuo-keeps-research", "国际科技合作基地", "research", True),
    ("zh-yidaiyilu-outward", "一带一路", "outward", True),
    ("zh-guoji-malasong-is-not", "新疆国际马拉松", "outward", False),
    ("en-international-students", "international students", "outward", True),
    ("en-international-students-keep-students", "international students", "student_exchange", True),
    ("en-international-cooperation-keeps-cooperation", "international cooperation", "cooperation", True),
    ("en-international-marathon-is-not", "international marathon", "outward", False),
    ("ru-mezhdunarodnoe-sotrudnichestvo", "международное сотрудничество", "outward", True),
    ("ru-mezhdunarodnyy-aeroport-is-not", "международный аэропорт", "outward", False),
    ("zh-yaou-bolanhui-is-xinjiang", "亚欧博览会", "xinjiang", True),
    ("en-china-eurasia-expo-is-xinjiang", "China-Eurasia Expo", "xinjiang", True),
    ("zh-yinzhi", "引智项目", "research", True),
    ("zh-yinzhi-outward", "引智项目", "outward", True),
    ("zh-zhongya-zhili", "吸引中亚智力", "central_asia", True),
    ("zh-zhongya-zhili-research", "吸引中亚智力", "research", True),
    ("zh-zhili-zhangai-is-not", "智力障碍儿童", "research", False),
    ("tg-sintszyan", "Донишгоҳҳои Синтсзян", "xinjiang", True),
    ("tg-sintszyan-is-china", "Донишгоҳҳои Синтсзян", "china", True),
    ("tk-sinjiang", "Şinjiang uniwersitetlerinde", "xinjiang", True),
    # the bare CAS: China beside either side, never beside sport; CAS institutes' acronyms
    ("en-cas-central-asia", "CAS to establish centres in Central Asia", "china", True),
    ("en-cas-kazakh-academy", "Kazakh academy and CAS researchers", "china", True),
    ("tg-cas-tojikiston", "Академияи илмҳои Тоҷикистон ва CAS", "china", True),
    ("en-cas-judoka-is-not", "CAS suspends Kazakh judoka", "china", False),
    ("en-cas-no-side-is-not", "CAS registry number", "china", False),
    ("en-cas-lowercase-is-not", "Kazakh cas", "china", False),
    ("en-doping-is-sport", "doping ban", "sport", True),
    ("en-radi", "RADI delegation", "china", True),
    ("en-radi-research", "RADI delegation", "research", True),
    ("en-radi-name-is-not", "Radi Hasan", "china", False),
    ("en-careeri", "CAREERI glaciologists", "china", True),
    ("en-ioz-alone-is-not", "IOZ team", "china", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round64_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# The development set after the fixes: every item decided right, in both modes, with and without the url.
DEV_WRONG: dict[tuple[str, bool], set[str]] = {(m, u): set() for m in MODES for u in (True, False)}
# The held-out set, measured once after the fixes (nothing fixed from it; docs/classifier.md, "Round 64
# figures"): no negative let in; missed: the bare CAS in a Central Asian language whose own side is only
# implied by the language or is a bare academy (kk, ky, uzc, tk; tg on the headline alone: "Ҳайати CAS бо
# олимони Академияи миллии илмҳо"), the "national" stage (not a key: only "republican" is) without the url
# that names the country, a Turkmen university named "Magtymguly adyndaky uniwersitet" (no key) with the
# Belt and Road, and the China-Eurasia Expo's science forum on the headline alone (no cooperation cue).
_CAS = {"r64h-kk-akademiya-cas-rel", "r64h-ky-akademiya-cas-rel", "r64h-uzc-fa-cas-chullanish-rel",
        "r64h-tk-akademiya-cas-rel", "r64h-tk-gusak-magtymguly-rel"}
_NATIONAL = {"r64h-en-national-stage-rel", "r64h-ru-natsionalnyy-etap-most-rel"}
_HEADLINE = {"r64h-en-expo-urumqi-rel", "r64h-tg-cas-akademiya-rel"}
HELD_WRONG: dict[tuple[str, bool], set[str]] = {
    ("title and summary", True): _CAS,
    ("title and summary", False): _CAS | _NATIONAL,
    ("headline alone", True): _CAS | _HEADLINE,
    ("headline alone", False): _CAS | _NATIONAL | _HEADLINE,
}
BLIND = ("mode", "title", "summary", "url", "expected")


def _blind_rows(probes: list[tuple], wrong: dict[tuple[str, bool], set[str]]) -> list[tuple]:
    return [(f"{mode.replace(' ', '-')}-{'url' if shown else 'nourl'}-{pid}", mode, title, lede, url if shown else None,
             relevant is not (pid in wrong[mode, shown]))
            for mode in MODES for shown in (True, False) for pid, url, title, lede, relevant in probes]


@rows(BLIND, _blind_rows(PROBES_R64_DEV, DEV_WRONG))
def test_round64_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(BLIND, _blind_rows(PROBES_R64_HELD, HELD_WRONG))
def test_round64_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


# A family probe still missed: a Kyrgyz headline naming China only by the Belt and Road and a training
# centre in Talas (no key: also Kazakhstan's district and river); the Kyrgyz side is implied by the language,
# and implied_side_needs_local_subject (round 59) wants students, a joint lab or the writer's own people.
FAMILY_WRONG = {mode: {"r64-ky-alkak-okuu-borboru-rel"} for mode in MODES}


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R64, FAMILY_WRONG))
def test_round64_family_probes(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


# Labelled items decided right now in these modes, with and without the url (each missed by the base,
# 2026.12.94, in that mode without the url at least).
NOW_RIGHT = [
    ("holdout19.jsonl", "h19-053", MODES),  # Состоялся республиканский этап конкурса «Мост китайского языка»
    ("holdout23.jsonl", "h23-001", ("title and summary",)),  # cooperation with Xinjiang University (lede)
    ("holdout23.jsonl", "h23-058", MODES),  # 新疆“近水楼台”优势 吸引中亚智力“援”疆
    ("holdout27.jsonl", "h27-008", ("headline alone",)),  # ҚазҰУ Жаңа Жібек жолында
    ("holdout27.jsonl", "h27-030", ("headline alone",)),  # CAS to establish two new Eco-Science Centers in Central Asia
    ("holdout27.jsonl", "h27-038", MODES),  # RADI Delegation Visits Kyrgyzstan National Academy of Sciences
    ("holdout27.jsonl", "h27-048", ("headline alone",)),  # 新疆新增两家国家国际科技合作基地
    ("holdout28.jsonl", "h28-032", ("headline alone",)),  # Xinjiang a front-runner in BRI medical cooperation
    ("holdout28.jsonl", "h28-035", MODES),  # Republican stage of the "Chinese Language Bridge" competition
    ("holdout8.jsonl", "h8-038", ("headline alone",)),  # 新疆积极推进共建“一带一路”教育合作
]


@rows(("name", "item_id", "mode", "meta"), [(f"{n}-{i}-{m.replace(' ', '-')}-{meta}", n, i, m, meta)
                                            for n, i, ms in NOW_RIGHT for m in ms for meta in (True, False)])
def test_round64_set_items_now_right(clf: Classifier, name: str, item_id: str, mode: str, meta: bool) -> None:
    item = next(i for i in load_set(name) if i["id"] == item_id)
    assert decide(clf, mode, item, meta=meta) is (item["label"] == "relevant")


def test_round64_blind_sets_shape() -> None:
    """4 relevant items and 2 hard negatives a language (dev), 3 and 2 (held out); 11 of 54 and 6 of 45 with
    a lede (the held-out set has fewer than a fifth, as written); the recorded errors are in the sets."""
    for probes, rel, neg in ((PROBES_R64_DEV, 4, 2), (PROBES_R64_HELD, 3, 2)):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert (sum(p[-1] for p in mine), sum(not p[-1] for p in mine)) == (rel, neg), lang
            assert all(p[0].endswith("-neg") is not p[-1] for p in mine), lang
    assert (sum(p[3] is not None for p in PROBES_R64_DEV), sum(p[3] is not None for p in PROBES_R64_HELD)) == (11, 6)
    for key in HELD_WRONG:
        assert DEV_WRONG[key] <= {p[0] for p in PROBES_R64_DEV}
        assert HELD_WRONG[key] <= {p[0] for p in PROBES_R64_HELD}


def test_round64_probes_are_fresh() -> None:
    """No round-64 probe is a labelled text or an earlier probe's; none shares half its words (character pairs
    in Chinese) with one, nor with another of the round's; ids unique."""
    # rounds 63 and 65 are written at the same time by writers who cannot see this set
    known = labelled_texts() | probe_texts("probes_r64", "probes_r63", "probes_r65")
    blind = [x for p in PROBES_R64_DEV + PROBES_R64_HELD for x in (p[2], p[3]) if x]
    fam = [p[1] for p in PROBES_R64]
    assert not repeats(blind, known)
    assert not repeats(fam, known | set(blind))
    mine = [p[2] for p in PROBES_R64_DEV + PROBES_R64_HELD] + fam
    assert not [(a, b) for i, a in enumerate(mine) for b in mine[i + 1:] if repeats([a], [b])]
    ids = [p[0] for p in PROBES_R64_DEV + PROBES_R64_HELD + PROBES_R64]
    assert len(ids) == len(set(ids)) == 54 + 45 + len(PROBES_R64)


def test_round64_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.96"
