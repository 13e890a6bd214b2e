"""Round 40 of issue 12: the eleventh blind headline set (probes_r40.PROBES_R40: terse headlines in all
nine languages and scripts, 12 relevant and 4 hard negatives each, on subjects earlier sets did not
cover — written and committed before the rules were run on them), decided as the round-40 rules decide
them with the headline alone; the families read off its misses and false positives (observatories and
telescopes; kindergartens; cybersecurity; training specialists named by a demonym; to teach in the
Turkic languages; libraries, manuscripts and digitising; a centre or study of power plants; with
Chinese colleagues; chess players as sport; art and photo exhibitions as culture events) read both
ways; the family probes; and the probes kept fresh: none is a labelled item's text or an earlier
probe, nor shares half its words with one."""

from __future__ import annotations

from classifiers import Classifier

from .probes_r30 import PROBES_R30
from .probes_r34 import PROBES_R34
from .probes_r38 import PROBES_R38, PROBES_R38_FAMILIES
from .probes_r40 import PROBES_R40, PROBES_R40_FAMILIES
from .tables import assert_decision, assert_reading, decide, labelled_texts, repeats, rows
from .test_round38 import EARLIER_PROBES as PROBES_BEFORE_R38

EARLIER_PROBES = [*PROBES_BEFORE_R38, *PROBES_R38, *PROBES_R38_FAMILIES]

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # observatories, telescopes and astronomers are research; election observers are not
    ("en-observatory-is-research", "observatory", "research", True),
    ("en-telescope-is-research", "telescope", "research", True),
    ("ru-telescope-is-research", "телескопом", "research", True),
    ("ru-observatory-is-research", "обсерватории", "research", True),
    ("zh-observatory-is-research", "天文台", "research", True),
    ("zh-telescope-is-research", "望远镜", "research", True),
    ("kk-observatory-is-research", "обсерваториясында", "research", True),
    ("ky-observatory-is-research", "обсерваториясы", "research", True),
    ("uz-observatory-is-research", "observatoriyasi", "research", True),
    ("uzc-telescope-is-research", "телескопи", "research", True),
    ("tg-observatory-is-research", "расадхонаи", "research", True),
    ("tk-telescope-is-research", "teleskopy", "research", True),
    ("en-observers-is-not-research", "election observers", "research", False),
    # kindergartens are education; a garden is not
    ("en-kindergarten-is-education", "kindergarten", "education_policy", True),
    ("ru-kindergarten-is-education", "детского сада", "education_policy", True),
    ("zh-kindergarten-is-education", "幼儿园", "education_policy", True),
    ("kk-kindergarten-is-education", "балабақшасы", "education_policy", True),
    ("ky-kindergarten-is-education", "бала бакчасы", "education_policy", True),
    ("uz-kindergarten-is-education", "bolalar bog'chasi", "education_policy", True),
    ("uzc-kindergarten-is-education", "болалар боғчаси", "education_policy", True),
    ("tg-kindergarten-is-education", "кӯдакистони", "education_policy", True),
    ("tk-kindergarten-is-education", "çagalar bagy", "education_policy", True),
    ("ru-garden-is-not-education", "ботанический сад", "education_policy", False),
    ("uz-garden-is-not-education", "olma bog'i", "education_policy", False),
    # cybersecurity is technology; security alone is not
    ("en-cybersecurity-is-technology", "cybersecurity", "technology", True),
    ("en-cyber-security-is-technology", "cyber security", "technology", True),
    ("ru-cybersecurity-is-technology", "кибербезопасности", "technology", True),
    ("zh-cybersecurity-is-technology", "网络安全", "technology", True),
    ("kk-cybersecurity-is-technology", "киберқауіпсіздік", "technology", True),
    ("ky-cybersecurity-is-technology", "киберкоопсуздук", "technology", True),
    ("uz-cybersecurity-is-technology", "kiberxavfsizlik", "technology", True),
    ("uzc-cybersecurity-is-technology", "киберхавфсизлик", "technology", True),
    ("tg-cybersecurity-is-technology", "амнияти киберӣ", "technology", True),
    ("tk-cybersecurity-is-technology", "kiberhowpsuzlyk", "technology", True),
    ("ru-security-is-not-technology", "безопасности", "technology", False),
    # training specialists named by a demonym: training, and the demonym still names the side
    ("ru-train-turkmen-specialists-is-education", "обучили туркменских специалистов", "education_policy", True),
    ("ru-train-turkmen-specialists-names-tm", "обучили туркменских специалистов", "tm", True),
    ("ru-train-tajik-specialists-names-tj", "подготовят таджикских специалистов", "tj", True),
    ("ru-specialists-alone-is-not-education", "туркменских специалистов", "education_policy", False),
    # to teach in kk, ky, uz, tk; to learn is not
    ("kk-teach-is-education", "үйретеді", "education_policy", True),
    ("ky-teach-is-education", "үйрөтөт", "education_policy", True),
    ("uz-teach-is-education", "o'rgatadi", "education_policy", True),
    ("uzc-teach-is-education", "ўргатди", "education_policy", True),
    ("tk-teach-is-education", "öwredýär", "education_policy", True),
    ("tk-taught-is-education", "öwretdiler", "education_policy", True),
    ("uz-learn-is-not-education", "o'rganishdi", "education_policy", False),
    ("kk-learned-is-not-education", "үйренді", "education_policy", False),
    # libraries and manuscripts are heritage; digitising is technology; a book alone is neither
    ("en-library-is-heritage", "library", "heritage", True),
    ("ru-library-is-heritage", "библиотеки", "heritage", True),
    ("zh-library-is-heritage", "图书馆", "heritage", True),
    ("kk-library-is-heritage", "кітапханасы", "heritage", True),
    ("ky-library-is-heritage", "китепканасы", "heritage", True),
    ("uz-library-is-heritage", "kutubxonasi", "heritage", True),
    ("uzc-librarians-is-heritage", "кутубхоначилари", "heritage", True),
    ("tg-library-is-heritage", "китобхонаи", "heritage", True),
    ("tk-library-is-heritage", "kitaphanasy", "heritage", True),
    ("kk-manuscripts-is-heritage", "қолжазбаларды", "heritage", True),
    ("ky-manuscripts-is-heritage", "кол жазмалары", "heritage", True),
    ("uz-manuscripts-is-heritage", "qo'lyozmalar", "heritage", True),
    ("uzc-manuscripts-is-heritage", "қўлёзмалари", "heritage", True),
    ("tg-manuscripts-is-heritage", "дастнависҳо", "heritage", True),
    ("tk-manuscripts-is-heritage", "golýazmalary", "heritage", True),
    ("tk-book-is-not-heritage", "kitap", "heritage", False),
    ("ru-digitise-is-technology", "оцифровать", "technology", True),
    ("kk-digitise-is-technology", "цифрландырады", "technology", True),
    ("tk-digitise-is-technology", "sanlaşdyrmak", "technology", True),
    # a centre or study of power plants is research, and the energy word is swallowed; building one is energy
    ("en-hydropower-research-is-research", "hydropower research centre", "research", True),
    ("ru-hydropower-study-is-research", "центр изучения гидроэнергетики", "research", True),
    ("ru-hydropower-study-is-not-energy", "центр изучения гидроэнергетики", "energy", False),
    ("kk-power-plant-study-is-research", "су электр станцияларын зерттейтін", "research", True),
    ("kk-power-plant-study-is-not-energy", "су электр станцияларын зерттейтін", "energy", False),
    ("ky-power-plant-study-is-research", "суу электр станцияларын изилдөө", "research", True),
    ("uzc-power-plant-science-is-research", "сув электр станциялари бўйича илмий", "research", True),
    ("tk-power-plant-study-is-research", "elektrik stansiýalaryny öwrenýär", "research", True),
    ("kk-power-plant-built-is-energy", "су электр станциясын салады", "energy", True),
    ("kk-power-plant-built-is-not-research", "су электр станциясын салады", "research", False),
    # with Chinese colleagues is joint work and names China; with colleagues alone is not
    ("en-chinese-colleagues-is-cooperation", "with Chinese colleagues", "cooperation", True),
    ("ru-chinese-colleagues-is-cooperation", "с китайскими коллегами", "cooperation", True),
    ("ru-chinese-colleagues-names-china", "с китайскими коллегами", "china", True),
    ("kk-chinese-colleagues-is-cooperation", "қытайлық әріптестерімен", "cooperation", True),
    ("ky-chinese-colleagues-is-cooperation", "кытайлык кесиптештери менен", "cooperation", True),
    ("uz-chinese-colleagues-is-cooperation", "xitoylik hamkasblari bilan", "cooperation", True),
    ("uzc-chinese-colleagues-is-cooperation", "хитойлик ҳамкасблари билан", "cooperation", True),
    ("tg-chinese-colleagues-is-cooperation", "бо ҳамкасбони чинӣ", "cooperation", True),
    ("tg-chinese-colleagues-names-china", "бо ҳамкасбони чинӣ", "china", True),
    ("tk-chinese-colleagues-is-cooperation", "hytaýly kärdeşleri bilen", "cooperation", True),
    ("ru-colleagues-alone-is-not-cooperation", "с коллегами", "cooperation", False),
    # chess players are sport; a chessboard pattern is not
    ("en-chess-players-is-sport", "chess players", "sport", True),
    ("ru-chess-players-is-sport", "шахматисты", "sport", True),
    ("zh-chess-players-is-sport", "棋手", "sport", True),
    ("kk-chess-players-is-sport", "шахматшылар", "sport", True),
    ("ky-chess-players-is-sport", "шахматчылар", "sport", True),
    ("uz-chess-players-is-sport", "shaxmatchilar", "sport", True),
    ("uzc-chess-players-is-sport", "шахматчилар", "sport", True),
    ("tg-chess-players-is-sport", "шоҳмотбозон", "sport", True),
    ("tk-chess-players-is-sport", "küştçiler", "sport", True),
    ("en-chessboard-is-not-sport", "chessboard", "sport", False),
    # exhibitions of art, relics and photographs are culture events; a science exhibition is not
    ("en-art-exhibition-is-culture", "art exhibition", "culture_event", True),
    ("ru-photo-exhibition-is-culture", "фотовыставка", "culture_event", True),
    ("ru-painting-exhibition-is-culture", "выставка картин", "culture_event", True),
    # round 55: a relics exhibition is heritage, no more a culture event (test_round55.READINGS)
    ("zh-relics-exhibition-is-no-culture-since-r55", "文物展", "culture_event", False),
    ("zh-painting-exhibition-is-culture", "书画展", "culture_event", True),
    ("kk-photo-exhibition-is-culture", "сурет көрмесі", "culture_event", True),
    ("ky-photo-exhibition-is-culture", "сүрөт көргөзмөсү", "culture_event", True),
    ("uz-painters-exhibition-is-culture", "rassomlar ko'rgazmasi", "culture_event", True),
    ("uzc-painters-exhibition-is-culture", "рассомларнинг кўргазмаси", "culture_event", True),
    ("tg-photo-exhibition-is-culture", "намоишгоҳи аксҳо", "culture_event", True),
    ("tk-photo-exhibition-is-culture", "surat sergisi", "culture_event", True),
    ("zh-science-exhibition-is-not-culture", "科技成果展", "culture_event", False),
    ("ru-technology-exhibition-is-not-culture", "выставка технологий", "culture_event", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round40_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# The blind set's misses and false positives with the rules of main (2026.12.51), headline alone, no
# url, for the record: recall 95/108, 2 false positives in 36 negatives (docs/classifier.md, "Round 40
# figures").
MISSED_BEFORE = {
    "r40-en-hydropower-centre", "r40-en-astana-telescope", "r40-ru-cybersecurity", "r40-kk-hydropower-centre",
    "r40-ky-hydropower-centre", "r40-uz-tatu-cyber", "r40-uz-farmers-drones", "r40-uz-librarians",
    "r40-uzc-kindergarten", "r40-uzc-hydropower-centre", "r40-tg-nuclear-physics", "r40-tk-tdu-peking-paper",
    "r40-tk-library-digitising",
}
FALSE_BEFORE = {"r40-ru-chess-olympiad-neg", "r40-zh-museum-exhibition-neg"}
# Left missed (docs/classifier.md, "Round 40 figures"): an English headline whose only subject is a
# verb ("engineers model … hydropower cascade": energy outweighs it), and two three-letter acronyms
# that count only beside their country named (TATU, TDU), which the text's language does not supply.
STILL_MISSED = {"r40-en-hydropower-centre", "r40-uz-tatu-cyber", "r40-tk-tdu-peking-paper"}
# Round 55 (docs/classifier.md, "Round 55 of issue 12"): an exhibition of relics or archaeological finds is
# heritage, as the real labelled items read it (dv-0241 中烏聯合考古成果展, h23-010, h26-007, all relevant), so
# two museums' joint Silk Road relics exhibition is now decided relevant against this probe's label (written
# blind in round 40, before any real item of the family was labelled). Pinned as a disagreement, not relabelled.
NOW_RELEVANT_R55 = {"r40-zh-museum-exhibition-neg"}


@rows(("pid", "headline", "relevant"), [(p[0], *p) for p in PROBES_R40])
def test_round40_blind_headline_alone(clf: Classifier, pid: str, headline: str, relevant: bool) -> None:
    """Each headline decided as measured after the change: right unless a recorded miss."""
    expected = (relevant and pid not in STILL_MISSED) or pid in NOW_RELEVANT_R55
    assert decide(clf, "headline alone", {"title": headline}) is expected


def test_round40_recorded_misses_are_labelled() -> None:
    labels = {p[0]: p[2] for p in PROBES_R40}
    assert all(labels[m] for m in MISSED_BEFORE) and STILL_MISSED <= MISSED_BEFORE
    assert not any(labels[f] for f in FALSE_BEFORE)


@rows(("pid", "headline", "relevant"), [(p[0], *p) for p in PROBES_R40_FAMILIES])
def test_round40_family_probes(clf: Classifier, pid: str, headline: str, relevant: bool) -> None:
    assert_decision(clf, headline, relevant)


def test_round40_blind_set_shape() -> None:
    """12 relevant and 4 hard negatives in each of the nine languages and scripts, each headline terse:
    3-12 words (a Chinese one 6-20 characters)."""
    for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
        mine = [p for p in PROBES_R40 if p[0].split("-")[1] == lang]
        assert (sum(p[2] for p in mine), sum(not p[2] for p in mine)) == (12, 4), lang
        assert all(p[0].endswith("-neg") is not p[2] for p in mine), lang
        low, high = (6, 20) if lang == "zh" else (3, 12)
        assert all(low <= (len(p[1]) if lang == "zh" else len(p[1].split())) <= high for p in mine), lang
    assert len(PROBES_R40) == 144


def test_round40_probes_are_fresh() -> None:
    """No round-40 headline is a labelled item's title or summary (every set and the shared
    labelled_dev) or an earlier probe's text (round 30's and 34's titles and ledes, the blind sets and
    family probes of rounds 31-38 among them); none shares half its words (character pairs in
    Chinese) with one, or with another round-40 headline; and no two share an id or a headline."""
    known = labelled_texts() | {p[1].strip().casefold() for p in EARLIER_PROBES}
    known |= {text.strip().casefold() for p in (*PROBES_R30, *PROBES_R34) for text in (p[1], p[2]) if text}
    mine = [*PROBES_R40, *PROBES_R40_FAMILIES]
    assert not repeats([p[1] for p in mine], known)
    among = [(p[0], q[0]) for i, p in enumerate(mine) for q in mine[i + 1:] if repeats([p[1]], [q[1]])]
    assert not among
    assert len({p[0] for p in mine}) == len(mine) and len({p[1].casefold() for p in mine}) == len(mine)
