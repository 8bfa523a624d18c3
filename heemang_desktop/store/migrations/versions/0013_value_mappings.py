"""excel: the facility's remembered value mappings (as written in its files -> an allowed value)

Revision ID: 0013_value_mappings
Revises: 0012_sync_quarantine
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_value_mappings"
down_revision = "0012_sync_quarantine"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "excel_value_mapping",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("column_name", sa.String(length=40), nullable=False),
        sa.Column("as_written", sa.String(length=200), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_excel_value_mapping")),
        sa.UniqueConstraint("facility_id", "kind", "column_name", "as_written",
                            name=op.f("uq_excel_value_mapping_facility_id")),
    )
    op.create_index(op.f("ix_excel_value_mapping_facility_id"), "excel_value_mapping", ["facility_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_excel_value_mapping_facility_id"), table_name="excel_value_mapping")
    op.drop_table("excel_value_mapping")
