"""Enrichment: the queue of items whose article is fetched and read, and Google's links.

``enrichments`` holds one row per candidate item (docs/enrich.md, "Part B"): its state, attempts,
lease and next attempt, then the outcome, the extracted text (at most 20,000 characters), the
publisher's URL and the timings. ``google_links`` caches the publisher's URL of each resolved
Google News article id for every instance.

Revision ID: 0005_enrichment
Revises: 0004_web
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

from storage.models import UTCDateTime

revision = "0005_enrichment"
down_revision = "0004_web"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.add_column(sa.Column("fulltext", sa.String(8), nullable=False, server_default="auto"))
    op.create_table(
        "enrichments",
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_attempt_at", UTCDateTime, nullable=False),
        sa.Column("lease_owner", sa.String(100)),
        sa.Column("lease_until", UTCDateTime),
        sa.Column("link", sa.Text, nullable=False),
        sa.Column("source_href", sa.Text),
        sa.Column("hint_html", sa.Text),
        sa.Column("headline_only", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("relevant_before", sa.Boolean),
        sa.Column("outcome", sa.String(24)),
        sa.Column("detail", sa.Text),
        sa.Column("http_status", sa.Integer),
        sa.Column("publisher_url", sa.Text),
        sa.Column("final_url", sa.Text),
        sa.Column("text", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("language", sa.String(16)),
        sa.Column("charset", sa.String(32)),
        sa.Column("fetch_ms", sa.Integer),
        sa.Column("extract_ms", sa.Integer),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.Column("finished_at", UTCDateTime),
    )
    op.create_index("ix_enrichments_due", "enrichments", ["state", "next_attempt_at"])
    op.create_table(
        "google_links",
        sa.Column("article_id", sa.String(400), primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("resolved_at", UTCDateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("google_links")
    op.drop_index("ix_enrichments_due", table_name="enrichments")
    op.drop_table("enrichments")
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("fulltext")
