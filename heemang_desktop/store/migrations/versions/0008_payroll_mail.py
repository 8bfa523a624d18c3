"""payroll: the payslip mail's Message-ID (sending state before SMTP), the facility's employer settings

Revision ID: 0008_payroll_mail
Revises: 0007_budget_transfer
Create Date: 2026-11-26
"""

from alembic import op
import sqlalchemy as sa


revision = "0008_payroll_mail"
down_revision = "0007_budget_transfer"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("payroll_mail", schema=None) as batch_op:
        batch_op.add_column(sa.Column("message_id", sa.String(length=200), nullable=False, server_default=""))
    op.create_table(
        "payroll_employer",
        sa.Column("size_class", sa.String(length=16), nullable=False),
        sa.Column("accident_rate", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payroll_employer")),
        sa.UniqueConstraint("facility_id", name=op.f("uq_payroll_employer_facility_id")),
    )
    op.create_index(op.f("ix_payroll_employer_facility_id"), "payroll_employer", ["facility_id"], unique=False)


def downgrade() -> None:
    op.drop_table("payroll_employer")
    with op.batch_alter_table("payroll_mail", schema=None) as batch_op:
        batch_op.drop_column("message_id")
