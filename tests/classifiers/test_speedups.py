"""Fast paths of the classifier package give what the straightforward code gave.

* ``Decision.to_dict(compact=True)`` equals compacting the full ``to_dict()`` matches the
  way the monitor did (``reference_compact`` below is that code);
* ``Matcher._keep`` keeps what checking each occurrence with ``Matcher._check`` keeps, and
  ``classify_to_dict`` (occurrences grouped first) says what ``classify`` (one by one) says,
  on the benchmark's items and on odd texts;
* ``yamlio.safe_load`` reads every bundled file as ``yaml.safe_load`` does, and reports a
  broken file with the Python parser's message;
* ``implied.may_detect`` never hides a language ``detect`` would find, the outlet cache per
  origin answers what resolving each URL does, and ``pinyin_institutions`` skips only texts
  its pattern cannot match (issue 16).
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



def test_no_side_exit_before_weighing_changes_nothing() -> None:
    """An item none of whose kept matches names a side (and with no guarded match waiting) is
    decided before its matches are weighed: the same results as weighing them first (the exit
    turned off by counting every entry as naming a side), both ways of classifying."""
    fast = load_classifier()
    slow = Classifier(fast.ruleset)
    slow._tables = (*slow._tables[:4], frozenset(range(len(slow._entries))))  # every match "names a side"
    items = _bench_items(10, 31) + [{"title": t, "summary": t + " " + t} for t in ODD + WORDS]
    assert sum(fast.classify_to_dict(title=i["title"], summary=i["summary"])["rules"][0]["id"]
               == "needs_china_and_central_asia" for i in items) > 20  # no side: the exit is taken
    for item in items:
        for kwargs in ({"title": item["title"], "summary": item["summary"]}, {"title": item["title"]}):
            assert fast.classify_to_dict(**kwargs) == slow.classify_to_dict(**kwargs), kwargs
            assert fast.classify(**kwargs) == slow.classify(**kwargs), kwargs

def _implied_texts() -> list[tuple[str, str]]:
    """(title, summary) pairs in every language the classifier meets: the eval sets, the
    headline tables, the benchmark's items, and random mixes of every language's signs
    (function words, words for China, special letters, apostrophes, digits, Han)."""
    import json

    from classifiers import implied

    from .headlines import HEADLINES

    pairs = [(i["title"], i["summary"]) for i in _bench_items(4, 29)]
    for path in sorted((REPO / "classifiers" / "eval").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                pairs.append((item.get("title") or "", item.get("summary") or ""))
    pairs += [(title, "") for _, title, _ in HEADLINES]
    signs = (list(implied._WORD_LANG) + list(implied._CHINA_WORDS) + [p + "ning" for p in implied._CHINA_PREFIXES]
             + list("әұіһңөүқғҳҷӣӯўїєґňžäýǵńúūıq") + ["o‘zbek", "gʻalla", "boʻyicha", "bo'ldi", "1мен", "'va", "ʻva",
                                                     "ВА", "Xitoy", "中国", "大学", "ёва", "й", "в", "the", "и"])
    rng = random.Random(41)
    for _ in range(3000):
        words = [rng.choice(signs) for _ in range(rng.randint(1, 12))]
        text = "".join(rng.choice(["", "", "5", "'", "ʻ", "’", "ё", "-"]) + w + rng.choice([" ", " ", ",", "\n", "", "ж"])
                       for w in words)
        pairs.append((text, "") if rng.random() < 0.5 else (rng.choice(signs), text))
    return pairs


def test_may_detect_never_hides_a_language() -> None:
    """imply() skips detect() when may_detect() says it cannot return a wanted language: on
    every text, whenever may_detect() is False, detect() (with any hint) returns none of them."""
    from classifiers.implied import NAMES, detect, may_detect

    sets = [frozenset({lang}) for lang in NAMES] + [frozenset(NAMES) - {"zh"}, frozenset(NAMES)]
    skipped = 0
    for title, summary in _implied_texts():
        answers = {hint: detect(title, summary, hint) for hint in (None, "kk", "uz", "zh", "ru")}
        for langs in sets:
            if not may_detect(title, summary, langs):
                skipped += 1
                for hint, found in answers.items():
                    assert found is None or found.lang not in langs, (title, summary, langs, hint, found)
    assert skipped > 1000  # the test says something: most texts are skipped for some language


def test_outlet_origin_cache_equals_resolving_each_url() -> None:
    """resolve() remembers the answer per plain http(s) origin; any URL gives what resolving
    it afresh gives."""
    from classifiers.outlets import _resolve, resolve

    urls = ["https://kaznu.kz/ru/news/1", "https://kaznu.kz", "https://kaznu.kz?x=1", "https://kaznu.kz#top",
            "http://WWW.Akipress.com:80/news", "https://m.xinhuanet.com/", "https://kaznu.kz.:8/x",
            "https://kaznu.kz:/x", "https://1.2.3.4/x", "https://news.google.com/rss/1", "https://a.kz ",
            " https://a.kz/x", "https://a.k\tz/x", "HTTPS://A.KZ/x", "ftp://a.kz/x", "https://user@a.kz/x",
            "https://[::1]/x", "https://xn--80ao21a.xn--80aswg/x", "https://қаз.kz/x", "https://a..kz/x",
            "https://.kz/x", "https://kz/x", "https://a.kz\n/x", "https://bench3.example/news/7", "", "https://"]
    for url in urls + urls:  # twice: the second time from the cache
        assert resolve(url) == _resolve(url, None), url


def test_pinyin_prefilter_skips_only_texts_without_a_match() -> None:
    """pinyin_institutions() searches only texts holding University, College, Institute or
    Academy with its capital: the pattern is case-sensitive and needs one of them."""
    from classifiers.implied import _INSTITUTION, pinyin_institutions

    texts = [t for pair in _implied_texts() for t in pair]
    texts += [t.upper() for t in texts[:500]] + [t.lower() for t in texts[:500]]
    texts += ["Liaodong University", "Jiangxi Normal university", "university of Jinan", "Quanzhou Normal College",
              "UNIVERSITY OF JINAN", "Xian Jiaotong Institute", "Hubei Academy", "Zhejiang  Polytechnical Institute"]
    found = 0
    for text in texts:
        if _INSTITUTION.search(text) is not None:
            found += 1
            assert any(w in text for w in ("University", "College", "Institute", "Academy")), text
        else:
            assert pinyin_institutions(text) == [], text
    assert found >= 4
