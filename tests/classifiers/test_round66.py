"""Round 66 of issue 12: students' own stories (docs/classifier.md, "Round 66 of issue 12"). A Central Asian
student, graduate or young researcher in China, named only by the person, a hometown or a rubric: a
distinctly Central Asian given name (Айзада, Айпери, Дильноза, Фарход, Aizada...) is a weak side (`ca_context`,
+0.5 by context_side) beside China, never beside Xinjiang, its own Kazakhs or another partner (h29-027); "из
Таласа", "в Таласе" after a Russian preposition (Kyrgyzstan's town or Kazakhstan's district) and the English
"from Naryn" name Central Asia beside China with no other partner (h29-025); At-Bashy and the rubric "из KG" are
Kyrgyzstan; "Московский" is another partner. The READINGS table reads each form both ways; the blind sets
(probes_r66_dev, probes_r66_held) are decided on their url and without it, in both modes; the family probes
(probes_r66) were written after the fixes."""

from __future__ import annotations

import pytest

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r66 import PROBES_R66
from .probes_r66_dev import PROBES_R66_DEV
from .probes_r66_held import PROBES_R66_HELD
from .tables import IN_BOTH_MODES, assert_reading, decide, in_both_modes, labelled_texts, load_set, probe_texts, repeats, rows

# (id, text, concept, expected: does the concept match?). A cased key is matched as written, so a headline
# that opens with one ("В Таласе ...", "Из KG ...") is not read (round 38's ЦА): the texts put it mid-line.
READINGS = [
    ("en-from-naryn", "How Bakyt from Naryn got a scholarship to study in Beijing", "central_asia", True),
    ("en-naryn-alone-is-not", "Naryn hosts a regional road safety forum", "central_asia", False),
    ("en-from-naryn-beside-turkey-is-not", "A student from Naryn studies in Ankara and Beijing", "central_asia", False),
    ("en-talas-kayseri-is-not", "Talas district of Kayseri opens a Chinese language course", "central_asia", False),
    ("ru-iz-talasa", "Студентка из Таласа учится в Китае", "central_asia", True),
    ("ru-v-talase", "Урок в Таласе: открыли класс китайского языка", "central_asia", True),
    ("ru-iz-talasa-beside-turkey-is-not", "Студентка из Таласа учится в Турции и Китае", "central_asia", False),
    ("ru-talasskiy-stays-kg", "Таласский государственный университет и Китай", "kg", True),
    ("ky-talastyk-is-not-ca", "Таластык жаштар Кытайга жумушка кетип жатышат", "central_asia", False),
    ("kk-talas-dispute-is-not", "Қытаймен талас тоқтады", "central_asia", False),
    ("ru-at-bashi", "Выпускник школы в Ат-Баши учится в Китае", "kg", True),
    ("en-at-bashy", "An At-Bashy graduate studies in China", "kg", True),
    ("ru-iz-kg", "Родом из KG: студентка учится в Китае", "kg", True),
    ("ru-kg-elsewhere-is-not", "Упаковка 5 KG китайского риса", "kg", False),
    ("ru-ayzada", "Айзада получила стипендию на обучение в Китае", "ca_context", True),
    ("ru-ayzadu", "Как Айзаду приняли в китайский университет", "ca_context", True),
    ("ru-aiperi", "Айпери учится в Китае", "ca_context", True),
    ("ru-dilnoza", "Дильноза защитила диссертацию в Китае", "ca_context", True),
    ("ru-farhod", "Фарход учится в Китае", "ca_context", True),
    ("ru-zhansaya", "Жансая поступила в китайский вуз", "ca_context", True),
    ("ru-name-without-china-is-not", "Айзада получила стипендию на обучение", "ca_context", False),
    ("ru-name-beside-xinjiang-is-not", "Айгерим из Синьцзяна поступила в университет Китая", "ca_context", False),
    ("ru-name-beside-russia-is-not", "Фарход учится в Москве, а не в Китае", "ca_context", False),
    ("ru-shared-name-is-not", "Гульнара из Казани учится в Китае", "ca_context", False),
    ("ru-shared-name-aigul-is-not", "Айгуль учится в Китае", "ca_context", False),
    ("ru-moskovskiy-is-other-partner", "Московский университет", "other_partner", True),
    ("en-aizada", "Aizada wins a scholarship to study in China", "ca_context", True),
    ("en-dilnoza", "Dilnoza defends her thesis in China", "ca_context", True),
    ("en-name-beside-xinjiang-is-not", "Aigerim from Xinjiang enters a Chinese university", "ca_context", False),
    ("en-name-beside-korea-is-not", "Zhyldyz studies in Korea and China", "ca_context", False),
    ("en-name-lowercase-is-not", "the aizada brand in China", "ca_context", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round66_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# The development set after the fixes: every item decided right, in both modes, with and without the url.
DEV_WRONG: dict[tuple[str, bool], set[str]] = {(mode, shown): set() for mode in MODES for shown in (True, False)}
# The held-out set, measured once after the fixes (nothing fixed from it): P 1.000 / R 0.889 in both modes with
# the url, 0.833 without (the base, 2026.12.99, decided it the same). Missed: two Uzbek Cyrillic headlines with
# no subject the vocabulary reads ("магистрлик даражасини олди", a master's degree; "қандай ўқиши", how she
# studies), the second also with its lede (a trade major: "халқаро савдо"); without the url, "Talas to
# Guangzhou" (the English Talas is left ambiguous: Kayseri's district, r51's look-alikes).
_HELD_MISSED = {"r66h-uzc-andijon-farhod-rel", "r66h-uzc-namangan-qiz-rel"}
HELD_WRONG: dict[tuple[str, bool], set[str]] = {
    (mode, shown): _HELD_MISSED | (set() if shown else {"r66h-en-talas-guangzhou-rel"}) for mode in MODES for shown in (True, False)}


def _with_and_without_url(probes: list[tuple], wrong: dict[tuple[str, bool], set[str]]) -> list[tuple]:
    return [(f"{mode.replace(' ', '-')}-{'url' if shown else 'nourl'}-{pid}", mode, title, lede, url if shown else None,
             relevant is not (pid in wrong[(mode, shown)]))
            for mode in MODES for shown in (True, False) for pid, url, title, lede, relevant in probes]


@rows(("mode", "title", "summary", "url", "expected"), _with_and_without_url(PROBES_R66_DEV, DEV_WRONG))
def test_round66_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(("mode", "title", "summary", "url", "expected"), _with_and_without_url(PROBES_R66_HELD, HELD_WRONG))
def test_round66_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


# The family probe missed when the round ended, the rubric opening the headline ("Из KG в Пекин": a cased key
# written with a small first letter did not stand with a capital one), is read since 2026.12.99.3
# (collect.acronym_as_written; tests/classifiers/test_cased_sentence_start.py).
STILL_MISSED: dict[str, set[str]] = {mode: set() for mode in MODES}


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R66, STILL_MISSED))
def test_round66_family_probes(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


# Labelled items of the brief decided right now in every mode, with and without url and lang (the base,
# 2026.12.99, missed h29-025 without its url in both modes and h29-027 on the headline alone without it).
NOW_RIGHT = [
    ("holdout29.jsonl", "h29-025"),  # Как Алина из Таласа получила 100% грант на обучение в Юньнаньском университете Китая
    ("holdout29.jsonl", "h29-027"),  # 24-летняя Айзада трижды получала стипендию на обучение в Китае – как ей это удалось
]


@pytest.mark.parametrize(("name", "item_id", "mode", "url", "meta"),
                         [(n, i, m, u, meta) for n, i in NOW_RIGHT for m in MODES for u in (True, False) for meta in (True, False)])
def test_round66_set_items_now_right(clf: Classifier, name: str, item_id: str, mode: str, url: bool, meta: bool) -> None:
    item = next(i for i in load_set(name) if i["id"] == item_id)
    item = item if url else {**item, "url": ""}
    assert decide(clf, mode, item, meta=meta) is (item["label"] == "relevant")


# Left (docs/classifier.md, "Round 66"): no cue in the headline (h29-021 "Айпери Касымова: В Китае сильно
# ощущаешь дружбу народов": the name is read now, but neither the headline nor its lede's "во время учебы" is a
# science or education subject, and the lede's dish is `goods`; h29-033 "在中國,讓我感觸最深的是安全"), and a
# "life abroad" column with both sides and no subject on the headline alone (h29-029).
LEFT = [("holdout29.jsonl", "h29-021", False), ("holdout29.jsonl", "h29-033", False)]


@pytest.mark.parametrize(("name", "item_id", "decided"), LEFT)
def test_round66_left_as_they_were(clf: Classifier, name: str, item_id: str, decided: bool) -> None:
    item = next(i for i in load_set(name) if i["id"] == item_id)
    assert decide(clf, "headline alone", item, meta=True) is decided


def test_round66_blind_sets_shape() -> None:
    """2 relevant items and 2 hard negatives a language (dev), 2 and 1 (held out); ids say the label."""
    for probes, rel, neg in ((PROBES_R66_DEV, 2, 2), (PROBES_R66_HELD, 2, 1)):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert (sum(p[-1] for p in mine), sum(not p[-1] for p in mine)) == (rel, neg), lang
            assert all(p[0].endswith("-neg") is not p[-1] for p in mine), lang
    for key in DEV_WRONG:
        assert DEV_WRONG[key] <= {p[0] for p in PROBES_R66_DEV}
        assert HELD_WRONG[key] <= {p[0] for p in PROBES_R66_HELD}


def test_round66_probes_are_fresh() -> None:
    """No round-66 probe is a labelled text or an earlier probe's; none shares half its words (character pairs
    in Chinese) with one, nor with another of the round's; ids unique."""
    known = labelled_texts() | probe_texts("probes_r66")
    blind = [x for p in PROBES_R66_DEV + PROBES_R66_HELD for x in (p[2], p[3]) if x]
    fam = [p[1] for p in PROBES_R66]
    assert not repeats(blind, known)
    assert not repeats(fam, known | set(blind))
    mine = [p[2] for p in PROBES_R66_DEV + PROBES_R66_HELD] + fam
    assert not [(a, b) for i, a in enumerate(mine) for b in mine[i + 1:] if repeats([a], [b])]
    ids = [p[0] for p in PROBES_R66_DEV + PROBES_R66_HELD + PROBES_R66]
    assert len(ids) == len(set(ids)) == 36 + 27 + len(PROBES_R66)


def test_round66_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.99.1"
