"""Implied side: the language a text is written in, told from the text itself.

A Kazakh-, Kyrgyz-, Uzbek-, Tajik- or Turkmen-language text that names China and a science or
education subject is about cooperation with the writer's own country far more often than not
("Ухань - студенттер мекені", "Хитой тилини мукаммал билганлар учун мукофот"); a
Chinese-language text naming Central Asia and cooperation implies the Chinese side
("中央媒体聚焦中亚生态与环境科技合作"). The rules read that as a weak side (``implied`` in
rules.yaml), weaker than a named one and guarded (docs/classifier.md, "Implied side").

The language is decided from the text (title first, then the start of the summary):

* **letters**: Kazakh ә ұ і һ; Kyrgyz ң ө ү without the Kazakh-only letters and without қ ғ;
  Tajik ҷ ӣ ӯ; Uzbek Cyrillic ў; Turkmen ň ž (and ä ý); Kazakh Latin ǵ ń ı ú; Uzbek Latin oʻ gʻ
  (o or g, an apostrophe, a letter); Han characters for Chinese. Ukrainian ї є ґ, and і with ў
  (Belarusian), decide nothing;
* **words**: the language's own word for China (Қытай, Кытай, Хитой/Xitoy, Чин, Hytaý, Qytai) and
  its commonest function words (мен/және, менен/жана, билан/учун, бо/дар/барои, bilen/we…),
  which also tell Uzbek, Tajik and Kyrgyz written without their special letters;
* against them, Russian, English and Turkish function words (и, в, на / the, of, and / ve, ile):
  a Russian text quoting a Kazakh name stays Russian, and implies nothing;
* the feed's ``lang`` hint adds a little, never decides alone.

``detect()`` returns the language with its evidence (field, offset and word of the first sign,
and a readable reason), or None. It runs only for items where one side is missing, so its cost
does not touch most items.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

NAMES = {"kk": "Kazakh", "ky": "Kyrgyz", "uz": "Uzbek", "tg": "Tajik", "tk": "Turkmen", "zh": "Chinese"}

_W = "0-9a-zà-ɏЀ-ԯḀ-ỿ'ʻʼ‘’`´"  # word characters (lower case; apostrophes belong to Uzbek words)
_APOS = "'ʻʼ‘’`´"

# Letters (lower case) that only one of the languages uses, or that narrow the choice.
_KK_ONLY = frozenset("әұіһ")
_KK_KY = frozenset("ңөү")
_KK_UZ_TG = frozenset("қғ")
_UZ_TG = frozenset("ҳ")
_TG_ONLY = frozenset("ҷӣӯ")
_UZ_ONLY = frozenset("ў")
_UK = frozenset("їєґ")
_TK_ONLY = frozenset("ňž")
_TK_KK = frozenset("äý")
_KK_LATIN = frozenset("ǵńúū")  # the 2018 letters; ı only beside q (Turkish has ı, never q)
_DOTLESS = "ı"
_SPECIAL = _KK_ONLY | _KK_KY | _KK_UZ_TG | _UZ_TG | _TG_ONLY | _UZ_ONLY | _UK | _TK_ONLY | _TK_KK | _KK_LATIN | {_DOTLESS}
_SPECIAL_RE = re.compile("[" + "".join(sorted(_SPECIAL)) + "]")
_UZ_APOS_RE = re.compile(f"(?<![{_W}])[^\\W\\d_]*[og][{_APOS}][a-z]")  # a word with oʻ / gʻ in it
_HAN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LETTER_RE = re.compile("[a-zà-ɏЀ-ԯ]")

# Words of each language: its word for China (a prefix: every form starts with it), then
# common function words. The China word counts twice: it is what these headlines always have.
_CHINA_PREFIXES = {
    "қытай": "kk", "qytai": "kk", "qytay": "kk", "qıtai": "kk", "qytaı": "kk",
    "кытай": "ky", "хитой": "uz", "xitoy": "uz", "хитоӣ": "tg", "hytaý": "tk", "hytay": "tk", "çin": "tr",
    # the PRC's acronym in each language, often with an ending (ХХРнинг, ҚХР-дың, КЭРдин)
    "ххр": "uz", "xxr": "uz", "қхр": "kk", "кэр": "ky", "ҷмч": "tg", "hhr": "tk",
}
_CHINA_WORDS = {"чин": "tg", "чинро": "tg", "чину": "tg", "чини": "tg"}
_FUNCTION_WORDS = {
    "kk": "мен және бойынша үшін туралы арасында жылы болды өтті тағы осы бұл ретінде "
          "men jáne jane boıynsha boiynsha úshin ushin týraly turaly arasynda ashyldy qoıdy "
          "ашылды қойды өткізілді жүргізілді",
    "ky": "менен жана боюнча үчүн тууралуу ортосунда өттү болду чарба бул дагы ачылды өткөрүлдү коюшту",
    "uz": "билан учун ва бўйича ҳамда ўртасида бўлди очилди қилди ўтди этди буюрди имзоланди ўтказилди "
          "bilan uchun va bo'yicha hamda o'rtasida bo'ldi ochildi qildi o'tdi etdi xalqaro buyurdi "
          "imzolandi o'tkazildi "
          # common headline words, so that Uzbek without oʻ/gʻ is still told (and their Cyrillic
          # spellings): "Luban ustaxonasi ilk bitiruvchilarini chiqardi" has no other sign
          "yangi ilk chiqardi tashkil etildi etiladi boshlandi tayyorlandi nafar qabul yakunlandi "
          "tushirildi haqida янги нафар ташкил этилди этилади бошланди",
    "tg": "бо дар аз барои ки шуд мешавад намуд карданд гардид байни миёни "
          # round 34: common headline words, so that Tajik without ҷ ӣ ӯ is still told
          # ("Устохонаи Лубан нахустин хатмкунандагонро дошт")
          "нахустин кушода баргузор шуданд гардиданд намуданд",
    "tk": "bilen we boýunça arasynda üçin bolup geçirildi açyldy "
          # round 34: common headline verbs, spelt as Turkish does not (geçti, oldu, başladı), so
          # that a Turkmen headline with only ý is still told ("Demirýolçylar Pekinde okuwdan geçdi")
          "geçdi boldy başlady tamamlady gowşurdy",
    "ru": "и в на с по для что из о об к при от года году это как не",
    "en": "the of and in to for with on at from by is are",
    "tr": "ve ile için bir bu olarak",
}
_WORD_LANG: dict[str, str] = {w: lang for lang, words in _FUNCTION_WORDS.items() for w in words.split()}
# Round 34: stems only one language has, each a sign (1 point, once) in any of its forms: the
# word for a workshop (the Luban Workshop's name in each language: "Luban ustaxonasining ilk
# bitiruvchilari", "Транспорт университетида Лубань устахонаси очилди") and Tajik words for a
# university, an institute and a graduate, which need none of Tajik's special letters.
_STEMS = {
    "ustaxona": "uz", "устахона": "uz", "устохона": "tg", "шеберхана": "kk", "устакана": "ky",
    "ussahana": "tk", "донишгоҳ": "tg", "донишкада": "tg", "хатмкунанда": "tg",
    # round 63: Uzbek Latin's "our university", "our students" and its spelling of a delegation, which need no
    # oʻ or gʻ ("Universitetimizga Shinjon universiteti delegatsiyasi tashrif buyurdi")
    "universitetimiz": "uz", "talabalarimiz": "uz", "oliygoh": "uz", "delegatsiya": "uz",
}
_STEM_LENGTHS = sorted({len(stem) for stem in _STEMS})
_TOKEN_RE = re.compile(f"[^\\W\\d_][{_W}]*")  # a word (apostrophes inside belong to it)
_APOS_TABLE = str.maketrans({c: "'" for c in _APOS})
_SCAN_CHARS = 300  # the title and this much of the summary are read


# may_detect(): a word of the given languages may stand here. A token never starts right after
# a letter of _W, and a-z and а-я are such letters; anything else is let through, so the test
# never misses a token that detect() would count (it may find more, which only costs a detect()).
_NOT_AFTER = "(?<![a-zа-я])"
_UZ_APOS_ANY = re.compile(f"[og][{_APOS}][a-z]")  # in every match of _UZ_APOS_RE (and in more)


def _trie(words: Iterable[str]) -> str:
    """An alternation of ``words`` grouped by their letters (a regex tries one branch per
    letter instead of every word: ~3x faster here); an apostrophe matches any apostrophe."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alternatives = [(f"[{_APOS}]" if ch == "'" else re.escape(ch)) + emit(node[ch]) if ch else ""
                        for ch in sorted(node)]
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return emit(tree)


@functools.lru_cache(maxsize=32)
def _signs_re(langs: frozenset[str]) -> re.Pattern[str] | None:
    """A pattern that finds every token detect() counts for one of ``langs`` (its function
    words, its word for China, its China prefixes), and perhaps more."""
    words = {w for w, lang in _WORD_LANG.items() if lang in langs}
    words |= {w for w, lang in _CHINA_WORDS.items() if lang in langs}
    prefixes = {p for p, lang in _CHINA_PREFIXES.items() if lang in langs}
    prefixes |= {p for p, lang in _STEMS.items() if lang in langs}
    alternatives = []
    if words:
        alternatives.append(_trie(words) + f"(?![{_W}])")
    if prefixes:
        alternatives.append(_trie(prefixes))
    if not alternatives:
        return None
    return re.compile(_NOT_AFTER + "(?:" + "|".join(alternatives) + ")")


def may_detect(title: str, summary: str, langs: Iterable[str]) -> bool:
    """False when ``detect(title, summary, …)`` certainly returns none of ``langs``, whatever
    the hint; True when it may. A cheap test of what detect() needs before a language can win:
    Chinese needs Han characters; the other languages need one of the special letters, an
    Uzbek oʻ/gʻ, or one of their words (a hint adds only to a language already seen). Most
    items that name one side are Russian or English and have none of them, and detect()
    costs ~60 µs."""
    langs = frozenset(langs).intersection(NAMES)
    if not langs:
        return False
    low = title.lower() + "\n" + summary[:_SCAN_CHARS].lower()  # what detect() reads
    plain = low.isascii()  # no Han, no special letter (English text: the common case)
    if "zh" in langs and not plain and _HAN_RE.search(low) is not None:
        return True
    turkic = langs - {"zh"}
    if not turkic:
        return False
    if not plain and _SPECIAL_RE.search(low) is not None:
        return True
    if (not plain or "'" in low or "`" in low) and _UZ_APOS_ANY.search(low) is not None:
        return True
    signs = _signs_re(turkic)
    return signs is not None and signs.search(low) is not None


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the language was told from: the first sign, and a readable reason."""

    lang: str
    field: int  # 0 title, 1 summary
    offset: int
    term: str
    reason: str


def _word_at(text: str, pos: int) -> tuple[int, str]:
    start = pos
    while start and (text[start - 1].isalnum() or text[start - 1] in _APOS):
        start -= 1
    end = pos
    while end < len(text) and (text[end].isalnum() or text[end] in _APOS):
        end += 1
    return start, text[start:end]


def detect(title: str, summary: str, hint: str | None = None) -> Evidence | None:
    """The language of the item (kk, ky, uz, tg, tk or zh) with its evidence, or None when
    the text is Russian, English, Turkish, another language, or undecided."""
    texts = (title, summary[:_SCAN_CHARS])
    low = [t.lower() for t in texts]
    joined = low[0] + "\n" + low[1]
    points: dict[str, float] = {}
    signs: dict[str, list[str]] = {}
    first: dict[str, tuple[int, int]] = {}  # lang -> (field, offset) of its first sign

    def add(lang: str, value: float, sign: str, field: int, offset: int) -> None:
        points[lang] = points.get(lang, 0.0) + value
        shown = signs.setdefault(lang, [])
        if sign not in shown and len(shown) < 4:
            shown.append(sign)
        if lang not in first or (field, offset) < first[lang]:
            first[lang] = (field, offset)

    # Han characters: Chinese when they are at least as many as the letters
    han = [len(_HAN_RE.findall(t)) if _HAN_RE.search(t) else 0 for t in low]
    if sum(han) >= 4 and sum(han) >= len(_LETTER_RE.findall(joined)):
        fi = 0 if han[0] else 1
        m = _HAN_RE.search(low[fi])
        add("zh", 6.0, "Han characters", fi, m.start() if m else 0)

    # letters
    letters: dict[str, tuple[int, int]] = {}
    for fi, t in enumerate(low):
        for m in _SPECIAL_RE.finditer(t):
            ch = m.group()
            if ch in letters:
                continue
            start, word = _word_at(texts[fi], m.start())
            if sum(c.isupper() for c in word) >= 2:
                continue  # an acronym or a name in capitals (ҚазҰУ in a Russian text) tells nothing
            letters[ch] = (fi, m.start())
    present = set(letters)
    if present:
        def mark(lang: str, value: float, chars: frozenset[str]) -> None:
            for ch in sorted(chars & present, key=lambda c: letters[c]):
                add(lang, value, f"letter {ch}", *letters[ch])
                value = 0.5  # further letters of the class add little

        # Ukrainian (і ї є ґ) or Belarusian (ў with і) letters: none of our languages, so the
        # letters shared with Tajik, Uzbek, Kazakh and Kyrgyz imply none of them
        slavic = bool(present & _UK) or ("ў" in present and "і" in present)
        if not slavic:
            if present & _TG_ONLY:
                mark("tg", 3.0, _TG_ONLY)
                mark("tg", 1.0, _KK_UZ_TG | _UZ_TG)
            elif present & _UZ_ONLY:
                mark("uz", 3.0, _UZ_ONLY)
                mark("uz", 1.0, _KK_UZ_TG | _UZ_TG)
            elif present & _KK_ONLY:
                mark("kk", 3.0, _KK_ONLY | _KK_KY | _KK_UZ_TG)
            elif present & _KK_KY:
                if present & _KK_UZ_TG:
                    mark("kk", 3.0, _KK_KY | _KK_UZ_TG)
                else:
                    mark("ky", 2.5, _KK_KY)
            elif present & (_KK_UZ_TG | _UZ_TG):  # Uzbek or Tajik (or Kazakh): the words decide
                for lang in ("uz", "tg"):
                    mark(lang, 1.0, _KK_UZ_TG | _UZ_TG)
                if not present & _UZ_TG:
                    mark("kk", 1.0, _KK_UZ_TG)
        if present & _TK_ONLY:
            mark("tk", 3.0, _TK_ONLY)
        if present & _TK_KK:
            mark("tk", 1.0, _TK_KK)
            mark("kk", 0.5, _TK_KK)
        if present & _KK_LATIN or (_DOTLESS in present and "q" in joined):
            mark("kk", 2.5, _KK_LATIN | ({_DOTLESS} if "q" in joined else set()))
    for fi, t in enumerate(low):  # Uzbek Latin oʻ gʻ
        for m in _UZ_APOS_RE.finditer(t):
            add("uz", 2.0 if points.get("uz", 0) < 2 else 0.5, m.group(), fi, m.start())
            break

    # words: one pass over the words of both fields
    counts: dict[str, int] = {}
    china_seen: set[str] = set()
    stems_seen: set[str] = set()
    for fi, t in enumerate(low):
        for m in _TOKEN_RE.finditer(t):
            word = m.group()
            if "'" in word or "ʻ" in word or "’" in word:
                word = word.translate(_APOS_TABLE)
            lang = _WORD_LANG.get(word)
            if lang is not None:
                n = counts.get(lang, 0)
                if n < 4:
                    counts[lang] = n + 1
                    add(lang, 1.0, word, fi, m.start())
                continue
            lang = _CHINA_WORDS.get(word) or _CHINA_PREFIXES.get(word[:5]) or _CHINA_PREFIXES.get(word[:3])
            if lang is not None and lang not in china_seen:
                china_seen.add(lang)
                add(lang, 2.0, word, fi, m.start())
                continue
            if lang is None and len(word) >= _STEM_LENGTHS[0]:
                stem = next((word[:n] for n in _STEM_LENGTHS if word[:n] in _STEMS), None)
                if stem is not None and stem not in stems_seen:
                    stems_seen.add(stem)
                    add(_STEMS[stem], 1.0, word, fi, m.start())
    if hint:
        base = hint.split("-")[0].split("_")[0].lower()
        if base in points:  # support only: never decides alone
            points[base] += 0.5

    if not points:
        return None
    ranked = sorted(points.items(), key=lambda kv: -kv[1])
    best, score = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if best not in NAMES or score < 2.0 or score < second + 1.0:
        return None
    fi, offset = first[best]
    if best == "zh":
        start, word = offset, texts[fi][offset:offset + 4]
    else:
        start, word = _word_at(texts[fi], offset)
        if not word:
            word = texts[fi][offset:offset + 1]
    reason = f"the text is in {NAMES[best]} (" + ", ".join(signs[best]) + ")"
    return Evidence(best, fi, start, word, reason)


# ---------------------------------------------------------------------------------------------
# Chinese institutions named in pinyin: "Liaodong University", "Huaqiao University", "Jiangxi
# Normal University", "University of Jinan". The gazetteer cannot list every Chinese college,
# but their names are Chinese place names in pinyin, which is regular enough to recognise: a
# capitalised word made of two to four pinyin syllables, at least one of them one that English,
# Russian, Korean or Japanese names rarely have (zh, x-, q-, -iao, -iang, -uang, -ian, -ei, -ou,
# -ui, -uo, -uan, -iong). Used only for an item that names Central Asia and not China.
_INITIAL = "(?:zh|ch|sh|[bpmfdtnlgkhrzcsyw])"
_FINAL = ("(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|"
          "uo|ui|ue|er|a|o|e|i|u)")
_SYLLABLE = (f"(?:{_INITIAL}{_FINAL}|[jqx](?:iang|iong|ian|iao|ing|ie|iu|in|ia|i|uan|ue|un|u)"
             "|(?:a|ai|an|ang|ao|e|ei|en|er|o|ou))")  # j q x only before i and u
_PINYIN_WORD = re.compile(f"(?:{_SYLLABLE}){{2,4}}")
_DISTINCT = re.compile("zh|x[iu]|q[iu]|iao|iang|iong|uang|uai|uan|ian|ei|ou|ui|uo")
_INSTITUTION = re.compile(
    r"\b((?:[A-Z][a-z]+[ -]?){1,2}?)\s+(?:(?:Normal|Agricultural|Medical|Forestry|Technological|Polytechnic(?:al)?|"
    r"Jiaotong|Petroleum|Foreign Studies|International Studies|Science and Technology|Finance and Economics|"
    r"Teachers|Vocational|Industrial|Minzu|Aeronautics and Astronautics)\s+)?(?:University|College|Institute|Academy)\b"
    r"|\bUniversity of ([A-Z][a-z]+)\b")


# Japanese, Korean, Russian and other names that read as pinyin
_NOT_CHINESE = frozenset("meiji kansai waseda hanyang nanyang busan kazan penza tula siena pisa lima abai human "
                         "women xiaomi ajou".split())


def _is_pinyin(word: str) -> bool:
    w = word.lower().replace("'", "")
    return w not in _NOT_CHINESE and _PINYIN_WORD.fullmatch(w) is not None and _DISTINCT.search(w) is not None


# round 47: a Chinese university's own English news names its officers in pinyin beside "our
# university" ("Zhong Weizhou, President of our university, ..."): the writer is the Chinese side. A
# surname, a given name in pinyin (two to four syllables, one of them distinct), an office, "of our".
_OFFICER = re.compile(
    r"\b([A-Z][a-z]{0,5}) ([A-Z][a-z]+), (?:the )?(?:(?:Executive |First )?(?:Vice |Deputy )?"
    r"(?:President|Party Secretary|Secretary of the Party Committee|Dean|Director|Chairman)) of our "
    r"(?:university|college|institute|school)\b")
_SURNAMES = frozenset("wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng "
                      "liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye "
                      "cheng wei su lu ding ren shen yao zhong jin cui tan fan fu qin qiu shi".split())


def pinyin_institutions(text: str) -> list[tuple[int, int, str]]:
    """Chinese institutions named in pinyin in an English (Latin) text, and officers named in pinyin
    "of our university" (their name after "officer: "): (start, end, name)."""
    out: list[tuple[int, int, str]] = []
    if " of our " in text:
        for m in _OFFICER.finditer(text):
            if m.group(1).lower() in _SURNAMES and _is_pinyin(m.group(2)):
                out.append((m.start(), m.end(), f"officer: {m.group(1)} {m.group(2)}"))
    # _INSTITUTION matches only where one of these words is written with its capital (it is
    # case-sensitive): a text that says "university" in small letters is not searched.
    if "University" not in text and "College" not in text and "Institute" not in text and "Academy" not in text:
        return out
    for m in _INSTITUTION.finditer(text):
        group = 1 if m.group(1) else 2
        words = re.split("[ -]", m.group(group).strip())
        if any(_is_pinyin(w) for w in words):
            out.append((m.start(), m.end(), m.group(group).strip()))
    return out
