"""assets: 재산·비품 (asset_asset), their history (asset_event), and 재물조사 (asset_count, asset_count_line)

Revision ID: 0025_assets
Revises: 0024_sync_held
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = '0025_assets'
down_revision = "0024_sync_held"
branch_labels = None
depends_on = None


def _synced_columns():
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('facility_id', sa.String(length=36), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('server_version', sa.Integer(), nullable=True),
        sa.Column('deleted', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=64), nullable=False),
        sa.Column('updated_by', sa.String(length=64), nullable=False),
    ]


def upgrade() -> None:
    op.create_table('asset_asset',
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=8), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('spec', sa.String(length=200), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('location', sa.String(length=100), nullable=False),
    sa.Column('custodian', sa.String(length=100), nullable=False),
    sa.Column('acquired_on', sa.Date(), nullable=False),
    sa.Column('cost', sa.Integer(), nullable=False),
    sa.Column('funding_source', sa.String(length=30), nullable=False),
    sa.Column('subsidy', sa.Boolean(), nullable=False),
    sa.Column('useful_life', sa.Integer(), nullable=True),
    sa.Column('resolution_id', sa.String(length=36), nullable=True),
    sa.Column('resolution_line', sa.Integer(), nullable=True),
    sa.Column('state', sa.String(length=8), nullable=False),
    sa.Column('disposed_on', sa.Date(), nullable=True),
    sa.Column('disposal_method', sa.String(length=20), nullable=False),
    sa.Column('disposal_reason', sa.Text(), nullable=False),
    sa.Column('approval', sa.String(length=200), nullable=False),
    sa.Column('approved_on', sa.Date(), nullable=True),
    sa.Column('proceeds', sa.Integer(), nullable=False),
    sa.Column('proceeds_resolution_id', sa.String(length=36), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    *_synced_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_asset_asset')),
    sa.UniqueConstraint('facility_id', 'fiscal_year', 'category', 'seq', name=op.f('uq_asset_asset_facility_id')),
    )
    with op.batch_alter_table('asset_asset', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_asset_asset_facility_id'), ['facility_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_asset_asset_resolution_id'), ['resolution_id'], unique=False)

    op.create_table('asset_event',
    sa.Column('asset_id', sa.String(length=36), nullable=False),
    sa.Column('event_date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('from_location', sa.String(length=100), nullable=False),
    sa.Column('to_location', sa.String(length=100), nullable=False),
    sa.Column('from_custodian', sa.String(length=100), nullable=False),
    sa.Column('to_custodian', sa.String(length=100), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    *_synced_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_asset_event')),
    )
    with op.batch_alter_table('asset_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_asset_event_asset_id'), ['asset_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_asset_event_facility_id'), ['facility_id'], unique=False)

    op.create_table('asset_count',
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('count_date', sa.Date(), nullable=False),
    sa.Column('state', sa.String(length=8), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    *_synced_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_asset_count')),
    )
    with op.batch_alter_table('asset_count', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_asset_count_facility_id'), ['facility_id'], unique=False)

    op.create_table('asset_count_line',
    sa.Column('count_id', sa.String(length=36), nullable=False),
    sa.Column('asset_id', sa.String(length=36), nullable=True),
    sa.Column('asset_number', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('expected_location', sa.String(length=100), nullable=False),
    sa.Column('custodian', sa.String(length=100), nullable=False),
    sa.Column('found', sa.Boolean(), nullable=True),
    sa.Column('found_location', sa.String(length=100), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    *_synced_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_asset_count_line')),
    )
    with op.batch_alter_table('asset_count_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_asset_count_line_count_id'), ['count_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_asset_count_line_facility_id'), ['facility_id'], unique=False)


def downgrade() -> None:
    for table in ('asset_count_line', 'asset_count', 'asset_event', 'asset_asset'):
        op.drop_table(table)
