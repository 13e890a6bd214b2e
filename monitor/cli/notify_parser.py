"""The argument parser of the notification commands (``monitor subscribers …``, ``webhooks``,
``deliveries``, ``digest``).

Kept apart from their handlers (:mod:`monitor.cli.notify`), which are imported only when one
of these commands runs: building the parser is part of every ``monitor`` start, and
``monitor poll`` or ``monitor run``'s health check should not load the notification modules.
"""

from __future__ import annotations

import argparse

from monitor.cli.common import handler

# notifications.webhooks.FORMATS, spelled out so that building the parser imports nothing
# (tests/monitor/cli/test_notify_cli.py checks that the two agree).
WEBHOOK_FORMATS = ("json", "slack", "teams", "discord", "telegram")


def _add_filter_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--countries", metavar="KZ,UZ", help="only stories about these countries")
    p.add_argument("--topics", metavar="science,…", help="only these topics "
                   "(science, technology, education)")
    p.add_argument("--languages", metavar="ru,zh", help="only stories in these languages")
    p.add_argument("--min-score", metavar="X", help="only stories scoring at least X")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the notification commands to the ``monitor`` parser."""
    from monitor.cli.common import positive_int

    subs = sub.add_parser("subscribers", help="email digest subscribers").add_subparsers(
        dest="subscribers_command", required=True)
    p = subs.add_parser("add", help="add a subscriber")
    p.add_argument("email", metavar="EMAIL")
    p.add_argument("--name", default="", help="display name")
    p.add_argument("--schedule", default="daily", choices=("daily", "weekly"))
    p.add_argument("--at", default="08:00", metavar="HH:MM", help="local time (default 08:00)")
    p.add_argument("--day", metavar="mon..sun", help="weekday of a weekly digest")
    p.add_argument("--tz", default="UTC", metavar="ZONE", help="IANA time zone, e.g. Asia/Almaty")
    _add_filter_flags(p)
    p.add_argument("--confirmed", action="store_true",
                   help="the address is already confirmed (digests start at once)")
    p.set_defaults(func=handler("monitor.cli.notify", "cmd_subscribers_add", email_links=True))
    p = subs.add_parser("list", help="list subscribers")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=handler("monitor.cli.notify", "cmd_subscribers_list"))
    p = subs.add_parser("remove", help="remove a subscriber and their digest history")
    p.add_argument("email", metavar="EMAIL")
    p.set_defaults(func=handler("monitor.cli.notify", "cmd_subscribers_remove"))
    p = subs.add_parser("pause", help="stop (or with --resume restart) a subscriber's digests")
    p.add_argument("email", metavar="EMAIL")
    p.add_argument("--resume", action="store_true", help="resume instead of pausing")
    p.set_defaults(func=handler("monitor.cli.notify", "cmd_subscribers_pause"))
    p = subs.add_parser("confirm", help="mark a subscriber's address as confirmed")
    p.add_argument("email", metavar="EMAIL")
    p.set_defaults(func=handler("monitor.cli.notify", "cmd_subscribers_confirm"))

    hooks = sub.add_parser("webhooks", help="webhook alert receivers").add_subparsers(
        dest="webhooks_command", required=True)
    p = hooks.add_parser("add", help="add a webhook")
    p.add_argument("url", metavar="URL")
    p.add_argument("--format", required=True, metavar="FORMAT",
                   help=f"the receiver's format: {', '.join(WEBHOOK_FORMATS)}")
    p.add_argument("--secret", help="json: the signing key; telegram: the bot token")
    p.add_argument("--secret-env", metavar="VAR", help="read the secret from this variable")
    p.add_argument("--chat-id", help="telegram: the chat id (-100… or @channel)")
    _add_filter_flags(p)
    p.set_defaults(func=handler("monitor.cli.notify", "cmd_webhooks_add"))
    p = hooks.add_parser("list", help="list webhooks (URLs shortened: they are secrets)")
    p.set_defaults(func=handler("monitor.cli.notify", "cmd_webhooks_list"))
    p = hooks.add_parser("remove", help="remove a webhook and its deliveries")
    p.add_argument("id", type=positive_int, metavar="ID")
    p.set_defaults(func=handler("monitor.cli.notify", "cmd_webhooks_remove"))
    p = hooks.add_parser("test", help="send a sample alert now and show the answer")
    p.add_argument("id", type=positive_int, metavar="ID")
    p.set_defaults(func=handler("monitor.cli.notify", "cmd_webhooks_test"))

    dels = sub.add_parser("deliveries", help="the outbox of emails and alerts").add_subparsers(
        dest="deliveries_command", required=True)
    p = dels.add_parser("run", help="queue alerts for new stories and send the due deliveries")
    p.add_argument("--force", action="store_true",
                   help="send every pending or failed delivery, ignoring back-off")
    p.set_defaults(func=handler("monitor.cli.notify", "cmd_deliveries_run"))
    p = dels.add_parser("list", help="list deliveries, newest first")
    p.add_argument("--status", choices=("pending", "sent", "failed", "dead"))
    p.add_argument("--limit", type=positive_int, default=50, metavar="N")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=handler("monitor.cli.notify", "cmd_deliveries_list"))
    p = dels.add_parser("retry", help="queue a failed or dead delivery again")
    p.add_argument("id", type=positive_int, metavar="ID")
    p.set_defaults(func=handler("monitor.cli.notify", "cmd_deliveries_retry"))

    digest = sub.add_parser("digest", help="email digests").add_subparsers(
        dest="digest_command", required=True)
    p = digest.add_parser("send", help="send the digests that are due")
    p.add_argument("--now", action="store_true", help="every subscriber's, ignoring schedules")
    p.add_argument("--subscriber", metavar="EMAIL", help="only this subscriber")
    p.set_defaults(func=handler("monitor.cli.notify", "cmd_digest_send", email_links=True))
    p = digest.add_parser("preview", help="render a subscriber's next digest without sending")
    p.add_argument("--subscriber", required=True, metavar="EMAIL")
    p.add_argument("--html", metavar="FILE", help="write the HTML part to FILE")
    p.set_defaults(func=handler("monitor.cli.notify", "cmd_digest_preview"))
