"""启用日期: the day the branch starts keeping its books in the program

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 16:30:00

An existing branch starts at the first day of the month of its earliest recorded meeting or dues payment (or of the
day its profile was made): no duty before that is counted as 逾期.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('branch', schema=None) as batch_op:
        batch_op.add_column(sa.Column('records_from', sa.Date(), nullable=True))
    op.execute("""
        UPDATE branch SET records_from = (
            SELECT substr(min(d), 1, 8) || '01' FROM (
                SELECT min(held_on) AS d FROM meeting WHERE deleted_at IS NULL
                UNION ALL SELECT min(paid_on) FROM dues_payment
                UNION ALL SELECT substr(created_at, 1, 10) FROM branch b2 WHERE b2.id = branch.id
            ) WHERE d IS NOT NULL)
    """)


def downgrade() -> None:
    with op.batch_alter_table('branch', schema=None) as batch_op:
        batch_op.drop_column('records_from')
