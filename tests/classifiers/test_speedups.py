"""Fast paths of the classifier package give what the straightforward code gave.

* ``Decision.to_dict(compact=True)`` equals compacting the full ``to_dict()`` matches the
  way the monitor did (``reference_compact`` below is that code);
* ``yamlio.safe_load`` reads every bundled file as ``yaml.safe_load`` does, and reports a
  broken file with the Python parser's message;
* the matcher's regexes, which write a term-end check shared by all alternatives once,
  find exactly what the regexes with a check at every term's end (``reference_emit``,
  the earlier code) find.
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from classifiers import Classifier, load_classifier
from classifiers import matcher as M
from classifiers.errors import RulesError, VocabularyError
from classifiers.rules import load_ruleset
from classifiers.vocabulary import WORD_CHARS
from classifiers.yamlio import safe_load

DATA = Path(__file__).resolve().parents[2] / "classifiers" / "data"


def reference_compact(matches: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: dict[tuple[str, str, str], dict[str, Any]] = {}
    for m in matches:
        key = (str(m.get("term", "")).casefold(), m.get("concept", ""), m.get("field", ""))
        kept = seen.get(key)
        if kept is None:
            seen[key] = {**m, "count": 1}
        else:
            kept["count"] += 1
    return list(seen.values())


WORDS = [
    "China", "CHINA", "china", "Chinese", "Kazakhstan", "KAZAKHSTAN", "Uzbekistan",
    "university", "University", "laboratory", "research", "students", "cooperation",
    "agreement", "science", "technology", "the", "of", "and", "market", "prices", "weather",
    "Китай", "КИТАЙ", "китайский", "Казахстан", "университет", "лаборатория", "исследования",
    "студенты", "сотрудничество", "中国", "哈萨克斯坦", "大学", "合作", "实验室", "İstanbul", "ＫＺ",
    "Sino-Kazakh", "joint", "laboratory",
]


def test_compact_to_dict_matches_reference(clf: Classifier) -> None:
    rng = random.Random(3)
    for _ in range(500):
        fields = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, n))) for n in (12, 120, 300)]
        d = clf.classify(title=fields[0], summary=fields[1], content=fields[2])
        full = d.to_dict()
        compact = d.to_dict(compact=True)
        assert compact["matches"] == reference_compact(full["matches"])
        assert {k: v for k, v in compact.items() if k != "matches"} == {
            k: v for k, v in full.items() if k != "matches"}


def test_classify_to_dict_equals_the_compact_decision(clf: Classifier) -> None:
    """The monitor's path (no Match objects) stores what the Decision would have said."""
    rng = random.Random(5)
    for _ in range(500):
        fields = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, n))) for n in (12, 120, 300)]
        expected = clf.classify(title=fields[0], summary=fields[1], content=fields[2]).to_dict(compact=True)
        assert clf.classify_to_dict(title=fields[0], summary=fields[1], content=fields[2]) == expected


def test_compact_keeps_first_offset_and_counts(clf: Classifier) -> None:
    d = clf.classify(title="China and CHINA", summary="china, China")
    by_field = {(m["field"], m["concept"]): m for m in d.to_dict(compact=True)["matches"]}
    assert by_field[("title", "china")]["count"] == 2
    assert by_field[("title", "china")]["offset"] == 0
    assert by_field[("summary", "china")]["count"] == 2


@pytest.mark.parametrize("path", sorted(DATA.glob("*.yaml")), ids=lambda p: p.name)
def test_safe_load_equals_yaml_safe_load(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert safe_load(text) == yaml.safe_load(text)


def test_safe_load_reports_python_parser_errors() -> None:
    bad = "concepts:\n  a: [1, 2\n  b: {\n"
    with pytest.raises(yaml.YAMLError) as ours:
        safe_load(bad)
    with pytest.raises(yaml.YAMLError) as theirs:
        yaml.safe_load(bad)
    assert str(ours.value) == str(theirs.value)


def test_broken_rules_and_vocabulary_files_name_the_yaml_error(rules_dir: Path) -> None:
    (rules_dir / "rules.yaml").write_text("version: [1\n", encoding="utf-8")
    with pytest.raises(RulesError, match="not valid YAML"):
        load_classifier(rules_dir)
    (rules_dir / "rules.yaml").write_text((DATA / "rules.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (rules_dir / "vocab_places.yaml").write_text("concepts: {a: [\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match="not valid YAML"):
        load_classifier(rules_dir)


def reference_emit(node: M._Node, word: bool) -> str:
    alts: list[str] = []
    for atom in sorted(node.children, key=M._order):
        child = node.children[atom]
        head = M._SEP_RE if atom == "SEP" else M._APOS_RE if atom == "APOS" else re.escape(atom)
        alts.append(head + reference_emit(child, word))
    if word:
        if node.stem is not None:
            alts.append(f"[{WORD_CHARS}]*" + M._not_before(node.stem))
        elif node.exact is not None:
            alts.append(f"(?![{WORD_CHARS}])" + M._not_before(node.exact))
    elif node.exact is not None:
        alts.append(M._not_before(node.exact))
    if len(alts) == 1:
        return alts[0]
    return "(?:" + "|".join(alts) + ")"


def test_matcher_regexes_find_what_the_reference_regexes_find() -> None:
    terms = [t for c in load_ruleset(None).concepts for t in c.terms]
    word = [t for t in terms if not t.cjk]
    pairs = []
    for group in ([t for t in word if M._LATIN_RE.match(t.text[0])],
                  [t for t in word if not M._LATIN_RE.match(t.text[0])]):
        first = re.escape("".join(sorted({t.text[0] for t in group})))
        root = M._build(group)
        reference, ours = (re.compile(f"[^{WORD_CHARS}](?=[{first}])({src})")
                           for src in (reference_emit(root, True), M._emit(root, True)))
        pairs.append((reference, ours))
    han = M._build([t for t in terms if t.cjk])
    pairs.append((re.compile(reference_emit(han, False)), re.compile(M._emit(han, False))))

    rng = random.Random(11)
    texts = [t.text for t in terms]
    tails = ["", " ", "s", "а", "ы", "-", "—", "'", "’", "ing", "ская", "1", ".", ",", "  ",
             "university", "ов", "中", "国", "x", "é", "\u0301"]
    samples = []
    for _ in range(12_000):
        parts = []
        for _ in range(rng.randint(1, 4)):
            t = rng.choice(texts)
            if rng.random() < 0.3:
                t = t[: rng.randint(1, len(t))]
            parts.append(t + rng.choice(tails))
        samples.append(" " + " ".join(parts))
    for reference, ours in pairs:
        for text in samples:
            assert [(m.span(), m.group(1) if m.re.groups else None) for m in ours.finditer(text)] == [
                (m.span(), m.group(1) if m.re.groups else None) for m in reference.finditer(text)], text


def test_shared_charsets_compile_the_same_code() -> None:
    """The memoised class optimisation gives the compiler's own code, class for class."""
    compiler = re._compiler  # type: ignore[attr-defined]
    parser = re._parser  # type: ignore[attr-defined]
    terms = [t for c in load_ruleset(None).concepts for t in c.terms]
    word = [t for t in terms if not t.cjk]
    sources = [f"[^{WORD_CHARS}](?=[a-z])({M._emit(M._build(word), True)})",
               M._emit(M._build([t for t in terms if t.cjk]), False), "[a-z]+[^\u0400-\u04ff]"]
    plain = [compiler._code(parser.parse(src, 0), 0) for src in sources]
    with M._shared_charsets():
        assert compiler._optimize_charset.__name__ == "optimize_charset"  # the memo, and ...
        shared = [compiler._code(parser.parse(src, 0), 0) for src in sources]
        ignorecase = re.compile("[a-zé]+", re.IGNORECASE)  # ... other flags go to the compiler as they are
    assert shared == plain
    assert ignorecase.fullmatch("ABCÉ")
    assert compiler._optimize_charset.__name__ == "_optimize_charset"  # restored
