"""What enrichment hands back: frozen values, never exceptions.

Every way an article can fail to become text is an :class:`Outcome`, recorded on the item
(part B stores it) and shown to people; only the outcomes in :data:`RETRYABLE` are worth a
later try, and only once the time in ``retry_after`` has passed. Everything else is final:
each URL is fetched once.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

#: The longest article text kept (characters); longer texts are cut at a word boundary.
MAX_TEXT_CHARS = 20_000


class Outcome(StrEnum):
    OK = "ok"  # the main text was extracted
    EMPTY = "empty"  # an HTML page without a main text (a front page, a paywall, a video)
    NOT_HTML = "not_html"  # a PDF, an image, JSON… (by Content-Type or by its first bytes)
    TOO_LARGE = "too_large"  # over MONITOR_FULLTEXT_MAX_BYTES (after decompression)
    TIMEOUT = "timeout"  # no complete answer within MONITOR_FULLTEXT_TIMEOUT
    HTTP_ERROR = "http_error"  # the outlet answered 4xx or 5xx
    RATE_LIMITED = "rate_limited"  # 429/503, or the host is still cooling down: come back later
    ROBOTS_DISALLOWED = "robots_disallowed"  # robots.txt forbids it
    ROBOTS_UNAVAILABLE = "robots_unavailable"  # robots.txt did not answer (5xx, timeout): wait
    BLOCKED = "blocked"  # not http(s), or a private/loopback address
    NETWORK_ERROR = "network_error"  # DNS, refused, reset, TLS
    EXTRACTION_TIMEOUT = "extraction_timeout"  # the extractor passed its time limit and was killed
    EXTRACTION_FAILED = "extraction_failed"  # the extractor crashed on this page
    NOT_RESOLVED = "not_resolved"  # a Google News link whose publisher is not known yet


RETRYABLE = frozenset({Outcome.RATE_LIMITED, Outcome.ROBOTS_UNAVAILABLE, Outcome.NOT_RESOLVED})


@dataclass(frozen=True)
class FetchedPage:
    """One article fetch: the HTML bytes when ``outcome`` is OK, else why not."""

    url: str  # as asked for
    outcome: Outcome
    final_url: str | None = None  # after redirects
    body: bytes | None = None
    content_type: str | None = None
    http_status: int | None = None
    detail: str | None = None  # what happened, in words, for people
    retry_after: float | None = None  # seconds, for the retryable outcomes
    elapsed_ms: int = 0

    @property
    def retryable(self) -> bool:
        return self.outcome in RETRYABLE


@dataclass(frozen=True)
class ExtractedArticle:
    """An article's main text (at most :data:`MAX_TEXT_CHARS`), or why there is none."""

    url: str
    outcome: Outcome
    text: str = ""
    title: str | None = None
    language: str | None = None  # from the page's lang/content-language, when it says
    charset: str | None = None  # the one the page was decoded with
    final_url: str | None = None
    http_status: int | None = None
    detail: str | None = None
    retry_after: float | None = None
    fetch_ms: int = 0
    extract_ms: int = 0

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.OK

    @property
    def retryable(self) -> bool:
        return self.outcome in RETRYABLE

    @classmethod
    def from_page(cls, page: FetchedPage) -> ExtractedArticle:
        """The article of a page that was not fetched (its outcome says why)."""
        return cls(url=page.url, outcome=page.outcome, final_url=page.final_url,
                   http_status=page.http_status, detail=page.detail,
                   retry_after=page.retry_after, fetch_ms=page.elapsed_ms)
