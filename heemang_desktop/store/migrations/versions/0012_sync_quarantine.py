"""sync: the quarantine of pulled changes that fail their entity's schema (the pull moves on past them)

Revision ID: 0012_sync_quarantine
Revises: 0011_chart_override
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa


revision = "0012_sync_quarantine"
down_revision = "0011_chart_override"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_quarantine",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("quarantined_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_quarantine")),
        sa.UniqueConstraint("entity", "entity_id", name=op.f("uq_sync_quarantine_entity")),
    )


def downgrade() -> None:
    op.drop_table("sync_quarantine")
