"""Inflection of Kazakh, Kyrgyz, Uzbek, Turkmen and Tajik lemmas: stem + suffix chain.

These languages add suffixes to an unchanging stem: plural, possessive, case, and a few
derivations that name the same place or people (Kazakh ``-лық`` "Kazakhstani", ``-дағы``
"the one in", ``-ша`` "in Chinese"). Enumerating every chain for every stem would put some
hundred keys per lemma into the matcher; instead a lemma written ``Қытай~`` in a ``kk`` list
becomes its stem key(s), and a word that starts with the stem matches only when the rest of
the word is a valid suffix chain of that language (one compiled regular expression per
language, ``suffix_pattern``). So ``Қытайдың``, ``Қытаймен``, ``Қытайдағы`` match and
``Қытайша`` too, while a longer word that merely starts with the stem does not.

Stem-final consonants that voice before a vowel-initial suffix get a second stem key that
accepts only vowel-initial suffixes (``alternants``): Kazakh қ→ғ, к→г, п→б (``қазақ`` →
``қазағы``), Kyrgyz к→г, п→б, Uzbek Latin k→g, q→gʻ (``qozoq`` → ``qozogʻi``), Uzbek
Cyrillic к→г, қ→ғ, Turkmen k→g, p→b, ç→j.

Suffix inventories follow the standard grammars (Kazakh: Isaev/Nurmahanova; Kyrgyz:
Kudaibergenov; Uzbek: Kononov; Turkmen: Azimov; Tajik: Rastorgueva). All allomorphs of a
suffix are allowed after every stem (vowel harmony and voicing are not enforced): a reader
does not misread a misspelt ending, and a stricter check would only lose matches.
"""

from __future__ import annotations

import re
from functools import cache

# Languages whose `~` terms inflect here, and the script each is written in.
LANGS = ("kk", "ky", "uz", "tk", "tg")


def _alt(*parts: str) -> str:
    """A regex alternation of literal suffixes, longest first."""
    items = sorted({p for p in parts if p}, key=lambda s: (-len(s), s))
    return "(?:" + "|".join(re.escape(p) for p in items) + ")"


def _forms(templates: str) -> list[str]:
    """Expand templates such as ``д{ы,і}ң`` into every variant."""
    out: list[str] = []
    for t in templates.split():
        variants = [""]
        i = 0
        while i < len(t):
            if t[i] == "{":
                j = t.index("}", i)
                options = t[i + 1 : j].split(",")
                variants = [v + o for v in variants for o in options]
                i = j + 1
            else:
                variants = [v + t[i] for v in variants]
                i += 1
        out.extend(variants)
    return out


# ---------------------------------------------------------------------------
# Kazakh (Cyrillic)
_KK_V = "аәеиоөұүыіэюяу"
_KK_PLURAL = _forms("л{а,е}р д{а,е}р т{а,е}р")
_KK_DERIV = _forms("л{ы,і}қ д{ы,і}қ т{ы,і}қ л{ы,і}ғ д{ы,і}ғ т{ы,і}ғ ш{а,е} ш{ы,і} тан{у,ушы} "
                   "л{ы,і}қт{а,е}р д{ы,і}қт{а,е}р т{ы,і}қт{а,е}р л{ы,і}ғ{ы,і} д{ы,і}ғ{ы,і} т{ы,і}ғ{ы,і}")
_KK_POSS = _forms("{ы,і} с{ы,і} {ы,і}м м {ы,і}ң ң {ы,і}м{ы,і}з м{ы,і}з {ы,і}ң{ы,і}з ң{ы,і}з "
                  "л{а,е}р{ы,і} д{а,е}р{ы,і} т{а,е}р{ы,і}")
_KK_CASE = _forms("н{ы,і}ң д{ы,і}ң т{ы,і}ң {ғ,г}{а,е} {қ,к}{а,е} н{а,е} {а,е} н{ы,і} д{ы,і} т{ы,і} н "
                  "д{а,е} т{а,е} нд{а,е} н{а,е}н д{а,е}н т{а,е}н нен ын ін м{е,е}н б{е,е}н п{е,е}н "
                  "ым{е,е}н "
                  "д{а,е}{ғ,г}{ы,і} т{а,е}{қ,к}{ы,і} нд{а,е}{ғ,г}{ы,і} д{а,е}{ғ,г}{ы,і}л{а,е}р")
_KK_TAIL = _forms("ғ{а,е} {ы,і} н{ы,і} д{а,е} н{а,е}н д{а,е}н м{е,е}н н{ы,і}ң д{ы,і}ң ш{а,е} {ы,і}ң")

# Kyrgyz (Cyrillic): four-way harmony (а о ы у / е ө и ү)
_KY_H = "{а,е,о,ө}"
_KY_I = "{ы,и,у,ү}"
_KY_PLURAL = _forms(f"л{_KY_H}р д{_KY_H}р т{_KY_H}р")
_KY_DERIV = _forms(f"л{_KY_I}к д{_KY_I}к т{_KY_I}к л{_KY_I}г{_KY_I} д{_KY_I}г{_KY_I} ч{_KY_H} "
                   f"л{_KY_I}кт{_KY_H}р д{_KY_I}кт{_KY_H}р т{_KY_I}кт{_KY_H}р")
_KY_POSS = _forms(f"{_KY_I} с{_KY_I} {_KY_I}м м {_KY_I}ң ң {_KY_I}б{_KY_I}з б{_KY_I}з "
                  f"{_KY_I}ң{_KY_I}з ң{_KY_I}з л{_KY_H}р{_KY_I} д{_KY_H}р{_KY_I} т{_KY_H}р{_KY_I}")
_KY_CASE = _forms(f"н{_KY_I}н д{_KY_I}н т{_KY_I}н г{_KY_H} к{_KY_H} н{_KY_H} {_KY_H} "
                  f"н{_KY_I} д{_KY_I} т{_KY_I} н д{_KY_H} т{_KY_H} нд{_KY_H} "
                  f"д{_KY_H}н т{_KY_H}н н{_KY_H}н нд{_KY_H}н "
                  f"д{_KY_H}г{_KY_I} т{_KY_H}г{_KY_I} д{_KY_H}к{_KY_I} т{_KY_H}к{_KY_I} нд{_KY_H}г{_KY_I} "
                  "менен")
_KY_TAIL = _forms(f"г{_KY_H} {_KY_I} н{_KY_I} д{_KY_H} д{_KY_H}н н{_KY_I}н д{_KY_I}н")

# Uzbek, Latin (1995 alphabet; the 2023 letters are handled by `uzbek_latin_variants`)
_UZ_PLURAL = ["lar"]
_UZ_DERIV = ["lik", "liklar", "cha", "shunos", "shunoslik", "ona", "chasiga"]
_UZ_POSS = ["im", "m", "ing", "ng", "i", "si", "imiz", "miz", "ingiz", "ngiz", "lari", "larimiz", "laringiz"]
_UZ_CASE = ["ning", "ga", "ka", "qa", "ni", "da", "dan", "dagi", "dagilar", "dek", "day", "gacha", "la", "ligi",
            "dagidek", "ni", "na", "ning"]
_UZ_TAIL = ["ga", "ni", "da", "dan", "ning", "dagi"]
# ... and the same suffixes in the 2023 letters (ng → ñ, sh → ş, ch → ç)
def _uz_2023(suffixes: list[str]) -> list[str]:
    return suffixes + [s.replace("ng", "ñ").replace("sh", "ş").replace("ch", "ç") for s in suffixes]


_UZ_DERIV, _UZ_POSS, _UZ_CASE, _UZ_TAIL = (_uz_2023(x) for x in (_UZ_DERIV, _UZ_POSS, _UZ_CASE, _UZ_TAIL))
# Uzbek, Cyrillic
_UZC = str.maketrans({"l": "л", "a": "а", "r": "р", "i": "и", "k": "к", "c": "", "h": "ҳ", "o": "о", "n": "н",
                      "m": "м", "g": "г", "s": "с", "z": "з", "q": "қ", "d": "д", "e": "е", "y": "й", "u": "у"})


def _uz_cyr(suffixes: list[str]) -> list[str]:
    out = []
    for s in suffixes:
        if not s.isascii():
            continue  # a 2023 Latin letter: no Cyrillic counterpart
        s = s.replace("sh", "ш").replace("ch", "ч").replace("ng", "нг").replace("day", "дай")
        out.append(s.translate(_UZC))
    return out


# Turkmen (Latin)
_TK_PLURAL = ["lar", "ler"]
_TK_DERIV = _forms("l{y,i} ç{a,e} şynas{,lyk} l{y,i}lar l{y,i}ler")
_TK_POSS = _forms("{y,i,u,ü} s{y,i} {y,i,u,ü}m m {y,i,u,ü}ň ň {y,i,u,ü}m{y,i,u,ü}z m{y,i,u,ü}z "
                  "{y,i,u,ü}ň{y,i,u,ü}z ň{y,i,u,ü}z l{a,e}r{y,i}")
_TK_CASE = _forms("{y,i,u,ü}ň n{y,i,u,ü}ň {a,e,ä} g{a,e} k{a,e} n{a,e} {y,i,u,ü} n{y,i,u,ü} n "
                  "d{a,e} nd{a,e} d{a,e}n nd{a,e}n d{a,e,ä}k{y,i} nd{a,e,ä}k{y,i} "
                  "d{a,e,ä}k{y,i}l{a,e}r")  # the attributive: -daky, and -däki after front vowels
_TK_TAIL = _forms("{a,e} g{a,e} {y,i} n{y,i} d{a,e} d{a,e}n {y,i}ň n{y,i}ň")

# Tajik (Cyrillic): plural, ezafe, accusative, possessive enclitics, adjective -ӣ, enclitic "and"
_TG_PLURAL = ["ҳо", "он", "ён", "гон", "ҳое"]
_TG_DERIV = ["ӣ", "ии", "иён", "шинос", "шиносӣ", "вӣ"]
_TG_POSS = ["ам", "ат", "аш", "амон", "атон", "ашон", "и", "йи", "е"]
_TG_CASE = ["ро", "ду", "ам", "ро"]
# the accusative, or the enclitic "and" written onto the word: "Тоҷикистону Чин", "тоҷику чинӣ",
# "донишгоҳҳоиву" (-у after a consonant, -ю / -ву after a vowel)
_TG_TAIL = ["ро", "у", "ю", "ву"]


def _chain(deriv: list[str], plural: list[str], poss: list[str], case: list[str], tail: list[str]) -> str:
    """Regex for an optional chain: derivation, plural, possessive, case, then one more case
    (after the attributive "-дағы" / "-dagi" / "-daky" a word takes its own endings)."""
    return (f"(?:{_alt(*deriv)})?(?:{_alt(*plural)})?(?:{_alt(*poss)})?"
            f"(?:{_alt(*case)})?(?:{_alt(*tail)})?")


_PATTERNS: dict[str, str] = {
    "kk": _chain(_KK_DERIV, _KK_PLURAL, _KK_POSS, _KK_CASE, _KK_TAIL),
    "ky": _chain(_KY_DERIV, _KY_PLURAL, _KY_POSS, _KY_CASE, _KY_TAIL),
    "uz-latn": _chain(_UZ_DERIV, _UZ_PLURAL, _UZ_POSS, _UZ_CASE, _UZ_TAIL),
    "uz-cyrl": _chain(_uz_cyr(_UZ_DERIV), _uz_cyr(_UZ_PLURAL), _uz_cyr(_UZ_POSS), _uz_cyr(_UZ_CASE),
                      _uz_cyr(_UZ_TAIL)),
    "tk": _chain(_TK_DERIV, _TK_PLURAL, _TK_POSS, _TK_CASE, _TK_TAIL),
    "tg": _chain(_TG_DERIV, _TG_PLURAL, _TG_POSS, _TG_CASE, _TG_TAIL),
}

# Kazakh written in Latin letters (the 2017, 2018 and 2021 alphabets and informal spellings):
# each Cyrillic letter of a suffix may appear as any of these.
_KK_LATIN = {
    "а": "a", "ә": "(?:ä|á|a)", "е": "e", "ы": "[yı]", "і": "[iı]", "ғ": "(?:ğ|ǵ|g'|g)", "г": "g",
    "қ": "q", "к": "k", "ң": "(?:ñ|ń|ng|n'|n)", "н": "n", "д": "d", "т": "t", "л": "l", "р": "r",
    "м": "m", "б": "b", "п": "p", "с": "s", "ш": "(?:ş|sh|s')", "у": "[uýw]", "ұ": "[uū]",
    "ү": "[üúu]", "о": "o", "ө": "[öó]", "з": "z",
}


def _kk_latin_pattern() -> str:
    cyr = _PATTERNS["kk"]
    return "".join(_KK_LATIN.get(ch, ch) for ch in cyr)


_PATTERNS["kk-latn"] = _kk_latin_pattern()
# An acronym with the endings of any of these languages written onto it (ОшМУнун, ҚазҰУдың,
# TATUda, ЕҰУ-дың): the acronym's language is not known, so any variety's chain will do.
_PATTERNS["acr"] = "(?:" + "|".join(f"(?:{_PATTERNS[v]})" for v in ("kk", "ky", "uz-latn", "uz-cyrl", "tk")) + ")"

_CYRILLIC = re.compile("[\u0400-\u04ff]")


def variety(lang: str, stem: str) -> str:
    """The suffix set a stem of `lang` takes: the language, with its script where it has two."""
    latin = _CYRILLIC.search(stem) is None
    if lang == "uz":
        return "uz-latn" if latin else "uz-cyrl"
    if lang == "kk" and latin:
        return "kk-latn"
    if lang == "ky" and latin:
        return "kk-latn"  # Kyrgyz is hardly written in Latin letters; the Kazakh set is close
    if lang == "tk" and not latin:
        return "ky"  # Turkmen in Cyrillic (older texts): the Kyrgyz set is close enough
    if lang == "tg" and latin:
        return "uz-latn"
    return lang


@cache
def suffix_pattern(var: str, vowel_initial: bool = False) -> re.Pattern[str]:
    """The compiled suffix chain of a variety (`vowel_initial`: only chains that start with a
    vowel, after a voiced stem-final consonant)."""
    body = _PATTERNS[var]
    if vowel_initial:
        body = "(?=[aeiouyäöüıáóúаәеиоөұүыіэюяуӯӣ])" + body
    return re.compile(body)


VARIETIES = tuple(_PATTERNS)

# Stem-final consonants that voice before a vowel: (variety, final) -> replacement.
_ALTERNATIONS = {
    "kk": {"қ": "ғ", "к": "г", "п": "б"},
    "kk-latn": {"q": "ğ", "k": "g", "p": "b"},
    "ky": {"к": "г", "п": "б"},
    "uz-latn": {"k": "g", "q": "g'"},
    "uz-cyrl": {"к": "г", "қ": "ғ"},
    "tk": {"k": "g", "p": "b", "ç": "j"},
}


def alternants(var: str, stem: str) -> list[str]:
    """Other stems that take only vowel-initial suffixes (``қазақ`` → ``қазағ``)."""
    table = _ALTERNATIONS.get(var, {})
    last = stem[-1:]
    if last in table and len(stem) > 2:
        out = [stem[:-1] + table[last]]
        if var == "kk-latn" and last == "q":
            out += [stem[:-1] + "ǵ", stem[:-1] + "g"]
        return out
    return []


# Uzbek Latin spelling variants: the 1995 letters oʻ gʻ sh ch ng and the 2023 proposal ō ḡ ş ç ñ.
_UZ_2023 = (("o'", "ō"), ("g'", "ḡ"), ("sh", "ş"), ("ch", "ç"), ("ng", "ñ"))


def uzbek_latin_variants(text: str) -> list[str]:
    """The spellings of an Uzbek Latin word: as written, and with the 2023 letters."""
    alt = text
    for old, new in _UZ_2023:
        alt = alt.replace(old, new)
    return [text] if alt == text else [text, alt]
