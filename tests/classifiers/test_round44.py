"""Round 44 of issue 12: two precision families that round 43 measured wrong, fixed in every language
and read both ways (docs/classifier.md, "Round 44 of issue 12"): a culture event at a university or
for students (concerts, galas, song and dance contests, New Year, Spring Festival and Nowruz, a tea
ceremony, calligraphy, painters' exhibitions; the veto culture_event_at_a_university) and
humanitarian or medical aid handed over (the hard negative `aid`, the veto aid_handed_over;
"humanitarian" of aid no longer read as humanities). Two blind sets written before the rules were
read or run: the dev set (probes_r44_dev), measured once before any change (the honest figure of the
rules 2026.12.58), and the held-out set (probes_r44_held), measured once after the changes (the
honest figure of 2026.12.59). Both are pinned as decided now; the family probes (probes_r44, written
after) are decided right in both modes."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r44 import PROBES_R44
from .probes_r44_dev import PROBES_R44_DEV
from .probes_r44_held import PROBES_R44_HELD
from .tables import IN_BOTH_MODES, assert_reading, decide, in_both_modes, labelled_texts, probe_texts, repeats, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # a culture event: a gala, a concert, a contest of songs or dances, a festival, a tea ceremony
    ("en-gala-is-culture-event", "a Spring Festival gala in the main hall", "culture_event", True),
    ("en-song-contest-is-culture-event", "a Chinese song contest for students", "culture_event", True),
    ("en-tea-ceremony-is-culture-event", "a tea ceremony for the guests", "culture_event", True),
    ("en-in-concert-with-is-not", "acting in concert with Chinese partners", "culture_event", False),
    ("en-language-course-is-not", "a Chinese language course for students", "culture_event", False),
    ("ru-song-contest-is-culture-event", "конкурс китайской песни", "culture_event", True),
    ("ru-new-year-is-culture-event", "праздник Весны и Китайский Новый год", "culture_event", True),
    ("ru-bridge-contest-is-not", "конкурс «Китайский мост»", "culture_event", False),
    ("zh-gala-is-culture-event", "春节联欢晚会", "culture_event", True),
    ("zh-dance-contest-is-culture-event", "舞蹈大赛", "culture_event", True),
    ("zh-chinese-bridge-is-not", "汉语桥比赛", "culture_event", False),
    ("kk-song-contest-is-culture-event", "қытай әндерінің байқауы", "culture_event", True),
    ("kk-spring-festival-is-culture-event", "көктем мерекесі", "culture_event", True),
    ("kk-olympiad-is-not", "қытай тілі олимпиадасы", "culture_event", False),
    ("ky-spring-festival-is-culture-event", "Кытайдын Жаз майрамы", "culture_event", True),
    ("ky-dance-contest-is-culture-event", "бийлердин сынагы", "culture_event", True),
    ("uz-dance-contest-is-culture-event", "xitoy raqslari tanlovi", "culture_event", True),
    ("uz-tea-ceremony-is-culture-event", "choy marosimi", "culture_event", True),
    ("uzc-new-year-is-culture-event", "Хитой янги йили концерти", "culture_event", True),
    ("uzc-song-contest-is-culture-event", "қўшиқлар танлови", "culture_event", True),
    ("tg-culture-celebration-is-culture-event", "ҷашни фарҳанги Чин", "culture_event", True),
    ("tg-bare-feast-is-not", "ҷашни эҳтироми бузургон", "culture_event", False),
    ("tk-tea-ceremony-is-culture-event", "hytaý çaý dabarasy", "culture_event", True),
    ("tk-spring-festival-is-culture-event", "Bahar baýramyna bagyşlanan", "culture_event", True),
    # humanitarian or medical aid handed over; "humanitarian" of aid is no humanities
    ("en-donation-is-aid", "a donation of incubators", "aid", True),
    ("en-humanitarian-aid-is-aid", "humanitarian aid for flood victims", "aid", True),
    ("en-humanitarian-aid-is-not-humanities", "humanitarian aid for flood victims", "language_culture", False),
    ("en-humanitarian-cooperation-is-not-aid", "humanitarian cooperation", "aid", False),
    ("ru-humanitarian-aid-is-aid", "гуманитарной помощью из Китая", "aid", True),
    ("ru-shipment-is-aid", "партию медицинского оборудования", "aid", True),
    ("ru-humanitarian-cooperation-is-not-aid", "гуманитарное сотрудничество", "aid", False),
    ("zh-donation-is-aid", "捐赠一批医疗物资", "aid", True),
    ("zh-cooperation-is-not-aid", "医疗合作", "aid", False),
    ("kk-humanitarian-aid-is-aid", "гуманитарлық көмек", "aid", True),
    ("kk-humanitarian-aid-is-not-humanities", "гуманитарлық көмек", "language_culture", False),
    ("kk-humanitarian-cooperation-is-humanities", "гуманитарлық ынтымақтастық", "language_culture", True),
    ("ky-humanitarian-aid-is-aid", "гуманитардык жардам", "aid", True),
    ("ky-gift-is-aid", "аппараттарын белекке берди", "aid", True),
    ("uz-humanitarian-aid-is-aid", "insonparvarlik yordami sifatida", "aid", True),
    ("uzc-humanitarian-aid-is-aid", "инсонпарварлик ёрдами", "aid", True),
    ("uzc-gift-is-aid", "ҳадя қилди", "aid", True),
    ("tg-humanitarian-aid-is-aid", "кӯмаки башардӯстона", "aid", True),
    ("tk-humanitarian-aid-is-aid", "ynsanperwerlik kömegi", "aid", True),
    ("tk-humanitarian-aid-is-not-humanities", "ynsanperwerlik kömegi", "language_culture", False),
    ("tk-humanities-is-not-aid", "ynsanperwer hyzmatdaşlyk", "aid", False),
    # laboratory equipment handed over is a device, not a lab
    ("ky-lab-equipment-is-technology", "лабораториялык жабдууларды", "technology", True),
    ("ky-lab-equipment-is-not-joint-lab", "лабораториялык жабдууларды", "joint_lab", False),
    ("ru-lab-equipment-is-not-joint-lab", "лабораторное оборудование", "joint_lab", False),
    ("ru-joint-lab-is-joint-lab", "совместная лаборатория", "joint_lab", True),
    # an academy of arts is a university, not research; an academy of sciences is research
    ("tk-arts-academy-is-university", "Çeperçilik akademiýasynda", "university", True),
    ("tk-arts-academy-is-not-research", "Çeperçilik akademiýasynda", "research", False),
    ("tk-academy-of-sciences-is-research", "Ylymlar akademiýasynda", "research", True),
    ("ru-arts-academy-is-not-research", "Академия художеств", "research", False),
    # a scholarship (study grant) and students who study in the other country are cues
    ("ru-scholarship-is-study-grant", "стипендии для учёбы", "study_grant", True),
    ("ru-scholarship-is-student-exchange", "стипендии для учёбы", "student_exchange", True),
    ("tk-study-grant-is-study-grant", "okuw grantyny", "study_grant", True),
    ("en-students-are-not-study-grant", "students of the university", "study_grant", False),
    ("kk-studying-is-mobility", "шет тілдер университетінде оқитын қазақстандық студенттер", "study_mobility", True),
    ("uz-came-from-china-is-mobility", "Xitoydan kelgan talabalar", "study_mobility", True),
    ("uz-local-students-are-not-mobility", "universitet talabalari", "study_mobility", False),
    # visitors of an exhibition are no visit; a visit is
    ("en-visitors-are-not-cooperation", "visitors can try brush writing", "cooperation", False),
    ("en-visit-is-cooperation", "during the delegation's visit", "cooperation", True),
    # spellings: Ashgabat with t→d, Xinjiang as Sinzýan
    ("tk-ashgabat-genitive-is-tm", "Aşgabadyň uniwersitetleri", "tm", True),
    ("tk-sinzyan-is-china", "Sinzýan uniwersiteti", "china", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round44_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R44))
def test_round44_family_probes(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    """The family probes, written after the fixes, decided right in both modes."""
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


# The dev set's wrong decisions measured once with the rules 2026.12.58 (main), before any rule of this
# round was written, no url: the honest figure of today's rules (docs/classifier.md, "Round 44 figures").
DEV_WRONG_BEFORE = {
    "title and summary": {
        "r44-en-incubators-neg", "r44-en-ink-painting-neg", "r44-en-spring-gala-neg",
        "r44-kk-nauryz-concert-neg", "r44-ky-culture-days-osh-neg", "r44-ky-spring-party-neg",
        "r44-ky-ultrasound-gift-neg", "r44-ru-oxygen-equipment-neg", "r44-ru-song-contest-neg",
        "r44-tg-bokhtar-equipment-neg", "r44-tg-tea-day-neg", "r44-tg-xinjiang-concert-neg",
        "r44-tk-culture-days-grants-rel", "r44-tk-flood-aid-neg", "r44-tk-painting-academy-neg",
        "r44-tk-spring-festival-neg", "r44-uz-ct-scanner-neg", "r44-uz-dance-contest-neg",
        "r44-uz-navruz-tea-neg", "r44-uzc-calligraphy-neg", "r44-uzc-film-week-neg",
        "r44-uzc-test-kits-neg", "r44-zh-spring-gala-neg",
    },
    "headline alone": {
        "r44-en-incubators-neg", "r44-en-spring-gala-neg", "r44-kk-nauryz-concert-neg",
        "r44-ky-spring-party-neg", "r44-ru-oxygen-equipment-neg", "r44-ru-song-contest-neg",
        "r44-tg-bokhtar-equipment-neg", "r44-tg-tea-day-neg", "r44-tg-xinjiang-concert-neg",
        "r44-tk-cardiology-study-rel", "r44-tk-culture-days-grants-rel", "r44-tk-flood-aid-neg",
        "r44-uz-dance-contest-neg", "r44-uz-navruz-tea-neg", "r44-uzc-calligraphy-neg",
        "r44-uzc-test-kits-neg",
    },
}
# Wrong after this round (the families were fixed from this set: not an honest figure).
DEV_WRONG: dict[str, set[str]] = {"title and summary": set(), "headline alone": set()}

# The held-out set's wrong decisions, measured once with this round's rules (2026.12.59) when the
# fixes were done, no url: the honest figure of the round's rules on unseen items of its families.
# Nothing was fixed from it.
HELD_WRONG = {
    "title and summary": {
        # culture events named by words the vocabulary does not hold (the Dragon Boat, Mid-Autumn and
        # Lantern festivals, Peking opera, a poetry evening, a one-word photo exhibition), and a dance
        # contest at a university whose name reads as humanities and research
        # (r44h-kk-mid-autumn-neg, a friendship evening, "достық кеші", at a pedagogical university, is
        # right since round 61: a friendship evening is a `reception`, reception_guests_not_subject)
        "r44h-en-dragon-boat-neg", "r44h-en-poetry-evening-neg",
        "r44h-ru-peking-opera-neg", "r44h-uzc-photo-show-neg", "r44h-zh-lantern-fair-neg",
        "r44h-tk-dance-contest-neg",
        # aid whose gift is a mobile laboratory or clinic (read as a lab)
        "r44h-ru-tb-mobile-labs-neg", "r44h-kk-mobile-clinic-neg",
    },
    "headline alone": {
        "r44h-en-poetry-evening-neg", "r44h-ru-peking-opera-neg", "r44h-ru-tb-mobile-labs-neg",
        "r44h-tk-dance-contest-neg", "r44h-uz-shadow-theatre-neg",
        # the one miss, a Kyrgyz headline naming a medical academy and a hospital, China unnamed
        # ("Хуаси ооруканасы"), is right since round 51 (West China Hospital in the gazetteer)
    },
}


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R44_DEV, DEV_WRONG))
def test_round44_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R44_HELD, HELD_WRONG))
def test_round44_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


def test_round44_recorded_errors_are_in_the_sets() -> None:
    dev, held = {p[0] for p in PROBES_R44_DEV}, {p[0] for p in PROBES_R44_HELD}
    for mode in MODES:
        assert DEV_WRONG[mode] <= DEV_WRONG_BEFORE[mode] <= dev
        assert HELD_WRONG[mode] <= held


def test_round44_blind_sets_shape() -> None:
    """Per language and script: the dev set 4 hard negatives and 2 relevant look-alikes, the held-out
    set 3 and 1; every item has a lede of 150–400 characters (a Chinese one of 70–200)."""
    for probes, counts in ((PROBES_R44_DEV, (2, 4)), (PROBES_R44_HELD, (1, 3))):
        assert len(probes) == 9 * sum(counts)
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert (sum(p[3] for p in mine), sum(not p[3] for p in mine)) == counts, lang
            assert all(p[0].endswith("-neg") is not p[3] for p in mine), lang
            low, high = (70, 200) if lang == "zh" else (150, 400)
            assert all(low <= len(p[2]) <= high for p in mine), lang


def test_round44_probes_are_fresh() -> None:
    """No round-44 title or lede (blind sets and family probes) is a labelled text or an earlier
    probe's; none, nor title and lede together, shares half its words (character pairs in Chinese) with
    one; the held-out set shares none with the dev set, the family probes none with either; ids,
    titles and ledes are unique."""
    # rounds 44-47 were written at the same time by writers who could not see each other's sets
    known = labelled_texts() | probe_texts("probes_r44", "probes_r45", "probes_r46", "probes_r47")
    dev = {x for p in PROBES_R44_DEV for x in p[1:3]}
    held = {x for p in PROBES_R44_HELD for x in p[1:3]}
    for probes, more in ((PROBES_R44_DEV, set()), (PROBES_R44_HELD, dev), (PROBES_R44, dev | held)):
        against = known | more
        assert not [p[0] for p in probes if p[1].strip().casefold() in against or p[2].strip().casefold() in against]
        assert not repeats([p[1] for p in probes], against)
        assert not repeats([p[2] for p in probes], against)
        assert not repeats([f"{p[1]} {p[2]}" for p in probes], against)
    everything = [*PROBES_R44_DEV, *PROBES_R44_HELD, *PROBES_R44]
    assert len({p[0] for p in everything}) == len({p[1].casefold() for p in everything}) == len(everything)
    assert len({p[2] for p in everything}) == len(everything)
