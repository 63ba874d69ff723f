"""Owner token hash, title, note and updated_at on saved itineraries.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("itineraries") as batch:
        batch.add_column(sa.Column("owner_token_hash", sa.String(64), nullable=True))
        batch.add_column(sa.Column("title", sa.Text, nullable=True))
        batch.add_column(sa.Column("note", sa.Text, nullable=True))
        batch.add_column(sa.Column("updated_at", sa.Text, nullable=True))
    op.create_index("ix_itineraries_created_at", "itineraries", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_itineraries_created_at", "itineraries")
    with op.batch_alter_table("itineraries") as batch:
        for name in ("updated_at", "note", "title", "owner_token_hash"):
            batch.drop_column(name)
