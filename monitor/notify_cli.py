"""Commands for subscribers, webhooks, deliveries and digests (``monitor subscribers …`` etc.)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the notification commands to the ``monitor`` parser."""
