"""Keys the loaders would not read are errors, not lost names (the gazetteer and the vocabularies).

A `people:` list in a gazetteer entry, a typo such as `nmaes:`, a language `kz:` for `kk:`, or a
term's `wieght:` used to load without a word and lose what they held. Each row is one mistake in
a copy of the bundled files; the error names the file, the field (the entry's index, and its id)
and the fix.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from classifiers import RulesError, VocabularyError, load_classifier
from classifiers.gazetteer import ENTRY_KEYS, NAME_LANGS, TOPICLESS_KINDS, load_entries

from .test_rule_errors import edit

XINJIANG = '    names: {en: ["Xinjiang", "Xinjiang Uygur Autonomous Region"'

# (id, file edited, old, new, the field the message names (a pattern), what else it must say: the fix)
MISTAKES = [
    ("people-key", "gazetteer.yaml", "  - id: luban_workshop\n    country: CN",
     "  - id: luban_workshop\n    people: [Lu Ban]\n    country: CN",
     r"institutions\[0\]\.people",
     r'unknown key \(entry "luban_workshop"\); use id, country, kind, names, short, .*'
     r"other names of the entry go under names or short"),
    ("misspelt-names", "gazetteer.yaml", XINJIANG, XINJIANG.replace("names:", "nmaes:"),
     r"places\[0\]\.nmaes", r'unknown key \(entry "xinjiang"\); use id, .*\(did you mean "names"\?\)'),
    ("kz-for-kk", "gazetteer.yaml", 'kk: ["Шыңжаң"', 'kz: ["Шыңжаң"',
     r"places\[0\]\.names\.kz", r'unknown language \(entry "xinjiang"\); use one of en, ru, zh, kk, .*\(did you mean "kk"\?\)'),
    ("uzc-for-uz_cyrl", "gazetteer.yaml", 'uz_cyrl: ["Шинжон"', 'uzc: ["Шинжон"',
     r"places\[0\]\.names\.uzc", r'unknown language .*\(did you mean "uz_cyrl"\?\)'),
    ("short-language", "gazetteer.yaml", '    short:\n      en: ["Luban"]', '    short:\n      eng: ["Luban"]',
     r"institutions\[0\]\.short\.eng", r'unknown language \(entry "luban_workshop"\).*\(did you mean "en"\?\)'),
    ("names-not-a-list", "gazetteer.yaml", 'acronyms: ["XUAR", "СУАР", "ShUAR", "ШУАР"]', "acronyms: XUAR",
     r"places\[0\]\.acronyms", r'must be a list of names \(entry "xinjiang"\), e\.g\. \[KazNU\]'),
    ("misspelt-kind", "gazetteer.yaml", "    kind: programme\n    topics: [vocational]",
     "    kind: programm\n    topics: [vocational]",
     r"institutions\[0\]\.kind", r"'programm' \(entry \"luban_workshop\"\) is not one of .*university.*"
     r'\(did you mean "programme"\?\); a new kind: add it to gazetteer\.kinds in rules\.yaml'),
    ("missing-kind", "gazetteer.yaml", "  - id: xinjiang\n    country: CN\n    kind: region\n",
     "  - id: xinjiang\n    country: CN\n", r"places\[0\]\.kind",
     r'missing \(entry "xinjiang"\); every entry gives id, country, kind and names, e\.g\. '),
    ("misspelt-topic", "gazetteer.yaml", "topics: [vocational]", "topics: [vocatonal]",
     r"institutions\[0\]\.topics\[0\]", r'unknown concept "vocatonal" \(entry "luban_workshop"\).*\(did you mean "vocational"\?\)'),
    ("duplicate-id", "gazetteer.yaml", "  - id: urumqi\n", "  - id: xinjiang\n",
     r"places\[1\]\.id", r'"xinjiang" is used twice \(also places\[0\]\); give each entry its own id'),
    ("entry-not-a-mapping", "gazetteer.yaml", "  - id: urumqi\n", "  - urumqi\n  - id: urumqi\n",
     r"places\[1\]", r"must be an entry \{id: \.\.\., country: \.\.\., kind: \.\.\., names: "),
    ("misspelt-section", "gazetteer.yaml", "\nplaces:\n", "\nplace:\n",
     "place", r'unknown key; the file holds only `institutions:` and `places:` lists \(did you mean "places"\?\)'),
    ("misspelt-config-key", "rules.yaml", "  kinds:\n    university:", "  kind:\n    university:",
     r"gazetteer\.kind", r'unknown key; use file, countries, kinds, qualified \(did you mean "kinds"\?\)'),
    ("term-key", "vocab_places.yaml", "{term: kz, weight: 0.5}", "{term: kz, wieght: 0.5}",
     r"concepts\.kz\.terms\.en\[\d+\]",
     r"unknown key\(s\) \['wieght'\]; use term, weight, also, not_before, cased, unless, needs "
     r'\(did you mean "weight"\?\)'),
    ("concept-key", "vocab_places.yaml", "    code: CN\n    description: China,", "    code: CN\n    descripton: China,",
     r"concepts\.china", r"unknown key\(s\) \['descripton'\]; use kind, code, description, terms "
     r'\(did you mean "description"\?\)'),
    ("vocabulary-top-key", "vocab_places.yaml", "\n  china:\n    kind: place", "\nnotes: x\nconcepts:\n  china:\n    kind: place",
     "notes", r"unknown key; the file holds only `concepts: \{name: \{\.\.\.\}\}`"),
]


@pytest.mark.parametrize(("file", "old", "new", "field", "fix"), [m[1:] for m in MISTAKES], ids=[m[0] for m in MISTAKES])
def test_a_key_the_loader_would_lose_is_an_error(rules_dir: Path, file: str, old: str, new: str, field: str,
                                                 fix: str) -> None:
    edit(rules_dir / file, old, new)
    with pytest.raises(RulesError) as caught:
        load_classifier(rules_dir)
    error = caught.value
    assert isinstance(error, VocabularyError) == (file != "rules.yaml"), error
    assert error.file == file and re.fullmatch(field, error.field), str(error)
    assert str(error) == f"{file}: {error.field}: {error.problem}"
    assert re.search(fix, error.problem), str(error)


def test_the_bundled_gazetteer_uses_only_what_the_loader_reads(rules_dir: Path) -> None:
    """Every key, language and topic-less kind of the bundled file is one the checks allow, and used."""
    entries = load_entries(rules_dir / "gazetteer.yaml")
    keys = {k for items in entries.values() for e in items for k in e}
    langs = {code for items in entries.values() for e in items for k in ("names", "short") for code in e.get(k) or {}}
    kinds = {e["kind"] for items in entries.values() for e in items}
    assert keys == set(ENTRY_KEYS)
    assert langs == set(NAME_LANGS)
    assert set(TOPICLESS_KINDS) <= kinds
