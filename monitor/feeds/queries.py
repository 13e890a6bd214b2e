"""Searches as sources: building the request URL of a ``google_news`` or ``gdelt`` source.

Pure: the sources loader (:mod:`monitor.feeds.sources`) calls these while validating
``sources.yaml``, and the fetch path asks :func:`is_gdelt_url` which requests to pace.

**Google News** (``kind: google_news``): one RSS search URL per edition,
``https://news.google.com/rss/search?q=<query>&hl=<hl>&gl=<gl>&ceid=<ceid>``, with ``hl``,
``gl`` and ``ceid`` as Google News writes them for that edition (``ru-KZ`` →
``hl=ru&gl=KZ&ceid=KZ:ru``; ``zh-CN`` → ``hl=zh-CN&gl=CN&ceid=CN:zh-Hans``). The query keeps
Google's own syntax (``OR``, quotes, ``site:``, ``when:7d``) and is only URL-encoded here.

**GDELT** (``kind: gdelt``): the DOC 2.0 API in article-list mode,
``https://api.gdeltproject.org/api/v2/doc/doc?query=…&mode=artlist&format=json&maxrecords=75&sort=datedesc``.
GDELT searches an English translation of every article, so the query is English whatever the
outlets' languages. ``countries`` (ISO 3166 codes, as elsewhere in this service) become
``sourcecountry:`` operators with GDELT's country names (GDELT's own two-letter codes are FIPS
codes, where ``CH`` is China: names avoid that trap); ``languages`` (our language codes)
become ``sourcelang:`` operators. Several values are OR'd in parentheses, the only place
GDELT allows parentheses.

With ``url:`` given as well, the same query parameters go to that base instead (a mirror, a
caching proxy, a test server).
"""

from __future__ import annotations

from typing import NamedTuple
from urllib.parse import parse_qsl, quote, urlsplit

KINDS = ("feed", "google_news", "gdelt")
GOOGLE_NEWS_BASE = "https://news.google.com/rss/search"
GDELT_BASE = "https://api.gdeltproject.org/api/v2/doc/doc"
GDELT_MAX_RECORDS = 75
#: GDELT asks for one request every 5 seconds per client address; we keep 6.
GDELT_MIN_INTERVAL = 6.0


class Edition(NamedTuple):
    """A Google News edition: what its URLs say, and the language of its items."""

    hl: str
    gl: str
    ceid: str
    language: str  # one of monitor.feeds.sources.LANGUAGES


def _edition(hl: str, country: str, ceid_language: str, language: str) -> Edition:
    return Edition(hl=hl, gl=country, ceid=f"{country}:{ceid_language}", language=language)


#: The editions a source may name. Google News writes English editions' ``hl`` with the
#: country (``en-US``), Russian ones without (``ru``), Chinese ones with the country and the
#: script in ``ceid``. Another edition: add it here (its ``hl``/``gl``/``ceid`` are in the
#: address bar of news.google.com once you pick it).
EDITIONS: dict[str, Edition] = {
    **{f"en-{c}": _edition(f"en-{c}", c, "en", "en") for c in ("US", "GB", "IN", "SG", "AU", "CA")},
    **{f"ru-{c}": _edition("ru", c, "ru", "ru") for c in ("RU", "KZ", "KG", "UZ", "UA")},
    "zh-CN": _edition("zh-CN", "CN", "zh-Hans", "zh"),
    "zh-TW": _edition("zh-TW", "TW", "zh-Hant", "zh"),
    "zh-HK": _edition("zh-HK", "HK", "zh-Hant", "zh"),
}

#: ``countries:`` of a GDELT source: ISO 3166-1 code → GDELT's ``sourcecountry:`` name.
GDELT_COUNTRIES: dict[str, str] = {
    "CN": "china", "KZ": "kazakhstan", "UZ": "uzbekistan", "KG": "kyrgyzstan",
    "TJ": "tajikistan", "TM": "turkmenistan", "RU": "russia", "MN": "mongolia",
    "AF": "afghanistan", "PK": "pakistan", "IN": "india", "IR": "iran", "TR": "turkey",
    "AZ": "azerbaijan", "HK": "hongkong", "TW": "taiwan", "SG": "singapore", "JP": "japan",
    "KR": "southkorea", "US": "unitedstates", "GB": "unitedkingdom", "DE": "germany",
    "FR": "france",
}

#: ``languages:`` of a GDELT source: our language code → GDELT's ``sourcelang:`` name.
GDELT_LANGUAGES: dict[str, str] = {
    "en": "english", "ru": "russian", "zh": "chinese", "kk": "kazakh", "uz": "uzbek",
    "ky": "kyrgyz", "tg": "tajik", "tk": "turkmen",
}

_QUERY_SAFE = ":()"  # kept readable in logs; quotes and the rest are percent-encoded


def query_problem(query: object) -> str | None:
    """Why ``query`` is not a usable search, or None."""
    if not isinstance(query, str) or not query.strip():
        return 'must be the search words, e.g. "China Kazakhstan university"'
    if len(query) > 1500:
        return f"is {len(query)} characters long; keep it under 1500 (split it into two sources)"
    depth = 0
    for char in query:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return "has a `)` without its `(`; balance the parentheses"
    if depth:
        return "has a `(` without its `)`; balance the parentheses"
    if query.count('"') % 2:
        return 'has an odd number of double quotes; close the quoted phrase'
    return None


def google_news_url(query: str, edition: str, base: str | None = None) -> str:
    """The RSS search URL of ``query`` in one edition (a key of :data:`EDITIONS`)."""
    e = EDITIONS[edition]
    params = f"q={_encode(query)}&hl={e.hl}&gl={e.gl}&ceid={quote(e.ceid, safe=':')}"
    return _join(base or GOOGLE_NEWS_BASE, params)


def gdelt_query(query: str, countries: tuple[str, ...] = (), languages: tuple[str, ...] = ()) -> str:
    """The GDELT query text: the words, then the source country and language operators."""
    parts = [" ".join(query.split())]
    for operator, values in (("sourcecountry", [GDELT_COUNTRIES[c] for c in countries]),
                             ("sourcelang", [GDELT_LANGUAGES[lang] for lang in languages])):
        terms = [f"{operator}:{v}" for v in dict.fromkeys(values)]
        if len(terms) == 1:
            parts.append(terms[0])
        elif terms:
            parts.append("(" + " OR ".join(terms) + ")")
    return " ".join(parts)


def gdelt_url(query: str, countries: tuple[str, ...] = (), languages: tuple[str, ...] = (),
              base: str | None = None, max_records: int = GDELT_MAX_RECORDS) -> str:
    """The DOC 2.0 article-list request for ``query`` (newest first, JSON)."""
    text = gdelt_query(query, countries, languages)
    params = f"query={_encode(text)}&mode=artlist&format=json&maxrecords={max_records}&sort=datedesc"
    return _join(base or GDELT_BASE, params)


def is_gdelt_url(url: str) -> bool:
    """Whether ``url`` is a GDELT DOC article-list request (at GDELT, or a ``url:`` base).

    Known by its parameters, which this module always writes (``mode=artlist`` and
    ``format=json``), so that a mirror or a test server is paced and parsed the same way.
    """
    try:
        query = urlsplit(url).query
    except ValueError:
        return False
    if "artlist" not in query.lower():
        return False
    params = {k.lower(): v.lower() for k, v in parse_qsl(query)}
    return params.get("mode") == "artlist" and params.get("format") == "json"


def _encode(text: str) -> str:
    return quote(" ".join(text.split()), safe=_QUERY_SAFE).replace("%20", "+")


def _join(base: str, params: str) -> str:
    base = base.strip()
    if "?" not in base:
        return f"{base}?{params}"
    return f"{base}{'' if base.endswith(('?', '&')) else '&'}{params}"
