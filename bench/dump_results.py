"""Dump every public result of the classifier on a fixed corpus, to check that a speed-up
changes nothing: run it before and after, and compare the files byte for byte.

    .venv/bin/python bench/dump_results.py OUT.txt [--shared ../shared/eval/labelled_dev.jsonl]

For every item of classifiers/eval/*.jsonl, the shared labelled set (when present), the test
tables (tests/classifiers: cases, headlines) and the benchmark's generated items (fixed seed),
plus odd texts (junk, squeezed spaces, fullwidth letters, surrogates): ``classify_to_dict``,
``classify(...).to_dict()`` and ``explain()``, with title and summary (and url and lang), with
the title alone, and with the texts as content.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_classify import make_item  # noqa: E402

from classifiers import load_classifier  # noqa: E402


def _junk(seed: int, n: int) -> str:
    rnd = random.Random(seed)
    return "".join(chr(rnd.randrange(0, 0x10FFFF)) for _ in range(n))


def corpus(shared: Path | None) -> list[dict]:
    items: list[dict] = []
    paths = sorted((REPO / "classifiers" / "eval").glob("*.jsonl"))
    if shared is not None and shared.exists():
        paths.append(shared)
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                items.append(json.loads(line))
    sys.path.insert(0, str(REPO / "tests" / "classifiers"))
    from cases import CASES  # type: ignore[import-not-found]
    from headlines import HEADLINES  # type: ignore[import-not-found]
    items += [{"id": i, "title": t, "summary": s} for i, t, s, _ in CASES]
    items += [{"id": i, "title": t} for i, t, _ in HEADLINES]
    rnd = random.Random(7)
    items += [make_item(rnd, rnd.choice(("en", "ru", "zh"))) for _ in range(3000)]
    odd = [
        "Kazakhstan  and\n\nChina  open   joint\tlaboratory", "ＫＡＺＡＫＨＳＴＡＮ and ＣＨＩＮＡ universities",
        "Kazakhstan\ud800China university", "Қазақстан мен Қытай университеттері бірлескен зертхана ашты",
        "O‘zbekiston va Xitoy universitetlari hamkorlik", "中国—哈萨克斯坦  联合实验室  揭牌", _junk(1, 3000),
        "Ташкент - Пекин: студенты «Университета Цинхуа» и КазНУ", "\u0301" * 50 + "Казахстан и Китай",
        "Kazakh-Chinese university alliance - Almaty", "КАЗНУ в казну: Китай", "ёлка Китаё Казахстан ё",
    ]
    for k, text in enumerate(odd):
        items.append({"id": f"odd-{k}", "title": text, "summary": " ".join(odd[k:k + 3])})
    return items


def dump(out_path: Path, shared: Path | None) -> str:
    clf = load_classifier()
    lines: list[str] = []
    for item in corpus(shared):
        title, summary = item.get("title"), item.get("summary")
        url, lang = item.get("url"), item.get("lang")
        content = item.get("content")
        calls = [
            ("full", {"title": title, "summary": summary, "content": content, "lang": lang, "url": url}),
            ("nourl", {"title": title, "summary": summary}),
            ("title", {"title": title}),
            ("title-url", {"title": title, "url": url, "lang": lang}),
            ("content", {"content": title, "article": summary}),
        ]
        for mode, kwargs in calls:
            compact = clf.classify_to_dict(**kwargs)
            decision = clf.classify(**kwargs)
            lines.append(json.dumps([item.get("id"), mode, compact], ensure_ascii=False, sort_keys=False))
            lines.append(json.dumps([item.get("id"), mode, decision.to_dict()], ensure_ascii=False))
            lines.append(decision.explain())
    text = "\n".join(lines) + "\n"
    out_path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--shared", type=Path, default=REPO.parent.parent / "shared" / "eval" / "labelled_dev.jsonl")
    args = ap.parse_args()
    print(dump(args.out, args.shared))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
