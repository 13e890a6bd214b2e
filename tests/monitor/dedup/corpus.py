"""The labelled near-duplicate corpus in ``tests/monitor/dedup/data/*.yaml``, materialised.

Each file lists stories; each story lists the items (sightings) that carry it. An item is either
written out in full (``title`` + ``text``) or derived ``from`` another item of the corpus by an
explicit edit script, so every difference between two copies is visible in the data file:

``title``              replaces the title (a rephrased or re-suffixed headline)
``replace``            ``[[old, new], ...]`` exact substring edits; each ``old`` must occur
``drop``               sentences to drop, each named by its first words
``move``               ``[[sentence, before], ...]`` moves a sentence before another one
``prepend``/``append`` text added at the start (a dateline) or the end (a trailer)
``lead_sentences``     keep only the first N sentences (a feed's summary)
``lead_chars``         keep the first N characters, cut at a word, plus "…" (a truncated summary)

Labels: items of one ``story`` are the same story (positives). ``event`` groups stories that
report one event in different languages (cross-language pairs are measured but not scored).
``topic`` names what near misses share (the same lab, ministry, template...); it is only used
to break the measurements down.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"

_ABBREV = "".join(
    rf"(?<!\b{a}\.)" for a in ("Jan", "Feb", "Aug", "Sep", "Oct", "Nov", "Dec", "Dr", "Mr", "Ms", "St")
)
_SENTENCE_END = re.compile(rf"(?<=[.!?]){_ABBREV}\s+|(?<=[。！？])\s*(?=[^\s”»\"'])")


@dataclass(frozen=True)
class Item:
    id: str
    story: str
    event: str
    topic: str
    kind: str  # original, wire, reprint, rewrite, summary
    lang: str
    url: str
    title: str
    text: str
    file: str  # data file stem; "holdout" was written after the defaults were chosen


def _sentences(text: str) -> list[str]:
    out: list[str] = []
    for para in text.strip().split("\n\n"):
        out.extend(s for s in _SENTENCE_END.split(para.strip()) if s)
        out.append("\n\n")
    return out[:-1]


def _join(sentences: list[str]) -> str:
    text = ""
    for s in sentences:
        if s == "\n\n":
            text = text.rstrip() + "\n\n"
        elif text and not text.endswith("\n\n") and not _is_cjk(s[:1]):
            text += " " + s
        else:
            text += s
    return text.strip()


def _is_cjk(ch: str) -> bool:
    return bool(ch) and "\u3000" <= ch <= "\u9fff"


def _find(sentences: list[str], start: str, item_id: str) -> int:
    hits = [i for i, s in enumerate(sentences) if s.startswith(start)]
    if len(hits) != 1:
        raise ValueError(f"{item_id}: sentence starting {start!r} found {len(hits)} times")
    return hits[0]


def _derive(base: Item, spec: dict) -> tuple[str, str]:
    item_id = spec["id"]
    title = spec.get("title", base.title)
    text = base.text
    for old, new in spec.get("replace", []):
        if old not in text and old not in title:
            raise ValueError(f"{item_id}: {old!r} not in the text of {base.id}")
        text = text.replace(old, new)
        title = title.replace(old, new) if "title" not in spec else title
    sentences = _sentences(text)
    for start in spec.get("drop", []):
        del sentences[_find(sentences, start, item_id)]
    for start, before in spec.get("move", []):
        moved = sentences.pop(_find(sentences, start, item_id))
        sentences.insert(_find(sentences, before, item_id), moved)
    if "lead_sentences" in spec:
        kept = [s for s in sentences if s != "\n\n"][: spec["lead_sentences"]]
        sentences = kept
    text = _join(sentences)
    if "lead_chars" in spec:
        cut = text[: spec["lead_chars"]]
        if not _is_cjk(cut[-1:]):
            cut = cut.rsplit(" ", 1)[0]
        text = cut.rstrip(",;: ") + "…"
    text = spec.get("prepend", "") + text + spec.get("append", "")
    return title, text


def load_corpus() -> list[Item]:
    items: dict[str, Item] = {}
    for path in sorted(DATA.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for story in doc["stories"]:
            for spec in story["items"]:
                item_id = spec["id"]
                if item_id in items:
                    raise ValueError(f"{path.name}: duplicate item id {item_id}")
                if "from" in spec:
                    title, text = _derive(items[spec["from"]], spec)
                    lang = spec.get("lang", items[spec["from"]].lang)
                else:
                    title, text = spec["title"], spec["text"].strip()
                    lang = spec["lang"]
                items[item_id] = Item(
                    id=item_id,
                    story=story["story"],
                    event=story.get("event", story["story"]),
                    topic=story.get("topic", ""),
                    kind=spec.get("kind", "original"),
                    lang=lang,
                    url=spec.get("url", ""),
                    title=title,
                    text=text,
                    file=path.stem,
                )
    return list(items.values())



def cluster_pairs(items: list[Item], assigned: dict[str, int]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of "same story" over all item pairs.

    ``assigned`` maps item id → cluster id. Pairs of different stories about the same event
    are left out: they are neither required together nor apart.
    """
    tp = fp = fn = 0
    for a, b in itertools.combinations(items, 2):
        if a.story != b.story and a.event == b.event:
            continue
        together = assigned[a.id] == assigned[b.id]
        tp += together and a.story == b.story
        fp += together and a.story != b.story
        fn += not together and a.story == b.story
    return tp, fp, fn
