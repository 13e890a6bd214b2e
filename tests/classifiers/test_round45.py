"""Round 45 of issue 12: three precision families round 43 left, fixed in every language and read both
ways (docs/classifier.md, "Round 45 of issue 12"): (1) China's own science under a Central Asian
dateline or agency credit (`dateline`, read by china_own_science_with_a_dateline); (2) another
partner's institutions, cities and programmes as `other_partner`, and China's science with Africa or
ASEAN naming the region and a country in passing; (3) a summit's or ministers' document listing many
fields (`summit_document`, the veto summit_lists_many_fields). Two blind sets: PROBES_R45_DEV (measured
once before any rule was written, the honest figure before; the fixes were read off it) and
PROBES_R45_HELD (measured once after the fixes, never fixed from); both pinned as decided. Family probes
(PROBES_R45) were written after."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r45 import PROBES_R45
from .probes_r45_dev import PROBES_R45_DEV
from .probes_r45_held import PROBES_R45_HELD
from .tables import IN_BOTH_MODES, assert_reading, decide, in_both_modes, labelled_texts, probe_texts, repeats, rows

LANGS = ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk")

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # a dateline or an agency's credit names where a story was filed; a city in the prose does not
    ("en-headline-city-is-dateline", "ALMATY: Chinese team reports", "dateline", True),
    ("en-headline-city-is-still-the-side", "ALMATY: Chinese team reports", "kz", True),
    ("en-wire-dateline", "ALMATY, Kazakhstan (Reuters) - Chinese scientists said", "dateline", True),
    ("en-xinhua-date-dateline", "TASHKENT, Dec. 3 (Xinhua) -- researchers said", "dateline", True),
    ("en-city-in-prose-is-not", "a conference held in Almaty on Tuesday", "dateline", False),
    ("ru-kabar-dateline", "Бишкек. Кабар – Китайские учёные", "dateline", True),
    ("ru-sputnik-dateline", "ДУШАНБЕ, 5 дек – Sputnik. Китайские физики", "dateline", True),
    ("ru-city-in-prose-is-not", "в Бишкеке открылся центр", "dateline", False),
    ("zh-xinhua-dateline", "新华社塔什干电 中国科学院研究团队", "dateline", True),
    ("zh-almaty-power-is-not", "阿拉木图电力公司", "dateline", False),
    ("zh-city-in-prose-is-not", "在比什凯克举行", "dateline", False),
    ("kk-xinhua-correspondent", "Синьхуа агенттігінің Қазақстандағы тілшісі хабарлағандай", "dateline", True),
    ("kk-city-in-prose-is-not", "Алматыда өтті", "dateline", False),
    ("ky-xinhua-correspondent", "Синьхуа агенттигинин Кыргызстандагы кабарчысы билдиргендей", "dateline", True),
    ("ky-kabar-dateline", "Ош. Кабар – Кытайдын окумуштуулары", "dateline", True),
    ("ky-city-in-prose-is-not", "Бишкекте өттү", "dateline", False),
    ("uz-dunyo-dateline", "Toshkent, Dunyo axborot agentligi. Xitoy", "dateline", True),
    ("uz-uza-correspondent", "Samarqand, UzA muxbiri. Xitoy", "dateline", True),
    ("uz-city-in-prose-is-not", "Toshkentda bo'lib o'tdi", "dateline", False),
    ("uzc-dunyo-dateline", "Тошкент, «Дунё» АА. Хитой", "dateline", True),
    ("uzc-city-in-prose-is-not", "Тошкентда ўтди", "dateline", False),
    ("tg-xinhua-correspondent", "хабар медиҳад хабарнигори Синхуа дар Тоҷикистон", "dateline", True),
    ("tg-headline-city", "Душанбе: олимони Чин", "dateline", True),
    ("tg-city-in-prose-is-not", "дар Душанбе баргузор шуд", "dateline", False),
    ("tk-tdh-dateline", "Aşgabat, TDH. Hytaýyň alymlary", "dateline", True),
    ("tk-city-in-prose-is-not", "Aşgabatda geçirildi", "dateline", False),
    # another partner's institutions, cities and programmes; the Russian language is not a partner
    ("en-fraunhofer-is-partner", "at Fraunhofer institutes", "other_partner", True),
    ("en-erasmus-is-partner", "Erasmus+ grants for students", "other_partner", True),
    ("en-st-petersburg-is-partner", "St Petersburg Polytechnic University", "other_partner", True),
    ("en-egemen-is-not", "Egemen Qazaqstan reported", "other_partner", False),
    ("ru-msu-is-partner", "филиал МГУ в Ташкенте", "other_partner", True),
    ("ru-spb-is-partner", "Санкт-Петербургский горный университет", "other_partner", True),
    ("zh-moscow-is-partner", "莫斯科国立大学", "other_partner", True),
    ("zh-seoul-is-partner", "首尔大学", "other_partner", True),
    ("kk-moscow-is-partner", "Мәскеу мемлекеттік университеті", "other_partner", True),
    ("kk-russian-scientists-is-partner", "орыс ғалымдары", "other_partner", True),
    ("kk-russian-language-is-not", "орыс тілі", "other_partner", False),
    ("ky-spb-is-partner", "Санкт-Петербург политехникалык университети", "other_partner", True),
    ("ky-russian-physicists-is-partner", "Кыргыз жана орус физиктери", "other_partner", True),
    ("ky-russian-language-is-not", "орус тилин окутат", "other_partner", False),
    ("uz-ege-is-partner", "Ege universiteti bilan", "other_partner", True),
    ("uz-tokyo-is-partner", "Tokio universiteti arxeologlari", "other_partner", True),
    ("uzc-seoul-is-partner", "Сеул миллий университети", "other_partner", True),
    ("tg-moscow-is-partner", "Донишгоҳи давлатии Маскав", "other_partner", True),
    ("tg-russian-scientists-is-partner", "олимони рус", "other_partner", True),
    ("tk-spb-is-partner", "Sankt-Peterburg döwlet uniwersiteti", "other_partner", True),
    ("tk-tokyo-is-partner", "Tokio uniwersiteti bilen", "other_partner", True),
    # a summit's document or meeting; a joint declaration names one, an agreement alone does not
    ("en-communique-is-summit-document", "agreed a communique on trade", "summit_document", True),
    ("en-agreement-is-not", "signed an agreement on a joint lab", "summit_document", False),
    ("ru-declaration-is-summit-document", "подписали декларацию", "summit_document", True),
    ("zh-communique-is-summit-document", "发表新闻公报", "summit_document", True),
    ("kk-communique-is-summit-document", "коммюникеге қол қойды", "summit_document", True),
    ("ky-heads-of-government", "өкмөт башчылары", "summit_document", True),
    ("uz-joint-statement", "qo'shma bayonot qabul qildi", "summit_document", True),
    ("uzc-declaration", "декларацияни қабул қилди", "summit_document", True),
    ("tg-declaration", "эъломияе қабул карданд", "summit_document", True),
    ("tg-memorandum-is-not", "ёддошти тафоҳум имзо карданд", "summit_document", False),
    ("tk-declaration", "jarnama gol çekdiler", "summit_document", True),
    ("tk-summit-is-politics", "sammitiniň çäginde", "politics", True),
    # Tajik алоқа is also communication: quantum or mobile communication is technology, not relations
    ("tg-quantum-communication-is-technology", "моҳвораи алоқаи квантӣ", "technology", True),
    ("tg-quantum-communication-is-not-cooperation", "моҳвораи алоқаи квантӣ", "cooperation", False),
    ("tg-relations-is-cooperation", "алоқаҳои илмӣ", "cooperation", True),
    # a joint centre named by its field between (Uzbek)
    ("uzc-joint-agro-centre-is-joint-lab", "қўшма агротехнология маркази", "joint_lab", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round45_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# The dev set's wrong decisions with this round's rules (its honest "before", 21 let in with title and
# summary, is in docs/classifier.md, "Round 45 figures"): the Tajik train test, whose lede names the
# Chinese university that built it (a university blocks the dateline veto).
DEV_WRONG = {
    "title and summary": {"r45d-tg-khujand-train-dateline-neg"},
    "headline alone": set(),
}

# The held-out set's wrong decisions, measured once after the fixes with the rules 2026.12.60, no url
# (the honest "after", docs/classifier.md "Round 45 figures"); not fixed from.
HELD_WRONG = {
    "title and summary": {
        # a dateline over China's own science whose lede names the Chinese university or "study"
        # (university, education_policy): the dateline veto's guard keeps it
        "r45h-en-wheat-genome-xinhua-neg", "r45h-uz-samarkand-robot-dateline-neg",
        "r45h-tg-solar-telescope-dateline-neg", "r45h-tk-hydrogen-dateline-neg",
        # heads of government listing customs, railways, finance, "food security" (read as farming):
        # fewer than four hard-negative subjects
        "r45h-en-heads-of-government-neg", "r45h-zh-sco-premiers-neg",
    },
    "headline alone": {
        # missed by main's rules too: no science word the headline alone carries (ky), the joint
        # work only in "xitoylik hamkasblari bilan" and a seed word (uz)
        "r45h-ky-tianshan-glaciers-rel", "r45h-uz-cotton-genome-rel",
    },
}


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R45_DEV, DEV_WRONG))
def test_round45_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R45_HELD, HELD_WRONG))
def test_round45_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R45))
def test_round45_family_probes(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


def test_round45_recorded_errors_are_in_the_sets() -> None:
    for mode in MODES:
        assert DEV_WRONG[mode] <= {p[0] for p in PROBES_R45_DEV}
        assert HELD_WRONG[mode] <= {p[0] for p in PROBES_R45_HELD}


def test_round45_sets_shape() -> None:
    """Dev: 2 relevant look-alikes and 4 negatives in each language; held: 1 and 3; ledes of 150–400
    characters (Chinese 70–200); an id ends in -neg exactly when the item is a negative."""
    for probes, shape in ((PROBES_R45_DEV, (2, 4)), (PROBES_R45_HELD, (1, 3)), (PROBES_R45, None)):
        for lang in LANGS:
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            if shape:
                assert (sum(p[3] for p in mine), sum(not p[3] for p in mine)) == shape, lang
            assert all(p[0].endswith("-neg") is not p[3] for p in mine), lang
            low, high = (70, 200) if lang == "zh" else (150, 400)
            assert all(low <= len(p[2]) <= high for p in mine), lang


def test_round45_probes_are_fresh() -> None:
    """No title or lede of the three round-45 lists is a labelled text or an earlier probe's, none shares
    half its words (character pairs in Chinese) with one, the held-out set's none with the dev set's,
    and ids, titles and ledes are unique."""
    # rounds 44-47 were written at the same time by writers who could not see each other's sets
    known = labelled_texts() | probe_texts("probes_r45", "probes_r44", "probes_r46", "probes_r47")
    everything = [*PROBES_R45_DEV, *PROBES_R45_HELD, *PROBES_R45]
    assert not [p[0] for p in everything if p[1].strip().casefold() in known or p[2].strip().casefold() in known]
    for part in (1, 2):
        assert not repeats([p[part] for p in everything], known)
        assert not repeats([p[part] for p in PROBES_R45_HELD], [p[part] for p in PROBES_R45_DEV])
    assert not repeats([f"{p[1]} {p[2]}" for p in everything], known)
    for i in (0, 1, 2):
        assert len({p[i] for p in everything}) == len(everything)
