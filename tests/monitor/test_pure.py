"""Table-driven tests for the pure stages: settings, sources, normalizing, back-off."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from classifiers import load_classifier
from monitor.errors import ConfigError
from monitor.feeds.normalize import detect_language, html_to_text, item_key, safe_link
from monitor.pipeline.schedule import failure_delay, next_poll_after_failure, next_poll_after_success
from monitor.settings import Settings, parse_duration, redact_url, unknown_variables
from monitor.feeds.sources import SourcesFileError, load_sources, parse_sources
from monitor.pipeline.analyse import _json
from tests.classifiers.test_eval_dev import eval_file

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("text", "seconds"), [
    ("90s", 90), ("15m", 900), ("2h", 7200), ("1h30m", 5400), ("1d", 86400), ("45", 45), (" 30m ", 1800),
], ids=lambda v: str(v))
def test_parse_duration(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["5x", "", "m", "-5", "0", "1.5h"])
def test_parse_duration_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="duration"):
        parse_duration(text)


def test_settings_defaults() -> None:
    s = Settings.from_env({})
    assert s.database_url == "sqlite:///./data/monitor.db" and s.sources == "./sources.yaml"
    assert s.allow_private_hosts is False and s.default_interval == 1800 and s.max_body_bytes == 10_000_000


@pytest.mark.parametrize(("env", "message"), [
    ({"MONITOR_ALLOW_PRIVATE_HOSTS": "maybe"}, "MONITOR_ALLOW_PRIVATE_HOSTS: \"maybe\" is not a boolean"),
    ({"MONITOR_DEFAULT_INTERVAL": "soon"}, "MONITOR_DEFAULT_INTERVAL: \"soon\" is not a duration"),
    ({"MONITOR_LOG_FORMAT": "xml"}, "MONITOR_LOG_FORMAT: \"xml\" is not one of: text, json"),
    ({"MONITOR_MAX_CONCURRENCY": "lots"}, "MONITOR_MAX_CONCURRENCY: \"lots\" is not a whole number"),
    ({"MONITOR_INTERVAL_JITTER": "2"}, "MONITOR_INTERVAL_JITTER: must be between 0 and 1"),
], ids=["bool", "duration", "choice", "int", "range"])
def test_settings_errors_name_the_variable(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("(", r"\(")):
        Settings.from_env(env)


def test_file_variant_reads_secrets(tmp_path: Path) -> None:
    secret = tmp_path / "db_url"
    secret.write_text("postgresql+psycopg://app:s3cret@db/monitor\n")
    s = Settings.from_env({"MONITOR_DATABASE_URL_FILE": str(secret)})
    assert s.database_url == "postgresql+psycopg://app:s3cret@db/monitor"
    assert "s3cret" not in str(s.redacted())
    with pytest.raises(ConfigError, match="MONITOR_DATABASE_URL_FILE: cannot read"):
        Settings.from_env({"MONITOR_DATABASE_URL_FILE": str(tmp_path / "missing")})


def test_redact_and_unknown_variables() -> None:
    assert redact_url("postgresql://u:pw@h/db") == "postgresql://u:***@h/db"
    assert unknown_variables({"MONITOR_DATABSE_URL": "x", "MONITOR_TICK": "1s", "HOME": "/"}) == ["MONITOR_DATABSE_URL"]


def test_bundled_sources_file_loads() -> None:
    sources = load_sources(REPO / "sources.yaml")
    assert len(sources) >= 35
    assert {s.id for s in sources} >= {"astanatimes", "kun-uz", "24kg", "cgtn-scitech", "gnews-en"}
    assert all(s.interval is None or s.interval >= 900 for s in sources if "news.google" in s.url)


def test_minimal_source_gets_defaults() -> None:
    (src,) = parse_sources("sources:\n  - id: astanatimes\n    url: https://astanatimes.com/feed/\n")
    assert (src.name, src.enabled, src.interval, src.language, src.dedup) == ("astanatimes", True, None, None, True)


@pytest.mark.parametrize(("yaml_text", "message"), [
    ("sources:\n  - id: a\n    url: https://a.example/\n    interval: 5x\n",
     'sources.yaml:4: sources[0].interval: "5x" is not a duration like 15m or 2h'),
    ("sources:\n  - id: A B\n    url: https://a.example/\n", 'sources.yaml:2: sources[0].id: "A B" must be lower-case'),
    ("sources:\n  - id: a\n    url: feed.xml\n", 'sources.yaml:3: sources[0].url: "feed.xml" must start with http://'),
    ("sources:\n  - id: a\n", "sources.yaml:2: sources[0].url: missing"),
    ("sources:\n  - id: a\n    url: https://a.example/\n    enabled: maybe\n", 'sources[0].enabled: "maybe" must be true or false'),
    ("sources:\n  - id: a\n    url: https://a.example/\n    intervall: 1h\n", "sources[0].intervall: unknown field; did you mean `interval`?"),
    ("sources:\n  - id: a\n    url: https://a.example/\n  - id: a\n    url: https://b.example/\n",
     'sources.yaml:4: sources[1].id: "a" is already used by the source on line 2'),
    ("sources:\n  - id: a\n    url: https://a.example/\n    interval: 10s\n", "shorter than the minimum 1m"),
    ("sources:\n  - id: a\n    url: https://a.example/\n    language: fr\n", 'language: "fr" is not a supported language hint'),
    ("feeds: []\n", "sources: missing; add a `sources:` list"),
    ("sources: [\n", "not valid YAML"),
    ("", "the file is empty"),
    ("sources: {id: a}\n", "sources: must be a list"),
], ids=["duration", "id", "url-scheme", "url-missing", "bool", "typo", "duplicate", "too-often", "language",
        "no-list", "bad-yaml", "empty", "not-a-list"])
def test_sources_errors_name_file_line_field_and_fix(yaml_text: str, message: str) -> None:
    with pytest.raises(SourcesFileError) as info:
        parse_sources(yaml_text, "sources.yaml")
    assert message in str(info.value)


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(SourcesFileError) as info:
        parse_sources("sources:\n  - id: a\n    url: x\n  - id: b\n    url: y\n")
    assert len(info.value.problems) == 2


@pytest.mark.parametrize(("html", "text"), [
    ("<p>Joint <b>lab</b> opens</p>", "Joint lab opens"),
    ("A &amp; B &lt;tag&gt;", "A & B <tag>"),
    ("&amp;amp; stays single-decoded", "&amp; stays single-decoded"),
    ("<script>alert(1)</script>Safe", "Safe"),
    ("<style>p{}</style>Text<br/>more", "Text more"),
    ("line\n\n  breaks\t folded", "line breaks folded"),
    ("<![CDATA[cdata text]]>", "cdata text"),
    ("ctrl\x00\x07chars\ud800", "ctrlchars"),
    ("", ""),
    ("2 < 3 and 5 > 4", "2 < 3 and 5 > 4"),
], ids=["tags", "entities", "double-escaped", "script", "style-br", "space", "cdata", "control", "empty", "lt-gt"])
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


@pytest.mark.parametrize(("link", "base", "expected"), [
    ("https://a.example/x", None, "https://a.example/x"),
    ("/news/1", "https://a.example/feed/", "https://a.example/news/1"),
    ("javascript:alert(1)", "https://a.example/", None),
    ("data:text/html,hi", None, None),
    ("  https://a.example/y  ", None, "https://a.example/y"),
    ("mailto:x@y", None, None),
    ("", None, None),
], ids=["absolute", "relative", "javascript", "data", "spaces", "mailto", "empty"])
def test_safe_link(link: str, base: str | None, expected: str | None) -> None:
    assert safe_link(link, base) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("Chinese and Kazakh universities open a joint laboratory", "en"),
    ("Китай и Казахстан открыли совместную лабораторию", "ru"),
    ("中国与哈萨克斯坦共建联合实验室", "zh"),
    ("Қазақстан мен Қытай университеттері бірлескен зертхана ашты", "kk"),
    ("Oʻzbekiston va Xitoy universitetlari hamkorlik qiladi", "uz"),
    ("Ўзбекистон ва Хитой университетлари ҳамкорлик қилади", "uz"),
    ("Тоҷикистон ва Чин ҳамкории илмӣ", "tg"),
    ("Кыргызстан менен Кытай университеттери кызматташат, түзүлөт", "ky"),
    ("   ", None),
], ids=["en", "ru", "zh", "kk", "uz-latin", "uz-cyrillic", "tg", "ky", "blank"])
def test_detect_language(text: str, lang: str | None) -> None:
    assert detect_language(text) == lang


def test_item_key_falls_back_guid_link_text() -> None:
    assert item_key("g", "https://l", "t", "s") == item_key("g", "https://other", "x", "y")
    assert item_key(None, "https://l", "t", "s") == item_key(None, "https://l", "x", "y")
    assert item_key(None, None, "t", "s") != item_key(None, None, "t", "s2")


T = datetime(2026, 11, 2, tzinfo=timezone.utc)


@pytest.mark.parametrize(("failures", "delay"), [(1, 120), (2, 240), (3, 480), (8, 15360), (9, 21600), (50, 21600)])
def test_failure_backoff_doubles_and_caps(failures: int, delay: float) -> None:
    assert failure_delay(failures, base=120, cap=21600) == delay


def test_next_poll_jitter_and_retry_after() -> None:
    rng = random.Random(1)
    spread = {next_poll_after_success(T, 1800, 0.1, rng) for _ in range(50)}
    assert all(T + timedelta(seconds=1620) <= t <= T + timedelta(seconds=1980) for t in spread) and len(spread) > 1
    assert next_poll_after_success(T, 1800, 0, rng) == T + timedelta(minutes=30)
    late = next_poll_after_failure(T, 1, base=120, cap=21600, jitter=0, rng=rng, retry_after=3600)
    assert late == T + timedelta(hours=1)
    capped = next_poll_after_failure(T, 1, base=120, cap=21600, jitter=0, rng=rng, retry_after=10 ** 9)
    assert capped == T + timedelta(days=1)


def test_compact_matches_keeps_each_term_once_per_field() -> None:
    """Stored evidence: each (term, concept, field) once, at its first offset, with a count."""
    from classifiers.decision import Decision, make_match

    found = (make_match("China", "china", "title", 0), make_match("china", "china", "summary", 5),
             make_match("China", "china", "summary", 50), make_match("университет", "university", "summary", 9))
    decision = Decision(relevant=True, score=1.0, countries=(), topics=(), matches=found, rules=(),
                        rules_version="t")
    assert decision.to_dict(compact=True)["matches"] == [
        {"term": "China", "concept": "china", "field": "title", "offset": 0, "count": 1},
        {"term": "china", "concept": "china", "field": "summary", "offset": 5, "count": 2},
        {"term": "университет", "concept": "university", "field": "summary", "offset": 9, "count": 1},
    ]


def test_the_mmap_threshold_is_fixed_on_glibc() -> None:
    import platform

    from monitor.pipeline.memory import fix_mmap_threshold

    expected = platform.system() == "Linux" and platform.libc_ver()[0] == "glibc"
    assert fix_mmap_threshold() is expected


def test_a_single_malloc_arena_on_glibc() -> None:
    import platform

    from monitor.pipeline.memory import single_arena

    expected = platform.system() == "Linux" and platform.libc_ver()[0] == "glibc"
    assert single_arena() is expected


def test_trim_returns_a_bool_everywhere() -> None:
    from monitor.pipeline.memory import trim

    assert trim() in (True, False)


def test_stored_decisions_equal_the_full_decisions_on_real_items() -> None:
    """The monitor stores ``classify_to_dict`` encoded by orjson; on every dev item (five
    languages, text that takes the offset-mapping path) that is the Decision's compact dict,
    encoded as json.dumps would."""
    clf = load_classifier()
    path = eval_file()
    if not path.is_file():
        pytest.skip(f"labelled dev set not found at {path} (set MONITOR_EVAL_FILE to use another file)")
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert items
    for item in items:
        fields = {k: item.get(k) for k in ("title", "summary", "content")}
        expected = clf.classify(**fields).to_dict(compact=True)
        stored = clf.classify_to_dict(**fields)
        assert stored == expected
        assert _json(stored) == json.dumps(expected, ensure_ascii=False, separators=(",", ":"))
