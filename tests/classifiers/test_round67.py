"""Round 67 of issue 12: academic heads meeting across the sides with no cooperation word (docs/classifier.md,
"Round 67 of issue 12"). A Central Asian institution's name qualified "in <its country>" ("Turan University in
Kazakhstan") is written only by a foreigner: the reporter's side (rules.yaml gazetteer.qualified, h29-005); an
academic head's title and a Chinese surname in pinyin ("President Wang Cheng", "Party Secretary Liu Jianhua"),
cased and beside a Central Asian side, is a Chinese participant (vocab_places.yaml china_hint, as the Russian
Palladius names; h21-079); talks held with a partner are as light as a meeting (English "talks held with",
Kazakh "келіссөз жүргізілді": round 63's held-out misses). The READINGS table reads each form both ways; the
blind sets (probes_r67_dev, probes_r67_held) are decided on their url and without it, in both modes; the family
probes (probes_r67) were written after the fixes."""

from __future__ import annotations

import pytest

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r67 import PROBES_R67
from .probes_r67_dev import PROBES_R67_DEV
from .probes_r67_held import PROBES_R67_HELD
from .tables import (IN_BOTH_MODES, WITH_AND_WITHOUT_URL, assert_reading, decide, in_both_modes, labelled_texts, load_set, probe_texts,
                     repeats, rows, with_and_without_url)

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # a Central Asian institution's name qualified "in <its country>", as only a foreigner writes it
    ("en-known-name-in-kazakhstan", "Delegation visits Turan University in Kazakhstan", "reporter_side", True),
    ("en-known-name-in-kazakhstan-keeps-kz", "Delegation visits Turan University in Kazakhstan", "kz", True),
    ("en-known-name-in-kyrgyzstan", "Professors from Nanjing visit Osh State University in Kyrgyzstan", "reporter_side", True),
    ("en-known-name-in-uzbekistan", "A lecture at Samarkand State University in Uzbekistan", "reporter_side", True),
    ("en-known-name-alone-is-not", "Delegation visits Turan University", "reporter_side", False),
    ("en-generic-university-in-kazakhstan-is-not", "The best university in Kazakhstan opens a new campus", "reporter_side", False),
    ("en-country-alone-is-not", "Students in Kazakhstan return to classes", "reporter_side", False),
    # an academic head's title and a Chinese surname in pinyin, beside a Central Asian side
    ("en-president-wang", "President Wang Hui meets Rector of Osh State University", "china_hint", True),
    ("en-party-secretary-liu", "Party Secretary Liu Wei receives a delegation from Kazakhstan", "china_hint", True),
    ("en-vice-president-zhao", "Vice President Zhao Lei visits Tajik National University", "china_hint", True),
    ("en-dean-xiong", "Dean Xiong Feng lectures at Samarkand State University", "china_hint", True),
    ("en-title-without-ca-is-not", "President Wang Hui meets Rector of Moscow State University", "china_hint", False),
    ("en-korean-surname-is-not", "President Yu Jae-won meets Rector of Osh State University", "china_hint", False),
    ("en-koryo-saram-li-is-not", "Director Li Sergey of a Kazakhstan school retires", "china_hint", False),
    ("en-surname-lowercase-is-not", "The president wang of Kazakhstan", "china_hint", False),
    ("en-surname-without-title-is-not", "Zhang visits Kazakhstan", "china_hint", False),
    ("en-sports-federation-is-not", "President Zhang of the Kazakhstan boxing federation meets athletes", "china_hint", False),
    # talks held with a partner
    ("en-talks-held-with", "Online talks held with Xinjiang University", "cooperation", True),
    ("en-talks-held-with-is-reporter-side", "Talks were held with Lanzhou University, China", "reporter_side", True),
    ("en-holds-talks-with", "Rector holds talks with Lanzhou University delegation", "cooperation", True),
    ("en-trade-talks-is-not", "Trade talks stall over tariffs", "cooperation", False),
    ("kk-kelissoz-zhurgizildi", "Ланчжоу университетімен келіссөз жүргізілді", "cooperation", True),
    ("kk-kelissozder-zhurgizdi", "Ректор Шыңжаң университетімен келіссөздер жүргізді", "cooperation", True),
    ("kk-kelissoz-alone-is-not", "Келіссөз нәтижесіз аяқталды", "cooperation", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round67_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# The development set after the fixes: every item decided right, in both modes, with and without the url (before
# them, 2026.12.99.3: P 1.000 / R 1.000 with the url, R 0.944 without, in both modes: "Party Secretary Liu Jianhua
# Meets with Rector of ..." had no Chinese side).
DEV_WRONG: dict[str, set[str]] = {mode: set() for mode in MODES}
# The held-out set, measured once after the fixes (nothing fixed from it): P 1.000 / R 0.944 in both modes, with
# and without the url (the base, 2026.12.99.3: the same with the url, R 0.889 without). Missed: "Президенти АМИТ
# ректори Донишгоҳи Тсинхуаро ба ҳузур пазируфт": АМИТ (the Tajik Academy of Sciences) is not in the gazetteer
# and "ба ҳузур пазируфт" (received) is no Tajik cooperation cue, so the implied Tajik side has no local subject.
# Round 70 put АМИТ in the gazetteer (the Tajik Academy of Sciences, beside its Russian НАНТ and АН РТ): the miss
# is decided right since rules 2026.12.99.7, so it moved to FIXED_LATER (the measured figure above stays the honest one).
FIXED_LATER = {"r67h-tg-amit-tsinghua-rel": "round 70: АМИТ is the Tajik Academy of Sciences in the gazetteer"}
HELD_WRONG: dict[str, set[str]] = {mode: set() for mode in MODES}


@rows(WITH_AND_WITHOUT_URL, with_and_without_url(PROBES_R67_DEV, DEV_WRONG))
def test_round67_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(WITH_AND_WITHOUT_URL, with_and_without_url(PROBES_R67_HELD, HELD_WRONG))
def test_round67_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


STILL_MISSED: dict[str, set[str]] = {mode: set() for mode in MODES}


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R67, STILL_MISSED))
def test_round67_family_probes(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


# Labelled items of the brief decided right now in every mode, with and without url and lang (the base,
# 2026.12.99.3, missed h21-079 without its url in both modes and h29-005 on the headline alone without it).
NOW_RIGHT = [
    ("holdout21.jsonl", "h21-079"),  # President Wang Cheng meets with President of the Kyrgyzstan Foreign Affairs University
    ("holdout29.jsonl", "h29-005"),  # Delegation Led by President Yu Miaojie Visits Turan University in Kazakhstan
]


@pytest.mark.parametrize(("name", "item_id", "mode", "url", "meta"),
                         [(n, i, m, u, meta) for n, i in NOW_RIGHT for m in MODES for u in (True, False) for meta in (True, False)])
def test_round67_set_items_now_right(clf: Classifier, name: str, item_id: str, mode: str, url: bool, meta: bool) -> None:
    item = next(i for i in load_set(name) if i["id"] == item_id)
    item = item if url else {**item, "url": ""}
    assert decide(clf, mode, item, meta=meta) is (item["label"] == "relevant")


def test_round67_blind_sets_shape() -> None:
    """2 relevant items and 2 hard negatives a language (dev), 2 and 1 (held out); ids say the label."""
    for probes, rel, neg in ((PROBES_R67_DEV, 2, 2), (PROBES_R67_HELD, 2, 1)):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert (sum(p[-1] for p in mine), sum(not p[-1] for p in mine)) == (rel, neg), lang
            assert all(p[0].endswith("-neg") is not p[-1] for p in mine), lang
    for mode in MODES:
        assert DEV_WRONG[mode] <= {p[0] for p in PROBES_R67_DEV}
        assert HELD_WRONG[mode] <= {p[0] for p in PROBES_R67_HELD}


def test_round67_probes_are_fresh() -> None:
    """No round-67 probe is a labelled text or an earlier probe's; none shares half its words (character pairs
    in Chinese) with one, nor with another of the round's; ids unique."""
    known = labelled_texts() | probe_texts("probes_r67", "probes_r68")
    blind = [x for p in PROBES_R67_DEV + PROBES_R67_HELD for x in (p[2], p[3]) if x]
    fam = [p[1] for p in PROBES_R67]
    assert not repeats(blind, known)
    assert not repeats(fam, known | set(blind))
    mine = [p[2] for p in PROBES_R67_DEV + PROBES_R67_HELD] + fam
    assert not [(a, b) for i, a in enumerate(mine) for b in mine[i + 1:] if repeats([a], [b])]
    ids = [p[0] for p in PROBES_R67_DEV + PROBES_R67_HELD + PROBES_R67]
    assert len(ids) == len(set(ids)) == 36 + 27 + len(PROBES_R67)


def test_round67_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.99.4"
