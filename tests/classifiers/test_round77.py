"""Round 77 of issue 12: heritage, restoration and study by the other side (docs/classifier.md, "Round 77 of issue
12"). Blind sets written before any run: probes_r77_dev (measured once before the fixes, then fixed from) and
probes_r77_held (measured once after, nothing fixed from it). Central Asian heritage sites name their country and
add heritage (gazetteer kind `site`: Afrasiab, Sarazm, Ajina-Tepa, Merv, Nisa, Otrar, the Yasawi mausoleum,
Ichan-Kala, Termez's Fayaz-Tepe and Kara-Tepe, the Burana tower, Suyab/Ak-Beshim, Saimaly-Tash, Ulugh Beg's
observatory); China's heritage institutions name China (the Palace Museum, the Dunhuang Academy, the Terracotta
Army museum, the National Museum of China; Dunhuang and Shaanxi's archaeology institute in every language);
frescoes, murals, rock art and their restoration are heritage in every language; a museum's visitors are tourism,
and tourists or visitors at a museum or a site with no research, training or cooperation are vetoed
(heritage_only_the_sight). Round 72's four misses of this family moved to test_round72.FIXED_LATER."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r77_dev import PROBES_R77_DEV
from .probes_r77_held import PROBES_R77_HELD
from .tables import assert_decision, assert_reading, decide, labelled_texts, probe_texts, repeats, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("en-afrasiab", "A new study of Afrasiab begins", "uz", True),
    ("en-burana-tower", "Snow closes the road to the Burana Tower", "kg", True),
    ("en-nisa-name-is-not", "Nisa wins a singing contest", "tm", False),
    ("en-fresco", "Frescoes found in a cave", "heritage", True),
    ("en-palace-museum", "Palace Museum opens a new hall", "china", True),
    ("ru-merv", "Учёные изучают городище Мерв", "tm", True),
    ("ru-buran-is-not", "Из-за бурана закрыли трассу", "kg", False),
    ("ru-ichan-kala", "В Ичан-Кале открылся музей", "uz", True),
    ("ru-yichang-is-not", "В Ичане открылся завод", "uz", False),
    ("ru-frescoes", "Реставраторы укрепили фрески", "heritage", True),
    ("ru-dunhuang-academy", "Дуньхуанская академия открыла выставку", "china", True),
    ("zh-palace-museum", "故宫博物院举办新展", "china", True),
    ("zh-suyab", "碎叶城遗址发现新文物", "kg", True),
    ("zh-murals", "专家修复古代壁画", "heritage", True),
    ("kk-otrar", "Отырар қалашығында қазба басталды", "kz", True),
    ("kk-yasawi-mausoleum", "Ясауи кесенесінде жөндеу жүріп жатыр", "kz", True),
    ("kk-dunhuang", "Дуньхуан мамандары келді", "china", True),
    ("ky-saimaly-tash", "Саймалуу-Таштагы сүрөттөр изилденет", "kg", True),
    ("ky-rock-art", "Аска сүрөттөрү изилденет", "heritage", True),
    ("uz-ulugbek-observatory", "Ulug'bek rasadxonasi ta'mirlanadi", "uz", True),
    ("uz-ulugbek-name-is-not", "Ulug'bek ismli talaba g'olib bo'ldi", "uz", False),
    ("uz-murals", "Devoriy suratlar tiklandi", "heritage", True),
    ("uzc-afrosiyob", "Афросиёбда қазишма ишлари бошланди", "uz", True),
    ("uzc-visitors-is-not", "Музейга ташриф буюрувчилар кўпайди", "cooperation", False),
    ("uzc-visitors-travel", "Музейга ташриф буюрувчилар кўпайди", "travel", True),
    ("uzc-visit", "Хитой делегацияси ташриф буюрди", "cooperation", True),
    ("tg-sarazm", "Дар Саразм ҳафриёт оғоз шуд", "tj", True),
    ("tg-manuscripts", "Дастхатҳои қадимаи тоҷик тармим мешаванд", "heritage", True),
    ("tg-handwriting-is-not", "Дастхати ӯ зебо аст", "heritage", False),
    ("tk-nisa", "Nusaý galasynda gazuw işleri başlady", "tm", True),
    ("tk-murals", "Diwar suratlary dikeldildi", "heritage", True),
    ("tk-dunhuang", "Dunhuan alymlary geldi", "china", True),
]

# Decisions: the other side's experts restoring or studying a site are in; tourists at the site, a namesake
# business, another partner's restorers and China's own heritage news stay out.
DECISIONS = [
    ("en-palace-museum-kyrgyz", "Palace Museum experts train Kyrgyz conservators", True),
    ("ru-merv-chinese", "Китайские археологи изучат городище Мерв", True),
    ("zh-dunhuang-panjakent", "敦煌研究院专家赴塔吉克斯坦修复彭吉肯特壁画", True),
    ("uz-ichan-qala", "Xitoylik restavratorlar Ichan-qal'ani ta'mirlaydi", True),
    ("en-registan-tourists-is-not", "Chinese tourists crowd Samarkand's monuments", False),
    ("uzc-terracotta-visitors-is-not", "Хитойдаги Терракота армияси музейига ташриф буюрувчилар кўпайди", False),
    ("ru-japan-merv-is-not", "Японские реставраторы изучат городище Мерв", False),
    ("ru-dunhuang-restaurant-is-not", "В Бишкеке открылся ресторан «Дуньхуан»", False),
    ("zh-palace-museum-own-is-not", "故宫博物院举办清代文物特展", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round77_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


@rows(("title", "expected"), DECISIONS)
def test_round77_decision(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


# The development set after the fixes: every item decided right, in both modes, with and without the url
# (before: P 0.857 / R 0.333 in both modes, with and without the url: 12 relevant missed, the Terracotta Army
# museum's visitors let in).
DEV_WRONG: dict[tuple[str, bool], set[str]] = {(mode, shown): set() for mode in MODES for shown in (True, False)}
# The held-out set, measured once after the fixes (nothing fixed from it): P 1.000 / R 0.944 in both modes, with
# and without the url (the base rules, 2026.12.99.9.6: P 1.000 / R 0.556). Missed: "Terracotta Army museum experts
# to advise on conserving Nisa's Parthian rhytons": English Nisa is guarded (also a given name), so without
# Turkmenistan named the item names only China.
_HELD_MISSED = {"r77h-en-terracotta-nisa-rhytons-rel"}
HELD_WRONG: dict[tuple[str, bool], set[str]] = {(mode, shown): set(_HELD_MISSED) for mode in MODES for shown in (True, False)}


def _with_and_without_url(probes: list[tuple], wrong: dict[tuple[str, bool], set[str]]) -> list[tuple]:
    return [(f"{mode.replace(' ', '-')}-{'url' if shown else 'nourl'}-{pid}", mode, title, lede, url if shown else None,
             relevant is not (pid in wrong[(mode, shown)]))
            for mode in MODES for shown in (True, False) for pid, url, title, lede, relevant in probes]


@rows(("mode", "title", "summary", "url", "expected"), _with_and_without_url(PROBES_R77_DEV, DEV_WRONG))
def test_round77_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(("mode", "title", "summary", "url", "expected"), _with_and_without_url(PROBES_R77_HELD, HELD_WRONG))
def test_round77_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


def test_round77_blind_sets_shape() -> None:
    """2 relevant items and 2 hard negatives a language (dev), 2 and 1 (held out); ids say the label."""
    for probes, rel, neg in ((PROBES_R77_DEV, 2, 2), (PROBES_R77_HELD, 2, 1)):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert (sum(p[-1] for p in mine), sum(not p[-1] for p in mine)) == (rel, neg), lang
            assert all(p[0].endswith("-neg") is not p[-1] for p in mine), lang
    for key in DEV_WRONG:
        assert DEV_WRONG[key] <= {p[0] for p in PROBES_R77_DEV}
        assert HELD_WRONG[key] <= {p[0] for p in PROBES_R77_HELD}


def test_round77_probes_are_fresh() -> None:
    """No round-77 probe is a labelled text or an earlier probe's (round 72's blind set included); none shares half
    its words (character pairs in Chinese) with one, nor with another of the round's; ids unique. Rounds 78-80 were
    written at the same time by other writers and are left out."""
    known = labelled_texts() | probe_texts("probes_r77", "probes_r78", "probes_r79", "probes_r80")
    blind = [x for p in PROBES_R77_DEV + PROBES_R77_HELD for x in (p[2], p[3]) if x]
    assert not repeats(blind, known)
    mine = [p[2] for p in PROBES_R77_DEV + PROBES_R77_HELD]
    assert not [(a, b) for i, a in enumerate(mine) for b in mine[i + 1:] if repeats([a], [b])]
    ids = [p[0] for p in PROBES_R77_DEV + PROBES_R77_HELD]
    assert len(ids) == len(set(ids)) == 36 + 27


def test_round77_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.99.9.7"
