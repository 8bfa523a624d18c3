"""accounting: closed fiscal years (acc_year_close), with the reopen reason

Revision ID: 0026_year_close
Revises: 0025_assets
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = '0026_year_close'
down_revision = "0025_assets"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('acc_year_close',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('income', sa.Integer(), nullable=False),
    sa.Column('expense', sa.Integer(), nullable=False),
    sa.Column('carry_over', sa.Integer(), nullable=False),
    sa.Column('reopen_reason', sa.Text(), nullable=False),
    sa.Column('reopened_by', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('facility_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_acc_year_close')),
    sa.UniqueConstraint('facility_id', 'year', name=op.f('uq_acc_year_close_facility_id')),
    )
    with op.batch_alter_table('acc_year_close', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_acc_year_close_facility_id'), ['facility_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('acc_year_close', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_acc_year_close_facility_id'))
    op.drop_table('acc_year_close')
