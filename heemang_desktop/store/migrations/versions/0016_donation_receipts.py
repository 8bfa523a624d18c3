"""donations: 기부금영수증 (each PC's number series, the receipts, the gifts each covers)

Revision ID: 0016_donation_receipts
Revises: 0015_calendar
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0016_donation_receipts"
down_revision = "0015_calendar"
branch_labels = None
depends_on = None


def _synced() -> list:
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
    op.create_table('donation_receipt_series',
    sa.Column('store_id', sa.String(length=36), nullable=False),
    sa.Column('mark', sa.String(length=2), nullable=False),
    *_synced(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_donation_receipt_series'))
    )
    with op.batch_alter_table('donation_receipt_series', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_donation_receipt_series_facility_id'), ['facility_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_donation_receipt_series_store_id'), ['store_id'], unique=False)

    op.create_table('donation_receipt',
    sa.Column('series_id', sa.String(length=36), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('scope', sa.String(length=4), nullable=False),
    sa.Column('donor_id', sa.String(length=36), nullable=False),
    sa.Column('period_from', sa.Date(), nullable=False),
    sa.Column('period_to', sa.Date(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('donor_name', sa.String(length=100), nullable=False),
    sa.Column('donor_number_masked', sa.String(length=20), nullable=False),
    sa.Column('donor_address', sa.String(length=300), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=4), nullable=False),
    sa.Column('voided_on', sa.Date(), nullable=True),
    sa.Column('void_reason', sa.Text(), nullable=False),
    sa.Column('replaces', sa.String(length=36), nullable=False),
    *_synced(),
    sa.ForeignKeyConstraint(['donor_id'], ['donation_donor.id'],
                            name=op.f('fk_donation_receipt_donor_id_donation_donor')),
    sa.ForeignKeyConstraint(['series_id'], ['donation_receipt_series.id'],
                            name=op.f('fk_donation_receipt_series_id_donation_receipt_series')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_donation_receipt')),
    sa.UniqueConstraint('series_id', 'year', 'seq', name=op.f('uq_donation_receipt_series_id'))
    )
    with op.batch_alter_table('donation_receipt', schema=None) as batch_op:
        for column in ('donor_id', 'facility_id', 'number', 'series_id', 'year'):
            batch_op.create_index(batch_op.f(f'ix_donation_receipt_{column}'), [column], unique=False)

    op.create_table('donation_receipt_line',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('receipt_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('gift_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=2), nullable=False),
    sa.Column('kind', sa.String(length=4), nullable=False),
    sa.Column('gift_date', sa.Date(), nullable=False),
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['receipt_id'], ['donation_receipt.id'],
                            name=op.f('fk_donation_receipt_line_receipt_id_donation_receipt'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_donation_receipt_line'))
    )
    with op.batch_alter_table('donation_receipt_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_donation_receipt_line_gift_id'), ['gift_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_donation_receipt_line_receipt_id'), ['receipt_id'], unique=False)


def downgrade() -> None:
    op.drop_table('donation_receipt_line')
    op.drop_table('donation_receipt')
    op.drop_table('donation_receipt_series')
