"""Stories, sightings, canonical URLs, fingerprints and tombstones.

Existing items each become a story of their own with one sighting (their canonical URL and
fingerprint stay empty: cross-source matching starts with the items stored from now on).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""
import sqlalchemy as sa
from alembic import op

from storage.models import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("language", sa.String(8)),
        sa.Column("published_at", UTCDateTime, nullable=False),
        sa.Column("first_seen_at", UTCDateTime, nullable=False),
        sa.Column("last_seen_at", UTCDateTime, nullable=False),
        sa.Column("relevant", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("relevant_since", UTCDateTime),
        sa.Column("score", sa.Float),
    )
    op.create_index("ix_stories_first_seen", "stories", ["first_seen_at"])
    op.create_index("ix_stories_relevant_since", "stories", ["relevant_since"])
    with op.batch_alter_table("items") as batch:
        batch.add_column(sa.Column("story_id", sa.Integer))
        batch.add_column(sa.Column("canonical_url", sa.Text))
        batch.add_column(sa.Column("signature", sa.LargeBinary))
        batch.add_column(sa.Column("updated_at", UTCDateTime))
        batch.add_column(sa.Column("deleted_at", UTCDateTime))
        batch.create_foreign_key("fk_items_story", "stories", ["story_id"], ["id"])
    op.create_index("ix_items_story", "items", ["story_id"])
    op.create_index("uq_items_canonical_url", "items", ["canonical_url"], unique=True)
    op.create_table(
        "sightings",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id", ondelete="CASCADE"), nullable=False),
        sa.Column("source_id", sa.String(64), sa.ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
        sa.Column("item_key", sa.String(64), nullable=False),
        sa.Column("guid", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("seen_at", UTCDateTime, nullable=False),
        sa.UniqueConstraint("source_id", "item_key", name="uq_sightings_source_key"),
    )
    op.create_index("ix_sightings_item", "sightings", ["item_id"])

    # Every existing item becomes its own story (same id) with one sighting.
    op.execute(
        "INSERT INTO stories (id, title, url, language, published_at, first_seen_at, last_seen_at,"
        " relevant, relevant_since, score)"
        " SELECT id, title, url, language, published_at, fetched_at, fetched_at,"
        " COALESCE(relevant, false), CASE WHEN relevant THEN fetched_at END, score FROM items")
    op.execute("UPDATE items SET story_id = id")
    op.execute(
        "INSERT INTO sightings (item_id, source_id, item_key, guid, url, seen_at)"
        " SELECT id, source_id, item_key, guid, url, fetched_at FROM items")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("SELECT setval(pg_get_serial_sequence('stories', 'id'),"
                   " COALESCE((SELECT MAX(id) FROM stories), 0) + 1, false)")


def downgrade() -> None:
    op.drop_table("sightings")
    op.drop_index("uq_items_canonical_url", "items")
    op.drop_index("ix_items_story", "items")
    with op.batch_alter_table("items") as batch:
        batch.drop_constraint("fk_items_story", type_="foreignkey")
        batch.drop_column("deleted_at")
        batch.drop_column("updated_at")
        batch.drop_column("signature")
        batch.drop_column("canonical_url")
        batch.drop_column("story_id")
    op.drop_table("stories")
