"""cm_held: bundles from a branch whose key is not confirmed yet are kept, not applied

Revision ID: c0002
Revises: c0001
Create Date: 2026-11-30 18:50:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'c0002'
down_revision = 'c0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('cm_held',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['cm_branch.id'], name=op.f('fk_cm_held_branch_id_cm_branch'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cm_held')),
    sa.UniqueConstraint('sha256', name=op.f('uq_cm_held_sha256'))
    )
    with op.batch_alter_table('cm_held', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cm_held_branch_id'), ['branch_id'], unique=False)


def downgrade() -> None:
    op.drop_table('cm_held')
