"""Indexes for the web side: stories newest first by relevance, a subscriber's deliveries.

``ix_stories_relevant_published`` serves the pages, the API and the feeds, which list relevant
stories newest first: the database walks the index from the newest and stops when the page is
full (filters and search are checked on the way; see docs/architecture.md, "The web").
``ix_deliveries_subscriber`` serves the confirmation-email rate limit (a subscriber's recent
confirmation emails) and the removal of a subscriber's deliveries.

Revision ID: 0004_web
Revises: 0003
Create Date: 2026-12-06
"""
from alembic import op

revision = "0004_web"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_stories_relevant_published", "stories", ["relevant", "published_at", "id"])
    op.create_index("ix_stories_published", "stories", ["published_at", "id"])
    op.create_index("ix_deliveries_subscriber", "deliveries", ["subscriber_id", "kind", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_deliveries_subscriber", table_name="deliveries")
    op.drop_index("ix_stories_published", table_name="stories")
    op.drop_index("ix_stories_relevant_published", table_name="stories")
