"""Round 14 of issue 12: each new term read both ways (a relevant headline and its hard
negative, or the term against its plain neighbour), the round-14 headline probes, and the fresh
holdout (holdout12) kept honest: its items are real, unique and labelled as the other sets,
and none repeats an earlier set's url or title or a probe."""

from __future__ import annotations

from classifiers import Classifier

from .grid_r9 import GRID_R9
from .headlines import HEADLINES
from .probes_r5 import PROBES, PROBES_AFTER
from .probes_r6 import PROBES_R6
from .probes_r7 import PROBES_R7
from .probes_r8 import PROBES_R8
from .probes_r10 import PROBES_R10
from .probes_r11 import PROBES_R11
from .probes_r12 import PROBES_R12
from .probes_r13 import PROBES_R13
from .probes_r14 import PROBES_R14
from .tables import assert_decision, assert_fresh_holdout, assert_new_probes, assert_reading, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # space, as Uzbek, Kazakh, Turkmen and English headlines write it
    ("uz-koinot-is-technology", "koinotni o'rganish", "technology", True),
    ("uzc-koinot-is-technology", "коинотга учиради", "technology", True),
    ("uzc-satellite-is-technology", "сунъий йўлдош", "technology", True),
    ("uz-fazo-dasturi-is-technology", "fazo dasturida", "technology", True),
    ("uzc-fazo-dasturi-is-technology", "фазо дастурига", "technology", True),
    ("uz-fazo-research-stays-research", "fazo tadqiqotlari", "research", True),
    ("kk-satellite-is-technology", "жер серігін", "technology", True),
    ("kk-satellites-is-technology", "жер серіктері", "technology", True),
    ("tk-satellite-is-technology", "emeli hemrasy", "technology", True),
    ("en-space-partners-is-technology", "space partners", "technology", True),
    ("en-space-partners-stays-cooperation", "space partnership", "cooperation", True),
    # the bare words are not space: airspace, land, partners
    ("uz-airspace-is-not-technology", "havo fazosi", "technology", False),
    ("uzc-airspace-is-not-technology", "ҳаво фазоси", "technology", False),
    ("kk-land-is-not-technology", "жер телімі", "technology", False),
    ("en-partners-is-not-technology", "trade partners", "technology", False),
    # AI as the subject of cooperation or of a body; the words swallowed keep their concept
    ("en-cooperate-on-ai-is-technology", "cooperate on AI", "technology", True),
    ("en-cooperate-on-ai-stays-cooperation", "cooperate on AI", "cooperation", True),
    ("en-memorandum-on-ai-stays-agreement", "memorandum on AI", "agreement", True),
    ("en-working-group-on-ai-is-technology", "working group on AI", "technology", True),
    ("en-ai-cooperation-stays-cooperation", "AI cooperation", "cooperation", True),
    ("en-ai-development-center-is-technology", "AI Development Center", "technology", True),
    ("en-ai-research-centre-stays-joint-lab", "AI research centre", "joint_lab", True),
]

# (id, headline, expected decision)
DECISIONS = [
    ("kk-satellite-uz", "Қытай мен Өзбекстан жер серігін бірге жасайды", True),
    ("en-ai-memorandum-kg", "Kyrgyzstan and China sign memorandum on AI", True),
    ("uz-airspace-neg", "Qozog'iston havo fazosi Xitoy reyslari uchun yopildi", False),
    ("en-ai-chips-duties-neg", "Kazakhstan lifts duties on AI chips from China", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round14_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


@rows(("title", "expected"), DECISIONS)
def test_round14_decisions(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


@rows(("headline", "relevant"), PROBES_R14)
def test_round14_probes(clf: Classifier, headline: str, relevant: bool) -> None:
    assert_decision(clf, headline, relevant)


def test_round14_probes_and_decisions_are_not_items_of_the_labelled_sets() -> None:
    assert_new_probes(PROBES_R14)
    assert_new_probes(DECISIONS)


EARLIER_PROBES = [*GRID_R9, *HEADLINES, *PROBES, *PROBES_AFTER, *PROBES_R6, *PROBES_R7, *PROBES_R8,
                  *PROBES_R10, *PROBES_R11, *PROBES_R12, *PROBES_R13]


def test_holdout12_is_real_unique_and_labelled() -> None:
    """holdout12 (round 14) kept honest, against every earlier probe too (tables.assert_fresh_holdout)."""
    assert_fresh_holdout("holdout12.jsonl", 30, EARLIER_PROBES)
