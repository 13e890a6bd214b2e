"""classify_jsonl, explain_text and evaluate_file."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from classifiers import Classifier
from classifiers.cli import classify_jsonl, evaluate, evaluate_file, explain_text


def run(clf: Classifier, lines: list[str]) -> tuple[int, list[dict]]:
    out = io.StringIO()
    code = classify_jsonl(clf, io.StringIO("\n".join(lines) + "\n"), out)
    return code, [json.loads(line) for line in out.getvalue().splitlines()]


def test_classify_jsonl_writes_one_line_per_input_in_order(clf: Classifier) -> None:
    items = [
        {"id": "a", "title": "Китай выделил стипендии студентам из Кыргызстана", "lang": "ru"},
        {"id": 2, "summary": "Kazakhstan wheat exports to China grew"},
        {"id": "c", "content": "中哈联合实验室在阿拉木图揭牌，兰州大学参与共建。"},
    ]
    code, out = run(clf, [json.dumps(i, ensure_ascii=False) for i in items])
    assert code == 0
    assert [o["id"] for o in out] == ["a", 2, "c"]
    assert [o["relevant"] for o in out] == [True, False, True]
    for o in out:
        assert set(o) == {"id", "relevant", "score", "countries", "topics", "matches"}
    assert out[0]["matches"][0] == {"term": "Китай", "concept": "china", "field": "title", "offset": 0}


def test_bad_lines_get_an_error_and_processing_continues(clf: Classifier) -> None:
    lines = [
        '{"id": 1, "title": "China and Kazakhstan open joint laboratory"}',
        "{not json",
        '["a", "list"]',
        '{"id": "no-text", "lang": "en"}',
        '{"id": "bad-type", "title": 42}',
        "",
        '{"id": "lone", "title": "Kazakhstan \\ud800 China"}',
        '{"id": "last", "summary": "Uzbekistan"}',
    ]
    code, out = run(clf, lines)
    assert code == 1
    assert [o["id"] for o in out] == [1, None, None, "no-text", "bad-type", "lone", "last"]
    assert out[1]["error"].startswith("line 2: not valid JSON")
    assert out[2]["error"] == "line 3: expected a JSON object with title, summary or content"
    assert out[3]["error"] == "line 4: needs at least one of title, summary, content"
    assert out[4]["error"] == "line 5: title must be a string or null, not int"
    assert "error" not in out[5] and "error" not in out[6]


def test_explain_text(clf: Classifier) -> None:
    text = explain_text(clf, "Chinese scholarships for Kyrgyz students", lang="en")
    assert text.startswith("Decision: RELEVANT")
    assert "'Kyrgyz' → kg" in text


LONG = ("The delegation discussed many things. " * 10).strip()


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"text": "Uzbekistan and China launch joint laboratory"}, "title"),
    ({"text": "中吉教育合作"}, "title"),
    ({"text": "Uzbekistan and China launch joint laboratory\nA second line makes it a body"}, "summary"),
    ({"text": "Uzbekistan and China launch joint laboratory. " + LONG}, "summary"),
    ({"title": "Uzbekistan and China launch joint laboratory", "summary": LONG}, "title"),
    ({"summary": "Uzbekistan and China launch joint laboratory"}, "summary"),
], ids=["headline-en", "headline-zh", "two-lines", "long", "title-and-summary", "summary-alone"])
def test_explain_text_reads_a_headline_as_a_title(clf: Classifier, kwargs: dict[str, str], field: str) -> None:
    out = explain_text(clf, **kwargs)
    assert f"{field}@0 " in out and ("summary@0 " not in out or field == "summary")


@pytest.mark.parametrize("headline", ["Uzbekistan and China launch joint laboratory", "中吉教育合作",
                                      "Университеты Казахстана и Китая открыли совместную лабораторию"])
def test_the_issues_headlines_are_relevant_from_the_command_line(clf: Classifier, headline: str) -> None:
    assert explain_text(clf, headline).startswith("Decision: RELEVANT")


def test_evaluate_file_prints_metrics_and_misses(clf: Classifier, tmp_path: Path) -> None:
    rows = [
        {"id": "r1", "lang": "en", "label": "relevant", "title": "China and Kazakhstan open joint laboratory"},
        {"id": "r2", "lang": "ru", "label": "relevant", "title": "Погода в Алматы"},  # a miss on purpose
        {"id": "n1", "lang": "en", "label": "irrelevant", "title": "Kazakhstan wheat exports to China grew"},
        {"id": "x", "lang": "en", "label": "maybe", "title": "China"},
    ]
    path = tmp_path / "labelled.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    out = io.StringIO()
    assert evaluate_file(clf, path, out) == 0
    text = out.getvalue()
    assert "precision" in text and "recall" in text and "F1" in text
    assert "\ntitle and summary\n" in text and "\nheadline alone\n" in text
    assert text.count("overall        3    1    0    1    1      1.000   0.500  0.667") == 2  # both modes
    assert "=== false negative: r2 [ru] (title and summary)" in text
    assert "=== false negative: r2 [ru] (headline alone)" in text
    assert "Decision: not relevant" in text
    assert "skipped line 4: label must be" in text


def test_headline_alone_drops_summary_and_content(clf: Classifier, tmp_path: Path) -> None:
    rows = [
        {"id": "s", "lang": "en", "label": "relevant", "title": "A milestone",
         "summary": "China and Kazakhstan opened a joint laboratory at Lanzhou University."},
        {"id": "no-title", "lang": "en", "label": "relevant", "summary": "China and Kazakhstan open a joint laboratory for students"},
    ]
    path = tmp_path / "labelled.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    full = evaluate(clf, path)
    headline = evaluate(clf, path, "headline alone")
    assert (full.overall.tp, full.overall.fn) == (2, 0)
    assert (headline.overall.tp, headline.overall.fn, headline.skipped) == (0, 1, 1)
    assert headline.misses[0][1]["summary"] is None
    out = io.StringIO()
    evaluate_file(clf, path, out)
    assert "headline alone (1 item(s) without one skipped)" in out.getvalue()
