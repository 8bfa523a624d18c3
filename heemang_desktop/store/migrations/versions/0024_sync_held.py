"""sync: pulled records of a kind this version does not know, kept sealed until an upgrade applies them

Revision ID: 0024_sync_held
Revises: 0022_donor_merge
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa


revision = "0024_sync_held"
down_revision = "0022_donor_merge"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_held",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("copy_enc", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_held")),
        sa.UniqueConstraint("entity", "entity_id", name=op.f("uq_sync_held_entity")),
    )


def downgrade() -> None:
    op.drop_table("sync_held")
