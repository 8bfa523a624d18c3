"""accounting: budget accounts and entries, requisitions, resolutions with lines, closed months

Revision ID: 0003_accounting
Revises: 0001_foundation
Create Date: 2026-11-25
"""

from alembic import op
import sqlalchemy as sa


revision = '0003_accounting'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('acc_budget_account',
    sa.Column('side', sa.String(length=4), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('parent_code', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('facility_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_acc_budget_account')),
    sa.UniqueConstraint('facility_id', 'side', 'code', name=op.f('uq_acc_budget_account_facility_id'))
    )
    with op.batch_alter_table('acc_budget_account', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_acc_budget_account_facility_id'), ['facility_id'], unique=False)

    op.create_table('acc_budget_entry',
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('side', sa.String(length=4), nullable=False),
    sa.Column('account_code', sa.String(length=20), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('funding_source', sa.String(length=30), nullable=False),
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
    sa.PrimaryKeyConstraint('id', name=op.f('pk_acc_budget_entry')),
    sa.UniqueConstraint('facility_id', 'fiscal_year', 'side', 'account_code', 'revision', name=op.f('uq_acc_budget_entry_facility_id'))
    )
    with op.batch_alter_table('acc_budget_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_acc_budget_entry_facility_id'), ['facility_id'], unique=False)

    op.create_table('acc_month_close',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('month', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('facility_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_acc_month_close')),
    sa.UniqueConstraint('facility_id', 'year', 'month', name=op.f('uq_acc_month_close_facility_id'))
    )
    with op.batch_alter_table('acc_month_close', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_acc_month_close_facility_id'), ['facility_id'], unique=False)

    op.create_table('acc_requisition',
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=False),
    sa.Column('kind', sa.String(length=4), nullable=False),
    sa.Column('requisition_date', sa.Date(), nullable=False),
    sa.Column('business_name', sa.String(length=200), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('facility_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_acc_requisition')),
    sa.UniqueConstraint('facility_id', 'fiscal_year', 'seq', name=op.f('uq_acc_requisition_facility_id'))
    )
    with op.batch_alter_table('acc_requisition', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_acc_requisition_facility_id'), ['facility_id'], unique=False)

    op.create_table('acc_resolution',
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=4), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=False),
    sa.Column('resolution_date', sa.Date(), nullable=False),
    sa.Column('cash_date', sa.Date(), nullable=True),
    sa.Column('business_name', sa.String(length=200), nullable=False),
    sa.Column('business_key', sa.String(length=200), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('funding_source', sa.String(length=30), nullable=False),
    sa.Column('payment_method', sa.String(length=30), nullable=False),
    sa.Column('vendor', sa.String(length=200), nullable=False),
    sa.Column('vendor_account_enc', sa.Text(), nullable=True),
    sa.Column('vendor_account_hash', sa.String(length=64), nullable=True),
    sa.Column('vendor_account_masked', sa.String(length=40), nullable=False),
    sa.Column('attachments', sa.Text(), nullable=False),
    sa.Column('requisition_id', sa.String(length=36), nullable=True),
    sa.Column('import_key', sa.String(length=100), nullable=True),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('facility_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_acc_resolution')),
    sa.UniqueConstraint('facility_id', 'fiscal_year', 'kind', 'seq', name=op.f('uq_acc_resolution_facility_id'))
    )
    with op.batch_alter_table('acc_resolution', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_acc_resolution_facility_id'), ['facility_id'], unique=False)
        batch_op.create_index('ix_acc_resolution_import_key', ['facility_id', 'import_key'], unique=False)
        batch_op.create_index('ix_acc_resolution_list', ['facility_id', 'resolution_date', 'seq', 'kind', 'total', 'business_key', 'deleted'], unique=False)
        batch_op.create_index('ix_acc_resolution_total', ['facility_id', 'total', 'resolution_date', 'seq', 'kind', 'business_key', 'deleted'], unique=False)
        batch_op.create_index('ix_acc_resolution_year', ['facility_id', 'fiscal_year', 'kind', 'state', 'deleted'], unique=False)

    op.create_table('acc_requisition_line',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('requisition_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('account_code', sa.String(length=20), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['requisition_id'], ['acc_requisition.id'], name=op.f('fk_acc_requisition_line_requisition_id_acc_requisition'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_acc_requisition_line'))
    )
    with op.batch_alter_table('acc_requisition_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_acc_requisition_line_requisition_id'), ['requisition_id'], unique=False)

    op.create_table('acc_resolution_line',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('resolution_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('account_code', sa.String(length=20), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['resolution_id'], ['acc_resolution.id'], name=op.f('fk_acc_resolution_line_resolution_id_acc_resolution'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_acc_resolution_line'))
    )
    with op.batch_alter_table('acc_resolution_line', schema=None) as batch_op:
        batch_op.create_index('ix_acc_resolution_line_account', ['account_code', 'resolution_id'], unique=False)
        batch_op.create_index('ix_acc_resolution_line_resolution', ['resolution_id', 'account_code', 'amount'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('acc_resolution_line', schema=None) as batch_op:
        batch_op.drop_index('ix_acc_resolution_line_resolution')
        batch_op.drop_index('ix_acc_resolution_line_account')

    op.drop_table('acc_resolution_line')
    with op.batch_alter_table('acc_requisition_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_acc_requisition_line_requisition_id'))

    op.drop_table('acc_requisition_line')
    with op.batch_alter_table('acc_resolution', schema=None) as batch_op:
        batch_op.drop_index('ix_acc_resolution_year')
        batch_op.drop_index('ix_acc_resolution_total')
        batch_op.drop_index('ix_acc_resolution_list')
        batch_op.drop_index('ix_acc_resolution_import_key')
        batch_op.drop_index(batch_op.f('ix_acc_resolution_facility_id'))

    op.drop_table('acc_resolution')
    with op.batch_alter_table('acc_requisition', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_acc_requisition_facility_id'))

    op.drop_table('acc_requisition')
    with op.batch_alter_table('acc_month_close', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_acc_month_close_facility_id'))

    op.drop_table('acc_month_close')
    with op.batch_alter_table('acc_budget_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_acc_budget_entry_facility_id'))

    op.drop_table('acc_budget_entry')
    with op.batch_alter_table('acc_budget_account', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_acc_budget_account_facility_id'))

    op.drop_table('acc_budget_account')
