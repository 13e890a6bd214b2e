"""Email digests, webhook alerts and the delivery outbox (never imports ``monitor``)."""
