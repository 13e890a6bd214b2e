"""Fast paths of the classifier package give what the straightforward code gave.

* ``Decision.to_dict(compact=True)`` equals compacting the full ``to_dict()`` matches the
  way the monitor did (``reference_compact`` below is that code);
* ``Matcher._keep`` keeps what checking each occurrence with ``Matcher._check`` keeps, and
  ``classify_to_dict`` (occurrences grouped first) says what ``classify`` (one by one) says,
  on the benchmark's items and on odd texts;
* ``yamlio.safe_load`` reads every bundled file as ``yaml.safe_load`` does, and reports a
  broken file with the Python parser's message;
"""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path
from typing import Any

import pytest
import yaml

from classifiers import Classifier, load_classifier
from classifiers.errors import RulesError, VocabularyError
from classifiers.yamlio import safe_load

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "classifiers" / "data"


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


def _bench_items(count: int, seed: int) -> list[dict[str, str]]:
    """Items as bench/bench_classify.py makes them (English, Russian, Chinese; relevant, hard
    negatives, general news): the fast paths are timed on these, so they are checked on them."""
    spec = importlib.util.spec_from_file_location("bench_classify", REPO / "bench" / "bench_classify.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rnd = random.Random(seed)
    return [bench.make_item(rnd, lang, kind) for lang in ("en", "ru", "zh")
            for kind in ("relevant", "hard-negative", "general") for _ in range(count)]


def _reference_keep(matcher: Any, text: str, found: list) -> list[tuple[int, int, int]]:
    """Matcher._keep the straightforward way: every occurrence through Matcher._check (every
    reading of a key, strictest first, until one fits)."""
    hits = []
    for idx, start, end in found:
        value = matcher._values[idx]
        readings = matcher._multi[value >> 6] if value & 31 == 31 else (value,)
        for v in readings:
            hit = matcher._check(text, len(text), start, end, v)
            if hit is not None:
                hits.append(hit)
                break
    return sorted(hits)


ODD = ["Ｃｈｉｎａ and  Kazakhstan\n\nuniversity", "中乌 合作 乌克兰", "КазНУ и в казну Китая", "哈萨克族 学生 中国",
       "ҚазҰУдың және Қытай университеті", "O‘zMU va Xitoy universiteti", "China—Kazakhstan «joint» lab\u00ad",
       "Shanxay universiteti va Oʻzbekiston", "РК и Китай: наука", "Liaodong University and Kazakhstan"]


def test_keep_equals_checking_every_occurrence(clf: Classifier) -> None:
    """_keep's per-kind shortcuts keep exactly what checking each occurrence would."""
    from classifiers.matcher import fold, squeeze
    from classifiers.normalize import normalize

    m = clf.matcher
    texts = [i["title"] + "\x00" + i["summary"] for i in _bench_items(12, 17)] + ODD + [" ".join(WORDS)]
    for text in texts:
        t = squeeze(fold(normalize(text).text))[0]
        found = m._ac.find(t, overlapping=True)
        assert sorted(m._keep(t, found)) == _reference_keep(m, t, found), text


@pytest.mark.parametrize("shape", ["title+summary", "title", "summary+content", "all"])
def test_grouped_path_equals_the_per_occurrence_path(clf: Classifier, shape: str) -> None:
    """classify_to_dict groups occurrences before checking and weighing them (collect_plain);
    classify() goes occurrence by occurrence (collect): same decision, scores and matches."""
    for item in _bench_items(8, 23) + [{"title": t, "summary": t + " " + t} for t in ODD]:
        title, summary = item["title"], item["summary"]
        kwargs = {"title+summary": {"title": title, "summary": summary}, "title": {"title": title},
                  "summary+content": {"summary": summary, "content": title},
                  "all": {"title": title, "summary": summary, "content": summary, "article": title}}[shape]
        assert clf.classify_to_dict(**kwargs) == clf.classify(**kwargs).to_dict(compact=True)
