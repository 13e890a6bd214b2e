"""The gazetteer: institutions and places as data, each naming its country's side.

``classifiers/data/gazetteer.yaml``::

    institutions:
      - id: kaznu
        country: KZ                 # CN KZ UZ KG TJ TM, multi (an institution of both sides), or KG+CN (a joint body)
        kind: university            # mapped to a topic by rules.yaml (gazetteer.kinds)
        names: {en: [Al-Farabi Kazakh National University], ru: [...], zh: [...], kk: [...]}
        short: {en: [Al-Farabi University], ru: [КазНУ им. аль-Фараби]}
        acronyms: [KazNU, КазНУ, ҚазҰУ]      # case-sensitive: "КазНУ", never "в казну"
        ambiguous: [Farabi University]       # count only when the country is named elsewhere
        topics: []                           # topics of its own (a programme: Confucius Institute
                                             # -> language_culture), beside its kind's
        note: ...
    places:
      - {id: urumqi, country: CN, kind: city, names: {en: [Urumqi], ru: [Урумчи], zh: [乌鲁木齐]},
         ambiguous: []}

rules.yaml says how entries become terms::

    gazetteer:
      file: gazetteer.yaml
      countries: {CN: china, KZ: kz, UZ: uz, KG: kg, TJ: tj, TM: tm, multi: [central_asia, china]}
      kinds: {university: university, academy: research, ...}

Every name becomes a term of its country's concept(s), plus the topic of its kind; its
lemma (what explanations show) is ``institution: <English name>``, so a match reads
``'KazNU' → kz (institution: Al-Farabi Kazakh National University)``. Russian, Kazakh,
Kyrgyz, Uzbek, Turkmen and Tajik names match inflected (``в Казахском национальном
университете``), like a ``lemma~`` term; acronyms match as written.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from .errors import RulesError, VocabularyError, did_you_mean
from .vocabulary import INFLECTING, LANGS, Concept, Term, parse_term
from .yamlio import load_strings

# round 26: a comma is kept ("Министерство высшего образования, науки и инноваций"): the text keeps
# it, so a name that lost it never matched; forms.separator_variants also spells it without
_QUOTES = re.compile("[«»\"“”„‟〝〞()（）《》「」，:：;]")
_SPACES = re.compile(r"\s+")

# What the loader reads; any other key is a mistake that would lose names silently, so it is an
# error (a `people:` list, `nmaes:`, a language `kz:`), naming the file, the entry, the key and the fix.
CONFIG_KEYS = ("file", "countries", "kinds", "qualified")  # rules.yaml `gazetteer:`
SECTIONS = ("institutions", "places")
ENTRY_KEYS = ("id", "country", "kind", "names", "short", "acronyms", "ambiguous", "topics", "note")
REQUIRED_KEYS = ("id", "country", "kind", "names")
# the language keys of `names` and `short`: the vocabulary's languages, and Uzbek in Cyrillic
NAME_LANGS = ("en", "ru", "zh", "kk", "ky", "uz", "uz_cyrl", "tg", "tk")
_LANG_ALIASES = {"kz": "kk", "kaz": "kk", "kg": "ky", "kir": "ky", "uzb": "uz", "uzc": "uz_cyrl",
                 "uz-cyrl": "uz_cyrl", "uz_cyr": "uz_cyrl", "tj": "tg", "tgk": "tg", "tm": "tk",
                 "tuk": "tk", "cn": "zh", "chi": "zh", "zho": "zh", "rus": "ru", "eng": "en"}
# kinds that add no topic, so rules.yaml `gazetteer.kinds` need not list them; any other kind
# must be listed there (a kind of no topic may be listed with [])
TOPICLESS_KINDS = ("agency", "programme", "library", "city", "region", "province")


_LATIN_TURKIC = ("uz", "kk", "tk")  # the languages a place's English name also inflects in (entry_terms)


def _lang(code: str) -> str:
    base = str(code).split("-")[0].split("_")[0].lower()
    return base if base in LANGS else "any"


def _clean(name: Any) -> str:
    return _SPACES.sub(" ", _QUOTES.sub(" ", str(name))).strip()


def _qualified(raw: Any, file: str) -> tuple[str, dict[str, list[str]]]:
    """Round 63: rules.yaml `gazetteer.qualified` ({concept: c, suffixes: {CN: [" (china)", ...]}}): an
    institution's English name followed by its own country as a foreigner writes it ("Lanzhou University
    (China)", "Gansu Agricultural University of the PRC") also stands for concept ``c``."""
    if raw in (None, ""):
        return "", {}
    if not isinstance(raw, dict) or not isinstance(raw.get("concept"), str) or not isinstance(raw.get("suffixes"), dict):
        raise RulesError(file, "gazetteer.qualified", 'must be {concept: reporter_side, suffixes: {CN: [" (china)"]}}')
    suffixes = {str(k): [str(x) for x in v or []] for k, v in raw["suffixes"].items()}
    return raw["concept"], suffixes


def _config(raw: Any, file: str) -> tuple[str, dict[str, list[str]], dict[str, list[str]]]:
    if isinstance(raw, str):
        raw = {"file": raw}
    if not isinstance(raw, dict) or not isinstance(raw.get("file"), str):
        raise RulesError(file, "gazetteer", "must be {file: gazetteer.yaml, countries: {...}, kinds: {...}}")
    for key in raw:
        if key not in CONFIG_KEYS:
            raise RulesError(file, f"gazetteer.{key}", f"unknown key; use {', '.join(CONFIG_KEYS)}"
                             + did_you_mean(key, CONFIG_KEYS))

    def mapping(key: str) -> dict[str, list[str]]:
        value = raw.get(key, {}) or {}
        if not isinstance(value, dict):
            raise RulesError(file, f"gazetteer.{key}", "must map names to a concept or a list of concepts")
        return {str(k): [v] if isinstance(v, str) else list(v or []) for k, v in value.items()}

    return raw["file"], mapping("countries"), mapping("kinds")


def load_entries(path: Path) -> dict[str, list[dict[str, Any]]]:
    """The gazetteer's institutions and places, as lists of dicts."""
    try:
        data = load_strings(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise VocabularyError(str(path), "", "gazetteer file not found; check `gazetteer.file` in rules.yaml") from None
    except yaml.YAMLError as exc:
        raise VocabularyError(path.name, "", f"not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise VocabularyError(path.name, "", "must hold `institutions:` and `places:` lists")
    for key in data:
        if key not in SECTIONS:
            raise VocabularyError(path.name, str(key), "unknown key; the file holds only `institutions:` and "
                                  "`places:` lists" + did_you_mean(key, SECTIONS))
    out: dict[str, list[dict[str, Any]]] = {}
    for section in SECTIONS:
        items = data.get(section, []) or []
        if not isinstance(items, list):
            raise VocabularyError(path.name, section, "must be a list of entries with id, country, kind and names")
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                raise VocabularyError(path.name, f"{section}[{i}]",
                                      "must be an entry {id: ..., country: ..., kind: ..., names: {en: [...]}}")
        out[section] = items
    return out


def _names_list(value: Any, file: str, field: str, entry: str, example: str) -> None:
    if value in (None, ""):
        return
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise VocabularyError(file, field, f"must be a list of names{entry}, e.g. {example}")


def check_entry(entry: dict[str, Any], where: str, file: str, kinds: dict[str, list[str]],
                known: set[str], ids: dict[str, str]) -> None:
    """Raise VocabularyError for a key the loader would not read or a value of the wrong shape.

    ``ids`` (id -> where) collects the ids seen so far: an id is used once.
    """
    ident = entry.get("id")
    named = f' (entry "{ident}")' if isinstance(ident, str) and ident else ""
    for key in entry:
        if key not in ENTRY_KEYS:
            hint = did_you_mean(key, ENTRY_KEYS)
            raise VocabularyError(
                file, f"{where}.{key}", f"unknown key{named}; use {', '.join(ENTRY_KEYS)}" + (hint or
                " (other names of the entry go under names or short: {en: [...], ru: [...]})"))
    for key in REQUIRED_KEYS:
        if entry.get(key) in (None, "", {}, []):
            raise VocabularyError(file, f"{where}.{key}", f"missing{named}; every entry gives "
                                  "id, country, kind and names, e.g. {id: kaznu, country: KZ, kind: university, "
                                  "names: {en: [Al-Farabi Kazakh National University]}}")
    if not isinstance(ident, str):
        raise VocabularyError(file, f"{where}.id", f"{ident!r} is not an id; write a short name, e.g. kaznu")
    if ident in ids:
        raise VocabularyError(file, f"{where}.id", f'"{ident}" is used twice (also {ids[ident]}); give each entry its own id')
    ids[ident] = where
    kind = str(entry["kind"])
    if kind not in kinds and kind not in TOPICLESS_KINDS:
        allowed = sorted({*kinds, *TOPICLESS_KINDS})
        raise VocabularyError(file, f"{where}.kind", f"{kind!r}{named} is not one of {', '.join(allowed)}"
                              + did_you_mean(kind, allowed) + "; a new kind: add it to gazetteer.kinds in "
                              "rules.yaml with the topic(s) it stands for, or [] for none")
    for key in ("names", "short"):
        by_lang = entry.get(key)
        if by_lang in (None, ""):
            continue
        if not isinstance(by_lang, dict):
            raise VocabularyError(file, f"{where}.{key}", f"must map a language to a list of names{named}, "
                                  "e.g. {en: [Kazakh National University], ru: [КазНУ им. аль-Фараби]}")
        for code, names in by_lang.items():
            if code not in NAME_LANGS:
                raise VocabularyError(file, f"{where}.{key}.{code}", f"unknown language{named}; use one of "
                                      f"{', '.join(NAME_LANGS)}" + did_you_mean(code, NAME_LANGS, _LANG_ALIASES))
            _names_list(names, file, f"{where}.{key}.{code}", named, "[Kazakh National University]")
    for key in ("acronyms", "ambiguous"):
        _names_list(entry.get(key), file, f"{where}.{key}", named, "[KazNU]")
    topics = entry.get("topics")
    if topics not in (None, ""):
        if not isinstance(topics, list) or not all(isinstance(t, str) for t in topics):
            raise VocabularyError(file, f"{where}.topics", "must be a list of topic concepts, e.g. [language_culture]")
        for i, topic in enumerate(topics):
            if topic not in known:
                raise VocabularyError(file, f"{where}.topics[{i}]", f'unknown concept "{topic}"{named}; use one '
                                      "of the vocabulary's concepts, e.g. language_culture"
                                      + did_you_mean(topic, known))


def _acronym(name: str, acronyms: set[str]) -> bool:
    """An acronym, matched as written: listed as one, or one word with two capitals (КазНУ).
    Round 51: a hyphenated name whose every part is a capitalised word (Кара-Балта, Jalal-Abad,
    Нур-Султан) is a name, not an acronym: it inflects (Кара-Балтада, в Кара-Балте)."""
    if name in acronyms:
        return True
    if " " in name or sum(ch.isupper() for ch in name) < 2:
        return False
    return not all(len(part) > 1 and part[0].isupper() and part[1:].islower() for part in name.split("-"))


def display_name(entry: dict[str, Any]) -> str:
    """The name explanations give an entry: its first English name, else its first name."""
    names = entry.get("names") or {}
    for lang in ("en", *sorted(names)):
        for name in names.get(lang) or []:
            return _clean(name)
    return str(entry.get("id", "?"))


def entry_terms(entry: dict[str, Any], section: str, where: str, file: str,
                countries: dict[str, list[str]], kinds: dict[str, list[str]],
                qualified: tuple[str, dict[str, list[str]]] = ("", {})) -> list[Term]:
    """Every name of one entry as Terms of its country concept(s) and its kind's topic."""
    country = str(entry.get("country", ""))
    # a joint body of two sides ("Kyrgyz-Chinese Institute"): "KG+CN" names both
    codes = country.split("+") if "+" in country else [country]
    for code in codes:
        if code not in countries:
            raise VocabularyError(file, f"{where}.country",
                                  f"{code!r} is not one of {', '.join(sorted(countries))} "
                                  '(or two of them joined by "+", e.g. KG+CN)')
    sides = list(dict.fromkeys(c for code in codes for c in countries[code]))
    topics = entry.get("topics") or []
    if not isinstance(topics, list) or not all(isinstance(t, str) for t in topics):
        raise VocabularyError(file, f"{where}.topics", "must be a list of topic concepts, e.g. [language_culture]")
    # a programme or agency has no topic by its kind; `topics` names its own (Confucius
    # Institute: language_culture), and adds to the kind's topic for any other entry
    owner, also = sides[0], [*sides[1:], *kinds.get(str(entry.get("kind", "")), []),
                             *[t for t in topics if t not in kinds.get(str(entry.get("kind", "")), [])]]
    label = ("institution: " if section == "institutions" else "place: ") + display_name(entry)
    spelled: list[tuple[str, str, str, dict[str, Any]]] = []  # (lang, name, where, options)
    ambiguous = {_clean(a).lower() for a in entry.get("ambiguous") or []}
    acronyms = {_clean(a) for a in entry.get("acronyms") or []}
    for key in ("names", "short"):
        by_lang = entry.get(key) or {}
        if not isinstance(by_lang, dict):
            raise VocabularyError(file, f"{where}.{key}", "must map a language to a list of names")
        for code, names in by_lang.items():
            for i, name in enumerate(names or []):
                name = _clean(name)
                options: dict[str, Any] = {"needs": list(sides)} if name.lower() in ambiguous else {}
                if _acronym(name, acronyms):
                    options["cased"] = True
                spelled.append((_lang(code), name, f"{where}.{key}.{code}[{i}]", options))
                # Russian-language outlets shorten "имени" ("named after") to "им.": "КНУ им. Ж. Баласагына"
                if " имени " in name:
                    spelled.append((_lang(code), name.replace(" имени ", " им. "), f"{where}.{key}.{code}[{i}]", options))
    if section == "places":
        # A place's English (pinyin) name is how Uzbek, Kazakh Latin and Turkmen texts often write it
        # too, with their endings: "Tianjinda", "Beijingdagi", "Bishkekte", "Urumqidäki". It inflects
        # in those three (the suffix chain decides; the English word itself still matches as before).
        spelled += [(turkic, name, at, options) for lang, name, at, options in list(spelled)
                    if lang == "en" and "cased" not in options and name.isascii() for turkic in _LATIN_TURKIC]
    for i, name in enumerate(entry.get("acronyms") or []):
        name = _clean(name)
        options = {"cased": True, **({"needs": list(sides)} if name.lower() in ambiguous else {})}
        spelled.append(("any", name, f"{where}.acronyms[{i}]", options))
    for i, name in enumerate(entry.get("ambiguous") or []):
        name = _clean(name)
        options = {"needs": list(sides), **({"cased": True} if _acronym(name, acronyms) else {})}
        spelled.append(("any", name, f"{where}.ambiguous[{i}]", options))  # an acronym stays case-sensitive
    terms: list[Term] = []
    seen: set[tuple[str, str, bool]] = set()
    for lang, name, at, options in spelled:
        if not name:
            continue
        inflect = lang in INFLECTING and "cased" not in options and len(name) > 3 and not name.isupper()
        text = name + "~" if inflect and not re.search(r"[\u3400-\u9fff]", name) else name
        ident = (lang if inflect else "", text.lower(), "cased" in options)
        if ident in seen:
            continue
        seen.add(ident)
        raw = {"term": text.replace("{", "(").replace("}", ")"), "also": also, **options}
        terms.extend(parse_term(raw, owner, at, file, lang if inflect else "any", label))
        # round 63: the English name qualified by its own country (one country's institution only; a place in
        # brackets only: "Shihezi (China)", never "Xi'an, China", a Chinese agency's dateline)
        if lang == "en" and not options and len(codes) == 1 and qualified[0]:
            for suffix in qualified[1].get(codes[0], []):
                if section == "places" and not suffix.startswith(" ("):
                    continue
                raw = {"term": (name + suffix).replace("{", "(").replace("}", ")"), "also": [*also, qualified[0]]}
                terms.extend(parse_term(raw, owner, at, file, "any", label + ", qualified by its country"))
    return terms


def add_gazetteer(concepts: list[Concept], raw: Any, folder: Path, file: str) -> list[Concept]:
    """The concepts with the gazetteer's names added to the concepts rules.yaml maps them to."""
    name, countries, kinds = _config(raw, file)
    qualified = _qualified(raw.get("qualified") if isinstance(raw, dict) else None, file)
    known = {c.name for c in concepts}
    if qualified[0] and qualified[0] not in known:
        raise RulesError(file, "gazetteer.qualified.concept", f'unknown concept "{qualified[0]}"')
    for key, table in (("countries", countries), ("kinds", kinds)):
        for k, targets in table.items():
            for t in targets:
                if t not in known:
                    raise RulesError(file, f"gazetteer.{key}.{k}", f'unknown concept "{t}"')
    path = folder / name
    entries = load_entries(path)
    extra: dict[str, list[Term]] = {}
    ids: dict[str, str] = {}
    for section, items in entries.items():
        for i, entry in enumerate(items):
            check_entry(entry, f"{section}[{i}]", path.name, kinds, known, ids)
            for term in entry_terms(entry, section, f"{section}[{i}]", path.name, countries, kinds, qualified):
                extra.setdefault(term.concepts[0], []).append(term)
    from dataclasses import replace

    return [replace(c, terms=c.terms + tuple(extra.get(c.name, ()))) if c.name in extra else c for c in concepts]
