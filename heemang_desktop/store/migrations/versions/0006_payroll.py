"""payroll: pay items, pay profiles, registers and entries, payslip mail log

Revision ID: 0006_payroll
Revises: 0005_subjects
Create Date: 2026-11-25
"""

from alembic import op
import sqlalchemy as sa


revision = "0006_payroll"
down_revision = "0005_subjects"
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


def _facility_index(table: str) -> None:
    op.create_index(op.f(f"ix_{table}_facility_id"), table, ["facility_id"], unique=False)


def upgrade() -> None:
    op.create_table(
        "payroll_item",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("nontax", sa.String(length=16), nullable=True),
        sa.Column("ordinary", sa.Boolean(), nullable=False),
        sa.Column("account", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *_synced("payroll_item"),
        sa.UniqueConstraint("facility_id", "code", name=op.f("uq_payroll_item_facility_id")),
    )
    _facility_index("payroll_item")
    op.create_table(
        "payroll_profile",
        sa.Column("employee_id", sa.String(length=36), nullable=False),
        sa.Column("withholding_percent", sa.Integer(), nullable=False),
        sa.Column("meals_in_kind", sa.Boolean(), nullable=False),
        sa.Column("children_under_6", sa.Integer(), nullable=False),
        sa.Column("monthly_hours", sa.Integer(), nullable=False),
        sa.Column("standing", sa.Text(), nullable=False),
        *_synced("payroll_profile"),
        sa.UniqueConstraint("facility_id", "employee_id", name=op.f("uq_payroll_profile_facility_id")),
    )
    _facility_index("payroll_profile")
    op.create_table(
        "payroll_register",
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by", sa.String(length=64), nullable=False),
        sa.Column("resolution_id", sa.String(length=36), nullable=True),
        sa.Column("resolution_number", sa.String(length=32), nullable=False),
        *_synced("payroll_register"),
        sa.UniqueConstraint("facility_id", "month", name=op.f("uq_payroll_register_facility_id")),
    )
    _facility_index("payroll_register")
    op.create_table(
        "payroll_entry",
        sa.Column("register_id", sa.String(length=36), nullable=False),
        sa.Column("employee_id", sa.String(length=36), nullable=False),
        sa.Column("employee_no", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("input_json", sa.Text(), nullable=False),
        sa.Column("overrides_json", sa.Text(), nullable=False),
        sa.Column("lines_json", sa.Text(), nullable=False),
        sa.Column("flags_json", sa.Text(), nullable=False),
        sa.Column("gross", sa.Integer(), nullable=False),
        sa.Column("nontaxable", sa.Integer(), nullable=False),
        sa.Column("taxable", sa.Integer(), nullable=False),
        sa.Column("deductions", sa.Integer(), nullable=False),
        sa.Column("net", sa.Integer(), nullable=False),
        *_synced("payroll_entry"),
        sa.ForeignKeyConstraint(["register_id"], ["payroll_register.id"],
                                name=op.f("fk_payroll_entry_register_id_payroll_register")),
        sa.UniqueConstraint("register_id", "employee_id", name=op.f("uq_payroll_entry_register_id")),
    )
    _facility_index("payroll_entry")
    op.create_index(op.f("ix_payroll_entry_register_id"), "payroll_entry", ["register_id"], unique=False)
    op.create_table(
        "payroll_mail",
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("attempted_at", sa.DateTime(), nullable=False),
        *_synced("payroll_mail"),
        sa.ForeignKeyConstraint(["entry_id"], ["payroll_entry.id"], name=op.f("fk_payroll_mail_entry_id_payroll_entry")),
    )
    _facility_index("payroll_mail")
    op.create_index(op.f("ix_payroll_mail_entry_id"), "payroll_mail", ["entry_id"], unique=False)


def downgrade() -> None:
    op.drop_table("payroll_mail")
    op.drop_table("payroll_entry")
    op.drop_table("payroll_register")
    op.drop_table("payroll_profile")
    op.drop_table("payroll_item")
