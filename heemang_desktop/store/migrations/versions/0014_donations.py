"""donations: donors, pledges, gifts, CMS batches and lines

Revision ID: 0014_donations
Revises: 0013_value_mappings
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_donations"
down_revision = "0013_value_mappings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('donation_cms_batch',
    sa.Column('file_kind', sa.String(length=4), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=False),
    sa.Column('file_name', sa.String(length=8), nullable=False),
    sa.Column('record_count', sa.Integer(), nullable=False),
    sa.Column('total_amount', sa.Integer(), nullable=False),
    sa.Column('result_digest', sa.String(length=64), nullable=False),
    sa.Column('result_applied_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('facility_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_donation_cms_batch'))
    )
    with op.batch_alter_table('donation_cms_batch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_donation_cms_batch_facility_id'), ['facility_id'], unique=False)

    op.create_table('donation_donor',
    sa.Column('donor_no', sa.String(length=32), nullable=False),
    sa.Column('donor_kind', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('phone_tail', sa.String(length=4), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('resident_number_enc', sa.String(length=200), nullable=True),
    sa.Column('resident_number_hash', sa.String(length=64), nullable=True),
    sa.Column('resident_number_masked', sa.String(length=20), nullable=True),
    sa.Column('business_number', sa.String(length=10), nullable=False),
    sa.Column('birth_ymd', sa.String(length=6), nullable=False),
    sa.Column('receipt_wanted', sa.Boolean(), nullable=False),
    sa.Column('receipt_consent_on', sa.Date(), nullable=True),
    sa.Column('privacy_consent_on', sa.Date(), nullable=True),
    sa.Column('news_channel', sa.String(length=8), nullable=False),
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
    sa.PrimaryKeyConstraint('id', name=op.f('pk_donation_donor')),
    sa.UniqueConstraint('facility_id', 'donor_no', name=op.f('uq_donation_donor_facility_id'))
    )
    with op.batch_alter_table('donation_donor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_donation_donor_facility_id'), ['facility_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_donation_donor_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_donation_donor_phone_tail'), ['phone_tail'], unique=False)
        batch_op.create_index(batch_op.f('ix_donation_donor_resident_number_hash'), ['resident_number_hash'], unique=False)

    op.create_table('donation_pledge',
    sa.Column('donor_id', sa.String(length=36), nullable=False),
    sa.Column('series_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('current', sa.Boolean(), nullable=False),
    sa.Column('pledge_kind', sa.String(length=4), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('debit_day', sa.Integer(), nullable=True),
    sa.Column('designation', sa.String(length=4), nullable=False),
    sa.Column('purpose', sa.String(length=200), nullable=False),
    sa.Column('method', sa.String(length=8), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('paused', sa.Boolean(), nullable=False),
    sa.Column('cancelled_on', sa.Date(), nullable=True),
    sa.Column('bank_name', sa.String(length=50), nullable=False),
    sa.Column('bank_account_enc', sa.String(length=200), nullable=True),
    sa.Column('bank_account_hash', sa.String(length=64), nullable=True),
    sa.Column('bank_account_masked', sa.String(length=40), nullable=True),
    sa.Column('account_holder', sa.String(length=100), nullable=False),
    sa.Column('cms_state', sa.String(length=8), nullable=False),
    sa.Column('cms_registered_on', sa.Date(), nullable=True),
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
    sa.ForeignKeyConstraint(['donor_id'], ['donation_donor.id'], name=op.f('fk_donation_pledge_donor_id_donation_donor')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_donation_pledge')),
    sa.UniqueConstraint('series_id', 'revision', name=op.f('uq_donation_pledge_series_id'))
    )
    with op.batch_alter_table('donation_pledge', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_donation_pledge_donor_id'), ['donor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_donation_pledge_facility_id'), ['facility_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_donation_pledge_series_id'), ['series_id'], unique=False)

    op.create_table('donation_cms_line',
    sa.Column('batch_id', sa.String(length=36), nullable=False),
    sa.Column('serial', sa.Integer(), nullable=False),
    sa.Column('pledge_id', sa.String(length=36), nullable=False),
    sa.Column('donor_id', sa.String(length=36), nullable=False),
    sa.Column('payer_no', sa.String(length=20), nullable=False),
    sa.Column('request', sa.String(length=4), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('debit_date', sa.Date(), nullable=True),
    sa.Column('state', sa.String(length=4), nullable=False),
    sa.Column('reject_code', sa.String(length=4), nullable=False),
    sa.Column('reject_reason', sa.String(length=200), nullable=False),
    sa.Column('retry', sa.Boolean(), nullable=False),
    sa.Column('carried_to', sa.String(length=36), nullable=False),
    sa.Column('arrears', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('facility_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['donation_cms_batch.id'], name=op.f('fk_donation_cms_line_batch_id_donation_cms_batch')),
    sa.ForeignKeyConstraint(['donor_id'], ['donation_donor.id'], name=op.f('fk_donation_cms_line_donor_id_donation_donor')),
    sa.ForeignKeyConstraint(['pledge_id'], ['donation_pledge.id'], name=op.f('fk_donation_cms_line_pledge_id_donation_pledge')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_donation_cms_line')),
    sa.UniqueConstraint('batch_id', 'serial', name=op.f('uq_donation_cms_line_batch_id'))
    )
    with op.batch_alter_table('donation_cms_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_donation_cms_line_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_donation_cms_line_facility_id'), ['facility_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_donation_cms_line_pledge_id'), ['pledge_id'], unique=False)

    op.create_table('donation_gift',
    sa.Column('donor_id', sa.String(length=36), nullable=False),
    sa.Column('pledge_id', sa.String(length=36), nullable=True),
    sa.Column('gift_date', sa.Date(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('designation', sa.String(length=4), nullable=False),
    sa.Column('purpose', sa.String(length=200), nullable=False),
    sa.Column('method', sa.String(length=8), nullable=False),
    sa.Column('item', sa.String(length=200), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_value', sa.Integer(), nullable=False),
    sa.Column('cms_line_id', sa.String(length=36), nullable=True),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
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
    sa.ForeignKeyConstraint(['donor_id'], ['donation_donor.id'], name=op.f('fk_donation_gift_donor_id_donation_donor')),
    sa.ForeignKeyConstraint(['pledge_id'], ['donation_pledge.id'], name=op.f('fk_donation_gift_pledge_id_donation_pledge')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_donation_gift'))
    )
    with op.batch_alter_table('donation_gift', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_donation_gift_cms_line_id'), ['cms_line_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_donation_gift_donor_id'), ['donor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_donation_gift_facility_id'), ['facility_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_donation_gift_gift_date'), ['gift_date'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('donation_gift', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_donation_gift_gift_date'))
        batch_op.drop_index(batch_op.f('ix_donation_gift_facility_id'))
        batch_op.drop_index(batch_op.f('ix_donation_gift_donor_id'))
        batch_op.drop_index(batch_op.f('ix_donation_gift_cms_line_id'))

    op.drop_table('donation_gift')
    with op.batch_alter_table('donation_cms_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_donation_cms_line_pledge_id'))
        batch_op.drop_index(batch_op.f('ix_donation_cms_line_facility_id'))
        batch_op.drop_index(batch_op.f('ix_donation_cms_line_batch_id'))

    op.drop_table('donation_cms_line')
    with op.batch_alter_table('donation_pledge', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_donation_pledge_series_id'))
        batch_op.drop_index(batch_op.f('ix_donation_pledge_facility_id'))
        batch_op.drop_index(batch_op.f('ix_donation_pledge_donor_id'))

    op.drop_table('donation_pledge')
    with op.batch_alter_table('donation_donor', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_donation_donor_resident_number_hash'))
        batch_op.drop_index(batch_op.f('ix_donation_donor_phone_tail'))
        batch_op.drop_index(batch_op.f('ix_donation_donor_name'))
        batch_op.drop_index(batch_op.f('ix_donation_donor_facility_id'))

    op.drop_table('donation_donor')
    with op.batch_alter_table('donation_cms_batch', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_donation_cms_batch_facility_id'))

    op.drop_table('donation_cms_batch')
