"""hr: personnel cards, attendance, leave, trips, training

Revision ID: 0004_hr
Revises: 0003_accounting
Create Date: 2026-11-25
"""

from alembic import op
import sqlalchemy as sa


revision = "0004_hr"
down_revision = "0003_accounting"
branch_labels = None
depends_on = None

TABLES = ("hr_employee", "hr_attendance", "hr_leave", "hr_trip", "hr_training")


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


def _employee_fk(table: str):
    return sa.ForeignKeyConstraint(["employee_id"], ["hr_employee.id"], name=op.f(f"fk_{table}_employee_id_hr_employee"))


def _activity(table: str) -> None:
    op.create_table(
        table,
        sa.Column("employee_id", sa.String(length=36), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.String(length=300), nullable=False),
        sa.Column("hours", sa.Integer(), nullable=False),
        *_synced(table),
        _employee_fk(table),
    )
    op.create_index(op.f(f"ix_{table}_employee_id"), table, ["employee_id"], unique=False)


def upgrade() -> None:
    op.create_table(
        "hr_employee",
        sa.Column("employee_no", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("job_type", sa.String(length=50), nullable=False),
        sa.Column("position", sa.String(length=50), nullable=False),
        sa.Column("employment_type", sa.String(length=16), nullable=False),
        sa.Column("hire_date", sa.Date(), nullable=False),
        sa.Column("leave_date", sa.Date(), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("bank_name", sa.String(length=50), nullable=False),
        sa.Column("resident_number_enc", sa.String(length=200), nullable=True),
        sa.Column("resident_number_hash", sa.String(length=64), nullable=True),
        sa.Column("resident_number_masked", sa.String(length=20), nullable=True),
        sa.Column("bank_account_enc", sa.String(length=200), nullable=True),
        sa.Column("bank_account_hash", sa.String(length=64), nullable=True),
        sa.Column("bank_account_masked", sa.String(length=40), nullable=True),
        sa.Column("base_pay", sa.Integer(), nullable=False),
        sa.Column("daily_wage", sa.Integer(), nullable=False),
        sa.Column("dependants", sa.Integer(), nullable=False),
        sa.Column("children_under_20", sa.Integer(), nullable=False),
        sa.Column("pension", sa.Boolean(), nullable=False),
        sa.Column("health", sa.Boolean(), nullable=False),
        sa.Column("employment_insurance", sa.Boolean(), nullable=False),
        sa.Column("accident_insurance", sa.Boolean(), nullable=False),
        sa.Column("licences", sa.Text(), nullable=False),
        sa.Column("photo_file", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_synced("hr_employee"),
        sa.UniqueConstraint("facility_id", "employee_no", name=op.f("uq_hr_employee_facility_id")),
    )
    op.create_index(op.f("ix_hr_employee_resident_number_hash"), "hr_employee", ["resident_number_hash"], unique=False)

    op.create_table(
        "hr_attendance",
        sa.Column("employee_id", sa.String(length=36), nullable=False),
        sa.Column("work_date", sa.Date(), nullable=False),
        sa.Column("check_in", sa.String(length=5), nullable=True),
        sa.Column("check_out", sa.String(length=5), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("regular_minutes", sa.Integer(), nullable=False),
        sa.Column("overtime_minutes", sa.Integer(), nullable=False),
        sa.Column("night_minutes", sa.Integer(), nullable=False),
        sa.Column("holiday_minutes", sa.Integer(), nullable=False),
        *_synced("hr_attendance"),
        _employee_fk("hr_attendance"),
        sa.UniqueConstraint("employee_id", "work_date", name=op.f("uq_hr_attendance_employee_id")),
    )
    op.create_index(op.f("ix_hr_attendance_work_date"), "hr_attendance", ["work_date"], unique=False)

    op.create_table(
        "hr_leave",
        sa.Column("employee_id", sa.String(length=36), nullable=False),
        sa.Column("leave_type", sa.String(length=16), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("days", sa.Float(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("decided_by", sa.String(length=64), nullable=False),
        *_synced("hr_leave"),
        _employee_fk("hr_leave"),
    )
    op.create_index(op.f("ix_hr_leave_employee_id"), "hr_leave", ["employee_id"], unique=False)

    _activity("hr_trip")
    _activity("hr_training")
    for table in TABLES:
        op.create_index(op.f(f"ix_{table}_facility_id"), table, ["facility_id"], unique=False)


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)
