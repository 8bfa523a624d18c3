"""donations: a merged donor points at the donor kept (merged_into); the CMS 출금동의서 file per donor

Revision ID: 0022_donor_merge
Revises: 0021_health_sealed
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa


revision = '0022_donor_merge'
down_revision = "0021_health_sealed"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('donation_donor', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('consent_file', sa.String(length=80), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('consent_file_name', sa.String(length=120), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('consent_file_on', sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f('ix_donation_donor_merged_into'), ['merged_into'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('donation_donor', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_donation_donor_merged_into'))
        batch_op.drop_column('consent_file_on')
        batch_op.drop_column('consent_file_name')
        batch_op.drop_column('consent_file')
        batch_op.drop_column('merged_into')
