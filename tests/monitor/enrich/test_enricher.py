"""The candidate rule (table-driven), the fulltext settings, and a Google link not resolved yet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from monitor.app import enricher_for
from monitor.enrich.candidates import wants_article
from monitor.enrich.records import Outcome
from monitor.enrich.resolver import LinkJob, NotResolvedYet
from monitor.feeds.fetch import FetchConfig, Fetcher
from tests.conftest import make_settings
from monitor.errors import ConfigError
from monitor.settings import Settings
from tests.support.dns import public_dns

KZ_HEADLINE = {"relevant": False, "countries": ["KZ"], "matches": [{"concept": "kz", "field": "title"}]}
REGION = {"relevant": False, "countries": [], "matches": [{"concept": "central_asia", "field": "title"}]}
RELEVANT = {"relevant": True, "countries": ["CN", "KZ"], "matches": [{"concept": "china"}, {"concept": "kz"}]}
HINT_ONLY = {"relevant": False, "countries": [], "matches": [{"concept": "china_hint"}]}
NOTHING = {"relevant": False, "countries": [], "matches": []}


@pytest.mark.parametrize(("decision", "fulltext", "headline_only", "carries_article", "expected"), [
    (KZ_HEADLINE, "auto", False, False, True),
    (REGION, "auto", False, False, True),
    (RELEVANT, "auto", False, False, False),
    (RELEVANT, "auto", True, False, True),
    (RELEVANT, "always", False, False, True),
    (KZ_HEADLINE, "never", True, False, False),
    (NOTHING, "always", True, False, False),
    (HINT_ONLY, "auto", True, False, False),
    (None, "always", True, False, False),
    (KZ_HEADLINE, "auto", False, True, False),
    (KZ_HEADLINE, "always", False, True, True),
], ids=["names-a-side", "names-the-region", "relevant-already", "relevant-but-headline-only", "always",
        "never", "no-signal-even-always", "weak-hint-is-no-signal", "unclassified",
        "feed-carries-the-article", "feed-carries-the-article-but-always"])
def test_wants_article(decision: dict[str, Any] | None, fulltext: str, headline_only: bool, carries_article: bool,
                       expected: bool) -> None:
    assert wants_article(decision, fulltext=fulltext, headline_only=headline_only,
                         carries_article=carries_article) is expected


def test_fulltext_settings_defaults_and_errors() -> None:
    s = Settings.from_env({})
    assert (s.fulltext_host_delay, s.fulltext_timeout, s.fulltext_max_bytes, s.fulltext_worker_time_limit,
            s.fulltext_workers, s.fulltext_google_delay) == (1.0, 20.0, 2_000_000, 10.0, 1, 2.0)
    assert Settings.from_env({"MONITOR_FULLTEXT_HOST_DELAY": "1m"}).fulltext_host_delay == 60
    for env, message in (({"MONITOR_FULLTEXT_MAX_BYTES": "10"}, "MONITOR_FULLTEXT_MAX_BYTES: must be at least 1024"),
                         ({"MONITOR_FULLTEXT_WORKERS": "0"}, "MONITOR_FULLTEXT_WORKERS: must be between 1 and 16"),
                         ({"MONITOR_FULLTEXT_TIMEOUT": "soon"}, 'MONITOR_FULLTEXT_TIMEOUT: "soon" is not a duration')):
        with pytest.raises(ConfigError, match=message):
            Settings.from_env(env)


async def test_a_google_link_not_resolved_yet_is_an_outcome_to_retry(tmp_path: Path) -> None:
    google = httpx.MockTransport(lambda request: httpx.Response(429, headers={"retry-after": "90"}))
    link = "https://news.google.com/rss/articles/CBMiowFBVV95cUxNcUQxTkl0ZDRfbTR3ZGp5?oc=5"
    async with Fetcher(FetchConfig(allow_private_hosts=True), resolver=public_dns) as checks, \
            enricher_for(make_settings(tmp_path), checks, google_transport=google) as enricher:
        result = await enricher.enrich(LinkJob(link))
    assert isinstance(result.resolution, NotResolvedYet) and result.publisher_url is None
    assert result.canonical_url is None
    assert result.article.outcome is Outcome.NOT_RESOLVED and result.article.retryable
    assert result.article.retry_after == 90 and "HTTP 429" in (result.article.detail or "")
