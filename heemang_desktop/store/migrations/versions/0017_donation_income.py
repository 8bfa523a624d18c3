"""donation income: a gift's 후원금전용계좌 and the 수입결의서 that booked it

Revision ID: 0017_donation_income
Revises: 0016_donation_receipts
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0017_donation_income"
down_revision = "0016_donation_receipts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("donation_gift", schema=None) as batch_op:
        batch_op.add_column(sa.Column("deposit_account", sa.String(length=100), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("resolution_id", sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f("ix_donation_gift_resolution_id"), ["resolution_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("donation_gift", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_donation_gift_resolution_id"))
        batch_op.drop_column("resolution_id")
        batch_op.drop_column("deposit_account")
