"""Functions behind the service's CLI: classify JSON lines, explain, evaluate.

* classify_jsonl(clf, in_stream, out_stream) -> exit code
* explain_text(clf, text, lang=None) -> str
* evaluate_file(clf, path, out_stream) -> 0
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .classifier import Classifier
from .decision import Decision

TEXT_FIELDS = ("title", "summary", "content")


class _BadLine(ValueError):
    def __init__(self, message: str, item_id: Any = None) -> None:
        super().__init__(message)
        self.item_id = item_id


def _dumps(obj: dict[str, Any]) -> str:
    line = json.dumps(obj, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from a \ud800 escape in the input
        line = json.dumps(obj)
    return line


def _parse_item(raw: str, number: int) -> dict[str, Any]:
    try:
        item = json.loads(raw)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise _BadLine(f"line {number}: not valid JSON ({exc})") from None
    if not isinstance(item, dict):
        raise _BadLine(f"line {number}: expected a JSON object with title, summary or content")
    item_id = item.get("id")
    for name in (*TEXT_FIELDS, "lang", "url"):
        value = item.get(name)
        if value is not None and not isinstance(value, str):
            raise _BadLine(f"line {number}: {name} must be a string or null, not {type(value).__name__}", item_id)
    if not any(item.get(name) for name in TEXT_FIELDS):
        raise _BadLine(f"line {number}: needs at least one of title, summary, content", item_id)
    return item


def _lines(stream: IO[str]) -> Iterator[tuple[int, str]]:
    for number, raw in enumerate(stream, start=1):
        if raw.strip():
            yield number, raw


def _classify_item(clf: Classifier, item: dict[str, Any]) -> Decision:
    return clf.classify(
        title=item.get("title"), summary=item.get("summary"), content=item.get("content"), lang=item.get("lang"),
        url=item.get("url"),
    )


def classify_jsonl(clf: Classifier, in_stream: IO[str], out_stream: IO[str]) -> int:
    """Classify JSON lines; write one JSON line per input line, in order.

    Input objects have id, title, summary, content, lang, url (all optional, but
    at least one text field). Output: {"id", "relevant", "score",
    "countries", "topics", "matches"}; a bad line gives {"id", "error":
    "line N: ..."} and processing goes on. Blank lines are skipped.
    Returns 0 when every line was classified, 1 when some had errors.
    """
    status = 0
    for number, raw in _lines(in_stream):
        item_id: Any = None
        try:
            item = _parse_item(raw, number)
            item_id = item.get("id")
            d = _classify_item(clf, item)
        except _BadLine as exc:
            status = 1
            out_stream.write(_dumps({"id": exc.item_id, "error": str(exc)}) + "\n")
            continue
        except ValueError as exc:  # InputError and friends: report, go on
            status = 1
            out_stream.write(_dumps({"id": item_id, "error": f"line {number}: {exc}"}) + "\n")
            continue
        out = {
            "id": item_id,
            "relevant": d.relevant,
            "score": d.score,
            "countries": list(d.countries),
            "topics": list(d.topics),
            "matches": [m.to_dict() for m in d.matches],
        }
        out_stream.write(_dumps(out) + "\n")
    return status


#: A text given alone is read as a headline when it is one line of at most this many characters
#: (what a headline is), else as an item's body (its summary).
HEADLINE_MAX_CHARS = 300


def explain_text(clf: Classifier, text: str | None = None, lang: str | None = None, *,
                 title: str | None = None, summary: str | None = None, url: str | None = None) -> str:
    """Classify one item from the command line and explain the decision.

    ``title`` and ``summary`` go to those fields. ``text`` alone is read as the title when it
    looks like a headline (one line, at most :data:`HEADLINE_MAX_CHARS` characters), else as
    the summary: a headline typed or pasted to see how it is decided is judged as the feed's
    headline would be (the headline rules read the title only)."""
    if text is not None:
        if title is None and "\n" not in text.strip() and len(text.strip()) <= HEADLINE_MAX_CHARS:
            title = text
        else:
            summary = text if summary is None else f"{summary}\n{text}"
    return clf.classify(title=title, summary=summary, lang=lang, url=url).explain()


@dataclass
class _Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def n(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    def add(self, truth: bool, predicted: bool) -> None:
        if truth and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif truth:
            self.fn += 1
        else:
            self.tn += 1

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Evaluation:
    """Result of evaluating a labelled file (also returned by evaluate())."""

    overall: _Tally = field(default_factory=_Tally)
    by_lang: dict[str, _Tally] = field(default_factory=dict)
    misses: list[tuple[str, dict[str, Any], Decision]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    skipped: int = 0  # items the mode cannot judge (headline alone: items without a title)


MODES = {
    "title and summary": TEXT_FIELDS,
    "headline alone": ("title",),
}


def evaluate(clf: Classifier, path: str | Path, mode: str = "title and summary") -> Evaluation:
    """Score a labelled JSON-lines file (`label`: relevant|irrelevant, `lang`).

    ``mode`` "title and summary" classifies each item as it is; "headline alone" classifies
    the same items with summary and content dropped (items without a title are skipped).
    """
    fields = MODES[mode]
    result = Evaluation()
    with open(path, encoding="utf-8") as stream:
        for number, raw in _lines(stream):
            try:
                item = _parse_item(raw, number)
            except _BadLine as exc:
                result.errors.append(str(exc))
                continue
            label = item.get("label")
            if label not in ("relevant", "irrelevant"):
                result.errors.append(f'line {number}: label must be "relevant" or "irrelevant", not {label!r}')
                continue
            shown = {name: item.get(name) if name in fields else None for name in TEXT_FIELDS}
            if not any(shown.values()):
                result.skipped += 1
                continue
            truth = label == "relevant"
            d = _classify_item(clf, {**item, **shown})
            lang = item.get("lang") or "unknown"
            result.overall.add(truth, d.relevant)
            result.by_lang.setdefault(lang, _Tally()).add(truth, d.relevant)
            if truth != d.relevant:
                kind = "false negative" if truth else "false positive"
                result.misses.append((kind, {**item, **shown}, d))
    return result


def evaluate_file(clf: Classifier, path: str | Path, out_stream: IO[str]) -> int:
    """Print precision, recall and F1 overall and per language, twice — with title and summary,
    and with the headline alone — then every miss of each mode, explained."""
    results = {mode: evaluate(clf, path, mode) for mode in MODES}
    w = out_stream.write
    w(f"Evaluation of {path} with rules {clf.version}\n")
    for mode, result in results.items():
        w(f"\n{mode}" + (f" ({result.skipped} item(s) without one skipped)" if result.skipped else "") + "\n")
        w(f"{'lang':<10}{'items':>6}{'TP':>5}{'FP':>5}{'FN':>5}{'TN':>5}{'precision':>11}{'recall':>8}{'F1':>7}\n")
        rows = [("overall", result.overall)] + sorted(result.by_lang.items())
        for name, t in rows:
            p, r, f = t.prf()
            w(f"{name:<10}{t.n:>6}{t.tp:>5}{t.fp:>5}{t.fn:>5}{t.tn:>5}{p:>11.3f}{r:>8.3f}{f:>7.3f}\n")
    for err in results["title and summary"].errors:
        w(f"skipped {err}\n")
    for mode, result in results.items():
        w(f"\n{len(result.misses)} miss(es), {mode}\n")
        for kind, item, d in result.misses:
            w(f"\n=== {kind}: {item.get('id')} [{item.get('lang') or 'unknown'}] ({mode})\n")
            for name in TEXT_FIELDS:
                value = item.get(name)
                if value:
                    short = value if len(value) <= 300 else value[:300] + "…"
                    w(f"{name}: {short}\n")
            w(d.explain() + "\n")
    return 0
