"""The classifier inside the service: decisions stored by a poll, the classify/eval/reclassify commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.monitor.pipeline.test_poll_e2e import env_for, run
from tests.support.feedserver import FeedServer

RSS = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title><link>https://kz.example/</link>
<item><title>Chinese and Kazakh universities open joint agriculture research centre</title><link>https://kz.example/1</link><guid>1</guid>
<description>Kazakh National Agrarian Research University and Northwest A&amp;F University of China launched a joint laboratory.</description></item>
<item><title>Kazakhstan and China agree to expand gas pipeline capacity</title><link>https://kz.example/2</link><guid>2</guid>
<description>The pipeline will carry more gas to China from next year, officials said.</description></item>
</channel></rss>"""
SHARED_EVAL = Path(__file__).resolve().parents[4] / "shared" / "eval" / "labelled_dev.jsonl"


@pytest.fixture
def polled(feed_server: FeedServer, tmp_path: Path) -> dict[str, str]:
    url = feed_server.add_feed("/kz", RSS)
    (tmp_path / "sources.yaml").write_text(f"sources:\n  - {{id: kz, url: '{url}'}}\n")
    env = env_for(tmp_path)
    assert run(env, "poll")[0] == 0
    return env


def test_poll_stores_each_decision_with_its_evidence(polled: dict[str, str]) -> None:
    _, out = run(polled, "items", "list", "--json")
    items = {i["url"]: i for i in map(json.loads, out.splitlines())}
    lab, pipeline = items["https://kz.example/1"], items["https://kz.example/2"]
    assert lab["relevant"] is True and pipeline["relevant"] is False
    assert lab["rules_version"] and {"CN", "KZ"} <= set(lab["decision"]["countries"])
    assert any(m["concept"] == "china" and m["field"] == "title" for m in lab["decision"]["matches"])
    _, out = run(polled, "items", "list", "--relevant", "--json")
    assert [json.loads(line)["url"] for line in out.splitlines()] == ["https://kz.example/1"]


def test_reclassify_reports_nothing_changed_with_the_same_rules(polled: dict[str, str]) -> None:
    code, out = run(polled, "reclassify")
    assert code == 0 and "2 items reclassified" in out and "changed 0" in out


def test_classify_json_lines_in_order(tmp_path: Path) -> None:
    lines = tmp_path / "in.jsonl"
    lines.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in [
        {"id": "a", "title": "中国政府奖学金名额向吉尔吉斯斯坦学生倾斜", "lang": "zh"},
        {"id": "b", "title": "Kazakhstan beat China 2-1 in a football friendly"},
        {"id": "c"},
    ]) + "\n")
    code, out = run(env_for(tmp_path), "classify", str(lines))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1  # one line had no text: reported in place, the rest still classified
    assert [r["id"] for r in rows] == ["a", "b", "c"]
    assert rows[0]["relevant"] is True and rows[1]["relevant"] is False and "error" in rows[2]
    assert {"id", "relevant", "score", "countries", "topics", "matches"} <= set(rows[0])


def test_classify_text_explains(tmp_path: Path) -> None:
    code, out = run(env_for(tmp_path), "classify", "--text",
                    "Казахстанский технический университет подписал соглашение о научном сотрудничестве с бюро науки Урумчи")
    assert code == 0 and "RELEVANT" in out and "Урумчи" in out


def test_classify_missing_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run(env_for(tmp_path), "classify", str(tmp_path / "nope.jsonl"))
    assert code == 2 and "no such file" in capsys.readouterr().err


@pytest.mark.skipif(not SHARED_EVAL.is_file(), reason=f"labelled dev set not found at {SHARED_EVAL}")
def test_eval_prints_precision_recall_per_language(tmp_path: Path) -> None:
    code, out = run(env_for(tmp_path), "eval", str(SHARED_EVAL))
    assert code == 0 and "precision" in out and "overall" in out and "ru" in out


def test_bad_rules_path_is_a_configuration_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    env = {**env_for(tmp_path), "MONITOR_RULES": str(tmp_path / "missing-rules")}
    code, _ = run(env, "classify", "--text", "x")
    assert code == 2 and "MONITOR_RULES" in capsys.readouterr().err


def test_classify_title_summary_and_url(tmp_path: Path) -> None:
    headline = "Подписаны меморандумы о сотрудничестве с китайскими вузами"
    code, out = run(env_for(tmp_path), "classify", "--title", headline)
    assert code == 0 and out.startswith("Decision: not relevant") and "title@0" in out
    code, out = run(env_for(tmp_path), "classify", "--title", headline, "--url", "https://www.kstu.kz/news/1")
    assert code == 0 and out.startswith("Decision: RELEVANT") and "the outlet is in Kazakhstan" in out
