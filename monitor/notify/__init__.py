"""Notifications wired into the service: stories to webhook alerts and email digests, via the outbox.

- :mod:`monitor.notify.notifier`: fan-out, digests and the outbox worker (all the I/O of a delivery).
- :mod:`monitor.notify.convert`: stored records as ``notifications`` sees them.
- :mod:`monitor.notify.signing`: the link-signing key and the mail domain.
"""
