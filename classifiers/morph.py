"""Russian forms of a lemma, generated with pymorphy3 (the ``dev`` extra): every case and number
of a noun or a phrase, every form of an adjective. Used by the build step
(:mod:`classifiers.build_forms`) and, for a rules folder of one's own, when rules are compiled
(:mod:`classifiers.forms`). How a lemma is inflected: see :mod:`classifiers.build_forms`.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .normalize import normalize

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_POS_NOUN = {"NOUN"}
_POS_ADJ = {"ADJF", "PRTF"}


@cache
def analyzer() -> Any:
    """pymorphy3's analyser with its Russian dictionary, or None when it is not installed."""
    try:
        import pymorphy3
    except ImportError:
        return None
    return pymorphy3.MorphAnalyzer(lang="ru")


def _nominative(morph: Any, word: str, want: set[str]) -> Any:
    """The most likely parse of `word` as a nominative of one of the parts of speech `want`."""
    for p in morph.parse(word):
        if p.tag.POS in want and "nomn" in p.tag:
            return p
    return None


def _known(morph: Any, word: str) -> bool:
    return all(morph.word_is_known(part) for part in word.split("-") if part)


def _noun_forms(p: Any) -> list[tuple[str, str, Any]]:
    """(case, number, parse) of a noun: every case, both numbers unless it has no plural."""
    out = []
    plural = "Sgtm" not in p.tag and "Geox" not in p.tag and "Name" not in p.tag
    for number in ("sing", "plur") if plural else ("sing",):
        for case in CASES:
            f = p.inflect({case, number})
            if f is not None:
                out.append((case, number, f))
    return out


def _agree(adj: Any, noun: Any) -> str | None:
    """The form of adjective `adj` that agrees with the noun form `noun`."""
    case, number = noun.tag.case, noun.tag.number
    gram = {case, number}
    if number == "sing":
        gram.add(noun.tag.gender or "masc")
    if case == "accs":
        gram.add("anim" if "anim" in noun.tag else "inan")
    f = adj.inflect(gram)
    if f is None:
        gram.discard("anim")
        gram.discard("inan")
        f = adj.inflect(gram)
    return None if f is None else f.word


def _adjective_forms(p: Any) -> list[str]:
    forms = [f.word for f in p.lexeme if f.tag.POS in _POS_ADJ]
    base = p.normal_form
    for ending in ("ский", "цкий"):
        if base.endswith(ending):
            forms.append(base[: -len(ending) + 1] + "ко")  # китайский -> китайско
    return forms


def _inflect_word(morph: Any, word: str) -> list[str]:
    if "-" in word and not morph.word_is_known(word):
        head, _, last = word.rpartition("-")
        return [f"{head}-{f}" for f in _inflect_word(morph, last)]
    adj = _nominative(morph, word, _POS_ADJ)
    noun = _nominative(morph, word, _POS_NOUN)
    if noun is not None and (adj is None or noun.score >= adj.score):
        if not _known(morph, word) and "Geox" not in noun.tag:
            return [word]  # a foreign name pymorphy3 can only guess: indeclinable
        return [f.word for _, _, f in _noun_forms(noun)]
    if adj is not None:
        return _adjective_forms(adj)
    return [word]


def russian_phrase_forms(phrase: str, morph: Any) -> list[str]:
    """Every form of a Russian lemma (one word or several), normalised, lemma first."""
    words = phrase.split(" ")
    out: list[str] = [phrase]
    if len(words) == 1:
        out += _inflect_word(morph, phrase)
    else:
        head = None
        for i, w in enumerate(words):
            noun = _nominative(morph, w, _POS_NOUN)
            adj = _nominative(morph, w, _POS_ADJ)
            if noun is not None and (adj is None or noun.score >= adj.score):
                head = i
                break
            if adj is None:
                break  # a preposition or a name before any noun: keep the phrase as written
        if head is not None:
            adjs = [_nominative(morph, w, _POS_ADJ) for w in words[:head]]
            noun = _nominative(morph, words[head], _POS_NOUN)
            if all(a is not None for a in adjs) and noun is not None:
                # an unknown head noun (not a place name either) keeps only the phrase as written
                if _known(morph, words[head]) or "Geox" in noun.tag:
                    for _, _, f in _noun_forms(noun):
                        parts = [_agree(a, f) for a in adjs]
                        if any(x is None for x in parts):
                            continue
                        out.append(" ".join([*parts, f.word, *words[head + 1 :]]))  # type: ignore[list-item]
    seen: set[str] = set()
    result = []
    for form in out:
        text = normalize(form).text
        if text not in seen:
            seen.add(text)
            result.append(text)
    return result
