"""Round 76 of issue 12: a side named only by a place or a local institution (docs/classifier.md, "Round 76 of
issue 12"). Blind sets written before any run: probes_r76_dev (measured once before the fixes, then fixed from)
and probes_r76_held (measured once after, nothing fixed from it). The one dev miss was Turkestan: the Kazakh city
was guarded as ambiguous since round 51 (also the historical region, and East Turkestan), so "Хэнань и Туркестан
откроют совместный центр" named no Central Asian side. The historical region is Central Asia too (the same side),
so the gazetteer's Turkestan is unguarded in every language but Chinese (Turkestan, Туркестан, Turkiston,
Туркистон, and new: Kyrgyz Түркстан, Turkmen Türkistan); East Turkestan (Xinjiang, and the Uyghur movements'
names) is shadowed, hidden and of no weight, in every language (vocab_places.yaml, kz): "East Turkistan Islamic
Movement attacks Chinese school" had been let in with the Kazakh side."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r76_dev import PROBES_R76_DEV
from .probes_r76_held import PROBES_R76_HELD
from .tables import assert_decision, assert_reading, decide, labelled_texts, probe_texts, repeats, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("ru-turkestan", "Учёные Туркестана приехали в Ланьчжоу", "kz", True),
    ("ru-turkestan-locative", "В Туркестане открылась выставка", "kz", True),
    ("ru-east-turkestan-is-not", "Книга о Восточном Туркестане вышла в Стамбуле", "kz", False),
    ("ru-islamic-party-is-not", "Исламская партия Туркестана выпустила видео", "kz", False),
    ("en-turkestan", "Turkestan hosts a cotton science forum", "kz", True),
    ("en-east-turkestan-is-not", "East Turkestan exiles rally in Munich", "kz", False),
    ("en-east-turkistan-is-not", "East Turkistan Islamic Movement listed again", "kz", False),
    ("en-islamic-party-is-not", "Turkistan Islamic Party fighters seen in Idlib", "kz", False),
    ("kk-turkistan", "Түркістанда жаңа мектеп ашылды", "kz", True),
    ("kk-east-turkestan-is-not", "Шығыс Түркістан туралы кітап шықты", "kz", False),
    ("ky-turkistan", "Түркстанда илимий конференция өттү", "kz", True),
    ("ky-east-turkestan-is-not", "Чыгыш Түркстандагы мектептер жабылды", "kz", False),
    ("uz-turkistan", "Turkistonda yangi universitet ochildi", "kz", True),
    ("uz-east-turkestan-is-not", "Sharqiy Turkistondagi maktablar yopildi", "kz", False),
    ("uzc-turkistan", "Туркистонда янги университет очилди", "kz", True),
    ("uzc-east-turkestan-is-not", "Шарқий Туркистондаги мактаблар ёпилди", "kz", False),
    ("tg-east-turkestan-is-not", "Китоб дар бораи Туркистони Шарқӣ нашр шуд", "kz", False),
    ("tk-turkistan", "Türkistan şäherinde ylmy maslahat geçirildi", "kz", True),
    ("tk-east-turkestan-is-not", "Gündogar Türkistan hakynda kitap çykdy", "kz", False),
    ("zh-east-turkestan-is-not", "东突厥斯坦伊斯兰运动再次被列入名单", "kz", False),
]

# Decisions: Turkestan beside a Chinese province with a science subject is in; East Turkestan and the same
# places with trade or another partner stay out.
DECISIONS = [
    ("ru-henan-turkestan", "Хэнань и Туркестан откроют совместный центр по изучению хлопчатника", True),
    ("en-turkestan-gansu-lab", "Turkestan and Gansu universities open a joint laboratory", True),
    ("uz-turkiston-henan", "Turkiston va Xenan olimlari g‘o‘za navlarini birga o‘rganadi", True),
    ("en-etim-school-is-not", "East Turkistan Islamic Movement attacks Chinese school", False),
    ("ru-east-turkestan-camps-is-not", "Восточный Туркестан: школы и лагеря в Китае", False),
    ("ru-turkestan-trade-is-not", "Хэнань и Туркестан увеличат товарооборот", False),
    ("ru-turkestan-ankara-is-not", "Туркестан и Анкара откроют совместный научный центр", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round76_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


@rows(("title", "expected"), DECISIONS)
def test_round76_decision(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


# The development set after the fixes: every item decided right, in both modes, with and without the url
# (before: P 1.000 / R 1.000 with the url, P 1.000 / R 0.944 without it, in both modes; the miss was
# r76d-ru-henan-turkestan-cotton-rel).
DEV_WRONG: dict[tuple[str, bool], set[str]] = {(mode, shown): set() for mode in MODES for shown in (True, False)}
# The held-out set, measured once after the fixes (nothing fixed from it): P 1.000 / R 0.944 in both modes, with
# and without the url (the same with the base rules, 2026.12.99.8). Missed: "Nińsýanyň agrotehnikleri Ahalyň
# daýhanlaryna damjaly suwaryş tejribesini öwretdi": Ningxia in Turkmen (Nińsýa) is not known.
# Round 79 read this family off its own blind set (a Chinese province in a Central Asian language's spelling) and
# gave the gazetteer Turkmen "Nińsýa": the item is decided right since; its figure here stays the one measured.
_HELD_MISSED = {"r76h-tk-ahal-ningxia-farming-rel"}
FIXED_LATER = {"r76h-tk-ahal-ningxia-farming-rel": "round 79: Ningxia's Turkmen spelling Nińsýa (and others) in the gazetteer"}
HELD_WRONG: dict[tuple[str, bool], set[str]] = {(mode, shown): _HELD_MISSED - set(FIXED_LATER)
                                                for mode in MODES for shown in (True, False)}


def _with_and_without_url(probes: list[tuple], wrong: dict[tuple[str, bool], set[str]]) -> list[tuple]:
    return [(f"{mode.replace(' ', '-')}-{'url' if shown else 'nourl'}-{pid}", mode, title, lede, url if shown else None,
             relevant is not (pid in wrong[(mode, shown)]))
            for mode in MODES for shown in (True, False) for pid, url, title, lede, relevant in probes]


@rows(("mode", "title", "summary", "url", "expected"), _with_and_without_url(PROBES_R76_DEV, DEV_WRONG))
def test_round76_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(("mode", "title", "summary", "url", "expected"), _with_and_without_url(PROBES_R76_HELD, HELD_WRONG))
def test_round76_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


def test_round76_blind_sets_shape() -> None:
    """2 relevant items and 2 hard negatives a language (dev), 2 and 1 (held out); ids say the label."""
    for probes, rel, neg in ((PROBES_R76_DEV, 2, 2), (PROBES_R76_HELD, 2, 1)):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert (sum(p[-1] for p in mine), sum(not p[-1] for p in mine)) == (rel, neg), lang
            assert all(p[0].endswith("-neg") is not p[-1] for p in mine), lang
    for key in DEV_WRONG:
        assert DEV_WRONG[key] <= {p[0] for p in PROBES_R76_DEV}
        assert HELD_WRONG[key] <= {p[0] for p in PROBES_R76_HELD}


def test_round76_probes_are_fresh() -> None:
    """No round-76 probe is a labelled text or an earlier probe's; none shares half its words (character pairs
    in Chinese) with one, nor with another of the round's; ids unique. Rounds 72-75 were written at the same
    time by other writers and are left out."""
    known = labelled_texts() | probe_texts("probes_r76", "probes_r72", "probes_r73", "probes_r74", "probes_r75")
    blind = [x for p in PROBES_R76_DEV + PROBES_R76_HELD for x in (p[2], p[3]) if x]
    assert not repeats(blind, known)
    mine = [p[2] for p in PROBES_R76_DEV + PROBES_R76_HELD]
    assert not [(a, b) for i, a in enumerate(mine) for b in mine[i + 1:] if repeats([a], [b])]
    ids = [p[0] for p in PROBES_R76_DEV + PROBES_R76_HELD]
    assert len(ids) == len(set(ids)) == 36 + 27


def test_round76_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.99.9.3"
