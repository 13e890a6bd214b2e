"""Commands for subscribers, webhooks, deliveries and digests (``monitor subscribers …`` etc.).

Bad input (an address, a zone, a filter, a URL, a format) is refused before anything is
written: the handler prints one line to standard error naming the problem and the fix, and
returns 2. Handlers get the :class:`monitor.cli.common.Context` (settings, output, the engine).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from monitor.cli.common import EXIT_CONFIG as EXIT_USAGE
from monitor.cli.common import EXIT_FAIL, EXIT_OK, Context, table
from notifications.errors import NotificationsError
from notifications.model import Filters, validate_email
from notifications.schedule import Schedule
from notifications.webhooks import FORMATS, WebhookTarget, redact_url, sample_story
from storage.outbox import get_delivery, list_deliveries, requeue_delivery
from storage.subscriptions import (
    SubscriberExists,
    add_webhook,
    get_subscriber,
    get_webhook,
    list_subscribers,
    list_webhooks,
    remove_subscriber,
    remove_webhook,
    update_subscriber,
)


class UsageError(ValueError):
    """Bad input to a notification command; the message says what to fix."""


def _fail(message: str) -> int:
    print(f"monitor: {message}", file=sys.stderr)
    return EXIT_USAGE


def _now() -> datetime:
    return datetime.now(UTC)


def _notifier(ctx: Context):  # type: ignore[no-untyped-def]
    from monitor.notify.notifier import Notifier

    return Notifier(ctx.settings, ctx.engine())


def _filters(args: argparse.Namespace) -> Filters:
    return Filters.parse(args.countries, args.topics, args.languages, args.min_score)


def _handles_bad_input(func):  # type: ignore[no-untyped-def]
    """Turn validation errors into one line on stderr and exit code 2 (nothing was written)."""

    def run(ctx: Context, args: argparse.Namespace) -> int:
        try:
            return int(func(ctx, args))
        except (NotificationsError, UsageError) as exc:
            return _fail(str(exc))

    run.__doc__ = func.__doc__
    return run


# --- subscribers --------------------------------------------------------------------------------


@_handles_bad_input
def cmd_subscribers_add(ctx: Context, args: argparse.Namespace) -> int:
    from monitor.notify.subscribe import confirm_link, new_subscriber
    address = validate_email(args.email)
    if args.schedule == "daily" and args.day is not None:
        raise UsageError("--day is only used with --schedule weekly")
    schedule = Schedule.parse(args.schedule, args.at,
                              args.day if args.schedule == "weekly" else None, args.tz)
    filters = _filters(args)
    now = _now()
    try:
        sub = new_subscriber(ctx.settings, ctx.engine(), email=address, name=args.name or "",
                             schedule=schedule, filters=filters, confirmed=args.confirmed, now=now)
    except SubscriberExists as exc:
        raise UsageError(str(exc)) from None
    ctx.print(f"subscriber {sub.id} added: {sub.email}, {schedule.describe()}, "
              f"{filters.describe()}; first digest {sub.next_digest_at:%Y-%m-%d %H:%M} UTC")
    if not sub.confirmed:
        link, _ = confirm_link(ctx.settings, sub, now)
        ctx.print(f"not confirmed yet: no digests until confirmed (`monitor subscribers "
                  f"confirm {sub.email}`, or the link {link})")
    return EXIT_OK


def cmd_subscribers_list(ctx: Context, args: argparse.Namespace) -> int:
    from monitor.notify.convert import filters_of, schedule_of
    subs = list_subscribers(ctx.engine())
    if args.json:
        for sub in subs:
            ctx.print(json.dumps(sub.to_json(), ensure_ascii=False))
        return EXIT_OK
    rows = [(str(s.id), s.email,
             "paused" if s.paused else "active" if s.confirmed else "unconfirmed",
             schedule_of(s).describe(), filters_of(s.filters).describe(),
             f"{s.next_digest_at:%Y-%m-%d %H:%M}") for s in subs]
    table(ctx, ("ID", "EMAIL", "STATE", "SCHEDULE", "FILTERS", "NEXT (UTC)"), rows)
    return EXIT_OK


def _subscriber(ctx: Context, address: str):  # type: ignore[no-untyped-def]
    sub = get_subscriber(ctx.engine(), address)
    if sub is None:
        raise UsageError(f"no subscriber with the address {address!r}; "
                         "see `monitor subscribers list`")
    return sub


@_handles_bad_input
def cmd_subscribers_remove(ctx: Context, args: argparse.Namespace) -> int:
    sub = _subscriber(ctx, args.email)
    remove_subscriber(ctx.engine(), sub.id)
    ctx.print(f"subscriber {sub.id} ({sub.email}) removed")
    return EXIT_OK


@_handles_bad_input
def cmd_subscribers_pause(ctx: Context, args: argparse.Namespace) -> int:
    sub = _subscriber(ctx, args.email)
    update_subscriber(ctx.engine(), sub.id, paused=not args.resume)
    ctx.print(f"subscriber {sub.id} ({sub.email}) {'resumed' if args.resume else 'paused'}")
    return EXIT_OK


@_handles_bad_input
def cmd_subscribers_confirm(ctx: Context, args: argparse.Namespace) -> int:
    sub = _subscriber(ctx, args.email)
    update_subscriber(ctx.engine(), sub.id, confirmed=True)
    ctx.print(f"subscriber {sub.id} ({sub.email}) confirmed")
    return EXIT_OK


# --- webhooks -----------------------------------------------------------------------------------


def _webhook_secret(args: argparse.Namespace) -> tuple[str | None, bool]:
    """The secret from --secret or --secret-env, or a generated one for json (and whether it was).

    ``--secret-env`` is read here, by the command, because the person asked for that variable:
    it keeps the secret out of shell history and the process list. It is stored in the
    database like any secret given with ``--secret``.
    """
    if args.secret is not None and args.secret_env is not None:
        raise UsageError("give --secret or --secret-env, not both")
    secret = args.secret
    if args.secret_env is not None:
        secret = os.environ.get(args.secret_env)
        if not secret:
            raise UsageError(f"--secret-env {args.secret_env}: that environment variable is "
                             "not set or empty; export it first")
    if secret is not None and not secret.strip():
        raise UsageError("--secret is empty; leave it out to have one generated for json")
    if args.format == "json" and secret is None:
        return secrets.token_urlsafe(32), True
    if args.format == "json" and len(secret.encode()) < 16:
        raise UsageError("a json webhook secret must be at least 16 characters, e.g. the output "
                         "of `python -c 'import secrets; print(secrets.token_urlsafe(32))'`")
    if args.format in ("slack", "teams", "discord") and secret is not None:
        raise UsageError(f"a {args.format} webhook takes no secret: its URL is the secret")
    return secret, False


@_handles_bad_input
def cmd_webhooks_add(ctx: Context, args: argparse.Namespace) -> int:
    from monitor.notify.convert import filter_text
    from monitor.notify.notifier import check_webhook_host
    if args.format not in FORMATS:
        raise UsageError(f"unknown format {args.format!r}: use one of {', '.join(FORMATS)}")
    secret, generated = _webhook_secret(args)
    filters = _filters(args)
    # Validates the URL, the format, telegram's token and chat id (raises InvalidWebhook).
    target = WebhookTarget(0, args.url, args.format, secret=secret, filters=filters,
                           chat_id=args.chat_id)
    asyncio.run(check_webhook_host(target.endpoint,
                                   policy=ctx.settings.allow_private_hosts))
    hook = add_webhook(ctx.engine(), url=target.url, format=target.format,
                                   secret=secret, chat_id=target.chat_id,
                                   filters=filter_text(filters), now=_now())
    ctx.print(f"webhook {hook.id} added: {hook.format} to {redact_url(hook.url)}, "
              f"{filters.describe()}")
    if generated:
        ctx.print(f"signing secret (shown once; give it to the receiver): {secret}")
    return EXIT_OK


def cmd_webhooks_list(ctx: Context, args: argparse.Namespace) -> int:
    from monitor.notify.convert import filters_of
    hooks = list_webhooks(ctx.engine())
    rows = [(str(h.id), h.format, redact_url(h.url), filters_of(h.filters).describe(),
             "signed" if h.format == "json" and h.secret else "",
             f"{h.created_at:%Y-%m-%d %H:%M}") for h in hooks]
    table(ctx, ("ID", "FORMAT", "URL", "FILTERS", "SIGNED", "CREATED (UTC)"), rows)
    return EXIT_OK


def _webhook(ctx: Context, webhook_id: int):  # type: ignore[no-untyped-def]
    hook = get_webhook(ctx.engine(), webhook_id)
    if hook is None:
        raise UsageError(f"no webhook with id {webhook_id}; see `monitor webhooks list`")
    return hook


@_handles_bad_input
def cmd_webhooks_remove(ctx: Context, args: argparse.Namespace) -> int:
    hook = _webhook(ctx, args.id)
    remove_webhook(ctx.engine(), hook.id)
    ctx.print(f"webhook {hook.id} ({hook.format} to {redact_url(hook.url)}) removed")
    return EXIT_OK


@_handles_bad_input
def cmd_webhooks_test(ctx: Context, args: argparse.Namespace) -> int:
    """Send the sample story now, outside the outbox, and show what the receiver said."""
    from monitor.notify.convert import target_of

    hook = _webhook(ctx, args.id)
    notifier = _notifier(ctx)
    result = asyncio.run(notifier.post(target_of(hook), sample_story(), str(uuid.uuid4()),
                                       created_at=_now(), event_type="story.test"))
    if result.outcome == "sent":
        ctx.print(f"webhook {hook.id}: test alert accepted (HTTP {result.status_code})")
        return EXIT_OK
    ctx.print(f"webhook {hook.id}: test alert not accepted ({result.outcome}): {result.error}")
    return EXIT_FAIL


# --- deliveries ---------------------------------------------------------------------------------


def _print_attempts(ctx: Context, attempts: list[Any]) -> None:
    for a in attempts:
        detail = f" ({a.result.error})" if a.result.error else ""
        ctx.print(f"delivery {a.delivery.id} {a.delivery.kind} to {a.delivery.target}: "
                  f"{a.status}{detail}")


SOON = 10.0  # seconds: retries falling due this soon are waited for by `deliveries run`


def _retries_due_soon(ctx: Context, notifier, tried: set[int]) -> list:  # type: ignore[no-untyped-def]
    """Failed deliveries whose next attempt falls within ``SOON`` seconds, attempted when due.

    The first retries come a few seconds after a failure (``notifications.outbox``): an operator
    who has just fixed a receiver and runs the deliveries should not be told there is nothing to
    do for another four seconds. A row that failed in this very run is left to its back-off.
    """
    now = notifier.clock()
    soon = [d for d in list_deliveries(ctx.engine(), status="failed", limit=1000)
            if d.id not in tried and d.next_attempt_at is not None
            and (d.next_attempt_at - now).total_seconds() <= SOON]
    if not soon:
        return []
    wait = max(0.0, max((d.next_attempt_at - now).total_seconds() for d in soon))
    if wait > 0:
        ctx.print(f"waiting {wait:.0f} s for {len(soon)} retries falling due")
        time.sleep(wait)
    return asyncio.run(notifier.send_due(limit=1000, only=[d.id for d in soon]))


def cmd_deliveries_run(ctx: Context, args: argparse.Namespace) -> int:
    """Fan new stories out to webhooks, then send every due delivery once."""
    notifier = _notifier(ctx)
    queued = notifier.fan_out()

    # One pass over what is due now (a row that fails is due again only after its back-off).
    attempts = asyncio.run(notifier.send_due(force=args.force, limit=1000))
    if not args.force:
        attempts += _retries_due_soon(ctx, notifier, {a.delivery.id for a in attempts})
    _print_attempts(ctx, attempts)
    sent = sum(1 for a in attempts if a.status == "sent")
    ctx.print(f"{queued} alerts queued; {len(attempts)} deliveries attempted: {sent} sent, "
              f"{sum(1 for a in attempts if a.status == 'failed')} to retry, "
              f"{sum(1 for a in attempts if a.status == 'dead')} dead")
    return EXIT_OK


def cmd_deliveries_list(ctx: Context, args: argparse.Namespace) -> int:
    rows = list_deliveries(ctx.engine(), status=args.status, limit=args.limit)
    if args.json:
        for d in rows:
            ctx.print(json.dumps(d.to_json(), ensure_ascii=False))
        return EXIT_OK
    from monitor.cli.common import clip

    table(ctx, ("ID", "KIND", "TARGET", "STATUS", "ATTEMPTS", "NEXT (UTC)", "LAST ERROR"),
           [(str(d.id), d.kind, d.target, d.status, str(d.attempts),
             f"{d.next_attempt_at:%Y-%m-%d %H:%M:%S}" if d.status in ("pending", "failed")
             else "", clip(d.last_error or "", 60)) for d in rows])
    return EXIT_OK


@_handles_bad_input
def cmd_deliveries_retry(ctx: Context, args: argparse.Namespace) -> int:
    delivery = get_delivery(ctx.engine(), args.id)
    if delivery is None:
        raise UsageError(f"no delivery with id {args.id}; see `monitor deliveries list`")
    if delivery.status in ("sent", "pending"):
        raise UsageError(f"delivery {args.id} is {delivery.status}; only failed or dead "
                         "deliveries can be retried")
    requeue_delivery(ctx.engine(), args.id, _now())
    ctx.print(f"delivery {args.id} queued again (due now, attempts start again); "
              "`monitor deliveries run` sends it")
    return EXIT_OK


# --- digests ------------------------------------------------------------------------------------


@_handles_bad_input
def cmd_digest_send(ctx: Context, args: argparse.Namespace) -> int:
    """Queue the due digests (every one with --now) and send them right away."""
    notifier = _notifier(ctx)
    if args.subscriber is not None:
        sub = _subscriber(ctx, args.subscriber)
        if not sub.confirmed or sub.paused:
            raise UsageError(f"{sub.email} is {'paused' if sub.paused else 'not confirmed'}; "
                             "it gets no digests")
    runs = notifier.queue_digests(ignore_schedule=args.now, email_address=args.subscriber)
    ids = [r.delivery_id for r in runs if r.delivery_id is not None]
    attempts = asyncio.run(notifier.send_due(only=ids, limit=max(len(ids), 1))) if ids else []
    for run in runs:
        if run.delivery_id is None:
            ctx.print(f"{run.subscriber}: nothing new, no email")
    _print_attempts(ctx, attempts)
    if not runs:
        ctx.print("no digest is due (use --now to send regardless of the schedules)")
    return EXIT_OK


@_handles_bad_input
def cmd_digest_preview(ctx: Context, args: argparse.Namespace) -> int:
    """Render the next digest of one subscriber without sending or recording anything."""
    sub = _subscriber(ctx, args.subscriber)
    notifier = _notifier(ctx)
    stories = notifier.digest_stories(sub)
    rendered, _ = notifier.render(sub, stories, _now())
    if args.html:
        Path(args.html).write_text(rendered.html, encoding="utf-8")
        ctx.print(f"{rendered.subject}\nHTML written to {args.html}")
    else:
        ctx.print(f"Subject: {rendered.subject}\n\n{rendered.text}")
    return EXIT_OK
