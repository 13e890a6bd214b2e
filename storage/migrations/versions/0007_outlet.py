"""The address that names an item's outlet when its link does not.

``items.outlet_url`` holds, for a Google News (or Google Alerts) item, the publisher's address:
its article when the link or the description gives it, else the ``<source url>`` the item
names, and after the enrichment queue has resolved the link, the article it leads to. The
classifier reads the outlet's country from it (docs/classifier.md, "Outlet"): a Google link
is in no country. NULL for every other item, whose link names its own outlet, and for the
items stored before this revision (``monitor reclassify`` then uses their link, as before).

Revision ID: 0007_outlet
Revises: 0006_scale
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = "0007_outlet"
down_revision = "0006_scale"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.add_column(sa.Column("outlet_url", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.drop_column("outlet_url")
