"""Round 75 of issue 12: precision, hard negatives in every language (docs/classifier.md, "Round 75 of issue 12").
The blind sets (probes_r75_dev, probes_r75_held: China and Central Asia in trade, energy, transport, customs,
flights, sport, military, loans, mining and plants; Central Asia's science with Korea, Japan, Turkey, Russia,
India; 中乌 = Ukraine, 中土 = Turkey; ethnic Kazakhs in Xinjiang; "Turkic"; Chinese domestic science and Central
Asian domestic education with the other side in passing) were decided right before the round but one dev item:
"Китайские учёные изучили, как казахские скотоводы Синьцзяна переживают засуху", the ethnic adjective read as
Kazakhstan. The minority's herders, shepherds, nomads, villagers and families placed in Xinjiang or China are
now `domestic` (vocab_places) in every language, so the adjective names no Central Asian side; a Central Asian
country named beside them, or Kazakh scientists, keep the item."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r75_dev import PROBES_R75_DEV
from .probes_r75_held import PROBES_R75_HELD
from .tables import WITH_AND_WITHOUT_URL, assert_decision, assert_reading, decide, labelled_texts, probe_texts, repeats, rows, with_and_without_url

# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("en-herders-in-xinjiang", "Kazakh herders in Xinjiang get satellite collars", "domestic", True),
    ("en-xinjiangs-shepherds", "Xinjiang's Kyrgyz shepherds move to winter pastures", "domestic", True),
    ("en-herders-in-xinjiang-is-not-kz", "Kazakh herders in Xinjiang get satellite collars", "kz", False),
    ("en-herders-alone-is-not", "Kazakh herders get satellite collars", "domestic", False),
    ("en-farmers-in-xinjiang-is-not", "Kazakh farmers in Xinjiang learn drip irrigation", "domestic", False),
    ("ru-herders-of-xinjiang", "Казахские скотоводы Синьцзяна переживают засуху", "domestic", True),
    ("ru-nomads-in-xinjiang", "Учёные изучили быт киргизских кочевников в Синьцзяне", "domestic", True),
    ("ru-herder-singular", "Казахский чабан из Синьцзяна стал героем фильма", "domestic", True),
    ("ru-herders-of-china", "Таджикские пастухи КНР получили новые пастбища", "domestic", True),
    ("ru-herders-of-xinjiang-is-not-kz", "Казахские скотоводы Синьцзяна переживают засуху", "kz", False),
    ("ru-herders-alone-is-not", "Казахские скотоводы переживают засуху", "domestic", False),
    ("ru-scientists-is-not", "Казахские учёные работают в Синьцзяне", "domestic", False),
    ("kk-xinjiang-herders", "Шыңжаң қазақ малшыларының тұрмысы зерттелді", "domestic", True),
    ("kk-herders-alone-is-not", "Қазақ малшыларының тұрмысы зерттелді", "domestic", False),
    ("ky-xinjiang-herders", "Шинжаң кыргыз малчыларынын турмушу изилденди", "domestic", True),
    ("ky-herders-alone-is-not", "Кыргыз малчыларынын турмушу изилденди", "domestic", False),
    ("uz-xinjiang-herders", "Shinjon qozoq chorvadorlari hayoti o‘rganildi", "domestic", True),
    ("uz-herders-alone-is-not", "Qozoq chorvadorlari hayoti o‘rganildi", "domestic", False),
    ("uzc-xinjiang-herders", "Шинжон қозоқ чорвадорлари ҳаёти ўрганилди", "domestic", True),
    ("uzc-herders-alone-is-not", "Қозоқ чорвадорлари ҳаёти ўрганилди", "domestic", False),
    ("tk-xinjiang-shepherds", "Sinszýan gazak çopanlarynyň durmuşy öwrenildi", "domestic", True),
    ("tk-shepherds-alone-is-not", "Gazak çopanlarynyň durmuşy öwrenildi", "domestic", False),
    ("tg-izofa-herders", "Олимон зиндагии чорводорони қазоқи Шинҷонро омӯхтанд", "domestic", True),
    ("tg-herders-alone-is-not", "Олимон зиндагии чорводорони қазоқро омӯхтанд", "domestic", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round75_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# Decisions: the herders both ways, and the same words with a Central Asian side kept.
DECISIONS = [
    ("ru-herders-neg", "Китайские учёные изучили, как казахские скотоводы Синьцзяна переживают засуху", False),
    ("en-herders-neg", "Chinese scientists study how Kazakh herders in Xinjiang cope with drought", False),
    ("kk-herders-neg", "Қытай ғалымдары Шыңжаң қазақ малшыларының тұрмысын зерттеді", False),
    ("tg-herders-neg", "Олимони Чин зиндагии чорводорони қазоқи Шинҷонро омӯхтанд", False),
    ("ru-kazakhstan-named-rel", "Учёные Казахстана и Китая изучили, как казахские скотоводы Синьцзяна переживают засуху", True),
    ("ru-kazakh-scientists-rel", "Китайские и казахские учёные изучили засуху в Синьцзяне", True),
    ("kk-kazakhstan-named-rel", "Қытай ғалымдары Шыңжаң қазақ малшыларының тұрмысын Қазақстан ғалымдарымен бірге зерттеді", True),
    ("en-kazakh-scientists-rel", "Kazakh and Chinese scientists study drought on herders in Xinjiang", True),
]


@rows(("title", "expected"), DECISIONS)
def test_round75_decision(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


# The development set after the fix: every item decided right, in both modes, with and without the url (before:
# P 0.900 / R 1.000 everywhere, the herders the one false positive).
DEV_WRONG: dict[str, set[str]] = {mode: set() for mode in MODES}
# The held-out set, measured once after the fix (nothing fixed from it): P 0.900 / R 1.000 in both modes, with
# and without the url, as with the base rules. Wrong: "Hytaýyň alymlary Merkezi Aziýadan gelýän tozan
# tupanlaryny öwrenýär" (Chinese scientists study dust storms coming from Central Asia: China's own science, the
# region named as the storms' source).
# Round 79 read this family (Central Asia only as where dust comes from) off its own blind set and hid "Merkezi
# Aziýadan gelýän tozan" (dust coming from Central Asia) as of no weight: the item is decided right since, and its
# figure here stays the one measured. Pinned as measured, less what was fixed later (and why).
MEASURED_HELD_WRONG = {"r75h-tk-dust-storms-neg"}
FIXED_LATER = {"r75h-tk-dust-storms-neg": "round 79: Central Asia only as the source of dust or sand is hidden"}
HELD_WRONG: dict[str, set[str]] = {mode: MEASURED_HELD_WRONG - set(FIXED_LATER) for mode in MODES}


@rows(WITH_AND_WITHOUT_URL, with_and_without_url(PROBES_R75_DEV, DEV_WRONG))
def test_round75_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(WITH_AND_WITHOUT_URL, with_and_without_url(PROBES_R75_HELD, HELD_WRONG))
def test_round75_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


def test_round75_blind_sets_shape() -> None:
    """1 relevant item and 4 hard negatives a language (dev), 1 and 3 (held out); ids say the label."""
    for probes, rel, neg in ((PROBES_R75_DEV, 1, 4), (PROBES_R75_HELD, 1, 3)):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert (sum(p[-1] for p in mine), sum(not p[-1] for p in mine)) == (rel, neg), lang
            assert all(p[0].endswith("-neg") is not p[-1] for p in mine), lang


def test_round75_probes_are_fresh() -> None:
    """No round-75 probe (headline or lede) is a labelled text or an earlier probe's, nor shares half its words
    (character pairs in Chinese) with one or with another of the round's; ids unique. Rounds 72, 73, 74 and 76
    were written at the same time."""
    known = labelled_texts() | probe_texts("probes_r75", "probes_r72", "probes_r73", "probes_r74", "probes_r76")
    blind = [x for p in PROBES_R75_DEV + PROBES_R75_HELD for x in (p[2], p[3]) if x]
    assert not repeats(blind, known)
    mine = [p[2] for p in PROBES_R75_DEV + PROBES_R75_HELD]
    assert not [(a, b) for i, a in enumerate(mine) for b in mine[i + 1:] if repeats([a], [b])]
    ids = [p[0] for p in PROBES_R75_DEV + PROBES_R75_HELD]
    assert len(ids) == len(set(ids)) == 45 + 36


def test_round75_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.99.9.2"
