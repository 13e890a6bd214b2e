"""Round 51 of issue 12: places and names left over (docs/classifier.md, "Round 51 of issue 12").
Four families, each read both ways in every language it has a form in: (1) hyphenated towns with a
case ending (the gazetteer read "Кара-Балта", "Jalal-Abad", "Нур-Султан" as acronyms: matched as
written, never inflected); (2) names that are also a river, a word, a poem or another place (Talas,
Naryn, Vahdat, Gulistan, Qarshi, Turkestan) counted only beside their country, as the gazetteer
meant (the vocabulary's unguarded English word had taken the guard off); (3) a dateline only at the
start of the title or lede, or after an agency's credit (collect.placed_datelines); (4) institutions:
Oguz Han University, Magtymguly State University and other Turkmen institutes, Chinese university
hospitals (West China / Huaxi, Xiangya...). Two blind sets written before the rules saw them
(probes_r51_dev, probes_r51_held), the family probes written after (probes_r51)."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES
from classifiers.gazetteer import _acronym

from .probes_r51 import PROBES_R51
from .probes_r51_dev import PROBES_R51_DEV
from .probes_r51_held import PROBES_R51_HELD
from .tables import IN_BOTH_MODES, assert_reading, decide, in_both_modes, labelled_texts, probe_texts, repeats, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # 1. a hyphenated town with a Turkic case ending (the names were read as acronyms: matched as
    #    written, never inflected), and the Russian cases of the same names
    ("ky-kara-balta-locative-is-kg", "Кара-Балтада", "kg", True),
    ("ky-kara-balta-attributive-is-kg", "Кара-Балтадагы", "kg", True),
    ("ky-jalal-abad-attributive-is-kg", "Жалал-Абаддагы", "kg", True),
    ("ky-tash-komur-locative-is-kg", "Таш-Көмүрдө", "kg", True),
    ("ky-cholpon-ata-locative-is-kg", "Чолпон-Атада", "kg", True),
    ("ky-kyzyl-kiya-ablative-is-kg", "Кызыл-Кыядан", "kg", True),
    ("ky-mailuu-suu-genitive-is-kg", "Майлуу-Суунун", "kg", True),
    ("ky-at-bashy-locative-is-kg", "Ат-Башыда", "kg", True),
    ("ky-issyk-kul-locative-is-kg", "Ысык-Көлдө", "kg", True),
    ("ru-kara-balta-prepositional-is-kg", "в Кара-Балте", "kg", True),
    ("ru-kara-balta-genitive-is-kg", "из Кара-Балты", "kg", True),
    ("ru-cholpon-ata-prepositional-is-kg", "в Чолпон-Ате", "kg", True),
    ("ru-jalal-abad-prepositional-is-kg", "в Джалал-Абаде", "kg", True),
    ("ru-tash-kumyr-prepositional-is-kg", "в Таш-Кумыре", "kg", True),
    ("ru-nur-sultan-prepositional-is-kz", "в Нур-Султане", "kz", True),
    ("ru-hohhot-prepositional-is-china", "в Хух-Хото", "china", True),
    ("kk-jalal-abad-locative-is-kg", "Жалал-Абадта", "kg", True),
    ("kk-cholpon-ata-locative-is-kg", "Шолпан-Атада", "kg", True),
    ("kk-nur-sultan-locative-is-kz", "Нұр-Сұлтанда", "kz", True),
    ("uz-jalal-abad-locative-is-kg", "Jalol-Obodda", "kg", True),
    ("uzc-jalal-abad-attributive-is-kg", "Жалол-Ободдаги", "kg", True),
    ("en-jalal-abad-lowercase-is-kg", "jalal-abad", "kg", True),
    # ... not the words: black water, a coal mine, a guarded town alone
    ("ky-black-water-is-not-kg", "кара суу", "kg", False),
    ("ky-kara-suu-alone-is-not-kg", "Кара-Сууда", "kg", False),
    ("ky-coal-mine-is-not-kg", "көмүр кени", "kg", False),
    # 2. a name that is also a river, a word, a poem or another place counts only beside its country
    ("en-talas-alone-is-not-kg", "Talas", "kg", False),
    ("en-talas-kayseri-is-not-kg", "Erciyes University in Talas, Kayseri", "kg", False),
    ("en-naryn-alone-is-not-kg", "Naryn", "kg", False),
    ("en-vahdat-alone-is-not-tj", "Vahdat", "tj", False),
    ("en-gulistan-alone-is-not-uz", "Gulistan", "uz", False),
    ("en-qarshi-alone-is-not-uz", "Qarshi", "uz", False),
    ("uz-against-is-not-uz", "xitoyga qarshi", "uz", False),
    # round 76: the historical region is Central Asia too, so Turkestan is unguarded (but in Chinese) and East
    # Turkestan is shadowed instead (test_round76); the bare name now reads as Kazakhstan's city
    ("en-turkestan-alone-is-kz-since-round-76", "Turkestan", "kz", True),
    ("en-east-turkestan-is-not-kz", "East Turkestan", "kz", False),
    ("kk-dispute-is-not-kg", "талас тудырды", "kg", False),
    ("zh-battle-of-talas-is-not-kg", "怛罗斯之战", "kg", False),
    ("en-talas-beside-kyrgyzstan-is-kg", "Talas, Kyrgyzstan", "kg", True),
    ("en-naryn-beside-bishkek-is-kg", "from Bishkek to Naryn", "kg", True),
    ("en-vahdat-beside-tajikistan-is-tj", "Vahdat, Tajikistan", "tj", True),
    ("en-gulistan-beside-uzbekistan-is-uz", "Gulistan, Uzbekistan", "uz", True),
    ("en-karshi-is-uz", "Karshi", "uz", True),
    ("en-turkistan-is-kz", "Turkistan", "kz", True),
    ("en-talas-university-is-kg", "Talas State University", "kg", True),
    ("en-naryn-university-is-kg", "Naryn State University", "kg", True),
    ("ru-naryn-is-kg", "в Нарыне", "kg", True),
    # 3. a dateline stands at the start of the title (or lede), or after an agency's credit
    ("en-colon-at-start-is-dateline", "ALMATY: China launches a probe", "dateline", True),
    ("en-colon-mid-prose-is-not-dateline", "peers met in Almaty: the forum backed a network", "dateline", False),
    ("en-colon-mid-prose-is-kz", "peers met in Almaty: the forum backed a network", "kz", True),
    ("en-colon-after-credit-is-dateline", "Kazinform — ALMATY: China launches a probe", "dateline", True),
    ("en-city-country-at-start-is-dateline", "ALMATY, Kazakhstan (Reuters) - China", "dateline", True),
    ("en-city-country-mid-prose-is-not-dateline", "labs in Almaty, Kazakhstan, and Urumqi", "dateline", False),
    ("en-city-date-at-start-is-dateline", "TASHKENT, Dec. 3 (Xinhua) -- China", "dateline", True),
    ("en-city-number-mid-prose-is-not-dateline", "signed in Tashkent, 3 agreements", "dateline", False),
    ("ru-colon-at-start-is-dateline", "Бишкек: в Китае запустили зонд", "dateline", True),
    ("ru-colon-mid-prose-is-not-dateline", "форум «Бишкек: наука» собрал учёных", "dateline", False),
    ("kk-colon-mid-prose-is-not-dateline", "ғалымдар «Астана: ғылым» форумында", "dateline", False),
    ("uzc-colon-at-start-is-dateline", "Тошкент: Хитой йўлдош учирди", "dateline", True),
    ("uz-colon-mid-prose-is-not-dateline", "olimlar «Buxoro: ilm» forumida", "dateline", False),
    ("tg-colon-mid-prose-is-not-dateline", "форуми «Душанбе: илм»", "dateline", False),
    ("tk-colon-at-start-is-dateline", "Aşgabat: Hytaý zond uçurdy", "dateline", True),
    ("tk-colon-mid-prose-is-not-dateline", "alymlar «Aşgabat: ylym» maslahatynda", "dateline", False),
    ("zh-xinhua-credit-mid-is-dateline", "据新华社塔什干电", "dateline", True),
    ("tg-correspondent-mid-is-dateline", "хабар медиҳад хабарнигори Синхуа дар Тоҷикистон", "dateline", True),
    ("uz-agency-credit-mid-is-dateline", "xabar beradi Toshkent, UzA", "dateline", True),
    # 4. institutions: Oguz Han University, Magtymguly State University, Turkmen institutes, Chinese
    #    university hospitals
    ("en-oguz-han-university-is-tm", "Oguz Han University", "tm", True),
    ("ru-oguz-han-university-is-tm", "университета имени Огуз хана", "tm", True),
    ("zh-oguz-han-university-is-tm", "奥古兹汗工程技术大学", "tm", True),
    ("kk-oguz-han-university-is-tm", "Оғыз хан атындағы университетте", "tm", True),
    ("ky-oguz-han-university-is-tm", "Огуз хан атындагы университетинде", "tm", True),
    ("uz-oguz-han-university-is-tm", "O'g'uzxon nomidagi universitetda", "tm", True),
    ("uzc-oguz-han-university-is-tm", "Ўғузхон номидаги университетда", "tm", True),
    ("tk-oguz-han-university-is-tm", "Oguz han adyndaky uniwersitetde", "tm", True),
    ("tk-oguz-han-legend-is-not-tm", "Oguz han hakyndaky dessan", "tm", False),
    ("en-oguz-khan-legend-is-not-tm", "the legend of Oguz Khan", "tm", False),
    ("en-magtymguly-state-university-is-tm", "Magtymguly State University", "tm", True),
    ("zh-magtymguly-university-is-tm", "马赫图姆库利国立大学", "tm", True),
    ("tk-language-literature-institute-is-research", "Magtymguly adyndaky Dil we edebiýat institutynda", "research", True),
    ("en-deserts-institute-is-tm", "National Institute of Deserts, Flora and Fauna", "tm", True),
    ("ru-technology-centre-is-tm", "Технологическом центре Академии наук Туркменистана", "tm", True),
    ("tk-bare-technology-centre-is-not-tm", "Ylymlar akademiýasynyň Tehnologiýalar merkezi", "tm", False),
    ("tk-conservatory-is-tm", "Türkmen milli konserwatoriýasynda", "tm", True),
    ("tk-conservatory-is-no-university", "Türkmen milli konserwatoriýasynda", "university", False),
    ("en-west-china-hospital-is-china", "West China Hospital", "china", True),
    ("en-huaxi-hospital-is-china", "Huaxi Hospital", "china", True),
    ("en-huaxi-hospital-is-health", "Huaxi Hospital", "health", True),
    ("ru-huaxi-hospital-is-china", "в больнице Хуаси", "china", True),
    ("ru-west-china-hospital-is-china", "Западно-Китайской больнице", "china", True),
    ("zh-huaxi-hospital-is-china", "华西医院", "china", True),
    ("kk-huaxi-hospital-is-china", "Хуаси ауруханасында", "china", True),
    ("ky-huaxi-hospital-is-china", "Хуаси ооруканасында", "china", True),
    ("uz-huaxi-hospital-is-china", "Xuasi kasalxonasida", "china", True),
    ("uzc-huaxi-hospital-is-china", "Хуаси шифохонасида", "china", True),
    ("tg-huaxi-hospital-is-china", "дар беморхонаи Хуаси", "china", True),
    ("tk-huaxi-hospital-is-china", "Huasi hassahanasynda", "china", True),
    ("zh-huaxi-village-is-no-health", "华西村", "health", False),
    ("en-xiangya-hospital-is-china", "Xiangya Hospital", "china", True),
    ("zh-xiangya-hospital-is-china", "湘雅医院", "china", True),
    ("ru-xijing-hospital-is-china", "в госпитале Сицзин", "china", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round51_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


def test_round51_hyphenated_name_is_no_acronym() -> None:
    assert not _acronym("Кара-Балта", set()) and not _acronym("Jalal-Abad", set())
    assert _acronym("КазНУ", set()) and _acronym("ОшМУ-КНР", set()) and _acronym("Al-Farabi", {"Al-Farabi"})


def test_round51_dateline_in_the_lede(clf: Classifier) -> None:
    """A dateline starts the lede as it starts a title; in the lede's prose the city is the place alone."""
    def dateline(summary: str) -> bool:
        d = clf.classify(title="Chinese probe lands on the Moon", summary=summary)
        return any(m.concept == "dateline" and m.field == "summary" for m in d.matches)

    assert dateline("BISHKEK: The probe landed on Tuesday.")
    assert dateline("(Kabar) Bishkek: the probe landed.")
    assert not dateline("Scientists who met in Bishkek: the probe landed.")


# The development set's wrong decisions with the branch's base (rules 2026.12.68), measured once
# before any fix (the honest figure before: P 0.941 / R 0.593 in both modes; headlines only), and
# the one left: 两国学者 ("the two countries' scholars") in a Chinese text and a joint lab are no
# cooperation cue for implied_china_needs_cooperation (not this round's family).
DEV_WRONG_BEFORE = {
    "r51d-en-oguzhan-robotics", "r51d-en-erciyes-talas-neg", "r51d-ru-karabalta-college", "r51d-ru-oguzhan-memo",
    "r51d-ru-huaxi-tajik-doctors", "r51d-zh-oguzhan-ai-lab", "r51d-zh-colon-bishkek", "r51d-kk-huaxi-doctors",
    "r51d-uzc-huaxi-doctors", "r51d-tg-huaxi-doctors", "r51d-tg-colon-forum", "r51d-tk-colon-conference",
}
DEV_WRONG = {mode: {"r51d-zh-colon-bishkek"} for mode in MODES}
# The held-out set, measured once after the fixes (nothing fixed from it): P 1.000 / R 0.833 in both
# modes (the base: R 0.556). Its misses: the Russian spelling "Ягшигелди" (the gazetteer has
# "Ягшигельды"), Tajik "Ваҳдат" (guarded since round 48: also "unity"), and a Turkmen headline whose
# own side is "Döwlet lukmançylyk uniwersiteti" without "Türkmenistanyň" (implied only).
HELD_WRONG = {mode: {"r51h-ru-oil-gas-uni-practice", "r51h-tg-vahdat-greenhouse", "r51h-tk-medical-uni-huaxi"}
              for mode in MODES}


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R51_DEV, DEV_WRONG))
def test_round51_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R51_HELD, HELD_WRONG))
def test_round51_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R51))
def test_round51_family_probes(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


def test_round51_blind_sets_shape() -> None:
    """3 relevant and 2 look-alikes (development) and 2 and 1 (held out) in each of the nine languages
    and scripts; the recorded errors are in the sets."""
    for probes, counts in ((PROBES_R51_DEV, (3, 2)), (PROBES_R51_HELD, (2, 1))):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert (sum(p[-1] for p in mine), sum(not p[-1] for p in mine)) == counts, lang
            assert all(p[0].endswith("-neg") is not p[-1] for p in mine), lang
    assert DEV_WRONG["headline alone"] <= DEV_WRONG_BEFORE <= {p[0] for p in PROBES_R51_DEV}
    assert HELD_WRONG["headline alone"] <= {p[0] for p in PROBES_R51_HELD}


def test_round51_probes_are_fresh() -> None:
    """No round-51 probe is a labelled text or an earlier probe's; none shares half its words
    (character pairs in Chinese) with one, nor the held set with the dev set; ids and titles unique."""
    known = labelled_texts() | probe_texts("probes_r51")
    dev, held, fam = ([p[1] for p in s] for s in (PROBES_R51_DEV, PROBES_R51_HELD, PROBES_R51))
    assert not repeats(dev, known) and not repeats(held, known | set(dev))
    assert not repeats(fam, known | set(dev) | set(held))
    for probes in (PROBES_R51_DEV, PROBES_R51_HELD, PROBES_R51):
        assert len({p[0] for p in probes}) == len({p[1] for p in probes}) == len(probes)


def test_round51_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.70"
