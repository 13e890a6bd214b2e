"""Round 83 of issue 12: a fourth blind measurement of terse headlines, no fix (docs/classifier.md, "Round 83 of issue
12"). 144 headlines in the issue's style (probes_r83_blind: 12 relevant and 4 hard negatives in each of nine
languages, on subjects rounds 69, 72 and 80 used little: telemedicine and nursing, veterinary vaccines, forestry,
pastures, fish farming, soil salinity, seed banks, mudflow and avalanche warning, battery labs, coding schools,
aviation cadets, conservatories, sinology and Central Asian studies), written by a helper who never ran the
classifier nor read its code, data, docs or tests and committed before the classifier was run on them, were
measured once with rules 2026.12.99.9.9.1 (rounds 73–79 merged, none of which saw the set): P 1.000 / R 0.722 with
the url, P 1.000 / R 0.704 without it (every lede is None). Its wrong decisions are pinned as measured, so that a
later change that decides one of them differently is noticed."""

from __future__ import annotations

from classifiers import Classifier

from .probes_r83_blind import PROBES_R83_BLIND
from .tables import assert_blind_set_shape, assert_fresh_blind, blind_rows, decide, rows

# Measured once with rules 2026.12.99.9.9.1 (both modes read the same text): with the url 30 relevant headlines
# missed and none of the 36 negatives let in; without it 32 missed.
MEASURED_WRONG_WITH_URL = 30
MEASURED_WRONG_WITHOUT_URL = 32
# Rounds written without this set (their writers never saw it) that decide one of its misses right: their figure on
# the set stays honest.
FIXED_UNREAD: dict[str, str] = {}
# Later rounds that read a miss family off this set move its items here (no longer honest), with the round.
FIXED_LATER: dict[str, str] = {
    "r83b-ru-ospa-ovets-rel": "round 85: the Gvardeisky institute's shortened Russian name (НИИ проблем биобезопасности)",
    "r83b-ru-lesovody-gansu-rel": "round 85: foresters (лесоводы) are research, in every language",
    "r83b-uzc-yaylovlar-rel": "round 85: ўтшунослар (grassland scientists) are research",
    "r83b-ru-medsestry-horog-rel": "round 87: nurses (медсестра, all cases) are medics, and sent away to study (отправят учиться) is study",
    "r83b-ru-teleconsilium-onkologi-rel": "round 87: a teleconsilium is telemedicine, medicine and technology",
    "r83b-tg-hamshiraho-urumchi-rel": "round 87: шафқатпарастон are nurses, and тайёрӣ мебинанд is training undergone",
    "r83b-tk-sepagat-uyalary-rel": "round 87: şepagat uýalary are nurses, and okuw geçýär is training undergone",
    "r83b-tk-telelukmancylyk-rel": "round 87: telelukmançylyk is telemedicine in Turkmen words",
    "r83b-en-rangeland-restoration-rel": "round 89: Naryn after \"help\" (or a preposition) beside China names Central Asia",
    "r83b-en-mudflow-forecasts-rel": "round 89: \"help to forecast\" is a light cooperation cue and environment",
    "r83b-kk-qoi-sheshegi-rel": "round 89: the Gvardeisky biosafety institute's Kazakh names (Гвардейскийдегі биоқауіпсіздік институты)",
    "r83b-ru-semennoi-bank-rel": "round 89: a seed bank as a Russian adjective (семенной банк) is research, not a bank",
    "r83b-tg-sel-tarma-rel": "round 89: \"бо Чин системаи нав\" (a new system with China) is joint work",
    "r83b-tg-shensi-pista-rel": "round 89: Shaanxi as Tajik writes it (Шэнсӣ); forestry specialists (мутахассисони хоҷагии ҷангал) are research",
    "r83b-tk-arca-tokaylary-rel": "round 89: the Köpetdag names Turkmenistan (never beside another partner)",
    "r83b-ru-shkola-programmirovaniya-rel": "round 88: a programming school is training in technology, Huawei's its owner (company_programme)",
    "r83b-zh-tianjin-feixing-xueyuan-rel": "round 88: flight cadets (飞行学员) are training, in every language",
    "r83b-kk-huawei-bagdarlamalau-rel": "round 88: a programming school (бағдарламалау мектебі) is training in technology",
    "r83b-ky-huawei-koddoo-rel": "round 88: a coding academy (коддоо академиясы) is training in technology",
    "r83b-ky-konservatoriya-beejin-rel": "round 88: a conservatory is a university, the Kyrgyz one named by its namesake",
    "r83b-uz-guanxan-kursantlar-rel": "round 88: a flight school (parvoz maktabi) is a university; Guanghan is a Chinese city",
    "r83b-uzc-chirchiq-kodlash-rel": "round 88: coding courses (кодлаш курслари) are training in technology",
    "r83b-tg-konservatoriya-shanhay-rel": "round 88: the Tajik conservatory named by its namesake (Sattorov); a conservatory is a university",
    "r83b-tk-programmirleme-mekdebi-rel": "round 88: coding courses (kodlaşdyrma kurslary) are training in technology",
}
# Missed only without the url, fixed later (the url's side now read from the headline too), with the round.
FIXED_LATER_WITHOUT_URL: dict[str, str] = {
    "r83b-en-sheep-pox-vaccine-rel": "round 85: the Gvardeisky institute named in English by its village",
    "r83b-en-conservatory-swap-rel": "round 88: the Kurmangazy Conservatory names Kazakhstan",
}
MISSED = {
    "r83b-en-urumqi-telemedicine-rel",
    "r83b-zh-xinong-shouyi-rel",
    "r83b-ky-koi-chechegi-rel",
    "r83b-uz-qoramol-vaksina-rel",
    "r83b-uzc-gulistonda-tilapiya-rel",
    "r83b-uzc-tuproqshunoslar-shinjon-rel",
}
MISSED_WITHOUT_URL: set[str] = set()  # the outlet gave the other side (round 88 fixed the one)
LET_IN: set[str] = set()
WRONG_WITH_URL = MISSED | LET_IN
WRONG_WITHOUT_URL = MISSED | MISSED_WITHOUT_URL | LET_IN

ROWS = blind_rows(PROBES_R83_BLIND, WRONG_WITH_URL, WRONG_WITHOUT_URL)


@rows(("mode", "title", "url", "expected"), ROWS)
def test_round83_blind_headlines_decided_as_measured(clf: Classifier, mode: str, title: str, url: str | None,
                                                     expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "url": url}, meta=True) is expected


def test_round83_figures() -> None:
    """The figures the docs quote, from the measured counts: P 1.000 / R 0.722 with the url, 1.000 / 0.704
    without; the items fixed later plus those still pinned are the measured ones."""
    relevant = {p[0] for p in PROBES_R83_BLIND if p[-1]}
    assert len(relevant) == 108 and len(PROBES_R83_BLIND) == 144
    fixed = set(FIXED_LATER) | set(FIXED_UNREAD)
    fixed_nourl = set(FIXED_LATER_WITHOUT_URL)
    assert MISSED | MISSED_WITHOUT_URL | fixed | fixed_nourl <= relevant and not LET_IN & relevant
    assert not (fixed | fixed_nourl) & WRONG_WITHOUT_URL and not set(FIXED_LATER) & set(FIXED_UNREAD)
    assert not fixed & fixed_nourl
    assert len(WRONG_WITH_URL | fixed) == MEASURED_WRONG_WITH_URL
    assert len(WRONG_WITHOUT_URL | fixed | fixed_nourl) == MEASURED_WRONG_WITHOUT_URL
    missed_url = len(MISSED | fixed)
    missed_nourl = len(MISSED | MISSED_WITHOUT_URL | fixed | fixed_nourl)
    assert round((108 - missed_url) / 108, 3) == 0.722
    assert round((108 - missed_nourl) / 108, 3) == 0.704


def test_round83_blind_set_shape() -> None:
    """12 relevant and 4 hard negatives in each of the nine languages, headlines only, ids unique."""
    assert_blind_set_shape(PROBES_R83_BLIND)


def test_round83_probes_are_fresh() -> None:
    """No round-83 headline is a labelled text or an earlier probe's, nor shares half its words (character pairs
    in Chinese) with one, nor with another of the set. Rounds 81 and 82 were written at the same time by other writers
    (a likeness to them is chance)."""
    assert_fresh_blind(PROBES_R83_BLIND, "probes_r83_blind", "probes_r81", "probes_r82")