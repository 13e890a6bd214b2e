"""What the classifier's table tests share (rounds 3–7, the probes): a table is rows of
``(id, *values)``; a *reading* asks whether a concept matches a text, a *decision* whether a
headline is relevant; probes must not be items of the labelled sets (they would then grade
the rules with the answers they were written from)."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

import pytest

from classifiers import Classifier
from classifiers.cli import MODES, _classify_item

EVAL = Path(__file__).resolve().parents[2] / "classifiers" / "eval"


def rows(names: Sequence[str], table: Sequence[tuple]) -> pytest.MarkDecorator:
    """Parametrize over ``table``: each row's first value is its test id."""
    return pytest.mark.parametrize(tuple(names), [r[1:] for r in table], ids=[r[0] for r in table])


IN_BOTH_MODES = ("mode", "title", "summary", "expected")


def in_both_modes(probes: Sequence[tuple], wrong: dict[str, set[str]] | None = None) -> list[tuple]:
    """Rows for ``rows(IN_BOTH_MODES, ...)``: each probe (id, title, [summary,] relevant) in each of
    ``monitor eval``'s modes, expected as labelled unless its id is recorded in ``wrong[mode]``
    (a decision pinned as measured wrong, moved out when a fix makes it right)."""
    out = []
    for mode in MODES:
        for probe in probes:
            pid, title, relevant = probe[0], probe[1], probe[-1]
            summary = probe[2] if len(probe) == 4 else None
            out.append((f"{mode.replace(' ', '-')}-{pid}", mode, title, summary,
                        relevant is not (pid in (wrong or {}).get(mode, ()))))
    return out


IN_BOTH_MODES_URL = ("mode", "title", "url", "expected")


def in_both_modes_with_url(probes: Sequence[tuple], wrong: dict[str, set[str]] | None = None) -> list[tuple]:
    """``in_both_modes`` for probes with a url (round 50): rows for ``rows(IN_BOTH_MODES_URL, ...)``
    from probes (id, url, title, relevant), in each of ``monitor eval``'s modes, expected as
    labelled unless the id is recorded in ``wrong[mode]``."""
    return [(f"{mode.replace(' ', '-')}-{pid}", mode, title, url, relevant is not (pid in (wrong or {}).get(mode, ())))
            for mode in MODES for pid, url, title, relevant in probes]


WITH_AND_WITHOUT_URL = ("mode", "title", "summary", "url", "expected")


def with_and_without_url(probes: Sequence[tuple], wrong: dict[str, set[str]]) -> list[tuple]:
    """Rows for ``rows(WITH_AND_WITHOUT_URL, ...)`` from probes (id, url, title, lede, relevant): each
    in each of ``monitor eval``'s modes, once with its url and once without, expected as labelled
    unless the id is recorded in ``wrong[mode]`` (rounds 53 and 55)."""
    return [(f"{mode.replace(' ', '-')}-{'url' if shown else 'nourl'}-{pid}", mode, title, lede, url if shown else None,
             relevant is not (pid in wrong[mode]))
            for mode in MODES for shown in (True, False) for pid, url, title, lede, relevant in probes]


def assert_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    d = clf.classify(title=text)
    assert (concept in {m.concept for m in d.matches}) is expected, d.explain()


def assert_decision(clf: Classifier, title: str, expected: bool, url: str | None = None) -> None:
    d = clf.classify(title=title, url=url)
    assert d.relevant is expected, d.explain()


@cache
def labelled_titles() -> frozenset[str]:
    """Every title of ``classifiers/eval/*.jsonl``, case-folded."""
    return frozenset(
        json.loads(line)["title"].strip().casefold()
        for path in EVAL.glob("*.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    )


def words(text: str) -> set[str]:
    """A text's words, case-folded (Uzbek apostrophes as one), or its character pairs when it is
    Chinese: what the probes' freshness checks compare."""
    text = text.casefold().replace("ʻ", "'").replace("’", "'")
    if re.search(r"[\u4e00-\u9fff]", text):
        text = re.sub(r"\W", "", text)
        return {text[i : i + 2] for i in range(len(text) - 1)}
    return set(re.findall(r"\w+", text))


@cache
def labelled_texts() -> frozenset[str]:
    """Every title and summary of every labelled set (``classifiers/eval`` and the shared
    ``labelled_dev.jsonl``), case-folded."""
    shared = EVAL.parents[2] / "shared" / "eval" / "labelled_dev.jsonl"
    return frozenset(
        (item.get(key) or "").strip().casefold()
        for path in [*EVAL.glob("*.jsonl"), *([shared] if shared.exists() else [])]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
        for item in (json.loads(line),)
        for key in ("title", "summary")
    ) - {""}



def _round_number(module: str) -> int | None:
    """The round a probe module belongs to ("probes_r65_dev" -> 65), or None (headlines, cases…)."""
    found = re.match(r"probes_r(\d+)", module)
    return int(found.group(1)) if found else None


def probe_texts(own: str, *alongside: str) -> set[str]:
    """Every title and lede (longer than 8 characters) of every probe module of this package
    (``probes_*.py``, ``headlines.py``, ``cases.py``, ``grid_r9.py``) but those whose name starts
    with ``own`` (a round's own, e.g. ``"probes_r43"``) or with one of ``alongside`` (the rounds
    written at the same time by other writers, who could not see each other's sets: a likeness
    between them is chance, not a repeat), nor any round's written after ``own`` (a later set's
    likeness to this one is that later round's to record, in its own check), case-folded: what a
    round's probes must be fresh against."""
    texts: set[str] = set()
    mine = _round_number(own)
    for module in pkgutil.iter_modules(importlib.import_module(__package__).__path__):
        name = module.name
        if not (name.startswith("probes_") or name in ("headlines", "cases", "grid_r9")) or name.startswith((own, *alongside)):
            continue
        later = _round_number(name)
        if mine is not None and later is not None and later > mine:
            continue
        for value in vars(importlib.import_module(f"{__package__}.{name}")).values():
            if isinstance(value, (list, tuple)) and value and isinstance(value[0], tuple):
                texts |= {x.strip().casefold() for row in value for x in row[1:3] if isinstance(x, str) and len(x) > 8}
    return texts

def repeats(texts: Sequence[str], known: Iterable[str], share: float = 0.5) -> list[str]:
    """The ``texts`` that are one of ``known`` (case-folded), or share ``share`` of their words
    (``words``: character pairs in Chinese) with one: a probe must be fresh."""
    known = {k.strip().casefold() for k in known} - {""}
    others = [w for w in map(words, known) if w]
    out = []
    for text in texts:
        mine = words(text)
        if text.strip().casefold() in known or any(len(mine & b) / len(mine | b) >= share for b in others):
            out.append(text)
    return out


def load_set(name: str) -> list[dict]:
    """The items of a labelled set in ``classifiers/eval`` (a JSON-lines file), in order."""
    text = (EVAL / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def decide(clf: Classifier, mode: str, item: dict, *, meta: bool = False) -> bool:
    """Whether ``item`` is relevant in one of ``monitor eval``'s modes (``classifiers.cli.MODES``):
    only the mode's text fields are shown; ``meta`` keeps the item's url and lang beside them, as
    ``monitor eval`` reads a labelled file."""
    shown = {name: item.get(name) if name in MODES[mode] else None for name in ("title", "summary", "content")}
    return _classify_item(clf, {**item, **shown} if meta else shown).relevant


def assert_new_probes(probes: Sequence[tuple]) -> None:
    """No probe is a labelled item's title, and no two probes share an id."""
    titles = labelled_titles()
    assert not [p[0] for p in probes if p[1].strip().casefold() in titles]
    assert len({p[0] for p in probes}) == len(probes)


def assert_fresh_holdout(
    name: str,
    min_items: int,
    probes: Sequence[tuple] = (),
    relevant_share: tuple[float, float] = (0.4, 0.6),
    headline_only: tuple[float, float] = (1 / 3, 1.0),
) -> None:
    """A fresh holdout (holdout8, holdout9…) was built from the search tool's pages and
    labelled by reading: every item has a url and the query that found it; no url or title
    repeats another set's (classifiers/eval and the shared labelled_dev) or a probe's; about
    half are relevant, most negatives hard and at least a third headline-only. A set built for
    hard negatives (holdout20, round 29) passes its own ``relevant_share``; a set built to
    measure the title-and-summary mode (holdout18, round 26) its own share of headline-only
    items, ``headline_only=(low, high)``: at most a fifth there."""

    def load(path: Path) -> list[dict]:
        return load_set(path.name) if path.parent == EVAL else [
            json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
        ]

    items = load_set(name)
    assert len(items) >= min_items
    assert len({i["id"] for i in items}) == len(items)
    assert all(i["url"].startswith("http") and "query: " in i["origin"] for i in items)
    shared = EVAL.parents[2] / "shared" / "eval" / "labelled_dev.jsonl"
    others = [o for path in EVAL.glob("*.jsonl") if path.name != name for o in load(path)]
    others += load(shared) if shared.exists() else []
    urls = {o["url"] for o in others}
    titles = {(o["title"] or "").strip().casefold() for o in others} | {
        p[1].strip().casefold() for p in probes
    }
    assert not [
        i["id"] for i in items if i["url"] in urls or i["title"].strip().casefold() in titles
    ]
    relevant = [i for i in items if i["label"] == "relevant"]
    negatives = [i for i in items if i["label"] == "irrelevant"]
    low, high = relevant_share
    assert low <= len(relevant) / len(items) <= high
    assert sum(i["hard_negative"] for i in negatives) >= len(negatives) / 2
    low, high = headline_only
    assert low * len(items) <= sum(i["headline_only"] for i in items) <= high * len(items)
    assert all(i["headline_only"] == (i["summary"] == "") for i in items)


BLIND_LANGS = ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk")


def blind_rows(probes: Sequence[tuple], wrong_with_url: set[str], wrong_without_url: set[str]) -> list[tuple]:
    """A blind headline set's rows ``(id, mode, title, url, expected)`` in both of ``monitor eval``'s modes, with
    and without the url; ``expected`` is the label but for the ids pinned wrong as measured (rounds 69, 72, 80…)."""
    return [(f"{mode.replace(' ', '-')}-{'url' if shown else 'nourl'}-{pid}", mode, title, url if shown else None,
             relevant is not (pid in (wrong_with_url if shown else wrong_without_url)))
            for mode in MODES for shown in (True, False) for pid, url, title, _, relevant in probes]


def probe_rows(probes: Sequence[tuple], wrong: set[str]) -> list[tuple]:
    """A round's dev or held-out probe set's rows ``(id, mode, title, lede, url, expected)`` in both of ``monitor
    eval``'s modes, with and without the url; ``expected`` is the label but for the ids pinned wrong as measured
    (rounds 85 on)."""
    return [(f"{mode.replace(' ', '-')}-{'url' if shown else 'nourl'}-{pid}", mode, title, lede, url if shown else None,
             relevant is not (pid in wrong))
            for mode in MODES for shown in (True, False) for pid, url, title, lede, relevant in probes]


def assert_blind_set_shape(probes: Sequence[tuple]) -> None:
    """12 relevant and 4 hard negatives in each of the nine languages, headlines only, ids unique."""
    for lang in BLIND_LANGS:
        mine = [p for p in probes if p[0].split("-")[1] == lang]
        assert (sum(p[-1] for p in mine), sum(not p[-1] for p in mine)) == (12, 4), lang
        assert all(p[0].endswith("-neg") is not p[-1] for p in mine), lang
    assert all(p[3] is None for p in probes)
    assert len({p[0] for p in probes}) == len(probes)


def assert_fresh_blind(probes: Sequence[tuple], own: str, *alongside: str, not_fresh: Iterable[str] = ()) -> None:
    """No headline of a blind set is a labelled text or an earlier probe's, nor shares half its words (character
    pairs in Chinese) with one, but those recorded in ``not_fresh``; nor with another headline of the set."""
    mine = [p[2] for p in probes]
    assert set(repeats(mine, labelled_texts() | probe_texts(own, *alongside))) == set(not_fresh)
    assert not [(a, b) for i, a in enumerate(mine) for b in mine[i + 1:] if repeats([a], [b])]
