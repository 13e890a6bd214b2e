"""Round 60 of issue 12: medicine as science or education cooperation (docs/classifier.md, "Round 60 of
issue 12"). Medics (doctors, nurses, health workers) exchanging or sharing experience, an exchange of
treatment or clinical experience, are medicine at full weight in every language and keep the cooperation
word they swallow (h27-041); cooperation, partnership or joined forces in TCM are medicine at full weight
and name China (h23-040); medicinal plants and herbs are medicine (kk, ky, tg, en); a Latin-script Uzbek
internship ("stajirovka") is an internship, a Tajik raised qualification is training, a Tajik gift is aid.
Customs officers' exchanges of experience, ornamental plants, a voice raised stay out. The READINGS table
reads each form both ways; the blind sets (probes_r60_dev, probes_r60_held) are decided on their url and
without it, in both modes; the family probes (probes_r60) were written after the fixes."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r60 import PROBES_R60
from .probes_r60_dev import PROBES_R60_DEV
from .probes_r60_held import PROBES_R60_HELD
from .tables import IN_BOTH_MODES, WITH_AND_WITHOUT_URL, assert_reading, decide, in_both_modes, labelled_texts, load_set, probe_texts, repeats, rows, with_and_without_url

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # medics exchanging experience; an exchange of treatment or clinical experience
    ("en-health-workers-exchange", "health workers to exchange experience", "health", True),
    ("en-health-workers-exchange-keeps-cooperation", "health workers to exchange experience", "cooperation", True),
    ("en-doctors-share-expertise", "Chinese doctors shared expertise", "health", True),
    ("en-exchange-in-treating", "exchange experience in treating diabetes", "health", True),
    ("en-exchange-of-clinical-experience", "an exchange of clinical experience", "health", True),
    ("en-customs-exchange-is-not-health", "customs officers exchange experience", "health", False),
    ("en-customs-exchange-stays-cooperation", "customs officers exchange experience", "cooperation", True),
    ("ru-medics-exchanged", "медики обменялись опытом", "health", True),
    ("ru-exchange-of-treatment", "обмен опытом лечения", "health", True),
    ("ru-medical-experience", "поделились медицинским опытом", "health", True),
    ("ru-customs-exchange-is-not-health", "таможенники обменялись опытом", "health", False),
    ("zh-medics-exchange", "医护人员交流经验", "health", True),
    ("zh-clinical-experience-exchange", "临床经验交流", "health", True),
    ("zh-customs-exchange-is-not-health", "海关关员交流经验", "health", False),
    ("kk-doctors-exchange", "дәрігерлер тәжірибе алмасты", "health", True),
    ("kk-doctors-exchange-keeps-cooperation", "дәрігерлер тәжірибе алмасты", "cooperation", True),
    ("kk-treatment-experience", "емдеу тәжірибесімен бөлісті", "health", True),
    ("kk-customs-exchange-is-not-health", "кеденшілер тәжірибе алмасты", "health", False),
    ("ky-doctors-exchange", "дарыгерлер тажрыйба алмашышты", "health", True),
    ("ky-customs-exchange-is-not-health", "бажычылар тажрыйба алмашышты", "health", False),
    ("uz-doctors-exchange", "shifokorlar tajriba almashdi", "health", True),
    ("uzc-doctors-exchange", "шифокорлар тажриба алмашди", "health", True),
    ("uz-customs-exchange-is-not-health", "bojxonachilar tajriba almashdi", "health", False),
    ("tg-doctors-exchange", "табибон таҷриба мубодила карданд", "health", True),
    ("tg-medical-experience", "мубодилаи таҷрибаи тиббӣ", "health", True),
    ("tg-customs-exchange-is-not-health", "гумрукчиён таҷриба мубодила карданд", "health", False),
    ("tk-doctors-exchange", "lukmanlar tejribe alyşdylar", "health", True),
    ("tk-customs-exchange-is-not-health", "gümrükçiler tejribe alyşdylar", "health", False),
    # TCM cooperation, partnership, joined forces: medicine at full weight, naming China
    ("en-join-forces-in-tcm", "join forces in TCM", "health", True),
    ("en-join-forces-in-tcm-is-china", "join forces in TCM", "china", True),
    ("en-join-forces-in-tcm-keeps-cooperation", "join forces in TCM", "cooperation", True),
    ("en-tcm-cooperation", "TCM cooperation", "health", True),
    ("en-cooperation-in-tcm", "cooperation in traditional Chinese medicine", "china", True),
    ("en-join-forces-in-medicine", "joined forces in medicine", "health", True),
    ("en-join-forces-in-logistics-is-not-health", "join forces in logistics", "health", False),
    # medicinal plants and herbs
    ("en-medicinal-herbs", "medicinal herbs of the steppe", "health", True),
    ("en-ornamental-plants-are-not", "ornamental plants", "health", False),
    ("kk-medicinal-plants", "дәрілік өсімдіктерді", "health", True),
    ("kk-ornamental-plants-are-not", "сәндік өсімдіктерді", "health", False),
    ("ky-medicinal-plants", "дары өсүмдүктөрүн", "health", True),
    ("ky-wild-plants-are-not", "жапайы өсүмдүктөрүн", "health", False),
    ("tg-medicinal-herbs", "гиёҳҳои шифобахшро", "health", True),
    ("tg-ornamental-herbs-are-not", "гиёҳҳои ороишӣ", "health", False),
    # a Latin Uzbek internship; a Tajik raised qualification; a Tajik gift
    ("uz-internship", "stajirovka o‘tadi", "student_exchange", True),
    ("tg-raised-qualification", "малакаи худро баланд бардоштанд", "vocational", True),
    ("tg-raised-voice-is-not-training", "овози худро баланд бардоштанд", "vocational", False),
    ("tg-gift-is-aid", "таҷҳизот тӯҳфа кард", "aid", True),
    ("tg-gift-noun-is-not-aid", "тӯҳфаи зодрӯзӣ", "aid", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round60_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# The development set after the fixes: every item decided right, in both modes, with and without the url, but
# one: with the headline alone, Kazakh medicinal plants with Chinese pharmacists "taking part in a project"
# (no cooperation cue, and "Жетісу" alone is no place of the gazetteer: the region is "Жетісу облысы").
DEV_WRONG: dict[str, set[str]] = {"title and summary": set(), "headline alone": {"r60d-kk-osimdikter-rel"}}
# The held-out set, measured once after the fixes (nothing fixed from it): with title and summary P 0.931 /
# R 1.000, with the headline alone P 0.964 / R 1.000, with and without the url (the base, 2026.12.86: P 0.931
# / R 1.000 and P 0.963 / R 0.963). Let in: medical aid sent in Cyrillic Uzbek ("тиббий ёрдам юборди": only
# medical equipment sent is an aid key) in both modes, and a Chinese pharmacy chain's stores whose lede names
# medicines and herbal products sold (no trade word) with title and summary.
HELD_WRONG = {"title and summary": {"r60h-uzc-tibbiy-yordam-neg", "r60h-en-pharmacy-chain-neg"},
              "headline alone": {"r60h-uzc-tibbiy-yordam-neg"}}


@rows(WITH_AND_WITHOUT_URL, with_and_without_url(PROBES_R60_DEV, DEV_WRONG))
def test_round60_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(WITH_AND_WITHOUT_URL, with_and_without_url(PROBES_R60_HELD, HELD_WRONG))
def test_round60_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R60))
def test_round60_family_probes(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


# Labelled items of the brief decided right now (both missed by the base, 2026.12.86), with and without url.
NOW_RIGHT = [
    ("holdout23.jsonl", "h23-040", MODES),  # Hai'an, Uzbekistan join forces in TCM
    ("holdout27.jsonl", "h27-041", MODES),  # Kazakh health workers to exchange experience with Chinese colleagues
    ("holdout20.jsonl", "h20-072", MODES),  # a TCM medical hub planned (irrelevant): still vetoed
]


@rows(("name", "item_id", "mode", "meta"), [(f"{n}-{i}-{m.replace(' ', '-')}-{meta}", n, i, m, meta)
                                            for n, i, ms in NOW_RIGHT for m in ms for meta in (True, False)])
def test_round60_set_items_now_right(clf: Classifier, name: str, item_id: str, mode: str, meta: bool) -> None:
    item = next(i for i in load_set(name) if i["id"] == item_id)
    assert decide(clf, mode, item, meta=meta) is (item["label"] == "relevant")


def test_round60_blind_sets_shape() -> None:
    """4 relevant items and 3 hard negatives a language (dev), 3 and 2 (held out), a third with a lede; the
    recorded errors are in the sets."""
    for probes, rel, neg in ((PROBES_R60_DEV, 4, 3), (PROBES_R60_HELD, 3, 2)):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert (sum(p[-1] for p in mine), sum(not p[-1] for p in mine)) == (rel, neg), lang
            assert all(p[0].endswith("-neg") is not p[-1] for p in mine), lang
        assert sum(p[3] is not None for p in probes) * 3 >= len(probes)
    for mode in MODES:
        assert DEV_WRONG[mode] <= {p[0] for p in PROBES_R60_DEV}
        assert HELD_WRONG[mode] <= {p[0] for p in PROBES_R60_HELD}


def test_round60_probes_are_fresh() -> None:
    """No round-60 probe is a labelled text or an earlier probe's; none shares half its words (character
    pairs in Chinese) with one, nor with another of the round's; ids unique."""
    # rounds 59 and 61 were written at the same time by writers who could not see this set
    known = labelled_texts() | probe_texts("probes_r60", "probes_r59", "probes_r61")
    blind = [x for p in PROBES_R60_DEV + PROBES_R60_HELD for x in (p[2], p[3]) if x]
    fam = [p[1] for p in PROBES_R60]
    assert not repeats(blind, known)
    assert not repeats(fam, known | set(blind))
    mine = [p[2] for p in PROBES_R60_DEV + PROBES_R60_HELD] + fam
    assert not [(a, b) for i, a in enumerate(mine) for b in mine[i + 1:] if repeats([a], [b])]
    ids = [p[0] for p in PROBES_R60_DEV + PROBES_R60_HELD + PROBES_R60]
    assert len(ids) == len(set(ids)) == 63 + 45 + len(PROBES_R60)


def test_round60_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.88"
