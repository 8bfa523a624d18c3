"""inquiries: help-desk inquiries (질의하기) and the desk's replies

`inquiry` keeps the title, category, kind and content the help desk reads, the private field sealed
(`private_enc/_hash/_masked`, purpose inquiry_private) and the attachment list; `inquiry_reply` the
replies the central service writes and this PC pulls.

Revision ID: 0019_inquiries
Revises: 0018_municipal_reports
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = '0019_inquiries'
down_revision = "0018_municipal_reports"
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
    op.create_table('inquiry',
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('private_enc', sa.Text(), nullable=True),
    sa.Column('private_hash', sa.String(length=64), nullable=True),
    sa.Column('private_masked', sa.String(length=40), nullable=True),
    sa.Column('attachments', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    *_synced_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inquiry'))
    )
    with op.batch_alter_table('inquiry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inquiry_facility_id'), ['facility_id'], unique=False)
        batch_op.create_index('ix_inquiry_created', ['facility_id', 'created_at'], unique=False)

    op.create_table('inquiry_reply',
    sa.Column('inquiry_id', sa.String(length=36), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('replied_by', sa.String(length=100), nullable=False),
    sa.Column('replied_at', sa.DateTime(), nullable=False),
    *_synced_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inquiry_reply'))
    )
    with op.batch_alter_table('inquiry_reply', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inquiry_reply_facility_id'), ['facility_id'], unique=False)
        batch_op.create_index('ix_inquiry_reply_inquiry', ['inquiry_id', 'replied_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('inquiry_reply', schema=None) as batch_op:
        batch_op.drop_index('ix_inquiry_reply_inquiry')
        batch_op.drop_index(batch_op.f('ix_inquiry_reply_facility_id'))
    op.drop_table('inquiry_reply')
    with op.batch_alter_table('inquiry', schema=None) as batch_op:
        batch_op.drop_index('ix_inquiry_created')
        batch_op.drop_index(batch_op.f('ix_inquiry_facility_id'))
    op.drop_table('inquiry')
