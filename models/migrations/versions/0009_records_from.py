"""启用日期 (branch.records_from), the dues base changing during the year (dues_base_change), an applicant's planned
leaving date (applicant.leaving_on)

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
    with op.batch_alter_table('applicant', schema=None) as batch_op:
        batch_op.add_column(sa.Column('leaving_on', sa.Date(), nullable=True))
    # a plain ADD COLUMN (no batch copy of ``meeting``: its full-text triggers stay as they are)
    op.add_column('meeting', sa.Column('final_result', sa.Text(), nullable=False, server_default=''))
    op.create_table('dues_base_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('from_month', sa.Integer(), nullable=False),
    sa.Column('base_fen', sa.Integer(), nullable=True),
    sa.Column('rate', sa.String(length=10), nullable=False),
    sa.Column('monthly_fen', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('set_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['dues_account.id'], name=op.f('fk_dues_base_change_account_id_dues_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dues_base_change'))
    )
    with op.batch_alter_table('dues_base_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dues_base_change_account_id'), ['account_id'], unique=False)
    op.execute("""
        UPDATE branch SET records_from = (
            SELECT substr(min(d), 1, 8) || '01' FROM (
                SELECT min(held_on) AS d FROM meeting WHERE deleted_at IS NULL
                UNION ALL SELECT min(paid_on) FROM dues_payment
                UNION ALL SELECT substr(created_at, 1, 10) FROM branch b2 WHERE b2.id = branch.id
            ) WHERE d IS NOT NULL)
    """)


def downgrade() -> None:
    op.drop_table('dues_base_change')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_column('final_result')
    with op.batch_alter_table('applicant', schema=None) as batch_op:
        batch_op.drop_column('leaving_on')
    with op.batch_alter_table('branch', schema=None) as batch_op:
        batch_op.drop_column('records_from')
