"""ORM models of enrichment: the queue of items whose article is fetched, and Google's links.

On the same ``Base`` as :mod:`storage.models`; migration 0005 creates them. Like every model,
these never leave ``storage``: :mod:`storage.enrichment` returns frozen records.

* ``enrichments`` is the queue and the record of the outcome, one row per item that was a
  candidate (``monitor/enrich/candidates.py``). ``state`` is ``pending`` (to do, or to try
  again at ``next_attempt_at``), ``done`` (the article was read: ``outcome`` ok) or ``failed``
  (a final outcome, or too many attempts): a row that is not pending is never fetched again.
  A lease (``lease_owner``/``lease_until``, as on ``sources`` and ``deliveries``) keeps a row
  to one instance while it works it; a dead instance's lease runs out and another takes over.
* ``google_links`` keeps the publisher's URL of each resolved Google News article id, shared
  by every instance (``monitor.enrich.resolver.LinkCache``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base, UTCDateTime

#: The longest article text stored (characters); ``monitor.enrich`` cuts at 20,000 already.
MAX_ARTICLE_CHARS = 20_000
#: The longest description kept for the offline decoding of a Google News link.
MAX_HINT_CHARS = 4_000


class Enrichment(Base):
    __tablename__ = "enrichments"
    __table_args__ = (Index("ix_enrichments_due", "state", "next_attempt_at"),)

    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), primary_key=True)
    state: Mapped[str] = mapped_column(String(10))  # pending | done | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    lease_owner: Mapped[str | None] = mapped_column(String(100))
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    link: Mapped[str] = mapped_column(Text)  # the item's link as the feed gave it
    source_href: Mapped[str | None] = mapped_column(Text)  # an RSS <source url> (Google News)
    hint_html: Mapped[str | None] = mapped_column(Text)  # the description's markup (Google News)
    headline_only: Mapped[bool] = mapped_column(Boolean, default=False)
    relevant_before: Mapped[bool | None] = mapped_column(Boolean)  # the decision on the feed's text
    outcome: Mapped[str | None] = mapped_column(String(24))
    detail: Mapped[str | None] = mapped_column(Text)
    http_status: Mapped[int | None] = mapped_column(Integer)
    publisher_url: Mapped[str | None] = mapped_column(Text)
    final_url: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))
    charset: Mapped[str | None] = mapped_column(String(32))
    fetch_ms: Mapped[int | None] = mapped_column(Integer)
    extract_ms: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class GoogleLink(Base):
    __tablename__ = "google_links"

    article_id: Mapped[str] = mapped_column(String(400), primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    resolved_at: Mapped[datetime] = mapped_column(UTCDateTime)
