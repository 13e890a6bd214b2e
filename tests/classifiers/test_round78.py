"""Round 78 of issue 12: China's national science facilities and institutes as the Chinese side (docs/classifier.md,
"Round 78 of issue 12"). The gazetteer names China by the Tiangong station, the Chang'e and Tianwen missions, the
FAST telescope, the Antarctic stations and the CAS institutes IVPP, KIZ (guarded), IAP CAS and IGGCAS, research by
their kind, in every language; 5G as the subject of a course, a training, an internship or specialists is
technology and training, not industry (chips' design is technology); a kind of energy studied, and Turkmen and
Uzbek academicians, are research, not an energy deal. The blind sets (probes_r78_dev, probes_r78_held) are decided
on their url and without it, in both modes; round 72's four misses of this family moved to its FIXED_LATER."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r78_dev import PROBES_R78_DEV
from .probes_r78_held import PROBES_R78_HELD
from .tables import assert_decision, assert_reading, decide, labelled_texts, probe_texts, repeats, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("en-tiangong-is-china", "Kazakh experiment to fly on Tiangong", "china", True),
    ("en-tiangong-is-research", "Kazakh experiment to fly on Tiangong", "research", True),
    ("en-change7-is-china", "Kyrgyz instrument joins Chang'e-7", "china", True),
    ("en-change-is-not", "Kyrgyz parliament debates climate change programme", "china", False),
    ("en-fast-is-china", "Tajik astronomers use the FAST telescope", "china", True),
    ("en-fast-alone-is-not", "A fast train links Almaty and Astana", "china", False),
    ("en-ivpp-is-china", "IVPP and Uzbek paleontologists describe a new dinosaur", "china", True),
    ("en-kiz-is-china", "KIZ and Chinese zoologists survey Kyrgyz lakes", "china", True),
    ("en-kiz-alone-is-not", "Kiz Kuu festival opens in Bishkek", "china", False),
    ("en-iggcas-is-china", "IGGCAS to monitor Tajik earthquakes", "china", True),
    ("en-5g-training", "Kazakh engineers complete 5G training in Hangzhou", "vocational", True),
    ("en-5g-network-is-industry", "Kazakhstan builds a 5G network with Huawei", "industry", True),
    ("en-solar-study", "Academicians to study solar energy in Ashgabat", "research", True),
    ("en-solar-deal-is-not", "Turkmenistan signs solar energy deal", "research", False),
    ("ru-tiangong", "Эксперимент казахстанских учёных на «Тяньгуне»", "china", True),
    ("ru-change", "Прибор для «Чанъэ-8» сделают в Бишкеке", "china", True),
    ("ru-5g-internship", "Стажировка по 5G для узбекских инженеров", "vocational", True),
    ("ru-5g-purchase-is-industry", "Узбекистан покупает оборудование 5G", "industry", True),
    ("ru-geothermal-study", "Учёные изучат геотермальные источники", "research", True),
    ("ru-solar-energy-study", "Академики изучат солнечную энергию", "research", True),
    ("zh-tiangong", "天宫空间站搭载哈萨克斯坦实验", "china", True),
    ("zh-antarctic", "塔吉克斯坦科学家赴南极中山站", "research", True),
    ("zh-zhongshan-metro-is-not", "中山站地铁口临时封闭", "research", False),
    ("zh-5g-class", "吉尔吉斯斯坦学员参加5G培训", "vocational", True),
    ("zh-hydrogen-research", "中哈院士开展氢能研究", "research", True),
    ("kk-tiangong", "Тяньгун станциясында қазақ ғалымдарының тәжірибесі", "china", True),
    ("kk-5g-course", "5G бойынша курсқа қазақ студенттері қатысты", "vocational", True),
    ("kk-wind-study", "Ғалымдар жел энергиясын зерттейді", "research", True),
    ("ky-change", "«Чанъэ» программасына кыргыз приборлору", "china", True),
    ("ky-5g-course", "5G боюнча курска кыргыз студенттери катышты", "vocational", True),
    ("ky-solar-study", "Окумуштуулар күн энергиясын изилдешет", "research", True),
    ("uz-tianwen", "Tyanven missiyasi ma'lumotlari", "china", True),
    ("uz-5g-course", "5G bo'yicha kurs talabalar uchun", "vocational", True),
    ("uz-hydrogen-study", "Olimlar vodorod energiyasini o'rganadi", "research", True),
    ("uz-academicians", "O'zbek akademiklari Pekinda", "research", True),
    ("uzc-tiangong", "«Тяньгун» станциясида тажриба", "china", True),
    ("uzc-solar-study", "Олимлар қуёш энергиясини ўрганади", "research", True),
    ("uzc-solar-plant-is-not", "Қуёш электр станцияси ишга тушди", "research", False),
    ("tg-shenzhen", "Донишҷӯён дар Шэнчжен", "china", True),
    ("tg-5g-course", "Курси 5G барои донишҷӯён", "vocational", True),
    ("tg-solar-study", "Олимон энергияи офтобро меомӯзанд", "research", True),
    ("tk-tiangong", "Tyangun stansiýasynda tejribe", "china", True),
    ("tk-5g-course", "5G boýunça okuw talyplar üçin", "vocational", True),
    ("tk-solar-study", "Alymlar Gün energiýasyny öwrenýär", "research", True),
    ("tk-academicians", "Türkmen akademikleri Pekinde", "research", True),
    ("tk-solar-plant-is-not", "Gün elektrik stansiýasy gurulýar", "research", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round78_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# Decisions: hits, and hard negatives with the same words (BeiDou sold, 5G built or bought, solar plants, the chips
# trade, the same facilities with other partners).
DECISIONS = [
    ("en-tiangong-kz", "Kazakh scientists' experiment to fly on Tiangong", True),
    ("en-ivpp-tj", "IVPP and Tajik paleontologists excavate a new site", True),
    ("ru-5g-course", "Кыргызские инженеры прошли обучение по 5G в Ханчжоу", True),
    ("tk-academicians-wind", "Türkmen we hytaý akademikleri ýel energiýasyny öwrenýärler", True),
    ("uz-chip-design", "O'zbek talabalari Xitoyda chip dizayni kursini tugatdi", True),
    ("en-pakistan-tiangong-is-not", "Pakistani scientists' experiment to fly on Tiangong", False),
    ("ru-russia-change-is-not", "Российский прибор полетит на «Чанъэ-7»", False),
    ("en-beidou-sold-is-not", "Kyrgyzstan buys BeiDou receivers for its farms", False),
    ("ru-5g-built-is-not", "Китайская компания построит сеть 5G в Бишкеке", False),
    ("tk-solar-plant-is-not", "Hytaý kompaniýasy Balkanda Gün elektrik stansiýasyny gurar", False),
    ("en-chips-trade-is-not", "Kazakhstan imports Chinese chips worth $20 million", False),
    ("zh-asean-fast-is-not", "中国天眼向东盟天文学家开放观测", False),
]


@rows(("title", "expected"), DECISIONS)
def test_round78_decision(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


# The development set after the fixes: every item decided right, in both modes, with and without the url
# (before: P 1.000 / R 0.611 in both modes, with and without the url). The held-out set, measured once after the
# fixes (nothing fixed from it): P 1.000 / R 1.000 in both modes, with and without the url (base rules 2026.12.99.9.6:
# P 1.000 / R 0.722). Nothing is pinned.
DEV_WRONG: dict[tuple[str, bool], set[str]] = {(mode, shown): set() for mode in MODES for shown in (True, False)}
HELD_WRONG: dict[tuple[str, bool], set[str]] = {(mode, shown): set() for mode in MODES for shown in (True, False)}


def _with_and_without_url(probes: list[tuple], wrong: dict[tuple[str, bool], set[str]]) -> list[tuple]:
    return [(f"{mode.replace(' ', '-')}-{'url' if shown else 'nourl'}-{pid}", mode, title, lede, url if shown else None,
             relevant is not (pid in wrong[(mode, shown)]))
            for mode in MODES for shown in (True, False) for pid, url, title, lede, relevant in probes]


@rows(("mode", "title", "summary", "url", "expected"), _with_and_without_url(PROBES_R78_DEV, DEV_WRONG))
def test_round78_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(("mode", "title", "summary", "url", "expected"), _with_and_without_url(PROBES_R78_HELD, HELD_WRONG))
def test_round78_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


def test_round78_blind_sets_shape() -> None:
    """2 relevant items and 2 hard negatives a language (dev), 2 and 1 (held out); ids say the label."""
    for probes, rel, neg in ((PROBES_R78_DEV, 2, 2), (PROBES_R78_HELD, 2, 1)):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert (sum(p[-1] for p in mine), sum(not p[-1] for p in mine)) == (rel, neg), lang
            assert all(p[0].endswith("-neg") is not p[-1] for p in mine), lang


def test_round78_probes_are_fresh() -> None:
    """No round-78 probe is a labelled text or an earlier probe's (round 72's blind set among them); none shares half
    its words (character pairs in Chinese) with one, nor with another of the round's; ids unique. Eight headlines
    were reworded before any run, when this check first found them too like earlier ones."""
    known = labelled_texts() | probe_texts("probes_r78", "probes_r77", "probes_r79", "probes_r80")
    blind = [x for p in PROBES_R78_DEV + PROBES_R78_HELD for x in (p[2], p[3]) if x]
    assert not repeats(blind, known)
    mine = [p[2] for p in PROBES_R78_DEV + PROBES_R78_HELD]
    assert not [(a, b) for i, a in enumerate(mine) for b in mine[i + 1:] if repeats([a], [b])]
    ids = [p[0] for p in PROBES_R78_DEV + PROBES_R78_HELD]
    assert len(ids) == len(set(ids)) == 36 + 27


def test_round78_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.99.9.8"
