"""Round 20 of issue 12: the blind, free-form headline probes (probes_r20.PROBES_R20, written before
the rules were run on them) decided as the round-20 rules decide them, their four known misses
recorded; the families read off them (another partner named in a Central Asian language, the US
dollar as a currency, the Chinese Academy of Sciences' acronym beside research, BeiDou, Tajik
spellings of Confucius, the Karakum desert, Turkmen teaching, "with the help of Chinese
specialists") read both ways; the family probes; and the probes kept fresh: none is a labelled
item's title (classifiers/eval and the shared labelled_dev) or an earlier probe."""

from __future__ import annotations

import json

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
from .probes_r15 import PROBES_R15
from .probes_r16 import PROBES_R16
from .probes_r17 import PROBES_R17
from .probes_r18 import PROBES_R18
from .probes_r19 import PROBES_R19, PROBES_R19_ABBR
from .probes_r20 import PROBES_R20, PROBES_R20_FAMILIES
from .tables import EVAL, assert_decision, assert_new_probes, assert_reading, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # another partner by its name in each language (with its endings)
    ("uz-misr-is-another-partner", "Xitoy va Misr", "other_partner", True),
    ("uz-misrda-is-another-partner", "Misrda", "other_partner", True),
    ("uz-misra-verse-is-not", "she'rning birinchi misrasi", "other_partner", False),
    ("uzc-braziliya-is-another-partner", "Хитой ва Бразилия", "other_partner", True),
    ("uzc-misr-is-another-partner", "Мисрда", "other_partner", True),
    ("kk-mysyr-is-another-partner", "Мысырмен", "other_partner", True),
    ("kk-indonesia-is-another-partner", "Индонезияның", "other_partner", True),
    ("ky-egypt-is-another-partner", "Египеттин", "other_partner", True),
    ("ky-russia-is-another-partner", "Россия менен", "other_partner", True),
    ("tg-misr-is-another-partner", "Миср", "other_partner", True),
    ("tg-africa-is-another-partner", "Африқо", "other_partner", True),
    ("tk-musur-is-another-partner", "Müsür bilen", "other_partner", True),
    ("tk-braziliya-is-another-partner", "Braziliýanyň", "other_partner", True),
    ("en-brazil-is-another-partner", "Brazil", "other_partner", True),
    ("en-peru-is-another-partner", "Peru", "other_partner", True),
    ("en-peruse-is-not", "peruse the archive", "other_partner", False),
    ("ru-egypt-is-another-partner", "Египта", "other_partner", True),
    ("ru-qatar-is-another-partner", "Катара", "other_partner", True),
    ("ru-cataract-is-not", "катаракта", "other_partner", False),
    ("zh-brazil-is-another-partner", "巴西", "other_partner", True),
    ("kk-usa-is-another-partner", "АҚШ", "other_partner", True),
    # the US dollar is a currency
    ("uzc-usd-is-not-the-usa", "800 АҚШ долларигача стипендия", "other_partner", False),
    ("uz-usd-is-not-the-usa", "3000 AQSH dollari", "other_partner", False),
    ("kk-usd-is-not-the-usa", "5000 АҚШ доллары", "other_partner", False),
    ("ky-usd-is-not-the-usa", "2000 АКШ доллары", "other_partner", False),
    ("tk-usd-is-not-the-usa", "2000 ABŞ dollary", "other_partner", False),
    # the Chinese Academy of Sciences by its acronym beside research, never as the sport court
    ("en-academy-and-cas-is-china", "Kyrgyz National Academy and CAS", "china", True),
    ("en-cas-researchers-is-china", "CAS researchers", "china", True),
    ("en-cas-alone-is-not-china", "CAS upholds ban", "china", False),
    ("en-cas-appeal-is-not-china", "appeals to CAS over doping", "china", False),
    ("ru-kan-is-china", "Академия наук Таджикистана и КАН", "china", True),
    ("ru-kan-surname-is-not-china", "Виктор Кан", "china", False),
    # BeiDou
    ("en-beidou-is-china", "BeiDou navigation", "china", True),
    ("ru-beidou-is-china", "система «Бэйдоу»", "china", True),
    ("zh-beidou-system-is-china", "北斗系统落地", "china", True),
    ("zh-big-dipper-is-not-china", "北斗七星", "china", False),
    # Tajik spellings of Confucius
    ("tg-konfusiy-is-china", "Институти Конфусий", "china", True),
    ("tg-konfutsiy-is-language", "Институти Конфуций", "language_culture", True),
    # the Karakum desert
    ("tk-garagumda-is-turkmenistan", "Garagumda", "tm", True),
    ("en-karakum-is-turkmenistan", "Karakum", "tm", True),
    ("ru-karakumakh-is-turkmenistan", "в Каракумах", "tm", True),
    # Turkmen teaching
    ("tk-okadyar-is-education", "inženerlerini okadýar", "education_policy", True),
    ("tk-okatmaga-is-education", "okatmaga taýýar", "education_policy", True),
    ("tk-okady-read-is-not", "hat okady", "education_policy", False),
    # with the help of Chinese specialists
    ("uz-help-is-cooperation", "Xitoylik olimlar ko'magida", "cooperation", True),
    ("uzc-help-is-cooperation", "Хитойлик мутахассислар кўмагида", "cooperation", True),
    ("kk-help-is-cooperation", "Қытайлық ғалымдардың көмегімен", "cooperation", True),
    ("ky-help-is-cooperation", "Кытайлык адистердин жардамы менен", "cooperation", True),
    ("tg-help-is-cooperation", "бо кӯмаки мутахассисони чинӣ", "cooperation", True),
    ("tk-help-is-cooperation", "hytaýly hünärmenleriň kömegi bilen", "cooperation", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round20_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# The blind set's misses, left with the round-20 rules (docs/classifier.md, "Round 20 of issue 12"):
# a comma-list of two academies (keys hold no comma), Huawei's training read as the company's
# industry (twice), and Chinese scientists in the Tian Shan, which is China's as well as Kyrgyzstan's.
# Round 24 caught r20-en-huawei-ict ("ICT specialists" is training for a technology: test_round24.py).
# Round 64 catches r20-en-pamir-glaciers ("Tajik academy, CAS ..."): the bare CAS names China beside a
# Central Asian side (docs/classifier.md, "Round 64 of issue 12").
KNOWN_MISSES = {"r20-uz-tuit-huawei-ai", "r20-ky-tianshan-glaciers"}


@rows(("headline", "relevant"), [p for p in PROBES_R20 if p[0] not in KNOWN_MISSES])
def test_round20_blind_probes(clf: Classifier, headline: str, relevant: bool) -> None:
    assert_decision(clf, headline, relevant)


@rows(("headline", "relevant"), [p for p in PROBES_R20 if p[0] in KNOWN_MISSES])
def test_round20_known_misses_stay(clf: Classifier, headline: str, relevant: bool) -> None:
    """Recorded as they are, so a later change that catches them shows here (and in the docs)."""
    assert relevant
    assert_decision(clf, headline, False)


@rows(("headline", "relevant"), PROBES_R20_FAMILIES)
def test_round20_family_probes(clf: Classifier, headline: str, relevant: bool) -> None:
    assert_decision(clf, headline, relevant)


def test_round20_blind_set_shape() -> None:
    """14 relevant and 10 hard negatives in each of the nine languages and scripts."""
    for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
        mine = [p for p in PROBES_R20 if p[0].split("-")[1] == lang]
        assert (sum(p[2] for p in mine), sum(not p[2] for p in mine)) == (14, 10), lang


EARLIER_PROBES = [*GRID_R9, *HEADLINES, *PROBES, *PROBES_AFTER, *PROBES_R6, *PROBES_R7, *PROBES_R8,
                  *PROBES_R10, *PROBES_R11, *PROBES_R12, *PROBES_R13, *PROBES_R14, *PROBES_R15,
                  *PROBES_R16, *PROBES_R17, *PROBES_R18, *PROBES_R19, *PROBES_R19_ABBR]


def test_round20_probes_are_fresh() -> None:
    """No round-20 probe is a labelled item's title (every set and the shared labelled_dev) or an
    earlier probe's headline, and no two share an id or a headline."""
    mine = [*PROBES_R20, *PROBES_R20_FAMILIES]
    assert_new_probes(mine)
    shared = EVAL.parents[2] / "shared" / "eval" / "labelled_dev.jsonl"
    titles = {(json.loads(line)["title"] or "").strip().casefold()
              for line in (shared.read_text(encoding="utf-8").splitlines() if shared.exists() else []) if line.strip()}
    titles |= {p[1].strip().casefold() for p in EARLIER_PROBES}
    assert not [p[0] for p in mine if p[1].strip().casefold() in titles]
    assert len({p[1].strip().casefold() for p in mine}) == len(mine)
