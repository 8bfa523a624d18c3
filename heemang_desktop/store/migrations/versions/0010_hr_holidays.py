"""hr/payroll: facility-added holidays, the facility's premium rules, a part-timer's contracted hours

`hr_holiday` holds the days a 관리자 adds to the published calendar (an election, a substitute day);
`payroll_premium` the facility's premium settings (fewer than 5 staff; Saturday paid as overtime);
`payroll_profile` gains the part-timer's daily and weekly 소정근로시간 (기간제법 §6), 0 for full-time.

Revision ID: 0010_hr_holidays
Revises: 0009_accounting_index
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa


revision = "0010_hr_holidays"
down_revision = "0009_accounting_index"
branch_labels = None
depends_on = None


def _synced(table: str) -> list:
    """The SyncedMixin columns and primary key (store/base.py)."""
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("facility_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def upgrade() -> None:
    op.create_table(
        "hr_holiday",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        *_synced("hr_holiday"),
        sa.UniqueConstraint("facility_id", "day", name=op.f("uq_hr_holiday_facility_id")),
    )
    op.create_index(op.f("ix_hr_holiday_facility_id"), "hr_holiday", ["facility_id"], unique=False)
    op.create_table(
        "payroll_premium",
        sa.Column("under_five", sa.Boolean(), nullable=False),
        sa.Column("saturday_overtime", sa.Boolean(), nullable=False),
        *_synced("payroll_premium"),
        sa.UniqueConstraint("facility_id", name=op.f("uq_payroll_premium_facility_id")),
    )
    op.create_index(op.f("ix_payroll_premium_facility_id"), "payroll_premium", ["facility_id"], unique=False)
    with op.batch_alter_table("payroll_profile", schema=None) as batch_op:
        batch_op.add_column(sa.Column("contract_daily_minutes", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("contract_weekly_minutes", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("payroll_profile", schema=None) as batch_op:
        batch_op.drop_column("contract_weekly_minutes")
        batch_op.drop_column("contract_daily_minutes")
    op.drop_table("payroll_premium")
    op.drop_table("hr_holiday")
