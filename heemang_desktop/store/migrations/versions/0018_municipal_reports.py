"""municipal reports: one 시군구보고 per kind and period, its rows, status history and due day

Revision ID: 0018_municipal_reports
Revises: 0017_donation_income
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa


revision = '0018_municipal_reports'
down_revision = "0017_donation_income"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('municipal_report',
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('history', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('facility_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_municipal_report'))
    )
    with op.batch_alter_table('municipal_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_municipal_report_facility_id'), ['facility_id'], unique=False)
        batch_op.create_index('ix_municipal_report_period', ['facility_id', 'period', 'kind'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('municipal_report', schema=None) as batch_op:
        batch_op.drop_index('ix_municipal_report_period')
        batch_op.drop_index(batch_op.f('ix_municipal_report_facility_id'))

    op.drop_table('municipal_report')
