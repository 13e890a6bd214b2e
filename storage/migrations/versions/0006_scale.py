"""Indexes the query plans asked for at a million stored items (``bench/bench_scale.py --plans``).

* ``ix_stories_last_seen`` serves the story matcher's start (and its daily rebuild): it reads
  the items of the stories seen within the dedup window and finds the first of them from the
  stories' last sighting (``storage/polls.py::_Lookup.indexable``) instead of walking every
  item stored before the window.
* ``ix_items_published_at`` and ``ix_items_relevant_published`` end with ``id``, as the order
  of ``monitor items list`` does (newest first, then the higher id): PostgreSQL reads the 50
  newest straight from the index instead of an incremental sort, and uses
  ``ix_items_relevant_published`` for ``--relevant`` (it walked all items filtering them).
  SQLite's indexes hold the row id already; there the new ones are the same as the old.

Rebuilding the two item indexes takes a few seconds at a million items (measured: see the
README's "Scale").

Revision ID: 0006_scale
Revises: 0005_enrichment
Create Date: 2026-12-06
"""
from alembic import op

revision = "0006_scale"
down_revision = "0005_enrichment"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_stories_last_seen", "stories", ["last_seen_at"])
    op.drop_index("ix_items_published_at", table_name="items")
    op.create_index("ix_items_published_at", "items", ["published_at", "id"])
    op.drop_index("ix_items_relevant_published", table_name="items")
    op.create_index("ix_items_relevant_published", "items", ["relevant", "published_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_items_relevant_published", table_name="items")
    op.create_index("ix_items_relevant_published", "items", ["relevant", "published_at"])
    op.drop_index("ix_items_published_at", table_name="items")
    op.create_index("ix_items_published_at", "items", ["published_at"])
    op.drop_index("ix_stories_last_seen", table_name="stories")
