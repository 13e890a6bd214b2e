"""Round 16 of issue 12: the fresh holdout (holdout14) kept honest: its items are real,
unique and labelled as the other sets, and none repeats an earlier set's url or title or a
probe."""

from __future__ import annotations

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
from .probes_r15 import PROBES_R15
from .tables import assert_fresh_holdout

EARLIER_PROBES = [*GRID_R9, *HEADLINES, *PROBES, *PROBES_AFTER, *PROBES_R6, *PROBES_R7, *PROBES_R8,
                  *PROBES_R10, *PROBES_R11, *PROBES_R12, *PROBES_R13, *PROBES_R14, *PROBES_R15]


def test_holdout14_is_real_unique_and_labelled() -> None:
    """holdout14 (round 16) kept honest, against every earlier probe too (tables.assert_fresh_holdout)."""
    assert_fresh_holdout("holdout14.jsonl", 25, EARLIER_PROBES)
