"""The enrichment queue: candidates queued with their item, claimed with a lease, finished once.

A candidate (docs/enrich.md, "Part B") is queued in the transaction that stores its item
(:func:`queue_candidates`, called by :mod:`storage.polls`), so a restart loses nothing.
Instances claim due rows with a lease (:func:`claim_enrichments`, like sources and deliveries:
``FOR UPDATE SKIP LOCKED`` and a compare-and-set update), and :func:`finish_enrichment`
writes the outcome, the text, the item's new decision and its story in one transaction, only
while the claimer still holds the row. Stories with a pending candidate are held back from
alerts and digests for a while (:func:`not_held`), so a story is announced once, with its
final decision.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, case, delete, exists, func, or_, select, update
from sqlalchemy.orm import Session

from storage.enrich_models import MAX_ARTICLE_CHARS, MAX_HINT_CHARS, Enrichment, GoogleLink
from storage.models import Item, Story
from storage.notify_models import Delivery, DigestEntry, StoryFanout
from storage.item_records import EnrichmentJob, EnrichmentRecord, EnrichmentResult, NewEnrichment
from storage.sources import host_of
from storage.dbapi import in_list, lease, transaction
from storage.sql import chunks, insert_ignoring

#: The most item ids a claim is limited to (a cold poll's thousands: any due candidate instead).
FILTER_MAX = 2000
#: Hosts whose links are resolved in batches before any article is fetched: not one host's queue.
BATCHED_HOSTS = frozenset({"news.google.com"})


def queue_candidates(conn: Connection, rows: Iterable[tuple[int, NewEnrichment, bool | None, datetime]]) -> int:
    """Queue ``(item id, what to fetch, relevant on its own text, now)`` in the caller's transaction."""
    values = [dict(item_id=item_id, state="pending", attempts=0, next_attempt_at=now, link=job.link,
                   source_href=job.source_href, hint_html=(job.hint_html or None) and job.hint_html[:MAX_HINT_CHARS],
                   headline_only=job.headline_only, relevant_before=relevant, created_at=now, updated_at=now)
              for item_id, job, relevant, now in rows]
    if values:
        conn.execute(Enrichment.__table__.insert(), values)
    return len(values)


def claim_enrichments(engine: Engine, owner: str, now: datetime, lease_seconds: float, *, limit: int = 16,
                      per_host: int = 4, item_ids: Iterable[int] | None = None) -> list[EnrichmentJob]:
    """Take up to ``limit`` due candidates for ``owner`` until ``now + lease_seconds``, at most
    ``per_host`` of one host (each waits its turn at the host's delay while its lease runs;
    Google News links are resolved together and do not count), oldest first."""
    where = "state = :pending AND next_attempt_at <= :now"
    params: dict[str, Any] = {"pending": "pending"}
    ids = None if item_ids is None else list(item_ids)
    if ids is not None and 0 < len(ids) <= FILTER_MAX:  # more: any due candidate (most are these)
        listed, named = in_list("i", ids)
        where += f" AND item_id IN {listed}"
        params.update(named)
    elif ids is not None and not ids:
        return []

    def choose(rows: Sequence[Any]) -> list[int]:
        counts: dict[str, int] = {}
        chosen = []
        for item_id, link in rows:
            host = host_of(link)
            if host not in BATCHED_HOSTS:
                if counts.get(host, 0) >= per_host:
                    continue
                counts[host] = counts.get(host, 0) + 1
            chosen.append(item_id)
        return chosen

    with Session(engine) as session, session.begin():
        with transaction(session.connection()) as tx:
            claimed = lease(tx, "enrichments", "item_id", where, params, "next_attempt_at, item_id", limit,
                            owner=owner, now=now, lease_seconds=lease_seconds, columns="link", choose=choose,
                            scan=limit * 8)
        if not claimed:
            return []
        rows = session.execute(
            select(Enrichment, Item).join(Item, Item.id == Enrichment.item_id)
            .where(Enrichment.item_id.in_(claimed)).order_by(Enrichment.next_attempt_at, Enrichment.item_id)).all()
        return [EnrichmentJob(item_id=e.item_id, link=e.link, source_href=e.source_href, hint_html=e.hint_html,
                              headline_only=e.headline_only, attempts=e.attempts, source_id=i.source_id,
                              title=i.title, summary=i.summary, content=i.content, language=i.language,
                              story_id=i.story_id, relevant=i.relevant, outlet_url=i.outlet_url)
                for e, i in rows]


def release_enrichments(engine: Engine, owner: str, item_ids: Iterable[int]) -> None:
    """Give back claimed rows that were not worked (shutdown)."""
    ids = list(item_ids)
    if ids:
        with engine.begin() as conn:
            conn.execute(update(Enrichment).where(Enrichment.item_id.in_(ids), Enrichment.lease_owner == owner)
                         .values(lease_owner=None, lease_until=None))


def finish_enrichment(engine: Engine, item_id: int, owner: str, result: EnrichmentResult, now: datetime) -> bool:
    """Record an attempt and, with a decision, the item's new decision and its story; one
    transaction. ``False`` (and nothing written) when ``owner`` no longer holds the row."""
    values: dict[str, Any] = dict(
        state=result.state, attempts=result.attempts, outcome=result.outcome, detail=result.detail,
        http_status=result.http_status, publisher_url=result.publisher_url, final_url=result.final_url,
        text=(result.text or None) and result.text[:MAX_ARTICLE_CHARS], title=result.title,
        language=(result.language or None) and result.language[:16], charset=result.charset,
        fetch_ms=result.fetch_ms, extract_ms=result.extract_ms, updated_at=now,
        lease_owner=None, lease_until=None)
    if result.next_attempt_at is not None:
        values["next_attempt_at"] = result.next_attempt_at
    if result.state != "pending":
        values["finished_at"] = now
    with Session(engine) as session, session.begin():
        taken = session.execute(update(Enrichment).where(Enrichment.item_id == item_id,
                                                         Enrichment.lease_owner == owner,
                                                         Enrichment.state == "pending")
                                .values(**values).execution_options(synchronize_session=False)).rowcount
        if taken != 1:
            return False
        if result.decision is not None or result.canonical_url:
            _apply(session, item_id, result, now)
    return True


def _apply(session: Session, item_id: int, result: EnrichmentResult, now: datetime) -> None:
    """The item's new decision, its publisher's URL as its key (or its move into the story of
    the outlet's own item) and as the address that names its outlet, and the relevance of the
    stories concerned."""
    row = session.execute(select(Item.story_id, Item.canonical_url, Item.deleted_at)
                          .where(Item.id == item_id)).first()
    if row is None or row.deleted_at is not None:
        return
    old_story = row.story_id
    values: dict[str, Any] = {}
    d = result.decision
    if d is not None:
        values.update(decision=d, relevant=bool(d.get("relevant")), score=d.get("score"),
                      rules_version=d.get("rules_version"))
    if result.signature is not None:
        values["signature"] = result.signature
    story_id = old_story
    url = result.canonical_url
    if url and result.publisher_url:  # a Google News item's publisher, now known: its outlet
        values["outlet_url"] = result.publisher_url
    if url and url != row.canonical_url:
        other = session.execute(select(Item.id, Item.story_id).where(Item.canonical_url == url)).first()
        if other is None:
            values["canonical_url"] = url
        elif other.story_id is not None and other.story_id != old_story:
            story_id = values["story_id"] = other.story_id  # the outlet's own item: one story
    if values:
        session.execute(update(Item).where(Item.id == item_id).values(**values)
                        .execution_options(synchronize_session=False))
    for sid in {s for s in (old_story, story_id) if s is not None}:
        _restate_story(session, sid, now)


def _restate_story(session: Session, story_id: int, now: datetime) -> None:
    """A story's relevance and score from its live items. One that became relevant, or is
    relevant and was held and not announced yet, is relevant since now (its alert and its
    digest go out with the final decision); one that became irrelevant before its
    announcement loses its ``relevant_since``. A story left without items goes, unless
    something was sent about it."""
    live = session.execute(select(func.count(Item.id), func.max(Item.score),
                                  func.max(case((Item.relevant.is_(True), 1), else_=0)))
                           .where(Item.story_id == story_id, Item.deleted_at.is_(None))).first()
    count, score, relevant = (live or (0, None, 0))
    announced = session.scalar(select(exists().where(StoryFanout.story_id == story_id)))
    if not count:
        total = session.scalar(select(func.count(Item.id)).where(Item.story_id == story_id))
        sent = (announced or session.scalar(select(exists().where(Delivery.story_id == story_id)))
                or session.scalar(select(exists().where(DigestEntry.story_id == story_id))))
        if not total and not sent:
            session.execute(delete(Story).where(Story.id == story_id))
            return
    relevant = bool(relevant)
    values: dict[str, Any] = dict(relevant=relevant, score=score)
    if relevant and not announced:
        values["relevant_since"] = now
    elif not relevant and not announced:
        values["relevant_since"] = None
    session.execute(update(Story).where(Story.id == story_id).values(**values)
                    .execution_options(synchronize_session=False))


def not_held(story_id: Any, since: datetime) -> Any:
    """A condition on a story id: no item of that story has a candidate pending and not tried
    yet that was queued after ``since`` (now minus ``MONITOR_FULLTEXT_HOLD``). A candidate
    whose first attempt ended in "come back later" (rate limited, robots.txt unavailable, a
    Google link not resolved yet) holds nothing more: its story goes out on what it has."""
    return ~exists().where(Item.story_id == story_id, Enrichment.item_id == Item.id,
                           Enrichment.state == "pending", Enrichment.attempts == 0,
                           Enrichment.created_at > since)


def pending_count(engine: Engine, item_ids: Iterable[int]) -> int:
    """How many of these items still have their candidate pending."""
    ids = list(item_ids)
    total = 0
    with Session(engine) as session:
        for chunk in chunks(ids):
            total += session.scalar(select(func.count()).select_from(Enrichment).where(
                Enrichment.item_id.in_(chunk), Enrichment.state == "pending")) or 0
    return total


def pending_ids(engine: Engine, item_ids: Iterable[int]) -> list[int]:
    """Those of these items whose candidate is pending.

    One range of the primary key, filtered here, where an ``IN`` list of 500 ids a query took
    50 queries after a cold poll of 25,000 items (0.1 s of CPU); the ids of one poll are
    nearly consecutive, and only the pending rows of the range are read."""
    wanted = set(item_ids)
    if not wanted:
        return []
    low, high = min(wanted), max(wanted)
    pending = Enrichment.state == "pending"
    found: list[int] = []
    with Session(engine) as session:
        if high - low < 4 * len(wanted):
            found += session.scalars(select(Enrichment.item_id).where(Enrichment.item_id.between(low, high),
                                                                      pending)).all()
        else:  # scattered ids: a range would read other items' rows
            for chunk in chunks(sorted(wanted)):
                found += session.scalars(select(Enrichment.item_id).where(Enrichment.item_id.in_(chunk),
                                                                          pending)).all()
    return sorted(i for i in found if i in wanted)


def next_due(engine: Engine, item_ids: Iterable[int] | None = None) -> datetime | None:
    """The earliest next attempt among pending candidates (of these items)."""
    query = select(func.min(Enrichment.next_attempt_at)).where(Enrichment.state == "pending")
    if item_ids is not None:
        query = query.where(Enrichment.item_id.in_(list(item_ids)[:FILTER_MAX]))
    with Session(engine) as session:
        return session.scalar(query)


def any_due(engine: Engine, now: datetime) -> bool:
    """Whether a candidate is due and free: a warm service asks this before starting anything."""
    with Session(engine) as session:
        return bool(session.scalar(select(exists().where(
            Enrichment.state == "pending", Enrichment.next_attempt_at <= now,
            or_(Enrichment.lease_until.is_(None), Enrichment.lease_until < now)))))


def get_enrichment(engine: Engine, item_id: int) -> EnrichmentRecord | None:
    with Session(engine) as session:
        e = session.get(Enrichment, item_id)
        if e is None:
            return None
        return EnrichmentRecord(**{f: getattr(e, f) for f in EnrichmentRecord.__dataclass_fields__})


def outcome_counts(engine: Engine, item_ids: Iterable[int]) -> dict[str, int]:
    """Finished candidates among these items, per outcome (``ok``, ``timeout``, ...)."""
    out: dict[str, int] = {}
    with Session(engine) as session:
        for chunk in chunks(list(item_ids)):
            for outcome, n in session.execute(
                    select(Enrichment.outcome, func.count()).where(
                        Enrichment.item_id.in_(chunk), Enrichment.state != "pending")
                    .group_by(Enrichment.outcome)).tuples():
                out[outcome or "?"] = out.get(outcome or "?", 0) + n
    return out


def article_texts(engine: Engine, item_ids: Iterable[int]) -> dict[int, str]:
    """The article text read for each of these items that has one (``monitor reclassify``)."""
    out: dict[int, str] = {}
    with Session(engine) as session:
        for chunk in chunks(list(item_ids)):
            out.update(session.execute(select(Enrichment.item_id, Enrichment.text).where(
                Enrichment.item_id.in_(chunk), Enrichment.state == "done",
                Enrichment.text.is_not(None))).tuples().all())
    return out


# --- Google News links ------------------------------------------------------------------------

def get_google_link(engine: Engine, article_id: str) -> str | None:
    with Session(engine) as session:
        return session.scalar(select(GoogleLink.url).where(GoogleLink.article_id == article_id))


def put_google_link(engine: Engine, article_id: str, url: str, now: datetime) -> None:
    insert = insert_ignoring(engine)
    with engine.begin() as conn:
        conn.execute(insert(GoogleLink).values(article_id=article_id[:400], url=url, resolved_at=now)
                     .on_conflict_do_nothing(index_elements=["article_id"]))
