"""accounting: the facility's corrections to the shipped budget chart (name, checked against the annex)

Revision ID: 0011_chart_override
Revises: 0010_hr_holidays
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa


revision = '0011_chart_override'
down_revision = '0010_hr_holidays'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('acc_chart_override',
    sa.Column('side', sa.String(length=4), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('confirmed', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('facility_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_acc_chart_override')),
    sa.UniqueConstraint('facility_id', 'side', 'code', name=op.f('uq_acc_chart_override_facility_id'))
    )
    with op.batch_alter_table('acc_chart_override', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_acc_chart_override_facility_id'), ['facility_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('acc_chart_override', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_acc_chart_override_facility_id'))
    op.drop_table('acc_chart_override')
