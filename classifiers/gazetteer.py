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

from .errors import RulesError, VocabularyError
from .vocabulary import INFLECTING, LANGS, Concept, Term, parse_term
from .yamlio import load_strings

# round 26: a comma is kept ("Министерство высшего образования, науки и инноваций"): the text keeps
# it, so a name that lost it never matched; forms.separator_variants also spells it without
_QUOTES = re.compile("[«»\"“”„‟〝〞()（）《》「」，:：;]")
_SPACES = re.compile(r"\s+")


def _lang(code: str) -> str:
    base = str(code).split("-")[0].split("_")[0].lower()
    return base if base in LANGS else "any"


def _clean(name: Any) -> str:
    return _SPACES.sub(" ", _QUOTES.sub(" ", str(name))).strip()


def _config(raw: Any, file: str) -> tuple[str, dict[str, list[str]], dict[str, list[str]]]:
    if isinstance(raw, str):
        raw = {"file": raw}
    if not isinstance(raw, dict) or not isinstance(raw.get("file"), str):
        raise RulesError(file, "gazetteer", "must be {file: gazetteer.yaml, countries: {...}, kinds: {...}}")

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
    out: dict[str, list[dict[str, Any]]] = {}
    for section in ("institutions", "places"):
        items = data.get(section, []) or []
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise VocabularyError(path.name, section, "must be a list of entries with id, country and names")
        out[section] = items
    return out


def _acronym(name: str, acronyms: set[str]) -> bool:
    """An acronym, matched as written: listed as one, or one word with two capitals (КазНУ)."""
    return name in acronyms or (" " not in name and sum(ch.isupper() for ch in name) >= 2)


def display_name(entry: dict[str, Any]) -> str:
    """The name explanations give an entry: its first English name, else its first name."""
    names = entry.get("names") or {}
    for lang in ("en", *sorted(names)):
        for name in names.get(lang) or []:
            return _clean(name)
    return str(entry.get("id", "?"))


def entry_terms(entry: dict[str, Any], section: str, where: str, file: str,
                countries: dict[str, list[str]], kinds: dict[str, list[str]]) -> list[Term]:
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
    return terms


def add_gazetteer(concepts: list[Concept], raw: Any, folder: Path, file: str) -> list[Concept]:
    """The concepts with the gazetteer's names added to the concepts rules.yaml maps them to."""
    name, countries, kinds = _config(raw, file)
    known = {c.name for c in concepts}
    for key, table in (("countries", countries), ("kinds", kinds)):
        for k, targets in table.items():
            for t in targets:
                if t not in known:
                    raise RulesError(file, f"gazetteer.{key}.{k}", f'unknown concept "{t}"')
    path = folder / name
    entries = load_entries(path)
    extra: dict[str, list[Term]] = {}
    for section, items in entries.items():
        for i, entry in enumerate(items):
            for term in entry_terms(entry, section, f"{section}[{i}]", path.name, countries, kinds):
                extra.setdefault(term.concepts[0], []).append(term)
    from dataclasses import replace

    return [replace(c, terms=c.terms + tuple(extra.get(c.name, ()))) if c.name in extra else c for c in concepts]
