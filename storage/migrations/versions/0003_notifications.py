"""Subscribers, webhooks, the delivery outbox, fan-out marks and digest entries.

Stories that were already relevant before this revision are marked as fanned out, so adding
the notification tables does not alert anyone about old news.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""
import sqlalchemy as sa
from alembic import op

from storage.models import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _filter_columns() -> list[sa.Column]:
    return [
        sa.Column("countries", sa.Text, nullable=False, server_default=""),
        sa.Column("topics", sa.Text, nullable=False, server_default=""),
        sa.Column("languages", sa.Text, nullable=False, server_default=""),
        sa.Column("min_score", sa.Float),
    ]


def upgrade() -> None:
    op.create_table(
        "subscribers",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("email", sa.String(254), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False, server_default=""),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("schedule", sa.String(10), nullable=False),
        sa.Column("at", sa.String(5), nullable=False),
        sa.Column("day", sa.Integer),
        *_filter_columns(),
        sa.Column("confirmed", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("paused", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("digest_cutoff", UTCDateTime, nullable=False),
        sa.Column("next_digest_at", UTCDateTime, nullable=False),
    )
    op.create_index("ix_subscribers_next_digest_at", "subscribers", ["next_digest_at"])
    op.create_table(
        "webhooks",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("secret", sa.Text),
        sa.Column("chat_id", sa.String(64)),
        *_filter_columns(),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("created_at", UTCDateTime, nullable=False),
    )
    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("webhook_id", sa.Integer, sa.ForeignKey("webhooks.id", ondelete="CASCADE")),
        sa.Column("subscriber_id", sa.Integer,
                  sa.ForeignKey("subscribers.id", ondelete="CASCADE")),
        sa.Column("story_id", sa.Integer, sa.ForeignKey("stories.id", ondelete="CASCADE")),
        sa.Column("event_id", sa.String(64)),
        sa.Column("event_type", sa.String(32)),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_attempt_at", UTCDateTime, nullable=False),
        sa.Column("last_error", sa.Text),
        sa.Column("last_status_code", sa.Integer),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.Column("sent_at", UTCDateTime),
        sa.Column("lease_owner", sa.String(100)),
        sa.Column("lease_until", UTCDateTime),
        sa.Column("payload", sa.JSON),
        sa.Column("message", sa.Text),
        sa.Column("message_id", sa.String(255)),
        sa.UniqueConstraint("webhook_id", "story_id", name="uq_deliveries_webhook_story"),
    )
    op.create_index("ix_deliveries_due", "deliveries", ["status", "next_attempt_at"])
    op.create_table(
        "story_fanouts",
        sa.Column("story_id", sa.Integer, sa.ForeignKey("stories.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("fanned_out_at", UTCDateTime, nullable=False),
    )
    op.create_table(
        "digest_entries",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("subscriber_id", sa.Integer,
                  sa.ForeignKey("subscribers.id", ondelete="CASCADE"), nullable=False),
        sa.Column("story_id", sa.Integer, sa.ForeignKey("stories.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("delivery_id", sa.Integer, sa.ForeignKey("deliveries.id", ondelete="CASCADE"),
                  nullable=False),
        sa.UniqueConstraint("subscriber_id", "story_id",
                            name="uq_digest_entries_subscriber_story"),
    )
    # Old news: stories relevant before notifications existed are not alerted.
    op.execute("INSERT INTO story_fanouts (story_id, fanned_out_at)"
               " SELECT id, relevant_since FROM stories WHERE relevant_since IS NOT NULL")


def downgrade() -> None:
    op.drop_table("digest_entries")
    op.drop_table("story_fanouts")
    op.drop_index("ix_deliveries_due", "deliveries")
    op.drop_table("deliveries")
    op.drop_table("webhooks")
    op.drop_index("ix_subscribers_next_digest_at", "subscribers")
    op.drop_table("subscribers")
