"""Shortcuts of the classify stage (issue 16) give what the straightforward code gave.

* ``Matcher.hits`` scans ASCII text (as bytes) with a DFA of the ASCII keys alone, and text
  that KZ-1048 writes (Russian, Kazakh, Kyrgyz) in that code page with an automaton of the
  keys it writes: each keeps what the automaton of every key keeps, and any other text (Uzbek
  or Tajik Cyrillic, Chinese) still takes that automaton;
* ``compiled.compile_scoring`` (the values, ``implied.when``, the rules' conditions and the
  score, as one generated function over local variables) says what a dictionary of the values,
  each condition evaluated over it and the rules loop said;
* ``Classifier._countries_topics`` lists what the set-based code listed, in its order.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from classifiers import Classifier
from classifiers.evidence import imply
from classifiers.expressions import FIELDS
from classifiers.matcher import CODE_PAGE, fold, squeeze
from classifiers.normalize import normalize

from .test_speedups import ODD, WORDS, _bench_items

_COUNTRY_ORDER = ("CN", "KZ", "UZ", "KG", "TJ", "TM")


def _ascii_texts(clf: Classifier) -> list[str]:
    rng = random.Random(11)
    keys = [k for k in clf.matcher._ac_ascii.keys]
    seps = [" ", "  ", "-", "'", ".", ", ", "\n", "x", "1", "", "\x00", "s", "ing "]
    texts = [i["title"] + "\x00" + i["summary"] for i in _bench_items(12, 31) if i["lang"] == "en"]
    texts += [t for t in ODD if t.isascii()] + [" ".join(w for w in WORDS if w.isascii())]
    for _ in range(300):  # keys glued to each other and to letters, digits and punctuation
        texts.append("".join(rng.choice(keys) + rng.choice(seps) for _ in range(rng.randint(1, 40))))
        texts.append("".join(rng.choice(keys).upper() if rng.random() < 0.3 else rng.choice(keys) for _ in range(8)))
    return texts


@pytest.mark.parametrize("part", range(4), ids=lambda p: f"part{p}")
def test_ascii_dfa_keeps_what_the_automaton_of_every_key_keeps(clf: Classifier, part: int) -> None:
    m = clf.matcher
    texts = _ascii_texts(clf)[part::4]
    assert texts
    for text in texts:
        t = squeeze(fold(normalize(text).text))[0]
        assert t.isascii()
        everything = sorted(m._keep(t, m._ac.find(t, overlapping=True)))
        ascii_only = sorted(m._keep(t, m._ac_ascii.find(t.encode(), True), m._kinds_ascii, m._keids_ascii))
        assert ascii_only == everything, text
        assert m.hits(normalize(text).text)[0] == everything, text


def _page_texts(clf: Classifier) -> list[str]:
    """Cyrillic (and mixed) text of the code page: the bench's Russian items, odd strings, and
    keys of every kind glued to each other, to Latin and Cyrillic letters, digits, punctuation
    and the fields' NUL."""
    rng = random.Random(12)
    keys = [k for k in clf.matcher._ac_page.keys if not k.isascii()]
    latin = [k for k in clf.matcher._ac_ascii.keys]
    seps = [" ", "  ", "-", "'", ".", ", ", "\n", "x", "ы", "1", "", "\x00", "а", "ің ", "ов "]
    texts = [i["title"] + "\x00" + i["summary"] for i in _bench_items(12, 31) if i["lang"] == "ru"]
    texts += [t for t in ODD if not t.isascii()] + [" ".join(w for w in WORDS if not w.isascii())]
    for _ in range(300):
        texts.append("".join(rng.choice(keys if rng.random() < 0.8 else latin) + rng.choice(seps)
                             for _ in range(rng.randint(1, 40))))
        texts.append("".join(rng.choice(keys).upper() if rng.random() < 0.3 else rng.choice(keys) for _ in range(8)))
    return texts


def _in_page(text: str) -> bool:
    try:
        text.encode(CODE_PAGE)
    except UnicodeEncodeError:
        return False
    return True


def test_code_page_automaton_holds_every_key_the_page_writes(clf: Classifier) -> None:
    m = clf.matcher
    written = [k for k in m._ac.keys if _in_page(k)]
    assert m._ac_page.keys == written
    assert sum(not k.isascii() for k in written) > 5000  # Russian, Kazakh and Kyrgyz forms


@pytest.mark.parametrize("part", range(4), ids=lambda p: f"part{p}")
def test_code_page_automaton_keeps_what_the_automaton_of_every_key_keeps(clf: Classifier, part: int) -> None:
    m = clf.matcher
    checked = 0
    for text in _page_texts(clf)[part::4]:
        t = squeeze(fold(normalize(text).text))[0]
        if t.isascii() or not _in_page(t):
            continue
        checked += 1
        everything = sorted(m._keep(t, m._ac.find(t, overlapping=True)))
        in_page = sorted(m._keep(t, m._ac_page.find(t.encode(CODE_PAGE), True), m._kinds_page, m._keids_page))
        assert in_page == everything, text
        assert m.hits(normalize(text).text)[0] == everything, text
    assert checked > 100


@pytest.mark.parametrize("text", [
    "Ўзбекистон ва Хитой университетлари ҳамкорлик қилади",  # ў, ҳ: not in the code page
    "Донишгоҳи Тоҷикистон ва Чин",  # ҳ, ҷ
    "中哈大学签署合作备忘录 Казахстан",
], ids=["uzbek-cyrillic", "tajik", "chinese"])
def test_text_outside_the_code_page_takes_the_automaton_of_every_key(clf: Classifier, text: str) -> None:
    m = clf.matcher
    t = squeeze(fold(normalize(text).text))[0]
    assert not _in_page(t)
    everything = sorted(m._keep(t, m._ac.find(t, overlapping=True)))
    assert everything  # each names a side or a subject
    assert m.hits(normalize(text).text)[0] == everything


# compile_scoring ----------------------------------------------------------


def _strength(clf: Classifier, found: dict[str, float], name: str) -> float:
    members = clf.ruleset.groups.get(name)
    if members is None:
        return found.get(name, 0.0)
    total: float | None = None
    for concept, weight in members.items():  # left to right, as a written-out sum adds
        term = found.get(concept, 0.0) if weight == 1.0 else weight * found.get(concept, 0.0)
        total = term if total is None else total + term
    return total if total is not None else 0.0


def _values(clf: Classifier, T: dict[str, float], F: list[dict[str, float]], P: dict[str, float]) -> dict[str, float]:
    """The values the rules read, one by one (the dictionary the rules loop read)."""
    rs = clf.ruleset
    refs: set[str] = set()
    for rule in rs.rules:
        refs |= rule.when.refs | ({rule.per} if rule.per else set())
    refs |= rs.implied.when.refs if rs.implied is not None else set()
    if rs.implied is not None and rs.implied.outlet_when is not None:  # round 90
        refs |= rs.implied.outlet_when.refs
    implied_names = set(rs.implied.values) if rs.implied is not None else set()
    V: dict[str, float] = {}
    for ref in refs | implied_names:
        if ref in implied_names:
            V[ref] = 0.0
        elif ref in rs.pairs:
            V[ref] = P.get(ref, 0.0)
        elif ref.startswith("count("):
            group = ref[6:-1]
            V[ref] = float(sum(c in T for c in rs.groups.get(group, {group: 1.0})))
        elif "." in ref:
            field, name = ref.split(".", 1)
            V[ref] = _strength(clf, F[FIELDS.index(field)], name)
        else:
            V[ref] = _strength(clf, T, ref)
    return V


def _reference_score(clf: Classifier, T: dict[str, float], F: list[dict[str, float]], P: dict[str, float],
                     implied_args: tuple) -> tuple[float, bool, list[Any]]:
    rs = clf.ruleset
    V = _values(clf, T, F, P)
    if rs.implied is not None:
        name = None
        if eval(rs.implied.when.source, {"__builtins__": {}}, {"V": V}):
            name = imply(*implied_args)
        elif rs.implied.outlet_when is not None and eval(rs.implied.outlet_when.source, {"__builtins__": {}}, {"V": V}):
            name = imply(*implied_args, academic_only=True)  # round 90: an academic outlet alone
        if name is not None:
            V[name] = 1.0
    score, vetoed, hits = 0.0, False, []
    for rule in rs.rules:
        if not eval(rule.when.source, {"__builtins__": {}}, {"V": V}):
            continue
        if rule.veto:
            hits.append((rule.id, 0.0, True, rule.why))
            vetoed = True
        elif rule.per is None:
            hits.append((rule.id, round(rule.add, 4), False, rule.why))
            score += round(rule.add, 4)
        else:
            strength = V[rule.per]
            if rule.cap is not None and strength > rule.cap:
                strength = rule.cap
            amount = round(rule.add * strength, 4)
            score += amount
            hits.append((rule.id, amount, False, rule.why))
    return score, vetoed, hits


def _random_strengths(clf: Classifier, rng: random.Random) -> tuple[dict, list[dict], dict]:
    names = [c.name for c in clf.ruleset.concepts]
    levels = [0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0, 1.5, 2.0, 2.5, 3.0]
    F: list[dict[str, float]] = [{}, {}, {}, {}]
    T: dict[str, float] = {}
    for fi in range(4):
        for name in rng.sample(names, rng.randint(0, min(8, len(names)))):
            value = rng.choice(levels) if rng.random() < 0.7 else round(rng.uniform(0, 4), rng.randint(1, 6))
            F[fi][name] = value
            T[name] = T.get(name, 0.0) + value
    P = {name: rng.choice(levels[1:]) for name in clf.ruleset.pairs if rng.random() < 0.3}
    return T, F, P


_URLS = [None, "https://kaznu.kz/news/1", "https://www.xinhuanet.com/x", "https://example.org/", "https://akipress.com/n",
         "http://en.hit.edu.cn/news/1"]  # round 90: an academic outlet (implied.outlet_when)


@pytest.mark.parametrize("seed", range(6), ids=lambda s: f"seed{s}")
def test_compiled_score_equals_the_rules_loop(clf: Classifier, seed: int) -> None:
    rng = random.Random(seed)
    titles = ["", "Қытай және Қазақстан университеттері", "中国与哈萨克斯坦合作", "China and Kazakhstan", "Хитой билан"]
    fired = set()
    for _ in range(1500):
        T, F, P = _random_strengths(clf, rng)
        texts = (rng.choice(titles), rng.choice(titles), "", "")
        lang, url = rng.choice([None, "kk", "zh", "ru"]), rng.choice(_URLS)
        ours_totals, ref_totals = dict(T), dict(T)
        ours_hits: list = []
        ref_hits: list = []
        score, vetoed, hits = clf._score(ours_totals, F, P, (clf._implied, texts, lang, ours_totals, ours_hits, url))
        expected = _reference_score(clf, ref_totals, F, P, (clf._implied, texts, lang, ref_totals, ref_hits, url))
        assert (score, vetoed, [(h.id, h.contribution, h.veto, h.why) for h in hits]) == expected
        assert (ours_totals, ours_hits) == (ref_totals, ref_hits)
        fired |= {h.id for h in hits}
    assert len(fired) >= len(clf.ruleset.rules) // 2  # the test says something: many rules fire


def test_compiled_score_on_real_items(clf: Classifier) -> None:
    """Through the whole classifier: the scores and rules classify_to_dict stores are the
    reference loop's over the strengths the item gave."""
    seen = 0
    calls: list = []
    real = clf._score

    def spy(T: dict, F: list, P: dict, implied_args: tuple) -> Any:
        calls.append((dict(T), [dict(f) for f in F], dict(P), implied_args[1:3], implied_args[5]))
        return real(T, F, P, implied_args)

    items = _bench_items(6, 37) + [{"title": t, "summary": t, "lang": ""} for t in ODD]
    clf.__dict__["_score"] = spy  # the session's classifier: put back below
    try:
        results = [clf.classify_to_dict(title=i["title"], summary=i["summary"], lang=i["lang"] or None) for i in items]
    finally:
        clf.__dict__["_score"] = real
    for (T, F, P, (texts, lang), url) in calls:
        seen += 1
        expected = _reference_score(clf, dict(T), F, P, (clf._implied, texts, lang, dict(T), [], url))
        score, vetoed, hits = real(dict(T), F, P, (clf._implied, texts, lang, dict(T), [], url))
        assert (score, vetoed, [(h.id, h.contribution, h.veto, h.why) for h in hits]) == expected
    assert seen > 20 and any(r["relevant"] for r in results)


# countries and topics ------------------------------------------------------


def _reference_countries_topics(clf: Classifier, totals: dict[str, float]) -> tuple[tuple, tuple]:
    if not totals:
        return (), ()
    codes = clf._codes
    named = codes.keys() & totals.keys()
    present = {codes[c] for c in named}
    countries = tuple([code for code in _COUNTRY_ORDER if code in present])
    countries += tuple(sorted(present.difference(_COUNTRY_ORDER)))
    found = clf._topics.intersection(totals)
    return countries, tuple(sorted(found, key=lambda c: (-totals[c], c)))


@pytest.mark.parametrize("seed", range(3), ids=lambda s: f"seed{s}")
def test_countries_topics_equal_the_set_based_code(clf: Classifier, seed: int) -> None:
    rng = random.Random(seed)
    names = [c.name for c in clf.ruleset.concepts]
    for _ in range(3000):
        totals = {n: rng.choice([0.0, 0.5, 1.0, 1.0, 2.0, rng.random()]) for n in rng.sample(names, rng.randint(0, 12))}
        assert clf._countries_topics(totals) == _reference_countries_topics(clf, totals), totals
