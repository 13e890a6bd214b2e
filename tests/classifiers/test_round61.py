"""Round 61 of issue 12: precision, receptions, celebrations, open days and guest lists (docs/classifier.md,
"Round 61 of issue 12"). An embassy's or a consulate's reception, a banquet, an open day, a national,
independence or neutrality day marked, a friendship or festive evening, a festival of food (`reception`, a
cue in every language) where teachers, students or schoolchildren are the guests or performers is vetoed by
`reception_guests_not_subject` unless research, a lab, training, technology, a scholarship, language
teaching in the headline or a cooperation or agreement cue besides the envoy's keeps it (h28-026, h28-030).
The Uzbek "munosabati bilan" (on the occasion of) is no relations; the Chinese Government Scholarship is a
scholarship cue. Hectares, a crop "yielding" and land leased are farming as business, light trade as tons
are (h28-047). The READINGS table reads each form both ways; the blind sets (probes_r61_dev, probes_r61_held)
are decided on their url and without it, in both modes; the family probes (probes_r61) were written after
the fixes."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r61 import PROBES_R61
from .probes_r61_dev import PROBES_R61_DEV
from .probes_r61_held import PROBES_R61_HELD
from .tables import IN_BOTH_MODES, WITH_AND_WITHOUT_URL, assert_reading, decide, in_both_modes, labelled_texts, load_set, probe_texts, repeats, rows, with_and_without_url

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # receptions, banquets, open days, national days, friendship evenings, food festivals: `reception`
    ("en-reception", "the consulate hosted a Lunar New Year reception", "reception", True),
    ("en-open-day", "the embassy held an open day for schoolchildren", "reception", True),
    ("en-independence-day", "marks Independence Day in Beijing", "reception", True),
    ("en-cuisine-festival", "a festival of Chinese cuisine", "reception", True),
    ("en-friendship-evening", "a friendship evening in Bishkek", "reception", True),
    ("en-open-call-is-not", "an open call for young researchers", "reception", False),
    ("en-day-of-science-is-not", "the day of science in Astana", "reception", False),
    ("ru-priem-po-sluchayu", "провело прием по случаю праздника", "reception", True),
    ("ru-torzhestvennyi-priem", "торжественный прием в посольстве", "reception", True),
    ("ru-den-otkrytyh-dverey", "день открытых дверей для школьников", "reception", True),
    ("ru-banket", "торжественный банкет в посольстве", "reception", True),
    ("ru-den-nezavisimosti", "отметило День независимости", "reception", True),
    ("ru-priem-studentov-is-not", "прием студентов в китайские вузы", "reception", False),
    ("ru-priem-dokumentov-is-not", "начался прием документов", "reception", False),
    ("zh-zhaodaihui", "总领馆举行新春招待会", "reception", True),
    ("zh-kaifangri", "使馆举办开放日", "reception", True),
    ("zh-guoqing", "使馆举行国庆招待会", "reception", True),
    ("zh-meishijie", "中吉美食节", "reception", True),
    ("zh-zhaosheng-is-not", "哈萨克斯坦留学生招生", "reception", False),
    ("kk-saltanatty-qabyldau", "салтанатты қабылдау берді", "reception", True),
    ("kk-qabyldau-otkizdi", "бас консулдығы қабылдау өткізді", "reception", True),
    ("kk-ashyq-esik", "ашық есік күнін өткізді", "reception", True),
    ("kk-dostyq-keshi", "достық кеші өтті", "reception", True),
    ("kk-studentterdi-qabyldau-is-not", "студенттерді қабылдау басталды", "reception", False),
    ("ky-kabyl-aluu", "кабыл алуусун өткөрдү", "reception", True),
    ("ky-achyk-eshik", "ачык эшик күнүн өткөрдү", "reception", True),
    ("ky-kechelik", "салтанаттуу кечелик уюштурду", "reception", True),
    ("ky-studentterdi-kabyl-aluu-is-not", "студенттерди кабыл алуу башталды", "reception", False),
    ("uz-qabul-marosimi", "qabul marosimi o‘tkazdi", "reception", True),
    ("uz-ochiq-eshiklar", "ochiq eshiklar kuni o‘tkazdi", "reception", True),
    ("uz-ziyofat", "ziyofat berdi", "reception", True),
    ("uz-talabalar-qabuli-is-not", "talabalar qabuli boshlandi", "reception", False),
    ("uzc-qabul-marosimi", "қабул маросими уюштирди", "reception", True),
    ("uzc-dostlik-oqshomi", "дўстлик оқшоми бўлди", "reception", True),
    ("uzc-talabalar-qabuli-is-not", "талабалар қабули бошланди", "reception", False),
    ("tg-ziyofat", "зиёфат орост", "reception", True),
    ("tg-dari-kushod", "рӯзи дари кушод баргузор кард", "reception", True),
    ("tg-shomi-dusti", "шоми дӯстӣ баргузор шуд", "reception", True),
    ("tg-qabuli-donishjuyon-is-not", "қабули донишҷӯён ба донишгоҳ", "reception", False),
    ("tk-kabul-edislik", "kabul edişlik geçirildi", "reception", True),
    ("tk-acyk-gapylar", "açyk gapylar gününi geçirdi", "reception", True),
    ("tk-bitaraplyk", "Bitaraplyk gününe bagyşlanan", "reception", True),
    ("tk-talyplary-kabul-is-not", "talyplary kabul etmek", "reception", False),
    # "on the occasion of" is no relations (a shadow)
    ("uz-munosabati-bilan-is-not-cooperation", "bayram munosabati bilan", "cooperation", False),
    ("uzc-munosabati-bilan-is-not-cooperation", "байрам муносабати билан", "cooperation", False),
    ("uz-munosabatlar-stays-cooperation", "ikki mamlakat munosabatlari", "cooperation", True),
    # hectares, a crop yielded, land leased: farming as a business (trade, light)
    ("en-hectares", "cotton on 500 hectares", "trade", True),
    ("en-yielding", "Chinese farmers yielding cotton", "trade", True),
    ("en-leased-land", "on leased land in Khatlon", "trade", True),
    ("en-yield-research-is-not", "a high-yield variety", "trade", False),
    ("ru-gektar", "на 300 гектарах", "trade", True),
    ("ru-arenda-zemli", "аренда земли китайским фермерам", "trade", True),
    ("zh-gongqing", "种植面积200公顷", "trade", True),
    ("kk-gektar", "500 гектар жерге", "trade", True),
    ("ky-gektar", "300 гектарга", "trade", True),
    ("uz-gektar", "200 gektar maydonda", "trade", True),
    ("uzc-gektar", "200 гектар майдонда", "trade", True),
    ("tg-gektar", "дар 400 гектар", "trade", True),
    ("tk-gektar", "300 gektar meýdanda", "trade", True),
    ("ru-gektar-look-alike-is-not", "гектограф", "trade", False),
    # the Chinese Government Scholarship (gazetteer) is also a scholarship cue, as "scholarship" is
    ("zh-government-scholarship-is-a-grant", "宣布设立中国政府奖学金新项目", "study_grant", True),
    ("en-government-scholarship-is-a-grant", "Chinese Government Scholarship winners", "study_grant", True),
    ("zh-government-reception-is-no-grant", "中国政府招待会", "study_grant", False),

]


@rows(("text", "concept", "expected"), READINGS)
def test_round61_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# The development set after the fixes: every item decided right, in both modes, with and without the url, but
# one: a China-Kyrgyz food festival whose headline names the Confucius Institute's students performing (the
# institute is language teaching named in the headline, which keeps an item, as a language course does).
DEV_WRONG: dict[str, set[str]] = {"title and summary": {"r61d-zh-meishijie-neg"}, "headline alone": {"r61d-zh-meishijie-neg"}}
# The held-out set, measured once after the fixes (nothing fixed from it): with title and summary P 0.600 /
# R 1.000, with the headline alone P 0.643 / R 1.000, with and without the url (the base, 2026.12.90: P 0.346
# and P 0.500, R 1.000). Let in: a Confucius Institute or Chinese songs named in the headline (ru, ky, zh),
# a New Year met at a consulate with no reception word (ky), a bare Cyrillic Uzbek "қабул берди" with its
# lede's teachers (only "қабул маросими" and "тантанали қабул" are keys), the Tajik "шоми дӯстии" (the key
# is "шоми дӯстӣ").
HELD_WRONG = {"title and summary": {"r61h-ru-festival-kuhni-neg", "r61h-zh-guoqing-yinyuehui-neg", "r61h-ky-mektep-okuuchular-neg",
                                    "r61h-ky-dostuk-kechesi-neg", "r61h-uzc-kabul-neg", "r61h-tg-shomi-dusti-neg"},
              "headline alone": {"r61h-ru-festival-kuhni-neg", "r61h-zh-guoqing-yinyuehui-neg", "r61h-ky-mektep-okuuchular-neg",
                                 "r61h-ky-dostuk-kechesi-neg", "r61h-tg-shomi-dusti-neg"}}
# The family probes, written after the fixes: "Chinese teachers" and 汉语教师 named in a banquet's headline are
# language teaching in the headline (the veto's bound), so both banquets are let in, in both modes.
FAMILY_WRONG = {"title and summary": {"r61-en-banquet-neg", "r61-zh-yanhui-neg"},
                "headline alone": {"r61-en-banquet-neg", "r61-zh-yanhui-neg"}}


@rows(WITH_AND_WITHOUT_URL, with_and_without_url(PROBES_R61_DEV, DEV_WRONG))
def test_round61_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(WITH_AND_WITHOUT_URL, with_and_without_url(PROBES_R61_HELD, HELD_WRONG))
def test_round61_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R61, FAMILY_WRONG))
def test_round61_family_probes(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


# Labelled items of the brief decided right now (let in by the base, 2026.12.90), with and without url.
NOW_RIGHT = [
    ("holdout28.jsonl", "h28-026", ("title and summary",)),  # a consulate's Spring Festival reception, teachers and students as guests
    ("holdout28.jsonl", "h28-030", ("title and summary",)),  # an embassy's open day for Beijing schoolchildren
    ("holdout28.jsonl", "h28-047", MODES),  # Chinese farmers yielding cotton in Khatlon
]


@rows(("name", "item_id", "mode", "meta"), [(f"{n}-{i}-{m.replace(' ', '-')}-{meta}", n, i, m, meta)
                                            for n, i, ms in NOW_RIGHT for m in ms for meta in (True, False)])
def test_round61_set_items_now_right(clf: Classifier, name: str, item_id: str, mode: str, meta: bool) -> None:
    item = next(i for i in load_set(name) if i["id"] == item_id)
    assert decide(clf, mode, item, meta=meta) is (item["label"] == "relevant")


def test_round61_blind_sets_shape() -> None:
    """4 hard negatives and 2 relevant look-alikes a language (dev), 3 and 1 (held out), a third with a lede;
    the recorded errors are in the sets."""
    for probes, rel, neg in ((PROBES_R61_DEV, 2, 4), (PROBES_R61_HELD, 1, 3)):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert (sum(p[-1] for p in mine), sum(not p[-1] for p in mine)) == (rel, neg), lang
            assert all(p[0].endswith("-neg") is not p[-1] for p in mine), lang
        assert sum(p[3] is not None for p in probes) * 4 >= len(probes)
    for mode in MODES:
        assert DEV_WRONG[mode] <= {p[0] for p in PROBES_R61_DEV}
        assert HELD_WRONG[mode] <= {p[0] for p in PROBES_R61_HELD}
        assert FAMILY_WRONG[mode] <= {p[0] for p in PROBES_R61}


def test_round61_probes_are_fresh() -> None:
    """No round-61 probe is a labelled text or an earlier probe's; none shares half its words (character
    pairs in Chinese) with one, nor with another of the round's; ids unique."""
    # rounds 59 and 60 were written at the same time as round 61's sets by writers who could not see them
    known = labelled_texts() | probe_texts("probes_r61", "probes_r59", "probes_r60", "probes_r62")
    blind = [x for p in PROBES_R61_DEV + PROBES_R61_HELD for x in (p[2], p[3]) if x]
    fam = [p[1] for p in PROBES_R61] + [p[2] for p in PROBES_R61 if len(p) == 4]
    assert not repeats(blind, known)
    assert not repeats(fam, known | set(blind))
    mine = [p[2] for p in PROBES_R61_DEV + PROBES_R61_HELD] + [p[1] for p in PROBES_R61]
    assert not [(a, b) for i, a in enumerate(mine) for b in mine[i + 1:] if repeats([a], [b])]
    ids = [p[0] for p in PROBES_R61_DEV + PROBES_R61_HELD + PROBES_R61]
    assert len(ids) == len(set(ids)) == 54 + 36 + len(PROBES_R61)


def test_round61_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.91"
