"""The itineraries table (id, created_at, JSON body), as the first SQLite store had it.

A database made by that store (no alembic_version table yet) already has the table: it is
kept as it is and the database is stamped, so plans saved before migrations survive.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    if sa.inspect(op.get_bind()).has_table("itineraries"):
        return
    op.create_table(
        "itineraries",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("itineraries")
