"""Loading and validating ``sources.yaml``.

Errors name the file, the line, the field and the fix, e.g.::

    sources.yaml:14: sources[3].interval: "5x" is not a duration like 15m or 2h

All errors in a file are collected and reported together, so a user fixes them in one go.

A source is a feed (``url:``), or a search (``kind: google_news`` or ``kind: gdelt`` with
``query:``; see :mod:`monitor.feeds.queries`). A Google News search becomes one
:class:`SourceConfig` per edition, with the id ``<id>:<edition>`` (``gnews-en:en-US``) and
``group`` set to the file's id: each edition is then a source row of its own in the database,
with its own validators, failures and back-off, and the poller, the store and ``monitor
sources check`` need to know nothing about searches. ``monitor poll --source gnews-en`` names
every edition of that search.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from monitor.errors import ConfigError
from monitor.feeds.queries import (
    EDITIONS,
    GDELT_COUNTRIES,
    GDELT_LANGUAGES,
    KINDS,
    gdelt_url,
    google_news_url,
    query_problem,
)
from monitor.settings import Settings, format_duration, parse_duration

if TYPE_CHECKING:  # PyYAML is imported where a file is parsed: an unchanged file comes from the cache
    import yaml

ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
LANGUAGES = ("en", "ru", "zh", "kk", "uz", "ky", "tg", "tk")
FIELDS = ("id", "name", "url", "language", "interval", "enabled", "dedup", "tags", "notes",
          "kind", "query", "editions", "countries", "languages", "fulltext")
FULLTEXT = ("auto", "always", "never")


@dataclass(frozen=True)
class SourceConfig:
    """One entry of ``sources.yaml``, validated."""

    id: str
    name: str
    url: str
    language: str | None = None
    interval: float | None = None  # seconds; None means the default from settings
    enabled: bool = True
    dedup: bool = True  # take part in cross-source story clustering
    tags: tuple[str, ...] = field(default_factory=tuple)
    kind: str = "feed"  # feed | google_news | gdelt (monitor.feeds.queries)
    query: str | None = None  # the search words of a google_news or gdelt source
    edition: str | None = None  # the Google News edition of this row (en-US, ru-KZ…)
    group: str | None = None  # the id in the file, when one entry became several rows
    fulltext: str = "auto"  # auto | always | never: fetch the article of this source's items

    def interval_or(self, default: float) -> float:
        return self.interval if self.interval is not None else default


class SourcesFileError(ConfigError):
    """One or more problems in a sources file; ``problems`` lists each message.

    The message is one line (a start-up error is one line): the problem itself, or the
    problems separated by " | " (the first five, then how many more);
    ``monitor sources check`` lists them one per line.
    """

    SHOWN = 5

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        if len(problems) == 1:
            super().__init__(problems[0])
            return
        more = len(problems) - self.SHOWN
        super().__init__(f"{len(problems)} problems in the sources file: "
                         + " | ".join(problems[:self.SHOWN])
                         + (f" | and {more} more (`monitor sources check` lists them all)" if more > 0 else ""))


def load_sources(path: str | Path, *, min_interval: float = 60.0,
                 cache_dir: str | Path | None = None) -> list[SourceConfig]:
    """Read and validate a sources file. Raises :class:`SourcesFileError` listing every problem.

    With ``cache_dir``, a file this code validated before is read from the cache kept there
    (:mod:`monitor.feeds.sources_cache`) instead of being parsed again."""
    p = Path(path)
    name = str(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SourcesFileError([f"{name}: file not found; set MONITOR_SOURCES to your sources file"]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SourcesFileError([f"{name}: cannot read it ({exc}); save it as UTF-8 text"]) from None
    if cache_dir is not None:
        from monitor.feeds.sources_cache import cached

        return cached(text, min_interval, Path(cache_dir),
                      lambda: parse_sources(text, name, min_interval=min_interval), SourceConfig)
    return parse_sources(text, name, min_interval=min_interval)


def parse_sources(text: str, name: str = "sources.yaml", *, min_interval: float = 60.0) -> list[SourceConfig]:
    import yaml

    try:
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 0
        problem = getattr(exc, "problem", None) or str(exc)
        raise SourcesFileError([f"{name}:{line}: not valid YAML: {problem}"]) from None

    problems: list[str] = []
    if root is None:
        raise SourcesFileError([f"{name}:1: the file is empty; it needs a top-level `sources:` list"])
    if not isinstance(root, yaml.MappingNode):
        raise SourcesFileError([f"{name}:{_line(root)}: the top level must be a mapping with a `sources:` list"])
    top = {k.value: (k, v) for k, v in root.value}
    for key, (knode, _) in top.items():
        if key not in ("sources", "defaults"):
            problems.append(f"{name}:{_line(knode)}: {key}: unknown top-level key; only `sources` is read")
    if "sources" not in top:
        raise SourcesFileError(problems + [f"{name}:1: sources: missing; add a `sources:` list"])
    seq = top["sources"][1]
    if not isinstance(seq, yaml.SequenceNode):
        raise SourcesFileError(problems + [f"{name}:{_line(seq)}: sources: must be a list of sources (items starting with `- id:`)"])

    out: list[SourceConfig] = []
    seen: dict[str, int] = {}
    for i, node in enumerate(seq.value):
        where = f"sources[{i}]"
        if not isinstance(node, yaml.MappingNode):
            problems.append(f"{name}:{_line(node)}: {where}: must be a mapping with id, name and url")
            continue
        rows, errs = _source(node, f"{name}", where, min_interval)
        problems.extend(errs)
        for src in rows:
            if src.id in seen:
                problems.append(f"{name}:{_line(node)}: {where}.id: \"{src.id}\" is already used by the "
                                f"source on line {seen[src.id]}; ids must be unique")
                continue
            seen[src.id] = _line(node)
            out.append(src)
    if problems:
        raise SourcesFileError(problems)
    return out


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _source(node: yaml.MappingNode, name: str, where: str, min_interval: float
            ) -> tuple[list[SourceConfig], list[str]]:
    import yaml

    errs: list[str] = []
    values: dict[str, Any] = {}
    lines: dict[str, int] = {}
    for knode, vnode in node.value:
        key = knode.value
        at = f"{name}:{_line(knode)}: {where}.{key}"
        if key not in FIELDS:
            close = difflib.get_close_matches(key, FIELDS, n=1)
            hint = f"did you mean `{close[0]}`?" if close else f"known fields: {', '.join(FIELDS)}"
            errs.append(f"{at}: unknown field; {hint}")
            continue
        try:
            values[key] = _construct(vnode)
        except yaml.YAMLError as exc:  # pragma: no cover - compose already validated the syntax
            errs.append(f"{at}: {exc}")
            continue
        lines[key] = _line(vnode)

    def err(key: str, message: str) -> None:
        line = lines.get(key, _line(node))
        errs.append(f"{name}:{line}: {where}.{key}: {message}")

    kind = values.get("kind", "feed")
    if kind not in KINDS:
        err("kind", f'"{kind}" is not a kind of source; use feed (the default), google_news or gdelt')
        kind = None
    for required in ("id", "url") if kind == "feed" else ("id", "query") if kind else ("id",):
        if required not in values:
            err(required, f"missing; every source needs `{required}`" if required != "query" else
                f'missing; a {kind} source searches for `query:`, e.g. query: "China Kazakhstan university"')
    sid = values.get("id")
    if sid is not None and (not isinstance(sid, str) or not ID_RE.match(sid)):
        err("id", f'"{sid}" must be lower-case letters, digits, "_" or "-" (e.g. astanatimes)')
    url = values.get("url")
    if url is not None:
        problem = url_problem(url)
        if problem:
            err("url", problem)
    lang = values.get("language")
    if lang is not None and (not isinstance(lang, str) or lang.lower() not in LANGUAGES):
        err("language", f'"{lang}" is not a supported language hint; use one of {", ".join(LANGUAGES)}')
    interval = None
    if values.get("interval") is not None:
        try:
            interval = parse_duration(values["interval"])
        except ValueError as exc:
            err("interval", str(exc))
        else:
            if interval < min_interval:
                err("interval", f'"{values["interval"]}" is shorter than the minimum '
                                f"{format_duration(min_interval)}; poll less often")
                interval = None
    for flag in ("enabled", "dedup"):
        if flag in values and not isinstance(values[flag], bool):
            err(flag, f'"{values[flag]}" must be true or false')
    tags = values.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        err("tags", "must be a list of words, e.g. [kz, education]")
        tags = []
    name_value = values.get("name")
    if name_value is not None and not isinstance(name_value, str):
        err("name", "must be text")
    fulltext = values.get("fulltext", "auto")
    if fulltext not in FULLTEXT:
        err("fulltext", f'"{fulltext}" must be auto (the default: fetch the article when the feed '
                        "is not enough to decide), always or never")
    searches = _search_fields(values, kind, err)
    if errs:
        return [], errs
    base = SourceConfig(
        id=sid, name=name_value or sid, url=url.strip() if url else "",
        language=lang.lower() if lang else None, interval=interval,
        enabled=values.get("enabled", True), dedup=values.get("dedup", True), tags=tuple(tags),
        kind=kind or "feed", fulltext=fulltext,
    )
    if kind == "google_news":
        editions = searches["editions"]
        too_long = [e for e in editions if len(f"{sid}:{e}") > 64]
        if too_long:
            err("id", f'"{sid}:{too_long[0]}" (the id of one edition) is longer than 64 characters; '
                      f"shorten the id to {63 - len(too_long[0])} characters")
            return [], errs
        return [replace(base, id=f"{sid}:{e}", url=google_news_url(values["query"], e, url),
                        name=f"{base.name} ({e})", language=EDITIONS[e].language,
                        query=values["query"], edition=e, group=sid) for e in editions], []
    if kind == "gdelt":
        return [replace(base, url=gdelt_url(values["query"], searches["countries"],
                                            searches["languages"], url),
                        query=values["query"])], []
    return [base], []


def _search_fields(values: dict[str, Any], kind: str | None,
                   err: Callable[[str, str], None]) -> dict[str, tuple[str, ...]]:
    """Check the fields of a search (``query``, ``editions``, ``countries``, ``languages``) and
    that a source of another kind does not use them. Returns the normalised lists."""
    out: dict[str, tuple[str, ...]] = {"editions": (), "countries": (), "languages": ()}
    owners = {"query": ("google_news", "gdelt"), "editions": ("google_news",),
              "countries": ("gdelt",), "languages": ("gdelt",)}
    for key, kinds in owners.items():
        if key in values and kind is not None and kind not in kinds:
            err(key, f"only a source with kind: {' or kind: '.join(kinds)} has `{key}`; "
                     f"remove it or set the kind")
    if kind not in ("google_news", "gdelt"):
        return out
    if "query" in values:
        problem = query_problem(values["query"])
        if problem:
            err("query", problem)
    if kind == "google_news":
        if values.get("language") is not None:
            err("language", "a google_news source takes each row's language from its edition "
                            "(en-US is en, ru-KZ is ru); remove `language`")
        if "editions" not in values:
            err("editions", f"missing; list the Google News editions to search, e.g. "
                            f"[en-US, ru-KZ, zh-CN] (known: {', '.join(EDITIONS)})")
        else:
            out["editions"] = _choices(values["editions"], "editions", EDITIONS, err,
                                       "a Google News edition this version knows", str)
    if kind == "gdelt":
        out["countries"] = _choices(values.get("countries", []), "countries", GDELT_COUNTRIES, err,
                                    "a country code GDELT sources can be filtered by", str.upper)
        out["languages"] = _choices(values.get("languages", []), "languages", GDELT_LANGUAGES, err,
                                    "a language GDELT sources can be filtered by", str.lower)
    return out


def _choices(value: Any, key: str, known: dict[str, Any], err: Callable[[str, str], None],
             what: str, fold: Callable[[str], str]) -> tuple[str, ...]:
    example = ", ".join(list(known)[:3])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        err(key, f"must be a list, e.g. [{example}]")
        return ()
    if key == "editions" and not value:
        err(key, f"is empty; list at least one edition, e.g. [{example}]")
    by_folded = {k.lower(): k for k in known}
    out: list[str] = []
    for item in value:
        found = by_folded.get(item.strip().lower())
        if found is None:
            close = difflib.get_close_matches(fold(item.strip()), list(known), n=1)
            hint = f"did you mean {close[0]}? " if close else ""
            err(key, f'"{item}" is not {what}; {hint}use one of {", ".join(known)}')
            continue
        if found not in out:
            out.append(found)
    return tuple(out)


def _construct(node: yaml.Node) -> Any:
    import yaml

    # SafeLoader's constructor alone: a whole SafeLoader("") (reader, scanner, parser) per
    # field was most of the time a 500-source file took to load
    return yaml.constructor.SafeConstructor().construct_object(node, deep=True)


def url_problem(url: Any) -> str | None:
    """Why ``url`` is not a usable feed URL, or None."""
    if not isinstance(url, str) or not url.strip():
        return "must be an http(s) URL like https://example.com/feed/"
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https"):
        return f'"{url}" must start with http:// or https://'
    if not parts.hostname:
        return f'"{url}" has no host name'
    return None


def load_configured_sources(settings: Settings) -> list[SourceConfig]:
    """The sources file the settings name (``MONITOR_SOURCES``), validated (the result is kept
    in ``MONITOR_DATA_DIR`` for the next start, see :mod:`monitor.feeds.sources_cache`)."""
    return load_sources(settings.sources, min_interval=settings.min_interval, cache_dir=settings.data_dir)
