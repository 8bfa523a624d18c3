"""audit log: 개인정보 접속기록 and its monthly review

`access_record` keeps who revealed, opened, exported or printed personal data (never the value);
`audit_review` the months a 관리자 marked reviewed. Both synced.

Revision ID: 0020_audit_log
Revises: 0019_inquiries
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa


revision = '0020_audit_log'
down_revision = "0019_inquiries"
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
    op.create_table('access_record',
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('login_id', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('entity', sa.String(length=64), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('detail', sa.String(length=200), nullable=False),
    *_synced_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_access_record'))
    )
    with op.batch_alter_table('access_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_access_record_facility_id'), ['facility_id'], unique=False)
        batch_op.create_index('ix_access_record_at', ['facility_id', 'at'], unique=False)

    op.create_table('audit_review',
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('reviewed_by', sa.String(length=64), nullable=False),
    sa.Column('reviewed_at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    *_synced_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_review'))
    )
    with op.batch_alter_table('audit_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_review_facility_id'), ['facility_id'], unique=False)
        batch_op.create_index('ix_audit_review_month', ['facility_id', 'month'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('audit_review', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_review_month')
        batch_op.drop_index(batch_op.f('ix_audit_review_facility_id'))
    op.drop_table('audit_review')
    with op.batch_alter_table('access_record', schema=None) as batch_op:
        batch_op.drop_index('ix_access_record_at')
        batch_op.drop_index(batch_op.f('ix_access_record_facility_id'))
    op.drop_table('access_record')
