"""Vocabulary files: concepts and their terms, parsed and validated.

A vocabulary file is YAML::

    concepts:
      <name>:
        kind: place | hint | topic | cue | negative | partner
        code: CN            # ISO 3166-1 alpha-2, places and hints only
        description: ...
        terms:
          <lang>: [term, "stem*", {term: ..., weight: 0.5, also: [concept], not_before: [char]}]

Term syntax (docs/classifier.md, "Term syntax"):

* ``word``      whole word in Latin/Cyrillic; a term starting with a Han
  character matches anywhere (Chinese has no spaces);
* ``stem*``     any word that starts with the stem;
* ``{a,b,}``    alternatives, expanded at load time (may nest);
* a space or hyphen inside a term matches spaces, hyphens or nothing;
* an apostrophe inside a term is optional (o'zbek = ozbek = oʻzbek);
* ``weight``    how much one match counts (default 1.0, 0 to 3);
* ``also``      further concepts the same match stands for
  ("Confucius Institute" is both china and language_culture);
* ``not_before`` characters that must not follow the match
  (哈萨克 but not 哈萨克族, the Kazakh minority of Xinjiang);
* ``lemma~``    every inflected form of a lemma (Russian: all cases and numbers, generated
  by classifiers/build_forms.py; Kazakh, Kyrgyz, Uzbek, Turkmen, Tajik: stem + suffixes);
* ``cased``     the match must be written exactly so (case-sensitive acronyms; a key with a
  small first letter also stands with a capital one, opening a sentence);
* ``unless``    concepts that, named elsewhere in the item, cancel the match (中乌 is
  China–Ukraine when Ukraine is named);
* ``needs``     concepts that must be named elsewhere in the item for the match to count
  (an ambiguous short name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import VocabularyError, did_you_mean
from .normalize import APOSTROPHES, DASHES, is_cjk, normalize
from .yamlio import safe_load

KINDS = ("place", "hint", "topic", "cue", "negative", "partner", "context")
# Languages whose `lemma~` terms inflect: Russian from the generated forms file
# (classifiers/data/forms_ru.tsv, see build_forms.py), the others by suffix rules (turkic.py).
INFLECTING = ("ru", "kk", "ky", "uz", "tk", "tg")
LANGS = ("en", "ru", "zh", "kk", "uz", "ky", "tg", "tk", "any")
CONCEPT_KEYS = ("kind", "code", "description", "terms")
TERM_KEYS = ("term", "weight", "also", "not_before", "cased", "unless", "needs")
NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
CODE_RE = re.compile(r"^[A-Z]{2}$")
# Characters that are part of a word: digits, Latin, Greek, Cyrillic (after
# normalisation, so lower case). Word boundaries are "not one of these".
# The Arabic letters too (Kazakh written in the Arabic script, by Kazakhs in China and in
# Kazinform's edition for them): U+0621-064A, the Kazakh/Uyghur letters up to U+06D5, and the
# high hamza U+0674 that marks a front-vowel word.
WORD_CHARS = ("0-9a-z\u00b5\u00df-\u00f6\u00f8-\u024f\u0300-\u036f\u0370-\u03ff\u0400-\u052f\u1e00-\u1eff"
              "\u0621-\u064a\u0674\u0675-\u06d5")
_WORD_CHAR_RE = re.compile(f"[{WORD_CHARS}]")
# a comma only inside a gazetteer name ("Ministry of Higher Education, Science and Innovation"):
# in a vocabulary term it separates {a,b} alternatives; forms.separator_variants makes it optional.
# A colon and brackets (round 45) only in datelines: "almaty:", "almaty (kazinform" match as written
_TERM_CHARS_RE = re.compile(f"^[{WORD_CHARS}\u3400-\u9fff\uf900-\ufaff' &.+/·、,:()-]+$")


@dataclass(frozen=True, slots=True)
class Term:
    """One expanded, normalised term of one concept."""

    text: str  # normalised; separators are " " or "-", apostrophes "'"
    stem: bool
    cjk: bool
    weight: float
    concepts: tuple[str, ...]  # the owning concept first, then `also`
    not_before: tuple[str, ...]
    source: str  # "file: concepts.x.terms.en[3]" for error messages
    lang: str = ""  # the language list it came from (chooses the inflection of a `~` term)
    inflect: bool = False  # `lemma~`: every inflected form of the lemma
    lemma: str = ""  # what explanations name: the term as written (`Китай`), or an institution
    cased: str = ""  # when set, the matched text must be exactly this (acronyms: КазНУ, not "казну")
    unless: tuple[str, ...] = ()  # concepts whose presence elsewhere in the item cancels the match
    needs: tuple[str, ...] = ()  # concepts that must be present elsewhere for the match to count

    @property
    def key(self) -> str:
        """The lookup key: the text without separators and apostrophes."""
        return term_key(self.text)


@dataclass(frozen=True, slots=True)
class Concept:
    name: str
    kind: str
    code: str | None
    description: str
    terms: tuple[Term, ...]
    source: str


_KEY_TABLE = {ord(c): None for c in APOSTROPHES + DASHES + " \t\n\r\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"}
_FOLD = str.maketrans({**{c: "'" for c in APOSTROPHES}, **{c: "-" for c in DASHES}})


def term_key(text: str) -> str:
    """Lookup key of a term or of matched text: separators and apostrophes removed."""
    return "".join(text.translate(_KEY_TABLE).split())


def expand_braces(text: str) -> list[str]:
    """Expand ``{a,b}`` alternatives, nested or repeated, like a shell does."""
    start = text.find("{")
    if start < 0:
        if "}" in text:
            raise ValueError('unbalanced "}"')
        return [text]
    depth = 0
    options: list[str] = []
    piece_start = start + 1
    for i in range(start, len(text)):
        ch = text[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                options.append(text[piece_start:i])
                head, tail = text[:start], text[i + 1 :]
                out: list[str] = []
                for opt in options:
                    for expanded in expand_braces(head + opt + tail):
                        if expanded not in out:
                            out.append(expanded)
                return out
        elif ch == "," and depth == 1:
            options.append(text[piece_start:i])
            piece_start = i + 1
    raise ValueError('unbalanced "{"')


def _normalize_term(raw: str) -> str:
    text = normalize(raw).text.translate(_FOLD)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r" ?- ?", "-", text)
    return text


def parse_term(raw: Any, owner: str, where: str, file: str, lang: str = "", label: str = "") -> list[Term]:
    """Parse one YAML term entry into one or more Terms (after brace expansion)."""
    weight = 1.0
    also: list[str] = []
    not_before: list[str] = []
    unless: list[str] = []
    needs: list[str] = []
    cased = False
    if isinstance(raw, dict):
        unknown = set(raw) - set(TERM_KEYS)
        if unknown:
            raise VocabularyError(
                file, where,
                f"unknown key(s) {sorted(unknown, key=str)}; use {', '.join(TERM_KEYS)}"
                + did_you_mean(min(unknown, key=str), TERM_KEYS),
            )
        if "term" not in raw:
            raise VocabularyError(file, where, 'missing "term"; write {term: "...", weight: 0.5}')
        weight = raw.get("weight", 1.0)
        if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 <= weight <= 3:
            raise VocabularyError(file, f"{where}.weight", f"{weight!r} is not a number from 0 to 3")
        also = raw.get("also", []) or []
        if not isinstance(also, list) or not all(isinstance(a, str) for a in also):
            raise VocabularyError(file, f"{where}.also", "must be a list of concept names, e.g. [china]")
        not_before = raw.get("not_before", []) or []
        if not isinstance(not_before, list) or not all(isinstance(c, str) and c for c in not_before):
            raise VocabularyError(file, f"{where}.not_before", "must be a list of strings, e.g. [族]")
        for key in ("unless", "needs"):
            value = raw.get(key, []) or []
            if not isinstance(value, list) or not all(isinstance(a, str) for a in value):
                raise VocabularyError(file, f"{where}.{key}", "must be a list of concept names, e.g. [ukraine]")
        unless = raw.get("unless", []) or []
        needs = raw.get("needs", []) or []
        cased = raw.get("cased", False)
        if not isinstance(cased, bool):
            raise VocabularyError(file, f"{where}.cased", "must be true or false")
        raw = raw["term"]
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        raw = str(raw)
    if not isinstance(raw, str) or not raw.strip():
        raise VocabularyError(file, where, f"{raw!r} is not a term; write a non-empty string")
    try:
        variants = expand_braces(raw)
    except ValueError as exc:
        raise VocabularyError(file, where, f"{raw!r}: {exc}; check the {{a,b}} alternatives") from None
    terms: list[Term] = []
    for variant in variants:
        variant = variant.strip()
        stem = variant.endswith("*")
        inflect = variant.endswith("~")
        body = variant[:-1] if stem or inflect else variant
        if "*" in body or "~" in body:
            raise VocabularyError(
                file, where, f"{raw!r}: '*' or '~' may only end a term (a stem, a lemma), e.g. \"kazakh*\""
            )
        if inflect and lang not in INFLECTING:
            raise VocabularyError(
                file, where, f"{raw!r}: '~' (every form of a lemma) is for {', '.join(INFLECTING)} terms; "
                "use a stem (\"word*\") or list the forms"
            )
        text = _normalize_term(body)
        if not text or not (_WORD_CHAR_RE.match(text[0]) or is_cjk(text[0])):
            raise VocabularyError(
                file, where, f"{raw!r}: a term must start with a letter, digit or Han character"
            )
        if not _TERM_CHARS_RE.match(text):
            bad = sorted({c for c in text if not _TERM_CHARS_RE.match(c)})
            raise VocabularyError(
                file, where, f"{raw!r}: unsupported character(s) {bad}; use letters, digits, Han, ' - & . + / · ,"
            )
        cjk = is_cjk(text[0])
        if cjk and (stem or inflect):
            raise VocabularyError(
                file, where, f"{raw!r}: Chinese terms always match inside longer text; drop the '*' or '~'"
            )
        terms.append(
            Term(
                text=text,
                stem=stem,
                cjk=cjk,
                weight=float(weight),
                concepts=(owner, *[a for a in also if a != owner]),
                not_before=tuple(normalize(c).text for c in not_before),
                source=f"{file}: {where}",
                lang=lang,
                inflect=inflect,
                lemma=label or (body.strip() if inflect else ""),
                cased=body.strip() if cased else "",
                unless=tuple(unless),
                needs=tuple(needs),
            )
        )
    return terms


def load_vocabulary_file(path: Path) -> list[Concept]:
    """Read one vocabulary file; raise VocabularyError naming what is wrong."""
    file = path.name
    try:
        data = safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise VocabularyError(str(path), "", "file not found; check `vocabulary:` in the rules file") from None
    except yaml.YAMLError as exc:
        raise VocabularyError(file, "", f"not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("concepts"), dict):
        raise VocabularyError(file, "concepts", "missing; the file must hold `concepts: {name: {...}}`")
    for key in data:
        if key != "concepts":
            raise VocabularyError(file, str(key), "unknown key; the file holds only `concepts: {name: {...}}`")
    concepts: list[Concept] = []
    for name, spec in data["concepts"].items():
        where = f"concepts.{name}"
        if not isinstance(name, str) or not NAME_RE.match(name):
            raise VocabularyError(file, where, "concept names are lower case letters, digits and _")
        if not isinstance(spec, dict):
            raise VocabularyError(file, where, "must be a mapping with kind, description and terms")
        unknown = set(spec) - set(CONCEPT_KEYS)
        if unknown:
            raise VocabularyError(file, where, f"unknown key(s) {sorted(unknown, key=str)}; use {', '.join(CONCEPT_KEYS)}"
                                  + did_you_mean(min(unknown, key=str), CONCEPT_KEYS))
        kind = spec.get("kind")
        if kind not in KINDS:
            raise VocabularyError(file, f"{where}.kind", f"{kind!r} is not one of {', '.join(KINDS)}")
        code = spec.get("code")
        if code is not None and (not isinstance(code, str) or not CODE_RE.match(code)):
            raise VocabularyError(file, f"{where}.code", f"{code!r} is not an ISO alpha-2 code like \"KZ\"")
        terms_spec = spec.get("terms")
        if not isinstance(terms_spec, dict) or not terms_spec:
            raise VocabularyError(file, f"{where}.terms", "missing; give terms per language, e.g. en: [china]")
        terms: list[Term] = []
        for lang, items in terms_spec.items():
            if lang not in LANGS:
                raise VocabularyError(
                    file, f"{where}.terms.{lang}", f"unknown language; use one of {', '.join(LANGS)}"
                )
            if not isinstance(items, list):
                raise VocabularyError(file, f"{where}.terms.{lang}", "must be a list of terms")
            for i, raw in enumerate(items):
                terms.extend(parse_term(raw, name, f"{where}.terms.{lang}[{i}]", file, lang))
        concepts.append(
            Concept(
                name=name,
                kind=kind,
                code=code,
                description=str(spec.get("description", "")).strip(),
                terms=tuple(terms),
                source=f"{file}: {where}",
            )
        )
    return concepts
