"""Round 48 of issue 12: every place that names a side (docs/classifier.md, "Round 48 of issue 12"):
China's prefecture-level cities and prefectures, Xinjiang's prefectures, county-level and XPCC cities,
the provinces in the Central Asian languages; Central Asia's regions, their centres and the towns
headlines name (gazetteer.yaml, places, "round 48"), and the Russian forms of the Palladius names
pymorphy3 cannot know (vocab_places.yaml). Names that are also a person, a word, a river, a sea or
another place are `ambiguous`: they count only beside their country named. Read both ways; the
family probes (probes_r48) decided right in both modes; the probes fresh."""

from __future__ import annotations

from classifiers import Classifier

from .probes_r48 import PROBES_R48
from .tables import IN_BOTH_MODES, assert_reading, decide, in_both_modes, labelled_texts, probe_texts, repeats, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # China by a prefecture-level city or prefecture, in every language that writes it
    ("en-luoyang-is-china", "Luoyang", "china", True),
    ("en-baoji-is-china", "Baoji teachers", "china", True),
    ("en-nanning-is-china", "in Nanning", "china", True),
    ("en-tianshui-is-china", "Tianshui", "china", True),
    ("en-jiuquan-is-china", "Jiuquan", "china", True),
    ("en-shigatse-is-china", "Shigatse", "china", True),
    ("en-wujiaqu-is-china", "Wujiaqu", "china", True),
    ("en-tumxuk-is-china", "Tumxuk", "china", True),
    ("en-kokdala-is-china", "Kokdala", "china", True),
    ("en-dunhuang-is-china", "Dunhuang", "china", True),
    ("ru-luoyang-is-china", "в Лояне", "china", True),
    ("ru-taiyuan-is-china", "из Тайюаня", "china", True),
    ("ru-sanya-is-china", "в Санье", "china", True),
    ("ru-baoji-is-china", "в Баоцзи", "china", True),
    ("ru-jiuquan-is-china", "Цзюцюань", "china", True),
    ("zh-luoyang-is-china", "洛阳", "china", True),
    ("zh-baoji-is-china", "宝鸡", "china", True),
    ("zh-wujiaqu-is-china", "五家渠", "china", True),
    ("zh-kokdala-is-china", "可克达拉", "china", True),
    ("zh-datong-city-is-china", "大同市", "china", True),
    ("zh-aral-city-is-china", "阿拉尔", "china", True),
    ("kk-gansu-is-china", "Гансудағы", "china", True),
    ("kk-ningxia-is-china", "Нинсяда", "china", True),
    ("ky-jiangsu-is-china", "Цзянсудагы", "china", True),
    ("uz-qinghai-is-china", "Sinxayda", "china", True),
    ("uzc-sichuan-is-china", "Сичуанда", "china", True),
    ("tg-henan-is-china", "Хэнан", "china", True),
    ("tk-sichuan-is-china", "Syçuanda", "china", True),
    # Central Asia by a region, its centre or a town
    ("en-kentau-is-kz", "Kentau", "kz", True),
    ("en-almaty-region-is-kz", "Almaty Region", "kz", True),
    ("ru-arkalyk-is-kz", "в Аркалыке", "kz", True),
    ("ru-zhanaozen-is-kz", "из Жанаозена", "kz", True),
    ("kk-arkalyk-is-kz", "Арқалықта", "kz", True),
    ("en-denau-is-uz", "Denau", "uz", True),
    ("ru-bekabad-is-uz", "в Бекабаде", "uz", True),
    ("uz-bekobod-is-uz", "Bekobodda", "uz", True),
    ("uzc-denov-is-uz", "Деновда", "uz", True),
    ("kk-andijan-is-uz", "Әндіжан", "uz", True),
    ("en-kara-balta-is-kg", "Kara-Balta", "kg", True),
    ("ru-kyzyl-kiya-is-kg", "Кызыл-Кия", "kg", True),
    ("ky-at-bashy-is-kg", "Ат-Башы", "kg", True),
    ("en-tursunzoda-is-tj", "Tursunzoda", "tj", True),
    ("ru-rogun-is-tj", "на Рогуне", "tj", True),
    ("tg-varzob-is-tj", "Варзоб", "tj", True),
    ("en-bayramaly-is-tm", "Bayramaly", "tm", True),
    ("ru-serhetabat-is-tm", "в Серхетабате", "tm", True),
    ("tk-bayramaly-is-tm", "Baýramalyda", "tm", True),
    ("tk-balkan-region-is-tm", "Balkan welaýaty", "tm", True),
    # look-alikes that must not: the name, the painter, the sea, the other Altai, the philosopher,
    # the idiom, the stone, Texas, Yellowstone, a heap, tea, an ambiguous town alone
    ("en-mary-name-is-not", "Mary Smith", "tm", False),
    ("ru-mary-alone-is-not", "Мары", "tm", False),
    ("en-dali-painter-is-not", "Dali paintings", "china", False),
    ("en-aral-sea-is-not-china", "Aral Sea", "china", False),
    ("zh-aralsk-is-not-china", "阿拉尔斯克", "china", False),
    ("zh-aral-sea-is-not-china", "阿拉尔海", "china", False),
    ("ru-altai-is-not-china", "по Алтаю", "china", False),
    ("en-kant-is-not", "Kant", "kg", False),
    ("ru-kant-is-not", "Кант", "kg", False),
    ("zh-marble-is-not", "大理石", "china", False),
    ("zh-texas-is-not", "德州", "china", False),
    ("zh-yellowstone-is-not", "黄石公园", "china", False),
    ("zh-idiom-is-not", "长治久安", "china", False),
    ("zh-same-is-not", "大同小异", "china", False),
    ("zh-sunshine-is-not", "日照时间", "china", False),
    ("zh-uzbek-customs-is-not", "乌海关", "china", False),
    ("zh-silver-is-not", "白银价格", "china", False),
    ("zh-puer-tea-is-not", "普洱茶", "china", False),
    ("ru-heap-is-not", "куча документов", "china", False),
    ("ru-puer-tea-is-not", "чай пуэр", "china", False),
    ("en-nanyang-singapore-is-not", "Nanyang Technological University", "china", False),
    ("en-anyang-korea-is-not", "Anyang", "china", False),
    ("en-balkhash-alone-is-not", "Balkhash", "kz", False),
    ("en-tejen-alone-is-not", "Tejen", "tm", False),
    ("ru-hissar-alone-is-not", "в Гиссаре", "tj", False),
    ("uz-hisor-range-alone-is-not", "Hisor tizmasi muzliklari", "tj", False),
    ("ky-sugar-is-not", "кант диабети", "kg", False),
    ("ru-effort-is-not", "усилие", "china", False),
    ("ky-fisherman-is-not", "балыкчы", "kg", False),
    ("ky-ram-is-not", "кочкор", "kg", False),
    ("ky-argali-is-not", "кулжа", "china", False),
    ("ru-cocoon-is-not", "кокон шелкопряда", "uz", False),
    ("tg-unity-is-not", "ваҳдати миллӣ", "tj", False),
    ("tg-garden-is-not", "бӯстон", "tj", False),
    ("kk-friendship-is-not", "достық", "kz", False),
    ("kk-mallet-is-not", "тоқмақ", "kg", False),
    ("tg-chance-is-not-shanxi", "шанси хуб", "china", False),
    # an ambiguous name beside its country named is the place
    ("en-balkhash-beside-kazakhstan-is", "Balkhash, Kazakhstan", "kz", True),
    ("en-anyang-beside-china-is", "Anyang, China", "china", True),
    ("ru-hissar-beside-tajikistan-is", "в Гиссаре, Таджикистан", "tj", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round48_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R48))
def test_round48_family_probes(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


def test_round48_probes_are_fresh() -> None:
    """No round-48 probe is a labelled text or an earlier probe's; none shares half its words
    (character pairs in Chinese) with one; ids and titles are unique."""
    # round 49 was written at the same time by a writer who could not see this round's probes
    known = labelled_texts() | probe_texts("probes_r48", "probes_r49")
    assert not [p[0] for p in PROBES_R48 if p[1].strip().casefold() in known]
    assert not repeats([p[1] for p in PROBES_R48], known)
    assert len({p[0] for p in PROBES_R48}) == len({p[1] for p in PROBES_R48}) == len(PROBES_R48)


def test_round48_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.66"
