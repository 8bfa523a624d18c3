"""accounting: 예산 전용 (budget transfers between 세출 accounts)

Revision ID: 0007_budget_transfer
Revises: 0006_payroll
Create Date: 2026-11-26
"""

from alembic import op
import sqlalchemy as sa


revision = "0007_budget_transfer"
down_revision = "0006_payroll"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('acc_budget_transfer',
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=False),
    sa.Column('transfer_date', sa.Date(), nullable=False),
    sa.Column('from_code', sa.String(length=20), nullable=False),
    sa.Column('to_code', sa.String(length=20), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('basis', sa.String(length=30), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('facility_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_acc_budget_transfer')),
    sa.UniqueConstraint('facility_id', 'fiscal_year', 'seq', name=op.f('uq_acc_budget_transfer_facility_id'))
    )
    with op.batch_alter_table('acc_budget_transfer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_acc_budget_transfer_facility_id'), ['facility_id'], unique=False)
        batch_op.create_index('ix_acc_budget_transfer_year', ['facility_id', 'fiscal_year', 'state', 'deleted'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('acc_budget_transfer', schema=None) as batch_op:
        batch_op.drop_index('ix_acc_budget_transfer_year')
        batch_op.drop_index(batch_op.f('ix_acc_budget_transfer_facility_id'))
    op.drop_table('acc_budget_transfer')
