"""Email digests, webhook alerts and the delivery outbox (never imports ``monitor``).

Pure logic over frozen dataclasses, filled by ``storage``:

- :mod:`notifications.model`: ``Story``, ``StoryItem``, ``Evidence``, ``Filters``,
  ``Recipient``, ``DeliveryResult`` (and ``Schedule`` from :mod:`.schedule`).
- :mod:`notifications.schedule`: ``Schedule.next_run_after`` (DST-safe).
- :mod:`notifications.tokens`: signed confirm/unsubscribe tokens and links.
- :mod:`notifications.digest`: ``select_stories``, ``group_stories``, ``render_digest``
  (and, re-exported from :mod:`.message`, ``build_message``).
- :mod:`notifications.text`: safe links, clean truncation, dates, CJK-aware wrapping.
- :mod:`notifications.formats`: webhook payloads (json, slack, teams, discord, telegram).
- :mod:`notifications.outbox`: ``next_attempt``, the retry policy.

I/O edges, which return a ``DeliveryResult`` instead of raising:

- :mod:`notifications.mail`: ``send_smtp``, ``write_eml``.
- :mod:`notifications.webhooks`: ``WebhookTarget``, ``build_payload``, ``send_webhook``.

Validation errors are in :mod:`notifications.errors` (all ``ValueError``).
See docs/notifications.md.
"""
