"""Round 63 of issue 12: the reporter is the other side (docs/classifier.md, "Round 63 of issue 12"). A headline
naming one side only may be built as only the other side writes it: an institution qualified by its own country
("Lanzhou University (China)", "Tongji University, China", "University of the PRC", "университета КНР",
"Andijan State University of Uzbekistan": rules.yaml gazetteer.qualified and vocab_places.yaml `reporter_side`),
an act "signed with", "concluded with", "held with" a partner with the writer's own institution elided
("Состоялась встреча с", "Подписан меморандум"), the other country's scholarships named by its adjective in a
Russian headline ("китайских стипендий"). The weak side counts only with a core academic subject, a
cooperation, agreement or scholarship cue, no other partner, no hard negative (rule reporter_side, +0.5). A
grant that pays for roads, bridges, drinking water, bus stops, buses or cars is a donor's, not a scholarship
(grant_pays_for_works). Uzbek Latin without oʻ or gʻ is told by universitetimiz, talabalarimiz, oliygoh,
delegatsiya. The READINGS table reads each form both ways; the blind sets (probes_r63_dev, probes_r63_held)
are decided on their url and without it, in both modes; the family probes (probes_r63) were written after
the fixes."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r63 import PROBES_R63
from .probes_r63_dev import PROBES_R63_DEV
from .probes_r63_held import PROBES_R63_HELD
from .tables import IN_BOTH_MODES, WITH_AND_WITHOUT_URL, assert_reading, decide, in_both_modes, labelled_texts, load_set, probe_texts, repeats, rows, with_and_without_url

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # an institution qualified by its own country: a known name (the gazetteer), a head noun, a place in brackets
    ("en-known-name-bracket", "Lanzhou University (China)", "reporter_side", True),
    ("en-known-name-bracket-keeps-china", "Lanzhou University (China)", "china", True),
    ("en-known-name-bracket-keeps-university", "Lanzhou University (China)", "university", True),
    ("en-known-name-comma", "Tongji University, China", "reporter_side", True),
    ("en-known-name-alone-is-not", "Lanzhou University", "reporter_side", False),
    ("en-head-noun-of-the-prc", "Gansu University of the PRC", "reporter_side", True),
    ("en-head-noun-comma-keeps-university", "Zhejiang Normal University, China", "university", True),
    ("en-place-in-brackets", "University of Shihezi (China)", "reporter_side", True),
    ("en-east-china-in-a-name-is-not", "China University of Petroleum (East China)", "reporter_side", False),
    ("en-dateline-is-not", "XI'AN, China, Dec. 7 (Xinhua)", "reporter_side", False),
    ("en-ca-name-of-uzbekistan", "Andijan State University of Uzbekistan", "reporter_side", True),
    ("en-ca-name-of-uzbekistan-keeps-uz", "Andijan State University of Uzbekistan", "uz", True),
    ("en-ca-name-alone-is-not", "Andijan State University", "reporter_side", False),
    ("en-ca-name-with-its-country-is-not", "National University of Uzbekistan", "reporter_side", False),
    # an act with the subject elided
    ("en-was-signed-with", "A memorandum was signed with Beijing University of Technology", "reporter_side", True),
    ("en-signs-with-is-not", "Tsinghua signs a memorandum with Fudan", "reporter_side", False),
    ("en-meeting-held-with", "An online meeting was held with Lanzhou University", "reporter_side", True),
    ("en-meeting-held-with-keeps-cooperation", "An online meeting was held with Lanzhou University", "cooperation", True),
    ("en-strengthening-cooperation-with", "Strengthening cooperation with Xinjiang University", "reporter_side", True),
    ("en-cooperation-with-alone-is-not", "China's cooperation with Xinjiang University", "reporter_side", False),
    ("en-receives-rector", "Vice President Li receives Rector of Osh State University", "cooperation", True),
    ("en-receives-award-is-not", "Vice President Li receives an award", "cooperation", False),
    ("ru-universiteta-knr", "Хэнаньского университета КНР", "reporter_side", True),
    ("ru-universitetom-kitay", "с Ляонинским университетом (Китай)", "reporter_side", True),
    ("ru-knr-in-brackets-after-a-known-name", "с Университетом Цинхуа (КНР)", "reporter_side", True),
    ("ru-kitay-in-brackets-after-a-known-name", "делегации Северо-Западного сельскохозяйственного университета (Китай)", "reporter_side", True),
    ("ru-kitay-in-brackets-keeps-china", "с Университетом Цинхуа (Китай)", "china", True),
    ("ru-kitay-without-brackets-is-not", "Китай и Казахстан подписали соглашение", "reporter_side", False),
    ("ru-posolstvo-knr-is-not", "посольство КНР", "reporter_side", False),
    # a Russian act with its subject elided is no cue: Russia's outlets write it of Russia's universities too
    ("ru-sostoyalas-vstrecha-s-is-not", "Состоялась встреча с делегацией", "reporter_side", False),
    ("ru-sostoyalas-vstrecha-keeps-cooperation", "Состоялась встреча с делегацией", "cooperation", True),
    ("ru-podpisany-memorandumy-is-not", "Подписаны меморандумы о сотрудничестве с китайскими вузами", "reporter_side", False),
    ("ru-podpisan-memorandum-keeps-agreement", "Подписан меморандум о сотрудничестве", "agreement", True),
    ("ru-kitayskih-stipendiy", "китайских стипендий", "reporter_side", True),
    ("ru-kitayskih-stipendiy-keeps-china", "китайских стипендий", "china", True),
    ("ru-kitayskih-stipendiy-is-study-grant", "китайских стипендий", "study_grant", True),
    ("ru-kitayskih-tovarov-is-not", "китайских товаров", "reporter_side", False),
    # public works a grant pays for; buses stay goods
    ("uz-yollar", "Andijonda yo‘llar ta’mirlanadi", "public_works", True),
    ("kk-kopir", "ауылда көпір салынады", "public_works", True),
    ("ky-ichuuchu-suu", "ичүүчү суу түтүгү", "public_works", True),
    ("uzc-ichimlik-suvi", "ичимлик суви тармоғи", "public_works", True),
    ("tg-roh", "роҳи Данғара", "public_works", True),
    ("tk-duralgalary", "awtobus duralgalary", "public_works", True),
    ("ru-remont-dorogi", "ремонт дороги", "public_works", True),
    ("ru-avtobusov-stay-goods", "пять китайских автобусов", "goods", True),
    ("ru-avtobusov-are-not-works", "пять китайских автобусов", "public_works", False),
    # a roadmap reads as a road too: only grant_pays_for_works reads public_works, and only beside a grant
    ("uz-yol-xaritasi-reads-as-a-road", "hamkorlik yo‘l xaritasi", "public_works", True),
    # Uzbek Latin without oʻ or gʻ: the writer's "our university" and "delegatsiya" tell the language
    ("uz-universitetimizga-implies-uz", "Universitetimizga Shinjon universiteti delegatsiyasi tashrif buyurdi", "uz", True),
    ("en-our-university-implies-nothing", "Xinjiang University delegation visited our university", "uz", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round63_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# The development set after the fixes: every item decided right, in both modes, with and without the url.
DEV_WRONG: dict[str, set[str]] = {"title and summary": set(), "headline alone": set()}
# The held-out set, measured once after the fixes (nothing fixed from it): without the url P 1.000 / R 0.700 in
# both modes; with it P 0.944 / R 0.850 (the base, 2026.12.94: P 0.667 / R 0.500 without the url, P 0.739 /
# R 0.850 with it). Missed: talks held with a qualified university but no cooperation cue ("Online talks held
# with ... University, China"; "онлайн келіссөз", talks, is no Kazakh cooperation word either); "Наши студенты"
# with a Chinese university ("our" is no reporter cue: a Chinese site writes it too); Uzbek with no sign of its
# language ("Nankin universiteti bilan hamkorlik", "Шэньян аграр университети делегацияси университетимизда":
# the Cyrillic "университетимиз" is no sign); Tajik "Шиан" (Xi'an) unknown. Let in with the url (24.kg): the
# bare genitive plural "дорог" is no public_works form ("Китайские гранты на ремонт дорог").
# Round 67 (2026.12.99.4) reads talks held with a partner as a meeting ("talks held with", "келіссөз жүргізілді"):
# the English and Kazakh talks are decided right since (docs/classifier.md, "Round 67 of issue 12").
HELD_WRONG = {mode: {"r63h-tg-onlayn-shian-rel"} for mode in MODES}
HELD_WRONG_NO_URL = {mode: HELD_WRONG[mode] | {"r63h-ru-nashi-studenty-shanhay-rel", "r63h-uz-nankin-hamkorlik-rel",
                                                "r63h-uzc-shenyang-agrar-delegatsiya-rel"} for mode in MODES}
HELD_WRONG_URL = {mode: HELD_WRONG[mode] | {"r63h-ru-granty-dorogi-neg"} for mode in MODES}


@rows(WITH_AND_WITHOUT_URL, with_and_without_url(PROBES_R63_DEV, DEV_WRONG))
def test_round63_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


def _held_rows() -> list[tuple]:
    with_url = [r for r in with_and_without_url(PROBES_R63_HELD, HELD_WRONG_URL) if "-url-" in r[0]]
    without = [r for r in with_and_without_url(PROBES_R63_HELD, HELD_WRONG_NO_URL) if "-nourl-" in r[0]]
    return with_url + without


@rows(WITH_AND_WITHOUT_URL, _held_rows())
def test_round63_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R63))
def test_round63_family_probes(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


# Labelled items of the brief decided right now (all missed by the base, 2026.12.94, in the modes listed,
# without the url; with it, where a mode is listed, too).
NOW_RIGHT = [
    ("holdout18.jsonl", "h18-072", ("headline alone",)),  # Обсуждены ... китайских грантов на образование
    ("holdout18.jsonl", "h18-101", ("headline alone",)),  # Vocational education cooperation boosted with Uzbekistan
    ("holdout19.jsonl", "h19-019", MODES),  # ... KSTU in the University of Shihezi (China)
    ("holdout23.jsonl", "h23-001", MODES),  # Strengthening Cooperation with Xinjiang University in Science and Education
    ("holdout23.jsonl", "h23-045", ("headline alone",)),  # ... Gulistan State University of Uzbekistan
    ("holdout23.jsonl", "h23-047", MODES),  # A memorandum was signed with Beijing University of Technology
    ("holdout24.jsonl", "h24-034", ("headline alone",)),  # An online meeting was held with Gansu University of the PRC
    ("holdout25.jsonl", "h25-049", MODES),  # A visit of delegation from Tongji University, China to our university
    ("holdout28.jsonl", "h28-051", ("headline alone",)),  # President Wu Pute Meets with ..., Rector of ... of Uzbekistan
]


@rows(("name", "item_id", "mode", "meta"), [(f"{n}-{i}-{m.replace(' ', '-')}-{meta}", n, i, m, meta)
                                            for n, i, ms in NOW_RIGHT for m in ms for meta in (True, False)])
def test_round63_set_items_now_right(clf: Classifier, name: str, item_id: str, mode: str, meta: bool) -> None:
    item = next(i for i in load_set(name) if i["id"] == item_id)
    assert decide(clf, mode, item, meta=meta) is (item["label"] == "relevant")


def test_round63_blind_sets_shape() -> None:
    """English and Russian 3 relevant items and 3 hard negatives, every other language 3 and 2 (dev) or 2 and 2
    (held out); the recorded errors are in the sets."""
    for probes, rel, neg in ((PROBES_R63_DEV, 3, 2), (PROBES_R63_HELD, 2, 2)):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            want = (3, 3) if lang in ("en", "ru") else (rel, neg)
            assert (sum(p[-1] for p in mine), sum(not p[-1] for p in mine)) == want, lang
            assert all(p[0].endswith("-neg") is not p[-1] for p in mine), lang
    for mode in MODES:
        assert HELD_WRONG_URL[mode] | HELD_WRONG_NO_URL[mode] <= {p[0] for p in PROBES_R63_HELD}


def test_round63_probes_are_fresh() -> None:
    """No round-63 probe is a labelled text or an earlier probe's; none shares half its words (character pairs
    in Chinese) with one, nor with another of the round's; ids unique."""
    # rounds 64 and 65 were written at the same time by writers who could not see this set
    known = labelled_texts() | probe_texts("probes_r63", "probes_r64", "probes_r65")
    blind = [x for p in PROBES_R63_DEV + PROBES_R63_HELD for x in (p[2], p[3]) if x]
    fam = [p[1] for p in PROBES_R63]
    assert not repeats(blind, known)
    assert not repeats(fam, known | set(blind))
    mine = [p[2] for p in PROBES_R63_DEV + PROBES_R63_HELD] + fam
    assert not [(a, b) for i, a in enumerate(mine) for b in mine[i + 1:] if repeats([a], [b])]
    ids = [p[0] for p in PROBES_R63_DEV + PROBES_R63_HELD + PROBES_R63]
    assert len(ids) == len(set(ids)) == 47 + 40 + len(PROBES_R63)


def test_round63_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.95"
