"""Notifications wired into the service: stories → webhook alerts and email digests via the outbox.

Three steps, each safe to run on several instances at once and to repeat after a crash:

1. **Fan-out** (:meth:`Notifier.fan_out`): every story that became relevant and has not been
   handed to the webhooks yet gets one ``deliveries`` row per active webhook that wants it and
   existed when the story became relevant. One alert per *story*: duplicates of a story are
   sightings or items of the same story, and ``relevant_since`` is set once.
2. **Digests** (:meth:`Notifier.queue_digests`): for each confirmed subscriber whose schedule is
   due, the relevant stories since their last digest that match their filters and are in no
   earlier digest of theirs, rendered once and frozen in a ``deliveries`` row (so a retry sends
   the same message with the same ``Message-ID``). Nothing new: no email (unless
   ``MONITOR_DIGEST_HEARTBEAT``), the period still closes.
3. **Sending** (:meth:`Notifier.send_due`): claim due rows, send each (webhooks with httpx,
   mail with SMTP or into ``.eml`` files), and record the outcome with
   :func:`notifications.outbox.next_attempt`. A row is marked sent only after the receiver
   accepted it; a crash in between sends it again with the same event id.

The pure parts (payloads, signatures, rendering, retry policy) are in ``notifications``; the
queries in :mod:`storage.subscriptions` and :mod:`storage.outbox`. This module is the glue and the only place that does
the I/O of a delivery.
"""

from __future__ import annotations

import asyncio
import email
import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol
from urllib.parse import urlsplit

import httpx
from sqlalchemy import Engine

from monitor.errors import BlockedAddress, NetworkError
from monitor.net.addresses import AddressPolicy, Resolver, checked_addresses, system_resolver
from monitor.net.transport import PerOriginTransport
from monitor.notify.convert import filters_of, recipient_of, schedule_of, target_of, to_story
from monitor.notify.signing import mail_domain, token_secret
from monitor.notify.subscribe import link_token
from monitor.settings import Settings
from notifications.digest import RenderedDigest, render_digest, select_stories
from notifications.errors import InvalidWebhook
from notifications.mail import SmtpConfig, send_smtp, write_eml
from notifications.message import MAIL_POLICY, build_message, digest_message_id, format_address
from notifications.model import DeliveryResult, Story
from notifications.outbox import Uniform, next_attempt
from notifications.tokens import preferences_url, unsubscribe_url
from notifications.webhooks import (
    WebhookTarget,
    build_payload,
    event_id_for,
    redact_url,
    send_webhook,
)
from storage.notify_records import (
    DeliveryRecord,
    NewDigest,
    SubscriberRecord,
)
from storage.outbox import (
    claim_due_deliveries,
    digest_candidates,
    finish_delivery,
    load_stories,
    record_digest,
    record_fan_out,
    stories_to_fan_out,
)
from storage.leases import instance_id
from storage.subscriptions import get_webhook, list_webhooks, subscribers_for_digest

log = logging.getLogger("monitor.notify")

Clock = Callable[[], datetime]


class DeliveryObserver(Protocol):
    """Told about every delivery attempt (the service's metrics; wired by the entry point)."""

    def delivered(self, channel: str, outcome: str) -> None:
        """``channel`` ``email`` or ``webhook``; ``outcome`` the row's new status (sent,
        failed, dead)."""


def utcnow() -> datetime:
    return datetime.now(UTC)


async def check_webhook_host(url: str, *, policy: AddressPolicy | bool,
                             resolver: Resolver = system_resolver) -> tuple[str, ...]:
    """The addresses of a webhook's host, held to ``MONITOR_ALLOW_PRIVATE_HOSTS``.

    Raises :class:`InvalidWebhook` (the same check the fetcher applies to every hop of a feed,
    :func:`monitor.net.addresses.checked_addresses`, so the monitor cannot be used to reach the
    inside of its own network). Sending checks again, on the connection itself: the transport
    connects only to addresses that pass (see :meth:`Notifier.post`).
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        return await checked_addresses(host, port, AddressPolicy.of(policy), resolver)
    except NetworkError as exc:
        raise InvalidWebhook(f"{exc}: check the host name") from None
    except BlockedAddress as exc:
        raise InvalidWebhook(f"{redact_url(url)}: {exc}; or use a public receiver") from None


# --- the notifier -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Attempt:
    """What one delivery attempt came to, for logs and the CLI."""

    delivery: DeliveryRecord
    result: DeliveryResult
    status: str  # the row's new status: sent | failed | dead


@dataclass(frozen=True)
class DigestRun:
    subscriber: str
    stories: int
    delivery_id: int | None  # None: nothing new (no email), or another instance took it


class Notifier:
    """Fan-out, digests and the outbox worker for one engine. Cheap to create.

    ``resolver``, ``clock``, ``rng`` and ``transport`` are injected so tests drive time and the
    network without patching.
    """

    def __init__(self, settings: Settings, engine: Engine, *, owner: str | None = None,
                 clock: Clock = utcnow, resolver: Resolver = system_resolver,
                 rng: Uniform | None = None,
                 transport: httpx.AsyncBaseTransport | None = None,
                 observer: DeliveryObserver | None = None) -> None:
        self.settings = settings
        self.observer = observer
        self.engine = engine
        self.owner = owner or instance_id()
        self.clock = clock
        self.resolver = resolver
        self.rng = rng or random.Random()
        self.transport = transport
        self._warned_public_url = False
        # A claim must outlive the longest send, or a slow one could be taken over and doubled.
        # Rows are claimed one at a time (see send_due), so a claim covers one send: a webhook
        # request is cut off at MONITOR_DELIVERY_TIMEOUT, an SMTP conversation times out per
        # step. Short enough that a dead instance's send in flight is retried soon.
        self.lease_seconds = settings.delivery_timeout * 4 + 15

    # 1. fan-out

    def fan_out(self) -> int:
        """Queue one alert per new relevant story per webhook that wants it; returns how many."""
        queued = 0
        while True:
            ids = stories_to_fan_out(self.engine, limit=200, held_since=self._held_since())
            if not ids:
                return queued
            hooks = [(h, target_of(h)) for h in list_webhooks(self.engine,
                                                                          active_only=True)]
            found = {f.story.id: f for f in load_stories(self.engine, ids)}
            plan: dict[int, list[tuple[int, str]]] = {}
            for sid in ids:
                stored = found.get(sid)
                story = to_story(stored) if stored is not None else None
                since = stored.story.relevant_since if stored is not None else None
                plan[sid] = [] if story is None or since is None else [
                    (hook.id, event_id_for(hook.id, sid)) for hook, target in hooks
                    if hook.created_at <= since and target.wants(story)]
            count = record_fan_out(self.engine, plan, self.clock())
            if count:
                log.info("alerts queued", extra={"fields": {"stories": len(ids),
                                                            "deliveries": count}})
            queued += count

    def _held_since(self) -> datetime:
        """Stories whose item's article is still being read (queued after this) wait for it
        (``MONITOR_FULLTEXT_HOLD``): announced once, with the final decision."""
        return self.clock() - timedelta(seconds=self.settings.fulltext_hold)

    # 2. digests

    def queue_digests(self, *, ignore_schedule: bool = False,
                      email_address: str | None = None) -> list[DigestRun]:
        """Close the period of every due subscriber (or the one named) and queue their digests."""
        now = self.clock()
        runs = []
        for sub in subscribers_for_digest(self.engine, now,
                                                      ignore_schedule=ignore_schedule,
                                                      email=email_address):
            try:
                runs.append(self._queue_digest(sub, now))
            except Exception:  # one subscriber's bad row must not stop the others
                log.exception("digest failed", extra={"fields": {"subscriber": sub.id}})
        return runs

    def digest_stories(self, sub: SubscriberRecord) -> list[Story]:
        """The stories ``sub``'s next digest would hold (what ``digest preview`` shows)."""
        ids = digest_candidates(self.engine, sub,
                                lookback=timedelta(seconds=self.settings.subscribe_lookback),
                                held_since=self._held_since())
        stories = [s for s in map(to_story, load_stories(self.engine, ids)) if s]
        return select_stories(stories, filters_of(sub.filters))

    def render(self, sub: SubscriberRecord, stories: Sequence[Story],
               now: datetime) -> tuple[RenderedDigest, str]:
        """The digest and its unsubscribe URL (a fresh token: tokens are not stored)."""
        secret = token_secret(self.settings)
        link = unsubscribe_url(self.settings.public_url, link_token(secret, "unsubscribe", sub))
        rendered = render_digest(recipient_of(sub), stories, sub.digest_cutoff, now,
                                 public_url=self.settings.public_url, unsubscribe_url=link,
                                 generated_at=now, preferences_url=preferences_url(
                                     self.settings.public_url, link_token(secret, "preferences", sub)))
        return rendered, link

    def _queue_digest(self, sub: SubscriberRecord, now: datetime) -> DigestRun:
        stories = self.digest_stories(sub)
        next_at = schedule_of(sub).next_run_after(now)
        render: Callable[[int], NewDigest] | None = None
        if stories or self.settings.digest_heartbeat:
            rendered, link = self.render(sub, stories, now)
            domain = mail_domain(self.settings)

            def render(delivery_id: int) -> NewDigest:
                message_id = digest_message_id(delivery_id, domain)
                message = build_message(
                    rendered, mail_from=self.settings.mail_from,
                    to=format_address(sub.email, sub.name), message_id_domain=domain,
                    unsubscribe_url=link, message_id=message_id, date=now)
                return NewDigest(message.as_bytes().decode("utf-8"), message_id)

        delivery_id = record_digest(
            self.engine, sub, story_ids=[s.id for s in stories], period_start=sub.digest_cutoff,
            period_end=now, next_digest_at=next_at, now=now, render=render)
        log.info("digest queued" if delivery_id else "digest period closed, nothing to send",
                 extra={"fields": {"subscriber": sub.id, "stories": len(stories),
                                   "delivery": delivery_id, "next": next_at.isoformat()}})
        return DigestRun(sub.email, len(stories), delivery_id)

    # 3. sending

    async def send_due(self, *, force: bool = False, limit: int = 50,
                       only: Sequence[int] | None = None) -> list[Attempt]:
        """Attempt each due delivery (``only`` these ids, if given) once, up to ``limit``.

        Rows are claimed one at a time, right before their send: a batch claimed at once and
        sent one after another would have its last rows' leases run out while the first were
        still being sent (slow receivers), and another instance would take those rows and send
        them too. If the process dies, only the row in flight is sent again (same event id).
        """
        attempts: list[Attempt] = []
        tried: list[int] = []
        client: httpx.AsyncClient | None = None
        try:
            while len(attempts) < limit:
                claimed = await asyncio.to_thread(
                    claim_due_deliveries, self.engine, self.owner, self.clock(),
                    self.lease_seconds, limit=1, force=force, delivery_ids=only, exclude=tried)
                if not claimed:
                    break
                delivery = claimed[0]
                tried.append(delivery.id)
                if delivery.kind == "webhook" and client is None:
                    client = self._client()
                attempts.append(await self._attempt(delivery, client))
        finally:
            if client is not None:
                await client.aclose()
        return attempts

    async def _attempt(self, delivery: DeliveryRecord,
                       client: httpx.AsyncClient | None) -> Attempt:
        try:
            if delivery.kind != "webhook":  # a digest or a confirmation: a frozen email
                result = await self._send_digest(delivery)
            else:
                assert client is not None
                result = await self._send_alert(delivery, client)
        except Exception as exc:  # a bug or a broken row: record it, never lose the row
            log.exception("delivery attempt failed", extra={"fields": {"delivery": delivery.id}})
            result = DeliveryResult.retry(f"internal error: {type(exc).__name__}: {exc}")
        now = self.clock()
        attempts = delivery.attempts + 1
        status, next_at = next_attempt(attempts, now, result,
                                       max_attempts=self.settings.delivery_max_attempts,
                                       rng=self.rng)
        await asyncio.to_thread(
            finish_delivery, self.engine, delivery.id, self.owner, status=status,
            attempts=attempts, next_attempt_at=next_at, error=result.error,
            status_code=result.status_code, now=now)
        if self.observer is not None:
            self.observer.delivered("webhook" if delivery.kind == "webhook" else "email", status)
        log.log(logging.INFO if status == "sent" else logging.WARNING, "delivery %s", status,
                extra={"fields": {"delivery": delivery.id, "kind": delivery.kind,
                                  "target": delivery.target, "attempt": attempts,
                                  "status": result.status_code, "error": result.error}})
        return Attempt(delivery, result, status)

    async def _send_alert(self, delivery: DeliveryRecord,
                          client: httpx.AsyncClient) -> DeliveryResult:
        hook = await asyncio.to_thread(get_webhook, self.engine,
                                       delivery.webhook_id or 0)
        if hook is None:
            return DeliveryResult.dead("the webhook was removed")
        found = await asyncio.to_thread(load_stories, self.engine,
                                        [delivery.story_id or 0])
        story = to_story(found[0]) if found else None
        if story is None:
            return DeliveryResult.dead("the story no longer has any live item")
        return await self.post(target_of(hook), story, delivery.event_id or "",
                               created_at=delivery.created_at,
                               event_type=delivery.event_type or "story.relevant",
                               client=client)

    async def post(self, target: WebhookTarget, story: Story, event_id: str, *,
                   created_at: datetime, event_type: str = "story.relevant",
                   client: httpx.AsyncClient | None = None) -> DeliveryResult:
        """Check the receiver's address again (DNS may have changed), build, sign and POST."""
        try:
            await check_webhook_host(target.endpoint, policy=self.settings.allow_private_hosts,
                                     resolver=self.resolver)
        except InvalidWebhook as exc:
            if "cannot resolve" in str(exc):
                return DeliveryResult.retry(str(exc))
            return DeliveryResult.dead(str(exc))
        body, headers = build_payload(target, story, event_id, created_at=created_at,
                                      event_type=event_type)
        try:
            if client is not None:
                return await send_webhook(client, target, body, headers,
                                          timeout=self.settings.delivery_timeout, clock=self.clock)
            async with self._client() as own:
                return await send_webhook(own, target, body, headers,
                                          timeout=self.settings.delivery_timeout, clock=self.clock)
        except BlockedAddress as exc:  # the name resolved elsewhere by the time we connected
            return DeliveryResult.dead(f"{redact_url(target.endpoint)}: {exc}")

    def _client(self) -> httpx.AsyncClient:
        """A client for webhook sends. Redirects are not followed (a 3xx is a dead delivery, see
        :mod:`notifications.webhooks`), so a send is one hop, and the transport connects only to
        addresses of the receiver's host that ``MONITOR_ALLOW_PRIVATE_HOSTS`` allows, resolved
        and checked as it connects."""
        transport = self.transport or PerOriginTransport(
            policy=self.settings.allow_private_hosts, resolver=self.resolver, max_idle_per_origin=2)
        return httpx.AsyncClient(transport=transport, follow_redirects=False)

    async def _send_digest(self, delivery: DeliveryRecord) -> DeliveryResult:
        if not delivery.message:
            return DeliveryResult.dead("the digest row holds no message")
        message = email.message_from_bytes(delivery.message.encode("utf-8"), policy=MAIL_POLICY)
        settings = self.settings
        if not settings.smtp_host:
            return await asyncio.to_thread(write_eml, settings.mail_path, message)
        config = SmtpConfig(settings.smtp_host, settings.smtp_port,
                            settings.smtp_username or None, settings.smtp_password or None,
                            starttls=settings.smtp_starttls and not settings.smtp_ssl,
                            ssl=settings.smtp_ssl, timeout=settings.delivery_timeout)
        return await asyncio.to_thread(send_smtp, config, message)

    async def tick(self) -> list[Attempt]:
        """One round of the service: fan out, queue due digests, send what is due.

        While ``MONITOR_PUBLIC_URL`` is not https no digest is queued (their links must be
        https); the subscribers' periods stay open, so the first digest after the fix holds
        everything since their last one. Alerts and queued rows go out as usual.
        """
        await asyncio.to_thread(self.fan_out)
        if self.settings.public_url_problem is None:
            await asyncio.to_thread(self.queue_digests)
        elif not self._warned_public_url:
            self._warned_public_url = True
            log.warning("digests are not queued: MONITOR_PUBLIC_URL " + self.settings.public_url_problem)
        return await self.send_due()
